// cg.cooperation(agency = null): which organizations cooperated with which
// (COOPERATES_WITH), with the operations both took part in (events each
// has a PARTICIPATED_IN to), the date and context the sources give, and
// the evidence.
//
//   CALL cg.cooperation('SEDENA') YIELD partner, operations
//   UNWIND operations AS op RETURN partner, op.name, op.date
//
// With `agency` (a name or alias of an Organization, accents and case
// folded) only that organization's pairs, the agency as `organization`;
// without it every pair once, in the direction the relationship was
// written. Rows come by organization, then partner. Each operation is a map:
// name, kind (the event's refining label: Raid, Arrest, ...), date, places
// (where it OCCURRED_IN), roles (the organization's and the partner's).
// Under an as-of day only the relationships that hold on it count
// (ProcedureContext::Sees): a COOPERATES_WITH dated later is not listed.
#include <algorithm>
#include <map>

#include "query/procedures/arguments.h"
#include "query/procedures/builtins.h"
#include "query/procedures/registry.h"
#include "query/procedures/sources.h"

namespace cg::query {

namespace {

constexpr std::string_view kType = "COOPERATES_WITH";

class CooperationProcedure : public Procedure {
 public:
  CooperationProcedure()
      : Procedure("cg.cooperation", {{"agency", "STRING?", Value()}},
                  {{"organization", "STRING"},
                   {"partner", "STRING"},
                   {"operations", "LIST OF MAP"},
                   {"context", "STRING?"},
                   {"date", "DATE?"},
                   {"evidence", "INTEGER"},
                   {"sources", "LIST OF STRING"},
                   {"relationship", "RELATIONSHIP"}},
                  "Organizations that cooperated, the operations they took part in together, dates and evidence") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    const graph::Reader& reader = ctx.reader();
    // (organization, relationship, partner) of each pair to report.
    struct Pair {
      graph::NodeId organization, partner;
      graph::RelId rel;
    };
    std::vector<Pair> pairs;
    if (args[0].is_null()) {
      ThrowIfError(reader.ForEachNodeWithLabel("Organization", [&](graph::NodeId id) {
        ForEachSeenEdge(ctx, id, graph::Direction::kOutgoing, kType, [&](const graph::Edge& e) {
          pairs.push_back({e.start, e.end, e.rel});
          return true;
        });
        return true;
      }));
    } else {
      const std::vector<graph::NodeId> agencies = NodesNamed(ctx, args[0].as_string(), "Organization");
      if (agencies.empty()) BadArgument(*this, "agency", args[0], "names no Organization (names and aliases are searched)");
      for (graph::NodeId agency : agencies) {
        ForEachSeenEdge(ctx, agency, graph::Direction::kBoth, kType, [&](const graph::Edge& e) {
          if (!e.outgoing && e.start == e.end) return true;  // a self-loop, seen twice
          pairs.push_back({agency, e.other(), e.rel});
          return true;
        });
      }
    }
    ctx.CheckMemory(pairs.size() * 1024);

    Sources sources(reader);
    std::vector<List> rows;
    for (const Pair& p : pairs) {
      ctx.Tick();
      graph::Relationship rel;
      ThrowIfError(reader.GetRelationship(p.rel, &rel));
      const cg::Value* context = rel.Find("context");
      const cg::Value* date = rel.Find("date");
      rows.push_back({Value(NodeName(reader, p.organization)), Value(NodeName(reader, p.partner)),
                      Value(Operations(ctx, p.organization, p.partner)),
                      context ? Value::FromStored(*context) : Value(), date ? Value::FromStored(*date) : Value(),
                      Value(static_cast<int64_t>(rel.evidence.size())), Value(sources.Titles(rel.evidence)),
                      Value(RelRef{p.rel})});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const List& a, const List& b) {
      return std::pair(a[0].as_string(), a[1].as_string()) < std::pair(b[0].as_string(), b[1].as_string());
    });
    return std::make_unique<VectorRows>(std::move(rows));
  }

 private:
  // The events `node` took part in, with its role in each.
  static std::map<graph::NodeId, Value> Events(const ProcedureContext& ctx, graph::NodeId node) {
    std::map<graph::NodeId, Value> events;
    ForEachSeenEdge(ctx, node, graph::Direction::kOutgoing, "PARTICIPATED_IN", [&](const graph::Edge& e) {
      events.emplace(e.end, RelationshipProperty(ctx.reader(), e.rel, "role"));
      return true;
    });
    return events;
  }

  // The events both took part in, oldest first.
  static List Operations(const ProcedureContext& ctx, graph::NodeId a, graph::NodeId b) {
    const graph::Reader& reader = ctx.reader();
    const std::map<graph::NodeId, Value> of_a = Events(ctx, a), of_b = Events(ctx, b);
    List operations;
    for (const auto& [event, role_a] : of_a) {
      auto role_b = of_b.find(event);
      if (role_b == of_b.end()) continue;
      graph::Node node;
      ThrowIfError(reader.GetNodeRecord(event, &node));
      Value kind;
      for (const std::string& label : node.labels) {
        if (label != "Event") kind = Value(label);
      }
      List places;
      ForEachSeenEdge(ctx, event, graph::Direction::kOutgoing, "OCCURRED_IN", [&](const graph::Edge& e) {
        places.push_back(Value(NodeName(reader, e.end)));
        return true;
      });
      const cg::Value* date = node.Find("date");
      operations.push_back(Value(Map{{"name", Value(NodeName(reader, event))},
                                     {"kind", kind},
                                     {"date", date ? Value::FromStored(*date) : Value()},
                                     {"places", Value(std::move(places))},
                                     {"roles", Value(List{role_a, role_b->second})}}));
    }
    std::stable_sort(operations.begin(), operations.end(), [](const Value& x, const Value& y) {
      return OrderCompare(x.as_map().at("date"), y.as_map().at("date")) < 0;
    });
    return operations;
  }
};

}  // namespace

void RegisterCooperationProcedure(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<CooperationProcedure>());
}

}  // namespace cg::query
