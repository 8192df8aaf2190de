// The on-disk format: column families and the format version.
// storage/ knows only bytes; graph/ decides what the keys and values mean.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace cg::storage {

// Bumped on any incompatible change of keys or records. A database of
// another version is refused at open, never misread — except versions from
// kOldestUpgradableFormatVersion on, which the graph layer upgrades in
// place (Store::needs_upgrade). Version 2 added the statistics counters
// (graph/statistics.h); version 3 moved claims out of the records into
// their own column (graph/claim_store.h); version 4 writes relationships
// that have only a type and ends in a compact form (graph/codec.h), and
// reads version 3's records as they are; version 5 may hold the user's
// indexes (graph/catalog.h: catalog keys in meta, entries in properties),
// which older versions would not keep up to date (upgrading 4 changes no
// data). The decisions column (curation) came with version 5 too: opening
// an older database for writing creates it empty. Version 6 counts the
// records holding each property key (graph/statistics.h). Version 7 leaves
// out of the property index the names and aliases in lists that the names
// index holds (graph/index_entries.h); upgrading deletes those entries.
// Version 8 keeps the statistics counters in one key per family (labels,
// types, property keys; graph/statistics.h), not one per name. Version 9
// keeps each claim as one key instead of two (graph/claim_store.h).
inline constexpr uint32_t kFormatVersion = 9;
inline constexpr uint32_t kOldestUpgradableFormatVersion = 1;

enum class Column : int {
  kNodes = 0,       // node id -> Node record
  kRelationships,   // rel id -> Relationship record
  kOutEdges,        // adjacency, by start node (graph/keys.h)
  kInEdges,         // adjacency, by end node
  kLabels,          // label index
  kProperties,      // exact property-value index
  kNames,           // normalized name/alias index
  kArticles,        // article id -> Article record
  kMeta,            // format version, id counters, ontology
  kEvidence,        // relationship evidence, one key each (graph/evidence_store.h)
  kClaims,          // node and relationship claims, one key each (graph/claim_store.h)
  kDecisions,       // curation decisions and their indexes (graph/curation/decision_store.h)
  kCount,
};

inline constexpr std::array<std::string_view, static_cast<size_t>(Column::kCount)> kColumnNames = {
    "nodes", "relationships", "out_edges", "in_edges", "labels", "properties", "names", "articles", "meta", "evidence", "claims",
    "decisions"};

// Keys of the meta column.
inline constexpr std::string_view kMetaFormatVersion = "format_version";
inline constexpr std::string_view kMetaNextNode = "next_node";
inline constexpr std::string_view kMetaNextRel = "next_rel";

}  // namespace cg::storage
