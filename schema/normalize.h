// Name normalization: the key under which surface forms of one name meet.
// Unicode NFKD, accents (combining marks) dropped, case folded, dashes and
// slashes become spaces, other punctuation and symbols are dropped, white
// space folded, and a leading "the " dropped. So "Cártel de Jalisco",
// "CARTEL DE JALISCO" and "the Cartel de Jalisco" all give
// "cartel de jalisco", and "U.S." gives "us".
#pragma once

#include <string>
#include <string_view>

namespace cg {

// Returns the normalized form; invalid UTF-8 yields "".
std::string NormalizeName(std::string_view text);

// NormalizeName memoized per thread, for callers that normalize the same names again and again
// (ingest's aliases, entity resolution). The reference stays valid until the thread's next call.
const std::string& NormalizeNameMemo(const std::string& text);

// A name written in capitals as a name is usually written: each word's first
// letter upper case, the rest lower case, and the Spanish particles "de",
// "del", "la", "las", "los", "y", "e" lower case inside it ("CIUDAD MIER" ->
// "Ciudad Mier", "GUADALUPE Y CALVO" -> "Guadalupe y Calvo", "APATZINGÁN" ->
// "Apatzingán"). Invalid UTF-8 yields "".
std::string TitleCaseName(std::string_view text);

// True when `text` is valid UTF-8.
bool IsValidUtf8(std::string_view text);

// True when a person's name is a description through someone else's name
// ("El Mencho's son", "Omar Treviño Morales’s brother"): the name
// ingest gives a person it knows only that way, never a person's own name.
bool IsDescriptiveName(std::string_view name);

}  // namespace cg
