#include "format/value_text.h"

#include <cctype>
#include <cmath>

#include <fmt/format.h>

#include "query/temporal.h"

namespace cg::format {

namespace {

using query::Value;

// An identifier as Cypher accepts it unquoted, else backquoted.
std::string Name(const std::string& name) {
  bool plain = !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0]));
  for (char c : name) plain = plain && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
  if (plain) return name;
  std::string out = "`";
  for (char c : name) out += c == '`' ? std::string("``") : std::string(1, c);
  return out + "`";
}

std::string PropertiesText(const PropertyMap& props) {
  if (props.empty()) return "";
  std::string out = " {";
  bool first = true;
  for (const auto& [k, v] : props) {
    if (!first) out += ", ";
    first = false;
    out += Name(k) + ": " + CypherText(Value::FromStored(v), query::QueryResult());
  }
  return out + "}";
}

std::string NodeText(graph::NodeId id, const query::QueryResult& r) {
  auto it = r.nodes.find(id);
  if (it == r.nodes.end()) return "()";
  std::string out = "(";
  for (const std::string& label : it->second.labels) out += ":" + Name(label);
  return out + PropertiesText(it->second.properties) + ")";
}

std::string RelText(graph::RelId id, const query::QueryResult& r) {
  auto it = r.relationships.find(id);
  if (it == r.relationships.end()) return "[]";
  return "[:" + Name(it->second.type) + PropertiesText(it->second.properties) + "]";
}

std::string PathText(const query::Path& p, const query::QueryResult& r) {
  std::string out = NodeText(p.nodes.front(), r);
  for (size_t i = 0; i < p.rels.size(); ++i) {
    // The relationship points forward when it starts at the node before it.
    auto rel = r.relationships.find(p.rels[i]);
    bool forward = rel == r.relationships.end() || rel->second.start == p.nodes[i];
    out += (forward ? "-" : "<-") + RelText(p.rels[i], r) + (forward ? "->" : "-");
    out += NodeText(p.nodes[i + 1], r);
  }
  return out;
}

// `s` with control characters escaped (\n, \t, \u0001); inside a quoted
// literal also the quote and the backslash.
std::string Escape(const std::string& s, bool quoted) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\'':
      case '\\':
        if (quoted) out += '\\';
        out += c;
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) out += fmt::format("\\u{:04x}", static_cast<int>(static_cast<unsigned char>(c)));
        else out += c;
    }
  }
  return out;
}

}  // namespace

std::string DateText(const Date& d) {
  return temporal_text::DateString(d);
}

std::string FloatText(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  std::string out = fmt::format("{}", d);
  if (out.find_first_of(".eE") == std::string::npos) out += ".0";
  return out;
}

std::string QuoteString(const std::string& s) { return "'" + Escape(s, true) + "'"; }

std::string CypherText(const Value& v, const query::QueryResult& r) {
  switch (v.type()) {
    case Value::Type::kNull: return "null";
    case Value::Type::kBool: return v.as_bool() ? "true" : "false";
    case Value::Type::kInt: return std::to_string(v.as_int());
    case Value::Type::kFloat: return FloatText(v.as_float());
    case Value::Type::kString: return QuoteString(v.as_string());
    case Value::Type::kList: {
      std::string out = "[";
      for (size_t i = 0; i < v.as_list().size(); ++i) out += (i ? ", " : "") + CypherText(v.as_list()[i], r);
      return out + "]";
    }
    case Value::Type::kMap: {
      std::string out = "{";
      bool first = true;
      for (const auto& [k, e] : v.as_map()) {
        out += (first ? "" : ", ") + Name(k) + ": " + CypherText(e, r);
        first = false;
      }
      return out + "}";
    }
    case Value::Type::kNode: return NodeText(v.as_node().id, r);
    case Value::Type::kRel: return RelText(v.as_rel().id, r);
    case Value::Type::kPath: return PathText(v.as_path(), r);
    case Value::Type::kDate: return DateText(v.as_date());
    case Value::Type::kDuration: return v.as_duration().ToString();
    case Value::Type::kTemporal: return v.as_temporal().ToString();
  }
  return "null";
}

std::string CellText(const Value& v, const query::QueryResult& r) {
  return v.is_string() ? Escape(v.as_string(), false) : CypherText(v, r);
}

}  // namespace cg::format
