// Display width of UTF-8 text in a terminal, for aligning table columns:
// wide (East Asian, emoji) characters take two cells, combining marks such
// as a decomposed accent take none. Invalid UTF-8 bytes count one cell each.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace cg::format {

// The number of terminal cells `text` occupies.
size_t DisplayWidth(std::string_view text);

// `text` if it fits in `max_width` cells; otherwise its longest prefix that
// fits in max_width - 1 cells followed by "…". Never splits a character or
// separates a base character from its combining marks. max_width 0 yields "".
std::string TruncateToWidth(std::string_view text, size_t max_width);

// The byte length of the longest prefix of `text` whose display width is at
// most `width` (whole characters with their combining marks).
size_t PrefixBytesForWidth(std::string_view text, size_t width);

}  // namespace cg::format
