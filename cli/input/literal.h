// Parameter values typed by people: `--param k=v` or `:param k => v`, and
// sizes such as `--memory-limit 4GiB`. A value is read as a Cypher literal
// by the query language's own parser (query/parser/literal.h).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "query/value.h"

namespace cg::cli {

// A parameter value: the literal `text` denotes, or else `text` itself as
// a string (so `--param name=El Mencho` needs no quotes).
query::Value ParameterValue(std::string_view text);

// Splits "name<separator>value" (spaces around either part allowed) into
// the parameter name and ParameterValue(value). nullopt when the separator
// is missing or the name is not an identifier (letters, digits, '_', not
// starting with a digit).
std::optional<std::pair<std::string, query::Value>> ParseAssignment(std::string_view text,
                                                                    std::string_view separator);

// A size in bytes as people write it: a number with an optional unit
// (B, KB/KiB, MB/MiB, GB/GiB, TB/TiB, case-insensitive; K/M/G/T alone are
// the binary units), e.g. "512MB", "2GiB", "1.5G". nullopt when malformed
// or zero.
std::optional<size_t> ParseByteSize(std::string_view text);

}  // namespace cg::cli
