// `cartelgraph curate reject --claim`: a claim rejected from the command
// line (the value as text, the article by path), refused with the reason
// when there is no such claim, listed, exported and applied to a fresh
// ingest of the same articles.
#include <doctest/doctest.h>

#include "tests/cli/cartelgraph_process.h"

using cg::testing::Cartelgraph;
using cg::testing::Contains;
using cg::testing::Outcome;

TEST_CASE("curate reject --claim: the value as text, one article or all; export and apply carry it") {
  cg::testing::TempDir dir;
  const std::string articles = std::string(CG_SOURCE_DIR) + "/examples/articles/";
  const std::string notice = articles + "06-reward-notice.md";
  auto ingest = [&](const std::string& db) {
    Outcome o = Cartelgraph(dir, {"ingest", "--db", db, articles + "01-tapalpa-raid.md", notice});
    REQUIRE_MESSAGE(o.status == 0, o.err);
  };
  const std::string db = dir.path() + "/db", fresh = dir.path() + "/fresh";
  ingest(db);
  auto conflicts = [&](const std::string& on) {
    Outcome o = Cartelgraph(dir, {"conflicts", "--db", on});
    REQUIRE_MESSAGE(o.status == 0, o.err);
    return o.out;
  };
  REQUIRE(Contains(conflicts(db), "reward"));

  Outcome refused = Cartelgraph(dir, {"curate", "reject", "--db", db, "--claim", "El Mencho", "reward", "12000000"});
  CHECK(refused.status != 0);
  CHECK(Contains(refused.err, "there is no claim reward = 12000000 of 'Nemesio Rubén Oseguera Cervantes'"));
  CHECK(Contains(refused.err, "(its claims of reward: 15000000, 10000000)"));
  Outcome usage = Cartelgraph(dir, {"curate", "reject", "--db", db, "--claim", "El Mencho", "reward"});
  CHECK(Contains(usage.err, "expected --claim ENTITY KEY VALUE"));

  Outcome made = Cartelgraph(dir, {"curate", "reject", "--db", db, "--claim", "El Mencho", "reward", "10000000",
                                   "--article", notice, "--reason", "the notice is out of date", "--author", "ana"});
  REQUIRE_MESSAGE(made.status == 0, made.err);
  CHECK(Contains(made.out, "decision 1: reject reward = 10000000 of 'Nemesio Rubén Oseguera Cervantes'"));
  CHECK(Contains(made.out, "from article "));
  CHECK_FALSE(Contains(conflicts(db), "reward"));
  CHECK(Contains(Cartelgraph(dir, {"curate", "list", "--db", db}).out, "why: the notice is out of date"));

  const std::string file = dir.path() + "/decisions.jsonl";
  REQUIRE(Cartelgraph(dir, {"curate", "export", "--db", db, "-o", file}).status == 0);
  CHECK(Contains(cg::testing::ReadAll(file), "\"key\":\"reward\",\"value\":10000000"));
  ingest(fresh);
  Outcome applied = Cartelgraph(dir, {"curate", "apply", "--db", fresh, file});
  REQUIRE_MESSAGE(applied.status == 0, applied.err);
  CHECK_FALSE(Contains(conflicts(fresh), "reward"));
  Outcome undone = Cartelgraph(dir, {"curate", "undo", "--db", fresh, "1"});
  REQUIRE_MESSAGE(undone.status == 0, undone.err);
  CHECK(Contains(conflicts(fresh), "reward"));
}
