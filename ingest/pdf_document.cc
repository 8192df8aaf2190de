#include "ingest/pdf_document.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <memory>
#include <mutex>

#include <fmt/format.h>

namespace cg::ingest {
namespace {

// Poppler reports problems through one global callback; ReadPdf holds this
// lock while poppler runs, so the callback writes the caller's message.
std::mutex& PopplerLock() {
  static std::mutex lock;
  return lock;
}

std::string* last_error = nullptr;  // guarded by PopplerLock()

void OnPopplerError(const std::string& message, void*) {
  if (last_error) *last_error = message;
}

std::string Utf8(const poppler::ustring& s) {
  const poppler::byte_array bytes = s.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

// "D:20240115093000+01'00'" -> 2024-01-15 (the date as written).
std::optional<Date> PdfDate(std::string_view raw) {
  if (raw.starts_with("D:")) raw.remove_prefix(2);
  if (raw.size() < 4) return std::nullopt;
  std::string iso(raw.substr(0, 4));
  if (raw.size() >= 6) iso += "-" + std::string(raw.substr(4, 2));
  if (raw.size() >= 8) iso += "-" + std::string(raw.substr(6, 2));
  return Date::Parse(iso);
}

}  // namespace

Status ReadPdf(const std::string& path, std::string_view bytes, std::string* text, FrontMatter* meta) {
  std::lock_guard<std::mutex> guard(PopplerLock());
  std::string error;
  last_error = &error;
  poppler::set_debug_error_function(OnPopplerError, nullptr);
  struct Reset {
    ~Reset() { last_error = nullptr; }
  } reset;
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) {
    return Status::InvalidArgument(fmt::format("{}: not a readable PDF{}", path, error.empty() ? "" : " (" + error + ")"));
  }
  if (doc->is_locked()) return Status::InvalidArgument(fmt::format("{}: the PDF is encrypted; save an unlocked copy", path));
  *meta = FrontMatter();
  meta->title = Utf8(doc->info_key("Title"));
  meta->author = Utf8(doc->info_key("Author"));
  meta->date = PdfDate(Utf8(doc->info_key("CreationDate")));
  if (!meta->date) meta->date = PdfDate(Utf8(doc->info_key("ModDate")));
  text->clear();
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) return Status::InvalidArgument(fmt::format("{}: page {} cannot be read", path, i + 1));
    std::string page_text = Utf8(page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout));
    while (!page_text.empty() && (page_text.back() == '\n' || page_text.back() == ' ' || page_text.back() == '\f')) {
      page_text.pop_back();
    }
    if (page_text.empty()) continue;
    if (!text->empty()) *text += "\n\n";
    *text += page_text;
  }
  if (text->find_first_not_of(" \t\r\n\f") == std::string::npos) {
    return Status::InvalidArgument(
        fmt::format("{}: the PDF has no text layer ({} page(s) of images?); run OCR first", path, doc->pages()));
  }
  return Status::OK();
}

}  // namespace cg::ingest
