#include "exchange/xml_attributes.h"

#include <algorithm>

#include "exchange/xml_text.h"

namespace cg::exchange {

std::string_view XmlAttribute::type() const { return own_type.empty() ? XmlAttributeType(column) : own_type; }

XmlAttributes::XmlAttributes(std::string_view id_prefix, const std::vector<Own>& own)
    : id_prefix_(id_prefix), own_(own) {
  for (const auto& attribute : own) {
    all_.push_back(
        {id_prefix_ + std::to_string(all_.size()), attribute.name, attribute.type, {}, attribute.default_value});
  }
}

const XmlAttribute& XmlAttributes::ForProperty(std::string_view key, const Value& value) {
  auto it = by_property_.find(key);
  if (it != by_property_.end()) {
    XmlAttribute& attribute = all_[it->second];
    attribute.column = Widen(attribute.column, TypeOf(value));
    return attribute;
  }
  std::string name = XmlNameToken(key);
  const bool taken = std::any_of(own_.begin(), own_.end(), [&](const Own& o) { return o.name == name; });
  by_property_.emplace(key, all_.size());
  all_.push_back(
      {id_prefix_ + std::to_string(all_.size()), taken ? "property." + name : std::move(name), {}, TypeOf(value), {}});
  return all_.back();
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
