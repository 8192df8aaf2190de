#include "ingest/mentions.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <unordered_map>

#include "ingest/lexicon.h"
#include "schema/normalize.h"

namespace cg::ingest {

namespace {

bool IsDeterminer(std::string_view n) {
  return n == "the" || n == "a" || n == "an" || n == "this" || n == "that" || n == "these" || n == "those" ||
         n == "its" || n == "his" || n == "her" || n == "their" || n == "our" || n == "'s";
}
bool IsConnector(std::string_view n) {
  return n == "de" || n == "del" || n == "la" || n == "las" || n == "los" || n == "y" || n == "van" ||
         n == "von" || n == "da" || n == "dos" || n == "di" || n == "bin";
}
bool IsDefinite(std::string_view n) { return n == "the" || n == "this" || n == "that"; }

// Event classes that name one real-world occurrence when they share a target.
std::string EventGroup(std::string_view refining) {
  if (refining == "Raid" || refining == "Killing") return "operation";
  if (refining == "Blockade" || refining == "Attack") return "attack";
  return std::string(refining);
}

class Finder {
 public:
  Finder(const Document& doc, const Segmented& seg, const std::vector<std::vector<DateMention>>& dates,
         const Lexicon& lex, const ExtractOptions& options, ArticleGraph* graph)
      : doc_(doc), seg_(seg), dates_(dates), lex_(lex), options_(options), g_(graph), t_(seg.tokens) {}

  std::vector<std::vector<Mention>> Run() {
    std::vector<std::vector<Mention>> out(seg_.sentences.size());
    for (size_t s = 0; s < seg_.sentences.size(); ++s) {
      sentence_ = static_cast<uint32_t>(s);
      sentence_first_person_ = -1;
      out[s] = FindIn(seg_.sentences[s]);
    }
    return out;
  }

 private:
  struct Recent {
    int entity = -1;
    uint32_t paragraph = 0;
    uint32_t sentence = 0;
  };

  std::string Text(size_t first, size_t last) const {
    if (first >= last) return "";
    return doc_.text.substr(t_[first].begin, t_[last - 1].end - t_[first].begin);
  }

  const Sentence& Sent() const { return seg_.sentences[sentence_]; }

  void Touch(int e) {
    e = g_->Root(e);
    const LocalEntity& ent = g_->entities[e];
    const Recent r{e, Sent().paragraph, sentence_};
    if (ent.primary == "Person" && sentence_first_person_ < 0) sentence_first_person_ = e;
    last_[ent.primary] = r;
    if (!ent.refining.empty()) last_[ent.refining] = r;
    if (ent.primary == "Event") last_["group:" + EventGroup(ent.refining)] = r;
  }

  int NewEntity(std::string primary, std::string refining, const std::string& name) {
    LocalEntity e;
    e.primary = std::move(primary);
    e.refining = std::move(refining);
    e.name = name;
    e.AddAlias(name);
    g_->entities.push_back(std::move(e));
    return static_cast<int>(g_->entities.size() - 1);
  }

  void AddAlias(int e, const std::string& surface) {
    e = g_->Root(e);
    g_->entities[e].AddAlias(surface);
    const std::string key = NormalizeName(surface);
    if (!key.empty()) alias_.emplace(key, e);
  }

  int FromLex(const LexEntry* entry, const std::string& surface) {
    auto it = by_lex_.find(entry);
    int e;
    if (it != by_lex_.end()) {
      e = g_->Root(it->second);
    } else {
      e = NewEntity(entry->primary, entry->refining, entry->canonical());
      g_->entities[e].lex = entry;
      g_->entities[e].emit = entry->emit;
      by_lex_[entry] = e;
      if (const std::string_view gov = entry->attr("government"); !gov.empty()) {
        if (const LexEntry* g = lex_.FindEntity(gov)) {
          const int government = FromLex(g, g->canonical());
          g_->entities[e].stands_for = government;
        }
      }
    }
    AddAlias(e, surface);
    return e;
  }

  int ByName(const std::string& primary, const std::string& refining, const std::string& name) {
    const std::string key = primary + "|" + NormalizeName(name);
    auto it = by_name_.find(key);
    if (it != by_name_.end()) return g_->Root(it->second);
    if (const LexEntry* entry = lex_.FindEntity(name); entry && entry->primary == primary) return FromLex(entry, name);
    const int e = NewEntity(primary, refining, name);
    by_name_[key] = e;
    AddAlias(e, name);
    return e;
  }

  // The government a country stands for (metonymy: "Mexico", "the U.S.").
  int GovernmentOf(int country) const { return g_->entities[g_->Root(country)].stands_for; }

  std::vector<std::string> NormsOf(const std::string& name) const {
    std::vector<std::string> out;
    for (const Token& t : Tokenize(name, 0, name.size())) {
      if (t.word()) out.push_back(t.norm);
    }
    return out;
  }

  // A person by name, merged with a compatible person of the article:
  // "Nemesio Oseguera Cervantes" joins "Nemesio Rubén Oseguera Cervantes";
  // "Oseguera" alone joins the one person with that surname. Returns -1 for
  // a surname shared by two persons.
  int PersonFor(const std::string& surface, bool may_create) {
    const std::string key = NormalizeName(surface);
    if (auto it = alias_.find(key); it != alias_.end()) {
      const int e = g_->Root(it->second);
      if (g_->entities[e].primary == "Person") return e;
    }
    const std::vector<std::string> a = NormsOf(surface);
    if (a.empty()) return -1;
    int found = -1;
    int count = 0;
    for (int p : persons_) {
      if (g_->Root(p) != p) continue;
      const std::vector<std::string> b = NormsOf(g_->entities[p].name);
      if (b.empty() || b[0] == "el" || b[0] == "la") continue;
      bool match = false;
      if (a.size() == 1) {
        match = b.size() >= 2 && (b.back() == a[0] || (b.size() >= 3 && b[b.size() - 2] == a[0]));
      } else if (a.front() == b.front() && a.back() == b.back()) {
        const auto& small = a.size() <= b.size() ? a : b;
        const auto& big = a.size() <= b.size() ? b : a;
        size_t k = 0;
        for (const std::string& w : big) {
          if (k < small.size() && small[k] == w) ++k;
        }
        match = k == small.size();
      } else if (a.size() >= 2 && b.size() == 1 && a.back() == b[0]) {
        match = true;  // "Sheinbaum" first, "Claudia Sheinbaum" later
      }
      if (match) {
        found = p;
        ++count;
      }
    }
    if (count > 1) return -1;
    if (found >= 0) {
      LocalEntity& ent = g_->entities[found];
      if (a.size() > NormsOf(ent.name).size()) ent.name = surface;  // the most complete form
      AddAlias(found, surface);
      return found;
    }
    if (!may_create) return -1;
    const int e = NewEntity("Person", "", surface);
    persons_.push_back(e);
    AddAlias(e, surface);
    if (a.size() == 2 && (a[0] == "el" || a[0] == "la")) AddAlias(e, surface.substr(3));  // "Mencho"
    return e;
  }

  int LastOf(const std::string& label, bool same_paragraph) const {
    // "his" in a sentence that names a person first refers to that subject.
    if (label == "Person" && sentence_first_person_ >= 0) return g_->Root(sentence_first_person_);
    auto it = last_.find(label);
    if (it == last_.end()) return -1;
    if (same_paragraph) {
      // "he" in a paragraph about nobody else: the person of the last paragraphs.
      const uint32_t para = Sent().paragraph;
      if (it->second.paragraph + 3 < para) return -1;
    }
    return g_->Root(it->second.entity);
  }

  // Capitalized run starting at i: names, with connectors and initials; at
  // most kMaxNameTokens long (so that a page of capitals costs linear time).
  size_t CapitalRun(size_t i, size_t last) const {
    static constexpr size_t kMaxNameTokens = 8;
    size_t j = i;
    while (j < last && j - i < kMaxNameTokens) {
      const Token& t = t_[j];
      if (t.word() && t.is(Token::kCapitalized) && !t.is(Token::kNumber)) {
        if (j > i && MonthNumber(t.norm) && !lex_.InList("given", t.norm)) break;
        if (j > i && lex_.InList("notname", t.norm)) break;  // headline case: "El Mencho Is Dead"
        ++j;
      } else if (j > i && IsConnector(t.norm) && j + 1 < last && t_[j + 1].is(Token::kCapitalized)) {
        ++j;
      } else {
        break;
      }
    }
    return j;
  }

  const LexEntry* BestEntity(const std::vector<LexMatch>& matches, size_t i, size_t len, size_t first,
                             const std::vector<Mention>& out) const {
    std::vector<const LexEntry*> cands;
    for (const LexMatch& m : matches) {
      if (m.entry->kind == "entity" && m.length == len) cands.push_back(m.entry);
    }
    if (cands.size() <= 1) return cands.empty() ? nullptr : cands[0];
    // A place name that is also an organization's: the place after "in",
    // "across", "from", "near" or before "state"; the organization elsewhere.
    const bool place_context =
        (i > first && (t_[i - 1].norm == "in" || t_[i - 1].norm == "across" || t_[i - 1].norm == "from" ||
                       t_[i - 1].norm == "near" || t_[i - 1].norm == "of" || t_[i - 1].norm == "to")) ||
        (i + len < t_.size() && (t_[i + len].norm == "state" || t_[i + len].norm == ",")) ||
        // "Culiacán, Sinaloa": after a place and a comma
        (i > first && t_[i - 1].norm == "," && !out.empty() && out.back().last + 1 == i &&
         out.back().kind == Mention::Kind::kEntity && g_->entities[out.back().entity].primary == "Place");
    for (const LexEntry* e : cands) {
      if ((e->primary == "Place") == place_context) return e;
    }
    return cands[0];
  }

  std::vector<Mention> FindIn(const Sentence& s) {
    std::vector<Mention> out;
    const size_t first = s.first_token, last = s.last_token;
    bool metadata = false;  // bylines and datelines: "Name | Outlet | Date"
    for (size_t k = first; k < last; ++k) metadata |= t_[k].norm == "|";
    const auto& dates = dates_[sentence_];
    size_t next_date = 0;
    bool alias_cue = false;
    for (size_t i = first; i < last;) {
      while (next_date < dates.size() && dates[next_date].first_token < i) ++next_date;
      if (next_date < dates.size() && dates[next_date].first_token == i) {
        Mention m;
        m.kind = Mention::Kind::kDate;
        m.first = dates[next_date].first_token;
        m.last = dates[next_date].last_token;
        m.date = dates[next_date].date;
        out.push_back(m);
        i = m.last;
        continue;
      }
      const Token& tok = t_[i];
      if (size_t end = i; Money(i, last, &end, &out)) {
        i = end;
        continue;
      }
      if (!tok.word()) {
        if (tok.norm != "\"" && tok.norm != ",") alias_cue = false;
        ++i;
        continue;
      }
      const std::vector<LexMatch> matches = lex_.MatchAt(t_, i, last);
      size_t best_len = 0;
      for (const LexMatch& m : matches) best_len = std::max(best_len, m.length);
      if (!matches.empty() && !(metadata && matches[0].entry->kind != "entity")) {
        if (const size_t used = Lexical(matches, best_len, i, first, last, &out, &alias_cue); used > 0) {
          i += used;
          continue;
        }
      }
      if (tok.is(Token::kCapitalized) && !metadata) {
        if (const size_t used = Capitalized(i, last, alias_cue, &out); used > 0) {
          alias_cue = false;
          i += used;
          continue;
        }
      }
      // "(CJNG)" right after a mention: an acronym for it.
      if (tok.is(Token::kAllCaps) && i > first && t_[i - 1].norm == "(" && i + 1 < last && t_[i + 1].norm == ")" &&
          !out.empty() && out.back().kind == Mention::Kind::kEntity && out.back().last + 1 == i) {
        AddAlias(out.back().entity, Text(i, i + 1));
        ++i;
        continue;
      }
      alias_cue = false;
      ++i;
    }
    return out;
  }

  bool Money(size_t i, size_t last, size_t* end, std::vector<Mention>* out) {
    size_t j = i;
    std::string currency = "USD";
    if (t_[j].norm == "$" || t_[j].norm == "us$") {
      ++j;
    } else if (!t_[j].is(Token::kNumber)) {
      return false;
    }
    if (j >= last || !t_[j].is(Token::kNumber)) return false;
    double amount = 0;
    std::from_chars(t_[j].norm.data(), t_[j].norm.data() + t_[j].norm.size(), amount);
    ++j;
    if (j < last) {
      const std::string& scale = t_[j].norm;
      if (scale == "million") amount *= 1e6, ++j;
      else if (scale == "billion") amount *= 1e9, ++j;
      else if (scale == "trillion") amount *= 1e12, ++j;
    }
    if (t_[i].norm != "$") {
      if (j < last && (t_[j].norm == "dollars" || t_[j].norm == "pesos")) {
        currency = t_[j].norm == "pesos" ? "MXN" : "USD";
        ++j;
      } else {
        return false;
      }
    }
    Mention m;
    m.kind = Mention::Kind::kMoney;
    m.first = static_cast<uint32_t>(i);
    m.last = static_cast<uint32_t>(j);
    m.amount = amount;
    m.currency = currency;
    out->push_back(m);
    *end = j;
    return true;
  }

  void Push(std::vector<Mention>* out, size_t first, size_t last, int entity) {
    Mention m;
    m.first = static_cast<uint32_t>(first);
    m.last = static_cast<uint32_t>(last);
    m.entity = g_->Root(entity);
    g_->entities[m.entity].mentioned = true;
    out->push_back(m);
    Touch(entity);
  }

  // Lexicon phrases at i. Returns the tokens used (0: none applied).
  size_t Lexical(const std::vector<LexMatch>& matches, size_t len, size_t i, size_t first, size_t last,
                 std::vector<Mention>* out, bool* alias_cue) {
    const LexEntry* top = nullptr;
    for (const LexMatch& m : matches) {
      if (m.length == len) {
        top = m.entry;
        break;
      }
    }
    const std::string surface = Text(i, i + len);
    if (const LexEntry* e = BestEntity(matches, i, len, first, *out)) {
      // A longer person name starting here ("Pablo Escobar" is not "Pablo"): entities win only
      // when they are not the given name of a person.
      const int ent = FromLex(e, surface);
      NameRelations(e, ent, surface);
      Push(out, i, i + len, ent);
      AfterEntity(i + len, last, out);
      return len;
    }
    const std::string& kind = top->kind;
    if (kind == "alias_cue") {
      *alias_cue = true;
      return len;
    }
    if (kind == "designation") {
      Mention m;
      m.kind = Mention::Kind::kDesignation;
      m.first = static_cast<uint32_t>(i);
      m.last = static_cast<uint32_t>(i + len);
      m.value = top->canonical();
      out->push_back(m);
      return len;
    }
    if (kind == "demonym") {
      Mention m;
      m.kind = Mention::Kind::kDemonym;
      m.first = static_cast<uint32_t>(i);
      m.last = static_cast<uint32_t>(i + len);
      m.value = std::string(top->attr("country"));
      if (const LexEntry* country = lex_.FindEntity(m.value)) m.entity = FromLex(country, country->canonical());
      out->push_back(m);
      return len;
    }
    if (kind == "title") return Title(top, i, len, last, out);
    if (kind == "event") return Event(top, i, len, first, out);
    if (kind == "anaphor") return Anaphor(top, i, len, last, out);
    if (kind == "generic") return Generic(top, i, len, first, last, out);
    return 0;
  }

  // What a name itself states: "Mexican Army Special Forces" is part of the
  // Mexican military (part_of=), "Guadalajara's international airport" is in
  // Guadalajara (city= / state= when the surface names that place).
  void NameRelations(const LexEntry* entry, int entity, const std::string& surface) {
    if (const std::string_view parent = entry->attr("part_of"); !parent.empty()) {
      if (const LexEntry* p = lex_.FindEntity(parent)) {
        AddRelation("PART_OF", entity, FromLex(p, p->canonical()), {}, "name.part_of", 0.8f);
      }
    }
    const std::string folded = NormalizeName(surface);
    for (const char* key : {"city", "state"}) {
      const std::string_view place = entry->attr(key);
      if (place.empty()) continue;
      const LexEntry* p = lex_.FindEntity(place);
      if (!p) continue;
      const std::string name = NormalizeName(p->canonical());
      if (folded.find(name) == std::string::npos) continue;
      const int place_entity = FromLex(p, p->canonical());
      g_->entities[place_entity].mentioned = true;
      AddRelation("LOCATED_IN", entity, place_entity, {}, "name.located_in", 0.8f);
    }
  }

  // After an entity mention: "X's son" (a relative) or "X's government".
  void AfterEntity(size_t j, size_t last, std::vector<Mention>* out) {
    if (out->empty() || j + 1 >= last || t_[j].norm != "'s") return;
    Mention& owner = out->back();
    const LocalEntity& ent = g_->entities[owner.entity];
    if (ent.primary != "Person") return;
    const std::vector<LexMatch> kin = lex_.MatchAt(t_, j + 1, last, "kin");
    if (!kin.empty()) {
      const size_t end = j + 1 + kin[0].length;
      if (end < last && (t_[end].norm == "'s" || t_[end].word()) && !t_[end].is(Token::kCapitalized) &&
          t_[end].norm != "was" && t_[end].norm != "is" && t_[end].norm != "has" && t_[end].norm != "had" &&
          t_[end].norm != "'s")
        return;  // "his son's lawyer" is fine, "his son-in-law company" is not a relative mention
      const std::string surface = Text(owner.first, end);
      const int rel = ByName("Person", "", surface);
      persons_.push_back(rel);
      AddRelation("RELATIVE_OF", rel, owner.entity, {{"relation", Value(std::string(kin[0].entry->attr("relation")))}},
                  "kin.possessive", 0.85f);
      owner.last = static_cast<uint32_t>(end);
      owner.entity = rel;
      Touch(rel);
      return;
    }
    if (t_[j + 1].norm == "government" || t_[j + 1].norm == "administration") {
      GovernmentOfPerson(owner, j + 2);
    }
  }

  // "Sheinbaum's government", "her government": the government the person leads.
  void GovernmentOfPerson(Mention& owner, size_t end) {
    const int person = owner.entity;
    int gov = -1;
    for (const LocalRelation& r : g_->relations) {
      if (r.type == "LEADS" && g_->Root(r.from) == person && g_->entities[g_->Root(r.to)].refining == "Government") {
        gov = g_->Root(r.to);
      }
    }
    if (gov < 0) return;
    AddAlias(gov, Text(owner.first, static_cast<uint32_t>(end)));
    owner.last = static_cast<uint32_t>(end);
    owner.entity = gov;
    Touch(gov);
  }

  void AddRelation(const std::string& type, int from, int to, PropertyMap props, const std::string& rule,
                   float confidence) {
    LocalRelation r;
    r.type = type;
    r.from = from;
    r.to = to;
    r.props = std::move(props);
    r.source = Source{sentence_, rule, confidence};
    g_->relations.push_back(std::move(r));
  }

  // A title: "Mexican President Claudia Sheinbaum", "Sinaloa underboss Ignacio Coronel".
  size_t Title(const LexEntry* title, size_t i, size_t len, size_t last, std::vector<Mention>* out) {
    const size_t name_begin = i + len;
    const size_t name_end = CapitalRun(name_begin, last);
    if (name_end == name_begin || name_end - name_begin > 5) return 0;
    // Lower-case roles ("underboss") need an organization right before them.
    const Mention* qualifier = nullptr;
    if (!out->empty() && out->back().last == i) qualifier = &out->back();
    const bool lower = !t_[i].is(Token::kCapitalized);
    if (lower && (!qualifier || qualifier->kind != Mention::Kind::kEntity)) return 0;
    const std::string name = Text(name_begin, name_end);
    const int person = PersonFor(name, true);
    if (person < 0) return 0;
    const size_t title_begin = qualifier ? qualifier->first : i;
    AddAlias(person, Text(i, name_end));
    if (qualifier) AddAlias(person, Text(title_begin, name_end));
    const std::string relation(title->attr("relation"));
    const std::string org_spec(title->attr("org"));
    int org = -1;
    if (org_spec == "government" && qualifier) {
      if (qualifier->kind == Mention::Kind::kDemonym) {
        if (const LexEntry* c = lex_.FindEntity(qualifier->value)) {
          const LexEntry* gov = lex_.FindEntity(std::string(c->attr("government")));
          if (gov) org = FromLex(gov, gov->canonical());
        }
      } else if (qualifier->kind == Mention::Kind::kEntity &&
                 g_->entities[qualifier->entity].refining == "Country") {
        org = GovernmentOf(qualifier->entity);
      }
    } else if (org_spec == "qualifier" && qualifier && qualifier->kind == Mention::Kind::kEntity) {
      org = qualifier->entity;
      if (g_->entities[org].primary == "Place") {
        // "Sinaloa underboss": the organization of that name, if the lexicon has one.
        org = -1;
        for (const LexMatch& m : lex_.MatchAt(t_, qualifier->first, qualifier->last)) {
          if (m.entry->kind == "entity" && m.entry->primary == "Organization") {
            out->back().entity = FromLex(m.entry, Text(qualifier->first, qualifier->last));
            org = out->back().entity;
            break;
          }
        }
      }
    } else if (!org_spec.empty() && org_spec != "government" && org_spec != "qualifier") {
      if (const LexEntry* e = lex_.FindEntity(org_spec)) org = FromLex(e, e->canonical());
    }
    if (org >= 0 && !relation.empty() && g_->entities[org].primary == "Organization") {
      PropertyMap props;
      if (relation == "MEMBER_OF") props["role"] = Value(std::string(title->attr("role").empty()
                                                                          ? Text(i, i + len)
                                                                          : std::string(title->attr("role"))));
      AddRelation(relation, person, org, std::move(props), "title." + NormalizeName(title->canonical()), 0.9f);
    }
    Push(out, name_begin, name_end, person);
    return name_end - i;
  }

  size_t Event(const LexEntry* trigger, size_t i, size_t len, size_t first, std::vector<Mention>* out) {
    const std::string cls(trigger->attr("class"));
    const std::string noun = trigger->attr("noun").empty() ? trigger->canonical() : std::string(trigger->attr("noun"));
    const bool definite = i > first && IsDefinite(t_[i - 1].norm);
    int e = -1;
    if (definite) e = LastOf("group:" + EventGroup(cls), false);
    if (definite && e < 0 && trigger->attr("strong") != "yes") e = LastOf("Event", false);
    if (e < 0) {
      e = NewEntity("Event", cls, noun);
      g_->entities[e].strong_class = trigger->attr("strong") == "yes";
    }
    LocalEntity& ev = g_->entities[e];
    if (std::find(ev.nouns.begin(), ev.nouns.end(), noun) == ev.nouns.end()) ev.nouns.push_back(noun);
    if (trigger->attr("strong") == "yes" && !ev.strong_class) {
      ev.refining = cls;
      ev.strong_class = true;
    }
    Push(out, i, i + len, e);
    return len;
  }

  size_t Anaphor(const LexEntry* entry, size_t i, size_t len, size_t last, std::vector<Mention>* out) {
    const std::string refers(entry->attr("refers"));
    // "The Cártel del Noreste" is a name, not "the cartel".
    if (len > 1) {
      for (const LexMatch& m : lex_.MatchAt(t_, i + 1, last, "entity")) {
        if (m.length >= len) return 0;
      }
    }
    const int e = LastOf(refers, refers == "Person");
    if (e < 0) return 0;
    Push(out, i, i + len, e);
    out->back().anaphoric = true;
    // "his son", "her government"
    if (refers == "Person" && (t_[i].norm == "his" || t_[i].norm == "her")) {
      const std::vector<LexMatch> kin = lex_.MatchAt(t_, i + len, last, "kin");
      if (!kin.empty()) {
        const LocalEntity& p = g_->entities[e];
        const std::string surface = p.name + "'s " + Text(i + len, i + len + kin[0].length);
        const int rel = ByName("Person", "", surface);
        persons_.push_back(rel);
        AddRelation("RELATIVE_OF", rel, e, {{"relation", Value(std::string(kin[0].entry->attr("relation")))}},
                    "kin.pronoun", 0.75f);
        out->back().last = static_cast<uint32_t>(i + len + kin[0].length);
        out->back().entity = rel;
        Touch(rel);
        return len + kin[0].length;
      }
      if (i + len < last && (t_[i + len].norm == "government" || t_[i + len].norm == "administration")) {
        GovernmentOfPerson(out->back(), i + len + 1);
        return out->back().last - i;
      }
    }
    return len;
  }

  // Generic noun phrases: "a newly established U.S. military-led task force",
  // "CJNG's drone warfare program", a strategy called the "kingpin approach".
  size_t Generic(const LexEntry* head, size_t i, size_t len, size_t first, size_t last, std::vector<Mention>* out) {
    const std::string label(head->attr("label"));
    const size_t colon = label.find(':');
    const std::string primary = label.substr(0, colon);
    const std::string refining = colon == std::string::npos ? "" : label.substr(colon + 1);
    // Modifiers back to a determiner; an adjacent country mention joins them.
    size_t mod_begin = i;
    int possessor = -1;
    size_t possessor_begin = i;
    while (mod_begin > first) {
      const Token& p = t_[mod_begin - 1];
      if (!out->empty() && out->back().last == mod_begin && out->back().kind == Mention::Kind::kEntity) {
        const LocalEntity& ent = g_->entities[out->back().entity];
        // "U.S. task force", "U.S. military-led task force": the country or unit is a modifier.
        const bool compound = mod_begin < i && t_[mod_begin].norm == "-";
        if (ent.refining == "Country" || (compound && ent.primary == "Organization")) {
          mod_begin = out->back().first;
          out->pop_back();
          continue;
        }
        break;
      }
      if (p.norm == "'s" && !out->empty() && out->back().last == mod_begin - 1 &&
          out->back().kind == Mention::Kind::kEntity) {
        possessor = out->back().entity;
        possessor_begin = out->back().first;
        break;
      }
      if (!(p.word() || p.norm == "-") || IsDeterminer(p.norm) || (p.word() && p.is(Token::kNumber))) break;
      if (p.word() && (p.norm == "and" || p.norm == "or" || p.norm == "of" || p.norm == "in" || p.norm == "to" ||
                       p.norm == "for" || p.norm == "with" || p.norm == "from" || p.norm == "by")) break;
      --mod_begin;
    }
    // Drop leading lower-case words before the first capitalized one ("newly established U.S. ...").
    size_t name_begin = mod_begin;
    for (size_t k = mod_begin; k < i; ++k) {
      if (t_[k].is(Token::kCapitalized)) {
        name_begin = k;
        break;
      }
    }
    while (name_begin < i && t_[name_begin].norm.ends_with("ly")) ++name_begin;
    std::string name = Text(name_begin, i + len);
    std::vector<std::string> mods;
    for (size_t k = name_begin; k < i; ++k) {
      if (t_[k].word()) mods.push_back(t_[k].norm);
    }
    // "a strategy called the "kingpin approach""
    size_t end = i + len;
    if (end + 1 < last && (t_[end].norm == "called" || t_[end].norm == "dubbed" || t_[end].norm == "named")) {
      size_t q = end + 1;
      if (q < last && t_[q].norm == "the") ++q;
      if (q < last && t_[q].norm == "\"") {
        size_t close = q + 1;
        while (close < last && t_[close].norm != "\"") ++close;
        if (close < last && close - q > 1 && close - q <= 6) {
          const int e = ByName(primary, refining, Text(q + 1, close));
          Push(out, q + 1, close, e);
          return close + 1 - i;
        }
      }
    }
    const bool merge_only = head->attr("mode") == "merge";
    // Merge with an entity of the same label this article already has, when
    // it shares the head or a modifier.
    int e = -1;
    if (auto it = last_.find(refining.empty() ? primary : refining); it != last_.end()) {
      const int cand = g_->Root(it->second.entity);
      const LocalEntity& c = g_->entities[cand];
      bool shares = refining == "TaskForce" || mods.empty();
      for (const std::string& a : c.aliases) {
        for (const std::string& w : NormsOf(a)) {
          shares |= std::find(mods.begin(), mods.end(), w) != mods.end();
        }
      }
      if (shares) e = cand;
    }
    if (e < 0) {
      if (merge_only || mods.empty()) return 0;
      e = ByName(primary, refining, name);
    } else if (!mods.empty()) {
      AddAlias(e, name);
    }
    if (possessor >= 0) {
      AddAlias(e, Text(possessor_begin, i + len));
      const std::string owner = g_->entities[possessor].name;
      AddAlias(e, owner + " " + name);
    }
    Push(out, possessor >= 0 ? possessor_begin : mod_begin, i + len, e);
    return len;
  }

  // A capitalized run the lexicon did not name. Returns the tokens used.
  size_t Capitalized(size_t i, size_t last, bool alias_cue, std::vector<Mention>* out) {
    // Words that never open a name, at a sentence start ("The", "By", "In").
    if (lex_.InList("notname", t_[i].norm) && !alias_cue) return 0;
    size_t end = CapitalRun(i, last);
    // Stop before a lexicon entity inside the run ("Jalisco Governor ..."), unless the
    // run ends with an organization's name: "La Nueva Familia Michoacana" is a new
    // organization of the same kind.
    for (size_t k = i + 1; k < end; ++k) {
      bool stop = false;
      for (const LexMatch& m : lex_.MatchAt(t_, k, last)) {
        if (m.entry->kind == "entity" && m.entry->primary == "Organization" && k + m.length == end &&
            !lex_.InList("given", t_[i].norm)) {
          const int org = ByName("Organization", m.entry->refining, Text(i, end));
          Push(out, i, end, org);
          return end - i;
        }
        stop |= m.entry->kind == "entity" || m.entry->kind == "title";
      }
      if (stop) {
        end = k;
        break;
      }
    }
    if (end == i) return 0;
    const std::string surface = Text(i, end);
    // "X administration": a government, and X a person who leads it.
    if (end < last && t_[end].norm == "administration" && end - i <= 3) {
      const int person = PersonFor(surface, true);
      const int gov = ByName("Organization", "Government", surface + " administration");
      if (person >= 0) {
        AddRelation("LEADS", person, gov, {}, "title.administration", 0.9f);
        g_->entities[g_->Root(person)].mentioned = true;  // a modifier here, not the one "he" refers to
      }
      Push(out, i, end + 1, gov);
      return end + 1 - i;
    }
    // Article aliases: acronyms defined earlier, known surnames.
    if (auto it = alias_.find(NormalizeName(surface)); it != alias_.end()) {
      Push(out, i, end, it->second);
      AfterEntity(end, last, out);
      return end - i;
    }
    // Organization heads: "... Cartel", "... Task Force", "... Inc.", "Valencia drug family".
    for (size_t k = i + 1; k <= end; ++k) {
      const std::vector<LexMatch> heads = lex_.MatchAt(t_, k == end ? end : k, last, "orghead");
      if (k < end && !heads.empty() && k + heads[0].length == end) {
        return OrgFromHead(heads[0].entry, i, end, out);
      }
      if (k == end && end < last && !heads.empty() && !t_[end].is(Token::kCapitalized)) {
        return OrgFromHead(heads[0].entry, i, end + heads[0].length, out);
      }
    }
    // "X, Jalisco": a town of a known state.
    if (end + 1 < last && t_[end].norm == ",") {
      for (const LexMatch& m : lex_.MatchAt(t_, end + 1, last, "entity")) {
        if (m.entry->refining == "State" && !lex_.InList("given", t_[i].norm)) {
          const int city = ByName("Place", "City", surface);
          Push(out, i, end, city);
          return end - i;
        }
      }
    }
    // Ismael "El Mayo" Zambada: a given name, a quoted nickname, a surname.
    if (end == i + 1 && lex_.InList("given", t_[i].norm) && end + 1 < last && t_[end].norm == "\"") {
      size_t close = end + 1;
      while (close < last && close <= end + 4 && t_[close].norm != "\"") ++close;
      if (close < last && t_[close].norm == "\"" && close > end + 1) {
        const size_t surname_end = CapitalRun(close + 1, last);
        if (surname_end > close + 1 && surname_end - close <= 4) {
          const int person = PersonFor(Text(i, i + 1) + " " + Text(close + 1, surname_end), true);
          if (person >= 0) {
            AddAlias(person, Text(end + 1, close));
            AddAlias(person, Text(i, surname_end));
            Push(out, i, surname_end, person);
            AfterEntity(surname_end, last, out);
            return surname_end - i;
          }
        }
      }
    }
    const bool nickname = (t_[i].norm == "el" || t_[i].norm == "la") && end - i == 2;
    const bool given = lex_.InList("given", t_[i].norm) && end - i >= 2;
    const bool known = options_.known_label && options_.known_label(surface) == "Person";
    if (nickname || given || known || (alias_cue && end - i <= 3)) {
      if (end - i > 5) return 0;
      const int person = PersonFor(surface, true);
      if (person < 0) return 0;
      if (alias_cue && !out->empty() && out->back().kind == Mention::Kind::kEntity &&
          g_->entities[out->back().entity].primary == "Person" && out->back().entity != person) {
        MergeEntities(g_, person, out->back().entity);
      }
      Push(out, i, end, person);
      AfterEntity(end, last, out);
      return end - i;
    }
    // A surname (or a name) of a person of this article.
    if (end - i <= 2) {
      const int person = PersonFor(surface, false);
      if (person >= 0) {
        Push(out, i, end, person);
        AfterEntity(end, last, out);
        return end - i;
      }
    }
    return 0;
  }

  size_t OrgFromHead(const LexEntry* head, size_t i, size_t end, std::vector<Mention>* out) {
    const std::string label(head->attr("label"));
    const size_t colon = label.find(':');
    const std::string primary = label.substr(0, colon);
    const std::string refining = colon == std::string::npos ? "" : label.substr(colon + 1);
    const std::string surface = Text(i, end);
    const int e = ByName(primary, refining, surface);
    // "Prime Rogue Inc." is also "Prime Rogue".
    if (head->attr("suffix") == "yes" && end - i >= 2) AddAlias(e, Text(i, end - 1));
    Push(out, i, end, e);
    return end - i;
  }

 private:
  const Document& doc_;
  const Segmented& seg_;
  const std::vector<std::vector<DateMention>>& dates_;
  const Lexicon& lex_;
  const ExtractOptions& options_;
  ArticleGraph* g_;
  const std::vector<Token>& t_;
  uint32_t sentence_ = 0;
  int sentence_first_person_ = -1;  // the first person the current sentence names
  std::unordered_map<const LexEntry*, int> by_lex_;
  std::unordered_map<std::string, int> by_name_;
  std::unordered_map<std::string, int> alias_;
  std::vector<int> persons_;
  std::map<std::string, Recent> last_;
};

}  // namespace

std::vector<std::vector<Mention>> FindMentions(const Document& doc, const Segmented& seg,
                                               const std::vector<std::vector<DateMention>>& dates,
                                               const Lexicon& lexicon, const ExtractOptions& options,
                                               ArticleGraph* graph) {
  Finder finder(doc, seg, dates, lexicon, options, graph);
  return finder.Run();
}

}  // namespace cg::ingest
