// Inputs the article and lexicon fuzzers (tests/fuzz) found to break the
// reader, each kept as the case it found. The reads past the end were
// silent in a plain build; the suite's ASan+UBSan run (scripts/test) fails
// on them.
#include <doctest/doctest.h>

#include <string>

#include "ingest/document.h"
#include "ingest/extract.h"
#include "tests/ingest/shipped.h"

namespace cg::ingest {
namespace {

ArticleGraph ExtractText(const std::string& path, const std::string& text) {
  Document doc;
  REQUIRE(ParseDocument(path, text, ReadLimits{}, &doc).ok());
  return Extract(doc, *Shipped().lexicon, *Shipped().rules, ExtractOptions{});
}

// article_fuzz: the organization reader probed the lexicon at the token
// after a capitalized run, which is past the end when the run ends the text.
TEST_CASE("fuzz found: an article whose last word is capitalized is read without reading past its end") {
  for (const std::string& text : {std::string("J"), std::string("artic\nJ"), std::string("The report.\nJ"),
                                 std::string("---\ntitle: Officials met\ndate: 2023-06-02\n---\n artic\nJ")}) {
    CAPTURE(text);
    const ArticleGraph g = ExtractText("found.md", text);
    CHECK(g.relations.empty());
  }
  const ArticleGraph g = ExtractText("found.md", "The Gulf Cartel clashed with the Sinaloa Cartel.\nJalisco");
  CHECK(g.entities.size() >= 2);
}

// article_fuzz (a timeout): reading a list of organizations forward, a ")"
// without its "(" sent the reader back to the clause's start, forever.
TEST_CASE("fuzz found: a stray closing parenthesis inside a list of organizations ends the list") {
  const ArticleGraph g = ExtractText("found.md", "The State Police and)the Federal Police patrolled the area.\n"
                                                 "The Nuevo Le\u00f3n State Police and)the Municipal Police of "
                                                 "Monterrey patrolled the area.\n");
  CHECK(g.entities.size() >= 2);
}

// article_fuzz (UBSan, session 9): an event's target position that names no
// entity (nor a person a pronoun stands for) was looked up as entity -1 for
// its status. The input is the fuzzer's, kept whole.
TEST_CASE("fuzz found: an event target that resolves to no entity sets no status") {
  Document doc;
  REQUIRE(LoadDocument(std::string(CG_SOURCE_DIR) + "/tests/ingest/fuzz_found/event_target_without_entity.txt", {},
                       &doc)
              .ok());
  const ArticleGraph g = Extract(doc, *Shipped().lexicon, *Shipped().rules, ExtractOptions{});
  CHECK(!g.entities.empty());
}

// article_fuzz (ASan, session 11): the evidence of "A and B are fighting" reached one item past the
// trigger, past the sentence's items when the text ends there without a period, so the modality
// reader read tokens past the text's end.
TEST_CASE("fuzz found: a relation between coordinated subjects at a text's unpunctuated end stays inside it") {
  for (const char* path : {"found.txt", "found.html", "found.md"}) {
    CAPTURE(path);
    const ArticleGraph g = ExtractText(path, "The Gulf Cartel and the Zetas are fighting");
    REQUIRE(g.relations.size() == 1);
    CHECK(g.relations[0].type == "RIVAL_OF");
  }
}

// article_fuzz (ASan, session 11): "Sinaloa Cartel financier Rafael "El Güero" Maldonado" — the
// title kept a pointer to its qualifier (the cartel's mention) while the quoted nickname's reader
// pushed a mention, which may move them all (heap-use-after-free when it did). The fuzzer's input
// (read as HTML, as the fuzzer did) is kept whole: its mentions grow the vector at that moment.
TEST_CASE("fuzz found: a qualified title before a name with a quoted nickname reads its qualifier safely") {
  Document doc;
  REQUIRE(LoadDocument(std::string(CG_SOURCE_DIR) + "/tests/ingest/fuzz_found/title_qualifier_before_nickname.html",
                       {}, &doc)
              .ok());
  const ArticleGraph found = Extract(doc, *Shipped().lexicon, *Shipped().rules, ExtractOptions{});
  CHECK(!found.entities.empty());
  const ArticleGraph g =
      ExtractText("found.txt", "Police arrested Sinaloa Cartel financier Rafael \"El G\u00fcero\" Maldonado.");
  bool member = false;
  for (const LocalRelation& r : g.relations) {
    member |= r.type == "MEMBER_OF" && g.entities[g.Root(r.from)].name == "Rafael Maldonado" &&
              g.entities[g.Root(r.to)].name == "Sinaloa Cartel";
  }
  CHECK(member);
}

// article_fuzz (UBSan, session 12): a rule opening with an amount ("{M:Money} {A:Organization}
// reward for {P:Person}") took the amount for entity 0 when it asked whether its first slot was a
// person inside a noun's complement: a null reference in an article with no entity yet (the
// fuzzer's input, kept whole), and a rule wrongly refused when entity 0 was a person.
TEST_CASE("fuzz found: a rule whose first slot is an amount never reads it as an entity") {
  Document doc;
  REQUIRE(LoadDocument(std::string(CG_SOURCE_DIR) + "/tests/ingest/fuzz_found/money_slot_opening_rule.html", {}, &doc)
              .ok());
  (void)Extract(doc, *Shipped().lexicon, *Shipped().rules, ExtractOptions{});
  const ArticleGraph g = ExtractText(
      "found.txt", "Rafael Caro Quintero was captured on Friday, ending the offer of a $20 million State Department "
                   "reward for Rafael Caro Quintero.\n");
  bool by_rule = false;
  for (const LocalRelation& r : g.relations) by_rule |= r.type == "OFFERED_REWARD" && r.source.rule == "reward.bounty_on";
  CHECK(by_rule);
}

// article_fuzz (UBSan, session 12): "$9555…5 million" (a 49-digit amount) funding a program was
// converted to an integer to test whether it was whole: a double beyond int64's range. Amounts too
// large for an integer are kept as floats, by every reader of money (frames, rules, anaphora).
TEST_CASE("fuzz found: an amount of money beyond an integer's range is kept as a float") {
  const std::string huge = "$9555555555555555555555555555555555555555555555500 million";
  const ArticleGraph g = ExtractText(
      "found.txt", "Since 2008, the United States has provided " + huge +
                       " in funding to Mexico through the Merida Initiative.\n"
                       "The State Department offered a reward of up to " + huge +
                       " for information leading to the arrest of Ismael Zambada Garcia.\n");
  int amounts = 0;
  for (const LocalRelation& r : g.relations) {
    auto a = r.props.find("amount");
    if (a == r.props.end()) continue;
    CAPTURE(r.type);
    REQUIRE(a->second.is_float());
    CHECK(a->second.as_float() > 9e54);
    ++amounts;
  }
  CHECK(amounts >= 2);
  const ArticleGraph small = ExtractText(
      "found.txt", "The State Department offered a reward of up to $5 million for information leading to the "
                   "arrest of Ismael Zambada Garcia.\n");
  REQUIRE(!small.relations.empty());
  bool whole = false;
  for (const LocalRelation& r : small.relations) {
    if (auto a = r.props.find("amount"); a != r.props.end()) whole = a->second.is_int() && a->second.as_int() == 5000000;
  }
  CHECK(whole);
}

}  // namespace
}  // namespace cg::ingest
