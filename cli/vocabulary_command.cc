#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/command.h"
#include "schema/vocabulary_doc.h"

namespace cg::cli {
namespace {

// Replaces the generated block of the Markdown file at `path`, writing a
// temporary file beside it and renaming it over the original.
int UpdateDocument(const std::string& path, const std::string& generated) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail(path + ": cannot read");
  std::stringstream text;
  text << in.rdbuf();
  std::optional<std::string> updated = WithVocabulary(text.str(), generated);
  if (!updated) {
    return Fail(path + ": expected the lines '" + std::string(kVocabularyBegin.substr(0, kVocabularyBegin.size() - 1)) +
                "' and '" + std::string(kVocabularyEnd.substr(0, kVocabularyEnd.size() - 1)) + "'");
  }
  const std::string temp = path + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << *updated;
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
  auto* cmd = app.add_subcommand("vocabulary", "Print the labels, relationship types and properties the database knows");
  auto update = std::make_shared<std::string>();
  cmd->add_option("--update", *update, "Rewrite the generated block of this Markdown file (docs/VOCABULARY.md)");
  return {cmd, [update]() -> int {
    const std::string generated = VocabularyMarkdown(Ontology::Default());
    if (!update->empty()) return UpdateDocument(*update, generated);
    std::cout << generated;
    return kExitOk;
  }};
}

}  // namespace cg::cli
