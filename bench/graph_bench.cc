// Foundation benchmark: writes 1M relationships among 200k nodes through the
// graph API, closes, reopens cold, then makes 1M random 1-hop neighbour reads.
// Prints throughput, on-disk size and peak RSS.
//   build/bench/graph_bench [--nodes N] [--rels M] [--reads K] [--db DIR]
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>
#include <string>

#include "graph/graph.h"
#include "graph/projection.h"

using namespace cg;
using namespace cg::graph;
using Clock = std::chrono::steady_clock;

namespace {

double Seconds(Clock::time_point since) { return std::chrono::duration<double>(Clock::now() - since).count(); }

uint64_t DirectoryBytes(const std::string& path) {
  uint64_t total = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
    if (entry.is_regular_file()) total += entry.file_size();
  }
  return total;
}

// CPU seconds (user + system) of the whole process: on a shared machine a
// fairer measure than wall time for the single-threaded phases.
double CpuSeconds() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024.0;
}

void Die(const Status& s) {
  std::fprintf(stderr, "graph_bench: %s\n", s.ToString().c_str());
  std::exit(1);
}

}  // namespace

int main(int argc, char** argv) {
  uint64_t nodes = 200000, rels = 1000000, reads = 1000000;
  std::string db = "/tmp/cartelgraph-bench.db";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--nodes")) nodes = std::stoull(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--rels")) rels = std::stoull(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--reads")) reads = std::stoull(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--db")) db = argv[i + 1];
  }
  std::filesystem::remove_all(db);
  std::mt19937_64 rng(42);
  static const char* kTypes[] = {"MEMBER_OF", "LEADS", "ALLIED_WITH", "RIVAL_OF", "COOPERATES_WITH"};
  std::vector<NodeId> ids;
  ids.reserve(nodes);
  double rel_cpu_start = 0;
  {
    std::unique_ptr<Graph> g;
    Status s = Graph::Open(db, {.enforce_ontology = false}, &g);
    if (!s.ok()) Die(s);
    auto start = Clock::now();
    double cpu = CpuSeconds();
    constexpr uint64_t kBatch = 20000;
    std::unique_ptr<WriteTxn> txn;
    for (uint64_t i = 0; i < nodes; ++i) {
      if (!txn && !(s = g->BeginWrite(&txn)).ok()) Die(s);
      NodeId id;
      if (!(s = txn->CreateNode({i % 10 ? "Person" : "Organization"}, {{"name", "node " + std::to_string(i)}}, &id)).ok()) Die(s);
      ids.push_back(id);
      if ((i + 1) % kBatch == 0 || i + 1 == nodes) {
        if (!(s = txn->Commit()).ok()) Die(s);
        txn.reset();
      }
    }
    const double node_seconds = Seconds(start);
    std::printf("nodes:  %8llu in %6.2f s  %10.0f nodes/s  (%.2f CPU s)\n", static_cast<unsigned long long>(nodes),
                node_seconds, nodes / node_seconds, CpuSeconds() - cpu);

    start = Clock::now();
    cpu = rel_cpu_start = CpuSeconds();
    std::uniform_int_distribution<size_t> pick(0, nodes - 1);
    for (uint64_t i = 0; i < rels; ++i) {
      if (!txn && !(s = g->BeginWrite(&txn)).ok()) Die(s);
      if (!(s = txn->CreateRelationship(kTypes[i % 5], ids[pick(rng)], ids[pick(rng)], {}, nullptr)).ok()) Die(s);
      if ((i + 1) % kBatch == 0 || i + 1 == rels) {
        if (!(s = txn->Commit()).ok()) Die(s);
        txn.reset();
      }
    }
    const double rel_seconds = Seconds(start);
    const double rel_cpu = CpuSeconds() - cpu;
    std::printf("rels:   %8llu in %6.2f s  %10.0f relationships/s  (%.2f CPU s: %.0f per CPU second)\n",
                static_cast<unsigned long long>(rels), rel_seconds, rels / rel_seconds, rel_cpu, rels / rel_cpu);
  }
  // Closing flushes the memtables: work the commits deferred, which a loaded
  // machine may not have run yet within the timed loop.
  const double all_cpu = CpuSeconds() - rel_cpu_start;
  std::printf("        with the close's flush: %.2f CPU s: %.0f relationships per CPU second\n", all_cpu, rels / all_cpu);
  auto start = Clock::now();
  std::unique_ptr<Graph> g;
  Status s = Graph::Open(db, {.read_only = true}, &g);
  if (!s.ok()) Die(s);
  Node first;
  if (!(s = g->BeginRead()->GetNode(ids.front(), &first)).ok()) Die(s);
  std::printf("reopen: %.3f s (cold open + first read)\n", Seconds(start));
  std::uniform_int_distribution<size_t> pick(0, nodes - 1);
  auto reader = g->BeginRead();
  start = Clock::now();
  uint64_t seen = 0;
  for (uint64_t i = 0; i < reads; ++i) {
    s = reader->ForEachEdge(ids[pick(rng)], Direction::kBoth, "", [&](const Edge& e) {
      seen += e.other() & 1;
      return true;
    });
    if (!s.ok()) Die(s);
  }
  const double read_seconds = Seconds(start);
  std::printf("reads:  %8llu in %6.2f s  %10.0f neighbour reads/s (1-hop, both directions, after reopen)\n",
              static_cast<unsigned long long>(reads), read_seconds, reads / read_seconds);

  // The same reads on the in-memory CSR projection (Boost.Graph).
  start = Clock::now();
  std::unique_ptr<Projection> projection;
  if (!(s = Projection::Build(*reader, &projection)).ok()) Die(s);
  std::printf("csr:    built in %.2f s (%zu nodes, %zu edges)\n", Seconds(start), projection->num_nodes(),
              projection->num_edges());
  start = Clock::now();
  for (uint64_t i = 0; i < reads; ++i) {
    projection->ForEachNeighbour(*projection->IndexOf(ids[pick(rng)]), Direction::kBoth,
                                 [&](Projection::Vertex n, const Projection::EdgeData&, bool) { seen += n & 1; });
  }
  const double csr_seconds = Seconds(start);
  std::printf("reads:  %8llu in %6.2f s  %10.0f neighbour reads/s (1-hop, both directions, CSR projection)\n",
              static_cast<unsigned long long>(reads), csr_seconds, reads / csr_seconds);
  std::printf("disk:   %.1f MB\n", DirectoryBytes(db) / 1e6);

  // The same graph through the bulk path (BulkLoader: SST ingestion).
  const std::string bulk_db = db + "-bulk";
  std::filesystem::remove_all(bulk_db);
  {
    std::unique_ptr<Graph> bulk;
    if (!(s = Graph::Open(bulk_db, {.enforce_ontology = false}, &bulk)).ok()) Die(s);
    start = Clock::now();
    std::unique_ptr<BulkLoader> loader;
    if (!(s = bulk->BeginBulkLoad(&loader)).ok()) Die(s);
    std::vector<NodeId> bulk_ids;
    for (uint64_t i = 0; i < nodes; ++i) {
      NodeId id;
      if (!(s = loader->AddNode({i % 10 ? "Person" : "Organization"}, {{"name", "node " + std::to_string(i)}}, &id)).ok()) Die(s);
      bulk_ids.push_back(id);
    }
    for (uint64_t i = 0; i < rels; ++i) {
      if (!(s = loader->AddRelationship(kTypes[i % 5], bulk_ids[pick(rng)], bulk_ids[pick(rng)], {}, nullptr)).ok()) Die(s);
    }
    if (!(s = loader->Finish()).ok()) Die(s);
    const double bulk_seconds = Seconds(start);
    std::printf("bulk:   %llu nodes + %llu relationships in %.2f s  %10.0f relationships/s (BulkLoader)\n",
                static_cast<unsigned long long>(nodes), static_cast<unsigned long long>(rels), bulk_seconds,
                rels / bulk_seconds);
  }
  std::filesystem::remove_all(bulk_db);
  std::printf("peak RSS: %.0f MB\n", PeakRssMb());
  return 0;
}
