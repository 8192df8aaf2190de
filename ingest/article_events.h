// Article events: the passes over a whole article that turn the event
// mentions its sentences were read into (frames.h, rules.h) into one event per
// real-world occurrence, dated, named and kept only when the article states
// something of it. Extract (extract.h) runs them after every sentence is read:
//
//   DateEvents        an event mention takes the date written nearest to it;
//   ClusterEvents     the events of one occurrence merge;
//   ResolveMainEvent  the article's main event, for "@event" outside any
//                     paragraph with an event (matcher.h kMainEvent);
//   KeepStatedEvents  an event is written only when the article states its
//                     target, its agent or its place;
//   NameEvents        an event is named after what the text calls it.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/article_graph.h"
#include "ingest/mentions.h"

namespace cg::ingest {

// Is r a PARTICIPATED_IN of the one an act was aimed at (role "target" or "victim")?
bool IsTargetRole(const LocalRelation& r);

// A noun of the fight an act happened in ("battle", "shootout", "gunfight"): it
// names the act by its place only ("the Apatzingán battle").
bool IsFightNoun(std::string_view word);

// Each event mention takes the date written nearest to it in its sentence:
// within 12 tokens, or within 30 when no other event is mentioned between
// them ("captured X, the suspected head of a cell, in Navojoa on Tuesday"); never
// a period's bound or a report's date, except the bound a "when" clause tells of an act
// aimed at someone ("held since December 2001, when soldiers arrested him").
void DateEvents(const std::vector<Token>& tokens, const std::vector<Sentence>& sentences,
                const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g);

// An attack or killing still undated after clustering takes the last date (a day or a month) of the
// nearest of the four sentences before the one that first tells it, in its paragraph or the one
// before ("The SUVs left La Mora early on Monday. ... Gunmen opened fire on the convoy. X and two of
// her sons were killed."), when none of those sentences (nor its own: "His death came three days
// after gunmen killed X") mentions another event; never a report's
// date or a period's bound. One a wire report's headline or lead tells with only the report's date
// takes the first date of the two sentences after it, when those tell no other act ("Gunmen kill 15
// police in ambush" ... "The gunmen opened fire on Monday afternoon").
void DateFromContext(const std::vector<Sentence>& sentences, const std::vector<std::vector<Mention>>& mentions,
                     ArticleGraph* g);

// A killing still undated takes the date of death the article states of the one it was aimed at
// ("Police killed X in a two-day gunbattle, the government said Friday. X died late Thursday ...").
void DateKillingsByDeaths(ArticleGraph* g);

// An act still undated that another act "came a month after" ("The arrest comes a month after marines
// captured X", "His death came three days after gunmen killed Y") takes that act's date moved back
// (forward for "before") by the span told: a day for an exact count of days, else the month.
void DateFromRelatedActs(const std::vector<Token>& tokens, const std::vector<std::vector<Mention>>& mentions,
                         ArticleGraph* g);

// One event per real-world occurrence. Events of one group whose dates agree
// merge (1) when they share a target or a perpetrator, or were read in one
// sentence while one of them has no target; (2) a weak "operation" joins a
// strong event of another group (an arrest, an extradition) that shares its
// target in one sentence; (3) an event still without a target joins the
// first other event that is also untargeted or was dated to the same day;
// (4) one still untargeted but dated to a day (or told only in a headline, when that
// act is the news) joins the article's only targeted event of its group, or, of several, the one the next two sentences
// name whose date agrees. A killing and an attack are one act when one tells the other's way
// ("ambushed a convoy, killing 15 officers"), when they share a target or (the attack aimed at no one
// else) a perpetrator in the same or the next sentence, or when those sentences tell both after the
// same count of people ("Gunmen kill 15 police in ambush" over "..., killing 15 officers"): a killing
// of someone named, else the attack. Two untargeted acts named after different
// objects ("the downing of a helicopter", "the bombing of a police station"),
// or said to occur in different places of one kind (two cities, two states),
// stay two; so do two of different sentences when one is told apart ("In a
// separate case, ...").
void ClusterEvents(const std::vector<Token>& tokens, const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g);

// "@event" outside any paragraph with an event means the article's main
// event: the one it mentions most often, of those aimed at someone if any is;
// with no event at all, the relations a rule gave "@event" are dropped.
// Returns it when it is aimed at someone, else -1.
int ResolveMainEvent(const std::vector<std::vector<Mention>>& mentions, ArticleGraph* g);

// An event is written when the article states who it was aimed at, who
// carried it out or suffered it, or where it happened (for a noun that fixes
// the kind) — not on a supporter alone ("U.S.-funded operations dismantled ..."), nor when it is an
// act on a described person that no later act named (LocalEntity::described).
void KeepStatedEvents(ArticleGraph* g);

// Names an event after what the text calls it: "raid", "killing of El Mencho",
// "raid in Tapalpa", "Tapalpa raid", "El Mayo's capture".
// A target standing for its members gives no "arrest of <group>" name (that would be another event:
// the designation of the group itself); the text's own phrases name the event first
// ("designation of members of the CJNG").
void NameEvents(const std::string& text, const std::vector<Token>& tokens, ArticleGraph* g);

}  // namespace cg::ingest
