// Extract: one document in, its ArticleGraph out. The pipeline, each stage in
// its own file: segmentation (sentences.h), dates (dates.h), mentions and
// light coreference (mentions.h), relation rules (rules.h, matcher.h), then
// event clustering and the inferences every article gets (a killed leader's
// LEADS ends; a cartel operates where its attacks happen).
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/article_graph.h"
#include "ingest/document.h"
#include "ingest/lexicon.h"
#include "ingest/rules.h"

namespace cg::ingest {

struct Mention;

struct ExtractOptions {
  // The article date when neither front matter nor a dateline gives one.
  std::optional<Date> default_date;
  // The primary label of an entity the database already knows by this name,
  // or "" (lets a later article recognize "Sheinbaum" alone).
  std::function<std::string(std::string_view name)> known_label;
  // Facts read with a lower confidence are not asserted (ArticleGraph::rejected).
  float min_confidence = 0.0f;
  // When set, receives the mentions of each sentence (explain.h shows them).
  std::vector<std::vector<Mention>>* mentions_out = nullptr;
};

// A person fact "leads_end = killed|arrested|extradited|died" (set by rules)
// ends the person's open LEADS: until = the date of death (or the article's
// date), end_cause = the strongest cause stated. It is not a node property.
inline constexpr std::string_view kLeadsEnd = "leads_end";
std::string LeadsEndCause(const ArticleGraph& graph, int person);
// killed 0 < extradited 1 < arrested 2 < died 3 (< anything else 4): the more
// specific cause wins when several are stated.
int LeadsEndRank(std::string_view cause);

ArticleGraph Extract(const Document& doc, const Lexicon& lexicon, const RuleSet& rules, const ExtractOptions& options);

}  // namespace cg::ingest
