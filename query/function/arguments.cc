#include "query/function/arguments.h"

#include <fmt/format.h>

#include "query/error.h"

namespace cg::query::function {

void BadArg(std::string_view fn, const Value& v) {
  throw RuntimeError("TypeError", "InvalidArgumentType",
                     fmt::format("{}() cannot take a {} argument", fn, v.TypeName()));
}

void BadValue(std::string_view fn, const Value& v) {
  throw RuntimeError("TypeError", "InvalidArgumentValue",
                     fmt::format("{}() cannot take a {} argument", fn, v.TypeName()));
}

int64_t IntArg(std::string_view fn, const Value& v) {
  if (!v.is_int()) {
    throw RuntimeError("ArgumentError", "InvalidArgumentType",
                       fmt::format("{}() needs an INTEGER, not {}", fn, v.TypeName()));
  }
  return v.as_int();
}

std::vector<std::string> Chars(const std::string& s) {
  std::vector<std::string> out;
  for (unsigned char c : s) {
    if ((c & 0xC0) != 0x80 || out.empty()) out.emplace_back();
    out.back() += static_cast<char>(c);
  }
  return out;
}

}  // namespace cg::query::function
