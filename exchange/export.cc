#include "exchange/export.h"

#include <fstream>

#include "exchange/csv_export.h"
#include "exchange/gexf_export.h"
#include "exchange/graphml_export.h"
#include "exchange/json_export.h"

namespace cg::exchange {

bool IsExportFormat(std::string_view format) {
  return format == "json" || format == "graphml" || format == "gexf" || format == "csv";
}

Status ExportToStream(const graph::Reader& reader, std::string_view format, std::ostream& out,
                      const std::optional<Date>& as_of) {
  if (format == "json") return ExportJsonLines(reader, out, as_of);
  if (format == "graphml") return ExportGraphML(reader, out, as_of);
  if (format == "gexf") return ExportGexf(reader, out, as_of);
  return Status::InvalidArgument("export format " + std::string(format) + ": expected json, graphml or gexf");
}

Status ExportToPath(const graph::Reader& reader, std::string_view format, const std::string& path,
                    const std::optional<Date>& as_of) {
  if (format == "csv") {
    CsvExportFiles files;
    return ExportNeo4jCsv(reader, path, &files, as_of);
  }
  if (!IsExportFormat(format)) {
    return Status::InvalidArgument("export format " + std::string(format) + ": expected json, graphml, gexf or csv");
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError("cannot write " + path);
  return ExportToStream(reader, format, out, as_of);
}

}  // namespace cg::exchange
