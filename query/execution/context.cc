#include "query/execution/context.h"

#include "query/error.h"

namespace cg::query::execution {

graph::WriteTxn& ExecContext::txn() {
  if (!txn_) throw RuntimeError("ClientError", "ReadOnly", "the query runs read-only and cannot write");
  return *txn_;
}

void ExecContext::CheckCancel() const {
  if (cancel_ && cancel_->load(std::memory_order_relaxed)) {
    throw RuntimeError("ClientError", "Cancelled", "the query was cancelled");
  }
  if (timeout_.count() > 0 && std::chrono::steady_clock::now() > deadline_) {
    throw RuntimeError("ClientError", "TimedOut",
                       "the query ran longer than its timeout of " + std::to_string(timeout_.count()) + " ms");
  }
}

void ExecContext::CountExpansion() {
  if (++expansions_ > limits_.max_expansions) {
    throw RuntimeError("ClientError", "BoundExceeded",
                       "the query traversed more than " + std::to_string(limits_.max_expansions) + " relationships");
  }
  if ((expansions_ & 1023) == 0) CheckCancel();
}

const HiddenRels* ExecContext::Hidden() const {
  if (!hidden_) {
    HiddenRels hidden;
    if (as_of) Check(CollectHidden(graph, *reader_, *as_of, [this] { Tick(); }, &hidden));
    bool rejected = false;
    if (!show_rejected) Check(AddRejected(*reader_, &hidden, &rejected));
    hide_ = as_of || rejected;
    hidden_ = std::move(hidden);
  }
  return hide_ ? &*hidden_ : nullptr;
}

bool ExecContext::Rejected(graph::RelId rel) const {
  if (show_rejected) return false;
  if (!as_of) return !Sees(rel);
  if (!rejected_) {
    HiddenRels rejected;
    bool any = false;
    Check(AddRejected(*reader_, &rejected, &any));
    rejected_ = std::move(rejected);
  }
  return rejected_->Has(rel);
}

void ExecContext::Check(const Status& s) {
  if (!s.ok()) throw RuntimeError("DatabaseError", "Storage", s.ToString());
}

const graph::Node* ExecContext::GetNode(graph::NodeId id) const {
  auto it = nodes_.find(id);
  if (it != nodes_.end()) return it->second.get();
  auto node = std::make_unique<graph::Node>();
  Status s = reader_->GetNodeRecord(id, node.get());  // queries read no claims
  if (s.IsNotFound()) node.reset();
  else Check(s);
  return (nodes_[id] = std::move(node)).get();
}

std::optional<Value> ExecContext::NodeProperty(graph::NodeId id, std::string_view key) {
  if (const graph::NodeColumn* column = graph ? columns.Node(*graph, *reader_, key) : nullptr) {
    const graph::NodeColumn::Cell cell = column->Get(id);
    switch (cell.kind) {
      case graph::NodeColumn::Kind::kNoNode: return std::nullopt;
      case graph::NodeColumn::Kind::kAbsent: return Value();
      case graph::NodeColumn::Kind::kString: return Value(std::string(cell.text));
      case graph::NodeColumn::Kind::kValue: return Value::FromStored(*cell.value);
    }
  }
  if (!nodes_.count(id) && read_once_.insert(id).second) {
    cg::Value value;
    Status s = reader_->GetNodeProperty(id, key, &value);
    if (s.IsNotFound()) return std::nullopt;
    Check(s);
    return Value::FromStored(value);
  }
  const graph::Node* n = GetNode(id);
  if (!n) return std::nullopt;
  const cg::Value* v = n->Find(key);
  return v ? Value::FromStored(*v) : Value();
}

std::shared_ptr<const graph::PointIndex> ExecContext::PointIndexOf(std::string_view key) const {
  std::shared_ptr<const graph::PointIndex> index;
  if (graph) Check(graph->PointIndexFor(*reader_, key, &index));
  return index;
}

std::shared_ptr<const graph::LabelSet> ExecContext::LabelSetOf(std::string_view label) const {
  std::shared_ptr<const graph::LabelSet> set;
  if (graph) Check(graph->LabelSetFor(*reader_, label, &set));
  return set;
}

const graph::Relationship* ExecContext::GetRel(graph::RelId id) const {
  auto it = rels_.find(id);
  if (it != rels_.end()) return it->second.get();
  auto rel = std::make_unique<graph::Relationship>();
  Status s = reader_->GetRelationshipRecord(id, rel.get());  // queries read no evidence
  if (s.IsNotFound()) rel.reset();
  else Check(s);
  return (rels_[id] = std::move(rel)).get();
}


namespace {
[[noreturn]] void Deleted(const char* what) {
  throw RuntimeError("EntityNotFound", "DeletedEntityAccess", std::string("the ") + what + " was deleted");
}
}  // namespace

std::vector<std::string> ExecContext::Labels(graph::NodeId node) const {
  const graph::Node* n = GetNode(node);
  if (!n) Deleted("node");
  return n->labels;
}

Map ExecContext::Properties(const Value& entity) const {
  const PropertyMap* props = nullptr;
  if (entity.is_node()) {
    const graph::Node* n = GetNode(entity.as_node().id);
    if (!n) Deleted("node");
    props = &n->properties;
  } else {
    const graph::Relationship* r = GetRel(entity.as_rel().id);
    if (!r) Deleted("relationship");
    props = &r->properties;
  }
  Map out;
  for (const auto& [k, v] : *props) out.emplace(k, Value::FromStored(v));
  return out;
}

std::string ExecContext::Type(graph::RelId rel) const {
  const graph::Relationship* r = GetRel(rel);
  if (!r) Deleted("relationship");
  return r->type;
}

graph::NodeId ExecContext::StartNode(graph::RelId rel) const {
  const graph::Relationship* r = GetRel(rel);
  if (!r) Deleted("relationship");
  return r->start;
}

graph::NodeId ExecContext::EndNode(graph::RelId rel) const {
  const graph::Relationship* r = GetRel(rel);
  if (!r) Deleted("relationship");
  return r->end;
}

}  // namespace cg::query::execution
