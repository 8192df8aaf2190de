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
//
// Traversals can run on ProjectionFor(reader): an in-memory CSR copy of the
// adjacency that reader sees, built once per committed state and shared.
#pragma once

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "graph/bulk_loader.h"
#include "graph/endpoint_cache.h"
#include "graph/node_column.h"
#include "graph/point_cache.h"
#include "graph/property_keys.h"
#include "graph/read_txn.h"
#include "graph/rel_column.h"
#include "graph/write_txn.h"
#include "schema/status.h"

namespace cg::storage {
class Store;
class WriteBatchView;
}

namespace cg::graph {

class Projection;  // projection.h
struct ProjectionDelta;  // projection_delta.h

struct OpenOptions {
  bool read_only = false;
  bool create_if_missing = true;
  // A database in memory only (tests, the TCK adapter); the path is a name.
  bool in_memory = false;
  // Check labels, relationship endpoints and property types against
  // Ontology::Default() on every write. Off: a schemaless property graph.
  bool enforce_ontology = true;
};

struct CheckOptions {
  // Also hold every evidence span against its stored article (span_check.h).
  bool deep = false;
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

  // Verifies integrity on a snapshot (with options.deep, also every
  // evidence's span and quote against its article): every record decodes; every
  // adjacency and index entry has its record and every record its entries;
  // the label and type statistics equal the records' counts; with
  // enforce_ontology, every node and relationship obeys the ontology.
  // Each problem found is appended to `problems` as one line; the Status is
  // non-ok only when the check itself could not run.
  Status Check(std::vector<std::string>* problems, const CheckOptions& options = {}) const;

  // Writes the committed state into a new database at `target`
  // (storage::Store::CopyTo): a backup, which opens as any database does,
  // or a restore from one. Works on a read-only Graph beside a writer.
  Status CopyTo(const std::string& target) const;

  // The CSR projection (projection.h) of the committed graph exactly as
  // `reader` sees it, built on the first call for that committed state and
  // shared by every reader of the same state; a commit or bulk load makes
  // the next reader's state a new one, so a projection is never stale.
  // Sets *projection to null (callers then read adjacency from `reader`)
  // when the state cannot be named: a WriteTxn that has written, a ReadTxn
  // whose snapshot was taken while a commit was being published, a Reader
  // of another Graph. Thread-safe. Fails only when the build cannot read
  // storage.
  Status ProjectionFor(const Reader& reader, std::shared_ptr<const Projection>* projection) const;
  // ProjectionFor without a build: the projection already built for
  // reader's state, else null. For work too small to pay for a build (a
  // one-hop expansion in a one-shot query). Thread-safe.
  std::shared_ptr<const Projection> BuiltProjectionFor(const Reader& reader) const;
  // Property `key` of every node of reader's committed state, by node id
  // (node_column.h), for reads of one property of many nodes: shared by
  // every reader of the state and kept fresh like the projection (patched
  // from the commits' deltas, with or without a projection), so never
  // stale. Built by one scan of the node records once the record reads of
  // the key it would have saved (counted over the states since it was last
  // dropped, by a bulk load or an unlogged commit) reach kColumnAfter: `reads` is how many the caller made since it last asked
  // (a caller about to read every node passes kColumnAfter). Null until
  // then, and when reader's state cannot be named; a state older than the
  // newest seen gets a column of its own (not kept) when `reads` reaches
  // kColumnAfter, else null. Thread-safe.
  static constexpr uint32_t kColumnAfter = 256;
  Status NodeColumnFor(const Reader& reader, std::string_view key, uint32_t reads,
                       std::shared_ptr<const NodeColumn>* column) const;
  // Whether each node of `projection`, which must be ProjectionFor(reader)'s,
  // carries `label`, by vertex, for label checks that must not read node
  // records: built from the label index on first use per committed state and
  // label, shared and kept fresh like the projection (patched with it); null
  // when reader's state cannot be named.
  using LabelColumn = std::vector<bool>;
  Status LabelColumnFor(const Reader& reader, const Projection& projection, std::string_view label,
                        std::shared_ptr<const LabelColumn>* column) const;
  // Property `key` of every relationship of `type` that `projection`, which
  // must be ProjectionFor(reader)'s, holds, by relationship id (rel_column.h),
  // for operators that read a property of many relationships of one type:
  // built on first use per committed state, type and key by reading those
  // relationships' records (found on the projection), shared and kept fresh
  // like the projection (patched with it). With `build` false only a column
  // already built is given. Null when reader's state cannot be named, or not
  // built.
  using RelColumn = ::cg::graph::RelColumn;
  Status RelColumnFor(const Reader& reader, const Projection& projection, std::string_view type, std::string_view key,
                      bool build, std::shared_ptr<const RelColumn>* column) const;

  // The in-memory exact-value index of indexed property `key`
  // (point_index.h) and the set of nodes carrying `label`, as reader's
  // committed state holds them, for point lookups that should not seek
  // RocksDB: built from the index's key range once lookups in that state
  // pay for it (point_cache.h: until then, and when reader's state cannot be
  // named or is older than the newest seen, null; callers then read through
  // `reader`), shared, dropped when a commit moves the state on.
  // Thread-safe. Fail only when the build cannot read storage.
  Status PointIndexFor(const Reader& reader, std::string_view key, std::shared_ptr<const PointIndex>* index) const;
  Status LabelSetFor(const Reader& reader, std::string_view label, std::shared_ptr<const LabelSet>* set) const;
  // Bytes those caches and the node columns hold.
  size_t PointCacheBytes() const;

  // The user's indexes and constraints (catalog.h) as last committed, for
  // planning (a plan checks at run time that an index it seeks still
  // exists); read once per committed state. Thread-safe.
  Status CommittedCatalog(std::shared_ptr<const Catalog>* catalog) const;

  // Which of `keys` no node or relationship reader sees holds, nor any
  // record this Graph saw before (property_keys.h), in the order given; when
  // some are, *known gets every key seen, for suggestions. Reads the
  // property-key statistics only when a key was not seen yet. Thread-safe.
  Status UnknownPropertyKeys(const Reader& reader, const std::vector<std::string>& keys,
                             std::vector<std::string>* unknown, std::vector<std::string>* known) const;

  const std::string& path() const { return path_; }
  const OpenOptions& options() const { return options_; }
  // Grows with every commit and bulk load: equal before and after means
  // nothing was written in between (for caches of what the graph holds).
  uint64_t commits() const { return commits_.load(); }

 private:
  friend class WriteTxn;
  friend class BulkLoader;
  Graph() = default;

  // Publishes one commit or bulk load: constructed before the storage
  // write, destroyed after it. commits_ is odd while a write is being
  // published (a seqlock), so a reader that sees the same even count before
  // and after taking its snapshot knows the snapshot holds exactly
  // commits_ / 2 commits. Given the write batch, Committed() (called once it
  // is durable) records the commit's adjacency changes, so that the next
  // state's projection is patched, not built; without, it is built whole.
  class CommitScope {
   public:
    explicit CommitScope(Graph* graph, const storage::WriteBatchView* batch = nullptr);
    ~CommitScope() { graph_->commits_.fetch_add(1); }
    CommitScope(const CommitScope&) = delete;
    CommitScope& operator=(const CommitScope&) = delete;
    void Committed();

   private:
    Graph* graph_;
    uint64_t state_;  // the state the commit makes
    std::shared_ptr<const ProjectionDelta> delta_;
  };
  // The committed state a WriteTxn without writes, or a ReadTxn, sees.
  uint64_t StateOf(const Reader& reader) const;
  // A snapshot of `state`: `reader` itself or a new one (in *own); null
  // when the state has moved on.
  const ReadTxn* SnapshotOf(const Reader& reader, uint64_t state, std::unique_ptr<ReadTxn>* own) const;
  // The deltas of the commits after `from` up to `to`, in order; false when
  // one is missing (a bulk load, a failed commit, a dropped log).
  bool DeltasBetween(uint64_t from, uint64_t to, std::vector<std::shared_ptr<const ProjectionDelta>>* deltas) const;
  void DropDeltasUpTo(uint64_t state) const;
  // Advances the per-state caches (projection_ and the columns) from
  // cache_state_ to reader's `state`, when newer: patched by the deltas of
  // the commits between (PatchCaches), else dropped (built again on
  // demand). Holds projection_mu_.
  Status AdvanceTo(uint64_t state, const Reader& reader) const;
  void DropCaches() const;
  // The caches with `deltas` applied, the changed records read from
  // `snapshot`; the projection and its columns dropped when it refuses the
  // patch. Unchanged on failure.
  Status PatchCaches(const std::vector<std::shared_ptr<const ProjectionDelta>>& deltas,
                     const ReadTxn& snapshot) const;
  // The column `key` of `projection` (ProjectionFor(reader)'s) from *cache
  // when `projection` is projection_, else (when `build_missing`) made by
  // build(snapshot, &column) and kept in *cache while it is (LabelColumnFor,
  // RelColumnFor).
  template <typename Column, typename Build>
  Status StateColumn(const Reader& reader, const Projection& projection, std::string_view key,
                     std::map<std::string, std::shared_ptr<const Column>, std::less<>>* cache, const Build& build,
                     bool build_missing, std::shared_ptr<const Column>* out) const;
  // PatchCaches' part for the relationship columns: the relationships `deltas`
  // touched read again from `snapshot`.
  Status PatchRelColumns(const std::vector<std::shared_ptr<const ProjectionDelta>>& deltas,
                         const ReadTxn& snapshot) const;

  std::string path_;
  OpenOptions options_;
  std::unique_ptr<storage::Store> store_;
  std::mutex writer_;                 // held by the open WriteTxn
  std::atomic<NodeId> next_node_{1};  // next ids to hand out; persisted on commit
  std::atomic<RelId> next_rel_{1};
  EndpointCache endpoints_;  // used by the WriteTxn holding writer_ (endpoint_cache.h)
  // The counters as the last WriteTxn commit left them (statistics.h), used
  // by the WriteTxn holding writer_; valid while commits_ equals
  // known_counts_at_ (odd: never), i.e. nothing committed since.
  KnownCounts known_counts_;
  uint64_t known_counts_at_ = 1;

  std::atomic<uint64_t> commits_{0};  // see CommitScope
  mutable std::mutex projection_mu_;  // guards the six below; held while building
  mutable uint64_t cache_state_ = 0;  // the state of the caches below
  mutable std::shared_ptr<const Projection> projection_;  // null: none built
  struct NodeSlot {
    uint32_t reads = 0;  // counted toward a build (NodeColumnFor)
    std::shared_ptr<const NodeColumn> column;
  };
  mutable std::map<std::string, NodeSlot, std::less<>> node_columns_;
  mutable std::map<std::string, std::shared_ptr<const LabelColumn>, std::less<>> label_columns_;  // of projection_
  mutable std::map<std::string, std::shared_ptr<const RelColumn>, std::less<>> rel_columns_;  // by type 0x00 key
  // The deltas of the commits since cache_state_, by the state each makes;
  // recorded only once a projection or node column was built, dropped past
  // a bound (a build is then cheaper).
  mutable std::mutex deltas_mu_;
  mutable std::map<uint64_t, std::shared_ptr<const ProjectionDelta>> deltas_;
  mutable size_t deltas_size_ = 0;
  mutable std::atomic<bool> caching_{false};  // a projection or node column was built: record deltas
  size_t empty_batch_size_ = 0;  // ApproximateSize of a WriteTxn that has not written
  mutable PointCache point_cache_;  // PointIndexFor, LabelSetFor
  mutable PropertyKeyCache property_keys_;  // UnknownPropertyKeys
  mutable std::mutex catalog_mu_;  // guards the two below
  mutable uint64_t catalog_commits_ = 1;  // commits_ when catalog_ was read (odd: never)
  mutable std::shared_ptr<const Catalog> catalog_;
};

}  // namespace cg::graph
