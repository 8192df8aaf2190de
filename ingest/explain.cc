#include "ingest/explain.h"

#include <fmt/format.h>

#include <map>
#include <vector>

#include "ingest/document.h"
#include "ingest/extract.h"
#include "ingest/mentions.h"

namespace cg::ingest {
namespace {

std::string Props(const PropertyMap& props) {
  std::string out;
  for (const auto& [key, value] : props) {
    if (key == "hedged") continue;
    out += fmt::format("{}{}: {}", out.empty() ? " {" : ", ", key, value.ToString());
  }
  return out.empty() ? out : out + "}";
}

std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

std::string Name(const ArticleGraph& g, int e) { return e < 0 ? "?" : g.entities[g.Root(e)].name; }

std::string Label(const LocalEntity& e) { return e.refining.empty() ? e.primary : e.refining; }

std::string DescribeMention(const Document& doc, const std::vector<Token>& tokens, const ArticleGraph& g,
                            const Mention& m) {
  const std::string surface = OneLine(doc.text.substr(tokens[m.first].begin, tokens[m.last - 1].end - tokens[m.first].begin));
  switch (m.kind) {
    case Mention::Kind::kDate: return fmt::format("Date \"{}\" = {}", surface, m.date.ToString());
    case Mention::Kind::kMoney: return fmt::format("Money \"{}\" = {} {}", surface, m.amount, m.currency);
    case Mention::Kind::kDesignation: return fmt::format("Designation \"{}\"", surface);
    case Mention::Kind::kDemonym: return fmt::format("Nationality \"{}\" ({})", surface, m.value);
    case Mention::Kind::kEntity: break;
  }
  const int e = g.Root(m.entity);
  return fmt::format("{} \"{}\" = E{} {}{}", Label(g.entities[e]), surface, e, g.entities[e].name,
                     m.anaphoric ? " (coreference)" : "");
}

}  // namespace

Status ExplainFile(const std::string& path, const ExplainOptions& options, std::ostream& out) {
  const std::string dir = options.lexicon_dir.empty() ? CG_DEFAULT_LEXICON_DIR : options.lexicon_dir;
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<RuleSet> rules;
  Document doc;
  CG_RETURN_IF_ERROR(Lexicon::Load(dir, &lexicon));
  CG_RETURN_IF_ERROR(RuleSet::Load(dir, &rules));
  ExtractOptions extract;
  if (!options.date.empty()) {
    extract.default_date = Date::Parse(options.date);
    if (!extract.default_date) {
      return Status::InvalidArgument(fmt::format("--date {}: expected an ISO date such as 2026-02-22", options.date));
    }
  }
  CG_RETURN_IF_ERROR(LoadDocument(path, {}, &doc));
  std::vector<std::vector<Mention>> mentions;
  extract.min_confidence = options.min_confidence;
  extract.mentions_out = &mentions;
  const ArticleGraph g = Extract(doc, *lexicon, *rules, extract);
  const Segmented seg = Segment(doc.analysis, doc.body_begin, doc.analysis.size());

  std::map<uint32_t, std::vector<std::string>> lines;  // sentence -> explanation lines
  for (const LocalRelation& r : g.relations) {
    lines[r.source.sentence].push_back(fmt::format("  + {} {} -> {}{}  {:.2f}{}  {}", r.type, Name(g, r.from),
                                                   Name(g, r.to), Props(r.props), r.source.confidence,
                                                   r.source.hedged ? " hedged" : "", r.source.rule));
  }
  for (const Rejected& x : g.rejected) {
    const LocalRelation& r = x.relation;
    lines[r.source.sentence].push_back(fmt::format("  - {} {} -> {}{}  {}  rejected: {}", r.type, Name(g, r.from),
                                                   Name(g, r.to), Props(r.props), r.source.rule, x.reason));
  }
  for (const LocalFact& f : g.facts) {
    if (f.entity < 0) continue;
    lines[f.source.sentence].push_back(fmt::format("  = {}({}) = {}  {:.2f}{}  {}", f.key, Name(g, f.entity),
                                                   f.value.ToString(), f.source.confidence,
                                                   f.source.hedged ? " hedged" : "", f.source.rule));
  }
  out << fmt::format("article {}  date {}\n", path, g.date ? g.date->ToString() : "none (relative dates unresolved)");
  for (size_t s = 0; s < seg.sentences.size(); ++s) {
    const Sentence& sentence = seg.sentences[s];
    out << fmt::format("[s{}] {}\n", s, OneLine(doc.text.substr(sentence.begin, sentence.end - sentence.begin)));
    if (s < mentions.size() && !mentions[s].empty()) {
      std::string list;
      for (const Mention& m : mentions[s]) {
        list += (list.empty() ? "" : " | ") + DescribeMention(doc, seg.tokens, g, m);
      }
      out << "  mentions: " << list << '\n';
    }
    for (const std::string& line : lines[static_cast<uint32_t>(s)]) out << line << '\n';
  }
  return Status::OK();
}

}  // namespace cg::ingest
