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

// Targets counted, then described a paragraph each: "OFAC sanctioned A and B, as well as four of
// their leaders" and then exactly four of the next fifteen paragraphs open with a person's name
// ("X, also known as "Y," is the leader of A."). Each is a target of the first event the sentence's
// reading gave a participant (rule list.counted_target, 0.7, the person's sentence); no reading
// when the count and the paragraphs disagree.
void CountedTargets(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g);

// Targets a counted act names in a sentence after it: "Soldiers arrested five men in Cosala on
// Monday. Among them were A and B", "Mexico sent 29 prisoners to the United States. ... The most
// prominent was X". The act is the one of the nearest of the three sentences before (in the
// paragraph or the two before) that counts two or more persons and tells an arrest, killing,
// extradition or sentencing with no person as its target yet. Each person listed right after
// "Among them is|are|was|were", "They included", "The most prominent (of them) was" (not one a
// description names: "A, a son of B,") is its target -- its victim when a criminal group did it
// (rule list.among_them, 0.7). Runs before events are clustered (extract.cc).
void AmongThemTargets(const Segmented& seg, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g);

}  // namespace cg::ingest
