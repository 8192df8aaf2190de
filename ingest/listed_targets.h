// Targets listed after a colon: a release that tells an act and then lists
// the people it was done to, one paragraph each ("Among those extradited
// were: / Juan Pérez Galindo, 52, also known as ..., who is charged in ... /
// Luis Herrera Domínguez, 41, ..."; "The defendants arrested today are:").
#pragma once

#include <vector>

#include "ingest/article_graph.h"
#include "ingest/mentions.h"
#include "ingest/sentences.h"

namespace cg::ingest {

// For each sentence that ends with a colon and names an event (the last event mention in it),
// each following paragraph that opens with a person's name, up to the first that does not,
// adds PARTICIPATED_IN person -> event {role: target} (rule list.target, 0.75, the person's
// sentence). Runs before events are clustered and named (extract.cc).
void ListedTargets(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g);

}  // namespace cg::ingest
