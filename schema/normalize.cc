#include "schema/normalize.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <memory>
#include <unordered_map>

namespace cg {

bool IsValidUtf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  utf8proc_ssize_t pos = 0;
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  while (pos < size) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + pos, size - pos, &cp);
    if (n < 0) return false;
    pos += n;
  }
  return true;
}

std::string TitleCaseName(std::string_view text) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  std::string out;
  std::string word;  // the current word, lower case
  auto flush = [&] {
    if (word.empty()) return;
    static constexpr std::array<std::string_view, 7> kParticles = {"de", "del", "la", "las", "los", "y", "e"};
    const bool particle = !out.empty() && std::find(kParticles.begin(), kParticles.end(), word) != kParticles.end();
    if (!particle) {  // the word's first code point upper case
      utf8proc_int32_t cp;
      const utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                                                  static_cast<utf8proc_ssize_t>(word.size()), &cp);
      utf8proc_uint8_t encoded[4];
      const utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_toupper(cp), encoded);
      word.replace(0, static_cast<size_t>(n), reinterpret_cast<const char*>(encoded), static_cast<size_t>(m));
    }
    out += word;
    word.clear();
  };
  for (utf8proc_ssize_t pos = 0; pos < size;) {
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n = utf8proc_iterate(bytes + pos, size - pos, &cp);
    if (n < 0) return "";
    pos += n;
    if (!utf8proc_isupper(cp) && !utf8proc_islower(cp)) {  // a space, hyphen or apostrophe ends a word
      flush();
      utf8proc_uint8_t encoded[4];
      out.append(reinterpret_cast<const char*>(encoded), static_cast<size_t>(utf8proc_encode_char(cp, encoded)));
      continue;
    }
    utf8proc_uint8_t encoded[4];
    word.append(reinterpret_cast<const char*>(encoded), static_cast<size_t>(utf8proc_encode_char(utf8proc_tolower(cp), encoded)));
  }
  flush();
  return out;
}

bool IsDescriptiveName(std::string_view name) {
  return name.find("'s ") != std::string_view::npos || name.find("\u2019s ") != std::string_view::npos;
}

namespace {

// The letter the mapping below makes of a Latin letter U+00C0..U+017F ('e'
// for "É"), or 0 when it makes anything but one ASCII letter. Read from
// utf8proc itself, so that the fast path cannot disagree with it.
char LatinLetter(int32_t cp) {
  static const std::array<char, 0x180 - 0xC0> kTable = [] {
    std::array<char, 0x180 - 0xC0> table{};
    for (int32_t c = 0xC0; c < 0x180; ++c) {
      utf8proc_uint8_t encoded[4];
      const utf8proc_ssize_t n = utf8proc_encode_char(c, encoded);
      utf8proc_uint8_t* mapped = nullptr;
      const utf8proc_ssize_t length =
          utf8proc_map(encoded, n, &mapped,
                       static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                                      UTF8PROC_CASEFOLD));
      if (length == 1 && mapped[0] >= 'a' && mapped[0] <= 'z') table[c - 0xC0] = static_cast<char>(mapped[0]);
      std::free(mapped);
    }
    return table;
  }();
  return cp >= 0xC0 && cp < 0x180 ? kTable[cp - 0xC0] : 0;
}

// NormalizeName of text that is ASCII but for Latin letters LatinLetter
// knows (most names, "Guzmán" and "Treviño" too), without utf8proc's
// allocations: the same mapping for these code points — letters lower-cased
// (accents dropped), digits kept, white space, '-', '/' and '\\' a separator,
// other punctuation, symbols and control characters dropped. False (and
// *out unspecified) for any other text.
bool NormalizeLatin(std::string_view text, std::string* out) {
  out->clear();
  out->reserve(text.size());
  bool pending_space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    auto c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      // Two-byte sequences of U+00C0..U+017F: lead byte 0xC3..0xC5.
      const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
      if (c < 0xC3 || c > 0xC5 || (next & 0xC0) != 0x80) return false;
      const char letter = LatinLetter(((c & 0x1F) << 6) | (next & 0x3F));
      if (letter == 0) return false;
      c = static_cast<unsigned char>(letter);
      ++i;
    }
    if (c == ' ' || (c >= '\t' && c <= '\r') || c == '-' || c == '/' || c == '\\') {
      pending_space = !out->empty();
      continue;
    }
    const bool upper = c >= 'A' && c <= 'Z';
    if (!upper && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) continue;
    if (pending_space) out->push_back(' ');
    pending_space = false;
    out->push_back(static_cast<char>(upper ? c + ('a' - 'A') : c));
  }
  if (out->rfind("the ", 0) == 0) out->erase(0, 4);
  return true;
}

}  // namespace

std::string NormalizeName(std::string_view text) {
  if (std::string out; NormalizeLatin(text, &out)) return out;
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t length = utf8proc_map(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data()), static_cast<utf8proc_ssize_t>(text.size()),
      &mapped,
      static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                     UTF8PROC_CASEFOLD));
  if (length < 0) return "";
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owned(mapped, &std::free);

  std::string out;
  out.reserve(static_cast<size_t>(length));
  bool pending_space = false;
  utf8proc_ssize_t pos = 0;
  while (pos < length) {
    utf8proc_int32_t cp;
    pos += utf8proc_iterate(mapped + pos, length - pos, &cp);
    const utf8proc_category_t category = utf8proc_category(cp);
    const bool is_space = category == UTF8PROC_CATEGORY_ZS || cp == '\t' || cp == '\n' || cp == '\r' ||
                          cp == '\f' || cp == '\v';
    if (is_space || category == UTF8PROC_CATEGORY_PD || cp == '/' || cp == '\\') {
      pending_space = !out.empty();
      continue;
    }
    if (category >= UTF8PROC_CATEGORY_PC && category <= UTF8PROC_CATEGORY_SO) continue;  // P* and S*
    if (category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_MC || category == UTF8PROC_CATEGORY_ME ||
        category == UTF8PROC_CATEGORY_CC || category == UTF8PROC_CATEGORY_CF) {
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    utf8proc_uint8_t encoded[4];
    const utf8proc_ssize_t n = utf8proc_encode_char(cp, encoded);
    out.append(reinterpret_cast<const char*>(encoded), static_cast<size_t>(n));
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

const std::string& NormalizeNameMemo(const std::string& text) {
  thread_local std::unordered_map<std::string, std::string> memo;
  if (memo.size() > 100000) memo.clear();
  auto [it, inserted] = memo.try_emplace(text);
  if (inserted) it->second = NormalizeName(text);
  return it->second;
}

}  // namespace cg
