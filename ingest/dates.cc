#include "ingest/dates.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

#include "ingest/vocabulary.h"
#include "ingest/word_list.h"

namespace cg::ingest {
namespace {

// Words before a month written alone that make it a date ("in May"; not "May" the verb).
bool MonthOnlyCue(std::string_view w) {
  return w == "in" || w == "since" || w == "until" || w == "by" || w == "early" || w == "late" || w == "mid" ||
         w == "last" || w == "during" || w == "from" || w == "through";
}

int ToInt(std::string_view s) {
  int v = -1;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return -1;
  return v;
}

// "22", "22nd"
int DayNumber(const Token& t) {
  if (!t.is(Token::kNumber)) return -1;
  std::string_view s = t.norm;
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (s.ends_with(suffix)) s.remove_suffix(2);
  }
  const int d = ToInt(s);
  return d >= 1 && d <= 31 ? d : -1;
}

int YearNumber(const Token& t) {
  if (!t.is(Token::kNumber) || t.norm.size() != 4) return -1;
  const int y = ToInt(t.norm);
  return y >= 1900 && y <= 2099 ? y : -1;
}

// 0 (Monday) .. 6 (Sunday), or -1.
int WeekdayNumber(std::string_view w) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                               "sunday"};
  for (int i = 0; i < 7; ++i) {
    if (kDays[i] == w) return i;
  }
  return -1;
}

bool IsHyphen(const Token& t) { return t.norm == "-" || t.norm == "--"; }

std::optional<Date> MakeDate(int y, int m, int d) {
  if (m < 1 || m > 12 || d < 0 || (d > 0 && d > Date::DaysInMonth(y, m))) return std::nullopt;
  return Date{y, static_cast<uint8_t>(m), static_cast<uint8_t>(d)};
}

// Tokens of "of that year", "of the same year", "that (same) year" at t[i], else 0.
size_t ThatYear(const std::vector<Token>& t, size_t i, size_t last) {
  size_t k = i;
  if (k < last && t[k].norm == "of") ++k;
  if (k < last && (t[k].norm == "that" || t[k].norm == "the")) {
    const bool the = t[k].norm == "the";
    ++k;
    if (k < last && t[k].norm == "same") {
      ++k;
    } else if (the) {
      return 0;
    }
    if (k < last && t[k].norm == "year") return k + 1 - i;
  }
  return 0;
}

// Tokens of "(of) last|this|next year" at t[i], else 0 (the shift word is t[i + n - 2]).
size_t OfLastYear(const std::vector<Token>& t, size_t i, size_t last) {
  size_t k = i;
  if (k < last && t[k].norm == "of") ++k;
  if (k + 1 < last && (t[k].norm == "last" || t[k].norm == "this" || t[k].norm == "next") && t[k + 1].norm == "year") {
    return k + 2 - i;
  }
  return 0;
}

// A year told from the one before: "that year" 0, "the following year" and "a year
// later" +1, "the previous year" and "a year earlier" -1; its tokens in *len (0: none).
int YearFromContext(const std::vector<Token>& t, size_t i, size_t last, size_t* len) {
  *len = 0;
  const auto at = [&](size_t k, std::string_view w) { return i + k < last && t[i + k].norm == w; };
  if (const size_t n = ThatYear(t, i, last); n > 0 && t[i].norm != "of") {
    *len = n;
    return 0;
  }
  if (at(0, "the") && at(2, "year")) {
    if (at(1, "following") || at(1, "next")) {
      *len = 3;
      return 1;
    }
    if (at(1, "previous") || at(1, "preceding") || at(1, "prior")) {
      *len = 3;
      return -1;
    }
  }
  if (at(0, "a") && at(1, "year") && (at(2, "later") || at(2, "earlier") || at(2, "before"))) {
    *len = 3;
    return at(2, "later") ? 1 : -1;
  }
  return 0;
}

// A month told from the one before, always three words: "a month later" and "the following month"
// +1, "a month earlier" and "the previous month" -1; 0 for none.
int MonthFromContext(const std::vector<Token>& t, size_t i, size_t last) {
  if (i + 2 >= last) return 0;
  const std::string_view a = t[i].norm, b = t[i + 1].norm, c = t[i + 2].norm;
  if (a == "a" && b == "month") return c == "later" ? 1 : c == "earlier" || c == "before" ? -1 : 0;
  if (a == "the" && c == "month") return b == "following" || b == "next" ? 1 : b == "previous" || b == "preceding" ? -1 : 0;
  return 0;
}

Date AddMonths(Date d, int months) {
  int total = d.year * 12 + (d.month - 1) + months;
  return Date{total / 12, static_cast<uint8_t>(total % 12 + 1), 0};
}

const std::array<std::string_view, 20> kUnits = {"one",     "two",     "three",   "four",     "five",
                                                  "six",     "seven",   "eight",   "nine",     "ten",
                                                  "eleven",  "twelve",  "thirteen", "fourteen", "fifteen",
                                                  "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
const std::array<std::string_view, 7> kTens = {"thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};

// Every word WordNumber reads (asked by id: a quick no for every other word).
constexpr WordList kNumberWords =
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    "eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a|an";

// The number a word names ("three", "forty", "a"), or nullopt.
std::optional<int> WordNumber(const Token& t) {
  if (!kNumberWords.Has(t.id)) return std::nullopt;
  const std::string_view w = t.norm;
  for (size_t i = 0; i < kUnits.size(); ++i) {
    if (kUnits[i] == w) return static_cast<int>(i) + 1;
  }
  for (size_t i = 0; i < kTens.size(); ++i) {
    if (kTens[i] == w) return static_cast<int>(i) * 10 + 30;
  }
  return 1;  // "a", "an"
}

// Does a dateline's dash end at most a parenthesized agency after tokens[i] ("(Reuters) -", " --")?
bool OpensBody(const std::vector<Token>& tokens, size_t i, size_t last) {
  if (i < last && tokens[i].norm == "(") {
    while (i < last && tokens[i].norm != ")") ++i;
    ++i;
  }
  return i < last && (tokens[i].norm == "-" || tokens[i].norm == "--");
}

}  // namespace

int MonthNumber(std::string_view n) {
  static constexpr std::array<std::string_view, 12> kFull = {"january", "february", "march",     "april",
                                                             "may",     "june",     "july",      "august",
                                                             "september", "october", "november", "december"};
  static constexpr std::array<std::string_view, 12> kShort = {"jan", "feb", "mar", "apr", "may", "jun",
                                                              "jul", "aug", "sep", "oct", "nov", "dec"};
  // Every month's name starts with one of these letters (a quick no for most words).
  if (n.empty() || std::string_view("adfjmnos").find(n[0]) == std::string_view::npos) return 0;
  for (size_t i = 0; i < 12; ++i) {
    if (kShort[i][0] != n[0]) continue;  // (a month's names share its first letter: one to three compared)
    if (kFull[i] == n || kShort[i] == n || (i == 8 && n == "sept")) return static_cast<int>(i) + 1;
  }
  return 0;
}

std::optional<int> ParseCount(const std::vector<Token>& t, size_t* pos, size_t last) {
  size_t i = *pos;
  if (i >= last) return std::nullopt;
  if (t[i].is(Token::kNumber)) {
    const int v = ToInt(t[i].norm);
    if (v < 0) return std::nullopt;
    *pos = i + 1;
    return v;
  }
  auto first = WordNumber(t[i]);
  if (!first) return std::nullopt;
  ++i;
  // "twenty-five", "twenty five"
  if (*first >= 20 && *first % 10 == 0) {
    size_t j = i;
    if (j < last && t[j].norm == "-") ++j;
    if (j < last) {
      if (auto unit = WordNumber(t[j]); unit && *unit < 10 && t[j].norm != "a") {
        *pos = j + 1;
        return *first + *unit;
      }
    }
  }
  *pos = i;
  return first;
}

// Words that tell the next step of a story ("..., and in July", "then in May").
constexpr WordList kNarrativeNext = "and|then|later";
// Verbs of a report whose date is the report's ("the navy said Thursday", "told reporters Friday").
constexpr WordList kReportVerbs = "said|says|announced|announces|reported|confirmed|stated|added|told";
constexpr WordList kAudience = "reporters|journalists";
// Where a report was made ("said at a news conference Monday", "said in a statement on Friday").
constexpr WordList kReportVenues = "conference|briefing|statement|interview";
// The words a year told by the context opens with (YearFromContext: "that year", "the same year",
// "the following year", "a year later"): a quick no for every other word.
constexpr WordList kContextOpeners = "that|the|a";
// The words a date relative to the article's opens with ("today", "on Monday", "last year").
constexpr WordList kRelativeOpeners =
    "today|tonight|yesterday|this|last|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday";

std::vector<DateMention> FindDates(const std::vector<Token>& t, size_t first, size_t last,
                                   const std::optional<Date>& anchor, int* year_context) {
  std::vector<DateMention> out;
  int unused = 0;
  int& context = year_context ? *year_context : unused;
  int stated_year = 0;  // the last year this sentence wrote out ("in 2004, ... in March": March 2004)
  Date stated_month{};  // the last month of a year it wrote out ("In November 2021, ... earlier that month")
  Date told_month{};    // the last month it told, written out or not ("in February")
  int fronted_year = 0;  // a year the sentence opens with ("In 2019, ... on Nov. 4", "Last year, ... on March 13")
  auto add = [&](size_t b, size_t e, Date d, bool rel) {
    if (d.month == 0 && (b == first || (b == first + 1 && t[first].norm == "in"))) fronted_year = d.year;
    if (!rel) context = stated_year = d.year;
    if (!rel && d.month > 0) stated_month = Date{d.year, d.month, 0};
    if (d.month > 0) told_month = Date{d.year, d.month, 0};
    const bool bound = b > first && (t[b - 1].norm == "since" || t[b - 1].norm == "until" ||
                                     t[b - 1].norm == "till" || t[b - 1].norm == "through" || t[b - 1].norm == "by");
    size_t v = b > first && t[b - 1].norm == "on" ? b - 1 : b;
    if (v >= first + 2 && kAudience.Has(t[v - 1].id) && t[v - 2].norm == "told") --v;
    if (v > first && kReportVenues.Has(t[v - 1].id)) {  // back over "at her daily news conference"
      size_t k = v - 1;
      for (int n = 0; n < 5 && k > first && t[k - 1].word() && t[k - 1].norm != "at" && t[k - 1].norm != "in"; ++n) --k;
      if (k > first + 1 && (t[k - 1].norm == "at" || t[k - 1].norm == "in")) v = k - 1;
    }
    // A dateline's date ("MEXICO CITY, July 31 (Reuters) -") is the report's too.
    const bool dateline = b > first && b < first + 10 && t[b - 1].norm == "," && OpensBody(t, e, last);
    // The metadata line "date: 2015-04-07" gives the article's own date, a report's.
    const bool metadata = b == first + 2 && t[first].norm == "date" && t[first + 1].norm == ":";
    const bool report = (v > first && kReportVerbs.Has(t[v - 1].id)) || dateline || metadata;
    out.push_back(DateMention{static_cast<uint32_t>(b), static_cast<uint32_t>(e), d, rel, bound, report});
  };
  // Only a sentence with "ago" has an "N days ago" (ParseCount is asked of every other word).
  static const uint32_t ago = Vocabulary::Global().Id("ago");
  const bool has_ago = std::any_of(t.begin() + first, t.begin() + last, [](const Token& k) { return k.id == ago; });
  for (size_t i = first; i < last; ++i) {
    const std::string& w = t[i].norm;
    // YYYY-MM-DD (datelines, metadata lines)
    if (const int y = YearNumber(t[i]); y > 0 && i + 4 < last && IsHyphen(t[i + 1]) && IsHyphen(t[i + 3]) &&
                                        t[i + 2].norm.size() == 2 && t[i + 4].norm.size() == 2) {
      const int m = t[i + 2].is(Token::kNumber) ? ToInt(t[i + 2].norm) : -1;
      const int d = DayNumber(t[i + 4]);
      if (auto date = d > 0 ? MakeDate(y, m, d) : std::nullopt) {
        add(i, i + 5, *date, false);
        i += 4;
        continue;
      }
    }
    // Month D, YYYY | Month D | Month YYYY
    if (const int m = t[i].is(Token::kCapitalized) ? MonthNumber(w) : 0; m && !(w == "may" && i + 1 < last &&
                                                                          !t[i + 1].is(Token::kNumber) &&
                                                                          !(i > first && MonthOnlyCue(t[i - 1].norm)))) {
      size_t j = i + 1;
      if (j < last && t[j].norm == ".") ++j;
      const int d = j < last ? DayNumber(t[j]) : -1;
      if (d > 0 && t[j].norm.size() <= 4) {
        size_t k = j + 1;
        if (k < last && t[k].norm == ",") ++k;
        const int y = k < last ? YearNumber(t[k]) : -1;
        if (y > 0) {
          if (auto date = MakeDate(y, m, d)) add(i, k + 1, *date, false);
          i = k;
          continue;
        }
        if (const size_t n = ThatYear(t, j + 1, last); n > 0 && context > 0) {  // "on March 3 of that year"
          if (auto date = MakeDate(context, m, d)) add(i, j + 1 + n, *date, true);
          i = j + n;
          continue;
        }
        if (fronted_year > 0) {
          if (auto date = MakeDate(fronted_year, m, d)) add(i, j + 1, *date, true);
        } else if (anchor) {
          int year = anchor->year;
          if (auto date = MakeDate(year, m, d)) {
            // "on March 3" written in February refers back to last March.
            if (date->ToEpochDays() > anchor->EarliestDay().ToEpochDays() + 31) date->year -= 1;
            add(i, j + 1, *date, true);
          }
        }
        i = j;
        continue;
      }
      const int y = j < last ? YearNumber(t[j]) : -1;
      if (y > 0) {
        add(i, j + 1, Date{y, static_cast<uint8_t>(m), 0}, false);
        i = j;
      } else if (const size_t n = ThatYear(t, i + 1, last); n > 0 && context > 0) {  // "in February of that year"
        add(i, i + 1 + n, Date{context, static_cast<uint8_t>(m), 0}, true);
        i += n;
      } else if (const size_t n = OfLastYear(t, i + 1, last); n > 0 && anchor) {  // "in January of last year"
        add(i, i + 1 + n, Date{anchor->year + (t[i + n - 1].norm == "next" ? 1 : t[i + n - 1].norm == "last" ? -1 : 0),
                               static_cast<uint8_t>(m), 0}, true);
        i += n;
      } else if (anchor && anchor->month && i > first && t[i - 1].norm == "last") {
        // "last October": the latest October before the article's month, whatever year the sentence wrote.
        add(i, i + 1, Date{anchor->year - (m >= anchor->month ? 1 : 0), static_cast<uint8_t>(m), 0}, true);
      } else if (stated_year > 0 && i > first && MonthOnlyCue(t[i - 1].norm)) {
        // "began in 2004, when police shot him in March": the year the sentence stated. "In October 2012
        // they killed X, and in July they captured Y": a month before the stated one, told next, is of
        // the year after (not after the article's date).
        const bool next = stated_month.year == stated_year && m < stated_month.month && i >= first + 2 &&
                          kNarrativeNext.Has(t[i - 2].id) &&
                          (!anchor || !anchor->month || stated_year + 1 < anchor->year ||
                           (stated_year + 1 == anchor->year && m <= anchor->month));
        add(i, i + 1, Date{stated_year + (next ? 1 : 0), static_cast<uint8_t>(m), 0}, true);
      } else if (anchor && anchor->month && i > first && MonthOnlyCue(t[i - 1].norm)) {
        // "in May": the latest May up to the article's date.
        add(i, i + 1, Date{anchor->year - (m > anchor->month ? 1 : 0), static_cast<uint8_t>(m), 0}, true);
      }
      continue;
    }
    // D Month YYYY
    if (const int d = DayNumber(t[i]); d > 0 && i + 2 < last && t[i + 1].is(Token::kCapitalized) &&
                                         MonthNumber(t[i + 1].norm) && YearNumber(t[i + 2]) > 0) {
      if (auto date = MakeDate(YearNumber(t[i + 2]), MonthNumber(t[i + 1].norm), d)) add(i, i + 3, *date, false);
      i += 2;
      continue;
    }
    if (const int y = YearNumber(t[i]); y > 0) {
      // Not a count ("1,900 laboratories" is tokenized without the comma but keeps its length).
      const bool followed_by_noun = i + 1 < last && t[i + 1].word() && !t[i + 1].is(Token::kCapitalized) &&
                                    t[i + 1].norm != "and" && t[i + 1].norm != "to" && t[i + 1].norm != "or";
      const bool preceded = i > first && (t[i - 1].norm == "in" || t[i - 1].norm == "since" ||
                                          t[i - 1].norm == "by" || t[i - 1].norm == "until" ||
                                          t[i - 1].norm == "from" || t[i - 1].norm == "between" ||
                                          t[i - 1].norm == "and" || t[i - 1].norm == "early" ||
                                          t[i - 1].norm == "late" || t[i - 1].norm == "mid" || t[i - 1].norm == "of");
      // "the 1985 murder", "the 2011 ambush" (not "the 2000 soldiers": a count before a plural).
      const bool attributive = i > first && (t[i - 1].norm == "the" || t[i - 1].norm == "'s") && followed_by_noun &&
                               !t[i + 1].norm.ends_with("s");
      if (preceded || attributive || !followed_by_noun) add(i, i + 1, Date{y, 0, 0}, false);
      continue;
    }
    // "In November 2021, ... who had been arrested earlier that month", "later the same month".
    if (stated_month.month > 0 && i + 1 < last && ((w == "that" && t[i + 1].norm == "month") ||
                                                   (w == "the" && t[i + 1].norm == "same" && i + 2 < last &&
                                                    t[i + 2].norm == "month"))) {
      const size_t n = w == "that" ? 2 : 3;
      add(i, i + n, stated_month, true);
      i += n - 1;
      continue;
    }
    // "in February, ... a month later", "the following month": the month after (or before) the one told.
    if (const int shift = told_month.month > 0 ? MonthFromContext(t, i, last) : 0; shift != 0) {
      add(i, i + 3, AddMonths(told_month, shift), true);
      i += 2;
      continue;
    }
    if (size_t n = 0; context > 0 && kContextOpeners.Has(t[i].id)) {
      const int shift = YearFromContext(t, i, last, &n);
      if (n > 0) {
        add(i, i + n, Date{context + shift, 0, 0}, true);
        context += shift;  // "the following year ... a year later" counts on
        i += n - 1;
        continue;
      }
    }
    if (!anchor) continue;
    // Every reading below opens with one of kRelativeOpeners or is a count before "ago".
    if (!has_ago && !kRelativeOpeners.Has(t[i].id)) continue;
    // today, this morning, tonight, yesterday, last year ...
    if (w == "today" || w == "tonight") {
      add(i, i + 1, *anchor, true);
      continue;
    }
    // "on Monday" in a report: the latest such day up to the article's date.
    if (const int wd = WeekdayNumber(w); wd >= 0 && t[i].is(Token::kCapitalized) && anchor->is_full()) {
      const int64_t days = anchor->ToEpochDays();
      const int anchor_wd = static_cast<int>(((days + 3) % 7 + 7) % 7);  // 1970-01-01 was a Thursday
      add(i, i + 1, Date::FromEpochDays(days - (anchor_wd - wd + 7) % 7), true);
      continue;
    }
    // "over the weekend", "last weekend", "this weekend" in a report: the latest Saturday and Sunday
    // before the article's date, to the month (the day is not told).
    if (w == "weekend" && i > first && (t[i - 1].norm == "the" || t[i - 1].norm == "this" || t[i - 1].norm == "last") &&
        anchor->is_full()) {
      const int64_t days = anchor->ToEpochDays();
      const int anchor_wd = static_cast<int>(((days + 3) % 7 + 7) % 7);  // 0: Monday
      const Date saturday = Date::FromEpochDays(days - (anchor_wd - 5 + 7) % 7);
      add(i - 1, i + 1, Date{saturday.year, saturday.month, 0}, true);
      continue;
    }
    if (w == "yesterday" && anchor->is_full()) {
      add(i, i + 1, Date::FromEpochDays(anchor->ToEpochDays() - 1), true);
      continue;
    }
    if ((w == "this" || w == "last") && i + 1 < last) {
      const std::string& n = t[i + 1].norm;
      const bool last_ = w == "last";
      if (n == "morning" || n == "afternoon" || n == "evening" || n == "night") {
        Date d = *anchor;
        if (last_ && n == "night" && anchor->is_full()) d = Date::FromEpochDays(anchor->ToEpochDays() - 1);
        add(i, i + 2, d, true);
        ++i;
        continue;
      }
      if (n == "year") {
        add(i, i + 2, Date{anchor->year - (last_ ? 1 : 0), 0, 0}, true);
        ++i;
        continue;
      }
      if (n == "week" && anchor->is_full()) {
        const Date d = Date::FromEpochDays(anchor->ToEpochDays() - (last_ ? 7 : 0));
        add(i, i + 2, Date{d.year, d.month, 0}, true);
        ++i;
        continue;
      }
      if (n == "month" && anchor->month) {
        add(i, i + 2, last_ ? AddMonths(*anchor, -1) : Date{anchor->year, anchor->month, 0}, true);
        ++i;
        continue;
      }
    }
    // N days/weeks/months/years ago
    size_t j = i;
    if (auto n = has_ago ? ParseCount(t, &j, last) : std::nullopt; n && j + 1 < last && t[j + 1].norm == "ago") {
      const std::string& unit = t[j].norm;
      std::optional<Date> d;
      if ((unit == "day" || unit == "days" || unit == "night" || unit == "nights") && anchor->is_full()) {
        d = Date::FromEpochDays(anchor->ToEpochDays() - *n);
      } else if ((unit == "week" || unit == "weeks") && anchor->is_full()) {
        d = Date::FromEpochDays(anchor->ToEpochDays() - 7 * *n);
      } else if ((unit == "month" || unit == "months") && anchor->month) {
        d = AddMonths(*anchor, -*n);
      } else if (unit == "year" || unit == "years") {
        d = Date{anchor->year - *n, 0, 0};
      }
      // "one year ago tonight", "ten years ago today": that day, N years before.
      const bool day = j + 2 < last && (t[j + 2].norm == "today" || t[j + 2].norm == "tonight");
      if (d && day && (unit == "year" || unit == "years") && anchor->is_full()) {
        d = MakeDate(anchor->year - *n, anchor->month, std::min<int>(anchor->day, Date::DaysInMonth(anchor->year - *n, anchor->month)));
      }
      if (d) {
        add(i, j + (day ? 3 : 2), *d, true);
        i = j + (day ? 2 : 1);
      }
    }
  }
  return out;
}

size_t TimedBy(const std::vector<Token>& t, size_t first, size_t at) {
  for (size_t b = at; b-- > first && b + 6 >= at;) {
    const std::string& w = t[b].norm;
    if (w == "," || w == ";") break;
    if (w == "before" || w == "after" || w == "following" || w == "until") return b;
  }
  return 0;
}

bool ApprovedAct(const std::vector<Token>& t, size_t first, size_t at) {
  static constexpr WordList kDeterminers = "his|her|their|its|the|'s";
  static constexpr WordList kApproving = "approved|approves|approving|authorized|authorizes|authorizing|authorised|granted|grants";
  size_t b = at;
  while (b > first && b + 3 > at && (kDeterminers.Has(t[b - 1].id) || t[b - 1].is(Token::kCapitalized))) --b;
  if (b > first && b < at && kApproving.Has(t[b - 1].id)) return true;
  // "X's extradition was approved by a court in 2009": the noun as a passive's subject.
  static constexpr WordList kAuxiliaries = "was|were|is|are|has|have|had|been|later|finally";
  size_t k = at + 1;
  while (k < t.size() && k < at + 4 && kAuxiliaries.Has(t[k].id)) ++k;
  return k > at + 1 && k < t.size() && kApproving.Has(t[k].id);
}

bool ClauseBreak(const std::vector<Token>& t, size_t from, size_t to) {
  if (from > to) std::swap(from, to);
  for (size_t k = from; k < to && k < t.size(); ++k) {
    // "His capture followed months of pressure: in June, police had detained his mother".
    if (t[k].norm == ";" || t[k].norm == ":") return true;
    // "and he was extradited", "and was extradited in 2007", "and later fled": a second predicate.
    if ((t[k].norm == "and" || t[k].norm == "but" || t[k].norm == "while") && k + 1 < t.size() &&
        (t[k + 1].norm == "he" || t[k + 1].norm == "she" || t[k + 1].norm == "they" || t[k + 1].norm == "was" ||
         t[k + 1].norm == "were" || t[k + 1].norm == "later" || t[k + 1].norm == "then")) {
      return true;
    }
  }
  return false;
}

bool TimedFromAnother(const std::vector<Token>& t, size_t at, size_t last) {
  size_t k = at;
  if (k < last && (t[k].norm == "a" || t[k].norm == "several" || t[k].norm == "some" || t[k].norm == "few")) ++k;
  if (k < last && t[k].norm == "few") ++k;
  if (size_t j = k; k == at && ParseCount(t, &j, last)) k = j;
  // Days or weeks later the other act's month is still near; months or years later it is not.
  static constexpr std::string_view kUnits[] = {"month", "months", "year", "years"};
  if (k + 1 >= last || std::find(std::begin(kUnits), std::end(kUnits), t[k].norm) == std::end(kUnits)) return false;
  const std::string& w = t[k + 1].norm;
  return w == "later" || w == "earlier" || w == "afterward" || w == "afterwards";
}

bool Refines(const Date& finer, const Date& coarser) {
  return finer.year == coarser.year && ((coarser.month == 0 && finer.month > 0) ||
                                        (coarser.month == finer.month && coarser.day == 0 && finer.day > 0));
}

std::optional<Date> FindDateline(const Segmented& seg) {
  const size_t n = std::min<size_t>(seg.sentences.size(), 12);
  for (size_t s = 0; s < n; ++s) {
    const Sentence& sent = seg.sentences[s];
    const bool long_sentence = sent.last_token - sent.first_token > 30;
    for (const DateMention& d : FindDates(seg.tokens, sent.first_token, sent.last_token, std::nullopt)) {
      if (!d.date.is_full()) continue;
      // In a long sentence only a dateline opening it: "MEXICO CITY, Oct. 10, 2012 (Reuters) - ...".
      if (!long_sentence || (d.first_token < sent.first_token + 10 && OpensBody(seg.tokens, d.last_token, sent.last_token)))
        return d.date;
    }
  }
  return std::nullopt;
}

}  // namespace cg::ingest
