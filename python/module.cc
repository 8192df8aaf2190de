// cartelgraph._core: the extension under the `cartelgraph` package. Only
// the package calls it (cartelgraph/__init__.py); its docstrings are for
// whoever reads the package's code. See database.h and cursor.h.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "python/convert.h"
#include "python/database.h"
#include "python/errors.h"

namespace py = pybind11;
using cg::python::Cursor;
using cg::python::Database;
using cg::python::QuerySettings;

PYBIND11_MODULE(_core, m) {
  m.doc() = "cartelgraph's C++ core; use the cartelgraph package, not this module.";

  m.def(
      "_register",
      [](const py::dict& classes) {
        cg::python::RegisterTypes(classes["Node"], classes["Relationship"], classes["Path"], classes["PartialDate"],
                                  classes["Duration"]);
        cg::python::RegisterErrors(classes);
      },
      "Registers the package's value and error classes (once, at import).");

  py::class_<Cursor>(m, "Cursor", "One query's rows, pulled from the engine batch by batch.")
      .def_property_readonly("columns", &Cursor::columns)
      .def_property_readonly("closed", &Cursor::closed)
      .def("fetchmany", &Cursor::FetchMany, "The next batch of rows as tuples; [] at the end.")
      .def("fetch_columns", &Cursor::FetchColumns,
           "Every remaining row, column by column: (kind, data, nulls) per column.")
      .def("stats", &Cursor::Stats, "What the query changed.")
      .def("notifications", &Cursor::Notifications,
           "The query's warnings: dicts of code, title, message, severity, line, column, offset.")
      .def("close", &Cursor::Close);

  py::class_<Database>(m, "Database", "An open database.")
      .def(py::init<const std::string&, bool>(), py::arg("path"), py::arg("read_only") = false)
      .def_property_readonly("path", &Database::path)
      .def_property_readonly("read_only", &Database::read_only)
      .def_property_readonly("closed", &Database::closed)
      .def("close", &Database::Close)
      .def(
          "query",
          [](Database& db, const std::string& text, const py::dict& params, bool interruptible, double timeout,
             size_t memory_limit, const std::optional<std::string>& as_of, bool show_rejected) {
            return db.Query(text, params,
                            QuerySettings{.interruptible = interruptible,
                                          .timeout_seconds = timeout,
                                          .memory_limit = memory_limit,
                                          .as_of = cg::python::AsOfFromPython(as_of),
                                          .show_rejected = show_rejected});
          },
          py::arg("text"), py::arg("params"), py::arg("interruptible") = false, py::arg("timeout") = 0.0,
          py::arg("memory_limit") = 0, py::arg("as_of") = py::none(), py::arg("show_rejected") = false)
      .def("ingest", &Database::Ingest, py::arg("paths"), py::arg("date"), py::arg("threads"),
           py::arg("min_confidence"), py::arg("lexicon"), py::arg("progress"), py::arg("interruptible") = false)
      .def("import_csv", &Database::ImportCsv, py::arg("nodes"), py::arg("relationships"), py::arg("match_key"),
           py::arg("memory_mb"))
      .def("export", &Database::Export, py::arg("path"), py::arg("format"), py::arg("nodes"),
           py::arg("relationships"), py::arg("as_of") = py::none(), py::arg("show_rejected") = false)
      .def("backup", &Database::Backup, py::arg("path"));
}
