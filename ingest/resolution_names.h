// Resolution names: the tests on names that entity resolution (writer.h) makes
// when it looks a local entity up among the nodes the database holds -- the
// normalized form of a name and its words, full names of persons, and whether
// two persons' names may be one person's. Shared by writer.cc only (the
// namespace keeps the short names out of cg::ingest).
#pragma once

#include <string>
#include <vector>

#include "graph/types.h"

namespace cg::ingest::resolution_names {

// NormalizeName and the words of the result, memoized: resolution asks for
// the same names (the aliases of candidate nodes) over and over. A reference
// stays valid until the next call.
struct NormalForm {
  std::string name;
  std::vector<std::string> words;
};
const NormalForm& Normal(const std::string& name);
// The words of Normal(name), valid as long.
const std::vector<std::string>& Words(const std::string& name);

// "Nemesio Oseguera Cervantes": two or more words, not a nickname, not "X's son",
// not a display form with a quoted nickname ('Ignacio "Nacho" Coronel').
bool IsFullName(const std::string& name);

// Does `s` hold an upper-case ASCII letter (a proper name, not "raid")?
bool HasUpper(const std::string& s);

// The node's name, then its aliases.
std::vector<std::string> NodeNames(const graph::Node& node);

// Two persons may be one when their full names, if both have any, share
// the first and the last word ("Nemesio ... Cervantes"), or one is a given
// name and paternal surname the other holds before its last word (Spanish
// names: "Ignacio Coronel" and "Ignacio Coronel Villarreal") while not both
// have a full name of three or more words.
bool PersonsCompatible(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Do two persons' canonical names name two siblings: the same two surnames
// after different given names ("Héctor Beltrán Leyva" and "Arturo Beltrán
// Leyva", whose aliases share "Beltrán Leyva"; not "Beltrán Leyva" and "Héctor
// Beltrán Leyva", nor "Joe Biden" and "Joseph R. Biden")?
bool CanonicalNamesDiffer(const std::string& a, const std::string& b);

// Is one of `a`'s full names two words that a full name of `b` extends by
// its last word, or the reverse ("Ignacio Coronel", "Ignacio Coronel
// Villarreal"; "Servando Gómez", "Servando Gómez Martínez")?
bool GivenAndPaternal(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Does either name list hold a nickname ("El Chapo"; a name that is not a
// full name and not a word of one) that the other lacks, with none shared?
bool NicknamesDiffer(const std::vector<std::string>& a, const std::vector<std::string>& b);

// Found only by surname: one full name must contain the other's words in order.
bool SharesFullName(const std::vector<std::string>& a, const std::vector<std::string>& b);

}  // namespace cg::ingest::resolution_names
