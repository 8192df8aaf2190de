// Writer: puts one ArticleGraph into an open write transaction — entity
// resolution against what the database holds, then nodes, relationships,
// evidence, claims, the Article node and MENTIONED_IN.
//
// Resolution: a local entity becomes the node of the same primary label that
// one of its distinctive names (not bare generic heads such as "task force"
// or "raid") already names. Persons merge only when their full names agree
// ("Nemesio Oseguera Cervantes" and "Nemesio Rubén Oseguera Cervantes"), a
// shared surname alone never merges two full names. An event merges only
// with a stored event that can be the same happening (event_identity.h).
//
// Curation decisions (graph/curation/decision.h) hold: a merged entity's
// old names are aliases of the one kept, so they resolve to it; a rejected
// relationship stated again gets the new evidence and stays rejected; a
// node a decision touched keeps its canonical name.
#pragma once

#include <string>
#include <vector>

#include "graph/write_txn.h"
#include "ingest/article_graph.h"
#include "ingest/document.h"
#include "ingest/ingest.h"
#include "ingest/resolution_cache.h"

namespace cg::ingest {

// Writes `article` (extracted from `doc`), resolving its entities through
// `cache` (which must answer as `txn` does; it is kept so). Ontology
// refusals of single facts are appended to `warnings`; any other failure is
// returned (the caller rolls back and clears `cache`). `persons`, when
// given, receives the normalized names and aliases of every Person node the
// article created or merged into.
Status WriteArticle(const Document& doc, const ArticleGraph& article, graph::WriteTxn* txn, ResolutionCache* cache,
                    Counts* counts, std::vector<std::string>* warnings, std::vector<std::string>* persons = nullptr);

// Relationship properties with one true value (amount, dates, end_cause...):
// each source's value is kept as a claim. Others (role, context) are not.
bool IsSingleValuedKey(std::string_view key);

}  // namespace cg::ingest
