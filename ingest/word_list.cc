#include "ingest/word_list.h"

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
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

// A list's bit set (IdBits), made on its first question and kept for the process; never freed.
struct Entry {
  Key key;
  std::vector<uint64_t> bits;
};

bool InBits(const std::vector<uint64_t>& bits, uint32_t id) {
  return id / 64 < bits.size() && ((bits[id / 64] >> (id % 64)) & 1) != 0;
}

// The lists asked about last, by address, before the map, shared by all threads: a slot holds an
// entry or nothing and is replaced whole (measured: the map's lookup was a third of Has; with a
// thread_local table of slots holding the key and the bits, Has saved and restored four registers
// on every question, 39 instructions a question against 27). A list's slot is its address hashed
// (Fibonacci): the address itself, shifted, sent neighbouring literals to neighbouring slots, and
// one question in ten missed. 4096 slots for the ~170 lists asked about: with 256, lists shared
// slots as the binary's layout placed them, and 2-6% of the questions missed (34 k-115 k per 0.3
// MB, two passes, from one build to the next); now only a list's first question does.
constexpr int kSlotBits = 12;
std::array<std::atomic<const Entry*>, size_t{1} << kSlotBits> slots{};

size_t SlotOf(const char* data) {
  return (reinterpret_cast<uintptr_t>(data) * 0x9E3779B97F4A7C15ull) >> (64 - kSlotBits);
}

// Has for a list its slot does not hold: out of line, so that Has itself saves no registers
// (measured: with the map's code inside it, every call saved and restored six).
[[gnu::noinline]] bool HasAfterMiss(Key key, uint32_t id) {
  static std::mutex mutex;
  // A map node stays where it is; the map is never destroyed (slots point into it to the end).
  static auto* entries = new std::unordered_map<Key, Entry, KeyHash>();
  const Entry* entry = nullptr;
  {
    const std::lock_guard lock(mutex);
    auto it = entries->find(key);
    if (it == entries->end()) {
      it = entries->emplace(key, Entry{key, IdBits(std::string_view(key.data, key.size))}).first;
    }
    entry = &it->second;
  }
  slots[SlotOf(key.data)].store(entry, std::memory_order_release);
  return InBits(entry->bits, id);
}

}  // namespace

bool WordList::Has(uint32_t id) const {
  const Key key{text_.data(), text_.size()};
  const Entry* entry = slots[SlotOf(key.data)].load(std::memory_order_acquire);
  if (entry == nullptr || !(entry->key == key)) return HasAfterMiss(key, id);
  return InBits(entry->bits, id);
}

}  // namespace cg::ingest
