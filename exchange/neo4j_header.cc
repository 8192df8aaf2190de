#include "exchange/neo4j_header.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>

#include "exchange/value_text.h"

namespace cg::exchange {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool ParseScalarType(std::string_view spelling, ScalarType* type) {
  const std::string name = Lower(spelling);
  if (name == "int" || name == "long" || name == "short" || name == "byte") {
    *type = ScalarType::kInt;
  } else if (name == "float" || name == "double") {
    *type = ScalarType::kFloat;
  } else if (name == "boolean") {
    *type = ScalarType::kBool;
  } else if (name == "string" || name == "char") {
    *type = ScalarType::kString;
  } else if (name == "date") {
    *type = ScalarType::kDate;
  } else if (name == "localtime") {
    *type = ScalarType::kLocalTime;
  } else if (name == "time") {
    *type = ScalarType::kTime;
  } else if (name == "localdatetime") {
    *type = ScalarType::kLocalDateTime;
  } else if (name == "datetime") {
    *type = ScalarType::kDateTime;
  } else if (name == "duration") {
    *type = ScalarType::kDuration;
  } else {
    return false;
  }
  return true;
}

// "ID(Person)" -> role name "id", space "Person".
void SplitIdSpace(std::string_view spec, std::string* role, std::string* space) {
  const size_t open = spec.find('(');
  if (open != std::string_view::npos && spec.ends_with(')')) {
    *space = std::string(spec.substr(open + 1, spec.size() - open - 2));
    spec = spec.substr(0, open);
  }
  *role = Lower(spec);
}

// What a field of a temporal type must look like, for messages.
std::string_view TemporalForm(ScalarType type) {
  switch (type) {
    case ScalarType::kLocalTime: return "an ISO local time (12:31:14.645)";
    case ScalarType::kTime: return "an ISO time (12:31:14.645+01:00)";
    case ScalarType::kLocalDateTime: return "an ISO local date-time (2015-07-21T21:40:32.142)";
    case ScalarType::kDateTime: return "an ISO date-time (2015-07-21T21:40:32.142+02:00[Europe/Stockholm])";
    default: return "an ISO duration (P1Y2M3DT4H5M6.5S)";
  }
}

Temporal::Kind TemporalKind(ScalarType type) {
  switch (type) {
    case ScalarType::kTime: return Temporal::Kind::kTime;
    case ScalarType::kLocalDateTime: return Temporal::Kind::kLocalDateTime;
    case ScalarType::kDateTime: return Temporal::Kind::kDateTime;
    default: return Temporal::Kind::kLocalTime;
  }
}

// False, with what was expected, when `text` is not a value of `type`.
bool ParseScalar(ScalarType type, std::string_view text, Value* value, std::string_view* expected) {
  switch (type) {
    case ScalarType::kInt: {
      int64_t v = 0;
      const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
      if (r.ec != std::errc() || r.ptr != text.data() + text.size()) {
        *expected = "an integer";
        return false;
      }
      *value = v;
      return true;
    }
    case ScalarType::kFloat: {
      double v = 0;
      const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
      if (r.ec != std::errc() || r.ptr != text.data() + text.size()) {
        *expected = "a number";
        return false;
      }
      *value = v;
      return true;
    }
    case ScalarType::kBool: {
      const std::string lower = Lower(text);
      if (lower != "true" && lower != "false") {
        *expected = "true or false";
        return false;
      }
      *value = lower == "true";
      return true;
    }
    case ScalarType::kDate: {
      auto date = Date::Parse(text);
      if (!date) {
        *expected = "an ISO date (2010, 2010-05 or 2010-05-03)";
        return false;
      }
      *value = *date;
      return true;
    }
    case ScalarType::kLocalTime:
    case ScalarType::kTime:
    case ScalarType::kLocalDateTime:
    case ScalarType::kDateTime: {
      auto temporal = Temporal::Parse(TemporalKind(type), text);
      if (!temporal) {
        *expected = TemporalForm(type);
        return false;
      }
      *value = std::move(*temporal);
      return true;
    }
    case ScalarType::kDuration: {
      auto duration = Duration::Parse(text);
      if (!duration) {
        *expected = TemporalForm(type);
        return false;
      }
      *value = *duration;
      return true;
    }
    case ScalarType::kNone:
    case ScalarType::kString:
      *value = std::string(text);
      return true;
  }
  return true;
}

}  // namespace

Status ParseHeader(const std::vector<CsvField>& fields, FileKind kind, const std::string& path, Header* header) {
  *header = Header();
  auto fail = [&](const std::string& what) { return Status::InvalidArgument(fmt::format("{}:1: {}", path, what)); };
  for (const auto& field : fields) {
    HeaderColumn column;
    column.spelling = std::string(field.text);
    // The type follows the last ':', except inside an id space: ":ID(a:b)".
    const size_t paren = field.text.ends_with(')') ? field.text.rfind('(') : std::string_view::npos;
    const size_t colon = field.text.rfind(':', paren);
    std::string_view spec;
    if (colon == std::string_view::npos) {
      column.name = std::string(field.text);
    } else {
      column.name = std::string(field.text.substr(0, colon));
      spec = field.text.substr(colon + 1);
    }
    if (colon != std::string_view::npos) {
      std::string role;
      SplitIdSpace(spec, &role, &column.id_space);
      const int position = static_cast<int>(header->columns.size());
      auto take = [&](int* slot, ColumnRole r) -> Status {
        if (*slot >= 0) return fail(fmt::format("column '{}' repeats a :{} column", column.spelling, role));
        *slot = position;
        column.role = r;
        return Status::OK();
      };
      if (role == "id") {
        CG_RETURN_IF_ERROR(take(&header->id, ColumnRole::kId));
      } else if (role == "start_id") {
        CG_RETURN_IF_ERROR(take(&header->start, ColumnRole::kStartId));
      } else if (role == "end_id") {
        CG_RETURN_IF_ERROR(take(&header->end, ColumnRole::kEndId));
      } else if (role == "type") {
        CG_RETURN_IF_ERROR(take(&header->type, ColumnRole::kType));
      } else if (role == "label") {
        column.role = ColumnRole::kLabel;
      } else if (role == "ignore") {
        column.role = ColumnRole::kIgnore;
      } else {
        std::string_view type_name = spec;
        column.type.list = type_name.ends_with("[]");
        if (column.type.list) type_name.remove_suffix(2);
        if (!ParseScalarType(type_name, &column.type.scalar)) {
          return fail(fmt::format(
              "column '{}': unknown type '{}' (expected int, long, short, byte, float, double, boolean, string, "
              "char, date, localtime, time, localdatetime, datetime or duration, optionally with [], or ID, "
              "START_ID, END_ID, TYPE, LABEL, IGNORE)",
              column.spelling, spec));
        }
      }
    }
    if (column.role == ColumnRole::kProperty && column.name.empty()) {
      return fail(fmt::format("column {} has no name", header->columns.size() + 1));
    }
    if (column.name.find('\0') != std::string::npos) {
      return fail(
          fmt::format("column {}: a property name must not contain a NUL character", header->columns.size() + 1));
    }
    header->columns.push_back(std::move(column));
  }
  const bool has_label = std::any_of(header->columns.begin(), header->columns.end(),
                                     [](const HeaderColumn& c) { return c.role == ColumnRole::kLabel; });
  if (kind == FileKind::kNodes) {
    if (header->id < 0) return fail("a node file needs an :ID column (e.g. id:ID)");
    if (header->start >= 0 || header->end >= 0 || header->type >= 0) {
      return fail("a node file has no :START_ID, :END_ID or :TYPE column (is it a relationship file?)");
    }
  } else {
    if (header->start < 0 || header->end < 0 || header->type < 0) {
      return fail("a relationship file needs :START_ID, :END_ID and :TYPE columns");
    }
    if (header->id >= 0 || has_label) {
      return fail("a relationship file has no :ID or :LABEL column (is it a node file?)");
    }
  }
  return Status::OK();
}

Status ParseField(const HeaderColumn& column, const CsvField& field, Value* value) {
  *value = Value();
  if (field.text.empty()) {
    if (field.quoted && column.type == ColumnType{ScalarType::kString, false}) *value = std::string();
    return Status::OK();
  }
  std::string_view expected;
  auto fail = [&](std::string_view text) {
    return Status::InvalidArgument(fmt::format("column '{}': expected {}, got '{}'", column.spelling, expected, text));
  };
  if (!column.type.list) {
    return ParseScalar(column.type.scalar, field.text, value, &expected) ? Status::OK() : fail(field.text);
  }
  ValueList list;
  std::string_view rest = field.text;
  while (true) {
    const size_t cut = rest.find(kListDelimiter);
    const std::string_view element = rest.substr(0, cut);
    if (!element.empty()) {
      Value item;
      if (!ParseScalar(column.type.scalar, element, &item, &expected)) return fail(element);
      list.push_back(std::move(item));
    }
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + 1);
  }
  if (!list.empty()) *value = std::move(list);
  return Status::OK();
}

std::string HeaderFieldFor(std::string_view key, ColumnType type) {
  std::string_view name = "string";
  switch (type.scalar) {
    case ScalarType::kBool:
      name = "boolean";
      break;
    case ScalarType::kInt:
      name = "long";
      break;
    case ScalarType::kFloat:
      name = "double";
      break;
    case ScalarType::kDate:
      name = "date";
      break;
    case ScalarType::kLocalTime:
      name = "localtime";
      break;
    case ScalarType::kTime:
      name = "time";
      break;
    case ScalarType::kLocalDateTime:
      name = "localdatetime";
      break;
    case ScalarType::kDateTime:
      name = "datetime";
      break;
    case ScalarType::kDuration:
      name = "duration";
      break;
    case ScalarType::kNone:
    case ScalarType::kString:
      break;
  }
  return fmt::format("{}:{}{}", key, name, type.list ? "[]" : "");
}

}  // namespace cg::exchange
