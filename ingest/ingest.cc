#include "ingest/ingest.h"

#include <algorithm>
#include <atomic>
#include <deque>
#include <filesystem>
#include <thread>
#include <unordered_set>

#include <fmt/format.h>

#include "graph/conflicts.h"
#include "ingest/document.h"
#include "ingest/extract.h"
#include "ingest/lexicon.h"
#include "ingest/ordered_pool.h"
#include "ingest/resolution_cache.h"
#include "ingest/rules.h"
#include "ingest/writer.h"
#include "schema/normalize.h"

namespace cg::ingest {
namespace {

namespace fs = std::filesystem;

bool IsArticleFile(const fs::path& p) { return FormatOfPath(p.string()) != DocumentFormat::kUnknown; }

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

// ExtractOptions::known_label over `reader`.
std::string KnownLabel(const graph::Reader& reader, std::string_view name) {
  std::string label;
  (void)reader.ForEachNodeNamed(name, [&](graph::NodeId id) {
    std::vector<std::string> labels;
    if (reader.GetNodeLabels(id, &labels).ok() && std::find(labels.begin(), labels.end(), "Person") != labels.end()) {
      label = "Person";
      return false;
    }
    return true;
  });
  return label;
}

// One file as a worker prepares it: read, and extracted against a snapshot
// of the database. Extraction reads the database only through known_label;
// its answers are kept so that the writer can tell whether the articles
// committed since the snapshot changed any of them.
struct Prepared {
  FileResult result;
  Status status;                  // the file could not be read
  Document doc;
  ArticleGraph article;
  bool in_snapshot = false;       // already ingested when the snapshot was taken
  size_t visible = 0;             // files written before the snapshot was taken
  std::vector<std::pair<std::string, std::string>> answers;  // known_label(name) -> label
};

// Everything the pipeline shares: the engine (read-only) and what the
// writer publishes to workers.
class Pipeline {
 public:
  Pipeline(graph::Graph& graph, const Engine& engine, const IngestOptions& options, size_t window)
      : graph_(graph), engine_(engine), options_(options), window_(window), cache_commits_(graph.commits()) {}

  // On a worker thread.
  Prepared Prepare(const std::string& path) const {
    Prepared p;
    p.result.path = path;
    ReadLimits limits;
    limits.max_bytes = options_.max_file_bytes;
    p.status = LoadDocument(path, limits, &p.doc);
    if (!p.status.ok()) return p;
    p.result.article_id = p.doc.sha256;
    p.result.title = p.doc.meta.title;
    p.visible = written_.load(std::memory_order_acquire);
    const std::unique_ptr<graph::ReadTxn> snapshot = graph_.BeginRead();
    graph::Article existing;
    if (snapshot->GetArticle(p.doc.sha256, &existing).ok()) {
      p.in_snapshot = true;
      return p;
    }
    ExtractOptions extract = BaseExtractOptions();
    extract.known_label = [&](std::string_view name) {
      std::string label = KnownLabel(*snapshot, name);
      p.answers.emplace_back(std::string(name), label);
      return label;
    };
    p.article = Extract(p.doc, *engine_.lexicon, *engine_.rules, extract);
    return p;
  }

  // On the calling thread, in input order: one article, one transaction.
  // A file that could not be read returns its reading error.
  Status Write(Prepared& p) {
    std::vector<std::string> persons;
    Status s = !p.status.ok() ? p.status : p.in_snapshot ? Status::OK() : WriteOne(p, &persons);
    if (s.ok() && p.in_snapshot) p.result.outcome = FileResult::Outcome::kUnchanged;
    // Files before the next one's snapshot; the names of the persons each wrote.
    written_persons_.emplace_back(persons.begin(), persons.end());
    if (written_persons_.size() > window_ + 1) written_persons_.pop_front();
    written_.fetch_add(1, std::memory_order_release);
    return s;
  }

 private:
  ExtractOptions BaseExtractOptions() const {
    ExtractOptions extract;
    extract.default_date = options_.default_date;
    extract.min_confidence = options_.min_confidence;
    return extract;
  }

  Status WriteOne(Prepared& p, std::vector<std::string>* persons) {
    std::unique_ptr<graph::WriteTxn> txn;
    CG_RETURN_IF_ERROR(graph_.BeginWrite(&txn));
    if (graph_.commits() != cache_commits_) cache_.Clear();  // another writer committed
    graph::Article existing;
    Status s = txn->GetArticle(p.doc.sha256, &existing);
    if (s.ok()) {  // the same file twice in one run
      p.result.outcome = FileResult::Outcome::kUnchanged;
      txn->Rollback();
      return Status::OK();
    }
    if (!s.IsNotFound()) return s;
    if (Stale(p, *txn)) {
      ExtractOptions extract = BaseExtractOptions();
      const graph::Reader* reader = txn.get();
      extract.known_label = [reader](std::string_view name) { return KnownLabel(*reader, name); };
      p.article = Extract(p.doc, *engine_.lexicon, *engine_.rules, extract);
    }
    Counts counts;
    s = WriteArticle(p.doc, p.article, txn.get(), &cache_, &counts, &p.result.warnings, persons);
    if (s.ok()) s = txn->Commit();
    if (!s.ok()) {
      txn->Rollback();
      cache_.Clear();
      return s;
    }
    cache_commits_ = graph_.commits();
    p.result.counts = counts;
    p.result.outcome = FileResult::Outcome::kIngested;
    return Status::OK();
  }

  // Whether a known_label answer the worker got may differ now: a person
  // written after its snapshot carries one of the names it asked about, and
  // asking again gives another answer.
  bool Stale(const Prepared& p, const graph::Reader& now) const {
    const size_t written = written_.load(std::memory_order_relaxed);
    if (p.answers.empty() || p.visible == written) return false;
    const size_t base = written - written_persons_.size();
    for (const auto& [name, label] : p.answers) {
      bool touched = p.visible < base;  // older than the log: ask again
      const std::string normalized = NormalizeName(name);
      for (size_t k = std::max(p.visible, base); k < written && !touched; ++k) {
        touched = written_persons_[k - base].count(normalized) > 0;
      }
      if (touched && KnownLabel(now, name) != label) return true;
    }
    return false;
  }

  graph::Graph& graph_;
  const Engine& engine_;
  const IngestOptions& options_;
  const size_t window_;
  std::atomic<size_t> written_{0};  // files the writer has finished
  std::deque<std::unordered_set<std::string>> written_persons_;  // of the last files written (writer only)
  ResolutionCache cache_;  // the writer's, valid while graph_.commits() is cache_commits_
  uint64_t cache_commits_;
};

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
  std::vector<uint64_t> sizes(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    std::error_code ec;
    const auto size = fs::file_size(files[i], ec);
    sizes[i] = ec ? 0 : size;
    progress.bytes_total += sizes[i];
  }
  const unsigned threads =
      options.threads == 1 ? 0 : options.threads ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const size_t window = 4 * std::max(1u, threads);
  Pipeline pipeline(graph, engine, options, window);
  Status failure;
  OrderedMap<Prepared>(
      files.size(), threads, window, [&](size_t i) { return pipeline.Prepare(files[i]); },
      [&](size_t i, Prepared&& p) {
        if (options.cancel && options.cancel->load()) {
          report->interrupted = true;
          return false;
        }
        Status s = pipeline.Write(p);
        FileResult result = std::move(p.result);
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
        report->files.push_back(std::move(result));
        // A database failure stops the run; bad articles do not.
        if (!s.ok() && s.code() != Status::Code::kInvalidArgument && s.code() != Status::Code::kIOError &&
            s.code() != Status::Code::kNotFound && s.code() != Status::Code::kConstraint) {
          failure = s;
          return false;
        }
        ++progress.files_done;
        progress.bytes_done += sizes[i];
        progress.path = files[i];
        progress.file = &report->files.back();
        if (options.on_progress) options.on_progress(progress);
        if (options.cancel && options.cancel->load() && i + 1 < files.size()) {
          report->interrupted = true;
          return false;
        }
        return true;
      });
  CG_RETURN_IF_ERROR(failure);
  std::vector<graph::Conflict> conflicts;
  auto read = graph.BeginRead();
  CG_RETURN_IF_ERROR(graph::ListConflicts(*read, &conflicts));
  report->conflicts = conflicts.size();
  return Status::OK();
}

}  // namespace cg::ingest
