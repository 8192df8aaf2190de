// `cartelgraph backup` and `restore`, run as processes beside a writer
// process: the copy is one committed state, passes `check`, and opens as
// any database; bad targets are refused with messages naming them.
#include <doctest/doctest.h>

#include <filesystem>

#include "tests/cli/cartelgraph_process.h"
#include "tests/cli/writer_process.h"

using namespace cg::testing;  // the process helpers of cartelgraph_process.h and writer_process.h

namespace {

int BatchesIn(const cg::testing::TempDir& dir, const std::string& db) {
  Outcome o = Cartelgraph(dir, {"query", "--db", db, "--format", "csv", kBatchesQuery});
  REQUIRE_MESSAGE(o.status == 0, o.err);
  return CommittedBatches(o.out);
}

}  // namespace

TEST_CASE("backup beside a running writer holds one committed prefix; restore puts it back") {
  cg::testing::TempDir dir;
  const std::string db = dir.path() + "/db", backup = dir.path() + "/backup", restored = dir.path() + "/restored";
  int before = 0, after = 0;
  {
    WriterProcess writer(db, 3);
    before = writer.Reported(3);
    writer.Allow(200);  // committed while the backup runs
    Outcome o = Cartelgraph(dir, {"backup", "--db", db, "--to", backup});
    after = writer.Reported();
    REQUIRE_MESSAGE(o.status == 0, o.err);
    CHECK(Contains(o.out, "backed up"));
  }
  // The writer is gone (killed); the backup is what it had committed when copied.
  const int batches = BatchesIn(dir, backup);
  CHECK(batches >= before);
  CHECK(batches <= after + 1);  // a batch can be committed but not yet reported
  Outcome check = Cartelgraph(dir, {"check", "--deep", "--db", backup});
  CHECK_MESSAGE(check.status == 0, check.out);
  CHECK(!std::filesystem::exists(backup + "/cartelgraph.pid"));

  Outcome o = Cartelgraph(dir, {"restore", "--from", backup, "--db", restored});
  REQUIRE_MESSAGE(o.status == 0, o.err);
  CHECK(BatchesIn(dir, restored) == batches);
  CHECK(Cartelgraph(dir, {"check", "--db", restored}).status == 0);
  // The restored database takes writes.
  o = Cartelgraph(dir, {"query", "--db", restored, "CREATE (:Person {name: 'after restore'})"});
  CHECK_MESSAGE(o.status == 0, o.err);
}

TEST_CASE("backup and restore refuse a target that exists with files, a missing parent, a missing source") {
  cg::testing::TempDir dir;
  const std::string db = dir.path() + "/db";
  REQUIRE(Cartelgraph(dir, {"query", "--db", db, "CREATE (:Person {name: 'x'})"}).status == 0);

  std::filesystem::create_directory(dir.path() + "/full");
  std::ofstream(dir.path() + "/full/notes.txt") << "mine";
  Outcome o = Cartelgraph(dir, {"backup", "--db", db, "--to", dir.path() + "/full"});
  CHECK(o.status == 1);
  CHECK(Contains(o.err, dir.path() + "/full: the directory is not empty"));
  CHECK(cg::testing::ReadAll(dir.path() + "/full/notes.txt") == "mine");

  o = Cartelgraph(dir, {"backup", "--db", db, "--to", dir.path() + "/full/notes.txt"});
  CHECK(o.status == 1);
  CHECK(Contains(o.err, "it is a file"));

  o = Cartelgraph(dir, {"backup", "--db", db, "--to", dir.path() + "/no/such/backup"});
  CHECK(o.status == 1);
  CHECK(Contains(o.err, "its parent directory " + dir.path() + "/no/such does not exist"));
  CHECK(!std::filesystem::exists(dir.path() + "/no"));

  o = Cartelgraph(dir, {"restore", "--from", dir.path() + "/nothing", "--db", dir.path() + "/r"});
  CHECK(o.status == 1);
  CHECK(Contains(o.err, "no database at " + dir.path() + "/nothing"));
  CHECK(!std::filesystem::exists(dir.path() + "/r"));

  // An empty directory is a fine target; nothing but the database is left beside it.
  std::filesystem::create_directory(dir.path() + "/empty");
  o = Cartelgraph(dir, {"backup", "--db", db, "--to", dir.path() + "/empty"});
  CHECK_MESSAGE(o.status == 0, o.err);
  CHECK(Cartelgraph(dir, {"check", "--db", dir.path() + "/empty"}).status == 0);
  for (const auto& entry : std::filesystem::directory_iterator(dir.path())) {
    CHECK_MESSAGE(entry.path().filename().string().find(".partial") == std::string::npos, entry.path());
  }
}
