// Crash safety: a writer process is SIGKILLed at random points during a
// large write; after each kill the database must reopen, pass the integrity
// check, and hold every batch wholly or not at all.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <random>
#include <thread>

#include "graph/graph.h"
#include "tests/temp_dir.h"

using namespace cg;
using namespace cg::graph;

namespace {

constexpr int kRounds = 20;
constexpr int kNodesPerBatch = 300;

// The child: commits batches forever (until killed), writing one byte to
// `progress` after each commit. Each batch adds an organization and
// kNodesPerBatch-1 members, all tagged with the batch number.
[[noreturn]] void WriteUntilKilled(const std::string& path, int round, int progress) {
  std::unique_ptr<Graph> g;
  if (!Graph::Open(path, {}, &g).ok()) _exit(3);
  for (int64_t batch = round * 100000;; ++batch) {
    std::unique_ptr<WriteTxn> txn;
    if (!g->BeginWrite(&txn).ok()) _exit(4);
    NodeId org;
    if (!txn->CreateNode({"Organization", "Cartel"}, {{"name", "Cell " + std::to_string(batch)}, {"batch", batch}}, &org).ok()) _exit(5);
    for (int i = 1; i < kNodesPerBatch; ++i) {
      NodeId person;
      if (!txn->CreateNode({"Person"}, {{"name", "P" + std::to_string(batch) + "-" + std::to_string(i)}, {"batch", batch}},
                           &person).ok()) {
        _exit(6);
      }
      if (!txn->CreateRelationship("MEMBER_OF", person, org, {{"batch", batch}}, nullptr).ok()) _exit(7);
    }
    if (!txn->Commit().ok()) _exit(8);
    if (write(progress, "c", 1) != 1) _exit(9);
  }
}

}  // namespace

TEST_CASE("SIGKILL during writes never leaves a partial batch or a broken index") {
  testing::TempDir dir;
  const std::string path = dir.path() + "/db";
  std::mt19937 rng(20260222);
  // Kill after a random number of commits plus a random delay, so that the
  // kill lands at a random point of a later batch whatever the build's speed.
  std::uniform_int_distribution<int> commits_before_kill(0, 3);
  std::uniform_int_distribution<int> delay_us(0, 20000);
  int rounds_with_data = 0;
  for (int round = 0; round < kRounds; ++round) {
    int progress[2];
    REQUIRE(pipe(progress) == 0);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      close(progress[0]);
      WriteUntilKilled(path, round, progress[1]);
    }
    close(progress[1]);
    char byte;
    for (int commits = commits_before_kill(rng); commits > 0; --commits) REQUIRE(read(progress[0], &byte, 1) == 1);
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us(rng)));
    kill(child, SIGKILL);
    close(progress[0]);
    int wstatus = 0;
    waitpid(child, &wstatus, 0);
    // Killed by our signal, or (rarely) exited with an error code we must see.
    if (WIFEXITED(wstatus)) FAIL("writer exited early with code " << WEXITSTATUS(wstatus));

    std::unique_ptr<Graph> g;
    Status open = Graph::Open(path, {}, &g);
    REQUIRE_MESSAGE(open.ok(), open.ToString());
    std::vector<std::string> problems;
    REQUIRE(g->Check(&problems).ok());
    CHECK_MESSAGE(problems.empty(), "round " << round << ": " << (problems.empty() ? "" : problems.front()));

    auto r = g->BeginRead();
    std::map<int64_t, int> nodes_per_batch, rels_per_batch;
    REQUIRE(r->ForEachNode([&](NodeId id) {
                Node node;
                REQUIRE(r->GetNode(id, &node).ok());
                ++nodes_per_batch[node.Find("batch")->as_int()];
                return true;
              }).ok());
    REQUIRE(r->ForEachRelationship([&](RelId id) {
                Relationship rel;
                REQUIRE(r->GetRelationship(id, &rel).ok());
                ++rels_per_batch[rel.Find("batch")->as_int()];
                return true;
              }).ok());
    for (auto [batch, count] : nodes_per_batch) {
      CHECK_MESSAGE(count == kNodesPerBatch, "batch " << batch << " has " << count << " nodes");
      CHECK_MESSAGE(rels_per_batch[batch] == kNodesPerBatch - 1, "batch " << batch << " relationships");
    }
    CHECK(rels_per_batch.size() == nodes_per_batch.size());
    if (!nodes_per_batch.empty()) ++rounds_with_data;
  }
  // The kills must have landed mid-stream, not before any write.
  CHECK(rounds_with_data > kRounds / 2);
}
