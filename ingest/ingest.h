// Ingest: news articles in, an evidence-backed graph out.
//
//   cg::ingest::IngestOptions options;
//   options.on_progress = [](const cg::ingest::Progress& p) { draw(p); };
//   cg::ingest::IngestReport report;
//   cg::Status s = cg::ingest::IngestPaths(*graph, {"articles/"}, options, &report);
//
// Each path is a file or a folder (read recursively: *.txt, *.md, *.markdown,
// *.text, *.html, *.htm, *.pdf; see document.h). Articles are read, checked
// and extracted (extract.h) in parallel on worker threads; each is written,
// in input order, in ONE write transaction: all of it or, when it fails,
// none of it. The database is the one a single thread would write: an
// extraction that asked the database about a name a just-written article
// changed is redone against the transaction. An
// article already ingested (same SHA-256) changes nothing and is reported as
// unchanged. A failing article (unreadable, empty, binary, invalid UTF-8,
// over the size limit, bad front matter) is reported with its path and
// reason; the others go on.
//
// Every relationship and node property written carries its evidence (article,
// sentence span, quote, rule id, confidence). A fact another article already
// stated gains evidence, not a duplicate. Single-valued facts on which
// articles disagree are kept as claims; graph::ListConflicts reports them.
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "graph/graph.h"
#include "schema/date.h"
#include "schema/status.h"

namespace cg::ingest {

struct FileResult;

struct Progress {
  size_t files_done = 0, files_total = 0;
  uint64_t bytes_done = 0, bytes_total = 0;
  std::string path;                   // the file just finished
  const FileResult* file = nullptr;   // its outcome, as the report holds it (valid during the call)
};

struct IngestOptions {
  // Folder of lexicon (*.txt) and rule (*.rules) files; empty: the lexicon/
  // folder of the source tree this library was built from.
  std::string lexicon_dir;
  // The article date when neither front matter nor a dateline gives one
  // (relative dates such as "this morning" resolve against it).
  std::optional<Date> default_date;
  // Facts extracted with a lower confidence are not written (0: all).
  float min_confidence = 0.0f;
  uint64_t max_file_bytes = 8u << 20;
  // Worker threads that read and extract articles (0: one per core; 1: all
  // on the calling thread). The database is the same for any number.
  unsigned threads = 0;
  // Called after each file (from the calling thread).
  std::function<void(const Progress&)> on_progress;
  // When it becomes true (a SIGINT handler may set it), the run stops after
  // the article being written: the articles written so far stay, the rest
  // are not read, and the report says `interrupted`. Null: never.
  const std::atomic<bool>* cancel = nullptr;
};

// What one article added.
struct Counts {
  uint64_t new_entities = 0;       // nodes created
  uint64_t merged_entities = 0;    // entities resolved to nodes that existed
  uint64_t new_relationships = 0;
  uint64_t new_evidence = 0;       // evidence records added (new and existing relationships)
  uint64_t claims = 0;             // node and relationship claims added

  Counts& operator+=(const Counts& o);
};

struct FileResult {
  enum class Outcome { kIngested, kUnchanged, kFailed };
  std::string path;
  Outcome outcome = Outcome::kFailed;
  Status status;           // kFailed: why ("<path>: invalid UTF-8 at byte offset 12")
  std::string article_id;  // sha256 hex (empty when the file could not be read)
  std::string title;
  Counts counts;
  std::vector<std::string> warnings;  // facts the ontology refused (the article still went in)
};

struct IngestReport {
  // The paths that do not exist first, then each file in the order written
  // (the ones on_progress was called for).
  std::vector<FileResult> files;
  Counts totals;
  uint64_t ingested = 0, unchanged = 0, failed = 0;
  uint64_t conflicts = 0;  // conflicts in the database after the run (graph::ListConflicts)
  bool interrupted = false;  // IngestOptions::cancel stopped the run before its last file
};

// Ingests every article under `paths`. Returns non-ok only when nothing can
// be ingested (the lexicon or rules do not load; the database fails); per-file
// problems are in report->files.
Status IngestPaths(graph::Graph& graph, const std::vector<std::string>& paths, const IngestOptions& options,
                   IngestReport* report);

}  // namespace cg::ingest
