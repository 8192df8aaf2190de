#include "graph/index_keys.h"

#include <cstring>

#include "graph/keys.h"

namespace cg::graph::index_keys {

namespace {

constexpr char kBool = 0x01, kNumber = 0x02, kString = 0x03, kDate = 0x04;

void AppendDouble(std::string* out, double d) {
  if (d == 0) d = 0;  // -0.0 sorts with 0.0
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  // Negative numbers: all bits flipped (larger magnitude sorts first);
  // positive: the sign bit set (above every negative).
  bits = (bits & (uint64_t{1} << 63)) ? ~bits : bits | (uint64_t{1} << 63);
  keys::AppendId(out, bits);
}

void AppendEscaped(std::string* out, std::string_view s) {
  for (char c : s) {
    out->push_back(c);
    if (c == '\0') out->push_back('\xff');
  }
}

}  // namespace

std::optional<std::string> OrderedValue(const Value& value) {
  std::string out;
  switch (value.type()) {
    case Value::Type::kBool:
      out.push_back(kBool);
      out.push_back(value.as_bool() ? 1 : 0);
      return out;
    case Value::Type::kInt:
      out.push_back(kNumber);
      AppendDouble(&out, static_cast<double>(value.as_int()));
      return out;
    case Value::Type::kFloat:
      out.push_back(kNumber);
      AppendDouble(&out, value.as_float());
      return out;
    case Value::Type::kString:
      out = OrderedPrefix(value.as_string());
      out.append(2, '\0');
      return out;
    case Value::Type::kDate: {
      const Date& d = value.as_date();
      out.push_back(kDate);
      const uint32_t year = static_cast<uint32_t>(d.year) ^ 0x80000000u;
      for (int shift = 24; shift >= 0; shift -= 8) out.push_back(static_cast<char>((year >> shift) & 0xff));
      out.push_back(static_cast<char>(d.month));
      out.push_back(static_cast<char>(d.day));
      return out;
    }
    default: return std::nullopt;
  }
}

std::string OrderedPrefix(std::string_view prefix) {
  std::string out(1, kString);
  AppendEscaped(&out, prefix);
  return out;
}

std::string IndexPrefix(std::string_view index) {
  std::string out(1, '\0');
  out.append(index);
  out.push_back('\0');
  return out;
}

std::string Entry(std::string_view index, std::string_view ordered, NodeId node) {
  std::string out = IndexPrefix(index);
  out.append(ordered);
  keys::AppendId(&out, node);
  return out;
}

}  // namespace cg::graph::index_keys
