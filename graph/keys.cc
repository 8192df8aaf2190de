#include "graph/keys.h"

#include <cstdint>
#include <cstring>

namespace cg::graph::keys {

void AppendId(std::string* out, uint64_t id) {
  const uint64_t big = __builtin_bswap64(id);
  out->append(reinterpret_cast<const char*>(&big), sizeof big);
}

uint64_t ReadId(std::string_view bytes) {
  uint64_t big = 0;
  std::memcpy(&big, bytes.data(), sizeof big);
  return __builtin_bswap64(big);
}

std::string Id(uint64_t id) {
  std::string out;
  AppendId(&out, id);
  return out;
}

std::string EdgePrefix(NodeId node, std::string_view type) {
  std::string out = Id(node);
  if (!type.empty()) {
    out.append(type);
    out.push_back('\0');
  }
  return out;
}

std::string Edge(NodeId from, std::string_view type, NodeId to, RelId rel) {
  std::string out = EdgePrefix(from, type);
  AppendId(&out, to);
  AppendId(&out, rel);
  return out;
}

bool DecodeEdge(std::string_view key, DecodedEdge* edge) {
  if (key.size() < 8 + 1 + 16) return false;
  const size_t nul = key.find('\0', 8);
  if (nul == std::string_view::npos || key.size() != nul + 1 + 16) return false;
  edge->from = ReadId(key);
  edge->type = key.substr(8, nul - 8);
  edge->to = ReadId(key.substr(nul + 1));
  edge->rel = ReadId(key.substr(nul + 9));
  return true;
}

std::string LabelPrefix(std::string_view label) {
  std::string out(label);
  out.push_back('\0');
  return out;
}

std::string Label(std::string_view label, NodeId node) {
  std::string out = LabelPrefix(label);
  AppendId(&out, node);
  return out;
}

std::string PropertyPrefix(std::string_view key, const Value& value) {
  std::string out(key);
  out.push_back('\0');
  out.push_back(static_cast<char>(value.type()));
  switch (value.type()) {
    case Value::Type::kBool: out.push_back(value.as_bool() ? 1 : 0); break;
    case Value::Type::kInt: AppendId(&out, static_cast<uint64_t>(value.as_int())); break;
    case Value::Type::kFloat: {
      uint64_t bits;
      const double d = value.as_float();
      std::memcpy(&bits, &d, sizeof bits);
      AppendId(&out, bits);
      break;
    }
    case Value::Type::kString: {
      // Length first, so that "ab" is not a prefix of "abc".
      AppendId(&out, value.as_string().size());
      out.append(value.as_string());
      break;
    }
    case Value::Type::kDate: out.append(value.as_date().ToString()); out.push_back('\0'); break;
    case Value::Type::kDuration:
    case Value::Type::kTemporal: out.append(value.ToString()); out.push_back('\0'); break;
    case Value::Type::kNull:
    case Value::Type::kList: break;
  }
  return out;
}

std::string Property(std::string_view key, const Value& value, NodeId node) {
  std::string out = PropertyPrefix(key, value);
  AppendId(&out, node);
  return out;
}

std::string NamePrefix(std::string_view normalized) {
  std::string out(normalized);
  out.push_back('\0');
  return out;
}

std::string Name(std::string_view normalized, NodeId node) {
  std::string out = NamePrefix(normalized);
  AppendId(&out, node);
  return out;
}

NodeId TrailingNode(std::string_view key) { return ReadId(key.substr(key.size() - 8)); }

}  // namespace cg::graph::keys
