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

TEST_CASE("all-ASCII text folds exactly as the Unicode path folds it") {
  // A trailing "é" sends the same text through utf8proc; it folds to "e".
  auto unicode = [](const std::string& text) {
    std::string folded = NormalizeName(text + "\u00e9");
    REQUIRE(folded.ends_with("e"));
    folded.pop_back();
    return folded;
  };
  for (int c = 0; c < 128; ++c) {
    const std::string text = std::string("A") + static_cast<char>(c) + "b";
    CHECK_MESSAGE(NormalizeName(text) == unicode(text), "character ", c);
  }
  for (std::string text : {"  The Zetas", "The  - Gulf/Cartel\\x", "Los \"Z-40\" (Miguel)", "\t\nEl\r\vMencho"}) {
    CHECK(NormalizeName(text) == unicode(text));
  }
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
