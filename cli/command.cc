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

void AddAsOfOption(CLI::App* cmd, std::optional<Date>* day, const std::string& description) {
  cmd->add_option_function<std::string>(
         "--as-of",
         [day](const std::string& text) {
           *day = Date::Parse(text);
           if (!*day) {
             throw CLI::ValidationError("--as-of", "wants a date YYYY-MM-DD (or YYYY-MM, YYYY), got '" + text + "'");
           }
         },
         description)
      ->type_name("DATE");
}

}  // namespace cg::cli
