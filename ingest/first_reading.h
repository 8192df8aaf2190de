// What the first reading of each sentence was given and what it wrote, kept for the second reading
// of group anaphors (group_ties.h), which is rare: the record costs an append or two per entity
// mention and per relation, not a copy of the context and a set of keys per sentence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "ingest/article_graph.h"
#include "ingest/matcher.h"

namespace cg::ingest {

class FirstReading {
 public:
  // The next sentence (0, 1, ... in order) is read with `context`, whose `previous` holds what the
  // calls to SetPrevious made it (and nothing else).
  void Begin(const SentenceContext& context);
  // context->previous[label] = entity, recorded for the sentences begun after this call.
  void SetPrevious(SentenceContext* context, const std::string& label, int entity);
  // The reading of the sentence begun last wrote `relations` from index `first` on.
  void Wrote(const std::vector<LocalRelation>& relations, size_t first);

  // The context sentence `s` was read with (equal to the one given to Begin).
  SentenceContext ContextOf(uint32_t s) const;
  // Whether the first reading of sentence `s` wrote a relation of r's type, ends and rule (as
  // written, not by the ends' roots).
  bool Framed(uint32_t s, const LocalRelation& r) const;

 private:
  // A string kept in `text_`.
  struct Span {
    uint32_t offset = 0, size = 0;
  };
  struct Begun {
    int focus_event = -1;
    uint32_t previous = 0;  // the entries of previous_ set before the sentence began
    uint32_t framed = 0;    // its relations' entries in framed_ start here
  };
  struct Previous {
    Span label;
    int entity = -1;
  };
  struct Key {
    Span type, rule;
    int from = -1, to = -1;
  };
  Span Keep(const std::string& s);
  std::string_view View(Span s) const { return std::string_view(text_).substr(s.offset, s.size); }

  std::vector<Begun> sentences_;
  std::vector<Previous> previous_;
  std::vector<Key> framed_;
  std::string text_;
};

}  // namespace cg::ingest
