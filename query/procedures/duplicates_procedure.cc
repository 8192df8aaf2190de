// cg.duplicates([label, limit]): likely duplicate entities, best first, for
// a researcher to review before cg.merge (graph/curation/duplicates.h says
// how pairs are found and scored).
//
//   CALL cg.duplicates('Person') YIELD entity, duplicate, score, reasons
//   RETURN entity.name, duplicate.name, score, reasons
#include "graph/curation/duplicates.h"
#include "query/procedures/arguments.h"
#include "query/procedures/builtins.h"
#include "query/procedures/registry.h"

namespace cg::query {

namespace {

class DuplicatesProcedure : public Procedure {
 public:
  DuplicatesProcedure()
      : Procedure("cg.duplicates", {{"label", "STRING?", Value("")}, {"limit", "INTEGER?", Value(int64_t{100})}},
                  {{"entity", "NODE"}, {"duplicate", "NODE"}, {"label", "STRING"}, {"score", "FLOAT"},
                   {"reasons", "LIST OF STRING"}},
                  "Curation: likely duplicate entities (close names, one name inside the other, a nickname, "
                  "shared neighbours), ranked by score with the reasons") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    graph::curation::DuplicateOptions options;
    if (args[0].is_string()) options.label = args[0].as_string();
    if (args[1].is_int()) {
      if (args[1].as_int() < 0) BadArgument(*this, "limit", args[1], "expected 0 or more");
      options.limit = static_cast<size_t>(args[1].as_int());
    }
    std::vector<graph::curation::DuplicatePair> pairs;
    ThrowIfError(graph::curation::FindDuplicates(ctx.reader(), options, [&] { ctx.Tick(); }, &pairs));
    std::vector<List> rows;
    for (auto& pair : pairs) {
      List reasons;
      for (auto& r : pair.reasons) reasons.emplace_back(std::move(r));
      rows.push_back({Value(NodeRef{pair.keep}), Value(NodeRef{pair.duplicate}), Value(pair.label),
                      Value(pair.score), Value(std::move(reasons))});
    }
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

}  // namespace

void RegisterDuplicatesProcedure(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<DuplicatesProcedure>());
}

}  // namespace cg::query
