// Validity: whether a relationship holds on a day, by its `since`, `until`
// and `date` properties, for the graph as of a date (query/engine.h
// QueryOptions::as_of, the exporters):
//
//  - it holds from `since` (LEADS, MEMBER_OF, ALLIED_WITH...) or, without
//    one, from `date`: a one-time act (FOUNDED, DESIGNATED, SUCCEEDED,
//    EMERGED_FROM...) holds from the day it happened on;
//  - until `until`, exclusive;
//  - partial dates compare at their own precision (date.h HoldsOn);
//  - a property that is absent, null or neither a date nor a string in
//    date form leaves its side open: an undated relationship always holds.
#pragma once

#include <optional>

#include "schema/date.h"
#include "schema/value.h"

namespace cg {

// The date a property value states: a date, or a string Date::Parse reads.
std::optional<Date> DateOf(const Value* value);

// By the rules above, from the three properties' values (null: absent).
bool HoldsOn(const Value* since, const Value* until, const Value* date, const Date& day);
// Of a property map.
bool HoldsOn(const PropertyMap& properties, const Date& day);

}  // namespace cg
