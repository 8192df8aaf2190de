// The expression rules of Parser (cypher_parser.h), one per precedence
// level, and the atoms.
#include "query/parser/cypher_parser.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace cg::query::parser {

int64_t Parser::ParseIntegerToken() {
  const Token& t = Next();
  return IntegerValue(t, false);
}

// The value of an integer literal token; `negative` when a unary minus
// precedes it (so -9223372036854775808 is representable).
int64_t Parser::IntegerValue(const Token& t, bool negative) {
  std::string text = t.text;
  int base = 10;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'o')) {
    base = text[1] == 'x' ? 16 : 8;
    text = text.substr(2);
  }
  errno = 0;
  unsigned long long v = std::strtoull(text.c_str(), nullptr, base);
  uint64_t limit = negative ? uint64_t{1} << 63 : (uint64_t{1} << 63) - 1;
  if (errno == ERANGE || v > limit) FailAt(t.pos, "IntegerOverflow", "integer literal " + t.text + " is too large");
  if (negative) return v == (uint64_t{1} << 63) ? std::numeric_limits<int64_t>::min() : -static_cast<int64_t>(v);
  return static_cast<int64_t>(v);
}

ExprPtr Parser::ParseExpr() {
  DepthGuard guard(this);
  return ParseOr();
}

ExprPtr Parser::ParseWholeExpr() {
  ExprPtr e = ParseExpr();
  if (Peek().kind != TokenKind::kEnd) Fail("the end of the expression");
  return e;
}

ExprPtr Parser::Binary(Op op, ExprPtr l, ExprPtr r) {
  // A chain of left-associative operators (1 + 1 + ...) parses in a loop but
  // evaluates recursively down its left spine: the spine counts against the
  // same bound as nesting (a 20 000-term sum overflowed the stack).
  int height = depth_ + 1;
  for (const Expr* x = l.get(); x->kind == ExprKind::kBinary; x = x->args[0].get()) {
    if (++height >= DepthGuard::kMaxDepth) FailTooDeep();
  }
  auto e = Make(ExprKind::kBinary, l->pos);
  e->op = op;
  e->args.push_back(std::move(l));
  e->args.push_back(std::move(r));
  return Finish(std::move(e));
}

ExprPtr Parser::ParseOr() {
  auto l = ParseXor();
  while (AcceptWord("OR")) l = Binary(Op::kOr, std::move(l), ParseXor());
  return l;
}

ExprPtr Parser::ParseXor() {
  auto l = ParseAnd();
  while (AcceptWord("XOR")) l = Binary(Op::kXor, std::move(l), ParseAnd());
  return l;
}

ExprPtr Parser::ParseAnd() {
  auto l = ParseNot();
  while (AcceptWord("AND")) l = Binary(Op::kAnd, std::move(l), ParseNot());
  return l;
}

ExprPtr Parser::ParseNot() {
  DepthGuard guard(this);
  if (IsWord("NOT")) {
    Position pos = Next().pos;
    auto e = Make(ExprKind::kUnary, pos);
    e->op = Op::kNot;
    e->args.push_back(ParseNot());
    return Finish(std::move(e));
  }
  return ParseComparison();
}

std::optional<Op> Parser::PeekComparisonOp() {
  if (Peek().kind != TokenKind::kSymbol) return std::nullopt;
  const std::string& s = Peek().text;
  if (s == "=") return Op::kEq;
  if (s == "<>" || s == "!=") return Op::kNe;
  if (s == "<") return Op::kLt;
  if (s == ">") return Op::kGt;
  if (s == "<=") return Op::kLe;
  if (s == ">=") return Op::kGe;
  return std::nullopt;
}

ExprPtr Parser::ParseComparison() {
  auto first = ParseStringListNull();
  if (!PeekComparisonOp()) return first;
  auto e = Make(ExprKind::kComparison, first->pos);
  e->args.push_back(std::move(first));
  while (auto op = PeekComparisonOp()) {
    ++i_;
    e->ops.push_back(*op);
    e->args.push_back(ParseStringListNull());
  }
  return Finish(std::move(e));
}

ExprPtr Parser::ParseStringListNull() {
  auto l = ParseAddSub();
  for (;;) {
    if (IsWord("STARTS") && IsWord("WITH", 1)) {
      i_ += 2;
      l = Binary(Op::kStartsWith, std::move(l), ParseAddSub());
    } else if (IsWord("ENDS") && IsWord("WITH", 1)) {
      i_ += 2;
      l = Binary(Op::kEndsWith, std::move(l), ParseAddSub());
    } else if (AcceptWord("CONTAINS")) {
      l = Binary(Op::kContains, std::move(l), ParseAddSub());
    } else if (AcceptWord("IN")) {
      l = Binary(Op::kIn, std::move(l), ParseAddSub());
    } else if (Accept("=~")) {
      l = Binary(Op::kRegex, std::move(l), ParseAddSub());
    } else if (IsWord("IS")) {
      ++i_;
      bool negated = AcceptWord("NOT");
      ExpectWord("NULL");
      auto e = Make(negated ? ExprKind::kIsNotNull : ExprKind::kIsNull, l->pos);
      e->args.push_back(std::move(l));
      l = Finish(std::move(e));
    } else {
      return l;
    }
  }
}

ExprPtr Parser::ParseAddSub() {
  auto l = ParseMulDiv();
  for (;;) {
    if (Accept("+")) l = Binary(Op::kAdd, std::move(l), ParseMulDiv());
    else if (Accept("-")) l = Binary(Op::kSub, std::move(l), ParseMulDiv());
    else return l;
  }
}

ExprPtr Parser::ParseMulDiv() {
  auto l = ParsePower();
  for (;;) {
    if (Accept("*")) l = Binary(Op::kMul, std::move(l), ParsePower());
    else if (Accept("/")) l = Binary(Op::kDiv, std::move(l), ParsePower());
    else if (Accept("%")) l = Binary(Op::kMod, std::move(l), ParsePower());
    else return l;
  }
}

ExprPtr Parser::ParsePower() {
  auto l = ParseUnary();
  while (Accept("^")) l = Binary(Op::kPow, std::move(l), ParseUnary());
  return l;
}

ExprPtr Parser::ParseUnary() {
  DepthGuard guard(this);
  if (IsSym("-") || IsSym("+")) {
    bool neg = IsSym("-");
    Position pos = Next().pos;
    if (neg && Peek().kind == TokenKind::kInteger) {
      auto lit = Make(ExprKind::kLiteral, pos);
      lit->literal = Value(IntegerValue(Next(), true));
      return ParsePostfix(Finish(std::move(lit)));
    }
    auto e = Make(ExprKind::kUnary, pos);
    e->op = neg ? Op::kNeg : Op::kPlus;
    e->args.push_back(ParseUnary());
    return Finish(std::move(e));
  }
  return ParsePostfix(ParseAtom());
}

ExprPtr Parser::ParsePostfix(ExprPtr e) {
  for (;;) {
    if (IsSym(".") && IsName(1)) {
      ++i_;
      auto p = Make(ExprKind::kProperty, e->pos);
      p->name = Next().text;
      p->args.push_back(std::move(e));
      e = Finish(std::move(p));
    } else if (IsSym("[")) {
      ++i_;
      ExprPtr from, to;
      if (!IsSym("..")) from = ParseExpr();
      if (Accept("..")) {
        if (!IsSym("]")) to = ParseExpr();
        Expect("]");
        auto s = Make(ExprKind::kSlice, e->pos);
        s->args.push_back(std::move(e));
        s->args.push_back(std::move(from));
        s->args.push_back(std::move(to));
        e = Finish(std::move(s));
      } else {
        Expect("]");
        auto s = Make(ExprKind::kIndex, e->pos);
        s->args.push_back(std::move(e));
        s->args.push_back(std::move(from));
        e = Finish(std::move(s));
      }
    } else if (IsSym(":") && IsName(1)) {
      auto l = Make(ExprKind::kHasLabels, e->pos);
      l->labels = ParseLabels();
      l->args.push_back(std::move(e));
      e = Finish(std::move(l));
    } else {
      return e;
    }
  }
}

ExprPtr Parser::ParseMapLiteral() {
  auto e = Make(ExprKind::kMap, Peek().pos);
  Expect("{");
  if (!Accept("}")) {
    do {
      e->keys.push_back(ExpectName("a map key"));
      Expect(":");
      e->args.push_back(ParseExpr());
    } while (Accept(","));
    Expect("}");
  }
  return Finish(std::move(e));
}

ExprPtr Parser::ParseAtom() {
  const Token& t = Peek();
  Position pos = t.pos;
  switch (t.kind) {
    case TokenKind::kInteger: {
      auto e = Make(ExprKind::kLiteral, pos);
      e->literal = Value(IntegerValue(Next(), false));
      return Finish(std::move(e));
    }
    case TokenKind::kFloat: {
      auto e = Make(ExprKind::kLiteral, pos);
      double d = std::strtod(Next().text.c_str(), nullptr);
      if (std::isinf(d)) FailAt(pos, "FloatingPointOverflow", "float literal is too large");
      e->literal = Value(d);
      return Finish(std::move(e));
    }
    case TokenKind::kString: {
      auto e = Make(ExprKind::kLiteral, pos);
      e->literal = Value(Next().text);
      return Finish(std::move(e));
    }
    case TokenKind::kParameter: {
      auto e = Make(ExprKind::kParameter, pos);
      e->name = Next().text;
      return Finish(std::move(e));
    }
    case TokenKind::kSymbol:
      if (t.text == "(") {
        if (auto pattern = TryRelationshipPattern()) {
          auto e = Make(ExprKind::kPatternPredicate, pos);
          e->pattern = std::move(pattern);
          return Finish(std::move(e));
        }
        ++i_;
        auto inner = ParseExpr();
        Expect(")");
        inner->end = PrevEnd();
        return inner;
      }
      if (t.text == "[") return ParseListOrComprehension();
      if (t.text == "{") return ParseMapLiteral();
      Fail("an expression");
    case TokenKind::kName:
    case TokenKind::kEscapedName:
      return ParseNameAtom();
    case TokenKind::kEnd:
      Fail("an expression");
  }
  Fail("an expression");
}

ExprPtr Parser::ParseListOrComprehension() {
  Position pos = Peek().pos;
  Expect("[");
  // [x IN list WHERE pred | expr]
  if (IsVariableName() && IsWord("IN", 1)) {
    auto e = Make(ExprKind::kListComprehension, pos);
    e->variable = Next().text;
    ++i_;
    e->args.push_back(ParseExpr());
    if (AcceptWord("WHERE")) e->where = ParseExpr();
    if (Accept("|")) e->projection = ParseExpr();
    Expect("]");
    return Finish(std::move(e));
  }
  // [(a)-->(b) WHERE pred | expr]
  if (IsSym("(") || (IsVariableName() && IsSym("=", 1))) {
    if (auto pattern = TryRelationshipPattern()) {
      auto e = Make(ExprKind::kPatternComprehension, pos);
      e->pattern = std::move(pattern);
      if (AcceptWord("WHERE")) e->where = ParseExpr();
      Expect("|");
      e->projection = ParseExpr();
      Expect("]");
      return Finish(std::move(e));
    }
  }
  auto e = Make(ExprKind::kList, pos);
  if (!Accept("]")) {
    do e->args.push_back(ParseExpr());
    while (Accept(","));
    Expect("]");
  }
  return Finish(std::move(e));
}

ExprPtr Parser::ParseNameAtom() {
  const Token& t = Peek();
  Position pos = t.pos;
  bool plain = t.kind == TokenKind::kName;
  if (plain) {
    if (IEquals(t.text, "true") || IEquals(t.text, "false")) {
      auto e = Make(ExprKind::kLiteral, pos);
      e->literal = Value(IEquals(Next().text, "true"));
      return Finish(std::move(e));
    }
    if (IEquals(t.text, "null")) {
      ++i_;
      return Finish(Make(ExprKind::kLiteral, pos));
    }
    if (IEquals(t.text, "CASE")) return ParseCase();
    if (IEquals(t.text, "count") && IsSym("(", 1) && IsSym("*", 2) && IsSym(")", 3)) {
      i_ += 4;
      return Finish(Make(ExprKind::kCountStar, pos));
    }
    if ((IEquals(t.text, "all") || IEquals(t.text, "any") || IEquals(t.text, "none") ||
         IEquals(t.text, "single")) &&
        IsSym("(", 1) && IsVariableName(2) && IsWord("IN", 3)) {
      auto e = Make(ExprKind::kQuantifier, pos);
      e->name = Next().text;
      std::transform(e->name.begin(), e->name.end(), e->name.begin(), ::tolower);
      ++i_;
      e->variable = Next().text;
      ++i_;
      e->args.push_back(ParseExpr());
      if (AcceptWord("WHERE")) e->where = ParseExpr();
      Expect(")");
      return Finish(std::move(e));
    }
    if (IEquals(t.text, "reduce") && IsSym("(", 1)) {
      auto e = Make(ExprKind::kReduce, pos);
      i_ += 2;
      e->variable = ExpectVariable();
      Expect("=");
      e->args.push_back(ParseExpr());
      Expect(",");
      e->variable2 = ExpectVariable();
      ExpectWord("IN");
      e->args.push_back(ParseExpr());
      Expect("|");
      e->projection = ParseExpr();
      Expect(")");
      return Finish(std::move(e));
    }
    if (IsSym("{", 1)) {
      if (IEquals(t.text, "EXISTS")) return ParseSubqueryExpr(ExprKind::kExists, Next().pos);
      if (IEquals(t.text, "COUNT")) return ParseSubqueryExpr(ExprKind::kCountSubquery, Next().pos);
      if (IEquals(t.text, "COLLECT")) return ParseSubqueryExpr(ExprKind::kCollectSubquery, Next().pos);
    }
  }
  // Function call: name(.name)*(args)
  {
    size_t k = 1;
    while (IsSym(".", k) && IsName(k + 1)) k += 2;
    if (IsSym("(", k)) {
      auto e = Make(ExprKind::kFunction, pos);
      e->name = Next().text;
      while (Accept(".")) e->name += "." + Next().text;
      Expect("(");
      e->distinct = AcceptWord("DISTINCT");
      if (!Accept(")")) {
        do e->args.push_back(ParseExpr());
        while (Accept(","));
        Expect(")");
      }
      return Finish(std::move(e));
    }
  }
  if (!IsVariableName()) Fail("an expression");
  auto v = Finish(MakeVariable(Next().text, pos));
  if (IsSym("{")) return ParseMapProjection(std::move(v));
  return v;
}

ExprPtr Parser::ParseSubqueryExpr(ExprKind kind, const Position& pos) {
  Expect("{");
  auto e = Make(kind, pos);
  auto q = std::make_shared<Query>();
  if (IsWord("MATCH") || IsWord("OPTIONAL") || IsWord("WITH") || IsWord("UNWIND") || IsWord("CALL") ||
      IsWord("RETURN")) {
    *q = ParseUnion();
  } else {  // a pattern [WHERE ...]
    Clause c;
    c.kind = Clause::Kind::kMatch;
    c.pos = Peek().pos;
    ParseMatchBody(&c);
    q->parts.emplace_back().clauses.push_back(std::move(c));
  }
  Expect("}");
  e->subquery = std::move(q);
  return Finish(std::move(e));
}

ExprPtr Parser::ParseMapProjection(ExprPtr base) {
  auto e = Make(ExprKind::kMapProjection, base->pos);
  e->args.push_back(std::move(base));
  Expect("{");
  if (!Accept("}")) {
    do {
      MapProjectionItem item;
      if (Accept(".")) {
        if (Accept("*")) {
          item.kind = MapProjectionItem::Kind::kAllProperties;
        } else {
          item.kind = MapProjectionItem::Kind::kProperty;
          item.key = ExpectName("a property key");
        }
      } else if (IsName() && IsSym(":", 1)) {
        item.kind = MapProjectionItem::Kind::kLiteral;
        item.key = Next().text;
        ++i_;
        item.value = ParseExpr();
      } else {
        item.kind = MapProjectionItem::Kind::kVariable;
        Position vpos = Peek().pos;
        item.key = ExpectVariable();
        item.value = Finish(MakeVariable(item.key, vpos));
      }
      e->items.push_back(std::move(item));
    } while (Accept(","));
    Expect("}");
  }
  return Finish(std::move(e));
}

ExprPtr Parser::ParseCase() {
  auto e = Make(ExprKind::kCase, Next().pos);
  if (!IsWord("WHEN")) e->args.push_back(ParseExpr());
  while (AcceptWord("WHEN")) {
    CaseArm arm;
    arm.when = ParseExpr();
    ExpectWord("THEN");
    arm.then = ParseExpr();
    e->arms.push_back(std::move(arm));
  }
  if (e->arms.empty()) Fail("WHEN");
  if (AcceptWord("ELSE")) e->otherwise = ParseExpr();
  ExpectWord("END");
  return Finish(std::move(e));
}

}  // namespace cg::query::parser
