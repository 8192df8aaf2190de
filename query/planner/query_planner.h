// Planner: the class behind planner::BuildPlan (planner.h), internal to
// query/planner. Its rules are spread over four files by what they plan:
// planner.cc (the query, its parts, CALL and the updating clauses),
// pattern_planner.cc (MATCH patterns and WHERE conjuncts),
// projection_planner.cc (WITH / RETURN) and subquery_planner.cc (CALL { }
// subqueries and the subplans of pattern and subquery expressions).
//
// The planner keeps `bound_`, the slots bound by what it has planned so
// far; each rule adds the slots its operators bind.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "query/planner/planner.h"

namespace cg::query::planner {

// The header is internal to the planner, whose rules speak the AST's names.
using namespace ast;

using OpPtr = std::unique_ptr<Operator>;

// A new operator of `kind` over `input`.
OpPtr MakeOp(OpKind kind, OpPtr input);

// The operands of the ANDs at the top of `e`, left to right, appended to
// *out (`e` itself when it is no AND).
void SplitConjuncts(const Expr* e, std::vector<const Expr*>* out);

class Planner {
 public:
  Planner(Plan* plan, std::string_view source, const ProcedureRegistry* procedures)
      : plan_(plan), source_(source), procedures_(procedures) {}

  // The parts of `q` (a query or a CALL { } body), each over an Argument;
  // `bound`: the slots the argument row holds.
  OpPtr PlanQuery(const Query& q, const std::set<int>& bound = {});

 private:
  std::string Text(const Expr& e) const { return std::string(source_.substr(e.pos.offset, e.end - e.pos.offset)); }

  // --- the query and its clauses (planner.cc) ---------------------------------
  // Plans the clauses of one query part on top of `input`; `bound` holds the
  // slots bound before (a subquery's outer variables).
  OpPtr PlanSingle(const SingleQuery& q, OpPtr input, std::set<int> bound);
  // CALL proc(...) YIELD ... [WHERE ...]; a `standalone` CALL (the whole
  // query) also produces what it yields as the results.
  OpPtr PlanCall(const Clause& c, OpPtr op, bool standalone);
  // CREATE, or MERGE with the plan of its match as the inner plan.
  OpPtr PlanCreateOrMerge(const Clause& c, OpPtr op);

  // --- MATCH (pattern_planner.cc) ---------------------------------------------
  // MATCH, or OPTIONAL MATCH as an Optional whose inner plan matches.
  OpPtr PlanMatchClause(const Clause& c, OpPtr input);
  // The parts of a pattern one after the other (a part connected to what
  // is bound first), then `where` as PlanConjuncts plans it.
  OpPtr PlanPatterns(const std::vector<PatternPart>& parts, const Expr* where, OpPtr op);
  // WHERE conjuncts over `op`: a Filter each, except EXISTS { } and
  // pattern predicates (NOT of them too), which become SemiApplys (anti)
  // above the filters, so that cheap filters run first.
  OpPtr PlanConjuncts(const std::vector<const Expr*>& conjuncts, OpPtr op);
  // An EntityFilter for n's property map and, with `check_labels`, its
  // labels; `op` itself when there is nothing to check.
  OpPtr NodeFilter(const NodePattern& n, bool check_labels, OpPtr op);
  // One pattern part: a scan of (or filter on) its anchor node, then
  // expansions outward from it, or a ShortestPath. `conjuncts` (the
  // clause's WHERE) help choose the anchor; `clause_rels` collects the
  // relationship slots of the clause, which must differ.
  OpPtr PlanPart(const PatternPart& part, const std::vector<const Expr*>& conjuncts, std::vector<int>* clause_rels,
                 OpPtr op);

  // --- WITH / RETURN (projection_planner.cc) ----------------------------------
  // Project or Aggregate, then Distinct, Sort, Skip, Limit, the WITH's
  // WHERE, and for RETURN ProduceResults.
  OpPtr PlanProjection(const Clause& c, OpPtr op);

  // --- subqueries (subquery_planner.cc) ---------------------------------------
  // CALL { }: an Apply of the body, whose rows are its returned columns.
  OpPtr PlanSubqueryCall(const Clause& c, OpPtr op);
  // The plan run per row for a pattern predicate or comprehension or an
  // EXISTS, COUNT or COLLECT subquery (over an Argument of the row).
  OpPtr PlanSubplan(const Expr* e);
  // Plans the subplans of the expressions within `e` into plan_->subplans.
  void PlanExprSubplans(const Expr* e);

  Plan* plan_;
  std::string_view source_;
  const ProcedureRegistry* procedures_;
  std::set<int> bound_;
};

}  // namespace cg::query::planner
