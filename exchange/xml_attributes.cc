#include "exchange/xml_attributes.h"

#include <algorithm>

#include "exchange/xml_text.h"

namespace cg::exchange {

XmlAttributes::XmlAttributes(std::string_view id_prefix, const std::vector<Own>& own,
                             const PropertySchema& properties) {
  auto add = [&](std::string name, std::string_view type, std::string_view default_value) {
    all_.push_back({std::string(id_prefix) + std::to_string(all_.size()), std::move(name), type, default_value});
  };
  for (const auto& attribute : own) add(attribute.name, attribute.type, attribute.default_value);
  for (const auto& [key, type] : properties.columns()) {
    std::string name = XmlNameToken(key);
    const bool taken = std::any_of(own.begin(), own.end(), [&](const Own& o) { return o.name == name; });
    by_property_.emplace(key, all_.size());
    add(taken ? "property." + name : std::move(name), XmlAttributeType(type), {});
  }
}

const XmlAttribute* XmlAttributes::ForProperty(std::string_view key) const {
  auto it = by_property_.find(key);
  return it == by_property_.end() ? nullptr : &all_[it->second];
}

const std::vector<XmlAttributes::Own>& EvidenceAttributes() {
  static const std::vector<XmlAttributes::Own> attributes = {
      {"evidence_count", "int", "0"}, {"source_article", "string"}, {"source_quote", "string"}};
  return attributes;
}

void ForEachEvidenceValue(const graph::Relationship& rel, const std::function<void(size_t, std::string_view)>& fn) {
  if (rel.evidence.empty()) return;
  fn(0, std::to_string(rel.evidence.size()));
  const graph::Evidence& first = rel.evidence.front();
  if (!first.article.empty()) fn(1, first.article);
  if (!first.quote.empty()) fn(2, first.quote);
}

}  // namespace cg::exchange
