// Crash rounds: a writer process is SIGKILLed at a random moment of a
// workload; the parent then reopens the database, runs the integrity check
// and compares what it finds with a shadow log of every batch the killed
// writers reported committed, across all rounds so far (the database grows
// from round to round).
//
// Each workload commits "batches" forever until killed and reports each
// batch on a pipe after its commit returned: one write transaction, one
// Cypher write query, one bulk import into the existing database, or one
// ingested article. After each kill:
//   * the database opens and `Check` finds no problem;
//   * every batch ever reported is there, whole (nothing committed lost);
//   * every batch there is whole, and was reported — or is the one batch
//     the writer was committing when it was killed (nothing half-written,
//     nothing uncommitted visible).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace cg::testing {

enum class Workload { kWriteTxn, kCypher, kImport, kIngest };

// Parses "writetxn", "cypher", "import" or "ingest"; false otherwise.
bool ParseWorkload(const std::string& name, Workload* workload);
const char* WorkloadName(Workload workload);

struct CrashOptions {
  std::string dir;             // scratch folder (the database and the writers' files go under it)
  int rounds = 20;
  uint32_t seed = 20260222;
  std::vector<Workload> workloads = {Workload::kWriteTxn, Workload::kCypher, Workload::kImport, Workload::kIngest};
  std::string lexicon_dir;     // for kIngest (empty: the source tree's lexicon/)
  // Called after each round with its number and a one-line summary.
  std::function<void(int round, const std::string& line)> on_round;
};

struct CrashSummary {
  int rounds = 0;
  int rounds_killed_mid_stream = 0;  // the writer had reported at least one batch
  int64_t batches_committed = 0;     // in the shadow log at the end
  int64_t in_flight_found = 0;       // batches committed but killed before they were reported
  std::vector<std::string> failures; // "round 12 (cypher): batch 1200003 lost", ...
};

// Runs the rounds; failures are collected, not thrown. Returns after the
// last round or after the first round with a failure.
CrashSummary RunCrashRounds(const CrashOptions& options);

}  // namespace cg::testing
