#include "query/procedures/builtins.h"

namespace cg::query {

void RegisterBuiltins(ProcedureRegistry* registry) {
  RegisterDbmsProcedures(registry);
  RegisterCooperationProcedure(registry);
  RegisterDesignationsProcedure(registry);
  RegisterNetworkProcedure(registry);
  RegisterConflictsProcedure(registry);
  RegisterEvidenceProcedure(registry);
  RegisterLeadershipProcedures(registry);
}

}  // namespace cg::query
