#include "ingest/document.h"

#include <openssl/evp.h>
#include <utf8proc.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string_view>

#include <fmt/format.h>

#include "ingest/html_document.h"
#include "ingest/pdf_document.h"

namespace cg::ingest {
namespace {

namespace fs = std::filesystem;

// Byte offset of the first invalid UTF-8 sequence, or npos.
size_t FirstInvalidUtf8(std::string_view text) {
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  const auto size = static_cast<utf8proc_ssize_t>(text.size());
  utf8proc_ssize_t pos = 0;
  while (pos < size) {
    if (bytes[pos] < 0x80) {
      ++pos;
      continue;
    }
    utf8proc_int32_t cp;
    const utf8proc_ssize_t n = utf8proc_iterate(bytes + pos, size - pos, &cp);
    if (n < 0) return static_cast<size_t>(pos);
    pos += n;
  }
  return std::string_view::npos;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  if (s.size() >= 2 && (s.front() == '"' || s.front() == '\'') && s.back() == s.front()) {
    s = s.substr(1, s.size() - 2);
  }
  return s;
}

// Parses the front matter opening `text` ("---" line ... "---" line). Sets
// *body_begin past it; leaves it 0 when there is none.
Status ParseFrontMatter(const std::string& path, std::string_view text, FrontMatter* meta, size_t* body_begin) {
  *body_begin = 0;
  if (!(text.starts_with("---\n") || text.starts_with("---\r\n"))) return Status::OK();
  size_t pos = text.find('\n') + 1;
  int line = 1;
  while (pos < text.size()) {
    ++line;
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(pos, end - pos);
    const std::string_view content = Trim(raw);
    pos = end + 1;
    if (content == "---") {
      *body_begin = std::min(pos, text.size());
      return Status::OK();
    }
    if (content.empty() || content.front() == '#') continue;
    const size_t colon = content.find(':');
    if (colon == std::string_view::npos || colon == 0) {
      return Status::InvalidArgument(
          fmt::format("{}:{}: front matter line '{}': expected 'key: value'", path, line, content));
    }
    const std::string key(Trim(content.substr(0, colon)));
    const std::string value(Trim(content.substr(colon + 1)));
    if (key == "title") {
      meta->title = value;
    } else if (key == "author") {
      meta->author = value;
    } else if (key == "publisher") {
      meta->publisher = value;
    } else if (key == "url") {
      meta->url = value;
    } else if (key == "date" || key == "published") {
      meta->date = Date::Parse(value.substr(0, std::min<size_t>(value.size(), 10)));
      if (!meta->date) {
        return Status::InvalidArgument(fmt::format(
            "{}:{}: front matter date '{}': expected an ISO date such as 2026-02-22", path, line, value));
      }
    }  // other keys (tags, ...) are allowed and ignored
  }
  return Status::InvalidArgument(fmt::format("{}: front matter opened by '---' on line 1 is never closed", path));
}

// Blanks Markdown markup (headings' '#', emphasis, link brackets and targets,
// images, code fences) with spaces so that offsets stay those of the text.
void BlankMarkdown(std::string* s, size_t from) {
  std::string& t = *s;
  bool line_start = true;
  for (size_t i = from; i < t.size(); ++i) {
    const char c = t[i];
    if (c == '\n') {
      line_start = true;
      continue;
    }
    if (line_start) {
      size_t j = i;
      while (j < t.size() && (t[j] == '#' || t[j] == '>')) t[j++] = ' ';
      if (t.compare(i, 3, "```") == 0) {
        while (i < t.size() && t[i] != '\n') t[i++] = ' ';
        --i;
        continue;
      }
      line_start = false;
    }
    if (c == '*' || c == '`') {
      t[i] = ' ';
    } else if (c == '!' && i + 1 < t.size() && t[i + 1] == '[') {
      const size_t close = t.find(')', i);
      const size_t nl = t.find('\n', i);
      if (close != std::string::npos && close < nl) {
        for (size_t k = i; k <= close; ++k) t[k] = ' ';
        i = close;
      }
    } else if (c == '[') {
      const size_t mid = t.find("](", i);
      const size_t nl = t.find('\n', i);
      if (mid != std::string::npos && mid < nl) {
        const size_t close = t.find(')', mid);
        if (close != std::string::npos && close < nl) {
          t[i] = ' ';
          for (size_t k = mid; k <= close; ++k) t[k] = ' ';
          i = close;
        }
      }
    }
  }
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(length * 2);
  for (unsigned int i = 0; i < length; ++i) {
    out.push_back(kHex[digest[i] >> 4]);
    out.push_back(kHex[digest[i] & 15]);
  }
  return out;
}

namespace {

// "line L, byte offset O" of the byte at `offset`.
std::string PositionOf(std::string_view bytes, size_t offset) {
  const size_t line = 1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
  return fmt::format("line {}, byte offset {}", line, offset);
}

// The checks every text passes, whatever the file's format.
Status CheckText(const std::string& path, std::string_view bytes, std::string_view what) {
  if (const size_t nul = bytes.find('\0'); nul != std::string::npos) {
    return Status::InvalidArgument(
        fmt::format("{}: binary content (NUL byte at {}); expected {}", path, PositionOf(bytes, nul), what));
  }
  if (const size_t bad = FirstInvalidUtf8(bytes); bad != std::string_view::npos) {
    return Status::InvalidArgument(
        fmt::format("{}: invalid UTF-8 at {}; expected {}", path, PositionOf(bytes, bad), what));
  }
  return Status::OK();
}

// A PDF's images make the file much larger than its text.
uint64_t FileLimit(DocumentFormat format, const ReadLimits& limits) {
  return format == DocumentFormat::kPdf ? 16 * limits.max_bytes : limits.max_bytes;
}

// A document of text a reader made from the file (HTML, PDF): nothing to
// blank, the article id is the digest of the file's own bytes.
Status FromExtractedText(const std::string& path, std::string_view bytes, std::string text, FrontMatter meta,
                         const ReadLimits& limits, Document* doc) {
  if (text.size() > limits.max_bytes) {
    return Status::InvalidArgument(fmt::format("{}: its text of {} bytes is over the size limit of {} bytes", path,
                                               text.size(), limits.max_bytes));
  }
  CG_RETURN_IF_ERROR(CheckText(path, text, "text"));
  if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::InvalidArgument(fmt::format("{}: empty article (no text)", path));
  }
  Document out;
  out.path = path;
  out.meta = std::move(meta);
  out.sha256 = Sha256Hex(bytes);
  out.analysis = text;
  out.text = std::move(text);
  *doc = std::move(out);
  return Status::OK();
}

}  // namespace

DocumentFormat FormatOfPath(std::string_view path) {
  std::string ext(fs::path(path).extension().string());
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  if (ext == ".txt" || ext == ".text") return DocumentFormat::kText;
  if (ext == ".md" || ext == ".markdown") return DocumentFormat::kMarkdown;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return DocumentFormat::kHtml;
  if (ext == ".pdf") return DocumentFormat::kPdf;
  return DocumentFormat::kUnknown;
}

Status ParseDocument(const std::string& path, std::string bytes, const ReadLimits& limits, Document* doc) {
  const DocumentFormat format = FormatOfPath(path);
  if (bytes.size() > FileLimit(format, limits)) {
    return Status::InvalidArgument(fmt::format("{}: {} bytes is over the size limit of {} bytes", path, bytes.size(),
                                               FileLimit(format, limits)));
  }
  if (format == DocumentFormat::kPdf) {
    std::string text;
    FrontMatter meta;
    CG_RETURN_IF_ERROR(ReadPdf(path, bytes, &text, &meta));
    return FromExtractedText(path, bytes, std::move(text), std::move(meta), limits, doc);
  }
  if (format == DocumentFormat::kHtml) {
    CG_RETURN_IF_ERROR(CheckText(path, bytes, "an HTML page in UTF-8"));
    std::string text;
    FrontMatter meta;
    CG_RETURN_IF_ERROR(ReadHtml(path, bytes, &text, &meta));
    return FromExtractedText(path, bytes, std::move(text), std::move(meta), limits, doc);
  }
  CG_RETURN_IF_ERROR(CheckText(path, bytes, "UTF-8 text"));
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Status::InvalidArgument(fmt::format("{}: empty article (no text)", path));
  }
  Document out;
  out.path = path;
  CG_RETURN_IF_ERROR(ParseFrontMatter(path, bytes, &out.meta, &out.body_begin));
  if (bytes.find_first_not_of(" \t\r\n", out.body_begin) == std::string::npos) {
    return Status::InvalidArgument(fmt::format("{}: empty article (front matter but no body)", path));
  }
  out.analysis = bytes;
  std::fill(out.analysis.begin(), out.analysis.begin() + static_cast<long>(out.body_begin), ' ');
  if (format == DocumentFormat::kMarkdown) BlankMarkdown(&out.analysis, out.body_begin);
  out.sha256 = Sha256Hex(bytes);
  out.text = std::move(bytes);
  *doc = std::move(out);
  return Status::OK();
}

Status LoadDocument(const std::string& path, const ReadLimits& limits, Document* doc) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(fmt::format("{}: cannot open for reading", path));
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  if (size < 0) return Status::IOError(fmt::format("{}: cannot read", path));
  if (const uint64_t limit = FileLimit(FormatOfPath(path), limits); static_cast<uint64_t>(size) > limit) {
    return Status::InvalidArgument(fmt::format("{}: {} bytes is over the size limit of {} bytes", path, size, limit));
  }
  in.seekg(0);
  std::string bytes(static_cast<size_t>(size), '\0');
  if (!in.read(bytes.data(), size)) return Status::IOError(fmt::format("{}: read failed", path));
  return ParseDocument(path, std::move(bytes), limits, doc);
}

}  // namespace cg::ingest
