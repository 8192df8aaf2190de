// Name shape: what the form of a stretch of tokens says about names, without
// any lexicon: headline lines, hyphenated names, acronyms that spell a name's
// initials.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/tokens.h"

namespace cg::ingest {

// A headline or title line: no final period, and most of its words of four
// letters or more capitalized ("Biden-Harris Administration Announces New
// Actions"). Names in such a line end where the body's names end.
bool IsHeadline(const std::vector<Token>& t, size_t first, size_t last);

// t[j] is a hyphen written between two capitalized words without spaces
// ("Sherwood-Randall", "Biden-Harris").
bool JoinsNameParts(const std::vector<Token>& t, size_t j, size_t last);

// The all-caps word `acronym` spells the initials of the capitalized words of
// t[first, last) ("PCC" for "Primeiro Comando da Capital"); lower-case words
// (connectors) may be skipped or spelled.
bool SpellsInitials(std::string_view acronym, const std::vector<Token>& t, size_t first, size_t last);

// Every word of t[first, last) is written in capitals, or nearly ("POE" in
// "Mr. POE.", "McCAUL"): a speaker label or a heading, not a name. `text` is
// the text the tokens point into.
bool AllCapsWords(std::string_view text, const std::vector<Token>& t, size_t first, size_t last);

// The number of tokens of a Mexican company's legal form at t[k] ("S.A.", "S.A. de C.V.", "S. de
// R.L. de C.V.", "S.C.", "S.A.P.I. de C.V.", "A.C."), the longest one, or 0.
size_t LegalFormAt(const std::vector<Token>& t, size_t k, size_t last);

}  // namespace cg::ingest
