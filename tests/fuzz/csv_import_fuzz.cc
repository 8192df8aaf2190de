// libFuzzer target: the neo4j-admin CSV importer, end to end, into a fresh
// in-memory database. The input is a node file, optionally
// followed by a line "%%" and a relationship file. Contract under test:
// an import either succeeds or fails with a Status listing file:line
// problems and leaves the database empty; nothing throws, ASan/UBSan
// report nothing.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "exchange/csv_import.h"
#include "graph/graph.h"
#include "graph/read_txn.h"

namespace {

// A folder of this process for the two files, made once.
const std::string& WorkDir() {
  static const std::string dir = [] {
    std::string pattern = "/tmp/cg-csv-fuzz-XXXXXX";
    if (!::mkdtemp(pattern.data())) __builtin_trap();
    return pattern;
  }();
  return dir;
}

void Write(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

bool Empty(const cg::graph::Graph& graph) {
  bool empty = true;
  auto read = graph.BeginRead();
  (void)read->ForEachNode([&](cg::graph::NodeId) { return empty = false; });
  (void)read->ForEachRelationship([&](cg::graph::RelId) { return empty = false; });
  return empty;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  cg::exchange::ImportOptions options;
  options.node_files = {WorkDir() + "/nodes.csv"};
  const size_t split = input.find("\n%%\n");
  Write(options.node_files[0], input.substr(0, split));
  if (split != std::string_view::npos) {
    options.relationship_files = {WorkDir() + "/rels.csv"};
    Write(options.relationship_files[0], input.substr(split + 4));
  }
  // One empty database while imports are refused (opening one per input
  // would cost most of the time); a fresh one after each accepted import.
  // Never freed at exit: RocksDB's own statics may be gone by then.
  static auto* graph = new std::unique_ptr<cg::graph::Graph>;
  if (!*graph && !cg::graph::Graph::Open("csv-fuzz", cg::graph::OpenOptions{.in_memory = true}, graph).ok()) {
    __builtin_trap();
  }
  cg::exchange::ImportStats stats;
  const cg::Status s = cg::exchange::ImportNeo4jCsv(graph->get(), options, &stats);
  if (!s.ok() && !Empty(**graph)) __builtin_trap();  // a refused import writes nothing
  if (s.ok()) {  // an accepted import is consistent
    std::vector<std::string> problems;
    if (!(*graph)->Check(&problems).ok() || !problems.empty()) __builtin_trap();
    graph->reset();
  }
  return 0;
}
