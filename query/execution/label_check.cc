#include "query/execution/label_check.h"

#include "query/execution/csr_edges.h"
#include "query/execution/executor.h"

namespace cg::query::execution {

void LabelCheck::Refresh(ProjectionUse use) {
  if (labels_.empty()) return;
  const ExecContext& ctx = *exec_->ctx();
  std::shared_ptr<const graph::Projection> projection = ProjectionOf(ctx, use);
  if (projection == projection_) return;
  projection_.reset();
  columns_.clear();
  if (!projection) return;
  for (const std::string& label : labels_) {
    std::shared_ptr<const graph::Graph::LabelColumn> column;
    ExecContext::Check(ctx.graph->LabelColumnFor(ctx.reader(), *projection, label, &column));
    if (!column) {
      columns_.clear();
      return;
    }
    columns_.push_back(std::move(column));
  }
  projection_ = std::move(projection);
}

bool LabelCheck::Has(graph::NodeId id, const Row& row) const {
  if (labels_.empty()) return true;
  if (projection_) {
    const auto v = projection_->IndexOf(id);
    return v && HasVertex(*v);
  }
  return exec_->Matches(Value(NodeRef{id}), labels_, nullptr, row);
}

}  // namespace cg::query::execution
