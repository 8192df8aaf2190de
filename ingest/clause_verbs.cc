// Clause (clause.h): the verb group before a verb, the subject it may lack, and an act word used
// as a noun.
#include "ingest/clause.h"
#include "ingest/clause_words.h"

namespace cg::ingest {

using namespace clause_words;  // NOLINT: the reader's own word lists

size_t Clause::BeforeVerbGroup(size_t i) const {
  // "The two governments today established": a day word before the verb is an adverb too.
  auto day_word = [&](size_t k) {
    const Mention* m = mention(k);
    return m && m->kind == Mention::Kind::kDate && items_[k].last == items_[k].first + 1 &&
           OneOf(t_[items_[k].first].norm, "today|yesterday|tonight");
  };
  size_t j = i;
  while (j > 0 && (IsAny(j - 1, kBe) || IsAny(j - 1, kAdverbs) || day_word(j - 1))) {
    // "Both were extradited": "both" opening the clause is its subject, not an adverb ("were both").
    if (j == 1 && Is(0, "both")) break;
    --j;
  }
  return j == 0 ? kNone : j - 1;
}

bool Clause::UnnamedSubject(size_t i) const {
  const size_t p = BeforeVerbGroup(i);
  if (p == kNone) return false;
  bool be = false;  // a reduced relative ("a student murdered by") has no subject of its own
  for (size_t k = p + 1; k < i; ++k) be |= IsAny(k, kBe);
  if (!be) return false;
  const Mention* m = mention(p);
  // "the wife of X was detained": the subject is the noun X complements.
  if (m && m->kind == Mention::Kind::kEntity && PersonComplement(p)) return true;
  if (m) return m->kind == Mention::Kind::kDemonym;  // "23,000 Mexicans have been killed"
  // "X led the cartel until 2003 and was extradited": a coordinated verb phrase shares a subject.
  if (!t_[items_[p].first].word() || IsAny(p, "who|which|that|whom|and")) return false;
  // "X and two of her sons were killed": the unnamed ones are coordinated with a named person.
  for (size_t k = p; k > 0 && p - k < 6; --k) {
    if (Is(k, "and")) return EntityAs(k - 1, "Person") < 0;
    if (!PlainWord(k) && !(mention(k) && mention(k)->anaphoric)) break;
  }
  return true;
}

bool Clause::Nominal(size_t i) const {
  if (i + 1 < items_.size() && Is(i + 1, "of")) return true;
  if (i == 0) return false;
  // "the ambush that killed X": a past tense after a relative "that" is a verb.
  if (Is(i - 1, "that") && items_[i].last == items_[i].first + 1 && t_[items_[i].first].norm.ends_with("ed")) return false;
  if (IsAny(i - 1, kDeterminers)) return true;
  const Mention* m = mention(i - 1);
  return m && m->kind == Mention::Kind::kDate && i >= 2 && IsAny(i - 2, kDeterminers);  // "the September extradition"
}

bool Clause::PluralAfterWho(size_t j, size_t verb) const {
  size_t k = j + 1;
  while (k < verb && IsAny(k, "now|currently|jointly|still|also|allegedly|reportedly|together")) ++k;
  if (k >= items_.size() || mention(k) || !t_[items_[k].first].word()) return false;
  const std::string_view w = Norm(k);
  if (OneOf(w, "are|were|have")) return true;
  // A plain present form ("lead", "run"), not a past one ("led", "ran", "founded") nor a modal.
  return k == verb && w.size() > 2 && !w.ends_with("s") && !w.ends_with("ed") &&
         !OneOf(w, "led|ran|took|oversaw|built|became|made|held|kept|set|grew|rose|fought|will|would|can|could|may|might|must|should");
}

}  // namespace cg::ingest
