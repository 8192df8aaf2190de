// A title in apposition after a person's name: "X, Mexico's security secretary, said", "X, the
// Mexican interior minister, ..." (see ApposedTitle in mention_finder.h).
#include "ingest/clause.h"
#include "ingest/mention_finder.h"
#include "ingest/title_bodies.h"

namespace cg::ingest {

size_t MentionFinder::ApposedTitle(const LexEntry* title, size_t i, size_t len, size_t last,
                                   std::vector<Mention>* out) {
  size_t end = i + len;
  // "X, Mexico's secretary of national defense, said": a minister's or secretary's field after "of".
  if (end + 1 < last && t_[end].norm == "of" && title->attr("org").empty()) {
    size_t k = end + 1;
    while (k < last && k < end + 8 && t_[k].word()) ++k;
    if (k > end + 1) end = k;
  }
  // The apposition closes right after the title: "X, Mexico's security secretary, said".
  if (end < last && !OneOf(t_[end].norm, ",|.|;|--|)")) return 0;
  if (out->empty() || i == 0) return 0;
  // The country right before the title: "Mexico's", "the Mexican" or "the U.S." (so no "deputy", "former",
  // "then" or "acting" stands between it and the title).
  const Mention& qualifier = out->back();
  std::string country;
  size_t opens = kNone;  // the token after the apposition's comma
  if (qualifier.kind == Mention::Kind::kEntity && t_[i - 1].norm == "'s" && qualifier.last + 1 == i &&
      table_.at(qualifier.entity).refining == "Country") {
    country = table_.at(qualifier.entity).name;
    opens = qualifier.first;
  } else if (qualifier.last == i && qualifier.first > 0 && t_[qualifier.first - 1].norm == "the") {
    if (qualifier.kind == Mention::Kind::kDemonym) {
      country = qualifier.value;  // "the Mexican attorney general"
    } else if (qualifier.kind == Mention::Kind::kEntity && table_.at(qualifier.entity).refining == "Country") {
      country = table_.at(qualifier.entity).name;  // "the U.S. attorney general"
    }
    opens = qualifier.first - 1;
  }
  // "Antony J. Blinken, Secretary of State" (a statement's signature), "X, Attorney General, said": a
  // capitalized title naming its own body, right after the comma.
  const std::string_view named_body = title->attr("org");
  const bool own_body = !named_body.empty() && named_body != "government" && named_body != "qualifier";
  // "Robert Gates, the defense secretary, said": a title naming its own body after "the", of the
  // sentence's or the dateline's country (none known: no body).
  const bool bare = country.empty() && i >= 2 && t_[i - 1].norm == "the" && t_[i - 2].norm == "," && own_body &&
                    out->back().last + 1 == i - 1;
  if (country.empty() && t_[i].is(Token::kCapitalized) && t_[i - 1].norm == "," && own_body) {
    opens = i;
  } else if (bare) {
    country = SentenceCountry(*out);
    if (country.empty()) return 0;
    opens = i - 1;
  } else if (country.empty()) {
    return 0;
  }
  if (opens == 0 || t_[opens - 1].norm != ",") return 0;
  // The person named right before the comma, not itself a list's member ("A, B, Mexico's ...",
  // but "For the United States, B, the U.S. attorney general,").
  const bool last_named = opens == i || bare;
  const Mention& named = last_named ? out->back() : (*out)[out->size() - 2];
  if (named.kind != Mention::Kind::kEntity || named.entity < 0 || named.last + 1 != opens) return 0;
  const int person = table_.Root(named.entity);
  if (table_.at(person).primary != "Person") return 0;
  if (const size_t at = last_named ? 2 : 3; out->size() >= at && named.first > 0 && t_[named.first - 1].norm == ",") {
    const Mention& before = (*out)[out->size() - at];
    if (before.last + 1 == named.first && before.kind == Mention::Kind::kEntity && before.entity >= 0 &&
        table_.at(table_.Root(before.entity)).primary == "Person") {
      return 0;
    }
  }
  const TitleBody found = BodyOfTitle(lex_, t_, title, i, end, country,
                                      [this](const LexEntry* e) { return table_.Knows(e); });
  if (!found.body) return 0;
  const std::string relation = found.by_field ? std::string("MEMBER_OF") : std::string(title->attr("relation"));
  if (relation.empty()) return 0;
  const int org = table_.FromLex(found.body, found.body->canonical());
  if (table_.at(org).primary != "Organization") return 0;
  PropertyMap props;
  if (relation == "MEMBER_OF") {
    props["role"] = Value(title->attr("role").empty() ? Text(i, end) : std::string(title->attr("role")));
  }
  table_.at(person).official = true;
  table_.AddRelation(relation, person, org, std::move(props), "title.apposition", 0.85f);  // PromoteHeadTitles
  return 0;  // the title's words stay for the role frames
}

void MentionFinder::PredicateTitle(const LexEntry* title, size_t i, size_t len, size_t last,
                                   const std::vector<Mention>& out) {
  const size_t end = i + len;
  // The title's phrase closes, or goes on with its time ("from 2006 to 2012", "under President Y").
  if (end < last && !OneOf(t_[end].norm, ",|.|;|--|)|from|under|until|since|between|in|for|during|and")) return;
  const std::string_view named_body = title->attr("org");
  const bool own_body = !named_body.empty() && named_body != "government" && named_body != "qualifier";
  // Before the title: "Mexico's", "the Mexican", "the" or nothing (a capitalized title or one naming its body).
  size_t opens = i;
  std::string country;
  size_t mentions = out.size();  // the mentions before the title's qualifier
  if (!out.empty() && out.back().last == i && out.back().kind == Mention::Kind::kDemonym && i >= 2 &&
      t_[out.back().first - 1].norm == "the") {
    country = out.back().value;
    opens = out.back().first - 1;
    --mentions;
  } else if (!out.empty() && i >= 1 && t_[i - 1].norm == "'s" && out.back().last + 1 == i &&
             out.back().kind == Mention::Kind::kEntity && out.back().entity >= 0 &&
             table_.at(out.back().entity).refining == "Country") {
    country = table_.at(out.back().entity).name;
    opens = out.back().first;
    --mentions;
  } else if (i >= 1 && t_[i - 1].norm == "the") {
    opens = i - 1;
  }
  if (country.empty() && !own_body && !t_[i].is(Token::kCapitalized)) return;
  if (country.empty()) country = SentenceCountry(out);
  // The verb: "served as", "was", "is", "became"; its subject right before ("X", "X, who").
  size_t verb = opens;
  if (verb >= 2 && t_[verb - 1].norm == "as" && OneOf(t_[verb - 2].norm, "served|serves|serving|worked|acted")) {
    verb -= 2;
  } else if (verb >= 1 && OneOf(t_[verb - 1].norm, "was|is|became|becomes|remains|remained")) {
    verb -= 1;
  } else {
    return;
  }
  if (verb >= 1 && OneOf(t_[verb - 1].norm, "later|then|once|also|previously|formerly|briefly")) --verb;
  if (verb >= 2 && t_[verb - 1].norm == "who" && t_[verb - 2].norm == ",") verb -= 2;
  if (mentions == 0) return;
  const Mention& named = out[mentions - 1];
  // ("His deputy, X, was ...": the name's own apposition closes before the verb)
  const bool closed = named.last + 1 == verb && t_[verb - 1].norm == "," && named.first >= 1 &&
                      t_[named.first - 1].norm == ",";
  if (named.kind != Mention::Kind::kEntity || named.entity < 0 || (named.last != verb && !closed)) return;
  const int person = table_.Root(named.entity);
  if (table_.at(person).primary != "Person") return;
  const TitleBody found = BodyOfTitle(lex_, t_, title, i, end, country,
                                      [this](const LexEntry* e) { return table_.Knows(e); });
  if (!found.body) return;
  const std::string relation = found.by_field ? std::string("MEMBER_OF") : std::string(title->attr("relation"));
  if (relation.empty()) return;
  const int org = table_.FromLex(found.body, found.body->canonical());
  if (table_.at(org).primary != "Organization") return;
  PropertyMap props;
  if (relation == "MEMBER_OF") props["role"] = Value(title->attr("role").empty() ? Text(i, end) : std::string(title->attr("role")));
  table_.at(person).official = true;
  table_.AddRelation(relation, person, org, std::move(props), "title.predicate", 0.8f);  // PromoteHeadTitles
}

void MentionFinder::DescribedHolder(const LexEntry* title, size_t i, size_t len, size_t last,
                                    const std::vector<Mention>& out) {
  if (title->attr("org") != "qualifier" || out.empty()) return;
  const Mention& group = out.back();
  // "The suspected Zetas boss was flown ...": over the words that describe the holder.
  size_t the = group.first;
  while (the >= 2 && group.first - the < 2 &&
         OneOf(t_[the - 1].norm, "alleged|suspected|reputed|presumed|purported|accused|captured|detained|arrested|jailed|"
                                 "fugitive|former")) {
    --the;
  }
  if (group.kind != Mention::Kind::kEntity || group.entity < 0 || group.last != i || the < 1 ||
      t_[the - 1].norm != "the" || table_.at(group.entity).refining != "Cartel") {
    return;
  }
  // No preposition's object ("a bodyguard of the Sinaloa cartel boss"); a verb right after it.
  if (the >= 2 && OneOf(t_[the - 2].norm, "of|for|to|with|by|from|against|on|at|in|about|under")) return;
  const size_t end = i + len;
  // ("The Knights Templar leader, a former schoolteacher, had been ...": over a describing apposition.)
  const bool described = end + 1 < last && t_[end].norm == "," && OneOf(t_[end + 1].norm, "a|an");
  if (!described && (end >= last || !t_[end].word() || t_[end].is(Token::kCapitalized) ||
                     OneOf(t_[end].norm, "of|and|or|in|on|at|to|for|from|with|by|who|whom|whose|that|which|known|named|"
                                         "called|as|since|after|before|when|while|'s|himself|herself"))) {
    return;
  }
  const int person = table_.RecentSoughtPerson();
  if (person < 0) return;
  const int org = table_.Root(group.entity);
  // (not one the text already places in a group: another, or this one by a post of its own)
  for (const LocalRelation& r : table_.graph().relations) {
    if ((r.type == "LEADS" || r.type == "MEMBER_OF") && r.from >= 0 && table_.Root(r.from) == person && r.to >= 0 &&
        table_.at(table_.Root(r.to)).refining == "Cartel") {
      return;
    }
  }
  const std::string relation(title->attr("relation"));
  if (relation.empty()) return;
  PropertyMap props;
  if (relation == "MEMBER_OF") props["role"] = Value(title->attr("role").empty() ? Text(i, end) : std::string(title->attr("role")));
  table_.AddRelation(relation, person, org, std::move(props), "described.holder", 0.75f);
}

size_t MentionFinder::OfficeAsBody(const LexEntry* title, size_t i, size_t len, size_t last,
                                   std::vector<Mention>* out) {
  const size_t end = i + len;
  if (i == 0 || t_[i - 1].norm != "the" || !t_[i].is(Token::kCapitalized) || end >= last) return 0;
  // An act's verb after it ("designated", "extradited"; "sanctioned", "identified", a reward's "is
  // offering"), past its auxiliaries and time words ("has designated", "today designated", "on
  // Thursday also designated"): the office did it.
  size_t verb = end;
  while (verb < last && verb < end + 4 &&
         OneOf(t_[verb].norm, "has|have|had|is|was|will|would|also|today|yesterday|formally|officially|previously|"
                              "already|again|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday")) {
    ++verb;
  }
  if (verb >= last || t_[verb].is(Token::kCapitalized)) return 0;
  if (lex_.MatchAt(t_, verb, last, "event").empty() &&
      !OneOf(t_[verb].norm, "sanctioned|sanctions|sanctioning|designates|designating|identified|identifies|listed|"
                            "imposed|blacklisted|offered|offers|offering|announced")) {
    return 0;
  }
  const KnownBody known = [this](const LexEntry* e) { return table_.Knows(e); };
  const TitleBody found = BodyOfTitle(lex_, t_, title, i, end, "", known);
  if (!found.body || found.by_field) return 0;
  Push(out, i, end, table_.FromLex(found.body, found.body->canonical()));
  return len;
}

}  // namespace cg::ingest
