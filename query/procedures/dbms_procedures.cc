// dbms.procedures(): name, signature and description of every procedure
// the calling query can CALL, by name (what SHOW PROCEDURES lists).
// dbms.functions(): name, category, signature, description and whether it
// aggregates, of every function (what SHOW FUNCTIONS lists).
#include "query/function/function_docs.h"
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

class ListFunctions : public Procedure {
 public:
  ListFunctions()
      : Procedure("dbms.functions", {},
                  {{"name", "STRING"},
                   {"category", "STRING"},
                   {"signature", "STRING"},
                   {"description", "STRING"},
                   {"aggregating", "BOOLEAN"}},
                  "The functions expressions can call, with their signatures") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext&, const List&) const override {
    std::vector<List> rows;
    for (const function::FunctionDoc& f : function::ListFunctions()) {
      rows.push_back({Value(f.name), Value(f.category), Value(f.signature), Value(f.description), Value(f.aggregating)});
    }
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

}  // namespace

void RegisterDbmsProcedures(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<ListProcedures>());
  registry->Register(std::make_unique<ListFunctions>());
}

}  // namespace cg::query
