// Export by format name: the one switch over the exporters that the CLI's
// `export` and the Python module's `Database.export` share.
//
//   json     APOC JSON lines (json_export.h)
//   graphml  GraphML (graphml_export.h)
//   gexf     GEXF 1.3 with a timeline (gexf_export.h)
//   csv      neo4j-admin import files in a directory (csv_export.h)
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "exchange/records.h"
#include "graph/reader.h"
#include "schema/date.h"
#include "schema/status.h"

namespace cg::exchange {

// Whether `format` is one of the names above.
bool IsExportFormat(std::string_view format);

// Writes what `reader` sees in a streamed format (json, graphml, gexf) to
// `out`, as `view` has it (records.h ExportView).
// InvalidArgument for csv or an unknown format.
Status ExportToStream(const graph::Reader& reader, std::string_view format, std::ostream& out,
                      const ExportView& view = {});

// ExportToStream into the file `path`, or for csv the directory `path`. A
// file is written to PartialExportPath(path) and renamed to `path` once
// whole; on failure it is removed and `path` is left as it was. A `path`
// that is a directory, or whose directory does not exist, is refused.
std::string PartialExportPath(const std::string& path);
Status ExportToPath(const graph::Reader& reader, std::string_view format, const std::string& path,
                    const ExportView& view = {});

}  // namespace cg::exchange
