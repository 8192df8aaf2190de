// Event frames (frames.h): an arrest, killing, extradition, sentencing or
// designation reported about someone, read from the trigger's structure (its
// three forms: event_forms.cc; event_reader.h).
#include "ingest/event_reader.h"

#include <algorithm>

#include "ingest/dates.h"
#include "ingest/entity_table.h"
#include "ingest/event_abductions.h"
#include "ingest/event_agents.h"
#include "ingest/event_objects.h"
#include "ingest/event_targets.h"
#include "ingest/modality.h"
#include "ingest/role_words.h"

namespace cg::ingest {
namespace {
// Verbs by which a body starts an operation it conducts ("launched an operation to capture X").
constexpr std::string_view kLaunchVerbs = "launched|launches|mounted|mounts|began|begins|staged|stages|conducted";
}  // namespace

void EventReader::Run() {
  for (size_t i = 0; i < cl_.size(); ++i) {
    const LexEntry* trigger = nullptr;
    int event = -1;
    if (cl_.IsEntity(i)) {
      event = g_->Root(cl_.mention(i)->entity);
      if (g_->entities[event].primary != "Event") continue;
      const uint32_t t = cl_.item(i).first;
      const std::vector<LexMatch> m = c_.words.MatchAt(c_.tokens, t, cl_.item(i).last, "event");
      if (m.empty()) {
        PurposeTargets(i, event);
        OperationAgents(i, event);
        continue;
      }
      trigger = m[0].entry;
    } else {
      size_t length = 1;
      trigger = c_.WordAt(i, "event", &length);
      if (!trigger) continue;
      // "handed over X": the object follows the trigger's last word.
      const size_t last = cl_.ItemOf(cl_.item(i).first + static_cast<uint32_t>(length) - 1);
      end_ = last == kNone ? i : last;
    }
    Read(i, *trigger, event);
    end_ = kNone;
  }
}

std::string EventReader::TargetLabels(const LexEntry& trigger) const {
  if (const std::string_view only = trigger.attr("target"); !only.empty()) return std::string(only);  // "seized"
  return trigger.attr("class") == "Designation" ? "Person|Organization" : "Person|Cartel";
}

bool EventReader::Acceptable(size_t item, const LexEntry& trigger) const {
  if (cl_.EntityAs(item, "Person") >= 0 || PronounPerson(item) >= 0 || trigger.attr("class") == "Designation") {
    return true;
  }
  return MembersAfter(cl_, item) || LinkedToGroup(c_, item);
}

std::vector<size_t> EventReader::LinkedGroup(size_t i, size_t reach) const {
  for (size_t k = i + 1; k < cl_.size() && k <= i + reach && !cl_.Break(k); ++k) {
    // "killing six people, and then handed the students to members of X": not past another clause.
    if (cl_.Is(k, ",") && cl_.IsAny(k + 1, "and|but|then|while|before|after")) return {};
    if (cl_.EntityAs(k, "Cartel|Organization") >= 0 && !cl_.Modifier(k)) {  // not "Mexico-based"
      // "enforcers of Mexico's Gulf Cartel": the group a country's possessive qualifies.
      const size_t group = cl_.EntityAs(k, "Country") >= 0 && cl_.Is(k + 1, "'s") &&
                                   cl_.EntityAs(k + 2, "Cartel|Organization") >= 0
                               ? k + 2
                               : k;
      return LinkedToGroup(c_, group) ? cl_.Coordinated(group, "Cartel|Organization") : std::vector<size_t>{};
    }
  }
  return {};
}

int EventReader::PronounPerson(size_t k) const {
  const Mention* m = cl_.mention(k);
  if (!m || !m->anaphoric || m->kind != Mention::Kind::kEntity || m->last != m->first + 1) return -1;
  const std::string_view w = c_.tokens[m->first].norm;
  if (w != "his" && w != "her" && w != "their") return -1;
  const int e = g_->Root(m->entity);
  return g_->entities[e].primary == "Person" ? e : -1;
}

int EventReader::TargetEntity(size_t t, std::string_view labels) const {
  const int e = cl_.EntityAs(t, labels);
  return e >= 0 ? e : PronounPerson(t);
}

bool EventReader::OtherTarget(int event, const std::vector<size_t>& targets, std::string_view labels) const {
  std::vector<int> ours;
  for (size_t t : targets) ours.push_back(g_->Root(TargetEntity(t, labels)));
  for (const LocalRelation& r : g_->relations) {
    if (r.type != "PARTICIPATED_IN" || g_->Root(r.to) != g_->Root(event)) continue;
    auto role = r.props.find("role");
    if (role == r.props.end() || !role->second.is_string()) continue;
    if (role->second.as_string() != "target" && role->second.as_string() != "victim") continue;
    if (std::find(ours.begin(), ours.end(), g_->Root(r.from)) == ours.end()) return true;
  }
  return false;
}

void EventReader::Read(size_t i, const LexEntry& trigger, int event) {
  const std::string cls(trigger.attr("class"));
  const std::string labels = TargetLabels(trigger);
  std::string cue;
  if (HypotheticalAct(c_.words, c_.tokens, c_.sentence.first_token, cl_.item(i).first, cls, &cue)) {
    c_.Reject("PARTICIPATED_IN", -1, event, "frame.event", "hypothetical: \"" + cue + "\" (no event happened yet)");
    return;
  }
  if (AlternativeActs(c_.words, c_.tokens, c_.sentence.first_token, cl_.item(i).first, cl_.item(i).last)) {
    c_.Reject("PARTICIPATED_IN", -1, event, "frame.event", "alternatives: \"or\" joins two acts (neither is stated)");
    return;
  }
  if (TalliedActs(c_.tokens, c_.sentence.first_token, cl_.item(i).first, cl_.item(i).last)) {
    c_.Reject("PARTICIPATED_IN", -1, event, "frame.event", "a tally of acts over a period (\"have been killed since ...\", \"so far\")");
    return;
  }
  if (cls == "Killing" && AccidentalDeaths(c_.tokens, cl_.item(i).last)) {
    c_.Reject("PARTICIPATED_IN", -1, event, "frame.event", "an accident (\"when the helicopter went down\"), no killing");
    return;
  }
  if (cls == "Arrest" && SeizedByArmedBand(c_.tokens, cl_.item(i).last, c_.sentence.last_token)) {
    c_.Reject("PARTICIPATED_IN", -1, event, "frame.event", "seized by an armed band: a kidnapping, no arrest");
    return;
  }
  // "committed hundreds of murders, kidnappings and other acts": a count of acts names no one act.
  if (CountedActs(c_.tokens, c_.sentence.first_token, cl_.item(i).first)) {
    c_.Reject("PARTICIPATED_IN", -1, event, "frame.event", "a count of acts (\"hundreds of murders\") is no one event");
    return;
  }
  EventRoles r;
  // "the kidnapping and murder in Guadalajara of X": a noun coordinated after the noun of its own act.
  const bool joined_noun = event >= 0 && i >= 2 && cl_.IsAny(i - 1, "and|or") && cl_.IsEntity(i - 2) &&
                           g_->Root(cl_.mention(i - 2)->entity) == event && cl_.Nominal(i - 2);
  if (cl_.Nominal(i) || joined_noun || (i >= 1 && PronounPerson(i - 1) >= 0) || PerformVerb(i) != kNone) {
    r.form = "nominal";
    ReadNominal(i, trigger, cls, labels, &r);
  } else if (const size_t verb = CoordinatedPassive(i);
             cl_.Passive(verb) || DiedInClash(c_, i, trigger) || DiedAgain(c_, i, trigger) ||
                 trigger.attr("voice") == "subject") {
    r.form = "passive";
    if (!ReadPassive(i, verb, trigger, cls, labels, &r)) return;
  } else if (trigger.attr("voice") == "passive") {
    return;  // "Two gunmen died, X told reporters": a verb whose subject the act was done to has no object.
  } else {
    r.form = "active";
    ReadActive(i, trigger, cls, labels, &r);
  }
  const std::string& form = r.form;
  std::vector<size_t>& targets = r.targets;
  std::vector<size_t>& conductors = r.conductors;
  std::vector<size_t>& supporters = r.supporters;
  std::vector<size_t>& separate = r.separate;
  const std::vector<int>& speakers = r.speakers;
  const int speaker_agent = r.speaker_agent;
  // "At the direction of President X, the Treasury sanctioned Y": the one who directed a government's act.
  if (OneOf(cls, "Designation|Arrest|Extradition|Raid")) {
    if (const size_t d = DirectedBy(c_, i); d != kNone) supporters.push_back(d);
  }
  // "the designation of members of X" is one act on X's people; a nominal arrest of X's members is
  // read above (one arrest, unless a tally over a period: Tally).
  if (targets.empty() && (form != "nominal" || (cls == "Designation" && cl_.Is(i + 1, "of")))) {
    targets = LinkedGroup(i, form == "nominal" ? 7 : 24);
  }
  // "X was arrested Thursday in El Paso along with Y": Y was its target too (after X); a designation's
  // persons or groups, further on ("designated X in 2009, together with A and B", "X, as well as Y").
  const bool listed = cls == "Designation";
  if (!targets.empty()) {
    for (size_t k = i + 1; k + 2 < cl_.size() && k <= i + (listed ? 20 : 12) && !cl_.Break(k); ++k) {
      if (cl_.IsAny(k, "who|whom|which|that")) break;  // "X, who ran the cartel along with Y": the clause's own
      const bool well = listed && cl_.Is(k, "as") && cl_.Is(k + 1, "well") && cl_.Is(k + 2, "as");
      if (!well && (!cl_.IsAny(k, "along|together") || !cl_.Is(k + 1, "with"))) continue;
      const size_t at = k + (well ? 3 : 2);
      const std::string_view labels = listed ? "Person|Cartel" : "Person";
      // "along with four of his bodyguards, among them Y" / "..., including Y": the persons the
      // described companions' list names; "along with his bodyguard, Y": the person it names.
      const size_t described = DescribedPerson(at);
      const std::vector<size_t> with = described != kNone              ? cl_.Coordinated(described, "Person")
                                       : cl_.EntityAs(at, labels) >= 0 ? cl_.Coordinated(at, labels)
                                                                       : Including(c_, at - 1, "Person");
      for (size_t p : with) {
        if (std::find(targets.begin(), targets.end(), p) == targets.end()) targets.push_back(p);
      }
      break;
    }
  }
  // "X was detained in Y, together with eight alleged members of Z", "arrested X and four members of Z":
  // the group of the others seized with the one named was a target too.
  if (!targets.empty() && cls == "Arrest") {
    for (size_t k = targets.back() + 1; k + 3 < cl_.size() && k <= targets.back() + 16 && !cl_.Break(k); ++k) {
      const size_t group = cl_.IsAny(k, "with|and") ? GroupOfMembersAt(c_, k + 1) : kNone;
      if (group != kNone) {
        targets.push_back(group);
        break;
      }
    }
  }
  std::erase_if(targets, [&](size_t t) { return !Acceptable(t, trigger); });
  if (trigger.attr("needs") == "designation" && !DesignationAfter(i)) return;
  // "transferred 29 defendants to the United States": a transfer to another country only.
  if (trigger.attr("needs").starts_with("destination") && !SentAbroad(c_, i)) return;
  // "Mexico sent 29 defendants to the United States": a verb that moves anyone is a transfer only of
  // counted prisoners or suspects (not "sent 500 agents", "sent Ambassador X to Mexico").
  // "X was sent to the United States to face charges": a named person sent abroad is one too (not an
  // office holder: "Ambassador X was sent to Mexico").
  const auto official = [&](size_t t) {
    const int e = cl_.EntityAs(t, "Person");
    return e >= 0 && g_->entities[g_->Root(e)].official;
  };
  if (trigger.attr("needs") == "destination_accused" && !CountedAccused(c_, i) &&
      (form != "passive" || targets.empty() || std::any_of(targets.begin(), targets.end(), official))) {
    return;
  }
  // "X was to be handed over to federal prosecutors": a hand-over to prosecutors, a judge or a court
  // the text does not make foreign is no extradition.
  if (cls == "Extradition" && ToDomesticJustice(c_, i)) return;
  // "took X into custody", "took his associate, X, into custody", "handed X, 55, over to": the verb
  // is the act only with its tail right after its one object (and the object's age).
  const auto tail_from = [&](size_t t) {
    const bool age = t + 3 < cl_.size() && c_.tokens[cl_.item(t + 2).first].is(Token::kNumber) && cl_.Is(t + 3, ",");
    return t + (cl_.Is(t + 1, ",") ? (age ? 3 : 1) : 0);
  };
  if (const std::string_view tail = trigger.attr("tail");
      !tail.empty() && (form != "active" || targets.size() != 1 || !separate.empty() ||
                        !WordsAfter(cl_, tail_from(targets[0]), tail))) {
    return;
  }
  if (cls == "Designation" && targets.size() == 1) {
    const std::vector<size_t> more = SemicolonList(c_, targets[0], labels);
    targets.insert(targets.end(), more.begin(), more.end());
  }
  // A designation of several named targets is one act, and so is a killing ("the shooting that killed A,
  // an employee of X, and her husband, B"); other events are one per person named apart.
  if (cls == "Designation" || cls == "Killing") {
    targets.insert(targets.end(), separate.begin(), separate.end());
    separate.clear();
  }
  if (cls == "Designation" && form != "passive") AppendDescribedObjects(&targets, labels);
  if (targets.empty() && !separate.empty()) {
    targets = {separate.front()};
    separate.erase(separate.begin());
  }
  // "Mexico extradited 29 cartel figures on Thursday", "... on Thursday extradited a man accused of":
  // a dated act with its agent, its targets unnamed (named later, ClusterEvents joins them).
  // "President X secured the extradition of 29 cartel bosses": a counted act its supporter names.
  // "CJNG gunmen killed six farmers in Jalisco": a placed act is one too.
  // "Federal police captured a suspected leader of X in Y on Monday": the agent a bare force.
  size_t place = form == "active" ? cl_.ObjectAfter(i, kPlace, "in|near|at|outside", 18) : kNone;
  if (place == kNone) place = CoordinatedPlace(c_, i, form);
  size_t force_first = kNone;
  const bool forced = targets.empty() && form == "active" && conductors.empty() && IndefiniteObject(c_, i) &&
                      ForceOf(c_, i, form, place == kNone ? -1 : cl_.EntityAs(place, kPlace), &force_first);
  // "X was handed over to U.S. marshals": the agency that received him supported the extradition.
  if (cls == "Extradition") {
    if (size_t a = cl_.ObjectAfter(i, "Agency", "to", 5); a != kNone) supporters.push_back(a);
  }
  // "Mexico has transferred 29 defendants to the United States": an extradition's destination
  // anchors it as a date or a place does.
  const bool sent = cls == "Extradition" && SentAbroad(c_, i);
  // "Agents arrested 429 individuals in raids in 16 states", "Gunmen killed five people in Culiacán":
  // a counted, placed act is one even when its agent is no body the text names.
  const bool counted_placed = form == "active" && place != kNone && CountedPeople(c_, i);
  // "the murder of 12 federal police officers in X", "the killing of four Americans near Y": an act of
  // violence on counted people named by its noun and placed is one with no agent named.
  const bool counted_violence = form == "nominal" && OneOf(cls, "Killing|Attack") && cl_.Is(i + 1, "of") &&
                                CountedPeople(c_, i + 1) &&
                                cl_.ObjectAfter(i, kPlace, "in|near|at|outside", 18) != kNone;
  // "OFAC designated the five leaders pursuant to ...", "Today, OFAC is designating three individuals
  // and five entities": a body's counted designation, definite or dated (ClusterEvents joins it to the
  // ones that name them).
  const bool counted_designation =
      cls == "Designation" && form == "active" && !conductors.empty() &&
      ((cl_.Is(i + 1, "the") && CountedObject(c_, i + 1)) || (CountedObject(c_, i) && DateNear(c_, i)));
  // "Marines have arrested a man suspected of leading X, officials said. Y was detained Monday in Z":
  // an act on one person described, not named, is the one act of its group the next sentences name
  // (ClusterEvents). Its agent a force or an agency: "Mexican authorities"
  // (the government) may stand for any of them.
  const bool government = std::any_of(conductors.begin(), conductors.end(), [&](size_t a) {
    const int e = cl_.EntityAs(a, kConductor);
    return e >= 0 && g_->entities[g_->Root(e)].refining == "Government";
  });
  if (targets.empty() && r.referred.empty() && form == "active" && cls != "Designation" && !government &&
      (!conductors.empty() || forced) && !CountedObject(c_, i) && IndefiniteObject(c_, i)) {
    const int recorded = Record(i, trigger, event, form, {}, conductors, supporters);
    // Told with its date or place, it stands alone when no sentence names the person; else it does not.
    (DateNear(c_, i) || place != kNone ? g_->entities[g_->Root(recorded)].named_next
                                       : g_->entities[g_->Root(recorded)].described) = true;
    return;
  }
  if (targets.empty() && r.referred.empty() && form != "passive" &&
      (((!conductors.empty() || forced) && (DateNear(c_, i) || place != kNone || sent)) || counted_placed ||
       (form == "nominal" && !supporters.empty()) || counted_designation || counted_violence) &&
      (form == "nominal" ? cl_.Is(i + 1, "of") && CountedObject(c_, i + 1)
                         : counted_designation || (cls != "Designation" && (CountedObject(c_, i) || IndefiniteObject(c_, i))))) {
    const int recorded = Record(i, trigger, event, form, {}, conductors, supporters);
    g_->entities[g_->Root(recorded)].continues |= counted_designation;
    return;
  }
  // "Ortega's arrest came a year after police detained his wife", "...: in June, authorities had detained
  // his mother and sister in Celaya": an arrest of someone's unnamed kin or aide is not the act of a target
  // named beside it; like any act on a described person it is written only as one a later sentence names.
  // (A killing of one's kin is an act of its own: "gunmen killed his mother and three relatives".) So is
  // an act on an unnamed person told as another's time bound ("Torre's killing came two weeks after
  // gunmen shot dead a police commander in Matamoros").
  bool bound = false;
  for (size_t k = i; k > 0 && k + 4 > i && !bound; --k) bound = cl_.IsAny(k - 1, "after|before");
  if (targets.empty() && form == "active" &&
      ((OneOf(cls, "Arrest|Extradition|Sentencing") && KinObject(c_, i)) || (bound && IndefiniteObject(c_, i)))) {
    if (event < 0) event = NewEvent(i, trigger);
    g_->entities[g_->Root(event)].described = true;
    return;
  }
  // "Federal police captured the brother of one of Mexico's most powerful drug lords, officials said":
  // a lead's act on a person it describes, whom the next sentences name (ClusterEvents joins them).
  if (targets.empty() && form == "active" && DescribedObject(c_, i) &&
      (!conductors.empty() || ForceOf(c_, i, form, place == kNone ? -1 : cl_.EntityAs(place, kPlace), &force_first))) {
    if (event < 0) event = NewEvent(i, trigger);
    Record(i, trigger, event, form, {}, conductors, supporters);
    g_->entities[g_->Root(event)].described = true;
    return;
  }
  // "Gunmen attacked federal police stations in six cities": an attack on a force's posts or convoys,
  // aimed at the force (PlaceAndForces names it).
  if (targets.empty() && form == "active" && cls == "Attack" && trigger.attr("target").empty() &&
      ForceThingAttacked(c_, end_ == kNone ? i : end_, place == kNone ? -1 : cl_.EntityAs(place, kPlace)) >= 0) {
    Record(i, trigger, event, form, {}, conductors, supporters, speakers);
    return;
  }
  // "Four federal police officers were shot dead", "Gunmen killed two Mexican soldiers in X": an act
  // on a force's counted people, aimed at the force (PlaceAndForces names it); active, a placed one.
  const size_t at = cl_.ObjectAfter(i, kPlace, "in|near|at|outside", 18);
  if (targets.empty() && r.referred.empty() && (form == "passive" || (form == "active" && at != kNone)) &&
      MembersForce(c_, i, form, at == kNone ? -1 : cl_.EntityAs(at, kPlace))) {
    Record(i, trigger, event, form, {}, conductors, supporters, speakers);
    return;
  }
  // "the downing of a military helicopter in Mexico": an act on a thing, named after it.
  if (targets.empty() && ThingObject(c_, i, trigger, form)) {
    Record(i, trigger, event, form, {}, conductors, supporters, speakers);
    return;
  }
  if (targets.empty() && r.referred.empty()) {
    if (form == "nominal" && event >= 0) OperationAgents(i, event);  // "Marines carried out the arrest"
    return;
  }
  const int recorded =
      Record(i, trigger, event, form, targets, conductors, supporters, speakers, speaker_agent, r.perpetrators, r.referred);
  // "sent 17 suspected operatives to the United States, among them X": the count names the act too (a
  // headline's "sends 17 prisoners" is the same one).
  if (form == "active" && CountedPeople(c_, i)) g_->entities[g_->Root(recorded)].count = ObjectCount(c_, i).value_or(0);
  g_->entities[g_->Root(recorded)].continues |= cls == "Designation" && i >= 1 && cl_.Is(i - 1, "also");
  for (size_t t : separate) Record(i, trigger, -1, form, {t}, conductors, {}, {}, speaker_agent);
}

int EventReader::Record(size_t i, const LexEntry& trigger, int event, const std::string& form,
                         const std::vector<size_t>& targets, const std::vector<size_t>& conductors,
                         const std::vector<size_t>& supporters, const std::vector<int>& speakers, int speaker_agent,
                         const std::vector<size_t>& perpetrators, const std::vector<int>& referred) {
  const std::string cls(trigger.attr("class"));
  const std::string labels = TargetLabels(trigger);
  // "The killing of X" after an arrest: a definite noun of another kind is another event.
  if (event >= 0 && g_->entities[event].refining != cls && !trigger.attr("class").empty()) event = -1;
  // "the arrest of Y" after the arrest of X: a definite noun with a target of its own is another arrest.
  if (event >= 0 && OtherTarget(event, targets, labels)) event = -1;
  if (event < 0) event = NewEvent(i, trigger);
  g_->entities[g_->Root(event)].named_by_noun |= ThingObject(c_, i, trigger, form);  // its place alone keeps it
  if (cls == "Designation") {
    if (const Mention* named = DesignationAfter(i); named && g_->entities[g_->Root(event)].designation.empty()) {
      g_->entities[g_->Root(event)].designation = named->value;
    }
  }
  const std::string rule = "frame.event." + form;
  // A killing by a criminal group has a perpetrator and a victim; by a force, a conductor and a target.
  const bool criminal = !perpetrators.empty() || std::any_of(conductors.begin(), conductors.end(), [&](size_t a) {
    const int e = cl_.EntityAs(a, kConductor);
    return e >= 0 && g_->entities[g_->Root(e)].refining == "Cartel";
  });
  const std::string role = !trigger.attr("role").empty()          ? std::string(trigger.attr("role"))
                           : criminal && cls == "Killing"          ? "victim"
                                                                   : "target";
  const uint32_t first = cl_.item(targets.empty() ? i : std::min(i, targets.front())).first;
  const uint32_t last = cl_.item(targets.empty() ? i : std::max(i, targets.back())).last;
  Phrases(i, trigger, event, form, targets);
  std::vector<int> target_entities;
  for (size_t t : targets) target_entities.push_back(TargetEntity(t, labels));
  target_entities.insert(target_entities.end(), referred.begin(), referred.end());
  for (const int target : target_entities) {
    c_.Relate("PARTICIPATED_IN", target, event, {{"role", Value(role)}}, rule, 0.85f, first, last);
    if (target >= 0 && g_->entities[g_->Root(target)].primary == "Person" && !trigger.attr("status").empty()) {
      c_.Fact(target, "status", Value(std::string(trigger.attr("status"))), rule, 0.8f, first, last);
      const std::string_view status = trigger.attr("status");
      const std::string end = status == "dead" ? "killed" : std::string(status);
      if (status == "dead" || status == "arrested" || status == "extradited") {
        c_.Fact(target, "leads_end", Value(end), rule, 0.8f, first, last);
      }
    }
  }
  bool conducted = false;
  for (size_t a : conductors) {
    const int conductor = cl_.EntityAs(a, cls == "Designation" ? "Organization|Person" : kConductor);
    if (conductor < 0 || std::find(targets.begin(), targets.end(), a) != targets.end() || InDateline(c_, a)) continue;
    conducted = true;
    const bool cartel = g_->entities[g_->Root(conductor)].refining == "Cartel";
    c_.Relate("PARTICIPATED_IN", conductor, event, {{"role", Value(std::string(cartel ? "perpetrator" : "conductor"))}},
              rule, 0.8f,
              cl_.item(std::min(i, a)).first, cl_.item(std::max(i, a)).last);
    if (cls == "Designation") Designated(i, conductor, targets, labels, referred);
    // An office holder whose government the text does not name designates under a law for its government.
    if (const int law = cls == "Designation" && g_->entities[g_->Root(conductor)].primary == "Person" &&
                                GovernmentHeadedBy(*g_, conductor) < 0
                            ? LawGovernment(i)
                            : -1;
        law >= 0) {
      Designated(i, law, targets, labels, referred, std::string(kLawDesignated));
    }
  }
  for (size_t a : perpetrators) {
    const int author = cl_.EntityAs(a, "Person|Organization");
    if (author < 0 || std::find(targets.begin(), targets.end(), a) != targets.end()) continue;
    c_.Relate("PARTICIPATED_IN", author, event, {{"role", Value(std::string("perpetrator"))}}, rule + ".author", 0.75f,
              cl_.item(std::min(i, a)).first, cl_.item(std::max(i, a)).last);
  }
  for (size_t a : supporters) {
    const int supporter = cl_.EntityAs(a, "Person|Organization");
    if (supporter < 0 || std::find(targets.begin(), targets.end(), a) != targets.end()) continue;
    c_.Relate("PARTICIPATED_IN", supporter, event, {{"role", Value(std::string("supporter"))}}, rule, 0.75f,
              cl_.item(std::min(i, a)).first, cl_.item(std::max(i, a)).last);
  }
  if (!conducted && speaker_agent >= 0) {
    conducted = true;
    c_.Relate("PARTICIPATED_IN", speaker_agent, event, {{"role", Value(std::string("conductor"))}}, rule + ".speaker",
              0.7f, cl_.item(i).first, cl_.item(i).last);
    if (cls == "Designation" && g_->entities[g_->Root(speaker_agent)].primary == "Organization") {
      Designated(i, speaker_agent, targets, labels);
    }
  }
  for (int speaker : speakers) {
    c_.Relate("PARTICIPATED_IN", speaker, event, {{"role", Value(std::string("supporter"))}}, rule + ".speaker", 0.7f,
              cl_.item(i).first, cl_.item(i).last);
  }
  // "X was designated a Foreign Terrorist Organization", "the President identified X as a significant
  // foreign narcotics trafficker": a designation by a country's law, its agent unnamed (or an office
  // no name holds), is that country's government's act (the lexicon's `by=`).
  if (cls == "Designation" && !conducted && (form == "passive" || (form == "active" && UnnamedOffice(i)))) {
    if (const int government = LawGovernment(i); government >= 0) {
      c_.Relate("PARTICIPATED_IN", government, event, {{"role", Value(std::string("conductor"))}}, rule + ".by_law",
                0.7f, cl_.item(i).first, cl_.item(i).last);
      Designated(i, government, targets, labels);
    }
  }
  if (cls == "Designation") return event;
  PlaceAndForces(i, trigger, event, form, targets, conducted);
  return event;
}

void EventReader::PurposeTargets(size_t i, int event) {
  // "during an operation to capture X", "a raid to arrest X, the cartel's leader": an operation named by
  // its purpose is a raid aimed at the person its arrest verb takes (the arrest itself did not happen:
  // HypotheticalAct rejects it).
  if (g_->entities[event].refining != "Raid" || !cl_.Is(i + 1, "to") || i + 3 >= cl_.size()) return;
  const int act = cl_.EntityAs(i + 2, "Event");
  if (act < 0 || g_->entities[g_->Root(act)].refining != "Arrest") return;
  const size_t described = DescribedPerson(i + 3);
  const size_t object = described != kNone ? described : i + 3;
  if (cl_.EntityAs(object, "Person") < 0 || (described == kNone && cl_.Anaphoric(object))) return;
  for (size_t t : cl_.Coordinated(object, "Person")) {
    const int target = cl_.EntityAs(t, "Person");
    c_.Relate("PARTICIPATED_IN", target, event, {{"role", Value(std::string("target"))}}, "frame.event.purpose", 0.75f,
              cl_.item(i).first, cl_.item(i).last);  // the noun's own modality, not its purpose's
    // Named as told: "operation to capture X".
    g_->entities[g_->Root(event)].phrases.push_back({"", cl_.item(i).first, cl_.item(i + 2).last, target, 0, 0});
  }
  // "Federal police launched an operation to capture X": the body that launched it conducted it.
  size_t v = i - 1;
  while (v >= 1 && v + 3 >= i && cl_.PlainWord(v) && !cl_.IsAny(v, kLaunchVerbs)) --v;
  if (v + 3 < i || !cl_.IsAny(v, kLaunchVerbs)) return;
  // A bare force too: "marines mounted a raid to arrest X".
  size_t body = cl_.SubjectBefore(v, kConductor);
  int conductor = body == kNone ? -1 : cl_.EntityAs(body, kConductor);
  if (const LexEntry* force = body == kNone ? ForceOf(c_, v, "active", -1, &body) : nullptr) {
    conductor = EntityForLex(g_, force, true);
  }
  if (conductor < 0 || g_->entities[g_->Root(conductor)].refining == "Cartel") return;
  c_.Relate("PARTICIPATED_IN", conductor, event, {{"role", Value(std::string("conductor"))}}, "frame.event.purpose", 0.7f,
            cl_.item(body).first, cl_.item(i).last);
}

void EventReader::OperationAgents(size_t i, int event) {
  // "the operation by federal police", "The capture was carried out by soldiers", "The arrest was made
  // by federal agents", "Marines carried out the operation in Culiacán": the bodies "by" names after the
  // noun or its performing verb, or the subject of the verb that performs it (a bare force too).
  size_t by = cl_.Is(i + 1, "by") ? i + 1 : kNone;
  if (by == kNone && cl_.IsAny(i + 1, "was|were")) {
    size_t k = i + 2 + (cl_.IsAny(i + 2, "jointly|successfully") ? 1 : 0);
    if (cl_.Is(k, "carried") && cl_.Is(k + 1, "out")) ++k;
    if (cl_.IsAny(k, "out|conducted|executed|made|performed") && cl_.Is(k + 1, "by")) by = k + 1;
  }
  const size_t v = by == kNone ? PerformVerb(i) : kNone;
  if (by == kNone && v == kNone) return;
  const bool targeted = std::any_of(g_->relations.begin(), g_->relations.end(), [&](const LocalRelation& r) {
    return r.type == "PARTICIPATED_IN" && ParticipantRole(r) == "target" && g_->Root(r.to) == event;
  });
  if (!targeted) return;
  const std::string rule = "frame.event.operation_by";
  auto conduct = [&](int body, size_t last) {
    c_.Relate("PARTICIPATED_IN", body, event, {{"role", Value(std::string("conductor"))}}, rule, 0.7f,
              cl_.item(std::min(i, last)).first, cl_.item(std::max(i, last)).last);
  };
  const size_t named = by != kNone ? (cl_.EntityAs(by + 1, kConductor) >= 0 ? by + 1 : kNone) : cl_.SubjectBefore(v, kConductor);
  if (named != kNone) {
    for (size_t a : cl_.Coordinated(named, kConductor)) conduct(cl_.EntityAs(a, kConductor), a);
    return;
  }
  size_t f = kNone, o = kNone;
  const LexEntry* force = by == i + 1 ? ForceOf(c_, i, "nominal", -1, &f)
                          : by != kNone ? ForceOf(c_, by - 1, "passive", -1, &f)
                                        : ForceOf(c_, v, "active", -1, &f);
  if (!force) return;
  conduct(EntityForLex(g_, force, true), f);
  if (const LexEntry* other = by != kNone ? FollowingForce(c_, f, -1, &o) : CoordinatedForce(c_, f, -1, &o)) {
    conduct(EntityForLex(g_, other, true), o);
  }
}

namespace {
size_t Distance(size_t a, size_t b) { return a > b ? a - b : b - a; }
}  // namespace

int EventReader::NewEvent(size_t i, const LexEntry& trigger) {
  LocalEntity e;
  e.primary = "Event";
  e.refining = std::string(trigger.attr("class"));
  const std::string noun = trigger.attr("noun").empty() ? trigger.canonical() : std::string(trigger.attr("noun"));
  e.name = noun;
  e.nouns = {noun};
  e.strong_class = true;
  e.mentioned = true;
  e.AddAlias(noun);
  // "Separately, ...", "In a separate case, ...": not one of the acts told before.
  const std::vector<Token>& t = c_.tokens;
  const uint32_t s = c_.sentence.first_token;
  e.apart = (s < c_.sentence.last_token && t[s].norm == "separately") ||
            (s + 2 < c_.sentence.last_token && t[s].norm == "in" && OneOf(t[s + 1].norm, "a|another") &&
             OneOf(t[s + 2].norm, "separate|unrelated|different"));
  // The date written nearest to the trigger in the sentence, not one before a word that times
  // another act by this one ("in February, weeks before X's arrest").
  const size_t timed_by = TimedBy(t, s, cl_.item(i).first);
  size_t best = kNone;
  std::vector<size_t> dates;  // the dates that may be the act's
  for (size_t k = 0; k < cl_.size(); ++k) {
    const Mention* m = cl_.mention(k);
    if (!m || m->kind != Mention::Kind::kDate || m->Aside() || cl_.item(k).first < timed_by) continue;
    // "X's capture follows the arrest last year of Y": a date past another act noun is that one's.
    bool other = false;
    for (size_t b = std::min(i, k) + 1; b < std::max(i, k) && !other; ++b) other = cl_.EntityAs(b, "Event") >= 0;
    // "until his arrest in 2003; he was extradited in 2007": a date nearer another act is that one's.
    if (!other && ClauseBreak(t, cl_.item(k).first, cl_.item(i).first)) {
      for (size_t b = 0; b < cl_.size() && !other; ++b) {
        other = b != i && Distance(b, k) < Distance(i, k) && cl_.EntityAs(b, "Event") >= 0;
      }
    }
    if (other) continue;
    dates.push_back(k);
    if (best == kNone || Distance(k, i) < Distance(best, i)) best = k;
  }
  // "In 2019, gunmen killed X in Sonora on Nov. 4": a date of the clause that refines the nearest
  // (the same year, a month or day more) is the act's.
  for (size_t k : dates) {
    if (Refines(cl_.mention(k)->date, cl_.mention(best)->date) && Distance(k, i) <= 12) best = k;
  }
  // "Ramón was shot in February 2002 and Benjamín was arrested a month later": a date told from
  // another after the act ("a month later", "a year earlier") is the act's own.
  for (size_t k = i + 1; k < cl_.size() && k <= i + 12 && !cl_.Break(k); ++k) {
    const Mention* m = cl_.mention(k);
    if (m && m->kind == Mention::Kind::kDate && OneOf(t[cl_.item(k).last - 1].norm, "later|earlier")) {
      best = k;
      break;
    }
  }
  if (best != kNone && Distance(best, i) <= 12 && !ApprovedAct(t, s, cl_.item(i).first)) e.date = cl_.mention(best)->date;
  g_->entities.push_back(std::move(e));
  return static_cast<int>(g_->entities.size() - 1);
}

void ReadEvents(const FrameContext& c) { EventReader(c).Run(); }

}  // namespace cg::ingest
