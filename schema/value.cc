#include "schema/value.h"

#include <fmt/format.h>

namespace cg {

std::string Value::ToString() const {
  switch (type()) {
    case Type::kNull: return "null";
    case Type::kBool: return as_bool() ? "true" : "false";
    case Type::kInt: return std::to_string(as_int());
    case Type::kFloat: return fmt::format("{}", as_float());
    case Type::kString: return as_string();
    case Type::kDate: return as_date().ToString();
    case Type::kDuration: return as_duration().ToString();
    case Type::kTemporal: return as_temporal().ToString();
    case Type::kList: {
      std::string out = "[";
      for (size_t i = 0; i < as_list().size(); ++i) {
        if (i) out += ", ";
        out += as_list()[i].ToString();
      }
      return out + "]";
    }
  }
  return {};
}

}  // namespace cg
