#include "graph/projection.h"

#include <algorithm>
#include <numeric>

#include "graph/keys.h"
#include "graph/traversal.h"
#include "storage/store.h"

namespace cg::graph {

namespace {
constexpr Projection::Vertex kNoVertex = ~Projection::Vertex{0};
}  // namespace

Projection::Base::Base() = default;
Projection::Base::~Base() = default;
Projection::~Projection() = default;

std::optional<Projection::Vertex> Projection::IndexOf(NodeId id) const {
  std::optional<Vertex> v;
  const Base& b = *base_;
  if (!added_ids_.empty() && id >= added_ids_.front()) {
    auto it = std::lower_bound(added_ids_.begin(), added_ids_.end(), id);
    if (it == added_ids_.end() || *it != id) return std::nullopt;
    v = static_cast<Vertex>(b.ids.size() + (it - added_ids_.begin()));
  } else if (!b.vertex_of.empty()) {
    if (id >= b.vertex_of.size() || b.vertex_of[id] == kNoVertex) return std::nullopt;
    v = b.vertex_of[id];
  } else {
    auto it = std::lower_bound(b.ids.begin(), b.ids.end(), id);
    if (it == b.ids.end() || *it != id) return std::nullopt;
    v = static_cast<Vertex>(it - b.ids.begin());
  }
  if (!Live(*v)) return std::nullopt;
  return v;
}

std::optional<uint32_t> Projection::TypeIndex(std::string_view type) const {
  const std::vector<std::string>& types = base_->types;
  auto it = std::lower_bound(types.begin(), types.end(), type);
  if (it == types.end() || *it != type) return std::nullopt;
  return static_cast<uint32_t>(it - types.begin());
}

Status Projection::Build(const ReadTxn& snapshot, std::unique_ptr<Projection>* out) {
  const storage::ReadView& view = *snapshot.snapshot_;
  std::unique_ptr<Projection> p(new Projection());
  auto base = std::make_shared<Base>();
  std::vector<NodeId>& ids = base->ids;
  auto nodes = view.Scan(storage::Column::kNodes, "");
  for (; nodes->Valid(); nodes->Next()) ids.push_back(keys::ReadId(nodes->key()));
  CG_RETURN_IF_ERROR(nodes->status());
  nodes.reset();
  // Ids are handed out in sequence, so a table by id is usually small.
  if (!ids.empty() && ids.back() < 4 * ids.size() + 1024) {
    base->vertex_of.assign(ids.back() + 1, kNoVertex);
    for (Vertex v = 0; v < ids.size(); ++v) base->vertex_of[ids[v]] = v;
  }
  p->base_ = base;

  // One pass over the outgoing adjacency, sorted by (start, type, end,
  // rel): starts advance monotonically through ids, ends are looked up.
  std::vector<std::pair<Vertex, Vertex>> ends;
  std::vector<EdgeData> data;
  std::vector<std::string> seen_types;  // in order of first appearance
  uint32_t last_type = 0;
  Vertex from = 0;
  keys::DecodedEdge e;
  auto edges = view.Scan(storage::Column::kOutEdges, "");
  for (; edges->Valid(); edges->Next()) {
    if (!keys::DecodeEdge(edges->key(), &e)) return Status::Corruption("malformed adjacency key");
    while (from < ids.size() && ids[from] < e.from) ++from;
    auto to = p->IndexOf(e.to);
    if (from == ids.size() || ids[from] != e.from || !to) {
      return Status::Corruption("relationship " + std::to_string(e.rel) + " joins a missing node");
    }
    if (seen_types.empty() || seen_types[last_type] != e.type) {
      auto it = std::find(seen_types.begin(), seen_types.end(), e.type);
      if (it == seen_types.end()) it = seen_types.emplace(seen_types.end(), e.type);
      last_type = static_cast<uint32_t>(it - seen_types.begin());
    }
    ends.emplace_back(from, *to);
    data.push_back(EdgeData{e.rel, last_type});
  }
  CG_RETURN_IF_ERROR(edges->status());
  edges.reset();

  // Type indexes in name order.
  std::vector<uint32_t> order(seen_types.size()), rank(seen_types.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return seen_types[a] < seen_types[b]; });
  for (uint32_t i = 0; i < order.size(); ++i) {
    rank[order[i]] = i;
    base->types.push_back(std::move(seen_types[order[i]]));
  }
  for (EdgeData& d : data) d.type = rank[d.type];

  // Edges arrive grouped by start, so Boost's counting sort keeps each
  // vertex's outgoing edges in key order.
  base->csr = Csr(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), data.begin(),
                  static_cast<Vertex>(ids.size()));
  p->SortIncoming(base.get());
  p->base_edges_ = static_cast<uint32_t>(boost::num_edges(base->csr));
  p->num_edges_ = p->base_edges_;
  *out = std::move(p);
  return Status::OK();
}

// Boost lists a vertex's incoming edges by start vertex; reorders them by
// (type, start, rel), the order of the incoming adjacency keys.
void Projection::SortIncoming(Base* base) const {
  auto& in = base->csr.m_backward;
  const auto& props = base->csr.m_forward.m_edge_properties;
  std::vector<std::pair<Vertex, uint32_t>> segment;  // (start, forward edge index)
  for (size_t v = 0; v + 1 < in.m_rowstart.size(); ++v) {
    const uint32_t begin = in.m_rowstart[v], end = in.m_rowstart[v + 1];
    if (end - begin < 2) continue;
    segment.clear();
    for (uint32_t i = begin; i < end; ++i) segment.emplace_back(in.m_column[i], in.m_edge_properties[i]);
    std::sort(segment.begin(), segment.end(), [&](const auto& a, const auto& b) {
      const EdgeData& x = props[a.second];
      const EdgeData& y = props[b.second];
      if (x.type != y.type) return x.type < y.type;
      if (a.first != b.first) return a.first < b.first;
      return x.rel < y.rel;
    });
    for (uint32_t i = begin; i < end; ++i) {
      in.m_column[i] = segment[i - begin].first;
      in.m_edge_properties[i] = segment[i - begin].second;
    }
  }
}

std::unique_ptr<VisitMarks> Projection::TakeMarks() const {
  std::unique_ptr<VisitMarks> marks;
  {
    std::lock_guard<std::mutex> lock(base_->pool_mu);
    if (!base_->pool.empty()) {
      marks = std::move(base_->pool.back());
      base_->pool.pop_back();
    }
  }
  if (!marks) return std::make_unique<VisitMarks>(num_nodes());
  marks->Grow(num_nodes());
  return marks;
}

void Projection::ReturnMarks(std::unique_ptr<VisitMarks> marks) const {
  std::lock_guard<std::mutex> lock(base_->pool_mu);
  base_->pool.push_back(std::move(marks));
}

}  // namespace cg::graph
