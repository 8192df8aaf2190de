// libFuzzer target: the lexicon and rule file readers, then extraction of a
// fixed article with what they read. The first byte picks the reader (its
// value mod 3; the seeds start with 'e', 'r' or 'w'):
//   entity lexicon file (lexicon/entities/*.txt)  -> Lexicon::AddText
//   relation rules file (lexicon/rules/*.rules)   -> RuleSet::AddText
//   word-list file (lexicon/rules/*.words)        -> RuleSet::AddWords
// A file that loads is then used in place of the shipped one, so that the
// matcher runs on whatever the reader accepted. Contract under test: every
// input is refused with a Status naming file:line or loads and extracts;
// nothing throws, ASan/UBSan report nothing.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "ingest/document.h"
#include "ingest/extract.h"
#include "ingest/lexicon.h"
#include "ingest/rules.h"

namespace {

constexpr std::string_view kArticle =
    "---\ntitle: Fuzz\ndate: 2026-02-22\n---\n"
    "Nemesio Oseguera Cervantes, alias El Mencho, the leader of the Jalisco New Generation Cartel (CJNG), "
    "was killed on February 22, 2026 in Tapalpa, Jalisco, by the Mexican Army. His son Juan Oseguera "
    "succeeded him as head of the CJNG, which the U.S. State Department designated a terrorist "
    "organization in 2025 and offered a $15 million reward.\n";

struct Fixture {
  std::unique_ptr<cg::ingest::Lexicon> lexicon;
  std::unique_ptr<cg::ingest::RuleSet> rules;
  cg::ingest::Document article;
  Fixture() {
    if (!cg::ingest::Lexicon::Load(CG_SOURCE_DIR "/lexicon", &lexicon).ok() ||
        !cg::ingest::RuleSet::Load(CG_SOURCE_DIR "/lexicon", &rules).ok() ||
        !cg::ingest::ParseDocument("fixed.md", std::string(kArticle), cg::ingest::ReadLimits{}, &article).ok()) {
      __builtin_trap();  // the shipped data and the fixed article must load
    }
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Fixture fixture;
  if (size == 0) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  auto extract = [&](const cg::ingest::Lexicon& lexicon, const cg::ingest::RuleSet& rules) {
    (void)cg::ingest::Extract(fixture.article, lexicon, rules, cg::ingest::ExtractOptions{});
  };
  switch (data[0] % 3) {
    case 0: {
      cg::ingest::Lexicon lexicon;
      if (lexicon.AddText(text, "fuzz.txt").ok()) extract(lexicon, *fixture.rules);
      break;
    }
    case 1: {
      cg::ingest::RuleSet rules;
      if (rules.AddText(text, "fuzz.rules").ok()) extract(*fixture.lexicon, rules);
      break;
    }
    default: {
      cg::ingest::RuleSet rules;
      if (rules.AddWords(text, "fuzz.words").ok()) extract(*fixture.lexicon, rules);
      break;
    }
  }
  return 0;
}
