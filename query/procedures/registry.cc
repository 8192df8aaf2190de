#include "query/procedures/registry.h"

#include "query/procedures/builtins.h"

namespace cg::query {

ProcedureRegistry::ProcedureRegistry(const ProcedureRegistry* parent) : parent_(parent) {}

ProcedureRegistry::ProcedureRegistry() : parent_(&BuiltinProcedures()) {}

void ProcedureRegistry::Register(std::unique_ptr<Procedure> procedure) {
  std::string name = procedure->name();
  procedures_[name] = std::move(procedure);
}

const Procedure* ProcedureRegistry::Find(std::string_view name) const {
  auto it = procedures_.find(name);
  if (it != procedures_.end()) return it->second.get();
  return parent_ ? parent_->Find(name) : nullptr;
}

void ProcedureRegistry::ForEach(const std::function<void(const Procedure&)>& fn) const {
  std::map<std::string_view, const Procedure*> all;
  for (const ProcedureRegistry* r = this; r; r = r->parent_) {
    for (const auto& [name, p] : r->procedures_) all.emplace(name, p.get());
  }
  for (const auto& [name, p] : all) fn(*p);
}

const ProcedureRegistry& BuiltinProcedures() {
  static const ProcedureRegistry* builtins = [] {
    auto* r = new ProcedureRegistry(nullptr);
    RegisterBuiltins(r);
    return r;
  }();
  return *builtins;
}

}  // namespace cg::query
