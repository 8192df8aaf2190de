// assert(a, TYPE, b): a fact the researcher states, with their source and
// note as its evidence (rule "curation"). When the graph already holds it,
// the evidence joins the relationship that does.
#include <fmt/format.h>

#include "graph/curation/effects.h"

namespace cg::graph::curation {

inline constexpr std::string_view kCurationRule = "curation";

Status Assert(Effects* fx) {
  Decision& d = fx->decision();
  if (d.entities.size() != 2) return Status::InvalidArgument("assert takes a start entity, a type and an end entity");
  if (d.type.empty()) return Status::InvalidArgument("assert needs a relationship type");
  if (d.source.empty()) return Status::InvalidArgument("assert needs a source: where the researcher has the fact from");
  Relationship fact;
  fact.type = d.type;
  fact.properties = d.properties;
  Evidence evidence;
  evidence.article = d.source;
  evidence.quote = d.note;
  evidence.rule = std::string(kCurationRule);
  evidence.confidence = 1.0f;
  fact.evidence.push_back(std::move(evidence));
  RelId into = 0;
  return fx->CopyOrFold(fact, d.entities[0].id, d.entities[1].id, &into);
}

}  // namespace cg::graph::curation
