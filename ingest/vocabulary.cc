#include "ingest/vocabulary.h"

#include <mutex>

#include "ingest/tokens.h"

namespace cg::ingest {

Vocabulary& Vocabulary::Global() {
  static Vocabulary* vocabulary = new Vocabulary();  // never destroyed: tokens may outlive static teardown
  return *vocabulary;
}

uint32_t Vocabulary::Add(std::string_view norm) {
  auto [it, fresh] = ids_.emplace(std::string(norm), static_cast<uint32_t>(ids_.size() + 1));
  return it->second;
}

uint32_t Vocabulary::Id(std::string_view norm) {
  if (const uint32_t id = Find(norm)) return id;
  std::unique_lock lock(mutex_);
  return Add(norm);
}

uint32_t Vocabulary::Find(std::string_view norm) const {
  std::shared_lock lock(mutex_);
  auto it = ids_.find(norm);
  return it == ids_.end() ? 0 : it->second;
}

void Vocabulary::Intern(Token* begin, Token* end) {
  bool missing = false;
  {
    std::shared_lock lock(mutex_);
    for (Token* t = begin; t != end; ++t) {
      auto it = ids_.find(t->norm);
      t->id = it == ids_.end() ? 0 : it->second;
      missing |= t->id == 0;
    }
  }
  if (!missing) return;
  std::unique_lock lock(mutex_);
  for (Token* t = begin; t != end; ++t) {
    if (t->id == 0) t->id = Add(t->norm);
  }
}

}  // namespace cg::ingest
