// XmlAttributes: the attributes that GraphML (<key>) and GEXF (<attribute>)
// declare for one class of elements (nodes or edges): the exporter's own
// attributes first (label, labels, ...), then one per property key of a
// PropertySchema, typed with XmlAttributeType. A property whose name is
// taken by an exporter attribute is declared as "property.<name>".
// Attribute ids are `id_prefix` followed by the attribute's position.
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
  std::string_view type;           // boolean, int, long, double or string
  std::string_view default_value;  // declared default; empty: none
};

class XmlAttributes {
 public:
  struct Own {
    std::string name;
    std::string_view type;
    std::string_view default_value = {};
  };
  XmlAttributes(std::string_view id_prefix, const std::vector<Own>& own, const PropertySchema& properties);

  const std::vector<XmlAttribute>& all() const { return all_; }
  // The i-th of the exporter's own attributes.
  const XmlAttribute& own(size_t i) const { return all_[i]; }
  // The attribute of property `key`, or nullptr when the schema lacks it.
  const XmlAttribute* ForProperty(std::string_view key) const;

 private:
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
