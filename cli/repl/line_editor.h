// LineEditor: reads lines at a terminal with libedit — emacs key bindings,
// history (loaded from and saved to a file), Tab completion through a
// callback. ~/.editrc customizations apply.
//
// Text: lines are UTF-8. Constructing an editor sets LC_CTYPE to the user's
// locale when that is UTF-8, else to C.UTF-8.
//
// Interrupts: the caller owns SIGINT. Its handler, installed without
// SA_RESTART, must call LineEditor::NoteInterrupt(); a Ctrl-C at the prompt
// then makes ReadLine return kInterrupted (the typed line is dropped) — also
// when it lands while the editor is busy between two keys.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "cli/input/completion.h"

namespace cg::cli {

struct LineEditorState;  // libedit's handles and what its callbacks need

class LineEditor {
 public:
  // Completes the word before the cursor; `before_cursor` is the current
  // line up to the cursor.
  using Completer = std::function<cli::Completion(std::string_view before_cursor)>;

  enum class Input { kLine, kInterrupted, kEnd };

  // `history_path` empty: history is kept for the session only.
  LineEditor(const char* program, std::string history_path, Completer completer);
  ~LineEditor();  // saves the history
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  // Shows `prompt` and reads one line (without its newline) into `line`.
  // kEnd: Ctrl-D on an empty line, or the input closed.
  Input ReadLine(const std::string& prompt, std::string* line);

  void AddHistory(const std::string& line);

  // Async-signal-safe: records that SIGINT arrived.
  static void NoteInterrupt();

 private:
  std::unique_ptr<LineEditorState> state_;
};

}  // namespace cg::cli
