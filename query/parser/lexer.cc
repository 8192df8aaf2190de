#include "query/parser/lexer.h"

#include <cctype>

#include "query/error.h"

namespace cg::query::parser {
namespace {

class Lexer {
 public:
  explicit Lexer(std::string_view src) : src_(src) {}

  std::vector<Token> Run() {
    std::vector<Token> out;
    for (;;) {
      SkipSpaceAndComments();
      Token t;
      t.pos = Here();
      if (i_ >= src_.size()) {
        t.end = i_;
        out.push_back(t);
        return out;
      }
      char c = src_[i_];
      if (static_cast<unsigned char>(c) == 0xE2 && i_ + 1 < src_.size() &&
          static_cast<unsigned char>(src_[i_ + 1]) == 0x80) {
        // U+2000..U+203F: dashes, quotes and other punctuation look-alikes.
        Fail(t.pos, "InvalidUnicodeCharacter", "invalid character (a Unicode punctuation look-alike)");
      }
      if (IsNameStart(c)) {
        t.kind = TokenKind::kName;
        while (i_ < src_.size() && IsNamePart(src_[i_])) t.text += src_[i_++];
      } else if (c == '`') {
        t.kind = TokenKind::kEscapedName;
        ++i_;
        for (;;) {
          if (i_ >= src_.size()) Fail(t.pos, "UnexpectedSyntax", "unterminated `name`");
          if (src_[i_] == '`') {
            if (i_ + 1 < src_.size() && src_[i_ + 1] == '`') {
              t.text += '`';
              i_ += 2;
              continue;
            }
            ++i_;
            break;
          }
          t.text += src_[i_++];
        }
      } else if (std::isdigit(static_cast<unsigned char>(c)) ||
                 (c == '.' && i_ + 1 < src_.size() && std::isdigit(static_cast<unsigned char>(src_[i_ + 1])) &&
                  !AfterOperand(out))) {
        LexNumber(&t, out);
      } else if (c == '\'' || c == '"') {
        LexString(&t);
      } else if (c == '$') {
        t.kind = TokenKind::kParameter;
        ++i_;
        if (i_ < src_.size() && src_[i_] == '`') {
          ++i_;
          while (i_ < src_.size() && src_[i_] != '`') t.text += src_[i_++];
          ++i_;
        } else {
          while (i_ < src_.size() && IsNamePart(src_[i_])) t.text += src_[i_++];
        }
        if (t.text.empty()) Fail(t.pos, "UnexpectedSyntax", "expected a parameter name after '$'");
      } else {
        t.kind = TokenKind::kSymbol;
        static constexpr std::string_view kTwo[] = {"..", "<>", "<=", ">=", "=~", "+=", "!="};
        for (std::string_view two : kTwo) {
          if (src_.substr(i_, 2) == two) t.text = std::string(two);
        }
        if (t.text.empty()) {
          static constexpr std::string_view kOne = "()[]{},.:;|=<>+-*/%^";
          if (kOne.find(c) == std::string_view::npos) {
            Fail(t.pos, "UnexpectedSyntax", std::string("unexpected character '") + c + "'");
          }
          t.text = std::string(1, c);
        }
        i_ += t.text.size();
      }
      t.end = i_;
      out.push_back(std::move(t));
    }
  }

 private:
  static bool IsNameStart(char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || static_cast<unsigned char>(c) >= 0x80;
  }
  static bool IsNamePart(char c) { return IsNameStart(c) || std::isdigit(static_cast<unsigned char>(c)); }

  // Whether the previous token ends an operand (so '.' starts a property
  // lookup rather than a float like .5).
  static bool AfterOperand(const std::vector<Token>& out) {
    if (out.empty()) return false;
    const Token& p = out.back();
    if (p.kind == TokenKind::kSymbol) return p.text == ")" || p.text == "]" || p.text == "}";
    // After a name `.5` could only be a (malformed) property lookup; after a
    // keyword such as RETURN it is a float. Names win only when escaped.
    return p.kind != TokenKind::kName;
  }

  // Positions are asked for in increasing offset order; advance from the last.
  Position Here() {
    for (; here_.offset < i_; ++here_.offset) {
      if (src_[here_.offset] == '\n') {
        ++here_.line;
        here_.column = 1;
      } else {
        ++here_.column;
      }
    }
    return here_;
  }

  [[noreturn]] void Fail(const Position& pos, const std::string& code, const std::string& what) {
    throw CompileError("SyntaxError", code,
                       "line " + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": " + what,
                       pos.line, pos.column);
  }

  void SkipSpaceAndComments() {
    while (i_ < src_.size()) {
      if (std::isspace(static_cast<unsigned char>(src_[i_]))) {
        ++i_;
      } else if (src_.substr(i_, 2) == "//") {
        while (i_ < src_.size() && src_[i_] != '\n') ++i_;
      } else if (src_.substr(i_, 2) == "/*") {
        size_t close = src_.find("*/", i_ + 2);
        i_ = close == std::string_view::npos ? src_.size() : close + 2;
      } else {
        return;
      }
    }
  }

  // A digit followed by name characters where a map key stands (after `{`
  // or `,`, before `:`) is a key that starts with a digit, not a number:
  // UnexpectedSyntax there, InvalidNumberLiteral elsewhere.
  [[noreturn]] void FailNumber(const Token& t, const std::vector<Token>& before, const std::string& what) {
    if (!before.empty() && before.back().kind == TokenKind::kSymbol &&
        (before.back().text == "{" || before.back().text == ",")) {
      size_t j = i_;
      while (j < src_.size() && IsNamePart(src_[j])) ++j;
      while (j < src_.size() && std::isspace(static_cast<unsigned char>(src_[j]))) ++j;
      if (j < src_.size() && src_[j] == ':') Fail(t.pos, "UnexpectedSyntax", "a map key must be a name; it cannot start with a digit");
    }
    Fail(t.pos, "InvalidNumberLiteral", what);
  }

  void LexNumber(Token* t, const std::vector<Token>& before) {
    size_t start = i_;
    auto digits = [&](auto pred) {
      while (i_ < src_.size() && pred(static_cast<unsigned char>(src_[i_]))) ++i_;
    };
    t->kind = TokenKind::kInteger;
    if (src_[i_] == '0' && i_ + 1 < src_.size() && (src_[i_ + 1] == 'x' || src_[i_ + 1] == 'o')) {
      bool hex = src_[i_ + 1] == 'x';
      i_ += 2;
      size_t body = i_;
      if (hex) digits([](unsigned char c) { return std::isxdigit(c); });
      else digits([](unsigned char c) { return c >= '0' && c <= '7'; });
      if (i_ == body || (i_ < src_.size() && IsNamePart(src_[i_]))) FailNumber(*t, before, "invalid number literal");
      t->text = std::string(src_.substr(start, i_ - start));
      return;
    }
    digits([](unsigned char c) { return std::isdigit(c); });
    if (i_ + 1 < src_.size() && src_[i_] == '.' && std::isdigit(static_cast<unsigned char>(src_[i_ + 1]))) {
      t->kind = TokenKind::kFloat;
      ++i_;
      digits([](unsigned char c) { return std::isdigit(c); });
    }
    if (i_ < src_.size() && (src_[i_] == 'e' || src_[i_] == 'E')) {
      t->kind = TokenKind::kFloat;
      ++i_;
      if (i_ < src_.size() && (src_[i_] == '-' || src_[i_] == '+')) ++i_;
      size_t body = i_;
      digits([](unsigned char c) { return std::isdigit(c); });
      if (i_ == body) FailNumber(*t, before, "invalid number literal: exponent without digits");
    }
    if (i_ < src_.size() && IsNamePart(src_[i_])) FailNumber(*t, before, "invalid number literal");
    t->text = std::string(src_.substr(start, i_ - start));
  }

  static void AppendUtf8(std::string* out, uint32_t cp) {
    if (cp < 0x80) {
      *out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      *out += static_cast<char>(0xC0 | (cp >> 6));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      *out += static_cast<char>(0xE0 | (cp >> 12));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      *out += static_cast<char>(0xF0 | (cp >> 18));
      *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      *out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  void LexString(Token* t) {
    char quote = src_[i_++];
    t->kind = TokenKind::kString;
    for (;;) {
      if (i_ >= src_.size()) Fail(t->pos, "UnexpectedSyntax", "unterminated string literal");
      char c = src_[i_++];
      if (c == quote) return;
      if (c != '\\') {
        t->text += c;
        continue;
      }
      if (i_ >= src_.size()) Fail(t->pos, "UnexpectedSyntax", "unterminated string literal");
      char e = src_[i_++];
      switch (e) {
        case 'n': t->text += '\n'; break;
        case 't': t->text += '\t'; break;
        case 'r': t->text += '\r'; break;
        case 'b': t->text += '\b'; break;
        case 'f': t->text += '\f'; break;
        case '\\': t->text += '\\'; break;
        case '\'': t->text += '\''; break;
        case '"': t->text += '"'; break;
        case 'u':
        case 'U': {
          size_t n = e == 'u' ? 4 : 8;
          uint32_t cp = 0;
          for (size_t k = 0; k < n; ++k) {
            if (i_ >= src_.size() || !std::isxdigit(static_cast<unsigned char>(src_[i_]))) {
              Fail(t->pos, "InvalidUnicodeLiteral", "invalid unicode escape in string literal");
            }
            char h = src_[i_++];
            cp = cp * 16 + (std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(h) - 'a' + 10));
          }
          AppendUtf8(&t->text, cp);
          break;
        }
        default: t->text += '\\'; t->text += e;
      }
    }
  }

  std::string_view src_;
  size_t i_ = 0;
  Position here_;
};

}  // namespace

std::vector<Token> Tokenize(std::string_view source) { return Lexer(source).Run(); }

}  // namespace cg::query::parser
