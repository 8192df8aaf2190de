#include "ingest/entity_table.h"

#include <cctype>

#include <algorithm>

#include "ingest/clause.h"
#include "ingest/mention_finder.h"
#include "ingest/name_shape.h"
#include "schema/normalize.h"

namespace cg::ingest {

// The sentences a wire report's lead is told in (the date line, the headline, the first two of the body).
constexpr uint32_t kLeadSentences = 3;

std::string EventGroup(std::string_view refining) {
  if (refining == "Raid" || refining == "Killing") return "operation";
  if (refining == "Blockade" || refining == "Attack") return "attack";
  return std::string(refining);
}

int EntityForLex(ArticleGraph* g, const LexEntry* entry, bool mentioned) {
  for (size_t i = 0; i < g->entities.size(); ++i) {
    if (g->entities[i].lex == entry) return g->Root(static_cast<int>(i));
  }
  LocalEntity e;
  e.primary = entry->primary;
  e.refining = entry->refining;
  e.name = entry->canonical();
  e.AddAlias(e.name);
  e.lex = entry;
  e.mentioned = mentioned;
  g->entities.push_back(std::move(e));
  return static_cast<int>(g->entities.size() - 1);
}

std::vector<std::string> NameNorms(const std::string& name) {
  std::vector<std::string> out;
  const std::vector<Token> tokens = Tokenize(name, 0, name.size());
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (JoinsNameParts(tokens, k, tokens.size()) && !out.empty()) {
      out.back() += "-" + tokens[++k].norm;  // "Sherwood-Randall" is one surname
    } else if (tokens[k].word()) {
      out.push_back(tokens[k].norm);
    }
  }
  return out;
}

int EntityTable::NewEntity(std::string primary, std::string refining, const std::string& name) {
  LocalEntity e;
  e.primary = std::move(primary);
  e.refining = std::move(refining);
  e.name = name;
  e.AddAlias(name);
  g_->entities.push_back(std::move(e));
  return static_cast<int>(g_->entities.size() - 1);
}

void EntityTable::AddAlias(int e, const std::string& surface) {
  e = g_->Root(e);
  g_->entities[e].AddAlias(surface);
  const std::string& key = NormalizeNameMemo(surface);  // (LocalEntity::AddAlias asked it just before)
  if (!key.empty()) alias_.emplace(key, e);
}

void EntityTable::NameLocally(const std::string& primary, int e, const std::string& name) {
  e = g_->Root(e);
  by_name_.emplace(primary + "|" + NormalizeNameMemo(name), e);
}

int EntityTable::FindAlias(const std::string& surface) const {
  auto it = alias_.find(NormalizeNameMemo(surface));
  return it == alias_.end() ? -1 : g_->Root(it->second);
}

int EntityTable::FromLex(const LexEntry* entry, const std::string& surface) {
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

namespace {

// Has `text` letters, none of them lower case ("TAMPICO")?
bool AllCaps(const std::string& text) {
  bool letter = false;
  for (const unsigned char c : text) {
    if (std::islower(c)) return false;
    letter |= std::isupper(c) != 0;
  }
  return letter;
}

}  // namespace

void EntityTable::PreferWrittenCase(int e, const std::string& surface) {
  LocalEntity& known = g_->entities[g_->Root(e)];
  if (!known.lex && AllCaps(known.name) && !AllCaps(surface) && NormalizeName(surface) == NormalizeName(known.name)) {
    known.name = surface;
  }
}

int EntityTable::ByName(const std::string& primary, const std::string& refining, const std::string& name) {
  const std::string key = primary + "|" + NormalizeNameMemo(name);
  auto it = by_name_.find(key);
  if (it != by_name_.end()) {
    PreferWrittenCase(it->second, name);
    return g_->Root(it->second);
  }
  // The lexicon's entry of that name, unless a cue said it is a newspaper and the lexicon knows a
  // cartel of that name ("the newspaper Milenio" is no Milenio Cartel), or the other way round.
  auto confusable = [](const std::string& r) { return r == "Media" || r == "Cartel"; };
  if (const LexEntry* entry = lex_.FindEntity(name);
      entry && entry->primary == primary &&
      (refining.empty() || entry->refining == refining || !(confusable(refining) || confusable(entry->refining)))) {
    return FromLex(entry, name);
  }
  const int e = NewEntity(primary, refining, name);
  by_name_[key] = e;
  AddAlias(e, name);
  return e;
}

// "Nemesio Oseguera Cervantes" joins "Nemesio Rubén Oseguera Cervantes";
// "Oseguera" (or "Nemesio") alone joins the one person with that surname (or given name).
namespace {

// "Jr.", "Sr.", "II", ... at the end of a name's words.
bool Generational(const std::vector<std::string>& n) { return !n.empty() && OneOf(n.back(), "jr|sr|ii|iii|iv"); }

// Every word of `small` is in `big`, in order.
bool Subsequence(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  size_t k = 0;
  for (const std::string& w : big) {
    if (k < small.size() && small[k] == w) ++k;
  }
  return k == small.size();
}

}  // namespace

bool EntityTable::NamedInSentence(int p) const {
  const auto last = last_.find("Person");
  return last != last_.end() && last->second.sentence == sentence_ && g_->Root(last->second.entity) == g_->Root(p);
}

bool EntityTable::SurnameShared(const std::string& surname) {
  int bearers = 0;
  for (int q : persons_) {
    if (g_->Root(q) != q) continue;
    const std::vector<std::string>& n = Norms(g_->entities[q].name);
    bearers += std::find(n.begin() + 1, n.end(), surname) != n.end() ? 1 : 0;
  }
  return bearers > 1;
}

int EntityTable::PersonFor(const std::string& surface, bool may_create) {
  if (const int e = FindAlias(surface); e >= 0 && g_->entities[e].primary == "Person") return e;
  const std::vector<std::string>& a = Norms(surface);
  if (a.empty()) return -1;
  int found = -1;
  int count = 0;
  std::vector<int> matched;
  for (int p : persons_) {
    if (g_->Root(p) != p) continue;
    const std::vector<std::string>& b = Norms(g_->entities[p].name);
    // "Julio César Chávez" is not "Julio César Chávez Jr.": a generational suffix tells two full names apart.
    if (a.size() >= 2 && b.size() >= 2 && Generational(a) != Generational(b)) continue;
    if (b.empty()) continue;
    if (a.size() == 1 && std::any_of(apart_.begin(), apart_.end(), [&](const auto& x) { return x.second == p && x.first == a[0]; })) {
      continue;
    }
    bool match = false;
    if (b[0] == "el" || b[0] == "la" || a[0] == "el" || a[0] == "la") {
      // "El Mayo Zambada" (a nickname and a surname: a headline's) and 'Ismael "El Mayo" Zambada
      // García': the longer name holds the shorter's words in a row. Other names of a nickname match
      // nothing ("El Chapo" is no "Chapo Guzmán").
      const std::vector<std::string>& n = b[0] == "el" || b[0] == "la" ? b : a;
      if (n.size() < 3) continue;
      const auto holds = [&](const std::vector<std::string>& longer) {
        return longer.size() > n.size() && std::search(longer.begin(), longer.end(), n.begin(), n.end()) != longer.end();
      };
      if (&n == &b) {
        match = holds(a);
      } else {
        const std::vector<std::string>& aliases = g_->entities[p].aliases;
        match = std::any_of(aliases.begin(), aliases.end(), [&](const std::string& x) { return holds(Norms(x)); });
      }
    } else if (a.size() == 1) {
      // A surname, or a given name ("his brother Héctor" after "Héctor Beltrán Leyva"); the connectors
      // of a surname do not count ("Garza" for "Lucía Garza de la Fuente").
      // (The words read in place: a copy of them per person asked cost an allocation and a string each.)
      const std::string *front = nullptr, *back = nullptr, *before_back = nullptr;
      size_t words = 0;
      for (const std::string& w : b) {
        if (IsNameConnector(w)) continue;
        if (!front) front = &w;
        before_back = back;
        back = &w;
        ++words;
      }
      match = words >= 2 && (*back == a[0] || (words >= 3 && *before_back == a[0]) || *front == a[0]);
    } else if (a.front() == b.front() && a.back() == b.back()) {
      const auto& small = a.size() <= b.size() ? a : b;
      const auto& big = a.size() <= b.size() ? b : a;
      size_t k = 0;
      for (const std::string& w : big) {
        if (k < small.size() && small[k] == w) ++k;
      }
      match = k == small.size();
    } else if (a.size() >= 2 && a.size() < b.size() && std::equal(a.rbegin(), a.rend(), b.rbegin())) {
      match = true;  // "Ruiz Salgado" for "Teodoro Ruiz Salgado": the double surname alone
    } else if (a.size() >= 2 && b.size() == 1 && (a.back() == b[0] || (a.size() >= 3 && a[a.size() - 2] == b[0]))) {
      match = true;  // "Sheinbaum" first, "Claudia Sheinbaum" later; "Plancarte", "Enrique Plancarte Solís"
    } else if (a.size() >= 2 && b.size() == 1 && a.front() == b[0] && lex_.InList("given", b[0])) {
      match = true;  // "his brother Omar" first, "Omar Treviño Morales" later
    } else if (a.size() >= 3 && b.size() == 2 && title_persons_.count(p) && a[0] == b[0] &&
               (a[1] == b[1] || (a.size() == 4 && a[2] == b[1]))) {
      // a headline's "Omar Treviño", the body's "Omar Treviño Morales"; a headline's 'Joaquín "El Chapo"
      // Guzmán', the body's "Joaquín Archivaldo Guzmán Loera" (a second given name between)
      match = true;
    } else if (a.size() > b.size() && b.size() == 2 && title_persons_.count(p) && !lex_.InList("given", b[0]) &&
               std::equal(b.rbegin(), b.rend(), a.rbegin())) {
      match = true;  // a headline's "Caro Quintero", the body's first "Miguel Ángel Caro Quintero"
    } else if (a.size() >= 2 && b.size() >= 3 && a.size() < b.size() && a.front() == b.front() &&
               a.back() == b[b.size() - 2] && !lex_.InList("given", a.back()) &&
               Subsequence(a, std::vector<std::string>(b.begin(), b.end() - 1)) && !NamedInSentence(p) &&
               !SurnameShared(a.back())) {
      // "Héctor Ríos" for "Héctor Manuel Ríos Salgado": given name and first surname (not in the
      // sentence that named the longer one, "Joaquín Guzmán López, a son of Joaquín Guzmán", nor
      // when two persons of the article bear that surname: a father and a son share given names).
      match = true;
    } else if (a.size() >= 2 && b.size() >= 2 && a.size() != b.size()) {
      // "Ezequiel Cárdenas" for "Antonio Ezequiel Cárdenas Guillén", "Fernando Sánchez Arellano" for
      // "Luis Fernando Sánchez Arellano": a person called by the second of two given names.
      const auto& small = a.size() < b.size() ? a : b;
      const auto& big = a.size() < b.size() ? b : a;
      match = small.size() < big.size() && lex_.InList("given", big[1]) && !lex_.InList("given", small.back()) &&
              std::equal(small.begin(), small.end(), big.begin() + 1);
    }
    if (match) {
      found = p;
      ++count;
      matched.push_back(p);
    }
  }
  if (count > 1) return a.size() == 1 ? FatherBySurname(a[0], matched) : -1;
  if (found >= 0) {
    LocalEntity& ent = g_->entities[found];
    if (a.size() > Norms(ent.name).size()) ent.name = surface;  // the most complete form
    AddAlias(found, surface);
    return found;
  }
  if (!may_create) return -1;
  const int e = NewEntity("Person", "", surface);
  persons_.push_back(e);
  if (lex_.InList("given_female", a[0])) g_->entities[e].gender = 'f';  // "her" finds her
  if (title_line_) title_persons_.insert(e);
  AddAlias(e, surface);
  if (a.size() == 2 && (a[0] == "el" || a[0] == "la")) AddAlias(e, surface.substr(3));  // "Mencho"
  return e;
}

int EntityTable::FatherBySurname(const std::string& surname, const std::vector<int>& matched) {
  const auto surnames = [&](int p) {
    std::vector<std::string> c;
    for (const std::string& w : Norms(g_->entities[p].name)) {
      if (!IsNameConnector(w)) c.push_back(w);
    }
    return c;
  };
  if (surnames(matched.front()).back() != surname) return -1;
  for (size_t k = 1; k < matched.size(); ++k) {
    const std::vector<std::string> c = surnames(matched[k]);
    if (c.size() < 3 || c.back() == surname || c[c.size() - 2] != surname) return -1;
  }
  return matched.front();
}

void EntityTable::KeepApart(const std::string& given, int person) {
  const std::vector<std::string>& a = Norms(given);
  if (a.size() == 1) apart_.emplace_back(a[0], g_->Root(person));
}

int EntityTable::SameSurname(int p) {
  p = g_->Root(p);
  // (a father's and a son's "Jr." name share the surnames before the suffix)
  const std::vector<std::string>& a = Norms(g_->entities[p].name);
  const size_t as = a.size() - (Generational(a) ? 1 : 0);
  if (as < 2) return -1;
  int found = -1;
  for (int q : persons_) {
    if (g_->Root(q) != q || q == p) continue;
    const std::vector<std::string>& b = Norms(g_->entities[q].name);
    const size_t bs = b.size() - (Generational(b) ? 1 : 0);
    const long n = as >= 3 && bs >= 3 ? 2 : 1;  // a double surname when both have one
    if (bs < 2 || !std::equal(a.begin() + static_cast<long>(as) - n, a.begin() + static_cast<long>(as),
                              b.begin() + static_cast<long>(bs) - n)) {
      continue;
    }
    if (found >= 0) return -1;
    found = q;
  }
  return found;
}

const std::vector<std::string>& EntityTable::Norms(const std::string& name) {
  auto it = norms_.find(name);
  if (it == norms_.end()) it = norms_.emplace(name, NameNorms(name)).first;
  return it->second;
}

void EntityTable::Touch(int e, bool possessor, bool modifier, bool topic) {
  e = g_->Root(e);
  const LocalEntity& ent = g_->entities[e];
  const Recent r{e, paragraph_, sentence_};
  if (modifier && !ent.refining.empty()) {
    auto it = last_.find(ent.refining);
    if (it != last_.end() && it->second.sentence == sentence_ && it->second.entity != e) return;
  }
  if (ent.primary == "Person" && topic && (sentence_first_person_ < 0 || (first_is_possessor_ && !possessor))) {
    possessor_before_ = first_is_possessor_ && !possessor ? sentence_first_person_ : -1;
    sentence_first_person_ = e;
    first_is_possessor_ = possessor;
    last_["first:Person"] = r;  // the first person of the last sentence that named one
  }
  last_[ent.primary] = r;
  if (ent.primary == "Person") {
    if (recent_persons_.size() == 12) recent_persons_.erase(recent_persons_.begin());
    recent_persons_.push_back(r);
    person_sentences_[e].insert(sentence_);
  }
  if (!ent.refining.empty()) last_[ent.refining] = r;
  if (ent.refining == "Cartel") {
    ++cartel_mentions_[e];
    cartel_sentences_[e].insert(sentence_);
  }
  if (ent.primary == "Event") last_["group:" + EventGroup(ent.refining)] = r;
  if (ent.primary == "Event" && sentence_ <= kLeadSentences) last_.emplace("lead:" + ent.refining, r);
}

void EntityTable::PairedPerson(int e) {
  if (possessor_before_ < 0 || sentence_first_person_ != g_->Root(e)) return;
  sentence_first_person_ = possessor_before_;
  first_is_possessor_ = true;
  possessor_before_ = -1;
  last_["first:Person"] = Recent{sentence_first_person_, paragraph_, sentence_};
}

int EntityTable::LastPersonOf(char gender, int except) const {
  for (auto it = recent_persons_.rbegin(); it != recent_persons_.rend(); ++it) {
    if (it->paragraph + 1 < paragraph_) break;
    const int e = g_->Root(it->entity);
    const char g = g_->entities[e].gender;
    if ((!g || !gender || g == gender) && (except < 0 || e != g_->Root(except))) return e;
  }
  return -1;
}

int EntityTable::LastSoughtPersonOf(char gender) const {
  for (auto it = recent_persons_.rbegin(); it != recent_persons_.rend(); ++it) {
    if (it->paragraph + 1 < paragraph_) break;
    const int e = g_->Root(it->entity);
    const char g = g_->entities[e].gender;
    if ((!g || !gender || g == gender) && !g_->entities[e].official) return e;
  }
  return -1;
}

int EntityTable::RecentSoughtPerson() const {
  if (recent_persons_.empty() || recent_persons_.back().sentence + 1 < sentence_) return -1;
  const int e = g_->Root(recent_persons_.back().entity);
  return g_->entities[e].official ? -1 : e;
}

int EntityTable::LastGroupPerson(int except) const {
  for (auto it = recent_persons_.rbegin(); it != recent_persons_.rend(); ++it) {
    if (it->paragraph + 1 < paragraph_) break;
    const int e = g_->Root(it->entity);
    if (except >= 0 && e == g_->Root(except)) continue;
    const bool in_group = std::any_of(g_->relations.begin(), g_->relations.end(), [&](const LocalRelation& r) {
      return r.from >= 0 && r.to >= 0 && g_->Root(r.from) == e && g_->entities[g_->Root(r.to)].refining == "Cartel" &&
             (r.type == "LEADS" || r.type == "MEMBER_OF" || r.type == "FOUNDED");
    });
    if (in_group) return e;
  }
  return -1;
}

int EntityTable::LastSpeaker() const {
  const auto it = last_.find("speaker");
  if (it == last_.end() || it->second.sentence + 3 < sentence_ || it->second.paragraph + 1 < paragraph_) return -1;
  return g_->Root(it->second.entity);
}

int EntityTable::SalientCartel() const {
  const auto last = last_.find("Cartel");
  if (last == last_.end() || last->second.sentence + 2 > sentence_) return -1;
  return MostNamedCartel();
}

int EntityTable::MostNamedCartel() const {
  std::map<int, int> totals;  // merged entities count for their root
  for (const auto& [e, n] : cartel_mentions_) totals[g_->Root(e)] += n;
  int best = -1, most = 1;
  for (const auto& [root, total] : totals) {  // ascending: the earliest of a tie stays
    if (total > most) {
      best = root;
      most = total;
    }
  }
  return best;
}

int EntityTable::TopicPersonOver(int e) const {
  std::map<int, std::set<uint32_t>> sentences;  // merged persons count for their root
  for (const auto& [x, named] : person_sentences_) sentences[g_->Root(x)].insert(named.begin(), named.end());
  const auto own = sentences.find(g_->Root(e));
  if (own == sentences.end() || own->second.size() != 1) return -1;
  int best = -1;
  size_t most = 0;
  for (const auto& [root, named] : sentences) {
    if (named.size() > most) {
      best = root;
      most = named.size();
    }
  }
  return best != g_->Root(e) && most >= 3 && !g_->entities[best].official ? best : -1;
}

int EntityTable::MostNamedOfTwoBefore() const {
  const int most = MostNamedCartel();
  int last = -1;
  std::set<int> named;  // the groups the last sentence (before this one) that named one named
  for (const auto& [x, sentences] : cartel_sentences_) {
    const auto before = sentences.lower_bound(sentence_);
    if (before == sentences.begin()) continue;
    const int s = static_cast<int>(*std::prev(before));
    if (s > last) named.clear();
    if (s >= last) {
      last = s;
      named.insert(g_->Root(x));
    }
  }
  return most >= 0 && named.size() >= 2 && named.count(most) ? most : -1;
}

int EntityTable::TopicOver(int e) const {
  const int most = MostNamedCartel();
  if (most < 0 || e < 0 || g_->Root(e) == most) return -1;
  int count = 0;
  std::set<uint32_t> named, with_most;
  for (const auto& [x, n] : cartel_mentions_) {
    if (g_->Root(x) == g_->Root(e)) count += n;
  }
  for (const auto& [x, sentences] : cartel_sentences_) {
    if (g_->Root(x) == g_->Root(e)) named.insert(sentences.begin(), sentences.end());
    if (g_->Root(x) == most) with_most.insert(sentences.begin(), sentences.end());
  }
  return count == 1 && named.size() == 1 && with_most.count(*named.begin()) ? most : -1;
}

void EntityTable::NoteHead(int e, const std::string& head) {
  if (sentence_ <= kLeadSentences) heads_[g_->Root(e)].insert(head);
}

bool EntityTable::NamedWithHead(int e, const std::string& head) const {
  for (const auto& [x, heads] : heads_) {
    if (g_->Root(x) == g_->Root(e) && heads.count(head)) return true;
  }
  return false;
}

int EntityTable::LeadOf(const std::string& cls) const {
  const auto lead = last_.find("lead:" + cls);
  const auto last = last_.find("group:" + EventGroup(cls));
  if (lead == last_.end() || last == last_.end() || last->second.sentence + 2 > sentence_) return -1;
  return g_->Root(lead->second.entity);
}

int EntityTable::LastOf(const std::string& label, bool same_paragraph, int paragraphs) const {
  if (label == "Person" && sentence_first_person_ >= 0) return g_->Root(sentence_first_person_);
  // Before the sentence names anyone, "his" is the first person of the last sentence that named
  // one (as a rule its subject), not the last: "X had led the group since the death of Y. His
  // arrest ..." is X's.
  auto it = last_.find(label == "Person" ? "first:Person" : label);
  if (it == last_.end()) return -1;
  // "he" in a paragraph about nobody else: the person of the last paragraphs.
  if (same_paragraph && it->second.paragraph + paragraphs < paragraph_) return -1;
  return g_->Root(it->second.entity);
}

int EntityTable::LastInParagraph(const std::string& label) const {
  auto it = last_.find(label);
  return it == last_.end() || it->second.paragraph != paragraph_ ? -1 : g_->Root(it->second.entity);
}

void EntityTable::AddRelation(const std::string& type, int from, int to, PropertyMap props, const std::string& rule,
                              float confidence) {
  LocalRelation r;
  r.type = type;
  r.from = from;
  r.to = to;
  r.props = std::move(props);
  r.source = Source{sentence_, rule, confidence};
  g_->relations.push_back(std::move(r));
}

int EntityTable::FamilyHead(int person) const {
  person = g_->Root(person);
  int head = -1;
  for (const LocalRelation& r : g_->relations) {
    if (r.type != "RELATIVE_OF" || r.from < 0 || r.to < 0 || g_->Root(r.from) != person) continue;
    const int to = g_->Root(r.to);
    if (to == person || g_->entities[to].primary != "Person") continue;
    if (head >= 0 && head != to) return -1;
    head = to;
  }
  return head;
}

int EntityTable::KnownRelative(int owner, std::string_view relation, std::string_view inverse) const {
  const bool mutual = relation == "brother" || relation == "sister" || relation == "sibling" || relation == "cousin" ||
                      relation == "spouse" || relation == "half-brother";
  owner = g_->Root(owner);
  int found = -1;
  for (const LocalRelation& r : g_->relations) {
    if (r.type != "RELATIVE_OF" || r.from < 0 || r.to < 0) continue;
    auto rel = r.props.find("relation");
    if (rel == r.props.end() || !rel->second.is_string()) continue;
    const bool same = rel->second.as_string() == relation;
    const bool inverted = !inverse.empty() && OneOf(rel->second.as_string(), inverse);
    if (!same && !inverted) continue;
    int other = -1;
    if (same && g_->Root(r.to) == owner) other = g_->Root(r.from);
    else if (((same && mutual) || inverted) && g_->Root(r.from) == owner) other = g_->Root(r.to);
    if (other < 0 || other == owner || g_->entities[other].primary != "Person") continue;
    if (found >= 0 && found != other) return -1;
    found = other;
  }
  return found;
}

}  // namespace cg::ingest
