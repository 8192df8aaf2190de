#include "query/procedures/builtins.h"

namespace cg::query {

void RegisterBuiltins(ProcedureRegistry* registry) {
  RegisterDbmsProcedures(registry);
}

}  // namespace cg::query
