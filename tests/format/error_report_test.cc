#include <doctest/doctest.h>

#include "format/error_report.h"

using cg::query::CompileError;
using cg::query::RuntimeError;
using cg::format::ErrorReport;

TEST_CASE("error report: the statement with a caret under the column") {
  std::string report = ErrorReport(CompileError("SyntaxError", "UnexpectedSyntax", "Invalid input", 1, 11),
                                    "MATCH (n) RETRUN n");
  CHECK(report ==
        "SyntaxError (UnexpectedSyntax): Invalid input\n"
        "  MATCH (n) RETRUN n\n"
        "            ^\n");
}

TEST_CASE("error report: columns are bytes / the caret counts display cells / later lines are not shown") {
  // 'á' is two bytes and one cell; '毒' three bytes and two cells.
  std::string statement = "MATCH (n)\nWHERE n.name = 'á毒' AND x\nRETURN n";
  std::string report = ErrorReport(CompileError("SemanticError", "UndefinedVariable", "x not defined", 2, 28), statement);
  CHECK(report ==
        "SemanticError (UndefinedVariable): x not defined\n"
        "  MATCH (n)\n"
        "  WHERE n.name = 'á毒' AND x\n"
        "  " + std::string(25, ' ') + "^\n");
}

TEST_CASE("error report: no position / no caret / a position past the text shows none either") {
  CHECK(ErrorReport(RuntimeError("ClientError", "Cancelled", "the query was cancelled"), "RETURN 1") ==
        "ClientError (Cancelled): the query was cancelled\n  RETURN 1\n");
  CHECK(ErrorReport(CompileError("SyntaxError", "", "bad", 5, 1), "RETURN 1") == "SyntaxError: bad\n  RETURN 1\n");
}

TEST_CASE("warning report: the code's last part, the message, the statement with a caret under the name") {
  cg::query::Notification warning;
  warning.code = "Neo.ClientNotification.Statement.UnknownLabelWarning";
  warning.message = "no label Persn in the database; did you mean Person?";
  warning.line = 2;
  warning.column = 9;
  CHECK(cg::format::WarningReport(warning, "MATCH (a)\nMATCH (p:Persn) RETURN p") ==
        "warning (UnknownLabelWarning): no label Persn in the database; did you mean Person?\n"
        "  MATCH (a)\n"
        "  MATCH (p:Persn) RETURN p\n"
        "          ^\n");
}
