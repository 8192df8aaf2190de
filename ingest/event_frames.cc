// Event frames (frames.h): an arrest, killing, extradition, sentencing or
// designation reported about someone, read from the trigger's structure.
#include "ingest/frames.h"

#include <algorithm>

#include "ingest/entity_table.h"
#include "ingest/event_agents.h"
#include "ingest/event_targets.h"
#include "ingest/event_objects.h"
#include "ingest/modality.h"
#include "ingest/role_words.h"

namespace cg::ingest {
namespace {

constexpr std::string_view kConductor = "Organization";
// Verbs whose subject decided or obtained an act ("secured the extradition of").
constexpr std::string_view kSupportVerbs = "secured|secures|ordered|orders|authorized|authorizes|approved|approves|"
                                           "negotiated|negotiates|oversaw|oversees";
// Verbs whose subject performs or announces the act their object noun names ("announced the
// designations of", "imposed sanctions on", "carried out the arrest").
constexpr std::string_view kPerformVerbs = "announced|announces|conducted|conducts|carried|executed|completed|imposed|"
                                           "imposes|impose|imposing|levied|levies|placed|places|issued|issues";

class EventReader {
 public:
  explicit EventReader(const FrameContext& c) : c_(c), cl_(c.clause), g_(c.graph) {}

  void Run() {
    for (size_t i = 0; i < cl_.size(); ++i) {
      const LexEntry* trigger = nullptr;
      int event = -1;
      if (cl_.IsEntity(i)) {
        event = g_->Root(cl_.mention(i)->entity);
        if (g_->entities[event].primary != "Event") continue;
        const uint32_t t = cl_.item(i).first;
        const std::vector<LexMatch> m = c_.words.MatchAt(c_.tokens, t, cl_.item(i).last, "event");
        if (m.empty()) continue;
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

 private:
  std::string TargetLabels(const LexEntry& trigger) const {
    if (const std::string_view only = trigger.attr("target"); !only.empty()) return std::string(only);  // "seized"
    return trigger.attr("class") == "Designation" ? "Person|Organization" : "Person|Cartel";
  }

  // A cartel as the target of an arrest stands for its members ("28 Sinaloa Cartel members").
  bool Acceptable(size_t item, const LexEntry& trigger) const {
    if (cl_.EntityAs(item, "Person") >= 0 || PronounPerson(item) >= 0 || trigger.attr("class") == "Designation") {
      return true;
    }
    return MembersAfter(cl_, item) || LinkedToGroup(c_, item);
  }



  // The first organization after trigger i in its clause (within `reach` items) and those
  // coordinated with it, when the unnamed targets are linked to it ("arrested 28 members of X", "the
  // designations of individuals tied to X and Y").
  std::vector<size_t> LinkedGroup(size_t i, size_t reach) const {
    for (size_t k = i + 1; k < cl_.size() && k <= i + reach && !cl_.Break(k); ++k) {
      if (cl_.EntityAs(k, "Cartel|Organization") >= 0 && !cl_.Modifier(k)) {  // not "Mexico-based"
        return LinkedToGroup(c_, k) ? cl_.Coordinated(k, "Cartel|Organization") : std::vector<size_t>{};
      }
    }
    return {};
  }

  // The person a possessive pronoun before item i stands for ("his arrest"), or -1.
  int PronounPerson(size_t k) const {
    const Mention* m = cl_.mention(k);
    if (!m || !m->anaphoric || m->kind != Mention::Kind::kEntity || m->last != m->first + 1) return -1;
    const std::string_view w = c_.tokens[m->first].norm;
    if (w != "his" && w != "her" && w != "their") return -1;
    const int e = g_->Root(m->entity);
    return g_->entities[e].primary == "Person" ? e : -1;
  }

  // The entity item k names as `labels`, or -1 (also past the sentence's end).
  int EntityAt(size_t k, std::string_view labels) const { return k < cl_.size() ? cl_.EntityAs(k, labels) : -1; }

  // The entity target item t names: a mention of the target labels, or a possessive pronoun.
  int TargetEntity(size_t t, std::string_view labels) const {
    const int e = cl_.EntityAs(t, labels);
    return e >= 0 ? e : PronounPerson(t);
  }

  // Has `event` a target already that is none of `targets`?
  bool OtherTarget(int event, const std::vector<size_t>& targets, std::string_view labels) const {
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

  // Is place p inside the noun phrase of event noun (or its target) i ("the arrest of X, a boss, in
  // the city of Y"), not after a verb ("the arrest of X left the group weaker in Y")?
  bool InNounPhrase(size_t i, size_t p) const {
    bool open = false;
    for (size_t k = i + 1; k < p; ++k) {
      if (cl_.Is(k, ",")) {
        open = !open && cl_.IsAny(k + 1, kAppositionOpeners);
        continue;
      }
      if (open || cl_.mention(k) || !c_.tokens[cl_.item(k).first].word()) continue;
      size_t end = kNone;
      if (cl_.Is(k, "by") && !ForcePhrase(c_, k + 1, &end).empty()) {  // "the arrest of X by the army in Y"
        k = end;
        continue;
      }
      if (!cl_.IsAny(k, "of|in|near|at|outside|the|a|an|by|city|town|state|municipality|port|village|capital")) return false;
    }
    return true;
  }

  // The person a role or kinship noun phrase opening at item `from` describes, named right after
  // it: "the capture of his brother, X", "the arrest of the cartel's accountant, X" (after "of"),
  // "detained the suspect, X, at a ranch" (a verb's object).
  size_t DescribedPerson(size_t from) const {
    bool described = false;
    for (size_t k = from; k < cl_.size() && k <= from + 5 && !cl_.Break(k); ++k) {
      if (cl_.Is(k, ",")) {
        const bool closed = k + 2 >= cl_.size() || cl_.IsAny(k + 2, ",|.|;|who|and|at|in|on|near|outside|after|during") || cl_.Break(k + 2);
        return described && closed && EntityAt(k + 1, "Person") >= 0 ? k + 1 : kNone;
      }
      if (cl_.mention(k)) {
        if (cl_.EntityAs(k, "Person") >= 0 && !cl_.Anaphoric(k)) return kNone;  // "the arrest of X's son": not X's
        continue;
      }
      const uint32_t t = cl_.item(k).first;
      // A member's rank ("accountant"), a noun that describes a person ("suspect"), a kinship noun.
      if (c_.WordAt(k, "role") || !c_.lexicon.MatchAt(c_.tokens, t, c_.sentence.last_token, "role").empty() ||
          !c_.lexicon.MatchAt(c_.tokens, t, c_.sentence.last_token, "kin").empty()) {
        described = true;
      } else if (!c_.tokens[t].word() && !cl_.Is(k, "'s")) {
        return kNone;
      }
    }
    return kNone;
  }

  // The name right before the verb group of verb v, or set off by commas there.
  size_t NameBeforeVerb(size_t v, std::string_view labels) const {
    size_t p = cl_.BeforeVerbGroup(v);
    if (p == kNone) return kNone;
    // "the former mayor, X, was arrested"; "The lead investigator, Commander X, was murdered", "a
    // federal agent, Special Agent X of Laredo, was killed": the apposed name, after its title words
    // and before its place.
    if (cl_.Is(p, ",") && p >= 2) {
      size_t name = p - 1;
      if (name >= 3 && cl_.Is(name - 1, "of") && cl_.EntityAs(name, "Place") >= 0) name -= 2;
      size_t open = name;
      for (int n = 0; n < 2 && open > 0 && !cl_.mention(open - 1) &&
                      c_.tokens[cl_.item(open - 1).first].is(Token::kCapitalized) &&
                      c_.tokens[cl_.item(open - 1).first].word();
           ++n) {
        --open;
      }
      if (open > 0 && cl_.Is(open - 1, ",")) p = name;
    }
    return cl_.EntityAs(p, labels) >= 0 && !cl_.Anaphoric(p) ? p : kNone;
  }



  // The verb before act noun i that performs or announces it ("OFAC announced the designations
  // of", "Treasury imposed new sanctions on", "the Navy carried out the arrest"), or kNone.
  size_t PerformVerb(size_t i) const {
    if (i < 1) return kNone;
    size_t v = i - 1;
    if (v >= 1 && cl_.IsAny(v, "the|its|their|new|additional|further|fresh")) --v;
    if (v >= 1 && cl_.Is(v, "out") && cl_.Is(v - 1, "carried")) --v;
    return cl_.IsAny(v, kPerformVerbs) && !cl_.mention(v) ? v : kNone;
  }

  // "was abducted and killed": the first participle of a coordinated passive, else i.
  size_t CoordinatedPassive(size_t i) const {
    return i >= 2 && cl_.IsAny(i - 1, "and|or") && cl_.Passive(i - 2) ? i - 2 : i;
  }

  void Read(size_t i, const LexEntry& trigger, int event) {
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
    std::vector<size_t> targets, conductors, supporters;
    std::vector<size_t> separate;  // targets of events of their own
    std::vector<int> speakers;     // supporters the text names by "we" / "our" only (entity ids)
    int speaker_agent = -1;        // the conductor the text names by "I" / "we" only (an entity id)
    std::string form;
    if (cl_.Nominal(i) || (i >= 1 && PronounPerson(i - 1) >= 0) || PerformVerb(i) != kNone) {
      form = "nominal";
      // "the arrest last year of his rival, X", "the designation in February of six cartels": the
      // noun's complement after a date.
      size_t noun = i + (cl_.mention(i + 1) && cl_.mention(i + 1)->kind == Mention::Kind::kDate ? 1 : 0);
      if (noun == i && cl_.IsAny(i + 1, "in|on|last") && cl_.mention(i + 2) &&
          cl_.mention(i + 2)->kind == Mention::Kind::kDate && cl_.Is(i + 3, "of")) {
        noun = i + 2;
      }
      // "the arrest by the Mexican Navy of X": the complement after the conductor.
      if (const size_t by = cl_.Is(noun + 1, "by") ? cl_.ObjectAfter(noun, kConductor, "by", 3) : kNone;
          by != kNone && cl_.Is(by + 1, "of")) {
        noun = by;
      }
      size_t group = kNone;  // "the arrest of 28 members of the Sinaloa Cartel": the group stands for them
      if (cl_.ObjectAfter(noun, labels, "of|against|on", 4) == kNone) {
        if (size_t t = cl_.ObjectAfter(noun, labels, "of", 7);
            t != kNone && cl_.EntityAs(t, "Organization") >= 0 && LinkedToGroup(c_, t) && !Tally(c_, t)) {
          group = t;
        }
      }
      if (size_t t = group != kNone ? group : cl_.ObjectAfter(noun, labels, "of|against|on", 4); t != kNone) {
        // "the arrest of the Sinaloa cartel founder, El Mayo": the person the role names.
        if (!Acceptable(t, trigger)) {
          if (size_t p = PersonOfRole(c_, t); p != kNone) t = p;
        }
        targets = cl_.Coordinated(t, labels);
        // "the arrest of A, a chemist, and B, a financier": each named one is an arrest of its own.
        if (targets.size() == 1) separate = AcrossAppositions(c_, t);
      }
      if (targets.empty()) {
        const size_t p = cl_.Is(noun + 1, "of") ? DescribedPerson(noun + 2) : kNone;  // "the capture of his brother, X"
        if (p != kNone) targets = {p};
      }
      if (i >= 2 && cl_.Is(i - 1, "'s")) {
        // "X's arrest"; not "the State Department's designation" (an agency's act: its conductor).
        const int owner = cl_.EntityAs(i - 2, labels);
        const bool agency = owner >= 0 && cls == "Designation" && AgencyLike(g_->entities[g_->Root(owner)]) &&
                            g_->entities[g_->Root(owner)].primary == "Organization";
        if (targets.empty() && owner >= 0 && !agency) targets = {i - 2};
        else if (cl_.EntityAs(i - 2, kConductor) >= 0) conductors = {i - 2};                  // "Mexico's arrest of X"
      }
      if (targets.empty() && i >= 1 && PronounPerson(i - 1) >= 0) targets = {i - 1};           // "his arrest"
      // "the designation of six cartels, among them A and B": the ones named.
      if (targets.empty() && cls == "Designation") targets = Including(c_, noun, labels);
      if (conductors.empty()) {
        if (size_t a = cl_.PossessedBody(cl_.ObjectAfter(i, kConductor, "by", 12), kConductor);
            a != kNone && AgentOfNoun(cl_, i, a)) {
          conductors = cl_.Coordinated(a, kConductor);
        }
      }
      // "President X secured the extradition of ...": who decided or obtained it supports it.
      if (i >= 2 && cl_.IsAny(i - 1, "the|their|its") && cl_.IsAny(i - 2, kSupportVerbs)) {
        if (size_t a = cl_.SubjectBefore(i - 2, "Person|Organization"); a != kNone) {
          supporters = cl_.Coordinated(a, "Person|Organization");
        }
      }
      int speaker = -1;
      if (conductors.empty() && supporters.empty()) supporters = CooperationSides(c_, i, &speaker);
      if (speaker >= 0) speakers = {speaker};
      // "OFAC announced the designations of 25 targets", "the Navy carried out the arrest": the
      // subject of a verb that performs or announces the act.
      if (const size_t v = PerformVerb(i); conductors.empty() && v != kNone) {
        if (size_t a = cl_.SubjectBefore(v, kConductor); a != kNone) conductors = cl_.Coordinated(a, kConductor);
      }
    } else if (const size_t verb = CoordinatedPassive(i); cl_.Passive(verb) || DiedInClash(c_, i, trigger)) {
      form = "passive";
      if (cl_.UnnamedSubject(verb)) {
        separate = Including(c_, i, labels);  // "dozens were arrested, including X and Y"
        if (separate.empty()) return;
      } else {
        size_t t = cl_.SubjectBefore(verb, labels);
        size_t n = NameBeforeVerb(verb, labels);
        // "The brother of X died in a shootout": a noun's complement right before the verb is not its subject.
        const auto complement = [&](size_t x) { return x == cl_.BeforeVerbGroup(verb) && cl_.PersonComplement(x); };
        if (t != kNone && complement(t)) t = kNone;
        if (n != kNone && complement(n)) n = kNone;  // "former mayor X was arrested", "the former mayor, X, was"
        // "The leader of the Gulf Cartel, X, was extradited": the name, not the group its role names.
        if (t != kNone && n != kNone && !Acceptable(t, trigger) && Acceptable(n, trigger)) t = kNone;
        if (t != kNone) {
          targets = cl_.Coordinated(t, labels);
        } else if (n != kNone) {
          targets = {n};
        }
      }
      if (size_t a = cl_.PossessedBody(cl_.ObjectAfter(i, kConductor, "by", 10), kConductor); a != kNone) {
        conductors = cl_.Coordinated(a, kConductor);
      }
      if (conductors.empty()) {
        if (size_t a = AgentsOf(c_, i); a != kNone) conductors = {a};  // "by gunmen from the Gulf Cartel"
      }
      if (conductors.empty() && cls == "Extradition") {
        if (size_t a = SendingCountry(c_, i); a != kNone) conductors = {a};  // "extradited from Mexico"
      }
      if (conductors.empty()) {
        // "killed in a gunfight with Mexican marines"
        const size_t a = cl_.ObjectAfter(i, kConductor, "with", 8);
        if (a != kNone && a >= 2 && WithClash(c_, cl_.Is(a - 1, "with") ? a - 1 : a - 2)) {
          conductors = cl_.Coordinated(a, kConductor);
        }
      }
    } else if (trigger.attr("voice") == "passive") {
      return;  // "Two gunmen died, X told reporters": a verb whose subject the act was done to has no object.
    } else {
      form = "active";
      const size_t after = end_ == kNone ? i : end_;
      const std::vector<size_t> dashed = DashedList(c_, after, labels);
      size_t t = dashed.empty() ? cl_.ObjectAfter(after, labels, "-", 10) : kNone;
      // "sanctioned Ismael Zambada's sons": a person's possessive names someone else.
      if (t != kNone && cl_.EntityAs(t, "Person") >= 0 && cl_.Possessor(t)) t = kNone;
      if (t == kNone) t = ShiftedObject(c_, after, labels);
      if (t == kNone) t = DescribedPerson(after + 1);  // "detained the suspect, X, at a ranch"
      if (t != kNone) targets = cl_.Coordinated(t, labels);
      if (!dashed.empty()) targets = dashed;
      // "arrested an alleged Zetas operative, X", "killed the leader of the Zetas, X": the person named.
      if (t == kNone) t = cl_.ObjectAfter(after, "Organization", "of", 8);  // "the alleged top leader of the Zetas, X"
      // "arrested suspected Zetas member X": the person a group's role compound names (no comma), not the group.
      const size_t titled = t != kNone && cl_.EntityAs(t, "Person") < 0 ? PersonOfRole(c_, t) : kNone;
      if (titled != kNone && !cl_.Is(titled - 1, ",")) targets = {titled};
      if (t != kNone && (targets.empty() || (targets.size() == 1 && !Acceptable(t, trigger)))) {
        if (size_t p = PersonOfRole(c_, t); p != kNone) targets = cl_.Coordinated(p, labels);
      }
      // "detained A, a smuggler, and B, the cartel's security chief": each named one, an arrest of its own.
      if (targets.size() == 1 && cl_.EntityAs(targets[0], "Person") >= 0) separate = AcrossAppositions(c_, targets[0]);
      if (size_t a = cl_.SubjectBefore(i, kConductor); a != kNone) conductors = cl_.Coordinated(a, kConductor);
      if (size_t a = SubjectAgents(c_, i); conductors.empty() && a != kNone) conductors = {a};
      if (size_t a = ReportingBody(c_, i); conductors.empty() && a != kNone) conductors = {a};
      if (size_t a = HeadSubject(c_, i); conductors.empty() && cls == "Designation" && a != kNone) conductors = {a};
      // "arrested dozens of traffickers, including X and Y": one arrest of each named one.
      if (targets.empty() || !Acceptable(targets.front(), trigger)) separate = Including(c_, i, labels);
      // "I officially designated ...", "we extradited ...": in a first-person text, the speaker
      // (discourse.h FirstPersonAgent) does the act.
      if (conductors.empty()) {
        std::vector<int> others;
        for (size_t t : targets) others.push_back(cl_.EntityAs(t, labels));
        speaker_agent = SpeakerAgent(c_, i, others);
      }
    }
    // "the designation of members of X" is one act on X's people; a nominal arrest of X's members is
    // read above (one arrest, unless a tally over a period: Tally).
    if (targets.empty() && (form != "nominal" || (cls == "Designation" && cl_.Is(i + 1, "of")))) {
      targets = LinkedGroup(i, form == "nominal" ? 7 : 24);
    }
    std::erase_if(targets, [&](size_t t) { return !Acceptable(t, trigger); });
    if (trigger.attr("needs") == "designation" && !DesignationAfter(i)) return;
    // "transferred 29 defendants to the United States": a transfer to another country only.
    if (trigger.attr("needs") == "destination" && cl_.ObjectAfter(i, "Country", "to", 12) == kNone) return;
    // "took X into custody", "took his associate, X, into custody": the verb is the act only with its
    // tail right after its one object.
    if (const std::string_view tail = trigger.attr("tail");
        !tail.empty() && (form != "active" || targets.size() != 1 || !separate.empty() ||
                          !WordsAfter(cl_, targets[0] + (cl_.Is(targets[0] + 1, ",") ? 1 : 0), tail))) {
      return;
    }
    // A designation of several named targets is one act; other events are one per person named apart.
    if (cls == "Designation") {
      targets.insert(targets.end(), separate.begin(), separate.end());
      separate.clear();
    }
    if (targets.empty() && !separate.empty()) {
      targets = {separate.front()};
      separate.erase(separate.begin());
    }
    // "Mexico extradited 29 cartel figures on Thursday", "... on Thursday extradited a man accused of":
    // a dated act with its agent, its targets unnamed (named later, ClusterEvents joins them).
    // "President X secured the extradition of 29 cartel bosses": a counted act its supporter names.
    // "CJNG gunmen killed six farmers in Jalisco": a placed act is one too.
    // "Federal police captured a suspected leader of X in Y on Monday": the agent a bare force.
    const size_t place = form == "active" ? cl_.ObjectAfter(i, kPlace, "in|near|at|outside", 18) : kNone;
    size_t force_first = kNone;
    const bool forced = targets.empty() && form == "active" && conductors.empty() && IndefiniteObject(c_, i) &&
                        ForceOf(c_, i, form, place == kNone ? -1 : cl_.EntityAs(place, kPlace), &force_first);
    // "X was handed over to U.S. marshals": the agency that received him supported the extradition.
    if (cls == "Extradition") {
      if (size_t a = cl_.ObjectAfter(i, "Agency", "to", 5); a != kNone) supporters.push_back(a);
    }
    // "Mexico has transferred 29 defendants to the United States": an extradition's destination
    // anchors it as a date or a place does.
    const bool sent = cls == "Extradition" && cl_.ObjectAfter(i, "Country", "to", 12) != kNone;
    if (targets.empty() && form != "passive" &&
        (((!conductors.empty() || forced) && (DateNear(c_, i) || place != kNone || sent)) ||
         (form == "nominal" && !supporters.empty())) &&
        (form == "nominal" ? cl_.Is(i + 1, "of") && CountedObject(c_, i + 1)
                           : cls != "Designation" && (CountedObject(c_, i) || IndefiniteObject(c_, i)))) {
      Record(i, trigger, event, form, {}, conductors, supporters);
      return;
    }
    // "the downing of a military helicopter in Mexico": an act on a thing, named after it.
    if (targets.empty() && ThingObject(c_, i, trigger, form)) {
      Record(i, trigger, event, form, {}, conductors, supporters, speakers);
      return;
    }
    if (targets.empty()) return;
    Record(i, trigger, event, form, targets, conductors, supporters, speakers, speaker_agent);
    for (size_t t : separate) Record(i, trigger, -1, form, {t}, conductors, {}, {}, speaker_agent);
  }

  void Record(size_t i, const LexEntry& trigger, int event, const std::string& form, const std::vector<size_t>& targets,
              const std::vector<size_t>& conductors, const std::vector<size_t>& supporters,
              const std::vector<int>& speakers = {}, int speaker_agent = -1) {
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
    const bool criminal = std::any_of(conductors.begin(), conductors.end(), [&](size_t a) {
      const int e = cl_.EntityAs(a, kConductor);
      return e >= 0 && g_->entities[g_->Root(e)].refining == "Cartel";
    });
    const std::string role = !trigger.attr("role").empty()          ? std::string(trigger.attr("role"))
                             : criminal && cls == "Killing"          ? "victim"
                                                                     : "target";
    const uint32_t first = cl_.item(targets.empty() ? i : std::min(i, targets.front())).first;
    const uint32_t last = cl_.item(targets.empty() ? i : std::max(i, targets.back())).last;
    Phrases(i, trigger, event, form, targets);
    for (size_t t : targets) {
      const int target = TargetEntity(t, labels);
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
      if (cls == "Designation") Designated(i, conductor, targets, labels);
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
    if (cls == "Designation") return;
    size_t p = cl_.ObjectAfter(i, kPlace, "in|near|at|outside", 18, true);
    // "... during a raid on a safe house in a quiet neighborhood of Culiacán": further within the clause.
    if (p == kNone) p = cl_.ObjectAfter(i, kPlace, "in|near|at|outside", 26);
    const bool thing = ThingObject(c_, i, trigger, form);
    const size_t head = !targets.empty() ? std::max(i, targets.back()) : thing ? ObjectEnd(c_, i + 3) - 1 : i;
    if (p != kNone && (InApposition(c_, i, p) || (form == "nominal" && !InNounPhrase(head, p)))) p = kNone;
    // "killed X, a founder of Y who had been reported dead in 2010, in a shootout in Z".
    if (const size_t close = p == kNone && form != "nominal" && !targets.empty() ? AppositionClose(c_, targets.back()) : kNone;
        close != kNone && cl_.IsAny(close + 1, "in|near|at|outside|during")) {
      p = cl_.ObjectAfter(close, kPlace, "in|near|at|outside", 20);
    }
    if (p != kNone) {
      c_.Relate("OCCURRED_IN", event, cl_.EntityAs(p, kPlace), {}, rule + ".place", 0.75f, cl_.item(i).first,
                cl_.item(p).last);
    }
    // "Federal police arrested X in Morelia", "killed by soldiers": a force named by a bare noun is
    // the body of that name in the country where it happened (the event's place, else the dateline).
    size_t f = kNone;
    const LexEntry* force =
        conducted || (targets.empty() && form != "active") ? nullptr : ForceOf(c_, i, form, p == kNone ? -1 : cl_.EntityAs(p, kPlace), &f);
    if (!force) return;
    c_.Relate("PARTICIPATED_IN", EntityForLex(g_, force, true), event, {{"role", Value(std::string("conductor"))}},
              rule + ".force", 0.7f, cl_.item(std::min(i, f)).first, cl_.item(std::max(i, f)).last);
    size_t o = kNone;
    const int where = p == kNone ? -1 : cl_.EntityAs(p, kPlace);
    if (const LexEntry* other = form == "active" ? CoordinatedForce(c_, f, where, &o) : FollowingForce(c_, f, where, &o)) {
      c_.Relate("PARTICIPATED_IN", EntityForLex(g_, other, true), event, {{"role", Value(std::string("conductor"))}},
                rule + ".force", 0.7f, cl_.item(std::min(i, o)).first, cl_.item(std::max(i, o)).last);
    }
  }

  // Does target t stand for unnamed members of its group ("six members of X", "X members")?
  bool ForMembers(size_t t) const {
    return cl_.EntityAs(t, "Person") < 0 && PronounPerson(t) < 0 && (MembersAfter(cl_, t) || LinkedToGroup(c_, t));
  }



  // How a name opens before its object: "designation of ...", "sanctions of / on / against ...";
  // own_preposition: the object keeps the noun's own ("new sanctions on six members of X").
  static std::vector<std::string> Heads(const std::string& noun, bool own_preposition = false) {
    if (own_preposition) return {noun + " "};
    if (noun == "sanctions") return {noun + " of ", noun + " on ", noun + " against "};
    return {noun + " of "};
  }

  // How the text names an event whose target is a group standing for its members, or a count: "the
  // October 6 designation of members of the CJNG" (from a date before the noun, and from the noun),
  // "extradited 29 Mexican drug cartel bosses" (the noun, "of", the counted object).
  void Phrases(size_t i, const LexEntry& trigger, int event, const std::string& form, const std::vector<size_t>& targets) {
    LocalEntity& e = g_->entities[g_->Root(event)];
    const std::string noun = e.nouns.empty() ? std::string() : e.nouns.front();
    // "extradited 29 Mexican drug cartel bosses to ...", "the extradition of 29 ... to ...".
    const bool nominal = form == "nominal" && cl_.Is(i + 1, "of");
    const bool counted = CountedObject(c_, nominal ? i + 1 : i) || ThingObject(c_, i, trigger, form);
    if (targets.empty() && (form == "active" || nominal) && counted) {
      const size_t object = nominal ? i + 2 : i + 1;
      const size_t end = ObjectEnd(c_, object);
      if (end <= object) return;
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

  // The designator designated each target that is the head of its phrase (not "X members").
  void Designated(size_t i, int conductor, const std::vector<size_t>& targets, const std::string& labels) {
    const LocalEntity& who = g_->entities[g_->Root(conductor)];
    if (who.refining != "Government" && who.refining != "Agency") return;
    const Mention* named = DesignationAfter(i);
    const std::string designation = named ? named->value : "sanctions";
    // "people tied to X and Y": Y, coordinated with a group linked to, stands for its members too.
    std::vector<size_t> linked;
    if (!targets.empty() && LinkedToGroup(c_, targets.front())) linked = cl_.Coordinated(targets.front(), labels);
    for (size_t t : targets) {
      if (MembersAfter(cl_, t) || LinkedToGroup(c_, t) || std::find(linked.begin(), linked.end(), t) != linked.end()) {
        continue;
      }
      c_.Relate("DESIGNATED", conductor, cl_.EntityAs(t, labels), {{"designation", Value(designation)}},
                "frame.event.designated", 0.8f, cl_.item(std::min(i, t)).first, cl_.item(std::max(i, t)).last);
    }
  }

  // The designation named after trigger i in its clause ("as Foreign Terrorist Organizations").


  const Mention* DesignationAfter(size_t i) const {
    for (size_t k = i + 1; k < cl_.size() && k <= i + 30 && !cl_.Break(k); ++k) {
      const Mention* m = cl_.mention(k);
      if (m && m->kind == Mention::Kind::kDesignation) return m;
    }
    return nullptr;
  }

  int NewEvent(size_t i, const LexEntry& trigger) {
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
    // The date written nearest to the trigger in the sentence.
    size_t best = kNone;
    for (size_t k = 0; k < cl_.size(); ++k) {
      const Mention* m = cl_.mention(k);
      if (!m || m->kind != Mention::Kind::kDate || m->Aside()) continue;
      // "X's capture follows the arrest last year of Y": a date past another act noun is that one's.
      bool other = false;
      for (size_t b = std::min(i, k) + 1; b < std::max(i, k) && !other; ++b) other = cl_.EntityAs(b, "Event") >= 0;
      if (other) continue;
      if (best == kNone || (k > i ? k - i : i - k) < (best > i ? best - i : i - best)) best = k;
    }
    if (best != kNone && (best > i ? best - i : i - best) <= 12) e.date = cl_.mention(best)->date;
    g_->entities.push_back(std::move(e));
    return static_cast<int>(g_->entities.size() - 1);
  }

  const FrameContext& c_;
  const Clause& cl_;
  ArticleGraph* g_;
  size_t end_ = kNone;  // the last item of the trigger being read, when it is a phrase of words
};

}  // namespace

void ReadEvents(const FrameContext& c) { EventReader(c).Run(); }

}  // namespace cg::ingest
