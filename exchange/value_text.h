// The one text form of a stored value that every exporter writes:
// strings as they are, integers in decimal, floats in the shortest form
// that reads back to the same double, booleans "true"/"false", dates ISO at
// their own precision ("2010", "2010-05", "2010-05-03"), times, date-times
// and durations ISO as Cypher prints them (schema/temporal.h), lists with their
// elements in that form joined by ';' (the neo4j-admin array delimiter).
// Null is the empty string: writers omit it.
#pragma once

#include <string>
#include <vector>

#include "schema/value.h"

namespace cg::exchange {

inline constexpr char kListDelimiter = ';';

void AppendValueText(const Value& value, std::string* out);
std::string ValueText(const Value& value);

// A node's labels as one string, each after a ':' (":Organization:Cartel"),
// the form Neo4j's GraphML export gives its `labels` attribute.
void AppendLabelsText(const std::vector<std::string>& labels, std::string* out);

}  // namespace cg::exchange
