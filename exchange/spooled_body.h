// SpooledBody: the body of an XML export written to an unnamed temporary
// file first, so that the declarations that depend on all of it (attribute
// keys and their types) can be written before it in one pass over the graph.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

#include "schema/status.h"

namespace cg::exchange {

class SpooledBody {
 public:
  // Creates the file in the system temp dir (removed from the directory at
  // once; it lives until the SpooledBody goes away).
  Status Open();
  std::ostream& stream() { return file_; }
  // Appends everything written so far to `out`.
  Status CopyTo(std::ostream& out);

 private:
  std::fstream file_;
};

}  // namespace cg::exchange
