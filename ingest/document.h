// Document: one article file read, checked and split into front matter and
// body, ready for the text stages.
//
// Formats, by file extension (FormatOfPath):
//   .txt .text .md .markdown   UTF-8 plain text or Markdown (below)
//   .html .htm .xhtml          a saved web page: its article body and metadata
//                              (html_document.h)
//   .pdf                       a PDF report: its text layer, title and date
//                              (pdf_document.h)
// Text and Markdown may open with YAML-ish front matter between two "---" lines:
//
//   ---
//   title: El Mencho killed in Tapalpa
//   date: 2026-02-22
//   url: https://example.org/a
//   publisher: Example Wire
//   author: A. Writer
//   ---
//   Body text...
//
// Rejected (Status::InvalidArgument naming the file and the reason): an empty
// file, a file over the size limit, bytes that are not UTF-8 (with the byte
// offset), binary content (NUL bytes), malformed front matter (with the line),
// a page or PDF that its reader refuses.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "schema/date.h"
#include "schema/status.h"

namespace cg::ingest {

struct FrontMatter {
  std::string title, author, publisher, url;
  std::optional<Date> date;
};

struct Document {
  std::string path;
  std::string text;          // text and Markdown: the file's bytes, exactly; HTML and PDF:
                             // the text read from the file (evidence spans index into it)
  std::string analysis;      // same length as `text`: Markdown markup and front matter blanked
  size_t body_begin = 0;     // first byte after the front matter
  FrontMatter meta;
  std::string sha256;        // hex digest of the file's bytes (the article id)
};

enum class DocumentFormat { kText, kMarkdown, kHtml, kPdf, kUnknown };

// The format of a path by its extension (case-insensitive); kUnknown for
// other files, which folders skip and a named file reads as text.
DocumentFormat FormatOfPath(std::string_view path);

struct ReadLimits {
  uint64_t max_bytes = 8u << 20;  // larger files (PDF: 16 times larger) and texts are refused
};

// Reads and checks `path`.
Status LoadDocument(const std::string& path, const ReadLimits& limits, Document* doc);

// Checks and splits `bytes` as if read from `path` (used by LoadDocument and tests).
Status ParseDocument(const std::string& path, std::string bytes, const ReadLimits& limits, Document* doc);

// Lowercase hex SHA-256 of `bytes`.
std::string Sha256Hex(std::string_view bytes);

}  // namespace cg::ingest
