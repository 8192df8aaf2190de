// Planner: a bound AST -> a logical Plan.
//
// MATCH patterns become a scan of an anchor node (a bound node if any,
// else the most selective: index-seekable property, then label) followed
// by expansions outward along the pattern, entity filters for labels and
// property maps, then the WHERE conjuncts as filters. The optimizer later
// pushes filters down and turns scans into index seeks.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "query/binder/binder.h"
#include "query/planner/plan.h"

namespace cg::query::planner {

// `procedures` must be the registry the query was bound with.
Plan BuildPlan(const ast::Query& query, const binder::BoundQuery& bound, std::string_view source,
               const ProcedureRegistry* procedures = nullptr);

// The operator tree as indented text, one operator per line, root first;
// under an operator, the plans it runs per row: its `inner` and the
// subplans of its pattern and subquery expressions (explain.cc). With
// `annotate`, each line gets the suffix it returns for that operator
// (PROFILE uses this for rows and time).
std::string Explain(const Plan& plan, const std::function<std::string(const Operator&)>& annotate = nullptr);

}  // namespace cg::query::planner
