// algo.components, algo.labelPropagation, algo.kcore: which group each
// node of the chosen graph (algo_config.h), taken undirected, falls in;
// over graph/algorithms/.
#include <limits>

#include "graph/algorithms/components.h"
#include "graph/algorithms/kcore.h"
#include "graph/algorithms/label_propagation.h"
#include "query/procedures/algo_config.h"
#include "query/procedures/registry.h"

namespace cg::query {

namespace {

const ProcedureField kConfigInput{"config", "MAP?", Value(Map{})};

std::vector<int64_t> Widen(const std::vector<uint32_t>& values) { return {values.begin(), values.end()}; }

class ComponentsProcedure : public Procedure {
 public:
  ComponentsProcedure()
      : Procedure("algo.components", {kConfigInput}, {{"node", "NODE"}, {"componentId", "INTEGER"}},
                  "Weakly connected components, numbered from 0 in node-id order; config: nodeLabels, "
                  "relationshipTypes") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    AlgorithmConfig config(*this, args[0], {});
    auto graph = config.Build(ctx);
    return std::make_unique<PerNodeRows<int64_t>>(
        graph, Widen(graph::WeaklyConnectedComponents(*graph, QueryWorkMonitor(ctx))));
  }
};

class LabelPropagationProcedure : public Procedure {
 public:
  LabelPropagationProcedure()
      : Procedure("algo.labelPropagation", {kConfigInput}, {{"node", "NODE"}, {"communityId", "INTEGER"}},
                  "Communities by label propagation, numbered from 0 in node-id order; config: nodeLabels, "
                  "relationshipTypes, iterations (10), seed (0)") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    AlgorithmConfig config(*this, args[0], {"iterations", "seed"});
    graph::LabelPropagationOptions options;
    options.max_iterations = static_cast<uint32_t>(config.Integer("iterations", options.max_iterations, 1, 1 << 20));
    options.seed = static_cast<uint64_t>(config.Integer("seed", 0, 0, std::numeric_limits<int64_t>::max()));
    auto graph = config.Build(ctx);
    graph::Communities result = graph::LabelPropagation(*graph, options, QueryWorkMonitor(ctx));
    return std::make_unique<PerNodeRows<int64_t>>(graph, Widen(result.community));
  }
};

class KCoreProcedure : public Procedure {
 public:
  KCoreProcedure()
      : Procedure("algo.kcore", {kConfigInput}, {{"node", "NODE"}, {"coreNumber", "INTEGER"}},
                  "Core number of each node: the largest k with the node in a subgraph where every node has k "
                  "neighbours or more; config: nodeLabels, relationshipTypes") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    AlgorithmConfig config(*this, args[0], {});
    auto graph = config.Build(ctx);
    return std::make_unique<PerNodeRows<int64_t>>(graph, Widen(graph::CoreNumbers(*graph, QueryWorkMonitor(ctx))));
  }
};

}  // namespace

void RegisterCommunityProcedures(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<ComponentsProcedure>());
  registry->Register(std::make_unique<LabelPropagationProcedure>());
  registry->Register(std::make_unique<KCoreProcedure>());
}

}  // namespace cg::query
