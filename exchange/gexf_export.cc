#include "exchange/gexf_export.h"

#include "exchange/buffered_output.h"
#include "exchange/records.h"
#include "exchange/spooled_body.h"
#include "exchange/value_text.h"
#include "exchange/xml_attributes.h"
#include "exchange/xml_text.h"

namespace cg::exchange {
namespace {

enum NodeAttribute { kNodeLabels };

// GEXF names GraphML's "int" "integer".
std::string_view GexfType(std::string_view type) { return type == "int" ? "integer" : type; }

void DeclareAttributes(const XmlAttributes& attributes, std::string_view element_class, std::string* out) {
  out->append("    <attributes class=\"").append(element_class).append("\" mode=\"static\">\n");
  for (const auto& a : attributes.all()) {
    out->append("      <attribute id=\"").append(a.id).append("\" title=\"").append(a.name);
    out->append("\" type=\"").append(GexfType(a.type())).append("\"");
    if (a.default_value.empty()) {
      out->append("/>\n");
    } else {
      out->append("><default>").append(a.default_value).append("</default></attribute>\n");
    }
  }
  out->append("    </attributes>\n");
}

void AppendInterval(const TimeInterval& interval, std::string* out) {
  if (interval.start) out->append(" start=\"").append(interval.start->ToString()).append("\"");
  if (interval.end) out->append(" end=\"").append(interval.end->ToString()).append("\"");
}

// <attvalues><attvalue for="id" value="escaped"/>...</attvalues>, omitted
// when there is none.
class AttValueWriter {
 public:
  explicit AttValueWriter(std::string* out) : out_(out) {}
  void Text(const XmlAttribute& attribute, std::string_view text) {
    if (!open_) out_->append("<attvalues>");
    open_ = true;
    out_->append("<attvalue for=\"").append(attribute.id).append("\" value=\"");
    AppendXmlEscaped(text, out_);
    out_->append("\"/>");
  }
  void Properties(XmlAttributes* attributes, const PropertyMap& properties) {
    for (const auto& [key, value] : properties) {
      if (value.is_null()) continue;
      scratch_.clear();
      AppendValueText(value, &scratch_);
      Text(attributes->ForProperty(key, value), scratch_);
    }
  }
  void Close() {
    if (open_) out_->append("</attvalues>");
    open_ = false;
  }
  std::string* scratch() { return &scratch_; }

 private:
  std::string* out_;
  std::string scratch_;
  bool open_ = false;
};

}  // namespace

TimeInterval IntervalOf(const PropertyMap& properties) {
  static constexpr std::pair<std::string_view, std::string_view> kPairs[] = {
      {"since", "until"}, {"born", "died"}, {"founded", "dissolved"}, {"started", "ended"}, {"date", "date"}};
  auto date_of = [&](std::string_view key) -> const Date* {
    auto it = properties.find(key);
    return it != properties.end() && it->second.is_date() ? &it->second.as_date() : nullptr;
  };
  for (const auto& [start_key, end_key] : kPairs) {
    const Date* start = date_of(start_key);
    const Date* end = date_of(end_key);
    if (!start && !end) continue;
    TimeInterval interval;
    if (start) interval.start = start->EarliestDay();
    if (end) interval.end = end->LatestDay();
    if (interval.start && interval.end && *interval.end < *interval.start) interval.end.reset();
    return interval;
  }
  return {};
}

Status ExportGexf(const graph::Reader& reader, std::ostream& stream, const ExportView& view) {
  XmlAttributes node_attributes("n", {{"labels", "string"}});
  XmlAttributes edge_attributes("e", EvidenceAttributes());

  // The body first, to a spool: the attributes it uses are declared before it.
  SpooledBody spool;
  CG_RETURN_IF_ERROR(spool.Open());
  BufferedOutput output(spool.stream());
  std::string* out = output.buffer();
  AttValueWriter values(out);
  out->append("    <nodes>\n");
  CG_RETURN_IF_ERROR(ForEachNodeRecord(reader, [&](const graph::Node& node) {
    out->append("      <node id=\"").append(std::to_string(node.id)).append("\"");
    if (const Value* name = node.Find("name"); name && !name->is_null()) {
      out->append(" label=\"");
      values.scratch()->clear();
      AppendValueText(*name, values.scratch());
      AppendXmlEscaped(*values.scratch(), out);
      out->append("\"");
    }
    AppendInterval(IntervalOf(node.properties), out);
    out->append(">");
    if (!node.labels.empty()) {
      values.scratch()->clear();
      AppendLabelsText(node.labels, values.scratch());
      values.Text(node_attributes.own(kNodeLabels), *values.scratch());
    }
    values.Properties(&node_attributes, node.properties);
    values.Close();
    out->append("</node>\n");
    output.MaybeFlush();
  }));
  out->append("    </nodes>\n    <edges>\n");
  CG_RETURN_IF_ERROR(ForEachRelationshipRecord(reader, [&](const graph::Relationship& rel) {
    out->append("      <edge id=\"").append(std::to_string(rel.id));
    out->append("\" source=\"").append(std::to_string(rel.start));
    out->append("\" target=\"").append(std::to_string(rel.end));
    out->append("\" kind=\"");
    AppendXmlEscaped(rel.type, out);
    out->append("\" label=\"");
    AppendXmlEscaped(rel.type, out);
    out->append("\"");
    AppendInterval(IntervalOf(rel.properties), out);
    out->append(">");
    ForEachEvidenceValue(rel, [&](size_t i, std::string_view text) { values.Text(edge_attributes.own(i), text); });
    values.Properties(&edge_attributes, rel.properties);
    values.Close();
    out->append("</edge>\n");
    output.MaybeFlush();
  }, view));
  out->append("    </edges>\n");
  CG_RETURN_IF_ERROR(output.Finish("the GEXF export's spool"));

  std::string head =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
      "  <meta><creator>cartelgraph</creator></meta>\n"
      "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";
  DeclareAttributes(node_attributes, "node", &head);
  DeclareAttributes(edge_attributes, "edge", &head);
  stream << head;
  CG_RETURN_IF_ERROR(spool.CopyTo(stream));
  stream << "  </graph>\n</gexf>\n";
  stream.flush();
  return stream ? Status::OK() : Status::IOError("writing the GEXF export failed");
}

}  // namespace cg::exchange
