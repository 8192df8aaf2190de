// Procedure: a named routine callable with CALL, with typed inputs and
// outputs, that reads the graph through the calling query's snapshot and
// streams its rows.
//
//   CALL cg.vacuums('2026-02-23') YIELD organization, contenders
//   WHERE size(contenders) > 1 RETURN organization
//
// A procedure is stateless and shared between queries and threads: Open()
// gets everything a call needs (the context and the arguments) and returns
// a cursor over that call's rows. Procedures read, except those whose
// writes() is true (the curation procedures): a query that calls one runs
// in a write transaction, and the procedure writes through
// ProcedureContext::writer() during Open.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/projection.h"
#include "graph/reader.h"
#include "graph/write_txn.h"
#include "query/value.h"
#include "schema/date.h"

namespace cg::query {

class ProcedureRegistry;

struct ProcedureField {
  std::string name;
  // Cypher type name: STRING, INTEGER, FLOAT, NUMBER, BOOLEAN, MAP, NODE,
  // RELATIONSHIP, PATH, LIST OF ..., ANY; a '?' suffix: nullable.
  std::string type;
  // Inputs only: the value of an argument the call leaves out. Only a
  // trailing run of inputs may have defaults.
  std::optional<Value> default_value = std::nullopt;
};

// What a call reads the graph through. Implemented by the executor for the
// calling query; valid for the duration of the call's cursor.
class ProcedureContext {
 public:
  virtual ~ProcedureContext() = default;
  // The query's snapshot (with the query's own writes when it wrote).
  virtual const graph::Reader& reader() const = 0;
  // The CSR projection of the snapshot, built on first use; null when the
  // query has written or runs without a Graph (read through reader()).
  virtual std::shared_ptr<const graph::Projection> projection() const = 0;
  // One unit of work: throws the query's Cancelled / TimedOut error when it
  // was cancelled or ran out of time. Call it in every loop.
  virtual void Tick() const = 0;
  // Throws MemoryLimitExceeded when `bytes` more would exceed the query's
  // memory budget. Call it before holding anything proportional to the graph.
  virtual void CheckMemory(size_t bytes) const = 0;
  // The procedures the query resolves names in.
  virtual const ProcedureRegistry& registry() const = 0;
  // The day the calling query sees the graph as of (QueryOptions::as_of),
  // or nullopt. Procedures that take an asOf argument default to it.
  virtual std::optional<Date> as_of() const = 0;
  // Whether the calling query sees relationship `rel`: always without
  // as_of(); with it, only when the relationship holds on that day
  // (schema/validity.h HoldsOn; the query's own view, execution/as_of.h).
  // The reader and the projection above hold the whole graph: a procedure
  // that walks relationships itself skips those it does not see
  // (arguments.h ForEachSeenEdge). cg.vacuums, which reads the LEADS that
  // ended before its day, keeps to its own day instead (leadership.h InForce).
  virtual bool Sees(graph::RelId rel) const = 0;
  // Whether Sees() is false for some relationship (as_of() is set, or a
  // curation decision rejected one): a procedure may skip the filtering
  // when it is not.
  virtual bool HidesAny() const = 0;
  // Whether a curation decision rejected relationship `rel` and the calling
  // query does not show rejected facts (QueryOptions::show_rejected).
  // Sees(rel) implies !Rejected(rel); a procedure that keeps to its own day
  // rather than the query's (cg.vacuums) still skips what was rejected.
  virtual bool Rejected(graph::RelId rel) const = 0;
  // Whether the calling query shows what curation decisions rejected
  // (QueryOptions::show_rejected): cg.conflicts then lists rejected claims.
  virtual bool ShowsRejected() const = 0;
  // The query's write transaction, for a procedure whose writes() is true
  // (null for any other). Its writes commit with the query.
  virtual graph::WriteTxn* writer() const = 0;
};

// The rows of one call, pulled one at a time.
class ProcedureRows {
 public:
  virtual ~ProcedureRows() = default;
  // The next row (one value per output field, in order); false when done.
  virtual bool Next(List* row) = 0;
};

// Rows computed up front (for procedures whose answer is small or must be
// ranked before the first row is known).
class VectorRows : public ProcedureRows {
 public:
  explicit VectorRows(std::vector<List> rows) : rows_(std::move(rows)) {}
  bool Next(List* row) override;

 private:
  std::vector<List> rows_;
  size_t next_ = 0;
};

class Procedure {
 public:
  Procedure(std::string name, std::vector<ProcedureField> inputs, std::vector<ProcedureField> outputs,
            std::string description = {})
      : name_(std::move(name)),
        inputs_(std::move(inputs)),
        outputs_(std::move(outputs)),
        description_(std::move(description)) {}
  virtual ~Procedure() = default;

  const std::string& name() const { return name_; }
  const std::vector<ProcedureField>& inputs() const { return inputs_; }
  const std::vector<ProcedureField>& outputs() const { return outputs_; }
  // One line: what the procedure answers.
  const std::string& description() const { return description_; }
  // Whether the procedure writes the graph (see the top of this file).
  virtual bool writes() const { return false; }
  // How many leading inputs a call must give (the rest have defaults).
  size_t required_inputs() const;
  // "name(in :: TYPE, opt = default :: TYPE?) :: (out :: TYPE, ...)".
  std::string Signature() const;

  // The rows of a call. `args` holds one value per input, defaults filled
  // in and each checked against its field's type. Errors (a bad argument
  // value, a missing node) are thrown as query RuntimeErrors.
  virtual std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const = 0;

 private:
  std::string name_;
  std::vector<ProcedureField> inputs_, outputs_;
  std::string description_;
};

// Whether `v` is acceptable for a field of Cypher type `type` (an integer
// is acceptable for FLOAT: the call coerces it).
bool MatchesType(const Value& v, std::string_view type);

}  // namespace cg::query
