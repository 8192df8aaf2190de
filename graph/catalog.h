// Catalog: the indexes and uniqueness constraints a user created
// (CREATE INDEX / CREATE CONSTRAINT), kept in the meta column so that they
// are part of every snapshot and every atomic write:
//
//   meta  "schema/index/" name  ->  label 0x00 key 0x00 ("RANGE" | "UNIQUE")
//
// A RANGE index finds the nodes of `label` by the value of `key`: equal to
// a value, within a range, or (strings) starting with a prefix
// (index_keys.h). A UNIQUE one is the index a uniqueness constraint of the
// same name owns: no two nodes of `label` may hold equal values of `key`
// (checked at each commit, and over the existing data at its creation).
// At most one index per (label, key). Writers keep the entries of every
// index in the same batch as the records (index_entries.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "schema/status.h"

namespace cg::storage {
class ReadView;
}

namespace cg::graph {

struct IndexDef {
  std::string name;
  std::string label;
  std::string key;
  bool unique = false;  // owned by the uniqueness constraint `name`

  friend bool operator==(const IndexDef&, const IndexDef&) = default;
};

class Catalog {
 public:
  // By name.
  const std::vector<IndexDef>& indexes() const { return indexes_; }
  const IndexDef* Find(std::string_view name) const;
  const IndexDef* On(std::string_view label, std::string_view key) const;
  // Whether some index covers `key` (of any label).
  bool Covers(std::string_view key) const;
  bool empty() const { return indexes_.empty(); }
  // Adds an index (its name and (label, key) must be free), or removes one.
  void Add(IndexDef index);
  void Remove(std::string_view name);

  // Text that differs between any two catalogs (for caches of plans).
  std::string Fingerprint() const;

  // The meta key and value of an index, and back.
  static constexpr std::string_view kMetaPrefix = "schema/index/";
  static std::string MetaKey(std::string_view name);
  static std::string MetaValue(const IndexDef& index);
  static Status Decode(std::string_view meta_key, std::string_view meta_value, IndexDef* index);

 private:
  std::vector<IndexDef> indexes_;
};

// The catalog `view` holds (Reader::GetCatalog).
Status ReadCatalog(const storage::ReadView& view, Catalog* catalog);

}  // namespace cg::graph
