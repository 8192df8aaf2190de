#include "exchange/value_text.h"

#include <charconv>

namespace cg::exchange {

void AppendValueText(const Value& value, std::string* out) {
  switch (value.type()) {
    case Value::Type::kNull:
      return;
    case Value::Type::kBool:
      out->append(value.as_bool() ? "true" : "false");
      return;
    case Value::Type::kInt:
    case Value::Type::kFloat: {
      char buffer[32];
      const auto result = value.is_int() ? std::to_chars(buffer, buffer + sizeof buffer, value.as_int())
                                         : std::to_chars(buffer, buffer + sizeof buffer, value.as_float());
      out->append(buffer, result.ptr);
      return;
    }
    case Value::Type::kString:
      out->append(value.as_string());
      return;
    case Value::Type::kDate:
      out->append(value.as_date().ToString());
      return;
    case Value::Type::kDuration:
    case Value::Type::kTemporal:
      out->append(value.ToString());
      return;
    case Value::Type::kList: {
      bool first = true;
      for (const auto& item : value.as_list()) {
        if (!first) out->push_back(kListDelimiter);
        first = false;
        AppendValueText(item, out);
      }
      return;
    }
  }
}

std::string ValueText(const Value& value) {
  std::string out;
  AppendValueText(value, &out);
  return out;
}

void AppendLabelsText(const std::vector<std::string>& labels, std::string* out) {
  for (const auto& label : labels) {
    out->push_back(':');
    out->append(label);
  }
}

}  // namespace cg::exchange
