// Lexicon: the phrase tables ingest recognizes, loaded from plain-text files
// a researcher can extend (see lexicon/README.md for the formats).
//
// Every file is a list of sections. A section opens with a header
//   @label Organization:Cartel     (entities: primary[:refining] label)
//   @kind  title                   (word lists: title, event, demonym, ...)
// optionally followed by "@emit no" (recognized, never written to the graph:
// continents, regions). Then one entry a line:
//   Jalisco New Generation Cartel | CJNG | Cártel de Jalisco Nueva Generación ; country=Mexico
// names separated by "|", the first canonical; "; key=value" attributes.
// "#" starts a comment line.
//
// Matching is over token norms (accents and case folded), longest first; a
// name token written with a capital (or in capitals) only matches a
// capitalized (all-caps) token, so "Delta" never matches "delta".
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "ingest/tokens.h"
#include "schema/status.h"

namespace cg::ingest {

struct LexEntry {
  std::string kind;      // "entity" or the @kind of a word list
  std::string primary;   // entities: primary label
  std::string refining;  // entities: refining label or ""
  bool emit = true;
  std::vector<std::string> names;  // names[0] is canonical
  // "; key=value" attributes, each key once (the last value written), in the order first written:
  // an entry has a few, and a scan of them is cheaper than a map's search (~140 k questions per
  // 0.3 MB, two passes).
  std::vector<std::pair<std::string, std::string>> attrs;
  std::string source;    // "file:line" for messages

  const std::string& canonical() const { return names.front(); }
  std::string_view attr(std::string_view key) const {
    for (const auto& [k, v] : attrs) {
      if (k == key) return v;
    }
    return {};
  }
};

struct LexMatch {
  const LexEntry* entry = nullptr;
  size_t length = 0;  // tokens
};

class Lexicon {
 public:
  // Loads every *.txt file under `dir` (recursively, in name order).
  static Status Load(const std::string& dir, std::unique_ptr<Lexicon>* out);
  // Parses one file's text (Load and tests use it).
  Status AddText(std::string_view text, const std::string& source);

  // All entries whose name matches tokens[i..last), longest first; only
  // entries of `kind` when given. None when i >= last (callers probe the
  // token after a run, which may be the end).
  // (Inline up to the bucket: most questions are of a token that opens no phrase, and the call
  // into the loops, with its registers saved, cost more than that answer.)
  std::vector<LexMatch> MatchAt(const std::vector<Token>& tokens, size_t i, size_t last,
                                std::string_view kind = {}) const {
    if (i >= last || !Opens(tokens[i])) return {};
    return MatchBucket(tokens, i, last, kind);
  }
  // Does any phrase start with this token's word? (When not, MatchAt at it finds nothing.)
  bool Opens(const Token& t) const { return t.id < by_first_.size() && !by_first_[t.id].empty(); }

  // The entity entry with this canonical name or alias (case-insensitive).
  const LexEntry* FindEntity(std::string_view name) const;
  // A one-word list (given names, stop words): is `norm` in list `kind`?
  bool InList(std::string_view kind, std::string_view norm) const;
  // The same for a token, by its vocabulary id: a list's words are the kind's one-token phrases
  // (no hashing; ~100 k questions per 0.3 MB, two passes).
  bool InList(std::string_view kind, const Token& t) const;
  // The entity entries whose `force=` attribute lists `phrase` as one of its
  // "|"-separated nouns (OneOf(phrase, attr("force")) in clause.h), in the
  // order they were added; empty when none does.
  const std::vector<const LexEntry*>& Forces(std::string_view phrase) const;

  const std::vector<std::unique_ptr<LexEntry>>& entries() const { return entries_; }

 private:
  struct Phrase {
    std::vector<uint32_t> ids;  // the tokens' vocabulary ids (vocabulary.h)
    std::vector<uint8_t> need;  // per token: 0 any, 1 capitalized, 2 all caps
    const LexEntry* entry;
    uint32_t kind;    // index of entry->kind in kinds_
    uint32_t second;  // ids[1], 0 for one token: a bucket's phrases mostly part at the second token
  };
  // MatchAt for a token that opens phrases (i < last).
  std::vector<LexMatch> MatchBucket(const std::vector<Token>& tokens, size_t i, size_t last, std::string_view kind) const;
  // The index of `kind` in kinds_, or kinds_.size() when no entry has it.
  uint32_t KindIndex(std::string_view kind) const;
  struct Hash {  // lets string_view look up std::string keys
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using StringSet = std::unordered_set<std::string, Hash, std::equal_to<>>;
  std::vector<std::unique_ptr<LexEntry>> entries_;
  std::vector<std::string> kinds_;  // the kinds of the entries, each once
  std::vector<std::vector<Phrase>> by_first_;  // by first token's id: phrases, longest first
  // The phrases of one kind in a bucket of by_first_: their indices there, longest first.
  struct KindPhrases {
    uint32_t kind;  // index into kinds_
    std::vector<uint32_t> phrases;
  };
  // By first token's id: the bucket's phrases by kind, so that MatchAt of one kind compares the
  // kind's name once per bucket, not once per phrase, and visits only that kind's phrases.
  std::vector<std::vector<KindPhrases>> kinds_by_first_;
  std::unordered_map<std::string, const LexEntry*> entity_names_;
  std::unordered_map<std::string, StringSet, Hash, std::equal_to<>> lists_;  // kind -> single-word names
  std::unordered_map<std::string, std::vector<const LexEntry*>, Hash, std::equal_to<>> forces_;  // Forces()
};

// The entity a force is called by the common noun `phrase` in `country` (any country when
// empty): the entry whose force= words hold it ("federal police", "army"); nullptr when none.
const LexEntry* ForceEntry(const Lexicon& lexicon, std::string_view phrase, std::string_view country);

}  // namespace cg::ingest
