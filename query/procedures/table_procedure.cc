#include "query/procedures/table_procedure.h"

namespace cg::query {

std::unique_ptr<ProcedureRows> TableProcedure::Open(const ProcedureContext&, const List& args) const {
  std::vector<List> out;
  size_t n = inputs().size();
  for (const List& row : rows_) {
    bool match = true;
    for (size_t i = 0; i < n && match; ++i) match = Equivalent(row[i], args[i]);
    if (match) out.emplace_back(row.begin() + n, row.end());
  }
  return std::make_unique<VectorRows>(std::move(out));
}

}  // namespace cg::query
