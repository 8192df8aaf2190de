// Abductions: a seizing verb whose agent is a band of unnamed armed people is a kidnapping, not an
// arrest ("X was seized on Sunday by armed men", "was taken by gunmen from his home", "was captured
// by hooded men outside a restaurant"). Forces arrest; gunmen, kidnappers and "armed men" do not.
#pragma once

#include <cstddef>
#include <vector>

#include "ingest/tokens.h"

namespace cg::ingest {

// Is the verb ending at token `after` (exclusive) followed, before any clause break (, ; . : or
// "and"), within a few words of time ("on Sunday", "shortly before midnight"), by "by" and an
// agent phrase whose head noun is one of unnamed armed people: men, gunmen, kidnappers,
// abductors, assailants, attackers, hitmen, sicarios, assassins, commandos ("by a group of armed
// men", "by hooded men", "by several gunmen")? `end` bounds the search (the sentence's end).
bool SeizedByArmedBand(const std::vector<Token>& tokens, size_t after, size_t end);

}  // namespace cg::ingest
