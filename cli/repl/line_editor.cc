#include "cli/repl/line_editor.h"

#include <histedit.h>
#include <poll.h>
#include <pthread.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cwchar>

namespace cg::cli {

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

// The number of characters (not bytes) in UTF-8 `text`, as libedit counts.
int CharCount(std::string_view text) {
  int n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

int TerminalColumns() {
  winsize ws{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 80;
}

// Statements are UTF-8 text whatever the user's locale says: libedit
// decodes keys and encodes lines by LC_CTYPE, and under the C locale it
// drops every byte above 0x7F ("Peña" would read "Pea").
void UseUtf8CharacterType() {
  const char* chosen = std::setlocale(LC_CTYPE, "");
  if (chosen && MB_CUR_MAX > 1) {
    wchar_t wc = 0;
    std::mbstate_t state{};
    if (std::mbrtowc(&wc, "\xC3\xB1", 2, &state) == 2 && wc == L'\u00F1') return;  // "ñ": UTF-8
  }
  std::setlocale(LC_CTYPE, "C.UTF-8");
}

// libedit's character reader (EL_GETCFN), one UTF-8 character from stdin.
// SIGINT is blocked except while the reader waits for input (ppoll), so a
// Ctrl-C that lands while the editor is busy between two reads ends the
// read at once instead of waiting for the next key. Returns 1 with the
// character, 0 at end of input, -1 with errno EINTR once interrupted.
int ReadCharInterruptibly(EditLine*, wchar_t* out) {
  sigset_t sigint;
  sigset_t previous;
  sigemptyset(&sigint);
  sigaddset(&sigint, SIGINT);
  pthread_sigmask(SIG_BLOCK, &sigint, &previous);
  sigset_t while_waiting = previous;
  sigdelset(&while_waiting, SIGINT);
  std::mbstate_t state{};
  int result = -1;
  for (;;) {
    if (g_interrupted) {
      errno = EINTR;
      break;
    }
    pollfd input{.fd = STDIN_FILENO, .events = POLLIN, .revents = 0};
    if (ppoll(&input, 1, nullptr, &while_waiting) < 0) {
      if (errno == EINTR) continue;  // SIGINT shows at the top; others retry
      break;
    }
    char byte = 0;
    ssize_t n = read(STDIN_FILENO, &byte, 1);
    if (n < 0 && (errno == EINTR || errno == EAGAIN)) continue;
    if (n <= 0) {
      result = n == 0 ? 0 : -1;
      break;
    }
    size_t used = std::mbrtowc(out, &byte, 1, &state);
    if (used == static_cast<size_t>(-2)) continue;  // inside a multibyte character
    if (used == static_cast<size_t>(-1)) {          // invalid byte: dropped
      state = {};
      continue;
    }
    result = 1;
    break;
  }
  pthread_sigmask(SIG_SETMASK, &previous, nullptr);
  return result;
}

}  // namespace

struct LineEditorState {
  EditLine* el = nullptr;
  History* history = nullptr;
  std::string history_path;
  LineEditor::Completer completer;
  std::string prompt;
};

namespace {

char* Prompt(EditLine* el) {
  LineEditorState* state = nullptr;
  el_get(el, EL_CLIENTDATA, &state);
  return state->prompt.data();
}

// Tab: completes the word before the cursor to the candidates' common
// prefix; when that adds nothing, lists the candidates.
unsigned char CompleteKey(EditLine* el, int) {
  LineEditorState* state = nullptr;
  el_get(el, EL_CLIENTDATA, &state);
  const LineInfo* info = el_line(el);
  std::string_view before(info->buffer, static_cast<size_t>(info->cursor - info->buffer));
  cli::Completion c = state->completer(before);
  if (c.candidates.empty()) return CC_REFRESH_BEEP;
  std::string_view typed = before.substr(c.start);
  std::string common = cli::CommonPrefix(c.candidates);
  if (c.candidates.size() == 1 || common.size() > typed.size()) {
    el_deletestr(el, CharCount(typed));
    el_insertstr(el, common.c_str());
    return CC_REFRESH;
  }
  size_t width = 0;
  for (const std::string& s : c.candidates) width = std::max(width, s.size());
  size_t per_line = std::max<size_t>(1, static_cast<size_t>(TerminalColumns()) / (width + 2));
  std::string list = "\n";
  for (size_t i = 0; i < c.candidates.size(); ++i) {
    list += c.candidates[i];
    bool end_of_line = (i + 1) % per_line == 0 || i + 1 == c.candidates.size();
    list += end_of_line ? "\n" : std::string(width + 2 - c.candidates[i].size(), ' ');
  }
  std::fputs(list.c_str(), stdout);
  std::fflush(stdout);
  return CC_REDISPLAY;
}

}  // namespace

LineEditor::LineEditor(const char* program, std::string history_path, Completer completer)
    : state_(std::make_unique<LineEditorState>()) {
  state_->history_path = std::move(history_path);
  state_->completer = std::move(completer);
  HistEvent ev;
  state_->history = history_init();
  history(state_->history, &ev, H_SETSIZE, 2000);
  history(state_->history, &ev, H_SETUNIQUE, 1);
  if (!state_->history_path.empty()) history(state_->history, &ev, H_LOAD, state_->history_path.c_str());
  UseUtf8CharacterType();
  state_->el = el_init(program, stdin, stdout, stderr);
  el_set(state_->el, EL_CLIENTDATA, state_.get());
  el_set(state_->el, EL_GETCFN, &ReadCharInterruptibly);
  el_set(state_->el, EL_EDITOR, "emacs");
  el_set(state_->el, EL_PROMPT, &Prompt);
  el_set(state_->el, EL_HIST, history, state_->history);
  el_set(state_->el, EL_ADDFN, "cg-complete", "Complete the word before the cursor", &CompleteKey);
  el_set(state_->el, EL_BIND, "^I", "cg-complete", nullptr);
  el_source(state_->el, nullptr);
}

LineEditor::~LineEditor() {
  HistEvent ev;
  if (!state_->history_path.empty()) history(state_->history, &ev, H_SAVE, state_->history_path.c_str());
  el_end(state_->el);
  history_end(state_->history);
}

LineEditor::Input LineEditor::ReadLine(const std::string& prompt, std::string* line) {
  state_->prompt = prompt;
  g_interrupted = 0;
  int count = 0;
  const char* text = el_gets(state_->el, &count);
  if (g_interrupted) {
    g_interrupted = 0;
    el_reset(state_->el);
    return Input::kInterrupted;
  }
  if (!text || count <= 0) return Input::kEnd;
  line->assign(text, static_cast<size_t>(count));
  while (!line->empty() && (line->back() == '\n' || line->back() == '\r')) line->pop_back();
  return Input::kLine;
}

void LineEditor::AddHistory(const std::string& line) {
  HistEvent ev;
  history(state_->history, &ev, H_ENTER, line.c_str());
}

void LineEditor::NoteInterrupt() { g_interrupted = 1; }

}  // namespace cg::cli
