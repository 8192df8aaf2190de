// Bodies named again by the last word of their name (see mention_finder.h HeadAnaphor).
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/mention_finder.h"
#include "schema/normalize.h"

namespace cg::ingest {

size_t MentionFinder::HeadAnaphor(size_t i, size_t last, std::vector<Mention>* out) {
  constexpr std::string_view kHeads =
      "committee|commission|council|group|initiative|framework|program|programme|office|bureau|"
      "center|centre|institute|dialogue|agreement|strategy|partnership|alliance|unit";
  // "the embassy", "the consulate": a mission named again in lower case.
  constexpr std::string_view kMissionHeads = "embassy|consulate";
  // In lower case, "the group will bring together ..." after "established a Security Implementation
  // Group": a head word no criminal group's name shares, and "group" only while the article has named
  // no criminal group (after one, "the group" is that).
  constexpr std::string_view kLowerHeads = "committee|commission|council|group";
  const size_t h = i + 1;
  if (t_[i].norm != "the" || h >= last) return 0;
  const bool lower = !t_[h].is(Token::kCapitalized) && OneOf(t_[h].norm, kLowerHeads) &&
                     (t_[h].norm != "group" || table_.LastOf("Cartel", false) < 0);
  if (!(t_[h].is(Token::kCapitalized) && OneOf(t_[h].norm, kHeads)) && !lower && !OneOf(t_[h].norm, kMissionHeads)) {
    return 0;
  }
  // Not the start of a longer name: "the Committee on Foreign Relations", "the Group of Seven".
  if (h + 1 < last && (t_[h + 1].is(Token::kCapitalized) || OneOf(t_[h + 1].norm, "of|on|for|against|to"))) return 0;
  const std::string tail = " " + t_[h].norm;
  int found = -1;
  const ArticleGraph& g = table_.graph();
  for (size_t e = 0; e < g.entities.size(); ++e) {
    const LocalEntity& x = g.entities[e];
    if (x.merged_into >= 0 || (x.primary != "Organization" && x.primary != "Program")) continue;
    if (lower && x.refining == "Cartel") continue;
    const std::string& name = NormalizeNameMemo(x.name);
    if ((" " + name).ends_with(tail) && name != t_[h].norm) found = static_cast<int>(e);
  }
  if (found < 0) return 0;
  Push(out, i, h + 1, found);
  out->back().anaphoric = true;
  return h + 1 - i;
}

size_t MentionFinder::BasedAnaphor(size_t i, size_t first, size_t last, std::vector<Mention>* out) {
  if (i < first + 4 || t_[i].is(Token::kCapitalized) || !OneOf(t_[i].norm, "cartel|gang|group|organization|syndicate") ||
      t_[i - 1].norm != "based" || t_[i - 2].norm != "-" || out->empty() || out->back().last != i - 2) {
    return 0;
  }
  const Mention& place = out->back();
  if (place.kind != Mention::Kind::kEntity || place.entity < 0 || table_.at(place.entity).primary != "Place" ||
      place.first < first + 1 || !OneOf(t_[place.first - 1].norm, "the|this|that")) {
    return 0;
  }
  // "El Chapo's organization, the Sinaloa-based cartel,": an apposition describes what it follows.
  if (place.first >= first + 2 && OneOf(t_[place.first - 2].norm, ",|(|--")) return 0;
  // "the Sinaloa-based cartel known as X", "the Tamaulipas-based gang Los Metros": a name follows.
  if (i + 1 < last && (t_[i + 1].is(Token::kCapitalized) || OneOf(t_[i + 1].norm, "known|called|named|dubbed|of"))) return 0;
  // As "the cartel": the group the sentence before opens with, near the sentence's start and before any
  // group of its own; else the article's salient group, else the last one named.
  const bool cartel_before = std::any_of(out->begin(), out->end(), [&](const Mention& m) {
    return m.first >= first && m.kind == Mention::Kind::kEntity && m.entity >= 0 && table_.at(m.entity).refining == "Cartel";
  });
  int e = table_.LastOf("Cartel", false);
  if (opening_ >= 0 && place.first < first + 5 && !cartel_before) {
    e = table_.Root(opening_);
  } else if (const int salient = table_.SalientCartel(); salient >= 0) {
    e = salient;
  }
  if (e < 0) return 0;
  Push(out, i, i + 1, e);
  out->back().anaphoric = true;
  return 1;
}

}  // namespace cg::ingest
