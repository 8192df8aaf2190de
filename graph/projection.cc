#include "graph/projection.h"

#include <algorithm>
#include <unordered_map>

namespace cg::graph {

std::optional<Projection::Vertex> Projection::IndexOf(NodeId id) const {
  auto it = std::lower_bound(ids_.begin(), ids_.end(), id);
  if (it == ids_.end() || *it != id) return std::nullopt;
  return static_cast<Vertex>(it - ids_.begin());
}

Status Projection::Build(const Reader& reader, std::unique_ptr<Projection>* out) {
  std::unique_ptr<Projection> p(new Projection());
  CG_RETURN_IF_ERROR(reader.ForEachNode([&](NodeId id) {
    p->ids_.push_back(id);
    return true;
  }));
  std::vector<std::pair<Vertex, Vertex>> ends;
  std::vector<EdgeData> data;
  std::unordered_map<std::string, uint32_t> type_index;
  Status failure;
  for (Vertex v = 0; v < p->ids_.size(); ++v) {
    Status s = reader.ForEachEdge(p->ids_[v], Direction::kOutgoing, "", [&](const Edge& e) {
      auto target = p->IndexOf(e.end);
      if (!target) {
        failure = Status::Corruption("relationship " + std::to_string(e.rel) + " ends at missing node " +
                                     std::to_string(e.end));
        return false;
      }
      auto [it, added] = type_index.try_emplace(std::string(e.type), static_cast<uint32_t>(p->types_.size()));
      if (added) p->types_.emplace_back(e.type);
      ends.emplace_back(v, *target);
      data.push_back(EdgeData{e.rel, it->second});
      return true;
    });
    CG_RETURN_IF_ERROR(s);
    CG_RETURN_IF_ERROR(failure);
  }
  p->csr_ = Csr(boost::edges_are_unsorted_multi_pass, ends.begin(), ends.end(), data.begin(),
                static_cast<Vertex>(p->ids_.size()));
  *out = std::move(p);
  return Status::OK();
}

}  // namespace cg::graph
