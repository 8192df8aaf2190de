// Relation parties (relation_reader.h): the ends of a relation the sentence names otherwise than by
// a subject and an object mention -- a possessor ("X's successor, Y", "its networks"), the speaking
// government of a first-person text ("we", "our partnership"), a group ("they", "the two cartels").
#include "ingest/relation_reader.h"

#include <algorithm>

#include "ingest/event_targets.h"
#include "ingest/modality.h"
#include "ingest/relation_phrases.h"
#include "ingest/territory_places.h"

namespace cg::ingest {

size_t RelationReader::OwnerOfSubjectNoun(size_t i, const std::string& labels) const {
  const size_t p = cl_.BeforeVerbGroup(i);
  if (p == kNone || cl_.mention(p)) return kNone;
  const LexEntry* noun = c_.WordAt(p, "relation");
  if (!noun || noun->attr("relation") != "OPERATES_IN") return kNone;
  const size_t owner = NounOwner(cl_, p);
  return owner != kNone && EntityOf(owner, labels) >= 0 ? owner : kNone;
}

void RelationReader::PlaceDescribed(const LexEntry& trigger, size_t i, size_t end, const std::string& subject_labels,
                                    const std::string& object_labels, bool owned, size_t* subject, size_t* object,
                                    std::string* how) const {
  // "The Zetas have a strong presence there", "control the drug trade there": the place "there"
  // refers to (mention_anaphor.cc: the one place anaphor of one word).
  for (size_t k = end + 1; *object == kNone && k < cl_.size() && k <= end + 5; ++k) {
    const Mention* m = cl_.mention(k);
    if (m && m->anaphoric && cl_.item(k).last == cl_.item(k).first + 1 && cl_.EntityAs(k, object_labels) >= 0) {
      *object = k;
      *how = "there";
      break;
    }
    if (!cl_.PlainWord(k)) break;
  }
  if (*subject != kNone) {
    if (const size_t where = WherePlace(c_, *subject, object_labels); where != kNone) {
      bool past = *object == kNone;  // the object found lies past the clause's comma
      for (size_t k = end + 1; !past && k < *object; ++k) past = cl_.Is(k, ",");
      if (past) {
        *object = where;
        *how = "where";
        return;
      }
    }
  }
  if (*object != kNone) return;
  const size_t under = PlaceUnder(c_, i, object_labels);
  const size_t place = under != kNone ? under : trigger.attr("apposed") == "place" ? ApposedPlace(c_, i, object_labels) : kNone;
  if (place == kNone) return;
  *object = place;
  if (!owned) *subject = under != kNone ? kNone : cl_.ObjectAfter(end, subject_labels, "of|for|between", 4);
  *how = under != kNone ? "under" : "apposed";
}

int RelationReader::EntityOf(size_t i, const std::string& labels) const {
  if (!cl_.mention(i) && cl_.IsAny(i, "its|their")) {
    const int e = c_.PossessivePronoun(i);
    return e >= 0 && Fits(*c_.graph, e, labels) ? e : -1;
  }
  return cl_.EntityAs(i, labels);
}

void RelationReader::Pairs(const std::string& type, const std::vector<int>& group, const std::string& labels,
                           const std::string& which, size_t first, size_t last) const {
  for (size_t a = 0; a < group.size(); ++a) {
    for (size_t b = a + 1; b < group.size(); ++b) {
      if (!Fits(*c_.graph, group[a], labels) || !Fits(*c_.graph, group[b], labels)) continue;
      c_.Relate(type, group[a], group[b], {}, "frame.relation." + NormalizeKey(type) + "." + which, 0.72f,
                cl_.item(first).first, cl_.item(std::min(last, cl_.size() - 1)).last);
    }
  }
}

std::vector<int> RelationReader::NationalOfficials(size_t i, size_t* first) const {
  const size_t noun = cl_.BeforeVerbGroup(i);
  if (noun == kNone || noun == 0 ||
      !cl_.IsAny(noun, "authorities|officials|agents|investigators|prosecutors|police|forces|troops|officers")) {
    return {};
  }
  // Back over "A and B", "A, B and C": each a nationality or a country, standing for its government.
  std::vector<int> out;
  for (size_t k = noun; k-- > 0;) {
    const Mention* m = cl_.mention(k);
    if (!m || m->entity < 0 || (m->kind != Mention::Kind::kDemonym && cl_.EntityAs(k, "Country") < 0)) break;
    const int government = c_.graph->entities[c_.graph->Root(m->entity)].stands_for;
    if (government < 0) return {};
    out.insert(out.begin(), c_.graph->Root(government));
    *first = k;
    if (k == 0 || !cl_.IsAny(k - 1, "and|,")) break;
    --k;
  }
  return out.size() >= 2 ? out : std::vector<int>{};
}

void RelationReader::PassiveEnds(const std::string& type, size_t i, size_t end, const std::string& subject_labels,
                                 const std::string& object_labels, size_t* subject, size_t* object) const {
  // "the cartel was founded by X", "Y is led by X", "Tamaulipas, a state controlled by the Gulf
  // Cartel" (a territory only with its agent: "the area is controlled" says nothing).
  *subject = cl_.ObjectAfter(end, subject_labels, "by", 10);
  // "the faction led by El Chapo's sons": the agent is the possessed noun, not its possessor;
  // the names after it when it has them ("headed by El Chapo's sons Iván and Jesús Alfredo").
  // ("funded by the State Department's Bureau of ...", "run by Mexico's Attorney General's Office": the
  // possessed body.)
  if (*subject != kNone && cl_.PossessedBody(*subject, subject_labels) != *subject) {
    *subject = cl_.PossessedBody(*subject, subject_labels);
  } else if (*subject != kNone && cl_.Possessor(*subject)) {
    size_t named = *subject + 2;
    while (named < cl_.size() && named <= *subject + 4 && cl_.PlainWord(named)) ++named;
    *subject = named > *subject + 2 && cl_.EntityAs(named, subject_labels) >= 0 ? named : kNone;
  }
  *object = type == "OPERATES_IN" ? PlaceBefore(c_, i, object_labels) : cl_.SubjectBefore(i, object_labels);
  // "X was coordinated by DEA's Special Operations Division and funded by Y": the agent of the passive
  // before is not this one's subject; X is.
  for (size_t b = *object; *object != kNone && b-- > 0 && b + 4 >= *object;) {
    if (cl_.Is(b, "by") && b >= 1) {
      *object = cl_.SubjectBefore(b - 1, object_labels);
      break;
    }
    if (!cl_.IsAny(b, "the|'s") && !cl_.IsEntity(b)) break;
  }
  // "a group of La Familia commanders led by X", "The U.S. delegation was led by X": the name
  // modifies the noun led, not it ("a Sinaloa cartel cell led by X": a part of the group, not the group).
  if (*object != kNone &&
      (cl_.IsAny(*object + 1, kGroupWords) || cl_.IsAny(*object + 1, kGroupParts) ||
       (cl_.PlainWord(*object + 1) && cl_.EntityAs(*object, "Country|Government") >= 0)) &&
      cl_.BeforeVerbGroup(i) == *object + 1) {
    *object = kNone;
  }
}

void RelationReader::ItemPairs(const std::string& type, const std::vector<size_t>& items, const std::string& labels,
                               const std::string& rule, float confidence, size_t first, size_t last) const {
  for (size_t a = 0; a < items.size(); ++a) {
    for (size_t b = a + 1; b < items.size(); ++b) {
      c_.Relate(type, EntityOf(items[a], labels), EntityOf(items[b], labels), {}, rule, confidence,
                cl_.item(first).first, cl_.item(std::min(last, cl_.size() - 1)).last);
    }
  }
}

void RelationReader::Possessive(const LexEntry& trigger, size_t i, size_t end) {
  const std::string labels(trigger.attr("object"));
  const size_t owner = NounOwner(cl_, i);
  int owner_entity = EntityOf(owner, labels);
  if (owner_entity < 0) return;
  // "Mexico's intelligence agency, CISEN": a country's body is no stated part of its government.
  if (trigger.attr("relation") == "PART_OF" && cl_.EntityAs(owner, "Country") >= 0) return;
  size_t other = kNone;
  const size_t named = end + 2 + (cl_.Is(end + 2, "the") ? 1 : 0);  // "its rivals, the Zetas"
  if (cl_.Is(end + 1, ",") && cl_.EntityAs(named, labels) >= 0) {
    other = named;
  } else if (const size_t apposed = ApposedTo(owner); apposed != kNone && cl_.EntityAs(apposed, labels) >= 0) {
    other = apposed;  // "X, Y's successor", "X (CJNG), the Sinaloa Cartel's main rival,"
  } else if (const size_t d = owner - (owner >= 1 && cl_.Is(owner - 1, "the"));  // "is the Juárez Cartel's arm"
             d >= 1 && cl_.IsAny(d - 1, "as|is|was|are|were|became|become|becomes|remains|remained")) {
    other = cl_.SubjectBefore(d, labels, 8);
    // "Los Zetas were formed by GAFE deserters to serve as the Gulf Cartel's armed wing": a name that
    // modifies the people noun after it is no subject; the search goes on before it.
    for (int n = 0; other != kNone && n < 2 && cl_.IsAny(other + 1, "deserters|defectors|members|soldiers|veterans|recruits|officers"); ++n) {
      other = cl_.SubjectBefore(other, labels, 12);
    }
  } else {
    size_t k = end + 1;
    // "whose factions include A and B", "X's main rivals are A and B".
    while (k < cl_.size() && k <= end + 5 &&
           cl_.IsAny(k, "is|was|became|remains|believed|thought|said|to|be|likely|now|are|were|include|includes|included")) {
      ++k;
    }
    if (k > end + 1 && cl_.EntityAs(k, labels) >= 0) other = k;
  }
  if (other == kNone) return;
  // "X was groomed as Y's successor": the noun phrase opens at its possessor, so a hypothetical cue
  // before the possessor governs it too.
  if (std::string cue; CueBefore(c_.words, c_.tokens, c_.sentence.first_token, cl_.item(owner).first, "hypothetical", 3,
                                 &cue)) {
    c_.Reject(std::string(trigger.attr("relation")), -1, -1, "frame.relation", "hypothetical: \"" + cue + "\"");
    return;
  }
  const bool owner_is_object = trigger.attr("possessor") == "object";
  const int other_entity = cl_.EntityAs(other, labels);
  // "The CJNG, its main rival, ...": "its" in a name's own apposition is another's, the topic of
  // the sentences before.
  if (!cl_.mention(owner) && other_entity >= 0 && c_.graph->Root(owner_entity) == c_.graph->Root(other_entity)) {
    owner_entity = c_.EarlierOrganization();
    if (owner_entity < 0 || !Fits(*c_.graph, owner_entity, labels)) return;
  }
  // "the cartel's two main factions, A and B", "its rivals, A and B": each member of a list after the noun.
  const std::vector<size_t> others = other > end ? cl_.Coordinated(other, labels) : std::vector<size_t>{other};
  for (size_t o : others) {
    const int to = cl_.EntityAs(o, labels);
    if (to < 0 || c_.graph->Root(to) == c_.graph->Root(owner_entity)) continue;
    c_.Relate(std::string(trigger.attr("relation")), owner_is_object ? to : owner_entity, owner_is_object ? owner_entity : to,
              {}, "frame.relation." + NormalizeKey(std::string(trigger.attr("relation"))) + ".possessive",
              ConfidenceOf(trigger, 0.75f), cl_.item(std::min(o, owner)).first, cl_.item(std::max(o, end)).last);
  }
}

bool RelationReader::NationsPeople(size_t k) const {
  const Mention* m = cl_.mention(k);
  constexpr std::string_view kPeople = "counterparts|agents|police|security|forces|officers|soldiers|troops|investigators";
  return m && m->kind == Mention::Kind::kDemonym && m->last < c_.tokens.size() && OneOf(c_.tokens[m->last].norm, kPeople);
}

size_t RelationReader::ApposedTo(size_t owner) const {
  size_t k = owner;
  if (k >= 1 && cl_.Is(k - 1, "the")) --k;
  // "The Zetas, once the Gulf Cartel's armed wing,": over a time adverb.
  if (k >= 1 && cl_.IsAny(k - 1, "once|formerly|originally|long|now|still")) --k;
  if (k < 2 || !cl_.IsAny(k - 1, ",|(|--")) return kNone;
  k -= 2;
  if (cl_.Is(k, ")")) {
    while (k > 0 && !cl_.Is(k, "(")) --k;
    if (k == 0) return kNone;
    --k;
  }
  return k;
}

bool RelationReader::SpokenBy(const LexEntry& trigger, size_t i, const std::string& how) const {
  if (!c_.discourse.first_person || trigger.attr("speaker") != "yes") return false;
  for (size_t k = i, n = 0; k-- > 0 && n < 10; ++n) {
    if (cl_.Break(k)) break;
    if (cl_.IsAny(k, "we|our")) return true;
    if (cl_.IsEntity(k)) return false;  // "Mexico's collaboration with"
  }
  if (how != "reduced" && trigger.attr("noun") != "yes") return false;
  for (size_t k = 0; k < i; ++k) {
    if (cl_.EntityAs(k, "Organization") >= 0) return false;  // an agent the sentence names may be meant
  }
  return true;
}

bool RelationReader::PartnerOfSpeaker(const LexEntry& trigger, size_t i, size_t subject) const {
  if (!c_.discourse.first_person || trigger.attr("speaker") != "yes" || trigger.attr("noun") != "yes" ||
      (NounOwner(cl_, i) != subject && !Thanked(cl_, i, subject)) ||
      !cl_.IsAny(i, "cooperation|collaboration|coordination|partnership")) {
    return false;  // "the Senate's border security agreement" is no partnership with the speaker
  }
  // Another country's government: the speaker's own agencies and legislatures are no partners of it.
  const int partner = EntityOf(subject, "Government");
  if (partner >= 0 && c_.graph->entities[c_.graph->Root(partner)].name.find("overnment") == std::string::npos) {
    return false;
  }
  const int speaker = partner < 0 ? -1 : c_.discourse.SpeakerOtherThan({partner}, *c_.graph);
  if (speaker < 0) return false;
  const std::string type(trigger.attr("relation"));
  c_.Relate(type, speaker, partner, {}, "frame.relation." + NormalizeKey(type) + ".speaker_partner", 0.65f,
            cl_.item(std::min(subject, i)).first, cl_.item(std::max(subject, i)).last);
  return true;
}

std::vector<int> RelationReader::GroupSubject(size_t i, std::string* which, size_t* first, bool governments) const {
  *first = 0;
  if (They(i)) {
    *which = "they";
    return c_.discourse.groups[c_.index - 1];
  }
  // "the two groups have been at war": "at war" is the verb's phrase.
  size_t before = cl_.BeforeVerbGroup(i >= 1 && cl_.Is(i - 1, "at") && cl_.Is(i, "war") ? i - 1 : i);
  // "A and B are responsible for most of the fentanyl, and they operate networks across X": the
  // last coordination of organizations before "and they" in the sentence.
  if (before != kNone && before >= 3 && cl_.Is(before, "they") && cl_.Is(before - 1, "and")) {
    std::vector<int> group;
    for (size_t k = 0; k + 2 < before; ++k) {
      if (cl_.EntityAs(k, "Organization") < 0) continue;
      const std::vector<size_t> members = cl_.Coordinated(k, "Organization");
      if (members.size() < 2 || members.front() != k || members.back() >= before) continue;
      group.clear();
      for (size_t m : members) group.push_back(cl_.EntityAs(m, "Organization"));
      k = members.back();
    }
    if (!group.empty()) {
      *which = "they";
      *first = before;
      return group;
    }
  }
  // "In Guanajuato, it battles the Santa Rosa de Lima Cartel": the group "it" refers to.
  if (const int it = before == kNone ? -1 : c_.ItReferent(before); it >= 0) {
    *which = "it";
    *first = before;
    return {it};
  }
  // "Both groups maintain cells in X": a territory noun after a verb that keeps it.
  if (before != kNone && cl_.IsAny(before, "maintain|maintains|maintained|keep|keeps|kept|run|runs|operate|operates")) {
    before = cl_.BeforeVerbGroup(before);
  }
  if (before == kNone) return {};
  for (size_t k = before, n = 0; k-- > 0 && n < 5; ++n) {
    size_t end = kNone;
    std::vector<int> group = c_.GroupDescription(k, &end, governments);
    if (group.empty() || end != before) continue;
    // "... between the two cartels fighting over turf": the description after "between" is the
    // subject of the participle that follows it.
    // ("the Framework, which the two governments adopted": a relative clause's subject.)
    const bool opens = k == 0 || !c_.tokens[cl_.item(k - 1).first].word() ||
                       cl_.IsAny(k - 1, "and|but|since|as|while|when|because|then|which|that") ||
                       (cl_.IsAny(k - 1, "between|among") && c_.tokens[cl_.item(i).first].norm.ends_with("ing"));
    if (!opens) return {};
    *which = "group";
    *first = k;
    return group;
  }
  return {};
}

bool RelationReader::They(size_t i) const {
  if (c_.index == 0 || c_.index > c_.discourse.groups.size() || c_.discourse.groups[c_.index - 1].empty()) return false;
  const size_t before = cl_.BeforeVerbGroup(i);
  // (the pronoun may be a mention of the last group alone)
  if (before == kNone || c_.tokens[cl_.item(before).first].norm != "they") return false;
  for (size_t k = 0; k < before; ++k) {
    if (c_.tokens[cl_.item(k).first].word()) return false;
  }
  return true;
}

int RelationReader::SpeakerOtherThan(const std::vector<size_t>& objects, const std::string& labels) const {
  std::vector<int> others;
  for (size_t o : objects) others.push_back(cl_.EntityAs(o, labels));
  // "The United States will press Beijing to act, and we will work with Mexico": the government
  // that opens the sentence speaks for its "we".
  const size_t opener = cl_.Is(0, "the") ? 1 : 0;
  if (const int gov = cl_.EntityAs(opener, "Government"); gov >= 0 && cl_.IsAny(opener + 1, "will|has|have|is|must|continues|remains")) {
    if (std::none_of(others.begin(), others.end(), [&](int e) { return e >= 0 && c_.graph->Root(e) == c_.graph->Root(gov); })) {
      return c_.graph->Root(gov);
    }
  }
  return c_.discourse.SpeakerOtherThan(others, *c_.graph);
}

}  // namespace cg::ingest
