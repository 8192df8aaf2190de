#include "ingest/word_list.h"

#include <array>
#include <cstdint>
#include <unordered_map>
#include <vector>

#include "ingest/vocabulary.h"

namespace cg::ingest {

namespace {

struct Key {
  const char* data;
  size_t size;
  bool operator==(const Key&) const = default;
};

struct KeyHash {
  size_t operator()(const Key& k) const { return std::hash<const void*>()(k.data) ^ (k.size * 0x9E3779B97F4A7C15ull); }
};

// The vocabulary ids of the words of `text` as a bit set: bit `id` is set for each word's id, and
// the set ends with the word that holds the largest.
std::vector<uint64_t> IdBits(std::string_view text) {
  std::vector<uint64_t> bits;
  for (size_t begin = 0; begin <= text.size();) {
    size_t end = text.find('|', begin);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(begin, end - begin);
    if (!word.empty()) {
      const uint32_t id = Vocabulary::Global().Id(word);
      if (id / 64 >= bits.size()) bits.resize(id / 64 + 1);
      bits[id / 64] |= uint64_t{1} << (id % 64);
    }
    begin = end + 1;
  }
  return bits;
}

// This thread's bit set of the list whose text is at `key` (IdBits, made on the first question).
const std::vector<uint64_t>* BitsOf(const Key& key) {
  thread_local std::unordered_map<Key, std::vector<uint64_t>, KeyHash> lists;
  auto it = lists.find(key);
  if (it == lists.end()) it = lists.emplace(key, IdBits(std::string_view(key.data, key.size))).first;
  return &it->second;  // a map node stays where it is
}

// The lists asked about last, by address, before the map (measured: the map's lookup was a third
// of Has).
struct Slot {
  Key key{nullptr, 0};
  const std::vector<uint64_t>* bits = nullptr;
};
thread_local std::array<Slot, 64> slots;

bool InBits(const std::vector<uint64_t>& bits, uint32_t id) {
  return id / 64 < bits.size() && ((bits[id / 64] >> (id % 64)) & 1) != 0;
}

// Has for a list its slot does not hold: out of line, so that Has itself saves no registers
// (measured: with the map's code inside it, every call saved and restored six).
[[gnu::noinline]] bool HasAfterMiss(Slot* slot, Key key, uint32_t id) {
  *slot = Slot{key, BitsOf(key)};
  return InBits(*slot->bits, id);
}

}  // namespace

bool WordList::Has(uint32_t id) const {
  const Key key{text_.data(), text_.size()};
  Slot& slot = slots[(reinterpret_cast<uintptr_t>(key.data) >> 3) % slots.size()];
  if (!(slot.key == key)) return HasAfterMiss(&slot, key, id);
  return InBits(*slot.bits, id);
}

}  // namespace cg::ingest
