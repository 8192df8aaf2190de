#include "query/execution/updates.h"

#include "query/error.h"
#include "query/execution/executor.h"

namespace cg::query::execution {

using namespace ast;

namespace {

// Properties for a new entity from a pattern's property map.
PropertyMap StoredProperties(const Value& map, bool merging) {
  PropertyMap out;
  if (map.is_null()) return out;
  if (!map.is_map()) throw RuntimeError("TypeError", "InvalidArgumentType", "properties must be a map");
  for (const auto& [k, v] : map.as_map()) {
    if (v.is_null()) {
      if (merging) {
        throw RuntimeError("SemanticError", "MergeReadOwnWrites",
                           "Cannot merge the entity because of a null property value for '" + k + "'");
      }
      continue;
    }
    out.emplace(k, v.ToStored());
  }
  return out;
}

}  // namespace

void CreatePart(Executor& exec, const PatternPart& part, const std::set<int>& bound_before, Row* row, bool merging) {
  ExecContext& ctx = *exec.ctx();
  graph::WriteTxn& txn = ctx.txn();
  std::vector<graph::NodeId> ids;
  for (const NodePattern& n : part.nodes) {
    if (bound_before.count(n.slot) || (*row)[n.slot].is_node()) {
      const Value& v = (*row)[n.slot];
      if (!v.is_node()) {
        throw RuntimeError("SemanticError", "CreateNullNode", "cannot create a relationship to a missing (null) node");
      }
      ids.push_back(v.as_node().id);
      continue;
    }
    PropertyMap props = StoredProperties(n.properties ? exec.eval().Eval(*n.properties, *row) : Value(), merging);
    ctx.stats().properties_set += static_cast<int64_t>(props.size());
    ctx.stats().labels_added += static_cast<int64_t>(n.labels.size());
    graph::NodeId id = 0;
    ExecContext::Check(txn.CreateNode(n.labels, std::move(props), &id));
    ctx.stats().nodes_created++;
    (*row)[n.slot] = Value(NodeRef{id});
    ids.push_back(id);
  }
  Path path;
  path.nodes.push_back(ids[0]);
  for (size_t i = 0; i < part.rels.size(); ++i) {
    const RelPattern& r = part.rels[i];
    PropertyMap props = StoredProperties(r.properties ? exec.eval().Eval(*r.properties, *row) : Value(), merging);
    ctx.stats().properties_set += static_cast<int64_t>(props.size());
    graph::NodeId start = ids[i], end = ids[i + 1];
    if (r.direction == RelDirection::kLeft) std::swap(start, end);
    graph::RelId id = 0;
    ExecContext::Check(txn.CreateRelationship(r.types[0], start, end, std::move(props), &id));
    ctx.stats().relationships_created++;
    (*row)[r.slot] = Value(RelRef{id});
    path.nodes.push_back(ids[i + 1]);
    path.rels.push_back(id);
  }
  (*row)[part.path_slot] = Value(std::move(path));
  ctx.Invalidate();
}

void SetProperty(Executor& exec, const Value& entity, const std::string& key, const Value& value) {
  ExecContext& ctx = *exec.ctx();
  graph::WriteTxn& txn = ctx.txn();
  cg::Value stored = value.ToStored();
  Status s;
  if (entity.is_node()) {
    s = txn.SetNodeProperty(entity.as_node().id, key, stored);
  } else if (entity.is_rel()) {
    s = txn.SetRelationshipProperty(entity.as_rel().id, key, stored);
  } else {
    throw RuntimeError("TypeError", "InvalidArgumentType",
                       std::string("cannot set a property on a ") + entity.TypeName());
  }
  if (s.IsNotFound()) throw RuntimeError("EntityNotFound", "DeletedEntityAccess", "the entity was deleted");
  ExecContext::Check(s);
  if (!value.is_null()) ctx.stats().properties_set++;
  ctx.Invalidate();
}

void ApplySetItems(Executor& exec, const std::vector<SetItem>& items, const Row& row) {
  ExecContext& ctx = *exec.ctx();
  Evaluator& eval = exec.eval();
  for (const SetItem& item : items) {
    switch (item.kind) {
      case SetItem::Kind::kProperty: {
        Value entity = eval.Eval(*item.target->args[0], row);
        Value value = eval.Eval(*item.value, row);
        if (entity.is_null()) break;
        SetProperty(exec, entity, item.target->name, value);
        break;
      }
      case SetItem::Kind::kReplaceMap:
      case SetItem::Kind::kMergeMap: {
        Value entity = eval.Eval(*item.target, row);
        Value value = eval.Eval(*item.value, row);
        if (entity.is_null()) break;
        if (value.is_node() || value.is_rel()) value = Value(ctx.Properties(value));
        if (value.is_null()) value = Value(Map{});
        if (!value.is_map()) {
          throw RuntimeError("TypeError", "InvalidArgumentType", std::string("SET needs a map, not ") + value.TypeName());
        }
        if (!entity.is_node() && !entity.is_rel()) {
          throw RuntimeError("TypeError", "InvalidArgumentType",
                             std::string("cannot set properties on a ") + entity.TypeName());
        }
        if (item.kind == SetItem::Kind::kReplaceMap) {
          for (const auto& [k, v] : ctx.Properties(entity)) {
            if (!value.as_map().count(k)) SetProperty(exec, entity, k, Value());
          }
        }
        for (const auto& [k, v] : value.as_map()) SetProperty(exec, entity, k, v);
        break;
      }
      case SetItem::Kind::kLabels: {
        Value entity = eval.Eval(*item.target, row);
        if (entity.is_null()) break;
        if (!entity.is_node()) {
          throw RuntimeError("TypeError", "InvalidArgumentType", std::string("cannot label a ") + entity.TypeName());
        }
        for (const std::string& l : item.labels) {
          const graph::Node* n = ctx.GetNode(entity.as_node().id);
          if (!n || n->HasLabel(l)) continue;
          ExecContext::Check(ctx.txn().AddLabel(entity.as_node().id, l));
          ctx.stats().labels_added++;
          ctx.Invalidate();
        }
        break;
      }
    }
  }
}

}  // namespace cg::query::execution
