#include "query/parser/parser.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

#include "query/error.h"

namespace cg::query::ast {

const char* OpText(Op op) {
  switch (op) {
    case Op::kOr: return "OR";
    case Op::kXor: return "XOR";
    case Op::kAnd: return "AND";
    case Op::kNot: return "NOT";
    case Op::kEq: return "=";
    case Op::kNe: return "<>";
    case Op::kLt: return "<";
    case Op::kGt: return ">";
    case Op::kLe: return "<=";
    case Op::kGe: return ">=";
    case Op::kAdd: return "+";
    case Op::kSub: return "-";
    case Op::kMul: return "*";
    case Op::kDiv: return "/";
    case Op::kMod: return "%";
    case Op::kPow: return "^";
    case Op::kNeg: return "-";
    case Op::kPlus: return "+";
    case Op::kIn: return "IN";
    case Op::kStartsWith: return "STARTS WITH";
    case Op::kEndsWith: return "ENDS WITH";
    case Op::kContains: return "CONTAINS";
    case Op::kRegex: return "=~";
  }
  return "?";
}

}  // namespace cg::query::ast

namespace cg::query::parser {

using namespace ast;

namespace {

bool IEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Words that cannot start an expression atom as a variable name.
bool IsReservedWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "CREATE", "MERGE", "SET", "REMOVE", "DELETE",
      "DETACH", "UNION", "ORDER", "SKIP", "LIMIT", "AND", "OR", "XOR", "NOT", "AS", "IN", "IS", "ON",
      "CASE", "WHEN", "THEN", "ELSE", "END", "DISTINCT", "CALL", "YIELD", "STARTS", "ENDS", "CONTAINS"};
  for (std::string_view k : kWords) {
    if (IEquals(k, w)) return true;
  }
  return false;
}

class Parser {
 public:
  Parser(std::string_view src) : src_(src), toks_(Tokenize(src)) {}

  Query ParseQuery() {
    Query q;
    if (AcceptWord("EXPLAIN")) q.explain = true;
    else if (AcceptWord("PROFILE")) q.profile = true;
    q.parts.push_back(ParseSingleQuery());
    while (AcceptWord("UNION")) {
      q.union_all.push_back(AcceptWord("ALL"));
      q.parts.push_back(ParseSingleQuery());
    }
    Accept(";");
    if (Peek().kind != TokenKind::kEnd) Fail("a clause or the end of the query");
    return q;
  }

 private:
  // --- token helpers -------------------------------------------------------
  const Token& Peek(size_t ahead = 0) const { return toks_[std::min(i_ + ahead, toks_.size() - 1)]; }
  const Token& Next() { return toks_[std::min(i_++, toks_.size() - 1)]; }
  bool IsSym(std::string_view s, size_t ahead = 0) const {
    return Peek(ahead).kind == TokenKind::kSymbol && Peek(ahead).text == s;
  }
  bool IsWord(std::string_view w, size_t ahead = 0) const {
    return Peek(ahead).kind == TokenKind::kName && IEquals(Peek(ahead).text, w);
  }
  bool Accept(std::string_view sym) {
    if (!IsSym(sym)) return false;
    ++i_;
    return true;
  }
  bool AcceptWord(std::string_view w) {
    if (!IsWord(w)) return false;
    ++i_;
    return true;
  }
  void Expect(std::string_view sym) {
    if (!Accept(sym)) Fail("'" + std::string(sym) + "'");
  }
  void ExpectWord(std::string_view w) {
    if (!AcceptWord(w)) Fail(std::string(w));
  }
  [[noreturn]] void Fail(const std::string& expected) {
    const Token& t = Peek();
    std::string found = t.kind == TokenKind::kEnd ? "end of input" : "'" + std::string(src_.substr(t.pos.offset, t.end - t.pos.offset)) + "'";
    throw CompileError("SyntaxError", "UnexpectedSyntax",
                       "Invalid input " + found + " at line " + std::to_string(t.pos.line) + ":" +
                           std::to_string(t.pos.column) + ": expected " + expected,
                       t.pos.line, t.pos.column);
  }
  [[noreturn]] void FailAt(const Position& pos, const std::string& code, const std::string& message) {
    throw CompileError("SyntaxError", code,
                       "line " + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": " + message,
                       pos.line, pos.column);
  }
  // A name: identifier, keyword used as a name, or escaped name.
  bool IsName(size_t ahead = 0) const {
    return Peek(ahead).kind == TokenKind::kName || Peek(ahead).kind == TokenKind::kEscapedName;
  }
  std::string ExpectName(const char* what) {
    if (!IsName()) Fail(what);
    return Next().text;
  }
  // A variable name: a name that is not a reserved word.
  bool IsVariableName(size_t ahead = 0) const {
    return Peek(ahead).kind == TokenKind::kEscapedName ||
           (Peek(ahead).kind == TokenKind::kName && !IsReservedWord(Peek(ahead).text));
  }
  size_t PrevEnd() const { return i_ == 0 ? 0 : toks_[i_ - 1].end; }

  ExprPtr Make(ExprKind kind, const Position& pos) {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->pos = pos;
    return e;
  }
  ExprPtr Finish(ExprPtr e) {
    e->end = PrevEnd();
    return e;
  }

  // --- clauses -------------------------------------------------------------
  SingleQuery ParseSingleQuery() {
    SingleQuery q;
    for (;;) {
      if (Peek().kind == TokenKind::kEnd || IsWord("UNION") || IsSym(";") || IsSym("}")) break;
      q.clauses.push_back(ParseClause());
    }
    if (q.clauses.empty()) Fail("a clause");
    return q;
  }

  Clause ParseClause() {
    Clause c;
    c.pos = Peek().pos;
    if (AcceptWord("OPTIONAL")) {
      ExpectWord("MATCH");
      c.kind = Clause::Kind::kMatch;
      c.optional = true;
      ParseMatchBody(&c);
    } else if (AcceptWord("MATCH")) {
      c.kind = Clause::Kind::kMatch;
      ParseMatchBody(&c);
    } else if (AcceptWord("UNWIND")) {
      c.kind = Clause::Kind::kUnwind;
      c.expr = ParseExpr();
      ExpectWord("AS");
      c.alias = ExpectVariable();
    } else if (AcceptWord("WITH")) {
      c.kind = Clause::Kind::kWith;
      ParseProjection(&c.projection, true);
    } else if (AcceptWord("RETURN")) {
      c.kind = Clause::Kind::kReturn;
      ParseProjection(&c.projection, false);
    } else if (AcceptWord("CREATE")) {
      c.kind = Clause::Kind::kCreate;
      c.patterns = ParsePattern();
    } else if (AcceptWord("MERGE")) {
      c.kind = Clause::Kind::kMerge;
      c.patterns.push_back(ParsePatternPart());
      while (IsWord("ON")) {
        ++i_;
        bool create = AcceptWord("CREATE");
        if (!create) ExpectWord("MATCH");
        ExpectWord("SET");
        ParseSetItems(create ? &c.on_create : &c.on_match);
      }
    } else if (AcceptWord("SET")) {
      c.kind = Clause::Kind::kSet;
      ParseSetItems(&c.set_items);
    } else if (AcceptWord("REMOVE")) {
      c.kind = Clause::Kind::kRemove;
      do {
        RemoveItem item;
        Position pos = Peek().pos;
        std::string var = ExpectVariable();
        auto v = Finish(MakeVariable(var, pos));
        if (IsSym(":")) {
          item.kind = RemoveItem::Kind::kLabels;
          item.target = std::move(v);
          item.labels = ParseLabels();
        } else {
          item.kind = RemoveItem::Kind::kProperty;
          item.target = ParsePropertyChain(std::move(v));
        }
        c.remove_items.push_back(std::move(item));
      } while (Accept(","));
    } else if (IsWord("DETACH") || IsWord("DELETE")) {
      c.kind = Clause::Kind::kDelete;
      c.detach = AcceptWord("DETACH");
      ExpectWord("DELETE");
      do c.exprs.push_back(ParseExpr());
      while (Accept(","));
    } else if (AcceptWord("CALL")) {
      c.kind = Clause::Kind::kCall;
      ParseCall(&c);
    } else {
      Fail("a clause (MATCH, RETURN, WITH, CREATE, ...)");
    }
    return c;
  }

  void ParseMatchBody(Clause* c) {
    c->patterns = ParsePattern();
    if (AcceptWord("WHERE")) c->where = ParseExpr();
  }

  void ParseCall(Clause* c) {
    std::string name = ExpectName("a procedure name");
    while (Accept(".")) name += "." + ExpectName("a procedure name");
    c->procedure = name;
    if (Accept("(")) {
      if (!Accept(")")) {
        do c->exprs.push_back(ParseExpr());
        while (Accept(","));
        Expect(")");
      }
    } else {
      c->implicit_args = true;
    }
    if (AcceptWord("YIELD")) {
      if (Accept("*")) {
        c->yield_star = true;
      } else {
        do {
          std::string field = ExpectName("a procedure output name");
          std::string alias = field;
          if (AcceptWord("AS")) alias = ExpectVariable();
          c->yields.emplace_back(field, alias);
        } while (Accept(","));
        if (AcceptWord("WHERE")) c->where = ParseExpr();
      }
    }
  }

  ExprPtr MakeVariable(const std::string& name, const Position& pos) {
    auto e = Make(ExprKind::kVariable, pos);
    e->name = name;
    return e;
  }

  std::string ExpectVariable() {
    if (!IsVariableName()) Fail("a variable name");
    return Next().text;
  }

  ExprPtr ParsePropertyChain(ExprPtr base) {
    Position pos = base->pos;
    Expect(".");
    do {
      auto p = Make(ExprKind::kProperty, pos);
      p->name = ExpectName("a property key");
      p->args.push_back(std::move(base));
      base = Finish(std::move(p));
    } while (Accept("."));
    return base;
  }

  void ParseSetItems(std::vector<SetItem>* out) {
    do {
      SetItem item;
      Position pos = Peek().pos;
      if (Accept("(")) {  // SET (n).prop = ...
        auto inner = ParseExpr();
        Expect(")");
        item.kind = SetItem::Kind::kProperty;
        item.target = ParsePropertyChain(std::move(inner));
        Expect("=");
        item.value = ParseExpr();
        out->push_back(std::move(item));
        continue;
      }
      std::string var = ExpectVariable();
      auto v = Finish(MakeVariable(var, pos));
      if (IsSym(":")) {
        item.kind = SetItem::Kind::kLabels;
        item.target = std::move(v);
        item.labels = ParseLabels();
      } else if (IsSym(".")) {
        item.kind = SetItem::Kind::kProperty;
        item.target = ParsePropertyChain(std::move(v));
        Expect("=");
        item.value = ParseExpr();
      } else if (Accept("=")) {
        item.kind = SetItem::Kind::kReplaceMap;
        item.target = std::move(v);
        item.value = ParseExpr();
      } else if (Accept("+=")) {
        item.kind = SetItem::Kind::kMergeMap;
        item.target = std::move(v);
        item.value = ParseExpr();
      } else {
        Fail("'=', '+=', '.' or ':'");
      }
      out->push_back(std::move(item));
    } while (Accept(","));
  }

  void ParseProjection(Projection* p, bool is_with) {
    p->distinct = AcceptWord("DISTINCT");
    if (Accept("*")) {
      p->star = true;
      if (!Accept(",")) goto tail;
    }
    do {
      ProjectionItem item;
      size_t begin = Peek().pos.offset;
      item.expr = ParseExpr();
      if (AcceptWord("AS")) {
        item.alias = ExpectVariable();
        item.has_alias = true;
      } else {
        item.alias = std::string(src_.substr(begin, item.expr->end - begin));
      }
      p->items.push_back(std::move(item));
    } while (Accept(","));
  tail:
    if (IsWord("ORDER")) {
      ++i_;
      ExpectWord("BY");
      do {
        SortItem s;
        s.expr = ParseExpr();
        if (AcceptWord("DESC") || AcceptWord("DESCENDING")) s.descending = true;
        else if (!AcceptWord("ASC")) AcceptWord("ASCENDING");
        p->order.push_back(std::move(s));
      } while (Accept(","));
    }
    if (AcceptWord("SKIP")) p->skip = ParseExpr();
    if (AcceptWord("LIMIT")) p->limit = ParseExpr();
    if (is_with && AcceptWord("WHERE")) p->where = ParseExpr();
  }

  // --- patterns ------------------------------------------------------------
  std::vector<PatternPart> ParsePattern() {
    std::vector<PatternPart> parts;
    do parts.push_back(ParsePatternPart());
    while (Accept(","));
    return parts;
  }

  PatternPart ParsePatternPart() {
    PatternPart part;
    part.pos = Peek().pos;
    if (IsVariableName() && IsSym("=", 1)) {
      part.path_variable = Next().text;
      ++i_;
    }
    if ((IsWord("shortestPath") || IsWord("allShortestPaths")) && IsSym("(", 1)) {
      part.shortest = IsWord("shortestPath") ? PatternPart::Shortest::kShortest : PatternPart::Shortest::kAll;
      i_ += 2;
      ParsePatternElement(&part);
      Expect(")");
      return part;
    }
    ParsePatternElement(&part);
    return part;
  }

  void ParsePatternElement(PatternPart* part) {
    DepthGuard guard(this);
    // A parenthesized element: ((a)-->(b)).
    if (IsSym("(") && IsSym("(", 1)) {
      ++i_;
      ParsePatternElement(part);
      Expect(")");
      return;
    }
    part->nodes.push_back(ParseNodePattern());
    while (IsSym("-") || (IsSym("<") && IsSym("-", 1))) {
      part->rels.push_back(ParseRelPattern());
      part->nodes.push_back(ParseNodePattern());
    }
  }

  std::vector<std::string> ParseLabels() {
    std::vector<std::string> labels;
    while (Accept(":")) labels.push_back(ExpectName("a label name"));
    return labels;
  }

  ExprPtr ParsePatternProperties() {
    if (IsSym("{")) return ParseMapLiteral();
    if (Peek().kind == TokenKind::kParameter) return ParseAtom();
    return nullptr;
  }

  NodePattern ParseNodePattern() {
    NodePattern n;
    n.pos = Peek().pos;
    Expect("(");
    if (IsVariableName()) n.variable = Next().text;
    n.labels = ParseLabels();
    n.properties = ParsePatternProperties();
    Expect(")");
    return n;
  }

  RelPattern ParseRelPattern() {
    RelPattern r;
    r.pos = Peek().pos;
    bool left = false, right = false;
    if (Accept("<")) left = true;
    Expect("-");
    if (Accept("[")) {
      if (IsVariableName()) r.variable = Next().text;
      if (Accept(":")) {
        r.types.push_back(ExpectName("a relationship type"));
        while (Accept("|")) {
          Accept(":");
          r.types.push_back(ExpectName("a relationship type"));
        }
      }
      if (Accept("*")) {
        r.var_length = true;
        if (Peek().kind == TokenKind::kInteger) r.min_hops = ParseIntegerToken();
        if (Accept("..")) {
          if (Peek().kind == TokenKind::kInteger) r.max_hops = ParseIntegerToken();
        } else {
          r.max_hops = r.min_hops;
        }
      }
      r.properties = ParsePatternProperties();
      Expect("]");
    }
    Expect("-");
    if (Accept(">")) right = true;
    r.direction = left && right ? RelDirection::kBoth
                  : left        ? RelDirection::kLeft
                  : right       ? RelDirection::kRight
                                : RelDirection::kBoth;
    return r;
  }

  int64_t ParseIntegerToken() {
    const Token& t = Next();
    return IntegerValue(t, false);
  }

  // The value of an integer literal token; `negative` when a unary minus
  // precedes it (so -9223372036854775808 is representable).
  int64_t IntegerValue(const Token& t, bool negative) {
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

  // --- expressions ---------------------------------------------------------
 public:
  ExprPtr ParseExpr() {
    DepthGuard guard(this);
    return ParseOr();
  }

 private:
  ExprPtr Binary(Op op, ExprPtr l, ExprPtr r) {
    auto e = Make(ExprKind::kBinary, l->pos);
    e->op = op;
    e->args.push_back(std::move(l));
    e->args.push_back(std::move(r));
    return Finish(std::move(e));
  }

  ExprPtr ParseOr() {
    auto l = ParseXor();
    while (AcceptWord("OR")) l = Binary(Op::kOr, std::move(l), ParseXor());
    return l;
  }
  ExprPtr ParseXor() {
    auto l = ParseAnd();
    while (AcceptWord("XOR")) l = Binary(Op::kXor, std::move(l), ParseAnd());
    return l;
  }
  ExprPtr ParseAnd() {
    auto l = ParseNot();
    while (AcceptWord("AND")) l = Binary(Op::kAnd, std::move(l), ParseNot());
    return l;
  }
  ExprPtr ParseNot() {
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

  std::optional<Op> PeekComparisonOp() {
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

  ExprPtr ParseComparison() {
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

  ExprPtr ParseStringListNull() {
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

  ExprPtr ParseAddSub() {
    auto l = ParseMulDiv();
    for (;;) {
      if (Accept("+")) l = Binary(Op::kAdd, std::move(l), ParseMulDiv());
      else if (Accept("-")) l = Binary(Op::kSub, std::move(l), ParseMulDiv());
      else return l;
    }
  }
  ExprPtr ParseMulDiv() {
    auto l = ParsePower();
    for (;;) {
      if (Accept("*")) l = Binary(Op::kMul, std::move(l), ParsePower());
      else if (Accept("/")) l = Binary(Op::kDiv, std::move(l), ParsePower());
      else if (Accept("%")) l = Binary(Op::kMod, std::move(l), ParsePower());
      else return l;
    }
  }
  ExprPtr ParsePower() {
    auto l = ParseUnary();
    while (Accept("^")) l = Binary(Op::kPow, std::move(l), ParseUnary());
    return l;
  }
  ExprPtr ParseUnary() {
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

  ExprPtr ParsePostfix(ExprPtr e) {
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

  ExprPtr ParseMapLiteral() {
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

  // Tries `fn`; on a syntax error restores the position and returns null.
  template <typename Fn>
  auto Attempt(Fn fn) -> decltype(fn()) {
    size_t saved = i_;
    try {
      return fn();
    } catch (const QueryError&) {
      i_ = saved;
      return nullptr;
    }
  }

  std::shared_ptr<PatternPart> TryRelationshipPattern() {
    return Attempt([&]() -> std::shared_ptr<PatternPart> {
      PatternPart part;
      part.pos = Peek().pos;
      if (IsVariableName() && IsSym("=", 1)) {
        part.path_variable = Next().text;
        ++i_;
      }
      ParsePatternElement(&part);
      if (part.rels.empty()) throw CompileError("SyntaxError", "UnexpectedSyntax", "not a relationship pattern");
      return std::make_shared<PatternPart>(std::move(part));
    });
  }

  ExprPtr ParseAtom() {
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

  ExprPtr ParseListOrComprehension() {
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

  ExprPtr ParseNameAtom() {
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
      if (IEquals(t.text, "EXISTS") && IsSym("{", 1)) {
        i_ += 2;
        auto e = Make(ExprKind::kExists, pos);
        auto q = std::make_shared<SingleQuery>();
        if (IsWord("MATCH") || IsWord("OPTIONAL") || IsWord("WITH") || IsWord("UNWIND") || IsWord("CALL") ||
            IsWord("RETURN")) {
          *q = ParseSingleQuery();
        } else {
          Clause c;
          c.kind = Clause::Kind::kMatch;
          c.pos = Peek().pos;
          ParseMatchBody(&c);
          q->clauses.push_back(std::move(c));
        }
        Expect("}");
        e->subquery = std::move(q);
        return Finish(std::move(e));
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

  ExprPtr ParseMapProjection(ExprPtr base) {
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

  ExprPtr ParseCase() {
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

  // Bounds the recursion of nested expressions (so a hostile query cannot
  // exhaust the stack).
  struct DepthGuard {
    static constexpr int kMaxDepth = 1000;
    explicit DepthGuard(Parser* p) : parser(p) {
      if (parser->depth_ >= kMaxDepth) parser->Fail("an expression nested less than 1000 levels deep");
      ++parser->depth_;
    }
    ~DepthGuard() { --parser->depth_; }
    Parser* parser;
  };

  std::string_view src_;
  std::vector<Token> toks_;
  size_t i_ = 0;
  int depth_ = 0;
};

}  // namespace

Query Parse(std::string_view source) { return Parser(source).ParseQuery(); }

}  // namespace cg::query::parser
