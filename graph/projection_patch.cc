// Projection::Patch: a later state's projection from an earlier one and the
// deltas of the commits between (projection.h).
#include <algorithm>
#include <tuple>

#include "graph/projection.h"
#include "graph/projection_delta.h"

namespace cg::graph {

// Edits a copy of a projection's overlay; each vertex's adjacency is copied
// (from the overlay or from its CSR rows) the first time a delta touches it.
class Projection::Patcher {
 public:
  explicit Patcher(Projection* p) : p_(*p) {}

  bool Apply(const ProjectionDelta& delta) {
    for (NodeId id : delta.nodes_written) {
      if (p_.IndexOf(id)) continue;  // a node changed, not created
      if (p_.num_nodes() > 0 && id <= p_.IdOf(static_cast<Vertex>(p_.num_nodes() - 1))) return false;
      p_.added_ids_.push_back(id);
      Edit(static_cast<Vertex>(p_.num_nodes() - 1));
    }
    for (const ProjectionDelta::Rel& r : delta.removed) {
      const auto from = p_.IndexOf(r.from), to = p_.IndexOf(r.to);
      if (!from || !to) continue;  // created and deleted within one transaction
      if (Erase(&Edit(*from).out, r.rel)) {
        Erase(&Edit(*to).in, r.rel);
        --p_.num_edges_;
      }
    }
    for (const ProjectionDelta::Rel& r : delta.added) {
      const auto from = p_.IndexOf(r.from), to = p_.IndexOf(r.to);
      const auto type = p_.TypeIndex(r.type);
      if (!from || !to || !type) return false;
      const uint32_t e = p_.base_edges_ + static_cast<uint32_t>(p_.added_edges_.size());
      p_.added_edges_.push_back(EdgeData{r.rel, *type});
      Edit(*from).out.emplace_back(*to, e);
      Edit(*to).in.emplace_back(*from, e);
      ++p_.num_edges_;
    }
    for (NodeId id : delta.nodes_deleted) {
      const auto v = p_.IndexOf(id);
      if (!v) continue;
      Adjacency& a = Edit(*v);
      if (!a.out.empty() || !a.in.empty()) return false;  // its relationships must have gone first
      a.deleted = true;
    }
    return true;
  }

  // Puts every edited vertex's edges in adjacency-key order.
  void Finish() {
    auto key = [&](const std::pair<Vertex, uint32_t>& x) {
      const EdgeData& d = p_.edge(x.second);
      return std::make_tuple(d.type, x.first, d.rel);
    };
    auto by_key = [&](const auto& a, const auto& b) { return key(a) < key(b); };
    for (const auto& [v, a] : edited_) {
      std::sort(a->out.begin(), a->out.end(), by_key);
      std::sort(a->in.begin(), a->in.end(), by_key);
    }
  }

 private:
  Adjacency& Edit(Vertex v) {
    auto it = edited_.find(v);
    if (it != edited_.end()) return *it->second;
    auto copy = std::make_shared<Adjacency>();
    if (p_.Patched(v)) {
      *copy = *p_.patch_.at(v);
    } else if (v < p_.base_->ids.size()) {
      p_.ForEachIncident(v, Direction::kBoth, [&](Vertex w, uint32_t e, bool out) {
        (out ? copy->out : copy->in).emplace_back(w, e);
      });
    }
    if (p_.patched_.size() <= v / 64) p_.patched_.resize(p_.num_nodes() / 64 + 1, 0);
    p_.patched_[v >> 6] |= uint64_t{1} << (v & 63);
    p_.patch_[v] = copy;
    edited_.emplace(v, copy.get());
    return *copy;
  }

  bool Erase(std::vector<std::pair<Vertex, uint32_t>>* edges, RelId rel) {
    auto it = std::find_if(edges->begin(), edges->end(), [&](const auto& x) { return p_.edge(x.second).rel == rel; });
    if (it == edges->end()) return false;
    edges->erase(it);
    return true;
  }

  Projection& p_;
  std::unordered_map<Vertex, Adjacency*> edited_;
};

bool Projection::Patch(const Projection& previous, const std::vector<const ProjectionDelta*>& deltas,
                       std::unique_ptr<Projection>* out) {
  std::unique_ptr<Projection> p(new Projection());
  p->base_ = previous.base_;
  p->base_edges_ = previous.base_edges_;
  p->num_edges_ = previous.num_edges_;
  p->added_ids_ = previous.added_ids_;
  p->patched_ = previous.patched_;
  p->patch_ = previous.patch_;
  p->added_edges_ = previous.added_edges_;
  Patcher patcher(p.get());
  for (const ProjectionDelta* delta : deltas) {
    if (!patcher.Apply(*delta)) return false;
  }
  patcher.Finish();
  if (p->patch_.size() > p->num_nodes() / kPatchFraction + 64 ||
      p->added_edges_.size() > p->base_edges_ / kPatchFraction + 256) {
    return false;
  }
  *out = std::move(p);
  return true;
}

}  // namespace cg::graph
