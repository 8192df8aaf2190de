#include "query/parser/literal.h"

#include <cstdint>
#include <limits>
#include <utility>

#include "query/error.h"
#include "query/parser/cypher_parser.h"

namespace cg::query::parser {

std::optional<Value> LiteralValue(const ast::Expr& e) {
  switch (e.kind) {
    case ExprKind::kLiteral:
      return e.literal;
    case ExprKind::kUnary: {
      if (e.op != Op::kNeg && e.op != Op::kPlus) return std::nullopt;
      std::optional<Value> v = LiteralValue(*e.args[0]);
      if (!v || !v->is_number()) return std::nullopt;
      if (e.op == Op::kPlus) return v;
      if (v->is_float()) return Value(-v->as_float());
      if (v->as_int() == std::numeric_limits<int64_t>::min()) return std::nullopt;
      return Value(-v->as_int());
    }
    case ExprKind::kList: {
      List out;
      out.reserve(e.args.size());
      for (const ExprPtr& arg : e.args) {
        std::optional<Value> v = LiteralValue(*arg);
        if (!v) return std::nullopt;
        out.push_back(std::move(*v));
      }
      return Value(std::move(out));
    }
    case ExprKind::kMap: {
      Map out;
      for (size_t i = 0; i < e.args.size(); ++i) {
        std::optional<Value> v = LiteralValue(*e.args[i]);
        if (!v) return std::nullopt;
        out[e.keys[i]] = std::move(*v);
      }
      return Value(std::move(out));
    }
    default:
      return std::nullopt;
  }
}

std::optional<Value> ParseLiteral(std::string_view text) {
  try {
    ExprPtr e = Parser(text).ParseWholeExpr();
    return LiteralValue(*e);
  } catch (const QueryError&) {
    return std::nullopt;
  }
}

}  // namespace cg::query::parser
