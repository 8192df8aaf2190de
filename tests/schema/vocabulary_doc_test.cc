#include "schema/vocabulary_doc.h"

#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

using cg::GeneratedBlock;
using cg::Ontology;
using cg::VocabularyMarkdown;
using cg::kVocabularyMarkers;
using cg::WithGeneratedBlock;

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

TEST_CASE("docs/VOCABULARY.md holds the vocabulary the ontology enforces") {
  const std::string path = std::string(CG_SOURCE_DIR) + "/docs/VOCABULARY.md";
  std::optional<std::string> block = GeneratedBlock(ReadFile(path), kVocabularyMarkers);
  REQUIRE_MESSAGE(block.has_value(), path << " lacks the generated block's markers");
  CHECK_MESSAGE(*block == VocabularyMarkdown(Ontology::Default()),
                path << " is out of date: run `build/cartelgraph vocabulary --update docs/VOCABULARY.md`");
}

TEST_CASE("the generated tables name every label, refinement, type and allowed value") {
  const Ontology& ontology = Ontology::Default();
  const std::string text = VocabularyMarkdown(ontology);
  for (const auto& label : ontology.labels()) {
    CHECK(text.find("| `" + label.name + "` |") != std::string::npos);
    for (const auto& r : label.refinements) CHECK(text.find("`" + r.name + "`: ") != std::string::npos);
  }
  for (const auto& type : ontology.types()) CHECK(text.find("| `" + type.name + "` |") != std::string::npos);
  CHECK(text.find("| `LEADS` | Person → Organization |") != std::string::npos);
  CHECK(text.find("`end_cause` string (`killed`, `arrested`, `extradited`, `died`, `replaced`)") != std::string::npos);
  CHECK(text.find("| `MENTIONED_IN` | any → Article |") != std::string::npos);
}

TEST_CASE("the generated block is replaced in place and found again") {
  const std::string doc = std::string("# Title\nprose\n") + std::string(kVocabularyMarkers.begin) + "old\n" +
                          std::string(kVocabularyMarkers.end) + "after\n";
  std::optional<std::string> updated = WithGeneratedBlock(doc, kVocabularyMarkers, "new table\n");
  REQUIRE(updated.has_value());
  CHECK(updated->starts_with("# Title\nprose\n"));
  CHECK(updated->ends_with("after\n"));
  CHECK(GeneratedBlock(*updated, kVocabularyMarkers) == std::optional<std::string>("new table\n"));
  CHECK_FALSE(WithGeneratedBlock("no markers here\n", kVocabularyMarkers, "x").has_value());
  CHECK_FALSE(GeneratedBlock(std::string(kVocabularyMarkers.begin) + "unterminated", kVocabularyMarkers).has_value());
}
