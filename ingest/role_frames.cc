// Role frames (frames.h): a role noun, the organization it is a role in and
// the person who holds it (who holds it: role_holders.cc; role_reader.h).
#include "ingest/role_reader.h"

#include "ingest/event_agents.h"
#include "ingest/entity_table.h"
#include "ingest/modality.h"
#include "ingest/role_words.h"
#include "schema/normalize.h"

namespace cg::ingest {
namespace {

constexpr std::string_view kOrg = "Organization";
// The goods a trade role deals in, inside its phrase: "the cartel's main methamphetamine producer".
constexpr std::string_view kGoods = "cocaine|heroin|methamphetamine|meth|fentanyl|marijuana|opium|arms|weapons";

}  // namespace

void RoleReader::Run(bool owned_pass) {
  std::vector<std::pair<const LexEntry*, RolePhrase>> owned;  // a person's roles: read last
  for (size_t i = 0; i < cl_.size(); ++i) {
    size_t len = 0;
    const LexEntry* role = c_.WordAt(i, "role", &len);
    if (!role) continue;
    // Items of a multi-token role noun are plain tokens: step over them.
    const size_t skip = cl_.ItemOf(cl_.item(i).first + static_cast<uint32_t>(len) - 1);
    // "chief accountant", "head trafficker": the first noun modifies the second, the role.
    if (skip != kNone && c_.WordAt(skip + 1, "role")) continue;
    // "X, the cartel leader's cousin": the role is the possessor's, someone other than X.
    if (cl_.Is((skip == kNone ? i : skip) + 1, "'s")) continue;
    RolePhrase p = Phrase(i, len);
    const size_t named = p.end + (cl_.Is(p.end, ",") ? 1 : 0);  // "of the cartel's late founder, X"
    if (cl_.EntityAs(named, "Person") < 0 && PersonNounComplement(p.begin)) continue;
    if (p.org < 0 && !p.person_owner && role->attr("lead") == "agency") Government(&p, *role);
    if (p.person_owner) {
      if (owned_pass) owned.emplace_back(role, p);
    } else if (!owned_pass) {
      Read(*role, p);
    }
    if (skip != kNone && skip > i) i = skip;
  }
  for (auto& [role, p] : owned) {
    // A boss's lawyer serves a client, not the group.
    // A boss's deputy is his group's second ("his deputy X"); an agency's other ranks are not a group's.
    if (role->attr("relation") == "MEMBER_OF" && (role->attr("lead") != "agency" || cl_.IsAny(p.role, "deputy")) &&
        !cl_.IsAny(p.role, "lawyer")) {
      p.org = BossGroup(p.owner);
      p.boss = p.org >= 0;
    }
    Read(*role, p);
  }
}

bool RoleReader::PersonNounComplement(size_t b) const {
  while (b > 0 && cl_.IsAny(b - 1, "the|a|an")) --b;
  if (b < 2 || !cl_.Is(b - 1, "of")) return false;
  const uint32_t of = cl_.item(b - 1).first;
  for (uint32_t t = of >= 5 ? of - 5 : 0; t < of; ++t) {
    for (const LexMatch& m : c_.lexicon.MatchAt(c_.tokens, t, of, "kin")) {
      if (t + m.length == of) return true;
    }
    for (const LexMatch& m : c_.words.MatchAt(c_.tokens, t, of, "role")) {
      if (t + m.length == of) return true;
    }
  }
  return false;
}

// "The Treasury Department sanctioned the Gulf Cartel. Its leader, X, ...": a criminal rank (the role
// at item i) the pronoun gives a body that is no criminal group is the one criminal group the sentence
// before named, when it named one; else `org`.
int RoleReader::CriminalRankOwner(size_t i, int org) const {
  const ArticleGraph& g = *c_.graph;
  if (g.entities[g.Root(org)].refining == "Cartel" || c_.index == 0 ||
      !cl_.IsAny(i, "leader|leaders|boss|bosses|kingpin|capo|lieutenant|lieutenants|operative|operatives|"
                    "enforcer|enforcers|hitman|hitmen|underboss|financier|accountant")) {
    return org;
  }
  int cartel = -1;
  for (const int e : c_.discourse.organizations[c_.index - 1]) {
    if (e < 0 || g.entities[g.Root(e)].refining != "Cartel") continue;
    if (cartel >= 0 && cartel != g.Root(e)) return org;
    cartel = g.Root(e);
  }
  return cartel >= 0 ? cartel : org;
}

RolePhrase RoleReader::Phrase(size_t i, size_t len) const {
  RolePhrase p;
  p.role = i;
  p.role_len = len;
  const size_t last_item = cl_.ItemOf(cl_.item(i).first + static_cast<uint32_t>(len) - 1);
  p.end = (last_item == kNone ? i : last_item) + 1;
  // "U.S. Ambassador to Mexico X": the country an envoy is sent to is part of the title.
  // So it is before a name in apposition ("The U.S. ambassador to Mexico, Antonio O. Garza,").
  if (cl_.IsAny(i, "ambassador|envoy") && cl_.Is(p.end, "to") && cl_.EntityAs(p.end + 1, "Country") >= 0 &&
      (cl_.EntityAs(p.end + 2, "Person") >= 0 || (cl_.Is(p.end + 2, ",") && cl_.EntityAs(p.end + 3, "Person") >= 0))) {
    p.end += 2;
  }
  // Qualifier: "Zetas leader", "Sinaloa Cartel's co-founder", "the cartel's accountant".
  size_t q = i;
  // "the cartel's financial chief", "its logistics head": a portfolio (lexicon/rules/roles.words)
  // before the head noun is a member's post (its first word begins the role).
  if (q > 0 && cl_.IsAny(i, "chief|head|boss|director|coordinator|manager") && c_.WordAt(q - 1, "portfolio")) {
    p.portfolio = true;
    p.portfolio_begin = --q;
  }
  while (q > 0) {
    if (cl_.IsAny(q - 1, "top|senior|chief|regional|deputy|assistant|associate|vice|alleged|former|"
                         "longtime|suspected|main|key|new|current|acting|interim|late|slain|jailed|imprisoned|detained|"
                         "reputed|overall|undisputed|presumed|purported|trusted|feared|powerful|notorious|"
                         "important|influential|prominent|ruthless|violent|veteran|most|more|least|mayoral|gubernatorial|"
                         "presidential|senatorial|congressional|legislative") ||
        cl_.IsAny(q - 1, kGoods)) {
      --q;
    } else if (q > 1 && cl_.IsAny(q - 2, "most|more|best|least") && !cl_.mention(q - 1) &&
               c_.tokens[cl_.item(q - 1).first].word()) {
      q -= 2;  // a superlative: "one of the cartel's most trusted financiers"
    } else if (q > 1 && cl_.Is(q - 1, "and") && c_.WordAt(q - 2, "role")) {
      q -= 2;  // "the CJNG's founder and leader": a coordinated role shares the qualifier
    } else {
      break;
    }
    if (cl_.IsAny(q, "deputy|assistant|associate|vice")) p.second = q;
  }
  p.begin = q;
  if (q > 0 && cl_.Is(q - 1, "'s") && q > 1) {
    if (const int org = cl_.EntityAs(q - 2, kOrg); org >= 0) {
      p.org = org;
      p.how = "possessive";
      p.begin = q - 2;
    } else if (cl_.EntityAs(q - 2, "Person") >= 0) {
      p.person_owner = true;
      p.owner = cl_.EntityAs(q - 2, "Person");
      p.begin = q - 2;
    }
  } else if (const int owner = q > 0 ? PronounPerson(q - 1) : -1; owner >= 0) {
    // "his deputy X", "her top aide": the person the pronoun refers to (a boss's member, below).
    p.person_owner = true;
    p.owner = owner;
    p.begin = q - 1;
  } else if (q > 0 && cl_.IsAny(q - 1, "its|their") && !cl_.mention(q - 1)) {
    // "the Gulf Cartel lost its leader, X", "... Its founder, X,": the organization the pronoun
    // refers to (frames.h PossessivePronoun).
    if (const int org = c_.PossessivePronoun(q - 1); org >= 0) {
      p.org = CriminalRankOwner(i, org);
      p.how = "possessive";
      p.begin = q - 1;
    }
  } else if (q > 0 && cl_.Is(q - 1, "another") && !cl_.mention(q - 1)) {
    // "X, another senior leader,": another of the group whose post the article told last.
    for (size_t r = c_.graph->relations.size(); r-- > 0;) {
      const LocalRelation& post = c_.graph->relations[r];
      if ((post.type == "LEADS" || post.type == "MEMBER_OF") && post.to >= 0 &&
          c_.graph->entities[c_.graph->Root(post.to)].refining == "Cartel") {
        p.org = c_.graph->Root(post.to);
        p.how = "another";
        p.begin = q - 1;
        break;
      }
    }
  } else if (const size_t h = QualifierBefore(q); h != kNone) {
    p.org = cl_.EntityAs(h, kOrg);
    p.how = "compound";
    p.begin = h;
  } else if (const int group = GenericGroupBefore(i, q); group >= 0) {
    // "Cartel co-founder Ismael Zambada" after "The Sinaloa Cartel is in turmoil": the group head
    // word names the one group the sentence before named, as "Sinaloa Cartel co-founder X" does.
    p.org = group;
    p.how = "compound";
    p.begin = q - 1;
  } else if (size_t f = kNone; const LexEntry* force = MemberRole(i) ? ForceBefore(c_, q, &f) : nullptr) {
    // "Navy spokesman X", "Mexican army spokesman X": a member of the force's body (a force's
    // head words -- "army commander" -- name no head of the whole body).
    p.org = EntityForLex(c_.graph, force, true);
    p.how = "force";
    p.begin = f;
  } else if (const size_t of = p.end + 1; cl_.EntityAs(p.end, "Person") >= 0 && cl_.Is(of, "of")) {
    // "Chairman Darrell Issa of the House Committee on ...", "Director X of the FBI", "security
    // analyst X of the Center for ...": a title's body after the name.
    size_t body = of + 1 + (cl_.Is(of + 1, "the") ? 1 : 0);
    // "of U.S. Immigration and Customs Enforcement": the body its country qualifies.
    if (cl_.EntityAs(body, "Country") >= 0 && cl_.EntityAs(body + 1, kOrg) >= 0) ++body;
    // "of the FBI's El Paso Field Office": the body the first one's possessive names.
    if (cl_.EntityAs(body, kOrg) >= 0 && cl_.Is(body + 1, "'s") && cl_.EntityAs(body + 2, kOrg) >= 0) body += 2;
    if (const int org = cl_.EntityAs(body, kOrg); org >= 0 && !cl_.Is(body + 1, "'s")) {
      p.org = org;
      p.how = "title_of";
    }
  }
  // A portfolio: "chief of security", "head of operations for the Sinaloa Cartel" (a member's post).
  // An event noun is a portfolio too ("chief of operations").
  if (p.end + 1 < cl_.size() && cl_.Is(p.end, "of") &&
      (!cl_.mention(p.end + 1) || cl_.EntityAs(p.end + 1, "Event") >= 0) &&
      c_.tokens[cl_.item(p.end + 1).first].word() && !c_.tokens[cl_.item(p.end + 1).first].is(Token::kCapitalized) &&
      !cl_.IsAny(p.end + 1, "the|a|an|his|its|their|her|this|that|one|two|several|all|both")) {
    p.portfolio = true;
    p.end += 2;
    // "chief of international operations for the DEA", "director of organized crime investigations
    // of the Federal Police": over the portfolio's further words, up to the body's preposition.
    size_t m = p.end;
    while (m < cl_.size() && m < p.end + 3 && !cl_.IsAny(m, "for|of|at|with|in|and|or") &&
           (cl_.PlainWord(m) || cl_.EntityAs(m, "Event") >= 0)) {
      ++m;
    }
    // Between an apposition's commas the whole phrase is the title ("X, Mexico's secretary of public
    // security, said").
    const bool apposed = p.begin > 0 && cl_.Is(p.begin - 1, ",") && m < cl_.size() && cl_.Is(m, ",");
    if (m > p.end && (cl_.IsAny(m, "for|of|at|with") || apposed)) p.end = m;
    p.role_len = cl_.item(p.end - 1).last - cl_.item(i).first;
  }
  // Complement: "leader of the Gulf Cartel", "operative for the Zetas", "a lieutenant in the cartel".
  size_t k = p.end;
  if (k < cl_.size() && cl_.IsAny(k, "of|in|for|with|within|at|inside")) {
    size_t j = k + 1;
    while (j < cl_.size() && j <= k + 3 && cl_.IsAny(j, "the|a|an|his|its|their|her|mexican|u.s.|powerful")) ++j;
    // Over adjectives before a group's name: "the leader of the brutal Zetas drug cartel", "in the
    // now-disbanded Federal Police".
    size_t named = j;
    // "Director of the White House Office of ...": capitalized words no mention covers, too.
    auto modifier = [&](size_t k) {
      return cl_.PlainWord(k) || (cl_.Is(k, "-") && k > j) ||
             (!cl_.mention(k) && c_.tokens[cl_.item(k).first].word() && c_.tokens[cl_.item(k).first].is(Token::kCapitalized));
    };
    for (int n = 0; n < 5 && named < cl_.size() && modifier(named) &&
                    !cl_.IsAny(named, "of|and|or|in|for|with|by|to|from|at|on|who|which|that|whose");
         ++n) {
      ++named;
    }
    if (named > j && j > k + 1 && cl_.EntityAs(named, kOrg) >= 0) j = named;
    // "a leader of the faction of the Sinaloa Cartel known as Los Chapitos": the part its name names.
    if (cl_.IsAny(j, kGroupParts) && cl_.Is(j + 1, "of")) {
      const size_t whole = j + 2 + (cl_.Is(j + 2, "the") ? 1 : 0);
      if (const size_t name = cl_.NamedPart(whole); name != whole) j = name;
    }
    if (j < cl_.size()) {
      // "head of Mexico's Criminal Investigation Agency": the possessor's body.
    // "a member of President Felipe Calderón's conservative National Action Party": over a word or
    // two that describe it.
    size_t owner = j;
    if (!cl_.mention(owner) && cl_.EntityAs(owner + 1, "Person") >= 0) ++owner;  // over a title no mention covers
    if (cl_.Is(owner + 1, "'s") && (owner == j || cl_.EntityAs(owner, "Person") >= 0)) {
      size_t o = owner + 2;
      while (o < owner + 4 && cl_.PlainWord(o) && !cl_.IsAny(o, "of|and|or|in|for|with|who|which|that")) ++o;
      if (cl_.EntityAs(o, kOrg) >= 0) j = o;
    }
    // "a Mexico analyst at the International Crisis Group": a country before the role is its field.
    const bool field = p.how == "compound" && cl_.EntityAs(p.begin, "Country") >= 0;
    // ("Another leader of the cartel, X": the complement names the group, not the post told last)
    if (const int org = cl_.EntityAs(j, kOrg);
        org >= 0 && (p.org < 0 || field || p.how == "another") && !cl_.Is(j + 1, "'s")) {
        p.org = org;
        p.how = "complement";
        p.end = j + 1;
        p.among = cl_.IsAny(k, "in|within|inside") &&
                  (cl_.IsAny(p.begin, "a|an") || (p.begin > 0 && cl_.IsAny(p.begin - 1, "a|an")));
        // "the head of a Juárez Cartel cell": the head of a part is a member of the group.
        if (cl_.IsAny(j + 1, kGroupParts)) {
          p.portfolio = true;
          ++p.end;
        }
      } else if (cl_.EntityAs(j, "Person") >= 0 && p.org < 0) {
        p.person_owner = true;  // "a lieutenant of El Chapo"
        p.owner = cl_.EntityAs(j, "Person");
        p.end = j + 1;
      }
    }
  }
  // "the CJNG's founder and leader, X": the apposition follows the last coordinated role.
  if (p.org >= 0 && cl_.Is(p.end, "and")) {
    size_t len = 0;
    if (c_.WordAt(p.end + 1, "role", &len) && cl_.Is(p.end + 2, ",")) p.end += 2;
  }
  // "the founder and leader of La Familia": coordinated role nouns share their complement.
  if (p.org < 0 && !p.person_owner && cl_.Is(p.end, "and")) {
    size_t j = p.end + 1;
    while (j < cl_.size() && j <= p.end + 3 && cl_.IsAny(j, "the|a|an|top|current|longtime|former|alleged")) ++j;
    size_t len = 0;
    if (c_.WordAt(j, "role", &len)) {
      const RolePhrase second = Phrase(j, len);
      if (second.org >= 0 && second.how == "complement") {
        p.org = second.org;
        p.how = "complement";
      }
    } else {
      // "the founder and spiritual guide of the Knights Templar": a second noun no role word.
      while (j < cl_.size() && j <= p.end + 4 && cl_.PlainWord(j) && !cl_.Is(j, "of")) ++j;
      const size_t org = cl_.Is(j, "of") ? j + 1 + (cl_.Is(j + 1, "the") ? 1 : 0) : kNone;
      if (org != kNone && j > p.end + 1 && cl_.EntityAs(org, kOrg) >= 0 && !cl_.Is(org + 1, "'s")) {
        p.org = cl_.EntityAs(org, kOrg);
        p.how = "complement";
      }
    }
  }
  return p;
}

void RoleReader::Government(RolePhrase* p, const LexEntry& role) const {
  size_t k = p->begin;
  for (int n = 0; n < 2 && k > 0 && !cl_.mention(k - 1) && c_.tokens[cl_.item(k - 1).first].word() &&
                  !cl_.IsAny(k - 1, "the|a|an|of|and|or|'s|its|his|her|their|former|then|top|senior|army|navy|"
                                    "military|police|air|force|forces|marine|marines|intelligence|security|border");
       ++n) {
    --k;
  }
  if (k == 0 || (k == p->begin && role.attr("heads") != "government")) return;
  int gov = -1;
  size_t begin = kNone;
  const Mention* m = cl_.mention(k - 1);
  if (m && m->kind == Mention::Kind::kDemonym && m->entity >= 0) {
    const LocalEntity& country = c_.graph->entities[c_.graph->Root(m->entity)];
    if (country.stands_for >= 0) gov = c_.graph->Root(country.stands_for);
    begin = k - 1;
  } else if (k >= 2 && cl_.Is(k - 1, "'s")) {
    gov = cl_.EntityAs(k - 2, "Government");
    // "President X's defense minister": the government X heads.
    if (const int head = gov < 0 ? cl_.EntityAs(k - 2, "Person") : -1; head >= 0) {
      for (const LocalRelation& r : c_.graph->relations) {
        if (r.type == "LEADS" && c_.graph->Root(r.from) == c_.graph->Root(head) && r.to >= 0 &&
            c_.graph->entities[c_.graph->Root(r.to)].refining == "Government") {
          gov = c_.graph->Root(r.to);
        }
      }
    }
    begin = k - 2;
  }
  if (gov < 0 || c_.graph->entities[gov].refining != "Government") return;
  p->org = gov;
  p->how = "government";
  p->portfolio_begin = k;
  p->begin = begin;
}

int RoleReader::GenericGroupBefore(size_t i, size_t q) const {
  // (a founder only: "the wife of cartel boss X", "a reputed cartel accountant" are often any group's)
  const LexEntry* role = c_.WordAt(i, "role");
  if (!role || role->attr("relation") != "FOUNDED") return -1;
  if (q == 0 || cl_.mention(q - 1) || !cl_.IsAny(q - 1, "cartel|gang") || (q >= 2 && cl_.IsAny(q - 2, "a|an|one"))) return -1;
  for (size_t k = 0; k + 1 < q; ++k) {
    if (cl_.EntityAs(k, "Cartel") >= 0) return -1;  // "The Zetas ambushed cartel boss X": whose?
  }
  // The one criminal group of the nearest sentence before that names any (up to two back).
  for (uint32_t s = c_.index; s-- > 0 && c_.index - s <= 2;) {
    if (s >= c_.discourse.organizations.size()) continue;
    int group = -1;
    for (int e : c_.discourse.organizations[s]) {
      if (e < 0 || c_.graph->entities[c_.graph->Root(e)].refining != "Cartel") continue;
      if (group >= 0 && group != c_.graph->Root(e)) return -1;  // two groups: whose?
      group = c_.graph->Root(e);
    }
    if (group >= 0) return group;
  }
  return -1;
}

size_t RoleReader::QualifierBefore(size_t q) const {
  size_t h = q;
  // "U.S. Customs and Border Protection (CBP) Commissioner X": over the body's acronym.
  if (h >= 4 && cl_.Is(h - 1, ")") && cl_.Is(h - 3, "(") && cl_.EntityAs(h - 2, kOrg) >= 0 &&
      cl_.EntityAs(h - 4, kOrg) == cl_.EntityAs(h - 2, kOrg)) {
    return h - 4;
  }
  for (int n = 0; h > 0 && n < 2 && cl_.IsAny(h - 1, kOrgHeads); ++n) --h;
  if (h == 0 || cl_.EntityAs(h - 1, kOrg) < 0) return kNone;
  if (h < q && cl_.EntityAs(h - 1, "Cartel") < 0) return kNone;  // "the U.S. drug trade": no qualifier
  return h - 1;
}

bool RoleReader::MemberRole(size_t i) const {
  const LexEntry* role = c_.WordAt(i, "role");
  return role && role->attr("relation") == "MEMBER_OF";
}

int RoleReader::PronounPerson(size_t k) const {
  const Mention* m = cl_.mention(k);
  if (!m || m->kind != Mention::Kind::kEntity || m->entity < 0 || m->last != m->first + 1) return -1;
  if (c_.tokens[m->first].norm != "his" && c_.tokens[m->first].norm != "her") return -1;
  const int e = c_.graph->Root(m->entity);
  return c_.graph->entities[e].primary == "Person" ? e : -1;
}

int RoleReader::BossGroup(int person) const {
  const ArticleGraph& g = *c_.graph;
  int group = -1;
  for (const LocalRelation& r : g.relations) {
    if (r.type != "LEADS" || g.Root(r.from) != g.Root(person) || g.entities[g.Root(r.to)].refining != "Cartel") {
      continue;
    }
    if (group >= 0 && group != g.Root(r.to)) return -1;
    group = g.Root(r.to);
  }
  return group;
}

bool RoleReader::TitledBody(int person) const {
  const ArticleGraph& g = *c_.graph;
  for (const LocalRelation& r : g.relations) {
    if (g.Root(r.from) != g.Root(person) || !r.source.rule.starts_with("title.")) continue;
    const LocalEntity& body = g.entities[g.Root(r.to)];
    if (body.primary == "Organization" && body.refining != "Government") return true;
  }
  return false;
}

void RoleReader::Read(const LexEntry& role, const RolePhrase& p) {
  std::string relation(role.attr("relation"));
  const std::string family =
      "frame.role." + (p.how.empty() ? std::string("none") : p.how) + (p.boss ? ".boss" : "");
  holder_ = "Person";
  std::vector<size_t> persons = Holders(p);
  // "X could emerge as the new leader of Y", "X is expected to replace his brother as head of Y": a
  // role not (yet) held (the cue anywhere between its holder and it).
  const uint32_t at = cl_.item(p.begin).first;
  const uint32_t holder_at = persons.empty() ? at : cl_.item(persons.front()).last;
  const uint32_t reach = holder_at < at ? std::min<uint32_t>(std::max<uint32_t>(5, at - holder_at), 12) : 5;
  if (std::string cue; !persons.empty() && CueBefore(c_.words, c_.tokens, c_.sentence.first_token, at, "hypothetical",
                                                     reach, &cue)) {
    c_.Reject(relation, cl_.EntityAs(persons.front(), holder_), p.org, family, "hypothetical: \"" + cue + "\"");
    return;
  }
  const std::vector<int> referred = persons.empty() && relation == "MEMBER_OF" ? PluralSubjectBefore(p) : std::vector<int>{};
  if (persons.empty() && referred.empty() && relation == "MEMBER_OF" && p.org >= 0 &&
      c_.graph->entities[c_.graph->Root(p.org)].refining == "Cartel" &&
      cl_.IsAny(p.role, "enforcer|enforcers|hitmen|gunmen|sicarios|assassins|bodyguards|henchmen|operatives|members")) {
    // A group in a member's role is a part of the organization: "the Zetas, who were the
    // enforcers of the Gulf Cartel", "La Línea, a gang of hitmen for the Juárez Cartel".
    holder_ = "Cartel";
    persons = Holders(p);
    relation = "PART_OF";
  }
  if (persons.empty() && referred.empty()) return;
  const int first_person = persons.empty() ? referred.front() : cl_.EntityAs(persons.front(), "Person");
  if (p.org < 0) {
    if (p.person_owner) c_.Reject(relation, first_person, -1, family, "type constraint: a role of a person, not of an organization");
    return;
  }
  const LocalEntity& org = c_.graph->entities[c_.graph->Root(p.org)];
  // ("Mexico's longtime cocaine broker": a trade's role is a criminal group's, not a country's.)
  for (size_t k = p.begin; k < p.role && org.refining != "Cartel"; ++k) {
    if (cl_.IsAny(k, kGoods)) return;
  }
  const bool agency = AgencyLike(org);
  if (role.attr("lead") == "agency" && !agency) {
    if (relation != "LEADS" && !p.boss) return;  // "agent", "official" of a cartel: too vague (a boss's deputy is not)
    relation = "MEMBER_OF";           // a cartel's "commander" is a rank, not its head
  }
  if (relation == "LEADS" && !HeadsBody(role, org)) relation = "MEMBER_OF";  // "U.S. Attorney General X"
  if (const std::string name = role.attr("office") == "yes" ? NormalizeName(org.name) : "";
      name.ends_with(" office") || name.ends_with(" division")) {
    relation = "LEADS";  // "the special agent in charge of the FBI's El Paso field office"
  }
  // "Mexican army commander X": a force named by its common noun ranks X in it, never as its head.
  if (relation == "LEADS" && p.how == "compound" && org.refining == "MilitaryUnit" && !c_.tokens[cl_.item(p.begin).last - 1].is(Token::kCapitalized)) {
    relation = "MEMBER_OF";
  }
  if (relation == "MEMBER_OF" && role.attr("lead") != "agency" && role.attr("org") != "any" && agency &&
      org.refining != "Government") {
    // "operative", "hitman" of an agency: not a relation the text means.
    if (org.refining != "MilitaryUnit") return;
  }
  // "the CJNG's chief in Colima": a regional post is a member's rank.
  // "the army's commander in the state": any post in a place is one.
  const size_t in = cl_.Is(p.end, "in") ? p.end + 1 + (cl_.Is(p.end + 1, "the") ? 1 : 0) : kNone;
  const bool placed = in != kNone && (cl_.EntityAs(in, "Place") >= 0 ||
                                      cl_.IsAny(in, "state|region|city|area|zone|municipality|north|south|northern|southern"));
  const bool regional = Where(p, org) || placed;
  // "a regional Zetas boss", "an alleged Gulf Cartel boss": the words before a group that qualifies
  // the role; a regional one makes the post a member's.
  size_t det = p.begin;
  bool regional_word = false;
  while (p.how == "compound" && det > 0 &&
         cl_.IsAny(det - 1, "regional|local|alleged|suspected|reputed|mid-level|low-level")) {
    regional_word = regional_word || cl_.IsAny(det - 1, "regional|local");
    --det;
  }
  // "a commander of the Federal Police", "a Gulf Cartel boss": one of a rank's many holders.
  const bool one_of_rank = role.attr("rank") == "yes" && (p.how == "complement" || p.how == "compound") &&
                           (cl_.IsAny(p.begin, "a|an") || (det > 0 && cl_.IsAny(det - 1, "a|an")));
  if ((p.second != kNone || p.portfolio || regional || regional_word || p.among || one_of_rank) &&
      relation == "LEADS") {
    relation = "MEMBER_OF";
  }
  const uint32_t role_first =
      cl_.item(p.second != kNone ? p.second : p.portfolio_begin != kNone ? p.portfolio_begin : p.role).first;
  const std::string role_text =
      c_.Text(text_, role_first, cl_.item(p.role).first + static_cast<uint32_t>(p.role_len));
  // (a person named in a sentence before spans the role phrase alone)
  std::vector<std::pair<int, size_t>> holders;
  for (size_t item : persons) holders.emplace_back(cl_.EntityAs(item, holder_), item);
  for (int person : referred) holders.emplace_back(person, p.begin);
  for (const auto& [person, item] : holders) {
    if (person < 0) continue;
    // "Mexican Interior Minister X": the portfolio is the ministry the title named, not a
    // membership of the government besides.
    if (org.refining == "Government" && TitledBody(person)) continue;
    PropertyMap props;
    if (relation == "MEMBER_OF") props["role"] = Value(SingularRole(role_text));
    const uint32_t first = std::min(cl_.item(item).first, cl_.item(p.begin).first);
    const uint32_t last = std::max(cl_.item(item).last, cl_.item(p.end - 1).last);
    // Through the owner's group: a step less sure than a group the sentence names.
    c_.Relate(relation, person, p.org, std::move(props), family + "." + how_, confidence_ * (p.boss ? 0.9f : 1.0f),
              first, last);
    if (relation == "FOUNDED") DropMembership(person, p.org, role_text);
  }
}

void RoleReader::DropMembership(int person, int org, const std::string& role_text) const {
  ArticleGraph* g = c_.graph;
  std::erase_if(g->relations, [&](const LocalRelation& r) {
    if (r.type != "MEMBER_OF" || r.source.sentence != c_.index || g->Root(r.from) != g->Root(person) ||
        g->Root(r.to) != g->Root(org)) {
      return false;
    }
    auto role = r.props.find("role");
    return role != r.props.end() && role->second.is_string() && role->second.as_string() == role_text;
  });
}

bool RoleReader::Where(const RolePhrase& p, const LocalEntity& org) const {
  if (org.refining != "Cartel" || !cl_.Is(p.end, "in")) return false;
  const size_t place = cl_.ObjectAfter(p.end - 1, "Country|State", "in", 4);
  if (place == kNone) return false;
  // "a regional boss for the Zetas in Nuevo León and Coahuila": each state of the list.
  for (size_t where : cl_.Coordinated(place, "Country|State")) {
    c_.Relate("OPERATES_IN", p.org, cl_.EntityAs(where, "Country|State"), {}, "frame.role.where", 0.75f,
              cl_.item(p.begin).first, cl_.item(where).last);
  }
  return true;
}

void ReadRoles(const FrameContext& c, const std::string& text) { RoleReader(c, text).Run(false); }
void ReadBossRoles(const FrameContext& c, const std::string& text) { RoleReader(c, text).Run(true); }

void PromoteHeadTitles(const Lexicon& words, ArticleGraph* g) {
  for (LocalRelation& r : g->relations) {
    if (r.type != "MEMBER_OF" || !r.source.rule.starts_with("title.") || r.source.rule == "title.rank") continue;
    auto role = r.props.find("role");
    if (role == r.props.end() || !role->second.is_string()) continue;
    const std::string text = role->second.as_string();
    const std::vector<Token> tokens = Tokenize(text, 0, text.size());
    // "Assistant Attorney General", "Deputy Administrator": a second's title names no head.
    if (tokens.empty() || OneOf(tokens[0].norm, "deputy|assistant|associate|vice|under")) continue;
    // The role noun that ends the title ("DEA Administrator", "Attorney General").
    const LexEntry* head = nullptr;
    for (size_t t = 0; t < tokens.size(); ++t) {  // the first role word, if it opens or ends the title
      const std::vector<LexMatch> m = words.MatchAt(tokens, t, tokens.size(), "role");
      if (m.empty()) continue;
      if (t == 0 || t + m[0].length == tokens.size()) head = m[0].entry;
      break;
    }
    if (!head || head->attr("relation") != "LEADS") continue;  // "DEA Administrator", "DEA chief"
    const LocalEntity& org = g->entities[g->Root(r.to)];
    if (!AgencyLike(org) || !HeadsBody(*head, org)) continue;
    r.type = "LEADS";
    r.props.erase(role);
    r.source.rule += "+frame.role.head";
  }
}

void DropTitleParents(ArticleGraph* g) {
  auto part_of = [&](int part, int whole) {
    return std::any_of(g->relations.begin(), g->relations.end(), [&](const LocalRelation& r) {
      return r.type == "PART_OF" && g->Root(r.from) == part && g->Root(r.to) == whole;
    });
  };
  std::erase_if(g->relations, [&](const LocalRelation& title) {
    if (title.type != "MEMBER_OF" || !title.source.rule.starts_with("title.")) return false;
    const int person = g->Root(title.from), body = g->Root(title.to);
    const bool in_part = std::any_of(g->relations.begin(), g->relations.end(), [&](const LocalRelation& r) {
      return (r.type == "LEADS" || r.type == "MEMBER_OF") && !r.source.rule.starts_with("title.") &&
             g->Root(r.from) == person && g->Root(r.to) != body && part_of(g->Root(r.to), body);
    });
    if (in_part) g->rejected.push_back(Rejected{title, "the title's body is stated through a part of it the holder is in"});
    return in_part;
  });
}

}  // namespace cg::ingest
