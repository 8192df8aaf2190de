// Graph::Check: the integrity check behind `cartelgraph check`.
#include <fmt/format.h>

#include <map>
#include <optional>
#include <set>

#include "graph/claim_store.h"
#include "graph/codec.h"
#include "graph/evidence_store.h"
#include "graph/graph.h"
#include "graph/index_entries.h"
#include "graph/keys.h"
#include "graph/span_check.h"
#include "graph/statistics.h"
#include "schema/ontology.h"
#include "storage/store.h"

namespace cg::graph {

using storage::Column;

namespace {

std::string Printable(std::string_view key) {
  std::string out;
  for (unsigned char c : key) out += (c >= 0x20 && c < 0x7f) ? std::string(1, c) : fmt::format("\\x{:02x}", c);
  return out;
}

// Compares the keys a column holds with the keys the records imply.
void CompareIndex(const storage::ReadView& view, Column column, std::string_view name,
                  const std::set<std::string>& expected, std::vector<std::string>* problems) {
  std::set<std::string> seen;
  for (auto cursor = view.Scan(column, ""); cursor->Valid(); cursor->Next()) {
    std::string key(cursor->key());
    if (!expected.count(key)) problems->push_back(fmt::format("{} index entry {} has no matching record", name, Printable(key)));
    seen.insert(std::move(key));
  }
  for (const auto& key : expected) {
    if (!seen.count(key)) problems->push_back(fmt::format("{} index entry {} is missing", name, Printable(key)));
  }
}

// Compares the statistics counters with the counts the records imply.
void CompareCounts(const storage::ReadView& view, std::string_view family, std::string_view what,
                   const std::map<std::string, uint64_t>& expected, std::vector<std::string>* problems) {
  Counts stored;
  Status s = ReadCounts(view, family, nullptr, &stored);
  if (!s.ok()) {
    problems->push_back(fmt::format("{} statistics: {}", what, s.message()));
    return;
  }
  std::map<std::string, uint64_t> seen(stored.begin(), stored.end());
  for (const auto& [name, count] : seen) {
    auto it = expected.find(name);
    const uint64_t actual = it == expected.end() ? 0 : it->second;
    if (actual != count) {
      problems->push_back(fmt::format("{} statistics: '{}' counts {}, the records hold {}", what, name, count, actual));
    }
  }
  for (const auto& [name, count] : expected) {
    if (!seen.count(name)) {
      problems->push_back(fmt::format("{} statistics: '{}' is missing (the records hold {})", what, name, count));
    }
  }
}

}  // namespace

Status Graph::Check(std::vector<std::string>* problems, const CheckOptions& options) const {
  auto snapshot = store_->NewSnapshot();
  Catalog catalog;
  CG_RETURN_IF_ERROR(ReadCatalog(*snapshot, &catalog));
  const Ontology& ontology = Ontology::Default();
  std::set<std::string> labels, properties, names, out_edges, in_edges;
  std::map<NodeId, std::vector<std::string>> node_labels;
  std::map<std::string, uint64_t> label_counts, type_counts, key_counts;

  for (auto cursor = snapshot->Scan(Column::kNodes, ""); cursor->Valid(); cursor->Next()) {
    if (cursor->key().size() != 8) {
      problems->push_back(fmt::format("node key {} is not an 8-byte id", Printable(cursor->key())));
      continue;
    }
    Node node;
    const NodeId id = keys::ReadId(cursor->key());
    Status s = codec::DecodeNode(cursor->value(), id, &node);
    if (!s.ok()) {
      problems->push_back(fmt::format("node {}: {}", id, s.message()));
      continue;
    }
    IndexEntries entries = IndexEntriesOf(node, &catalog);
    labels.merge(entries.labels);
    properties.merge(entries.properties);
    names.merge(entries.names);
    if (options_.enforce_ontology) {
      Status rule = ontology.CheckNodeLabels(node.labels);
      for (auto& [key, value] : node.properties) {
        if (rule.ok()) rule = ontology.CheckNodeProperty(node.labels, key, &value);
      }
      if (!rule.ok()) problems->push_back(fmt::format("node {}: {}", id, rule.message()));
    }
    for (const auto& label : std::set<std::string>(node.labels.begin(), node.labels.end())) ++label_counts[label];
    for (const auto& [key, value] : node.properties) ++key_counts[key];
    node_labels.emplace(id, std::move(node.labels));
  }

  for (auto cursor = snapshot->Scan(Column::kRelationships, ""); cursor->Valid(); cursor->Next()) {
    Relationship rel;
    const RelId id = keys::ReadId(cursor->key());
    Status s = codec::DecodeRelationship(cursor->value(), id, &rel);
    if (!s.ok()) {
      problems->push_back(fmt::format("relationship {}: {}", id, s.message()));
      continue;
    }
    auto start = node_labels.find(rel.start), end = node_labels.find(rel.end);
    if (start == node_labels.end() || end == node_labels.end()) {
      problems->push_back(fmt::format("relationship {} ({}) points at a missing node ({} -> {})", id, rel.type,
                                      rel.start, rel.end));
    } else if (options_.enforce_ontology) {
      Status rule = ontology.CheckRelationship(rel.type, start->second, end->second);
      for (auto& [key, value] : rel.properties) {
        if (rule.ok()) rule = ontology.CheckRelationshipProperty(rel.type, key, &value);
      }
      if (!rule.ok()) problems->push_back(fmt::format("relationship {}: {}", id, rule.message()));
    }
    ++type_counts[rel.type];
    for (const auto& [key, value] : rel.properties) ++key_counts[key];
    out_edges.insert(keys::Edge(rel.start, rel.type, rel.end, id));
    in_edges.insert(keys::Edge(rel.end, rel.type, rel.start, id));
  }

  CompareIndex(*snapshot, Column::kOutEdges, "outgoing adjacency", out_edges, problems);
  CompareIndex(*snapshot, Column::kInEdges, "incoming adjacency", in_edges, problems);
  CompareIndex(*snapshot, Column::kLabels, "label", labels, problems);
  CompareIndex(*snapshot, Column::kProperties, "property", properties, problems);
  CompareIndex(*snapshot, Column::kNames, "name", names, problems);
  CompareCounts(*snapshot, keys::kLabelCounts, "label", label_counts, problems);
  CompareCounts(*snapshot, keys::kTypeCounts, "relationship type", type_counts, problems);
  CompareCounts(*snapshot, keys::kKeyCounts, "property key", key_counts, problems);

  std::optional<SpanChecker> spans;
  if (options.deep) spans.emplace(*snapshot, problems);
  CG_RETURN_IF_ERROR(CheckEvidence(*snapshot, problems, spans ? &*spans : nullptr));
  CG_RETURN_IF_ERROR(CheckClaims(*snapshot, problems, spans ? &*spans : nullptr));

  for (auto cursor = snapshot->Scan(Column::kArticles, ""); cursor->Valid(); cursor->Next()) {
    Article article;
    Status s = codec::DecodeArticle(cursor->value(), &article);
    if (!s.ok()) {
      problems->push_back(fmt::format("article {}: {}", Printable(cursor->key()), s.message()));
    } else if (article.node != 0 && !node_labels.count(article.node)) {
      problems->push_back(fmt::format("article {} names node {}, which does not exist", article.id, article.node));
    }
  }
  return Status::OK();
}

}  // namespace cg::graph
