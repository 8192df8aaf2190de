// QueryError: why a query failed, in openCypher terms. Every stage reports
// failures as a QueryError; inside the query layer it is thrown, and
// QueryEngine::Execute returns it (it never escapes the engine).
#pragma once

#include <stdexcept>
#include <string>

namespace cg::query {

enum class Phase { kCompile, kRuntime };

struct QueryError : std::runtime_error {
  // kind: the openCypher error type (SyntaxError, SemanticError, TypeError,
  // ArgumentError, EntityNotFound, ConstraintVerificationFailed,
  // ParameterMissing, ...); code: the TCK detail code (UndefinedVariable, ...).
  QueryError(Phase phase, std::string kind, std::string code, std::string message, int line = 0, int column = 0)
      : std::runtime_error(message),
        phase(phase),
        kind(std::move(kind)),
        code(std::move(code)),
        line(line),
        column(column) {}

  Phase phase;
  std::string kind;
  std::string code;
  int line;    // 1-based source position, 0 when unknown
  int column;
};

// Shorthands for the two most common families.
inline QueryError CompileError(std::string kind, std::string code, std::string message, int line = 0,
                               int column = 0) {
  return QueryError(Phase::kCompile, std::move(kind), std::move(code), std::move(message), line, column);
}
inline QueryError RuntimeError(std::string kind, std::string code, std::string message) {
  return QueryError(Phase::kRuntime, std::move(kind), std::move(code), std::move(message));
}

}  // namespace cg::query
