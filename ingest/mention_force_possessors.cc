// A country's force named by its bare noun as the possessor of a named unit (see mention_finder.h
// ForcePossessor).
#include "ingest/clause.h"
#include "ingest/mention_finder.h"

namespace cg::ingest {

size_t MentionFinder::ForcePossessor(size_t i, size_t last, std::vector<Mention>* out) {
  if (t_[i].norm != "the" || i + 3 >= last || t_[i + 2].norm != "'s" || t_[i + 1].is(Token::kCapitalized) ||
      !t_[i + 3].is(Token::kCapitalized) || !OneOf(t_[i + 1].norm, "army|navy|military|marines")) {
    return 0;
  }
  const std::string country = SentenceCountry(*out);
  if (country.empty()) return 0;
  size_t end = 0;
  const LexEntry* body = BodyOfCountry(country, i + 1, i + 2, &end);
  if (!body || end != i + 2) return 0;
  Push(out, i, end, table_.FromLex(body, Text(i, end)));
  return end - i;
}

}  // namespace cg::ingest
