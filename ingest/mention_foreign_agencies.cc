// Foreign agencies the lexicon lacks, named with their country (see MentionFinder::ForeignAgency).
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"

namespace cg::ingest {

size_t MentionFinder::ForeignAgency(const std::string& primary, const std::string& refining, size_t i, size_t name_end,
                                    size_t used, std::vector<Mention>* out) {
  const std::string surface = Text(i, name_end);
  // "Paraguay's National Police", "the Colombian Prosecutor General's Office", "the National Police of
  // Colombia": a foreign country's agency the lexicon lacks is named with its country, as written and
  // as "National Police of Paraguay"; its bare name finds it only in this article (NameLocally), as
  // another article's bare "National Police" may be another country's. A U.S. or Mexican body keeps
  // its bare name, as annotators name the bodies of the two countries the reports are about: "Mexico's
  // Finance Ministry" is the "Finance Ministry".
  std::string country;
  size_t named_from = i;  // where the name with its country begins
  const Mention* q = out->empty() ? nullptr : &out->back();
  if (refining == "Agency" && q && q->kind == Mention::Kind::kDemonym && q->last == i) {
    country = q->value;
    named_from = q->first;
  } else if (refining == "Agency" && q && i >= 2 && t_[i - 1].norm == "'s" && q->last + 1 == i &&
             q->kind == Mention::Kind::kEntity && table_.at(q->entity).refining == "Country") {
    country = table_.at(q->entity).name;
    named_from = q->first;
  } else if (t_[i].norm == "national" && used == name_end && name_end + 1 < t_.size() && t_[name_end].norm == "of") {
    for (const LexMatch& m : lex_.MatchAt(t_, name_end + 1, t_.size(), "entity")) {
      if (m.entry->refining != "Country") continue;
      country = std::string(m.entry->canonical());
      table_.FromLex(m.entry, country);
      used = name_end + 1 + m.length;
      break;
    }
  }
  // (a U.S. or Mexican body keeps its bare name, "the National Guard of Mexico" too)
  const bool home = country == "United States" || country == "Mexico";
  if (country.empty() || (home && used == name_end)) return 0;
  const int own = table_.ByName(primary, refining, home ? surface : named_from < i ? Text(named_from, name_end) : Text(i, used));
  table_.AddAlias(own, surface + " of " + country);
  if (!home) table_.NameLocally(primary, own, surface);
  Push(out, i, used, own);
  return used - i;
}

}  // namespace cg::ingest
