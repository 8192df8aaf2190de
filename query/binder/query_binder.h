// Binder: the class behind binder::Bind (binder.h), internal to
// query/binder. Its rules are spread over five files by what they bind:
// binder.cc (the query, its parts and clauses), subquery_binder.cc
// (CALL { } subqueries and EXISTS / COUNT / COLLECT), pattern_binder.cc
// (patterns of MATCH, CREATE, MERGE and predicates), projection_binder.cc
// (WITH / RETURN items, aggregation and ORDER BY rules) and
// expression_binder.cc (expressions and their static type checks).
#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "query/binder/binder.h"
#include "query/error.h"

namespace cg::query::binder {

// The header is internal to the binder, whose rules speak the AST's names.
using namespace ast;

// What a variable is known to hold.
enum class VarKind { kAny, kNode, kRel, kRelList, kPath, kList, kValue, kBool, kInt, kFloat, kString, kMap };

// Kinds that are known not to be a boolean / not to have properties.
bool IsNonBoolean(VarKind k);
bool IsScalarOrList(VarKind k);
// The kind as error messages name it.
const char* KindName(VarKind k);

struct Var {
  int slot;
  VarKind kind;
};

using Scope = std::map<std::string, Var, std::less<>>;

// Throws the compile-time SyntaxError `code` at `pos`.
[[noreturn]] void Fail(const Position& pos, const std::string& code, const std::string& message);

// Where an expression appears, for aggregation rules.
struct ExprContext {
  bool aggregates_allowed = false;
  bool inside_aggregate = false;
  // A pattern may stand as a boolean here (WHERE, boolean operators,
  // exists(), CASE WHEN); elsewhere a bare pattern is a syntax error.
  bool predicate = false;
};

class Binder {
 public:
  Binder(std::string_view source, const ProcedureRegistry* procedures) : source_(source), procedures_(procedures) {}

  BoundQuery BindQuery(Query* q);

 private:
  enum class PatternMode { kMatch, kCreate, kMerge, kPredicate };

  int NewSlot() { return next_slot_++; }
  std::string Text(const Expr& e) const { return std::string(source_.substr(e.pos.offset, e.end - e.pos.offset)); }

  // What a query part is the body of: the query; a CALL { } subquery (which
  // may write and need not return); an EXISTS / COUNT / COLLECT subquery
  // (which reads, and may end in anything).
  enum class Body { kQuery, kCall, kExpression };

  // --- the query and its clauses (binder.cc) ---------------------------------
  static bool IsUpdate(Clause::Kind k);
  // Binds one query part; returns its result columns.
  std::vector<std::string> BindSingle(SingleQuery* q, Scope* scope, Body body);
  // Binds the parts of a UNION (or the one part), each in the scope
  // `start` gives it; returns the columns, the same in every part.
  std::vector<std::string> BindUnion(Query* q, Body body, const std::function<Scope(SingleQuery*)>& start);
  int Declare(Scope* scope, const std::string& name, VarKind kind, const Position& pos);
  void BindCall(Clause* c, Scope* scope, bool standalone);

  // --- subqueries (subquery_binder.cc) ----------------------------------------
  // CALL [(x, ...)] { ... }: binds the body with the variables it imports
  // and declares what it returns in *scope.
  void BindSubqueryCall(Clause* c, Scope* scope);
  // The scope a CALL { } part starts in: the variables of the CALL (x, ...)
  // list, or those of its importing WITH (which it marks `importing`).
  Scope ImportedScope(const Clause& call, SingleQuery* part, const Scope& outer);
  // EXISTS / COUNT / COLLECT { ... }: correlated with every outer variable.
  void BindSubqueryExpr(Expr* e, const Scope& scope);

  // --- patterns (pattern_binder.cc) -------------------------------------------
  void CheckKind(const Var& v, VarKind want, const std::string& name, const Position& pos);
  void BindPatternProperties(Expr* props, const Scope& scope, PatternMode mode);
  // Binds one pattern part. `clause_rels` collects relationship variables
  // of the whole clause (a variable used twice violates uniqueness).
  void BindPattern(PatternPart* part, Scope* scope, PatternMode mode, std::set<std::string>* clause_rels,
                   const Scope& outer);
  void BindMatch(Clause* c, Scope* scope);
  void BindCreate(Clause* c, Scope* scope);
  void BindMerge(Clause* c, Scope* scope);
  void BindSetItems(std::vector<SetItem>* items, const Scope& scope);

  // --- projections (projection_binder.cc) -------------------------------------
  // --- projections -----------------------------------------------------------
  static bool ContainsAggregate(const Expr& e);
  // An aggregating item may use, outside its aggregate calls, only grouping
  // keys (by expression text) and variables that are grouping keys.
  void CheckAggregateItem(const Expr& e, const std::set<std::string>& key_texts, const std::set<std::string>& key_vars);
  VarKind KindOf(const Expr& e, const Scope& scope);
  void CheckSkipLimit(Expr* e, const char* what);
  static bool ReferencesVariable(const Expr& e);
  std::vector<std::string> BindProjection(Clause* c, Scope* scope, bool is_with);
  // Replaces sub-expressions of `*e` whose text equals a projection item
  // (`RETURN n.x, count(*) ORDER BY n.x`) by a reference to that column.
  void ReplaceProjected(ExprPtr* e, const Projection& p);
  static bool Mentions(const Expr& e, const std::string& name);
  // After aggregation or DISTINCT, ORDER BY may use only projected columns.
  void CheckOnlyProjected(const Expr& e, const Scope& visible, const Scope& before, const Projection& p,
                          bool aggregating);

  // --- expressions (expression_binder.cc) -------------------------------------
  // --- expressions -----------------------------------------------------------
  // A WHERE condition: must be able to be a boolean.
  void BindPredicate(Expr* e, const Scope& scope);
  void BindExpr(Expr* e, const Scope& scope, ExprContext ctx);
  // The kind of every element of a list literal whose elements all have one
  // known kind; kAny otherwise.
  VarKind ElementKind(const Expr& list, const Scope& scope);
  // Type errors that show in the query text: boolean operators on
  // non-boolean literals, property access on literals, ...
  void CheckStaticTypes(const Expr& e, const Scope& scope);
  void CheckFunctionArgs(const Expr& e, const Scope& scope);
  void MarkAggregate(Expr* e, const ExprContext& ctx);

  std::string_view source_;
  const ProcedureRegistry* procedures_;
  std::set<std::string> parameters_;
  int next_slot_ = 0;
  bool updates_ = false;
};

}  // namespace cg::query::binder
