#include "python/cursor.h"

#include <optional>

#include "python/columns.h"
#include "python/errors.h"
#include "python/interrupt.h"

namespace cg::python {

Cursor::Cursor(std::shared_ptr<graph::Graph> graph, const std::string& text, query::Map params,
               const QuerySettings& settings)
    : graph_(std::move(graph)), settings_(settings) {
  query::QueryOptions options;
  options.cancel = &cancel_;
  options.read_only = true;
  options.timeout = std::chrono::milliseconds(static_cast<int64_t>(settings.timeout_seconds * 1000));
  if (settings.memory_limit) options.limits.memory_limit = settings.memory_limit;
  options.as_of = settings.as_of;
  options.show_rejected = settings.show_rejected;
  Unlocked([&] {
    cursor_ = query::QueryEngine::Open(*graph_, text, params, options);
    const auto& error = cursor_->error();
    if (!error || error->code != "ReadOnly" || settings.read_only_database) return;
    options.read_only = false;
    writes_ = true;
    cursor_ = query::QueryEngine::Open(*graph_, text, params, options);
    for (;;) {
      Batch batch;
      if (!cursor_->Next(&batch.rows)) break;
      cursor_->CollectEntities(batch.rows, &batch.entities.nodes, &batch.entities.relationships);
      buffered_.push_back(std::move(batch));
    }
    stats_ = cursor_->stats();
  });
  if (cursor_->error()) RaiseError();
  columns_ = cursor_->columns();
  notifications_ = cursor_->notifications();
}

template <typename Work>
void Cursor::Unlocked(Work&& work) {
  {
    py::gil_scoped_release release;
    std::optional<SigintCancels> sigint;
    if (settings_.interruptible) sigint.emplace(&cancel_);
    work();
  }
  const bool cancelled = cancel_.load();
  if (PyErr_CheckSignals() != 0 || cancelled) {
    Release();  // a cancelled query is over
    if (!PyErr_Occurred()) PyErr_SetNone(PyExc_KeyboardInterrupt);
    throw py::error_already_set();
  }
}

void Cursor::RaiseError() {
  query::QueryError error = *cursor_->error();
  Release();
  RaiseQueryError(error);
}

bool Cursor::Pull(Batch* batch) {
  if (!cursor_) return false;
  if (writes_) {
    if (buffered_.empty()) {
      Release();
      return false;
    }
    *batch = std::move(buffered_.front());
    buffered_.pop_front();
    return true;
  }
  if (busy_) throw std::runtime_error("a Result is read by one thread at a time");
  busy_ = true;  // under the GIL, which Unlocked holds again when it returns or throws
  struct Clear {
    bool* busy;
    ~Clear() { *busy = false; }
  } clear{&busy_};
  bool more = false;
  Unlocked([&] {
    more = cursor_->Next(&batch->rows);
    if (more) cursor_->CollectEntities(batch->rows, &batch->entities.nodes, &batch->entities.relationships);
  });
  if (!more && cursor_->error()) RaiseError();
  if (!more) {
    stats_ = cursor_->stats();
    Release();
  }
  return more;
}

py::list Cursor::FetchMany() {
  Batch batch;
  py::list out;
  if (!Pull(&batch)) return out;
  for (const auto& row : batch.rows) {
    py::tuple t(row.size());
    for (size_t i = 0; i < row.size(); ++i) t[i] = ToPython(row[i], batch.entities, Style::kRow);
    out.append(std::move(t));
  }
  return out;
}

py::list Cursor::FetchColumns() {
  std::vector<ColumnBuilder> builders(columns_.size());
  Batch batch;
  while (Pull(&batch)) {
    for (const auto& row : batch.rows) {
      for (size_t i = 0; i < row.size() && i < builders.size(); ++i) builders[i].Add(row[i], batch.entities);
    }
    batch = {};
  }
  py::list out;
  for (ColumnBuilder& builder : builders) out.append(builder.Finish());
  return out;
}

py::dict Cursor::Stats() const {
  py::dict d;
  const query::execution::Stats& s = stats_;
  d["nodes_created"] = s.nodes_created;
  d["nodes_deleted"] = s.nodes_deleted;
  d["relationships_created"] = s.relationships_created;
  d["relationships_deleted"] = s.relationships_deleted;
  d["properties_set"] = s.properties_set;
  d["labels_added"] = s.labels_added;
  d["labels_removed"] = s.labels_removed;
  d["indexes_added"] = s.indexes_added;
  d["indexes_removed"] = s.indexes_removed;
  d["constraints_added"] = s.constraints_added;
  d["constraints_removed"] = s.constraints_removed;
  return d;
}

py::list Cursor::Notifications() const {
  py::list out;
  for (const query::Notification& n : notifications_) {
    py::dict d;
    d["code"] = n.code;
    d["title"] = n.title;
    d["message"] = n.message;
    d["severity"] = n.severity;
    d["line"] = n.line;
    d["column"] = n.column;
    d["offset"] = n.offset;
    out.append(std::move(d));
  }
  return out;
}

void Cursor::Close() {
  if (busy_) throw std::runtime_error("cannot close a Result while another thread reads it");
  Release();
}

void Cursor::Release() {
  buffered_.clear();
  cursor_.reset();
  graph_.reset();
}

}  // namespace cg::python
