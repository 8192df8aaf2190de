#include "tests/stress/crash_rounds.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <thread>

#include <fmt/format.h>

#include "exchange/csv_import.h"
#include "graph/graph.h"
#include "ingest/ingest.h"
#include "query/engine.h"

namespace cg::testing {

namespace {

namespace fs = std::filesystem;
using graph::Graph;

constexpr int kMembers = 40;                  // persons per batch; each MEMBER_OF the batch's organization
constexpr int64_t kBatchesPerRound = 1000000;  // batch ids: round * kBatchesPerRound + k
constexpr int kArticlesPerRound = 200;        // the ingest writer's files (it is killed long before)

// The writer's side: commit batch after batch, report each on `fd` once
// its commit returned. Exit codes name the step that failed.
class Writer {
 public:
  Writer(std::string db, std::string scratch, int64_t first_batch, int fd, std::string lexicon_dir)
      : db_(std::move(db)), scratch_(std::move(scratch)), batch_(first_batch), fd_(fd),
        lexicon_dir_(std::move(lexicon_dir)) {}

  [[noreturn]] void Run(Workload workload) {
    if (!Graph::Open(db_, {}, &g_).ok()) _exit(3);
    if (workload == Workload::kIngest) Ingest();
    for (;; ++batch_) {
      bool ok = false;
      switch (workload) {
        case Workload::kWriteTxn: ok = WriteTxnBatch(); break;
        case Workload::kCypher: ok = CypherBatch(); break;
        case Workload::kImport: ok = ImportBatch(); break;
        case Workload::kIngest: break;
      }
      if (!ok) _exit(5);
      Report(batch_);
    }
  }

 private:
  void Report(int64_t batch) {
    const std::string line = std::to_string(batch) + "\n";
    if (write(fd_, line.data(), line.size()) != static_cast<ssize_t>(line.size())) _exit(9);
  }

  bool WriteTxnBatch() {
    std::unique_ptr<graph::WriteTxn> txn;
    if (!g_->BeginWrite(&txn).ok()) return false;
    graph::NodeId org;
    if (!txn->CreateNode({"Organization", "Cartel"}, {{"name", fmt::format("Cell {}", batch_)}, {"batch", batch_}}, &org)
             .ok()) {
      return false;
    }
    for (int i = 1; i <= kMembers; ++i) {
      graph::NodeId person;
      if (!txn->CreateNode({"Person"}, {{"name", fmt::format("P{}-{}", batch_, i)}, {"batch", batch_}}, &person).ok() ||
          !txn->CreateRelationship("MEMBER_OF", person, org, {{"batch", batch_}}, nullptr).ok()) {
        return false;
      }
    }
    return txn->Commit().ok();
  }

  bool CypherBatch() {
    const query::QueryResult r = query::QueryEngine::Execute(
        *g_,
        "CREATE (o:Organization:Cartel {name: 'Cell ' + toString($b), batch: $b}) WITH o "
        "UNWIND range(1, $n) AS i "
        "CREATE (:Person {name: 'Q' + toString($b) + '-' + toString(i), batch: $b})-[:MEMBER_OF {batch: $b}]->(o)",
        {{"b", query::Value(batch_)}, {"n", query::Value(int64_t{kMembers})}});
    return r.ok();
  }

  bool ImportBatch() {
    const std::string nodes = fmt::format("{}/nodes-{}.csv", scratch_, batch_);
    const std::string rels = fmt::format("{}/rels-{}.csv", scratch_, batch_);
    {
      std::ofstream n(nodes), r(rels);
      n << "id:ID,name,batch:long,:LABEL\n" << fmt::format("o,Cell {0},{0},Organization;Cartel\n", batch_);
      r << ":START_ID,:END_ID,:TYPE,batch:long\n";
      for (int i = 1; i <= kMembers; ++i) {
        n << fmt::format("p{1},I{0}-{1},{0},Person\n", batch_, i);
        r << fmt::format("p{1},o,MEMBER_OF,{0}\n", batch_, i);
      }
      if (!n.flush() || !r.flush()) return false;
    }
    exchange::ImportStats stats;
    return exchange::ImportNeo4jCsv(g_.get(), {.node_files = {nodes}, .relationship_files = {rels}}, &stats).ok();
  }

  // One article per batch, each its own transaction, reported by its file
  // name once written; runs until killed (or fails when the files run out).
  [[noreturn]] void Ingest() {
    std::vector<std::string> files;
    for (int k = 0; k < kArticlesPerRound; ++k) {
      const int64_t batch = batch_ + k;
      files.push_back(fmt::format("{}/{}.md", scratch_, batch));
      std::ofstream out(files.back());
      out << fmt::format(
          "---\ntitle: Dispatch {0}\ndate: 2024-03-{1:02}\n---\n"
          "Mexican soldiers arrested Juan Carlos Ruiz Beltrán, a leader of the Sinaloa Cartel, in Culiacán on "
          "Tuesday, officials said. Ruiz Beltrán, known as \"El Fantasma {0}\", had led the group's operations in "
          "Sonora since 2019. The U.S. State Department had offered a reward of ${2} million for information "
          "leading to his arrest.\n",
          batch, 1 + k % 28, 1 + k % 9);
    }
    ingest::IngestOptions options;
    options.lexicon_dir = lexicon_dir_;
    options.threads = 1;
    options.on_progress = [&](const ingest::Progress& p) {
      Report(std::stoll(fs::path(p.path).stem().string()));
    };
    ingest::IngestReport report;
    if (!ingest::IngestPaths(*g_, files, options, &report).ok() || report.failed) _exit(6);
    _exit(7);  // ran out of articles before the kill
  }

  std::string db_, scratch_;
  int64_t batch_;
  int fd_;
  std::string lexicon_dir_;
  std::unique_ptr<Graph> g_;
};

// What the reopened database holds: per batch tag, node and relationship
// counts, and the batches of the articles (by title, and by article record).
struct Found {
  std::map<int64_t, int64_t> nodes, rels;
  std::set<int64_t> article_nodes, article_records;
};

std::string Tally(Graph& g, Found* found) {
  const auto count = [&](const char* text, std::map<int64_t, int64_t>* into) -> std::string {
    const query::QueryResult r = query::QueryEngine::Execute(g, text);
    if (!r.ok()) return fmt::format("query failed: {}", r.error->what());
    for (const auto& row : r.rows) (*into)[row[0].as_int()] = row[1].as_int();
    return "";
  };
  std::string error = count("MATCH (n) WHERE n.batch IS NOT NULL RETURN n.batch, count(*)", &found->nodes);
  if (error.empty()) error = count("MATCH ()-[r]->() WHERE r.batch IS NOT NULL RETURN r.batch, count(*)", &found->rels);
  if (!error.empty()) return error;
  const query::QueryResult titles = query::QueryEngine::Execute(g, "MATCH (a:Article) RETURN a.title");
  if (!titles.ok()) return fmt::format("query failed: {}", titles.error->what());
  for (const auto& row : titles.rows) found->article_nodes.insert(std::stoll(row[0].as_string().substr(9)));
  auto reader = g.BeginRead();
  Status s = reader->ForEachArticle([&](const graph::Article& a) {
    found->article_records.insert(std::stoll(a.title.substr(9)));
    return true;
  });
  return s.ok() ? "" : s.ToString();
}

// Compares the database with the shadow log; adds the in-flight batch (if
// found whole) to it. Returns the problems.
std::vector<std::string> Verify(const Found& found, int64_t in_flight, std::set<int64_t>* shadow,
                                int64_t* in_flight_found) {
  std::vector<std::string> problems;
  std::set<int64_t> present;
  if (found.article_nodes != found.article_records) problems.push_back("article nodes and article records differ");
  for (int64_t b : found.article_records) present.insert(b);
  for (auto [batch, n] : found.nodes) {
    const auto rels = found.rels.find(batch);
    const int64_t r = rels == found.rels.end() ? 0 : rels->second;
    if (n != kMembers + 1 || r != kMembers) {
      problems.push_back(fmt::format("batch {} is partial: {} nodes, {} relationships", batch, n, r));
    }
    present.insert(batch);
  }
  for (auto [batch, r] : found.rels) {
    if (!found.nodes.count(batch)) problems.push_back(fmt::format("batch {}: {} relationships, no nodes", batch, r));
  }
  for (int64_t batch : present) {
    if (shadow->count(batch)) continue;
    if (batch == in_flight) {
      shadow->insert(batch);  // committed, killed before it was reported
      ++*in_flight_found;
    } else {
      problems.push_back(fmt::format("batch {} is visible but was never committed", batch));
    }
  }
  for (int64_t batch : *shadow) {
    if (!present.count(batch)) problems.push_back(fmt::format("committed batch {} is lost", batch));
  }
  return problems;
}

}  // namespace

bool ParseWorkload(const std::string& name, Workload* workload) {
  for (Workload w : {Workload::kWriteTxn, Workload::kCypher, Workload::kImport, Workload::kIngest}) {
    if (name == WorkloadName(w)) {
      *workload = w;
      return true;
    }
  }
  return false;
}

const char* WorkloadName(Workload workload) {
  switch (workload) {
    case Workload::kWriteTxn: return "writetxn";
    case Workload::kCypher: return "cypher";
    case Workload::kImport: return "import";
    case Workload::kIngest: return "ingest";
  }
  return "?";
}

CrashSummary RunCrashRounds(const CrashOptions& options) {
  CrashSummary summary;
  const std::string db = options.dir + "/db";
  std::mt19937 rng(options.seed);
  // Kill after a random number of reported batches plus a random delay, so
  // that the kill lands at a random point of a later batch whatever the speed.
  std::uniform_int_distribution<int> batches_before_kill(0, 3);
  std::uniform_int_distribution<int> delay_us(0, 30000);
  std::set<int64_t> shadow;
  for (int round = 0; round < options.rounds && summary.failures.empty(); ++round) {
    const Workload workload = options.workloads[round % options.workloads.size()];
    const std::string scratch = fmt::format("{}/round-{}", options.dir, round);
    fs::create_directories(scratch);
    const int64_t first = int64_t{round} * kBatchesPerRound;
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) {
      summary.failures.push_back("pipe failed");
      break;
    }
    const pid_t child = fork();
    if (child == 0) {
      close(pipe_fds[0]);
      Writer(db, scratch, first, pipe_fds[1], options.lexicon_dir).Run(workload);
    }
    close(pipe_fds[1]);
    FILE* reports = fdopen(pipe_fds[0], "r");
    std::vector<int64_t> reported;
    const auto read_one = [&] {
      long long batch;
      if (fscanf(reports, "%lld", &batch) != 1) return false;
      reported.push_back(batch);
      return true;
    };
    bool alive = true;
    for (int k = batches_before_kill(rng); k > 0 && alive; --k) alive = read_one();
    std::this_thread::sleep_for(std::chrono::microseconds(delay_us(rng)));
    kill(child, SIGKILL);
    while (read_one()) {
    }
    fclose(reports);
    int wstatus = 0;
    waitpid(child, &wstatus, 0);
    const std::string name = fmt::format("round {} ({})", round, WorkloadName(workload));
    if (WIFEXITED(wstatus)) {
      summary.failures.push_back(fmt::format("{}: the writer exited with code {}", name, WEXITSTATUS(wstatus)));
      break;
    }
    shadow.insert(reported.begin(), reported.end());
    const int64_t in_flight = first + static_cast<int64_t>(reported.size());

    std::unique_ptr<Graph> g;
    if (Status s = Graph::Open(db, {}, &g); !s.ok()) {
      summary.failures.push_back(fmt::format("{}: reopen failed: {}", name, s.ToString()));
      break;
    }
    std::vector<std::string> problems;
    if (Status s = g->Check(&problems); !s.ok()) problems.push_back("check failed: " + s.ToString());
    Found found;
    if (std::string error = Tally(*g, &found); !error.empty()) problems.push_back(error);
    for (std::string& p : Verify(found, in_flight, &shadow, &summary.in_flight_found)) {
      problems.push_back(std::move(p));
    }
    for (const std::string& p : problems) summary.failures.push_back(fmt::format("{}: {}", name, p));
    ++summary.rounds;
    if (!reported.empty()) ++summary.rounds_killed_mid_stream;
    fs::remove_all(scratch);
    if (options.on_round) {
      options.on_round(round, fmt::format("{}: {} reported, {} batches in the shadow log, {}", name, reported.size(),
                                          shadow.size(), problems.empty() ? "ok" : problems.front()));
    }
  }
  summary.batches_committed = static_cast<int64_t>(shadow.size());
  return summary;
}

}  // namespace cg::testing
