// Names written in capitals inside a sentence in lower case (see mention_finder.h).
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"
#include "ingest/name_shape.h"
#include "schema/normalize.h"

namespace cg::ingest {

size_t MentionFinder::NameInCapitals(size_t i, size_t end, size_t first, size_t last, std::vector<Mention>* out) {
  // A heading or a speaker label ("SENIOR ADMINISTRATION OFFICIAL", "Mr. CORNYN.") is a line or a
  // label, no sentence with words in lower case; it names nothing new.
  bool lower = false;
  for (size_t k = first; k < last && !lower; ++k) lower = t_[k].word() && !t_[k].is(Token::kCapitalized);
  if (headline_ || !lower || end - i > 5) return end - i;
  // 'JOSE ANTONIO MEZA GARCIA (MEZA GARCIA) is a money launderer for ...': a Treasury release writes
  // the persons it designates in capitals, a given name first, and then their surnames alone.
  const std::string name = TitleCaseName(Text(i, end));
  if (name.empty()) return end - i;
  const bool given = lex_.InList("given", t_[i]) && !lex_.InList("given", t_[end - 1]);
  const int person = table_.PersonFor(name, given);
  if (person < 0) return end - i;
  Push(out, i, end, person);
  AfterEntity(end, last, out);
  return end - i;
}

}  // namespace cg::ingest
