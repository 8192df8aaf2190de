// Cypher literals typed by people: parameter values given as
// `--param k=v` or `:param k => v`. A literal is null, true, false
// (any case), an integer (42, -7, 0x1F, 0o17), a float (1.5, -2e3, .5),
// a string ('it\'s', "a\nb", \uXXXX escapes), a list [1, 'a'] or a map
// {name: 'x', `odd key`: 2}, nested freely, with whitespace around tokens.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "query/value.h"

namespace cg::cli {

// `text` as one Cypher literal, or nullopt when it is not exactly one
// (including integers that overflow 64 bits).
std::optional<query::Value> ParseLiteral(std::string_view text);

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
