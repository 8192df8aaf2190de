#include "query/execution/evaluator.h"

#include <cmath>

#include "query/error.h"
#include "query/execution/nesting.h"
#include "query/temporal.h"

namespace cg::query::execution {

using namespace ast;

namespace {

[[noreturn]] void TypeMismatch(const std::string& what, const Value& v) {
  throw RuntimeError("TypeError", "InvalidArgumentType", what + " cannot take a " + v.TypeName());
}

// A list or map just built, once its nesting is checked (nesting.h).
Value Nested(Value v) {
  CheckNesting(v);
  return v;
}

[[noreturn]] void Overflow() {
  throw RuntimeError("ArgumentError", "IntegerOverflow", "integer arithmetic overflows 64 bits");
}

Value Arithmetic(Op op, const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (op == Op::kAdd) {
    if (a.is_list() || b.is_list()) {
      List out;
      if (a.is_list()) out = a.as_list();
      else out.push_back(a);
      if (b.is_list()) out.insert(out.end(), b.as_list().begin(), b.as_list().end());
      else out.push_back(b);
      return Value(std::move(out));
    }
    if (a.is_string() && b.is_string()) return Value(a.as_string() + b.as_string());
  }
  if (a.is_duration() || b.is_duration()) {
    if (op == Op::kAdd || op == Op::kSub) {
      Value r = temporal::Add(a, b, op == Op::kSub);
      if (!r.is_null()) return r;
    }
    if (op == Op::kMul && a.is_duration() && b.is_number()) return temporal::Scale(a, b.as_number());
    if (op == Op::kMul && b.is_duration() && a.is_number()) return temporal::Scale(b, a.as_number());
    if (op == Op::kDiv && a.is_duration() && b.is_number()) return temporal::Scale(a, 1.0 / b.as_number());
  }
  if (!a.is_number() || !b.is_number()) {
    throw RuntimeError("TypeError", "InvalidArgumentType",
                       std::string("cannot apply ") + OpText(op) + " to " + a.TypeName() + " and " + b.TypeName());
  }
  if (a.is_int() && b.is_int() && op != Op::kPow) {
    int64_t x = a.as_int(), y = b.as_int(), r = 0;
    switch (op) {
      case Op::kAdd:
        if (__builtin_add_overflow(x, y, &r)) Overflow();
        return Value(r);
      case Op::kSub:
        if (__builtin_sub_overflow(x, y, &r)) Overflow();
        return Value(r);
      case Op::kMul:
        if (__builtin_mul_overflow(x, y, &r)) Overflow();
        return Value(r);
      case Op::kDiv:
        if (y == 0) throw RuntimeError("ArgumentError", "DivisionByZero", "/ by zero");
        if (x == INT64_MIN && y == -1) Overflow();
        return Value(x / y);
      case Op::kMod:
        if (y == 0) throw RuntimeError("ArgumentError", "DivisionByZero", "% by zero");
        if (y == -1) return Value(int64_t{0});
        return Value(x % y);
      default: break;
    }
  }
  double x = a.as_number(), y = b.as_number();
  switch (op) {
    case Op::kAdd: return Value(x + y);
    case Op::kSub: return Value(x - y);
    case Op::kMul: return Value(x * y);
    case Op::kDiv: return Value(x / y);
    case Op::kMod: return Value(std::fmod(x, y));
    case Op::kPow: return Value(std::pow(x, y));
    default: break;
  }
  throw RuntimeError("TypeError", "InvalidArgumentType", "bad arithmetic");
}

Tri Not(Tri t) { return t ? Tri(!*t) : std::nullopt; }

Tri ToTri(const Value& v, const char* what) {
  if (v.is_null()) return std::nullopt;
  if (!v.is_bool()) TypeMismatch(what, v);
  return v.as_bool();
}

Value FromTri(Tri t) { return t ? Value(*t) : Value(); }

Value StringPredicate(const Expr& e, const Value& a, const Value& b, Regexes* regexes) {
  const Op op = e.op;
  if (!a.is_string() || !b.is_string()) return Value();
  const std::string& s = a.as_string();
  const std::string& t = b.as_string();
  switch (op) {
    case Op::kStartsWith: return Value(s.compare(0, t.size(), t) == 0);
    case Op::kEndsWith: return Value(s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0);
    case Op::kContains: return Value(s.find(t) != std::string::npos);
    default: break;
  }
  return Value(regexes->Matches(t, s, e.pos.line, e.pos.column));
}

Value In(const Value& x, const Value& list) {
  if (list.is_null()) return Value();
  if (!list.is_list()) TypeMismatch("IN", list);
  Tri result = false;
  for (const Value& e : list.as_list()) {
    Tri eq = Equals(x, e);
    if (eq == true) return Value(true);
    if (!eq) result = std::nullopt;
  }
  return FromTri(result);
}

// A list index, counted from the end when negative; nullopt when outside.
std::optional<size_t> ListIndex(int64_t i, size_t size) {
  if (i < 0) i += static_cast<int64_t>(size);
  if (i < 0 || i >= static_cast<int64_t>(size)) return std::nullopt;
  return static_cast<size_t>(i);
}

}  // namespace

const planner::Operator& Evaluator::Subplan(const Expr& e) const {
  auto it = ctx_->plan().subplans.find(&e);
  if (it == ctx_->plan().subplans.end()) throw RuntimeError("DatabaseError", "Internal", "missing subplan");
  return *it->second;
}

Tri Evaluator::Truth(const Expr& e, const Row& row) { return ToTri(Eval(e, row), "a predicate"); }

Value Evaluator::Property(const Value& base, const std::string& key) {
  switch (base.type()) {
    case Value::Type::kNull: return Value();
    case Value::Type::kNode: {
      std::optional<Value> v = ctx_->NodeProperty(base.as_node().id, key);
      if (!v) throw RuntimeError("EntityNotFound", "DeletedEntityAccess", "property of a deleted node");
      return std::move(*v);
    }
    case Value::Type::kRel: {
      if (const cg::Value* column = ctx_->columns.Rel(base.as_rel().id, key)) return Value::FromStored(*column);
      const graph::Relationship* r = ctx_->GetRel(base.as_rel().id);
      if (!r) throw RuntimeError("EntityNotFound", "DeletedEntityAccess", "property of a deleted relationship");
      const cg::Value* v = r->Find(key);
      return v ? Value::FromStored(*v) : Value();
    }
    case Value::Type::kMap: {
      auto it = base.as_map().find(key);
      return it == base.as_map().end() ? Value() : it->second;
    }
    case Value::Type::kDate:
    case Value::Type::kTemporal:
    case Value::Type::kDuration: return temporal::Component(base, key);
    default: TypeMismatch("property access ." + key, base);
  }
}

Value Evaluator::Eval(const Expr& e, const Row& row) {
  switch (e.kind) {
    case ExprKind::kLiteral: return e.literal;
    case ExprKind::kParameter: {
      auto it = ctx_->params().find(e.name);
      if (it == ctx_->params().end()) {
        throw RuntimeError("ParameterMissing", "MissingParameter", "Expected parameter $" + e.name);
      }
      return it->second;
    }
    case ExprKind::kVariable: return row[e.slot];
    case ExprKind::kProperty: return Property(Eval(*e.args[0], row), e.name);
    case ExprKind::kHasLabels: {
      Value v = Eval(*e.args[0], row);
      if (v.is_null()) return Value();
      if (!v.is_node()) TypeMismatch("a label check", v);
      const graph::Node* n = ctx_->GetNode(v.as_node().id);
      if (!n) throw RuntimeError("EntityNotFound", "DeletedEntityAccess", "labels of a deleted node");
      for (const std::string& l : e.labels) {
        if (!n->HasLabel(l)) return Value(false);
      }
      return Value(true);
    }
    case ExprKind::kList: {
      List out;
      out.reserve(e.args.size());
      for (const ExprPtr& a : e.args) out.push_back(Eval(*a, row));
      return Nested(Value(std::move(out)));
    }
    case ExprKind::kMap: {
      Map out;
      for (size_t i = 0; i < e.keys.size(); ++i) out[e.keys[i]] = Eval(*e.args[i], row);
      return Nested(Value(std::move(out)));
    }
    case ExprKind::kMapProjection: return EvalMapProjection(e, row);
    case ExprKind::kUnary: {
      Value v = Eval(*e.args[0], row);
      if (e.op == Op::kNot) return FromTri(Not(ToTri(v, "NOT")));
      if (v.is_null()) return Value();
      if (e.op == Op::kPlus) {
        if (!v.is_number()) TypeMismatch("unary +", v);
        return v;
      }
      if (v.is_int()) {
        if (v.as_int() == INT64_MIN) Overflow();
        return Value(-v.as_int());
      }
      if (v.is_float()) return Value(-v.as_float());
      TypeMismatch("unary -", v);
    }
    case ExprKind::kBinary: return EvalBinary(e, row);
    case ExprKind::kComparison: return EvalComparison(e, row);
    case ExprKind::kIsNull: return Value(Eval(*e.args[0], row).is_null());
    case ExprKind::kIsNotNull: return Value(!Eval(*e.args[0], row).is_null());
    case ExprKind::kFunction: return EvalFunction(e, row);
    case ExprKind::kCountStar: return row[e.slot];
    case ExprKind::kCase: return EvalCase(e, row);
    case ExprKind::kListComprehension: return EvalListComprehension(e, row);
    case ExprKind::kQuantifier: return EvalQuantifier(e, row);
    case ExprKind::kReduce: return EvalReduce(e, row);
    case ExprKind::kPatternComprehension: return EvalPatternComprehension(e, row);
    case ExprKind::kPatternPredicate:
    case ExprKind::kExists:
    case ExprKind::kCountSubquery:
    case ExprKind::kCollectSubquery: return EvalSubquery(e, row);
    case ExprKind::kIndex: return EvalIndex(Eval(*e.args[0], row), Eval(*e.args[1], row));
    case ExprKind::kSlice: return EvalSlice(e, row);
  }
  throw RuntimeError("DatabaseError", "Internal", "unknown expression kind");
}

Value Evaluator::EvalBinary(const Expr& e, const Row& row) {
  switch (e.op) {
    case Op::kAnd: {
      Tri a = ToTri(Eval(*e.args[0], row), "AND");
      if (a == false) {
        ToTri(Eval(*e.args[1], row), "AND");
        return Value(false);
      }
      Tri b = ToTri(Eval(*e.args[1], row), "AND");
      if (b == false) return Value(false);
      return a && b ? Value(true) : Value();
    }
    case Op::kOr: {
      Tri a = ToTri(Eval(*e.args[0], row), "OR");
      Tri b = ToTri(Eval(*e.args[1], row), "OR");
      if (a == true || b == true) return Value(true);
      return a && b ? Value(false) : Value();
    }
    case Op::kXor: {
      Tri a = ToTri(Eval(*e.args[0], row), "XOR");
      Tri b = ToTri(Eval(*e.args[1], row), "XOR");
      if (!a || !b) return Value();
      return Value(*a != *b);
    }
    case Op::kIn: return In(Eval(*e.args[0], row), Eval(*e.args[1], row));
    case Op::kStartsWith:
    case Op::kEndsWith:
    case Op::kContains:
    case Op::kRegex: return StringPredicate(e, Eval(*e.args[0], row), Eval(*e.args[1], row), &ctx_->regexes);
    default: {
      Value a = Eval(*e.args[0], row), b = Eval(*e.args[1], row);
      // A concatenation copies both sides: it must fit (a string or list
      // doubled in a reduce() would otherwise grow past any memory).
      if (e.op == Op::kAdd && (a.is_list() || b.is_list() || (a.is_string() && b.is_string()))) {
        ctx_->CheckMemory(ApproxSize(a) + ApproxSize(b));
      }
      return Arithmetic(e.op, a, b);
    }
  }
}

Value Evaluator::EvalComparison(const Expr& e, const Row& row) {
  // The chain a < b <= c is (a < b) AND (b <= c): false wins, then null.
  bool any_false = false, any_null = false;
  Value left = Eval(*e.args[0], row);
  for (size_t i = 0; i < e.ops.size(); ++i) {
    Value right = Eval(*e.args[i + 1], row);
    Op op = e.ops[i];
    Tri t = std::nullopt;
    if (op == Op::kEq) {
      t = Equals(left, right);
    } else if (op == Op::kNe) {
      t = Not(Equals(left, right));
    } else if (std::optional<std::partial_ordering> c = Compare(left, right)) {
      t = op == Op::kLt ? *c < 0 : op == Op::kGt ? *c > 0 : op == Op::kLe ? *c <= 0 : *c >= 0;
    }
    any_false |= t == false;
    any_null |= !t.has_value();
    left = std::move(right);
  }
  return any_false ? Value(false) : any_null ? Value() : Value(true);
}

Value Evaluator::EvalFunction(const Expr& e, const Row& row) {
  if (e.is_aggregate) return row[e.slot];
  const function::FunctionInfo* f = function::FindFunction(e.name);
  std::vector<Value> args;
  args.reserve(e.args.size());
  for (const ExprPtr& a : e.args) args.push_back(Eval(*a, row));
  return f->fn(args, *ctx_);
}

Value Evaluator::EvalIndex(const Value& base, const Value& index) {
  if (base.is_null() || index.is_null()) return Value();
  if (base.is_list()) {
    if (!index.is_int()) TypeMismatch("a list index", index);
    auto i = ListIndex(index.as_int(), base.as_list().size());
    return i ? base.as_list()[*i] : Value();
  }
  if (base.is_map() || base.is_node() || base.is_rel()) {
    if (!index.is_string()) {
      throw RuntimeError("TypeError", "MapElementAccessByNonString",
                         std::string("a map key must be a STRING, not ") + index.TypeName());
    }
    return Property(base, index.as_string());
  }
  TypeMismatch("an index access", base);
}

Value Evaluator::EvalSlice(const Expr& e, const Row& row) {
  Value base = Eval(*e.args[0], row);
  Value from = e.args[1] ? Eval(*e.args[1], row) : Value(int64_t{0});
  Value to = e.args[2] ? Eval(*e.args[2], row) : Value(INT64_MAX);
  if (base.is_null() || from.is_null() || to.is_null()) return Value();
  if (!base.is_list()) TypeMismatch("a slice", base);
  if (!from.is_int()) TypeMismatch("a slice bound", from);
  if (!to.is_int()) TypeMismatch("a slice bound", to);
  int64_t n = static_cast<int64_t>(base.as_list().size());
  auto clamp = [n](int64_t i) { return std::clamp(i < 0 ? i + n : i, int64_t{0}, n); };
  int64_t a = clamp(from.as_int()), b = clamp(to.as_int());
  if (a >= b) return Value(List{});
  return Value(List(base.as_list().begin() + a, base.as_list().begin() + b));
}

Value Evaluator::EvalCase(const Expr& e, const Row& row) {
  if (!e.args.empty()) {
    Value subject = Eval(*e.args[0], row);
    for (const CaseArm& arm : e.arms) {
      if (Equals(subject, Eval(*arm.when, row)) == true) return Eval(*arm.then, row);
    }
  } else {
    for (const CaseArm& arm : e.arms) {
      Value w = Eval(*arm.when, row);
      if (w.is_bool() && w.as_bool()) return Eval(*arm.then, row);
    }
  }
  return e.otherwise ? Eval(*e.otherwise, row) : Value();
}

Value Evaluator::EvalListComprehension(const Expr& e, const Row& row) {
  Value list = Eval(*e.args[0], row);
  if (list.is_null()) return Value();
  if (!list.is_list()) TypeMismatch("a list comprehension", list);
  Row inner = row;
  List out;
  size_t bytes = 0;
  for (const Value& x : list.as_list()) {
    ctx_->Tick();
    inner[e.slot] = x;
    if (e.where && Truth(*e.where, inner) != true) continue;
    out.push_back(e.projection ? Eval(*e.projection, inner) : x);
    ctx_->CheckMemory(bytes += ApproxSize(out.back()));
  }
  return Nested(Value(std::move(out)));
}

Value Evaluator::EvalQuantifier(const Expr& e, const Row& row) {
  Value list = Eval(*e.args[0], row);
  if (list.is_null()) return Value();
  if (!list.is_list()) TypeMismatch(e.name + "()", list);
  Row inner = row;
  size_t trues = 0, nulls = 0;
  for (const Value& x : list.as_list()) {
    ctx_->Tick();
    inner[e.slot] = x;
    Tri t = e.where ? Truth(*e.where, inner) : Tri(true);
    if (t == true) ++trues;
    else if (!t) ++nulls;
  }
  size_t falses = list.as_list().size() - trues - nulls;
  if (e.name == "all") return falses ? Value(false) : nulls ? Value() : Value(true);
  if (e.name == "any") return trues ? Value(true) : nulls ? Value() : Value(false);
  if (e.name == "none") return trues ? Value(false) : nulls ? Value() : Value(true);
  // single
  if (trues > 1) return Value(false);
  if (nulls) return Value();
  return Value(trues == 1);
}

Value Evaluator::EvalReduce(const Expr& e, const Row& row) {
  Value list = Eval(*e.args[1], row);
  if (list.is_null()) return Value();
  if (!list.is_list()) TypeMismatch("reduce()", list);
  Row inner = row;
  inner[e.slot] = Eval(*e.args[0], row);
  for (const Value& x : list.as_list()) {
    ctx_->Tick();
    inner[e.slot2] = x;
    inner[e.slot] = Eval(*e.projection, inner);
  }
  return inner[e.slot];
}

Value Evaluator::EvalPatternComprehension(const Expr& e, const Row& row) {
  List out;
  size_t bytes = 0;
  run_subplan_(Subplan(e), row, 0, [&](Row& r) {
    ctx_->Tick();
    if (e.where && Truth(*e.where, r) != true) return true;
    out.push_back(Eval(*e.projection, r));
    ctx_->CheckMemory(bytes += ApproxSize(out.back()));
    return true;
  });
  return Nested(Value(std::move(out)));
}

Value Evaluator::EvalSubquery(const Expr& e, const Row& row) {
  if (e.kind == ExprKind::kCountSubquery) {
    int64_t n = 0;
    run_subplan_(Subplan(e), row, 0, [&](Row&) {
      ctx_->Tick();
      ++n;
      return true;
    });
    return Value(n);
  }
  if (e.kind == ExprKind::kCollectSubquery) {
    List out;
    size_t bytes = 0;
    run_subplan_(Subplan(e), row, 0, [&](Row& r) {  // rows of the one returned column
      ctx_->Tick();
      out.push_back(std::move(r[0]));
      ctx_->CheckMemory(bytes += ApproxSize(out.back()));
      return true;
    });
    return Value(std::move(out));
  }
  bool found = false;  // EXISTS, a pattern predicate: the first row is enough
  run_subplan_(Subplan(e), row, 1, [&](Row&) { return !(found = true); });
  return Value(found);
}

Value Evaluator::EvalMapProjection(const Expr& e, const Row& row) {
  Value base = Eval(*e.args[0], row);
  if (base.is_null()) return Value();
  if (!base.is_map() && !base.is_node() && !base.is_rel()) TypeMismatch("a map projection", base);
  Map out;
  for (const MapProjectionItem& item : e.items) {
    switch (item.kind) {
      case MapProjectionItem::Kind::kProperty: out[item.key] = Property(base, item.key); break;
      case MapProjectionItem::Kind::kAllProperties: {
        Map all = base.is_map() ? base.as_map() : ctx_->Properties(base);
        for (auto& [k, v] : all) out[k] = std::move(v);
        break;
      }
      case MapProjectionItem::Kind::kLiteral:
      case MapProjectionItem::Kind::kVariable: out[item.key] = Eval(*item.value, row); break;
    }
  }
  return Nested(Value(std::move(out)));
}

}  // namespace cg::query::execution
