// The shell's line editor on a real pseudo-terminal: a child process reads
// one line with LineEditor while the test types into the terminal's other
// end. Ctrl-C ends the read whether it lands while the editor waits for a
// key or while it is busy between two keys, and what is typed in UTF-8
// reads back byte for byte even when the user's locale is C.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <functional>
#include <string>

#include "cli/repl/line_editor.h"

namespace {

using cg::cli::LineEditor;

constexpr char kPrompt[] = "test> ";
constexpr int kInterrupted = 10, kLine = 11, kEnd = 12, kWrongLine = 13, kTimedOut = -1;

void OnInterrupt(int) { LineEditor::NoteInterrupt(); }

// What a child process that read one line reports through its exit code.
int Report(LineEditor::Input input, const std::string& line, const std::string& expected) {
  if (input == LineEditor::Input::kInterrupted) return kInterrupted;
  if (input == LineEditor::Input::kEnd) return kEnd;
  return line == expected ? kLine : kWrongLine;
}

// Runs a child on a new pseudo-terminal that installs SIGINT as the shell
// does (no SA_RESTART), reads one line with an editor whose Tab runs
// `on_tab`, and exits with Report(..., expected). The parent waits for the
// prompt, types `keys`, then — when `wait_for` is not empty — waits until
// the terminal shows it and types `then`. Returns the child's exit code, or
// kTimedOut when it has not ended within a minute (the child is killed).
int TypeIntoEditor(const std::function<void()>& on_tab, const std::string& expected, const std::string& keys,
                   const std::string& wait_for = "", const std::string& then = "") {
  int terminal = -1;
  const pid_t pid = forkpty(&terminal, nullptr, nullptr, nullptr);
  if (pid < 0) return kTimedOut;
  if (pid == 0) {
    setenv("LC_ALL", "C", 1);  // the editor must read UTF-8 all the same
    setenv("HOME", "/nonexistent", 1);
    struct sigaction action = {};
    action.sa_handler = &OnInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, nullptr);
    LineEditor editor("line_editor_test", "", [&](std::string_view) {
      on_tab();
      return cg::cli::Completion{};
    });
    std::string line;
    const LineEditor::Input input = editor.ReadLine(kPrompt, &line);
    _exit(Report(input, line, expected));
  }
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::minutes(1);
  std::string screen;
  enum { kAwaitPrompt, kAwaitEcho, kTyped } stage = kAwaitPrompt;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid, &status, WNOHANG) == pid) {
      close(terminal);
      return WIFEXITED(status) ? WEXITSTATUS(status) : kTimedOut;
    }
    pollfd output{.fd = terminal, .events = POLLIN, .revents = 0};
    if (poll(&output, 1, 50) > 0) {
      char buffer[256];
      const ssize_t n = read(terminal, buffer, sizeof buffer);
      if (n > 0) screen.append(buffer, static_cast<size_t>(n));
    }
    if (stage == kAwaitPrompt && screen.find(kPrompt) != std::string::npos) {
      (void)!write(terminal, keys.data(), keys.size());
      stage = wait_for.empty() ? kTyped : kAwaitEcho;
    }
    if (stage == kAwaitEcho && screen.find(wait_for) != std::string::npos) {
      (void)!write(terminal, then.data(), then.size());
      stage = kTyped;
    }
  }
  kill(pid, SIGKILL);
  waitpid(pid, &status, 0);
  close(terminal);
  return kTimedOut;
}

// Whether this machine can open a pseudo-terminal (a container without /dev/pts cannot).
bool PtyAvailable() {
  const int fd = posix_openpt(O_RDWR | O_NOCTTY);
  if (fd < 0) return false;
  close(fd);
  return true;
}

}  // namespace

TEST_CASE("line editor on a pseudo-terminal") {
  if (!PtyAvailable()) {
    MESSAGE("skipped: no pseudo-terminal on this machine");
    return;
  }
  SUBCASE("Ctrl-C at the prompt drops the typed line") {
    CHECK(TypeIntoEditor([] {}, "", "MATCH (n", "MATCH (n", "\x03") == kInterrupted);
  }
  SUBCASE("a Ctrl-C that lands between two keys ends the read without waiting for another key") {
    // Tab runs the completer inside the editor, between two reads: the signal raised there is
    // the one a busy machine delivers when Ctrl-C arrives while the editor is still echoing the
    // keys before it.
    CHECK(TypeIntoEditor([] { raise(SIGINT); }, "", "MATC\t") == kInterrupted);
  }
  SUBCASE("UTF-8 typed under the C locale reads back as typed") {
    const std::string typed = "RETURN 'Peña 毒枭' AS x";
    CHECK(TypeIntoEditor([] {}, typed, typed + "\r") == kLine);
  }
}
