#include "query/engine.h"

#include <ctime>

#include <fmt/format.h>

#include "query/execution/executor.h"
#include "query/planner/planner.h"
#include "query/prepared_query.h"
#include "query/temporal.h"

namespace cg::query {

namespace {

// Reads the entities a result value mentions into the maps.
void Collect(const Value& v, execution::ExecContext& ctx, std::map<graph::NodeId, graph::Node>* nodes,
             std::map<graph::RelId, graph::Relationship>* rels) {
  switch (v.type()) {
    case Value::Type::kNode: {
      if (const graph::Node* n = ctx.GetNode(v.as_node().id)) nodes->emplace(n->id, *n);
      break;
    }
    case Value::Type::kRel: {
      if (const graph::Relationship* rel = ctx.GetRel(v.as_rel().id)) rels->emplace(rel->id, *rel);
      break;
    }
    case Value::Type::kPath:
      for (graph::NodeId n : v.as_path().nodes) Collect(Value(NodeRef{n}), ctx, nodes, rels);
      for (graph::RelId id : v.as_path().rels) Collect(Value(RelRef{id}), ctx, nodes, rels);
      break;
    case Value::Type::kList:
      for (const Value& e : v.as_list()) Collect(e, ctx, nodes, rels);
      break;
    case Value::Type::kMap:
      for (const auto& [k, e] : v.as_map()) Collect(e, ctx, nodes, rels);
      break;
    default: break;
  }
}

QueryError OutOfMemory() { return RuntimeError("DatabaseError", "OutOfMemory", "the query ran out of memory"); }

}  // namespace

// Declared in reverse order of destruction: the operators go first, the
// transaction (rolled back unless committed) last.
struct QueryCursor::State {
  std::shared_ptr<const PreparedQuery> prepared;
  Map params;
  std::timespec instant{};
  std::vector<std::string> columns;
  std::optional<QueryError> error;
  execution::Stats stats;
  std::string plan;
  std::vector<Notification> notifications;
  std::vector<execution::Row> explain_rows;
  bool done = false;

  std::unique_ptr<graph::WriteTxn> txn;
  std::unique_ptr<graph::ReadTxn> snapshot;
  std::unique_ptr<execution::ExecContext> ctx;
  std::unique_ptr<execution::Executor> executor;
  std::unique_ptr<execution::PhysicalOperator> root;

  void Start(graph::Graph& graph, std::string_view text, const QueryOptions& options);
  void Finish();
  void Fail(QueryError e) {
    error = std::move(e);
    Release();
  }
  // Drops the pipeline and the transaction (rolling back uncommitted writes).
  void Release() {
    done = true;
    root.reset();
    executor.reset();
    ctx.reset();
    snapshot.reset();
    txn.reset();
  }
};

void QueryCursor::State::Start(graph::Graph& graph, std::string_view text, const QueryOptions& options) {
  std::shared_ptr<const graph::Catalog> catalog;
  Status read = graph.CommittedCatalog(&catalog);
  if (!read.ok()) throw RuntimeError("DatabaseError", "Storage", read.ToString());
  prepared = PlanCache::Default().Get(text, options.procedures, catalog.get());
  const ast::Query& query = prepared->query;
  const planner::Plan& p = prepared->plan;
  for (const std::string& name : prepared->bound.parameters) {
    if (!query.explain && !params.count(name)) {
      throw CompileError("ParameterMissing", "MissingParameter", "Expected parameter $" + name);
    }
  }
  auto notify = [&](const graph::Reader& reader) {
    Status s = UnknownNameNotifications(prepared->names, prepared->text, graph, reader, &notifications);
    if (!s.ok()) throw RuntimeError("DatabaseError", "Storage", s.ToString());
  };
  if (query.explain) {
    notify(*graph.BeginRead());
    plan = planner::Explain(p);
    columns = {"plan"};
    explain_rows.push_back({Value(plan)});
    return;
  }
  if (p.updates && options.as_of) {  // before ReadOnly, on which a shell reopens the database writable
    throw CompileError("ClientError", "AsOfReadOnly",
                       "the query writes but runs as of " + options.as_of->ToString() + ", a view of the past");
  }
  if (p.updates && options.read_only) {
    throw CompileError("ClientError", "ReadOnly", "the query writes but the engine runs read-only");
  }
  const graph::Reader* reader = nullptr;
  if (p.updates) {
    Status s = graph.BeginWrite(&txn);
    if (!s.ok()) throw RuntimeError("DatabaseError", "Storage", s.ToString());
    reader = txn.get();
  } else {
    snapshot = graph.BeginRead();
    reader = snapshot.get();
  }
  notify(*reader);
  ctx = std::make_unique<execution::ExecContext>(reader, txn.get(), &params, &p, options.cancel, options.limits);
  ctx->profiling = query.profile;
  ctx->graph = &graph;
  ctx->as_of = options.as_of;
  ctx->show_rejected = options.show_rejected;
  if (options.timeout.count() > 0) ctx->SetTimeout(options.timeout);
  executor = std::make_unique<execution::Executor>(ctx.get());
  root = executor->Build(*p.root);
  root->Open(execution::Row(p.num_slots));
  columns = p.columns;
}

void QueryCursor::State::Finish() {
  stats = ctx->stats();
  if (prepared->query.profile) {
    plan = planner::Explain(prepared->plan, [&](const planner::Operator& op) {
      auto it = ctx->profile.find(&op);
      if (it == ctx->profile.end()) return std::string(" (rows=0)");
      return fmt::format(" (rows={}, time={:.3f} ms)", it->second.rows, it->second.time.count() / 1e6);
    });
  }
  if (txn) {
    Status s = txn->Commit();
    if (s.code() == Status::Code::kConstraint) {  // a uniqueness constraint (graph/catalog.h)
      throw RuntimeError("ConstraintVerificationFailed", "ConstraintValidationFailed", s.message());
    }
    if (!s.ok()) throw RuntimeError("DatabaseError", "Commit", s.ToString());
  }
  Release();
}

QueryCursor::QueryCursor(std::unique_ptr<State> state) : state_(std::move(state)) {}
QueryCursor::~QueryCursor() = default;

const std::vector<std::string>& QueryCursor::columns() const { return state_->columns; }
const std::optional<QueryError>& QueryCursor::error() const { return state_->error; }
const execution::Stats& QueryCursor::stats() const { return state_->stats; }
const std::string& QueryCursor::plan() const { return state_->plan; }
const std::vector<Notification>& QueryCursor::notifications() const { return state_->notifications; }

bool QueryCursor::Next(std::vector<execution::Row>* batch) {
  batch->clear();
  State& s = *state_;
  if (s.done) return false;
  if (!s.explain_rows.empty()) {
    *batch = std::move(s.explain_rows);
    s.explain_rows.clear();
    return true;
  }
  if (!s.root) {  // EXPLAIN, after its row
    s.done = true;
    return false;
  }
  temporal::StatementClock clock(s.instant);
  try {
    while (s.root->Next(batch)) {
      if (!s.columns.empty()) return true;
    }
    batch->clear();
    s.Finish();
  } catch (const QueryError& e) {
    batch->clear();
    s.Fail(e);
  } catch (const std::bad_alloc&) {
    batch->clear();
    s.Fail(OutOfMemory());
  }
  return false;
}

void QueryCursor::CollectEntities(const std::vector<execution::Row>& rows, std::map<graph::NodeId, graph::Node>* nodes,
                                  std::map<graph::RelId, graph::Relationship>* relationships) {
  if (!state_->ctx) return;
  for (const execution::Row& row : rows) {
    for (const Value& v : row) Collect(v, *state_->ctx, nodes, relationships);
  }
}

std::unique_ptr<QueryCursor> QueryEngine::Open(graph::Graph& graph, std::string_view query, const Map& params,
                                               const QueryOptions& options) {
  auto state = std::make_unique<QueryCursor::State>();
  state->params = params;
  try {
    temporal::StatementClock clock;
    state->instant = temporal::StatementClock::Instant();
    state->Start(graph, query, options);
  } catch (const QueryError& e) {
    state->Fail(e);
  } catch (const std::bad_alloc&) {
    state->Fail(OutOfMemory());
  }
  return std::unique_ptr<QueryCursor>(new QueryCursor(std::move(state)));
}

QueryResult QueryEngine::Execute(graph::Graph& graph, std::string_view query, const Map& params,
                                 const QueryOptions& options) {
  QueryResult result;
  std::unique_ptr<QueryCursor> cursor = Open(graph, query, params, options);
  result.columns = cursor->columns();
  std::vector<execution::Row> batch;
  try {
    while (cursor->Next(&batch)) {
      if (execution::ExecContext* ctx = cursor->state_->ctx.get()) {
        for (const execution::Row& row : batch) ctx->memory().Charge(execution::ApproxSize(row));
      }
      cursor->CollectEntities(batch, &result.nodes, &result.relationships);
      for (execution::Row& row : batch) result.rows.push_back(std::move(row));
    }
  } catch (const QueryError& e) {
    result = QueryResult();
    result.error = e;
    return result;
  } catch (const std::bad_alloc&) {
    result = QueryResult();
    result.error = OutOfMemory();
    return result;
  }
  if (cursor->error()) {
    result = QueryResult();
    result.error = *cursor->error();
    return result;
  }
  result.stats = cursor->stats();
  result.plan = cursor->plan();
  result.notifications = cursor->notifications();
  return result;
}

}  // namespace cg::query
