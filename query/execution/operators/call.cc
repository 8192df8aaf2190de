// ProcedureCall (CALL): per input row, the procedure's result rows with
// the yielded fields in their slots.
#include <algorithm>

#include "query/error.h"
#include "query/execution/csr_edges.h"
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

// What a procedure reads: the calling query's context.
class CallContext : public ProcedureContext {
 public:
  CallContext(ExecContext* ctx, bool writes) : ctx_(ctx), writes_(writes) {}
  const graph::Reader& reader() const override { return ctx_->reader(); }
  std::shared_ptr<const graph::Projection> projection() const override { return ProjectionOf(*ctx_); }
  void Tick() const override { ctx_->Tick(); }
  void CheckMemory(size_t bytes) const override { ctx_->CheckMemory(bytes); }
  const ProcedureRegistry& registry() const override {
    return ctx_->plan().procedures ? *ctx_->plan().procedures : BuiltinProcedures();
  }
  std::optional<Date> as_of() const override { return ctx_->as_of; }
  bool Sees(graph::RelId rel) const override { return ctx_->Sees(rel); }
  bool HidesAny() const override { return ctx_->Hidden() != nullptr; }
  bool Rejected(graph::RelId rel) const override { return ctx_->Rejected(rel); }
  bool ShowsRejected() const override { return ctx_->show_rejected; }
  graph::WriteTxn* writer() const override { return writes_ ? &ctx_->txn() : nullptr; }

 private:
  ExecContext* ctx_;
  bool writes_;
};

class Call : public StreamingOperator {
 public:
  Call(Executor* exec, const Operator& op, OperatorPtr input) : StreamingOperator(exec, op, std::move(input)) {
    const Procedure& p = *op.procedure;
    for (const auto& yield : op.clause->yields) {  // (not a structured binding: clang 14 cannot capture one)
      auto named = [&](const ProcedureField& f) { return f.name == yield.first; };
      fields_.push_back(static_cast<size_t>(std::find_if(p.outputs().begin(), p.outputs().end(), named) -
                                            p.outputs().begin()));
    }
  }

 protected:
  bool Start(Row row, Batch* out) override {
    const Procedure& p = *op_.procedure;
    const ast::Clause& c = *op_.clause;
    List args;
    for (size_t i = 0; i < p.inputs().size(); ++i) {
      const ProcedureField& in = p.inputs()[i];
      Value v;
      if (c.implicit_args) {
        auto it = ctx_->params().find(in.name);
        v = it != ctx_->params().end() ? it->second : in.default_value.value_or(Value());
      } else {
        v = i < c.exprs.size() ? exec_->eval().Eval(*c.exprs[i], row) : *in.default_value;
      }
      if (p.inputs()[i].type.rfind("FLOAT", 0) == 0 && v.is_int()) v = Value(static_cast<double>(v.as_int()));
      if (!MatchesType(v, p.inputs()[i].type)) {
        throw RuntimeError("TypeError", "InvalidArgumentType",
                           "argument " + p.inputs()[i].name + " of " + p.name() + " must be " + p.inputs()[i].type);
      }
      args.push_back(std::move(v));
    }
    results_ = p.Open(call_ctx_, args);
    if (p.writes()) ctx_->Invalidate();  // cached entities may have changed
    row_ = std::move(row);
    return Continue(out);
  }

  bool Continue(Batch* out) override {
    List result;
    while (!Full(*out)) {
      if (!results_->Next(&result)) {
        results_.reset();
        return false;
      }
      Row r = row_;
      for (size_t i = 0; i < fields_.size(); ++i) r[op_.clause->yield_slots[i]] = std::move(result[fields_[i]]);
      out->push_back(std::move(r));
    }
    return true;
  }

 private:
  CallContext call_ctx_{ctx_, op_.procedure->writes()};
  std::vector<size_t> fields_;
  Row row_;
  std::unique_ptr<ProcedureRows> results_;
};

}  // namespace

OperatorPtr MakeCall(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Call>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
