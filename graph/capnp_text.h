// Cap'n Proto text from a std::string, every byte of it. KJ converts a
// std::string implicitly through c_str(), which stops at the first NUL
// byte: without this a string value "a\0b" (Cypher 'a\u0000b') would be
// stored as "a". Every text field the codecs write goes through TextOf.
#pragma once

#include <capnp/blob.h>

#include <string>

namespace cg::graph {

inline capnp::Text::Reader TextOf(const std::string& s) { return capnp::Text::Reader(s.data(), s.size()); }

}  // namespace cg::graph
