// cartelgraph explain FILE: what ingest reads in an article, sentence by
// sentence, with the rule and confidence of every fact and the reason for
// every candidate turned down (ingest/explain.h). Writes nothing.
#include <iostream>

#include "cli/command.h"
#include "ingest/explain.h"

namespace cg::cli {

Command AddExplainCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand("explain", "Show what ingest reads in an article and why (mentions, facts, rules)");
  struct Args {
    std::string path, date, lexicon;
    float min_confidence = 0.0f;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("--date", args->date, "Article date when neither front matter nor a dateline gives one (ISO)");
  cmd->add_option("--lexicon", args->lexicon, "Folder of lexicon and rule files (default: the bundled lexicon/)");
  cmd->add_option("--min-confidence", args->min_confidence, "Show facts under this confidence as rejected")
      ->check(CLI::Range(0.0f, 1.0f));
  cmd->add_option("file", args->path, "The article (text or Markdown)")->required();
  return {cmd, [args]() -> int {
    ingest::ExplainOptions options;
    options.lexicon_dir = args->lexicon;
    options.min_confidence = args->min_confidence;
    options.date = args->date;
    const Status s = ingest::ExplainFile(args->path, options, std::cout);
    if (!s.ok()) return Fail(s.ToString());
    return kExitOk;
  }};
}

}  // namespace cg::cli
