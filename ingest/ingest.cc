#include "ingest/ingest.h"

#include <algorithm>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "ingest/document.h"
#include "ingest/extract.h"
#include "ingest/lexicon.h"
#include "ingest/rules.h"
#include "ingest/writer.h"

namespace cg::ingest {
namespace {

namespace fs = std::filesystem;

bool IsArticleFile(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".txt" || ext == ".md" || ext == ".markdown" || ext == ".text";
}

// Expands folders (recursively, sorted) into their article files; a path
// that does not exist becomes a failed result.
std::vector<std::string> ExpandPaths(const std::vector<std::string>& paths, IngestReport* report) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      std::vector<std::string> found;
      for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
           it.increment(ec)) {
        if (it->is_regular_file() && IsArticleFile(it->path())) found.push_back(it->path().string());
      }
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::exists(path, ec)) {
      files.push_back(path);
    } else {
      FileResult r;
      r.path = path;
      r.status = Status::NotFound(fmt::format("{}: no such file or folder", path));
      report->files.push_back(std::move(r));
      ++report->failed;
    }
  }
  return files;
}

struct Engine {
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<RuleSet> rules;
};

Status LoadEngine(const IngestOptions& options, Engine* engine) {
#ifdef CG_DEFAULT_LEXICON_DIR
  const std::string dir = options.lexicon_dir.empty() ? CG_DEFAULT_LEXICON_DIR : options.lexicon_dir;
#else
  const std::string dir = options.lexicon_dir;
#endif
  CG_RETURN_IF_ERROR(Lexicon::Load(dir, &engine->lexicon));
  return RuleSet::Load(dir, &engine->rules);
}

// One article, one transaction.
Status IngestOne(graph::Graph& graph, const Engine& engine, const IngestOptions& options, PersonIndex* persons,
                 const Document& doc, FileResult* result) {
  std::unique_ptr<graph::WriteTxn> txn;
  CG_RETURN_IF_ERROR(graph.BeginWrite(&txn));
  graph::Article existing;
  Status s = txn->GetArticle(doc.sha256, &existing);
  if (s.ok()) {
    result->outcome = FileResult::Outcome::kUnchanged;
    txn->Rollback();
    return Status::OK();
  }
  if (!s.IsNotFound()) return s;
  ExtractOptions extract;
  extract.default_date = options.default_date;
  extract.min_confidence = options.min_confidence;
  const graph::WriteTxn* reader = txn.get();
  extract.known_label = [reader](std::string_view name) {
    std::string label;
    reader->ForEachNodeNamed(name, [&](graph::NodeId id) {
      graph::Node node;
      if (reader->GetNode(id, &node).ok() && node.HasLabel("Person")) {
        label = "Person";
        return false;
      }
      return true;
    });
    return label;
  };
  const ArticleGraph article = Extract(doc, *engine.lexicon, *engine.rules, extract);
  Counts counts;
  s = WriteArticle(doc, article, txn.get(), persons, &counts, &result->warnings);
  if (!s.ok()) {
    txn->Rollback();
    return s;
  }
  CG_RETURN_IF_ERROR(txn->Commit());
  result->counts = counts;
  result->outcome = FileResult::Outcome::kIngested;
  return Status::OK();
}

}  // namespace

Counts& Counts::operator+=(const Counts& o) {
  new_entities += o.new_entities;
  merged_entities += o.merged_entities;
  new_relationships += o.new_relationships;
  new_evidence += o.new_evidence;
  claims += o.claims;
  return *this;
}

Status IngestPaths(graph::Graph& graph, const std::vector<std::string>& paths, const IngestOptions& options,
                   IngestReport* report) {
  *report = IngestReport();
  Engine engine;
  CG_RETURN_IF_ERROR(LoadEngine(options, &engine));
  const std::vector<std::string> files = ExpandPaths(paths, report);
  Progress progress;
  progress.files_total = files.size();
  for (const std::string& f : files) {
    std::error_code ec;
    const auto size = fs::file_size(f, ec);
    if (!ec) progress.bytes_total += size;
  }
  PersonIndex persons;
  ReadLimits limits;
  limits.max_bytes = options.max_file_bytes;
  for (const std::string& path : files) {
    FileResult result;
    result.path = path;
    Document doc;
    Status s = LoadDocument(path, limits, &doc);
    if (s.ok()) {
      result.article_id = doc.sha256;
      result.title = doc.meta.title;
      s = IngestOne(graph, engine, options, &persons, doc, &result);
    }
    if (!s.ok()) {
      result.outcome = FileResult::Outcome::kFailed;
      result.status = s;
      ++report->failed;
    } else if (result.outcome == FileResult::Outcome::kUnchanged) {
      ++report->unchanged;
    } else {
      ++report->ingested;
      report->totals += result.counts;
    }
    // A database failure stops the run; bad articles do not.
    if (!s.ok() && s.code() != Status::Code::kInvalidArgument && s.code() != Status::Code::kIOError &&
        s.code() != Status::Code::kNotFound && s.code() != Status::Code::kConstraint) {
      report->files.push_back(std::move(result));
      return s;
    }
    report->files.push_back(std::move(result));
    ++progress.files_done;
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    if (!ec) progress.bytes_done += size;
    progress.path = path;
    if (options.on_progress) options.on_progress(progress);
  }
  std::vector<Conflict> conflicts;
  auto read = graph.BeginRead();
  CG_RETURN_IF_ERROR(ListConflicts(*read, &conflicts));
  report->conflicts = conflicts.size();
  return Status::OK();
}

Status ListConflicts(const graph::Reader& reader, std::vector<Conflict>* conflicts) {
  conflicts->clear();
  auto collect = [&](Conflict::On on, uint64_t id, const std::string& subject,
                     const std::vector<graph::Claim>& claims) {
    std::map<std::string, std::vector<const graph::Claim*>> by_key;
    for (const graph::Claim& c : claims) {
      if (!IsTimeVaryingKey(c.key)) by_key[c.key].push_back(&c);
    }
    for (const auto& [key, list] : by_key) {
      std::vector<Value> distinct;
      for (const graph::Claim* c : list) {
        if (std::find(distinct.begin(), distinct.end(), c->value) == distinct.end()) distinct.push_back(c->value);
      }
      if (distinct.size() < 2) continue;
      Conflict conflict;
      conflict.on = on;
      conflict.id = id;
      conflict.subject = subject;
      conflict.key = key;
      for (const graph::Claim* c : list) conflict.claims.push_back(Conflict::Claimed{c->value, c->evidence});
      conflicts->push_back(std::move(conflict));
    }
  };
  auto name_of = [&](graph::NodeId id) {
    graph::Node node;
    if (!reader.GetNode(id, &node).ok()) return std::to_string(id);
    const Value* name = node.Find("name");
    return name && name->is_string() ? name->as_string() : std::to_string(id);
  };
  Status inner;
  CG_RETURN_IF_ERROR(reader.ForEachNode([&](graph::NodeId id) {
    graph::Node node;
    inner = reader.GetNode(id, &node);
    if (!inner.ok()) return false;
    if (!node.claims.empty()) collect(Conflict::On::kNode, id, name_of(id), node.claims);
    return true;
  }));
  CG_RETURN_IF_ERROR(inner);
  CG_RETURN_IF_ERROR(reader.ForEachRelationship([&](graph::RelId id) {
    graph::Relationship rel;
    inner = reader.GetRelationship(id, &rel);
    if (!inner.ok()) return false;
    if (!rel.claims.empty()) {
      collect(Conflict::On::kRelationship, id,
              fmt::format("{} {} -> {}", rel.type, name_of(rel.start), name_of(rel.end)), rel.claims);
    }
    return true;
  }));
  return inner;
}

}  // namespace cg::ingest
