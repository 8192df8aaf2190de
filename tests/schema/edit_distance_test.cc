#include <doctest/doctest.h>

#include "schema/edit_distance.h"

using cg::EditDistance;

TEST_CASE("edit distance counts insertions, deletions, substitutions and adjacent transpositions") {
  CHECK(EditDistance("LEADS", "LEADS", 3) == 0);
  CHECK(EditDistance("LEADZ", "LEADS", 3) == 1);  // substitution
  CHECK(EditDistance("LEAD", "LEADS", 3) == 1);   // insertion
  CHECK(EditDistance("LEADSS", "LEADS", 3) == 1);  // deletion
  CHECK(EditDistance("LAEDS", "LEADS", 3) == 1);  // transposition
  CHECK(EditDistance("", "abc", 3) == 3);
  CHECK(EditDistance("kitten", "sitting", 5) == 3);
}

TEST_CASE("edit distance stops at its limit") {
  CHECK(EditDistance("Person", "Organization", 2) == 3);
  CHECK(EditDistance("abcdef", "uvwxyz", 1) == 2);
  CHECK(EditDistance("a", "abcdef", 2) == 3);  // lengths alone exceed it
}
