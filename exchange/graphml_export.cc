#include "exchange/graphml_export.h"

#include "exchange/buffered_output.h"
#include "exchange/records.h"
#include "exchange/spooled_body.h"
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
    out->append("\" attr.name=\"").append(a.name).append("\" attr.type=\"").append(a.type()).append("\"");
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
  void Properties(XmlAttributes* attributes, const PropertyMap& properties) {
    for (const auto& [key, value] : properties) {
      if (!value.is_null()) Value(attributes->ForProperty(key, value), value);
    }
  }
  std::string* scratch() { return &scratch_; }

 private:
  std::string* out_;
  std::string scratch_;
};

}  // namespace

Status ExportGraphML(const graph::Reader& reader, std::ostream& stream, const ExportView& view) {
  XmlAttributes node_keys("d", {{"label", "string"}, {"labels", "string"}});
  std::vector<XmlAttributes::Own> own_edge_keys = {{"label", "string"}, {"type", "string"}};
  own_edge_keys.insert(own_edge_keys.end(), EvidenceAttributes().begin(), EvidenceAttributes().end());
  XmlAttributes edge_keys("r", own_edge_keys);

  // The body first, to a spool: the keys it uses are declared before it.
  SpooledBody spool;
  CG_RETURN_IF_ERROR(spool.Open());
  BufferedOutput body(spool.stream());
  std::string* out = body.buffer();
  DataWriter data(out);
  CG_RETURN_IF_ERROR(ForEachNodeRecord(reader, [&](const graph::Node& node) {
    out->append("    <node id=\"n").append(std::to_string(node.id)).append("\">");
    if (const Value* name = node.Find("name"); name && !name->is_null()) data.Value(node_keys.own(kNodeLabel), *name);
    if (!node.labels.empty()) {
      data.scratch()->clear();
      AppendLabelsText(node.labels, data.scratch());
      data.Text(node_keys.own(kNodeLabels), *data.scratch());
    }
    data.Properties(&node_keys, node.properties);
    out->append("</node>\n");
    body.MaybeFlush();
  }));
  CG_RETURN_IF_ERROR(ForEachRelationshipRecord(reader, [&](const graph::Relationship& rel) {
    out->append("    <edge id=\"e").append(std::to_string(rel.id));
    out->append("\" source=\"n").append(std::to_string(rel.start));
    out->append("\" target=\"n").append(std::to_string(rel.end)).append("\">");
    data.Text(edge_keys.own(kEdgeLabel), rel.type);
    data.Text(edge_keys.own(kEdgeType), rel.type);
    ForEachEvidenceValue(rel,
                         [&](size_t i, std::string_view text) { data.Text(edge_keys.own(kEdgeEvidence + i), text); });
    data.Properties(&edge_keys, rel.properties);
    out->append("</edge>\n");
    body.MaybeFlush();
  }, view));
  CG_RETURN_IF_ERROR(body.Finish("the GraphML export's spool"));

  std::string head =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
      "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
      "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  DeclareKeys(node_keys, "node", &head);
  DeclareKeys(edge_keys, "edge", &head);
  head.append("  <graph id=\"G\" edgedefault=\"directed\">\n");
  stream << head;
  CG_RETURN_IF_ERROR(spool.CopyTo(stream));
  stream << "  </graph>\n</graphml>\n";
  stream.flush();
  return stream ? Status::OK() : Status::IOError("writing the GraphML export failed");
}

}  // namespace cg::exchange
