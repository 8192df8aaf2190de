// Values as text for people: Cypher literal syntax ('str', 1.0, [1, 2],
// {k: 'v'}), nodes as (:Label {k: v}), relationships as [:TYPE {k: v}],
// paths as (:A)-[:T]->(:B). Entity labels, types and properties come from
// the QueryResult that returned the value.
#pragma once

#include <string>

#include "query/engine.h"
#include "query/value.h"

namespace cg::format {

// A float as Cypher writes it: always with a '.' or exponent (1.0, 2.5e-10),
// NaN, Infinity, -Infinity.
std::string FloatText(double d);

// A date as Cypher writes it (2026-02-22, +10000-01-01), or at its own
// precision when partial, as ingest stores an article's "in 2010": 2010,
// 2010-06.
std::string DateText(const Date& d);

// `s` as a single-quoted Cypher string literal with backslash escapes.
std::string QuoteString(const std::string& s);

// The Cypher literal-like text of `v` (strings quoted).
std::string CypherText(const query::Value& v, const query::QueryResult& result);

// The text of a table cell: like CypherText, but a top-level string is
// shown bare, and control characters are escaped (\n, \t, \u0001) so that
// every cell is one line.
std::string CellText(const query::Value& v, const query::QueryResult& result);

}  // namespace cg::format
