// Bodies named again by the last word of their name (see mention_finder.h HeadAnaphor).
#include "ingest/clause.h"
#include "ingest/mention_finder.h"
#include "schema/normalize.h"

namespace cg::ingest {

size_t MentionFinder::HeadAnaphor(size_t i, size_t last, std::vector<Mention>* out) {
  constexpr std::string_view kHeads =
      "committee|commission|council|group|initiative|framework|program|programme|office|bureau|"
      "center|centre|institute|dialogue|agreement|strategy|partnership|alliance|unit";
  const size_t h = i + 1;
  if (t_[i].norm != "the" || h >= last || !t_[h].is(Token::kCapitalized) || !OneOf(t_[h].norm, kHeads)) return 0;
  // Not the start of a longer name: "the Committee on Foreign Relations", "the Group of Seven".
  if (h + 1 < last && (t_[h + 1].is(Token::kCapitalized) || OneOf(t_[h + 1].norm, "of|on|for|against|to"))) return 0;
  const std::string tail = " " + t_[h].norm;
  int found = -1;
  const ArticleGraph& g = table_.graph();
  for (size_t e = 0; e < g.entities.size(); ++e) {
    const LocalEntity& x = g.entities[e];
    if (x.merged_into >= 0 || (x.primary != "Organization" && x.primary != "Program")) continue;
    const std::string& name = NormalizeNameMemo(x.name);
    if ((" " + name).ends_with(tail) && name != t_[h].norm) found = static_cast<int>(e);
  }
  if (found < 0) return 0;
  Push(out, i, h + 1, found);
  out->back().anaphoric = true;
  return h + 1 - i;
}

}  // namespace cg::ingest
