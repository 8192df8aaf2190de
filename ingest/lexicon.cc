#include "ingest/lexicon.h"

#include "ingest/data_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "schema/normalize.h"
#include "schema/ontology.h"

namespace cg::ingest {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    const size_t next = s.find(sep, pos);
    out.push_back(Trim(s.substr(pos, next - pos)));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return out;
}

}  // namespace

Status Lexicon::Load(const std::string& dir, std::unique_ptr<Lexicon>* out) {
  auto lex = std::make_unique<Lexicon>();
  CG_RETURN_IF_ERROR(ForEachDataFile(dir, "lexicon folder", ".txt", [&](const std::string& path, const std::string& text) {
    return lex->AddText(text, path);
  }));
  *out = std::move(lex);
  return Status::OK();
}

Status Lexicon::AddText(std::string_view text, const std::string& source) {
  const Ontology& onto = Ontology::Default();
  std::string kind, primary, refining;
  bool emit = true;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    const std::string where = fmt::format("{}:{}", source, line_no);
    if (line.front() == '@') {
      const size_t space = line.find(' ');
      const std::string_view directive = line.substr(0, space);
      const std::string_view value = space == std::string_view::npos ? "" : Trim(line.substr(space + 1));
      if (directive == "@label") {
        const size_t colon = value.find(':');
        primary = std::string(value.substr(0, colon));
        refining = colon == std::string_view::npos ? "" : std::string(value.substr(colon + 1));
        if (!onto.FindPrimary(primary) ||
            (!refining.empty() && onto.PrimaryOfRefinement(refining) != onto.FindPrimary(primary))) {
          return Status::InvalidArgument(fmt::format(
              "{}: '@label {}': expected an ontology label such as Organization:Cartel or Place:State", where,
              value));
        }
        kind = "entity";
        emit = true;
      } else if (directive == "@kind") {
        if (value.empty()) return Status::InvalidArgument(fmt::format("{}: '@kind' needs a name", where));
        kind = std::string(value);
        primary.clear();
        refining.clear();
        emit = true;
      } else if (directive == "@emit") {
        emit = value != "no";
      } else {
        return Status::InvalidArgument(
            fmt::format("{}: unknown directive '{}': expected @label, @kind or @emit", where, directive));
      }
      continue;
    }
    if (kind.empty()) {
      return Status::InvalidArgument(fmt::format("{}: entry before any '@label' or '@kind' header", where));
    }
    auto entry = std::make_unique<LexEntry>();
    entry->kind = kind;
    entry->primary = primary;
    entry->refining = refining;
    entry->emit = emit;
    entry->source = where;
    const std::vector<std::string_view> parts = Split(line, ';');
    for (std::string_view name : Split(parts[0], '|')) {
      if (!name.empty()) entry->names.emplace_back(name);
    }
    if (entry->names.empty()) return Status::InvalidArgument(fmt::format("{}: entry without a name", where));
    for (size_t i = 1; i < parts.size(); ++i) {
      const size_t eq = parts[i].find('=');
      if (eq == std::string_view::npos) {
        return Status::InvalidArgument(
            fmt::format("{}: attribute '{}': expected key=value", where, parts[i]));
      }
      const std::string_view key = Trim(parts[i].substr(0, eq)), value = Trim(parts[i].substr(eq + 1));
      auto it = std::find_if(entry->attrs.begin(), entry->attrs.end(), [&](const auto& kv) { return kv.first == key; });
      if (it == entry->attrs.end()) it = entry->attrs.emplace(entry->attrs.end(), key, std::string());
      it->second = value;
    }
    const LexEntry* e = entry.get();
    entries_.push_back(std::move(entry));
    if (kind == "entity" && !e->attr("force").empty()) {
      // Every piece between bars, untrimmed, as OneOf reads the list.
      const std::string_view nouns = e->attr("force");
      for (size_t from = 0;;) {
        const size_t bar = nouns.find('|', from);
        std::vector<const LexEntry*>& bodies = forces_[std::string(nouns.substr(from, bar - from))];
        if (bodies.empty() || bodies.back() != e) bodies.push_back(e);
        if (bar == std::string_view::npos) break;
        from = bar + 1;
      }
    }
    for (const std::string& name : e->names) {
      std::vector<Token> toks = Tokenize(name, 0, name.size());
      if (toks.empty()) continue;
      Phrase phrase;
      phrase.entry = e;
      phrase.kind = KindIndex(kind);
      if (phrase.kind == kinds_.size()) kinds_.push_back(kind);
      for (const Token& t : toks) {
        phrase.ids.push_back(t.id);
        phrase.need.push_back(t.is(Token::kAllCaps) && t.norm.size() >= 2 ? 2 : t.is(Token::kCapitalized) ? 1 : 0);
      }
      // "the Beltran Leyva organization": a group's generic head word may be written in lower case.
      const std::string& head = toks.back().norm;
      if (kind == "entity" && toks.size() >= 2 &&
          (head == "organization" || head == "cartel" || head == "gang" || head == "federation")) {
        phrase.need.back() = 0;
      }
      // "the Attorney General's office": so may an office after its holder's title.
      if (kind == "entity" && toks.size() >= 3 && head == "office" && toks[toks.size() - 2].norm == "'s") {
        phrase.need.back() = 0;
      }
      if (toks.size() == 1) lists_[kind].insert(toks[0].norm);
      phrase.second = phrase.ids.size() > 1 ? phrase.ids[1] : 0;
      const uint32_t first = phrase.ids[0];
      if (first >= by_first_.size()) {
        by_first_.resize(first + 1);
        kinds_by_first_.resize(first + 1);
      }
      auto& bucket = by_first_[first];
      bucket.push_back(std::move(phrase));
      std::stable_sort(bucket.begin(), bucket.end(),
                       [](const Phrase& a, const Phrase& b) { return a.ids.size() > b.ids.size(); });
      std::vector<KindPhrases>& by_kind = kinds_by_first_[first];
      by_kind.clear();
      for (uint32_t k = 0; k < bucket.size(); ++k) {
        auto it = std::find_if(by_kind.begin(), by_kind.end(),
                               [&](const KindPhrases& kp) { return kp.kind == bucket[k].kind; });
        if (it == by_kind.end()) it = by_kind.insert(it, KindPhrases{bucket[k].kind, {}});
        it->phrases.push_back(k);
      }
      if (kind == "entity") entity_names_.emplace(NormalizeName(name), e);
    }
  }
  return Status::OK();
}

std::vector<LexMatch> Lexicon::MatchBucket(const std::vector<Token>& tokens, size_t i, size_t last,
                                           std::string_view kind) const {
  std::vector<LexMatch> out;
  const std::vector<Phrase>& phrases = by_first_[tokens[i].id];
  // (Inlined in both loops: as a call it cost ~24 of its ~57 instructions a phrase.)
  const auto take = [&](const Phrase& p) __attribute__((always_inline)) {
    if (i + p.ids.size() > last) return;
    if (p.ids.size() > 1 && tokens[i + 1].id != p.second) return;  // (before reading the phrase's arrays)
    for (size_t k = 0; k < p.ids.size(); ++k) {
      const Token& t = tokens[i + k];
      if (!(t.id == p.ids[k] && (p.need[k] == 0 || (p.need[k] == 1 && t.is(Token::kCapitalized)) ||
                                 (p.need[k] == 2 && t.is(Token::kAllCaps))))) {
        return;
      }
    }
    out.push_back(LexMatch{p.entry, p.ids.size()});
  };
  if (kind.empty()) {
    for (const Phrase& p : phrases) take(p);
    return out;
  }
  for (const KindPhrases& kp : kinds_by_first_[tokens[i].id]) {
    if (kinds_[kp.kind] != kind) continue;  // kinds_ holds each kind once
    for (const uint32_t k : kp.phrases) take(phrases[k]);
    break;
  }
  return out;
}

uint32_t Lexicon::KindIndex(std::string_view kind) const {
  return static_cast<uint32_t>(std::find(kinds_.begin(), kinds_.end(), kind) - kinds_.begin());
}

const LexEntry* Lexicon::FindEntity(std::string_view name) const {
  auto it = entity_names_.find(NormalizeName(name));
  return it == entity_names_.end() ? nullptr : it->second;
}

bool Lexicon::InList(std::string_view kind, std::string_view norm) const {
  auto it = lists_.find(kind);
  return it != lists_.end() && it->second.find(norm) != it->second.end();
}

bool Lexicon::InList(std::string_view kind, const Token& t) const {
  if (t.id >= kinds_by_first_.size()) return false;
  for (const KindPhrases& kp : kinds_by_first_[t.id]) {
    if (kinds_[kp.kind] != kind) continue;
    return by_first_[t.id][kp.phrases.back()].ids.size() == 1;  // the kind's phrases, longest first
  }
  return false;
}

const std::vector<const LexEntry*>& Lexicon::Forces(std::string_view phrase) const {
  static const std::vector<const LexEntry*> kNone;
  auto it = forces_.find(phrase);
  return it == forces_.end() ? kNone : it->second;
}

const LexEntry* ForceEntry(const Lexicon& lexicon, std::string_view phrase, std::string_view country) {
  for (const LexEntry* e : lexicon.Forces(phrase)) {
    if (country.empty() || e->attr("country") == country) return e;
  }
  return nullptr;
}

}  // namespace cg::ingest
