#include "query/execution/edges.h"

#include <algorithm>

namespace cg::query::execution {

graph::Direction ToGraph(ast::RelDirection d) {
  return d == ast::RelDirection::kRight ? graph::Direction::kOutgoing
         : d == ast::RelDirection::kLeft ? graph::Direction::kIncoming
                                         : graph::Direction::kBoth;
}

void ForEachEdge(const graph::Reader& reader, graph::NodeId node, graph::Direction direction,
                 const std::vector<std::string>& types, const std::function<void(const graph::Edge&)>& fn) {
  auto cb = [&](const graph::Edge& e) {
    if (direction == graph::Direction::kBoth && !e.outgoing && e.start == e.end) return true;
    fn(e);
    return true;
  };
  if (types.empty()) {
    ExecContext::Check(reader.ForEachEdge(node, direction, "", cb));
    return;
  }
  for (size_t i = 0; i < types.size(); ++i) {
    if (std::find(types.begin(), types.begin() + i, types[i]) != types.begin() + i) continue;
    ExecContext::Check(reader.ForEachEdge(node, direction, types[i], cb));
  }
}

std::vector<graph::RelId> UsedRels(const Row& row, const std::vector<int>& slots) {
  std::vector<graph::RelId> out;
  for (int s : slots) {
    const Value& v = row[s];
    if (v.is_rel()) out.push_back(v.as_rel().id);
    else if (v.is_list()) {
      for (const Value& e : v.as_list()) {
        if (e.is_rel()) out.push_back(e.as_rel().id);
      }
    }
  }
  return out;
}

}  // namespace cg::query::execution
