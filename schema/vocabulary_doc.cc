#include "schema/vocabulary_doc.h"

#include <fmt/format.h>

namespace cg {
namespace {

std::string Properties(const std::vector<PropertyDef>& properties) {
  std::string out;
  for (const auto& p : properties) {
    if (!out.empty()) out += ", ";
    out += fmt::format("`{}` {}", p.name, PropertyTypeName(p.type));
    if (!p.allowed.empty()) {
      std::string values;
      for (const auto& v : p.allowed) values += (values.empty() ? "`" : ", `") + v + "`";
      out += " (" + values + ")";
    }
  }
  return out.empty() ? "—" : out;
}

std::string Ends(const std::vector<std::string>& labels) {
  if (labels.empty()) return "any";
  std::string out;
  for (const auto& l : labels) out += (out.empty() ? "" : " or ") + l;
  return out;
}

}  // namespace

std::string VocabularyMarkdown(const Ontology& ontology) {
  std::string out = fmt::format("Vocabulary version {}.\n\n", ontology.version());
  out += "### Node labels\n\n| label | what | refining labels | properties |\n|---|---|---|---|\n";
  for (const auto& l : ontology.labels()) {
    std::string refinements;
    for (const auto& r : l.refinements) {
      refinements += fmt::format("{}`{}`: {}", refinements.empty() ? "" : "; ", r.name, r.description);
    }
    out += fmt::format("| `{}` | {} | {} | {} |\n", l.name, l.description,
                       refinements.empty() ? "—" : refinements, Properties(l.properties));
  }
  out += "\n### Relationship types\n\n| type | from → to | reading | properties |\n|---|---|---|---|\n";
  for (const auto& t : ontology.types()) {
    out += fmt::format("| `{}` | {} → {} | {} | {} |\n", t.name, Ends(t.from), Ends(t.to), t.description,
                       Properties(t.properties));
  }
  return out;
}

namespace {

// Offsets of the text between the markers: [begin, end).
std::optional<std::pair<size_t, size_t>> Block(std::string_view document, const BlockMarkers& markers) {
  const size_t begin = document.find(markers.begin);
  if (begin == std::string_view::npos) return std::nullopt;
  const size_t body = begin + markers.begin.size();
  const size_t end = document.find(markers.end, body);
  if (end == std::string_view::npos) return std::nullopt;
  return std::make_pair(body, end);
}

}  // namespace

std::optional<std::string> GeneratedBlock(std::string_view document, const BlockMarkers& markers) {
  auto block = Block(document, markers);
  if (!block) return std::nullopt;
  return std::string(document.substr(block->first, block->second - block->first));
}

std::optional<std::string> WithGeneratedBlock(std::string_view document, const BlockMarkers& markers,
                                              std::string_view generated) {
  auto block = Block(document, markers);
  if (!block) return std::nullopt;
  std::string out(document.substr(0, block->first));
  out += generated;
  out += document.substr(block->second);
  return out;
}

}  // namespace cg
