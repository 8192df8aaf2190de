// dbms.procedures(): name, signature and description of every procedure
// the calling query can CALL, by name.
#include "query/procedures/builtins.h"
#include "query/procedures/registry.h"

namespace cg::query {

namespace {

class ListProcedures : public Procedure {
 public:
  ListProcedures()
      : Procedure("dbms.procedures", {},
                  {{"name", "STRING"}, {"signature", "STRING"}, {"description", "STRING"}},
                  "The procedures CALL can call, with their signatures") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List&) const override {
    std::vector<List> rows;
    ctx.registry().ForEach([&](const Procedure& p) {
      rows.push_back({Value(p.name()), Value(p.Signature()), Value(p.description())});
    });
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

}  // namespace

void RegisterDbmsProcedures(ProcedureRegistry* registry) { registry->Register(std::make_unique<ListProcedures>()); }

}  // namespace cg::query
