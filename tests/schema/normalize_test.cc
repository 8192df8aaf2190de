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

// A trailing "·" (punctuation, dropped) sends the same text through utf8proc.
std::string Unicode(const std::string& text) { return NormalizeName(text + "\u00b7"); }

TEST_CASE("all-ASCII text folds exactly as the Unicode path folds it") {
  auto unicode = Unicode;
  for (int c = 0; c < 128; ++c) {
    const std::string text = std::string("A") + static_cast<char>(c) + "b";
    CHECK_MESSAGE(NormalizeName(text) == unicode(text), "character ", c);
  }
  for (std::string text : {"  The Zetas", "The  - Gulf/Cartel\\x", "Los \"Z-40\" (Miguel)", "\t\nEl\r\vMencho"}) {
    CHECK(NormalizeName(text) == unicode(text));
  }
}

TEST_CASE("Latin letters U+00C0..U+017F fold exactly as the Unicode path folds them") {
  for (char32_t cp = 0xC0; cp < 0x180; ++cp) {
    const std::string letter{static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    for (const std::string& text : {letter, "A" + letter + "b", "The " + letter + "-x", " " + letter + letter + " 9"}) {
      CHECK_MESSAGE(NormalizeName(text) == Unicode(text), "code point ", static_cast<int>(cp));
    }
  }
  CHECK(NormalizeName("Guzmán Treviño Ñ") == "guzman trevino n");
  CHECK(NormalizeName("Straße") == "strasse");  // a letter folding to two: the Unicode path
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

TEST_CASE("a description through another person's name is no person's own name") {
  CHECK(cg::IsDescriptiveName("El Mencho's son"));
  CHECK(cg::IsDescriptiveName("El Mencho\u2019s son"));
  CHECK_FALSE(cg::IsDescriptiveName("Rubén Oseguera González"));
  CHECK_FALSE(cg::IsDescriptiveName("Ismael \"El Mayo\" Zambada"));
}

TEST_CASE("a name in capitals is title-cased, Spanish particles inside it lower case") {
  CHECK(cg::TitleCaseName("CIUDAD MIER") == "Ciudad Mier");
  CHECK(cg::TitleCaseName("APATZINGÁN") == "Apatzingán");
  CHECK(cg::TitleCaseName("GUADALUPE Y CALVO") == "Guadalupe y Calvo");
  CHECK(cg::TitleCaseName("SAN PEDRO DE LAS COLONIAS") == "San Pedro de las Colonias");
  CHECK(cg::TitleCaseName("LOS MOCHIS") == "Los Mochis");  // a particle opening the name stays a word
  CHECK(cg::TitleCaseName("ÑUU SAVI") == "Ñuu Savi");
  CHECK(cg::TitleCaseName("\xff") == "");
}
