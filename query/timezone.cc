#include "query/timezone.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace cg::query::timezone {
namespace {

struct Zone {
  std::vector<int64_t> transitions;  // UTC seconds, ascending
  std::vector<int32_t> offsets;      // offset from each transition on
  int32_t initial = 0;               // offset before the first transition
};

int64_t ReadBE(const unsigned char* p, int n) {
  uint64_t v = 0;
  for (int i = 0; i < n; ++i) v = (v << 8) | p[i];
  if (n == 4) return static_cast<int32_t>(v);
  return static_cast<int64_t>(v);
}

// Parses a TZif file; prefers the 64-bit (version 2+) data block.
std::unique_ptr<Zone> Load(const std::string& name) {
  if (name.empty() || name.find("..") != std::string::npos || name[0] == '/') return nullptr;
  std::ifstream in("/usr/share/zoneinfo/" + name, std::ios::binary);
  if (!in) return nullptr;
  std::vector<unsigned char> data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto parse = [&](size_t at, int time_size, size_t* end) -> std::unique_ptr<Zone> {
    if (data.size() < at + 44 || data[at] != 'T' || data[at + 1] != 'Z' || data[at + 2] != 'i' || data[at + 3] != 'f') {
      return nullptr;
    }
    const unsigned char* h = data.data() + at + 20;
    int64_t isut = ReadBE(h, 4), isstd = ReadBE(h + 4, 4), leap = ReadBE(h + 8, 4);
    int64_t timecnt = ReadBE(h + 12, 4), typecnt = ReadBE(h + 16, 4), charcnt = ReadBE(h + 20, 4);
    size_t p = at + 44;
    size_t need = timecnt * time_size + timecnt + typecnt * 6 + charcnt + leap * (time_size + 4) + isstd + isut;
    if (data.size() < p + need || typecnt == 0) return nullptr;
    auto zone = std::make_unique<Zone>();
    const unsigned char* times = data.data() + p;
    const unsigned char* idx = times + timecnt * time_size;
    const unsigned char* types = idx + timecnt;
    auto offset_of = [&](int t) { return static_cast<int32_t>(ReadBE(types + t * 6, 4)); };
    zone->initial = offset_of(0);
    for (int i = 0; i < typecnt; ++i) {
      if (types[i * 6 + 4] == 0) {  // the first standard-time type
        zone->initial = offset_of(i);
        break;
      }
    }
    for (int64_t i = 0; i < timecnt; ++i) {
      zone->transitions.push_back(ReadBE(times + i * time_size, time_size));
      zone->offsets.push_back(offset_of(idx[i] < typecnt ? idx[i] : 0));
    }
    *end = p + need;
    return zone;
  };
  size_t end = 0;
  std::unique_ptr<Zone> v1 = parse(0, 4, &end);
  if (!v1) return nullptr;
  if (data[4] >= '2') {
    size_t end2 = 0;
    if (std::unique_ptr<Zone> v2 = parse(end, 8, &end2)) return v2;
  }
  return v1;
}

const Zone* Find(const std::string& name) {
  static std::mutex mu;
  static std::map<std::string, std::unique_ptr<Zone>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto it = cache.find(name);
  if (it == cache.end()) it = cache.emplace(name, Load(name)).first;
  return it->second.get();
}

}  // namespace

bool Exists(const std::string& name) { return Find(name) != nullptr; }

int32_t OffsetAtUtc(const std::string& name, int64_t utc_seconds) {
  const Zone* z = Find(name);
  if (!z) return 0;
  auto it = std::upper_bound(z->transitions.begin(), z->transitions.end(), utc_seconds);
  if (it == z->transitions.begin()) return z->initial;
  return z->offsets[it - z->transitions.begin() - 1];
}

int32_t OffsetForLocal(const std::string& name, int64_t local_seconds) {
  // Try the offset in force just before, then re-check it at the instant it implies.
  int32_t guess = OffsetAtUtc(name, local_seconds - 86400);
  int32_t at = OffsetAtUtc(name, local_seconds - guess);
  return OffsetAtUtc(name, local_seconds - at) == at ? at : guess;
}

}  // namespace cg::query::timezone
