#include "query/procedures/procedure.h"

#include <fmt/format.h>

namespace cg::query {

namespace {

// A default value as a Cypher literal (defaults are simple literals).
std::string DefaultText(const Value& v) {
  if (v.is_null()) return "null";
  if (v.is_bool()) return v.as_bool() ? "true" : "false";
  if (v.is_int()) return std::to_string(v.as_int());
  if (v.is_float()) return fmt::format("{}", v.as_float());
  if (v.is_string()) return "'" + v.as_string() + "'";
  if (v.is_list()) return v.as_list().empty() ? "[]" : "[...]";
  if (v.is_map()) return v.as_map().empty() ? "{}" : "{...}";
  return "...";
}

std::string FieldsText(const std::vector<ProcedureField>& fields) {
  std::string out;
  for (const ProcedureField& f : fields) {
    if (!out.empty()) out += ", ";
    out += f.name;
    if (f.default_value) out += " = " + DefaultText(*f.default_value);
    out += " :: " + f.type;
  }
  return out;
}

}  // namespace

bool VectorRows::Next(List* row) {
  if (next_ >= rows_.size()) return false;
  *row = std::move(rows_[next_++]);
  return true;
}

size_t Procedure::required_inputs() const {
  size_t n = inputs_.size();
  while (n > 0 && inputs_[n - 1].default_value) --n;
  return n;
}

std::string Procedure::Signature() const {
  return name_ + "(" + FieldsText(inputs_) + ") :: (" + FieldsText(outputs_) + ")";
}

bool MatchesType(const Value& v, std::string_view type) {
  bool nullable = !type.empty() && type.back() == '?';
  if (nullable) type.remove_suffix(1);
  if (v.is_null()) return nullable;
  if (type == "ANY") return true;
  if (type == "STRING") return v.is_string();
  if (type == "INTEGER") return v.is_int();
  if (type == "FLOAT") return v.is_number();  // integers are coerced
  if (type == "NUMBER") return v.is_number();
  if (type == "BOOLEAN") return v.is_bool();
  if (type == "MAP") return v.is_map();
  if (type == "NODE") return v.is_node();
  if (type == "RELATIONSHIP") return v.is_rel();
  if (type == "PATH") return v.is_path();
  return type.rfind("LIST", 0) == 0 ? v.is_list() : true;
}

}  // namespace cg::query
