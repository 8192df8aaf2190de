// Decision: one curation decision as data — a researcher's correction of
// the graph (issue 13), with its author, time and reason, its arguments, and
// what it changed so that it can be undone.
//
//   merge(a, b)            one entity: b's names become a's aliases, its
//                          relationships, claims and evidence move to a
//                          (duplicates fold into one), b goes
//   split(e, names...)     the names leave e for a new entity of e's label
//                          (cg.undo of the merge gives back the old entity whole)
//   reject(relationship)   hidden from queries and exports, kept with its reason
//   reject(claim)          one value of an entity's property, from one article
//                          or from every source, no longer counts: the property
//                          is resolved from the other claims (reject.cc)
//   assert(a, TYPE, b)     a fact the researcher adds, their source and note
//                          as its evidence
//   rename(e, name)        e's canonical name (the old one stays an alias)
//   relabel(e, label)      e's primary (or refining) label
//
// Arguments name entities portably (EntityRef): the id in the database the
// decision was made in, and the primary label and name that find the same
// entity in another database built from the same articles
// (entity_ref.h), so a decision file replays elsewhere (curator.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/types.h"

namespace cg::graph::curation {

using DecisionId = uint64_t;

enum class Kind { kMerge, kSplit, kReject, kAssert, kRename, kRelabel };

std::string_view KindName(Kind kind);
// nullopt for a word that names no kind.
std::optional<Kind> KindNamed(std::string_view name);

struct EntityRef {
  NodeId id = 0;
  std::string label;  // primary label
  std::string name;
};

struct RelRef {
  RelId id = 0;
  std::string type;
  EntityRef start, end;
};

// The claims a reject names: entity's claims of `key` that state `value`,
// from `article` (an article id: the sha256 of its text) or, when that is
// empty, from every source.
struct ClaimRef {
  EntityRef entity;
  std::string key;
  Value value;
  std::string article;

  bool Matches(const Claim& claim) const {
    return claim.key == key && claim.value == value && (article.empty() || claim.evidence.article == article);
  }
  // As a claim record (its evidence only the article), for the codecs, and back.
  Claim AsClaim() const;
  static ClaimRef Of(EntityRef entity, Claim claim);
};

struct Decision {
  DecisionId id = 0;
  std::string author;
  std::string timestamp;  // ISO 8601 UTC, "2026-12-03T08:00:00Z"
  std::string reason;
  Kind kind = Kind::kMerge;

  // merge: {kept, merged away}; split, rename, relabel: {entity};
  // assert: {start, end}.
  std::vector<EntityRef> entities;
  RelRef relationship;             // reject of a relationship
  ClaimRef claim;                  // reject of a claim
  std::vector<std::string> names;  // split: the names; rename: {name}; relabel: {label}
  std::string type;                // assert: the relationship type
  PropertyMap properties;          // assert: its properties
  std::string source, note;        // assert: the researcher's source and note

  bool undone = false;
  std::string undone_at, undone_by;

  // What applying it changed in this database: the records it changed or
  // deleted, as they were before (nodes with claims, relationships with
  // evidence and claims), and the ids it created. Not portable.
  std::vector<Node> before_nodes;
  std::vector<Relationship> before_rels;
  std::vector<NodeId> created_nodes;
  std::vector<RelId> created_rels;

  // Whether it is a reject of a claim (one that names an entity or a key)
  // rather than of a relationship.
  bool RejectsClaim() const {
    return kind == Kind::kReject && (claim.entity.id != 0 || !claim.entity.name.empty() || !claim.key.empty());
  }
  // Whether it changed or created node `id` / relationship `id`.
  bool TouchesNode(NodeId id) const;
  bool TouchesRelationship(RelId id) const;
  // One line: "merge 'El Mecho' into 'Nemesio Rubén Oseguera Cervantes'".
  std::string Summary() const;
};

}  // namespace cg::graph::curation
