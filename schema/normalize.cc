#include "schema/normalize.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

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

namespace {

// NormalizeName of all-ASCII text (most names), without utf8proc: the same
// mapping for these 128 code points — letters lower-cased, digits kept,
// white space, '-', '/' and '\\' a separator, other punctuation, symbols
// and control characters dropped.
std::string NormalizeAscii(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == ' ' || (c >= '\t' && c <= '\r') || c == '-' || c == '/' || c == '\\') {
      pending_space = !out.empty();
      continue;
    }
    const bool upper = c >= 'A' && c <= 'Z';
    if (!upper && !(c >= 'a' && c <= 'z') && !(c >= '0' && c <= '9')) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(static_cast<char>(upper ? c + ('a' - 'A') : c));
  }
  if (out.rfind("the ", 0) == 0) out.erase(0, 4);
  return out;
}

}  // namespace

std::string NormalizeName(std::string_view text) {
  if (std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return NormalizeAscii(text);
  }
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

}  // namespace cg
