#include "cli/command.h"

#include <iostream>

namespace cg::cli {

std::unique_ptr<graph::Graph> OpenOrReport(const std::string& path, const graph::OpenOptions& options) {
  std::unique_ptr<graph::Graph> graph;
  Status s = graph::Graph::Open(path, options, &graph);
  if (!s.ok()) {
    Fail(s.ToString());
    return nullptr;
  }
  return graph;
}

int Fail(const std::string& message) {
  std::cerr << "cartelgraph: " << message << '\n';
  return kExitFailure;
}

}  // namespace cg::cli
