// Words that refer back to an entity named before: pronouns, "the cartel", "the agency", "his
// brother", "her government" (see mention_finder.h Anaphor); who a pronoun of a report is:
// mention_speakers.cc.
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/lexicon.h"
#include "ingest/mention_finder.h"
#include "schema/normalize.h"

namespace cg::ingest {

namespace {
// 'm' for "he", "his", "him", "himself"; 'f' for "she", "her", "hers", "herself"; else 0.
// Verbs of a report whose subject a pronoun right after them may be ("X said he ...").
constexpr std::string_view kReportVerbs = "said|says|added|insisted|acknowledged|admitted|claimed|stated|argued";

char PronounGender(std::string_view n) {
  if (OneOf(n, "he|his|him|himself")) return 'm';
  return OneOf(n, "she|her|hers|herself") ? 'f' : 0;
}
}  // namespace

size_t MentionFinder::Anaphor(const LexEntry* entry, size_t i, size_t len, size_t first, size_t last,
                              std::vector<Mention>* out) {
  const std::string refers(entry->attr("refers"));
  // "The Cártel del Noreste" is a name, not "the cartel"; "the kingpin list" a designation.
  if (len > 1) {
    for (std::string_view kind : {"entity", "designation"}) {
      for (const LexMatch& m : lex_.MatchAt(t_, i + 1, last, kind)) {
        if (m.length >= len) return 0;
      }
    }
  }
  // "the newspaper Reforma", "the group Los Serranos": a name follows, no anaphor.
  if (len > 1 && i + len < last && t_[i + len].is(Token::kCapitalized)) return 0;
  // "The detainee, Carlos Ruiz, was": the description is apposed to the name that follows; in "the
  // head of the organization, X" the name is the role's, and the group the one told before.
  bool role_of = i >= first + 2 && t_[i - 1].norm == "of" && OneOf(t_[i - 2].norm, "head|heads");
  for (size_t k = i >= first + 3 ? i - 3 : first; !role_of && k + 1 < i && i >= first + 2; ++k) {
    for (const LexMatch& m : lex_.MatchAt(t_, k, i - 1, "role")) role_of |= k + m.length + 1 == i && t_[i - 1].norm == "of";
  }
  if (len > 1 && i + len + 1 < last && t_[i + len].norm == "," && t_[i + len + 1].is(Token::kCapitalized) && !role_of) {
    return 0;
  }
  // "The Ministry of ..." is a name; "The Administration" of a statement is the administration, not
  // "the administration of the prison".
  const bool administration = refers == "Government" && len > 1 && OneOf(t_[i + len - 1].norm, "administration|government");
  if (administration && i + len < last && OneOf(t_[i + len].norm, "of|'s")) return 0;
  // "The Department is also offering": a release's capitalized head refers back to the last agency
  // of that head ("the Department of State"); "The Department of ..." is a name.
  const bool capital = len > 1 && t_[i + len - 1].is(Token::kCapitalized);
  const int last_agency = refers == "Agency" && capital ? table_.LastOf(refers, false) : -1;
  const bool office = last_agency >= 0 && (i + len >= last || t_[i + len].norm != "of") &&
                      std::any_of(table_.at(last_agency).aliases.begin(), table_.at(last_agency).aliases.end(),
                                  [&](const std::string& n) { return NormalizeNameMemo(n).find(t_[i + len - 1].norm) != std::string::npos; });
  if (capital && !administration && !office) return 0;
  // "the fugitive leader of the Sinaloa cartel": a modifier of a role noun, no anaphor.
  if (refers == "Person" && len > 1 && i + len < last && !t_[i + len].is(Token::kCapitalized) &&
      !lex_.MatchAt(t_, i + len, last, "role").empty()) {
    return 0;
  }
  // "Los Metros, the faction of the cartel": a part named by its whole, no anaphor.
  if (refers == "Cartel" && len > 1 && i + len < last && t_[i + len].norm == "of") return 0;
  // "The gang known as Los Viagras": the description is the name's, no anaphor.
  if (i + len < last && OneOf(t_[i + len].norm, "known|called|named|dubbed|nicknamed")) return 0;
  // "The Knights Templar control much of the state", "the state's drug trade": the state named last;
  // not "the state police", "the state of Jalisco" (a noun or a name after it).
  constexpr std::string_view kAfterPlace =
      "and|or|where|since|for|in|from|to|through|until|after|before|on|at|by|with|as|but|which|that|last|this|so|"
      "because|has|have|had|is|was|remains|remained";
  if (refers == "State" && i + len < last && t_[i + len].word() && t_[i + len].norm != "'s" &&
      !OneOf(t_[i + len].norm, kAfterPlace)) {
    return 0;
  }
  // "The Zetas have a strong presence there.": the last place the paragraph or the one before it
  // named, when a state or a country (a city's "there" is left alone); not a clause's "there is",
  // "officials there said" (only punctuation or a conjunction after it), nor a clause's opening.
  if (refers == "Place") {
    if (i + len < last && t_[i + len].word() && !OneOf(t_[i + len].norm, "and|or|but|since|until|after|before|because|for")) return 0;
    if (i == first || OneOf(t_[i - 1].norm, ",|and|but|so|that|while|where|when|because|if|as")) return 0;
    const int place = table_.LastOf("Place", true, 1);
    if (place < 0 || !OneOf(table_.at(place).refining, "State|Country")) return 0;
  }
  // (A state: one the paragraph or the one before it named.)
  // "one of the country's most violent cartels": a possessive before a criminal group's noun only.
  bool ranked = false;
  for (size_t k = i + len + 1; refers == "Country" && i + len < last && t_[i + len].norm == "'s" && k < last && k <= i + len + 5; ++k) {
    ranked |= OneOf(t_[k].norm, "cartel|cartels|gang|gangs|organization|organizations|group|groups|syndicate|syndicates");
  }
  if (refers == "Country" && !ranked &&
      (i + len < last && (t_[i + len].norm == "'s" || (t_[i + len].word() && !OneOf(t_[i + len].norm, kAfterPlace))))) {
    return 0;
  }
  int e = refers == "State" || refers == "Country" || refers == "Place" ? table_.LastOf(refers, true, 1)
                                                                         : table_.LastOf(refers, refers == "Person");
  // '"...," said Attorney General X. ... to secure the defendant's extradition': a description of
  // the accused ("the defendant", "the fugitive") is no official quoted last, but the person before.
  if (refers == "Person" && len > 1 && e >= 0 && table_.at(e).official) {
    const int before = table_.LastPersonOf(0, e);
    e = before >= 0 && !table_.at(before).official ? before : -1;
  }
  // "Marines killed X ... a capture X blamed on Sinaloa boss Y. ... killed along with the kingpin": a
  // description means the article's topic over a person named in passing once.
  if (refers == "Person" && len > 1 && e >= 0) {
    if (const int topic = table_.TopicPersonOver(e); topic >= 0) e = topic;
  }
  // "La Linea is the armed wing of the Juarez Cartel. Last month this gang ambushed ...": a
  // description opening its sentence, before any cartel of it, continues the cartel the previous
  // sentence opens with (its topic), not the last one it named.
  // So does one opening a clause after ", and" ("Its founders preach ..., and the gang is led by"),
  // and one anywhere when that topic is the group the article names most ("The CJNG has sent
  // gunmen to fight the Zetas. ... X is now considered the undisputed boss of the group") or the
  // sentence right before opens with it ("The Beltrán Leyva Organization broke away from the Sinaloa
  // Cartel in 2008. Soldiers arrested X, one of the group's leaders, ...").
  // The sentence so far names a criminal group (read by the group readings below).
  const bool group_named = refers == "Cartel" && std::any_of(out->begin(), out->end(), [&](const Mention& m) {
    return m.kind == Mention::Kind::kEntity && m.entity >= 0 && table_.at(m.entity).refining == "Cartel";
  });
  const bool opens_clause = i >= first + 2 && OneOf(t_[i - 1].norm, "and|but") && t_[i - 2].norm == ",";
  const bool topic = refers == "Cartel" && opening_ >= 0 &&
                     (i < first + 5 || opens_clause || opening_before_ || table_.Root(opening_) == table_.MostNamedCartel()) &&
                     !group_named;
  if (topic) e = table_.Root(opening_);
  if (!topic && refers == "Cartel" && len > 1) {
    if (const int salient = table_.SalientCartel(); salient >= 0) e = salient;
    if (const int over = table_.TopicOver(e); over >= 0) e = over;
    // "The U.S. designated the Jalisco cartel a terrorist group, along with the Sinaloa Cartel. ...
    // one of the cartel's main ways": of two groups the sentence before named, the article's main one.
    if (const int most = table_.MostNamedOfTwoBefore(); most >= 0 && !group_named) e = most;
  }
  // "The gang's second-in-command", "the cartel's jailed former boss": a group the article named
  // with that head word ("the Pacífico Sur gang", "the Gulf cartel", "the Cártel del Noreste"), not
  // the last group named when that one never was ("its former armed wing, the Zetas"); when it was,
  // or two others were, the last one. A group the headline or lead named with that head after its name
  // ("the Zetas drug cartel") is named so too.
  // "The Administration has worked with ...", "the government had offered a reward": the one
  // administration (government) the article names, else none.
  if (administration) e = -1;
  // "The Mexican Red Cross said its volunteers were attacked. The group suspended operations": "the
  // group" or "the organization" after a body that is no criminal group nor any state's (a rights
  // group, a relief agency, a research group) is not the last cartel.
  if (refers == "Cartel" && len == 2 && OneOf(t_[i + 1].norm, "group|organization")) {
    const int other = table_.LastOf("Organization", false);
    if (other >= 0 && other != e && OneOf(table_.at(other).refining, "|ResearchGroup")) return 0;
  }
  if ((refers == "Cartel" && len > 1 && OneOf(t_[i + len - 1].norm, "gang|faction|militia|cartel")) || administration) {
    const std::string head = " " + t_[i + len - 1].norm + " ";
    auto named_so = [&](int x) {
      if (table_.NamedWithHead(x, t_[i + len - 1].norm)) return true;
      const std::vector<std::string>& aliases = table_.graph().entities[x].aliases;
      if (std::any_of(aliases.begin(), aliases.end(),
                      [&](const std::string& a) { return (" " + NormalizeNameMemo(a) + " ").find(head) != std::string::npos; })) {
        return true;
      }
      // "a faction of the cartel known as Los Chapitos ... The faction": a group read as a part of another.
      return head == " faction " && std::any_of(table_.graph().relations.begin(), table_.graph().relations.end(),
                                                [&](const LocalRelation& r) {
                                                  return r.type == "PART_OF" && r.from >= 0 && table_.Root(r.from) == x;
                                                });
    };
    int named = -1;
    for (int x = 0; x < static_cast<int>(table_.graph().entities.size()) && (e < 0 || !named_so(e)); ++x) {
      if (table_.Root(x) != x || table_.graph().entities[x].refining != refers || !named_so(x)) continue;
      named = named == -1 ? x : -2;  // two such groups: none
    }
    if (named >= 0) e = named;
    // "... His brother took over the faction": a faction the article never named so is a group of
    // the paragraph, not any one named before it.
    if (named == -1 && head == " faction " && e >= 0 && !named_so(e) && !topic) e = table_.LastInParagraph(refers);
  }
  // "..., its founder, Gerardo Nava, when he was extradited": a subject pronoun right after a
  // person named last and a subordinating word is that person, not the sentence's first one.
  if (refers == "Person" && (t_[i].norm == "he" || t_[i].norm == "she") && !out->empty() &&
      out->back().kind == Mention::Kind::kEntity && table_.at(out->back().entity).primary == "Person") {
    size_t k = out->back().last;
    if (k < i && t_[k].norm == ",") ++k;
    const std::string_view w = k + 1 == i ? std::string_view(t_[k].norm) : std::string_view();
    if (w == "when" || w == "after" || w == "before" || w == "until" || w == "because" || w == "while" ||
        w == "once") {
      e = table_.graph().Root(out->back().entity);
    }
  }
  // "X will be held at Altiplano, where Y has been jailed since his capture": a pronoun in a clause
  // opened by ", where" or ", while" is the person that clause names before it.
  if (refers == "Person" && len == 1) {
    for (size_t k = i; k-- > first + 1 && !OneOf(t_[k].norm, ";|:|--|who|which|that");) {
      if (!OneOf(t_[k].norm, "where|while|whereas") || t_[k - 1].norm != ",") continue;
      for (const Mention& m : *out) {
        if (m.first > k && m.kind == Mention::Kind::kEntity && m.entity >= 0 && !m.anaphoric &&
            table_.at(m.entity).primary == "Person") {
          e = table_.Root(m.entity);
          break;
        }
      }
      break;
    }
  }
  // "A is the brother of B, who ran the cartel until his arrest": a pronoun in a relative clause
  // (no other person named in it before the pronoun) is the relative pronoun's antecedent.
  if (refers == "Person" && len == 1) {
    for (size_t k = i; k-- > first + 1 && !OneOf(t_[k].norm, ";|:|--");) {
      if (t_[k].norm != "who") continue;
      // 'X, who', 'X, alias "Y," who': the comma that closes the antecedent's apposition.
      const size_t comma = t_[k - 1].norm == "," ? k - 1
                           : k >= first + 2 && OneOf(t_[k - 1].norm, "\"|”|'") && t_[k - 2].norm == "," ? k - 2
                                                                                                        : 0;
      if (comma == 0) continue;
      int antecedent = -1;
      bool other = false;  // a person named between "who" and the pronoun
      for (const Mention& m : *out) {
        if (m.kind != Mention::Kind::kEntity || m.entity < 0 || table_.at(m.entity).primary != "Person") continue;
        if (m.last == comma) antecedent = table_.Root(m.entity);
        // 'X, alias "Y,"', 'X, "the boss of bosses,"': the alias or epithet the apposition gives is X's.
        if (m.last < comma && m.last + 8 >= comma && t_[m.last].norm == "," && m.last + 1 < comma &&
            OneOf(t_[m.last + 1].norm, "alias|aka|known|\"|“")) {
          antecedent = table_.Root(m.entity);
        }
        // "who ran the gang with Y until soldiers killed him": a person before a subordinate clause
        // that holds the pronoun is not the one it refers to.
        bool subordinate = false;
        for (size_t b = m.last; b < i && !subordinate; ++b) subordinate = OneOf(t_[b].norm, "until|when|after|before|while");
        other |= m.first > k && !subordinate;
      }
      if (antecedent >= 0 && !other) e = antecedent;
      break;
    }
  }
  // "X is suspected of the shooting that killed Y and her husband": a gendered pronoun is not a
  // person "he" or "she" of the other gender referred to; the last person named before it in the
  // sentence who may be is.
  const char gender = refers == "Person" && len == 1 ? PronounGender(t_[i].norm) : 0;
  if (e >= 0 && gender && table_.at(e).gender && table_.at(e).gender != gender) {
    const int other_gender = e;
    e = -1;
    for (auto m = out->rbegin(); m != out->rend(); ++m) {
      if (m->kind != Mention::Kind::kEntity || m->entity < 0 || table_.at(m->entity).primary != "Person") continue;
      const char other = table_.at(m->entity).gender;
      if (!other || other == gender) {
        e = table_.Root(m->entity);
        break;
      }
    }
    if (e < 0) e = table_.LastPersonOf(gender);  // none in the sentence: the last one before it
    // "From 1995 until his arrest in 2016 X led ...": a pronoun before any person of its sentence
    // may refer forward (Cataphora sets it right); it stays a mention.
    const bool person_before = std::any_of(out->begin(), out->end(), [&](const Mention& m) {
      return m.kind == Mention::Kind::kEntity && m.entity >= 0 && table_.at(m.entity).primary == "Person";
    });
    bool opening_phrase = false;
    for (size_t k = first; k < i && !opening_phrase; ++k) {
      opening_phrase = OneOf(t_[k].norm, "from|after|before|until|since|during|following|upon|when|while");
    }
    if (e < 0 && !person_before && opening_phrase) e = other_gender;
  }
  // "Gómez, a former schoolteacher, is wanted by X, which has offered a reward for his arrest": a
  // sentence about someone the text names in a way no mention took (an ambiguous surname) -- its
  // pronouns are that one's, no earlier person's.
  if (e >= 0 && refers == "Person" && len == 1 && first + 3 < i && t_[first].word() &&
      t_[first].is(Token::kCapitalized) && t_[first + 1].norm == "," && OneOf(t_[first + 2].norm, "a|an") &&
      !lex_.InList("notname", t_[first]) &&
      std::none_of(out->begin(), out->end(), [&](const Mention& m) { return m.first == first; })) {
    e = -1;
  }
  // "the government of X released Guzman hours after he was detained": a surname two persons of the
  // article bear took no mention after X, yet the pronoun after it is that one's, not X's.
  for (size_t k = first + 1; e >= 0 && refers == "Person" && len == 1 && k < i; ++k) {
    const bool taken = std::any_of(out->begin(), out->end(), [&](const Mention& m) { return m.first <= k && k < m.last; });
    if (!taken && t_[k].word() && t_[k].is(Token::kCapitalized) && !OneOf(t_[k - 1].norm, "the|elder|younger") &&
        table_.SurnameShared(t_[k].norm)) e = -1;
  }
  // "X, one of his brothers,", "X, her husband,": a possessive in an apposition to X is not X's; it
  // is the person the sentence before was about ("X, until his arrest," opens no apposition). "X,
  // the kingpin's brother,": a description's possessive is the last person (this paragraph or the one
  // before) the mentions so far made one of a criminal group's other than X, else no one.
  const bool described_owner = len > 1 && i + len < last && t_[i + len].norm == "'s";
  // ("X, his wife Y, his son Z": a relative named after the kinship noun is a list's member, below.)
  const std::vector<LexMatch> kin_after = OneOf(t_[i].norm, "his|her") && i + 1 < last ? lex_.MatchAt(t_, i + 1, last, "kin")
                                                                                      : std::vector<LexMatch>{};
  const bool named_relative = !kin_after.empty() && i + 1 + kin_after[0].length < last &&
                              t_[i + 1 + kin_after[0].length].is(Token::kCapitalized);
  if (e >= 0 && refers == "Person" && !named_relative && (OneOf(t_[i].norm, "his|her") || described_owner)) {
    for (size_t k = i; k > first && k + 6 > i; --k) {
      // ("X, and his deputy, Y": a list's member, no apposition to X.)
      if (OneOf(t_[k - 1].norm, "until|after|before|when|while|since|during|following|upon|despite|at|in|with|for|and|or"))
        break;
      if (t_[k - 1].norm != ",") continue;
      const bool apposed = !out->empty() && out->back().kind == Mention::Kind::kEntity && out->back().entity >= 0 &&
                           out->back().last == k - 1 && table_.Root(out->back().entity) == e;
      const int before = described_owner ? table_.LastGroupPerson(e) : table_.PreviousFirstPerson();
      if (apposed && described_owner) {
        e = before;
      } else if (apposed && before >= 0 && before != e &&
                 (!gender || !table_.at(before).gender || table_.at(before).gender == gender)) {
        e = before;
      }
      break;
    }
  }
  // "sanctioned Gustavo Petro, his wife X, his son Y": a possessive before a kinship noun in a list of
  // persons is the first member's that no kinship noun introduced (and of the pronoun's gender).
  if (e >= 0 && refers == "Person" && named_relative && !out->empty() && out->back().kind == Mention::Kind::kEntity &&
      !out->back().anaphoric && out->back().last + 1 == i && OneOf(t_[i - 1].norm, ",|and")) {
    for (auto m = out->rbegin(); m != out->rend() && m->first >= first && i - m->first <= 16; ++m) {
      if (m->kind != Mention::Kind::kEntity || m->entity < 0 || m->anaphoric) continue;
      const LocalEntity& p = table_.at(m->entity);
      if (p.primary != "Person") break;
      const bool related = m->first >= 1 && !lex_.MatchAt(t_, m->first - 1, m->first, "kin").empty();
      if (related || p.gender == (t_[i].norm == "his" ? 'f' : 'm')) continue;
      e = table_.graph().Root(m->entity);
      break;
    }
  }
  // "X, a younger brother of the drug lord killed ...": the kin noun's complement is not X.
  if (e >= 0 && refers == "Person" && len > 1 && i >= first + 3 && t_[i - 1].norm == "of" && !out->empty() &&
      out->back().kind == Mention::Kind::kEntity && out->back().entity >= 0 && table_.Root(out->back().entity) == e &&
      !lex_.MatchAt(t_, i - 2, i - 1, "kin").empty()) {
    const int before = table_.PreviousFirstPerson();
    e = before != e ? before : -1;
  }
  // "La Línea, an armed wing of the cartel", "Los Aztecas, a gang that works for the cartel": a
  // group's description inside the apposition that X opens is not X; it is the group the article
  // names most (else none).
  if (e >= 0 && refers == "Cartel" && len > 1) {
    for (const Mention& m : *out) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0 || table_.Root(m.entity) != e || m.last + 1 >= i ||
          t_[m.last].norm != "," || !OneOf(t_[m.last + 1].norm, "a|an|the|one|which|that")) {
        continue;
      }
      bool open = true;  // no comma closes the apposition before the description
      for (size_t k = m.last + 1; k < i && open; ++k) open = !OneOf(t_[k].norm, ",|;|--");
      if (open) {
        const int most = table_.MostNamedCartel();
        e = most != e ? most : -1;
      }
      break;
    }
  }
  // "The group was built by X, ..., and Y took control of it after his brother was arrested": a
  // possessive in a clause coordinated after the first is its own subject's.
  if (e >= 0 && refers == "Person" && len == 1 && OneOf(t_[i].norm, "his|her")) {
    for (auto m = out->rbegin(); m != out->rend(); ++m) {
      if (m->kind != Mention::Kind::kEntity || m->entity < 0 || m->anaphoric || table_.at(m->entity).primary != "Person") continue;
      const bool coordinated = m->first >= first + 2 && t_[m->first - 1].norm == "and" && t_[m->first - 2].norm == ",";
      const bool verb_next = m->last < i && t_[m->last].word() && !t_[m->last].is(Token::kCapitalized);
      if (coordinated && verb_next) e = table_.Root(m->entity);
      break;
    }
  }
  // "Y is expected to succeed him", "X had betrayed him": an object pronoun is not the subject of its
  // own clause (nothing that opens another clause between them); it is the person named before. In a
  // noun's phrase it may be ("will bring X to face the charges against him").
  const bool in_noun_phrase = i >= first + 3 && OneOf(t_[i - 1].norm, "against|for|about|on|of") &&
                              OneOf(t_[i - 3].norm, "the|a|an|its|their|new");
  if (e >= 0 && refers == "Person" && len == 1 && OneOf(t_[i].norm, "him|her") && !in_noun_phrase) {
    for (const Mention& m : *out) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0 || m.last > i || table_.Root(m.entity) != e) continue;
      bool clause_break = false;
      for (size_t k = m.last; k < i && !clause_break; ++k) {
        clause_break = OneOf(t_[k].norm, ",|;|and|but|or|who|whom|that|which|when|after|before|while|because|until|"
                                         "if|said|says|told|say|as|since");
      }
      if (!clause_break) e = table_.LastPersonOf(gender, e);
      break;
    }
  }
  // "The State Department had offered a reward for information leading to his arrest" after "Attorney
  // General X called Y ...": a sought person, not an office holder, is the one the act is wished on.
  if (e >= 0 && refers == "Person" && len == 1 && OneOf(t_[i].norm, "his|her") && table_.at(e).official &&
      i + 1 < last && OneOf(t_[i + 1].norm, "arrest|capture|apprehension|extradition|whereabouts") && i >= first + 2 &&
      OneOf(t_[i - 1].norm, "to|for|on") && OneOf(t_[i - 2].norm, "leading|lead|leads|information|reward|rewards")) {
    e = table_.LastSoughtPersonOf(gender);
  }
  // "His brother, X, took over the cartel after his death", "Y took control of the gang following his
  // arrest": the act that ended a predecessor's rule is not the successor's own; it is the person
  // named before him.
  if (e >= 0 && refers == "Person" && len == 1 && OneOf(t_[i].norm, "his|her") && i + 1 < last && i >= first + 3 &&
      OneOf(t_[i - 1].norm, "after|following|upon|since") &&
      OneOf(t_[i + 1].norm, "death|killing|murder|slaying|assassination|arrest|capture|extradition|imprisonment")) {
    bool took_over = false;
    for (size_t k = first; k + 1 < i && !took_over; ++k) {
      took_over = (OneOf(t_[k].norm, "took|assumed|seized|inherited") &&
                   OneOf(t_[k + 1].norm, "over|control|command|charge|the|leadership")) ||
                  OneOf(t_[k].norm, "succeeded|replaced");
    }
    bool subject = false;
    for (const Mention& m : *out) subject |= m.kind == Mention::Kind::kEntity && m.entity >= 0 && table_.Root(m.entity) == e;
    if (took_over && subject) e = table_.LastPersonOf(gender, e);
    if (e < 0) return 0;
  }
  // "Two days after gunmen freed a son of El Chapo, President X said he had backed the decision": a
  // subject pronoun right after a verb of saying is the person who says it (of its gender).
  if (refers == "Person" && len == 1 && OneOf(t_[i].norm, "he|she") && i >= first + 2) {
    const size_t verb = t_[i - 1].norm == "that" && i >= first + 3 ? i - 2 : i - 1;
    for (const Mention& m : *out) {
      if (!OneOf(t_[verb].norm, kReportVerbs) ||
          m.kind != Mention::Kind::kEntity || m.entity < 0 || m.last != verb || table_.at(m.entity).primary != "Person") {
        continue;
      }
      const char of = table_.at(m.entity).gender;
      if (!of || of == gender) e = ReportedSubject(i, last, m, gender);
    }
    // "..., and that he would make it again": the second report of the same speaker.
    if (t_[i - 1].norm == "that" && i >= first + 3 && t_[i - 2].norm == "and") {
      for (const Mention& m : *out) {
        if (m.kind == Mention::Kind::kEntity && m.entity >= 0 && m.anaphoric && m.first + 1 == m.last &&
            t_[m.first].norm == t_[i].norm && m.first >= first + 2 && t_[m.first - 1].norm != "and" &&
            OneOf(t_[m.first - 1].norm == "that" ? t_[m.first - 2].norm : t_[m.first - 1].norm,
                  kReportVerbs)) {
          e = table_.Root(m.entity);
        }
      }
    }
  }
  // "Attorney General X has said Y ordered the police to confront the students because he feared ...":
  // a subject pronoun after a subordinating word in a report is the report's subject, not its speaker.
  // So is a possessive in it ("X has said Y moved his family to Texas").
  const bool possessive = OneOf(t_[i].norm, "his|her") && i + 1 < last && t_[i + 1].word() &&
                          !t_[i + 1].is(Token::kCapitalized);
  if (refers == "Person" && len == 1 && i > first &&
      ((OneOf(t_[i].norm, "he|she") && OneOf(t_[i - 1].norm, "because|when|after|before|while|until|although|though|if")) ||
       possessive)) {
    for (const Mention& m : *out) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0 || m.anaphoric || m.last >= i || m.first < first + 1 ||
          table_.at(m.entity).primary != "Person") {
        continue;
      }
      const size_t verb = t_[m.first - 1].norm == "that" && m.first >= first + 2 ? m.first - 2 : m.first - 1;
      const char of = table_.at(m.entity).gender;
      // "said Y worked for Z, who ran the faction until he was killed": Z's clause, not Y's.
      const bool other = std::any_of(out->begin(), out->end(), [&](const Mention& o) {
        return o.kind == Mention::Kind::kEntity && o.entity >= 0 && !o.anaphoric && o.first > m.last && o.last <= i &&
               table_.at(o.entity).primary == "Person" && table_.Root(o.entity) != table_.Root(m.entity);
      });
      if (OneOf(t_[verb].norm, "said|says|say|told|added|alleged|alleges|believe|believes") && (!of || of == gender) &&
          !other) {
        e = table_.Root(m.entity);
      }
    }
  }
  // "His sons A and B took over the cartel while he was in prison": a singular pronoun is no member
  // of a pair of persons its sentence joins with "and"; it is the sentence's other person before it
  // (of its gender), when there is one.
  if (e >= 0 && refers == "Person" && len == 1 && OneOf(t_[i].norm, "he|she|him|his|her")) {
    auto person = [&](size_t k) {
      const Mention& m = (*out)[k];
      return m.kind == Mention::Kind::kEntity && m.entity >= 0 && m.first >= first && table_.at(m.entity).primary == "Person";
    };
    auto paired = [&](size_t k) {
      return (k + 1 < out->size() && person(k + 1) && t_[(*out)[k].last].norm == "and" &&
              (*out)[k].last + 1 == (*out)[k + 1].first) ||
             (k > 0 && person(k - 1) && t_[(*out)[k - 1].last].norm == "and" && (*out)[k - 1].last + 1 == (*out)[k].first);
    };
    bool member = false;
    int other = -1;
    for (size_t k = 0; k < out->size(); ++k) {
      if (!person(k) || (*out)[k].last > i) continue;
      const int x = table_.Root((*out)[k].entity);
      if (x == e) {
        member |= paired(k);
      } else if (!paired(k) && (!gender || !table_.at(x).gender || table_.at(x).gender == gender)) {
        other = x;
      }
    }
    if (member && other >= 0) e = other;
  }
  // '"...," Special Agent X said. Investigators believe Y is hiding in Juárez, he said.': a pronoun
  // that says the sentence after a comma at its end is the speaker of the last report, not a
  // person the report names.
  if (refers == "Person" && len == 1 && OneOf(t_[i].norm, "he|she") && i > first && t_[i - 1].norm == "," &&
      i + 1 < last && OneOf(t_[i + 1].norm, "said|says|added|told")) {
    bool end = true;
    for (size_t k = i + 2; k < last && end; ++k) end = !OneOf(t_[k].norm, ",|that|and|but|;|\"|“");
    const int speaker = end ? table_.LastSpeaker() : -1;
    if (speaker >= 0 && (!table_.at(speaker).gender || table_.at(speaker).gender == gender)) e = speaker;
  }
  // "the Knights Templar broke away from La Familia Michoacana, the cartel that dominated Michoacán":
  // a description in apposition to a group named right before it, opening a relative clause or a
  // participle, is that group.
  if (refers == "Cartel" && len > 1 && i >= first + 2 && t_[i - 1].norm == "," && i + len < last &&
      OneOf(t_[i + len].norm, "that|which|whose|based|founded|formed|led|run|created|blamed|accused") && !out->empty() &&
      out->back().kind == Mention::Kind::kEntity && out->back().entity >= 0 && !out->back().anaphoric &&
      out->back().last + 1 == i && table_.at(out->back().entity).refining == "Cartel") {
    e = table_.Root(out->back().entity);
  }
  // "X now leads what remains of the organization" after a paragraph on its former cells: the
  // remnants of a group are the article's main group (the one it names most), not the last named
  // ("X, a Los Tenientes gunman, runs the remnants of the gang": the one its sentence names).
  const bool remnant = i >= first + 2 && t_[i - 1].norm == "of" &&
                       (OneOf(t_[i - 2].norm, "remnants|remnant") ||
                        (i >= first + 3 && t_[i - 2].norm == "remains" && t_[i - 3].norm == "what") ||
                        (i >= first + 4 && t_[i - 2].norm == "left" && OneOf(t_[i - 3].norm, "is|was|'s") &&
                         t_[i - 4].norm == "what"));
  if (e >= 0 && refers == "Cartel" && len > 1 && remnant && !group_named) {
    if (const int most = table_.MostNamedCartel(); most >= 0) e = most;
  }
  // "the Beltrán Leyva organization, which broke away from the cartel after soldiers arrested X, one of
  // the group's leaders": a "group" or "organization" in a relative clause on a named group, after the
  // clause has referred to another group, is the clause's own subject.
  if (e >= 0 && refers == "Cartel" && len > 1 && OneOf(t_[i + len - 1].norm, "group|organization")) {
    for (size_t k = i; k-- > first + 1 && !OneOf(t_[k].norm, ";|:|--");) {
      if (!OneOf(t_[k].norm, "which|that") || t_[k - 1].norm != ",") continue;
      int subject = -1;
      bool other = false;
      for (const Mention& m : *out) {
        if (m.kind != Mention::Kind::kEntity || m.entity < 0 || table_.at(m.entity).refining != "Cartel") continue;
        if (m.last == k - 1 && !m.anaphoric) subject = table_.Root(m.entity);
        other |= m.first > k && m.last <= i && subject >= 0 && table_.Root(m.entity) != subject;
      }
      if (other) e = subject;
      break;
    }
  }
  // "Two of her brothers, A and B, were killed, and prosecutors say she ...", "Her partner, X, was
  // arrested with her": "she" or "her" is no person of unknown gender when the sentence has already
  // named (or referred to) a woman before it; it is the last such woman.
  if (e >= 0 && gender == 'f' && !table_.at(e).gender) {
    for (auto m = out->rbegin(); m != out->rend(); ++m) {
      if (m->kind == Mention::Kind::kEntity && m->entity >= 0 && m->last <= i && table_.at(m->entity).gender == 'f') {
        e = table_.Root(m->entity);
        break;
      }
    }
  }
  if (e < 0) return 0;
  // '"They killed him once already," X said': a pronoun inside a quotation is not its speaker.
  if (refers == "Person" && len == 1 && QuoteSpeaker(i, first, last, e)) return 0;
  if (gender && !table_.at(e).gender) table_.SetGender(e, gender);
  // "X said the detainee was a Gulf Cartel accountant": a description after a verb of saying is
  // not the speaker the sentence named before it; it is the last person named before, in this
  // paragraph or the one before, whom the article has made one of a criminal group's ("Mexico
  // extradited Gulf Cartel leader X. // Attorney General Y said the kingpin had run the cartel from
  // prison"; not the detainee's lawyer), else no one.
  if (refers == "Person" && len > 1) {
    bool speaker = false;
    for (const Mention& m : *out) {
      if (m.kind != Mention::Kind::kEntity || m.entity < 0 || table_.Root(m.entity) != table_.Root(e)) continue;
      for (size_t k = m.last; k < i && !speaker; ++k) speaker = OneOf(t_[k].norm, "said|says|say|told|added|stated|noted|explained");
    }
    if (speaker) e = table_.LastGroupPerson(e);
    if (e < 0) return 0;
  }
  // "X's son, Y, was detained in 2013. His nephew Z ...", "Two of his brothers, ...": a sentence's
  // opening possessive kin after a person the article made another's relative is that family head's.
  if (refers == "Person" && OneOf(t_[i].norm, "his|her")) {
    bool opening = true;  // "His nephew", "Two of his brothers": nothing but a count before the possessive
    for (size_t k = first; k < i && opening; ++k) opening = OneOf(t_[k].norm, "one|two|three|four|both|all|another|of");
    const size_t kin_noun = opening ? KinNoun(i + len, last) : last;
    // "Marines detained his bodyguard, X. His brother Y ...": the sentence before made X its first
    // person over the possessor of its object; the kin is that possessor's, the paragraph's topic.
    const bool kin = kin_noun < last && (!lex_.MatchAt(t_, kin_noun, last, "kin").empty() || OneOf(t_[kin_noun].norm, kPluralKin));
    if (const int topic = kin ? table_.DisplacedPossessor() : -1;
        topic >= 0 && e == table_.PreviousFirstPerson() && (!gender || !table_.at(topic).gender || table_.at(topic).gender == gender)) {
      e = topic;
    }
    const int head = kin ? table_.FamilyHead(e) : -1;
    if (head >= 0 && (!gender || !table_.at(head).gender || table_.at(head).gender == gender)) e = head;
  }
  // "his son, A, and his nephew, B": a possessive after "and" continues the list its sentence's
  // possessive of the same word opened, that person's.
  if (OneOf(t_[i].norm, "his|her") && refers == "Person" && i > first && t_[i - 1].norm == "and" &&
      possessive_at_ >= first && possessive_at_ < i && i - possessive_at_ < 16 &&
      t_[possessive_at_].norm == t_[i].norm) {
    e = table_.Root(possessive_of_);
  }
  if (OneOf(t_[i].norm, "his|her") && refers == "Person") possessive_at_ = i, possessive_of_ = e;
  Push(out, i, i + len, e);
  out->back().anaphoric = true;
  // "his son", "her government"
  if (refers == "Person" && (t_[i].norm == "his" || t_[i].norm == "her")) {
    const size_t noun = KinNoun(i + len, last);  // "his younger brother"
    const std::vector<LexMatch> kin = lex_.MatchAt(t_, noun, last, "kin");
    if (!kin.empty()) {
      const size_t end = noun + kin[0].length;
      const std::string surface = table_.at(e).name + "'s " + Text(i + len, end);
      // "X, his sister, was sentenced", "X is her husband": X is the relative (not a mention of its own).
      const bool apposed = KinApposition(*out, i + len, end, last, kin[0].entry);
      const int rel = apposed ? -1 : Relative(e, kin[0].entry, surface, end, last, "kin.pronoun", 0.75f);
      if (rel < 0) {
        out->pop_back();  // "the arrest of his brother" is not about him
        return end - i;
      }
      out->back().last = static_cast<uint32_t>(end);
      out->back().entity = rel;
      table_.Touch(rel);
      return end - i;
    }
    if (i + len < last && (t_[i + len].norm == "government" || t_[i + len].norm == "administration")) {
      GovernmentOfPerson(out->back(), i + len + 1);
      return out->back().last - i;
    }
    BodyOfPerson(out->back(), i + len, last, *out);
    return out->back().last - i;
  }
  // "Y, the kingpin's brother,", "the drug lord's son Z": a described person's relative, as a named one's.
  if (described_owner && refers == "Person") AfterEntity(i + len, last, out);
  return len;
}

}  // namespace cg::ingest
