#include "exchange/graphml_export.h"

#include "exchange/buffered_output.h"
#include "exchange/records.h"
#include "exchange/value_text.h"
#include "exchange/xml_attributes.h"
#include "exchange/xml_text.h"

namespace cg::exchange {
namespace {

enum NodeKey { kNodeLabel, kNodeLabels };
enum EdgeKey { kEdgeLabel, kEdgeType, kEdgeEvidence };  // evidence: EvidenceAttributes() from here

void DeclareKeys(const XmlAttributes& attributes, std::string_view for_what, std::string* out) {
  for (const auto& a : attributes.all()) {
    out->append("  <key id=\"").append(a.id).append("\" for=\"").append(for_what);
    out->append("\" attr.name=\"").append(a.name).append("\" attr.type=\"").append(a.type).append("\"");
    if (a.default_value.empty()) {
      out->append("/>\n");
    } else {
      out->append("><default>").append(a.default_value).append("</default></key>\n");
    }
  }
}

// <data key="id">escaped text</data>
class DataWriter {
 public:
  explicit DataWriter(std::string* out) : out_(out) {}
  void Text(const XmlAttribute& attribute, std::string_view text) {
    out_->append("<data key=\"").append(attribute.id).append("\">");
    AppendXmlEscaped(text, out_);
    out_->append("</data>");
  }
  void Value(const XmlAttribute& attribute, const cg::Value& value) {
    scratch_.clear();
    AppendValueText(value, &scratch_);
    Text(attribute, scratch_);
  }
  void Properties(const XmlAttributes& attributes, const PropertyMap& properties) {
    for (const auto& [key, value] : properties) {
      if (value.is_null()) continue;
      if (const XmlAttribute* attribute = attributes.ForProperty(key)) Value(*attribute, value);
    }
  }
  std::string* scratch() { return &scratch_; }

 private:
  std::string* out_;
  std::string scratch_;
};

}  // namespace

Status ExportGraphML(const graph::Reader& reader, std::ostream& stream) {
  PropertySchema node_schema, edge_schema;
  CG_RETURN_IF_ERROR(ScanPropertySchemas(reader, &node_schema, &edge_schema));
  const XmlAttributes node_keys("d", {{"label", "string"}, {"labels", "string"}}, node_schema);
  std::vector<XmlAttributes::Own> own_edge_keys = {{"label", "string"}, {"type", "string"}};
  own_edge_keys.insert(own_edge_keys.end(), EvidenceAttributes().begin(), EvidenceAttributes().end());
  const XmlAttributes edge_keys("r", own_edge_keys, edge_schema);

  BufferedOutput output(stream);
  std::string* out = output.buffer();
  out->append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  DeclareKeys(node_keys, "node", out);
  DeclareKeys(edge_keys, "edge", out);
  out->append("  <graph id=\"G\" edgedefault=\"directed\">\n");

  DataWriter data(out);
  CG_RETURN_IF_ERROR(ForEachNodeRecord(reader, [&](const graph::Node& node) {
    out->append("    <node id=\"n").append(std::to_string(node.id)).append("\">");
    if (const Value* name = node.Find("name"); name && !name->is_null()) data.Value(node_keys.own(kNodeLabel), *name);
    if (!node.labels.empty()) {
      data.scratch()->clear();
      AppendLabelsText(node.labels, data.scratch());
      data.Text(node_keys.own(kNodeLabels), *data.scratch());
    }
    data.Properties(node_keys, node.properties);
    out->append("</node>\n");
    output.MaybeFlush();
  }));
  CG_RETURN_IF_ERROR(ForEachRelationshipRecord(reader, [&](const graph::Relationship& rel) {
    out->append("    <edge id=\"e").append(std::to_string(rel.id));
    out->append("\" source=\"n").append(std::to_string(rel.start));
    out->append("\" target=\"n").append(std::to_string(rel.end)).append("\">");
    data.Text(edge_keys.own(kEdgeLabel), rel.type);
    data.Text(edge_keys.own(kEdgeType), rel.type);
    ForEachEvidenceValue(rel,
                         [&](size_t i, std::string_view text) { data.Text(edge_keys.own(kEdgeEvidence + i), text); });
    data.Properties(edge_keys, rel.properties);
    out->append("</edge>\n");
    output.MaybeFlush();
  }));
  out->append("  </graph>\n</graphml>\n");
  return output.Finish("the GraphML export");
}

}  // namespace cg::exchange
