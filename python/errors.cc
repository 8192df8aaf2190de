#include "python/errors.h"

namespace cg::python {
namespace {

struct Classes {
  py::object base, locked, syntax, semantic, runtime;
};
Classes* classes = nullptr;  // never destroyed (see convert.cc)

const Classes& Get() {
  if (!classes) throw std::runtime_error("cartelgraph._core used before the package registered its errors");
  return *classes;
}

[[noreturn]] void Raise(const py::object& type, const py::object& instance) {
  PyErr_SetObject(type.ptr(), instance.ptr());
  throw py::error_already_set();
}

}  // namespace

void RegisterErrors(const py::dict& registered) {
  if (!classes) classes = new Classes;
  classes->base = registered["CartelgraphError"];
  classes->locked = registered["DatabaseLocked"];
  classes->syntax = registered["QuerySyntaxError"];
  classes->semantic = registered["QuerySemanticError"];
  classes->runtime = registered["QueryRuntimeError"];
}

void RaiseQueryError(const query::QueryError& error) {
  const Classes& c = Get();
  const py::object& type = error.kind == "SyntaxError"              ? c.syntax
                           : error.phase == query::Phase::kCompile ? c.semantic
                                                                    : c.runtime;
  using py::literals::operator""_a;
  Raise(type, type(error.what(), "kind"_a = error.kind, "code"_a = error.code, "line"_a = error.line,
                   "column"_a = error.column));
}

void RaiseStatus(const Status& status) {
  if (status.code() == Status::Code::kInvalidArgument) throw py::value_error(status.message());
  const Classes& c = Get();
  const py::object& type = status.code() == Status::Code::kBusy ? c.locked : c.base;
  Raise(type, type(status.message()));
}

}  // namespace cg::python
