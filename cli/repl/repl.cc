#include "cli/repl/repl.h"

#include <algorithm>
#include <charconv>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "cli/command.h"
#include "cli/query_session.h"
#include "cli/repl/line_editor.h"
#include "cli/repl/vocabulary.h"
#include "cli/script_runner.h"
#include "cli/input/literal.h"
#include "query/procedures/registry.h"
#include "format/value_text.h"

namespace cg::cli {

namespace {

// Set by SIGINT: cancels the running statement. Lock-free, so a signal
// handler may store to it.
std::atomic<bool> g_cancel{false};
static_assert(std::atomic<bool>::is_always_lock_free);

void OnInterrupt(int) {
  g_cancel.store(true);
  LineEditor::NoteInterrupt();
}

struct CommandInfo {
  std::string_view name;
  std::string_view usage;
  std::string_view help;
};

constexpr CommandInfo kCommands[] = {
    {":help", "", "this list"},
    {":schema", "", "labels, relationship types and property keys with their counts"},
    {":param", "NAME => VALUE", "set $NAME to a Cypher literal (else a string)"},
    {":params", "", "list the parameters"},
    {":mode", "table|box|csv|json|jsonl|markdown", "how results are shown"},
    {":timing", "on|off", "show how long each statement took"},
    {":max_rows", "N", "show at most N rows of a result (0: all)"},
    {":timeout", "SECONDS", "stop each statement after SECONDS (0: never)"},
    {":as_of", "DATE|off", "see only the relationships valid on DATE (YYYY-MM-DD, YYYY-MM, YYYY)"},
    {":source", "FILE", "run the statements in FILE"},
    {":quit", "", "leave (Ctrl-D does too)"},
};

std::string_view Trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

std::string HistoryPath() {
  const char* home = std::getenv("HOME");
  return home && *home ? std::string(home) + "/.cartelgraph_history" : "";
}

class Repl {
 public:
  explicit Repl(QuerySession& session)
      : session_(session),
        editor_("cartelgraph", HistoryPath(), [this](std::string_view before) { return Complete(before); }) {
    for (const CommandInfo& c : kCommands) vocabulary_.commands.emplace_back(c.name);
    query::BuiltinProcedures().ForEach([&](const query::Procedure& p) { vocabulary_.procedures.push_back(p.name()); });
  }

  void Run() {
    std::cout << "cartelgraph shell — statements end with ';', :help lists the commands, Ctrl-D leaves.\n";
    std::string line;
    while (true) {
      // A Ctrl-C from now on cancels what this line runs, even one that
      // arrives after the line was read but before its statement started.
      g_cancel.store(false);
      LineEditor::Input input = editor_.ReadLine(splitter_.HasPending() ? kContinuation : kPrompt, &line);
      if (input == LineEditor::Input::kEnd) {
        std::cout << '\n';
        return;
      }
      if (input == LineEditor::Input::kInterrupted) {
        std::cout << "^C\n";
        splitter_.Finish();
        continue;
      }
      if (Trim(line).empty() && !splitter_.HasPending()) continue;
      editor_.AddHistory(line);
      if (!splitter_.HasPending() && Trim(line).starts_with(':')) {
        if (!RunCommand(std::string(Trim(line)))) return;
        continue;
      }
      for (const cli::Statement& s : splitter_.Feed(line + "\n")) RunStatement(s);
    }
  }

 private:
  static constexpr const char* kPrompt = "cartelgraph> ";
  static constexpr const char* kContinuation = "         ..> ";

  void RunStatement(const cli::Statement& s) {
    session_.Run(s, "", &g_cancel);
    vocabulary_stale_ = true;
  }

  cli::Completion Complete(std::string_view before) {
    if (vocabulary_stale_ && session_.graph()) {
      if (ReadVocabulary(*session_.graph(), &vocabulary_).ok()) vocabulary_stale_ = false;
    }
    vocabulary_.parameters.clear();
    for (const auto& [name, value] : session_.params()) vocabulary_.parameters.push_back(name);
    return cli::Complete(before, !splitter_.HasPending(), vocabulary_);
  }

  // Runs one ':' command; false when it is :quit.
  bool RunCommand(const std::string& line) {
    size_t space = line.find_first_of(" \t");
    std::string name = line.substr(0, space);
    std::string arg(Trim(space == std::string::npos ? "" : std::string_view(line).substr(space)));
    format::FormatOptions& format = session_.settings().format;
    if (name == ":quit" || name == ":exit") return false;
    if (name == ":help") {
      auto head = [](const CommandInfo& c) {
        return std::string(c.name) + (c.usage.empty() ? "" : " " + std::string(c.usage));
      };
      size_t width = 0;
      for (const CommandInfo& c : kCommands) width = std::max(width, head(c).size());
      for (const CommandInfo& c : kCommands) {
        std::cout << "  " << head(c) << std::string(width + 2 - head(c).size(), ' ') << c.help << '\n';
      }
      std::cout << "Statements end with ';' and may span lines. Tab completes keywords, labels, types,\n"
                   "property keys, $parameters, commands and procedure names after CALL. Ctrl-C cancels\n"
                   "a running statement. CALL dbms.procedures(); lists the procedures (the questions\n"
                   "researchers ask, graph algorithms) with their signatures.\n";
    } else if (name == ":schema") {
      ShowSchema();
    } else if (name == ":param") {
      auto assignment = cli::ParseAssignment(arg, "=>");
      if (!assignment) return Usage(":param NAME => VALUE");
      std::cout << assignment->first << " => " << format::CypherText(assignment->second, {}) << '\n';
      session_.params()[assignment->first] = std::move(assignment->second);
    } else if (name == ":params") {
      if (session_.params().empty()) std::cout << "no parameters\n";
      for (const auto& [k, v] : session_.params()) std::cout << k << " => " << format::CypherText(v, {}) << '\n';
    } else if (name == ":mode") {
      std::optional<format::Format> f = format::ParseFormat(arg);
      if (!f) return Usage(":mode table|box|csv|json|jsonl|markdown");
      format.format = *f;
    } else if (name == ":timing") {
      if (arg != "on" && arg != "off") return Usage(":timing on|off");
      session_.settings().timing = arg == "on";
    } else if (name == ":max_rows") {
      size_t n = 0;
      auto [end, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), n);
      if (arg.empty() || ec != std::errc() || end != arg.data() + arg.size()) return Usage(":max_rows N");
      format.max_rows = n;
    } else if (name == ":timeout") {
      double seconds = -1;
      auto [end, ec] = std::from_chars(arg.data(), arg.data() + arg.size(), seconds);
      if (arg.empty() || ec != std::errc() || end != arg.data() + arg.size() || seconds < 0) {
        return Usage(":timeout SECONDS");
      }
      session_.settings().timeout = std::chrono::milliseconds(static_cast<int64_t>(seconds * 1000));
    } else if (name == ":as_of") {
      SetAsOf(arg);
    } else if (name == ":source") {
      std::ifstream in(arg);
      if (arg.empty() || !in) {
        std::cerr << "cannot read '" << arg << "'\n";
        return true;
      }
      RunScript(session_, in, arg, &g_cancel);
      vocabulary_stale_ = true;
    } else {
      std::cerr << "unknown command " << name << " (:help lists them)\n";
    }
    return true;
  }

  // :as_of DATE|off; without an argument, says which graph statements see.
  void SetAsOf(const std::string& arg) {
    std::optional<Date>& as_of = session_.settings().as_of;
    if (arg == "off") {
      as_of.reset();
    } else if (!arg.empty()) {
      std::optional<Date> day = Date::Parse(arg);
      if (!day) {
        Usage(":as_of DATE|off (DATE: YYYY-MM-DD, YYYY-MM or YYYY)");
        return;
      }
      as_of = day;
    }
    std::cout << (as_of ? "statements see the graph as of " + as_of->ToString() +
                              ": the relationships valid on that day, every node (:as_of off for all)"
                        : std::string("statements see the whole graph"))
              << '\n';
  }

  static bool Usage(std::string_view usage) {
    std::cerr << "usage: " << usage << '\n';
    return true;
  }

  void ShowSchema() {
    SchemaCounts counts;
    if (!session_.graph()) return;
    Status s = ReadSchemaCounts(*session_.graph(), &counts);
    if (!s.ok()) {
      std::cerr << s.ToString() << '\n';
      return;
    }
    query::QueryResult table;
    table.columns = {"kind", "name", "count"};
    for (const auto& [label, n] : counts.labels) {
      table.rows.push_back({query::Value("label"), query::Value(label), query::Value(static_cast<int64_t>(n))});
    }
    for (const auto& [type, n] : counts.types) {
      table.rows.push_back({query::Value("type"), query::Value(type), query::Value(static_cast<int64_t>(n))});
    }
    for (const auto& [key, n] : counts.keys) {
      table.rows.push_back({query::Value("property"), query::Value(key), query::Value(static_cast<int64_t>(n))});
    }
    format::WriteResult(table, session_.settings().format, std::cout);
  }

  QuerySession& session_;
  LineEditor editor_;
  cli::StatementSplitter splitter_;
  cli::Vocabulary vocabulary_;
  bool vocabulary_stale_ = true;
};

}  // namespace

int RunRepl(const std::string& db, const std::optional<Date>& as_of) {
  auto session = QuerySession::Open(db, QuerySession::Access::kWritable, std::cout, std::cerr);
  if (!session) return kExitFailure;
  QuerySession::Settings& settings = session->settings();
  settings.format = {.format = format::Format::kBox, .max_rows = 1000, .max_column_width = 60};
  settings.summary = true;
  settings.timing = true;
  settings.as_of = as_of;
  struct sigaction action = {};
  action.sa_handler = &OnInterrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a Ctrl-C at the prompt ends the pending read
  struct sigaction previous = {};
  sigaction(SIGINT, &action, &previous);
  Repl(*session).Run();
  sigaction(SIGINT, &previous, nullptr);
  return kExitOk;
}

}  // namespace cg::cli
