#include "ingest/html_document.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "ingest/html_depth.h"

namespace cg::ingest {
namespace {

using Output = std::unique_ptr<GumboOutput, void (*)(GumboOutput*)>;

void DestroyOutput(GumboOutput* output) { gumbo_destroy_output(&kGumboDefaultOptions, output); }

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

bool IsElement(const GumboNode* node) { return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE; }

std::string_view Attr(const GumboNode* node, const char* name) {
  if (!IsElement(node)) return {};
  const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

template <typename Fn>
void ForEachChild(const GumboNode* node, Fn&& fn) {
  if (!IsElement(node) && node->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector& children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) fn(static_cast<const GumboNode*>(children.data[i]));
}

// Words of class / id / role values that name page furniture, not article text.
bool IsBoilerplateWord(std::string_view w) {
  static constexpr std::array<std::string_view, 38> kWords = {
      "nav",        "navbar",   "navigation", "menu",       "breadcrumb", "breadcrumbs", "comment",    "comments",
      "related",    "share",    "sharing",    "social",     "ad",         "ads",         "advert",     "advertisement",
      "sponsored",  "promo",    "sidebar",    "newsletter", "subscribe",  "cookie",      "cookies",    "footer",
      "header",     "masthead", "popup",      "modal",      "recommended", "outbrain",   "taboola",    "banner",
      "complementary", "contentinfo", "toolbar", "widget",  "trending",   "signup"};
  return std::find(kWords.begin(), kWords.end(), w) != kWords.end();
}

// Whether a class, id or role value holds a boilerplate word ("related-links",
// "ad_slot", "site-nav main"); words are split on spaces, '-' and '_'.
bool NamesBoilerplate(std::string_view value) {
  const std::string v = Lower(value);
  size_t pos = 0;
  while (pos < v.size()) {
    const size_t end = std::min(v.find_first_of(" \t\n-_", pos), v.size());
    if (end > pos && IsBoilerplateWord(std::string_view(v).substr(pos, end - pos))) return true;
    pos = end + 1;
  }
  return false;
}

// Elements whose subtree is never article text.
bool IsSkipped(const GumboNode* node) {
  if (node->type == GUMBO_NODE_COMMENT) return true;
  if (!IsElement(node)) return false;
  switch (node->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_HEAD: case GUMBO_TAG_FIGURE: case GUMBO_TAG_MENU:
      return true;
    default: break;
  }
  if (gumbo_get_attribute(&node->v.element.attributes, "hidden") || Attr(node, "aria-hidden") == "true") return true;
  return NamesBoilerplate(Attr(node, "class")) || NamesBoilerplate(Attr(node, "id")) ||
         NamesBoilerplate(Attr(node, "role"));
}

bool IsBlock(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_LI: case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_DL:
    case GUMBO_TAG_DT: case GUMBO_TAG_DD: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_ADDRESS: case GUMBO_TAG_HR:
    case GUMBO_TAG_BR: case GUMBO_TAG_BODY:
      return true;
    default: return false;
  }
}

// Collects the text of a subtree as paragraphs.
class TextWriter {
 public:
  void Walk(const GumboNode* node) {
    if (IsSkipped(node)) return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
      Append(node->v.text.text);
      return;
    }
    const bool block = IsElement(node) && IsBlock(node->v.element.tag);
    if (block) EndParagraph();
    ForEachChild(node, [&](const GumboNode* child) { Walk(child); });
    if (block) EndParagraph();
  }

  std::string Finish() {
    EndParagraph();
    return std::move(text_);
  }

  // Appends with whitespace (and no-break spaces) collapsed to one space.
  void Append(std::string_view s) {
    for (size_t i = 0; i < s.size(); ++i) {
      const bool nbsp = static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
                        static_cast<unsigned char>(s[i + 1]) == 0xA0;
      if (nbsp || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f') {
        space_ = !paragraph_.empty();
        i += nbsp;
        continue;
      }
      if (space_) paragraph_.push_back(' ');
      space_ = false;
      paragraph_.push_back(s[i]);
    }
  }

 private:
  void EndParagraph() {
    if (!paragraph_.empty()) {
      if (!text_.empty()) text_ += "\n\n";
      text_ += paragraph_;
    }
    paragraph_.clear();
    space_ = false;
  }

  std::string text_, paragraph_;
  bool space_ = false;
};

std::string TextOf(const GumboNode* node) {
  TextWriter w;
  w.Walk(node);
  return w.Finish();
}

// Every element (outside skipped subtrees when `skip`) in document order.
template <typename Fn>
void ForEachElement(const GumboNode* node, bool skip, Fn&& fn) {
  if (skip && IsSkipped(node)) return;
  if (IsElement(node)) fn(node);
  ForEachChild(node, [&](const GumboNode* child) { ForEachElement(child, skip, fn); });
}

// The element that holds the article text (see the header).
const GumboNode* BodyRoot(const GumboNode* root) {
  const GumboNode* best = nullptr;
  size_t best_size = 0;
  ForEachElement(root, true, [&](const GumboNode* e) {
    if (e->v.element.tag != GUMBO_TAG_ARTICLE) return;
    const size_t size = TextOf(e).size();
    if (size > best_size) {
      best = e;
      best_size = size;
    }
  });
  if (best) return best;
  ForEachElement(root, true, [&](const GumboNode* e) {
    if (!best && (e->v.element.tag == GUMBO_TAG_MAIN || Attr(e, "role") == "main" ||
                  Attr(e, "itemprop") == "articleBody")) {
      best = e;
    }
  });
  if (best) return best;
  ForEachElement(root, false, [&](const GumboNode* e) {
    if (!best && e->v.element.tag == GUMBO_TAG_BODY) best = e;
  });
  return best ? best : root;
}

// Raw text of an element's text children (<title>, <script>).
std::string ChildText(const GumboNode* node) {
  std::string out;
  ForEachChild(node, [&](const GumboNode* c) {
    if (c->type == GUMBO_NODE_TEXT || c->type == GUMBO_NODE_CDATA || c->type == GUMBO_NODE_WHITESPACE) {
      out += c->v.text.text;
    }
  });
  return out;
}

std::string Collapse(std::string_view s) {
  TextWriter w;
  w.Append(s);
  return w.Finish();
}

void SetIfEmpty(std::string* field, std::string_view value) {
  if (field->empty()) *field = Collapse(value);
}

void SetDateIfEmpty(std::optional<Date>* date, std::string_view value) {
  if (*date || value.size() < 4) return;
  for (size_t length : {size_t{10}, size_t{7}, size_t{4}}) {
    if (value.size() >= length) {
      if (auto d = Date::Parse(value.substr(0, length))) {
        *date = d;
        return;
      }
    }
  }
}

std::string JsonName(const nlohmann::json& j) {
  if (j.is_string()) return j.get<std::string>();
  if (j.is_object() && j.contains("name") && j["name"].is_string()) return j["name"].get<std::string>();
  if (j.is_array()) {
    std::string out;
    for (const auto& item : j) {
      const std::string name = JsonName(item);
      if (!name.empty()) out += (out.empty() ? "" : ", ") + name;
    }
    return out;
  }
  return "";
}

bool IsArticleType(const nlohmann::json& type) {
  auto one = [](const nlohmann::json& t) {
    if (!t.is_string()) return false;
    const std::string s = t.get<std::string>();
    return s == "NewsArticle" || s == "Article" || s == "ReportageNewsArticle" || s == "BlogPosting";
  };
  if (type.is_array()) return std::any_of(type.begin(), type.end(), one);
  return one(type);
}

// The first article object of a JSON-LD value (itself, an array item, or in @graph).
const nlohmann::json* FindArticleObject(const nlohmann::json& j) {
  if (j.is_array()) {
    for (const auto& item : j) {
      if (const auto* found = FindArticleObject(item)) return found;
    }
    return nullptr;
  }
  if (!j.is_object()) return nullptr;
  if (j.contains("@type") && IsArticleType(j["@type"])) return &j;
  if (j.contains("@graph")) return FindArticleObject(j["@graph"]);
  return nullptr;
}

void ReadJsonLd(std::string_view script, FrontMatter* meta, std::optional<Date>* date) {
  const nlohmann::json j = nlohmann::json::parse(script, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return;  // a broken script block is the page's problem, not the article's
  const nlohmann::json* article = FindArticleObject(j);
  if (!article) return;
  auto text = [&](const char* key) -> std::string {
    return article->contains(key) ? JsonName((*article)[key]) : std::string();
  };
  SetIfEmpty(&meta->title, text("headline"));
  SetIfEmpty(&meta->author, text("author"));
  SetIfEmpty(&meta->publisher, text("publisher"));
  SetIfEmpty(&meta->url, text("url"));
  SetDateIfEmpty(date, text("datePublished"));
}

// Metadata in the order of precedence the header gives.
void ReadMetadata(const GumboNode* root, const GumboNode* body, FrontMatter* meta) {
  std::string og_title, og_site, og_url, published, article_author, meta_author, meta_date, title, canonical;
  std::vector<std::string> json_ld;
  ForEachElement(root, false, [&](const GumboNode* e) {
    switch (e->v.element.tag) {
      case GUMBO_TAG_META: {
        const std::string key = Lower(Attr(e, "property").empty() ? Attr(e, "name") : Attr(e, "property"));
        const std::string_view content = Attr(e, "content");
        if (key == "og:title") og_title = content;
        else if (key == "og:site_name") og_site = content;
        else if (key == "og:url") og_url = content;
        else if (key == "article:published_time") published = content;
        else if (key == "article:author" && content.find("://") == std::string_view::npos) article_author = content;
        else if (key == "author") meta_author = content;
        else if (key == "date" || key == "pubdate" || key == "dc.date") meta_date = content;
        break;
      }
      case GUMBO_TAG_TITLE: if (title.empty()) title = ChildText(e); break;
      case GUMBO_TAG_LINK:
        if (Lower(Attr(e, "rel")) == "canonical") canonical = Attr(e, "href");
        break;
      case GUMBO_TAG_SCRIPT:
        if (Lower(Attr(e, "type")) == "application/ld+json") json_ld.push_back(ChildText(e));
        break;
      default: break;
    }
  });
  std::string time_datetime;
  ForEachElement(body, false, [&](const GumboNode* e) {
    if (time_datetime.empty() && e->v.element.tag == GUMBO_TAG_TIME) time_datetime = Attr(e, "datetime");
  });
  if (time_datetime.empty()) {
    ForEachElement(root, false, [&](const GumboNode* e) {
      if (time_datetime.empty() && e->v.element.tag == GUMBO_TAG_TIME) time_datetime = Attr(e, "datetime");
    });
  }
  std::optional<Date> date;
  SetIfEmpty(&meta->title, og_title);
  SetIfEmpty(&meta->author, meta_author);
  SetIfEmpty(&meta->publisher, og_site);
  SetIfEmpty(&meta->url, og_url);
  SetDateIfEmpty(&date, published);
  for (const std::string& script : json_ld) ReadJsonLd(script, meta, &date);
  SetIfEmpty(&meta->title, title);
  SetIfEmpty(&meta->author, article_author);
  SetIfEmpty(&meta->url, canonical);
  SetDateIfEmpty(&date, time_datetime);
  SetDateIfEmpty(&date, meta_date);
  meta->date = date;
}

}  // namespace

Status ReadHtml(const std::string& path, std::string_view bytes, std::string* text, FrontMatter* meta) {
  if (const size_t deep = HtmlTooDeepAt(bytes); deep != std::string_view::npos) {
    const auto line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(deep), '\n');
    return Status::InvalidArgument(fmt::format("{}: line {}: elements nest more than {} deep (HTML this deep is refused)",
                                               path, line, kMaxHtmlDepth));
  }
  Output output(gumbo_parse_with_options(&kGumboDefaultOptions, bytes.data(), bytes.size()), DestroyOutput);
  if (!output) return Status::InvalidArgument(fmt::format("{}: the HTML parser could not read the page", path));
  const GumboNode* body = BodyRoot(output->root);
  *meta = FrontMatter();
  ReadMetadata(output->document, body, meta);
  *text = TextOf(body);
  if (text->empty()) {
    return Status::InvalidArgument(fmt::format("{}: the page holds no article text (HTML with an empty body)", path));
  }
  return Status::OK();
}

}  // namespace cg::ingest
