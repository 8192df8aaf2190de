// Encoding of graph records as Cap'n Proto messages (schema/records.capnp).
// Decoding reads the bytes in place and fails with Status::Corruption, never
// crashes, on bytes that are not a valid message.
#pragma once

#include <string>
#include <string_view>

#include "graph/types.h"
#include "schema/status.h"

namespace cg::graph::codec {

std::string EncodeNode(const Node& node);
Status DecodeNode(std::string_view bytes, NodeId id, Node* node);
// Only the labels (cheaper than a whole DecodeNode).
Status DecodeNodeLabels(std::string_view bytes, std::vector<std::string>* labels);

std::string EncodeRelationship(const Relationship& rel);
Status DecodeRelationship(std::string_view bytes, RelId id, Relationship* rel);

std::string EncodeEvidence(const Evidence& evidence);
Status DecodeEvidence(std::string_view bytes, Evidence* evidence);

std::string EncodeArticle(const Article& article);
Status DecodeArticle(std::string_view bytes, Article* article);

}  // namespace cg::graph::codec
