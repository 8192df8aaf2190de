#include "ingest/rules.h"

#include "ingest/data_files.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <unordered_map>

#include <fmt/format.h>

#include "ingest/tokens.h"
#include "ingest/vocabulary.h"
#include "schema/ontology.h"

namespace cg::ingest {
namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// The vocabulary ids of the norms of `words`.
std::vector<uint32_t> Norms(std::string_view words) {
  // A possessive on its own (the tokenizer needs a word before it); a dash, as the tokenizer writes em
  // and en dashes.
  if (words == "'s" || words == "--") return {Vocabulary::Global().Id(words)};
  std::vector<uint32_t> out;
  for (const Token& t : Tokenize(words, 0, words.size())) out.push_back(t.id);
  return out;
}

// Words too common to anchor a rule on (rules.h: Candidates).
bool Common(uint32_t id) {
  static const std::vector<uint32_t> kCommon = [] {
    std::vector<uint32_t> ids;
    for (std::string_view w : {",", ".", "\"", "--", "(", ")", "'s", "the", "a", "an", "of", "in", "to", "and",
                               "or", "by", "for", "with", "as", "is", "was", "on", "at", "from", "that"}) {
      ids.push_back(Vocabulary::Global().Id(w));
    }
    return ids;
  }();
  return std::find(kCommon.begin(), kCommon.end(), id) != kCommon.end();
}

// Splits a pattern into elements: parenthesized groups and braces stay whole.
Status SplitPattern(std::string_view text, const std::string& where, std::vector<std::string>* out) {
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\t') {
      ++i;
      continue;
    }
    size_t j = i;
    // "(a|b c)", "?(a|b c)" and "?(as a result of)": one element over the spaces of its alternatives.
    const size_t open = text[i] == '?' && i + 1 < text.size() && text[i + 1] == '(' ? i + 1 : i;
    if (text[open] == '(' && open + 1 < text.size() && text[open + 1] != ' ' &&
        text.find(')', open) != std::string_view::npos) {
      j = text.find(')', open) + 1;
    } else if (text[i] == '{') {
      j = text.find('}', i);
      if (j == std::string_view::npos) return Status::InvalidArgument(fmt::format("{}: '{{' without '}}'", where));
      ++j;
    } else {
      while (j < text.size() && text[j] != ' ' && text[j] != '\t') ++j;
    }
    while (j < text.size() && text[j] == '?') ++j;
    out->emplace_back(text.substr(i, j - i));
    i = j;
  }
  return Status::OK();
}

Status ParseElem(std::string token, const std::string& where, PatternElem* e) {
  if (token.size() > 1 && token.front() == '?') {  // "?the" reads as "the?"
    e->optional = true;
    token.erase(0, 1);
  }
  if (token.size() > 1 && token.back() == '?') {
    e->optional = true;
    token.pop_back();
  }
  if (token.front() == '~' || token.front() == '*' || token.front() == '^' || (token.front() == '_' && token.size() > 1)) {
    int n = 0;
    auto [p, ec] = std::from_chars(token.data() + 1, token.data() + token.size(), n);
    if (ec != std::errc() || p != token.data() + token.size() || n <= 0) {
      return Status::InvalidArgument(fmt::format("{}: gap '{}': expected ~N, *N, ^N or _N with N > 0", where, token));
    }
    e->kind = token.front() == '~'   ? PatternElem::Kind::kGap
              : token.front() == '*' ? PatternElem::Kind::kAnyGap
              : token.front() == '_' ? PatternElem::Kind::kWordGap
                                     : PatternElem::Kind::kFreeGap;
    e->max = n;
    return Status::OK();
  }
  if (token.front() == '{') {
    const std::string inner = token.substr(1, token.size() - 2);
    const size_t colon = inner.find(':');
    if (colon == std::string::npos || colon == 0) {
      return Status::InvalidArgument(fmt::format("{}: slot '{}': expected {{Name:Type}}", where, token));
    }
    e->slot = inner.substr(0, colon);
    std::string types = inner.substr(colon + 1);
    if (types == "words" || types == "role") {
      e->kind = PatternElem::Kind::kFreeWords;
      e->member_role = types == "role";
      return Status::OK();
    }
    e->kind = PatternElem::Kind::kSlot;
    if (!types.empty() && types.back() == '+') {
      e->list = true;
      types.pop_back();
    }
    size_t pos = 0;
    while (pos <= types.size()) {
      size_t bar = types.find('|', pos);
      if (bar == std::string::npos) bar = types.size();
      std::string type = types.substr(pos, bar - pos);
      const uint64_t bit = SlotTypeBit(type);
      if (bit == 0) {
        return Status::InvalidArgument(fmt::format(
            "{}: slot '{}': unknown type '{}' (expected an ontology label, Any, Date, Money, Designation or Demonym)",
            where, token, type));
      }
      e->types.push_back(std::move(type));
      e->type_bits |= bit;
      pos = bar + 1;
    }
    return Status::OK();
  }
  e->kind = PatternElem::Kind::kWords;
  std::string_view body = token;
  if (body.size() > 2 && body.front() == '(' && body.back() == ')') body = body.substr(1, body.size() - 2);
  // "?(of {B:Person})" would read as the words "(of" and ")": a slot or a group inside a group.
  if (body.size() > 1 && body.find_first_of("(){}") != std::string_view::npos) {
    return Status::InvalidArgument(fmt::format(
        "{}: '{}': expected words or (a|b c) alternatives; a slot or a gap cannot sit inside an alternative", where,
        token));
  }
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t bar = body.find('|', pos);
    if (bar == std::string_view::npos) bar = body.size();
    std::vector<uint32_t> seq = Norms(body.substr(pos, bar - pos));
    if (seq.empty()) return Status::InvalidArgument(fmt::format("{}: empty alternative in '{}'", where, token));
    e->alternatives.push_back(std::move(seq));
    pos = bar + 1;
  }
  return Status::OK();
}

Status ParseOutput(std::string_view text, const std::string& where, const std::set<std::string>& slots,
                   RuleOutput* out) {
  std::vector<std::string> words;
  std::istringstream in{std::string(text)};
  for (std::string w; in >> w;) words.push_back(w);
  if (words.size() < 2) {
    return Status::InvalidArgument(fmt::format("{}: output '{}': expected 'TYPE A->B', 'SET A k=v' or 'ALIAS A=B'",
                                               where, text));
  }
  auto check_slot = [&](const std::string& s) -> Status {
    if (s == "@event" || s.starts_with("@event:") || s.starts_with("@last:") || s.starts_with("@removed:") ||
        s.starts_with("@conductor:") || s.starts_with("@heir:") || slots.count(s.substr(0, s.find(':')))) {
      return Status::OK();
    }
    return Status::InvalidArgument(fmt::format("{}: output '{}' names slot '{}' that the pattern lacks", where, text, s));
  };
  size_t first_prop = 2;
  const Ontology& onto = Ontology::Default();
  if (words[0] == "ALIAS") {
    out->kind = RuleOutput::Kind::kAlias;
    const size_t eq = words[1].find('=');
    if (eq == std::string::npos) return Status::InvalidArgument(fmt::format("{}: expected 'ALIAS A=B'", where));
    out->from = words[1].substr(0, eq);
    out->to = words[1].substr(eq + 1);
    CG_RETURN_IF_ERROR(check_slot(out->from));
    return check_slot(out->to);
  }
  if (words[0] == "SET") {
    out->kind = RuleOutput::Kind::kSet;
    out->from = words[1];
    CG_RETURN_IF_ERROR(check_slot(out->from));
  } else {
    out->kind = RuleOutput::Kind::kRelation;
    out->type = words[0];
    if (!onto.FindType(out->type)) {
      return Status::InvalidArgument(fmt::format("{}: '{}' is not a relationship type of the ontology", where, out->type));
    }
    const size_t arrow = words[1].find("->");
    if (arrow == std::string::npos) return Status::InvalidArgument(fmt::format("{}: expected '{} A->B'", where, out->type));
    out->from = words[1].substr(0, arrow);
    out->to = words[1].substr(arrow + 2);
    CG_RETURN_IF_ERROR(check_slot(out->from));
    CG_RETURN_IF_ERROR(check_slot(out->to));
  }
  for (size_t i = first_prop; i < words.size(); ++i) {
    const size_t eq = words[i].find('=');
    if (eq == std::string::npos || eq == 0) {
      return Status::InvalidArgument(fmt::format("{}: property '{}': expected key=value", where, words[i]));
    }
    std::string key = words[i].substr(0, eq);
    std::string value = words[i].substr(eq + 1);
    std::replace(value.begin(), value.end(), '_', ' ');
    if (value.size() > 1 && value[0] == '$') CG_RETURN_IF_ERROR(check_slot(value.substr(1)));
    if (out->kind == RuleOutput::Kind::kRelation) {
      const RelationshipTypeDef* def = onto.FindType(out->type);
      const bool known = std::any_of(def->properties.begin(), def->properties.end(),
                                     [&](const PropertyDef& p) { return p.name == key; });
      if (!known) {
        return Status::InvalidArgument(fmt::format("{}: {} has no property '{}' in the ontology", where, out->type, key));
      }
    }
    out->props.emplace_back(std::move(key), std::move(value));
  }
  return Status::OK();
}

}  // namespace

RuleSet::RuleSet() : words_(std::make_unique<Lexicon>()) {}

Status RuleSet::Load(const std::string& dir, std::unique_ptr<RuleSet>* out) {
  auto set = std::make_unique<RuleSet>();
  CG_RETURN_IF_ERROR(ForEachDataFile(dir, "rules folder", ".rules", [&](const std::string& path, const std::string& text) {
    return set->AddText(text, path);
  }));
  CG_RETURN_IF_ERROR(ForEachDataFile(dir, "rules folder", ".words", [&](const std::string& path, const std::string& text) {
    return set->AddWords(text, path);
  }));
  *out = std::move(set);
  return Status::OK();
}

Status RuleSet::AddText(std::string_view text, const std::string& source) {
  int line_no = 0;
  size_t pos = 0;
  std::set<std::string> ids;
  for (const Rule& r : rules_) ids.insert(r.id);
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = Trim(text.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    const std::string where = fmt::format("{}:{}", source, line_no);
    const size_t colon = line.find(": ");
    const size_t arrow = line.find("=>");
    if (colon == std::string_view::npos || arrow == std::string_view::npos || arrow < colon) {
      return Status::InvalidArgument(
          fmt::format("{}: expected '<id> [confidence]: <pattern> => <output>'", where));
    }
    Rule rule;
    rule.source = where;
    std::istringstream head{std::string(line.substr(0, colon))};
    head >> rule.id;
    if (std::string conf; head >> conf) {
      try {
        rule.confidence = std::stof(conf);
      } catch (...) {
        return Status::InvalidArgument(fmt::format("{}: confidence '{}' is not a number", where, conf));
      }
      if (rule.confidence <= 0 || rule.confidence > 1) {
        return Status::InvalidArgument(fmt::format("{}: confidence must be in (0, 1]", where));
      }
    }
    if (!ids.insert(rule.id).second) {
      return Status::InvalidArgument(fmt::format("{}: rule id '{}' is used twice", where, rule.id));
    }
    std::vector<std::string> parts;
    CG_RETURN_IF_ERROR(SplitPattern(Trim(line.substr(colon + 2, arrow - colon - 2)), where, &parts));
    std::set<std::string> slots;
    for (std::string& part : parts) {
      PatternElem e;
      CG_RETURN_IF_ERROR(ParseElem(std::move(part), where, &e));
      if (!e.slot.empty()) slots.insert(e.slot);
      if (e.kind == PatternElem::Kind::kWords && !e.optional && e.alternatives.size() == 1) {
        for (uint32_t w : e.alternatives[0]) rule.required_words.push_back(w);
      }
      const bool any_empty = std::any_of(e.alternatives.begin(), e.alternatives.end(),
                                         [](const std::vector<uint32_t>& seq) { return seq.empty(); });
      if (e.kind == PatternElem::Kind::kWords && !e.optional && e.alternatives.size() != 1 && !any_empty) {
        std::vector<uint32_t>& firsts = rule.required_firsts.emplace_back();
        for (const std::vector<uint32_t>& seq : e.alternatives) firsts.push_back(seq[0]);
      }
      rule.pattern.push_back(std::move(e));
    }
    if (rule.pattern.empty()) return Status::InvalidArgument(fmt::format("{}: empty pattern", where));
    std::string_view outputs = line.substr(arrow + 2);
    size_t opos = 0;
    while (opos <= outputs.size()) {
      size_t semi = outputs.find(';', opos);
      if (semi == std::string_view::npos) semi = outputs.size();
      const std::string_view one = Trim(outputs.substr(opos, semi - opos));
      opos = semi + 1;
      if (one.empty()) continue;
      RuleOutput out;
      CG_RETURN_IF_ERROR(ParseOutput(one, where, slots, &out));
      rule.outputs.push_back(std::move(out));
    }
    if (rule.outputs.empty()) return Status::InvalidArgument(fmt::format("{}: rule without output", where));
    rules_.push_back(std::move(rule));
    Index(static_cast<uint32_t>(rules_.size() - 1));
  }
  return Status::OK();
}

namespace {

// A hash of a label's name from its length and three of its letters: the names are few and
// distinct in these, so that a look-up hashes no whole string (the matcher asks every mention's
// labels; measured: std::hash was most of SlotTypeBit).
struct LabelNameHash {
  size_t operator()(std::string_view s) const {
    if (s.empty()) return 0;
    return s.size() * 0x9E3779B97F4A7C15ull ^ (static_cast<unsigned char>(s[0]) << 16) ^
           (static_cast<unsigned char>(s[s.size() / 2]) << 8) ^ static_cast<unsigned char>(s.back());
  }
};

}  // namespace

uint64_t SlotTypeBit(std::string_view type) {
  // The names point into the ontology, which lives as long as the process.
  static const std::unordered_map<std::string_view, uint64_t, LabelNameHash> kBits = [] {
    std::unordered_map<std::string_view, uint64_t, LabelNameHash> bits;
    auto add = [&](std::string_view name) {
      if (bits.size() == 64 && !bits.count(name)) std::abort();  // outgrew 64 bits (text_test checks it fits)
      bits.emplace(name, uint64_t{1} << bits.size());
    };
    for (std::string_view special : {"Any", "Date", "Money", "Designation", "Demonym"}) add(special);
    for (const LabelDef& def : Ontology::Default().labels()) {
      add(def.name);
      for (const auto& r : def.refinements) add(r.name);
    }
    return bits;
  }();
  const auto it = kBits.find(type);
  return it == kBits.end() ? 0 : it->second;
}

bool Rule::MayMatch(const IdSet& ids) const {
  for (uint32_t w : required_words) {
    if (!ids.Has(w)) return false;
  }
  // (The pattern's other word elements pass: one alternative's first word is required, or an
  // alternative is empty.)
  for (const std::vector<uint32_t>& firsts : required_firsts) {
    if (std::none_of(firsts.begin(), firsts.end(), [&](uint32_t w) { return ids.Has(w); })) return false;
  }
  return true;
}

void RuleSet::Index(uint32_t index) {
  const Rule& rule = rules_[index];
  const PatternElem* anchor = nullptr;
  size_t best = SIZE_MAX;
  for (const PatternElem& e : rule.pattern) {
    if (e.kind != PatternElem::Kind::kWords || e.optional) continue;
    size_t cost = e.alternatives.size();
    for (const auto& seq : e.alternatives) cost += Common(seq[0]) ? 100 : 0;
    if (cost < best) anchor = &e, best = cost;
  }
  if (!anchor) {
    unanchored_.push_back(index);
    return;
  }
  for (const auto& seq : anchor->alternatives) {
    if (seq[0] >= by_anchor_.size()) by_anchor_.resize(seq[0] + 1);
    std::vector<uint32_t>& rules = by_anchor_[seq[0]];
    if (rules.empty() || rules.back() != index) rules.push_back(index);
  }
}

void RuleSet::Candidates(const std::vector<uint32_t>& ids, std::vector<uint32_t>* out) const {
  // A bit per rule, read in order: ascending and each once, without sorting the gathered lists
  // (the sort was half of this, once per sentence).
  std::vector<uint64_t> bits(rules_.size() / 64 + 1);
  const auto mark = [&](const std::vector<uint32_t>& rules) {
    for (uint32_t r : rules) bits[r / 64] |= uint64_t{1} << (r % 64);
  };
  mark(unanchored_);
  for (uint32_t id : ids) {
    if (id < by_anchor_.size()) mark(by_anchor_[id]);
  }
  size_t n = 0;
  for (uint64_t b : bits) n += static_cast<size_t>(std::popcount(b));
  out->clear();
  out->reserve(n);
  for (size_t w = 0; w < bits.size(); ++w) {
    for (uint64_t b = bits[w]; b != 0; b &= b - 1) out->push_back(static_cast<uint32_t>(w * 64 + std::countr_zero(b)));
  }
}

}  // namespace cg::ingest
