#include "exchange/csv_import.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "exchange/csv.h"
#include "exchange/neo4j_header.h"

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
    if (!options_.match_key.empty() && !graph::Reader::IsIndexed(options_.match_key)) {
      return Status::InvalidArgument(fmt::format(
          "match key '{}' is not an indexed property; nodes can be matched by id, name or aliases",
          options_.match_key));
    }
    std::unique_ptr<graph::BulkLoader> loader;
    CG_RETURN_IF_ERROR(graph_->BeginBulkLoad(&loader));
    existing_ = graph_->BeginRead();
    database_has_nodes_ = false;
    CG_RETURN_IF_ERROR(existing_->ForEachNode([&](graph::NodeId) { return database_has_nodes_ = true, false; }));
    // On any failure the loader is dropped unfinished: nothing is written.
    Status s = LoadNodes(loader.get());
    if (s.ok()) s = LoadRelationships(loader.get());
    CG_RETURN_IF_ERROR(Refusal(s));
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

  // Calls fn(file, reader, header, fields) for each data row of each file,
  // with the header parsed. Stops at the first error fn returns (a storage
  // failure, or Cancelled after too many bad rows) and returns it; row
  // problems are recorded by fn itself.
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

  // The outcome of loading: `s` itself, or the bad rows as one message.
  Status Refusal(const Status& s) const {
    if (!s.ok() && !(s.code() == Status::Code::kCancelled && !errors_.empty())) return s;
    if (errors_.empty()) return Status::OK();
    std::string message = fmt::format("import refused, nothing was written: {} bad row(s)", error_count_);
    if (s.code() == Status::Code::kCancelled) message += fmt::format(" (stopped after the first {})", errors_.size());
    for (const auto& e : errors_) message += "\n  " + e;
    return Status::InvalidArgument(message);
  }

  // The node of the database whose match-key property equals `value` (and,
  // with an id space, that carries the label of that name); 0 when none.
  Status FindExisting(const std::string& space, std::string_view value, graph::NodeId* found) {
    std::string cache_key = space + '\0' + std::string(value);
    if (auto it = matched_.find(cache_key); it != matched_.end()) {
      *found = it->second;
      return Status::OK();
    }
    std::vector<graph::NodeId> matches;
    std::vector<std::string> labels;
    Status s = existing_->ForEachNodeWithProperty(options_.match_key, Value(std::string(value)), [&](graph::NodeId id) {
      if (!space.empty()) {
        if (!existing_->GetNodeLabels(id, &labels).ok()) return true;
        if (std::find(labels.begin(), labels.end(), space) == labels.end()) return true;
      }
      matches.push_back(id);
      return matches.size() < 2;
    });
    CG_RETURN_IF_ERROR(s);
    if (matches.size() > 1) {
      return Status::InvalidArgument(fmt::format("ambiguous: more than one node in the database has {} = '{}'{}",
                                                 options_.match_key, value,
                                                 space.empty() ? "" : " and label " + space));
    }
    *found = matches.empty() ? 0 : matches[0];
    matched_.emplace(std::move(cache_key), *found);
    return Status::OK();
  }

  Status LoadNodes(graph::BulkLoader* loader) {
    NodeRow node;
    return ForEachRow(options_.node_files, FileKind::kNodes,
                      [&](uint32_t file, const CsvReader& reader, const Header& header,
                          const std::vector<CsvField>& fields) -> Status {
                        Status problem = DecodeNodeRow(header, fields, &node);
                        if (!problem.ok()) return BadRow(reader, problem);
                        // The id is known even when the row is bad otherwise, so that its
                        // relationships are not reported as well.
                        const std::string& space = header.columns[header.id].id_space;
                        auto [it, inserted] = spaces_[space].emplace(std::string(node.id), node_ids_.size());
                        if (!inserted) {
                          const Origin& first = origins_[it->second];
                          return BadRow(reader, Status::InvalidArgument(fmt::format(
                                                    "duplicate node id '{}'{} (first on {}:{})", node.id,
                                                    space.empty() ? "" : " in id space " + space,
                                                    options_.node_files[first.file], first.line)));
                        }
                        origins_.push_back({file, static_cast<uint32_t>(reader.line())});
                        node_ids_.push_back(0);
                        if (!options_.match_key.empty()) {
                          const Value* key = node.properties.count(options_.match_key)
                                                 ? &node.properties.at(options_.match_key)
                                                 : nullptr;
                          graph::NodeId there = 0;
                          if (key && key->is_string()) CG_RETURN_IF_ERROR(FindExisting(space, key->as_string(), &there));
                          if (there != 0) {
                            return BadRow(reader, Status::InvalidArgument(fmt::format(
                                                      "node '{}' is already in the database (node {} has {} = '{}'); "
                                                      "an import only creates nodes",
                                                      node.id, there, options_.match_key, key->as_string())));
                          }
                        }
                        graph::NodeId id = 0;
                        problem = loader->AddNode(std::move(node.labels), std::move(node.properties), &id);
                        if (!problem.ok()) return BadRow(reader, problem);
                        node_ids_.back() = id;
                        return Status::OK();
                      });
  }

  // The graph node a relationship end names: one of the node files' (0
  // when that row was bad), else, with a match key, a database node.
  Status ResolveEnd(const HeaderColumn& column, std::string_view id, graph::NodeId* node, bool* bad_node) {
    *bad_node = false;
    if (auto space = spaces_.find(column.id_space); space != spaces_.end()) {
      if (auto it = space->second.find(id); it != space->second.end()) {
        *node = node_ids_[it->second];
        *bad_node = *node == 0;
        return Status::OK();
      }
    }
    const std::string in_space = column.id_space.empty() ? "" : " in id space " + column.id_space;
    if (options_.match_key.empty()) {
      return Status::InvalidArgument(fmt::format(
          "unknown {} '{}': no node file defines it{}{}", column.spelling, id, in_space,
          database_has_nodes_ ? " (to point at nodes already in the database, give a match key)" : ""));
    }
    CG_RETURN_IF_ERROR(FindExisting(column.id_space, id, node));
    if (*node == 0) {
      return Status::InvalidArgument(fmt::format("unknown {} '{}': no node file defines it{} and no node in the "
                                                 "database has {} = '{}'{}",
                                                 column.spelling, id, in_space, options_.match_key, id,
                                                 column.id_space.empty() ? "" : " and label " + column.id_space));
    }
    return Status::OK();
  }

  Status LoadRelationships(graph::BulkLoader* loader) {
    RelRow rel;
    return ForEachRow(
        options_.relationship_files, FileKind::kRelationships,
        [&](uint32_t, const CsvReader& reader, const Header& header, const std::vector<CsvField>& fields) -> Status {
          Status problem = DecodeRelRow(header, fields, &rel);
          graph::NodeId ends[2] = {0, 0};
          bool bad_end = false;
          const int columns[2] = {header.start, header.end};
          const std::string_view ids[2] = {rel.start, rel.end};
          for (int e = 0; e < 2 && problem.ok(); ++e) {
            bool bad_node = false;
            problem = ResolveEnd(header.columns[columns[e]], ids[e], &ends[e], &bad_node);
            bad_end = bad_end || bad_node;
          }
          if (!problem.ok()) return BadRow(reader, problem);
          if (bad_end) return Status::OK();  // its node row is reported already
          problem = loader->AddRelationship(rel.type, ends[0], ends[1], std::move(rel.properties), nullptr);
          return problem.ok() ? Status::OK() : BadRow(reader, problem);
        });
  }

  graph::Graph* graph_;
  const ImportOptions& options_;
  std::unique_ptr<graph::ReadTxn> existing_;  // the database before the import
  bool database_has_nodes_ = false;

  // Node rows: the id index per id space; per node index, its origin and
  // graph id (0 for a bad row).
  std::map<std::string, IdMap, std::less<>> spaces_;
  std::vector<Origin> origins_;
  std::vector<graph::NodeId> node_ids_;
  // Database nodes matched by the match key, by id space '\0' value.
  std::unordered_map<std::string, graph::NodeId> matched_;
  std::vector<std::string> errors_;
  uint64_t error_count_ = 0;
};

}  // namespace

Status ImportNeo4jCsv(graph::Graph* graph, const ImportOptions& options, ImportStats* stats) {
  if (options.node_files.empty() && !options.relationship_files.empty() && options.match_key.empty()) {
    return Status::InvalidArgument(
        "relationship files need the node files that define their ends, or a match key for nodes already in the "
        "database");
  }
  Importer importer(graph, options);
  return importer.Run(stats);
}

}  // namespace cg::exchange
