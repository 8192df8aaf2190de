// Designations an event frame reads (event_reader.h): who designated whom, under which law, as what.
#include <algorithm>
#include <string>

#include "ingest/entity_table.h"
#include "ingest/event_objects.h"
#include "ingest/event_reader.h"
#include "ingest/event_targets.h"

namespace cg::ingest {

void EventReader::Designated(size_t i, int conductor, const std::vector<size_t>& targets, const std::string& labels,
                             const std::vector<int>& referred, const std::string& rule) {
  const LocalEntity& who = g_->entities[g_->Root(conductor)];
  if (who.refining != "Government" && who.refining != "Agency") return;
  const Mention* named = DesignationAfter(i);
  const std::string designation = named ? named->value : DesignationWords(i, targets);
  // "people tied to X and Y": Y, coordinated with a group linked to, stands for its members too.
  std::vector<size_t> linked;
  if (!targets.empty() && LinkedToGroup(c_, targets.front())) linked = cl_.Coordinated(targets.front(), labels);
  // "leaders of A, B and C, all of which the State Department designated": the relative clause is
  // about the groups themselves.
  const size_t back = targets.empty() ? kNone : targets.back();
  const bool relative =
      back != kNone && cl_.Is(back + 1, ",") && (cl_.IsAny(back + 2, "which|that") || cl_.QuantifiedRelative(back + 2));
  for (size_t t : targets) {
    if (!relative &&
        (MembersAfter(cl_, t) || LinkedToGroup(c_, t) || std::find(linked.begin(), linked.end(), t) != linked.end())) {
      continue;
    }
    PropertyMap props;
    if (!designation.empty()) props["designation"] = Value(designation);
    c_.Relate("DESIGNATED", conductor, cl_.EntityAs(t, labels), props,
              rule, 0.8f, cl_.item(std::min(i, t)).first, cl_.item(std::max(i, t)).last);
  }
  for (int e : referred) {
    PropertyMap props;
    if (!designation.empty()) props["designation"] = Value(designation);
    c_.Relate("DESIGNATED", conductor, e, props, rule, 0.75f, cl_.item(i).first, cl_.item(i).last);
  }
}

std::string EventReader::DesignationWords(size_t i, const std::vector<size_t>& targets) const {
  size_t k = (targets.empty() ? i : std::max(i, targets.back())) + 1;
  if (cl_.Is(k, "as")) ++k;
  std::string words;
  if (cl_.IsAny(k, "a|an")) {
    for (size_t w = k + 1; w <= k + 4 && cl_.PlainWord(w) && !cl_.IsAny(w, "in|on|at|for|under|and|by|since|last|this"); ++w) {
      words += (words.empty() ? "" : " ") + std::string(cl_.Norm(w));
    }
  }
  if (!words.empty()) return words;
  return cl_.Norm(i).starts_with("sanction") ? "sanctions" : "";
}

int EventReader::LawGovernment(size_t i) const {
  const Mention* named = DesignationAfter(i);
  if (!named) return -1;
  const std::vector<LexMatch> m = c_.lexicon.MatchAt(c_.tokens, named->first, named->last, "designation");
  const LexEntry* government = m.empty() ? nullptr : c_.lexicon.FindEntity(m[0].entry->attr("by"));
  return government ? EntityForLex(g_, government, false) : -1;
}

const Mention* EventReader::DesignationAfter(size_t i) const {
  for (size_t k = i + 1; k < cl_.size() && k <= i + 30 && !cl_.Break(k); ++k) {
    const Mention* m = cl_.mention(k);
    if (m && m->kind == Mention::Kind::kDesignation) return m;
  }
  return nullptr;
}

}  // namespace cg::ingest
