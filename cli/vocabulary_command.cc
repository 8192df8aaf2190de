#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <utility>
#include <vector>

#include "cli/command.h"
#include "query/procedures/procedures_doc.h"
#include "schema/vocabulary_doc.h"

namespace cg::cli {
namespace {

// Replaces the generated blocks of the Markdown file at `path`, writing a
// temporary file beside it and renaming it over the original.
int UpdateDocument(const std::string& path, const std::vector<std::pair<BlockMarkers, std::string>>& blocks) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail(path + ": cannot read");
  std::stringstream text;
  text << in.rdbuf();
  std::string updated = text.str();
  for (const auto& [markers, generated] : blocks) {
    std::optional<std::string> next = WithGeneratedBlock(updated, markers, generated);
    if (!next) {
      return Fail(path + ": expected the lines '" + std::string(markers.begin.substr(0, markers.begin.size() - 1)) +
                  "' and '" + std::string(markers.end.substr(0, markers.end.size() - 1)) + "'");
    }
    updated = std::move(*next);
  }
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << updated;
    if (!out.flush()) return Fail(temp + ": cannot write");
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) return Fail(path + ": cannot replace: " + ec.message());
  std::cout << "updated " << path << '\n';
  return kExitOk;
}

}  // namespace

Command AddVocabularyCommand(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "vocabulary", "Print the labels, relationship types and properties the database knows, and the procedures");
  auto update = std::make_shared<std::string>();
  cmd->add_option("--update", *update, "Rewrite the generated block of this Markdown file (docs/VOCABULARY.md)");
  return {cmd, [update]() -> int {
    const std::string vocabulary = VocabularyMarkdown(Ontology::Default());
    const std::string procedures = query::ProceduresMarkdown(query::BuiltinProcedures());
    if (!update->empty()) {
      return UpdateDocument(*update, {{kVocabularyMarkers, vocabulary}, {query::kProceduresMarkers, procedures}});
    }
    std::cout << vocabulary << "\n## Procedures\n\n" << procedures;
    return kExitOk;
  }};
}

}  // namespace cg::cli
