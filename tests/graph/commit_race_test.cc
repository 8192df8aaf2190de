#include <doctest/doctest.h>

#include <atomic>
#include <thread>
#include <vector>

#include "graph/graph.h"
#include "graph/projection.h"
#include "tests/graph/adjacency_oracle.h"

using namespace cg;
using namespace cg::graph;
using cg::graph::testing::FromProjection;
using cg::graph::testing::FromStorage;

// Several writers commit in turn as fast as the writer slot allows while
// readers take snapshots and projections. A commit is published (its
// counter step and its projection delta) before the next writer can begin,
// so every projection a reader gets is its own snapshot's adjacency, and
// every commit is counted in the statistics exactly once.
TEST_CASE("racing writers and readers: commits are published in order, projections match their snapshots") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("commit-race", {.in_memory = true, .enforce_ontology = false}, &g).ok());
  std::vector<NodeId> nodes(8);
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    for (NodeId& n : nodes) REQUIRE(txn->CreateNode({"N"}, {}, &n).ok());
    REQUIRE(txn->Commit().ok());
  }
  {
    // A projection exists, so every commit from here on records a delta.
    std::shared_ptr<const Projection> p;
    REQUIRE(g->ProjectionFor(*g->BeginRead(), &p).ok());
    REQUIRE(p);
  }
  constexpr int kWriters = 3, kCommitsEach = 120, kReaders = 2;
  std::atomic<int> writers_left{kWriters};
  std::atomic<int> failures{0}, mismatches{0}, checked{0};
  std::vector<std::thread> threads;
  for (int w = 0; w < kWriters; ++w) {
    threads.emplace_back([&, w] {
      // Doctest assertions are not thread-safe: count, assert after join.
      for (int i = 0; i < kCommitsEach; ++i) {
        std::unique_ptr<WriteTxn> txn;
        if (!g->BeginWrite(&txn).ok()) ++failures;
        const NodeId from = nodes[(w + i) % nodes.size()], to = nodes[(w * 3 + i * 5) % nodes.size()];
        if (!txn->CreateRelationship(w % 2 ? "T" : "U", from, to, {}, nullptr).ok()) ++failures;
        if (!txn->Commit().ok()) ++failures;
      }
      --writers_left;
    });
  }
  for (int r = 0; r < kReaders; ++r) {
    threads.emplace_back([&] {
      while (writers_left.load() > 0) {
        auto reader = g->BeginRead();
        std::shared_ptr<const Projection> p;
        if (!g->ProjectionFor(*reader, &p).ok()) ++failures;
        if (!p) continue;  // a snapshot taken mid-commit has no projection
        if (FromProjection(*p) != FromStorage(*reader)) ++mismatches;
        ++checked;
      }
    });
  }
  for (auto& t : threads) t.join();
  CHECK(failures.load() == 0);
  CHECK(mismatches.load() == 0);
  MESSAGE("projections checked while writing: " << checked.load());

  auto reader = g->BeginRead();
  std::vector<std::pair<std::string, uint64_t>> types;
  REQUIRE(reader->CountRelationshipTypes(&types).ok());
  uint64_t total = 0;
  for (const auto& [type, n] : types) total += n;
  CHECK(total == kWriters * kCommitsEach);
  std::shared_ptr<const Projection> p;
  REQUIRE(g->ProjectionFor(*reader, &p).ok());
  REQUIRE(p);  // no commit is in flight: the state is named
  CHECK(p->num_edges() == kWriters * kCommitsEach);
  CHECK(FromProjection(*p) == FromStorage(*reader));
}
