// The header line of neo4j-admin import CSV files, and the typed fields
// it declares.
//
//   nodes:          id:ID,name,aliases:string[],budget:long,:LABEL
//   relationships:  :START_ID,:END_ID,:TYPE,since:date,count:int
//
// A column is `name:type`, `name` (a string), or a role: `:ID` / `name:ID`
// (the node id; with a name it is also kept as that property, as
// neo4j-admin does), `:LABEL` (';'-separated labels), `:START_ID`,
// `:END_ID`, `:TYPE`, `:IGNORE`. ID columns may name an id space,
// `:ID(Person)`, `:START_ID(Person)`; ids are unique within a space.
// Types: int, long, short, byte (integers); float, double; boolean; string,
// char; date (ISO 8601, partial dates allowed: 2010, 2010-05); localtime,
// time, localdatetime, datetime, duration (ISO 8601, as Temporal::Parse and
// Duration::Parse in schema/temporal.h read them: a time or datetime without
// an offset is at UTC); each with `[]` for an array whose elements are
// ';'-separated. Type names ignore case.
//
// Values: an empty field is no value; a quoted empty field ("") in a
// string column is the empty string.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "exchange/csv.h"
#include "exchange/property_schema.h"
#include "schema/status.h"
#include "schema/value.h"

namespace cg::exchange {

enum class ColumnRole { kProperty, kId, kLabel, kStartId, kEndId, kType, kIgnore };

struct HeaderColumn {
  ColumnRole role = ColumnRole::kProperty;
  std::string name;  // the property key (kProperty, and a named kId)
  ColumnType type{ScalarType::kString, false};
  std::string id_space;  // kId, kStartId, kEndId
  std::string spelling;  // the header field as written, for messages
};

enum class FileKind { kNodes, kRelationships };

struct Header {
  std::vector<HeaderColumn> columns;
  int id = -1, start = -1, end = -1, type = -1;  // column positions; -1: absent
};

// Parses the header record of a file of `kind`. Node files need one ID
// column; relationship files need START_ID, END_ID and TYPE, and no ID or
// LABEL. Errors name `path`:1 and the offending column.
Status ParseHeader(const std::vector<CsvField>& fields, FileKind kind, const std::string& path, Header* header);

// The value of one property field (null for no value). On a malformed field
// returns InvalidArgument naming the column and what was expected; the
// caller adds file:line.
Status ParseField(const HeaderColumn& column, const CsvField& field, Value* value);

// The header spelling of a column of `type` for property `key`:
// "key:long", "key:double", "key:boolean", "key:date", "key:datetime",
// "key:duration", ..., "key:string", with "[]" for lists.
std::string HeaderFieldFor(std::string_view key, ColumnType type);

}  // namespace cg::exchange
