// How the codecs read a Cap'n Proto record: a traversal limit in proportion
// to the record's size. Every valid record is read within a few times its
// own words; a corrupt one whose list pointers claim millions of empty
// elements ("amplified" lists: 616 bytes read as 1 053 816 claims, found by
// record_fuzz) fails as corrupt instead of decoding into gigabytes. Nor is
// a large valid record refused by Cap'n Proto's fixed 64 MiB default.
#pragma once

#include <capnp/message.h>

#include <cstddef>

namespace cg::graph {

inline capnp::ReaderOptions ReaderOptionsFor(size_t words) {
  capnp::ReaderOptions options;
  options.traversalLimitInWords = 8 * words + 1024;
  return options;
}

}  // namespace cg::graph
