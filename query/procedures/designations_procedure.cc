// cg.designations(designation = null): who designated whom as what
// (DESIGNATED, from a government or agency), since when, with the evidence.
//
//   CALL cg.designations('terrorist') YIELD designated, since, by
//   WHERE since >= date('2025-01-01') RETURN designated, by
//
// `designation` keeps the designations that contain it once accents, case
// and punctuation are folded ('terrorist' finds Foreign Terrorist
// Organization and Specially Designated Global Terrorist); a value no
// designation in the graph contains is an error that lists those there
// are. Rows come by date (undated last), then designated, then by. Under
// an as-of day only the designations made by then (and not ended) are
// listed (ProcedureContext::Sees).
#include <algorithm>
#include <set>

#include "query/procedures/arguments.h"
#include "query/procedures/builtins.h"
#include "query/procedures/registry.h"
#include "query/procedures/sources.h"
#include "schema/normalize.h"

namespace cg::query {

namespace {

class DesignationsProcedure : public Procedure {
 public:
  DesignationsProcedure()
      : Procedure("cg.designations", {{"designation", "STRING?", Value()}},
                  {{"designated", "STRING"},
                   {"designation", "STRING?"},
                   {"since", "DATE?"},
                   {"by", "STRING"},
                   {"evidence", "INTEGER"},
                   {"sources", "LIST OF STRING"},
                   {"relationship", "RELATIONSHIP"}},
                  "Who designated whom as what (Foreign Terrorist Organization, ...), since when, with evidence") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    const graph::Reader& reader = ctx.reader();
    const std::string wanted = args[0].is_null() ? "" : NormalizeName(args[0].as_string());
    std::set<std::string> known;  // every designation seen, for the error when none matches
    std::vector<graph::RelId> rels;
    // DESIGNATED starts at an Organization (a government or an agency).
    ThrowIfError(reader.ForEachNodeWithLabel("Organization", [&](graph::NodeId id) {
      ForEachSeenEdge(ctx, id, graph::Direction::kOutgoing, "DESIGNATED", [&](const graph::Edge& e) {
        const Value designation = RelationshipProperty(reader, e.rel, "designation");
        const std::string text = designation.is_string() ? designation.as_string() : "";
        known.insert(text);
        if (NormalizeName(text).find(wanted) != std::string::npos) rels.push_back(e.rel);
        return true;
      });
      return true;
    }));
    if (rels.empty() && !args[0].is_null()) {
      std::string there;
      for (const std::string& k : known) there += (there.empty() ? "" : ", ") + (k.empty() ? "(none given)" : k);
      BadArgument(*this, "designation", args[0],
                  "no designation in the graph contains it" + (there.empty() ? std::string(" (it has none)")
                                                                             : " (it has: " + there + ")"));
    }
    ctx.CheckMemory(rels.size() * 1024);

    Sources sources(reader);
    std::vector<List> rows;
    for (graph::RelId id : rels) {
      ctx.Tick();
      graph::Relationship rel;
      ThrowIfError(reader.GetRelationship(id, &rel));
      const cg::Value* designation = rel.Find("designation");
      const cg::Value* date = rel.Find("date");
      rows.push_back({Value(NodeName(reader, rel.end)), designation ? Value::FromStored(*designation) : Value(),
                      date ? Value::FromStored(*date) : Value(), Value(NodeName(reader, rel.start)),
                      Value(static_cast<int64_t>(rel.evidence.size())), Value(sources.Titles(rel.evidence)),
                      Value(RelRef{id})});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const List& a, const List& b) {
      if (int c = OrderCompare(a[2], b[2])) return c < 0;
      return std::pair(a[0].as_string(), a[3].as_string()) < std::pair(b[0].as_string(), b[3].as_string());
    });
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

}  // namespace

void RegisterDesignationsProcedure(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<DesignationsProcedure>());
}

}  // namespace cg::query
