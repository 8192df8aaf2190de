#include "query/procedures.h"

namespace cg::query {

std::vector<List> TableProcedure::Call(const List& args) const {
  std::vector<List> out;
  size_t n = inputs().size();
  for (const List& row : rows_) {
    bool match = true;
    for (size_t i = 0; i < n && match; ++i) match = Equivalent(row[i], args[i]);
    if (match) out.emplace_back(row.begin() + n, row.end());
  }
  return out;
}

void ProcedureRegistry::Register(std::unique_ptr<Procedure> procedure) {
  std::string name = procedure->name();
  procedures_[name] = std::move(procedure);
}

const Procedure* ProcedureRegistry::Find(std::string_view name) const {
  auto it = procedures_.find(name);
  return it == procedures_.end() ? nullptr : it->second.get();
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
