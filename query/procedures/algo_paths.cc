// algo.shortestPath, algo.allShortestPaths: the paths with fewest
// relationships between two nodes within the chosen graph (algo_config.h);
// over graph/algorithms/shortest_paths.h.
#include "graph/algorithms/shortest_paths.h"
#include "query/procedures/algo_config.h"
#include "query/procedures/registry.h"

namespace cg::query {

namespace {

class ShortestPathProcedure : public Procedure {
 public:
  explicit ShortestPathProcedure(bool all)
      : Procedure(all ? "algo.allShortestPaths" : "algo.shortestPath",
                  {{"source", "NODE"}, {"target", "NODE"}, {"config", "MAP?", Value(Map{})}},
                  {{"path", "PATH"}, {"length", "INTEGER"}},
                  all ? "Every path with fewest relationships from source to target (one per sequence of nodes); "
                        "config: nodeLabels, relationshipTypes, direction"
                      : "A path with fewest relationships from source to target, if any; config: nodeLabels, "
                        "relationshipTypes, direction"),
        all_(all) {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    AlgorithmConfig config(*this, args[2], {"direction"});
    auto graph = config.Build(ctx);
    const auto source = config.VertexOf(*graph, args[0], "source");
    const auto target = config.VertexOf(*graph, args[1], "target");
    QueryWorkMonitor monitor(ctx);
    std::vector<List> rows;
    graph::ShortestPaths(*graph, source, target, all_, monitor, [&](const graph::GraphPath& p) {
      Path path;
      for (auto v : p.vertices) path.nodes.push_back(graph->IdOf(v));
      path.rels = p.rels;
      monitor.Reserve((rows.size() + 1) * (sizeof(List) + 2 * sizeof(Value) + sizeof(Path) +
                                           p.vertices.size() * 2 * sizeof(graph::NodeId)));
      rows.push_back({Value(std::move(path)), Value(static_cast<int64_t>(p.rels.size()))});
      return true;
    });
    return std::make_unique<VectorRows>(std::move(rows));
  }

 private:
  bool all_;
};

}  // namespace

void RegisterPathProcedures(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<ShortestPathProcedure>(false));
  registry->Register(std::make_unique<ShortestPathProcedure>(true));
}

}  // namespace cg::query
