#include "storage/bulk_data.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <cstddef>
#include <iterator>
#include <tuple>

namespace cg::storage {
namespace {

// The 8 bytes of `key` from `depth` on, big-endian, zero-padded.
uint64_t Digit(std::string_view key, size_t depth) {
  if (key.size() >= depth + 8) {
    uint64_t word;
    std::memcpy(&word, key.data() + depth, 8);
    return std::endian::native == std::endian::little ? __builtin_bswap64(word) : word;
  }
  uint64_t digit = 0;
  for (size_t i = depth; i < depth + 8; ++i) digit = digit << 8 | (i < key.size() ? static_cast<unsigned char>(key[i]) : 0);
  return digit;
}

}  // namespace

void BulkData::Put(Column column, std::string_view key, std::string_view value) {
  Part& part = parts_[static_cast<size_t>(column)];
  const size_t size = key.size() + value.size();
  if (part.blocks.empty() || part.blocks.back().size() + size > part.blocks.back().capacity()) {
    part.blocks.emplace_back().reserve(std::max(kBlockBytes, size));
  }
  std::string& block = part.blocks.back();
  part.entries.push_back({Digit(key, 0), (part.blocks.size() - 1) << 32 | block.size(),
                          static_cast<uint32_t>(key.size()), static_cast<uint32_t>(value.size())});
  block.append(key);
  block.append(value);
  part.bytes += size;
}

void BulkData::Append(BulkData* other) {
  for (size_t c = 0; c < parts_.size(); ++c) {
    Part& to = parts_[c];
    Part& from = other->parts_[c];
    const uint64_t shift = static_cast<uint64_t>(to.blocks.size()) << 32;
    for (Entry& e : from.entries) e.offset += shift;
    // Into whichever list has room for both, so that no third copy is made
    // (a load's largest lists are tens of megabytes).
    const size_t total = to.entries.size() + from.entries.size();
    if (to.entries.capacity() < total && from.entries.capacity() >= total) {
      from.entries.insert(from.entries.begin(), to.entries.begin(), to.entries.end());
      to.entries.swap(from.entries);
    } else {
      to.entries.insert(to.entries.end(), from.entries.begin(), from.entries.end());
    }
    std::move(from.blocks.begin(), from.blocks.end(), std::back_inserter(to.blocks));
    to.bytes += from.bytes;
    from = {};
  }
}

std::string_view BulkData::Part::key(const Entry& e) const {
  return std::string_view(blocks[(e.offset & ~kSuperseded) >> 32]).substr(e.offset & 0xffffffff, e.key_size);
}

std::string_view BulkData::Part::value(const Entry& e) const {
  return std::string_view(blocks[(e.offset & ~kSuperseded) >> 32])
      .substr((e.offset & 0xffffffff) + e.key_size, e.value_size);
}

void BulkData::Sort(Column column) { SortPart(&parts_[static_cast<size_t>(column)]); }

// Sorts 8 key bytes at a time: a range is ordered by the digit at `depth`
// (then by how much of the key the digit covers, then by put order), and
// each run that agrees on it and goes on is refilled with its next digit
// and sorted again. Comparisons stay on integers in the entries; each key's
// bytes are read once per digit, not once per comparison.
void BulkData::SortPart(Part* part) {
  struct Range {
    size_t begin, end, depth;
  };
  std::vector<Entry>& entries = part->entries;
  // How much of the key the digit at `depth` holds: 0..8, or 9 when the key goes on.
  auto covered = [](const Entry& e, size_t depth) {
    return e.key_size <= depth ? 0 : std::min<size_t>(e.key_size - depth, 9);
  };
  std::vector<Range> todo{{0, entries.size(), 0}};
  while (!todo.empty()) {
    const Range r = todo.back();
    todo.pop_back();
    auto order = [&](const Entry& a, const Entry& b) {
      return std::tuple(a.head, covered(a, r.depth), a.offset) < std::tuple(b.head, covered(b, r.depth), b.offset);
    };
    const auto first = entries.begin() + static_cast<std::ptrdiff_t>(r.begin);
    const auto last = entries.begin() + static_cast<std::ptrdiff_t>(r.end);
    if (!std::is_sorted(first, last, order)) std::sort(first, last, order);
    for (size_t i = r.begin; i < r.end;) {
      size_t j = i + 1;
      const size_t cover = covered(entries[i], r.depth);
      while (j < r.end && entries[j].head == entries[i].head && covered(entries[j], r.depth) == cover) ++j;
      if (j - i > 1 && cover == 9) {
        for (size_t k = i; k < j; ++k) entries[k].head = Digit(part->key(entries[k]), r.depth + 8);
        todo.push_back({i, j, r.depth + 8});
      } else {
        for (size_t k = i; k + 1 < j; ++k) entries[k].offset |= kSuperseded;  // equal keys: the last put wins
      }
      i = j;
    }
  }
}

}  // namespace cg::storage
