#include "storage/bulk_data.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <bit>
#include <cstring>
#include <cstddef>
#include <iterator>
#include <tuple>

#include <fmt/format.h>

#include "storage/bulk_data_runs.h"

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

// Tells run files apart: every spill of the process gets the next number.
std::atomic<uint64_t> run_number{0};

}  // namespace

BulkData::~BulkData() {
  for (size_t c = 0; c < parts_.size(); ++c) Release(static_cast<Column>(c));
}

size_t BulkData::size(Column column) const {
  const Part& part = parts_[static_cast<size_t>(column)];
  return part.entries.size() + part.spilled_pairs;
}

size_t BulkData::bytes(Column column) const {
  const Part& part = parts_[static_cast<size_t>(column)];
  return part.bytes + part.spilled_bytes;
}

size_t BulkData::memory() const {
  size_t total = 0;
  for (const Part& part : parts_) {
    for (const auto& block : part.blocks) total += block.capacity();
    total += part.entries.capacity() * sizeof(Entry);
  }
  return total;
}

void BulkData::Release(Column column) {
  Part& part = parts_[static_cast<size_t>(column)];
  for (const Run& run : part.runs) ::unlink(run.path.c_str());
  part = {};
}

Status BulkData::Spill(const std::string& dir) {
  for (size_t c = 0; c < parts_.size(); ++c) {
    Part& part = parts_[c];
    if (part.entries.empty()) continue;
    SortPart(&part);
    Run run{fmt::format("{}/run-{}-{}", dir, run_number.fetch_add(1), kColumnNames[c]), 0};
    RunWriter writer;
    Status s = writer.Open(run.path);
    for (const Entry& e : part.entries) {
      if (!s.ok()) break;
      if (!(e.offset & kSuperseded)) s = writer.Add(part.key(e), part.value(e));
    }
    if (s.ok()) s = writer.Finish();
    if (!s.ok()) {
      ::unlink(run.path.c_str());
      return s;
    }
    part.runs.push_back(std::move(run));
    part.spilled_pairs += part.entries.size();
    part.spilled_bytes += part.bytes;
    part.blocks = {};
    part.entries = {};
    part.bytes = 0;
  }
  return Status::OK();
}

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
    for (Run& run : from.runs) {
      run.blocks_before += to.blocks.size();
      to.runs.push_back(std::move(run));
    }
    std::move(from.blocks.begin(), from.blocks.end(), std::back_inserter(to.blocks));
    to.bytes += from.bytes;
    to.spilled_pairs += from.spilled_pairs;
    to.spilled_bytes += from.spilled_bytes;
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

Status BulkData::ForEachSorted(Column column, const Visitor& fn) const {
  const Part& part = parts_[static_cast<size_t>(column)];
  if (!part.runs.empty()) return MergeRuns(part, fn);
  for (const Entry& e : part.entries) {
    if (e.offset & kSuperseded) continue;
    if (!fn(part.key(e), part.value(e))) break;
  }
  return Status::OK();
}

// A merge of the runs (sources 0..n-1) and the live pairs in memory (source
// n): a heap of the sources by their current key. Of the sources that agree
// on a key, the latest put wins: the last run among them, or the pair in
// memory when its block comes after that run.
Status BulkData::MergeRuns(const Part& part, const Visitor& fn) {
  const size_t n = part.runs.size();
  std::vector<RunReader> runs(n);
  size_t memory = 0;  // the next entry in memory
  auto skip_superseded = [&] {
    while (memory < part.entries.size() && (part.entries[memory].offset & kSuperseded)) ++memory;
  };
  auto key = [&](size_t source) {
    return source < n ? runs[source].key() : part.key(part.entries[memory]);
  };
  auto later = [&](size_t a, size_t b) { return key(a) > key(b); };  // a min-heap by key
  std::vector<size_t> heap;
  for (size_t r = 0; r < n; ++r) {
    CG_RETURN_IF_ERROR(runs[r].Open(part.runs[r].path));
    if (runs[r].Next()) heap.push_back(r);
    CG_RETURN_IF_ERROR(runs[r].status());
  }
  skip_superseded();
  if (memory < part.entries.size()) heap.push_back(n);
  std::make_heap(heap.begin(), heap.end(), later);
  std::vector<size_t> equal;
  while (!heap.empty()) {
    equal.clear();
    std::pop_heap(heap.begin(), heap.end(), later);
    equal.push_back(heap.back());
    heap.pop_back();
    while (!heap.empty() && key(heap.front()) == key(equal[0])) {
      std::pop_heap(heap.begin(), heap.end(), later);
      equal.push_back(heap.back());
      heap.pop_back();
    }
    size_t winner = equal[0];
    for (size_t source : equal) {
      if (source == n) continue;
      if (winner == n || source > winner) winner = source;
    }
    if (winner < n && std::find(equal.begin(), equal.end(), n) != equal.end() &&
        (part.entries[memory].offset >> 32) >= part.runs[winner].blocks_before) {
      winner = n;
    }
    const bool go_on = winner < n ? fn(runs[winner].key(), runs[winner].value())
                                  : fn(part.key(part.entries[memory]), part.value(part.entries[memory]));
    if (!go_on) return Status::OK();
    for (size_t source : equal) {
      if (source < n) {
        if (runs[source].Next()) {
          heap.push_back(source);
          std::push_heap(heap.begin(), heap.end(), later);
        }
        CG_RETURN_IF_ERROR(runs[source].status());
      } else {
        ++memory;
        skip_superseded();
        if (memory < part.entries.size()) {
          heap.push_back(n);
          std::push_heap(heap.begin(), heap.end(), later);
        }
      }
    }
  }
  return Status::OK();
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
