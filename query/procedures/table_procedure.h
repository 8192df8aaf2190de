// TableProcedure: a procedure defined by a fixed table (the TCK's test
// procedures, embedders' lookup tables). Each row holds the input values
// then the output values; a call returns the outputs of the rows whose
// inputs equal the arguments (every row when there are no inputs).
#pragma once

#include "query/procedures/procedure.h"

namespace cg::query {

class TableProcedure : public Procedure {
 public:
  TableProcedure(std::string name, std::vector<ProcedureField> inputs, std::vector<ProcedureField> outputs,
                 std::vector<List> rows)
      : Procedure(std::move(name), std::move(inputs), std::move(outputs)), rows_(std::move(rows)) {}
  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override;

 private:
  std::vector<List> rows_;
};

}  // namespace cg::query
