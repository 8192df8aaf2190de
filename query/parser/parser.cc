// Parser::Parse: a query and its clauses (the pattern and expression
// rules are in pattern_parser.cc and expression_parser.cc).
#include "query/parser/parser.h"

#include <algorithm>

#include "query/error.h"
#include "query/parser/cypher_parser.h"

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

bool IEquals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

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

Query Parser::ParseQuery() {
  bool explain = AcceptWord("EXPLAIN");
  bool profile = !explain && AcceptWord("PROFILE");
  Query q;
  if (IsSchemaCommand()) {
    q.schema = ParseSchemaCommand();
  } else {
    q = ParseUnion();
  }
  q.explain = explain;
  q.profile = profile;
  Accept(";");
  if (Peek().kind != TokenKind::kEnd) Fail("a clause or the end of the query");
  return q;
}

Query Parser::ParseUnion() {
  Query q;
  q.parts.push_back(ParseSingleQuery());
  while (AcceptWord("UNION")) {
    q.union_all.push_back(AcceptWord("ALL"));
    q.parts.push_back(ParseSingleQuery());
  }
  return q;
}

// --- clauses -------------------------------------------------------------
SingleQuery Parser::ParseSingleQuery() {
  SingleQuery q;
  for (;;) {
    if (Peek().kind == TokenKind::kEnd || IsWord("UNION") || IsSym(";") || IsSym("}")) break;
    q.clauses.push_back(ParseClause());
  }
  if (q.clauses.empty()) Fail("a clause");
  return q;
}

Clause Parser::ParseClause() {
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
    c.kind = IsSym("{") || IsSym("(") ? Clause::Kind::kSubquery : Clause::Kind::kCall;
    if (c.kind == Clause::Kind::kSubquery) ParseSubqueryCall(&c);
    else ParseCall(&c);
  } else if (AcceptWord("SHOW")) {
    ParseShow(&c);
  } else {
    Fail("a clause (MATCH, RETURN, WITH, CREATE, ...)");
  }
  return c;
}

void Parser::ParseMatchBody(Clause* c) {
  c->patterns = ParsePattern();
  if (AcceptWord("WHERE")) c->where = ParseExpr();
}

void Parser::ParseCall(Clause* c) {
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
  if (AcceptWord("YIELD")) ParseYield(c);
}

void Parser::ParseYield(Clause* c) {
  if (Accept("*")) {
    c->yield_star = true;
    return;
  }
  do {
    std::string field = ExpectName("a procedure output name");
    std::string alias = field;
    if (AcceptWord("AS")) alias = ExpectVariable();
    c->yields.emplace_back(field, alias);
  } while (Accept(","));
  if (AcceptWord("WHERE")) c->where = ParseExpr();
}

// CALL [(x, y) | (*) | ()] { query [UNION query] }
void Parser::ParseSubqueryCall(Clause* c) {
  if (Accept("(")) {
    c->scoped = true;
    if (Accept("*")) {
      c->yield_star = true;
    } else if (!IsSym(")")) {
      do {
        Position pos = Peek().pos;
        c->exprs.push_back(Finish(MakeVariable(ExpectVariable(), pos)));
      } while (Accept(","));
    }
    Expect(")");
  }
  Expect("{");
  c->body = std::make_shared<Query>(ParseUnion());
  Expect("}");
  if (IsWord("IN") && IsWord("TRANSACTIONS", 1)) {
    FailAt(Peek().pos, "UnsupportedSyntax",
           "CALL { ... } IN TRANSACTIONS is not supported: a query is one transaction");
  }
}

ExprPtr Parser::MakeVariable(const std::string& name, const Position& pos) {
  auto e = Make(ExprKind::kVariable, pos);
  e->name = name;
  return e;
}

std::string Parser::ExpectVariable() {
  if (!IsVariableName()) Fail("a variable name");
  return Next().text;
}

ExprPtr Parser::ParsePropertyChain(ExprPtr base) {
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

void Parser::ParseSetItems(std::vector<SetItem>* out) {
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

void Parser::ParseProjection(Projection* p, bool is_with) {
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

Query Parse(std::string_view source) { return Parser(source).ParseQuery(); }

}  // namespace cg::query::parser
