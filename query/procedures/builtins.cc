#include "query/procedures/builtins.h"

namespace cg::query {

void RegisterBuiltins(ProcedureRegistry* registry) {
  RegisterDbmsProcedures(registry);
  RegisterDbProcedures(registry);
  RegisterCooperationProcedure(registry);
  RegisterDesignationsProcedure(registry);
  RegisterNetworkProcedure(registry);
  RegisterConflictsProcedure(registry);
  RegisterEvidenceProcedure(registry);
  RegisterLeadershipProcedures(registry);
  RegisterAlgorithmProcedures(registry);
  RegisterCurationProcedures(registry);
  RegisterDuplicatesProcedure(registry);
  RegisterSearchProcedures(registry);
}

}  // namespace cg::query
