#include "query/engine.h"

#include <fmt/format.h>

#include "query/binder/binder.h"
#include "query/execution/executor.h"
#include "query/optimizer/optimizer.h"
#include "query/parser/parser.h"
#include "query/planner/planner.h"
#include "query/temporal.h"

namespace cg::query {

namespace {

// Reads the entities a result value mentions into the result.
void Collect(const Value& v, execution::ExecContext& ctx, QueryResult* r) {
  switch (v.type()) {
    case Value::Type::kNode: {
      if (const graph::Node* n = ctx.GetNode(v.as_node().id)) r->nodes.emplace(n->id, *n);
      break;
    }
    case Value::Type::kRel: {
      if (const graph::Relationship* rel = ctx.GetRel(v.as_rel().id)) r->relationships.emplace(rel->id, *rel);
      break;
    }
    case Value::Type::kPath:
      for (graph::NodeId n : v.as_path().nodes) Collect(Value(NodeRef{n}), ctx, r);
      for (graph::RelId id : v.as_path().rels) Collect(Value(RelRef{id}), ctx, r);
      break;
    case Value::Type::kList:
      for (const Value& e : v.as_list()) Collect(e, ctx, r);
      break;
    case Value::Type::kMap:
      for (const auto& [k, e] : v.as_map()) Collect(e, ctx, r);
      break;
    default: break;
  }
}

void Run(graph::Graph& graph, std::string_view text, const Map& params, const QueryOptions& options,
         QueryResult* result) {
  temporal::StatementClock clock;
  ast::Query query = parser::Parse(text);
  binder::BoundQuery bound = binder::Bind(&query, text, options.procedures);
  for (const std::string& p : bound.parameters) {
    if (!query.explain && !params.count(p)) {
      throw CompileError("ParameterMissing", "MissingParameter", "Expected parameter $" + p);
    }
  }
  planner::Plan plan = planner::BuildPlan(query, bound, text, options.procedures);
  optimizer::Optimize(&plan);
  if (query.explain) {
    result->plan = planner::Explain(plan);
    result->columns = {"plan"};
    result->rows.push_back({Value(result->plan)});
    return;
  }
  if (plan.updates && options.read_only) {
    throw CompileError("ClientError", "ReadOnly", "the query writes but the engine runs read-only");
  }
  std::unique_ptr<graph::WriteTxn> txn;
  std::unique_ptr<graph::ReadTxn> snapshot;
  const graph::Reader* reader = nullptr;
  if (plan.updates) {
    Status s = graph.BeginWrite(&txn);
    if (!s.ok()) throw RuntimeError("DatabaseError", "Storage", s.ToString());
    reader = txn.get();
  } else {
    snapshot = graph.BeginRead();
    reader = snapshot.get();
  }
  execution::ExecContext ctx(reader, txn.get(), &params, &plan, options.cancel, options.limits);
  ctx.profiling = query.profile;
  ctx.graph = &graph;
  execution::Executor executor(&ctx);
  std::vector<execution::Row> rows = executor.Run(*plan.root, execution::Row(plan.num_slots));
  if (!plan.columns.empty()) {
    result->columns = plan.columns;
    result->rows = std::move(rows);
    for (const auto& row : result->rows) {
      for (const Value& v : row) Collect(v, ctx, result);
    }
  }
  result->stats = ctx.stats();
  if (query.profile) {
    result->plan = planner::Explain(plan, [&](const planner::Operator& op) {
      auto it = ctx.profile.find(&op);
      if (it == ctx.profile.end()) return std::string(" (rows=0)");
      return fmt::format(" (rows={}, time={:.3f} ms)", it->second.rows, it->second.time.count() / 1e6);
    });
  }
  if (txn) {
    Status s = txn->Commit();
    if (!s.ok()) throw RuntimeError("DatabaseError", "Commit", s.ToString());
  }
}

}  // namespace

QueryResult QueryEngine::Execute(graph::Graph& graph, std::string_view query, const Map& params,
                                 const QueryOptions& options) {
  QueryResult result;
  try {
    Run(graph, query, params, options, &result);
  } catch (const QueryError& e) {
    result = QueryResult();
    result.error = e;
  } catch (const std::bad_alloc&) {
    result = QueryResult();
    result.error = RuntimeError("DatabaseError", "OutOfMemory", "the query ran out of memory");
  }
  return result;
}

}  // namespace cg::query
