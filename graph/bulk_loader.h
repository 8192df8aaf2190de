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
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "graph/read_txn.h"
#include "graph/statistics.h"
#include "graph/types.h"
#include "schema/status.h"

namespace cg::graph {

class Graph;

class BulkLoader {
 public:
  ~BulkLoader();

  Status AddNode(std::vector<std::string> labels, PropertyMap properties, NodeId* id);
  Status AddRelationship(std::string_view type, NodeId start, NodeId end, PropertyMap properties, RelId* id);
  Status Finish();

  uint64_t nodes_added() const { return nodes_added_; }
  uint64_t relationships_added() const { return relationships_added_; }

 private:
  friend class Graph;
  struct Pending;
  BulkLoader(Graph* graph, std::unique_lock<std::mutex> lock);
  // The labels of `node`, added here or stored; NotFound when neither.
  Status LabelsOf(NodeId node, const std::vector<std::string>** labels);

  Graph* graph_;
  std::unique_lock<std::mutex> lock_;
  std::unique_ptr<Pending> pending_;
  std::unique_ptr<ReadTxn> existing_;
  // Labels of added nodes (ids first_node_, first_node_ + 1, ...), interned:
  // index into label_sets_.
  NodeId first_node_ = 0;
  std::vector<uint32_t> node_label_set_;
  std::vector<std::vector<std::string>> label_sets_;
  std::vector<std::string> scratch_labels_;
  CountDeltas counts_;
  uint64_t nodes_added_ = 0, relationships_added_ = 0;
  bool done_ = false;
};

}  // namespace cg::graph
