// The pattern rules of Parser (cypher_parser.h).
#include "query/parser/cypher_parser.h"

namespace cg::query::parser {

// --- patterns ------------------------------------------------------------
std::vector<PatternPart> Parser::ParsePattern() {
  std::vector<PatternPart> parts;
  do parts.push_back(ParsePatternPart());
  while (Accept(","));
  return parts;
}

PatternPart Parser::ParsePatternPart() {
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
    // (Without a relationship the planner read one that was not there: found by query_fuzz.)
    if (part.rels.size() != 1) {
      FailAt(part.pos, "UnexpectedSyntax",
             std::string(part.shortest == PatternPart::Shortest::kAll ? "allShortestPaths" : "shortestPath") +
                 "(...) requires a pattern containing a single relationship");
    }
    return part;
  }
  ParsePatternElement(&part);
  return part;
}

void Parser::ParsePatternElement(PatternPart* part) {
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

std::vector<std::string> Parser::ParseLabels() {
  std::vector<std::string> labels;
  while (Accept(":")) labels.push_back(ExpectName("a label name"));
  return labels;
}

ExprPtr Parser::ParsePatternProperties() {
  if (IsSym("{")) return ParseMapLiteral();
  if (Peek().kind == TokenKind::kParameter) return ParseAtom();
  return nullptr;
}

NodePattern Parser::ParseNodePattern() {
  NodePattern n;
  n.pos = Peek().pos;
  Expect("(");
  if (IsVariableName()) n.variable = Next().text;
  n.labels = ParseLabels();
  n.properties = ParsePatternProperties();
  Expect(")");
  return n;
}

RelPattern Parser::ParseRelPattern() {
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
    // A negative bound, or bounds without '*', are InvalidRelationshipPattern.
    auto no_negative_bound = [&] {
      if (IsSym("-") && Peek(1).kind == TokenKind::kInteger) {
        FailAt(Peek().pos, "InvalidRelationshipPattern", "a variable-length relationship cannot have a negative bound");
      }
    };
    if (Accept("*")) {
      r.var_length = true;
      no_negative_bound();
      if (Peek().kind == TokenKind::kInteger) r.min_hops = ParseIntegerToken();
      if (Accept("..")) {
        no_negative_bound();
        if (Peek().kind == TokenKind::kInteger) r.max_hops = ParseIntegerToken();
      } else {
        r.max_hops = r.min_hops;
      }
    } else if (Peek().kind == TokenKind::kInteger || IsSym("..")) {
      FailAt(Peek().pos, "InvalidRelationshipPattern", "the length of a variable-length relationship follows a '*'");
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

std::shared_ptr<PatternPart> Parser::TryRelationshipPattern() {
  const size_t start = i_;
  if (not_patterns_.count(start)) return nullptr;
  auto found = Attempt([&]() -> std::shared_ptr<PatternPart> {
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
  if (!found) not_patterns_.insert(start);
  return found;
}

}  // namespace cg::query::parser
