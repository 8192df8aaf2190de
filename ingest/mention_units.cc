// Units named by their number (see mention_finder.h NumberedUnit).
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"

namespace cg::ingest {

namespace {

// "9th", "105th", "2nd", "1st", "43rd": an ordinal written in digits.
bool DigitOrdinal(std::string_view n) {
  if (n.size() < 3 || !std::isdigit(static_cast<unsigned char>(n[0]))) return false;
  const std::string_view suffix = n.substr(n.size() - 2);
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return false;
  for (size_t k = 0; k + 2 < n.size(); ++k) {
    if (!std::isdigit(static_cast<unsigned char>(n[k]))) return false;
  }
  return true;
}

}  // namespace

size_t MentionFinder::NumberedUnit(size_t i, size_t first, size_t last, std::vector<Mention>* out) {
  if (!t_[i].is(Token::kNumber) || !DigitOrdinal(t_[i].norm) || i + 1 >= last) return 0;
  const size_t run = CapitalRun(i + 1, last);
  if (run == i + 1) return 0;
  // The run ends with a military unit's head word ("Military Zone", "Infantry Battalion", "Brigade").
  for (size_t k = i + 1; k < run; ++k) {
    const std::vector<LexMatch> heads = lex_.MatchAt(t_, k, last, "orghead");
    if (!heads.empty() && k + heads[0].length == run &&
        heads[0].entry->attr("label") == "Organization:MilitaryUnit") {
      return StructuralOrg(i, run, first, last, out);
    }
  }
  return 0;
}

}  // namespace cg::ingest
