#include "ingest/event_targets.h"

namespace cg::ingest {

size_t PersonOfRole(const FrameContext& c, size_t t) {
  const Clause& cl = c.clause;
  // "the leader of the Zetas, X": a role noun before "of" counts as one after the name; so does one
  // over adjectives ("the leader of the brutal Zetas drug cartel, X").
  size_t before = t;
  for (int n = 0; n < 3 && before > 1 && cl.PlainWord(before - 1) && !cl.IsAny(before - 1, "of|the|a|an|and|or"); ++n) {
    --before;
  }
  if (before > 0 && cl.Is(before - 1, "the")) --before;
  bool role = before >= 2 && cl.Is(before - 1, "of") && c.WordAt(before - 2, "role");
  for (size_t k = t + 1; k < cl.size() && k <= t + 6 && !cl.Break(k); ++k) {
    if (cl.EntityAs(k, "Person") >= 0) return role ? k : kNone;
    if (cl.mention(k)) return kNone;
    size_t length = 0;
    if (c.WordAt(k, "role", &length)) {
      role = true;
      // "the CJNG's second-in-command, X": over the role's own words.
      for (const uint32_t stop = cl.item(k).first + length; k + 1 < cl.size() && cl.item(k + 1).first < stop;) ++k;
    } else if (c.tokens[cl.item(k).first].word() &&
               !cl.IsAny(k, "cartel|top|senior|former|alleged|reputed|suspected|notorious|co")) {
      return kNone;
    }
  }
  return kNone;
}

size_t HolderOfPersonsRole(const FrameContext& c, size_t t) {
  const Clause& cl = c.clause;
  if (cl.EntityAs(t, "Person") < 0 || !cl.Is(t + 1, "'s")) return kNone;
  size_t k = t + 2;
  bool described = false;  // the description's last word a role or kinship noun
  for (int n = 0; n < 4 && k < cl.size() && cl.PlainWord(k); ++n, ++k) {
    const uint32_t first = cl.item(k).first;
    described = c.WordAt(k, "role") || !c.lexicon.MatchAt(c.tokens, first, c.sentence.last_token, "kin").empty();
  }
  if (!described) return kNone;
  const bool comma = cl.Is(k, ",");
  if (comma) ++k;
  if (cl.EntityAs(k, "Person") < 0 || cl.Anaphoric(k)) return kNone;
  // A comma apposition closes ("X's bodyguard, Y, and") or ends the clause.
  return !comma || k + 1 >= cl.size() || cl.IsAny(k + 1, ",|.|;|and|in|on|at|near|during|after") || cl.Break(k + 1)
             ? k
             : kNone;
}

bool Tally(const FrameContext& c, size_t t) {
  const std::vector<Token>& tk = c.tokens;
  const uint32_t end = c.sentence.last_token;
  for (uint32_t k = c.clause.item(t).last; k + 1 < end; ++k) {
    const std::string_view w = tk[k].norm, next = tk[k + 1].norm;
    if ((w == "this" && OneOf(next, "year|month|week")) || (w == "so" && next == "far") || (w == "to" && next == "date") ||
        OneOf(w, "since|throughout") || (OneOf(w, "over|in") && next == "the" && k + 2 < end && tk[k + 2].norm == "past")) {
      return true;
    }
  }
  return false;
}

std::vector<size_t> Including(const FrameContext& c, size_t i, std::string_view labels) {
  const Clause& cl = c.clause;
  std::vector<size_t> out;
  size_t k = i + 1;
  const auto among = [&](size_t j) { return cl.Is(j, "among") && cl.IsAny(j + 1, "them|those"); };
  while (k < cl.size() && k <= i + 30 && !cl.Break(k) && !cl.Is(k, "including") && !among(k)) ++k;
  // "is designating eight organizations as Foreign Terrorist Organizations: A, B, and C": a list
  // after a colon names each target, persons or organizations; so does "six cartels, among them A
  // and B".
  const bool colon = cl.Is(k, ":") && k + 1 < cl.size();
  const bool named_set = among(k);
  if (k >= cl.size() || (!cl.Is(k, "including") && !colon && !named_set)) return out;
  if (named_set) {
    ++k;  // "them": the list opens right after it ("among them a brother-in-law of X" names none)
    const size_t first = k + 1 + (cl.Is(k + 1, "the") ? 1 : 0);
    if (cl.EntityAs(first, labels) < 0) return out;
  }
  for (++k; k < cl.size() && !cl.Break(k); ++k) {
    if (!out.empty() && (cl.IsAny(k, "--|—|–") || cl.IsAny(k, "who|which|that"))) break;
    if (named_set && !out.empty() && cl.Is(k, ",") && !cl.IsAny(k + 1, "and|or") && cl.EntityAs(k + 1, labels) < 0) break;
    // "the Camorra of Italy, ...", "Colombia's Minister of the Interior X": a country that qualifies a
    // member or possesses it is none.
    if (cl.EntityAs(k, "Country") >= 0 && ((k >= 2 && cl.Is(k - 1, "of") && cl.IsEntity(k - 2)) || cl.Is(k + 1, "'s"))) {
      continue;
    }
    // "among them Gulf cartel leader X": the group of a role compound names the person after it.
    if (cl.EntityAs(k, "Organization") >= 0 && PersonOfRole(c, k) != kNone) continue;
    // "listed seven groups as terrorist entities, including A, B and C": organizations where an act may
    // target them (a designation), persons otherwise.
    const bool organization = labels.find("Organization") != std::string_view::npos && cl.EntityAs(k, "Organization") >= 0 &&
                              cl.EntityAs(k, "Place") < 0;  // not a country ("to the United States")
    if ((colon || named_set || organization || cl.EntityAs(k, "Person") >= 0) && cl.EntityAs(k, labels) >= 0) out.push_back(k);
  }
  return colon && out.size() < 2 ? std::vector<size_t>{} : out;
}

std::vector<size_t> DashedList(const FrameContext& c, size_t i, std::string_view labels) {
  const Clause& cl = c.clause;
  // (a dash: one token, or "--" written as two hyphens)
  const auto dash = [&](size_t j) { return cl.IsAny(j, "--|—|–") || (cl.Is(j, "-") && cl.Is(j + 1, "-")); };
  size_t k = i + 1;
  while (k < cl.size() && k <= i + 10 && !cl.Break(k) && !dash(k) && !cl.Is(k, ",")) ++k;
  if (!dash(k)) return {};
  if (cl.Is(k, "-")) ++k;
  const size_t head = k + 1 + (cl.Is(k + 1, "the") ? 1 : 0);
  if (cl.EntityAs(head, labels) < 0) return {};
  std::vector<size_t> list = cl.Coordinated(head, labels);
  const size_t after = list.back() + 1;
  if (list.size() < 2 || !(dash(after) || cl.Is(after, "as") || cl.Break(after))) return {};
  return list;
}

// "..., and his brother, Y, fled to Durango": the name set off by commas is the subject of the verb
// after it, a clause of its own, not one more object.
static bool PredicateAfter(const FrameContext& c, size_t j) {
  const Clause& cl = c.clause;
  if (!cl.Is(j + 1, ",") || !cl.PlainWord(j + 2)) return false;
  const Token& w = c.tokens[cl.item(j + 2).first];
  if (w.is(Token::kCapitalized)) return false;
  return (w.norm.ends_with("ed") && w.norm.size() > 4) ||
         cl.IsAny(j + 2, "said|says|is|was|are|were|has|have|had|remains|remain|fled|told|will|would|could|can|may|might");
}

std::vector<size_t> AcrossAppositions(const FrameContext& c, size_t t, std::string_view labels, bool listed) {
  const Clause& cl = c.clause;
  std::vector<size_t> out;
  size_t k = t;
  while (cl.Is(k + 1, ",")) {
    size_t j = k + 1, steps = 0;
    // "designated the cartel's accountant, A, and its security chief, B": in a list of designees a
    // name apposed to its description goes on at once.
    if (!listed || !cl.IsAny(k + 2, "and|or")) {
      for (j = k + 2; j < cl.size() && steps < 16 && !cl.Break(j) && !cl.Is(j, ","); ++j, ++steps) {
        if (cl.EntityAs(j, "Person") >= 0) return out;  // a person inside: not an apposition
      }
    }
    // "extradited A, a leader of X, in September, and B, its security chief, in May": past the date
    // each act was done on.
    if (cl.Is(j, ",") && cl.IsAny(j + 1, "in|on") && cl.mention(j + 2) && cl.mention(j + 2)->kind == Mention::Kind::kDate &&
        cl.Is(j + 3, ",")) {
      j += 3;
    }
    if (!cl.Is(j, ",") || !cl.IsAny(j + 1, "and|or")) return out;
    j += 2;
    if (cl.Is(j, "the")) ++j;
    // "... and his brother-in-law, B, the leader of Z": over a relative's description.
    if (cl.IsAny(j, "his|her|their|its")) {
      size_t m = j + 1;
      while (m <= j + 6 && (cl.PlainWord(m) || cl.Is(m, "-"))) ++m;  // "brother-in-law"
      if (m > j + 1 && cl.Is(m, ",")) j = m + 1;
    }
    if (j >= cl.size() || cl.EntityAs(j, labels) < 0 || PredicateAfter(c, j)) return out;
    out.push_back(j);
    k = j;
  }
  return out;
}

std::vector<size_t> SemicolonList(const FrameContext& c, size_t t, std::string_view labels) {
  const Clause& cl = c.clause;
  std::vector<size_t> out;
  for (size_t k = t;;) {
    size_t j = k + 1;
    while (j < cl.size() && j <= k + 40 && !cl.Is(j, ";") && !(cl.Break(j) && !cl.Is(j, ";"))) ++j;
    if (j >= cl.size() || !cl.Is(j, ";")) return out;
    ++j;
    if (cl.Is(j, "and")) ++j;
    const bool closed = j + 1 >= cl.size() || cl.Is(j + 1, ",") || cl.Break(j + 1);
    if (j >= cl.size() || cl.EntityAs(j, labels) < 0 || !closed) return out;
    out.push_back(j);
    k = j;
  }
}

// "five individuals linked to the Sinaloa Cartel", "17 targets — 15 individuals and two companies —
// that are linked to X": the group the unnamed targets belong to.
namespace {

// "A senior member of X", "a high-ranking Gulf Cartel member": is the noun of members at item n one
// person's, "a|an|one" opening its phrase over a few plain words?
bool OneMember(const Clause& cl, size_t n) {
  if (!cl.Is(n, "member")) return false;
  for (size_t k = n, d = 0; k-- > 0 && d < 6; ++d) {  // "a high-ranking member": over the hyphen too
    if (cl.IsAny(k, "a|an|one")) return true;
    if (!cl.PlainWord(k) && !cl.Is(k, "-") && !(cl.EntityAs(k, "Cartel") >= 0 && k + 1 == n)) return false;
  }
  return false;
}

}  // namespace

bool LinkedToGroup(const FrameContext& c, size_t item) {
  const Clause& cl = c.clause;
  size_t k = item;
  if (k >= 2 && cl.Is(k - 1, "'s") && cl.EntityAs(k - 2, "Country") >= 0) k -= 2;  // "members of Mexico's X"
  if (k > 0 && cl.IsAny(k - 1, "the")) --k;
  // "six members of X" (not "a senior member of X": one person, named apart if at all).
  if (k >= 2 && cl.Is(k - 1, "of") && cl.IsAny(k - 2, kGroupWords)) return !OneMember(cl, k - 2);
  // "companies that launder proceeds for X", "individuals who work for X", "individuals who supply
  // fentanyl precursors to X": the group noun's clause.
  if (k >= 4 && cl.IsAny(k - 1, "for|to")) {
    size_t r = k - 2;
    bool supply = false;
    for (int n = 0; r > 1 && n < 4 && cl.PlainWord(r) && !cl.IsAny(r, "that|who|which"); ++n, --r) {
      supply |= cl.IsAny(r, "supply|supplies|supplied|sell|sells|sold|provide|provides|provided|ship|ships|shipped");
    }
    // Over the place: "companies based in Jalisco that launder", "companies in Puerto Vallarta,
    // Jalisco, that launder".
    size_t noun = r - 1;
    if (cl.Is(noun, ",") && noun >= 1) --noun;
    if (noun >= 2 && cl.mention(noun) && cl.Is(noun - 1, ",") && cl.mention(noun - 2)) noun -= 2;
    if (noun >= 2 && cl.mention(noun) && cl.IsAny(noun - 1, "in|at")) {
      noun -= 2;
      if (noun >= 1 && cl.IsAny(noun, "based|operating|located|registered|headquartered")) --noun;
    }
    if ((cl.Is(k - 1, "for") || supply) && cl.IsAny(r, "that|who|which") && cl.IsAny(noun, kGroupWords)) return true;
  }
  if (k < 3 || !cl.IsAny(k - 1, "to|with|of") ||
      !cl.IsAny(k - 2, "linked|tied|connected|belonging|affiliated|associated|members")) {
    return false;
  }
  k -= 3;
  while (k > 0 && cl.IsAny(k, "that|who|which|are|were|is|was|all|directly|indirectly|allegedly|reportedly")) --k;
  if (cl.IsAny(k, "--|—|–")) {  // a parenthesis between dashes after the group noun
    size_t open = k;
    while (open > 0 && open + 12 > k && !cl.IsAny(open - 1, "--|—|–")) --open;
    if (open == 0 || open + 12 <= k) return false;
    k = open - 2;
  }
  return cl.IsAny(k, kGroupWords);
}

// Does a noun of members follow item t ("X members", "the group's leaders")?
bool MembersAfter(const Clause& cl, size_t t) {
  if (cl.IsAny(t + 1, kGroupWords)) return !OneMember(cl, t + 1);
  return cl.Is(t + 1, "'s") && cl.IsAny(t + 2, kGroupWords) && !OneMember(cl, t + 2);
}

size_t GroupOfMembersAt(const FrameContext& c, size_t from) {
  const Clause& cl = c.clause;
  for (size_t k = from; k < cl.size() && k <= from + 6; ++k) {
    if (cl.IsAny(k, kGroupWords)) {
      const size_t group = k + 1 + (cl.Is(k + 2, "the") ? 1 : 0) + 1;
      return cl.Is(k + 1, "of") && group < cl.size() && cl.EntityAs(group, "Cartel") >= 0 && LinkedToGroup(c, group)
                 ? group
                 : kNone;
    }
    if (!cl.PlainWord(k) && !(cl.mention(k) == nullptr && c.tokens[cl.item(k).first].is(Token::kNumber))) return kNone;
  }
  return kNone;
}

}  // namespace cg::ingest
