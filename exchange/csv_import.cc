#include "exchange/csv_import.h"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <thread>
#include <unordered_map>
#include <utility>

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

// Runs fn(index, worker) for each index in [0, count) on `workers` threads
// (worker < workers), and returns when all are done.
template <typename Fn>
void ParallelFor(size_t count, size_t workers, Fn fn) {
  std::atomic<size_t> next{0};
  auto work = [&](size_t worker) {
    for (size_t i; (i = next.fetch_add(1)) < count;) fn(i, worker);
  };
  std::vector<std::thread> threads;
  for (size_t w = 1; w < std::min(workers, count); ++w) threads.emplace_back(work, w);
  work(0);
  for (auto& thread : threads) thread.join();
}

// A bad row: its line and the message, which names file:line.
struct Problem {
  uint64_t line = 0;
  std::string message;
};

// A node row's id as the file spells it, where it is, and its graph node
// (0 when the row is bad).
struct NodeDef {
  std::string_view id;
  uint64_t line = 0;
  graph::NodeId node = 0;
  bool bad = false;  // reported already
};

// What the rows of one chunk gave.
struct ChunkResult {
  std::vector<Problem> problems;
  std::vector<NodeDef> defs;  // node files
  Status fatal;               // a reader or storage error: the import fails with it
};

// The state of one loading thread.
struct Worker {
  graph::BulkLoader::Shard* shard = nullptr;
  std::unique_ptr<graph::ReadTxn> existing;  // the database before the import (match keys)
  std::unordered_map<std::string, graph::NodeId> matched;  // by id space '\0' value
  std::vector<CsvField> fields;
};

// Where a node id of the files leads: the graph node (0 for a bad row) and
// the row that defined it.
struct Definition {
  graph::NodeId node = 0;
  uint32_t file = 0;
  uint64_t line = 0;
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
    if (options_.memory_budget > 0) loader->set_memory_budget(options_.memory_budget);
    database_has_nodes_ = false;
    CG_RETURN_IF_ERROR(
        graph_->BeginRead()->ForEachNode([&](graph::NodeId) { return database_has_nodes_ = true, false; }));
    workers_.resize(std::max(1u, std::thread::hardware_concurrency()));
    for (auto& worker : workers_) {
      worker.shard = loader->NewShard();
      if (!options_.match_key.empty()) worker.existing = graph_->BeginRead();
    }
    // On any failure the loader is dropped unfinished: nothing is written.
    Status s;
    for (uint32_t f = 0; f < options_.node_files.size() && s.ok(); ++f) s = LoadNodeFile(loader.get(), f);
    for (const auto& file : options_.relationship_files) {
      if (s.ok()) s = LoadRelationshipFile(loader.get(), file);
    }
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
  using IdMap = std::unordered_map<std::string, Definition, StringHash, std::equal_to<>>;
  // fn(worker, reader, header, id, result) loads one data row, whose graph id is `id`.
  using RowFn = std::function<void(Worker&, const CsvReader&, const Header&, uint64_t, ChunkResult*)>;
  static constexpr size_t kChunkBytes = 1 << 20;

  // Reads `path`, reserves `reserve(rows)` ids for its data rows and loads
  // them in chunks on the worker threads; `results` gets each chunk's, in
  // file order. Returns the first fatal error.
  Status LoadFile(const std::string& path, FileKind kind, const std::function<uint64_t(uint64_t)>& reserve,
                  const RowFn& row, std::string* data, Header* header, std::vector<ChunkResult>* results) {
    CG_RETURN_IF_ERROR(ReadCsvFile(path, data));
    CsvReader reader;
    reader.Reset(path, data->data(), 0, data->size(), 1);
    std::vector<CsvField> fields;
    if (!reader.Next(&fields)) {
      if (!reader.status().ok()) return reader.status();
      return Status::InvalidArgument(fmt::format("{}:1: the file is empty; expected a header line", path));
    }
    CG_RETURN_IF_ERROR(ParseHeader(fields, kind, path, header));
    const auto chunks = SplitCsv(*data, reader.position(), reader.next_line(), kChunkBytes);
    std::vector<uint64_t> first(chunks.size());
    uint64_t rows = 0;
    for (size_t c = 0; c < chunks.size(); ++c) first[c] = std::exchange(rows, rows + chunks[c].records);
    const uint64_t base = reserve(rows);
    results->assign(chunks.size(), {});
    ParallelFor(chunks.size(), workers_.size(), [&](size_t c, size_t w) {
      Worker& worker = workers_[w];
      ChunkResult& result = (*results)[c];
      CsvReader chunk;
      chunk.Reset(path, data->data(), chunks[c].begin, chunks[c].end, chunks[c].line);
      uint64_t id = base + first[c];
      const uint64_t end = id + chunks[c].records;  // the ids reserved for this chunk
      while (result.fatal.ok() && result.problems.size() < options_.max_errors && chunk.Next(&worker.fields)) {
        if (IsBlank(worker.fields)) continue;
        if (id == end) {  // the split and the reader disagree: never on input the reader accepts
          result.fatal = Status::InvalidArgument(
              fmt::format("{}:{}: cannot tell where this record starts (quoting)", path, chunk.line()));
          break;
        }
        row(worker, chunk, *header, id++, &result);
      }
      if (result.fatal.ok()) result.fatal = chunk.status();
    });
    for (const auto& result : *results) CG_RETURN_IF_ERROR(result.fatal);
    return Status::OK();
  }

  // Records a bad row of `reader`.
  static void BadRow(const CsvReader& reader, const Status& problem, ChunkResult* result) {
    result->problems.push_back({reader.line(), fmt::format("{}:{}: {}", reader.path(), reader.line(), problem.message())});
  }

  // Adds a file's bad rows, in line order; Cancelled once max_errors rows are bad.
  Status Report(std::vector<Problem> problems) {
    std::stable_sort(problems.begin(), problems.end(), [](const auto& a, const auto& b) { return a.line < b.line; });
    error_count_ += problems.size();
    for (auto& p : problems) {
      if (errors_.size() < options_.max_errors) errors_.push_back(std::move(p.message));
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
  Status FindExisting(Worker& worker, const std::string& space, std::string_view value, graph::NodeId* found) {
    std::string cache_key = space + '\0' + std::string(value);
    if (auto it = worker.matched.find(cache_key); it != worker.matched.end()) {
      *found = it->second;
      return Status::OK();
    }
    std::vector<graph::NodeId> matches;
    std::vector<std::string> labels;
    graph::ReadTxn& existing = *worker.existing;
    Status s = existing.ForEachNodeWithProperty(options_.match_key, Value(std::string(value)), [&](graph::NodeId id) {
      if (!space.empty()) {
        if (!existing.GetNodeLabels(id, &labels).ok()) return true;
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
    worker.matched.emplace(std::move(cache_key), *found);
    return Status::OK();
  }

  // One node row: decoded, checked against the database (match key), added.
  void LoadNodeRow(Worker& worker, const CsvReader& reader, const Header& header, graph::NodeId id,
                   ChunkResult* result) {
    NodeRow node;
    Status problem = DecodeNodeRow(header, worker.fields, &node);
    if (!problem.ok()) return BadRow(reader, problem, result);
    // The id is known even when the row is bad otherwise, so that its
    // relationships are not reported as well.
    NodeDef& def = result->defs.emplace_back(NodeDef{node.id, reader.line(), 0, false});
    if (!options_.match_key.empty()) {
      auto key = node.properties.find(options_.match_key);
      graph::NodeId there = 0;
      if (key != node.properties.end() && key->second.is_string()) {
        problem = FindExisting(worker, header.columns[header.id].id_space, key->second.as_string(), &there);
        if (!problem.ok()) return result->fatal = problem, void();
      }
      if (there != 0) {
        def.bad = true;
        return BadRow(reader,
                      Status::InvalidArgument(fmt::format("node '{}' is already in the database (node {} has {} = "
                                                          "'{}'); an import only creates nodes",
                                                          node.id, there, options_.match_key, key->second.as_string())),
                      result);
      }
    }
    problem = worker.shard->AddNode(id, std::move(node.labels), std::move(node.properties));
    if (problem.code() == Status::Code::kIOError) return result->fatal = problem, void();  // spilling failed
    if (!problem.ok()) {
      def.bad = true;
      return BadRow(reader, problem, result);
    }
    def.node = id;
  }

  Status LoadNodeFile(graph::BulkLoader* loader, uint32_t file) {
    const std::string& path = options_.node_files[file];
    std::string data;
    std::vector<ChunkResult> results;
    Header header;
    CG_RETURN_IF_ERROR(LoadFile(
        path, FileKind::kNodes, [&](uint64_t rows) { return loader->ReserveNodes(rows); },
        [&](Worker& worker, const CsvReader& reader, const Header& header, uint64_t id, ChunkResult* result) {
          LoadNodeRow(worker, reader, header, id, result);
        },
        &data, &header, &results));
    const std::string& space = header.columns[header.id].id_space;
    // Ids are unique per id space, the first definition winning.
    IdMap& ids = spaces_[space];
    std::vector<Problem> problems;
    for (auto& result : results) {
      for (const NodeDef& def : result.defs) {
        auto [it, inserted] = ids.emplace(std::string(def.id), Definition{def.node, file, def.line});
        if (inserted || def.bad) continue;
        problems.push_back({def.line, fmt::format("{}:{}: duplicate node id '{}'{} (first on {}:{})", path, def.line,
                                                  def.id, space.empty() ? "" : " in id space " + space,
                                                  options_.node_files[it->second.file], it->second.line)});
      }
      std::move(result.problems.begin(), result.problems.end(), std::back_inserter(problems));
    }
    return Report(std::move(problems));
  }

  // The graph node a relationship end names: one of the node files' (0
  // when that row was bad), else, with a match key, a database node.
  Status ResolveEnd(Worker& worker, const HeaderColumn& column, const IdMap* space, std::string_view id,
                    graph::NodeId* node, bool* bad_node) {
    *bad_node = false;
    if (space) {
      if (auto it = space->find(id); it != space->end()) {
        *node = it->second.node;
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
    CG_RETURN_IF_ERROR(FindExisting(worker, column.id_space, id, node));
    if (*node == 0) {
      return Status::InvalidArgument(fmt::format("unknown {} '{}': no node file defines it{} and no node in the "
                                                 "database has {} = '{}'{}",
                                                 column.spelling, id, in_space, options_.match_key, id,
                                                 column.id_space.empty() ? "" : " and label " + column.id_space));
    }
    return Status::OK();
  }

  Status LoadRelationshipFile(graph::BulkLoader* loader, const std::string& path) {
    std::string data;
    Header header;
    std::vector<ChunkResult> results;
    auto space_of = [&](const HeaderColumn& column) -> const IdMap* {
      auto it = spaces_.find(column.id_space);
      return it == spaces_.end() ? nullptr : &it->second;
    };
    CG_RETURN_IF_ERROR(LoadFile(
        path, FileKind::kRelationships, [&](uint64_t rows) { return loader->ReserveRelationships(rows); },
        [&](Worker& worker, const CsvReader& reader, const Header& header, uint64_t id, ChunkResult* result) {
          RelRow rel;
          Status problem = DecodeRelRow(header, worker.fields, &rel);
          graph::NodeId ends[2] = {0, 0};
          bool bad_end = false;
          const int columns[2] = {header.start, header.end};
          const std::string_view ids[2] = {rel.start, rel.end};
          for (int e = 0; e < 2 && problem.ok(); ++e) {
            bool bad_node = false;
            const HeaderColumn& column = header.columns[columns[e]];
            problem = ResolveEnd(worker, column, space_of(column), ids[e], &ends[e], &bad_node);
            bad_end = bad_end || bad_node;
          }
          if (!problem.ok()) return BadRow(reader, problem, result);
          if (bad_end) return;  // its node row is reported already
          problem = worker.shard->AddRelationship(id, rel.type, ends[0], ends[1], std::move(rel.properties));
          if (problem.code() == Status::Code::kIOError) return result->fatal = problem, void();  // spilling failed
          if (!problem.ok()) BadRow(reader, problem, result);
        },
        &data, &header, &results));
    std::vector<Problem> problems;
    for (auto& result : results) std::move(result.problems.begin(), result.problems.end(), std::back_inserter(problems));
    return Report(std::move(problems));
  }

  graph::Graph* graph_;
  const ImportOptions& options_;
  bool database_has_nodes_ = false;
  std::vector<Worker> workers_;
  // The node ids of the node files, per id space.
  std::map<std::string, IdMap, std::less<>> spaces_;
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
