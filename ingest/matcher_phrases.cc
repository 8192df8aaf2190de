// Sentence matcher's phrases (sentence_matcher.h): what an item is (an entity, an actor, a named
// person, bound) and where the phrases a pattern steps over begin and end -- clauses, appositions,
// glosses, adverbial clauses.
#include "ingest/sentence_matcher.h"

#include "ingest/vocabulary.h"

namespace cg::ingest {
namespace {

// Verbs after a list member that make it a new clause's subject ("..., and the U.S. played").
constexpr WordList kClauseVerbs =
    "is|are|was|were|has|have|had|will|would|said|says|played|confirmed|reported|announced|denied|did|does|can|"
    "could|may|might|must|should";
// The words an apposition opens with ("A, a broker, and B") and the punctuation no apposition crosses.
constexpr WordList kApposedDeterminers = "a|an|the|his|her|their|its";
constexpr WordList kPhraseBreaks = ".|;|:|--|(|)";
// Subordinating conjunctions that open an adverbial clause.
constexpr WordList kSubordinators = "after|when|before|because|while|until|although|though|whereas|whenever";

}  // namespace

bool SentenceMatcher::IsEntityItem(const Item& it) const {
  return it.mention >= 0 && mentions_[it.mention].kind == Mention::Kind::kEntity;
}

bool SentenceMatcher::IsActorItem(const Item& it) const {
  if (!IsEntityItem(it)) return false;
  const std::string& p = g_->entities[g_->Root(mentions_[it.mention].entity)].primary;
  return p == "Person" || p == "Organization" || p == "Place";
}

bool SentenceMatcher::IsNamedPerson(const Item& it) const {
  return IsEntityItem(it) && !mentions_[it.mention].anaphoric &&
         g_->entities[g_->Root(mentions_[it.mention].entity)].primary == "Person";
}

bool SentenceMatcher::IsBound(const Item& it, const Binding& b) const {
  const int e = g_->Root(mentions_[it.mention].entity);
  for (const auto& [name, bounds] : b.slots) {
    for (const Bound& bound : bounds) {
      if (bound.entity >= 0 && g_->Root(bound.entity) == e) return true;
    }
  }
  return false;
}

bool SentenceMatcher::StartsClause(size_t item) const {
  if (item + 1 >= items_.size()) return false;
  const Item& next = items_[item + 1];
  return next.mention < 0 && IsSingleWordOf(next, kClauseVerbs);
}

bool SentenceMatcher::ComplementOfNoun(size_t item) const {
  size_t p = item;
  while (p > 0 && (IsSingleToken(items_[p - 1], "the") || IsSingleToken(items_[p - 1], "a"))) --p;
  if (p < 2 || !(IsSingleToken(items_[p - 1], "of") || IsSingleToken(items_[p - 1], "to") ||
                 IsSingleToken(items_[p - 1], "for"))) {
    return false;  // "the wife of X", "a top aide to X", "an accountant for X"
  }
  const Item& noun = items_[p - 2];
  return noun.mention < 0 && noun.last == noun.first + 1 && t_[noun.first].word() &&
         !t_[noun.first].is(Token::kCapitalized);
}

bool SentenceMatcher::EndsPhrase(size_t item) const {
  if (item == 0 || item + 2 >= items_.size() || !IsSingleToken(items_[item + 1], ",")) return false;
  const Item& before = items_[item - 1];
  if (before.mention >= 0 || before.last != before.first + 1 || !t_[before.first].word() ||
      t_[before.first].is(Token::kCapitalized)) {
    return false;
  }
  const Item& next = items_[item + 2];
  if (next.mention >= 0 || next.last != next.first + 1) return false;
  const std::string& n = t_[next.first].norm;
  return n == "was" || n == "were" || n == "is" || n == "are" || n == "has" || n == "have" || n == "had";
}

size_t SentenceMatcher::PastApposition(size_t comma, uint64_t bits) const {
  if (comma + 2 >= items_.size() || !IsSingleToken(items_[comma], ",") || items_[comma + 1].mention >= 0 ||
      !IsSingleWordOf(items_[comma + 1], kApposedDeterminers)) {
    return comma;
  }
  for (size_t j = comma + 2; j < items_.size() && j <= comma + 12; ++j) {
    const Item& it = items_[j];
    // A member of the list's kind or a person inside is no apposition ("A, the Gulf Cartel, and B").
    if (it.mention >= 0 && (Accepts(j, bits) || IsNamedPerson(it))) return comma;
    if (IsSingleWordOf(it, kPhraseBreaks)) return comma;
    if (!IsSingleToken(it, ",")) continue;
    size_t m = j + 1;
    if (m < items_.size() && (IsSingleToken(items_[m], "and") || IsSingleToken(items_[m], "or"))) return j;
    // Without a conjunction, the next member must end the list or go on with it ("A, a trucking firm,
    // B and C"), not open a clause of its own.
    if (m < items_.size() && IsSingleToken(items_[m], "the")) ++m;
    const bool ends = m + 1 >= items_.size() || IsSingleWordOf(items_[m + 1], ",|.|;|:|and|or|(|--");
    return m < items_.size() && ends && Accepts(m, bits) ? j : comma;
  }
  return comma;
}

size_t SentenceMatcher::PastGloss(size_t item) const {
  if (item >= items_.size() || !IsSingleToken(items_[item], "(")) return item;
  for (size_t k = item + 1; k < items_.size() && k <= item + 10; ++k) {
    if (IsSingleToken(items_[k], ")")) return k > item + 1 ? k + 1 : item;
    if (items_[k].mention >= 0 || items_[k].last != items_[k].first + 1) return item;
  }
  return item;
}

bool SentenceMatcher::OpensAdverbialClause(const Item& it) const {
  return it.mention < 0 && IsSingleWordOf(it, kSubordinators);
}

bool SentenceMatcher::SkipsApposition(const Rule& rule) {
  const std::vector<PatternElem>& p = rule.pattern;
  return p.size() >= 4 && OpensWithComma(p[1]) && p[2].kind == PatternElem::Kind::kFreeGap && OpensWithComma(p[3]);
}

bool SentenceMatcher::OpensWithComma(const PatternElem& e) {
  if (e.kind != PatternElem::Kind::kWords || e.optional) return false;
  for (const auto& seq : e.alternatives) {
    if (seq.size() != 1 || seq[0] != CommaId()) return false;
  }
  return !e.alternatives.empty();
}

}  // namespace cg::ingest
