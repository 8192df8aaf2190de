// Encoding of graph records as Cap'n Proto messages (schema/records.capnp).
// A relationship with nothing but its type and ends (no properties,
// evidence or claims) is encoded in a compact form of its own (codec.cc,
// format version 4); decoding reads both forms.
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
// Parts of a record, read in place (cheaper than a whole Decode*): the
// labels; one property's value (null when absent); type and ends (each
// output may be null).
Status DecodeNodeLabels(std::string_view bytes, std::vector<std::string>* labels);
Status DecodeNodeProperty(std::string_view bytes, std::string_view key, Value* value);
Status DecodeRelationshipProperty(std::string_view bytes, std::string_view key, Value* value);
Status DecodeRelationshipHead(std::string_view bytes, std::string* type, NodeId* start, NodeId* end);

std::string EncodeRelationship(const Relationship& rel);
Status DecodeRelationship(std::string_view bytes, RelId id, Relationship* rel);

std::string EncodeEvidence(const Evidence& evidence);
Status DecodeEvidence(std::string_view bytes, Evidence* evidence);

std::string EncodeClaim(const Claim& claim);
Status DecodeClaim(std::string_view bytes, Claim* claim);

std::string EncodeArticle(const Article& article);
Status DecodeArticle(std::string_view bytes, Article* article);

}  // namespace cg::graph::codec
