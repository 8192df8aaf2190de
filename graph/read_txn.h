// ReadTxn: a consistent, read-only snapshot of a Graph.
#pragma once

#include <memory>

#include "graph/reader.h"

namespace cg::storage {
class Snapshot;
}

namespace cg::graph {

class ReadTxn : public Reader {
 public:
  explicit ReadTxn(std::unique_ptr<storage::Snapshot> snapshot);
  ~ReadTxn() override;

 private:
  std::unique_ptr<storage::Snapshot> snapshot_;
};

}  // namespace cg::graph
