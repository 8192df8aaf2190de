#include "format/text_width.h"

#include <utf8proc.h>

namespace cg::format {

namespace {

// Decodes the character at text[i]: its byte length and display width.
struct Char {
  size_t bytes;
  size_t width;
};

Char CharAt(std::string_view text, size_t i) {
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                        static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
  if (n <= 0) return {1, 1};  // an invalid byte: shown as one replacement cell
  int w = utf8proc_charwidth(cp);
  // Control characters report 0; they are not expected in cells (callers
  // escape them) and count as one so that widths never undercount.
  if (w == 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_CC) w = 1;
  return {static_cast<size_t>(n), static_cast<size_t>(w < 0 ? 1 : w)};
}

}  // namespace

size_t DisplayWidth(std::string_view text) {
  size_t width = 0;
  for (size_t i = 0; i < text.size();) {
    Char c = CharAt(text, i);
    width += c.width;
    i += c.bytes;
  }
  return width;
}

size_t PrefixBytesForWidth(std::string_view text, size_t width) {
  size_t used = 0, i = 0;
  while (i < text.size()) {
    Char c = CharAt(text, i);
    if (c.width > 0 && used + c.width > width) break;
    used += c.width;
    i += c.bytes;
  }
  return i;
}

std::string TruncateToWidth(std::string_view text, size_t max_width) {
  if (DisplayWidth(text) <= max_width) return std::string(text);
  if (max_width == 0) return "";
  std::string out(text.substr(0, PrefixBytesForWidth(text, max_width - 1)));
  out += "…";
  return out;
}

}  // namespace cg::format
