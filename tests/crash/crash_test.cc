// Crash safety in the suite: 20 rounds of the crash loop (tests/stress/
// crash_rounds.h), the four workloads in turn — write transactions, Cypher
// write queries, bulk imports into the existing database, ingested
// articles — each SIGKILLed at a random moment and checked against the
// shadow log of what it reported committed. The 1000-round loop is
// build/tests/stress/crash_loop (README "Crash safety").
#include <doctest/doctest.h>

#include "tests/stress/crash_rounds.h"
#include "tests/temp_dir.h"

using namespace cg::testing;

TEST_CASE("SIGKILL during writes loses nothing committed and shows nothing half-written") {
  TempDir dir;
  CrashOptions options;
  options.dir = dir.path();
  options.rounds = 20;
  options.lexicon_dir = std::string(CG_SOURCE_DIR) + "/lexicon";
  const CrashSummary summary = RunCrashRounds(options);
  for (const std::string& failure : summary.failures) FAIL_CHECK(failure);
  CHECK(summary.rounds == options.rounds);
  // The kills must have landed mid-stream, not before any write.
  CHECK(summary.rounds_killed_mid_stream > options.rounds / 2);
  CHECK(summary.batches_committed > 0);
}
