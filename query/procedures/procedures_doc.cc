#include "query/procedures/procedures_doc.h"

namespace cg::query {

std::string ProceduresMarkdown(const ProcedureRegistry& registry) {
  std::string out = "| procedure | signature | answers |\n|---|---|---|\n";
  registry.ForEach([&](const Procedure& p) {
    out += "| `" + p.name() + "` | `" + p.Signature() + "` | " + p.description() + " |\n";
  });
  return out;
}

}  // namespace cg::query
