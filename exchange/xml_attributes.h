// XmlAttributes: the attributes that GraphML (<key>) and GEXF (<attribute>)
// declare for one class of elements (nodes or edges): the exporter's own
// attributes first (label, labels, ...), then one per property key, in the
// order the keys are first met while writing, typed with XmlAttributeType
// of the key's widened ColumnType (property_schema.h). The declarations are
// written after the body is (see SpooledBody), so one pass over the graph
// is enough. A property whose name is taken by an exporter attribute is
// declared as "property.<name>". Attribute ids are `id_prefix` followed by
// the attribute's position.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "exchange/property_schema.h"
#include "graph/types.h"

namespace cg::exchange {

struct XmlAttribute {
  std::string id;
  std::string name;                // an NMTOKEN (XmlNameToken of the property key)
  std::string_view own_type;       // an exporter attribute's type; empty for properties
  ColumnType column;               // a property's values so far
  std::string_view default_value;  // declared default; empty: none

  // boolean, int, long, double or string.
  std::string_view type() const;
};

class XmlAttributes {
 public:
  struct Own {
    std::string name;
    std::string_view type;
    std::string_view default_value = {};
  };
  XmlAttributes(std::string_view id_prefix, const std::vector<Own>& own);

  const std::vector<XmlAttribute>& all() const { return all_; }
  // The i-th of the exporter's own attributes.
  const XmlAttribute& own(size_t i) const { return all_[i]; }
  // The attribute of property `key`, declared when first met; `value`
  // widens its type.
  const XmlAttribute& ForProperty(std::string_view key, const Value& value);

 private:
  std::string id_prefix_;
  std::vector<Own> own_;
  std::vector<XmlAttribute> all_;
  std::map<std::string, size_t, std::less<>> by_property_;
};

// The evidence summary both XML exports give an edge, in this order:
// `evidence_count` (int, default 0), and `source_article` and
// `source_quote` of the first evidence.
const std::vector<XmlAttributes::Own>& EvidenceAttributes();
// Calls fn(i, text) for each evidence attribute `rel` has a value for; i
// indexes EvidenceAttributes().
void ForEachEvidenceValue(const graph::Relationship& rel, const std::function<void(size_t, std::string_view)>& fn);

}  // namespace cg::exchange
