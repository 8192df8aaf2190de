// Reader: every read of the graph. ReadTxn (a snapshot) and WriteTxn (which
// also sees its own uncommitted writes) are both Readers.
//
// Callbacks return true to go on, false to stop early. Methods return a
// non-ok Status only for storage failures (I/O, corruption) and, for the
// Get* methods, NotFound.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/catalog.h"
#include "graph/types.h"
#include "schema/status.h"

namespace cg::storage {
class ReadView;
}

namespace cg::graph {

struct CountDeltas;
namespace curation {
class DecisionStore;
}

using NodeCallback = std::function<bool(NodeId)>;
using RelCallback = std::function<bool(RelId)>;
using EdgeCallback = std::function<bool(const Edge&)>;

class Reader {
 public:
  virtual ~Reader() = default;

  // The node with its claims.
  Status GetNode(NodeId id, Node* node) const;
  // The relationship with all its evidence and claims.
  Status GetRelationship(RelId id, Relationship* rel) const;
  // The records alone: labels / type and properties, without the evidence
  // and claims kept under their own keys (evidence_store.h, claim_store.h)
  // — for readers that need no provenance.
  Status GetNodeRecord(NodeId id, Node* node) const;
  Status GetRelationshipRecord(RelId id, Relationship* rel) const;
  // Appends the evidence kept under the relationship's own keys, by source.
  Status GetEvidence(RelId id, std::vector<Evidence>* out) const;
  // Appends the claims of a node or relationship, in the order they were added.
  Status GetClaims(ClaimOn on, uint64_t id, std::vector<Claim>* out) const;
  // Every claim on nodes (or relationships), by owner id, then as GetClaims.
  Status ForEachClaim(ClaimOn on, const std::function<bool(uint64_t id, const Claim&)>& fn) const;
  bool NodeExists(NodeId id) const;
  bool RelationshipExists(RelId id) const;

  // Parts of one record, read in place from its Cap'n Proto bytes without
  // building the whole Node / Relationship (for property access in
  // queries): one property (null when the record lacks it), a node's
  // labels, a relationship's type and ends. NotFound when the record does
  // not exist.
  Status GetNodeProperty(NodeId id, std::string_view key, Value* value) const;
  Status GetNodeLabels(NodeId id, std::vector<std::string>* labels) const;
  Status GetRelationshipProperty(RelId id, std::string_view key, Value* value) const;
  Status GetRelationshipType(RelId id, std::string* type, NodeId* start = nullptr, NodeId* end = nullptr) const;

  // All nodes / relationships in id order.
  Status ForEachNode(const NodeCallback& fn) const;
  Status ForEachRelationship(const RelCallback& fn) const;

  // The relationships at `node` in `direction`; of one type, or all types
  // when `type` is empty. Reads only adjacency keys (no record decoding).
  // With kBoth a self-loop is reported twice (once per direction).
  Status ForEachEdge(NodeId node, Direction direction, std::string_view type, const EdgeCallback& fn) const;

  // Nodes carrying `label`, in id order.
  Status ForEachNodeWithLabel(std::string_view label, const NodeCallback& fn) const;

  // Nodes whose indexed property `key` equals `value` exactly (for a list
  // property such as aliases: contains it), in id order. `key` must be
  // indexed. A name or alias in a list is found through the names index
  // and a read of the record (index_entries.h).
  static bool IsIndexed(std::string_view key);
  Status ForEachNodeWithProperty(std::string_view key, const Value& value, const NodeCallback& fn) const;

  // The user's indexes and constraints (catalog.h) as this reader sees them.
  Status GetCatalog(Catalog* catalog) const;
  // Candidates from user index `index` (catalog.h), in value order: the
  // nodes whose value lies between `lower` and `upper` (both inclusive; an
  // absent one open), values of their type only — or, with `prefix`, the
  // strings starting with it. The range errs wide, never narrow (numbers
  // compare as doubles, dates by whole years at the bounds): the caller
  // checks its exact predicate. InvalidArgument when a bound is not an
  // indexed type (index_keys.h), or two bounds differ in type.
  struct IndexRange {
    std::optional<Value> lower, upper;
    std::optional<std::string> prefix;
  };
  Status ForEachIndexedNode(const IndexDef& index, const IndexRange& range, const NodeCallback& fn) const;

  // Nodes whose name or one of whose aliases equals `name` after
  // NormalizeName (accents, case, punctuation folded).
  Status ForEachNodeNamed(std::string_view name, const NodeCallback& fn) const;
  // Every (normalized name or alias, node) whose normalized name starts with
  // `normalized_prefix` (a NormalizeName result; empty: every name), in name
  // order.
  Status ForEachNameStartingWith(std::string_view normalized_prefix,
                                 const std::function<bool(std::string_view, NodeId)>& fn) const;

  // Distinct labels, relationship types and property keys in use, sorted by
  // name, with how many nodes / relationships / records (nodes and
  // relationships) carry each. Read from the statistics kept on write
  // (statistics.h): O(number of names), no scan.
  Status CountLabels(std::vector<std::pair<std::string, uint64_t>>* out) const;
  Status CountRelationshipTypes(std::vector<std::pair<std::string, uint64_t>>* out) const;
  Status CountPropertyKeys(std::vector<std::pair<std::string, uint64_t>>* out) const;

  Status GetArticle(std::string_view id, Article* article) const;
  Status ForEachArticle(const std::function<bool(const Article&)>& fn) const;

 protected:
  friend class curation::DecisionStore;  // reads the decisions column
  explicit Reader(const storage::ReadView* view) : view_(view) {}
  // Count changes not yet in the view's counters (a WriteTxn's own writes).
  virtual const CountDeltas* pending_counts() const { return nullptr; }
  const storage::ReadView* view_;
};

}  // namespace cg::graph
