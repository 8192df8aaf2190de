// NodeScan / NodeIndexSeek / NodeByIdSeek: per input row, one row per node
// (all nodes, the nodes of a label, the nodes an index finds for a value,
// or the node of an id or element id), of the scan's label if it has one.
//
// A scan first reads only the ids of one batch; when its consumer wants
// more, a second pass reads the rest (ids after the last one emitted), so
// `MATCH (n) RETURN n LIMIT 1` touches a batch of keys, not the graph.
#include <algorithm>
#include <cmath>

#include "query/error.h"
#include "query/execution/executor.h"
#include "query/execution/operators/operators.h"
#include "query/function/element_id.h"

namespace cg::query::execution::operators {

namespace {

class NodeScan : public StreamingOperator {
 public:
  using StreamingOperator::StreamingOperator;

 protected:
  bool Start(Row row, Batch* out) override {
    row_ = std::move(row);
    ids_.clear();
    next_ = 0;
    complete_ = true;
    labels_.reset();
    if (op_.kind == planner::OpKind::kNodeIndexSeek && !op_.index.empty()) {
      if (const graph::IndexDef* index = UserIndex()) {
        if (auto range = Range()) {
          if (!range->empty) {
            Read(0, 0, [&](const graph::NodeCallback& fn) {
              return ctx_->reader().ForEachIndexedNode(*index, range->range, fn);
            });
          }
          return Continue(out);
        }
      }
    } else if (op_.kind == planner::OpKind::kNodeIndexSeek) {
      Value seek = exec_->eval().Eval(*op_.value, row_);
      if (seek.is_null()) return false;  // equality with null never holds
      if (const std::vector<cg::Value> values = EqualStoredValues(seek); !values.empty()) {
        labels_ = op_.labels.empty() ? nullptr : ctx_->LabelSetOf(op_.labels[0]);
        for (const cg::Value& value : values) {
          if (auto index = ctx_->PointIndexOf(op_.key)) {
            Read(0, 0, [&](const graph::NodeCallback& fn) {
              index->ForEach(op_.key, value, fn);
              return Status::OK();
            });
          } else {
            Read(0, 0, [&](const graph::NodeCallback& fn) {
              return ctx_->reader().ForEachNodeWithProperty(op_.key, value, fn);
            });
          }
        }
        std::sort(ids_.begin(), ids_.end());
        ids_.erase(std::unique(ids_.begin(), ids_.end()), ids_.end());
        return Continue(out);
      }
    }
    if (op_.kind == planner::OpKind::kNodeByIdSeek) {
      const std::optional<graph::NodeId> id = SoughtId(exec_->eval().Eval(*op_.value, row_));
      if (id && ctx_->reader().NodeExists(*id)) ids_.push_back(*id);
      return Continue(out);
    }
    Scan(0, kBatchSize);
    return Continue(out);
  }

  bool Continue(Batch* out) override {
    while (!Full(*out)) {
      if (next_ == ids_.size()) {
        if (complete_ || ids_.empty()) break;
        graph::NodeId last = ids_.back();
        ids_.clear();
        next_ = 0;
        Scan(last, 0);
        continue;
      }
      graph::NodeId id = ids_[next_++];
      if (op_.kind != planner::OpKind::kNodeScan && op_.index.empty() && !op_.labels.empty() &&
          !(labels_ ? labels_->Has(id) : exec_->Matches(Value(NodeRef{id}), {op_.labels[0]}, nullptr, row_))) {
        continue;
      }
      Row r = row_;
      r[op_.slot] = Value(NodeRef{id});
      out->push_back(std::move(r));
    }
    return next_ < ids_.size() || !complete_;
  }

 private:
  // The stored values a built-in index entry can hold that equal `v` (an
  // integral number both as integer and as float); empty when the index
  // cannot seek `v` (a list, a temporal other than a date: then scan).
  static std::vector<cg::Value> EqualStoredValues(const Value& v) {
    switch (v.type()) {
      case Value::Type::kBool: return {cg::Value(v.as_bool())};
      case Value::Type::kString: return {cg::Value(v.as_string())};
      case Value::Type::kDate: return {cg::Value(v.as_date())};
      case Value::Type::kInt: {
        std::vector<cg::Value> out{cg::Value(v.as_int())};
        const double d = static_cast<double>(v.as_int());
        if (d >= -0x1p63 && d < 0x1p63 && static_cast<int64_t>(d) == v.as_int()) out.emplace_back(d);
        return out;
      }
      case Value::Type::kFloat: {
        std::vector<cg::Value> out{cg::Value(v.as_float())};
        const double d = v.as_float();
        if (d >= -0x1p63 && d < 0x1p63 && d == std::trunc(d)) out.emplace_back(static_cast<int64_t>(d));
        return out;
      }
      default: return {};
    }
  }

  // The user index the seek names, as the query's reader has it (read
  // once); null when it is gone (dropped since the plan was made: scan).
  const graph::IndexDef* UserIndex() {
    if (!catalog_) {
      catalog_.emplace();
      ExecContext::Check(ctx_->reader().GetCatalog(&*catalog_));
    }
    const graph::IndexDef* index = catalog_->Find(op_.index);
    return index && !op_.labels.empty() && index->label == op_.labels[0] && index->key == op_.key ? index : nullptr;
  }

  // The range a user-index seek reads for the current row; `empty` when no
  // node can match (a null bound); nullopt when the index cannot answer
  // (a bound of a type it does not hold): then scan.
  struct SeekRange {
    graph::Reader::IndexRange range;
    bool empty = false;
  };
  std::optional<SeekRange> Range() {
    SeekRange out;
    auto bound = [&](const ast::Expr* e, std::optional<cg::Value>* into) {
      if (!e) return true;
      const Value v = exec_->eval().Eval(*e, row_);
      if (v.is_null()) {
        out.empty = true;
        return true;
      }
      if (!v.is_bool() && !v.is_number() && !v.is_string() && !v.is_date()) return false;
      *into = v.ToStored();
      return true;
    };
    if (op_.prefix) {
      const Value p = exec_->eval().Eval(*op_.prefix, row_);
      if (p.is_string()) out.range.prefix = p.as_string();
      else out.empty = true;  // STARTS WITH a non-string: null
      return out;
    }
    if (!bound(op_.value, &out.range.lower) || !bound(op_.lower, &out.range.lower) ||
        !bound(op_.upper, &out.range.upper)) {
      return std::nullopt;
    }
    if (op_.value) out.range.upper = out.range.lower;
    // Bounds of two types: no value lies between them (comparisons across types are null).
    auto family = [](const cg::Value& v) { return v.is_int() || v.is_float() ? 1 : static_cast<int>(v.type()) + 2; };
    if (out.range.lower && out.range.upper && family(*out.range.lower) != family(*out.range.upper)) out.empty = true;
    return out;
  }

  // The node id `id(n) = value` (or `elementId(n) = value`) can hold for;
  // nullopt when none can (null, another type, a float with a fraction).
  std::optional<graph::NodeId> SoughtId(const Value& value) const {
    if (op_.key == "elementId") {
      return value.is_string() ? function::NodeOfElementId(value.as_string()) : std::nullopt;
    }
    if (value.is_int()) return value.as_int() >= 0 ? std::optional(static_cast<graph::NodeId>(value.as_int())) : std::nullopt;
    if (value.is_float() && value.as_float() >= 0 && value.as_float() < 0x1p63 &&
        value.as_float() == static_cast<double>(static_cast<int64_t>(value.as_float()))) {
      return static_cast<graph::NodeId>(value.as_float());
    }
    return std::nullopt;
  }

  // Reads the label's (or all) node ids after `after`; at most `cap` (0: all).
  void Scan(graph::NodeId after, size_t cap) {
    Read(after, cap, [&](const graph::NodeCallback& fn) {
      return op_.labels.empty() ? ctx_->reader().ForEachNode(fn)
                                : ctx_->reader().ForEachNodeWithLabel(op_.labels[0], fn);
    });
  }

  template <typename ForEach>
  void Read(graph::NodeId after, size_t cap, const ForEach& for_each) {
    charge_.Reset();
    complete_ = true;
    ExecContext::Check(for_each([&](graph::NodeId id) {
      if (id <= after) return true;
      if (cap && ids_.size() == cap) {
        complete_ = false;
        return false;
      }
      ctx_->Tick();
      ids_.push_back(id);
      return true;
    }));
    charge_.Add(ids_.capacity() * sizeof(graph::NodeId));
  }

  MemoryCharge charge_{&ctx_->memory()};
  Row row_;
  std::shared_ptr<const graph::LabelSet> labels_;  // of an index seek's label, when cached
  std::optional<graph::Catalog> catalog_;           // the reader's, once a user-index seek needs it
  std::vector<graph::NodeId> ids_;
  size_t next_ = 0;
  bool complete_ = true;
};

}  // namespace

OperatorPtr MakeNodeScan(Executor* exec, const Operator& op, OperatorPtr input) {
  return std::make_unique<NodeScan>(exec, op, std::move(input));
}

}  // namespace cg::query::execution::operators
