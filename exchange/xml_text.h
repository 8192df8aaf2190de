// Text for XML 1.0 documents (GraphML, GEXF).
#pragma once

#include <string>
#include <string_view>

#include "exchange/property_schema.h"

namespace cg::exchange {

// Appends `text` escaped for element content and double-quoted attribute
// values (& < > " ' and the line breaks and tab, so that attribute values
// keep them). Characters XML 1.0 forbids (C0 controls other than tab, LF,
// CR; U+FFFE, U+FFFF) are dropped, and bytes that are not UTF-8 become
// U+FFFD, so the document always parses.
void AppendXmlEscaped(std::string_view text, std::string* out);

// `name` as an XML NMTOKEN (GraphML attr.name): characters outside letters,
// digits and . - _ : become '_'; "_" for an empty name.
std::string XmlNameToken(std::string_view name);

// The attribute type of a column that GraphML's attr.type and GEXF's
// attribute type both accept: boolean, long, double or string (dates and
// lists are written as text).
std::string_view XmlAttributeType(ColumnType type);

}  // namespace cg::exchange
