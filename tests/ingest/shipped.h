// The lexicon and relation rules shipped in the source tree, loaded once per
// test binary, for the extraction tests.
#pragma once

#include <doctest/doctest.h>

#include <memory>

#include "ingest/lexicon.h"
#include "ingest/rules.h"

namespace cg::ingest {

struct ShippedData {
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<RuleSet> rules;
  ShippedData() {
    REQUIRE(Lexicon::Load(CG_SOURCE_DIR "/lexicon", &lexicon).ok());
    REQUIRE(RuleSet::Load(CG_SOURCE_DIR "/lexicon", &rules).ok());
  }
};

inline const ShippedData& Shipped() {
  static const ShippedData data;
  return data;
}

}  // namespace cg::ingest
