// Values as JSON, in the value encoding of the openCypher TCK harness
// (../shared/tck/README.md): null, booleans, strings, integers and floats
// as themselves (NaN and infinities as {"$float": "NaN"}), lists and maps
// as arrays and objects, dates and durations as their ISO strings, and
//   {"$node": {"id": 1, "labels": ["Person"], "properties": {...}}}
//   {"$rel": {"id": 7, "type": "LEADS", "start": 1, "end": 2, "properties": {...}}}
//   {"$path": [node, rel, node, ...]}
// Entity labels, types and properties come from the QueryResult that
// returned the value (an entity it lacks, e.g. deleted, shows none).
#pragma once

#include <nlohmann/json.hpp>

#include "query/engine.h"
#include "query/value.h"

namespace cg::format {

nlohmann::json ValueToJson(const query::Value& v, const query::QueryResult& result);

// The inverse for plain values (parameters): objects become maps, except
// {"$int": "..."} and {"$float": ...}; entities cannot be decoded.
// Throws std::invalid_argument / std::out_of_range on a malformed $int or
// $float string.
query::Value ValueFromJson(const nlohmann::json& j);

}  // namespace cg::format
