// Encoding of curation decisions as Cap'n Proto messages
// (schema/records.capnp, struct Decision). Decoding fails with
// Status::Corruption, never crashes, on bytes that are not a decision.
#pragma once

#include <string>
#include <string_view>

#include "graph/curation/decision.h"
#include "schema/status.h"

namespace cg::graph::curation {

std::string EncodeDecision(const Decision& decision);
Status DecodeDecision(std::string_view bytes, Decision* decision);

}  // namespace cg::graph::curation
