// ProjectPath: binds a named path from its node and relationship slots.
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class ProjectPath : public StreamingOperator {
 public:
  using StreamingOperator::StreamingOperator;

 protected:
  bool Start(Row row, Batch* out) override {
    row[op_.slot] = PathOf(row);
    out->push_back(std::move(row));
    return false;
  }

 private:
  Value PathOf(const Row& row) {
    const Value& start = row[op_.path_slots[0]];
    if (!start.is_node()) return Value();
    Path p;
    p.nodes.push_back(start.as_node().id);
    for (size_t i = 1; i < op_.path_slots.size(); i += 2) {
      const Value& rv = row[op_.path_slots[i]];
      std::vector<graph::RelId> rels;
      if (rv.is_rel()) rels.push_back(rv.as_rel().id);
      else if (rv.is_list()) {
        for (const Value& e : rv.as_list()) rels.push_back(e.as_rel().id);
      } else {
        return Value();
      }
      for (graph::RelId id : rels) {
        graph::NodeId cur = p.nodes.back();
        graph::NodeId s = ctx_->StartNode(id), e = ctx_->EndNode(id);
        p.nodes.push_back(s == cur ? e : s);
        p.rels.push_back(id);
      }
    }
    return Value(std::move(p));
  }
};

}  // namespace

OperatorPtr MakeProjectPath(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<ProjectPath>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
