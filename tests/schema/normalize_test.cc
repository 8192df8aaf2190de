#include <doctest/doctest.h>

#include "schema/normalize.h"

using cg::NormalizeName;

TEST_CASE("accents, case, punctuation and white space fold together") {
  CHECK(NormalizeName("Cártel de Jalisco Nueva Generación") == NormalizeName("CARTEL DE JALISCO NUEVA GENERACION"));
  CHECK(NormalizeName("EL MENCHO") == "el mencho");
  CHECK(NormalizeName("  El   Mencho ") == "el mencho");
  CHECK(NormalizeName("U.S.") == "us");
  CHECK(NormalizeName("Rubén N.") == "ruben n");
  CHECK(NormalizeName("\"El Mencho\"") == "el mencho");
}

TEST_CASE("dashes and slashes separate words; a leading 'the' is dropped") {
  CHECK(NormalizeName("JIATF-CC") == "jiatf cc");
  CHECK(NormalizeName("the Sinaloa Cartel") == "sinaloa cartel");
  CHECK(NormalizeName("Theodore") == "theodore");
}

TEST_CASE("compatibility forms fold (NFKD)") {
  CHECK(NormalizeName("ﬁnance") == "finance");
  CHECK(NormalizeName("Ｍéxico") == "mexico");
}

TEST_CASE("invalid UTF-8 is detected") {
  CHECK(cg::IsValidUtf8("Michoacán"));
  CHECK_FALSE(cg::IsValidUtf8(std::string("\xff\xfe", 2)));
  CHECK_FALSE(cg::IsValidUtf8(std::string("ab\xc3", 3)));
}
