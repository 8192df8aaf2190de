// libFuzzer target: an article file through the reader and the whole
// extraction (front matter, Markdown or HTML, sentences, dates, mentions,
// rules) with the shipped lexicon. The first byte picks the format the
// rest is read as (its value mod 3: Markdown, plain text, HTML; the seeds
// start with 'm', 't' or 'h'). Contract under test: every input is either
// refused with a Status or extracted; nothing throws, ASan/UBSan report
// nothing.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "ingest/document.h"
#include "ingest/extract.h"
#include "ingest/lexicon.h"
#include "ingest/rules.h"

namespace {

struct Shipped {
  std::unique_ptr<cg::ingest::Lexicon> lexicon;
  std::unique_ptr<cg::ingest::RuleSet> rules;
  Shipped() {
    if (!cg::ingest::Lexicon::Load(CG_SOURCE_DIR "/lexicon", &lexicon).ok() ||
        !cg::ingest::RuleSet::Load(CG_SOURCE_DIR "/lexicon", &rules).ok()) {
      __builtin_trap();  // the shipped data must load
    }
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const Shipped shipped;
  if (size == 0) return 0;
  static const char* const kPaths[] = {"article.md", "article.txt", "article.html"};
  const std::string path = kPaths[data[0] % 3];
  cg::ingest::Document doc;
  const cg::Status s = cg::ingest::ParseDocument(path, std::string(reinterpret_cast<const char*>(data) + 1, size - 1),
                                                 cg::ingest::ReadLimits{}, &doc);
  if (!s.ok()) return 0;
  if (doc.analysis.size() != doc.text.size() || doc.body_begin > doc.text.size()) __builtin_trap();
  (void)cg::ingest::Extract(doc, *shipped.lexicon, *shipped.rules, cg::ingest::ExtractOptions{});
  return 0;
}
