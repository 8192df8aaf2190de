// Parser rules for SHOW (the listing commands) and the index and
// constraint commands.
//
//   SHOW [ALL] PROCEDURE[S] | FUNCTION[S] | INDEX[ES] | CONSTRAINT[S]
//        [YIELD * | YIELD field [AS alias], ... [WHERE predicate] | WHERE predicate]
//
// A SHOW is a CALL of the procedure that lists what it names, yielding
// every output unless YIELD picks some; RETURN and the other clauses may
// follow, as after a CALL.
//
//   CREATE [RANGE] INDEX [name] [IF NOT EXISTS] FOR (v:Label) ON (v.key)
//   CREATE INDEX ON :Label(key)                                   (Neo4j 3's form)
//   CREATE CONSTRAINT [name] [IF NOT EXISTS] FOR (v:Label) REQUIRE v.key IS UNIQUE
//   CREATE CONSTRAINT ON (v:Label) ASSERT v.key IS UNIQUE         (Neo4j 4's form)
//   DROP INDEX name [IF EXISTS]
//   DROP CONSTRAINT name [IF EXISTS]
//
// One label and one key: composite indexes, relationship indexes and other
// constraint kinds are refused with a message that says so.
#include "query/parser/cypher_parser.h"

namespace cg::query::parser {

namespace {

struct Listing {
  std::string_view singular, plural, procedure;
};

constexpr Listing kListings[] = {
    {"PROCEDURE", "PROCEDURES", "dbms.procedures"},
    {"FUNCTION", "FUNCTIONS", "dbms.functions"},
    {"INDEX", "INDEXES", "db.indexes"},
    {"CONSTRAINT", "CONSTRAINTS", "db.constraints"},
};

}  // namespace

void Parser::ParseShow(Clause* c) {
  c->kind = Clause::Kind::kCall;
  AcceptWord("ALL");
  for (const Listing& l : kListings) {
    if (AcceptWord(l.plural) || AcceptWord(l.singular)) {
      c->procedure = std::string(l.procedure);
      c->show = std::string(l.plural);
      break;
    }
  }
  if (c->show.empty()) Fail("PROCEDURES, FUNCTIONS, INDEXES or CONSTRAINTS");
  if (AcceptWord("YIELD")) {
    ParseYield(c);
    return;
  }
  c->yield_star = true;
  if (AcceptWord("WHERE")) c->where = ParseExpr();
}

bool Parser::IsSchemaCommand() const {
  if (IsWord("DROP")) return IsWord("INDEX", 1) || IsWord("CONSTRAINT", 1);
  return IsWord("CREATE") &&
         (IsWord("INDEX", 1) || IsWord("CONSTRAINT", 1) || (IsWord("RANGE", 1) && IsWord("INDEX", 2)));
}

SchemaCommand Parser::ParseSchemaCommand() {
  SchemaCommand command;
  command.pos = Peek().pos;
  if (AcceptWord("DROP")) {
    const bool index = AcceptWord("INDEX");
    if (!index) ExpectWord("CONSTRAINT");
    command.kind = index ? SchemaCommand::Kind::kDropIndex : SchemaCommand::Kind::kDropConstraint;
    command.name = ExpectName(index ? "an index name" : "a constraint name");
    if (AcceptWord("IF")) {
      ExpectWord("EXISTS");
      command.if_exists = true;
    }
    return command;
  }
  ExpectWord("CREATE");
  AcceptWord("RANGE");
  const bool index = AcceptWord("INDEX");
  if (!index) ExpectWord("CONSTRAINT");
  command.kind = index ? SchemaCommand::Kind::kCreateIndex : SchemaCommand::Kind::kCreateConstraint;
  if (index && IsWord("ON") && IsSym(":", 1)) {  // CREATE INDEX ON :Label(key)
    i_ += 2;
    command.label = ExpectName("a label");
    Expect("(");
    command.key = ExpectName("a property key");
    if (IsSym(",")) FailAt(Peek().pos, "UnsupportedSyntax", "composite indexes (on more than one key) are not supported");
    Expect(")");
    return command;
  }
  if (!IsWord("FOR") && !IsWord("ON") && !(IsWord("IF") && IsWord("NOT", 1))) {
    command.name = ExpectName(index ? "an index name, IF NOT EXISTS or FOR" : "a constraint name, IF NOT EXISTS or FOR");
  }
  if (AcceptWord("IF")) {
    ExpectWord("NOT");
    ExpectWord("EXISTS");
    command.if_not_exists = true;
  }
  const std::string variable = ParseSchemaNode(&command);
  if (index) {
    ExpectWord("ON");
    Expect("(");
    ParseSchemaProperty(variable, &command);
    if (IsSym(",")) FailAt(Peek().pos, "UnsupportedSyntax", "composite indexes (on more than one key) are not supported");
    Expect(")");
    return command;
  }
  if (!AcceptWord("REQUIRE")) ExpectWord("ASSERT");
  const bool parenthesized = Accept("(");
  ParseSchemaProperty(variable, &command);
  if (parenthesized) {
    if (IsSym(",")) FailAt(Peek().pos, "UnsupportedSyntax", "composite constraints (on more than one key) are not supported");
    Expect(")");
  }
  ExpectWord("IS");
  if (!IsWord("UNIQUE")) {
    FailAt(Peek().pos, "UnsupportedSyntax", "only uniqueness constraints (IS UNIQUE) are supported");
  }
  ExpectWord("UNIQUE");
  return command;
}

std::string Parser::ParseSchemaNode(SchemaCommand* command) {
  if (!AcceptWord("FOR")) ExpectWord("ON");
  if (IsSym("(") && IsSym(")", 1)) {
    FailAt(Peek().pos, "UnsupportedSyntax", "only node indexes and constraints, FOR (v:Label), are supported");
  }
  Expect("(");
  std::string variable = ExpectVariable();
  Expect(":");
  command->label = ExpectName("a label");
  if (IsSym(":") || IsSym("|") || IsSym("&")) {
    FailAt(Peek().pos, "UnsupportedSyntax", "an index or constraint is on one label");
  }
  Expect(")");
  if (IsSym("-") || IsSym("<")) {
    FailAt(Peek().pos, "UnsupportedSyntax", "only node indexes and constraints are supported, not relationship ones");
  }
  return variable;
}

void Parser::ParseSchemaProperty(const std::string& variable, SchemaCommand* command) {
  const Position pos = Peek().pos;
  const std::string v = ExpectVariable();
  if (v != variable) {
    throw CompileError("SyntaxError", "UndefinedVariable",
                       "line " + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": variable `" + v +
                           "` is not the node's (`" + variable + "`)",
                       pos.line, pos.column);
  }
  Expect(".");
  command->key = ExpectName("a property key");
}

}  // namespace cg::query::parser
