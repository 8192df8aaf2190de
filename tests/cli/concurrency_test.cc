// Other processes beside a writer process: read-only commands (query,
// export, check, the shell) each see one committed state; a second writer
// is told the path and the writer's process id; a killed writer's pid file
// does not stop the next one.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>

#include <nlohmann/json.hpp>

#include "tests/cli/cartelgraph_process.h"
#include "tests/cli/writer_process.h"

using namespace cg::testing;  // the process helpers of cartelgraph_process.h and writer_process.h

namespace {

// The batches of an export in APOC JSON lines, -1 when not a committed state.
int BatchesInExport(const std::string& jsonl) {
  std::map<int64_t, int> per_batch;
  std::istringstream in(jsonl);
  for (std::string line; std::getline(in, line);) {
    const auto object = nlohmann::json::parse(line);
    if (object["type"] == "node") ++per_batch[object["properties"]["batch"].get<int64_t>()];
  }
  int batches = 0;
  for (const auto& [batch, count] : per_batch) {
    if (batch != batches || count != WriterProcess::kBatchSize) return -1;
    ++batches;
  }
  return batches;
}

}  // namespace

TEST_CASE("read-only commands beside a writer process each see one committed state") {
  cg::testing::TempDir dir;
  const std::string db = dir.path() + "/db";
  WriterProcess writer(db, 2);
  int last = writer.Reported(1);
  for (int round = 0; round < 3; ++round) {
    writer.Allow(20);  // committed while the readers below run
    const int before = writer.Reported();
    Outcome o = Cartelgraph(dir, {"query", "--db", db, "--format", "csv", kBatchesQuery});
    REQUIRE_MESSAGE(o.status == 0, o.err);
    const int seen = CommittedBatches(o.out);
    CHECK_MESSAGE(seen >= before, o.out);
    CHECK(seen <= writer.Reported() + 1);

    o = Cartelgraph(dir, {"export", "--db", db, "--format", "json"});
    REQUIRE_MESSAGE(o.status == 0, o.err);
    CHECK(BatchesInExport(o.out) >= before);

    o = Cartelgraph(dir, {"check", "--db", db});
    CHECK_MESSAGE(o.status == 0, o.out << o.err);

    // The shell, reading statements from stdin (the REPL's session without a terminal).
    o = Cartelgraph(dir, {"--db", db},
                    "MATCH (n:Person) WITH n.batch AS b, count(*) AS c WITH count(b) AS batches, max(b) AS top, "
                    "min(c) AS least, max(c) AS most RETURN batches = top + 1 AND least = 50 AND most = 50 AS whole;");
    CHECK_MESSAGE(Contains(o.out, "| true"), o.out << o.err);
    last = writer.Reported(last + 1);  // the writer went on meanwhile
  }
}

TEST_CASE("a second writer is told the path and the holder's process id; a killed holder frees the database") {
  cg::testing::TempDir dir;
  const std::string db = dir.path() + "/db";
  {
    WriterProcess writer(db, 1);
    writer.Reported(1);
    Outcome o = Cartelgraph(dir, {"query", "--db", db, "CREATE (:Person {name: 'second'})"});
    CHECK(o.status == 1);
    CHECK_MESSAGE(Contains(o.err, "database " + db + " is in use by process " + std::to_string(writer.pid())), o.err);

    std::unique_ptr<cg::graph::Graph> g;
    cg::Status s = cg::graph::Graph::Open(db, {}, &g);
    CHECK(s.code() == cg::Status::Code::kBusy);
    CHECK(Contains(s.message(), "process " + std::to_string(writer.pid())));
  }
  // SIGKILLed: its pid file is left behind, its lock is not.
  CHECK(std::filesystem::exists(db + "/cartelgraph.pid"));
  Outcome o = Cartelgraph(dir, {"query", "--db", db, "CREATE (:Person {name: 'next'})"});
  CHECK_MESSAGE(o.status == 0, o.err);
  CHECK(!std::filesystem::exists(db + "/cartelgraph.pid"));  // removed by the writer that closed
  CHECK(Cartelgraph(dir, {"check", "--db", db}).status == 0);
}
