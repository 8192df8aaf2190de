// Matcher outputs (sentence_matcher.h): what a match of a relation rule states -- the ends and
// values of the rule's outputs, read for modality and recorded in the ArticleGraph.
#include "ingest/sentence_matcher.h"

#include <algorithm>

#include "ingest/extract.h"
#include "ingest/modality.h"
#include "ingest/succession.h"

namespace cg::ingest {

std::string SentenceMatcher::TextOf(uint32_t first, uint32_t last) const {
  return text_.substr(t_[first].begin, t_[last - 1].end - t_[first].begin);
}

const Mention* SentenceMatcher::DateIn(const Binding& b) const {
  // Else the date written nearest the match ("... until his arrest in 2003 ..., until marines killed
  // him in Matamoros in November 2010": the killing's is the later one).
  const Mention* nearest = nullptr;
  size_t best = 0;
  for (size_t i = 0; i < items_.size(); ++i) {
    const Item& it = items_[i];
    if (it.mention < 0 || mentions_[it.mention].kind != Mention::Kind::kDate) continue;
    if (i >= b.begin && i < b.end) return &mentions_[it.mention];
    const size_t distance = i < b.begin ? b.begin - i : i + 1 - b.end;
    if (!mentions_[it.mention].report && (!nearest || distance < best)) {
      nearest = &mentions_[it.mention];
      best = distance;
    }
  }
  return nearest;
}

bool SentenceMatcher::Resolve(const std::string& spec, const Binding& b, PropertyMap* props, const std::string& key) const {
  if (spec == "@date") {
    const Mention* d = DateIn(b);
    if (!d) return false;
    (*props)[key] = Value(d->date);
    return true;
  }
  if (spec.size() > 1 && spec[0] == '$') {
    const std::string slot = spec.substr(1);
    if (auto w = b.words.find(slot); w != b.words.end()) {
      (*props)[key] = Value(TextOf(w->second.first, w->second.second));
      return true;
    }
    auto s = b.slots.find(slot);
    if (s == b.slots.end() || s->second.empty()) return false;
    const Mention& m = mentions_[s->second[0].mention];
    switch (m.kind) {
      case Mention::Kind::kDate: (*props)[key] = Value(m.date); return true;
      case Mention::Kind::kMoney: {
        (*props)[key] = AmountValue(m);
        if (key == "amount") (*props)["currency"] = Value(m.currency);
        return true;
      }
      case Mention::Kind::kDesignation:
      case Mention::Kind::kDemonym: (*props)[key] = Value(m.value); return true;
      case Mention::Kind::kEntity: (*props)[key] = Value(g_->entities[s->second[0].entity].name); return true;
    }
    return false;
  }
  (*props)[key] = Value(spec);
  return true;
}

std::vector<int> SentenceMatcher::Ends(const std::string& spec, const Binding& b) const {
  if (spec == "@event") {
    return {context_.focus_event >= 0 ? g_->Root(context_.focus_event) : kMainEvent};
  }
  // "Treasury's action targets X": the paragraph's event when it has that label, else the last event
  // of that label named before ("OFAC designated A ... Today's action also targets B"), else none.
  if (spec.starts_with("@event:")) {
    const std::string label = spec.substr(7);
    if (context_.focus_event >= 0) {
      const LocalEntity& focus = g_->entities[g_->Root(context_.focus_event)];
      if (focus.refining == label || focus.primary == label) return {g_->Root(context_.focus_event)};
    }
    auto it = context_.previous.find(label);
    return it == context_.previous.end() ? std::vector<int>{} : std::vector<int>{g_->Root(it->second)};
  }
  // "OFAC designated six individuals ... The list includes A and B": the one organization that
  // conducts the event @event:Label gives, told in this sentence or the one before (else none: a
  // list far from the act is no list of its targets).
  if (spec.starts_with("@conductor:")) {
    const std::vector<int> event = Ends("@event:" + spec.substr(11), b);
    if (event.empty()) return {};
    int conductor = -1;
    for (const LocalRelation& r : g_->relations) {
      if (r.from < 0 || r.to < 0 || g_->Root(r.to) != event[0] || ParticipantRole(r) != "conductor" ||
          r.source.sentence + 1 < index_ || g_->entities[g_->Root(r.from)].primary != "Organization") {
        continue;
      }
      if (conductor >= 0 && conductor != g_->Root(r.from)) return {};
      conductor = g_->Root(r.from);
    }
    return conductor >= 0 ? std::vector<int>{conductor} : std::vector<int>{};
  }
  // "@heir:Label": the group "@removed:Label" gives (below), else the one of the label the sentence
  // names before the match ends ("X, who runs the cartel's operations in Y, is seen as a leading
  // contender"), else the last of the label named before (as @last) -- "X is also seen as a possible
  // heir" after the fallen leader's sons' faction was named is an heir to the leader's group.
  if (spec.starts_with("@heir:")) {
    if (std::vector<int> group = Ends("@removed:" + spec.substr(6), b); !group.empty()) return group;
    const uint64_t bit = SlotTypeBit(std::string_view(spec).substr(6));
    int named = -1;
    for (size_t k = 0; k < b.end && named != -2; ++k) {
      const std::optional<int> e = items_[k].mention >= 0 ? Fills(ReadOffer(k), bit) : std::nullopt;
      if (!e || *e < 0) continue;
      named = named >= 0 && named != g_->Root(*e) ? -2 : g_->Root(*e);
    }
    if (named >= 0) return {named};
    return Ends("@last:" + spec.substr(6), b);
  }
  // "X is considered the most likely heir": the group whose leader the article last said was
  // removed (killed, arrested, extradited, dead: GroupOfRemovedLeader), else none -- the last group
  // named before is often another (a rival, a faction) in succession stories.
  if (spec.starts_with("@removed:")) {
    const std::string label = spec.substr(9);
    const uint64_t bit = SlotTypeBit(label);
    for (size_t k = b.end; k < items_.size(); ++k) {
      if (items_[k].mention >= 0 && Fills(ReadOffer(k), bit)) return {};
    }
    const int group = GroupOfRemovedLeader(*g_, index_, label);
    return group >= 0 ? std::vector<int>{group} : std::vector<int>{};
  }
  if (spec.starts_with("@last:")) {
    // A sentence that names its own actor of that label after the match does not reach back
    // ("In cooperation with X, the DEA arrested ...": the DEA, not the agency of the sentence before).
    // (Read now: an earlier output of the match may have merged entities.) A label outside the
    // ontology has no bit, and no entity carries it.
    const uint64_t label = SlotTypeBit(std::string_view(spec).substr(6));
    for (size_t k = b.end; k < items_.size(); ++k) {
      if (items_[k].mention >= 0 && Fills(ReadOffer(k), label)) return {};
    }
    auto it = context_.previous.find(spec.substr(6));
    return it == context_.previous.end() ? std::vector<int>{} : std::vector<int>{g_->Root(it->second)};
  }
  const size_t colon = spec.find(':');
  const std::string name = spec.substr(0, colon);
  const std::string label = colon == std::string::npos ? "" : spec.substr(colon + 1);
  std::vector<int> out;
  auto it = b.slots.find(name);
  if (it == b.slots.end()) return out;
  for (const Bound& bound : it->second) {
    const int e = bound.mention >= 0 && mentions_[bound.mention].kind == Mention::Kind::kDemonym
                      ? mentions_[bound.mention].entity
                      : bound.entity;
    if (e < 0) continue;
    const LocalEntity& ent = g_->entities[g_->Root(e)];
    if (label.empty() || OneOf(ent.primary, label) || (!ent.refining.empty() && OneOf(ent.refining, label))) {
      out.push_back(g_->Root(e));
    }
  }
  return out;
}

void SentenceMatcher::Emit(const Rule& rule, const Binding& b) {
  const Source source{index_, rule.id, rule.confidence};
  const uint32_t first = items_[b.begin].first;
  const uint32_t last = b.end > b.begin ? items_[b.end - 1].last : first;
  // "Lazcano's death left Treviño in charge": an act's noun that is the subject of another verb
  // names no one after that verb as its target; nor does one a relative clause follows ("the
  // operation that brought Zambada across the border", "arrested X, who ran the cartel with Y").
  if (const auto e = b.slots.find("E"), p = b.slots.find("P");
      rule.id.starts_with("event.") && e != b.slots.end() && p != b.slots.end() && !e->second.empty() &&
      !p->second.empty() && e->second[0].mention >= 0 && p->second[0].mention >= 0) {
    for (uint32_t k = mentions_[e->second[0].mention].last; k < mentions_[p->second[0].mention].first; ++k) {
      if (OneOf(t_[k].norm, "left|leaves|leaving|put|puts|gave|gives|made|makes|forced|opened|opens|paved|handed|that|which|who|whom")) return;
    }
    // "X, the cartel's enforcer, was killed in 2002, and another brother, Y, was arrested": X's own
    // verb, then ", and" opening another clause, comes before the act.
    bool verb = false;
    for (uint32_t k = mentions_[p->second[0].mention].last; k < mentions_[e->second[0].mention].first; ++k) {
      if (OneOf(t_[k].norm, "was|were") && !OneOf(t_[k - 1].norm, "who|which|that")) verb = true;
      if (verb && t_[k].norm == "and" && t_[k - 1].norm == ",") return;
    }
  }
  // "A weapon used in that attack was later traced to a buyer in Texas", "suspects in the killing were
  // arrested in Y": an act named inside a phrase before the sentence's own verb did not happen at a
  // place after that verb.
  if (const auto e = b.slots.find("E"), l = b.slots.find("L");
      rule.id.starts_with("occurred.") && e != b.slots.end() && l != b.slots.end() && !e->second.empty() &&
      !l->second.empty() && e->second[0].mention >= 0 && l->second[0].mention >= 0) {
    const uint32_t at = mentions_[e->second[0].mention].first;
    uint32_t before = at;  // over the act's determiner: "in that attack", "in the 2011 killing"
    while (before > sentence_first_ && before + 3 > at && !OneOf(t_[before - 1].norm, "in|of|during|from|after|since|for"))
      --before;
    if (before > sentence_first_ && before + 3 > at && OneOf(t_[before - 1].norm, "in|of|during|from|after|since|for")) {
      for (uint32_t k = mentions_[e->second[0].mention].last; k < mentions_[l->second[0].mention].first; ++k) {
        if (OneOf(t_[k].norm, "was|were") && !OneOf(t_[k - 1].norm, "that|which|who")) return;
      }
    }
    // "The attack came days before elections in the state", "the arrest was unlikely to end violence
    // in the state": the place of another act, or of the violence a clause tells of, not this act's.
    uint32_t in = mentions_[l->second[0].mention].first;
    while (in > at + 1 && OneOf(t_[in - 1].norm, "the|a|an")) --in;
    if (in > at + 2 && OneOf(t_[in - 1].norm, "in|near|across|throughout") &&
        OneOf(t_[in - 2].norm, "violence|bloodshed|crime|insecurity|unrest|homicides|murders|elections|election|vote")) {
      return;
    }
  }
  // "the extradition of fugitives wanted in the United States", "killed X, a hitman trained in Y": the
  // place of a participle that describes a noun after the act, not the act's.
  if (const auto e = b.slots.find("E"), l = b.slots.find("L");
      (rule.id.starts_with("occurred.") || rule.id.starts_with("event.")) && e != b.slots.end() &&
      l != b.slots.end() && !e->second.empty() && !l->second.empty() && e->second[0].mention >= 0 &&
      l->second[0].mention >= 0) {
    if (ParticiplePlace(words_, t_, mentions_[e->second[0].mention].last, mentions_[l->second[0].mention].first)) return;
  }
  // "tried in New York, Texas and Illinois": a place after another in a list of places of its own
  // kind is the list's next member, not the place the first lies in ("Culiacán, Sinaloa and
  // Guadalajara" still places Culiacán).
  if (const auto in = b.slots.find("B"); rule.id.starts_with("located.") && in != b.slots.end() && !in->second.empty() &&
                                         in->second[0].mention >= 0 && in->second[0].entity >= 0) {
    const uint32_t at = mentions_[in->second[0].mention].first, after = mentions_[in->second[0].mention].last;
    const std::string& kind = g_->entities[g_->Root(in->second[0].entity)].refining;
    for (const Mention& m : mentions_) {
      if (m.first == after + 1 && after < t_.size() && OneOf(t_[after].norm, "and|or") && t_[at - 1].norm == "," &&
          m.entity >= 0 &&
          m.kind == Mention::Kind::kEntity && g_->entities[g_->Root(m.entity)].refining == kind) {
        return;
      }
    }
  }
  Modality modality = ReadModality(words_, t_, sentence_first_, first, last);
  // "DHS must work with Mexico", "we should fund the program": an obligation states no fact.
  for (uint32_t k = first; k < last && !modality.negated; ++k) {
    if (t_[k].norm == "must" || t_[k].norm == "should") {
      modality.negated = true;
      modality.cue = t_[k].norm;
      modality.why = "hypothetical";
    }
  }
  // An event that has not happened ("information leading to the arrest of X") has no participants.
  for (const auto& [slot, bounds] : b.slots) {
    for (const Bound& bound : bounds) {
      if (bound.mention < 0 || bound.entity < 0 || g_->entities[g_->Root(bound.entity)].primary != "Event") continue;
      std::string cue;
      if (HypotheticalAct(words_, t_, sentence_first_, mentions_[bound.mention].first,
                          g_->entities[g_->Root(bound.entity)].refining, &cue)) {
        modality.negated = true;
        modality.cue = cue;
        modality.why = "hypothetical event";
      }
      const Mention& m = mentions_[bound.mention];
      if (AlternativeActs(words_, t_, sentence_first_, m.first, m.last)) {
        modality.negated = true;
        modality.cue = "or";
        modality.why = "alternative acts";
      }
      if (TalliedActs(t_, sentence_first_, m.first, m.last)) {
        modality.negated = true;
        modality.cue = "have been";
        modality.why = "a tally of acts over a period";
      }
      if (g_->entities[g_->Root(bound.entity)].refining == "Killing" && AccidentalDeaths(t_, m.last)) {
        modality.negated = true;
        modality.cue = "crash";
        modality.why = "an accident";
      }
      if (CountedActs(t_, sentence_first_, m.first)) {
        modality.negated = true;
        modality.cue = t_[m.first - 2].norm + " of";
        modality.why = "a count of acts";
      }
    }
  }
  // "designated A and B as Foreign Terrorist Organizations": the designation the match names is what
  // its Designation event designates (ClusterEvents keeps acts of two designations apart).
  const Mention* named = nullptr;
  for (const auto& [slot, bounds] : b.slots) {
    for (const Bound& bound : bounds) {
      const Mention* m = bound.mention >= 0 ? &mentions_[bound.mention] : nullptr;
      if (m && m->kind == Mention::Kind::kDesignation) named = m;
    }
  }
  for (const auto& [slot, bounds] : b.slots) {
    for (const Bound& bound : bounds) {
      if (!named || bound.entity < 0) continue;
      LocalEntity& e = g_->entities[g_->Root(bound.entity)];
      if (e.primary == "Event" && e.refining == "Designation" && e.designation.empty()) e.designation = named->value;
    }
  }
  // An act and what it sets (status) are not hedged by an attributive cue ("the alleged leader").
  Modality act = modality;
  if (act.hedged && !act.negated) act.hedged = ReadModality(words_, t_, sentence_first_, first, last, 4, true).hedged;
  for (const RuleOutput& out : rule.outputs) {
    PropertyMap props;
    for (const auto& [key, spec] : out.props) Resolve(spec, b, &props, key);
    const std::vector<int> from = Ends(out.from, b);
    if (out.kind == RuleOutput::Kind::kSet) {
      for (int e : from) {
        for (const auto& [key, value] : props) AssertFact(g_, LocalFact{e, key, value, source}, act);
      }
      continue;
    }
    const std::vector<int> to = Ends(out.to, b);
    // "M->M": the members of one list slot relate pairwise, each pair once (list order).
    const bool pairwise = out.from == out.to;
    for (size_t ai = 0; ai < from.size(); ++ai) {
      const int a = from[ai];
      for (size_t zi = pairwise ? ai + 1 : 0; zi < to.size(); ++zi) {
        const int z = to[zi];
        if (a >= 0 && z >= 0 && g_->Root(a) == g_->Root(z)) continue;
        if (out.kind == RuleOutput::Kind::kAlias) {
          MergeEntities(g_, z, a);
          continue;
        }
        Assert(g_, LocalRelation{out.type, a, z, props, source}, ReportsAct(out.type) ? act : modality);
      }
    }
  }
}

}  // namespace cg::ingest
