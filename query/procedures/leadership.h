// The leadership procedures, cg.vacuums (vacuums.cc) and cg.succession
// (succession.cc), registered by RegisterLeadershipProcedures (builtins.h),
// and the reads they share: who led an organization when (LEADS), how many
// sources say so, names, dates and the day a call asks about. Storage
// failures are thrown as the query's DatabaseError.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/reader.h"
#include "query/procedures/procedure.h"

namespace cg::query::leadership {

std::unique_ptr<Procedure> MakeVacuums();
std::unique_ptr<Procedure> MakeSuccession();

// Throws a DatabaseError for a non-ok status.
void Check(const Status& s);

// One LEADS relationship: who led, from when, until when and why it ended.
struct Tenure {
  graph::RelId rel = 0;
  graph::NodeId leader = 0;
  std::optional<Date> since, until;  // nullopt: not stated
  std::string end_cause;             // "" when not stated
};

// The LEADS relationships into `org`, in relationship id order.
std::vector<Tenure> TenuresOf(const ProcedureContext& ctx, graph::NodeId org);

// How many distinct articles the evidence of relationship `rel` cites (0
// for a relationship written without evidence, by a query or an import).
int SourceCount(const graph::Reader& r, graph::RelId rel);
// The distinct articles of `rel`'s evidence, added to `articles`.
void AddSources(const graph::Reader& r, graph::RelId rel, std::vector<std::string>* articles);

// A node's name ("" when it has none).
std::string NameOf(const graph::Reader& r, graph::NodeId id);
// A relationship's string property ("" when absent or not a string).
std::string StringProperty(const graph::Reader& r, graph::RelId rel, std::string_view key);
// A relationship's date property: a stored date or an ISO date string
// (partial allowed); nullopt when absent or neither.
std::optional<Date> DateProperty(const graph::Reader& r, graph::RelId rel, std::string_view key);
// Whether relationship `rel` holds on `day` by its since, until and date:
// the rule of the graph as of a day (schema/validity.h HoldsOn).
bool InForce(const graph::Reader& r, graph::RelId rel, const Date& day);
// Whether node `id` carries `label`.
bool HasLabel(const graph::Reader& r, graph::NodeId id, std::string_view label);

// The day a call asks about: a DATE, a date-time's date, an ISO date
// STRING ("2026-02-23", "2026-02", "2026"); when null, the day the query
// runs as of (ProcedureContext::as_of), else today. Anything else is an
// ArgumentError naming the procedure and the argument.
Date DayArgument(const Value& v, const std::optional<Date>& as_of, std::string_view procedure,
                 std::string_view argument);

}  // namespace cg::query::leadership
