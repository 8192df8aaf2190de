// Key layout of the graph in storage's column families. Integers are
// big-endian so that byte order is numeric order.
//
//   nodes          id(8)                              -> Node record
//   relationships  id(8)                              -> Relationship record
//   out_edges      start(8) type 0x00 end(8) rel(8)   -> ""
//   in_edges       end(8) type 0x00 start(8) rel(8)   -> ""
//   labels         label 0x00 node(8)                 -> ""
//   properties     key 0x00 value-bytes node(8)       -> ""   (indexed keys; not the
//                                                             names in lists, index_entries.h)
//   names          normalized-name 0x00 node(8)       -> ""
//   articles       article id                         -> Article record
//   meta           "counts/labels", "counts/types",  -> every name in use with its count
//                  "counts/keys"                         (statistics.h)
//
// So "all LEADS edges of node N" is one prefix scan of N(8) "LEADS" 0x00.
// Names, labels, types and keys must not contain a NUL byte.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/types.h"

namespace cg::graph::keys {

void AppendId(std::string* out, uint64_t id);
uint64_t ReadId(std::string_view bytes);  // the first 8 bytes, big-endian

std::string Id(uint64_t id);
std::string Edge(NodeId from, std::string_view type, NodeId to, RelId rel);
// Prefix of a node's edges, of one type or (type empty) all types.
std::string EdgePrefix(NodeId node, std::string_view type);
struct DecodedEdge {
  NodeId from;
  std::string_view type;
  NodeId to;
  RelId rel;
};
bool DecodeEdge(std::string_view key, DecodedEdge* edge);

std::string Label(std::string_view label, NodeId node);
std::string LabelPrefix(std::string_view label);

// Exact-value index entry; `value` must be a scalar (not a list).
std::string Property(std::string_view key, const Value& value, NodeId node);
std::string PropertyPrefix(std::string_view key, const Value& value);

std::string Name(std::string_view normalized, NodeId node);
std::string NamePrefix(std::string_view normalized);

// The node id at the end of an index key (labels, properties, names).
NodeId TrailingNode(std::string_view key);

// Statistics in the meta column (graph/statistics.h): one key per family
// (labels, relationship types, property keys) holding each name in use
// with its count.
inline constexpr std::string_view kLabelCounts = "counts/labels";
inline constexpr std::string_view kTypeCounts = "counts/types";
inline constexpr std::string_view kKeyCounts = "counts/keys";

}  // namespace cg::graph::keys
