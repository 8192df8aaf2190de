// Edit distance between short strings, for "did you mean" suggestions and
// typo-tolerant name search: the optimal string alignment distance
// (insertions, deletions, substitutions and transpositions of adjacent
// characters, each costing 1), over bytes.
#pragma once

#include <cstddef>
#include <string_view>

namespace cg {

// The distance, or `limit` + 1 when it exceeds `limit` (computed only as
// far as needed to know that).
size_t EditDistance(std::string_view a, std::string_view b, size_t limit);

}  // namespace cg
