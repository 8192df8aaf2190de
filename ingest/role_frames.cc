// Role frames (frames.h): a role noun, the organization it is a role in and
// the person who holds it.
#include "ingest/frames.h"
#include "ingest/event_agents.h"
#include "ingest/entity_table.h"
#include "ingest/role_words.h"

namespace cg::ingest {
namespace {

constexpr std::string_view kOrg = "Organization";

struct RolePhrase {
  size_t begin = 0, role = 0, end = 0;  // items: phrase start, role noun, one past the phrase
  size_t role_len = 1;                  // tokens of the role noun
  size_t second = kNone;                // "Deputy Administrator": the deputy's word; the role is a member's
  size_t portfolio_begin = kNone;       // "Mexican Interior Minister": the portfolio's first word
  bool portfolio = false;               // "chief of security": a member's post, not the head
  int org = -1;
  std::string how;                      // qualifier, possessive, complement
  bool person_owner = false;            // "X's security chief": a person's, not an organization's
  int owner = -1;                       // that person
  bool boss = false;                    // org is the group the owner leads (BossGroup)
};

class RoleReader : FrameReader {
 public:
  RoleReader(const FrameContext& c, const std::string& text) : FrameReader(c), text_(text) {}

  // owned_pass: read only a person's roles ("a top lieutenant of Y", "his deputy X"), after the
  // sentence's other frames, so that Y's own ("Y, who heads the group") may name the group.
  void Run(bool owned_pass) {
    std::vector<std::pair<const LexEntry*, RolePhrase>> owned;  // a person's roles: read last
    for (size_t i = 0; i < cl_.size(); ++i) {
      size_t len = 0;
      const LexEntry* role = c_.WordAt(i, "role", &len);
      if (!role) continue;
      // Items of a multi-token role noun are plain tokens: step over them.
      const size_t skip = cl_.ItemOf(cl_.item(i).first + static_cast<uint32_t>(len) - 1);
      // "chief accountant", "head trafficker": the first noun modifies the second, the role.
      if (skip != kNone && c_.WordAt(skip + 1, "role")) continue;
      RolePhrase p = Phrase(i, len);
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

 private:
  RolePhrase Phrase(size_t i, size_t len) const {
    RolePhrase p;
    p.role = i;
    p.role_len = len;
    const size_t last_item = cl_.ItemOf(cl_.item(i).first + static_cast<uint32_t>(len) - 1);
    p.end = (last_item == kNone ? i : last_item) + 1;
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
                           "important|influential|prominent|ruthless|violent|veteran|most|more|least")) {
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
        p.org = org;
        p.how = "possessive";
        p.begin = q - 1;
      }
    } else if (const size_t h = QualifierBefore(q); h != kNone) {
      p.org = cl_.EntityAs(h, kOrg);
      p.how = "compound";
      p.begin = h;
    } else if (size_t f = kNone; const LexEntry* force = MemberRole(i) ? ForceBefore(c_, q, &f) : nullptr) {
      // "Navy spokesman X", "Mexican army spokesman X": a member of the force's body (a force's
      // head words -- "army commander" -- name no head of the whole body).
      p.org = EntityForLex(c_.graph, force, true);
      p.how = "force";
      p.begin = f;
    } else if (const size_t of = p.end + 1; c_.tokens[cl_.item(i).first].is(Token::kCapitalized) &&
                                            cl_.EntityAs(p.end, "Person") >= 0 && cl_.Is(of, "of")) {
      // "Chairman Darrell Issa of the House Committee on ...", "Director X of the FBI": a title's
      // body after the name.
      size_t body = of + 1 + (cl_.Is(of + 1, "the") ? 1 : 0);
      // "of U.S. Immigration and Customs Enforcement": the body its country qualifies.
      if (cl_.EntityAs(body, "Country") >= 0 && cl_.EntityAs(body + 1, kOrg) >= 0) ++body;
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
      p.role_len = cl_.item(p.end + 1).last - cl_.item(i).first;
      p.end += 2;
    }
    // Complement: "leader of the Gulf Cartel", "operative for the Zetas", "a lieutenant in the cartel".
    size_t k = p.end;
    if (k < cl_.size() && cl_.IsAny(k, "of|in|for|with|within|at|inside")) {
      size_t j = k + 1;
      while (j < cl_.size() && j <= k + 3 && cl_.IsAny(j, "the|a|an|his|its|their|her|mexican|u.s.|powerful")) ++j;
      if (j < cl_.size()) {
        // "head of Mexico's Criminal Investigation Agency": the possessor's body.
      if (cl_.Is(j + 1, "'s") && cl_.EntityAs(j + 2, kOrg) >= 0) j += 2;
      if (const int org = cl_.EntityAs(j, kOrg); org >= 0 && p.org < 0 && !cl_.Is(j + 1, "'s")) {
          p.org = org;
          p.how = "complement";
          p.end = j + 1;
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

  // A government official by nationality and portfolio: "Mexican Interior Minister X", "Mexico's
  // interior minister, X", "Colombian Defense Minister X" -> the country's government; a body's
  // name ("army", "police") is no portfolio. A head of government needs none ("the Mexican
  // president, X").
  void Government(RolePhrase* p, const LexEntry& role) const {
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
      begin = k - 2;
    }
    if (gov < 0 || c_.graph->entities[gov].refining != "Government") return;
    p->org = gov;
    p->how = "government";
    p->portfolio_begin = k;
    p->begin = begin;
  }

  // The organization that qualifies a role noun starting at item q: "Zetas leader", and over the
  // organization's own head noun when the name left it out ("Sinaloa cartel boss", "Gulf drug cartel
  // leader"); kNone if none.
  size_t QualifierBefore(size_t q) const {
    size_t h = q;
    for (int n = 0; h > 0 && n < 2 && cl_.IsAny(h - 1, kOrgHeads); ++n) --h;
    if (h == 0 || cl_.EntityAs(h - 1, kOrg) < 0) return kNone;
    if (h < q && cl_.EntityAs(h - 1, "Cartel") < 0) return kNone;  // "the U.S. drug trade": no qualifier
    return h - 1;
  }

  // The start of the whole role phrase: over determiners and modifiers ("one of the most notorious").
  size_t PhraseStart(size_t begin) const {
    size_t s = begin;
    for (int n = 0; s > 0 && n < 8 && (cl_.IsAny(s - 1, kModifiers) || Nationality(s - 1)); ++n) --s;
    return s;
  }

  // "an American-born enforcer", "a Colombian supplier": a nationality inside the role phrase.
  bool Nationality(size_t i) const {
    const Mention* m = cl_.mention(i);
    return m && m->kind == Mention::Kind::kDemonym && i > 0 && !cl_.Break(i - 1);
  }

  // How many items from k make a capitalized military or police rank before a name ("Gen.",
  // "Adm.", "Colonel", "Vice Adm.", "Brig. Gen.", "Lt. Col."): 0 when none.
  size_t RankLength(size_t k) const {
    const auto capitalized = [&](size_t j) {
      return j < cl_.size() && !cl_.mention(j) && c_.tokens[cl_.item(j).first].is(Token::kCapitalized);
    };
    const auto rank = [&](size_t j) {
      return capitalized(j) && cl_.IsAny(j, "gen|adm|col|lt|maj|capt|cmdr|brig|sgt|general|admiral|colonel|major|"
                                            "captain|lieutenant");
    };
    if (rank(k + 1) && (rank(k) || (capitalized(k) && cl_.IsAny(k, "vice|rear")))) return 2;
    return rank(k) ? 1 : 0;
  }


  // Does the role noun at item i state a membership (not a head: "spokesman", "officer")?
  bool MemberRole(size_t i) const {
    const LexEntry* role = c_.WordAt(i, "role");
    return role && role->attr("relation") == "MEMBER_OF";
  }

  // The person item k's "his" or "her" refers to, or -1.
  int PronounPerson(size_t k) const {
    const Mention* m = cl_.mention(k);
    if (!m || m->kind != Mention::Kind::kEntity || m->entity < 0 || m->last != m->first + 1) return -1;
    if (c_.tokens[m->first].norm != "his" && c_.tokens[m->first].norm != "her") return -1;
    const int e = c_.graph->Root(m->entity);
    return c_.graph->entities[e].primary == "Person" ? e : -1;
  }

  // The one criminal group the article has so far said `person` leads ("Sinaloa cartel leader Y",
  // "Y, the head of the Gulf Cartel"), or -1 when none or several: a member's role of a person
  // ("a top lieutenant of Y", "Y's security chief") is a membership of that group.
  int BossGroup(int person) const {
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

  // Has a title given person a relation to a body other than a government (mention_titles.cc)?
  bool TitledBody(int person) const {
    const ArticleGraph& g = *c_.graph;
    for (const LocalRelation& r : g.relations) {
      if (g.Root(r.from) != g.Root(person) || !r.source.rule.starts_with("title.")) continue;
      const LocalEntity& body = g.entities[g.Root(r.to)];
      if (body.primary == "Organization" && body.refining != "Government") return true;
    }
    return false;
  }

  void Read(const LexEntry& role, const RolePhrase& p) {
    std::string relation(role.attr("relation"));
    const std::string family =
        "frame.role." + (p.how.empty() ? std::string("none") : p.how) + (p.boss ? ".boss" : "");
    holder_ = "Person";
    std::vector<size_t> persons = Holders(p);
    if (persons.empty() && relation == "MEMBER_OF" && p.org >= 0 &&
        c_.graph->entities[c_.graph->Root(p.org)].refining == "Cartel" &&
        cl_.IsAny(p.role, "enforcer|enforcers|hitmen|gunmen|sicarios|assassins|bodyguards|henchmen|operatives|members")) {
      // A group in a member's role is a part of the organization: "the Zetas, who were the
      // enforcers of the Gulf Cartel", "La Línea, a gang of hitmen for the Juárez Cartel".
      holder_ = "Cartel";
      persons = Holders(p);
      relation = "PART_OF";
    }
    if (persons.empty()) return;
    const int first_person = cl_.EntityAs(persons.front(), "Person");
    if (p.org < 0) {
      if (p.person_owner) c_.Reject(relation, first_person, -1, family, "type constraint: a role of a person, not of an organization");
      return;
    }
    const LocalEntity& org = c_.graph->entities[c_.graph->Root(p.org)];
    const bool agency = AgencyLike(org);
    if (role.attr("lead") == "agency" && !agency) {
      if (relation != "LEADS" && !p.boss) return;  // "agent", "official" of a cartel: too vague (a boss's deputy is not)
      relation = "MEMBER_OF";           // a cartel's "commander" is a rank, not its head
    }
    if (relation == "LEADS" && !HeadsBody(role, org)) relation = "MEMBER_OF";  // "U.S. Attorney General X"
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
    const bool regional = Where(p, org);
    if ((p.second != kNone || p.portfolio || regional) && relation == "LEADS") relation = "MEMBER_OF";
    const uint32_t role_first =
        cl_.item(p.second != kNone ? p.second : p.portfolio_begin != kNone ? p.portfolio_begin : p.role).first;
    const std::string role_text =
        c_.Text(text_, role_first, cl_.item(p.role).first + static_cast<uint32_t>(p.role_len));
    for (size_t item : persons) {
      const int person = cl_.EntityAs(item, holder_);
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

  // A founder named by a role noun is not also a member in the role "founder" (a pattern rule
  // may have read the apposition as one).
  void DropMembership(int person, int org, const std::string& role_text) const {
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

  // A member's post in a state or country places the group there: "a plaza boss of the Gulf
  // Cartel in Tamaulipas" -> OPERATES_IN (cities are an event's place, not a group's territory).
  // Returns whether the post is regional (a state or country named).
  bool Where(const RolePhrase& p, const LocalEntity& org) const {
    if (org.refining != "Cartel" || !cl_.Is(p.end, "in")) return false;
    const size_t place = cl_.ObjectAfter(p.end - 1, "Country|State", "in", 4);
    if (place == kNone) return false;
    c_.Relate("OPERATES_IN", p.org, cl_.EntityAs(place, "Country|State"), {}, "frame.role.where", 0.75f,
              cl_.item(p.begin).first, cl_.item(place).last);
    return true;
  }

  // Is there an "of" among items [first, last) ("the son of a ... boss, X": X is the son)?
  bool OfIn(size_t first, size_t last) const {
    for (size_t k = first; k < last; ++k) {
      if (cl_.Is(k, "of")) return true;
    }
    return false;
  }

  // Is the coordination at item k closed like an apposition ("two Zetas members, A and B, were")?
  bool ClosedList(size_t k, size_t min_members = 2) const {
    const std::vector<size_t> members = cl_.Coordinated(k, holder_);
    return members.size() >= min_members && members.front() == k &&
           (cl_.Is(members.back() + 1, ",") || cl_.Break(members.back() + 1));
  }

  // The persons who hold the role, and how (sets how_ and confidence_).
  std::vector<size_t> Holders(const RolePhrase& p) {
    // Compound: "Zetas leader X", "the cartel's accountant X"; over a rank ("army spokesman Gen. X").
    const size_t named = p.end + RankLength(p.end);
    if (named < cl_.size() && cl_.EntityAs(named, holder_) >= 0 && p.how != "complement") {
      return Set("title", 0.85f, cl_.Coordinated(named, holder_));  // "Gulf Cartel members X and Y"
    }
    // "a Zetas commander known as X", "a Gulf Cartel member identified as X".
    if (p.how != "complement" && cl_.IsAny(p.end, "known|identified|named|called")) {
      const size_t k = p.end + (cl_.Is(p.end + 1, "as") ? 2 : 1);
      if (cl_.EntityAs(k, holder_) >= 0) return Set("named", 0.8f, {k});
    }
    // A title with its portfolio: "NSC Coordinator for Strategic Communications X".
    if (p.how == "compound" && cl_.IsAny(p.end, "for|of|on")) {
      size_t k = p.end + 1;
      while (k < cl_.size() && k <= p.end + 4 && !cl_.mention(k) &&
             (c_.tokens[cl_.item(k).first].is(Token::kCapitalized) || cl_.IsAny(k, "and|of|the"))) {
        ++k;
      }
      if (k > p.end + 1 && k < cl_.size() && cl_.EntityAs(k, holder_) >= 0) {
        return Set("title", 0.8f, cl_.Coordinated(k, holder_));
      }
    }
    // Apposition after: "the leader of the Gulf Cartel, X".
    if (p.end + 1 < cl_.size() && cl_.Is(p.end, ",") && cl_.EntityAs(p.end + 1, holder_) >= 0 &&
        (p.end + 2 >= cl_.size() || !cl_.IsAny(p.end + 2, "and|or") || ClosedList(p.end + 1))) {
      const size_t start = PhraseStart(p.begin);
      // A definite description may stand anywhere: "met the U.S. ambassador, Ken Salazar, in ...".
      if (start == 0 || cl_.IsAny(start - 1, ",|(|--|that|said|say|says|and|but|when|after|while|because") ||
          cl_.Break(start - 1) || cl_.Is(start, "the") || p.how == "possessive" ||
          (ClosedList(p.end + 1, 1) && !cl_.IsAny(start - 1, "of|for|to|with|by|from|in|on|at|about|against") &&
           !OfIn(start, p.begin))) {
        return Set("apposition_after", 0.8f, cl_.Coordinated(p.end + 1, holder_));
      }
    }
    // The role phrase as a subject: "The cartel's new leader is believed to be X".
    if (p.org >= 0 && (PhraseStart(p.begin) == 0 || cl_.Break(PhraseStart(p.begin) - 1))) {
      size_t k = p.end;
      while (k < cl_.size() && k < p.end + 6 && cl_.IsAny(k, "is|was|remains|became|believed|thought|said|to|be|now|reportedly|allegedly|likely")) ++k;
      if (k > p.end && cl_.IsAny(k - 1, "is|was|remains|became|be") && k < cl_.size() && cl_.EntityAs(k, holder_) >= 0) {
        return Set("copula_after", 0.75f, {k});
      }
    }
    // "members of the Gulf Cartel, including X and Y".
    if (p.end + 2 < cl_.size() && cl_.Is(p.end, ",") && cl_.IsAny(p.end + 1, "including|among|such") &&
        p.how == "complement") {
      size_t k = p.end + 2;
      if (cl_.Is(k, "as")) ++k;
      if (k < cl_.size() && cl_.EntityAs(k, holder_) >= 0) return Set("including", 0.75f, cl_.Coordinated(k, holder_));
    }
    size_t start = PhraseStart(p.begin);
    if (start == 0) return {};
    // "X, an organized crime expert at Y": up to two plain words of a field after "a" or "an".
    for (size_t k = start, n = 0; n < 2 && k >= 3 && cl_.PlainWord(k - 1) && !cl_.IsAny(k - 1, kCopulas); ++n, --k) {
      if (cl_.IsAny(k - 2, "a|an") && cl_.Is(k - 3, ",")) {
        start = k - 2;
        break;
      }
    }
    // Apposition before: "X, a top lieutenant of Y"; "X and Y, two leaders of Z"; "X, 35, a ...";
    // "X (El Y), a ..."; "X, also known as "El Y," a ..."; "X, the son of Y and a leader of Z".
    size_t sep = start - 1;  // "X, allegedly a Sinaloa Cartel operative,"
    if (sep > 0 && cl_.IsAny(sep, "allegedly|reportedly|purportedly|apparently|once|formerly|now|then|also|himself|herself")) --sep;
    if (cl_.IsAny(sep, ",|(|--|and") || (cl_.Is(sep, "\"") && sep >= 1 && cl_.Is(sep - 1, ","))) {
      const size_t holder = HolderBefore(sep);
      if (holder == kNone) return {};
      // "X and Y, the leader of Z": a singular description is the nearest name's ("X and Y, the
      // leaders of Z": a plural one, each name's).
      const std::string role_word(cl_.Norm(p.role));
      const bool plural = !role_word.empty() && SingularRole(role_word) != role_word;
      if (cl_.IsAny(start, "a|an|the|another") && !plural) return Set("apposition", 0.8f, {holder});
      return Set("apposition", 0.8f, cl_.Coordinated(holder, holder_));
    }
    // "accused X of being a Sinaloa Cartel hitman"; "X, suspected of being a ... hitman" (hedged).
    if (start >= 3 && cl_.Is(start - 1, "being") && cl_.Is(start - 2, "of")) {
      if (cl_.EntityAs(start - 3, holder_) >= 0) return Set("copula", 0.75f, {start - 3});
      if (start >= 5 && cl_.IsAny(start - 3, "suspected|accused") && cl_.Is(start - 4, ",")) {
        if (const size_t holder = HolderBefore(start - 4); holder != kNone) return Set("apposition", 0.75f, {holder});
      }
    }
    // "named X as the new head of Y", "identified X as a Zetas lieutenant": the verb's object.
    if (start >= 3 && cl_.Is(start - 1, "as") && cl_.EntityAs(start - 2, holder_) >= 0 &&
        cl_.IsAny(start - 3, "named|appointed|identified|described|considered|chose|chosen|picked|tapped|installed|"
                             "designated|confirmed|names|identify|identifies|describe|describes|consider|considers")) {
      return Set("named", 0.75f, {start - 2});
    }
    // "X, whom prosecutors described as a Zetas lieutenant": the relative pronoun's antecedent.
    if (start >= 6 && cl_.Is(start - 1, "as") &&
        cl_.IsAny(start - 2, "described|identified|considered|called|named|labeled|labelled") &&
        cl_.IsAny(start - 4, "whom|who") && cl_.Is(start - 5, ",") && cl_.EntityAs(start - 6, holder_) >= 0) {
      return Set("named", 0.72f, {start - 6});
    }
    // Copula or relative clause: "X was a leader of Y", "X, who became the cartel's boss" ("according
    // to U.S. officials", "loyal to", "close to" are no copula).
    const bool preposition_to = cl_.Is(start - 1, "to") && start >= 2 &&
                                cl_.IsAny(start - 2, "according|close|loyal|linked|tied|related|married|next|due|thanks");
    if (cl_.IsAny(start - 1, kCopulas) && !preposition_to) {
      size_t subject = cl_.SubjectBefore(start, holder_, 8);
      // "X took over from Y as head of": the role is the clause subject's, not a preposition's object.
      while (cl_.Is(start - 1, "as") && subject != kNone && subject > 0 && !cl_.Is(subject + 1, ",") &&
             cl_.IsAny(subject - 1, "from|to|for|with|by|against|of|replacing|succeeding|replaced|succeeded")) {
        subject = cl_.SubjectBefore(subject, holder_, 8);
      }
      size_t verb = start - 1;
      while (verb > 0 && cl_.IsAny(verb - 1, kCopulas)) --verb;
      // "X worked with Y and became the head of Z": the subject of the phrase before "and".
      subject = cl_.CoordinatedSubject(verb, subject, holder_);
      // "Two of Moreno's sons are members of": the possessor is not the subject (its noun is).
      if (subject != kNone && cl_.Possessor(subject)) return {};
      if (subject != kNone && !SaidBetween(subject, start)) return Set("copula", 0.75f, cl_.Coordinated(subject, holder_));
      // "X was arrested in 2009, released in 2012 and became the leader of Y": a series' subject.
      if (const size_t series = cl_.SeriesSubject(verb, holder_); series != kNone) return Set("series", 0.72f, {series});
    }
    return {};
  }

  // Does a verb of saying open another clause between items `subject` and `end` ("X said the
  // suspect was a Zetas commander": the suspect is; "X, who officials say is ..." is still X)?
  bool SaidBetween(size_t subject, size_t end) const {
    for (size_t k = subject + 1; k + 1 < end; ++k) {
      if (cl_.IsAny(k, "said|says|say|told|added|stated|noted|explained|insisted|argued") &&
          !cl_.IsAny(k + 1, "is|was|are|were|has|had|will|would")) {
        return true;
      }
    }
    return false;
  }

  // The person an apposition ending at `sep` (a comma, "(", "--" or the "and" of a second
  // apposition) describes: the mention right before it, or before an age (", 35,"), a parenthesis
  // ("(El Y)"), an alias (", also known as "El Y",") or an earlier apposition (", the son of Y and").
  size_t HolderBefore(size_t sep) const {
    if (cl_.Is(sep, "and")) {  // the comma that opened the first apposition
      for (size_t k = sep, steps = 0; k-- > 1 && steps < 12; ++steps) {
        if (cl_.Break(k) || cl_.IsAny(k, "(|)|--")) return kNone;
        if (cl_.Is(k, ",")) {
          return cl_.IsAny(k + 1, "a|an|the|one") && cl_.EntityAs(k - 1, holder_) >= 0 ? k - 1 : kNone;
        }
      }
      return kNone;
    }
    for (size_t k = sep, steps = 0; k-- > 0 && steps < 12; ++steps) {
      if (cl_.Break(k)) return kNone;
      if (cl_.EntityAs(k, holder_) >= 0 && (k + 1 == sep || cl_.IsAny(k + 1, ",|(|--"))) return k;
      if (cl_.Is(k, ")")) {
        while (k > 0 && !cl_.Is(k, "(")) --k;
        continue;
      }
      // What may stand between a name and its apposition: an age, an alias.
      const Token& t = c_.tokens[cl_.item(k).first];
      const bool age = t.is(Token::kNumber) && (k + 1 == sep || (cl_.Is(k + 1, ",") && k > 0 && cl_.Is(k - 1, ",")));
      const bool alias = !cl_.mention(k) && t.is(Token::kCapitalized);
      if (!age && !alias && !cl_.IsAny(k, ",|\"|also|known|as|alias|aka|a.k.a|nicknamed|dubbed|called")) return kNone;
    }
    return kNone;
  }

  std::vector<size_t> Set(const char* how, float confidence, std::vector<size_t> items) {
    how_ = how;
    confidence_ = confidence;
    return items;
  }

  const std::string& text_;
  std::string_view holder_ = "Person";  // the label of the role's holders
  std::string how_;
  float confidence_ = 0.8f;
};

}  // namespace

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

}  // namespace cg::ingest
