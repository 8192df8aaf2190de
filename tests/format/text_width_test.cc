#include <doctest/doctest.h>

#include "format/text_width.h"

using cg::format::DisplayWidth;
using cg::format::PrefixBytesForWidth;
using cg::format::TruncateToWidth;

TEST_CASE("display width: ASCII / precomposed and combining accents / wide characters") {
  CHECK(DisplayWidth("") == 0);
  CHECK(DisplayWidth("Sinaloa") == 7);
  CHECK(DisplayWidth("Guzmán") == 6);           // á precomposed (2 bytes)
  CHECK(DisplayWidth("Guzma\xCC\x81n") == 6);   // a + U+0301 combining acute
  CHECK(DisplayWidth("毒品") == 4);              // East Asian wide
  CHECK(DisplayWidth("🚨") == 2);
  CHECK(DisplayWidth("a\xFF" "b") == 3);        // an invalid byte counts one cell
}

TEST_CASE("truncation keeps whole characters with their accents and ends with an ellipsis") {
  CHECK(TruncateToWidth("Sinaloa", 7) == "Sinaloa");
  CHECK(TruncateToWidth("Sinaloa", 5) == "Sina…");
  CHECK(DisplayWidth(TruncateToWidth("Sinaloa", 5)) == 5);
  // The combining accent stays with its 'e'.
  CHECK(TruncateToWidth("Jose\xCC\x81 Gonza\xCC\x81lez", 6) == "Jose\xCC\x81 …");
  // A wide character that would straddle the limit is left out whole.
  CHECK(TruncateToWidth("毒品贩子", 4) == "毒…");
  CHECK(DisplayWidth(TruncateToWidth("毒品贩子", 4)) == 3);
  CHECK(TruncateToWidth("abc", 0) == "");
  CHECK(TruncateToWidth("abc", 1) == "…");
  CHECK(PrefixBytesForWidth("añb", 2) == 3);
}
