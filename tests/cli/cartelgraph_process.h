// Runs the cartelgraph binary as a script would, for the command-line
// tests: arguments shell-quoted, stdin from a string, exit status, stdout
// and stderr captured in the test's TempDir.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/temp_dir.h"

namespace cg::testing {

struct Outcome {
  int status = -1;
  std::string out, err;
};

inline std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string ShellQuote(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Runs the cartelgraph binary with `args` (each shell-quoted) and `input`
// on stdin.
inline Outcome Cartelgraph(const TempDir& dir, const std::vector<std::string>& args, const std::string& input = "") {
  std::ofstream(dir.path() + "/stdin") << input;
  std::string command = std::string(CG_BINARY_DIR) + "/cartelgraph";
  for (const std::string& a : args) command += " " + ShellQuote(a);
  command += " < " + dir.path() + "/stdin > " + dir.path() + "/stdout 2> " + dir.path() + "/stderr";
  int rc = std::system(command.c_str());
  Outcome o;
  o.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
  o.out = ReadAll(dir.path() + "/stdout");
  o.err = ReadAll(dir.path() + "/stderr");
  return o;
}

inline bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace cg::testing
