// Ontology: the domain vocabulary (v1.1) as data. Primary labels with their
// refining labels, relationship types with the primary labels allowed at
// each end, the types of known properties, and a one-line description of
// each — docs/VOCABULARY.md is generated from it (schema/vocabulary_doc.h).
//
// What it enforces (CheckNode / CheckRelationship / CheckProperty):
//  - a node carries at most one primary label and at most one refining label,
//    and a refining label only beside its own primary label;
//  - a relationship of a known type connects allowed primary labels (an end
//    with no primary label, e.g. a researcher's own :Source, is not checked);
//  - a known property of a known label or type has the declared value type;
//    ISO date strings given for a date property are converted to dates.
// Anything else — researcher-defined labels, types and properties — is an
// extension and passes.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "schema/status.h"
#include "schema/value.h"

namespace cg {

enum class PropertyType { kAny, kString, kInt, kFloat, kNumber, kBool, kDate, kStringList };

std::string_view PropertyTypeName(PropertyType type);

struct PropertyDef {
  std::string name;
  PropertyType type;
  std::vector<std::string> allowed;  // permitted string values; empty: any
};

struct RefinementDef {
  std::string name;
  std::string description;  // what it covers, with examples
};

struct LabelDef {
  std::string name;
  std::string description;
  std::vector<RefinementDef> refinements;
  std::vector<PropertyDef> properties;
};

struct RelationshipTypeDef {
  std::string name;
  std::vector<std::string> from;  // allowed primary labels; empty: any
  std::vector<std::string> to;
  std::vector<PropertyDef> properties;
  std::string description;  // the subject -> object reading, with an example
};

class Ontology {
 public:
  // The built-in vocabulary (v1.1).
  static const Ontology& Default();

  const std::string& version() const { return version_; }
  const std::vector<LabelDef>& labels() const { return labels_; }
  const std::vector<RelationshipTypeDef>& types() const { return types_; }

  const LabelDef* FindPrimary(std::string_view label) const;
  // The primary label a refining label belongs to, or nullptr.
  const LabelDef* PrimaryOfRefinement(std::string_view refinement) const;
  const RelationshipTypeDef* FindType(std::string_view type) const;

  // The node's primary label among `labels`, or "" if it has none.
  std::string_view PrimaryLabel(std::span<const std::string> labels) const;

  Status CheckNodeLabels(std::span<const std::string> labels) const;
  Status CheckRelationship(std::string_view type, std::span<const std::string> from_labels,
                           std::span<const std::string> to_labels) const;
  // Checks (and for dates, converts) `value` for property `key` of a node
  // with `labels`. Null values pass (they mean "remove").
  Status CheckNodeProperty(std::span<const std::string> labels, std::string_view key, Value* value) const;
  Status CheckRelationshipProperty(std::string_view type, std::string_view key, Value* value) const;

 private:
  Ontology() = default;
  std::string version_;
  std::vector<LabelDef> labels_;
  std::vector<RelationshipTypeDef> types_;
};

}  // namespace cg
