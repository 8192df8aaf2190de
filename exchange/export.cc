#include "exchange/export.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
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
                      const ExportView& view) {
  if (format == "json") return ExportJsonLines(reader, out, view);
  if (format == "graphml") return ExportGraphML(reader, out, view);
  if (format == "gexf") return ExportGexf(reader, out, view);
  return Status::InvalidArgument("export format " + std::string(format) + ": expected json, graphml or gexf");
}

std::string PartialExportPath(const std::string& path) { return path + ".partial"; }

Status ExportToPath(const graph::Reader& reader, std::string_view format, const std::string& path,
                    const ExportView& view) {
  if (format == "csv") {
    CsvExportFiles files;
    return ExportNeo4jCsv(reader, path, &files, view);
  }
  if (!IsExportFormat(format)) {
    return Status::InvalidArgument("export format " + std::string(format) + ": expected json, graphml, gexf or csv");
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Status::InvalidArgument("cannot write " + path + ": it is a directory; a " + std::string(format) +
                                   " export is one file, give its path");
  }
  const std::string partial = PartialExportPath(path);
  Status s;
  {
    std::ofstream out(partial, std::ios::binary | std::ios::trunc);
    if (!out) {
      const auto parent = std::filesystem::absolute(path, ec).parent_path();
      if (!std::filesystem::is_directory(parent, ec)) {
        return Status::InvalidArgument("cannot write " + path + ": its directory " + parent.string() +
                                       " does not exist");
      }
      return Status::IOError("cannot write " + path + ": " + std::strerror(errno));
    }
    s = ExportToStream(reader, format, out, view);
    if (s.ok() && !out.flush()) s = Status::IOError("cannot write " + path + ": " + std::strerror(errno));
  }
  if (s.ok()) {
    std::filesystem::rename(partial, path, ec);
    if (ec) s = Status::IOError("cannot write " + path + ": " + ec.message());
  }
  if (!s.ok()) std::filesystem::remove(partial, ec);
  return s;
}

}  // namespace cg::exchange
