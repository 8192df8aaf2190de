#include "query/procedures/builtins.h"

namespace cg::query {

void RegisterBuiltins(ProcedureRegistry* registry) {
  RegisterDbmsProcedures(registry);
  RegisterCooperationProcedure(registry);
  RegisterDesignationsProcedure(registry);
  RegisterNetworkProcedure(registry);
  RegisterConflictsProcedure(registry);
  RegisterEvidenceProcedure(registry);
}

}  // namespace cg::query
