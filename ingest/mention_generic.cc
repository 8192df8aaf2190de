// Generic noun phrases that name a body, a program or a policy (see mention_finder.h Generic).
#include <string>

#include "ingest/clause.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"
#include "schema/normalize.h"

namespace cg::ingest {

int MentionFinder::NamedByHead(int last, const std::string& primary, std::string_view head) const {
  const auto named = [&](const LocalEntity& e) {
    for (const std::string& a : e.aliases) {
      const std::vector<std::string> words = NameNorms(a);
      if (!words.empty() && words.back() == head) return true;
    }
    return false;
  };
  const std::vector<LocalEntity>& entities = table_.graph().entities;
  if (named(entities[last])) return last;
  for (size_t k = entities.size(); k-- > 0;) {
    if (entities[k].primary == primary && table_.graph().Root(static_cast<int>(k)) == static_cast<int>(k) &&
        named(entities[k])) {
      return static_cast<int>(k);
    }
  }
  return last;
}

// Generic noun phrases: "a newly established U.S. military-led task force",
// "CJNG's drone warfare program", a strategy called the "kingpin approach".
size_t MentionFinder::Generic(const LexEntry* head, size_t i, size_t len, size_t first, size_t last,
                              std::vector<Mention>* out) {
  const std::string label(head->attr("label"));
  const size_t colon = label.find(':');
  const std::string primary = label.substr(0, colon);
  const std::string refining = colon == std::string::npos ? "" : label.substr(colon + 1);
  // "Task Force Bravo": a capitalized head before a name is that name's (StructuralOrg), no reference.
  if (refining == "TaskForce" && t_[i].is(Token::kCapitalized) && i + len < last && t_[i + len].word() &&
      t_[i + len].is(Token::kCapitalized) && !IsDeterminer(t_[i + len].norm)) {
    return 0;
  }
  // The "Remain in Mexico" policy: a quoted name right before the head names it.
  if (i >= first + 3 && t_[i - 1].norm == "\"") {
    size_t open = i - 2;
    while (open > first && open + 8 > i && t_[open].norm != "\"") --open;
    if (t_[open].norm == "\"" && open + 2 < i && t_[open + 1].is(Token::kCapitalized)) {
      while (!out->empty() && out->back().first > open) out->pop_back();
      const int e = table_.ByName(primary, refining, Text(open + 1, i - 1));
      table_.AddAlias(e, Text(open + 1, i - 1) + " " + Text(i, i + len));
      Push(out, open + 1, i + len, e);
      return len;
    }
  }
  // Modifiers back to a determiner; an adjacent country mention joins them.
  size_t mod_begin = i;
  int possessor = -1;
  size_t possessor_begin = i;
  while (mod_begin > first) {
    const Token& p = t_[mod_begin - 1];
    if (!out->empty() && out->back().last == mod_begin && out->back().kind == Mention::Kind::kEntity) {
      const LocalEntity& ent = table_.graph().entities[out->back().entity];
      // "U.S. task force", "U.S. military-led task force": the country or unit is a modifier.
      const bool compound = mod_begin < i && t_[mod_begin].norm == "-";
      if (ent.refining == "Country" || (compound && ent.primary == "Organization")) {
        mod_begin = out->back().first;
        out->pop_back();
        continue;
      }
      break;
    }
    if (p.norm == "'s" && !out->empty() && out->back().last == mod_begin - 1 &&
        out->back().kind == Mention::Kind::kEntity) {
      possessor = out->back().entity;
      possessor_begin = out->back().first;
      break;
    }
    if (!(p.word() || p.norm == "-") || IsDeterminer(p.norm) || (p.word() && p.is(Token::kNumber))) break;
    if (p.word() && (p.norm == "and" || p.norm == "or" || p.norm == "of" || p.norm == "in" || p.norm == "to" ||
                     p.norm == "for" || p.norm == "with" || p.norm == "from" || p.norm == "by"))
      break;
    --mod_begin;
  }
  // Drop leading lower-case words before the first capitalized one ("newly established U.S. ...").
  size_t name_begin = mod_begin;
  for (size_t k = mod_begin; k < i; ++k) {
    if (t_[k].is(Token::kCapitalized)) {
      name_begin = k;
      break;
    }
  }
  while (name_begin < i && t_[name_begin].norm.ends_with("ly")) ++name_begin;
  std::string name = Text(name_begin, i + len);
  std::vector<std::string> mods;
  for (size_t k = name_begin; k < i; ++k) {
    if (t_[k].word()) mods.push_back(t_[k].norm);
  }
  // "a strategy called the "kingpin approach""
  size_t end = i + len;
  if (end + 1 < last && (t_[end].norm == "called" || t_[end].norm == "dubbed" || t_[end].norm == "named")) {
    size_t q = end + 1;
    if (q < last && t_[q].norm == "the") ++q;
    if (q < last && t_[q].norm == "\"") {
      size_t close = q + 1;
      while (close < last && t_[close].norm != "\"") ++close;
      if (close < last && close - q > 1 && close - q <= 6) {
        const int e = table_.ByName(primary, refining, Text(q + 1, close));
        Push(out, q + 1, close, e);
        return close + 1 - i;
      }
    }
  }
  const bool merge_only = head->attr("mode") == "merge";
  // Merge with an entity of the same label this article already has, when
  // it shares the head or a modifier.
  int e = -1;
  // "an ATF program", "a program": another organization's or an indefinite one is not the last named.
  const bool other_owner = possessor < 0 && !out->empty() && out->back().last == mod_begin;
  const bool indefinite = mod_begin > first && (t_[mod_begin - 1].norm == "a" || t_[mod_begin - 1].norm == "an");
  int cand = table_.LastOf(refining.empty() ? primary : refining, false);
  // "the initiative" after "the Merida Initiative ... Operation Michoacán": the last one named by
  // that head word, when the last of the label is not.
  if (cand >= 0 && mods.empty() && refining.empty()) cand = NamedByHead(cand, primary, t_[i + len - 1].norm);
  if (cand >= 0) {
    const LocalEntity& c = table_.graph().entities[cand];
    bool shares = refining == "TaskForce" || (mods.empty() && !other_owner && !indefinite);
    // A name of capitalized words ("Southern Border Program") is another body's ("Border Security
    // Program") unless one of its names holds every word of it.
    bool proper = !mods.empty();
    for (size_t k = name_begin; k < i; ++k) proper &= !t_[k].word() || t_[k].is(Token::kCapitalized);
    for (const std::string& a : c.aliases) {
      const std::vector<std::string> words = NameNorms(a);
      bool all = true;
      for (const std::string& m : mods) all &= std::find(words.begin(), words.end(), m) != words.end();
      for (const std::string& w : words) {
        shares |= std::find(mods.begin(), mods.end(), w) != mods.end() && (!proper || all);
      }
    }
    if (shares) e = cand;
  }
  if (e < 0) {
    // A new entity needs a name: a capitalized modifier or an owner ("CJNG's drone
    // program"); "a counter narcotics sanctions program" names none.
    bool named = possessor >= 0;
    for (size_t k = name_begin; k < i; ++k) named |= t_[k].is(Token::kCapitalized);
    if (merge_only || mods.empty() || !named) return 0;
    e = table_.ByName(primary, refining, name);
  } else if (!mods.empty()) {
    table_.AddAlias(e, name);
  }
  if (possessor >= 0) {
    table_.AddAlias(e, Text(possessor_begin, i + len));
    const std::string owner = table_.graph().entities[possessor].name;
    table_.AddAlias(e, owner + " " + name);
  }
  Push(out, possessor >= 0 ? possessor_begin : mod_begin, i + len, e);
  return len;
}

}  // namespace cg::ingest
