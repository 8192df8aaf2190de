// How deeply a page's elements nest, measured by a linear scan before the
// HTML parser runs. Gumbo's tree construction is quadratic in the depth of
// open elements and its tree is freed (and read, html_document.cc)
// recursively: 100 000 nested <div>s took minutes and then overflowed the
// stack. The reader refuses a page deeper than kMaxHtmlDepth.
//
// The scan follows the parser closely enough for a bound: comments,
// doctypes and raw text (script, style, textarea, title) are skipped; void
// and self-closing elements do not nest; elements that a sibling closes
// implicitly (p, li, td, tr, option, a, ...) or that occur once (html, head,
// body) are not counted; an end tag closes every element opened after the
// one it names, and an end tag without an open element is ignored.
#pragma once

#include <cstddef>
#include <string_view>

namespace cg::ingest {

inline constexpr size_t kMaxHtmlDepth = 512;

// The byte offset of the start tag that opens element number `limit` + 1 of
// one nest, or npos when no nest is deeper than `limit`.
size_t HtmlTooDeepAt(std::string_view html, size_t limit = kMaxHtmlDepth);

}  // namespace cg::ingest
