// Dates: date expressions in a sentence, resolved to ISO (possibly partial)
// dates against the article's own date.
//
//   "February 20, 2025"  -> 2025-02-20     "March 2025"          -> 2025-03
//   "2025-02-20"         -> 2025-02-20
//   "in 2010", "2010"    -> 2010           "on January 15"       -> <anchor year>-01-15
//   "this morning"       -> anchor         "yesterday"           -> anchor - 1 day
//   "on Monday"          -> the latest Monday up to the anchor
//   "eighteen months ago"-> anchor - 18 months, month precision
//   "three years ago"    -> year precision "five weeks ago"      -> anchor - 35 days
//   "one year ago tonight" -> the anchor's day, a year before
//   "in May", "last March" -> the latest such month up to the anchor
//   "last week", "this week" -> the month of that week (a week is no ISO partial date)
//   "over the weekend", "last weekend" -> the month of the latest Saturday up to the anchor
//   "date: 2015-04-07" (the metadata line) -> a report's date, as a dateline's
//   "that year", "the same year", "in February of that year" -> the year of the
//   last date written with its year before (`year_context`); "the following
//   year", "a year later" -> that year + 1; "the previous year" -> - 1
// Decades ("the 1990s") are not dates. Relative expressions need an anchor;
// without one they are skipped.
#pragma once

#include <optional>
#include <vector>

#include "ingest/sentences.h"
#include "schema/date.h"

namespace cg::ingest {

struct DateMention {
  uint32_t first_token = 0, last_token = 0;  // [first, last) in the token vector
  Date date;
  bool relative = false;
  bool bound = false;   // the bound of a period ("since 2021", "until March"), not a point in time
  bool report = false;  // the date of a report ("the navy said Thursday", "told reporters on Friday")
};

// Date expressions among tokens[first, last), in order. `year_context`, when
// given, is the year of the last date written with its year before tokens[first]
// (0: none yet); it is updated to the last such date among them.
std::vector<DateMention> FindDates(const std::vector<Token>& tokens, size_t first, size_t last,
                                   const std::optional<Date>& anchor, int* year_context = nullptr);

// "in February, weeks before X's arrest", "after the capture of Y": the token of
// the word (before, after, following, until) up to six tokens before the act
// at tokens[at], in its clause, that makes the act the point another is timed
// by; dates before that word are the other act's. 0 when there is none.
size_t TimedBy(const std::vector<Token>& tokens, size_t first, size_t at);

// "approved his extradition in May 2016", "a judge authorized the extradition of X in 2019", "X's
// extradition was approved by a court in 2009": is the act whose noun is tokens[at] the object of a
// verb that approves it (over "his", "the", "X's"), or the subject of its passive? The date of that
// clause is the decision's, not the act's.
bool ApprovedAct(const std::vector<Token>& tokens, size_t first, size_t at);

// Does a clause end between tokens[from] and tokens[to] (either order): a
// semicolon, or "and", "but" or "while" before a personal pronoun or a second
// predicate ("until his arrest in 2003; he was extradited in 2007", "... in 2003
// and was extradited in 2007")? A date nearer another act of the
// sentence is that act's only across such a break ("killed this morning during
// a raid" dates both).
bool ClauseBreak(const std::vector<Token>& tokens, size_t from, size_t to);

// "months later", "two years later", "a year earlier", "months afterward" at
// tokens[at] (before `last`): the act just before is timed from another, so a
// date written before it is not its own ("days later" or "weeks later" keep
// near enough to it).
bool TimedFromAnother(const std::vector<Token>& tokens, size_t at, size_t last);

// "In 2019, gunmen killed X in Sonora on Nov. 4": does `finer` tell more of the same time as `coarser`
// (the same year and a month, or the same month and a day)?
bool Refines(const Date& finer, const Date& coarser);

// The dateline: the first full date of a short sentence among the first
// sentences of the body ("February 22, 2026 | Breaking News").
std::optional<Date> FindDateline(const Segmented& seg);

// Parses a number written in words or digits ("eighteen", "twenty-five", "18").
std::optional<int> ParseCount(const std::vector<Token>& tokens, size_t* pos, size_t last);

// 1..12 for a month name or its abbreviation, else 0.
int MonthNumber(std::string_view norm);

}  // namespace cg::ingest
