// cg.network(person, k = 1): the person's k-hop neighbourhood as one
// subgraph — every node within k relationships of the person (either
// direction) and every relationship among those nodes — in one row, ready
// for `cartelgraph export --query`:
//
//   cartelgraph export --db cartels.db --format gexf -o mencho.gexf
//       --query "CALL cg.network('El Mencho', 2)"
//
// `person` is a node (of any label) or a name, looked up among Person
// names and aliases (accents and case folded). The provenance links
// (MENTIONED_IN, to :Article nodes) are left out: cg.evidence gives the
// sources of any node or relationship. `nodes` lists the person first,
// then the others nearest first. Under an as-of day only the relationships
// that hold on it are walked and listed (ProcedureContext::Sees).
#include <unordered_set>

#include "query/procedures/arguments.h"
#include "query/procedures/builtins.h"
#include "query/procedures/registry.h"

namespace cg::query {

namespace {

constexpr std::string_view kProvenanceType = "MENTIONED_IN";

class NetworkProcedure : public Procedure {
 public:
  NetworkProcedure()
      : Procedure("cg.network", {{"person", "ANY"}, {"k", "INTEGER", Value(int64_t{1})}},
                  {{"nodes", "LIST OF NODE"}, {"relationships", "LIST OF RELATIONSHIP"}},
                  "A person's k-hop neighbourhood as a subgraph (for export --query)") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    const graph::NodeId center = Center(ctx, args[0]);
    const int64_t k = args[1].as_int();
    if (k < 0) BadArgument(*this, "k", args[1], "expected a number of hops, 0 or more");

    std::vector<graph::NodeId> order{center};
    std::unordered_set<graph::NodeId> seen{center};
    size_t frontier_begin = 0;
    for (int64_t hop = 0; hop < k && frontier_begin < order.size(); ++hop) {
      const size_t frontier_end = order.size();
      for (size_t i = frontier_begin; i < frontier_end; ++i) {
        ForEachSeenEdge(ctx, order[i], graph::Direction::kBoth, "", [&](const graph::Edge& e) {
          if (e.type != kProvenanceType && seen.insert(e.other()).second) {
            ctx.CheckMemory(3 * sizeof(graph::NodeId));
            order.push_back(e.other());
          }
          return true;
        });
      }
      frontier_begin = frontier_end;
    }

    List nodes, rels;
    for (graph::NodeId id : order) {
      nodes.push_back(Value(NodeRef{id}));
      ForEachSeenEdge(ctx, id, graph::Direction::kOutgoing, "", [&](const graph::Edge& e) {
        if (e.type != kProvenanceType && seen.count(e.end)) {
          ctx.CheckMemory(sizeof(Value));
          rels.push_back(Value(RelRef{e.rel}));
        }
        return true;
      });
    }
    std::vector<List> rows;
    rows.push_back({Value(std::move(nodes)), Value(std::move(rels))});
    return std::make_unique<VectorRows>(std::move(rows));
  }

 private:
  // The node the neighbourhood is around: the argument itself, or the one
  // Person it names.
  graph::NodeId Center(const ProcedureContext& ctx, const Value& person) const {
    if (person.is_node()) {
      if (!ctx.reader().NodeExists(person.as_node().id)) BadArgument(*this, "person", person, "the node was deleted");
      return person.as_node().id;
    }
    if (!person.is_string()) BadArgument(*this, "person", person, "expected a node or a Person's name");
    const std::vector<graph::NodeId> found = NodesNamed(ctx, person.as_string(), "Person");
    if (found.empty()) BadArgument(*this, "person", person, "names no Person (names and aliases are searched)");
    if (found.size() > 1) {
      std::string names;
      for (graph::NodeId id : found) names += (names.empty() ? "" : "; ") + NodeName(ctx.reader(), id);
      BadArgument(*this, "person", person,
                  "names " + std::to_string(found.size()) + " people (" + names + "): pass the node instead");
    }
    return found[0];
  }
};

}  // namespace

void RegisterNetworkProcedure(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<NetworkProcedure>());
}

}  // namespace cg::query
