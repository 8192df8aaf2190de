#include "exchange/csv_export.h"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <set>

#include "exchange/buffered_output.h"
#include "exchange/csv.h"
#include "exchange/neo4j_header.h"
#include "exchange/property_schema.h"
#include "exchange/records.h"
#include "exchange/value_text.h"
#include "schema/ontology.h"

namespace cg::exchange {
namespace {

// The file a node goes to: its primary label, else its first label.
std::string_view GroupOf(const graph::Node& node) {
  const std::string_view primary = Ontology::Default().PrimaryLabel(node.labels);
  if (!primary.empty()) return primary;
  return node.labels.empty() ? std::string_view() : std::string_view(node.labels.front());
}

// A label or type as part of a file name.
std::string FileSafe(std::string_view name) {
  std::string out;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    out.push_back(ok ? c : '_');
  }
  return out;
}

// One output file: its schema (from the first pass), then its rows.
struct OutputFile {
  PropertySchema schema;
  std::string path;
  std::ofstream stream;
  std::unique_ptr<BufferedOutput> output;
};

class Files {
 public:
  Files(std::string directory, std::string prefix) : directory_(std::move(directory)), prefix_(std::move(prefix)) {}

  OutputFile& operator[](std::string_view group) {
    auto it = files_.find(group);
    if (it == files_.end()) it = files_.emplace(std::string(group), std::make_unique<OutputFile>()).first;
    return *it->second;
  }

  // Names the files (distinct even when groups share a FileSafe form),
  // opens them and writes their header lines.
  Status Open(const std::function<std::string(const PropertySchema&)>& header, std::vector<std::string>* paths) {
    std::set<std::string> taken;
    for (auto& [group, file] : files_) {
      std::string stem = prefix_ + (group.empty() ? "" : "_" + FileSafe(group));
      std::string name = stem + ".csv";
      for (int n = 2; !taken.insert(name).second; ++n) name = fmt::format("{}_{}.csv", stem, n);
      file->path = (std::filesystem::path(directory_) / name).string();
      file->stream.open(file->path, std::ios::binary | std::ios::trunc);
      if (!file->stream) return Status::IOError(fmt::format("cannot write {}", file->path));
      file->output = std::make_unique<BufferedOutput>(file->stream);
      file->output->buffer()->append(header(file->schema));
      paths->push_back(file->path);
    }
    return Status::OK();
  }

  Status Close() {
    for (auto& [group, file] : files_) CG_RETURN_IF_ERROR(file->output->Finish(file->path));
    return Status::OK();
  }

 private:
  std::string directory_, prefix_;
  std::map<std::string, std::unique_ptr<OutputFile>, std::less<>> files_;
};

std::string HeaderLine(std::string_view first, const PropertySchema& schema, std::string_view last) {
  std::string line(first);
  for (const auto& [key, type] : schema.columns()) {
    line.push_back(',');
    AppendCsvField(HeaderFieldFor(key, type), false, &line);
  }
  line.append(last).push_back('\n');
  return line;
}

// The property fields of one row, in the schema's column order.
void AppendProperties(const PropertySchema& schema, const PropertyMap& properties, std::string* scratch,
                      std::string* out) {
  for (const auto& [key, type] : schema.columns()) {
    out->push_back(',');
    const Value* value = nullptr;
    if (auto it = properties.find(key); it != properties.end()) value = &it->second;
    if (!value || value->is_null()) continue;
    scratch->clear();
    AppendValueText(*value, scratch);
    AppendCsvField(*scratch, value->is_string(), out);
  }
}

}  // namespace

Status ExportNeo4jCsv(const graph::Reader& reader, const std::string& directory, CsvExportFiles* paths,
                      const ExportView& view) {
  std::error_code ec;
  std::filesystem::create_directories(directory, ec);
  if (ec) return Status::IOError(fmt::format("cannot create directory {}: {}", directory, ec.message()));

  Files nodes(directory, "nodes"), rels(directory, "rels");
  CG_RETURN_IF_ERROR(
      ForEachNodeRecord(reader, [&](const graph::Node& node) { nodes[GroupOf(node)].schema.Add(node.properties); }));
  CG_RETURN_IF_ERROR(ForEachRelationshipRecord(
      reader, [&](const graph::Relationship& rel) { rels[rel.type].schema.Add(rel.properties); }, view));
  CG_RETURN_IF_ERROR(
      nodes.Open([](const PropertySchema& s) { return HeaderLine(":ID", s, ",:LABEL"); }, &paths->node_files));
  CG_RETURN_IF_ERROR(rels.Open([](const PropertySchema& s) { return HeaderLine(":START_ID,:END_ID,:TYPE", s, ""); },
                               &paths->relationship_files));

  std::string scratch;
  CG_RETURN_IF_ERROR(ForEachNodeRecord(reader, [&](const graph::Node& node) {
    OutputFile& file = nodes[GroupOf(node)];
    std::string* out = file.output->buffer();
    out->append(std::to_string(node.id));
    AppendProperties(file.schema, node.properties, &scratch, out);
    out->push_back(',');
    scratch.clear();
    for (const auto& label : node.labels) {
      if (!scratch.empty()) scratch.push_back(';');
      scratch.append(label);
    }
    AppendCsvField(scratch, false, out);
    out->push_back('\n');
    file.output->MaybeFlush();
  }));
  CG_RETURN_IF_ERROR(ForEachRelationshipRecord(reader, [&](const graph::Relationship& rel) {
    OutputFile& file = rels[rel.type];
    std::string* out = file.output->buffer();
    out->append(fmt::format("{},{},", rel.start, rel.end));
    AppendCsvField(rel.type, false, out);
    AppendProperties(file.schema, rel.properties, &scratch, out);
    out->push_back('\n');
    file.output->MaybeFlush();
  }, view));
  CG_RETURN_IF_ERROR(nodes.Close());
  return rels.Close();
}

}  // namespace cg::exchange
