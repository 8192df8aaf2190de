// Conductors: which body carried an act out, when the text names both a
// government and its own forces ("Mexico captures El Teo" over "federal police
// captured Teodoro García Simental"; "Mexican authorities captured X ... in a
// joint operation by federal police and soldiers"), and what that makes of the
// one it was done to.
#pragma once

#include "ingest/article_graph.h"

namespace cg::ingest {

// For each arrest, killing or raid: when an agency or force of a country
// (its lexicon entry's `country`) conducts it, the government of that country
// is not also its conductor; that reading is moved to g->rejected with the
// reason. Extraditions and designations keep a government conductor (a
// government extradites; its agencies hand over). Runs after events are
// clustered (article_events.h ClusterEvents).
void SpecificConductors(ArticleGraph* g);

// A killing a criminal group perpetrated ("the killing was carried out by the
// Barrio Azteca") has victims, not targets (the annotation guidelines keep
// `target` for those killed by security forces): each target's role becomes
// `victim`; so does the target of a killing another sentence calls the same
// person's victim ("the murder of ICE agent X" ... "X, who was murdered on a
// highway"), and a killed member or head of a force, an agency or a government
// ("Border Patrol Agent X was killed"). Runs after the article's perpetrators are read.
void VictimsOfCriminals(ArticleGraph* g);

}  // namespace cg::ingest
