// Title bodies: the organization an official's title names ("Attorney General"
// -> the Attorney General's Office or the Department of Justice, "Interior
// Minister" -> the Interior Ministry), whichever side of the name the title
// stands on. Shared by the title before a name (mention_titles.cc) and the
// title in apposition after one (mention_apposed_titles.cc).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ingest/lexicon.h"
#include "ingest/tokens.h"

namespace cg::ingest {

// Does the article already name the body (an entity read from this entry)?
using KnownBody = std::function<bool(const LexEntry*)>;

struct TitleBody {
  const LexEntry* body = nullptr;  // nullptr: the title names no body the lexicon knows
  bool by_field = false;           // found from the title's field (FieldBody), not its org= attribute
};

// The body the title entry `title` (ending before t[end]) names in `country` (a country's name; "" when
// the text names none):
//   org=<A>|<B>  the first of the "|"-separated bodies of that country; when no country, the first
//                the article already named (`known`), else the first ("Attorney General X" is of
//                the Attorney General's Office, after "the Justice Department" or as "U.S.
//                Attorney General X" of the Department of Justice);
//   else         (not org=government nor org=qualifier) the body of a minister's or secretary's
//                field, t[field_begin, end) (FieldBody).
TitleBody BodyOfTitle(const Lexicon& lex, const std::vector<Token>& t, const LexEntry* title, size_t field_begin,
                      size_t end, const std::string& country, const KnownBody& known);

// The country of the one of the title's org= bodies the sentence names in t[from, last) ("Attorney
// General X said at the Justice Department": the United States), or "" when it names none.
std::string NamedBodyCountry(const Lexicon& lex, const std::vector<Token>& t, const LexEntry* title, size_t from,
                             size_t last);

// The lexicon's ministry, secretariat or department of the field a minister's or secretary's title
// t[i, end) names ("Interior Minister", "Minister of the Interior" -> the "Interior Ministry"), in
// `country`; without a country a body `known` accepts, else the one body the field names ("Secretary
// of Commerce": the Department of Commerce, the only commerce body the lexicon knows). A deputy's, vice minister's, under- or
// assistant secretary's, press secretary's or secretary general's title (t[i - 1] included) heads
// nothing: nullptr, as when no body fits.
const LexEntry* FieldBody(const Lexicon& lex, const std::vector<Token>& t, size_t i, size_t end,
                          const std::string& country, const KnownBody& known);

}  // namespace cg::ingest
