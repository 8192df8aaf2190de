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

}  // namespace

bool WordList::Has(uint32_t id) const {
  // The lists asked about last, by address, before the map (measured: the
  // map's lookup was a third of Has). A slot points into a map node, which
  // stays where it is.
  struct Slot {
    Key key{nullptr, 0};
    const std::vector<uint64_t>* bits = nullptr;
  };
  thread_local std::array<Slot, 64> slots;
  const Key key{text_.data(), text_.size()};
  Slot& slot = slots[(reinterpret_cast<uintptr_t>(key.data) >> 3) % slots.size()];
  if (!(slot.key == key)) {
    thread_local std::unordered_map<Key, std::vector<uint64_t>, KeyHash> lists;
    auto it = lists.find(key);
    if (it == lists.end()) it = lists.emplace(key, IdBits(text_)).first;
    slot = Slot{key, &it->second};
  }
  const std::vector<uint64_t>& bits = *slot.bits;
  return id / 64 < bits.size() && ((bits[id / 64] >> (id % 64)) & 1) != 0;
}

}  // namespace cg::ingest
