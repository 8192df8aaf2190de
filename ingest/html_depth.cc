#include "ingest/html_depth.h"

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

namespace cg::ingest {
namespace {

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

template <size_t N>
bool OneOf(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

constexpr std::array<std::string_view, 15> kVoid = {"area", "base",  "br",    "col",   "embed",
                                                    "hr",   "img",   "input", "link",  "meta",
                                                    "param", "source", "track", "wbr", "keygen"};
constexpr std::array<std::string_view, 9> kRawText = {"script", "style",   "textarea", "title",    "xmp",
                                                      "iframe", "noembed", "noframes", "plaintext"};
constexpr std::array<std::string_view, 25> kImplicitlyClosed = {
    "p",     "li",    "dt",    "dd",       "tr",      "td",   "th",     "option", "optgroup",
    "rb",    "rt",    "rp",    "rtc",      "thead",   "tbody", "tfoot", "colgroup", "caption",
    "html",  "head",  "body",  "a",        "button",  "nobr", "form"};

// The lower-case tag name at html[pos), advancing pos past it.
std::string TagName(std::string_view html, size_t* pos) {
  std::string name;
  while (*pos < html.size() && (IsAlpha(html[*pos]) || (html[*pos] >= '0' && html[*pos] <= '9'))) {
    name.push_back(static_cast<char>(html[*pos] | 0x20));
    ++*pos;
  }
  return name;
}

// Advances past the '>' that ends the tag at *pos (quoted attribute values
// may hold '>'); returns whether the tag ends with "/>".
bool SkipTag(std::string_view html, size_t* pos) {
  char quote = 0;
  for (; *pos < html.size(); ++*pos) {
    const char c = html[*pos];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      ++*pos;
      return html[*pos - 2] == '/';
    }
  }
  return false;
}

// Advances past "</name" (any case) and its tag, or to the end.
void SkipRawText(std::string_view html, const std::string& name, size_t* pos) {
  for (size_t at = html.find("</", *pos); at != std::string_view::npos; at = html.find("</", at + 2)) {
    size_t p = at + 2;
    if (TagName(html, &p) == name) {
      *pos = p;
      SkipTag(html, pos);
      return;
    }
  }
  *pos = html.size();
}

}  // namespace

size_t HtmlTooDeepAt(std::string_view html, size_t limit) {
  std::vector<std::string> open;                 // the elements open, outermost first
  std::unordered_map<std::string, size_t> count;  // how many of each are open
  size_t pos = 0;
  while ((pos = html.find('<', pos)) != std::string_view::npos) {
    const size_t tag = pos++;
    if (html.substr(tag, 4) == "<!--") {
      const size_t end = html.find("-->", tag + 4);
      pos = end == std::string_view::npos ? html.size() : end + 3;
    } else if (pos < html.size() && (html[pos] == '!' || html[pos] == '?')) {
      SkipTag(html, &pos);
    } else if (pos + 1 < html.size() && html[pos] == '/' && IsAlpha(html[pos + 1])) {
      ++pos;
      const std::string name = TagName(html, &pos);
      SkipTag(html, &pos);
      if (count[name] == 0) continue;  // nothing to close
      while (open.back() != name) --count[open.back()], open.pop_back();
      --count[name];
      open.pop_back();
    } else if (pos < html.size() && IsAlpha(html[pos])) {
      const std::string name = TagName(html, &pos);
      const bool self_closing = SkipTag(html, &pos);
      if (OneOf(kRawText, name)) {
        if (!self_closing) SkipRawText(html, name, &pos);
      } else if (!self_closing && !OneOf(kVoid, name) && !OneOf(kImplicitlyClosed, name)) {
        if (open.size() == limit) return tag;
        ++count[name];
        open.push_back(name);
      }
    }
  }
  return std::string_view::npos;
}

}  // namespace cg::ingest
