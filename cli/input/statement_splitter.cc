#include "cli/input/statement_splitter.h"

namespace cg::cli {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

}  // namespace

std::vector<Statement> StatementSplitter::Feed(std::string_view text) {
  std::vector<Statement> out;
  for (char c : text) {
    char last = c;  // what last_ becomes; '\0' when c completes a delimiter
    switch (state_) {
      case State::kCode:
        if (last_ == '/' && (c == '/' || c == '*')) {
          state_ = c == '/' ? State::kLineComment : State::kBlockComment;
          slash_pending_ = false;
          last = '\0';
          break;
        }
        if (slash_pending_) has_content_ = true;  // the '/' was a division
        slash_pending_ = false;
        if (c == ';') {
          if (auto s = Take()) out.push_back(std::move(*s));
          pending_line_ = line_;
          last_ = '\0';
          continue;
        }
        if (c == '/') slash_pending_ = true;
        else if (!IsSpace(c)) has_content_ = true;
        if (c == '\'') state_ = State::kSingleQuote;
        else if (c == '"') state_ = State::kDoubleQuote;
        else if (c == '`') state_ = State::kBackquote;
        break;
      case State::kSingleQuote:
      case State::kDoubleQuote:
        if (escaped_) escaped_ = false;
        else if (c == '\\') escaped_ = true;
        else if (c == (state_ == State::kSingleQuote ? '\'' : '"')) state_ = State::kCode;
        break;
      case State::kBackquote:  // `` closes the name and opens it again
        if (c == '`') state_ = State::kCode;
        break;
      case State::kLineComment:
        if (c == '\n') state_ = State::kCode;
        break;
      case State::kBlockComment:
        if (last_ == '*' && c == '/') {
          state_ = State::kCode;
          last = '\0';
        }
        break;
    }
    pending_ += c;
    if (c == '\n') ++line_;
    last_ = last;
  }
  return out;
}

bool StatementSplitter::HasPending() const { return has_content_ || slash_pending_ || state_ != State::kCode; }

std::optional<Statement> StatementSplitter::Finish() {
  std::optional<Statement> s = Take();
  *this = StatementSplitter();
  return s;
}

std::optional<Statement> StatementSplitter::Take() {
  std::optional<Statement> out;
  if (has_content_ || slash_pending_) {
    size_t begin = 0;
    int line = pending_line_;
    while (begin < pending_.size() && IsSpace(pending_[begin])) line += pending_[begin++] == '\n';
    size_t end = pending_.size();
    while (end > begin && IsSpace(pending_[end - 1])) --end;
    out = Statement{pending_.substr(begin, end - begin), line};
  }
  pending_.clear();
  has_content_ = false;
  slash_pending_ = false;
  state_ = State::kCode;
  escaped_ = false;
  return out;
}

}  // namespace cg::cli
