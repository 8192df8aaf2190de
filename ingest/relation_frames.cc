// Relation frames (frames.h): a trigger verb or noun between its subject and
// its object (the ends named otherwise: relation_parties.cc; relation_reader.h).
#include "ingest/relation_reader.h"

#include <algorithm>
#include <cstdlib>

#include "ingest/event_agents.h"
#include "ingest/event_targets.h"
#include "ingest/modality.h"
#include "ingest/relation_phrases.h"
#include "ingest/territory_places.h"

namespace cg::ingest {
namespace {

// Verbs that say what something is taken to be ("authorities describe X as the arm of Y").
constexpr std::string_view kDescribeVerbs =
    "describe|describes|described|consider|considers|considered|call|calls|called|regard|regards|regarded|"
    "see|sees|view|views|viewed|label|labels|labeled|identify|identifies|identified";

// The subject of the last verb before the comma at item `comma` ("CJNG emerged ... and has since spread
// across Mexico, with a strong presence in A": CJNG), or kNone.
size_t VerbSubjectBefore(const FrameContext& c, size_t comma, std::string_view labels) {
  const Clause& cl = c.clause;
  for (size_t v = comma; v-- > 0;) {
    if (cl.Break(v) || cl.Is(v, ",")) return kNone;
    const std::string_view w = c.tokens[cl.item(v).first].norm;
    if (cl.mention(v) || !c.tokens[cl.item(v).first].word()) continue;
    if (w.ends_with("ed") || OneOf(w, "spread|grown|grew|built|become|became|run|ran|held|fought|split|broke|is|are|was|were")) {
      return cl.CoordinatedSubject(v, cl.SubjectBefore(v, labels), labels);
    }
  }
  return kNone;
}

// The clause's first entity of `labels` before item `end` that modifies nothing, after a dateline
// ("It once worked with X, and officials say it is now a supplier to Y, with cells in A": It).
size_t FirstOf(const Clause& cl, size_t end, std::string_view labels) {
  size_t from = 0;
  for (size_t k = 0; k < end; ++k) {
    if (cl.IsAny(k, "--|-|—|–") && cl.DatelineBefore(k)) from = k + 1;
  }
  for (size_t k = from; k < end; ++k) {
    if (cl.Break(k)) return kNone;
    if (cl.EntityAs(k, labels) >= 0 && !cl.Modifier(k) && !cl.Possessor(k)) return k;
  }
  return kNone;
}

}  // namespace

bool RelationReader::Fits(const ArticleGraph& g, int e, std::string_view labels) {
  const LocalEntity& ent = g.entities[g.Root(e)];
  return OneOf(ent.primary, labels) || (!ent.refining.empty() && OneOf(ent.refining, labels));
}

float RelationReader::ConfidenceOf(const LexEntry& e, float fallback) {
  const std::string_view c = e.attr("confidence");
  return c.empty() ? fallback : std::strtof(std::string(c).c_str(), nullptr);
}

std::string RelationReader::NormalizeKey(const std::string& type) {
  std::string out;
  for (char ch : type) out += static_cast<char>(ch == '_' ? '_' : std::tolower(static_cast<unsigned char>(ch)));
  return out;
}

void RelationReader::Run() {
  for (size_t i = 0; i < cl_.size(); ++i) {
    size_t end = i;
    if (const LexEntry* origin = Word(i, "origin", &end); origin && i > 0) Origin(*origin, i, end);
    end = i;  // "founded by" is also the trigger "founded" (a founder named after it)
    if (const LexEntry* trigger = Word(i, "relation", &end)) {
      Read(*trigger, i, end);
      // A word of two relations ("battles in Michoacán", "battles the Zetas") is read as each.
      const size_t words = cl_.item(end).last - cl_.item(i).first;
      for (const LexMatch& m : c_.words.MatchAt(c_.tokens, cl_.item(i).first, c_.sentence.last_token, "relation")) {
        if (m.entry != trigger && m.length == words) Read(*m.entry, i, end);
      }
    }
    i = end;
  }
}

void RelationReader::Read(const LexEntry& trigger, size_t i, size_t end) {
  const std::string type(trigger.attr("relation"));
  std::string subject_labels(trigger.attr("subject"));
  std::string object_labels(trigger.attr("object"));
  if (type == "OPERATES_IN" && object_labels == "Place") object_labels = "Country|State";
  // "the DEA launched Project X", "the Justice Department set up a task force": a body founds a program or
  // a body, never a criminal group (checked below).
  if (type == "FOUNDED") subject_labels = "Person|Government|Agency|MilitaryUnit";
  const std::string preps(trigger.attr("prep"));
  const float confidence = ConfidenceOf(trigger, 0.75f);
  // "X is widely expected to succeed him": a succession foreseen has not happened (CONTENDER_FOR
  // rules read it).
  if (type == "SUCCEEDED" && i >= 2 && cl_.Is(i - 1, "to") &&
      (cl_.IsAny(i - 2, "expected|likely|poised|set|tipped|groomed|positioned|seeking|hoping|trying|vying") ||
       (i >= 3 && cl_.IsAny(i - 3, "expected|likely|poised|tipped|groomed")))) {
    return;
  }
  // "fighting for control of", "seeking to operate in", "for control of smuggling routes into": a
  // goal, not a state. "helped create it": a causal claim, not the act.
  // "fighting for control of the smuggling corridors into Arizona": past the trigger's determiners.
  size_t g = i;
  for (int n = 0; g > 0 && n < 3 && cl_.IsAny(g - 1, "the|its|their|key|lucrative|main|major|drug|smuggling"); ++n) --g;
  if (i > 0 && (cl_.IsAny(i - 1, "for|over|seize|seized|take|took|wrest|gain|gained|win|won|help|helped|helps") ||
                (g >= 3 && cl_.Is(g - 1, "of") && cl_.IsAny(g - 2, "control|dominance") &&
                 cl_.IsAny(g - 3, "for|over|seize|take|win|wrest|gain"))))
    return;
  // "the successor most likely to lead the cartel": leading in the infinitive is not yet a fact;
  // "who is believed to lead it" is one, hedged (modality.h).
  if (type == "LEADS" && i > 0 && cl_.Is(i - 1, "to") &&
      !(i >= 2 && cl_.IsAny(i - 2, "believed|thought|said|reported|alleged|understood|known"))) {
    return;
  }
  // voice=active: "Zetas founder X was killed in Coahuila" -- the passive's subject was done to.
  if (trigger.attr("voice") == "active" && cl_.Passive(i)) return;
  // voice=passive: "the DEA was joined in the operation by the FBI", not "Mexico joined the pact".
  if (trigger.attr("voice") == "passive" && !cl_.Passive(i)) return;
  std::string cue;
  // "will continue to work together": what continues holds already.
  const bool continues = i >= 2 && (cl_.IsAny(i - 1, "continue|keep") || cl_.IsAny(i - 2, "continue|keep"));
  if (CueBefore(c_.words, c_.tokens, c_.sentence.first_token, cl_.item(i).first, "hypothetical", 3, &cue) &&
      !(cue == "will" && continues)) {
    c_.Reject(type, -1, -1, "frame.relation", "hypothetical: \"" + cue + "\"");
    return;
  }
  // "U.S.-funded operations", "Mexico-based": a compound modifier, not a clause's verb.
  const uint32_t t = cl_.item(i).first;
  const bool compound = i > 1 && cl_.IsAny(i - 1, "-|--") && c_.tokens[t - 1].end == c_.tokens[t].begin &&
                        c_.tokens[t - 2].end == c_.tokens[t - 1].begin;
  if (compound && !Based(cl_, i, object_labels)) return;
  size_t subject = kNone, object = kNone;
  bool fronted = false;  // the place opens the sentence ("In Texas, in Oklahoma and in Georgia, X ...")
  std::string how;
  if (!trigger.attr("possessor").empty() && NounOwner(cl_, i) != kNone) {
    Possessive(trigger, i, end);
    return;
  }
  if (trigger.attr("copula") == "yes") {
    // "X, a unit of Y", "X is a faction of the Y": the noun after a determiner; "X is part of Y".
    const bool bare = cl_.Is(i, "part") && i > 0 && cl_.IsAny(i - 1, "is|was|are|were|remains|,");
    if (i == 0 || (!bare && !cl_.IsAny(i - 1, kRelationDeterminers))) return;
    size_t s = bare ? i : i - 1;
    for (int n = 0; s > 0 && n < 4 && cl_.IsAny(s - 1, kRelationDeterminers); ++n) --s;
    // "X, once an arm of Y", "is now a faction of": a time adverb before the noun phrase.
    if (s > 1 && cl_.IsAny(s - 1, "once|formerly|originally|now|still|long|effectively")) --s;
    if (s == 0) return;
    // "MATAMOROS, Mexico -- A faction of the Gulf Cartel ...": a dateline is no apposition.
    if (cl_.IsAny(s - 1, "--|-|—|–") && cl_.DatelineBefore(s - 1)) return;
    if (cl_.Is(s - 1, ",") || cl_.Is(s - 1, "--") || cl_.Is(s - 1, "(")) {
      if (s >= 2 && cl_.EntityAs(s - 2, subject_labels) >= 0) subject = s - 2;
      how = "apposition";
    } else if (s >= 2 && cl_.Is(s - 1, "as") && cl_.IsAny(s - 2, kDescribeVerbs)) {
      // "authorities describe X as the financial arm of Y": the verb's object; "a clan that
      // authorities describe as the arm of Y": the relative clause's antecedent, not the describer.
      const size_t v = s - 2;
      if (v >= 1 && cl_.EntityAs(v - 1, subject_labels) >= 0 && v >= 2 && !cl_.IsAny(v - 2, "that|which")) {
        subject = v - 1;
      } else {
        for (size_t k = v; k-- > 0 && v - k <= 6;) {
          if (!cl_.IsAny(k, "that|which")) continue;
          subject = cl_.SubjectBefore(k, subject_labels, 8, true);
          break;
        }
      }
      how = "described";
    } else if (cl_.IsAny(s - 1, "is|was|are|were|been|remains|became|become|becomes|as|operates|not|never|longer")) {
      while (s > 1 && cl_.IsAny(s - 1, "not|never|longer|no")) --s;  // "is not a faction of": negated below
      subject = cl_.SubjectBefore(s, subject_labels, 8);
      // "Mexico's Navy is part of", "deserters from the Mexican army's special forces and later
      // became": a possessor is not the subject; the subject may stand before its phrase.
      for (int n = 0; subject != kNone && cl_.Possessor(subject) && n < 3; ++n) {
        subject = cl_.SubjectBefore(subject, subject_labels, 12);
      }
      how = "copula";
    }
    // "which is part of Mexico's Attorney General's Office": the possessed body, not the country.
    object = cl_.PossessedBody(cl_.ObjectAfter(end, object_labels, preps, 4), object_labels);
    // "heads a faction of the Sinaloa Cartel known as Los Chapitos": the noun phrase's name.
    if (subject == kNone && object != kNone && cl_.IsAny(object + 1, "known|called|named|dubbed")) {
      const size_t name = object + (cl_.Is(object + 2, "as") ? 3 : 2);
      if (cl_.EntityAs(name, subject_labels) >= 0) {
        subject = name;
        how = "named";
      }
    }
  } else if (cl_.Passive(i) && !cl_.Is(i - 1, "'s") && preps.find('-') != std::string::npos) {  // not "X's control"
    PassiveEnds(type, i, end, subject_labels, object_labels, &subject, &object);
    how = "passive";
  } else if (Based(cl_, i, object_labels)) {
    // "a Mexico-based organization", "CJNG, a violent Mexico-based group".
    object = i - 2;
    subject = AppositionHead(cl_, i - 2, subject_labels);
    how = "compound";
  } else {
    // A participle right after a noun modifies it: "six businesses operating in Mexico".
    const std::string_view w = c_.tokens[cl_.item(i).first].norm;
    const bool reduced = (w.ends_with("ing") || w.ends_with("ed")) && i > 0 && cl_.item(i - 1).mention < 0 &&
                         c_.tokens[cl_.item(i - 1).first].word() &&
                         !cl_.IsAny(i - 1, "is|are|was|were|be|been|being|has|have|had|to|not|also|who|which|that|since");
    if (reduced && GovernedNoun(cl_, i - 1)) return;
    // "the group's operations in Sonora", "CJNG's presence in": the possessor of the noun.
    // ("El Chapo's sons lead Los Chapitos": a person's possessed noun before a verb and its object
    // is the verb's subject; "the cartel's gunmen fought the Zetas", "its footprint covers X" are
    // the group's.)
    const size_t owner = NounOwner(cl_, i);
    const bool verb_object = owner != kNone && owner + 2 < i && subject_labels == "Person" && cl_.Is(owner + 1, "'s") &&
                             (cl_.IsEntity(end + 1) || (cl_.IsAny(end + 1, "the|a|an") && cl_.IsEntity(end + 2)));
    const bool possessor = owner != kNone && EntityOf(owner, subject_labels) >= 0 && !verb_object;
    // "CJNG operations in Jalisco", "the presence of the Sinaloa Cartel in Sonora": the group named by it.
    size_t modifier = !possessor && type == "OPERATES_IN" ? GroupModifier(c_, i, subject_labels) : kNone;
    if (!possessor && modifier == kNone && type == "OPERATES_IN") modifier = GroupComplement(c_, end);
    // "X has spread across Mexico, with a strong presence in A and B": the clause's subject, not the
    // object before the comma.
    size_t with = kNone;
    for (size_t k = i; k >= 2 && k + 4 > i; --k) {
      if (cl_.Is(k - 1, "with") && cl_.Is(k - 2, ",")) with = k - 2;
      // "X designated the network on Tuesday, in close coordination with Y": the clause's subject.
      if (type == "COOPERATES_WITH" && cl_.Is(k - 1, "in") && cl_.Is(k - 2, ",")) with = k - 2;
      if (with != kNone || !cl_.PlainWord(k - 1)) break;
    }
    subject = possessor         ? owner
              : modifier != kNone ? modifier
              : with != kNone     ? VerbSubjectBefore(c_, with, subject_labels)
                                  : cl_.SubjectBefore(i, subject_labels, reduced ? 8 : 14, reduced);
    if (with != kNone && subject == kNone) subject = FirstOf(cl_, with, subject_labels);
    // "X was arrested in 2009, extradited in 2012 and later led Y": the series' subject.
    if (subject == kNone) subject = cl_.SeriesSubject(i, subject_labels);
    if (subject == kNone && type == "OPERATES_IN") subject = OwnerOfSubjectNoun(i, subject_labels);
    // "..., established a committee with the Governments of Mexico and Canada, and launched",
    // "allied with A to fight B": a coordinated verb's subject is not a preposition's object.
    subject = cl_.CoordinatedSubject(i, subject, subject_labels);
    // "The Sinaloa Cartel's rivals expanded": a possessor of a plain noun is not the verb's subject.
    if (!possessor && subject != kNone && cl_.Possessor(subject) && subject + 2 < i && !cl_.mention(subject + 2)) {
      subject = cl_.SubjectBefore(subject, subject_labels, 8);
    }
    object = cl_.ObjectAfter(end, object_labels, preps, 10);
    // "controls the corridors that run from Sonora across Arizona": a route noun's clause of motion.
    if (object == kNone && cl_.IsAny(end + 1, "that|which") &&
        cl_.IsAny(end + 2, "run|runs|ran|stretch|stretches|lead|leads|led|pass|passes|extend|extends|cross|crosses")) {
      object = cl_.ObjectAfter(end + 2, object_labels, preps, 10);
    }
    // "run a faction of the cartel known as Los Chapitos": the part the name names.
    if (object != kNone && type != "OPERATES_IN" && type != "LOCATED_IN") object = cl_.NamedPart(object);
    if (object == kNone && preps.find('-') != std::string::npos && cl_.IsAny(end + 1, "a|an|the|its|their") &&
        cl_.IsAny(end + 2, kGroupParts)) {
      for (size_t k = end + 3; k + 2 < cl_.size() && k <= end + 8 && !cl_.Break(k) && !cl_.Is(k, ","); ++k) {
        if (!cl_.IsAny(k, "known|called|named|dubbed")) continue;
        const size_t name = k + (cl_.Is(k + 1, "as") ? 2 : 1);
        if (cl_.EntityAs(name, object_labels) >= 0) object = name;
        break;
      }
    }
    // "joined the Gulf cartel's armed wing, the Zetas": the name apposed to the possessed noun.
    if (object != kNone && type != "OPERATES_IN" && type != "LOCATED_IN" && cl_.Possessor(object)) {
      size_t k = object + 2;
      while (k < cl_.size() && k <= object + 5 && cl_.PlainWord(k)) ++k;
      const size_t name = k + 1 + (cl_.Is(k + 1, "the") ? 1 : 0);
      if (k > object + 2 && cl_.Is(k, ",") && cl_.EntityAs(name, object_labels) >= 0 && !cl_.Possessor(name)) object = name;
    }
    // "in coordination with Mexico's Secretariat of Security": the possessed body, not its possessor
    // (a territory keeps both: "in Mexico's Sinaloa state").
    if (type != "OPERATES_IN") object = cl_.PossessedBody(object, object_labels);
    // "The Gulf Cartel's stronghold is the state of Tamaulipas": the possessed noun's predicate.
    if (object == kNone && possessor && cl_.IsAny(end + 1, "is|was|are|were|remains|remain|include|includes|included")) {
      object = cl_.ObjectAfter(end + 1, object_labels, "-", 4);
    }
    // "step up cooperation, including with Mexico and the PRC".
    if (object == kNone && cl_.Is(end + 1, ",") && cl_.IsAny(end + 2, "including|especially|particularly|notably")) {
      object = cl_.ObjectAfter(end + 2, object_labels, preps, 4);
    }
    // "has partnered with local gangs, including Los Rojos": the named members of an unnamed object.
    for (size_t k = end + 1; object == kNone && k < cl_.size() && k <= end + 6 && (cl_.PlainWord(k) || cl_.Is(k, ",")); ++k) {
      if (!cl_.Is(k, ",")) continue;
      if (k > end + 2 && cl_.Is(k + 1, "including") && cl_.EntityAs(k + 2, object_labels) >= 0) object = k + 2;
      break;
    }
    how = reduced ? "reduced" : "active";
    // A relative clause: "the Mérida Initiative that Bush and Calderón put together", "the cartel
    // which he led".
    if (object == kNone && subject != kNone && preps.find('-') != std::string::npos) {
      if (const size_t head = cl_.RelativeHead(subject, object_labels); head != kNone) {
        object = head;
        how = "relative";
      }
    }
    // "the organization he led", "the cartel she founded": a relative clause without its pronoun,
    // its subject a pronoun right before the verb, its head a definite description ("back in
    // Mexico he joined" is no relative clause).
    if (object == kNone && subject != kNone && subject > 0 && cl_.Anaphoric(subject) &&
        preps.find('-') != std::string::npos && cl_.BeforeVerbGroup(i) == subject &&
        cl_.EntityAs(subject - 1, object_labels) >= 0 &&
        (cl_.Anaphoric(subject - 1) || (subject >= 2 && cl_.Is(subject - 2, "the")))) {
      object = subject - 1;
      how = "contact";
    }
    if (object == kNone) object = KnownAsAfter(cl_, end, object_labels, preps);
    if (object == kNone && type == "OPERATES_IN") object = PlaceIncluded(c_, end, object_labels);
    if (object == kNone && type == "OPERATES_IN" && subject != kNone) {
      object = FrontedPlace(c_, subject, object_labels);
      fronted = object != kNone;
    }
    if (object == kNone && type == "OPERATES_IN") object = PlaceInList(c_, end, preps, object_labels);
    if (type == "OPERATES_IN" && object != kNone && object > end + 2 && SellersPlace(c_, object)) object = kNone;
    if (type == "OPERATES_IN") {
      PlaceDescribed(trigger, i, end, subject_labels, object_labels, possessor || modifier != kNone, &subject, &object, &how);
    }
  }
  // "X and Y will work together on a new agreement": the noun's clause is hypothetical too.
  if (subject != kNone && subject < i && !continues &&
      CueBefore(c_.words, c_.tokens, c_.sentence.first_token, cl_.item(i).first, "hypothetical",
                cl_.item(i).first - cl_.item(subject).last, &cue)) {
    c_.Reject(type, -1, -1, "frame.relation", "hypothetical: \"" + cue + "\"");
    return;
  }
  // (The sentence opens after a dateline's dash: "MEXICO CITY (AP) -- With help from X, ...".)
  size_t opens = 0;
  for (size_t d = 1; d < i && d <= 8; ++d) {
    if (cl_.IsAny(d, "--|-|—|–") && cl_.DatelineBefore(d)) opens = d + 1;
  }
  if (subject == kNone && object != kNone && (type == "COOPERATES_WITH" || type == "OPERATES_IN") && i <= opens + 2) {
    // "In cooperation with X, the DEA arrested ...": the main clause's subject after the comma.
    // "Working with Mexico and Canada to counter fentanyl, the Administration ...": after the purpose.
    // "Active in Guerrero and Morelos, the BLO ...", "Operating out of Tamaulipas, the cartel": a
    // criminal group's (a force may be there on an operation).
    if (type == "OPERATES_IN") subject_labels = "Cartel";
    const size_t last_object = cl_.Coordinated(object, object_labels).back();
    for (size_t k = last_object + 1; k < cl_.size() && k <= last_object + 10 && !cl_.Break(k); ++k) {
      if (cl_.Is(k, ",")) {
        for (size_t m = k + 1; m < cl_.size() && m <= k + 3; ++m) {
          // ("..., Assistant United States Attorneys secured": a country before a capitalized noun
          // qualifies it.)
          const size_t h = cl_.HeadBefore(m);
          if (cl_.EntityAs(h, "Country") >= 0 && h + 1 < cl_.size() &&
              (cl_.IsEntity(h + 1) || (cl_.PlainWord(h + 1) && c_.tokens[cl_.item(h + 1).first].is(Token::kCapitalized)))) {
            break;
          }
          if (cl_.EntityAs(h, subject_labels) >= 0) {
            // "..., Mexico's Attorney General's Office has": the possessed body, not the country.
            subject = cl_.PossessedBody(cl_.HeadBefore(m), subject_labels);
            break;
          }
        }
        break;
      }
    }
    how = "fronted";
  }
  if ((trigger.attr("noun") == "yes" || trigger.attr("symmetric") == "yes") && cl_.IsAny(end + 1, "between|among")) {
    // "a fight between these two cartels": each pair of the group the description refers to.
    size_t group_end = kNone;
    const std::vector<int> group = c_.GroupDescription(end + 2, &group_end);
    if (group.size() >= 2) {
      Pairs(type, group, object_labels, "group", i, group_end);
      return;
    }
    // "collaboration between the Treasury's OFAC, the DEA (DEA), and Mexico's UIF": each pair.
    const std::vector<size_t> all = Between(cl_, end + 1, object_labels);
    for (size_t a = 0; a < all.size(); ++a) {
      for (size_t b = a + 1; b < all.size(); ++b) {
        c_.Relate(type, cl_.EntityAs(all[a], object_labels), cl_.EntityAs(all[b], object_labels), {},
                  "frame.relation." + NormalizeKey(type) + ".between", confidence, cl_.item(i).first,
                  cl_.item(all.back()).last);
      }
    }
    // "This action was a result of collaboration between A, B, and C": they conducted the act.
    if (const int act = type == "COOPERATES_WITH" && all.size() >= 2 ? ActAnaphor(c_, i) : -1; act >= 0) {
      for (size_t a : all) {
        const int body = cl_.EntityAs(a, object_labels);
        if (c_.graph->entities[c_.graph->Root(body)].refining == "Cartel") continue;
        c_.Relate("PARTICIPATED_IN", body, act, {{"role", Value(std::string("conductor"))}},
                  "frame.event.act_anaphor.between", 0.7f, cl_.item(0).first, cl_.item(all.back()).last);
      }
    }
    if (all.size() >= 2) return;
  }
  if (subject == kNone && object != kNone && SpokenBy(trigger, i, how)) {
    // "we coordinated closely with Mexico", "our partnership with", "collaboration with Mexico has".
    const std::vector<size_t> objects = cl_.Coordinated(object, object_labels);
    const int from = SpeakerOtherThan(objects, object_labels);
    for (size_t o : objects) {
      const int to = cl_.EntityAs(o, object_labels);
      c_.Relate(type, from, to, {}, "frame.relation." + NormalizeKey(type) + ".speaker", 0.72f,
                cl_.item(std::min(o, i)).first, cl_.item(std::max(o, end)).last);
    }
    return;
  }
  // ("will bring together A, B and C to share information": a purpose's infinitive relates them to what
  // brings them together, not to each other; "continue to work together" holds.)
  const bool purpose = type == "COOPERATES_WITH" && i >= 2 && cl_.Is(i - 1, "to") && !continues;
  if (object == kNone && type == "COOPERATES_WITH" && trigger.attr("symmetric") == "yes" && !purpose) {
    size_t first = i;
    const std::vector<int> nations = NationalOfficials(i, &first);
    if (!nations.empty()) {
      Pairs(type, nations, "Organization", "nationals", first, end + 1);
      return;
    }
  }
  if (subject != kNone && object == kNone && PartnerOfSpeaker(trigger, i, subject)) return;
  if (subject != kNone && object == kNone && trigger.attr("symmetric") == "yes" && !purpose &&
      (type != "COOPERATES_WITH" || trigger.attr("noun") == "yes" || !PartnerAfter(cl_, i, end))) {
    // "The DEA and the FBI worked together", "the Zetas and the Gulf Cartel are fighting": each pair.
    const std::vector<size_t> all = cl_.Coordinated(subject, subject_labels);
    ItemPairs(type, all, subject_labels, "frame.relation." + NormalizeKey(type) + ".together", confidence, all.front(),
              end + 1);  // "together" after it, if any
    return;
  }
  // "They" opening the sentence after one that listed (or counted) groups is all of them, not the
  // last one the pronoun alone would name.
  const bool they = subject != kNone && c_.tokens[cl_.item(subject).first].norm == "they" && They(i);
  if (subject == kNone || they) {
    // "the Zetas and the Gulf Cartel. They are operating in Mexico": each member of that list;
    // "... The two cartels have fought since": each pair.
    std::string which;
    size_t first = 0;  // where the subject begins (the span read for modality)
    const std::vector<int> group = GroupSubject(i, &which, &first, type == "FOUNDED");
    // "In Arizona and Texas, the two cartels run stash houses": the place that opens the sentence.
    // "the Bicentennial Framework, which the two governments adopted": the relative clause's head.
    const size_t target = object == kNone && type == "OPERATES_IN" && group.size() >= 2 && first > 0
                              ? FrontedPlace(c_, first, object_labels)
                          : object == kNone && which == "group" && preps.find('-') != std::string::npos
                              ? cl_.RelativeHead(first, object_labels)
                              : object;
    if ((group.size() >= 2 || which == "it") && target != kNone) {
      std::vector<size_t> objects = type == "OPERATES_IN" ? cl_.CoordinatedPhrases(target, object_labels, preps)
                                                          : cl_.Coordinated(target, object_labels);
      if (type == "OPERATES_IN") MoreTerritory(cl_, object_labels, &objects);
      for (int from : group) {
        if (!Fits(*c_.graph, from, subject_labels)) continue;
        for (size_t o : objects) {
          c_.Relate(type, from, cl_.EntityAs(o, object_labels), {}, "frame.relation." + NormalizeKey(type) + "." + which,
                    0.72f, cl_.item(first).first, cl_.item(std::max(o, end)).last);
        }
      }
      return;
    }
    if (group.size() >= 2 && trigger.attr("symmetric") == "yes" && type != "COOPERATES_WITH") {
      Pairs(type, group, subject_labels, which, first, end);
      return;
    }
  }
  // "headed a cell of the Gulf Cartel", "ran a Zetas cell": the head of a part is a member of the group.
  if (std::string part; type == "LEADS" && how == "active" && subject != kNone) {
    if (const size_t group = PartLed(cl_, end, object_labels, &part); group != kNone) {
      for (size_t s : cl_.Coordinated(subject, subject_labels)) {
        c_.Relate("MEMBER_OF", EntityOf(s, subject_labels), cl_.EntityAs(group, object_labels),
                  {{"role", Value(part)}}, "frame.relation.leads.part", confidence,
                  cl_.item(std::min(s, i)).first, cl_.item(group).last);
      }
      return;
    }
  }
  if (subject == kNone || object == kNone) return;
  // "They control territory across northern Mexico ... and have a presence in Guatemala": a country
  // named as a place is no group with a territory of its own.
  if (type == "OPERATES_IN" && cl_.EntityAs(subject, "Country") >= 0) return;
  // "replaced X as leader": a word that must follow the object (else another sense of the verb).
  if (const std::string_view then = trigger.attr("then"); !then.empty()) {
    bool found = false;
    for (size_t k = object + 1; k < cl_.size() && k <= object + 3 && !found; ++k) found = cl_.IsAnyOf(k, then);
    if (!found) return;
  }
  // "directed the DEA to expand its work", "led the police to raid": the object of a verb of
  // causing, not a body led.
  if (type == "LEADS" && how != "passive") {
    const size_t last = cl_.Coordinated(object, object_labels).back();
    if (cl_.Is(last + 1, "to") && !cl_.mention(last + 2) && last + 2 < cl_.size() &&
        c_.tokens[cl_.item(last + 2).first].word() && !c_.tokens[cl_.item(last + 2).first].is(Token::kCapitalized) &&
        !cl_.IsAny(last + 2, "the|a|an|his|her|its|their|this|that|these|those|power|prominence|victory")) {
      c_.Reject(type, cl_.EntityAs(subject, subject_labels), cl_.EntityAs(object, object_labels),
                "frame.relation.leads", "a verb of causing: \"to\" and a verb follow its object");
      return;
    }
  }
  if (trigger.attr("reverse") == "yes") std::swap(subject, object);  // "Y, the predecessor of X"
  // "ran the cartel's finances", "heads the Gulf Cartel's operations": the object is the noun after;
  // "ran the Gulf Cartel's operations in Matamoros": a regional post in the group.
  // "directed Sinaloa Cartel smuggling routes", "led Zetas cells", "runs the cartel's finances": the
  // group modifies the object, a part of its work or people, and who runs that is a member.
  const std::string portion = type == "LEADS" && object > i && subject != kNone ? GroupPortion(cl_, object) : "";
  if (!portion.empty() || (cl_.Is(object + 1, "'s") && type != "OPERATES_IN" && type != "COOPERATES_WITH")) {
    // "ran the Gulf Cartel's operations in Matamoros": a regional post in the group.
    const size_t place = portion.empty() ? kNone : PortionPlace(cl_, object);
    if (!portion.empty()) {
      const std::string role = place != kNone ? "regional leader" : "head of " + portion;
      c_.Relate("MEMBER_OF", EntityOf(subject, subject_labels), cl_.EntityAs(object, object_labels),
                {{"role", Value(role)}}, place != kNone ? "frame.relation.leads.regional_portion" : "frame.relation.leads.portion",
                confidence, cl_.item(std::min(subject, i)).first, cl_.item(place != kNone ? place : object + 1).last);
    }
    return;
  }
  std::vector<size_t> subjects = cl_.Coordinated(subject, subject_labels);
  if (how == "relative") subjects = TitledSubjects(cl_, subject, subject_labels);
  // "A and B, a group based in Michoacán,": a singular apposition describes its own noun only.
  if (subject < i && cl_.Is(subject + 1, ",") && cl_.IsAny(subject + 2, "a|an")) subjects = {subject};
  if (type == "FOUNDED") {
    // "X founded the cartel with Y", "established a committee with the Governments of A and B".
    // ("the cartel, which X founded with Y": after the verb of a relative clause.)
    if (const size_t with = cl_.ObjectAfter(object > i ? object : end, subject_labels, "with", 4); with != kNone) {
      for (size_t s : cl_.Coordinated(with, subject_labels)) subjects.push_back(s);
    }
  }
  std::vector<size_t> objects = how == "passive" ? cl_.Coordinated(object, object_labels)
                                                 : cl_.CoordinatedPhrases(object, object_labels, fronted ? "in" : preps);
  // "agents of HSI and the FBI, which is led by X": a singular verb agrees with the last member only.
  if (how == "passive" && objects.size() > 1 && i >= 2) {
    const size_t aux = cl_.Is(i - 1, "been") ? i - 2 : i - 1;
    if (cl_.IsAny(aux, "is|was|has")) objects = {objects.back()};
  }
  if (type == "OPERATES_IN") MoreTerritory(cl_, object_labels, &objects);
  const std::string rule = "frame.relation." + NormalizeKey(type) + "." + how;
  // "who led the Gulf Cartel in Reynosa": a city's or a state's post is a member's rank.
  // ("directs the Center for Border Studies in Tijuana": a body of one place is led whole.)
  const bool regional = type == "LEADS" && cl_.Is(objects.back() + 1, "in") &&
                        cl_.EntityAs(objects.back() + 2, "City|State") >= 0 &&
                        cl_.EntityAs(objects.back(), "Cartel|Agency|Government|MilitaryUnit|TaskForce") >= 0;
  // "A and B, based in X and Y respectively": member by member (no pairs when the counts differ).
  bool respectively = false;
  for (size_t k = objects.back() + 1; subjects.size() > 1 && k < cl_.size() && k <= objects.back() + 3 && !cl_.Break(k); ++k) {
    respectively |= cl_.Is(k, "respectively");
  }
  for (size_t n = 0; n < subjects.size(); ++n) {
    const size_t s = subjects[n];
    for (size_t m = 0; m < objects.size(); ++m) {
      if (respectively && (m != n || subjects.size() != objects.size())) continue;
      const size_t o = objects[m];
      const int from = EntityOf(s, subject_labels);
      const int to = cl_.EntityAs(o, object_labels);
      const uint32_t first = cl_.item(std::min(s, i)).first;
      const uint32_t last = cl_.item(std::max(o, end)).last;
      if (regional) {
        c_.Relate("MEMBER_OF", from, to, {{"role", Value(std::string("regional leader"))}}, rule + ".regional",
                  confidence, first, cl_.item(objects.back() + 2).last);
        continue;
      }
      if (type == "FOUNDED" && cl_.EntityAs(o, "Cartel") >= 0 && EntityOf(s, "Agency|MilitaryUnit") >= 0) continue;
      if (type == "COOPERATES_WITH" && (NationsPeople(s) || NationsPeople(o))) continue;
      c_.Relate(type, from, to, {}, rule, confidence, first, last);
    }
  }
  // "X is at war with Y in Chihuahua": both fight there; "with A in Chihuahua and with B in Sinaloa":
  // each place its phrase's members and the subjects.
  if (type == "RIVAL_OF") {
    std::vector<int> pending;
    for (size_t o : objects) {
      pending.push_back(cl_.EntityAs(o, object_labels));
      const int place = cl_.Is(o + 1, "in") ? cl_.EntityAs(o + 2, "State|Country") : -1;
      if (place < 0) continue;
      std::vector<int> parties = pending;
      for (size_t k : subjects) parties.push_back(EntityOf(k, subject_labels));
      for (int party : parties) {
        c_.Relate("OPERATES_IN", party, place, {}, rule + ".place", 0.65f, cl_.item(std::min(subjects.front(), i)).first,
                  cl_.item(o + 2).last);
      }
      pending.clear();
    }
  }
  if (how == "active") Partners(trigger, i, end, objects, object_labels, rule, confidence);
  // "Treasury and the DEA will work closely with their Mexican counterparts": who work with a partner
  // together work with each other.
  if (type == "COOPERATES_WITH" && how == "active" && subjects.size() >= 2 && trigger.attr("noun") != "yes") {
    ItemPairs(type, subjects, subject_labels, rule + ".together", confidence, subjects.front(), i);
  }
}

void RelationReader::Partners(const LexEntry& trigger, size_t i, size_t end, const std::vector<size_t>& objects,
                              const std::string& object_labels, const std::string& rule, float confidence) const {
  // "A has fought with B for control of routes in X", "battled B for years across X": the other side
  // of a fight (`partner=` its prepositions) fights there too.
  const std::string_view partner = trigger.attr("partner");
  if (partner.empty() || objects.empty()) return;
  const size_t other = cl_.ObjectAfter(end, "Cartel", partner, 6);  // ("fought for years with B")
  if (other == kNone || other > objects.front()) return;
  for (size_t o : cl_.Coordinated(other, "Cartel")) {
    for (size_t k : objects) {
      c_.Relate(std::string(trigger.attr("relation")), cl_.EntityAs(o, "Cartel"), cl_.EntityAs(k, object_labels), {},
                rule + ".partner", confidence, cl_.item(i).first, cl_.item(std::max(k, end)).last);
    }
  }
}

void ReadRelations(const FrameContext& c) {
  RelationReader(c).Run();
  ReadJointActions(c);
}

}  // namespace cg::ingest
