#include "graph/graph.h"

#include <charconv>

#include "graph/statistics.h"
#include "schema/ontology.h"
#include "storage/store.h"

namespace cg::graph {

namespace {

Status ReadCounter(const storage::ReadView& view, std::string_view key, uint64_t* value) {
  std::string text;
  Status s = view.Get(storage::Column::kMeta, key, &text);
  if (s.IsNotFound()) return Status::OK();
  CG_RETURN_IF_ERROR(s);
  uint64_t parsed = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return Status::Corruption("metadata '" + std::string(key) + "' is not a number: " + text);
  }
  *value = parsed;
  return Status::OK();
}

// Upgrades an older database in place (statistics.h). A read-only open
// upgrades through a brief writable open when no other process holds the
// database, then reopens read-only.
Status UpgradeFormat(const std::string& path, const storage::Options& options, std::unique_ptr<storage::Store>* store) {
  if (!options.read_only) return UpgradeStatistics(store->get());
  store->reset();
  storage::Options writable = options;
  writable.read_only = false;
  writable.create_if_missing = false;
  std::unique_ptr<storage::Store> writer;
  Status s = storage::Store::Open(path, writable, &writer);
  if (s.code() == Status::Code::kBusy) {
    return Status::Incompatible("database " + path +
                                " was written by an older cartelgraph and needs a one-time upgrade, but another "
                                "process holds it; open it for writing once to upgrade it");
  }
  CG_RETURN_IF_ERROR(s);
  if (writer->needs_upgrade()) CG_RETURN_IF_ERROR(UpgradeStatistics(writer.get()));
  writer.reset();
  return storage::Store::Open(path, options, store);
}

}  // namespace

ReadTxn::ReadTxn(std::unique_ptr<storage::Snapshot> snapshot)
    : Reader(snapshot.get()), snapshot_(std::move(snapshot)) {}

ReadTxn::~ReadTxn() = default;

Graph::~Graph() = default;

Status Graph::Open(const std::string& path, const OpenOptions& options, std::unique_ptr<Graph>* out) {
  std::unique_ptr<Graph> graph(new Graph());
  graph->path_ = path;
  graph->options_ = options;
  storage::Options store_options;
  store_options.read_only = options.read_only;
  store_options.create_if_missing = options.create_if_missing;
  store_options.in_memory = options.in_memory;
  CG_RETURN_IF_ERROR(storage::Store::Open(path, store_options, &graph->store_));
  if (graph->store_->needs_upgrade()) CG_RETURN_IF_ERROR(UpgradeFormat(path, store_options, &graph->store_));

  auto snapshot = graph->store_->NewSnapshot();
  uint64_t next_node = 1, next_rel = 1;
  CG_RETURN_IF_ERROR(ReadCounter(*snapshot, storage::kMetaNextNode, &next_node));
  CG_RETURN_IF_ERROR(ReadCounter(*snapshot, storage::kMetaNextRel, &next_rel));
  graph->next_node_ = next_node;
  graph->next_rel_ = next_rel;
  *out = std::move(graph);
  return Status::OK();
}

Status Graph::BeginBulkLoad(std::unique_ptr<BulkLoader>* loader) {
  if (options_.read_only) {
    return Status::InvalidArgument("database " + path_ + " is open read-only; writes need a writable open");
  }
  std::unique_lock<std::mutex> lock(writer_);
  loader->reset(new BulkLoader(this, std::move(lock)));
  return Status::OK();
}

std::unique_ptr<ReadTxn> Graph::BeginRead() const { return std::make_unique<ReadTxn>(store_->NewSnapshot()); }

Status Graph::BeginWrite(std::unique_ptr<WriteTxn>* txn) {
  if (options_.read_only) {
    return Status::InvalidArgument("database " + path_ + " is open read-only; writes need a writable open");
  }
  std::unique_lock<std::mutex> lock(writer_);
  txn->reset(new WriteTxn(this, store_->NewWriteBatch(), std::move(lock)));
  return Status::OK();
}

}  // namespace cg::graph
