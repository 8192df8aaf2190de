// Procedures callable with CALL: a registry of named procedures with typed
// inputs and outputs. The engine ships none of its own; embedders (and the
// TCK adapter) register them, e.g. a fixed table of rows.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "query/value.h"

namespace cg::query {

struct ProcedureField {
  std::string name;
  std::string type;  // Cypher type name: STRING, INTEGER, FLOAT, NUMBER, BOOLEAN, ANY; '?' suffix: nullable
};

class Procedure {
 public:
  Procedure(std::string name, std::vector<ProcedureField> inputs, std::vector<ProcedureField> outputs)
      : name_(std::move(name)), inputs_(std::move(inputs)), outputs_(std::move(outputs)) {}
  virtual ~Procedure() = default;

  const std::string& name() const { return name_; }
  const std::vector<ProcedureField>& inputs() const { return inputs_; }
  const std::vector<ProcedureField>& outputs() const { return outputs_; }

  // The output rows (one value per output field) for the given arguments
  // (one per input field).
  virtual std::vector<List> Call(const List& args) const = 0;

 private:
  std::string name_;
  std::vector<ProcedureField> inputs_, outputs_;
};

// A procedure defined by a table: each row holds the input values then the
// output values; a call returns the outputs of the rows whose inputs equal
// the arguments (every row when there are no inputs).
class TableProcedure : public Procedure {
 public:
  TableProcedure(std::string name, std::vector<ProcedureField> inputs, std::vector<ProcedureField> outputs,
                 std::vector<List> rows)
      : Procedure(std::move(name), std::move(inputs), std::move(outputs)), rows_(std::move(rows)) {}
  std::vector<List> Call(const List& args) const override;

 private:
  std::vector<List> rows_;
};

class ProcedureRegistry {
 public:
  void Register(std::unique_ptr<Procedure> procedure);
  // nullptr when no procedure has that (case-sensitive, dotted) name.
  const Procedure* Find(std::string_view name) const;

 private:
  std::map<std::string, std::unique_ptr<Procedure>, std::less<>> procedures_;
};

// Whether `v` is acceptable for a field of Cypher type `type` (an integer
// is acceptable for FLOAT: the call coerces it).
bool MatchesType(const Value& v, std::string_view type);

}  // namespace cg::query
