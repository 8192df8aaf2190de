// Graph: an embedded property graph persisted in RocksDB.
//
//   std::unique_ptr<Graph> g;
//   Status s = Graph::Open("cartels.db", {}, &g);
//   std::unique_ptr<WriteTxn> txn;
//   s = g->BeginWrite(&txn);
//   NodeId mencho;
//   s = txn->CreateNode({"Person"}, {{"name", "El Mencho"}}, &mencho);
//   s = txn->Commit();            // one atomic RocksDB batch
//
// Concurrency: any number of readers (each ReadTxn is a consistent snapshot);
// one write transaction at a time per Graph (BeginWrite waits for the slot);
// one writing process per database path (a second gets Status::Busy naming
// the path). A read-only Graph can be opened beside a writing process.
// Transactions must not outlive the Graph that began them.
#pragma once

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "graph/bulk_loader.h"
#include "graph/read_txn.h"
#include "graph/write_txn.h"
#include "schema/status.h"

namespace cg::storage {
class Store;
}

namespace cg::graph {

struct OpenOptions {
  bool read_only = false;
  bool create_if_missing = true;
  // A database in memory only (tests, the TCK adapter); the path is a name.
  bool in_memory = false;
  // Check labels, relationship endpoints and property types against
  // Ontology::Default() on every write. Off: a schemaless property graph.
  bool enforce_ontology = true;
};

class Graph {
 public:
  static Status Open(const std::string& path, const OpenOptions& options, std::unique_ptr<Graph>* graph);
  ~Graph();
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  // A consistent snapshot of the committed graph.
  std::unique_ptr<ReadTxn> BeginRead() const;
  // Waits until no other write transaction of this Graph is open. Fails on a
  // read-only Graph.
  Status BeginWrite(std::unique_ptr<WriteTxn>* txn);
  // A create-only bulk load (bulk_loader.h); takes the writer slot like
  // BeginWrite.
  Status BeginBulkLoad(std::unique_ptr<BulkLoader>* loader);

  // Verifies integrity on a snapshot: every record decodes; every
  // adjacency and index entry has its record and every record its entries;
  // the label and type statistics equal the records' counts; with
  // enforce_ontology, every node and relationship obeys the ontology.
  // Each problem found is appended to `problems` as one line; the Status is
  // non-ok only when the check itself could not run.
  Status Check(std::vector<std::string>* problems) const;

  const std::string& path() const { return path_; }
  const OpenOptions& options() const { return options_; }

 private:
  friend class WriteTxn;
  friend class BulkLoader;
  Graph() = default;

  std::string path_;
  OpenOptions options_;
  std::unique_ptr<storage::Store> store_;
  std::mutex writer_;                 // held by the open WriteTxn
  std::atomic<NodeId> next_node_{1};  // next ids to hand out; persisted on commit
  std::atomic<RelId> next_rel_{1};
};

}  // namespace cg::graph
