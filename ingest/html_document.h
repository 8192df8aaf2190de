// HtmlDocument: the article in a saved web page, read with gumbo (an HTML5
// parser), never with patterns over the markup.
//
// Body: the page's <article> (the one holding the most paragraph text),
// else its <main> / role="main" / itemprop="articleBody" element, else
// <body>; without scripts, styles, forms, navigation, headers, footers,
// asides, and elements whose class, id or role names boilerplate (nav,
// menu, comments, related, share, ads, promo, sidebar, newsletter, ...).
// Block elements (p, h1-h6, li, blockquote, ...) become paragraphs separated
// by a blank line; whitespace inside one is collapsed.
//
// Metadata, first found wins:
//   title      og:title, JSON-LD headline, <title>
//   author     <meta name="author">, JSON-LD author.name, article:author
//   publisher  og:site_name, JSON-LD publisher.name
//   date       article:published_time, JSON-LD datePublished, the first
//              <time datetime>, <meta name="date">
//   url        og:url, <link rel="canonical">
// (JSON-LD: a <script type="application/ld+json"> object, or one in its
// @graph, whose @type is NewsArticle, Article, ReportageNewsArticle or
// BlogPosting.)
#pragma once

#include <string>
#include <string_view>

#include "ingest/document.h"
#include "schema/status.h"

namespace cg::ingest {

// Reads the page `bytes` (UTF-8) of `path` into its body text and metadata.
// Fails (InvalidArgument naming `path`) when the page holds no article text,
// or nests elements more than kMaxHtmlDepth deep (naming the line; html_depth.h).
Status ReadHtml(const std::string& path, std::string_view bytes, std::string* text, FrontMatter* meta);

}  // namespace cg::ingest
