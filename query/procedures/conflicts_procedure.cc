// cg.conflicts(): the facts sources disagree on, one row per disagreement
// (graph/conflicts.h; what `cartelgraph conflicts` prints):
//
//   CALL cg.conflicts() YIELD subject, key, values, sources
//   RETURN subject, key, values, [s IN sources | s.title + ': ' + toString(s.value)] AS says
//
// `values` are the distinct values stated, in the order first stated;
// `sources` every statement's source (sources.h Describe) with the `value`
// it states, in the order ingested; `entity` the node or relationship the
// fact is about. Rows come by entity, then key. A claim a curation decision
// rejected no longer counts (graph/conflicts.h); a query that shows
// rejected facts lists it, its source's `rejected` the decision's id.
#include <algorithm>

#include "graph/conflicts.h"
#include "query/procedures/arguments.h"
#include "query/procedures/builtins.h"
#include "query/procedures/registry.h"
#include "query/procedures/sources.h"

namespace cg::query {

namespace {

class ConflictsProcedure : public Procedure {
 public:
  ConflictsProcedure()
      : Procedure("cg.conflicts", {},
                  {{"subject", "STRING"},
                   {"key", "STRING"},
                   {"values", "LIST OF ANY"},
                   {"sources", "LIST OF MAP"},
                   {"entity", "ANY"}},
                  "Facts the sources disagree on, one row each: the values stated and every source with the "
                  "value it states") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List&) const override {
    std::vector<graph::Conflict> conflicts;
    ThrowIfError(graph::ListConflicts(ctx.reader(), &conflicts, ctx.ShowsRejected()));
    Sources sources(ctx.reader());
    std::vector<List> rows;
    for (const graph::Conflict& conflict : conflicts) {
      ctx.Tick();
      ctx.CheckMemory(conflict.claims.size() * 512);
      std::vector<const cg::Value*> distinct;
      List values, said;
      for (size_t i = 0; i < conflict.claims.size(); ++i) {
        const graph::Claim& claim = conflict.claims[i];
        if (std::none_of(distinct.begin(), distinct.end(), [&](const cg::Value* v) { return *v == claim.value; })) {
          distinct.push_back(&claim.value);
          values.push_back(Value::FromStored(claim.value));
        }
        Map source = sources.Describe(claim.evidence);
        source["value"] = Value::FromStored(claim.value);
        if (conflict.rejected_by[i] != 0) source["rejected"] = Value(static_cast<int64_t>(conflict.rejected_by[i]));
        said.push_back(Value(std::move(source)));
      }
      rows.push_back({Value(conflict.subject), Value(conflict.key), Value(std::move(values)), Value(std::move(said)),
                      conflict.on == graph::ClaimOn::kNode ? Value(NodeRef{conflict.id}) : Value(RelRef{conflict.id})});
    }
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

}  // namespace

void RegisterConflictsProcedure(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<ConflictsProcedure>());
}

}  // namespace cg::query
