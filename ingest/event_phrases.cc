// Event phrases (event_reader.h): how the text names a recorded event besides its noun -- the fight
// it happened in ("the Apatzingán battle"), and, when its target is a group standing for its members
// or a count, the phrases that name it ("the October 6 designation of members of the CJNG").
#include "ingest/event_reader.h"

#include <algorithm>

#include "ingest/article_events.h"
#include "ingest/event_objects.h"
#include "ingest/event_targets.h"

namespace cg::ingest {
namespace {

// "killed in a two-day battle with federal police", "captured during a shootout": the fight the act
// happened in, as written ("battle"), or "" when none follows the trigger at item i in its clause.
std::string FightNoun(const Clause& cl, size_t i) {
  for (size_t k = i + 1; k + 2 < cl.size() && k <= i + 10 && !cl.Break(k); ++k) {
    if (!cl.IsAny(k, "in|during") || !cl.IsAny(k + 1, "a|an")) continue;
    for (size_t n = k + 2; n < cl.size() && n <= k + 5; ++n) {
      if (IsFightNoun(cl.Norm(n))) return std::string(cl.Norm(n));
      if (!cl.PlainWord(n) && !cl.Is(n, "-")) break;
    }
  }
  return "";
}

}  // namespace

bool EventReader::ForMembers(size_t t) const {
  return cl_.EntityAs(t, "Person") < 0 && PronounPerson(t) < 0 && (MembersAfter(cl_, t) || LinkedToGroup(c_, t));
}

std::vector<std::string> EventReader::Heads(const std::string& noun, bool own_preposition) {
  if (own_preposition) return {noun + " "};
  if (noun == "sanctions") return {noun + " of ", noun + " on ", noun + " against "};
  return {noun + " of "};
}

void EventReader::Phrases(size_t i, const LexEntry& trigger, int event, const std::string& form,
                          const std::vector<size_t>& targets) {
  LocalEntity& e = g_->entities[g_->Root(event)];
  const std::string noun = e.nouns.empty() ? std::string() : e.nouns.front();
  // The fight a killing or an arrest happened in also names it ("the Apatzingán battle").
  if (const std::string fight = e.refining == "Killing" || e.refining == "Arrest" ? FightNoun(cl_, i) : "";
      !fight.empty() && std::find(e.nouns.begin(), e.nouns.end(), fight) == e.nouns.end()) {
    e.nouns.push_back(fight);
  }
  // "extradited 29 Mexican drug cartel bosses to ...", "the extradition of 29 ... to ...".
  const bool nominal = form == "nominal" && cl_.Is(i + 1, "of");
  const bool counted = CountedObject(c_, nominal ? i + 1 : i) || ThingObject(c_, i, trigger, form);
  if (targets.empty() && (form == "active" || nominal) && counted) {
    const size_t object = nominal ? i + 2 : i + 1;
    size_t end = ObjectEnd(c_, object);
    if (end <= object) return;
    // "killed two Mexican soldiers", "five Federal Police officers": over the body the counted people
    // belong to and their noun.
    if (end < cl_.size() && cl_.EntityAs(end, "Agency|MilitaryUnit") >= 0) {
      ++end;
      if (end < cl_.size() && !cl_.mention(end) && cl_.IsAny(end, "officers|agents|members|policemen|soldiers|troops")) ++end;
    }
    for (const std::string& head : Heads(noun)) e.phrases.push_back({head, cl_.item(object).first, cl_.item(end - 1).last, -1, 0, 0});
    return;
  }
  // "individuals linked to X and Y": named after the first group, the members of each.
  if (form == "passive" || targets.empty() || !ForMembers(targets[0]) || targets[0] <= i + 1) return;
  const size_t t = targets[0];
  const int group = g_->Root(cl_.EntityAs(t, "Organization"));
  for (size_t other : targets) {
    if (const int g = cl_.EntityAs(other, "Organization"); g >= 0) {
      e.member_groups.push_back(g_->Root(g));
    }
  }
  const uint32_t tail = cl_.item(t).last;
  const uint32_t tail_end = t + 1 < cl_.size() && cl_.IsAny(t + 1, kGroupWords) ? cl_.item(t + 1).last : tail;
  if (form == "active") {  // "designated five individuals linked to X": "designation of five individuals ..."
    for (const std::string& head : Heads(noun, cl_.IsAny(i + 1, "on|against|of"))) {
      e.phrases.push_back({head, cl_.item(i + 1).first, cl_.item(t).first, group, tail, tail_end});
    }
    return;
  }
  std::vector<size_t> starts = {i};
  if (i >= 1 && cl_.mention(i - 1) && cl_.mention(i - 1)->kind == Mention::Kind::kDate) {
    starts.push_back(i - 1);  // "the October 6 designation of ..."
  }
  for (size_t start : starts) e.phrases.push_back({"", cl_.item(start).first, cl_.item(t).first, group, tail, tail_end});
}

}  // namespace cg::ingest
