// The temporal functions, over what temporal.h does: date, localtime,
// time, localdatetime and datetime build a value of their kind (now, as
// temporal::Now gives it, without an argument), as do <kind>.transaction
// and <kind>.statement; <kind>.realtime's now is always the clock's;
// <kind>.truncate; datetime.fromepoch and datetime.fromepochmillis;
// duration and duration.between / inMonths / inDays / inSeconds.
#include "query/function/arguments.h"
#include "query/function/families.h"
#include "query/temporal.h"

namespace cg::query::function {
namespace {

template <const char* kKind>
Value Construct(const Args& a, const EntityReader&) {
  if (a.empty()) return temporal::Now(kKind);
  if (a[0].is_null()) return Value();
  return temporal::Construct(kKind, a[0]);
}

template <const char* kKind, bool kRealtime>
Value Current(const Args& a, const EntityReader&) {
  if (a.empty()) return temporal::Now(kKind, kRealtime);
  return a[0].is_null() ? Value() : temporal::Construct(kKind, a[0]);
}

template <const char* kKind>
Value Truncate(const Args& a, const EntityReader&) {
  return temporal::Truncate(kKind, a[0], a[1], a.size() > 2 ? a[2] : Value());
}

template <const char* kHow>
Value DurationBetween(const Args& a, const EntityReader&) {
  return temporal::Between(kHow, a[0], a[1]);
}

Value DurationFn(const Args& a, const EntityReader&) { return temporal::MakeDuration(a[0]); }

Value FromEpoch(const Args& a, const EntityReader&) { return temporal::FromEpoch(a[0], a[1]); }
Value FromEpochMillis(const Args& a, const EntityReader&) { return temporal::FromEpochMillis(a[0]); }

constexpr char kDate[] = "date", kLocalTime[] = "localtime", kTime[] = "time", kLocalDateTime[] = "localdatetime",
               kDateTime[] = "datetime";
constexpr char kBetween[] = "between", kInMonths[] = "inMonths", kInDays[] = "inDays", kInSeconds[] = "inSeconds";

constexpr FunctionInfo kFunctions[] = {
    {"date", 0, 1, Construct<kDate>},
    {"localtime", 0, 1, Construct<kLocalTime>},
    {"time", 0, 1, Construct<kTime>},
    {"localdatetime", 0, 1, Construct<kLocalDateTime>},
    {"datetime", 0, 1, Construct<kDateTime>},
    {"date.transaction", 0, 1, Current<kDate, false>},
    {"date.statement", 0, 1, Current<kDate, false>},
    {"date.realtime", 0, 1, Current<kDate, true>},
    {"localtime.transaction", 0, 1, Current<kLocalTime, false>},
    {"localtime.statement", 0, 1, Current<kLocalTime, false>},
    {"localtime.realtime", 0, 1, Current<kLocalTime, true>},
    {"time.transaction", 0, 1, Current<kTime, false>},
    {"time.statement", 0, 1, Current<kTime, false>},
    {"time.realtime", 0, 1, Current<kTime, true>},
    {"localdatetime.transaction", 0, 1, Current<kLocalDateTime, false>},
    {"localdatetime.statement", 0, 1, Current<kLocalDateTime, false>},
    {"localdatetime.realtime", 0, 1, Current<kLocalDateTime, true>},
    {"datetime.transaction", 0, 1, Current<kDateTime, false>},
    {"datetime.statement", 0, 1, Current<kDateTime, false>},
    {"datetime.realtime", 0, 1, Current<kDateTime, true>},
    {"datetime.fromepoch", 2, 2, FromEpoch},
    {"datetime.fromepochmillis", 1, 1, FromEpochMillis},
    {"date.truncate", 2, 3, Truncate<kDate>},
    {"localtime.truncate", 2, 3, Truncate<kLocalTime>},
    {"time.truncate", 2, 3, Truncate<kTime>},
    {"localdatetime.truncate", 2, 3, Truncate<kLocalDateTime>},
    {"datetime.truncate", 2, 3, Truncate<kDateTime>},
    {"duration", 1, 1, DurationFn},
    {"duration.between", 2, 2, DurationBetween<kBetween>},
    {"duration.inMonths", 2, 2, DurationBetween<kInMonths>},
    {"duration.inDays", 2, 2, DurationBetween<kInDays>},
    {"duration.inSeconds", 2, 2, DurationBetween<kInSeconds>},
};

}  // namespace

std::span<const FunctionInfo> TemporalFamily() { return kFunctions; }

}  // namespace cg::query::function
