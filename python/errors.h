// Raising the package's exceptions (cartelgraph/errors.py) from C++: the
// classes are registered once by the package (_core._register).
#pragma once

#include <pybind11/pybind11.h>

#include "query/error.h"
#include "schema/status.h"

namespace cg::python {

namespace py = pybind11;

void RegisterErrors(const py::dict& classes);

// QuerySyntaxError for syntax errors, QuerySemanticError for the other
// compile-time errors, QueryRuntimeError for the rest; each carries the
// message, kind, code, line and column.
[[noreturn]] void RaiseQueryError(const query::QueryError& error);
// DatabaseLocked for Busy, ValueError for InvalidArgument, else
// CartelgraphError; the message is the Status's.
[[noreturn]] void RaiseStatus(const Status& status);

}  // namespace cg::python
