// Clause items over a name's other names: an acronym in parentheses and a nickname parenthesis
// after a mention become part of its item (clause.h FoldOtherNames).
#include "ingest/clause.h"
#include "ingest/clause_words.h"

namespace cg::ingest {

using namespace clause_words;  // NOLINT: the reader's own word lists

uint32_t Clause::FoldOtherNames(uint32_t i, uint32_t last, const std::vector<Mention>& mentions,
                                const ArticleGraph& graph, size_t* m) {
  if (mentions[items_.back().mention].entity < 0) return i;
  const int own = graph.Root(mentions[items_.back().mention].entity);
  // Mentions from *m that start before token `end` all name the same entity, covering [from, end)
  // when `covered`: their index after them, else kNone.
  auto same = [&](uint32_t from, uint32_t end, bool covered) -> size_t {
    size_t n = *m;
    for (; n < mentions.size() && mentions[n].first < end; ++n) {
      if (mentions[n].entity < 0 || graph.Root(mentions[n].entity) != own) return kNone;
      if (covered && mentions[n].first != from) return kNone;
      from = mentions[n].last;
    }
    return covered && from != end ? kNone : n;
  };
  // "Customs and Border Protection (CBP), a component of": another name of the same entity in
  // parentheses after a name is part of its item when an apposition follows (elsewhere the readers
  // step over parentheses themselves).
  if (i + 2 < last && t_[i].norm == "(") {
    uint32_t close = i + 1;
    while (close < last && close <= i + 6 && t_[close].norm != ")") ++close;
    const bool apposed = close + 2 < last && t_[close + 1].norm == "," && OneOf(t_[close + 2].norm, "a|an|the|one|which|who");
    if (close < last && t_[close].norm == ")" && apposed) {
      const bool acronym = close == i + 2 && t_[i + 1].is(Token::kAllCaps) && same(i + 1, close, false) == *m;
      const size_t n = acronym ? *m : same(i + 1, close, true);
      if (n != kNone && (acronym || n > *m)) {
        *m = n;
        items_.back().last = close + 1;
        i = close + 1;
      }
    }
  }
  // 'X, alias "A" or "B," a boss of Y': the nickname parenthesis is part of X's item, and the comma
  // that closes it an item (a quote after it none), so that what follows reads as said of X; 'X,
  // known as "El Teo," was seized': the parenthesis over, the verb follows its subject. Not before a
  // relative pronoun, whose antecedent the comma before it marks.
  const uint32_t end = AliasEnd(i, last);
  if (end == i) return i;
  const bool inner = t_[end - 1].norm == "\"" && t_[end - 2].norm == ",";  // 'A,"'
  const uint32_t after = inner ? end : end + 1;                            // the token after the comma
  const size_t n = same(i, end, false);
  if (n == kNone || (after < last && OneOf(t_[after].norm, "who|whom|whose"))) return i;
  *m = n;
  const bool apposition = after < last && (OneOf(t_[after].norm, kAppositionOpeners) ||
                                           t_[after].is(Token::kCapitalized) || t_[after].is(Token::kNumber));
  if (!apposition) {
    items_.back().last = after;
    return after;
  }
  items_.back().last = inner ? end - 2 : end;
  if (!inner) return end;
  items_.push_back(Item{end - 2, end - 1, -1});
  return end;
}

uint32_t Clause::AliasEnd(uint32_t i, uint32_t last) const {
  uint32_t k = i;
  if (k + 2 >= last || t_[k].norm != ",") return i;
  ++k;
  if (t_[k].norm == "also") ++k;
  if (k + 1 < last && t_[k].norm == "known" && t_[k + 1].norm == "as") {
    k += 2;
  } else if (k < last && OneOf(t_[k].norm, "alias|aka|a.k.a.|nicknamed|dubbed")) {
    ++k;
  } else {
    return i;
  }
  uint32_t end = i;
  while (k < last) {
    if (t_[k].norm == "\"") {  // a quoted name
      uint32_t close = k + 1;
      while (close < last && close <= k + 8 && t_[close].norm != "\"") ++close;
      if (close >= last || t_[close].norm != "\"" || close == k + 1) return i;
      k = end = close + 1;
    } else if (t_[k].is(Token::kCapitalized) && t_[k].word()) {  // "alias Mencho"
      while (k < last && (t_[k].is(Token::kCapitalized) || t_[k].norm == "-")) ++k;
      end = k;
    } else {
      return i;
    }
    if (k < last && OneOf(t_[k].norm, "or|and")) {
      ++k;
      continue;
    }
    break;
  }
  // The parenthesis closes with a comma, inside the quotes ('"A,"') or after them.
  if (end >= 2 && end > i && t_[end - 1].norm == "\"" && t_[end - 2].norm == ",") return end;
  return end < last && t_[end].norm == "," ? end : i;
}

}  // namespace cg::ingest
