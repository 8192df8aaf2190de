#include "graph/traversal.h"

#include <algorithm>

namespace cg::graph {

using Vertex = Projection::Vertex;

EdgeFilter::EdgeFilter(const Projection& projection, Direction direction, const std::vector<std::string>& types,
                       const RelBits* hidden)
    : direction_(direction), all_types_(types.empty()), hidden_(hidden) {
  if (all_types_) return;
  types_.assign(projection.types().size(), false);
  size_t allowed = 0;
  for (const std::string& t : types) {
    auto index = projection.TypeIndex(t);
    if (!index || types_[*index]) continue;
    types_[*index] = true;
    single_type_ = ++allowed == 1 ? index : std::nullopt;
  }
}

EdgeFilter EdgeFilter::Reversed() const {
  EdgeFilter r = *this;
  if (direction_ == Direction::kOutgoing) r.direction_ = Direction::kIncoming;
  if (direction_ == Direction::kIncoming) r.direction_ = Direction::kOutgoing;
  return r;
}

void VisitMarks::Clear() {
  if (++epoch_ != 0) return;
  std::fill(epoch_of_.begin(), epoch_of_.end(), 0);
  epoch_ = 1;
}

void VisitMarks::Grow(size_t num_nodes) {
  if (num_nodes <= epoch_of_.size()) return;
  epoch_of_.resize(num_nodes, 0);  // epoch 0 is never current
  dist_.resize(num_nodes);
  aux_.resize(num_nodes);
}

MarksLease::MarksLease(const Projection& projection) : projection_(projection), marks_(projection.TakeMarks()) {
  marks_->Clear();
}

MarksLease::~MarksLease() { projection_.ReturnMarks(std::move(marks_)); }

size_t ForEachReachable(const Projection& p, Vertex source, const EdgeFilter& filter, uint32_t min_hops,
                        uint32_t max_hops, const std::function<void(Vertex)>& fn) {
  // Breadth-first from source. For min_hops 1, also whether a closed trail
  // of length <= max_hops passes through source. Directed: some edge u->source
  // with dist(u) + 1 <= max_hops. Undirected: each vertex remembers its
  // branch (which of source's relationships its BFS tree path starts with);
  // a non-tree edge u-w between different branches (source being a branch
  // of its own) closes a cycle through source of length
  // dist(u) + dist(w) + 1, and the shortest such edge gives the shortest
  // cycle through source.
  constexpr uint32_t kSourceBranch = ~uint32_t{0};
  const bool undirected = filter.direction() == Direction::kBoth;
  MarksLease marks(p);
  marks->Mark(source, 0, kSourceBranch);
  std::vector<RelId> source_rels;  // by branch: the relationship it starts with
  bool closed = min_hops == 0;     // source is an answer
  size_t count = 0;
  if (min_hops == 0) {
    fn(source);
    ++count;
  }
  std::vector<Vertex>& frontier = marks->frontier;
  std::vector<Vertex>& next = marks->next;
  frontier.assign(1, source);
  for (uint32_t depth = 0; depth < max_hops && !frontier.empty(); ++depth) {
    next.clear();
    for (Vertex u : frontier) {
      filter.ForEach(p, u, [&](Vertex w, uint32_t e, bool) {
        if (!marks->Marked(w)) {
          uint32_t branch = marks->Aux(u);
          if (u == source) {
            branch = static_cast<uint32_t>(source_rels.size());
            source_rels.push_back(p.edge(e).rel);
          }
          marks->Mark(w, depth + 1, branch);
          next.push_back(w);
          return;
        }
        if (closed) return;
        if (!undirected) {
          closed = w == source;  // depth + 1 <= max_hops
          return;
        }
        const uint32_t bu = marks->Aux(u), bw = marks->Aux(w);
        if (bu == bw && u != source) return;  // same branch (or a loop elsewhere)
        // An edge at source is a tree edge of the other end unless it is a
        // second relationship (parallel, or a self-loop at source).
        if (u == source && w != source && source_rels[bw] == p.edge(e).rel) return;
        if (w == source && u != source && source_rels[bu] == p.edge(e).rel) return;
        closed = marks->Dist(u) + marks->Dist(w) + 1 <= max_hops;
      });
    }
    for (Vertex w : next) fn(w);
    count += next.size();
    std::swap(frontier, next);
  }
  if (closed && min_hops == 1) {
    fn(source);
    ++count;
  }
  return count;
}

namespace {

// Walks down a BFS layering from `start` (marks' distances) to the vertex
// at distance 0, following `filter` to neighbours one step closer; calls
// leaf(nodes, rels) for each walk (nodes from start). Stops when leaf
// returns false; returns false then.
bool WalkLayers(const Projection& p, Vertex start, const EdgeFilter& filter, const VisitMarks& marks,
                const std::function<bool(const std::vector<Vertex>&, const std::vector<RelId>&)>& leaf) {
  struct Frame {
    std::vector<std::pair<Vertex, RelId>> steps;
    size_t i = 0;
  };
  std::vector<Vertex> nodes{start};
  std::vector<RelId> rels;
  std::vector<Frame> stack;
  auto push = [&](Vertex x) {
    Frame frame;
    const uint32_t d = marks.Dist(x);
    filter.ForEach(p, x, [&](Vertex y, uint32_t e, bool) {
      if (marks.Marked(y) && marks.Dist(y) + 1 == d) frame.steps.emplace_back(y, p.edge(e).rel);
    });
    stack.push_back(std::move(frame));
  };
  if (marks.Dist(start) == 0) return leaf(nodes, rels);
  push(start);
  while (!stack.empty()) {
    Frame& frame = stack.back();
    if (frame.i == frame.steps.size()) {
      stack.pop_back();
      nodes.pop_back();
      if (!rels.empty()) rels.pop_back();
      continue;
    }
    auto [y, rel] = frame.steps[frame.i++];
    nodes.push_back(y);
    rels.push_back(rel);
    if (marks.Dist(y) == 0) {
      if (!leaf(nodes, rels)) return false;
      nodes.pop_back();
      rels.pop_back();
      continue;
    }
    push(y);
  }
  return true;
}

}  // namespace

std::optional<uint32_t> ShortestPaths(const Projection& p, Vertex from, Vertex to, const EdgeFilter& filter,
                                      uint32_t max_hops, bool all, const std::function<bool(const VertexPath&)>& fn) {
  if (from == to) {
    if (fn) fn(VertexPath{{from}, {}});
    return 0;
  }
  const EdgeFilter backward_filter = filter.Reversed();
  MarksLease forward(p), backward(p);  // distances from `from` / to `to`
  forward->Mark(from, 0);
  backward->Mark(to, 0);
  std::vector<Vertex>& forward_frontier = forward->frontier;
  std::vector<Vertex>& backward_frontier = backward->frontier;
  std::vector<Vertex>& next = forward->next;
  forward_frontier.assign(1, from);
  backward_frontier.assign(1, to);
  uint32_t forward_depth = 0, backward_depth = 0;
  uint32_t best = kUnboundedHops;
  bool last_forward = true;
  // Expands whole levels, the smaller frontier first, until the two
  // searches meet; the first level that meets holds every shortest path's
  // vertex at that depth.
  while (best == kUnboundedHops && !forward_frontier.empty() && !backward_frontier.empty() &&
         forward_depth + backward_depth < max_hops) {
    last_forward = forward_frontier.size() <= backward_frontier.size();
    VisitMarks& own = last_forward ? *forward : *backward;
    const VisitMarks& other = last_forward ? *backward : *forward;
    const EdgeFilter& f = last_forward ? filter : backward_filter;
    std::vector<Vertex>& frontier = last_forward ? forward_frontier : backward_frontier;
    uint32_t& depth = last_forward ? forward_depth : backward_depth;
    next.clear();
    for (Vertex u : frontier) {
      f.ForEach(p, u, [&](Vertex w, uint32_t, bool) {
        if (own.Marked(w)) return;
        own.Mark(w, depth + 1);
        next.push_back(w);
        if (other.Marked(w)) best = std::min(best, depth + 1 + other.Dist(w));
      });
    }
    std::swap(frontier, next);
    ++depth;
  }
  if (best == kUnboundedHops) return std::nullopt;
  if (!fn) return best;
  // The meeting vertices: at the depth just reached, on a shortest path.
  const std::vector<Vertex>& level = last_forward ? forward_frontier : backward_frontier;
  const uint32_t mid = last_forward ? forward_depth : best - backward_depth;  // distance from `from`
  VertexPath path;
  for (Vertex m : level) {
    if (!forward->Marked(m) || !backward->Marked(m) || forward->Dist(m) != mid || backward->Dist(m) != best - mid) {
      continue;
    }
    bool go_on = WalkLayers(p, m, backward_filter, *forward, [&](const auto& head_nodes, const auto& head_rels) {
      return WalkLayers(p, m, filter, *backward, [&](const auto& tail_nodes, const auto& tail_rels) {
        path.nodes.assign(head_nodes.rbegin(), head_nodes.rend());
        path.nodes.insert(path.nodes.end(), tail_nodes.begin() + 1, tail_nodes.end());
        path.rels.assign(head_rels.rbegin(), head_rels.rend());
        path.rels.insert(path.rels.end(), tail_rels.begin(), tail_rels.end());
        return fn(path) && all;
      });
    });
    if (!go_on) break;
  }
  return best;
}

}  // namespace cg::graph
