// ProcedureRegistry: the procedures a query can CALL, by dotted name.
//
// The built-in registry (BuiltinProcedures()) holds the project's own:
// dbms.procedures() and the domain and algorithm families each registered
// by its Register* function (builtins.h). A registry made by an embedder
// (or the TCK adapter) falls back to the built-ins for names it lacks.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "query/procedures/procedure.h"

namespace cg::query {

class ProcedureRegistry {
 public:
  // Lookups of names this registry lacks go to `parent` (none when null).
  explicit ProcedureRegistry(const ProcedureRegistry* parent);
  // A registry that falls back to the built-ins.
  ProcedureRegistry();

  // Replaces any procedure of the same name.
  void Register(std::unique_ptr<Procedure> procedure);
  // nullptr when neither this registry nor its parents have that
  // (case-sensitive, dotted) name.
  const Procedure* Find(std::string_view name) const;
  // Every procedure Find can return, by name (a name registered here hides
  // the parent's).
  void ForEach(const std::function<void(const Procedure&)>& fn) const;

 private:
  const ProcedureRegistry* parent_;
  std::map<std::string, std::unique_ptr<Procedure>, std::less<>> procedures_;
};

// The project's own procedures; built on first use, then immutable.
const ProcedureRegistry& BuiltinProcedures();

}  // namespace cg::query
