// cg.conflicts(): the facts sources disagree on, one row per side — a
// value and the sources that state it — as `cartelgraph conflicts` prints
// them (graph/conflicts.h).
//
//   CALL cg.conflicts() YIELD subject, key, value, sources
//   RETURN subject, key, value, [s IN sources | s.title] AS articles
//
// `entity` is the node or relationship the fact is about; `sides` how many
// values the sources give for it. Rows come by entity, key, then in the
// order the sources were ingested.
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
                   {"value", "ANY"},
                   {"sources", "LIST OF MAP"},
                   {"sides", "INTEGER"},
                   {"entity", "ANY"}},
                  "Facts the sources disagree on: each value with the sources that state it") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List&) const override {
    std::vector<graph::Conflict> conflicts;
    ThrowIfError(graph::ListConflicts(ctx.reader(), &conflicts));
    Sources sources(ctx.reader());
    std::vector<List> rows;
    for (const graph::Conflict& conflict : conflicts) {
      ctx.Tick();
      ctx.CheckMemory(conflict.claims.size() * 512);
      const Value entity = conflict.on == graph::ClaimOn::kNode ? Value(NodeRef{conflict.id}) : Value(RelRef{conflict.id});
      // The sides, in the order their first source was added.
      std::vector<std::pair<const cg::Value*, List>> sides;
      for (const graph::Claim& claim : conflict.claims) {
        auto side = std::find_if(sides.begin(), sides.end(), [&](const auto& s) { return *s.first == claim.value; });
        if (side == sides.end()) side = sides.insert(sides.end(), {&claim.value, {}});
        side->second.push_back(Value(sources.Describe(claim.evidence)));
      }
      for (auto& [value, side_sources] : sides) {
        rows.push_back({Value(conflict.subject), Value(conflict.key), Value::FromStored(*value),
                        Value(std::move(side_sources)), Value(static_cast<int64_t>(sides.size())), entity});
      }
    }
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

}  // namespace

void RegisterConflictsProcedure(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<ConflictsProcedure>());
}

}  // namespace cg::query
