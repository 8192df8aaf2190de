// Parser: the recursive-descent parser behind parser::Parse (parser.h),
// internal to query/parser. Its rules are spread over three files by what
// they parse: parser.cc (a query and its clauses), schema_parser.cc (SHOW
// and the index and constraint commands), pattern_parser.cc (node and
// relationship patterns) and expression_parser.cc (expressions, by
// precedence, down to atoms). Each rule consumes the tokens of what it
// parses and throws a SyntaxError naming line:column on anything else.
#pragma once

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "query/error.h"
#include "query/parser/ast.h"
#include "query/parser/lexer.h"

namespace cg::query::parser {

// ASCII case-insensitive equality (keywords).
bool IEquals(std::string_view a, std::string_view b);
// Words that cannot start an expression atom as a variable name.
bool IsReservedWord(std::string_view w);

// The header is internal to the parser, whose rules speak the AST's names.
using namespace ast;

class Parser {
 public:

  explicit Parser(std::string_view src) : src_(src), toks_(Tokenize(src)) {}

  Query ParseQuery();
  ExprPtr ParseExpr();
  // One expression that is the whole source.
  ExprPtr ParseWholeExpr();

 private:
  // --- tokens ----------------------------------------------------------------
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

  // --- clauses (parser.cc) -------------------------------------------------
  // One query part, or several joined by UNION [ALL].
  Query ParseUnion();
  SingleQuery ParseSingleQuery();
  Clause ParseClause();
  void ParseMatchBody(Clause* c);
  void ParseCall(Clause* c);
  void ParseSubqueryCall(Clause* c);
  // After YIELD: `*`, or fields with aliases and an optional WHERE.
  void ParseYield(Clause* c);
  ExprPtr MakeVariable(const std::string& name, const Position& pos);
  std::string ExpectVariable();
  ExprPtr ParsePropertyChain(ExprPtr base);
  void ParseSetItems(std::vector<SetItem>* out);
  void ParseProjection(Projection* p, bool is_with);

  // --- schema commands (schema_parser.cc) ----------------------------------
  // After SHOW: what to list, then YIELD or WHERE.
  void ParseShow(Clause* c);
  // Whether the query is CREATE/DROP INDEX/CONSTRAINT.
  bool IsSchemaCommand() const;
  SchemaCommand ParseSchemaCommand();
  // FOR (v:Label) or the older ON (v:Label); sets label, returns v.
  std::string ParseSchemaNode(SchemaCommand* command);
  // v.key or (v.key), with v the node's variable; sets key.
  void ParseSchemaProperty(const std::string& variable, SchemaCommand* command);

  // --- patterns (pattern_parser.cc) ----------------------------------------
  std::vector<PatternPart> ParsePattern();
  PatternPart ParsePatternPart();
  void ParsePatternElement(PatternPart* part);
  std::vector<std::string> ParseLabels();
  ExprPtr ParsePatternProperties();
  NodePattern ParseNodePattern();
  RelPattern ParseRelPattern();
  std::shared_ptr<PatternPart> TryRelationshipPattern();

  // --- expressions (expression_parser.cc) ----------------------------------
  int64_t ParseIntegerToken();
  // The value of an integer literal token; `negative` when a unary minus
  // precedes it (so -9223372036854775808 is representable).
  int64_t IntegerValue(const Token& t, bool negative);
  ExprPtr Binary(Op op, ExprPtr l, ExprPtr r);
  ExprPtr ParseOr();
  ExprPtr ParseXor();
  ExprPtr ParseAnd();
  ExprPtr ParseNot();
  std::optional<Op> PeekComparisonOp();
  ExprPtr ParseComparison();
  ExprPtr ParseStringListNull();
  ExprPtr ParseAddSub();
  ExprPtr ParseMulDiv();
  ExprPtr ParsePower();
  ExprPtr ParseUnary();
  ExprPtr ParsePostfix(ExprPtr e);
  ExprPtr ParseMapLiteral();
  ExprPtr ParseAtom();
  ExprPtr ParseListOrComprehension();
  ExprPtr ParseNameAtom();
  ExprPtr ParseMapProjection(ExprPtr base);
  ExprPtr ParseCase();
  // EXISTS / COUNT / COLLECT { a pattern [WHERE ...] or a query }, after
  // the keyword.
  ExprPtr ParseSubqueryExpr(ExprKind kind, const Position& pos);

  // Tries `fn`; on a syntax error restores the position and returns null.
  // Going past the nesting depth is not backtracked: it fails the query
  // (retrying shallower alternatives there cost 2^depth; found by query_fuzz).
  template <typename Fn>
  auto Attempt(Fn fn) -> decltype(fn()) {
    size_t saved = i_;
    const int depth_failures = depth_failures_;
    try {
      return fn();
    } catch (const QueryError&) {
      if (depth_failures_ != depth_failures) throw;
      i_ = saved;
      return nullptr;
    }
  }

  // Bounds the recursion of nested expressions (so a hostile query cannot
  // exhaust the stack).
  // The bound also holds the evaluator's recursion within the stack of a
  // sanitizer build (whose frames are several times larger).
  struct DepthGuard {
    static constexpr int kMaxDepth = 500;
    explicit DepthGuard(Parser* p) : parser(p) {
      if (parser->depth_ >= kMaxDepth) parser->FailTooDeep();
      ++parser->depth_;
    }
    ~DepthGuard() { --parser->depth_; }
    Parser* parser;
  };

  [[noreturn]] void FailTooDeep() {
    ++depth_failures_;
    Fail("an expression nested less deeply (the parser recurses at most 500 levels; a bracket takes three)");
  }

  std::string_view src_;
  std::vector<Token> toks_;
  size_t i_ = 0;
  int depth_ = 0;
  int depth_failures_ = 0;
  // Token positions where TryRelationshipPattern failed: tried again
  // there, it fails again. Without this, nested
  // brackets, each tried as a pattern and then as an expression, cost 2^depth
  // (a 287-byte query took 30 s; found by query_fuzz).
  std::unordered_set<size_t> not_patterns_;
};

}  // namespace cg::query::parser
