// Event forms (event_reader.h): the three forms an event trigger takes, and whom each names as the
// act's targets, conductors and supporters -- a noun ("the arrest of X", "X's arrest"), a passive
// verb ("X was arrested by Y"), an active verb ("Y arrested X").
#include "ingest/event_reader.h"

#include "ingest/event_agents.h"
#include "ingest/event_objects.h"
#include "ingest/event_targets.h"
#include "ingest/role_words.h"

namespace cg::ingest {
namespace {

// Verbs whose subject decided or obtained an act ("secured the extradition of").
constexpr std::string_view kSupportVerbs = "secured|secures|ordered|orders|authorized|authorizes|approved|approves|"
                                           "negotiated|negotiates|oversaw|oversees";
// Verbs whose subject performs or announces the act their object noun names ("announced the
// designations of", "imposed sanctions on", "carried out the arrest").
constexpr std::string_view kPerformVerbs = "announced|announces|conducted|conducts|carried|executed|completed|imposed|"
                                           "imposes|impose|imposing|levied|levies|placed|places|issued|issues|"
                                           "slapped|slaps|leveled|levelled|unveiled|unveils";

}  // namespace

void EventReader::ReadNominal(size_t i, const LexEntry& trigger, const std::string& cls, const std::string& labels,
                              EventRoles* r) {
  std::vector<size_t>& targets = r->targets;
  std::vector<size_t>& conductors = r->conductors;
  std::vector<size_t>& supporters = r->supporters;
  std::vector<size_t>& separate = r->separate;
  std::vector<int>& speakers = r->speakers;
  // "the arrest last year of his rival, X", "the designation in February of six cartels": the
  // noun's complement after a date.
  size_t noun = i + (cl_.mention(i + 1) && cl_.mention(i + 1)->kind == Mention::Kind::kDate ? 1 : 0);
  if (noun == i && cl_.IsAny(i + 1, "in|on|last") && cl_.mention(i + 2) &&
      cl_.mention(i + 2)->kind == Mention::Kind::kDate && cl_.Is(i + 3, "of")) {
    noun = i + 2;
  }
  // "the killing in Reynosa in January of X": after a place, and a date after it.
  if (noun == i && cl_.IsAny(i + 1, "in|near") && cl_.EntityAs(i + 2, "Place") >= 0) {
    const size_t after = cl_.IsAny(i + 3, "in|on|last") && cl_.mention(i + 4) &&
                                 cl_.mention(i + 4)->kind == Mention::Kind::kDate ? i + 4 : i + 2;
    if (cl_.Is(after + 1, "of")) noun = after;
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
  size_t object = group != kNone ? group : cl_.ObjectAfter(noun, labels, "of|against|on", 4);
  // "the murder of U.S. drug agent X", "the killing of the local police chief, X": a longer title.
  if (object == kNone && cl_.Is(noun + 1, "of")) {
    const size_t far = cl_.ObjectAfter(noun, labels, "of", 7);
    bool titled = far != kNone;
    for (size_t k = noun + 2; titled && k < far; ++k) {
      titled = (cl_.PlainWord(k) && !cl_.IsAny(k, "of|in|at|for|with|by|from|on|and|or|who|that|which")) ||
               (cl_.mention(k) && (cl_.Modifier(k) || (cl_.EntityAs(k, "Organization") >= 0 && cl_.PlainWord(k + 1)))) ||
               (cl_.Is(k, ",") && k + 1 == far);
    }
    if (titled) object = far;
  }
  if (size_t t = PastCountryPossessive(object, labels); t != kNone) {
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
  // "X, whose arrest in May 2017 deepened the split": the one the relative pronoun stands for.
  if (targets.empty() && i >= 3 && cl_.Is(i - 1, "whose") && cl_.Is(i - 2, ",") && cl_.EntityAs(i - 3, "Person") >= 0) targets = {i - 3};
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
      // "members of the Gulf Cartel ordered the killing of X": who orders a killing or an attack
      // for a criminal group did it.
      const bool criminal = (cls == "Killing" || cls == "Attack") && cl_.IsAny(i - 2, "ordered|orders") &&
                            cl_.EntityAs(a, "Cartel") >= 0;
      (criminal ? r->perpetrators : supporters) = cl_.Coordinated(a, "Person|Organization");
    }
  }
  int speaker = -1;
  if (conductors.empty() && supporters.empty()) supporters = CooperationSides(c_, i, &speaker);
  if (speaker >= 0) speakers = {speaker};
  // "OFAC announced the designations of 25 targets", "the Navy carried out the arrest": the
  // subject of a verb that performs or announces the act.
  // A designation's may be an office holder ("Treasury Secretary X announced sanctions against Y").
  if (const size_t v = PerformVerb(i); conductors.empty() && v != kNone) {
    const std::string_view who = cls == "Designation" ? "Organization|Person" : kConductor;
    if (size_t a = cl_.SubjectBefore(v, who); a != kNone) conductors = cl_.Coordinated(a, who);
  }
  // "the killing in November of X, known as Y, a leader of Z, in a gunbattle with marines in W": the
  // force of the clash after the target's apposition.
  if (const size_t close = conductors.empty() && !targets.empty() ? AppositionClose(c_, targets.back()) : kNone;
      close != kNone && cl_.IsAny(close + 1, "in|during")) {
    const size_t a = cl_.ObjectAfter(close, kConductor, "with", 8);
    if (a != kNone && a >= 2 && WithClash(c_, cl_.Is(a - 1, "with") ? a - 1 : a - 2)) conductors = cl_.Coordinated(a, kConductor);
  }
  if (conductors.empty() && r->perpetrators.empty()) r->perpetrators = Authors(i);
}

std::vector<size_t> EventReader::Authors(size_t i) const {
  constexpr std::string_view kAuthor = "Person|Organization";
  size_t k = i;
  // "the 1985 torture and murder of X", "the kidnapping and killing of X".
  if (k >= 2 && cl_.Is(k - 1, "and") && cl_.PlainWord(k - 2)) k -= 2;
  if (k >= 1 && cl_.mention(k - 1) && cl_.mention(k - 1)->kind == Mention::Kind::kDate) --k;
  if (k >= 1 && cl_.IsAny(k - 1, "the|a|an|this|that")) --k;
  // "... of masterminding the murder", "... with carrying out the attack".
  if (k >= 1 && cl_.IsAny(k - 1, "masterminding|ordering|planning|orchestrating|organizing|committing")) --k;
  else if (k >= 2 && cl_.IsAny(k - 1, "out|in") && cl_.IsAny(k - 2, "carrying|participating")) k -= 2;
  if (k >= 2 && cl_.IsAny(k - 1, "of|with|for|in") &&
      cl_.IsAny(k - 2, "accused|suspected|convicted|charged|indicted|blamed|responsible")) {
    const size_t v = k - 2;
    // "authorities accused the Zetas of the killing": the object of the active verb.
    if (cl_.IsAny(v, "accused|blamed") && v >= 1 && cl_.EntityAs(v - 1, kAuthor) >= 0 &&
        !cl_.IsAny(v - 1, "is|was|were|are|been|being")) {
      return {};
    }
    if (const size_t a = cl_.SubjectBefore(v, kAuthor); a != kNone) return cl_.Coordinated(a, kAuthor);
    return {};
  }
  if (k >= 3 && cl_.IsAny(k - 1, "of|for")) {
    size_t v = k - 2;
    if (v >= 1 && cl_.EntityAs(v, kAuthor) >= 0 && cl_.IsAny(v - 1, "accused|accuse|accuses|accusing|blamed|blame|blames")) {
      return {v};
    }
    if (v >= 2 && cl_.EntityAs(v, kAuthor) >= 0 && cl_.Is(v - 1, "the") &&
        cl_.IsAny(v - 2, "accused|accuse|accuses|accusing|blamed|blame|blames")) {
      return {v};
    }
  }
  if (k >= 1 && cl_.IsAny(k - 1, "masterminded|orchestrated|planned|organized|perpetrated|committed")) {
    if (const size_t a = cl_.SubjectBefore(k - 1, kAuthor); a != kNone) return cl_.Coordinated(a, kAuthor);
    return {};
  }
  // "The murder of X in Y in 2010 was attributed to the Gulf Cartel" (the act opens its clause, also a
  // clause reported or believed: "prosecutors said the killing of X was ordered by Y"), "... the murder
  // of X, which was blamed on the cartel".
  const bool opens = k == 0 || cl_.Break(k - 1) || cl_.IsAny(k - 1, ",|-|--") ||
                     cl_.IsAny(k - 1, "said|says|say|believe|believes|suspect|suspects|think|thinks|that");
  const int act = cl_.EntityAs(i, "Event");
  for (size_t v = i + 1; v + 2 < cl_.size() && v <= i + 20 && !cl_.Break(v); ++v) {
    if (const int other = cl_.EntityAs(v, "Event"); other >= 0 && (act < 0 || g_->Root(other) != g_->Root(act))) return {};
    if (!cl_.IsAny(v, "was|were|is|are|been")) continue;
    if (!opens && !(cl_.IsAny(v - 1, "which|that") && cl_.Is(v - 2, ","))) return {};
    size_t w = v + 1;
    if (cl_.IsAny(w, "widely|also|later|reportedly|allegedly|apparently|initially")) ++w;
    const bool by = cl_.IsAny(w, "carried|committed|perpetrated|ordered|claimed") &&
                    (cl_.Is(w + 1, "by") || (cl_.Is(w + 1, "out") && cl_.Is(w + 2, "by")));
    const bool to = cl_.IsAny(w, "attributed|blamed") && cl_.IsAny(w + 1, "to|on");
    if (!by && !to) return {};
    w += cl_.Is(w + 1, "out") ? 3 : 2;
    if (cl_.Is(w, "the")) ++w;
    // "carried out by members of Los Zetas", "blamed on gunmen from the cartel".
    if (cl_.IsAny(w, "members|gunmen|hitmen|operatives|cells|assassins|fighters|smugglers") && cl_.IsAny(w + 1, "of|from")) {
      w += 2;
      if (cl_.Is(w, "the")) ++w;
    }
    if (cl_.EntityAs(w, kAuthor) >= 0) return cl_.Coordinated(w, kAuthor);
    return {};
  }
  return {};
}

bool EventReader::ReadPassive(size_t i, size_t verb, const LexEntry& trigger, const std::string& cls,
                              const std::string& labels, EventRoles* r) {
  std::vector<size_t>& targets = r->targets;
  std::vector<size_t>& conductors = r->conductors;
  std::vector<size_t>& separate = r->separate;
  if (cl_.UnnamedSubject(verb)) {
    separate = Including(c_, i, labels);  // "dozens were arrested, including X and Y"
    if (separate.empty()) r->referred = PluralSubjectReferred(verb);  // "Both of them were killed"
    // "Four federal police officers were shot dead in X": a force's counted people (Read names the force).
    const size_t at = cl_.ObjectAfter(i, kPlace, "in|near|at|outside", 18);
    if (separate.empty() && r->referred.empty() &&
        !MembersForce(c_, i, "passive", at == kNone ? -1 : cl_.EntityAs(at, kPlace))) {
      return false;
    }
  } else {
    // "a brother of the drug lord killed by Mexican marines": a participle right after a name (a
    // reduced relative clause) is about that name.
    // A noun's complement no mention covers ("a brother of the boss killed by marines") names none.
    const bool reduced = verb >= 1 && cl_.Is(verb + 1, "by") && cl_.EntityAs(verb - 1, labels) >= 0;
    const auto noun_phrase = [&] {  // "of the (drug) lord" right before the participle
      for (size_t k = verb; k-- > 0 && verb - k <= 3;) {
        if (cl_.IsAny(k, "the|a|an")) return k + 1 < verb && k > 0 && cl_.Is(k - 1, "of");
        if (!cl_.PlainWord(k) || cl_.IsAny(k, "was|were|is|are|been|be|being|had|has|have")) return false;
      }
      return false;
    };
    if (cl_.Is(verb + 1, "by") && noun_phrase()) return false;
    // "X was wanted in the United States and was designated by ...": a phrase after "and" has the
    // subject of the one before (not a preposition's object in it).
    size_t t = reduced ? verb - 1 : cl_.CoordinatedSubject(verb, cl_.SubjectBefore(verb, labels), labels);
    // "The X Cartel, designated as an FTO in 2025, ...", "X, designated by the Treasury in 2017,",
    // "X, arrested last year near Nuevo Laredo, remains ...", "X, extradited to the United States in
    // 2007, was": the noun an apposed participle follows (its agent, time, place or destination next).
    const auto apposed_tail = [&](size_t k) {
      if (k >= cl_.size()) return false;
      const Mention* m = cl_.mention(k);
      return cl_.IsAny(k, "as|by|in|on|at|near|last|to|during|earlier|early|late|this") ||
             (m && m->kind == Mention::Kind::kDate);
    };
    if (t == kNone && verb >= 2 && cl_.Is(verb - 1, ",") && apposed_tail(verb + 1)) {
      t = cl_.EntityAs(verb - 2, labels) >= 0 ? verb - 2 : kNone;
    }
    // "X, a financier for the Y Cartel who was sanctioned by ...": "who" is the person the apposition
    // describes, not the group its role noun names.
    const size_t who = cl_.BeforeVerbGroup(verb);
    if (cls == "Designation" && t != kNone && cl_.EntityAs(t, "Person") < 0 && who != kNone && cl_.Is(who, "who")) {
      t = kNone;
      for (size_t k = who; k-- > 0 && k + 14 > who && !cl_.Break(k);) {
        if (cl_.EntityAs(k, "Person") >= 0 && !cl_.Possessor(k)) {
          t = k;
          break;
        }
      }
    }
    // "X, a son of the drug lord Y, who was shot dead": "who" after a closed apposition is X.
    if (const size_t x = t != kNone && who != kNone && cl_.Is(who, "who") && cl_.Is(who - 1, ",") ? cl_.SkipBackApposition(who - 1) : kNone;
        x != kNone && x < t && cl_.EntityAs(x, "Person") >= 0) {
      t = x;
    }
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
  size_t by = cl_.ObjectAfter(i, kConductor, "by", 10);
  // "was arrested in El Paso, Texas, by the FBI": the agent after a place set off by commas.
  if (const size_t k = by == kNone ? PassiveBy(cl_, i) : kNone; k != kNone) by = cl_.ObjectAfter(k - 1, kConductor, "by", 3);
  if (size_t a = cl_.PossessedBody(by, kConductor); a != kNone) {
    conductors = cl_.Coordinated(a, kConductor);
  }
  if (conductors.empty()) {
    // "by gunmen from the Gulf Cartel", "by agents of the FBI and Homeland Security Investigations"
    if (size_t a = AgentsOf(c_, i); a != kNone) conductors = cl_.Coordinated(a, kConductor);
  }
  if (conductors.empty() && cls == "Extradition") {
    if (size_t a = SendingCountry(c_, i); a != kNone) conductors = {a};  // "extradited from Mexico"
  }
  // "X was added to the Treasury's sanctions list", "placed on OFAC's SDN list": the list's owner.
  if (const size_t owner = conductors.empty() && cls == "Designation" ? ListOwner(i) : kNone; owner != kNone) {
    conductors = {owner};
  }
  if (conductors.empty()) {
    // "killed in a gunfight with Mexican marines"
    const size_t a = cl_.ObjectAfter(i, kConductor, "with", 8);
    if (a != kNone && a >= 2 && WithClash(c_, cl_.Is(a - 1, "with") ? a - 1 : a - 2)) {
      conductors = cl_.Coordinated(a, kConductor);
    }
  }
  return true;
}

void EventReader::ReadActive(size_t i, const LexEntry& trigger, const std::string& cls, const std::string& labels,
                             EventRoles* r) {
  std::vector<size_t>& targets = r->targets;
  std::vector<size_t>& conductors = r->conductors;
  std::vector<size_t>& separate = r->separate;
  int& speaker_agent = r->speaker_agent;
  const size_t after = end_ == kNone ? i : end_;
  const std::vector<size_t> dashed = DashedList(c_, after, labels);
  size_t t = dashed.empty() ? PastCountryPossessive(cl_.ObjectAfter(after, labels, "-", 10), labels) : kNone;
  // "sanctioned Ismael Zambada's sons": a person's possessive names someone else (the one named
  // after it: "arrested Guzmán's lieutenant X").
  if (t != kNone && cl_.EntityAs(t, "Person") >= 0 && cl_.Possessor(t)) t = HolderOfPersonsRole(c_, t);
  // "Marines killed two gunmen and arrested X": after the verb's own object, "and" and another act's
  // verb take the name that follows.
  for (size_t k = after + 2; t != kNone && k + 1 < t; ++k) {
    if (const int other = cl_.EntityAs(k + 1, "Event"); cl_.Is(k, "and") && other >= 0 && g_->Root(other) != g_->Root(cl_.EntityAs(i, "Event"))) t = kNone;
  }
  // "designated the cartel's top leaders, A and B": the persons the group's possessive describes.
  if (const size_t p = t != kNone && cl_.EntityAs(t, "Person") < 0 && cl_.Is(t + 1, "'s") ? DescribedPerson(t + 2) : kNone;
      p != kNone) {
    t = p;
  }
  if (t == kNone) t = ShiftedObject(c_, after, labels);
  if (t == kNone) t = DescribedPerson(after + 1);  // "detained the suspect, X, at a ranch"
  if (t == kNone) t = CountedNames(c_, after, labels);  // "designated two Mexican nationals, A and B,"
  if (t != kNone) targets = cl_.Coordinated(t, labels);
  // "arrested A and B's lieutenant C": a possessor in the list stands for the one it describes.
  for (size_t& k : targets) {
    if (cl_.EntityAs(k, "Person") >= 0 && cl_.Possessor(k)) k = HolderOfPersonsRole(c_, k);
  }
  std::erase(targets, kNone);
  if (!dashed.empty()) targets = dashed;
  // "A and B lead a faction. Both are charged ..., and the Treasury has designated them": the persons
  // the sentence before coordinates.
  if (targets.empty() && t == kNone && cl_.Is(after + 1, "them") && c_.index > 0 &&
      c_.index <= c_.discourse.person_sets.size()) {
    r->referred = c_.discourse.person_sets[c_.index - 1];
  }
  // "The Treasury designated the three cartels under the Kingpin Act": the groups a plural description
  // refers back to (discourse.h RecentGroup).
  if (targets.empty() && t == kNone && r->referred.empty() && cls == "Designation") {
    r->referred = PluralGroupObject(after);
  }
  // "arrested an alleged Zetas operative, X", "killed the leader of the Zetas, X": the person named.
  if (t == kNone) t = cl_.ObjectAfter(after, "Organization", "of", 8);  // "the alleged top leader of the Zetas, X"
  // "arrested suspected Zetas member X": the person a group's role compound names (no comma), not the group.
  const size_t titled = t != kNone && cl_.EntityAs(t, "Person") < 0 ? PersonOfRole(c_, t) : kNone;
  // The persons a role names after a comma: an apposition that closes ("designated a Zetas operative,
  // X, under the Kingpin Act", "arrested two Zetas operatives, A and B, in Monterrey"), not the
  // speaker of "killed a Zetas gunman, X said".
  const auto apposed = [&](size_t p) {
    std::vector<size_t> named = cl_.Coordinated(p, labels);
    const size_t close = named.back() + 1;
    const bool closes = close >= cl_.size() || cl_.Break(close) ||
                        cl_.IsAny(close, ",|in|on|at|near|under|during|after|for|last|this|early|late|earlier|later");
    return !cl_.Is(p - 1, ",") || closes ? named : std::vector<size_t>{};
  };
  if (titled != kNone && !cl_.Is(titled - 1, ",")) targets = cl_.Coordinated(titled, labels);  // "Chapitos leaders A and B"
  if (titled != kNone && cl_.Is(titled - 1, ",") && !apposed(titled).empty()) targets = apposed(titled);
  if (t != kNone && (targets.empty() || (targets.size() == 1 && !Acceptable(t, trigger)))) {
    if (size_t p = PersonOfRole(c_, t); p != kNone) targets = apposed(p);
  }
  // "detained A, a smuggler, and B, the cartel's security chief": each named one, an arrest of its own.
  if (targets.size() == 1 && cl_.EntityAs(targets[0], "Person") >= 0) {
    separate = AcrossAppositions(c_, targets[0], "Person", cls == "Designation");
  }
  if (size_t a = cl_.SubjectBefore(i, kConductor); a != kNone && !ReportsAnothersAct(cl_, a, i)) {
    conductors = cl_.Coordinated(a, kConductor);
    // "X, whom soldiers arrested in 2010", "the cartel, which Washington designated an FTO": the
    // noun an object relative clause modifies is the verb's object.
    if (const size_t head = cl_.RelativeHead(a, labels); targets.empty() && head != kNone && cl_.BeforeVerbGroup(i) == a) {
      targets = {head};
      // "A and B, which the United States designated as Foreign Terrorist Organizations": a plural
      // designation names the coordination the relative clause follows.
      // So does a quantifier's "all of which".
      if (const Mention* named = cls == "Designation" ? DesignationAfter(i) : nullptr;
          (named && c_.tokens[named->last - 1].norm.ends_with("s")) ||
          cl_.QuantifiedRelative(head + 2)) {
        targets = CoordinationEndingAt(head, labels);
      }
    }
  }
  // "X, whom soldiers captured in 2012": the antecedent of "whom" before a bare force or any subject.
  for (size_t k = i; targets.empty() && k-- > 1 && k + 5 > i;) {
    if (!cl_.Is(k, "whom")) continue;
    if (cl_.Is(k - 1, ",") && k >= 2 && cl_.EntityAs(k - 2, labels) >= 0) targets = {k - 2};
    break;
  }
  // "The ambush that killed X was carried out by members of Y": the act its relative clause tells.
  if (conductors.empty() && i >= 2 && cl_.Is(i - 1, "that") && cl_.EntityAs(i - 2, "Event") >= 0) {
    r->perpetrators = Authors(i - 2);
  }
  // "Troops killed 19 members of the Sinaloa Cartel ... and captured X": a criminal group arrests,
  // extradites, designates or sentences no one (the subject found is another verb's object).
  if (OneOf(cls, "Arrest|Extradition|Designation|Sentencing")) {
    std::erase_if(conductors, [&](size_t k) { return cl_.EntityAs(k, "Cartel") >= 0; });
  }
  if (size_t a = SubjectAgents(c_, i); conductors.empty() && a != kNone) conductors = {a};
  if (size_t a = ReportingBody(c_, i); conductors.empty() && a != kNone) conductors = {a};
  if (size_t a = HeadSubject(c_, i); conductors.empty() && cls == "Designation" && a != kNone) conductors = {a};
  // "President X on Friday identified Y as a significant foreign narcotics trafficker": an office holder
  // acting under a named law (Record: for the law's government).
  if (conductors.empty() && cls == "Designation" && LawGovernment(i) >= 0) {
    const size_t a = cl_.SubjectBefore(i, "Person");
    if (a != kNone && g_->entities[g_->Root(cl_.EntityAs(a, "Person"))].official) conductors = {a};
  }
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

int EventReader::EntityAt(size_t k, std::string_view labels) const {
  return k < cl_.size() ? cl_.EntityAs(k, labels) : -1;
}

size_t EventReader::DescribedPerson(size_t from) const {
  bool described = false;
  // The role noun within the phrase's first words; its complement may go on ("the leaders of the two
  // groups, A and B").
  for (size_t k = from; k < cl_.size() && k <= from + (described ? 7 : 5) && !cl_.Break(k); ++k) {
    if (!described && k > from + 3) return kNone;
    if (cl_.IsAny(k, "when|while|who|that|which|after|before|because|since|until")) return kNone;
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
    size_t length = 0;
    // A person's place beside another ("his predecessor, X", "his longtime rival, X"), or a noun that
    // names a person by what he is to a thing or a place ("the ranch's owner, X", "his driver, X").
    if (c_.WordAt(k, "role", &length) || !c_.lexicon.MatchAt(c_.tokens, t, c_.sentence.last_token, "role").empty() ||
        !c_.lexicon.MatchAt(c_.tokens, t, c_.sentence.last_token, "kin").empty() ||
        cl_.IsAny(k, "predecessor|successor|rival|partner|associate|ally|protege|protégé|mentor|owner|driver|chauffeur|"
                     "pilot|employee|friend|companion|girlfriend|boyfriend|neighbor|neighbour|landlord|tenant")) {
      described = true;
      // "the CJNG's second-in-command, X": over the role's own words.
      while (k + 1 < cl_.size() && cl_.item(k + 1).first < t + length) ++k;
    } else if (!c_.tokens[t].word() && !cl_.Is(k, "'s")) {
      return kNone;
    }
  }
  return kNone;
}

size_t EventReader::NameBeforeVerb(size_t v, std::string_view labels) const {
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

size_t EventReader::PerformVerb(size_t i) const {
  if (i < 1) return kNone;
  size_t v = i - 1;
  if (v >= 1 && cl_.IsAny(v, "the|its|their|new|additional|further|fresh")) --v;
  // "The Mexican navy announced Thursday the capture of X", "announced on Monday the arrest of".
  if (v >= 1 && cl_.mention(v) && cl_.mention(v)->kind == Mention::Kind::kDate) v -= v >= 2 && cl_.Is(v - 1, "on") ? 2 : 1;
  if (v >= 1 && cl_.Is(v, "out") && cl_.Is(v - 1, "carried")) --v;
  return cl_.IsAny(v, kPerformVerbs) && !cl_.mention(v) ? v : kNone;
}

size_t EventReader::CoordinatedPassive(size_t i) const {
  // "was kidnapped and killed", "was kidnapped, tortured and killed": back over the participles.
  for (size_t k = i, n = 0; n < 4 && k >= 2 && (cl_.IsAny(k - 1, "and|or") || cl_.Is(k - 1, ",")); ++n, k -= 2) {
    if (cl_.Passive(k - 2)) return k - 2;
    const Clause::Item& it = cl_.item(k - 2);
    if (it.last != it.first + 1 || !c_.tokens[it.first].norm.ends_with("ed")) break;
  }
  // "X was extradited to the United States in 2022 and sentenced to 25 years", "was convicted in
  // Houston and (later) sentenced to life": a participle after "and" with no object of its own
  // shares the passive of its clause's verb before it (over that verb's complements; not past a
  // comma, a relative pronoun or another verb).
  size_t a = i;
  while (a >= 1 && cl_.IsAny(a - 1, "later|then|subsequently|eventually|ultimately|also")) --a;
  const Clause::Item& it = cl_.item(i);
  if (a < 3 || !cl_.Is(a - 1, "and") || it.last != it.first + 1 || !c_.tokens[it.first].norm.ends_with("ed") ||
      !(i + 1 >= cl_.size() || cl_.IsAny(i + 1, "to|in|on|at|by|for|after|last|this|,|.") ||
        (cl_.mention(i + 1) && cl_.mention(i + 1)->kind == Mention::Kind::kDate))) {
    return i;
  }
  for (size_t k = a - 2, n = 0; n < 14 && !cl_.Break(k) && !cl_.IsAny(k, ",|who|which|that|and|but"); ++n, --k) {
    if ((!cl_.mention(k) || cl_.EntityAs(k, "Event") >= 0) && cl_.Passive(k)) return k;
    if (k == 0) break;
  }
  return i;
}

bool EventReader::UnnamedOffice(size_t i) const {
  const size_t b = cl_.BeforeVerbGroup(i);
  if (b == kNone || cl_.mention(b)) return false;
  for (size_t k = b; k >= 1 && k + 4 > b; --k) {
    if (cl_.mention(k) || !c_.tokens[cl_.item(k).first].is(Token::kCapitalized)) return false;
    if (!cl_.Is(k - 1, "the")) continue;
    const uint32_t t = cl_.item(k).first;
    for (const LexMatch& m : c_.lexicon.MatchAt(c_.tokens, t, c_.sentence.last_token, "title")) {
      if (t + m.length == cl_.item(b).last) return true;
    }
    return false;
  }
  return false;
}

size_t EventReader::ListOwner(size_t i) const {
  const Mention* named = DesignationAfter(i);
  for (size_t k = i + 1; named && k < cl_.size() && k <= i + 8; ++k) {
    if (cl_.mention(k) != named) continue;
    if (k >= 2 && cl_.Is(k - 1, "'s") && cl_.EntityAs(k - 2, kConductor) >= 0) return k - 2;
    // "placed on a U.S. Treasury blacklist": the body's name modifies the list.
    return k >= 1 && cl_.EntityAs(k - 1, "Agency|Government") >= 0 ? k - 1 : kNone;
  }
  return kNone;
}

size_t EventReader::PastCountryPossessive(size_t t, std::string_view labels) const {
  if (const size_t titled = t == kNone ? kNone : cl_.TitledPersonAfterCountry(t, labels); titled != kNone) return titled;
  if (t == kNone || !cl_.Is(t + 1, "'s") || cl_.EntityAs(t + 2, labels) < 0) return t;
  const int owner = cl_.EntityAs(t, "Country|Government");
  return owner >= 0 ? t + 2 : t;
}

}  // namespace cg::ingest
