// The traversal kernels against brute-force references on random small
// multigraphs (self-loops, parallel relationships, several types).
#include <doctest/doctest.h>

#include <functional>
#include <map>
#include <random>
#include <set>

#include "graph/graph.h"
#include "graph/traversal.h"

using namespace cg;
using namespace cg::graph;

namespace {

struct Rel {
  RelId id;
  std::string type;
  NodeId start, end;
};

struct World {
  std::unique_ptr<Graph> graph;
  std::vector<NodeId> nodes;
  std::vector<Rel> rels;
};

const std::vector<std::string> kTypes = {"A", "B", "C"};

World RandomWorld(std::mt19937& rng) {
  World w;
  REQUIRE(Graph::Open("traversal", {.in_memory = true, .enforce_ontology = false}, &w.graph).ok());
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(w.graph->BeginWrite(&txn).ok());
  const int n = std::uniform_int_distribution<int>(1, 9)(rng);
  const int m = std::uniform_int_distribution<int>(0, 16)(rng);
  for (int i = 0; i < n; ++i) {
    NodeId id;
    REQUIRE(txn->CreateNode({"N"}, {}, &id).ok());
    w.nodes.push_back(id);
  }
  std::uniform_int_distribution<int> node(0, n - 1), type(0, 2), coin(0, 5);
  for (int i = 0; i < m; ++i) {
    Rel r;
    r.start = w.nodes[node(rng)];
    // Loops and repeats of the previous pair are common on purpose.
    const int c = coin(rng);
    r.end = c == 0 ? r.start : (c == 1 && !w.rels.empty()) ? w.rels.back().end : w.nodes[node(rng)];
    if (c == 1 && !w.rels.empty()) r.start = w.rels.back().start;
    r.type = kTypes[type(rng)];
    REQUIRE(txn->CreateRelationship(r.type, r.start, r.end, {}, &r.id).ok());
    w.rels.push_back(r);
  }
  REQUIRE(txn->Commit().ok());
  return w;
}

// The relationships a walk at `node` may take: (rel index, other end).
std::vector<std::pair<size_t, NodeId>> Steps(const World& w, NodeId node, Direction d,
                                             const std::vector<std::string>& types) {
  std::vector<std::pair<size_t, NodeId>> out;
  for (size_t i = 0; i < w.rels.size(); ++i) {
    const Rel& r = w.rels[i];
    if (!types.empty() && std::find(types.begin(), types.end(), r.type) == types.end()) continue;
    if (d != Direction::kIncoming && r.start == node) out.emplace_back(i, r.end);
    else if (d != Direction::kOutgoing && r.end == node) out.emplace_back(i, r.start);
  }
  return out;
}

// End nodes of every trail from `node` of length min..max, by enumeration.
void Trails(const World& w, NodeId node, Direction d, const std::vector<std::string>& types, size_t min, size_t max,
            std::vector<bool>* used, size_t length, std::set<NodeId>* ends) {
  if (length >= min) ends->insert(node);
  if (length == max) return;
  for (auto [i, next] : Steps(w, node, d, types)) {
    if ((*used)[i]) continue;
    (*used)[i] = true;
    Trails(w, next, d, types, min, max, used, length + 1, ends);
    (*used)[i] = false;
  }
}

// Plain BFS distances from `node`.
std::map<NodeId, size_t> Distances(const World& w, NodeId node, Direction d, const std::vector<std::string>& types) {
  std::map<NodeId, size_t> dist{{node, 0}};
  std::vector<NodeId> frontier{node};
  while (!frontier.empty()) {
    std::vector<NodeId> next;
    for (NodeId u : frontier) {
      for (auto [i, v] : Steps(w, u, d, types)) {
        if (dist.emplace(v, dist[u] + 1).second) next.push_back(v);
      }
    }
    frontier = std::move(next);
  }
  return dist;
}

// Every walk of exactly `length` relationships from `node` to `to`, as
// (nodes, rels).
using IdPath = std::pair<std::vector<NodeId>, std::vector<RelId>>;
void Walks(const World& w, NodeId node, NodeId to, Direction d, const std::vector<std::string>& types, size_t length,
           IdPath* path, std::set<IdPath>* out) {
  if (path->second.size() == length) {
    if (node == to) out->insert(*path);
    return;
  }
  for (auto [i, next] : Steps(w, node, d, types)) {
    path->first.push_back(next);
    path->second.push_back(w.rels[i].id);
    Walks(w, next, to, d, types, length, path, out);
    path->first.pop_back();
    path->second.pop_back();
  }
}

IdPath ToIds(const Projection& p, const VertexPath& path) {
  IdPath out;
  for (auto v : path.nodes) out.first.push_back(p.IdOf(v));
  out.second = path.rels;
  return out;
}

// Calls check(world, projection, filter, types, direction) on 150 random
// worlds from `seed`, for every type filter and direction.
void ForEachCase(unsigned seed, const std::function<void(const World&, const Projection&, const EdgeFilter&,
                                                         const std::vector<std::string>&, Direction)>& check) {
  const std::vector<std::vector<std::string>> filters = {{}, {"A"}, {"A", "C"}, {"missing"}};
  std::mt19937 rng(seed);
  for (int round = 0; round < 150; ++round) {
    World w = RandomWorld(rng);
    std::shared_ptr<const Projection> p;
    REQUIRE(w.graph->ProjectionFor(*w.graph->BeginRead(), &p).ok());
    REQUIRE(p);
    INFO("round " << round);
    for (const auto& types : filters) {
      for (Direction d : {Direction::kOutgoing, Direction::kIncoming, Direction::kBoth}) {
        check(w, *p, EdgeFilter(*p, d, types), types, d);
      }
    }
  }
}

}  // namespace

TEST_CASE("ForEachReachable gives exactly the end nodes of trails of length min..k") {
  ForEachCase(20261201, [](const World& w, const Projection& p, const EdgeFilter& filter,
                           const std::vector<std::string>& types, Direction d) {
    for (NodeId s : w.nodes) {
      for (uint32_t min : {0u, 1u}) {
        for (uint32_t max : {1u, 2u, 3u, 5u}) {
          std::set<NodeId> want;
          std::vector<bool> used(w.rels.size());
          Trails(w, s, d, types, min, max, &used, 0, &want);
          std::set<NodeId> got;
          std::vector<NodeId> order;
          size_t n = ForEachReachable(p, *p.IndexOf(s), filter, min, max, [&](Projection::Vertex v) {
            got.insert(p.IdOf(v));
            order.push_back(p.IdOf(v));
          });
          INFO("source " << s << " min " << min << " max " << max);
          CHECK(got == want);
          CHECK(n == want.size());
          CHECK(order.size() == got.size());  // each node once
        }
      }
    }
  });
}

TEST_CASE("ShortestPaths: bidirectional BFS agrees with a plain BFS, and enumerates every shortest path") {
  ForEachCase(8, [](const World& w, const Projection& p, const EdgeFilter& filter,
                    const std::vector<std::string>& types, Direction d) {
    for (NodeId a : w.nodes) {
      const auto dist = Distances(w, a, d, types);
      for (NodeId b : w.nodes) {
        INFO("from " << a << " to " << b);
        auto va = *p.IndexOf(a), vb = *p.IndexOf(b);
        auto it = dist.find(b);
        auto length = ShortestPaths(p, va, vb, filter, kUnboundedHops, false);
        if (it == dist.end()) {
          CHECK_FALSE(length.has_value());
          continue;
        }
        REQUIRE(length.has_value());
        CHECK(*length == it->second);
        if (it->second > 0) CHECK_FALSE(ShortestPaths(p, va, vb, filter, it->second - 1, false).has_value());
        std::set<IdPath> want;
        IdPath start{{a}, {}};
        Walks(w, a, b, d, types, it->second, &start, &want);
        std::set<IdPath> all;
        size_t calls = 0;
        ShortestPaths(p, va, vb, filter, it->second, true, [&](const VertexPath& path) {
          all.insert(ToIds(p, path));
          ++calls;
          return true;
        });
        CHECK(all == want);
        CHECK(calls == want.size());
        std::vector<IdPath> one;
        ShortestPaths(p, va, vb, filter, kUnboundedHops, false, [&](const VertexPath& path) {
          one.push_back(ToIds(p, path));
          return true;
        });
        REQUIRE(one.size() == 1);
        CHECK(want.count(one[0]) == 1);
      }
    }
  });
}
