// The first reading's record (see first_reading.h).
#include "ingest/first_reading.h"

namespace cg::ingest {

FirstReading::Span FirstReading::Keep(const std::string& s) {
  const Span span{static_cast<uint32_t>(text_.size()), static_cast<uint32_t>(s.size())};
  text_ += s;
  return span;
}

void FirstReading::Begin(const SentenceContext& context) {
  sentences_.push_back({context.focus_event, static_cast<uint32_t>(previous_.size()), static_cast<uint32_t>(framed_.size())});
}

void FirstReading::SetPrevious(SentenceContext* context, const std::string& label, int entity) {
  context->previous[label] = entity;
  previous_.push_back({Keep(label), entity});
}

void FirstReading::Wrote(const std::vector<LocalRelation>& relations, size_t first) {
  for (size_t i = first; i < relations.size(); ++i) {
    const LocalRelation& r = relations[i];
    framed_.push_back({Keep(r.type), Keep(r.source.rule), r.from, r.to});
  }
}

SentenceContext FirstReading::ContextOf(uint32_t s) const {
  SentenceContext context;
  context.focus_event = sentences_[s].focus_event;
  for (uint32_t i = 0; i < sentences_[s].previous; ++i) {
    context.previous[std::string(View(previous_[i].label))] = previous_[i].entity;
  }
  return context;
}

bool FirstReading::Framed(uint32_t s, const LocalRelation& r) const {
  const uint32_t end = s + 1 < sentences_.size() ? sentences_[s + 1].framed : static_cast<uint32_t>(framed_.size());
  for (uint32_t i = sentences_[s].framed; i < end; ++i) {
    const Key& k = framed_[i];
    if (k.from == r.from && k.to == r.to && View(k.type) == r.type && View(k.rule) == r.source.rule) return true;
  }
  return false;
}

}  // namespace cg::ingest
