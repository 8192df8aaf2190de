// The text stages: documents, tokens, sentences, dates, lexicon and rule files.
#include <doctest/doctest.h>

#include <algorithm>
#include <bit>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ingest/clause.h"
#include "ingest/dates.h"
#include "ingest/document.h"
#include "ingest/id_set.h"
#include "ingest/lexicon.h"
#include "ingest/rules.h"
#include "ingest/sentences.h"
#include "ingest/vocabulary.h"
#include "schema/ontology.h"
#include "tests/ingest/shipped.h"

namespace cg::ingest {
namespace {

std::vector<std::string> SentenceTexts(const std::string& text) {
  const Segmented seg = Segment(text, 0, text.size());
  std::vector<std::string> out;
  for (const Sentence& s : seg.sentences) out.push_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

std::vector<std::string> DatesIn(const std::string& text, std::optional<Date> anchor) {
  const Segmented seg = Segment(text, 0, text.size());
  std::vector<std::string> out;
  for (const DateMention& d : FindDates(seg.tokens, 0, seg.tokens.size(), anchor)) out.push_back(d.date.ToString());
  return out;
}

TEST_CASE("tokens keep offsets, abbreviations and possessives") {
  const std::string text = "U.S.-funded raids on El Mencho’s men cost $3.6 billion (350,000 pesos).";
  const std::vector<Token> t = Tokenize(text, 0, text.size());
  REQUIRE(t.size() >= 8);
  CHECK(t[0].norm == "us");
  CHECK(text.substr(t[0].begin, t[0].end - t[0].begin) == "U.S.");
  CHECK(t[0].is(Token::kAllCaps));
  CHECK(t[1].norm == "-");
  CHECK(t[2].norm == "funded");
  CHECK(t[6].norm == "mencho");
  CHECK(t[7].norm == "'s");
  bool billions = false, count = false;
  for (const Token& tok : t) {
    billions |= tok.norm == "3.6";
    count |= tok.norm == "350000";
  }
  CHECK(billions);
  CHECK(count);
  // The apostrophe after a word ending in s or z is its possessive; a closing quote is not.
  const std::string plural = "Cárdenas' brother met the Zetas' boss; he said 'Zetas'.";
  const std::vector<Token> p = Tokenize(plural, 0, plural.size());
  REQUIRE(p.size() >= 14);
  CHECK(p[1].norm == "'s");
  CHECK(plural.substr(p[1].begin, p[1].end - p[1].begin) == "'");
  CHECK(p[6].norm == "'s");
  CHECK(p[p.size() - 2].norm == "'");
}

TEST_CASE("sentences survive U.S., titles, initials and quotes") {
  CHECK(SentenceTexts("He fled to the U.S. The army followed.") ==
        std::vector<std::string>{"He fled to the U.S.", "The army followed."});
  CHECK(SentenceTexts("Gen. Trevilla spoke with U.S. officials in Mexico City.").size() == 1);
  CHECK(SentenceTexts("SEDENA named him as “Rubén N., alias Mencho.” DNA tests are pending.") ==
        std::vector<std::string>{"SEDENA named him as “Rubén N., alias Mencho.”", "DNA tests are pending."});
  // A headline without a period is a sentence of its own.
  CHECK(SentenceTexts("El Mencho Is Dead\nThe cartel burned cars.").size() == 2);
  // The AP's state abbreviation keeps its period: no sentence ends at a dateline's "Calif.", one may
  // end at "Ariz." before a capitalized opener.
  CHECK(SentenceTexts("RIVERSIDE, Calif. (AP) -- Agents arrested a man in Riverside.").size() == 1);
  CHECK(SentenceTexts("He lived in Tucson, Ariz. The police found him there.").size() == 2);
}

TEST_CASE("a year told from the date before it: that year, the following year") {
  const Date anchor{2011, 2, 26};
  CHECK(DatesIn("Its decline began in 2002. He was shot in February of that year.", anchor) ==
        std::vector<std::string>{"2002", "2002-02"});
  CHECK(DatesIn("In March 2008 he fled; on June 3 of the same year he was caught.", anchor) ==
        std::vector<std::string>{"2008-03", "2008-06-03"});
  CHECK(DatesIn("Arrested in 2009, he was extradited the following year and sentenced a year later.", anchor) ==
        std::vector<std::string>{"2009", "2010", "2011"});
  CHECK(DatesIn("The cartel split in 2010; that same year its founder died.", anchor) ==
        std::vector<std::string>{"2010", "2010"});
  // With no year written before, "that year" is no date (never the article's year).
  CHECK(DatesIn("He was killed in February of that year.", anchor) == std::vector<std::string>{"2011-02"});
  CHECK(DatesIn("He died that year.", anchor).empty());
  // A month alone after a year the sentence wrote out is in that year; else the latest up to the anchor.
  CHECK(DatesIn("The decline began in 2004, when police shot him in March.", anchor) ==
        std::vector<std::string>{"2004", "2004-03"});
  CHECK(DatesIn("Police shot him in March.", anchor) == std::vector<std::string>{"2010-03"});
  // Each sentence and the dates it tells, in order.
  const std::vector<std::pair<std::string, std::vector<std::string>>> cases = {
      // A month before the one written out, told as the story's next step, is of the year after (not
      // after the anchor); told as its own fact it stays in the year written.
      {"In October 2009 marines killed X, and in July they captured Y.", {"2009-10", "2010-07"}},
      {"In May 2010 soldiers arrested X, then in January police detained Y.", {"2010-05", "2011-01"}},
      {"In May 2010 soldiers arrested X, then in March police detained Y.", {"2010-05", "2010-03"}},
      {"In October 2009 he was killed after hiding since July.", {"2009-10", "2009-07"}},
      // "last October" counts from the article's date, not from a year the sentence wrote.
      {"The worst attack since 2009 came last October.", {"2009", "2010-10"}},
      {"He was freed in February 2009 and arrested again last February.", {"2009-02", "2010-02"}},
      // "a month later", "the following month": from the month told before.
      {"Ramón was shot in February 2002 and Benjamín was arrested a month later.", {"2002-02", "2002-03"}},
      {"Police shot him in March 2004; the following month his brother fled.", {"2004-03", "2004-04"}},
  };
  for (const auto& [text, dates] : cases) {
    CAPTURE(text);
    CHECK(DatesIn(text, anchor) == dates);
  }
}

TEST_CASE("dates resolve against the article date, partial where the text is") {
  const Date anchor{2026, 2, 22};
  CHECK(DatesIn("killed this morning", anchor) == std::vector<std::string>{"2026-02-22"});
  CHECK(DatesIn("created on January 15, less than six weeks ago", anchor) ==
        std::vector<std::string>{"2026-01-15", "2026-01-11"});
  CHECK(DatesIn("after his capture eighteen months ago", anchor) == std::vector<std::string>{"2024-08"});
  CHECK(DatesIn("one year ago tonight he was shot", anchor) == std::vector<std::string>{"2025-02-22"});
  CHECK(DatesIn("ten years ago today", anchor) == std::vector<std::string>{"2016-02-22"});
  CHECK(DatesIn("extradited in January of last year", anchor) == std::vector<std::string>{"2025-01"});
  CHECK(DatesIn("due in March next year", anchor) == std::vector<std::string>{"2027-03"});
  CHECK(DatesIn("founded in 2010", anchor) == std::vector<std::string>{"2010"});
  CHECK(DatesIn("designated on February 20, 2025 and sentenced in March 2025", anchor) ==
        std::vector<std::string>{"2025-02-20", "2025-03"});
  CHECK(DatesIn("yesterday, three years ago", anchor) == std::vector<std::string>{"2026-02-21", "2023"});
  CHECK(DatesIn("in the 1990s, 1,900 laboratories", anchor).empty());
  // A year before the noun it dates ("the 1985 murder"), not a count before a plural ("the 2000 soldiers").
  CHECK(DatesIn("accused of ordering the 1985 murder of an agent", anchor) == std::vector<std::string>{"1985"});
  CHECK(DatesIn("the 2000 soldiers sent to Juárez", anchor).empty());
  // Without an article date, relative expressions are skipped.
  CHECK(DatesIn("this morning, on January 15", std::nullopt).empty());
  const std::string dateline = "By A. Writer | Wire |\nFebruary 22, 2026 | Breaking News |\nBody text here.";
  CHECK(FindDateline(Segment(dateline, 0, dateline.size())) == Date{2026, 2, 22});
}

TEST_CASE("documents: front matter, Markdown, and refusals naming the file") {
  Document doc;
  REQUIRE(ParseDocument("a.md", "---\ntitle: T\ndate: 2026-02-22\nauthor: W\n---\n# Head **bold** [link](http://x)\n",
                        {}, &doc).ok());
  CHECK(doc.meta.title == "T");
  CHECK(doc.meta.date == Date{2026, 2, 22});
  CHECK(doc.analysis.size() == doc.text.size());
  CHECK(doc.analysis.find("Head") != std::string::npos);
  CHECK(doc.analysis.find("**") == std::string::npos);
  CHECK(doc.analysis.find("http") == std::string::npos);
  CHECK(doc.sha256.size() == 64);

  Status s = ParseDocument("e.txt", " \n\n", {}, &doc);
  CHECK(s.code() == Status::Code::kInvalidArgument);
  CHECK(s.message().find("e.txt") != std::string::npos);
  CHECK(s.message().find("empty") != std::string::npos);
  s = ParseDocument("b.txt", std::string("ab\0cd", 5), {}, &doc);
  CHECK(s.message().find("binary") != std::string::npos);
  s = ParseDocument("u.txt", "caf\xc3(", {}, &doc);
  CHECK(s.message().find("invalid UTF-8 at line 1, byte offset 3") != std::string::npos);
  ReadLimits small;
  small.max_bytes = 4;
  s = ParseDocument("big.txt", "too long", small, &doc);
  CHECK(s.message().find("size limit") != std::string::npos);
  s = ParseDocument("f.txt", "---\ntitle T\n---\nbody", {}, &doc);
  CHECK(s.message().find("f.txt:2") != std::string::npos);
  s = ParseDocument("g.txt", "---\ndate: soon\n---\nbody", {}, &doc);
  CHECK(s.message().find("expected an ISO date") != std::string::npos);
}

TEST_CASE("lexicon files: formats, errors with file and line, capitalization") {
  Lexicon lex;
  REQUIRE(lex.AddText("# airlines\n@label Organization\nDelta | Delta Air Lines\n", "air.txt").ok());
  const std::string text = "delta and Delta";
  const std::vector<Token> t = Tokenize(text, 0, text.size());
  CHECK(lex.MatchAt(t, 0, t.size()).empty());  // "delta" is not the name "Delta"
  CHECK(lex.MatchAt(t, 2, t.size()).size() == 1);
  CHECK(lex.FindEntity("DELTA AIR LINES") != nullptr);

  Status s = lex.AddText("@label Organization:Bank\nX\n", "bad.txt");
  CHECK(s.message().find("bad.txt:1") != std::string::npos);
  s = lex.AddText("Y | Z\n", "nohead.txt");
  CHECK(s.message().find("nohead.txt:1") != std::string::npos);
  s = lex.AddText("@kind title\nBoss ; relation\n", "attr.txt");
  CHECK(s.message().find("attr.txt:2") != std::string::npos);
}

TEST_CASE("rule files: parsed, and refused with the line and the reason") {
  RuleSet rules;
  REQUIRE(rules.AddText("# c\nleads.x 0.8: {P:Person} (leads|led) ?the {O:Cartel} => LEADS P->O since=@date\n", "r.rules")
              .ok());
  REQUIRE(rules.rules().size() == 1);
  const Rule& r = rules.rules()[0];
  CHECK(r.id == "leads.x");
  CHECK(r.confidence == doctest::Approx(0.8));
  CHECK(r.pattern.size() == 4);
  CHECK(r.pattern[2].optional);
  CHECK(r.outputs[0].type == "LEADS");

  CHECK(rules.AddText("a: {P:Person} x => KNOWS P->P\n", "t.rules").message().find("not a relationship type") !=
        std::string::npos);
  CHECK(rules.AddText("b: {P:Persn} x => LEADS P->P\n", "t.rules").message().find("unknown type 'Persn'") !=
        std::string::npos);
  CHECK(rules.AddText("c: {P:Person} x => LEADS P->Q\n", "t.rules").message().find("slot 'Q'") != std::string::npos);
  CHECK(rules.AddText("d: {P:Person} x {O:Cartel} => LEADS P->O rank=1\n", "t.rules").message().find("no property 'rank'") !=
        std::string::npos);
  CHECK(rules.AddText("leads.x: {P:Person} y {O:Cartel} => LEADS P->O\n", "t.rules").message().find("used twice") !=
        std::string::npos);
  CHECK(rules.AddText("e {P:Person}\n", "t.rules").message().find("t.rules:1") != std::string::npos);
  CHECK(rules.AddText("f: {P:Person} partner ?(of {B:Person}) in {O:Cartel} => MEMBER_OF P->O\n", "t.rules")
            .message()
            .find("cannot sit inside an alternative") != std::string::npos);
  // A group of one phrase is one element too ("?(the result of)"), not the words "?(the", "result", "of)".
  RuleSet phrase;
  REQUIRE(phrase.AddText("g.x 0.7: {P:Person} ?(the former) leader of {O:Cartel} => LEADS P->O\n", "g.rules").ok());
  REQUIRE(phrase.rules()[0].pattern.size() == 5);
  CHECK(phrase.rules()[0].pattern[1].optional);
}

}  // namespace
}  // namespace cg::ingest

namespace cg::ingest {
namespace {

TEST_CASE("vocabulary: a token's id stands for its norm, and only for it") {
  const std::string text = "The cartel’s boss, the Boss; THE BOSS -- “boss” bosses 3,500 and 3500.";
  const std::vector<Token> t = Tokenize(text, 0, text.size());
  Vocabulary& v = Vocabulary::Global();
  for (const Token& a : t) {
    CHECK(a.id != 0);
    CHECK(v.Find(a.norm) == a.id);
    for (const Token& b : t) CHECK((a.id == b.id) == (a.norm == b.norm));
  }
  CHECK(v.Find("a-norm-no-text-has-ever-had") == 0);
  const uint32_t id = v.Id("a-norm-interned-by-this-test");
  CHECK(id != 0);
  CHECK(v.Id("a-norm-interned-by-this-test") == id);
  CHECK(v.Find("a-norm-interned-by-this-test") == id);
}

// The anchor index is safe when every rule whose word test passes on a sentence is a candidate
// there: random sentences of rule words and others, against the shipped rules.
TEST_CASE("SlotTypeBit: every slot type has a bit of its own, and nothing else has one") {
  std::vector<std::string> names = {"Any", "Date", "Money", "Designation", "Demonym"};
  for (const LabelDef& def : Ontology::Default().labels()) {
    names.push_back(def.name);
    for (const auto& r : def.refinements) names.push_back(r.name);
  }
  uint64_t seen = 0;
  for (const std::string& name : names) {
    const uint64_t bit = SlotTypeBit(name);
    CHECK_MESSAGE(std::popcount(bit) == 1, name);
    // One name, one bit: "Designation" is both a mention kind and an Event refinement.
    CHECK_MESSAGE(((seen & bit) == 0 || name == "Designation"), name);
    seen |= bit;
  }
  CHECK(SlotTypeBit("Persn") == 0);
  CHECK(SlotTypeBit("") == 0);
  CHECK(SlotTypeBit("person") == 0);
  RuleSet rules;
  REQUIRE(rules.AddText("t.x: {P:Person|Cartel} of {D:Date} => LEADS P->P\n", "t.rules").ok());
  CHECK(rules.rules()[0].pattern[0].type_bits == (SlotTypeBit("Person") | SlotTypeBit("Cartel")));
  CHECK(rules.rules()[0].pattern[2].type_bits == SlotTypeBit("Date"));
}

TEST_CASE("rule anchor index: every rule that may match a sentence is among its candidates") {
  const RuleSet& rules = *Shipped().rules;
  std::vector<uint32_t> words;  // every word of every pattern, and some plain ones
  for (const Rule& r : rules.rules()) {
    for (const PatternElem& e : r.pattern) {
      for (const auto& seq : e.alternatives) words.insert(words.end(), seq.begin(), seq.end());
    }
  }
  for (std::string_view w : {"zetas", "arrested", "yesterday", "mexico", "quietly"}) {
    words.push_back(Vocabulary::Global().Id(w));
  }
  std::mt19937 random(20261202);
  size_t matched = 0;
  for (int round = 0; round < 3000; ++round) {
    std::vector<uint32_t> ids;
    const size_t n = 1 + random() % 40;
    for (size_t k = 0; k < n; ++k) ids.push_back(words[random() % words.size()]);
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::vector<uint32_t> candidates;
    rules.Candidates(ids, &candidates);
    CHECK(std::is_sorted(candidates.begin(), candidates.end()));
    CHECK(std::adjacent_find(candidates.begin(), candidates.end()) == candidates.end());
    const IdSet set(ids);
    for (uint32_t r = 0; r < rules.rules().size(); ++r) {
      if (!rules.rules()[r].MayMatch(set)) continue;
      ++matched;
      CHECK(std::binary_search(candidates.begin(), candidates.end(), r));
    }
  }
  CHECK(matched > 1000);  // the sentences do pass the word test of many rules
}

}  // namespace
}  // namespace cg::ingest

namespace cg::ingest {
namespace {

TEST_CASE("OneOf: the word is one of the bar-separated words, on random lists") {
  auto reference = [](std::string_view word, std::string_view words) {
    for (size_t pos = 0; pos <= words.size();) {
      size_t bar = words.find('|', pos);
      if (bar == std::string_view::npos) bar = words.size();
      if (words.substr(pos, bar - pos) == word) return true;
      pos = bar + 1;
    }
    return false;
  };
  std::mt19937 random(7);
  const std::string alphabet = "ab|";
  for (int round = 0; round < 20000; ++round) {
    std::string word, words;
    for (size_t n = random() % 4; n > 0; --n) word += alphabet[random() % 3];
    for (size_t n = random() % 10; n > 0; --n) words += alphabet[random() % 3];
    CHECK_MESSAGE(OneOf(word, words) == reference(word, words), "'", word, "' in '", words, "'");
  }
  CHECK(OneOf("was", "is|are|was"));
  CHECK_FALSE(OneOf("wa", "is|are|was"));
}

TEST_CASE("Lexicon::Forces lists the entities whose force= holds the phrase, as a scan with OneOf does") {
  // The scan Forces replaces: every entity entry whose force= list holds the phrase, in entry order.
  auto scan = [](const Lexicon& lex, std::string_view phrase) {
    std::vector<const LexEntry*> out;
    for (const auto& e : lex.entries()) {
      if (e->kind == "entity" && !e->attr("force").empty() && OneOf(phrase, e->attr("force"))) out.push_back(e.get());
    }
    return out;
  };
  Lexicon lex;
  // Lists with the edges of the format: an empty noun, a trailing bar, a space before a bar, a repeat.
  REQUIRE(lex.AddText("@label Organization:MilitaryUnit\nArmy A ; country=A ; force=army|soldiers\n"
                      "Army B ; country=B ; force=army||navy |army\nPolice C ; force=federal police|\n"
                      "@kind title\ncaptain ; force=army\n",
                      "forces.txt")
              .ok());
  for (std::string_view phrase : {"army", "soldiers", "navy", "navy ", "federal police", "", "police", "captain",
                                  "army|soldiers", "x"}) {
    CHECK_MESSAGE(lex.Forces(phrase) == scan(lex, phrase), "'", phrase, "'");
  }
  CHECK(lex.Forces("army").size() == 2);
  const Lexicon& shipped = *Shipped().lexicon;
  size_t found = 0;
  for (const auto& e : shipped.entries()) {
    for (std::string_view name : e->names) {
      CHECK(shipped.Forces(name) == scan(shipped, name));
    }
  }
  for (std::string_view phrase : {"army", "soldiers", "federal police", "authorities", "navy", "marines", "troops"}) {
    CHECK(shipped.Forces(phrase) == scan(shipped, phrase));
    found += shipped.Forces(phrase).size();
  }
  CHECK(found >= 7);
}

TEST_CASE("Clause::IsAny by vocabulary id answers as the search of the list's text") {
  const std::string text =
      "The Zetas' leader, along with his brother -- a co-founder -- was arrested in Nuevo Laredo, and "
      "authorities said the cartel's accountant fled. U.S. officials called it a blow.";
  const Segmented seg = Segment(text, 0, text.size());
  const ArticleGraph graph;
  const std::vector<Mention> none;
  // Lists with the edges of the format: empty words, a trailing bar, several words, punctuation.
  static constexpr WordList kLists[] = {
      "is|was|were|arrested", "a||b|the|", ",|-|--|.", "'s|along with|with", "leader|accountant|fled|us",
      "", "|", "zetas|cartel|co|founder|officials|called|blow"};
  size_t matched = 0;
  for (const Sentence& sentence : seg.sentences) {
    const Clause clause(seg.tokens, sentence, none, graph);
    for (size_t i = 0; i < clause.size(); ++i) {
      for (const WordList& list : kLists) {
        CHECK_MESSAGE(clause.IsAny(i, list) == clause.IsAnyOf(i, list.text()), "'", clause.Norm(i), "' in '",
                      list.text(), "'");
        matched += clause.IsAny(i, list);
      }
    }
  }
  CHECK(matched >= 15);
  // The apostrophe of a plural's possessive reads as "'s".
  const Clause first(seg.tokens, seg.sentences[0], none, graph);
  CHECK(first.Norm(2) == "'s");
  CHECK(first.IsAny(2, "'s"));
  CHECK_FALSE(first.IsAny(2, "'"));
}

TEST_CASE("Lexicon::MatchAt of one kind: the matches of all kinds that are of that kind, in order") {
  std::string text;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(CG_SOURCE_DIR) + "/examples/articles")) {
    std::ifstream in(entry.path());
    text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  const std::vector<Token> t = Tokenize(text, 0, text.size());
  REQUIRE(t.size() > 500);
  size_t matched = 0;
  for (const Lexicon* lex : std::vector<const Lexicon*>{Shipped().lexicon.get(), &Shipped().rules->words()}) {
    std::set<std::string> kinds = {"no such kind"};
    for (const auto& e : lex->entries()) kinds.insert(e->kind);
    for (size_t i = 0; i <= t.size(); ++i) {
      for (const size_t last : {i + 1, i + 3, t.size()}) {
        const std::vector<LexMatch> all = lex->MatchAt(t, i, std::min(last, t.size()));
        matched += all.size();
        for (const std::string& kind : kinds) {
          std::vector<std::pair<const LexEntry*, size_t>> expected, got;
          for (const LexMatch& m : all) {
            if (m.entry->kind == kind) expected.emplace_back(m.entry, m.length);
          }
          for (const LexMatch& m : lex->MatchAt(t, i, std::min(last, t.size()), kind)) got.emplace_back(m.entry, m.length);
          CHECK(got == expected);
        }
      }
    }
  }
  CHECK(matched > 500);
}

TEST_CASE("IdSet holds exactly the ids it was built from") {
  const std::vector<uint32_t> ids = {1, 2, 63, 64, 65, 130, 4096};
  const IdSet set(ids);
  for (uint32_t id = 0; id < 5000; ++id) {
    CHECK_MESSAGE(set.Has(id) == std::binary_search(ids.begin(), ids.end(), id), id);
  }
  CHECK_FALSE(set.Has(UINT32_MAX));
  CHECK_FALSE(IdSet().Has(0));
  CHECK_FALSE(IdSet(std::vector<uint32_t>{}).Has(1));
}

TEST_CASE("WordList::Has by id: the list's words, and no id beyond the largest of theirs") {
  static constexpr WordList kFresh = "wordlist-test-alpha|wordlist-test-beta|is";
  Vocabulary& vocabulary = Vocabulary::Global();
  const uint32_t beta = vocabulary.Id("wordlist-test-beta");  // interned before the list is asked
  CHECK(kFresh.Has(beta));
  CHECK(kFresh.Has(vocabulary.Id("wordlist-test-alpha")));
  CHECK(kFresh.Has(vocabulary.Id("is")));
  CHECK_FALSE(kFresh.Has(vocabulary.Id("was")));
  // Interned after the list's words: an id past every one of theirs.
  const uint32_t later = vocabulary.Id("wordlist-test-gamma");
  CHECK(later > beta);
  CHECK_FALSE(kFresh.Has(later));
  CHECK_FALSE(kFresh.Has(later + 1000));
}

}  // namespace
}  // namespace cg::ingest
