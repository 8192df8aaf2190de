// The property-graph data model that ingest, query, exports and the Python
// module see: nodes and relationships with labels/types and properties, plus
// the provenance of ingested facts (evidence and per-source claims).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "schema/date.h"
#include "schema/value.h"

namespace cg::graph {

using NodeId = uint64_t;
using RelId = uint64_t;

// Where a fact comes from: one sentence of one article.
struct Evidence {
  std::string article;     // article id: sha256 hex of the article's bytes
  uint32_t span_begin = 0; // byte offsets of the sentence in the article text
  uint32_t span_end = 0;
  std::string quote;       // the sentence as written
  std::string rule;        // extraction rule id ("import", "query" for other writers)
  float confidence = 1.0f; // 0..1

  // Two evidences are the same when article, span and rule agree.
  bool SameSource(const Evidence& other) const {
    return article == other.article && span_begin == other.span_begin && span_end == other.span_end &&
           rule == other.rule;
  }
};

// One source's statement of a single-valued property ("reward = 10000000").
// Claims of one key with different values are a conflict; all are kept.
struct Claim {
  std::string key;
  Value value;
  Evidence evidence;
};

// What a claim is about: a node or a relationship (claim_store.h).
enum class ClaimOn { kNode, kRelationship };

struct Node {
  NodeId id = 0;
  std::vector<std::string> labels;
  PropertyMap properties;
  std::vector<Claim> claims;

  bool HasLabel(std::string_view label) const;
  // The property's value, or nullptr when absent.
  const Value* Find(std::string_view key) const;
};

struct Relationship {
  RelId id = 0;
  std::string type;
  NodeId start = 0;
  NodeId end = 0;
  PropertyMap properties;
  std::vector<Evidence> evidence;
  std::vector<Claim> claims;

  const Value* Find(std::string_view key) const;
};

enum class Direction { kOutgoing, kIncoming, kBoth };

// One relationship seen from one of its ends.
struct Edge {
  RelId rel = 0;
  NodeId start = 0;       // the relationship's own start and end
  NodeId end = 0;
  std::string_view type;  // valid only during the callback that received it
  bool outgoing = true;   // true when seen from `start`

  NodeId other() const { return outgoing ? end : start; }
};

// An ingested document, stored beside the graph for its evidence spans.
struct Article {
  std::string id;  // sha256 hex
  std::string title, author, publisher, url, path;
  Date published;  // year 0: unknown
  std::string text;
  NodeId node = 0; // the :Article node
};

}  // namespace cg::graph
