// Article record: what the database keeps of an ingested article besides its
// facts -- the Article node's properties and the stored article (text and
// metadata) that evidence spans point into.
#ifndef CG_INGEST_ARTICLE_RECORD_H_
#define CG_INGEST_ARTICLE_RECORD_H_

#include <optional>

#include "graph/types.h"
#include "ingest/document.h"

namespace cg::ingest {

// The Article node's properties: name (the title, else the path), sha256, the
// metadata the document has, and `published` when the article's date is known.
PropertyMap ArticleNodeProps(const Document& doc, const std::optional<Date>& date);

// The stored article of `doc`, whose node is `node`.
graph::Article ArticleRecordOf(const Document& doc, const std::optional<Date>& date, graph::NodeId node);

}  // namespace cg::ingest

#endif  // CG_INGEST_ARTICLE_RECORD_H_
