// A second reading of group anaphors, after the frames: the article's own ties of a person to a
// criminal group (LEADS, MEMBER_OF, FOUNDED) decide what "his cartel" or "the organization he led"
// refers to. Mentions are found before any frame is read, so these ties do not exist then.
#pragma once

#include <vector>

#include "ingest/article_graph.h"
#include "ingest/lexicon.h"
#include "ingest/mentions.h"
#include "ingest/sentences.h"

namespace cg::ingest {

// A mention of sentence `sentence` that now names `group` where it named `before` (the possessor
// of "his cartel", the group "the organization he led" went to; for "the cartel's leader", the
// leader where it named the cartel).
struct RereadGroup {
  uint32_t sentence = 0;
  int group = -1;
  int before = -1;
};

// Re-resolves, in place, the group anaphors a person's one group decides:
// - "his cartel", "her organization", "Guzman's drug trafficking organization", and the people who
//   stand for it, "X's loyalists", "his gunmen": the group the possessor leads, founded or belongs to;
// - "the organization he led", "the cartel that she ran": the group the relative clause's subject
//   leads, when the description went to another group ("X took charge of the cartel": the object
//   of a person's verb of leading, likewise); "the gang that X created, La Familia,": the group the
//   apposition after the relative clause names;
// - "the cartel's leader", "the Zetas leader", "the group's founder" (`words`' role nouns that state
//   LEADS or FOUNDED, singular, in a position that refers: not a copula's or "as"'s complement, not
//   in apposition to a person, not followed by a name): the one person the sentences before made
//   the group's leader (founder); the mention grows over the role noun and names him.
// A person tied to two groups (or none) decides nothing, nor does a group with two leaders. Ties
// read from the anaphor's own sentence do not count (they came from the resolution being checked).
std::vector<RereadGroup> ResolveGroupsByTies(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                                             const Lexicon& words, const ArticleGraph& graph,
                                             std::vector<std::vector<Mention>>* mentions);

}  // namespace cg::ingest
