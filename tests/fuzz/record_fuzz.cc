// libFuzzer target: the record decoders (graph/codec.h and the curation
// decision codec) on arbitrary, mostly corrupted, bytes. The first byte
// picks the decoder (its value mod 9; record_seeds.cc writes valid records
// behind that byte); the rest is the stored value. Contract under test:
// bytes that are not a valid record fail with Status::Corruption, never
// crash; a record that decodes encodes to bytes that decode again to the
// same encoding (a decoded record is one the writer could have written).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/codec.h"
#include "graph/curation/decision_codec.h"

namespace {

namespace codec = cg::graph::codec;

// Decodes `bytes` as T; when it decodes, the re-encoding must be stable.
template <typename T, typename Decode, typename Encode>
void RoundTrip(std::string_view bytes, Decode decode, Encode encode) {
  T record;
  if (!decode(bytes, &record).ok()) return;
  const std::string once = encode(record);
  T again;
  if (!decode(once, &again).ok() || encode(again) != once) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view bytes(reinterpret_cast<const char*>(data) + 1, size - 1);
  switch (data[0] % 9) {
    case 0:
      RoundTrip<cg::graph::Node>(
          bytes, [](std::string_view b, cg::graph::Node* n) { return codec::DecodeNode(b, 7, n); }, codec::EncodeNode);
      break;
    case 1:
      RoundTrip<cg::graph::Relationship>(
          bytes, [](std::string_view b, cg::graph::Relationship* r) { return codec::DecodeRelationship(b, 7, r); },
          codec::EncodeRelationship);
      break;
    case 2:
      RoundTrip<cg::graph::Evidence>(bytes, codec::DecodeEvidence, codec::EncodeEvidence);
      break;
    case 3:
      RoundTrip<cg::graph::Claim>(bytes, codec::DecodeClaim, codec::EncodeClaim);
      break;
    case 4:
      RoundTrip<cg::graph::Article>(bytes, codec::DecodeArticle, codec::EncodeArticle);
      break;
    case 5:
      RoundTrip<cg::graph::curation::Decision>(bytes, cg::graph::curation::DecodeDecision,
                                               cg::graph::curation::EncodeDecision);
      break;
    case 6: {  // the in-place readers of a node record
      std::vector<std::string> labels;
      (void)codec::DecodeNodeLabels(bytes, &labels);
      cg::Value value;
      (void)codec::DecodeNodeProperty(bytes, "name", &value);
      break;
    }
    case 7: {  // the in-place readers of a relationship record
      std::string type;
      cg::graph::NodeId start = 0, end = 0;
      (void)codec::DecodeRelationshipHead(bytes, &type, &start, &end);
      cg::Value value;
      (void)codec::DecodeRelationshipProperty(bytes, "since", &value);
      break;
    }
    default: {  // a relationship's compact form read as a node, and the reverse
      cg::graph::Node node;
      (void)codec::DecodeNode(bytes, 7, &node);
      cg::graph::Relationship rel;
      (void)codec::DecodeRelationship(bytes, 7, &rel);
      break;
    }
  }
  return 0;
}
