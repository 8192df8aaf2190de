// Writer: puts one ArticleGraph into an open write transaction — entity
// resolution against what the database holds, then nodes, relationships,
// evidence, claims, the Article node and MENTIONED_IN.
//
// Resolution: a local entity becomes the node of the same primary label that
// one of its distinctive names (not bare generic heads such as "task force"
// or "raid") already names. Persons merge only when their full names agree
// ("Nemesio Oseguera Cervantes" and "Nemesio Rubén Oseguera Cervantes"), a
// shared surname alone never merges two full names. Events also need their
// dates to agree.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "graph/write_txn.h"
#include "ingest/article_graph.h"
#include "ingest/document.h"
#include "ingest/ingest.h"

namespace cg::ingest {

// Persons of the database by the first and last word of their full names,
// for names no alias matches exactly ("Nemesio Oseguera Cervantes" finding
// "Nemesio Rubén Oseguera Cervantes"). Loaded on first use, kept up to date
// by WriteArticle.
class PersonIndex {
 public:
  // `key` is FullNameKey of a name.
  Status Candidates(const graph::Reader& reader, const std::string& key, std::vector<graph::NodeId>* out);
  void Add(const std::string& key, graph::NodeId id);
  // "nemesio cervantes" for "Nemesio Rubén Oseguera Cervantes"; "" for a name
  // that is not a full name (one word, a nickname, "Rubén N.").
  static std::string FullNameKey(const std::string& name);

 private:
  bool loaded_ = false;
  std::unordered_map<std::string, std::vector<graph::NodeId>> by_key_;
};

// Writes `article` (extracted from `doc`). Ontology refusals of single facts
// are appended to `warnings`; any other failure is returned (the caller rolls back).
Status WriteArticle(const Document& doc, const ArticleGraph& article, graph::WriteTxn* txn, PersonIndex* persons,
                    Counts* counts, std::vector<std::string>* warnings);

// Claim keys that change over time and are never a conflict ("status").
bool IsTimeVaryingKey(std::string_view key);
// Relationship properties with one true value (amount, dates, end_cause...):
// each source's value is kept as a claim. Others (role, context) are not.
bool IsSingleValuedKey(std::string_view key);

}  // namespace cg::ingest
