// Keys of the indexes a user creates (CREATE INDEX, CREATE CONSTRAINT;
// catalog.h), in the properties column beside the built-in exact-value
// entries (keys.h), from which a leading NUL byte sets them apart
// (property keys are never empty and hold no NUL):
//
//   0x00 index-name 0x00 ordered-value node(8)   -> ""
//
// The ordered value sorts as Cypher orders values of one type, so that a
// range of values is a range of keys:
//
//   boolean  0x01 then 0 / 1
//   number   0x02 then the value as a double, sign-folded big-endian
//            (integers beyond 2^53 round: a seek over numbers finds a
//            superset, which the query's own predicate then checks)
//   string   0x03 then the bytes, NUL escaped as 00 FF, ended by 00 00
//            (so a string's prefix is a prefix of its key)
//   date     0x04 then year (sign-folded, 4 bytes), month, day (0: unknown)
//
// Other values (null, lists, maps) are not indexed: a node whose property
// holds one has no entry.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "graph/types.h"

namespace cg::graph::index_keys {

// The ordered value's bytes, or nullopt when `value` is not indexed.
std::optional<std::string> OrderedValue(const Value& value);
// The ordered bytes of a string prefix: every string starting with
// `prefix` has an ordered value starting with them.
std::string OrderedPrefix(std::string_view prefix);
// The type byte of an ordered value: values of one type share it.
inline char TypeByte(std::string_view ordered) { return ordered.empty() ? '\0' : ordered[0]; }

// Every entry of the index.
std::string IndexPrefix(std::string_view index);
std::string Entry(std::string_view index, std::string_view ordered, NodeId node);

}  // namespace cg::graph::index_keys
