// The long crash loop (not part of the test suite; see README "Crash safety"):
//   build/tests/stress/crash_loop [--rounds 1000] [--seed N] [--dir DIR]
//                                 [--workloads writetxn,cypher,import,ingest] [--quiet]
// SIGKILLs a writer at a random moment in each round and checks the reopened
// database against the shadow log of committed batches (crash_rounds.h).
// Exit status 0 when every round was clean.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <sstream>
#include <string>

#include "tests/stress/crash_rounds.h"
#include "tests/temp_dir.h"

using namespace cg::testing;

int main(int argc, char** argv) {
  CrashOptions options;
  options.rounds = 1000;
  options.lexicon_dir = std::string(CG_SOURCE_DIR) + "/lexicon";
  std::string dir;
  bool quiet = false;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const bool has_value = i + 1 < argc;
    if (arg == "--rounds" && has_value) {
      options.rounds = std::stoi(argv[++i]);
    } else if (arg == "--seed" && has_value) {
      options.seed = static_cast<uint32_t>(std::stoul(argv[++i]));
    } else if (arg == "--dir" && has_value) {
      dir = argv[++i];
    } else if (arg == "--workloads" && has_value) {
      options.workloads.clear();
      std::stringstream names(argv[++i]);
      for (std::string name; std::getline(names, name, ',');) {
        Workload w;
        if (!ParseWorkload(name, &w)) {
          std::fprintf(stderr, "crash_loop: unknown workload '%s' (expected writetxn, cypher, import or ingest)\n",
                       name.c_str());
          return 2;
        }
        options.workloads.push_back(w);
      }
    } else if (arg == "--quiet") {
      quiet = true;
    } else {
      std::fprintf(stderr, "usage: %s [--rounds N] [--seed N] [--dir DIR] [--workloads a,b,...] [--quiet]\n", argv[0]);
      return 2;
    }
  }
  std::setvbuf(stdout, nullptr, _IOLBF, 0);  // a line per round, as it ends
  TempDir scratch;
  options.dir = dir.empty() ? scratch.path() : dir;
  std::filesystem::create_directories(options.dir);
  if (!quiet) options.on_round = [](int, const std::string& line) { std::printf("%s\n", line.c_str()); };
  const CrashSummary summary = RunCrashRounds(options);
  for (const std::string& failure : summary.failures) std::fprintf(stderr, "FAILED %s\n", failure.c_str());
  std::printf("crash loop: %d rounds (seed %u), %d killed after at least one reported commit, %lld batches committed, "
              "%lld committed but unreported when killed, %zu failures\n",
              summary.rounds, options.seed, summary.rounds_killed_mid_stream,
              static_cast<long long>(summary.batches_committed), static_cast<long long>(summary.in_flight_found),
              summary.failures.size());
  return summary.failures.empty() && summary.rounds == options.rounds ? 0 : 1;
}
