#include "query/execution/executor.h"

#include "query/error.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution {

using planner::Operator;
using planner::OpKind;

Executor::Executor(ExecContext* ctx)
    : ctx_(ctx), eval_(ctx, [this](const Operator& op, const Row& arg, size_t batch_rows,
                                  const std::function<bool(Row&)>& each) { RunSubplan(op, arg, batch_rows, each); }) {}

Executor::~Executor() = default;

std::unique_ptr<PhysicalOperator> Executor::Build(const Operator& op) {
  using namespace operators;
  if (op.kind == OpKind::kArgument) return MakeArgument(this, op);
  if (op.kind == OpKind::kUnion) return MakeUnion(this, op);
  if (op.kind == OpKind::kCountStore) return MakeCountStore(this, op);
  if (op.kind == OpKind::kLimit) {
    // ORDER BY ... [SKIP s] LIMIT k: the sort keeps only the first s + k rows.
    const Operator* below = op.input.get();
    const ast::Expr* skip = nullptr;
    if (below->kind == OpKind::kSkip) {
      skip = below->count;
      below = below->input.get();
    }
    if (below->kind == OpKind::kSort) {
      std::unique_ptr<PhysicalOperator> in = MakeSort(this, *below, Build(*below->input), skip, op.count);
      if (skip) in = MakeSkip(this, *op.input, std::move(in));
      return MakeLimit(this, op, std::move(in));
    }
  }
  std::unique_ptr<PhysicalOperator> in = Build(*op.input);
  switch (op.kind) {
    case OpKind::kNodeScan:
    case OpKind::kNodeIndexSeek:
    case OpKind::kNodeByIdSeek: return MakeNodeScan(this, op, std::move(in));
    case OpKind::kExpand:
      return op.rel->var_length ? MakeVarLengthExpand(this, op, std::move(in)) : MakeExpand(this, op, std::move(in));
    case OpKind::kShortestPath: return MakeShortestPath(this, op, std::move(in));
    case OpKind::kExpandReachable: return MakeExpandReachable(this, op, std::move(in));
    case OpKind::kCountReachable: return MakeCountReachable(this, op, std::move(in));
    case OpKind::kEntityFilter: return MakeEntityFilter(this, op, std::move(in));
    case OpKind::kFilter: return MakeFilter(this, op, std::move(in));
    case OpKind::kProjectPath: return MakeProjectPath(this, op, std::move(in));
    case OpKind::kOptional: return MakeOptional(this, op, std::move(in));
    case OpKind::kProject: return MakeProject(this, op, std::move(in));
    case OpKind::kAggregate: return MakeAggregate(this, op, std::move(in));
    case OpKind::kDistinct: return MakeDistinct(this, op, std::move(in));
    case OpKind::kSort: return MakeSort(this, op, std::move(in), nullptr, nullptr);
    case OpKind::kSkip: return MakeSkip(this, op, std::move(in));
    case OpKind::kLimit: return MakeLimit(this, op, std::move(in));
    case OpKind::kUnwind: return MakeUnwind(this, op, std::move(in));
    case OpKind::kCreate: return MakeCreate(this, op, std::move(in));
    case OpKind::kMerge: return MakeMerge(this, op, std::move(in));
    case OpKind::kSet: return MakeSet(this, op, std::move(in));
    case OpKind::kRemove: return MakeRemove(this, op, std::move(in));
    case OpKind::kDelete: return MakeDelete(this, op, std::move(in));
    case OpKind::kCall: return MakeCall(this, op, std::move(in));
    case OpKind::kApply: return MakeApply(this, op, std::move(in));
    case OpKind::kSemiApply: return MakeSemiApply(this, op, std::move(in));
    case OpKind::kProduceResults: return MakeProduceResults(this, op, std::move(in));
    case OpKind::kExpandCount: return MakeExpandCount(this, op, std::move(in));
    case OpKind::kRelationshipScan: return MakeRelationshipScan(this, op, std::move(in));
    case OpKind::kSchemaCommand: return MakeSchemaCommand(this, op, std::move(in));
    case OpKind::kArgument:
    case OpKind::kUnion:
    case OpKind::kCountStore: break;
  }
  throw RuntimeError("DatabaseError", "Internal", "unexpected operator");
}

void Executor::RunSubplan(const Operator& op, const Row& argument, size_t batch_rows,
                          const std::function<bool(Row&)>& each) {
  std::vector<std::unique_ptr<PhysicalOperator>>& idle = idle_subplans_[&op];
  std::unique_ptr<PhysicalOperator> tree;
  if (idle.empty()) {
    tree = Build(op);
  } else {
    tree = std::move(idle.back());
    idle.pop_back();
  }
  Batch batch;
  tree->Open(argument);
  bool more = true;
  while (more && tree->Next(&batch, batch_rows ? batch_rows : kBatchSize)) {
    for (Row& r : batch) {
      if (!(more = each(r))) break;
    }
  }
  idle.push_back(std::move(tree));  // (a nested run of `op` in `each` took another tree)
}

int64_t Executor::CountArgument(const ast::Expr* e, const Row& row, const char* what) {
  Value v = eval_.Eval(*e, row);
  if (!v.is_int()) {
    throw RuntimeError("SyntaxError", "InvalidArgumentType",
                       std::string(what) + " must be an integer, not " + v.TypeName());
  }
  if (v.as_int() < 0) {
    throw RuntimeError("SyntaxError", "NegativeIntegerArgument", std::string(what) + " must not be negative");
  }
  return v.as_int();
}

bool Executor::Matches(const Value& v, const std::vector<std::string>& labels, const ast::Expr* properties,
                       const Row& row) {
  if (v.is_null()) return false;
  if (!labels.empty()) {
    if (!v.is_node()) return false;
    const graph::Node* n = ctx_->GetNode(v.as_node().id);
    if (!n) return false;
    for (const std::string& l : labels) {
      if (!n->HasLabel(l)) return false;
    }
  }
  if (properties) {
    Value map = eval_.Eval(*properties, row);
    if (map.is_null()) return false;
    if (!map.is_map()) throw RuntimeError("TypeError", "InvalidArgumentType", "a pattern's properties must be a map");
    for (const auto& [k, want] : map.as_map()) {
      if (Equals(eval_.Property(v, k), want) != true) return false;
    }
  }
  return true;
}

}  // namespace cg::query::execution
