#include "query/execution/executor.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "query/error.h"
#include "query/execution/csr_edges.h"
#include "query/execution/csr_reachable.h"
#include "query/execution/csr_shortest_path.h"
#include "query/function/aggregates.h"

namespace cg::query::execution {

using namespace ast;
using planner::Operator;
using planner::OpKind;

namespace {

// Relationship ids held by the slots (a relationship or a list of them).
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

bool Contains(const std::vector<graph::RelId>& v, graph::RelId id) {
  return std::find(v.begin(), v.end(), id) != v.end();
}

}  // namespace

Executor::Executor(ExecContext* ctx)
    : ctx_(ctx), eval_(ctx, [this](const Operator& op, const Row& arg) { return Run(op, arg); }) {}

void Executor::Emit(std::vector<Row>* out, Row row) {
  out->push_back(std::move(row));
  if (out->size() > ctx_->limits().max_rows) {
    throw RuntimeError("ClientError", "BoundExceeded",
                       "an operator produced more than " + std::to_string(ctx_->limits().max_rows) + " rows");
  }
  if ((out->size() & 1023) == 0) ctx_->CheckCancel();
}

std::vector<Row> Executor::Run(const Operator& op, const Row& argument) {
  if (op.kind == OpKind::kUnion) return Union(op, argument);
  std::vector<Row> in;
  if (op.kind == OpKind::kArgument) in.push_back(argument);
  else in = Run(*op.input, argument);
  ctx_->CheckCancel();
  if (!ctx_->profiling) return RunOp(op, std::move(in), argument);
  auto start = std::chrono::steady_clock::now();
  std::vector<Row> out = RunOp(op, std::move(in), argument);
  OperatorProfile& p = ctx_->profile[&op];
  p.rows += out.size();
  p.time += std::chrono::steady_clock::now() - start;
  return out;
}

std::vector<Row> Executor::RunOp(const Operator& op, std::vector<Row> in, const Row& argument) {
  switch (op.kind) {
    case OpKind::kArgument: return in;
    case OpKind::kNodeScan:
    case OpKind::kNodeIndexSeek: return NodeScan(op, std::move(in));
    case OpKind::kExpand: return Expand(op, std::move(in));
    case OpKind::kShortestPath: return ShortestPath(op, std::move(in));
    case OpKind::kExpandReachable: {
      std::vector<Row> out;
      for (const Row& row : in) {
        ExpandReachable(*ctx_, op, row, [this](const Operator& o, const Row& a) { return Run(o, a); },
                        [&](Row r) { Emit(&out, std::move(r)); });
      }
      return out;
    }
    case OpKind::kCountReachable: {
      Row out = in.empty() ? Row(ctx_->plan().num_slots) : in[0];
      out[op.aggregates[0]->slot] =
          Value(CountReachable(*ctx_, op, in, [this](const Operator& o, const Row& a) { return Run(o, a); }));
      for (const auto& [slot, expr] : op.post_items) out[slot] = eval_.Eval(*expr, out);
      return {std::move(out)};
    }
    case OpKind::kEntityFilter: return EntityFilter(op, std::move(in));
    case OpKind::kFilter: {
      std::vector<Row> out;
      for (Row& row : in) {
        if (eval_.Truth(*op.predicate, row) == true) out.push_back(std::move(row));
      }
      return out;
    }
    case OpKind::kProjectPath: return ProjectPath(op, std::move(in));
    case OpKind::kOptional: return Optional(op, std::move(in));
    case OpKind::kProject:
      for (Row& row : in) {
        for (const auto& [slot, expr] : op.items) row[slot] = eval_.Eval(*expr, row);
      }
      return in;
    case OpKind::kAggregate: return Aggregate(op, std::move(in));
    case OpKind::kDistinct: {
      std::set<List, EquivalenceLess> seen;
      std::vector<Row> out;
      for (Row& row : in) {
        List key;
        for (int s : op.slots) key.push_back(row[s]);
        if (seen.insert(std::move(key)).second) out.push_back(std::move(row));
      }
      return out;
    }
    case OpKind::kSort: return Sort(op, std::move(in));
    case OpKind::kSkip: {
      int64_t n = CountArgument(op.count, argument, "SKIP");
      if (static_cast<size_t>(n) >= in.size()) return {};
      in.erase(in.begin(), in.begin() + n);
      return in;
    }
    case OpKind::kLimit: {
      int64_t n = CountArgument(op.count, argument, "LIMIT");
      if (static_cast<size_t>(n) < in.size()) in.resize(n);
      return in;
    }
    case OpKind::kUnwind: {
      std::vector<Row> out;
      for (Row& row : in) {
        Value v = eval_.Eval(*op.value, row);
        if (v.is_null()) continue;
        if (!v.is_list()) {
          row[op.slot] = std::move(v);
          Emit(&out, std::move(row));
          continue;
        }
        for (const Value& e : v.as_list()) {
          Row r = row;
          r[op.slot] = e;
          Emit(&out, std::move(r));
        }
      }
      return out;
    }
    case OpKind::kCreate: return Create(op, std::move(in));
    case OpKind::kMerge: return Merge(op, std::move(in));
    case OpKind::kSet: return Set(op, std::move(in));
    case OpKind::kRemove: return Remove(op, std::move(in));
    case OpKind::kDelete: return Delete(op, std::move(in));
    case OpKind::kProduceResults: {
      std::vector<Row> out;
      out.reserve(in.size());
      for (Row& row : in) {
        Row r;
        for (int s : op.slots) r.push_back(std::move(row[s]));
        out.push_back(std::move(r));
      }
      return out;
    }
    case OpKind::kCall: return Call(op, std::move(in));
    case OpKind::kUnion: break;
  }
  throw RuntimeError("DatabaseError", "Internal", "unexpected operator");
}

int64_t Executor::CountArgument(const Expr* e, const Row& row, const char* what) {
  Value v = eval_.Eval(*e, row);
  if (!v.is_int()) {
    throw RuntimeError("SyntaxError", "InvalidArgumentType", std::string(what) + " must be an integer, not " + v.TypeName());
  }
  if (v.as_int() < 0) {
    throw RuntimeError("SyntaxError", "NegativeIntegerArgument", std::string(what) + " must not be negative");
  }
  return v.as_int();
}

bool Executor::Matches(const Value& v, const std::vector<std::string>& labels, const Expr* properties,
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

std::vector<Row> Executor::NodeScan(const Operator& op, std::vector<Row> in) {
  std::vector<Row> out;
  for (Row& row : in) {
    std::vector<graph::NodeId> ids;
    auto collect = [&](graph::NodeId id) {
      ids.push_back(id);
      return true;
    };
    Value seek;
    if (op.kind == OpKind::kNodeIndexSeek) seek = eval_.Eval(*op.value, row);
    if (op.kind == OpKind::kNodeIndexSeek && seek.is_null()) continue;  // equality with null never holds
    if (op.kind == OpKind::kNodeIndexSeek && seek.is_string()) {
      ExecContext::Check(ctx_->reader().ForEachNodeWithProperty(op.key, seek.ToStored(), collect));
    } else if (!op.labels.empty()) {
      ExecContext::Check(ctx_->reader().ForEachNodeWithLabel(op.labels[0], collect));
    } else {
      ExecContext::Check(ctx_->reader().ForEachNode(collect));
    }
    for (graph::NodeId id : ids) {
      if (op.kind == OpKind::kNodeIndexSeek && !op.labels.empty() && !Matches(Value(NodeRef{id}), {op.labels[0]}, nullptr, row)) {
        continue;
      }
      Row r = row;
      r[op.slot] = Value(NodeRef{id});
      Emit(&out, std::move(r));
    }
  }
  return out;
}

std::vector<Row> Executor::EntityFilter(const Operator& op, std::vector<Row> in) {
  std::vector<Row> out;
  for (Row& row : in) {
    const Value& v = row[op.slot];
    if (!v.is_null() && !v.is_node() && !op.labels.empty()) {
      throw RuntimeError("TypeError", "InvalidArgumentType", std::string("expected a node, got ") + v.TypeName());
    }
    if (Matches(v, op.labels, op.properties, row)) out.push_back(std::move(row));
  }
  return out;
}

std::vector<Row> Executor::Expand(const Operator& op, std::vector<Row> in) {
  std::vector<Row> out;
  const RelPattern& r = *op.rel;
  graph::Direction dir = ToGraph(op.direction);
  for (const Row& row : in) {
    const Value& from = row[op.from_slot];
    if (!from.is_node()) continue;
    if (op.to_bound && !row[op.slot].is_node()) continue;
    std::vector<graph::RelId> used = UsedRels(row, op.unique_rels);
    auto accept = [&](Value rel_value, graph::NodeId to) {
      if (op.to_bound && row[op.slot].as_node().id != to) return;
      if (op.rel_bound && !Equivalent(row[op.rel_slot], rel_value)) return;
      Row nr = row;
      nr[op.rel_slot] = std::move(rel_value);
      nr[op.slot] = Value(NodeRef{to});
      Emit(&out, std::move(nr));
    };
    if (!r.var_length) {
      std::vector<std::pair<graph::RelId, graph::NodeId>> hits;
      ForEachEdge(*ctx_, from.as_node().id, dir, r.types, [&](const graph::Edge& e) {
        if (!Contains(used, e.rel)) hits.emplace_back(e.rel, e.other());
      });
      for (auto [rel, to] : hits) {
        if (r.properties && !Matches(Value(RelRef{rel}), {}, r.properties.get(), row)) continue;
        accept(Value(RelRef{rel}), to);
      }
      continue;
    }
    int64_t min = r.min_hops.value_or(1);
    int64_t max = r.max_hops.value_or(INT64_MAX);
    // Depth-first over paths that repeat no relationship, with an explicit
    // stack (paths can be longer than the call stack is deep).
    struct Frame {
      std::vector<std::pair<graph::RelId, graph::NodeId>> next;
      size_t i = 0;
    };
    std::vector<Frame> stack;
    std::vector<graph::RelId> path;
    std::unordered_set<graph::RelId> on_path;
    auto enter = [&](graph::NodeId node) {
      if (static_cast<int64_t>(path.size()) >= min) {
        List rels;
        for (graph::RelId id : path) rels.push_back(Value(RelRef{id}));
        if (op.backward) std::reverse(rels.begin(), rels.end());
        accept(Value(std::move(rels)), node);
      }
      Frame f;
      if (static_cast<int64_t>(path.size()) < max) {
        ForEachEdge(*ctx_, node, dir, r.types, [&](const graph::Edge& e) {
          if (!on_path.count(e.rel) && !Contains(used, e.rel)) f.next.emplace_back(e.rel, e.other());
        });
      }
      stack.push_back(std::move(f));
    };
    enter(from.as_node().id);
    while (!stack.empty()) {
      Frame& f = stack.back();
      if (f.i == f.next.size()) {
        stack.pop_back();
        if (!path.empty()) {
          on_path.erase(path.back());
          path.pop_back();
        }
        continue;
      }
      auto [rel, to] = f.next[f.i++];
      ctx_->CountExpansion();
      if (r.properties && !Matches(Value(RelRef{rel}), {}, r.properties.get(), row)) continue;
      path.push_back(rel);
      on_path.insert(rel);
      enter(to);
    }
  }
  return out;
}

std::vector<Row> Executor::ShortestPath(const Operator& op, std::vector<Row> in) {
  std::vector<Row> out;
  const RelPattern& r = *op.rel;
  graph::Direction dir = ToGraph(op.direction);
  int64_t min = r.var_length ? r.min_hops.value_or(1) : 1;
  int64_t max = r.var_length ? r.max_hops.value_or(INT64_MAX) : 1;
  for (const Row& row : in) {
    const Value& a = row[op.path_slots[0]];
    const Value& b = row[op.path_slots[2]];
    if (!a.is_node() || !b.is_node()) continue;
    graph::NodeId src = a.as_node().id, dst = b.as_node().id;
    if (CsrShortestPath(*ctx_, op, row, src, dst, [&](Row r) { Emit(&out, std::move(r)); })) continue;
    // Breadth-first search recording every shortest-path predecessor.
    std::unordered_map<graph::NodeId, int64_t> depth{{src, 0}};
    std::unordered_map<graph::NodeId, std::vector<std::pair<graph::NodeId, graph::RelId>>> parents;
    std::vector<graph::NodeId> frontier{src};
    bool found = src == dst && min == 0;
    for (int64_t d = 0; !found && !frontier.empty() && d < max; ++d) {
      std::vector<graph::NodeId> next;
      for (graph::NodeId n : frontier) {
        std::vector<std::pair<graph::RelId, graph::NodeId>> edges;
        ForEachEdge(*ctx_, n, dir, r.types, [&](const graph::Edge& e) { edges.emplace_back(e.rel, e.other()); });
        for (auto [rel, to] : edges) {
          ctx_->CountExpansion();
          if (r.properties && !Matches(Value(RelRef{rel}), {}, r.properties.get(), row)) continue;
          auto it = depth.find(to);
          if (it == depth.end()) {
            depth[to] = d + 1;
            next.push_back(to);
            parents[to].emplace_back(n, rel);
          } else if (it->second == d + 1) {
            parents[to].emplace_back(n, rel);
          }
        }
      }
      frontier = std::move(next);
      if (depth.count(dst) && depth[dst] >= min && dst != src) found = true;
    }
    if (!found) continue;
    // Walks predecessors back from dst; each complete walk is one path.
    struct Step {
      graph::NodeId node;
      size_t i = 0;
    };
    std::vector<Step> steps{{dst}};
    std::vector<graph::RelId> rels;  // from dst backwards
    auto pop = [&]() {
      steps.pop_back();
      if (!rels.empty()) rels.pop_back();
    };
    while (!steps.empty()) {
      Step& s = steps.back();
      if (s.node == src && (!rels.empty() || min == 0)) {
        List list;
        Path p;
        p.nodes.push_back(src);
        for (auto it = rels.rbegin(); it != rels.rend(); ++it) {
          list.push_back(Value(RelRef{*it}));
          graph::NodeId start = ctx_->StartNode(*it), end = ctx_->EndNode(*it);
          p.nodes.push_back(start == p.nodes.back() ? end : start);
          p.rels.push_back(*it);
        }
        Row nr = row;
        nr[op.rel_slot] = r.var_length ? Value(std::move(list)) : Value(RelRef{p.rels[0]});
        nr[op.slot] = Value(std::move(p));
        Emit(&out, std::move(nr));
        if (!op.all_shortest) break;
        pop();
        continue;
      }
      const auto& ps = parents[s.node];
      if (s.i == ps.size()) {
        pop();
        continue;
      }
      auto [prev, rel] = ps[s.i++];
      rels.push_back(rel);
      steps.push_back({prev});
    }
  }
  return out;
}

std::vector<Row> Executor::ProjectPath(const Operator& op, std::vector<Row> in) {
  for (Row& row : in) {
    const Value& start = row[op.path_slots[0]];
    if (!start.is_node()) {
      row[op.slot] = Value();
      continue;
    }
    Path p;
    p.nodes.push_back(start.as_node().id);
    bool ok = true;
    for (size_t i = 1; i < op.path_slots.size() && ok; i += 2) {
      const Value& rv = row[op.path_slots[i]];
      std::vector<graph::RelId> rels;
      if (rv.is_rel()) rels.push_back(rv.as_rel().id);
      else if (rv.is_list()) {
        for (const Value& e : rv.as_list()) rels.push_back(e.as_rel().id);
      } else {
        ok = false;
      }
      for (graph::RelId id : rels) {
        graph::NodeId cur = p.nodes.back();
        graph::NodeId s = ctx_->StartNode(id), e = ctx_->EndNode(id);
        p.nodes.push_back(s == cur ? e : s);
        p.rels.push_back(id);
      }
    }
    row[op.slot] = ok ? Value(std::move(p)) : Value();
  }
  return in;
}

std::vector<Row> Executor::Optional(const Operator& op, std::vector<Row> in) {
  std::vector<Row> out;
  for (Row& row : in) {
    std::vector<Row> matched = Run(*op.inner, row);
    if (matched.empty()) {
      for (int s : op.null_slots) row[s] = Value();
      Emit(&out, std::move(row));
    } else {
      for (Row& m : matched) Emit(&out, std::move(m));
    }
  }
  return out;
}

std::vector<Row> Executor::Aggregate(const Operator& op, std::vector<Row> in) {
  struct Group {
    Row base;
    std::vector<std::unique_ptr<function::Aggregator>> aggs;
  };
  std::vector<Group> groups;
  std::map<List, size_t, EquivalenceLess> index;
  auto new_group = [&](Row base) {
    Group g;
    g.base = std::move(base);
    for (const Expr* a : op.aggregates) {
      g.aggs.push_back(a->kind == ExprKind::kCountStar ? function::MakeRowCounter()
                                                       : function::MakeAggregator(a->name, a->distinct));
    }
    groups.push_back(std::move(g));
    return groups.size() - 1;
  };
  for (Row& row : in) {
    List key;
    for (const auto& [slot, expr] : op.items) key.push_back(eval_.Eval(*expr, row));
    auto it = index.find(key);
    size_t g = 0;
    if (it == index.end()) {
      Row base = row;
      for (size_t i = 0; i < op.items.size(); ++i) base[op.items[i].first] = key[i];
      g = new_group(std::move(base));
      index.emplace(std::move(key), g);
    } else {
      g = it->second;
    }
    for (size_t i = 0; i < op.aggregates.size(); ++i) {
      const Expr* a = op.aggregates[i];
      if (a->kind == ExprKind::kCountStar) {
        groups[g].aggs[i]->Add(Value(true), Value());
        continue;
      }
      Value v = eval_.Eval(*a->args[0], row);
      Value extra = a->args.size() > 1 ? eval_.Eval(*a->args[1], row) : Value();
      groups[g].aggs[i]->Add(v, extra);
    }
  }
  if (groups.empty() && op.items.empty()) new_group(Row(ctx_->plan().num_slots));
  std::vector<Row> out;
  for (Group& g : groups) {
    Row row = std::move(g.base);
    for (size_t i = 0; i < op.aggregates.size(); ++i) row[op.aggregates[i]->slot] = g.aggs[i]->Result();
    for (const auto& [slot, expr] : op.post_items) row[slot] = eval_.Eval(*expr, row);
    out.push_back(std::move(row));
  }
  return out;
}

std::vector<Row> Executor::Sort(const Operator& op, std::vector<Row> in) {
  std::vector<std::pair<List, size_t>> keys;
  keys.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    List k;
    for (const auto& [expr, desc] : op.sort_keys) k.push_back(eval_.Eval(*expr, in[i]));
    keys.emplace_back(std::move(k), i);
  }
  std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
    for (size_t i = 0; i < op.sort_keys.size(); ++i) {
      int c = OrderCompare(a.first[i], b.first[i]);
      if (c != 0) return op.sort_keys[i].second ? c > 0 : c < 0;
    }
    return false;
  });
  std::vector<Row> out;
  out.reserve(in.size());
  for (auto& [k, i] : keys) out.push_back(std::move(in[i]));
  return out;
}

// --- updates -------------------------------------------------------------------

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

void Executor::CreatePart(const PatternPart& part, const std::set<int>& bound_before, Row* row, bool merging) {
  graph::WriteTxn& txn = ctx_->txn();
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
    PropertyMap props = StoredProperties(n.properties ? eval_.Eval(*n.properties, *row) : Value(), merging);
    ctx_->stats().properties_set += static_cast<int64_t>(props.size());
    ctx_->stats().labels_added += static_cast<int64_t>(n.labels.size());
    graph::NodeId id = 0;
    ExecContext::Check(txn.CreateNode(n.labels, std::move(props), &id));
    ctx_->stats().nodes_created++;
    (*row)[n.slot] = Value(NodeRef{id});
    ids.push_back(id);
  }
  Path path;
  path.nodes.push_back(ids[0]);
  for (size_t i = 0; i < part.rels.size(); ++i) {
    const RelPattern& r = part.rels[i];
    PropertyMap props = StoredProperties(r.properties ? eval_.Eval(*r.properties, *row) : Value(), merging);
    ctx_->stats().properties_set += static_cast<int64_t>(props.size());
    graph::NodeId start = ids[i], end = ids[i + 1];
    if (r.direction == RelDirection::kLeft) std::swap(start, end);
    graph::RelId id = 0;
    ExecContext::Check(txn.CreateRelationship(r.types[0], start, end, std::move(props), &id));
    ctx_->stats().relationships_created++;
    (*row)[r.slot] = Value(RelRef{id});
    path.nodes.push_back(ids[i + 1]);
    path.rels.push_back(id);
  }
  (*row)[part.path_slot] = Value(std::move(path));
  ctx_->Invalidate();
}

std::vector<Row> Executor::Create(const Operator& op, std::vector<Row> in) {
  for (Row& row : in) {
    for (const PatternPart& part : op.clause->patterns) {
      // A variable introduced by an earlier part of this CREATE is bound
      // now; the rest are created.
      CreatePart(part, op.bound_before, &row, false);
    }
  }
  return in;
}

std::vector<Row> Executor::Merge(const Operator& op, std::vector<Row> in) {
  std::vector<Row> out;
  for (Row& row : in) {
    std::vector<Row> matched = Run(*op.inner, row);
    if (!matched.empty()) {
      for (Row& m : matched) {
        ApplySetItems(op.clause->on_match, m);
        Emit(&out, std::move(m));
      }
      continue;
    }
    CreatePart(op.clause->patterns[0], op.bound_before, &row, true);
    ApplySetItems(op.clause->on_create, row);
    Emit(&out, std::move(row));
  }
  return out;
}

void Executor::SetProperty(const Value& entity, const std::string& key, const Value& value) {
  graph::WriteTxn& txn = ctx_->txn();
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
  if (!value.is_null()) ctx_->stats().properties_set++;
  ctx_->Invalidate();
}

void Executor::ApplySetItems(const std::vector<SetItem>& items, const Row& row) {
  for (const SetItem& item : items) {
    switch (item.kind) {
      case SetItem::Kind::kProperty: {
        Value entity = eval_.Eval(*item.target->args[0], row);
        Value value = eval_.Eval(*item.value, row);
        if (entity.is_null()) break;
        SetProperty(entity, item.target->name, value);
        break;
      }
      case SetItem::Kind::kReplaceMap:
      case SetItem::Kind::kMergeMap: {
        Value entity = eval_.Eval(*item.target, row);
        Value value = eval_.Eval(*item.value, row);
        if (entity.is_null()) break;
        if (value.is_node() || value.is_rel()) value = Value(ctx_->Properties(value));
        if (value.is_null()) value = Value(Map{});
        if (!value.is_map()) {
          throw RuntimeError("TypeError", "InvalidArgumentType", std::string("SET needs a map, not ") + value.TypeName());
        }
        if (!entity.is_node() && !entity.is_rel()) {
          throw RuntimeError("TypeError", "InvalidArgumentType",
                             std::string("cannot set properties on a ") + entity.TypeName());
        }
        if (item.kind == SetItem::Kind::kReplaceMap) {
          for (const auto& [k, v] : ctx_->Properties(entity)) {
            if (!value.as_map().count(k)) SetProperty(entity, k, Value());
          }
        }
        for (const auto& [k, v] : value.as_map()) SetProperty(entity, k, v);
        break;
      }
      case SetItem::Kind::kLabels: {
        Value entity = eval_.Eval(*item.target, row);
        if (entity.is_null()) break;
        if (!entity.is_node()) {
          throw RuntimeError("TypeError", "InvalidArgumentType", std::string("cannot label a ") + entity.TypeName());
        }
        for (const std::string& l : item.labels) {
          const graph::Node* n = ctx_->GetNode(entity.as_node().id);
          if (!n || n->HasLabel(l)) continue;
          ExecContext::Check(ctx_->txn().AddLabel(entity.as_node().id, l));
          ctx_->stats().labels_added++;
          ctx_->Invalidate();
        }
        break;
      }
    }
  }
}

std::vector<Row> Executor::Set(const Operator& op, std::vector<Row> in) {
  for (const Row& row : in) ApplySetItems(op.clause->set_items, row);
  return in;
}

std::vector<Row> Executor::Remove(const Operator& op, std::vector<Row> in) {
  for (const Row& row : in) {
    for (const RemoveItem& item : op.clause->remove_items) {
      if (item.kind == RemoveItem::Kind::kProperty) {
        Value entity = eval_.Eval(*item.target->args[0], row);
        if (entity.is_null()) continue;
        SetProperty(entity, item.target->name, Value());
        continue;
      }
      Value entity = eval_.Eval(*item.target, row);
      if (entity.is_null()) continue;
      if (!entity.is_node()) throw RuntimeError("TypeError", "InvalidArgumentType", "REMOVE of labels needs a node");
      for (const std::string& l : item.labels) {
        const graph::Node* n = ctx_->GetNode(entity.as_node().id);
        if (!n || !n->HasLabel(l)) continue;
        ExecContext::Check(ctx_->txn().RemoveLabel(entity.as_node().id, l));
        ctx_->stats().labels_removed++;
        ctx_->Invalidate();
      }
    }
  }
  return in;
}

std::vector<Row> Executor::Delete(const Operator& op, std::vector<Row> in) {
  std::vector<graph::NodeId> nodes;
  std::vector<graph::RelId> rels;
  for (const Row& row : in) {
    for (const ExprPtr& e : op.clause->exprs) {
      Value v = eval_.Eval(*e, row);
      if (v.is_null()) continue;
      if (v.is_node()) nodes.push_back(v.as_node().id);
      else if (v.is_rel()) rels.push_back(v.as_rel().id);
      else if (v.is_path()) {
        nodes.insert(nodes.end(), v.as_path().nodes.begin(), v.as_path().nodes.end());
        rels.insert(rels.end(), v.as_path().rels.begin(), v.as_path().rels.end());
      } else {
        throw RuntimeError("TypeError", "InvalidArgumentType", std::string("cannot delete a ") + v.TypeName());
      }
    }
  }
  graph::WriteTxn& txn = ctx_->txn();
  for (graph::RelId id : rels) {
    if (!txn.RelationshipExists(id)) continue;
    ExecContext::Check(txn.DeleteRelationship(id));
    ctx_->stats().relationships_deleted++;
  }
  for (graph::NodeId id : nodes) {
    if (!txn.NodeExists(id)) continue;
    int64_t attached = 0;
    if (op.clause->detach) {
      ForEachEdge(txn, id, graph::Direction::kBoth, {}, [&](const graph::Edge&) { ++attached; });
    }
    Status s = txn.DeleteNode(id, op.clause->detach);
    if (s.code() == Status::Code::kConstraint) {
      throw RuntimeError("ConstraintVerificationFailed", "DeleteConnectedNode",
                         "Cannot delete a node that still has relationships; use DETACH DELETE");
    }
    ExecContext::Check(s);
    ctx_->stats().nodes_deleted++;
    ctx_->stats().relationships_deleted += attached;
  }
  ctx_->Invalidate();
  return in;
}

std::vector<Row> Executor::Call(const Operator& op, std::vector<Row> in) {
  const Procedure& p = *op.procedure;
  const Clause& c = *op.clause;
  std::vector<size_t> fields;
  for (const auto& [field, alias] : c.yields) {
    fields.push_back(std::find_if(p.outputs().begin(), p.outputs().end(),
                                  [&](const ProcedureField& f) { return f.name == field; }) -
                     p.outputs().begin());
  }
  std::vector<Row> out;
  for (Row& row : in) {
    List args;
    for (size_t i = 0; i < p.inputs().size(); ++i) {
      Value v = c.implicit_args ? ctx_->params().at(p.inputs()[i].name) : eval_.Eval(*c.exprs[i], row);
      if (p.inputs()[i].type.rfind("FLOAT", 0) == 0 && v.is_int()) v = Value(static_cast<double>(v.as_int()));
      if (!MatchesType(v, p.inputs()[i].type)) {
        throw RuntimeError("TypeError", "InvalidArgumentType",
                           "argument " + p.inputs()[i].name + " of " + p.name() + " must be " + p.inputs()[i].type);
      }
      args.push_back(std::move(v));
    }
    for (List& result : p.Call(args)) {
      Row r = row;
      for (size_t i = 0; i < fields.size(); ++i) r[c.yield_slots[i]] = result[fields[i]];
      Emit(&out, std::move(r));
    }
  }
  return out;
}

std::vector<Row> Executor::Union(const Operator& op, const Row& argument) {
  std::vector<Row> out;
  for (const auto& branch : op.branches) {
    std::vector<Row> rows = Run(*branch, argument);
    // Reorder the branch's columns to the union's.
    std::vector<size_t> order;
    for (const std::string& c : op.columns) {
      order.push_back(std::find(branch->columns.begin(), branch->columns.end(), c) - branch->columns.begin());
    }
    for (Row& r : rows) {
      Row o;
      for (size_t i : order) o.push_back(std::move(r[i]));
      Emit(&out, std::move(o));
    }
  }
  if (op.union_all) return out;
  std::set<List, EquivalenceLess> seen;
  std::vector<Row> distinct;
  for (Row& r : out) {
    if (seen.insert(r).second) distinct.push_back(std::move(r));
  }
  return distinct;
}

}  // namespace cg::query::execution
