// Joint-action frames (frames.h): organizations acting together.
#include <algorithm>

#include "ingest/frames.h"

namespace cg::ingest {
namespace {

// Organizations acting jointly: "the FBI and the Mexican Navy carried out a joint operation",
// "X and Y jointly froze the accounts", "a joint investigation by X and Y", "X launched a joint
// operation with Y", "X and Y held a security dialogue" -> COOPERATES_WITH {context}, each pair.
class JointReader : FrameReader {
 public:
  using FrameReader::FrameReader;

  void Run() {
    for (size_t i = 0; i < cl_.size(); ++i) {
      if (cl_.Is(i, "together") && cl_.Is(i + 1, "with")) {
        Together(i);
        continue;
      }
      if (cl_.IsAny(i, kMeetingVerbs)) {
        Meeting(i);
        continue;
      }
      if (cl_.Is(i, "under")) {
        UnderProgram(i);
        continue;
      }
      if (cl_.IsAny(i, "with|by")) ProgramPartners(i);
      if (!cl_.IsAny(i, "joint|jointly")) continue;
      // "joint operation": the noun names the context; "jointly froze": the verb does.
      const bool adjective = cl_.Is(i, "joint");
      const size_t noun = i + 1;
      if (noun >= cl_.size() || !c_.tokens[cl_.item(noun).first].word()) continue;
      const std::string context = adjective ? "joint " + std::string(c_.tokens[cl_.item(noun).first].norm) : "";
      std::vector<size_t> members;
      size_t after = noun + 1;
      // "a joint operation by X and Y", "conducted jointly by X and Y".
      if (!adjective) after = noun;
      if (after < cl_.size() && (adjective ? cl_.IsAny(after, "by|between|of|involving") : cl_.Is(after, "by"))) {
        if (const size_t o = cl_.ObjectAfter(after - 1, kOrg, "by|between|of|involving", 4); o != kNone) {
          members = cl_.Coordinated(o, kOrg);
        }
      }
      if (members.size() < 2) {
        const size_t s = cl_.SubjectBefore(i, kOrg, 10);
        if (s == kNone) continue;
        members = cl_.Coordinated(s, kOrg);
        if (members.size() < 2 && adjective) {
          // "X launched a joint operation with Y".
          const size_t o = cl_.ObjectAfter(noun, kOrg, "with|alongside", 4);
          if (o != kNone) members.push_back(o);
        }
      }
      if (members.size() < 2) continue;
      PropertyMap props;
      if (!context.empty()) props["context"] = Value(context);
      const uint32_t first = cl_.item(std::min(members.front(), i)).first;
      const uint32_t last = cl_.item(std::max(members.back(), noun)).last;
      for (size_t a = 0; a < members.size(); ++a) {
        for (size_t b = a + 1; b < members.size(); ++b) {
          c_.Relate("COOPERATES_WITH", cl_.EntityAs(members[a], kOrg), cl_.EntityAs(members[b], kOrg), props,
                    "frame.relation.cooperates_with.joint", 0.75f, first, last);
        }
      }
    }
  }

 private:
  // "The FBI is investigating together with the Attorney General's Office"; "X, together with Y, ...".
  void Together(size_t i) {
    const size_t s = cl_.IsAny(i - 1, ",|--") ? cl_.SubjectBefore(i, kOrg, 4) : cl_.SubjectBefore(i, kOrg, 10);
    const size_t o = cl_.ObjectAfter(i, kOrg, "with", 4);
    if (s == kNone || o == kNone) return;
    // "designated Los Rojos, together with Guerreros Unidos,": criminal groups named together are
    // not said to act together.
    auto cartel = [&](size_t k) { return c_.graph->entities[c_.graph->Root(cl_.EntityAs(k, kOrg))].refining == "Cartel"; };
    if (cartel(s) || cartel(o)) return;
    for (size_t m : cl_.Coordinated(o, kOrg)) {
      c_.Relate("COOPERATES_WITH", cl_.EntityAs(s, kOrg), cl_.EntityAs(m, kOrg), {},
                "frame.relation.cooperates_with.together", 0.75f, cl_.item(s).first, cl_.item(m).last);
    }
  }

  // "The United States and Mexico held the High-Level Security Dialogue", "X and Y signed a
  // memorandum", "X and Y will deepen the exchange of information", "X, Y and Z will lead a bilateral
  // working group", "X and Y co-chair a committee": two or more organizations as
  // the subject of a meeting's, an accord's or a joint effort's verb, its noun (or a named program)
  // the object -> COOPERATES_WITH {context: the noun}.
  void Meeting(size_t i) {
    const size_t s = cl_.SubjectBefore(i, kOrg, 10);
    if (s == kNone) return;
    const std::vector<size_t> members = cl_.Coordinated(s, kOrg);
    if (members.size() < 2) return;
    for (size_t m : members) {  // criminal groups that meet are allies, not partners (not read here)
      if (c_.graph->entities[c_.graph->Root(cl_.EntityAs(m, kOrg))].refining == "Cartel") return;
    }
    std::string context;
    size_t k = i + 1;
    for (; k < cl_.size() && k <= i + 7 && !cl_.Break(k) && context.empty(); ++k) {
      if (cl_.IsAny(k, kMeetingNouns)) context = cl_.Norm(k);
      if (cl_.EntityAs(k, "Program") >= 0) context = "program";
      if (cl_.IsAny(k, "with|to|against|on|for")) break;
    }
    if (context.empty()) return;
    for (size_t a = 0; a < members.size(); ++a) {
      for (size_t b = a + 1; b < members.size(); ++b) {
        c_.Relate("COOPERATES_WITH", cl_.EntityAs(members[a], kOrg), cl_.EntityAs(members[b], kOrg),
                  {{"context", Value(context)}}, "frame.relation.cooperates_with.meeting", 0.75f,
                  cl_.item(members.front()).first, cl_.item(k - 1).last);
      }
    }
  }

  // "Under the Framework, the two governments will work toward three goals", "the Framework, under
  // which the two governments have expanded extraditions": the bodies a plural description refers
  // to act under the program, so run it (a named subject is the rules' runs.under_program).
  void UnderProgram(size_t i) {
    size_t program = i + 1 + (cl_.Is(i + 1, "the") ? 1 : 0);
    size_t k = program + 2;  // after "Under P,"
    if (cl_.Is(i + 1, "which") && i >= 2 && cl_.Is(i - 1, ",")) {
      program = i - 2;
      k = i + 2;
    } else if (!cl_.Is(program + 1, ",")) {
      return;
    }
    const int runs = cl_.EntityAs(program, "Program");
    if (runs < 0) return;
    size_t end = kNone;
    const std::vector<int> group = c_.GroupDescription(k, &end, true);
    if (group.size() < 2 || end == kNone || end + 1 >= cl_.size() || cl_.IsAny(end + 1, "said|say|says|,")) return;
    for (int body : group) {
      const std::string& kind = c_.graph->entities[c_.graph->Root(body)].refining;
      if (kind != "Government" && kind != "Agency") continue;
      c_.Relate("RUNS", body, runs, {}, "frame.relation.runs.under_described", 0.7f, cl_.item(std::min(i, program)).first,
                cl_.item(end).last);
    }
  }

  // "Project Coronado was conducted in close coordination with Mexico's Secretariat of Public
  // Security", "Operation X, led by CBP, was carried out in partnership with Y", "Project Python was
  // supported by OCDETF, with the participation of the FBI": a program done with a body's help is
  // joint work of the bodies that run it (its RUNS so far in the article, a unit dropped for the body
  // it belongs to when both run it) and that body. Item i is the "with" or "by" that names the
  // partner; the program is the clause's subject, before a passive verb of doing.
  void ProgramPartners(size_t i) {
    size_t head = i;  // the phrase's first word: "in [close] coordination with", "with the help of", "supported by"
    std::string_view preps = "with";
    if (cl_.Is(i, "with") && i >= 2 && cl_.IsAny(i - 1, kPartnerNouns)) {
      head = i - 1;
      if (cl_.IsAny(head - 1, "close|full|direct|closer")) --head;
      if (!cl_.Is(head - 1, "in")) return;
      --head;
    } else if (cl_.Is(i, "with") && cl_.Is(i + 1, "the") && cl_.IsAny(i + 2, kHelpNouns) && cl_.Is(i + 3, "of")) {
      preps = "of";
      i += 3;
    } else if (cl_.Is(i, "by") && i >= 2 && cl_.IsAny(i - 1, "supported|assisted|aided|backed") && cl_.Passive(i - 1)) {
      preps = "by";
    } else {
      return;
    }
    // The verb of doing before the phrase, in the passive, and the program that is its subject.
    size_t verb = preps == "by" ? i - 1 : kNone;  // "supported by": the participle is the verb
    for (size_t k = head; verb == kNone && k-- > 0 && k + 8 > head && !cl_.Break(k);) {
      if (cl_.IsAny(k, kDoneVerbs) && cl_.Passive(k)) {
        verb = k;
        break;
      }
    }
    if (verb == kNone) return;
    const size_t subject = cl_.SubjectBefore(verb, "Program", 14);
    const int program = subject == kNone ? -1 : cl_.EntityAs(subject, "Program");
    const size_t partner = cl_.PossessedBody(cl_.ObjectAfter(i - 1, kOrg, preps, 4), kOrg);  // item i's object
    if (program < 0 || partner == kNone) return;
    const ArticleGraph& g = *c_.graph;
    std::vector<int> runners;
    for (const LocalRelation& r : g.relations) {
      if (r.type == "RUNS" && r.from >= 0 && r.to >= 0 && g.Root(r.to) == g.Root(program) &&
          std::find(runners.begin(), runners.end(), g.Root(r.from)) == runners.end()) {
        runners.push_back(g.Root(r.from));
      }
    }
    auto unit_of_runner = [&](int body) {
      return std::any_of(g.relations.begin(), g.relations.end(), [&](const LocalRelation& r) {
        return r.type == "PART_OF" && r.from >= 0 && r.to >= 0 && g.Root(r.from) == body &&
               std::find(runners.begin(), runners.end(), g.Root(r.to)) != runners.end();
      });
    };
    for (int runner : runners) {
      if (unit_of_runner(runner)) continue;
      for (size_t m : cl_.Coordinated(partner, kOrg)) {
        const int body = cl_.EntityAs(m, kOrg);
        if (body < 0 || g.entities[g.Root(body)].refining == "Cartel") continue;
        c_.Relate("COOPERATES_WITH", runner, body, {}, "frame.relation.cooperates_with.program_partner", 0.7f,
                  cl_.item(subject).first, cl_.item(m).last);
      }
    }
  }

  static constexpr std::string_view kPartnerNouns = "coordination|cooperation|partnership|collaboration|conjunction";
  static constexpr std::string_view kHelpNouns = "help|assistance|support|participation|cooperation|collaboration";
  static constexpr std::string_view kDoneVerbs =
      "conducted|carried|run|coordinated|launched|led|executed|implemented|managed|developed|supported|"
      "assisted|aided|backed";
  static constexpr std::string_view kOrg = "Organization";
  static constexpr std::string_view kMeetingVerbs =
      "held|hold|holds|signed|sign|signs|convened|convene|launched|established|hosted|co-hosted|renewed|reaffirmed|"
      "reaffirm|reaffirms|reiterated|pledged|expand|deepen|strengthen|intensify|enhance|expanded|deepened|"
      "strengthened|intensified|co-chair|co-chairs|co-chaired|chair|chairs|chaired|lead|leads|led|co-lead|co-leads|"
      "co-led|convene|convenes|convened|form|forms|formed";
  static constexpr std::string_view kMeetingNouns =
      "dialogue|summit|talks|agreement|accord|framework|meeting|meetings|memorandum|partnership|initiative|"
      "conference|strategy|plan|commitment|cooperation|exchange|sharing|tracing|coordination|collaboration|group|"
      "committee|commission|council|team|teams|task";
};

}  // namespace

void ReadJointActions(const FrameContext& c) { JointReader(c).Run(); }

}  // namespace cg::ingest
