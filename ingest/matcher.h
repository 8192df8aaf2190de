// Matcher: runs the relation rules (rules.h) over one sentence's tokens and
// mentions and records what they state in the ArticleGraph.
//
// A slot binds a mention whose entity carries the slot's label. A country
// bound where an Organization is expected stands for its government
// ("cooperation with the U.S."). List slots bind every member of "A, B and
// C". Each match of a rule yields its outputs once per combination of list
// members; relationships and facts carry Source{sentence, rule id, confidence}.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ingest/article_graph.h"
#include "ingest/mentions.h"
#include "ingest/rules.h"

namespace cg::ingest {

// What the sentence's context offers the @ endpoints of rule outputs.
struct SentenceContext {
  int focus_event = -1;                 // @event: the paragraph's event (-1: the article's main one)
  std::map<std::string, int> previous;  // @last:Label: the last entity of each label named before
};

// Placeholder for "the article's main event", resolved after event clustering.
inline constexpr int kMainEvent = -2;

void ApplyRules(const RuleSet& rules, const std::vector<Token>& tokens, const std::string& text, uint32_t sentence_index,
                const Sentence& sentence, const std::vector<Mention>& mentions, const SentenceContext& context,
                ArticleGraph* graph);

}  // namespace cg::ingest
