// ErrorReport: a failed statement explained to a person; WarningReport: a
// warning about a statement that ran (query/notifications.h), the same way.
//
//   SyntaxError (UnexpectedSyntax): Invalid input 'RETRUN' at line 1:11: ...
//     MATCH (n) RETRUN n
//               ^
//
//   warning (UnknownRelationshipTypeWarning): no relationship type LEADZ in the database; did you mean LEADS?
//     MATCH (p)-[:LEADZ]->(o) RETURN o
//                 ^
//
// The statement is shown indented; when the error has a position, up to
// the line it names, with a caret under the column (counted in display
// cells, so accents and wide characters before it do not shift it).
#pragma once

#include <string>
#include <string_view>

#include "query/error.h"
#include "query/notifications.h"

namespace cg::format {

// The report, ending with a newline. `statement` is the text the engine ran.
std::string ErrorReport(const query::QueryError& error, std::string_view statement);
// "warning (" the last part of the code "): " the message, then the
// statement as ErrorReport shows it.
std::string WarningReport(const query::Notification& warning, std::string_view statement);

}  // namespace cg::format
