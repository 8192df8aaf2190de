// cartelgraph serve --stdio: a long-running process for programs and
// benchmark drivers. Reads one query per line on stdin and answers each
// with one line on stdout, flushed: a JSON array of row objects (keys in
// column order, values in the TCK encoding of format/value_json.h), or
// {"error": {"kind": ..., "code": ..., "message": ...}}. Empty lines are
// skipped. With --notifications, a success is instead one object
// {"rows": [row objects], "notifications": [{"code", "title", "message",
// "severity", "line", "column", "offset"}, ...]} (query/notifications.h: an
// unknown label, ...; the list is often empty); errors keep their shape. The database is opened writable (read-only when another process
// holds it); plans are cached, so a repeated query text is not re-planned.
#include <iostream>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/command.h"
#include "graph/graph.h"
#include "query/engine.h"
#include "cli/input/literal.h"
#include "format/result_format.h"

namespace cg::cli {

namespace {

struct ServeArgs {
  std::string db;
  bool stdio = false;
  double timeout = 0;
  std::string memory_limit = "2GiB";
  bool notifications = false;  // answer {"rows": ..., "notifications": ...}
};

std::string NotificationsJson(const std::vector<query::Notification>& notifications) {
  nlohmann::json list = nlohmann::json::array();
  for (const query::Notification& n : notifications) {
    list.push_back({{"code", n.code},
                    {"title", n.title},
                    {"message", n.message},
                    {"severity", n.severity},
                    {"line", n.line},
                    {"column", n.column},
                    {"offset", n.offset}});
  }
  return list.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string Answer(graph::Graph& graph, const std::string& text, const query::QueryOptions& options,
                   bool notifications) {
  query::QueryResult r = query::QueryEngine::Execute(graph, text, {}, options);
  if (!r.ok()) {
    nlohmann::json e = {{"error", {{"kind", r.error->kind}, {"code", r.error->code}, {"message", r.error->what()}}}};
    return e.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  }
  std::string out = "[";
  for (size_t i = 0; i < r.rows.size(); ++i) out += (i ? "," : "") + format::JsonRowText(r, r.rows[i]);
  out += "]";
  if (!notifications) return out;
  return "{\"rows\":" + out + ",\"notifications\":" + NotificationsJson(r.notifications) + "}";
}

int RunServe(const ServeArgs& args) {
  if (!args.stdio) {
    std::cerr << "cartelgraph: serve needs --stdio (the only transport so far)\n";
    return kExitUsage;
  }
  std::optional<size_t> memory_limit = cli::ParseByteSize(args.memory_limit);
  if (!memory_limit) {
    std::cerr << "cartelgraph: --memory-limit wants a size such as 512MB or 2GiB, got '" << args.memory_limit << "'\n";
    return kExitUsage;
  }
  std::unique_ptr<graph::Graph> graph;
  Status s = graph::Graph::Open(args.db, {}, &graph);
  if (!s.ok()) s = graph::Graph::Open(args.db, {.read_only = true}, &graph);
  if (!s.ok()) {
    std::cerr << "cartelgraph: " << s.ToString() << '\n';
    return kExitFailure;
  }
  query::QueryOptions options;
  options.read_only = graph->options().read_only;
  options.timeout = std::chrono::milliseconds(static_cast<int64_t>(args.timeout * 1000));
  options.limits.memory_limit = *memory_limit;
  std::string line;
  while (std::getline(std::cin, line)) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    std::cout << Answer(*graph, line, options, args.notifications) << '\n' << std::flush;
  }
  return kExitOk;
}

}  // namespace

Command AddServeCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("serve", "Answer queries, one per line on stdin, with one JSON line each (--stdio)");
  auto args = std::make_shared<ServeArgs>();
  cmd->add_option("--db", args->db, "Database directory")->required();
  cmd->add_flag("--stdio", args->stdio, "Read queries from stdin, write answers to stdout");
  cmd->add_option("--timeout", args->timeout, "Stop each query after this many seconds (0: never)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--memory-limit", args->memory_limit, "Most memory one query may hold (default 2GiB)");
  cmd->add_flag("--notifications", args->notifications,
                "Answer {\"rows\": [...], \"notifications\": [...]} (warnings such as an unknown label) instead "
                "of the bare rows");
  return {cmd, [args]() { return RunServe(*args); }};
}

}  // namespace cg::cli
