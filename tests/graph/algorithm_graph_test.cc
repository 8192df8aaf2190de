// AlgorithmGraph: the selection (labels, types, orientation) as a simple
// graph, copied the same from a projection and from a Reader (a writing
// transaction, with its own writes).
#include <doctest/doctest.h>

#include <set>
#include <tuple>

#include "graph/algorithms/algorithm_graph.h"
#include "graph/graph.h"

using namespace cg;
using namespace cg::graph;

namespace {

using Edges = std::set<std::tuple<NodeId, NodeId, RelId>>;

Edges EdgesOf(const AlgorithmGraph& g) {
  Edges edges;
  for (auto e : boost::make_iterator_range(boost::edges(g.csr()))) {
    edges.emplace(g.IdOf(boost::source(e, g.csr())), g.IdOf(boost::target(e, g.csr())), g.csr()[e].rel);
  }
  return edges;
}

// The selection copied from the committed state's projection and from the
// reader alone must agree; returns it.
Edges Select(Graph& g, const GraphSelection& selection) {
  auto reader = g.BeginRead();
  std::shared_ptr<const Projection> projection;
  REQUIRE(g.ProjectionFor(*reader, &projection).ok());
  UnmonitoredWork work;
  std::unique_ptr<AlgorithmGraph> walked, read;
  REQUIRE(AlgorithmGraph::Build(*reader, projection.get(), selection, work, &walked).ok());
  REQUIRE(AlgorithmGraph::Build(*reader, nullptr, selection, work, &read).ok());
  CHECK(walked->num_vertices() == read->num_vertices());
  CHECK(EdgesOf(*walked) == EdgesOf(*read));
  return EdgesOf(*read);
}

}  // namespace

TEST_CASE("AlgorithmGraph: a simple graph of the chosen labels, types and orientation") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("algorithm_graph", {.in_memory = true, .enforce_ontology = false}, &g).ok());
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId a, b, c, d;
  REQUIRE(txn->CreateNode({"P"}, {}, &a).ok());
  REQUIRE(txn->CreateNode({"P"}, {}, &b).ok());
  REQUIRE(txn->CreateNode({"Q"}, {}, &c).ok());
  REQUIRE(txn->CreateNode({"P", "Q"}, {}, &d).ok());
  RelId ab1, ab2, ba, bc, aa, cd;
  REQUIRE(txn->CreateRelationship("X", a, b, {}, &ab1).ok());
  REQUIRE(txn->CreateRelationship("Y", a, b, {}, &ab2).ok());  // parallel, another type
  REQUIRE(txn->CreateRelationship("X", b, a, {}, &ba).ok());
  REQUIRE(txn->CreateRelationship("X", b, c, {}, &bc).ok());
  REQUIRE(txn->CreateRelationship("X", a, a, {}, &aa).ok());  // self-loop: left out
  REQUIRE(txn->CreateRelationship("Y", c, d, {}, &cd).ok());
  REQUIRE(txn->Commit().ok());

  // Parallel relationships are one edge with the smallest id.
  CHECK(Select(*g, {}) == Edges{{a, b, std::min(ab1, ab2)}, {b, a, ba}, {b, c, bc}, {c, d, cd}});
  CHECK(Select(*g, {.types = {"Y"}}) == Edges{{a, b, ab2}, {c, d, cd}});
  CHECK(Select(*g, {.types = {"Y"}, .orientation = Direction::kIncoming}) == Edges{{b, a, ab2}, {d, c, cd}});
  CHECK(Select(*g, {.types = {"X"}, .orientation = Direction::kBoth}) ==
        Edges{{a, b, std::min(ab1, ba)}, {b, a, std::min(ab1, ba)}, {b, c, bc}, {c, b, bc}});
  // Nodes with any chosen label; relationships with both ends chosen.
  CHECK(Select(*g, {.labels = {"Q"}}) == Edges{{c, d, cd}});
  CHECK(Select(*g, {.labels = {"P"}, .types = {"X", "Y"}}) == Edges{{a, b, std::min(ab1, ab2)}, {b, a, ba}});
  CHECK(Select(*g, {.types = {"NONE"}}).empty());
}

TEST_CASE("AlgorithmGraph: read from a writing transaction, it sees that transaction's writes") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("algorithm_graph_txn", {.in_memory = true, .enforce_ontology = false}, &g).ok());
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId a, b;
  RelId ab;
  REQUIRE(txn->CreateNode({"P"}, {}, &a).ok());
  REQUIRE(txn->CreateNode({"P"}, {}, &b).ok());
  REQUIRE(txn->CreateRelationship("X", a, b, {}, &ab).ok());
  UnmonitoredWork work;
  std::unique_ptr<AlgorithmGraph> graph;
  REQUIRE(AlgorithmGraph::Build(*txn, nullptr, {}, work, &graph).ok());
  CHECK(graph->num_vertices() == 2);
  CHECK(EdgesOf(*graph) == Edges{{a, b, ab}});
  CHECK(graph->Degree(*graph->IndexOf(a)) == 1);
  CHECK(graph->Degree(*graph->IndexOf(b)) == 0);
}
