#include "query/procedures/contenders.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "query/procedures/leadership.h"
#include "schema/normalize.h"

namespace cg::query::leadership {

namespace {

constexpr double kNamedContender = 4, kSplinterLeader = 3, kFactionLeader = 2;
constexpr double kChild = 2, kSibling = 1.5, kOtherKin = 1;
constexpr double kPerExtraSource = 0.5, kDetained = -3;

// The ranks a MEMBER_OF role can state, highest first; a role is of the
// first rank one of whose words it contains (ASCII case folded).
struct RoleRank {
  double score;
  bool regional;
  std::array<std::string_view, 6> words;
};
constexpr std::array<RoleRank, 4> kRoleRanks{{
    {3, false, {"second-in-command", "second in command", "number two", "no. 2", "underboss", "right-hand"}},
    {1.5, false, {"financ", "accountant", "treasurer", "launderer", "", ""}},
    {2, true, {"regional", "plaza", "", "", "", ""}},
    {2, false, {"lieutenant", "commander", "cell leader", "chief", "", ""}},
}};

const RoleRank* RankOf(std::string role) {
  std::transform(role.begin(), role.end(), role.begin(), [](unsigned char c) { return std::tolower(c); });
  for (const RoleRank& rank : kRoleRanks) {
    for (std::string_view w : rank.words) {
      if (!w.empty() && role.find(w) != std::string::npos) return &rank;
    }
  }
  return nullptr;
}

double KinScore(std::string_view relation) {
  for (std::string_view r : {"son", "daughter", "stepson", "stepdaughter"}) {
    if (relation == r) return kChild;
  }
  for (std::string_view r : {"brother", "sister", "half-brother", "half-sister"}) {
    if (relation == r) return kSibling;
  }
  return kOtherKin;
}

struct Candidate {
  double score = 0;
  std::vector<std::string> reasons;
  std::vector<std::string> articles;  // the distinct sources of its signals
  std::string regional_role;
  bool named = false;
};

class Ranking {
 public:
  Ranking(const ProcedureContext& ctx, graph::NodeId org, graph::NodeId former, const Date& day)
      : ctx_(ctx), r_(ctx.reader()), org_(org), former_(former), day_(day), org_name_(NameOf(r_, org)) {}

  std::vector<Contender> Run() {
    NamedContenders();
    SplinterLeaders("EMERGED_FROM", kSplinterLeader, "which emerged from");
    SplinterLeaders("PART_OF", kFactionLeader, "part of");
    Members();
    Relatives();
    std::vector<Contender> out;
    for (auto& [node, c] : candidates_) {
      ctx_.Tick();
      const std::string status = StatusOn(node);
      if (status == "dead") continue;
      Contender k{node, NameOf(r_, node), false, c.score, std::move(c.reasons), Territories(node), c.regional_role,
                  c.named};
      k.described = IsDescriptiveName(k.name);
      const size_t sources = c.articles.size();
      if (sources > 1) k.score += kPerExtraSource * static_cast<double>(sources - 1);
      if (sources > 0) k.reasons.push_back(fmt::format("{} source{}", sources, sources == 1 ? "" : "s"));
      if (status == "arrested" || status == "imprisoned" || status == "extradited") {
        k.score += kDetained;
        k.reasons.push_back("status: " + status);
      }
      out.push_back(std::move(k));
    }
    std::sort(out.begin(), out.end(), [](const Contender& a, const Contender& b) {
      return a.score != b.score ? a.score > b.score : a.name < b.name;
    });
    return out;
  }

 private:
  // The candidate `person`, signalled by relationship `rel`; null for the
  // former leader.
  Candidate* Signal(graph::NodeId person, graph::RelId rel) {
    if (person == former_ || person == org_) return nullptr;
    Candidate& c = candidates_[person];
    AddSources(r_, rel, &c.articles);
    return &c;
  }

  void NamedContenders() {
    ForEachInForce(org_, graph::Direction::kIncoming, "CONTENDER_FOR", [&](const graph::Edge& e) {
      Candidate* c = Signal(e.start, e.rel);
      if (!c) return;
      const std::string basis = StringProperty(r_, e.rel, "basis");
      c->score += kNamedContender;
      c->named = true;
      c->reasons.push_back("named contender" + (basis.empty() ? "" : " (" + basis + ")"));
    });
  }

  // Leaders of the organizations that are `type` (EMERGED_FROM, PART_OF)
  // the organization on the day.
  void SplinterLeaders(std::string_view type, double score, std::string_view how) {
    std::vector<graph::NodeId> groups;
    ForEachInForce(org_, graph::Direction::kIncoming, type, [&](const graph::Edge& e) { groups.push_back(e.start); });
    for (graph::NodeId group : groups) {
      const std::string reason = fmt::format("leads {}, {} {}", NameOf(r_, group), how, org_name_);
      ForEachInForce(group, graph::Direction::kIncoming, "LEADS", [&](const graph::Edge& e) {
        if (Candidate* c = Signal(e.start, e.rel)) {
          c->score += score;
          c->reasons.push_back(reason);
        }
      });
    }
  }

  void Members() {
    ForEachInForce(org_, graph::Direction::kIncoming, "MEMBER_OF", [&](const graph::Edge& e) {
      const std::string role = StringProperty(r_, e.rel, "role");
      const RoleRank* rank = RankOf(role);
      if (!rank) return;
      Candidate* c = Signal(e.start, e.rel);
      if (!c) return;
      c->score += rank->score;
      c->reasons.push_back("role: " + role);
      if (rank->regional) c->regional_role = role;
    });
  }

  void Relatives() {
    const std::string former_name = NameOf(r_, former_);
    ForEachInForce(former_, graph::Direction::kBoth, "RELATIVE_OF", [&](const graph::Edge& e) {
      Candidate* c = Signal(e.other(), e.rel);
      if (!c) return;
      const std::string relation = StringProperty(r_, e.rel, "relation");
      const std::string kin = relation.empty() ? "relative" : relation;
      if (e.outgoing) {  // the former leader is the person's `relation`
        c->score += kOtherKin;
        c->reasons.push_back(fmt::format("kin: {} is their {}", former_name, kin));
      } else {
        c->score += KinScore(relation);
        c->reasons.push_back(fmt::format("{} of {}", kin, former_name));
      }
    });
  }

  // The relationships of `type` at `node` in `direction` that hold on the
  // day and were not rejected.
  template <typename Fn>
  void ForEachInForce(graph::NodeId node, graph::Direction direction, std::string_view type, Fn fn) {
    std::vector<graph::Edge> edges;
    Check(r_.ForEachEdge(node, direction, type, [&](const graph::Edge& e) {
      ctx_.Tick();
      edges.push_back(e);
      edges.back().type = {};  // valid only during the callback
      return true;
    }));
    for (const graph::Edge& e : edges) {
      if (!ctx_.Rejected(e.rel) && InForce(r_, e.rel, day_)) fn(e);
    }
  }

  // The person's status on the day (see the header), "" when unknown.
  std::string StatusOn(graph::NodeId person) {
    std::vector<graph::Claim> claims;
    Check(r_.GetClaims(graph::ClaimOn::kNode, person, &claims));
    std::optional<Date> latest;
    std::string status;
    bool claimed = false;
    for (const graph::Claim& claim : claims) {
      if (claim.key != "status" || !claim.value.is_string()) continue;
      claimed = true;
      const Date published = Published(claim.evidence.article);
      if (published.year != 0 && !HoldsOn(published, std::nullopt, day_)) continue;
      if (!latest || *latest <= published) {
        latest = published;
        status = claim.value.as_string();
      }
    }
    if (claimed) return status;
    cg::Value v;
    Check(r_.GetNodeProperty(person, "status", &v));
    return v.is_string() ? v.as_string() : "";
  }

  Date Published(const std::string& article) {
    auto it = published_.find(article);
    if (it != published_.end()) return it->second;
    graph::Article a;
    const Status s = r_.GetArticle(article, &a);
    if (!s.IsNotFound()) Check(s);
    return published_[article] = a.published;
  }

  // Where the other organizations the person leads or belongs to operate.
  std::vector<std::string> Territories(graph::NodeId person) {
    std::vector<graph::NodeId> groups;
    for (std::string_view type : {"LEADS", "MEMBER_OF"}) {
      ForEachInForce(person, graph::Direction::kOutgoing, type, [&](const graph::Edge& e) {
        if (e.end != org_) groups.push_back(e.end);
      });
    }
    std::vector<std::string> places;
    for (graph::NodeId group : groups) {
      ForEachInForce(group, graph::Direction::kOutgoing, "OPERATES_IN", [&](const graph::Edge& e) {
        std::string place = NameOf(r_, e.end);
        if (std::find(places.begin(), places.end(), place) == places.end()) places.push_back(std::move(place));
      });
    }
    return places;
  }

  const ProcedureContext& ctx_;
  const graph::Reader& r_;
  graph::NodeId org_, former_;
  Date day_;
  std::string org_name_;
  std::map<graph::NodeId, Candidate> candidates_;
  std::map<std::string, Date> published_;
};

}  // namespace

std::vector<Contender> RankContenders(const ProcedureContext& ctx, graph::NodeId org, graph::NodeId former,
                                      const Date& day) {
  return Ranking(ctx, org, former, day).Run();
}

Value ContendersValue(const std::vector<Contender>& contenders) {
  List out;
  for (const Contender& c : contenders) {
    List reasons(c.reasons.begin(), c.reasons.end());
    out.push_back(Map{{"name", c.described ? Value() : Value(c.name)},
                      {"description", c.described ? Value(c.name) : Value()},
                      {"node", NodeRef{c.node}},
                      {"score", c.score},
                      {"reasons", std::move(reasons)}});
  }
  return out;
}

}  // namespace cg::query::leadership
