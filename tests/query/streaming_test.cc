// The streaming engine's contract: cursors hand out rows batch by batch,
// LIMIT stops work early, count(*) and ORDER BY ... LIMIT hold bounded
// memory, the memory limit fails a query cleanly, a cancel or a timeout
// stops any loop, and a writing cursor commits only at its end.
#include <atomic>
#include <thread>

#include <doctest/doctest.h>

#include "query/execution/operator.h"
#include "query/procedures/registry.h"
#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

using testing::Fails;
using testing::NewGraph;
using testing::Run;

constexpr char kReduceQuery[] =
    "UNWIND range(1, 2000000) AS x WITH x WHERE reduce(s = 0, i IN range(1, 500) | s + i) > 0 RETURN count(*)";

// A procedure that raises the cancel flag when called, so that a test
// knows the query is running when the flag goes up.
class CancelProcedure : public Procedure {
 public:
  explicit CancelProcedure(std::atomic<bool>* flag)
      : Procedure("test.cancel", {}, {{"x", "INTEGER?"}}), flag_(flag) {}
  std::unique_ptr<ProcedureRows> Open(const ProcedureContext&, const List&) const override {
    flag_->store(true);
    return std::make_unique<VectorRows>(std::vector<List>{{Value(1)}});
  }

 private:
  std::atomic<bool>* flag_;
};

TEST_CASE("streaming: a cursor returns rows in batches and stops where its consumer stops") {
  auto g = NewGraph();
  std::unique_ptr<QueryCursor> c = QueryEngine::Open(*g, "UNWIND range(1, 5000) AS x RETURN x");
  CHECK(c->columns() == std::vector<std::string>{"x"});
  std::vector<execution::Row> batch;
  int64_t expected = 1;
  size_t batches = 0;
  while (c->Next(&batch)) {
    ++batches;
    CHECK(batch.size() <= execution::kBatchSize);
    for (const auto& row : batch) CHECK(row[0].as_int() == expected++);
  }
  CHECK_FALSE(c->error());
  CHECK(expected == 5001);
  CHECK(batches >= 5);
  CHECK_FALSE(c->Next(&batch));
  CHECK(batch.empty());
}

TEST_CASE("streaming: a writing cursor commits at its end and rolls back when dropped early") {
  auto g = NewGraph();
  {
    std::unique_ptr<QueryCursor> c = QueryEngine::Open(*g, "UNWIND range(1, 3000) AS i CREATE (:N {i: i}) RETURN i");
    std::vector<execution::Row> batch;
    REQUIRE(c->Next(&batch));
  }  // dropped before its end: nothing stays
  CHECK(Run(*g, "MATCH (n:N) RETURN count(*)").rows[0][0].as_int() == 0);
  std::unique_ptr<QueryCursor> c = QueryEngine::Open(*g, "UNWIND range(1, 3000) AS i CREATE (:N {i: i}) RETURN i");
  std::vector<execution::Row> batch;
  size_t rows = 0;
  while (c->Next(&batch)) rows += batch.size();
  CHECK(rows == 3000);
  CHECK(c->stats().nodes_created == 3000);
  c.reset();
  CHECK(Run(*g, "MATCH (n:N) RETURN count(*)").rows[0][0].as_int() == 3000);
}

TEST_CASE("streaming: updates below a LIMIT all happen") {
  auto g = NewGraph();
  QueryResult r = Run(*g, "UNWIND range(1, 10) AS i CREATE (n:M {i: i}) RETURN n.i AS i LIMIT 0");
  CHECK(r.rows.empty());
  CHECK(r.stats.nodes_created == 10);
}

TEST_CASE("streaming: count(*) over many rows holds no rows; ORDER BY LIMIT keeps a top-k") {
  auto g = NewGraph();
  QueryOptions small;
  small.limits.memory_limit = 16 << 20;
  QueryResult r = Run(*g, "UNWIND range(1, 3000) AS a UNWIND range(1, 3000) AS b RETURN count(*)", {}, small);
  CHECK(r.rows[0][0].as_int() == 9'000'000);
  r = Run(*g, "UNWIND range(1, 300000) AS x RETURN x % 1000 AS k, x ORDER BY k DESC, x LIMIT 3", {}, small);
  REQUIRE(r.rows.size() == 3);
  CHECK(r.rows[0][0].as_int() == 999);
  CHECK(r.rows[0][1].as_int() == 999);  // ties keep their input order
  CHECK(r.rows[1][1].as_int() == 1999);
  CHECK(r.rows[2][1].as_int() == 2999);
  r = Run(*g, "UNWIND [3, 1, 2, 1] AS x RETURN x ORDER BY x SKIP 1 LIMIT 2");
  REQUIRE(r.rows.size() == 2);
  CHECK(r.rows[0][0].as_int() == 1);
  CHECK(r.rows[1][0].as_int() == 2);
}

// The rows PROFILE reports for the first operator whose line contains `op`.
uint64_t ProfiledRows(const std::string& plan, const std::string& op) {
  size_t at = plan.find(op);
  REQUIRE(at != std::string::npos);
  size_t rows = plan.find("(rows=", at);
  REQUIRE(rows != std::string::npos);
  return std::stoull(plan.substr(rows + 6));
}

TEST_CASE("streaming: CALL { } and COUNT { } stream their rows; LIMIT 1 over a CALL stops its input early") {
  auto g = NewGraph();
  QueryOptions small;
  small.limits.memory_limit = 16 << 20;
  QueryResult r = Run(*g, "UNWIND range(1, 1000) AS a CALL (a) { UNWIND range(1, 3000) AS b RETURN a * b AS c } "
                          "RETURN count(*), max(c)", {}, small);
  CHECK(r.rows[0][0].as_int() == 3'000'000);
  CHECK(r.rows[0][1].as_int() == 3'000'000);
  r = Run(*g, "RETURN COUNT { UNWIND range(1, 2000) AS x UNWIND range(1, 2000) AS y RETURN y } AS n", {}, small);
  CHECK(r.rows[0][0].as_int() == 4'000'000);

  Run(*g, "UNWIND range(1, 5000) AS i CREATE (:N {i: i})-[:T]->(:M)");
  r = Run(*g, "PROFILE MATCH (n:N) CALL (n) { MATCH (n)-[:T]->(m) RETURN m } RETURN m LIMIT 1");
  CHECK(r.rows.size() == 1);
  INFO(r.plan);
  CHECK(ProfiledRows(r.plan, "NodeByLabelScan") < 10);
  CHECK(ProfiledRows(r.plan, "Apply") == 1);
  // A writing subquery is eager: every input row runs it, LIMIT or not.
  r = Run(*g, "MATCH (n:N) CALL (n) { CREATE (:W) } RETURN n LIMIT 1");
  CHECK(r.rows.size() == 1);
  CHECK(r.stats.nodes_created == 5000);
}

TEST_CASE("streaming: going over the memory limit fails with MemoryLimitExceeded naming the limit") {
  auto g = NewGraph();
  QueryOptions small;
  small.limits.memory_limit = 1 << 20;
  QueryError e = Fails(*g, "UNWIND range(1, 200000) AS x RETURN collect(x) AS all", {}, small);
  CHECK(e.code == "MemoryLimitExceeded");
  CHECK(std::string(e.what()).find("1 MiB") != std::string::npos);
  CHECK(Fails(*g, "UNWIND range(1, 200000) AS x RETURN x ORDER BY x", {}, small).code == "MemoryLimitExceeded");
  CHECK(Fails(*g, "RETURN size(range(1, 100000000)) AS n").code == "MemoryLimitExceeded");
  // The rows Execute collects count too; a cursor streams them in bounded memory.
  CHECK(Fails(*g, "UNWIND range(1, 20000) AS x RETURN x", {}, small).code == "MemoryLimitExceeded");
  std::unique_ptr<QueryCursor> c = QueryEngine::Open(*g, "UNWIND range(1, 20000) AS x RETURN x", {}, small);
  std::vector<execution::Row> batch;
  size_t rows = 0;
  while (c->Next(&batch)) rows += batch.size();
  CHECK_FALSE(c->error());
  CHECK(rows == 20000);
}

TEST_CASE("streaming: a cancel raised while a single expression loops stops it") {
  auto g = NewGraph();
  std::atomic<bool> cancel{false};
  ProcedureRegistry registry;
  registry.Register(std::make_unique<CancelProcedure>(&cancel));
  QueryOptions options;
  options.cancel = &cancel;
  options.procedures = &registry;
  // One row: only the loops inside range() and reduce() can notice.
  QueryError e = Fails(*g, "CALL test.cancel() YIELD x RETURN reduce(s = 0, i IN range(1, 5000000) | s + i) AS r", {},
                       options);
  CHECK(e.code == "Cancelled");
  cancel = false;
  e = Fails(*g, "CALL test.cancel() YIELD x WITH x UNWIND range(1, 2000) AS y RETURN reduce(s = 0, i IN range(1, 500) | s + i) AS r", {},
            options);
  CHECK(e.code == "Cancelled");
}

TEST_CASE("streaming: another thread cancels the long reduce query") {
  auto g = NewGraph();
  std::atomic<bool> cancel{false};
  std::atomic<bool> started{false};
  QueryOptions options;
  options.cancel = &cancel;
  std::thread canceller([&] {
    while (!started.load()) std::this_thread::yield();
    cancel.store(true);
  });
  started.store(true);
  QueryResult r = QueryEngine::Execute(*g, kReduceQuery, {}, options);
  canceller.join();
  REQUIRE_FALSE(r.ok());
  CHECK(r.error->code == "Cancelled");
}

TEST_CASE("streaming: a timeout stops a long query with TimedOut") {
  auto g = NewGraph();
  QueryOptions options;
  options.timeout = std::chrono::milliseconds(50);
  QueryError e = Fails(*g, kReduceQuery, {}, options);
  CHECK(e.code == "TimedOut");
}

}  // namespace
}  // namespace cg::query
