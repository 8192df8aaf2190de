// BulkLoader: creates many nodes and relationships at once through the
// storage bulk path (sorted SST files ingested into every column family
// atomically): the path for imports, several times faster than a WriteTxn.
//
//   std::unique_ptr<BulkLoader> loader;
//   Status s = graph->BeginBulkLoad(&loader);
//   s = loader->AddNode({"Person"}, {{"name", "..."}}, &id);   // ...
//   s = loader->Finish();   // all of it becomes visible at once, or none
//
// It only creates: records are checked as WriteTxn checks them (names,
// ontology) when added, and nothing is visible before Finish. Relationship
// ends are nodes added to this loader or nodes that already exist. It holds
// the Graph's writer slot until Finish or destruction (which drops all).
//
// Parallel loads: reserve ids for a batch of rows, then add them from
// several threads, each through a Shard of its own:
//
//   const NodeId first = loader->ReserveNodes(rows.size());
//   BulkLoader::Shard* shard = loader->NewShard();   // one per thread
//   s = shard->AddNode(first + i, labels, properties);
//
// Reserve* and NewShard must not run while shards add. A node is a valid
// relationship end for every shard once the thread that added it has been
// joined (or otherwise synchronized with).
//
// Memory: the pairs waiting for Finish stay in memory up to the memory
// budget (shared by the shards); beyond it a shard sorts its pairs and
// spills them to run files in a directory beside the database, which
// Finish merges (storage/bulk_data.h) — the database gets the same bytes
// either way. A graph in memory never spills.
#pragma once

#include <atomic>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "graph/catalog.h"
#include "graph/read_txn.h"
#include "graph/statistics.h"
#include "graph/types.h"
#include "schema/status.h"

namespace cg::graph {

class Graph;

class BulkLoader {
 public:
  class Shard;
  ~BulkLoader();

  Status AddNode(std::vector<std::string> labels, PropertyMap properties, NodeId* id);
  Status AddRelationship(std::string_view type, NodeId start, NodeId end, PropertyMap properties, RelId* id);
  Status Finish();

  static constexpr size_t kDefaultMemoryBudget = size_t{512} << 20;
  // Set before adding (a budget below a few MB spills tiny runs).
  void set_memory_budget(size_t bytes) { memory_budget_ = bytes; }

  // `count` consecutive ids for shards to add; returns the first.
  NodeId ReserveNodes(uint64_t count);
  RelId ReserveRelationships(uint64_t count);
  // A shard for one thread; the loader owns it.
  Shard* NewShard();

  uint64_t nodes_added() const;
  uint64_t relationships_added() const;

 private:
  friend class Graph;
  struct Pending;
  BulkLoader(Graph* graph, std::unique_lock<std::mutex> lock);
  // The interned copy of a label set (thread-safe); it never moves.
  const std::vector<std::string>* Intern(const std::vector<std::string>& labels);
  // The directory for spilled runs, created on first use (thread-safe).
  Status SpillDirectory(const std::string** dir);

  Graph* graph_;
  std::unique_lock<std::mutex> lock_;
  Catalog catalog_;  // the user's indexes, whose entries the load writes too
  std::vector<std::unique_ptr<Shard>> shards_;  // shards_[0] serves AddNode and AddRelationship
  // Labels of reserved nodes (ids first_node_, first_node_ + 1, ...), in
  // label_sets_; null until added.
  NodeId first_node_ = 0;
  std::vector<const std::vector<std::string>*> node_labels_;
  std::mutex intern_mutex_;
  std::deque<std::vector<std::string>> label_sets_;  // grows without moving its elements
  size_t memory_budget_ = kDefaultMemoryBudget;
  std::atomic<size_t> pending_memory_{0};  // of all shards, as they last reported it
  std::mutex spill_mutex_;
  std::string spill_dir_;  // empty until a shard spills
  bool done_ = false;
};

class BulkLoader::Shard {
 public:
  ~Shard();
  // `id` must have been reserved and not added before.
  Status AddNode(NodeId id, std::vector<std::string> labels, PropertyMap properties);
  Status AddRelationship(RelId id, std::string_view type, NodeId start, NodeId end, PropertyMap properties);

 private:
  friend class BulkLoader;
  explicit Shard(BulkLoader* loader);
  // The labels of `node`, added to the loader or stored; NotFound when neither.
  Status LabelsOf(NodeId node, const std::vector<std::string>** labels);
  // Spills the pending pairs when all shards' together exceed the memory
  // budget (checked every so many adds).
  Status MaybeSpill();

  BulkLoader* loader_;
  std::unique_ptr<Pending> pending_;
  std::unique_ptr<ReadTxn> existing_;
  std::vector<const std::vector<std::string>*> interned_;  // the label sets this shard has seen
  std::vector<std::string> scratch_labels_;
  CountDeltas counts_;
  uint64_t nodes_added_ = 0, relationships_added_ = 0;
  uint32_t adds_unchecked_ = 0;
  size_t memory_reported_ = 0;  // this shard's part of loader_->pending_memory_
};

}  // namespace cg::graph
