// JSON-lines export of a whole graph in the layout of Neo4j APOC's
// apoc.export.json.all: one object a line, nodes first, then relationships.
//
//   {"type":"node","id":"17","labels":["Person"],"properties":{"name":"..."}}
//   {"type":"relationship","id":"4","label":"LEADS","properties":{...,
//    "evidence":[{"article":..,"span":[b,e],"quote":..,"rule":..,"confidence":..}]},
//    "start":{"id":"17","labels":["Person"]},"end":{"id":"3","labels":[...]}}
//
// Dates are written as ISO strings at their own precision ("2010", "2026-02").
// Evidence (relationships) and claims (nodes and relationships) appear as the
// `evidence` and `claims` properties when present.
#pragma once

#include <optional>
#include <ostream>

#include <nlohmann/json_fwd.hpp>

#include "exchange/records.h"
#include "graph/reader.h"
#include "schema/date.h"
#include "schema/status.h"

namespace cg::exchange {

// What `view` shows (records.h ExportView): the graph of a day, rejected facts.
Status ExportJsonLines(const graph::Reader& reader, std::ostream& out,
                       const ExportView& view = {});

// The JSON form of a stored value (dates as ISO strings).
nlohmann::ordered_json ValueToJson(const Value& value);
nlohmann::ordered_json EvidenceToJson(const graph::Evidence& evidence);

}  // namespace cg::exchange
