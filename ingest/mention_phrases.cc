#include <algorithm>

#include "ingest/clause.h"
#include "ingest/dates.h"
#include "ingest/event_abductions.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"
#include "schema/normalize.h"

namespace cg::ingest {

namespace {
bool IsDefinite(std::string_view n) { return n == "the" || n == "this" || n == "that" || n == "those"; }

// An act of violence on someone: coordinated with another ("the kidnapping and murder of X"), one act.
bool ViolentAct(std::string_view cls) { return cls == "Attack" || cls == "Killing"; }

// The token after a time or place phrase that opens at token k, between an act's noun and its "of"
// ("the arrest last year of X", "the killing in Reynosa in January of X"); k when none opens there.
size_t PastTimeOrPlace(const std::vector<Token>& t, size_t k) {
  const size_t start = k;
  for (size_t n = 0; n < 6 && k < t.size() && t[k].norm != "of" &&
                     (OneOf(t[k].norm, "last|this|earlier|later|year|week|month|weekend|in|on|near|monday|tuesday|"
                                       "wednesday|thursday|friday|saturday|sunday") ||
                      t[k].is(Token::kNumber) || MonthNumber(t[k].norm) > 0 ||
                      (t[k].is(Token::kCapitalized) && k > start && OneOf(t[k - 1].norm, "in|near")));
       ++n) {
    ++k;
  }
  return k;
}

}  // namespace

bool MentionFinder::Toll(size_t i, size_t len, size_t first) const {
  auto large = [&](size_t k) {
    if (OneOf(t_[k].norm, "thousands|tens|hundreds")) return true;
    if (!t_[k].is(Token::kNumber)) return false;
    std::string digits;
    for (char ch : t_[k].norm) {
      if (ch != ',') digits += ch;
    }
    return digits.size() >= 4 && digits.find_first_not_of("0123456789") == std::string::npos;
  };
  // After the trigger: "killed (more than) 40,000 people", "the killings of thousands".
  size_t k = i + len;
  if (k < t_.size() && t_[k].norm == "of") ++k;
  for (int n = 0; n < 3 && k < t_.size() && OneOf(t_[k].norm, "more|than|over|nearly|almost|about|some|at|least|an|estimated"); ++n) ++k;
  if (k < t_.size() && large(k)) return true;
  // Before a passive: "more than 47,000 people have been killed", "thousands of Mexicans were slain".
  bool passive = false;
  for (size_t b = i, n = 0; b > first && n < 6; ++n) {
    --b;
    if (!t_[b].word() && !t_[b].is(Token::kNumber)) return false;
    passive |= OneOf(t_[b].norm, "been|were|was|are|is|be");
    if (large(b)) return passive;
  }
  return false;
}

size_t MentionFinder::Event(const LexEntry* trigger, size_t i, size_t len, size_t first, std::vector<Mention>* out) {
  if (Toll(i, len, first)) return len;
  if (trigger->attr("determined") == "yes") {
    // "the murder of DEA agent X", "the murder of a journalist", "his murder", "X's murder" — not
    // the crime in "charged with murder" or "the murder of reporters", "the murder rate".
    const size_t of = PastTimeOrPlace(t_, i + len);  // "the murder in 2019 of X"
    size_t count_end = of + 1;  // "the murder of three police officers": counted victims, one act
    const bool of_one = of + 1 < t_.size() && t_[of].norm == "of" &&
                        (t_[of + 1].is(Token::kCapitalized) || OneOf(t_[of + 1].norm, "a|an|his|her|their") ||
                         TitledName(of + 1) || ParseCount(t_, &count_end, t_.size()).has_value());
    const bool compound = of < t_.size() && t_[of].word() && !t_[of].is(Token::kCapitalized) &&
                          !OneOf(t_[of].norm, "in|on|at|by|was|is|and");  // "his murder trial"
    const bool owned = i > first && OneOf(t_[i - 1].norm, "his|her|'s") && !compound;
    if (!of_one && !owned) return len;
  }
  // "a detention officer with the Sheriff's Office": an event noun modifying a role noun names no event
  // (a verb's object may open with one: "killed agent X", "captured cartel leader X").
  const std::string& last_word = t_[i + len - 1].norm;
  const bool verb_form = last_word.ends_with("ed") || OneOf(last_word, "slain|shot|slew|caught|down|dead|death");
  if (!verb_form && i + len < t_.size() && t_[i + len].word() && !t_[i + len].is(Token::kCapitalized) &&
      !lex_.MatchAt(t_, i + len, t_.size(), "role").empty()) {
    return len;
  }
  // "assault rifles", "attack helicopters", "murder charges", "a kidnapping ring": a noun modifying
  // a thing's (or a band's) noun names no event.
  if (!verb_form && i + len < t_.size() &&
      OneOf(t_[i + len].norm, "rifle|rifles|weapon|weapons|helicopter|helicopters|vehicle|vehicles|boat|boats|"
                              "team|teams|squad|squads|charge|charges|count|counts|dog|dogs|force|forces|unit|units|"
                              "case|cases|trial|trials|suspect|suspects|investigation|investigations|rate|rates|"
                              "ring|rings|gang|gangs|network|networks|racket|rackets|business|businesses")) {
    return len;
  }
  // "arrested for kidnapping and extortion", "charged with murder and kidnapping", "convicted of
  // kidnapping": a crime named bare after a charge's verb is what one is charged with, no one act.
  if (!verb_form && (trigger->attr("class") == "Attack" || trigger->attr("class") == "Killing")) {
    size_t k = i;
    while (k > first && k + 6 > i && (t_[k - 1].norm == "," || (t_[k - 1].word() && !t_[k - 1].is(Token::kCapitalized) &&
                                                               !OneOf(t_[k - 1].norm, "the|a|an|his|her|their|its|this|that|for|with|of"))))
      --k;
    // (the charge's verb right before, or before its object: "arrested Luis Pardo for kidnapping")
    for (size_t v = k >= first + 2 && OneOf(t_[k - 1].norm, "for|with|of") ? k - 1 : first; v > first && v + 6 > k; --v) {
      if (OneOf(t_[v - 1].norm, "arrested|detained|charged|accused|convicted|indicted|sentenced|jailed|tried|prosecuted|"
                                "guilty|suspected|wanted|extradited|investigated|imprisoned|serving")) {
        return len;
      }
      if (!t_[v - 1].is(Token::kCapitalized) && v + 1 < k) break;  // only over the object's name
    }
  }
  // "controlled fuel theft, extortion, kidnapping and drug sales", "charged with drug trafficking and
  // murder": a bare act noun listed with a trade's or crime's name is a kind of crime, no one act.
  {
    constexpr std::string_view kCrimes = "extortion|trafficking|theft|laundering|smuggling|racketeering|robbery|"
                                         "sales|dealing|fraud|corruption|bribery|prostitution|counterfeiting";
    const auto crime_near = [&](size_t k, int step) {  // a crime's name within two words from k, over "," or "and"
      for (int n = 0; n < 3 && k > first && k < t_.size(); ++n, k += step) {
        if (OneOf(t_[k].norm, kCrimes)) return true;
        if (!t_[k].word() || t_[k].is(Token::kCapitalized)) return false;
      }
      return false;
    };
    const bool bare = i > first && !IsDefinite(t_[i - 1].norm) && !OneOf(t_[i - 1].norm, "a|an|his|her|their|its|'s");
    const size_t after = i + len;
    const bool listed_before = i >= first + 2 && OneOf(t_[i - 1].norm, ",|and|or") && crime_near(i - 2, -1);
    const bool listed_after = after + 1 < t_.size() && OneOf(t_[after].norm, ",|and|or") &&
                              !(after + 1 < t_.size() && t_[after + 1].norm == "of") && crime_near(after + 1, 1);
    if (bare && (listed_before || listed_after) && !(after < t_.size() && t_[after].norm == "of")) return len;
  }
  // "no one was killed", "nobody was arrested": an act that did not happen names no event.
  if (i >= first + 2 && OneOf(t_[i - 1].norm, "was|were|been|got")) {
    size_t s = i - 1;  // the subject before "has been", "had been"
    if (t_[s].norm == "been" && s >= first + 1 && OneOf(t_[s - 1].norm, "has|have|had")) --s;
    if ((s >= first + 1 && t_[s - 1].norm == "nobody") ||
        (s >= first + 2 && t_[s - 2].norm == "no" && t_[s - 1].norm == "one")) {
      return len;
    }
  }
  // "spent a decade fighting extradition", "is awaiting extradition": a bare extradition noun after a
  // verb of resisting or waiting is the process, no act.
  if (trigger->attr("class") == "Extradition" && i > first && t_[i].norm == "extradition" &&
      OneOf(t_[i - 1].norm, "fighting|fight|fights|fought|resisting|resist|resisted|contesting|contest|contested|"
                            "challenging|avoid|avoiding|avoided|evade|evading|awaiting|await|awaits|faces|facing|face|"
                            "pending")) {
    return len;
  }
  // "Project Python, a six-month operation against the CJNG", "a years-long operation targeting X": a
  // campaign of months or years is no one raid (its arrests are the acts).
  if (trigger->attr("class") == "Raid" && trigger->attr("strong") != "yes") {
    for (size_t b = i; b > first && b + 5 > i && (t_[b - 1].word() || t_[b - 1].norm == "-" || t_[b - 1].norm == ",") &&
                       !OneOf(t_[b - 1].norm, "a|an|the|his|her|its|their");
         --b) {
      if (OneOf(t_[b - 1].norm, "month|months|year|years|decade|yearlong|multiyear|multi-year|long-running")) return len;
    }
  }
  // "the gang's operations in Piedras Negras", "its smuggling operations": a business, no event.
  if (t_[i].norm == "operations" && i > first) {
    size_t b = i - 1;  // over the trade's words: "the Sinaloa Cartel's fentanyl trafficking operations"
    for (int n = 0; n < 2 && b > first && t_[b].word() && !t_[b].is(Token::kCapitalized) &&
                    !OneOf(t_[b].norm, "'s|its|their|his|her|the|a|an|joint|military|police|naval|security");
         ++n) {
      --b;
    }
    if (OneOf(t_[b].norm, "'s|its|their|his|her")) return len;
    // "the group has operations in Guatemala": what a group has is its business.
    if (OneOf(t_[i - 1].norm, "has|have|had|having")) return len;
    // "CJNG operations in Jalisco": a group's name as the modifier.
    if (!out->empty() && out->back().kind == Mention::Kind::kEntity && out->back().entity >= 0 &&
        out->back().last == b + 1 && table_.at(table_.Root(out->back().entity)).refining == "Cartel") {
      return len;
    }
  }
  const std::string cls(trigger->attr("class"));
  // "X was seized on Sunday by armed men": a kidnapping, no arrest (event_abductions.h).
  if (cls == "Arrest" && SeizedByArmedBand(t_, i + len, t_.size())) return len;
  const std::string noun = trigger->attr("noun").empty() ? trigger->canonical() : std::string(trigger->attr("noun"));
  // "the arrest of X" names its own target: another arrest unless X's (events sharing a target merge).
  // "the arrest last year of his rival", "the killing in Reynosa in January of X": over a time or
  // place phrase between the noun and its "of".
  size_t k = PastTimeOrPlace(t_, i + len);
  // "the arrest by the Mexican Navy of X": over the conductor's name.
  if (k + 2 < t_.size() && t_[k].norm == "by") {
    size_t b = k + 1 + (t_[k + 1].norm == "the" ? 1 : 0);
    const size_t name = b;
    while (b < t_.size() && b < name + 5 && t_[b].is(Token::kCapitalized)) ++b;
    if (b > name && b < t_.size() && t_[b].norm == "of") k = b;
  }
  // "the kidnapping and murder of X": a violent act coordinated with another shares its "of".
  if (k + 2 < t_.size() && OneOf(t_[k].norm, "and|or") && ViolentAct(cls)) {
    for (const LexMatch& next : lex_.MatchAt(t_, k + 1, t_.size(), "event")) {
      // "the kidnapping and murder in Guadalajara of X": over the second noun's time or place phrase.
      const size_t of = PastTimeOrPlace(t_, k + 1 + next.length);
      if (ViolentAct(next.entry->attr("class")) && of < t_.size() && t_[of].norm == "of") {
        k = of;
        break;
      }
    }
  }
  // So does "the killing of 14 police officers", "the kidnapping of two journalists", "the capture
  // of his brother".
  size_t count_end = k + 1;
  const bool own_target = k + 1 < t_.size() && t_[k].norm == "of" &&
                          (t_[k + 1].is(Token::kCapitalized) || ParseCount(t_, &count_end, t_.size()).has_value() ||
                           OneOf(t_[k + 1].norm, "a|an|another|dozens|hundreds|several|his|her|their|its") ||
                           TitledName(k + 1));
  // "the ambush that killed X": "that" before a verb is a relative pronoun, no determiner.
  const std::string& w = t_[i].norm;
  const bool verb = w.ends_with("ed") || OneOf(w, "slain|shot|slew|caught|killed|kill|kills");
  // "the ambush that killed X": a relative clause that tells the act introduces it.
  const bool told_after = i + len + 1 < t_.size() && OneOf(t_[i + len].norm, "that|which") &&
                          (t_[i + len + 1].norm.ends_with("ed") || OneOf(t_[i + len + 1].norm, "killed|left|shot|slew|took|claimed"));
  const bool definite = i > first && IsDefinite(t_[i - 1].norm) && !own_target && !told_after &&
                        !(verb && t_[i - 1].norm == "that");
  int e = -1;
  // "Among those designated today": the act of its kind the text told as today's, if one.
  const bool today = (i > first && t_[i - 1].norm == "today") || (i + len < t_.size() && t_[i + len].norm == "today");
  if (definite && today) e = table_.LastOf("today:" + EventGroup(cls), false);
  // "The arrest comes as ...": a sentence that opens with an act on one person names the lead's
  // act, unless the last sentences told another one.
  if (definite && e < 0 && i == first + 1 && OneOf(cls, "Arrest|Extradition|Sentencing")) e = table_.LeadOf(cls);
  if (definite && e < 0) e = table_.LastOf("group:" + EventGroup(cls), false);
  // "arrested X, the cartel's leader, in a pre-dawn raid", "was killed during an operation": the
  // act and the operation it happened in are one event.
  if (!definite) e = EnclosingAct(i, first, cls, *out);
  const bool enclosed = !definite && e >= 0;  // keeps the act's class: "killed X during a raid" is a killing
  // "the operation" after an arrest is that arrest; "the killing" after an arrest is no arrest: a
  // violent act's noun names only the last act of violence (an attack, a killing, a raid).
  if (definite && e < 0 && trigger->attr("strong") != "yes") {
    e = table_.LastOf("Event", false);
    if (e >= 0 && ViolentAct(cls) && !ViolentAct(table_.at(e).refining) && table_.at(e).refining != "Raid") e = -1;
  }
  // "the 2011 ambush that killed X": the act the noun names is the one the verb tells, of its kind.
  bool told = false;
  if (e < 0 && verb && i >= 1 && t_[i - 1].norm == "that" && !out->empty() &&
      out->back().kind == Mention::Kind::kEntity && out->back().entity >= 0 && out->back().last + 1 == i &&
      table_.at(out->back().entity).primary == "Event") {
    e = table_.Root(out->back().entity);
    told = true;
  }
  // "the kidnapping and murder of X", "the kidnapping, torture and murder of X": the last noun names
  // the act the first one opened (a killing when either noun says so).
  bool joined = false;
  bool listed = i >= 1 && OneOf(t_[i - 1].norm, "and|or") && !out->empty() && out->back().last + 5 >= i;
  for (size_t k = listed ? out->back().last : i; k + 1 < i; ++k) {
    listed &= t_[k].norm == "," || (t_[k].word() && !t_[k].is(Token::kCapitalized));
  }
  if (e < 0 && listed && ViolentAct(cls) && k < t_.size() && t_[k].norm == "of" && out->back().kind == Mention::Kind::kEntity &&
      out->back().entity >= 0 && ViolentAct(table_.at(out->back().entity).refining)) {
    e = table_.Root(out->back().entity);
    joined = true;
  }
  if (e < 0 && trigger->attr("refers") == "yes") return len;  // names only an act told before
  // "X was also shot dead", "The cartel also attacked a convoy": another act than those told before (a
  // designation told so continues one action: EventReader).
  const bool also = i > first && t_[i - 1].norm == "also";
  if (e < 0) {
    e = table_.NewEntity("Event", cls, noun);
    table_.graph().entities[e].strong_class = trigger->attr("strong") == "yes";
    table_.graph().entities[e].one_act_with = ClauseAct(i, first, cls, *out);
    table_.graph().entities[e].apart = also && cls != "Designation";
  }
  LocalEntity& ev = table_.graph().entities[e];
  const std::string& word = t_[i].norm;
  ev.named_by_noun |= !(word.ends_with("ed") || word == "slain" || word == "shot" || word == "gunned" ||
                        word == "slew" || word == "caught");
  if (std::find(ev.nouns.begin(), ev.nouns.end(), noun) == ev.nouns.end()) {
    ev.nouns.insert(told || (joined && cls == "Killing") ? ev.nouns.begin() : ev.nouns.end(), noun);  // "killing of X", not "ambush of X"
  }
  if (told || (joined && cls == "Killing")) ev.refining = cls;
  if (trigger->attr("strong") == "yes" && !ev.strong_class && !enclosed) {
    ev.refining = cls;
    ev.strong_class = true;
  }
  // "X was also shot dead", "X was also arrested", "His death came three days after gunmen killed X":
  // another act of the kind, told aside (or as a time's bound); "the killing" after it still names the
  // act told before.
  bool told_aside = also;
  for (size_t k = i, n = 0; !told_aside && k > first && n < 4 && t_[k - 1].word(); --k, ++n) {
    told_aside = OneOf(t_[k - 1].norm, "after|before");
  }
  const int aside = told_aside ? table_.LastOf("group:" + EventGroup(cls), false) : -1;
  Push(out, i, i + len, e);
  if (aside >= 0 && aside != table_.Root(e)) table_.NoteAs("group:" + EventGroup(cls), aside);
  if (today) table_.NoteAs("today:" + EventGroup(cls), e);
  return len;
}

bool MentionFinder::TitledName(size_t i) const {
  if (i < t_.size() && t_[i].norm == "the") ++i;
  for (size_t n = 0; n <= 3 && i < t_.size(); ++n, ++i) {
    if (t_[i].is(Token::kCapitalized)) return n > 0 || t_[i - 1].norm == "the";
    if (!t_[i].word() || OneOf(t_[i].norm, "in|at|on|near|by|during|and|or|who|that|which|with|from|for|to|as|was|were|is|are") ||
        t_[i].norm.ends_with("ed")) {
      return false;
    }
  }
  return false;
}

int MentionFinder::EnclosingAct(size_t i, size_t first, const std::string& cls, const std::vector<Mention>& out) const {
  size_t k = i;
  // "arrested 120 suspected members in raids in Texas": a plural noun after "in|during", no article.
  const bool bare = i >= first + 2 && t_[i].norm.ends_with("s") && OneOf(t_[i - 1].norm, "in|during");
  for (int n = 0; !bare && n < 4 && k > first && ((t_[k - 1].word() && !t_[k - 1].is(Token::kCapitalized)) || t_[k - 1].norm == "-") &&
                  t_[k - 1].norm != "a" && t_[k - 1].norm != "an";
       ++n) {
    --k;  // "a pre-dawn raid", "a joint military operation"
  }
  if (!bare && (k < first + 2 || (t_[k - 1].norm != "a" && t_[k - 1].norm != "an"))) return -1;
  const std::string& before = t_[bare ? i - 1 : k - 2].norm;
  // "killed six soldiers during an operation to capture X": an operation named by its purpose is an act
  // of its own (a raid on X), not the killing told before it.
  const bool purpose = i + 2 < t_.size() && t_[i + 1].norm == "to" && t_[i + 2].word();
  const bool operation = EventGroup(cls) == EventGroup("Raid") && OneOf(before, "in|during") && !purpose;
  // "killed seven soldiers in an ambush near X": the killing and the attack it happened in are one.
  // (Not before a relative clause, "in an attack that X called cowardly": its subject is no victim.)
  const bool attack = cls == "Attack" && OneOf(before, "in|during") &&
                      !(i + 1 < t_.size() && OneOf(t_[i + 1].norm, "that|which|who|whom"));
  const bool apposed = ViolentAct(cls) && !bare && before == ",";
  if (!operation && !attack && !apposed) return -1;
  for (auto m = out.rbegin(); m != out.rend(); ++m) {
    if (m->kind != Mention::Kind::kEntity || m->entity < 0) continue;
    const LocalEntity& ev = table_.at(m->entity);
    if (ev.primary != "Event") continue;
    const bool act = operation ? ev.refining == "Arrest" || ev.refining == "Killing"
                     : attack  ? ev.refining == "Killing"
                               : ViolentAct(ev.refining);
    return act && m->last + 25 >= k ? table_.Root(m->entity) : -1;
  }
  return -1;
}

}  // namespace cg::ingest
