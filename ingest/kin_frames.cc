// Kinship frames (frames.h): RELATIVE_OF between two named persons, the
// subject being the `relation` of the object (lexicon/words/kin.txt).
#include <algorithm>

#include "ingest/entity_table.h"
#include "ingest/frames.h"

namespace cg::ingest {
namespace {

constexpr std::string_view kPerson = "Person";

class KinReader : FrameReader {
 public:
  using FrameReader::FrameReader;

  void Run() {
    for (size_t i = 0; i < cl_.size(); ++i) {
      if (cl_.item(i).mention >= 0) {
        if (!KinOfDescribed(i)) NameDescribed(i);
        continue;
      }
      if (Plural(i) || AnotherOfList(i) || AnotherOfEarlier(i) || Marriage(i)) continue;
      const std::vector<LexMatch> kin =
          c_.lexicon.MatchAt(c_.tokens, cl_.item(i).first, c_.sentence.last_token, "kin");
      if (kin.empty()) continue;
      size_t end = cl_.ItemOf(cl_.item(i).first + static_cast<uint32_t>(kin[0].length) - 1);
      if (end == kNone) continue;
      // "the father-in-law and longtime partner of X": a second noun joined before the "of".
      if (cl_.Is(end + 1, "and")) {
        size_t k = end + 2;
        while (k < cl_.size() && k <= end + 4 && cl_.PlainWord(k) && !cl_.Is(k, "of")) ++k;
        if (k > end + 2 && cl_.Is(k, "of")) end = k - 1;
      }
      if (end + 1 >= cl_.size() || !cl_.Is(end + 1, "of")) continue;
      size_t object = end + 2;
      while (object < cl_.size() && cl_.IsAny(object, "the|a|an|another|late|jailed|imprisoned|slain|former|\"")) ++object;
      // "a son of imprisoned drug lord X": plain words describing the person right before the name.
      object = TitledOrDescribed(object);
      // "C, a nephew of the brothers", "of the Salcedo Arriaga brothers": a family of brothers the
      // article has named (NamedBrothers).
      std::vector<std::string> family;
      const size_t brothers = Brothers(object, &family);
      // "a brother of the drug lord": a description that names someone (mentions.h) may be the
      // relative; a pronoun may not.
      const bool pronoun = object < cl_.size() && cl_.Anaphoric(object) && cl_.mention(object)->last == cl_.mention(object)->first + 1;
      if (brothers == kNone && (object >= cl_.size() || cl_.EntityAs(object, kPerson) < 0 || pronoun)) continue;
      const size_t subject = Subject(i);
      if (subject == kNone || (cl_.Anaphoric(subject) && !OpeningPronoun(subject))) continue;
      std::vector<std::pair<int, size_t>> objects;  // each relative and the item its span ends at
      if (brothers != kNone) {
        for (int e : NamedBrothers(*c_.graph, c_.index, family)) objects.emplace_back(e, brothers);
        if (objects.empty()) continue;
        how_ += ".brothers";
      } else if (object > 0 && cl_.Is(object - 1, ",")) {
        // "the brother of the cartel's leader, X, and Y": the name apposed to a description is one
        // person; a list going on after it is the sentence's own.
        objects.emplace_back(cl_.EntityAs(object, kPerson), object);
      } else {
        for (size_t o : Objects(object)) objects.emplace_back(cl_.EntityAs(o, kPerson), o);
      }
      const std::string relation(kin[0].entry->attr("relation"));
      for (const auto& [o, last] : objects) {
        if (o == cl_.EntityAs(subject, kPerson)) continue;
        c_.Relate("RELATIVE_OF", cl_.EntityAs(subject, kPerson), o, {{"relation", Value(relation)}},
                  "frame.kin." + how_, confidence_, cl_.item(std::min(subject, i)).first, cl_.item(last).last);
      }
    }
  }

 private:
  // Is item i a person the article refers to by a description ("the cartel's leader", "the drug
  // lord"), not by name, pronoun or relative ("his brother", "X's son")?
  bool Described(size_t i) const {
    const Mention* m = cl_.mention(i);
    if (!m || !m->anaphoric || m->last - m->first < 2 || cl_.EntityAs(i, kPerson) < 0) return false;
    for (uint32_t t = m->first; t < m->last; ++t) {
      if (c_.tokens[t].norm == "'s") return false;
    }
    return true;
  }

  // "the cartel leader's brother, X,", "the kingpin's wife X": the person named after a described
  // person's kin noun is that relative of his (the mentions read a named owner's so).
  bool KinOfDescribed(size_t i) {
    if (!Described(i) || !cl_.Is(i + 1, "'s") || i + 2 >= cl_.size()) return false;
    const std::vector<LexMatch> kin = c_.lexicon.MatchAt(c_.tokens, cl_.item(i + 2).first, c_.sentence.last_token, "kin");
    if (kin.empty()) return false;
    const size_t end = cl_.ItemOf(cl_.item(i + 2).first + static_cast<uint32_t>(kin[0].length) - 1);
    if (end == kNone) return false;
    size_t name = end + 1;
    const bool comma = cl_.Is(name, ",");
    if (comma) ++name;
    const int relative = cl_.EntityAs(name, kPerson), owner = cl_.EntityAs(i, kPerson);
    if (relative < 0 || cl_.Anaphoric(name) || relative == owner) return false;
    // A comma apposition must close ("his brother, X, was") or end the sentence.
    if (comma && name + 1 < cl_.size() && !cl_.IsAny(name + 1, ",|.|;|--|)")) return false;
    c_.Relate("RELATIVE_OF", relative, owner, {{"relation", Value(std::string(kin[0].entry->attr("relation")))}},
              "frame.kin.described_owner", 0.8f, cl_.item(i).first, cl_.item(name).last);
    return true;
  }

  // "El Chapo's son Ovidio", "his brother, Omar Treviño": the described relative is the named
  // person (whose RELATIVE_OF the description carries).
  void NameDescribed(size_t i) {
    const Mention* m = cl_.mention(i);
    if (m->kind != Mention::Kind::kEntity || m->last - m->first < 2 || cl_.EntityAs(i, kPerson) < 0) return;
    uint32_t possessive = m->first;
    while (possessive < m->last && c_.tokens[possessive].norm != "'s") ++possessive;
    const bool pronoun = c_.tokens[m->first].norm == "his" || c_.tokens[m->first].norm == "her";
    if (possessive == m->last && !pronoun) return;
    const uint32_t kin_first = possessive == m->last ? m->first + 1 : possessive + 1;
    const std::vector<LexMatch> kin = c_.lexicon.MatchAt(c_.tokens, kin_first, m->last, "kin");
    if (kin.empty() || kin_first + kin[0].length != m->last) return;
    size_t name = i + 1;
    if (name < cl_.size() && cl_.Is(name, ",")) ++name;
    if (name >= cl_.size() || cl_.EntityAs(name, kPerson) < 0 || cl_.Anaphoric(name)) {
      KnownByFrame(cl_.EntityAs(i, kPerson), *kin[0].entry);
      return;
    }
    const Mention* n = cl_.mention(name);
    for (uint32_t t = n->first; t < n->last; ++t) {
      if (c_.tokens[t].norm == "'s") return;  // another description
    }
    // A comma apposition must close ("his brother, X, was") or end the sentence.
    if (name == i + 2 && name + 1 < cl_.size() && !cl_.IsAny(name + 1, ",|.|;|--|)")) return;
    MergeEntities(c_.graph, cl_.EntityAs(i, kPerson), cl_.EntityAs(name, kPerson));
  }

  // "Emma Coronel is the daughter of X. ... Her father was detained": a described relative ("Emma
  // Coronel's father") is the one named person a sentence before made that relative (a kin frame
  // runs after every mention is read, so the description could not find him then).
  void KnownByFrame(int described, const LexEntry& kin) {
    ArticleGraph* g = c_.graph;
    described = g->Root(described);
    if (g->entities[described].name.find("'s ") == std::string::npos) return;
    const std::string relation(kin.attr("relation"));
    int owner = -1;
    for (const LocalRelation& r : g->relations) {
      const auto rel = r.props.find("relation");
      if (r.type == "RELATIVE_OF" && g->Root(r.from) == described && rel != r.props.end() && rel->second.is_string() &&
          rel->second.as_string() == relation) {
        owner = g->Root(r.to);
      }
    }
    if (owner < 0) return;
    int found = -1;
    for (const LocalRelation& r : g->relations) {
      const auto rel = r.props.find("relation");
      if (r.type != "RELATIVE_OF" || rel == r.props.end() || !rel->second.is_string() || r.source.sentence >= c_.index) continue;
      const std::string& said = rel->second.as_string();
      int p = -1;
      if (g->Root(r.to) == owner && said == relation) p = g->Root(r.from);  // "X, Y's father"
      if (g->Root(r.from) == owner && OneOf(said, kin.attr("inverse"))) p = g->Root(r.to);  // "Y, the daughter of X"
      if (p < 0 || p == described || p == owner || g->entities[p].name.find("'s ") != std::string::npos) continue;
      if (found >= 0 && found != p) return;  // two such relatives: neither
      found = p;
    }
    if (found < 0) return;
    // The fact is told already (the description's own RELATIVE_OF says it again, maybe the other way).
    std::erase_if(g->relations, [&](const LocalRelation& r) {
      return r.type == "RELATIVE_OF" && g->Root(r.from) == described && g->Root(r.to) == owner;
    });
    MergeEntities(g, described, found);
  }

  // "X's sons, A and B," / "X's brothers A and B": each named member is that relative of X.
  bool Plural(size_t i) {
    // (Every reading here is of a plural kin noun: asked once, not by each.)
    if (!cl_.IsAny(i, kPluralKin)) return false;
    if (Siblings(i) || OneOfThem(i) || ApposedToList(i)) return true;
    // "X's own sons", "X's two younger brothers": over the noun's modifiers to the possessive.
    size_t s = i - 1;
    while (s > 1 && s + 3 > i && cl_.IsAny(s, "own|two|three|four|five|younger|older|elder|adult|teenage")) --s;
    if (s < 1 || !cl_.Is(s, "'s")) return false;
    const int owner = cl_.EntityAs(s - 1, kPerson);
    if (owner < 0 || (cl_.Anaphoric(s - 1) && !Described(s - 1))) return false;
    size_t first = i + 1;
    const bool comma = cl_.IsAny(first, ",|-|--|—|–");
    if (comma) ++first;
    if (cl_.EntityAs(first, kPerson) < 0 || cl_.Anaphoric(first)) return false;
    const std::vector<size_t> members = cl_.Coordinated(first, kPerson);
    // A comma apposition must close ("X's sons, A and B, lead") or end the sentence.
    const size_t after = members.back() + 1;
    if (comma && after < cl_.size() && !cl_.IsAny(after, ",|.|;|--|)|-|—|–")) return false;
    std::string relation(cl_.Norm(i));
    relation.pop_back();
    for (size_t m : members) {
      c_.Relate("RELATIVE_OF", cl_.EntityAs(m, kPerson), owner, {{"relation", Value(relation)}}, "frame.kin.plural",
                0.8f, cl_.item(s - 1).first, cl_.item(m).last);
    }
    return true;
  }

  // "charged Ovidio and another brother, Joaquín": a second brother named beside the first is his.
  bool AnotherOfList(size_t i) {
    if (!cl_.Is(i, "another") || i < 2 || !cl_.Is(i - 1, "and") || !cl_.IsAny(i + 1, "brother|cousin") ||
        !cl_.Is(i + 2, ",")) {
      return false;
    }
    const int first = cl_.EntityAs(i - 2, kPerson), second = cl_.EntityAs(i + 3, kPerson);
    if (first < 0 || second < 0 || cl_.Anaphoric(i - 2) || cl_.Anaphoric(i + 3)) return false;
    c_.Relate("RELATIVE_OF", second, first, {{"relation", Value(std::string(cl_.Norm(i + 1)))}}, "frame.kin.another",
              0.8f, cl_.item(i - 2).first, cl_.item(i + 3).last);
    return true;
  }

  // "his marriage to B", "A's marriage to B": spouses, each the other's.
  bool Marriage(size_t i) {
    if (!cl_.Is(i, "marriage") || !cl_.Is(i + 1, "to") || i == 0) return false;
    const size_t owner = cl_.Is(i - 1, "'s") && i >= 2 ? i - 2 : i - 1;
    // (EntityAs does not give the person a possessive determiner refers to: "his" is read here.)
    const Mention* m = cl_.mention(owner);
    const int a = m && m->kind == Mention::Kind::kEntity && m->entity >= 0 ? c_.graph->Root(m->entity) : -1;
    const int b = cl_.EntityAs(i + 2, kPerson);
    if (a < 0 || b < 0 || a == b || c_.graph->entities[a].primary != "Person" || (owner == i - 1 && !cl_.Anaphoric(owner)) ||
        cl_.Anaphoric(i + 2)) {
      return false;
    }
    for (const auto& [from, to] : {std::pair{a, b}, std::pair{b, a}}) {
      c_.Relate("RELATIVE_OF", from, to, {{"relation", Value(std::string("spouse"))}}, "frame.kin.marriage", 0.75f,
                cl_.item(owner).first, cl_.item(i + 2).last);
    }
    return true;
  }

  // "Guzmán's sons A and B ... Another son, C, was killed": opening a sentence, a further relative of
  // the kind the article last told of one person is that person's.
  bool AnotherOfEarlier(size_t i) {
    const size_t noun = cl_.Is(i, "another") ? i + 1 : cl_.Is(i, "a") && cl_.IsAny(i + 1, "second|third|fourth") ? i + 2 : kNone;
    if (i != 0 || noun == kNone || !cl_.IsAny(noun, "son|daughter|brother|sister|nephew|niece|cousin") ||
        !cl_.Is(noun + 1, ",")) {
      return false;
    }
    const int named = cl_.EntityAs(noun + 2, kPerson);
    if (named < 0 || cl_.Anaphoric(noun + 2)) return false;
    const std::string relation(cl_.Norm(noun));
    int owner = -1;
    for (const LocalRelation& r : c_.graph->relations) {
      if (r.type != "RELATIVE_OF" || r.source.sentence >= c_.index) continue;
      const auto it = r.props.find("relation");
      if (it == r.props.end() || !(it->second == Value(relation))) continue;
      const int to = c_.graph->Root(r.to);
      if (owner >= 0 && owner != to) return false;  // several persons' sons: whose is unclear
      owner = to;
    }
    if (owner < 0 || owner == c_.graph->Root(named)) return false;
    c_.Relate("RELATIVE_OF", named, owner, {{"relation", Value(relation)}}, "frame.kin.another_earlier", 0.75f,
              cl_.item(i).first, cl_.item(noun + 2).last);
    return true;
  }

  // "X, one of Y's sons", "X is one of the sons of Y", "X, another of Y's sons": X is a son of Y.
  bool OneOfThem(size_t i) {
    if (!cl_.IsAny(i, kPluralKin)) return false;
    size_t one = kNone, owner = kNone;
    bool pronoun = false;  // "X, one of his brothers": the person "his" refers to (mention_phrases.cc)
    if (i >= 4 && cl_.Is(i - 1, "'s") && cl_.Is(i - 3, "of") && cl_.IsAny(i - 4, "one|another")) {
      one = i - 4;
      owner = i - 2;
    } else if (i >= 3 && cl_.Is(i - 2, "of") && cl_.IsAny(i - 3, "one|another") && cl_.Anaphoric(i - 1) &&
               cl_.mention(i - 1)->last == cl_.mention(i - 1)->first + 1 &&
               OneOf(c_.tokens[cl_.item(i - 1).first].norm, "his|her")) {
      one = i - 3;
      owner = i - 1;
      pronoun = true;
    } else if (i >= 2 && cl_.Is(i + 1, "of")) {
      size_t k = i - 1;
      if (cl_.IsAny(k, "two|three|four|five|six|seven|eight")) --k;  // "one of four sons of Y"
      if (cl_.Is(k, "the")) --k;
      if (k >= 1 && cl_.Is(k, "of") && cl_.IsAny(k - 1, "one|another")) one = k - 1;
      owner = i + 2 + (cl_.Is(i + 2, "the") ? 1 : 0);
    }
    // A possessive pronoun is no entity of its phrase (clause.h PossessivePronoun): its person, here.
    const int owner_entity = pronoun ? c_.graph->Root(cl_.mention(owner)->entity) : cl_.EntityAs(owner, kPerson);
    if (one == kNone || owner_entity < 0 || (cl_.Anaphoric(owner) && !pronoun)) return false;
    if (c_.graph->entities[owner_entity].primary != "Person") return false;
    const size_t subject = Subject(one);
    if (subject == kNone || cl_.Anaphoric(subject)) return false;
    std::string relation(cl_.Norm(i));
    relation.pop_back();
    c_.Relate("RELATIVE_OF", cl_.EntityAs(subject, kPerson), owner_entity,
              {{"relation", Value(relation)}}, "frame.kin.one_of." + how_, confidence_ - 0.05f,
              cl_.item(subject).first, cl_.item(std::max(i, owner)).last);
    return true;
  }

  // "A, B and C, three sons of Y", "A and B, the nephews of Y": each listed person is one.
  bool ApposedToList(size_t i) {
    if (!cl_.IsAny(i, kPluralKin) || !cl_.Is(i + 1, "of")) return false;
    const size_t owner = i + 2 + (cl_.Is(i + 2, "the") ? 1 : 0);
    const size_t object = TitledOrDescribed(owner);
    if (cl_.EntityAs(object, kPerson) < 0 || cl_.Anaphoric(object)) return false;
    size_t k = i;
    if (k >= 1 && cl_.IsAny(k - 1, "two|three|four|five|six|the|both|all")) --k;
    size_t head = k >= 2 && cl_.Is(k - 1, ",") ? k - 2 : kNone;
    // "A and B are sons of Y": the plural copula's coordinated subject, from its first member.
    if (k >= 2 && cl_.IsAny(k - 1, "are|were")) {
      head = cl_.SubjectBefore(k - 1, kPerson, 4);
      while (head != kNone && head >= 2 && cl_.IsAny(head - 1, "and|,") && cl_.EntityAs(head - 2, kPerson) >= 0) head -= 2;
    }
    // "A and B, the leaders of X and sons of Y": a second description apposed to the list.
    if (head == kNone && k >= 3 && cl_.Is(k - 1, "and")) {
      for (size_t j = k - 1; j-- > 1 && k - j < 14 && !cl_.Break(j) && cl_.EntityAs(j, kPerson) < 0;) {
        if (!cl_.Is(j, ",")) continue;
        if (cl_.EntityAs(j - 1, kPerson) >= 0) head = j - 1;
        break;
      }
      while (head != kNone && head >= 2 && cl_.IsAny(head - 1, "and|,") && cl_.EntityAs(head - 2, kPerson) >= 0) head -= 2;
    }
    // "A runs the faction with his brother B; both are sons of Y", "Both men are sons of Y": the two
    // persons named before (in the sentence, else the two the sentence before names).
    if (head == kNone && k >= 2 && cl_.IsAny(k - 1, "are|were")) {
      const size_t both = cl_.IsAny(k - 2, "men|brothers") && k >= 3 ? k - 3 : k - 2;
      if (cl_.IsAny(both, "both|two")) return Both(i, both, cl_.EntityAs(object, kPerson));
      // "The Guzmán Salazar brothers are the sons of Y": the brothers of that family the article named.
      if (cl_.Is(k - 2, "brothers")) return FamilyOf(i, k - 2, cl_.EntityAs(object, kPerson));
    }
    if (head == kNone || cl_.EntityAs(head, kPerson) < 0) return false;
    const std::vector<size_t> members = cl_.Coordinated(head, kPerson);
    if (members.size() < 2) return false;
    std::string relation(cl_.Norm(i));
    relation.pop_back();
    for (size_t m : members) {
      if (cl_.Anaphoric(m)) continue;
      c_.Relate("RELATIVE_OF", cl_.EntityAs(m, kPerson), cl_.EntityAs(object, kPerson), {{"relation", Value(relation)}},
                "frame.kin.list_apposition", 0.8f, cl_.item(members.front()).first, cl_.item(object).last);
    }
    return true;
  }

  // The brothers "the <family> brothers" (its "brothers" at item b) names (NamedBrothers), each
  // `relation` (the plural kin noun at item i) of `owner`.
  bool FamilyOf(size_t i, size_t b, int owner) {
    size_t f = b;
    while (f > 0 && b - f < 3 && !cl_.mention(f - 1) && c_.tokens[cl_.item(f - 1).first].is(Token::kCapitalized) &&
           !cl_.Is(f - 1, "the")) {
      --f;
    }
    std::vector<std::string> family;
    if (f == b || f == 0 || !cl_.Is(f - 1, "the") || Brothers(f, &family) != b) return false;
    std::string relation(cl_.Norm(i));
    relation.pop_back();
    std::vector<int> brothers = NamedBrothers(*c_.graph, c_.index, family);
    if (brothers.empty() && family.size() >= 2) brothers = NamedWith(family);  // (one surname may be anyone's)
    bool any = false;
    for (int p : brothers) {
      if (p == owner) continue;
      c_.Relate("RELATIVE_OF", p, owner, {{"relation", Value(relation)}}, "frame.kin.family", 0.75f, cl_.item(f - 1).first,
                cl_.item(i).last);
      any = true;
    }
    return any;
  }

  // The persons the article has named whose names hold the family's words ("Guzmán Salazar": both
  // surnames): two or more, else none.
  std::vector<int> NamedWith(const std::vector<std::string>& family) const {
    std::vector<int> out;
    const ArticleGraph& g = *c_.graph;
    for (int e = 0; e < static_cast<int>(g.entities.size()); ++e) {
      if (g.Root(e) != e || g.entities[e].primary != kPerson || g.entities[e].name.find("'s ") != std::string::npos) continue;
      const std::vector<std::string> name = NameNorms(g.entities[e].name);
      if (name.size() > family.size() && std::search(name.begin(), name.end(), family.begin(), family.end()) != name.end()) {
        out.push_back(e);
      }
    }
    return out.size() >= 2 ? out : std::vector<int>{};
  }

  // The relatives "both" at item `both` stands for, each `relation` (the plural kin noun at item i)
  // of `owner`: the two persons named before it in the sentence, else the two the sentence before names
  // (Discourse::PairBefore).
  bool Both(size_t i, size_t both, int owner) {
    std::vector<int> persons;
    for (size_t k = 0; k < both; ++k) {
      const int p = cl_.EntityAs(k, kPerson);
      if (p >= 0 && !cl_.Anaphoric(k) && p != owner && std::find(persons.begin(), persons.end(), p) == persons.end()) {
        persons.push_back(p);
      }
    }
    if (persons.empty()) persons = c_.discourse.PairBefore(c_.index);
    if (persons.size() != 2) return false;
    std::string relation(cl_.Norm(i));
    relation.pop_back();
    for (int p : persons) {
      c_.Relate("RELATIVE_OF", p, owner, {{"relation", Value(relation)}}, "frame.kin.both", 0.75f, cl_.item(both).first,
                cl_.item(i).last);
    }
    return true;
  }

  // The kin noun's object at item `object` and those coordinated with it: "the son of A and B",
  // "the brother of A, who led the cartel, and of B".
  std::vector<size_t> Objects(size_t object) const {
    std::vector<size_t> out = cl_.Coordinated(object, kPerson);
    for (size_t k = out.back() + 1; k + 2 < cl_.size() && k <= out.back() + 20 && !cl_.Break(k); ++k) {
      if (!cl_.Is(k, "and") || !cl_.Is(k + 1, "of") || (k > 0 && !cl_.Is(k - 1, ",") && k != out.back() + 1)) continue;
      const size_t next = k + 2 + (cl_.IsAny(k + 2, "the|his|her") ? 1 : 0);
      if (cl_.EntityAs(next, kPerson) >= 0 && !cl_.Anaphoric(next)) out.push_back(next);
      break;
    }
    return out;
  }

  // "A, B and C, three sons of Y": the person after the kin noun's "of", over a role description
  // ("of jailed drug lord Y", "of Gulf Cartel leader Y").
  size_t TitledOrDescribed(size_t object) const {
    object = TitledPerson(object);
    // "a son of the jailed kingpin X", "of drug kingpin X": a designation in lowercase words describes him too.
    auto describing = [&](size_t k) {
      const Mention* m = cl_.mention(k);
      if (!m || m->kind != Mention::Kind::kDesignation) return cl_.PlainWord(k);
      for (uint32_t t = m->first; t < m->last; ++t) {
        if (!c_.tokens[t].word() || c_.tokens[t].is(Token::kCapitalized)) return false;
      }
      return true;
    };
    for (size_t k = object, n = 0; n < 3 && describing(k); ++k, ++n) {
      if (cl_.EntityAs(k + 1, kPerson) >= 0) object = k + 1;
      // "the husband of another consulate employee, Hilda Antillon": the name apposed to the description.
      if (cl_.Is(k + 1, ",") && cl_.EntityAs(k + 2, kPerson) >= 0) return k + 2;
    }
    return object;
  }

  // "the brothers A and B", "brothers A, B and C": each pair, both ways; "his sons A and B", "his
  // cousins A and B": each the owner's (not each other's: a sibling or cousin is not stated).
  bool Siblings(size_t i) {
    const bool children = cl_.IsAny(i, "sons|daughters|nephews|nieces");
    if ((!children && !cl_.IsAny(i, "brothers|sisters|cousins")) || (i > 0 && cl_.Is(i - 1, "'s"))) return false;
    int owner = -1;  // "X and his brothers A and B": X's brothers, and each other's
    size_t det = i;  // "his half brothers", "his two younger brothers"
    while (det > 1 && i - det < 2 && cl_.IsAny(det - 1, "half|older|younger|elder|two|three|four|five")) --det;
    if (det > 0 && cl_.PossessiveDeterminer(det - 1)) {
      const Mention* m = cl_.mention(det - 1);
      if (m->entity < 0 || c_.graph->entities[c_.graph->Root(m->entity)].primary != "Person") return false;
      owner = c_.graph->Root(m->entity);
    }
    const size_t first = i + 1 + (cl_.Is(i + 1, ",") ? 1 : 0);
    if (cl_.EntityAs(first, kPerson) < 0 || cl_.Anaphoric(first)) return false;
    std::vector<size_t> members = cl_.Coordinated(first, kPerson);
    // "his brothers, A and B, and his accountant, C": the list of kin ends before a member another
    // noun describes.
    for (size_t m = 1; m < members.size(); ++m) {
      bool described = false;
      for (size_t k = members[m - 1] + 1; k < members[m] && !described; ++k) {
        described = cl_.PlainWord(k) && !cl_.IsAny(k, "and|or|the");
      }
      if (described) {
        members.resize(m);
        break;
      }
    }
    if ((members.size() < 2 || children) && owner < 0) return false;
    std::string relation(cl_.Norm(i));
    relation.pop_back();
    for (size_t a : members) {
      c_.Relate("RELATIVE_OF", cl_.EntityAs(a, kPerson), owner, {{"relation", Value(relation)}},
                children ? "frame.kin.children" : "frame.kin.siblings",
                0.8f, cl_.item(owner >= 0 ? det - 1 : i).first, cl_.item(members.back()).last);
      for (size_t b : members) {
        // "his cousins A and B": each the owner's cousin, not (as stated) each other's.
        if (a == b || children || (owner >= 0 && cl_.Is(i, "cousins"))) continue;
        c_.Relate("RELATIVE_OF", cl_.EntityAs(a, kPerson), cl_.EntityAs(b, kPerson), {{"relation", Value(relation)}},
                  "frame.kin.siblings", 0.8f, cl_.item(i).first, cl_.item(members.back()).last);
      }
    }
    return true;
  }

  // "the brother-in-law of Gulf Cartel leader X", "a cousin of the Gulf Cartel's jailed former boss,
  // X": the person a group's role description names (else `k`); the description's last word a role.
  size_t TitledPerson(size_t k) const {
    if (cl_.EntityAs(k, "Organization") < 0) return k;
    const bool possessive = cl_.Is(k + 1, "'s");
    const size_t words = k + 1 + possessive;
    size_t r = words, role_end = words;
    while (r < cl_.size() && r < words + 4 && cl_.PlainWord(r)) {
      // (the rules' role nouns too: "Gulf cartel figure X", "Zetas financial operator X")
      std::vector<LexMatch> role = c_.words.MatchAt(c_.tokens, cl_.item(r).first, c_.sentence.last_token, "role");
      if (role.empty()) role = c_.lexicon.MatchAt(c_.tokens, cl_.item(r).first, c_.sentence.last_token, "role");
      // (a role of several items, "co-founder", is passed whole)
      const size_t after = role.empty() ? kNone : cl_.ItemOf(cl_.item(r).first + static_cast<uint32_t>(role[0].length) - 1);
      if (after != kNone) role_end = std::max(role_end, after + 1);
      r = after != kNone ? std::max(r + 1, after + 1) : r + 1;
    }
    if (r == words || role_end != r) return k;
    if (possessive && cl_.Is(r, ",")) ++r;
    return cl_.EntityAs(r, kPerson) >= 0 ? r : k;
  }

  // "He is the brother-in-law of X": a personal pronoun opening the sentence (the person the
  // sentence before is about) may be a copula's subject.
  bool OpeningPronoun(size_t subject) const {
    if (subject != 0) return false;
    const Clause::Item& it = cl_.item(0);
    return it.last == it.first + 1 && (c_.tokens[it.first].norm == "he" || c_.tokens[it.first].norm == "she");
  }

  // The item of "brothers" when the words at item `object` (after "the") are "brothers" or "Salcedo
  // Arriaga brothers" (*family: the capitalized words' norms) and name no one after it ("the brothers
  // A and B" is a list); else kNone.
  size_t Brothers(size_t object, std::vector<std::string>* family) const {
    if (object == 0 || !cl_.Is(object - 1, "the")) return kNone;
    size_t b = object;
    for (; b < object + 3 && b < cl_.size() && !cl_.mention(b); ++b) {
      if (!c_.tokens[cl_.item(b).first].is(Token::kCapitalized)) break;
      family->push_back(std::string(cl_.Norm(b)));
    }
    return cl_.Is(b, "brothers") && cl_.EntityAs(b + 1, kPerson) < 0 ? b : kNone;
  }

  // Item s (s > 0) or, when a nickname in quotation marks set off by commas ends right before it
  // ('X, "El Guano," a brother of', 'X, "El Guano", a brother of'), the nickname's opening mark;
  // the item before it is then the comma after X.
  size_t OverNickname(size_t s) const {
    size_t close = s - 1;
    const bool comma_after = cl_.Is(close, ",");  // '"El Guano", a'
    if (comma_after) --close;
    // The closing mark, and the comma after it or just inside it ('"El Guano," a').
    if (close < 3 || close == kNone || !cl_.IsAny(close, "\"|”")) return s;
    if (!comma_after && !cl_.Is(close - 1, ",")) return s;
    for (size_t open = close - 1; open-- > 1 && close - open <= 6 && !cl_.Break(open);) {
      if (!cl_.IsAny(open, "\"|“")) continue;
      return open + 1 < close && cl_.Is(open - 1, ",") ? open : s;
    }
    return s;
  }

  // "X, the son of", "X (son of", "X is the son of", "X, who is the son of".
  size_t Subject(size_t kin) {
    size_t s = kin;
    while (s > 0 && cl_.IsAny(s - 1, "the|a|an|another|eldest|oldest|youngest|younger|older|only|half|step|own|second|"
                                     "first|late|estranged|alleged|reputed"))
      --s;
    if (s == 0) return kNone;
    const size_t a = OverNickname(s);
    if (cl_.IsAny(a - 1, ",|(|--") && a >= 2 && cl_.EntityAs(a - 2, kPerson) >= 0) {
      how_ = "apposition";
      confidence_ = 0.85f;
      return a - 2;
    }
    // "Vicente Zambada Niebla, 34, the son of": over an age set off by commas.
    if (s >= 4 && cl_.Is(s - 1, ",") && cl_.Is(s - 3, ",") && !cl_.mention(s - 2) &&
        c_.tokens[cl_.item(s - 2).first].is(Token::kNumber) && cl_.EntityAs(s - 4, kPerson) >= 0) {
      how_ = "apposition";
      confidence_ = 0.85f;
      return s - 4;
    }
    // "X, a leader of Y and one of the sons of Z", "X, a former police officer and the brother of
    // Z": a second description apposed to X (no other person between).
    if (cl_.Is(s - 1, "and")) {
      for (size_t k = s - 1; k-- > 0 && s - k < 14 && !cl_.Break(k) && cl_.EntityAs(k, kPerson) < 0;) {
        if (!cl_.Is(k, ",")) continue;
        if (k >= 1 && cl_.EntityAs(k - 1, kPerson) >= 0) {
          how_ = "apposition";
          confidence_ = 0.8f;
          return k - 1;
        }
        break;
      }
    }
    // "police identified X as the son of Y": the person right before "as".
    if (s >= 2 && cl_.Is(s - 1, "as") && cl_.EntityAs(s - 2, kPerson) >= 0) {
      how_ = "as";
      confidence_ = 0.8f;
      return s - 2;
    }
    if (cl_.IsAny(s - 1, "is|was|are|were|remains|as")) {
      how_ = "copula";
      confidence_ = 0.8f;
      return cl_.SubjectBefore(s, kPerson, 8);
    }
    return kNone;
  }

  std::string how_;
  float confidence_ = 0.8f;
};

}  // namespace

void ReadKinship(const FrameContext& c) {
  KinReader(c).Run();
  ReadPluralKinship(c);
}

}  // namespace cg::ingest
