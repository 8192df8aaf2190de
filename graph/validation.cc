#include "graph/validation.h"

#include <algorithm>

#include <fmt/format.h>

#include "schema/ontology.h"

namespace cg::graph {
namespace {

Status CheckName(std::string_view what, std::string_view name) {
  if (name.empty()) return Status::InvalidArgument(fmt::format("{} must not be empty", what));
  if (name.find('\0') != std::string_view::npos) {
    return Status::InvalidArgument(fmt::format("{} must not contain a NUL character", what));
  }
  return Status::OK();
}

void NormalizeLabels(std::vector<std::string>* labels) {
  std::vector<std::string> unique;
  for (auto& label : *labels) {
    if (std::find(unique.begin(), unique.end(), label) == unique.end()) unique.push_back(std::move(label));
  }
  const std::string_view primary = Ontology::Default().PrimaryLabel(unique);
  if (!primary.empty()) {
    auto it = std::find(unique.begin(), unique.end(), primary);
    std::rotate(unique.begin(), it, it + 1);
  }
  *labels = std::move(unique);
}

void DropNulls(PropertyMap* properties) {
  std::erase_if(*properties, [](const auto& entry) { return entry.second.is_null(); });
}

}  // namespace

Status PrepareNode(Node* node, bool enforce_ontology) {
  NormalizeLabels(&node->labels);
  DropNulls(&node->properties);
  for (const auto& label : node->labels) CG_RETURN_IF_ERROR(CheckName("a label", label));
  for (const auto& [key, value] : node->properties) CG_RETURN_IF_ERROR(CheckName("a property key", key));
  if (!enforce_ontology) return Status::OK();
  const Ontology& ontology = Ontology::Default();
  CG_RETURN_IF_ERROR(ontology.CheckNodeLabels(node->labels));
  for (auto& [key, value] : node->properties) {
    CG_RETURN_IF_ERROR(ontology.CheckNodeProperty(node->labels, key, &value));
  }
  return Status::OK();
}

Status PrepareRelationship(Relationship* rel, std::span<const std::string> start_labels,
                           std::span<const std::string> end_labels, bool enforce_ontology) {
  DropNulls(&rel->properties);
  CG_RETURN_IF_ERROR(CheckName("a relationship type", rel->type));
  for (const auto& [key, value] : rel->properties) CG_RETURN_IF_ERROR(CheckName("a property key", key));
  if (!enforce_ontology) return Status::OK();
  const Ontology& ontology = Ontology::Default();
  CG_RETURN_IF_ERROR(ontology.CheckRelationship(rel->type, start_labels, end_labels));
  for (auto& [key, value] : rel->properties) {
    CG_RETURN_IF_ERROR(ontology.CheckRelationshipProperty(rel->type, key, &value));
  }
  return Status::OK();
}

}  // namespace cg::graph
