#include "exchange/xml_text.h"

namespace cg::exchange {
namespace {

// The length of the valid UTF-8 sequence at the start of `s`, or 0.
size_t Utf8Length(std::string_view s, uint32_t* code_point) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(0);
  size_t length;
  uint32_t cp;
  if (lead < 0x80) {
    *code_point = lead;
    return 1;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2;
    cp = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    cp = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    cp = lead & 0x07;
  } else {
    return 0;
  }
  if (s.size() < length) return 0;
  for (size_t i = 1; i < length; ++i) {
    if ((byte(i) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i) & 0x3F);
  }
  static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  *code_point = cp;
  return length;
}

}  // namespace

void AppendXmlEscaped(std::string_view text, std::string* out) {
  size_t plain = 0;  // start of the run of bytes copied as they are
  size_t i = 0;
  auto flush = [&](size_t end) { out->append(text.data() + plain, end - plain); };
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) {
      uint32_t cp = 0;
      const size_t length = Utf8Length(text.substr(i), &cp);
      if (length != 0 && cp != 0xFFFE && cp != 0xFFFF) {
        i += length;
        continue;
      }
      flush(i);
      if (length == 0) out->append("\xEF\xBF\xBD");  // U+FFFD for a byte that is not UTF-8
      i += length == 0 ? 1 : length;
      plain = i;
      continue;
    }
    const char* replacement = nullptr;
    switch (c) {
      case '&':
        replacement = "&amp;";
        break;
      case '<':
        replacement = "&lt;";
        break;
      case '>':
        replacement = "&gt;";
        break;
      case '"':
        replacement = "&quot;";
        break;
      case '\'':
        replacement = "&apos;";
        break;
      case '\t':
        replacement = "&#9;";
        break;
      case '\n':
        replacement = "&#10;";
        break;
      case '\r':
        replacement = "&#13;";
        break;
      default:
        if (c < 0x20) replacement = "";  // forbidden in XML 1.0: dropped
    }
    if (replacement) {
      flush(i);
      out->append(replacement);
      plain = i + 1;
    }
    ++i;
  }
  flush(text.size());
}

std::string XmlNameToken(std::string_view name) {
  std::string out;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '-' || c == '_' || c == ':';
    out.push_back(ok ? c : '_');
  }
  return out.empty() ? "_" : out;
}

std::string_view XmlAttributeType(ColumnType type) {
  if (type.list) return "string";
  switch (type.scalar) {
    case ScalarType::kBool:
      return "boolean";
    case ScalarType::kInt:
      return "long";
    case ScalarType::kFloat:
      return "double";
    default:
      return "string";
  }
}

}  // namespace cg::exchange
