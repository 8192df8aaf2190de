// PdfDocument: the text of a PDF report, read with poppler's C++ API.
//
// Text: every page's text layer in reading order, pages separated by a
// blank line. Metadata from the document information dictionary: Title,
// Author, and the date of CreationDate (else ModDate), as stated in the file
// (no time-zone shift).
//
// Refused (InvalidArgument naming the file): bytes poppler cannot read as a
// PDF (with its last complaint), an encrypted PDF, a PDF without a text
// layer (a scan), text that is not valid UTF-8.
#pragma once

#include <string>
#include <string_view>

#include "ingest/document.h"
#include "schema/status.h"

namespace cg::ingest {

// Thread-safe (poppler's global state is used under a lock).
Status ReadPdf(const std::string& path, std::string_view bytes, std::string* text, FrontMatter* meta);

}  // namespace cg::ingest
