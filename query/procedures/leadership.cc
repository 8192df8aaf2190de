#include "query/procedures/leadership.h"

#include <algorithm>

#include "query/error.h"
#include "query/procedures/builtins.h"
#include "query/procedures/registry.h"
#include "query/temporal.h"
#include "schema/validity.h"

namespace cg::query {

void RegisterLeadershipProcedures(ProcedureRegistry* registry) {
  registry->Register(leadership::MakeVacuums());
  registry->Register(leadership::MakeSuccession());
}

namespace leadership {

void Check(const Status& s) {
  if (!s.ok()) throw RuntimeError("DatabaseError", "Storage", s.ToString());
}

std::vector<Tenure> TenuresOf(const ProcedureContext& ctx, graph::NodeId org) {
  const graph::Reader& r = ctx.reader();
  std::vector<Tenure> out;
  Check(r.ForEachEdge(org, graph::Direction::kIncoming, "LEADS", [&](const graph::Edge& e) {
    ctx.Tick();
    if (ctx.Rejected(e.rel)) return true;
    out.push_back(Tenure{e.rel, e.start, std::nullopt, std::nullopt, ""});
    return true;
  }));
  for (Tenure& t : out) {
    t.since = DateProperty(r, t.rel, "since");
    t.until = DateProperty(r, t.rel, "until");
    t.end_cause = StringProperty(r, t.rel, "end_cause");
  }
  std::sort(out.begin(), out.end(), [](const Tenure& a, const Tenure& b) { return a.rel < b.rel; });
  return out;
}

void AddSources(const graph::Reader& r, graph::RelId rel, std::vector<std::string>* articles) {
  std::vector<graph::Evidence> evidence;
  Check(r.GetEvidence(rel, &evidence));
  for (const graph::Evidence& e : evidence) {
    if (std::find(articles->begin(), articles->end(), e.article) == articles->end()) articles->push_back(e.article);
  }
}

int SourceCount(const graph::Reader& r, graph::RelId rel) {
  std::vector<std::string> articles;
  AddSources(r, rel, &articles);
  return static_cast<int>(articles.size());
}

std::string NameOf(const graph::Reader& r, graph::NodeId id) {
  cg::Value v;
  Check(r.GetNodeProperty(id, "name", &v));
  return v.is_string() ? v.as_string() : "";
}

std::string StringProperty(const graph::Reader& r, graph::RelId rel, std::string_view key) {
  cg::Value v;
  Check(r.GetRelationshipProperty(rel, key, &v));
  return v.is_string() ? v.as_string() : "";
}

std::optional<Date> DateProperty(const graph::Reader& r, graph::RelId rel, std::string_view key) {
  cg::Value v;
  Check(r.GetRelationshipProperty(rel, key, &v));
  if (v.is_date()) return v.as_date();
  if (v.is_string()) return Date::Parse(v.as_string());
  return std::nullopt;
}

bool InForce(const graph::Reader& r, graph::RelId rel, const Date& day) {
  cg::Value since, until, date;
  Check(r.GetRelationshipProperty(rel, "since", &since));
  Check(r.GetRelationshipProperty(rel, "until", &until));
  Check(r.GetRelationshipProperty(rel, "date", &date));
  return HoldsOn(&since, &until, &date, day);
}

bool HasLabel(const graph::Reader& r, graph::NodeId id, std::string_view label) {
  std::vector<std::string> labels;
  Check(r.GetNodeLabels(id, &labels));
  return std::find(labels.begin(), labels.end(), label) != labels.end();
}

Date DayArgument(const Value& v, const std::optional<Date>& as_of, std::string_view procedure,
                 std::string_view argument) {
  if (v.is_null()) return as_of ? *as_of : temporal::Now("date").as_date();
  if (v.is_date()) return v.as_date();
  if (v.is_temporal() && v.as_temporal().has_date()) return Date::FromEpochDays(v.as_temporal().days);
  if (v.is_string()) {
    if (std::optional<Date> d = Date::Parse(v.as_string())) return *d;
  }
  throw RuntimeError("ArgumentError", "InvalidArgumentValue",
                     std::string(procedure) + ": " + std::string(argument) +
                         " must be a DATE or an ISO date string (YYYY, YYYY-MM or YYYY-MM-DD), got " +
                         (v.is_string() ? "'" + v.as_string() + "'" : std::string(v.TypeName())));
}

}  // namespace leadership
}  // namespace cg::query
