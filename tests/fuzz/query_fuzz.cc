// libFuzzer target: a query text through every compile stage — lexer,
// parser, binder, planner, optimizer — and EXPLAIN's rendering of the plan.
// Contract under test: any bytes either compile or fail with a QueryError;
// no other exception escapes, and ASan/UBSan report nothing.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "query/error.h"
#include "query/planner/planner.h"
#include "query/prepared_query.h"
#include "query/procedures/registry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    auto prepared = cg::query::PreparedQuery::Prepare(text, &cg::query::BuiltinProcedures());
    (void)cg::query::planner::Explain(prepared->plan);
  } catch (const cg::query::QueryError&) {
    // A refused query: the expected answer to most inputs.
  }
  return 0;
}
