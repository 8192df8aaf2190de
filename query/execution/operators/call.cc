// ProcedureCall (CALL): per input row, the procedure's result rows with
// the yielded fields in their slots.
#include <algorithm>

#include "query/error.h"
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"

namespace cg::query::execution::operators {

namespace {

class Call : public StreamingOperator {
 public:
  Call(Executor* exec, const Operator& op, OperatorPtr input) : StreamingOperator(exec, op, std::move(input)) {
    const Procedure& p = *op.procedure;
    for (const auto& [field, alias] : op.clause->yields) {
      fields_.push_back(static_cast<size_t>(
          std::find_if(p.outputs().begin(), p.outputs().end(), [&](const ProcedureField& f) { return f.name == field; }) -
          p.outputs().begin()));
    }
  }

 protected:
  bool Start(Row row, Batch* out) override {
    const Procedure& p = *op_.procedure;
    const ast::Clause& c = *op_.clause;
    List args;
    for (size_t i = 0; i < p.inputs().size(); ++i) {
      Value v = c.implicit_args ? ctx_->params().at(p.inputs()[i].name) : exec_->eval().Eval(*c.exprs[i], row);
      if (p.inputs()[i].type.rfind("FLOAT", 0) == 0 && v.is_int()) v = Value(static_cast<double>(v.as_int()));
      if (!MatchesType(v, p.inputs()[i].type)) {
        throw RuntimeError("TypeError", "InvalidArgumentType",
                           "argument " + p.inputs()[i].name + " of " + p.name() + " must be " + p.inputs()[i].type);
      }
      args.push_back(std::move(v));
    }
    results_ = p.Call(args);
    row_ = std::move(row);
    next_ = 0;
    return Continue(out);
  }

  bool Continue(Batch* out) override {
    for (; next_ < results_.size() && !Full(*out); ++next_) {
      Row r = row_;
      for (size_t i = 0; i < fields_.size(); ++i) r[op_.clause->yield_slots[i]] = results_[next_][fields_[i]];
      out->push_back(std::move(r));
    }
    return next_ < results_.size();
  }

 private:
  std::vector<size_t> fields_;
  Row row_;
  std::vector<List> results_;
  size_t next_ = 0;
};

}  // namespace

OperatorPtr MakeCall(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<Call>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
