// algo.pagerank, algo.betweenness, algo.degree: a score per node of the
// chosen graph (algo_config.h), over graph/algorithms/.
#include <limits>

#include "graph/algorithms/betweenness.h"
#include "graph/algorithms/pagerank.h"
#include "query/procedures/algo_config.h"
#include "query/procedures/registry.h"

namespace cg::query {

namespace {

const ProcedureField kConfigInput{"config", "MAP?", Value(Map{})};

class PageRankProcedure : public Procedure {
 public:
  PageRankProcedure()
      : Procedure("algo.pagerank", {kConfigInput}, {{"node", "NODE"}, {"score", "FLOAT"}},
                  "PageRank of each node (scores sum to 1); config: nodeLabels, relationshipTypes, direction, "
                  "iterations (20), dampingFactor (0.85), tolerance (1e-7)") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    AlgorithmConfig config(*this, args[0], {"direction", "iterations", "dampingFactor", "tolerance"});
    graph::PageRankOptions options;
    options.max_iterations = static_cast<uint32_t>(config.Integer("iterations", options.max_iterations, 1, 1 << 20));
    options.damping = config.Number("dampingFactor", options.damping, 0, 0.999999);
    options.tolerance = config.Number("tolerance", options.tolerance, 0, 1);
    auto graph = config.Build(ctx);
    graph::PageRankResult result = graph::PageRank(*graph, options, QueryWorkMonitor(ctx));
    return std::make_unique<PerNodeRows<double>>(graph, std::move(result.scores));
  }
};

class BetweennessProcedure : public Procedure {
 public:
  BetweennessProcedure()
      : Procedure("algo.betweenness", {kConfigInput}, {{"node", "NODE"}, {"score", "FLOAT"}},
                  "Betweenness centrality of each node, unnormalised (exact Brandes; with samplingSize, estimated "
                  "from that many sources drawn with samplingSeed); config: nodeLabels, relationshipTypes, direction") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    AlgorithmConfig config(*this, args[0], {"direction", "samplingSize", "samplingSeed"});
    graph::BetweennessOptions options;
    options.samples =
        static_cast<uint32_t>(config.Integer("samplingSize", 0, 1, std::numeric_limits<uint32_t>::max()));
    options.seed = static_cast<uint64_t>(config.Integer("samplingSeed", 0, 0, std::numeric_limits<int64_t>::max()));
    auto graph = config.Build(ctx);
    return std::make_unique<PerNodeRows<double>>(graph, graph::Betweenness(*graph, options, QueryWorkMonitor(ctx)));
  }
};

class DegreeProcedure : public Procedure {
 public:
  DegreeProcedure()
      : Procedure("algo.degree", {kConfigInput}, {{"node", "NODE"}, {"degree", "INTEGER"}},
                  "How many distinct neighbours each node has (out-neighbours for OUTGOING, in- for INCOMING); "
                  "config: nodeLabels, relationshipTypes, direction") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    AlgorithmConfig config(*this, args[0], {"direction"});
    auto graph = config.Build(ctx);
    std::vector<int64_t> degrees(graph->num_vertices());
    for (graph::AlgorithmGraph::Vertex v = 0; v < degrees.size(); ++v) degrees[v] = graph->Degree(v);
    return std::make_unique<PerNodeRows<int64_t>>(graph, std::move(degrees));
  }
};

}  // namespace

void RegisterCentralityProcedures(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<PageRankProcedure>());
  registry->Register(std::make_unique<BetweennessProcedure>());
  registry->Register(std::make_unique<DegreeProcedure>());
}

}  // namespace cg::query
