#include "exchange/csv_import.h"

#include <fmt/format.h>

#include <map>
#include <unordered_map>

#include "exchange/csv.h"
#include "exchange/neo4j_header.h"
#include "schema/ontology.h"

namespace cg::exchange {
namespace {

// One data row of a node file, decoded.
struct NodeRow {
  std::string_view id;
  std::vector<std::string> labels;
  PropertyMap properties;
};

// One data row of a relationship file, decoded.
struct RelRow {
  std::string_view start, end;
  std::string_view type;
  PropertyMap properties;
};

bool IsBlank(const std::vector<CsvField>& fields) {
  return fields.size() == 1 && fields[0].text.empty() && !fields[0].quoted;
}

Status CheckWidth(const Header& header, const std::vector<CsvField>& fields) {
  if (fields.size() == header.columns.size()) return Status::OK();
  return Status::InvalidArgument(
      fmt::format("expected {} fields as in the header, got {}", header.columns.size(), fields.size()));
}

Status DecodeProperty(const HeaderColumn& column, const CsvField& field, PropertyMap* properties) {
  Value value;
  CG_RETURN_IF_ERROR(ParseField(column, field, &value));
  if (!value.is_null()) properties->insert_or_assign(column.name, std::move(value));
  return Status::OK();
}

Status DecodeNodeRow(const Header& header, const std::vector<CsvField>& fields, NodeRow* row) {
  CG_RETURN_IF_ERROR(CheckWidth(header, fields));
  row->labels.clear();
  row->properties.clear();
  for (size_t i = 0; i < fields.size(); ++i) {
    const HeaderColumn& column = header.columns[i];
    const std::string_view text = fields[i].text;
    switch (column.role) {
      case ColumnRole::kId:
        if (text.empty())
          return Status::InvalidArgument(fmt::format("column '{}': the node id is empty", column.spelling));
        row->id = text;
        if (!column.name.empty()) row->properties.insert_or_assign(column.name, std::string(text));
        break;
      case ColumnRole::kLabel:
        if (text.find('\0') != std::string_view::npos) {
          return Status::InvalidArgument(
              fmt::format("column '{}': a label must not contain a NUL character", column.spelling));
        }
        for (size_t begin = 0; begin <= text.size();) {
          const size_t end = std::min(text.find(';', begin), text.size());
          if (end > begin) row->labels.emplace_back(text.substr(begin, end - begin));
          begin = end + 1;
        }
        break;
      case ColumnRole::kProperty:
        CG_RETURN_IF_ERROR(DecodeProperty(column, fields[i], &row->properties));
        break;
      default:
        break;
    }
  }
  return Status::OK();
}

Status DecodeRelRow(const Header& header, const std::vector<CsvField>& fields, RelRow* row) {
  CG_RETURN_IF_ERROR(CheckWidth(header, fields));
  row->properties.clear();
  for (size_t i = 0; i < fields.size(); ++i) {
    const HeaderColumn& column = header.columns[i];
    const std::string_view text = fields[i].text;
    auto required = [&](std::string_view* slot, std::string_view what) -> Status {
      if (text.empty())
        return Status::InvalidArgument(fmt::format("column '{}': the {} is empty", column.spelling, what));
      *slot = text;
      return Status::OK();
    };
    switch (column.role) {
      case ColumnRole::kStartId:
        CG_RETURN_IF_ERROR(required(&row->start, "start id"));
        break;
      case ColumnRole::kEndId:
        CG_RETURN_IF_ERROR(required(&row->end, "end id"));
        break;
      case ColumnRole::kType:
        CG_RETURN_IF_ERROR(required(&row->type, "relationship type"));
        if (text.find('\0') != std::string_view::npos) {
          return Status::InvalidArgument(
              fmt::format("column '{}': a type must not contain a NUL character", column.spelling));
        }
        break;
      case ColumnRole::kProperty:
        CG_RETURN_IF_ERROR(DecodeProperty(column, fields[i], &row->properties));
        break;
      default:
        break;
    }
  }
  return Status::OK();
}

// Where a node was defined: file (index into the node files) and line.
struct Origin {
  uint32_t file = 0;
  uint32_t line = 0;
};

class Importer {
 public:
  Importer(graph::Graph* graph, const ImportOptions& options) : graph_(graph), options_(options) {}

  Status Run(ImportStats* stats) {
    CG_RETURN_IF_ERROR(Validate());
    std::unique_ptr<graph::BulkLoader> loader;
    CG_RETURN_IF_ERROR(graph_->BeginBulkLoad(&loader));
    // On any failure the loader is dropped unfinished: nothing is written.
    CG_RETURN_IF_ERROR(Write(loader.get()));
    CG_RETURN_IF_ERROR(loader->Finish());
    stats->nodes = loader->nodes_added();
    stats->relationships = loader->relationships_added();
    return Status::OK();
  }

 private:
  struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using IdMap = std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>>;

  // Calls fn(reader, header, fields) for each data row of each file, with
  // the header parsed. Stops at the first error fn returns (a storage
  // failure) and returns it; row problems are recorded by fn itself.
  template <typename Fn>
  Status ForEachRow(const std::vector<std::string>& files, FileKind kind, Fn fn) {
    std::vector<CsvField> fields;
    for (uint32_t f = 0; f < files.size(); ++f) {
      CsvReader reader;
      CG_RETURN_IF_ERROR(reader.Open(files[f]));
      Header header;
      if (!reader.Next(&fields)) {
        if (!reader.status().ok()) return reader.status();
        return Status::InvalidArgument(fmt::format("{}:1: the file is empty; expected a header line", files[f]));
      }
      CG_RETURN_IF_ERROR(ParseHeader(fields, kind, files[f], &header));
      while (reader.Next(&fields)) {
        if (IsBlank(fields)) continue;
        CG_RETURN_IF_ERROR(fn(f, reader, header, fields));
      }
      CG_RETURN_IF_ERROR(reader.status());
    }
    return Status::OK();
  }

  // Records a bad row; Cancelled once max_errors rows are bad.
  Status BadRow(const CsvReader& reader, const Status& problem) {
    ++error_count_;
    if (errors_.size() < options_.max_errors) {
      errors_.push_back(fmt::format("{}:{}: {}", reader.path(), reader.line(), problem.message()));
    }
    return errors_.size() < options_.max_errors ? Status::OK() : Status::Cancelled("too many errors");
  }

  uint32_t InternLabels(std::vector<std::string> labels) {
    auto [it, inserted] = label_set_index_.emplace(std::move(labels), label_sets_.size());
    if (inserted) label_sets_.push_back(it->first);
    return it->second;
  }

  // The node index of `id` in `space`, or -1.
  int64_t Find(const std::string& space, std::string_view id) const {
    auto s = spaces_.find(space);
    if (s == spaces_.end()) return -1;
    auto it = s->second.find(id);
    return it == s->second.end() ? int64_t{-1} : int64_t{it->second};
  }

  Status Validate() {
    const bool ontology = graph_->options().enforce_ontology;
    const Ontology& vocabulary = Ontology::Default();
    NodeRow node;
    Status s = ForEachRow(options_.node_files, FileKind::kNodes,
                          [&](uint32_t file, const CsvReader& reader, const Header& header,
                              const std::vector<CsvField>& fields) -> Status {
                            Status problem = DecodeNodeRow(header, fields, &node);
                            if (!problem.ok()) return BadRow(reader, problem);
                            // The id is known even when the row is bad otherwise, so that its
                            // relationships are not reported as well.
                            const std::string& space = header.columns[header.id].id_space;
                            const uint32_t index = static_cast<uint32_t>(origins_.size());
                            auto [it, inserted] = spaces_[space].emplace(std::string(node.id), index);
                            if (!inserted) {
                              const Origin& first = origins_[it->second];
                              return BadRow(reader, Status::InvalidArgument(fmt::format(
                                                        "duplicate node id '{}'{} (first on {}:{})", node.id,
                                                        space.empty() ? "" : " in id space " + space,
                                                        options_.node_files[first.file], first.line)));
                            }
                            if (ontology) {
                              problem = vocabulary.CheckNodeLabels(node.labels);
                              for (auto p = node.properties.begin(); problem.ok() && p != node.properties.end(); ++p) {
                                problem = vocabulary.CheckNodeProperty(node.labels, p->first, &p->second);
                              }
                            }
                            origins_.push_back({file, static_cast<uint32_t>(reader.line())});
                            node_label_set_.push_back(InternLabels(std::move(node.labels)));
                            return problem.ok() ? Status::OK() : BadRow(reader, problem);
                          });
    if (s.ok()) {
      RelRow rel;
      s = ForEachRow(
          options_.relationship_files, FileKind::kRelationships,
          [&](uint32_t, const CsvReader& reader, const Header& header, const std::vector<CsvField>& fields) -> Status {
            Status problem = DecodeRelRow(header, fields, &rel);
            int64_t ends[2] = {-1, -1};
            if (problem.ok()) {
              const int columns[2] = {header.start, header.end};
              const std::string_view ids[2] = {rel.start, rel.end};
              for (int e = 0; e < 2 && problem.ok(); ++e) {
                const HeaderColumn& column = header.columns[columns[e]];
                ends[e] = Find(column.id_space, ids[e]);
                if (ends[e] < 0) {
                  problem = Status::InvalidArgument(
                      fmt::format("unknown {} '{}': no node file defines it{}", column.spelling, ids[e],
                                  column.id_space.empty() ? "" : " in id space " + column.id_space));
                }
              }
            }
            if (problem.ok() && ontology) {
              problem = vocabulary.CheckRelationship(rel.type, label_sets_[node_label_set_[ends[0]]],
                                                     label_sets_[node_label_set_[ends[1]]]);
              for (auto it = rel.properties.begin(); problem.ok() && it != rel.properties.end(); ++it) {
                problem = vocabulary.CheckRelationshipProperty(rel.type, it->first, &it->second);
              }
            }
            return problem.ok() ? Status::OK() : BadRow(reader, problem);
          });
    }
    if (!s.ok() && !(s.code() == Status::Code::kCancelled && !errors_.empty())) return s;
    if (errors_.empty()) return Status::OK();
    std::string message = fmt::format("import refused, nothing was written: {} bad row(s)", error_count_);
    if (s.code() == Status::Code::kCancelled) message += fmt::format(" (stopped after the first {})", errors_.size());
    for (const auto& e : errors_) message += "\n  " + e;
    return Status::InvalidArgument(message);
  }

  // The write phase reads the files again and finds other rows than
  // validation did.
  static Status Changed(const CsvReader& reader) {
    return Status::InvalidArgument(
        fmt::format("{}:{}: the file changed since it was validated (files are read twice: not a pipe)", reader.path(),
                    reader.line()));
  }

  Status Write(graph::BulkLoader* loader) {
    node_ids_.reserve(origins_.size());
    NodeRow node;
    CG_RETURN_IF_ERROR(ForEachRow(
        options_.node_files, FileKind::kNodes,
        [&](uint32_t, const CsvReader& reader, const Header& header, const std::vector<CsvField>& fields) -> Status {
          if (node_ids_.size() == origins_.size()) return Changed(reader);
          CG_RETURN_IF_ERROR(DecodeNodeRow(header, fields, &node));
          graph::NodeId id = 0;
          CG_RETURN_IF_ERROR(loader->AddNode(std::move(node.labels), std::move(node.properties), &id));
          node_ids_.push_back(id);
          return Status::OK();
        }));
    RelRow rel;
    return ForEachRow(
        options_.relationship_files, FileKind::kRelationships,
        [&](uint32_t, const CsvReader& reader, const Header& header, const std::vector<CsvField>& fields) -> Status {
          CG_RETURN_IF_ERROR(DecodeRelRow(header, fields, &rel));
          const int64_t start_index = Find(header.columns[header.start].id_space, rel.start);
          const int64_t end_index = Find(header.columns[header.end].id_space, rel.end);
          if (start_index < 0 || end_index < 0 ||
              static_cast<size_t>(std::max(start_index, end_index)) >= node_ids_.size()) {
            return Changed(reader);
          }
          return loader->AddRelationship(rel.type, node_ids_[start_index], node_ids_[end_index],
                                         std::move(rel.properties), nullptr);
        });
  }

  graph::Graph* graph_;
  const ImportOptions& options_;

  // Validation: the id index and, per node index, its origin and labels.
  std::map<std::string, IdMap, std::less<>> spaces_;
  std::vector<Origin> origins_;
  std::vector<uint32_t> node_label_set_;
  std::vector<std::vector<std::string>> label_sets_;
  std::map<std::vector<std::string>, uint32_t> label_set_index_;
  std::vector<std::string> errors_;
  uint64_t error_count_ = 0;

  // Writing: graph ids by node index.
  std::vector<graph::NodeId> node_ids_;
};

}  // namespace

Status ImportNeo4jCsv(graph::Graph* graph, const ImportOptions& options, ImportStats* stats) {
  if (options.node_files.empty() && !options.relationship_files.empty()) {
    return Status::InvalidArgument("relationship files need the node files that define their ends");
  }
  Importer importer(graph, options);
  return importer.Run(stats);
}

}  // namespace cg::exchange
