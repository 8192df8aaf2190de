// Kinship with a plural owner (frames.h): a relative named after "their" that refers to a
// coordination of persons ("A and B lead the faction. Their uncle, C, ...": C is the uncle of A and
// of B; "Together with their brothers C and D, they ..."), or after "whose" that follows one ("A
// and B, whose father, C, ..."); and "the brothers" an article has named ("C, a nephew of the
// brothers", read by kin_frames.cc).
#include <algorithm>
#include <map>
#include <string>

#include "ingest/entity_table.h"
#include "ingest/frames.h"

namespace cg::ingest {
namespace {

constexpr std::string_view kPerson = "Person";
// Words between "their" and its kin noun ("their younger brother", "their two cousins").
constexpr std::string_view kKinAges = "younger|older|elder|eldest|youngest|oldest|half|late|only|two|three|four|five";

class PluralKinReader : FrameReader {
 public:
  using FrameReader::FrameReader;

  void Run() {
    for (size_t i = 0; i < cl_.size(); ++i) {
      const std::vector<int> owners = OneWord(i, "their")   ? TheirOwners(i)
                                      : OneWord(i, "whose") ? WhoseOwners(i)
                                                            : std::vector<int>{};
      if (!owners.empty()) NamedRelatives(i, owners);
    }
  }

 private:
  // Is item i the single token `word` (whether a mention covers it or not)?
  bool OneWord(size_t i, std::string_view word) const {
    const Clause::Item& it = cl_.item(i);
    return it.last == it.first + 1 && c_.tokens[it.first].norm == word;
  }

  // The persons "their" at item i refers to: the coordination of persons named before it in the
  // sentence (discourse.h PersonSetBefore), unless the sentence opens with "They" (which "their"
  // may mean as well). When nothing plural comes before it and either no person or organization is
  // named before it ("Their uncle", "In 2010, their brother") or the sentence opens with "They"
  // ("They broke with X after their brother Y was arrested"), the plural the sentence before ends
  // with (PluralBefore); else none.
  std::vector<int> TheirOwners(size_t i) const {
    bool plural = false;
    std::vector<int> owners = PersonSetBefore(cl_, i, &plural);
    const bool they = OneWord(0, "they");
    if (plural) return they ? std::vector<int>{} : owners;
    if (c_.index == 0 || c_.index > c_.discourse.person_sets.size()) return {};
    for (size_t k = 0; k < i && !they; ++k) {
      if (cl_.EntityAs(k, "Person|Organization") >= 0 && !cl_.Anaphoric(k)) return {};
    }
    return PluralBefore();
  }

  // The persons the sentence before ends with: its last coordination of persons (discourse.h
  // person_sets), or the brothers it opens with ("The Beltrán Leyva brothers, born in Sinaloa, were
  // partners of X": NamedBrothers of that family) when it names no group of organizations or other
  // plural group after them.
  std::vector<int> PluralBefore() const {
    const uint32_t before = c_.index - 1;
    if (!c_.discourse.person_sets[before].empty()) return c_.discourse.person_sets[before];
    if (const std::vector<int> couple = CoupleOf(before); !couple.empty()) return couple;
    if (before >= c_.graph->sentences.size() || !c_.discourse.groups[before].empty()) return {};
    const Sentence& s = c_.graph->sentences[before];
    uint32_t t = s.first_word;
    if (t >= s.last_token || c_.tokens[t].norm != "the") return {};
    std::vector<std::string> family;
    for (++t; t < s.last_token && family.size() < 3 && c_.tokens[t].is(Token::kCapitalized); ++t) {
      family.push_back(c_.tokens[t].norm);
    }
    if (t >= s.last_token || c_.tokens[t].norm != "brothers") return {};
    for (uint32_t k = t + 1; k < s.last_token; ++k) {
      if (OneOf(c_.tokens[k].norm, kPluralGroups)) return {};
    }
    // "The brothers Leonel and Arturo": a coordination (person_sets) or none.
    if (t + 1 < s.last_token && c_.tokens[t + 1].is(Token::kCapitalized)) return {};
    return NamedBrothers(*c_.graph, c_.index, family);
  }

  // "X is Y's wife. Their son, Z, ...": the one couple sentence `before` told of (RELATIVE_OF wife,
  // husband or spouse between two named persons), else none.
  std::vector<int> CoupleOf(uint32_t before) const {
    std::vector<int> couple;
    for (const LocalRelation& r : c_.graph->relations) {
      const auto relation = r.props.find("relation");
      if (r.type != "RELATIVE_OF" || r.source.sentence != before || relation == r.props.end() ||
          !relation->second.is_string() || !OneOf(relation->second.as_string(), "wife|husband|spouse")) {
        continue;
      }
      std::vector<int> pair{c_.graph->Root(r.from), c_.graph->Root(r.to)};
      std::sort(pair.begin(), pair.end());
      if (pair[0] == pair[1] || (!couple.empty() && couple != pair)) return {};
      couple = pair;
    }
    return couple;
  }

  // The persons "whose" at item i refers to when it follows a coordination of two or more named
  // persons and a comma ("A and B, whose father, C, ..."); else none (one person's relative is
  // read with the mention, mention_phrases.cc WhoseRelative).
  std::vector<int> WhoseOwners(size_t i) const {
    if (i < 2 || !cl_.Is(i - 1, ",") || cl_.EntityAs(i - 2, kPerson) < 0) return {};
    const std::vector<size_t> members = cl_.Coordinated(i - 2, kPerson);
    if (members.size() < 2 || members.back() != i - 2) return {};
    std::vector<int> owners;
    for (size_t m : members) {
      if (cl_.Anaphoric(m)) return {};
      owners.push_back(cl_.EntityAs(m, kPerson));
    }
    return owners;
  }

  // "their uncle, C,", "their brother C", "their brothers C and D": each person named right after the
  // kin noun that follows item `at` (a singular noun: one) is that relative of each of `owners`. A
  // comma apposition must close or end the sentence, as in "his brother, X" (kin_frames.cc).
  void NamedRelatives(size_t at, const std::vector<int>& owners) {
    size_t k = at + 1;
    for (int n = 0; n < 2 && cl_.IsAny(k, kKinAges); ++n) ++k;
    if (k >= cl_.size() || cl_.mention(k)) return;
    std::string relation;
    size_t end = k;
    const bool plural = cl_.IsAny(k, kPluralKin);
    if (plural) {
      relation = std::string(cl_.Norm(k));
      relation.pop_back();
    } else {
      const std::vector<LexMatch> kin = c_.lexicon.MatchAt(c_.tokens, cl_.item(k).first, c_.sentence.last_token, "kin");
      if (kin.empty()) return;
      end = cl_.ItemOf(cl_.item(k).first + static_cast<uint32_t>(kin[0].length) - 1);
      if (end == kNone) return;
      relation = std::string(kin[0].entry->attr("relation"));
    }
    const bool comma = cl_.Is(end + 1, ",");
    const size_t first = end + 1 + (comma ? 1 : 0);
    if (cl_.EntityAs(first, kPerson) < 0 || cl_.Anaphoric(first)) return;
    std::vector<size_t> named = plural ? cl_.Coordinated(first, kPerson) : std::vector<size_t>{first};
    const size_t after = named.back() + 1;
    if (cl_.Is(after, "'s")) return;  // "their uncle C's son": another person
    if (comma && after < cl_.size() && !cl_.IsAny(after, ",|.|;|--|)") && !QuoteClosed(after)) return;
    for (size_t m : named) {
      const int relative = cl_.EntityAs(m, kPerson);
      if (relative < 0 || cl_.Anaphoric(m)) continue;
      for (int owner : owners) {
        if (owner == relative) continue;
        c_.Relate("RELATIVE_OF", relative, owner, {{"relation", Value(relation)}}, "frame.kin.their", 0.75f,
                  cl_.item(at).first, cl_.item(m).last);
      }
    }
  }

  // Does a comma inside closing quotation marks end the item before item i ('C, "El Tío," a ...')?
  bool QuoteClosed(size_t i) const {
    const uint32_t t = cl_.item(i).first;
    return t >= 2 && OneOf(c_.tokens[t - 1].norm, "\"|”") && c_.tokens[t - 2].norm == ",";
  }
};

}  // namespace

std::vector<int> NamedBrothers(const ArticleGraph& g, uint32_t sentence, const std::vector<std::string>& family) {
  std::map<int, int> parent;  // union-find over the brothers' roots
  auto find = [&](int e) {
    while (parent[e] != e) e = parent[e] = parent[parent[e]];
    return e;
  };
  // A described relative ("X's brother") is no one the article names.
  auto named = [&](int e) {
    return g.entities[e].primary == "Person" && g.entities[e].name.find("'s ") == std::string::npos;
  };
  for (const LocalRelation& r : g.relations) {
    auto relation = r.props.find("relation");
    if (r.type != "RELATIVE_OF" || (family.empty() && r.source.sentence >= sentence) || relation == r.props.end() ||
        !relation->second.is_string() || relation->second.as_string() != "brother") {
      continue;
    }
    const int a = g.Root(r.from), b = g.Root(r.to);
    if (a == b || !named(a) || !named(b)) continue;
    for (int e : {a, b}) parent.emplace(e, e);
    parent[find(a)] = find(b);
  }
  // "the Salcedo Arriaga brothers": every member's name holds the family's words.
  auto of_family = [&](int e) {
    const std::vector<std::string> name = NameNorms(g.entities[e].name);
    return family.empty() || std::search(name.begin(), name.end(), family.begin(), family.end()) != name.end();
  };
  std::map<int, std::vector<int>> families;  // each set's members, by its union-find root
  for (const auto& [e, unused] : parent) families[find(e)].push_back(e);
  std::erase_if(families, [&](const auto& f) { return !std::all_of(f.second.begin(), f.second.end(), of_family); });
  return families.size() == 1 ? families.begin()->second : std::vector<int>{};
}

void ReadPluralKinship(const FrameContext& c) { PluralKinReader(c).Run(); }

}  // namespace cg::ingest
