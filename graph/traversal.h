// Traversal kernels on a Projection (projection.h): filtered neighbour
// iteration, the distinct nodes within k hops as a BFS frontier, and
// shortest paths by bidirectional BFS. Visited state lives in pooled
// per-vertex arrays stamped with an epoch (VisitMarks), never in hash sets.
//
// Relationship uniqueness (openCypher): a trail is a walk that repeats no
// relationship. The kernels answer questions about trails exactly:
//  * the end nodes of the trails from s of length 1..k are the nodes at BFS
//    distance 1..k, plus s itself iff a closed trail of length <= k passes
//    through s (a self-loop, two parallel relationships, a cycle);
//  * a shortest path is always a trail.
#pragma once

#include <boost/dynamic_bitset.hpp>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "graph/projection.h"

namespace cg::graph {

// Which relationships a traversal follows: a direction, seen from the node
// walked from, a set of types, and optionally relationships to leave out.
class EdgeFilter {
 public:
  // Relationship ids as bits (an id past the end: not set).
  using RelBits = boost::dynamic_bitset<uint64_t>;
  // `types` empty: every type. A type the projection lacks matches nothing.
  // `hidden` (may be null; must outlive the filter): relationships never
  // followed, by id (the graph as of a date, query/execution/as_of.h).
  EdgeFilter(const Projection& projection, Direction direction, const std::vector<std::string>& types,
             const RelBits* hidden = nullptr);

  Direction direction() const { return direction_; }
  // The same relationships walked the other way.
  EdgeFilter Reversed() const;
  bool Allows(uint32_t type) const { return all_types_ || types_[type]; }

  // Calls fn(neighbour, edge index, outgoing) for each followed
  // relationship at v, in the projection's order (a self-loop twice under
  // kBoth); Projection::edge(index) has its id and type.
  template <typename Fn>
  void ForEach(const Projection& projection, Projection::Vertex v, Fn&& fn) const {
    if (hidden_) {
      return ForEachTyped(projection, v, [&](Projection::Vertex w, uint32_t e, bool out) {
        const RelId rel = projection.edge(e).rel;
        if (rel >= hidden_->size() || !hidden_->test(rel)) fn(w, e, out);
      });
    }
    ForEachTyped(projection, v, fn);
  }

 private:
  template <typename Fn>
  void ForEachTyped(const Projection& projection, Projection::Vertex v, Fn&& fn) const {
    if (all_types_) return projection.ForEachIncident(v, direction_, fn);
    if (single_type_) return projection.ForEachIncidentOfType(v, direction_, *single_type_, fn);
    projection.ForEachIncident(v, direction_, [&](Projection::Vertex w, uint32_t e, bool out) {
      if (types_[projection.edge(e).type]) fn(w, e, out);
    });
  }

  Direction direction_;
  bool all_types_ = true;
  std::vector<bool> types_;  // by type index, when !all_types_
  std::optional<uint32_t> single_type_;  // the one type index allowed, if so
  const RelBits* hidden_ = nullptr;
};

// Per-vertex marks with a distance and one more word each; Clear() is O(1)
// (a new epoch). Obtained through MarksLease.
class VisitMarks {
 public:
  explicit VisitMarks(size_t num_nodes) : epoch_of_(num_nodes, 0), dist_(num_nodes), aux_(num_nodes) {}
  void Clear();
  // Covers at least num_nodes vertices (a projection patched with new nodes).
  void Grow(size_t num_nodes);
  bool Marked(Projection::Vertex v) const { return epoch_of_[v] == epoch_; }
  void Mark(Projection::Vertex v, uint32_t dist, uint32_t aux = 0) {
    epoch_of_[v] = epoch_;
    dist_[v] = dist;
    aux_[v] = aux;
  }
  // Valid only for a marked vertex.
  uint32_t Dist(Projection::Vertex v) const { return dist_[v]; }
  uint32_t Aux(Projection::Vertex v) const { return aux_[v]; }

  // BFS frontiers kept with the marks so that their memory is reused too;
  // whoever holds the marks clears them.
  std::vector<Projection::Vertex> frontier, next;

 private:
  std::vector<uint32_t> epoch_of_, dist_, aux_;
  uint32_t epoch_ = 0;
};

// Cleared marks from the projection's pool, returned on destruction.
class MarksLease {
 public:
  explicit MarksLease(const Projection& projection);
  ~MarksLease();
  MarksLease(const MarksLease&) = delete;
  MarksLease& operator=(const MarksLease&) = delete;
  VisitMarks& operator*() const { return *marks_; }
  VisitMarks* operator->() const { return marks_.get(); }

 private:
  const Projection& projection_;
  std::unique_ptr<VisitMarks> marks_;
};

inline constexpr uint32_t kUnboundedHops = ~uint32_t{0};

// The distinct end nodes of the trails from `source` whose length is in
// [min_hops, max_hops], for min_hops 0 or 1 (other minimums are not a BFS
// question): calls fn(v) once per node, in BFS order (source first when
// min_hops is 0, last when a closed trail includes it), and returns how
// many there are. fn may start other traversals.
size_t ForEachReachable(const Projection& projection, Projection::Vertex source, const EdgeFilter& filter,
                        uint32_t min_hops, uint32_t max_hops, const std::function<void(Projection::Vertex)>& fn);

struct VertexPath {
  std::vector<Projection::Vertex> nodes;  // from .. to
  std::vector<RelId> rels;                // rels[i] joins nodes[i] and nodes[i+1]
};

// The length of a shortest path from `from` to `to` of at most max_hops
// relationships (0 when from == to), following `filter` from `from`;
// nullopt when there is none. Bidirectional BFS expanding the smaller
// frontier. With `fn`, also calls it for one shortest path (all == false)
// or for every one (all == true; parallel relationships make distinct
// paths) until fn returns false.
std::optional<uint32_t> ShortestPaths(const Projection& projection, Projection::Vertex from, Projection::Vertex to,
                                      const EdgeFilter& filter, uint32_t max_hops, bool all,
                                      const std::function<bool(const VertexPath&)>& fn = nullptr);

}  // namespace cg::graph
