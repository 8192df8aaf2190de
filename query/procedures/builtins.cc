#include "query/procedures/builtins.h"

namespace cg::query {

void RegisterBuiltins(ProcedureRegistry* registry) {
  RegisterDbmsProcedures(registry);
  RegisterLeadershipProcedures(registry);
}

}  // namespace cg::query
