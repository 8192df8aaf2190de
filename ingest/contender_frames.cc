// Contender frames (frames.h): a person said to be in line for a criminal group's leadership, by
// the structure around a word of candidacy (lexicon/rules/triggers.words, "@kind candidacy"):
// "X is in the running to lead it", "A and B, two of his sons, are vying to succeed their father as
// the head of the organization", "X has been mentioned as a possible successor", "X, the cartel's
// plaza boss in Y, is seen as a leading contender for the top job" -> CONTENDER_FOR X -> the group.
#include <algorithm>

#include "ingest/frames.h"
#include "ingest/succession.h"

namespace cg::ingest {
namespace {

// Words before a noun of candidacy that say a successor is only foreseen ("a possible successor",
// "the likely heir").
constexpr std::string_view kForeseen =
    "possible|potential|likely|likeliest|probable|leading|presumed|presumptive|eventual|main|top|obvious|natural|"
    "apparent|strong|strongest|prime|clear|early|future|designated|chosen";
// Verbs that present someone as a candidate ("seen as", "mentioned as", "emerged as").
constexpr std::string_view kPresented =
    "seen|considered|regarded|viewed|touted|tipped|mentioned|named|identified|described|billed|cast|emerged|emerges";
// What a candidacy is for, after "to": taking the lead ("to lead", "to succeed", "to take over").
constexpr std::string_view kTakeVerbs =
    "lead|succeed|replace|take|head|run|inherit|control|command|assume|step|fill|become|helm|direct";
// What a candidacy is for, after "for": the leadership ("for the top job", "for control of").
constexpr std::string_view kLeadNouns =
    "control|leadership|command|top|helm|throne|reins|crown|leader|boss|head|chief|succession|job|spot|post|mantle";
// Words that open another clause: a group after them is not the candidacy's.
constexpr std::string_view kClauseOpeners =
    "after|if|should|when|once|because|but|while|although|since|following|according|and|who|which|that";

// The criminal group the candidacy ending at item `end` is for, or the person it succeeds (whose
// group the succession pass finds: succession.h ContendersForLeadersGroups), or -1. With none
// after it, the one group the sentence names ("X, one of the group's founders, is in the running
// to lead it"), else the fallen leader's; none when the candidacy is for something else the text
// names ("for control of Y").
int Target(const FrameContext& c, size_t end) {
  const Clause& cl = c.clause;
  for (size_t k = end + 1; k < cl.size() && k <= end + 12; ++k) {
    if (cl.Break(k) || cl.Is(k, ",") || cl.IsAny(k, kClauseOpeners)) break;
    // "to take over the Gulf cartel's routes": a group's possession other than its lead is no
    // candidacy for the group.
    if (const int group = cl.EntityAs(k, "Cartel"); group >= 0) {
      if (!cl.Possessor(k) || cl.IsAny(k + 2, kLeadNouns) || cl.IsAny(k + 3, kLeadNouns)) return group;
      return -1;
    }
    // "to succeed El Mencho", "the heir of his father Y": the predecessor.
    if (const int person = cl.EntityAs(k, "Person"); person >= 0) {
      return cl.IsAny(k - 1, "succeed|replace|of|to|father|brother|uncle|boss") ? person : -1;
    }
    if (cl.IsEntity(k)) return -1;
  }
  int group = -1;
  for (size_t k = 0; k < cl.size(); ++k) {
    const int g = cl.EntityAs(k, "Cartel");
    if (g < 0) continue;
    if (group >= 0 && c.graph->Root(group) != c.graph->Root(g)) return -1;
    group = g;
  }
  if (group >= 0) return group;
  // Else the group whose leader the article removed ("X, the leader of the Knights Templar, was
  // killed ... His nephews run a small cell ... Y is seen as a possible successor"). (Not the group
  // the sentences before name first: in succession stories that is often a rival's.)
  return GroupOfRemovedLeader(*c.graph, c.index, "Cartel");
}

// The person the candidacy at item `from` is said of: the clause's subject, or the head of the
// apposition that ends right before its verb group ("X, "El Jardinero," is seen as ...").
size_t Subject(const Clause& cl, size_t from) {
  if (const size_t s = cl.SubjectBefore(from, "Person", 24); s != kNone) return s;
  size_t k = from;
  while (k > 0 && (cl.IsAny(k - 1, "is|are|was|were|has|have|had|been|remains|remain|also|widely|now|still|increasingly|seen|"
                                   "considered|regarded|viewed|mentioned|named|as|being|often|long"))) {
    --k;
  }
  while (k > 0 && cl.IsAny(k - 1, "\"|”|'")) --k;  // a nickname's closing quote: 'X, "El Jardinero,"'
  if (k == 0 || !cl.Is(k - 1, ",")) return kNone;
  const size_t head = cl.SkipBackApposition(k - 1);
  return head != kNone && cl.EntityAs(head, "Person") >= 0 ? head : kNone;
}

}  // namespace

void ReadContenders(const FrameContext& c) {
  const Clause& cl = c.clause;
  for (size_t i = 0; i < cl.size(); ++i) {
    size_t length = 0;
    const LexEntry* cue = c.WordAt(i, "candidacy", &length);
    if (!cue) continue;
    const size_t last = cl.ItemOf(cl.item(i).first + static_cast<uint32_t>(length) - 1);
    const size_t end = last == kNone ? i : last;
    const bool verb = cue->attr("needs") == "complement";
    // A verb of candidacy says what it is for: "to" a verb of taking the lead, "for" the leadership.
    const bool complement = (cl.Is(end + 1, "to") && cl.IsAny(end + 2, kTakeVerbs)) ||
                            (cl.Is(end + 1, "for") && (cl.IsAny(end + 2, kLeadNouns) || cl.IsAny(end + 3, kLeadNouns)));
    if (verb && !complement) continue;
    // "a candidate for governor": a complement that is no leadership is another race.
    if (cl.Is(end + 1, "for") && !complement && cl.EntityAs(end + 2, "Cartel") < 0 && cl.EntityAs(end + 3, "Cartel") < 0) {
      continue;
    }
    size_t from = i;
    bool foreseen = false;
    if (!verb) {
      // A noun is predicated of its person ("X is / X, / X was seen as a leading contender"), not a
      // modifier's ("a mayoral candidate"); one that is also a fact ("his successor, X") only when
      // foreseen ("a possible successor", "seen as his successor").
      while (from > 0 && i - from < 4 && (cl.IsAny(from - 1, kForeseen) || cl.IsAny(from - 1, "a|an|the|his|her|their|most|more"))) {
        foreseen |= cl.IsAny(from - 1, kForeseen);
        --from;
      }
      if (from == 0) continue;
      const bool presented = cl.Is(from - 1, "as") && from >= 2 && cl.IsAny(from - 2, kPresented);
      if (!presented && !cl.IsAny(from - 1, "is|are|was|were|remains|remain|been|become|became|,")) continue;
      if (cue->attr("foreseen") == "yes" && !foreseen && !presented) continue;
    }
    const size_t subject = Subject(cl, from);
    if (subject == kNone || cl.Possessor(subject)) continue;
    const int target = Target(c, end);
    if (target < 0) continue;
    const std::string basis(cue->attr("basis").empty() ? "possible_successor" : cue->attr("basis"));
    for (size_t s : cl.Coordinated(subject, "Person")) {
      c.Relate("CONTENDER_FOR", cl.EntityAs(s, "Person"), target, {{"basis", Value(basis)}},
               verb ? "frame.contender.verb" : "frame.contender.noun", 0.6f, cl.item(s).first, cl.item(end).last);
    }
    i = end;
  }
}

}  // namespace cg::ingest
