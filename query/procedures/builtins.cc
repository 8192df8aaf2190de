#include "query/procedures/builtins.h"

namespace cg::query {

void RegisterBuiltins(ProcedureRegistry* registry) {
  RegisterDbmsProcedures(registry);
  RegisterAlgorithmProcedures(registry);
}

}  // namespace cg::query
