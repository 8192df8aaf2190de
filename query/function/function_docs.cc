#include "query/function/function_docs.h"

#include <strings.h>

#include <algorithm>
#include <map>

#include "query/function/functions.h"

namespace cg::query::function {

namespace {

struct Doc {
  std::string_view category, signature, description;
};

// By name as registered. A function without an entry is still listed, with
// a signature made from its arity.
const std::map<std::string_view, Doc>& Docs() {
  static const std::map<std::string_view, Doc> docs = {
      {"coalesce", {"Scalar", "coalesce(input :: ANY?, ...) :: ANY?", "The first argument that is not null"}},
      {"id", {"Scalar", "id(input :: NODE | RELATIONSHIP) :: INTEGER", "The id of a node or relationship"}},
      {"elementId",
       {"Scalar", "elementId(input :: NODE | RELATIONSHIP) :: STRING",
        "The element id of a node ('n:<id>') or relationship ('r:<id>'), stable for the database's life"}},
      {"labels", {"Scalar", "labels(input :: NODE) :: LIST OF STRING", "The labels of a node"}},
      {"type", {"Scalar", "type(input :: RELATIONSHIP) :: STRING", "The type of a relationship"}},
      {"properties", {"Scalar", "properties(input :: NODE | RELATIONSHIP | MAP) :: MAP", "The properties as a map"}},
      {"keys", {"List", "keys(input :: NODE | RELATIONSHIP | MAP) :: LIST OF STRING", "The property keys or map keys"}},
      {"nodes", {"List", "nodes(input :: PATH) :: LIST OF NODE", "The nodes of a path, in order"}},
      {"relationships",
       {"List", "relationships(input :: PATH) :: LIST OF RELATIONSHIP", "The relationships of a path, in order"}},
      {"length", {"Scalar", "length(input :: PATH) :: INTEGER", "The number of relationships in a path"}},
      {"size", {"Scalar", "size(input :: LIST OF ANY | STRING) :: INTEGER", "The length of a list or a string"}},
      {"startNode", {"Scalar", "startNode(input :: RELATIONSHIP) :: NODE", "The start node of a relationship"}},
      {"endNode", {"Scalar", "endNode(input :: RELATIONSHIP) :: NODE", "The end node of a relationship"}},
      {"head", {"Scalar", "head(list :: LIST OF ANY) :: ANY?", "The first element of a list"}},
      {"last", {"Scalar", "last(list :: LIST OF ANY) :: ANY?", "The last element of a list"}},
      {"tail", {"List", "tail(input :: LIST OF ANY) :: LIST OF ANY", "A list without its first element"}},
      {"range",
       {"List", "range(start :: INTEGER, end :: INTEGER, step = 1 :: INTEGER) :: LIST OF INTEGER",
        "The integers from start to end inclusive, by step"}},
      {"reverse", {"List", "reverse(input :: LIST OF ANY | STRING) :: LIST OF ANY | STRING", "A list or string reversed"}},
      {"toInteger", {"Scalar", "toInteger(input :: ANY) :: INTEGER?", "A number, string or boolean as an integer"}},
      {"toInt", {"Scalar", "toInt(input :: ANY) :: INTEGER?", "toInteger's older name"}},
      {"toFloat", {"Scalar", "toFloat(input :: ANY) :: FLOAT?", "A number or string as a float"}},
      {"toString", {"String", "toString(input :: ANY) :: STRING?", "A value as a string"}},
      {"toBoolean", {"Scalar", "toBoolean(input :: ANY) :: BOOLEAN?", "A string, integer or boolean as a boolean"}},
      {"abs", {"Numeric", "abs(input :: NUMBER) :: NUMBER", "The absolute value"}},
      {"sign", {"Numeric", "sign(input :: NUMBER) :: INTEGER", "-1, 0 or 1: the sign of a number"}},
      {"ceil", {"Numeric", "ceil(input :: NUMBER) :: FLOAT", "The smallest integer not below the number"}},
      {"floor", {"Numeric", "floor(input :: NUMBER) :: FLOAT", "The largest integer not above the number"}},
      {"round", {"Numeric", "round(input :: NUMBER) :: FLOAT", "The number rounded to the nearest integer"}},
      {"sqrt", {"Logarithmic", "sqrt(input :: NUMBER) :: FLOAT", "The square root"}},
      {"exp", {"Logarithmic", "exp(input :: NUMBER) :: FLOAT", "e raised to the power of the number"}},
      {"log", {"Logarithmic", "log(input :: NUMBER) :: FLOAT", "The natural logarithm"}},
      {"log10", {"Logarithmic", "log10(input :: NUMBER) :: FLOAT", "The base-10 logarithm"}},
      {"sin", {"Trigonometric", "sin(input :: NUMBER) :: FLOAT", "The sine of an angle in radians"}},
      {"cos", {"Trigonometric", "cos(input :: NUMBER) :: FLOAT", "The cosine of an angle in radians"}},
      {"tan", {"Trigonometric", "tan(input :: NUMBER) :: FLOAT", "The tangent of an angle in radians"}},
      {"asin", {"Trigonometric", "asin(input :: NUMBER) :: FLOAT", "The arcsine, in radians"}},
      {"acos", {"Trigonometric", "acos(input :: NUMBER) :: FLOAT", "The arccosine, in radians"}},
      {"atan", {"Trigonometric", "atan(input :: NUMBER) :: FLOAT", "The arctangent, in radians"}},
      {"atan2", {"Trigonometric", "atan2(y :: NUMBER, x :: NUMBER) :: FLOAT", "The arctangent of y/x, in radians"}},
      {"pi", {"Trigonometric", "pi() :: FLOAT", "The number pi"}},
      {"e", {"Logarithmic", "e() :: FLOAT", "The number e"}},
      {"rand", {"Numeric", "rand() :: FLOAT", "A random number in [0, 1)"}},
      {"toUpper", {"String", "toUpper(input :: STRING) :: STRING", "The string in upper case"}},
      {"upper", {"String", "upper(input :: STRING) :: STRING", "toUpper's other name"}},
      {"toLower", {"String", "toLower(input :: STRING) :: STRING", "The string in lower case"}},
      {"lower", {"String", "lower(input :: STRING) :: STRING", "toLower's other name"}},
      {"trim", {"String", "trim(input :: STRING) :: STRING", "The string without leading and trailing whitespace"}},
      {"lTrim", {"String", "lTrim(input :: STRING) :: STRING", "The string without leading whitespace"}},
      {"rTrim", {"String", "rTrim(input :: STRING) :: STRING", "The string without trailing whitespace"}},
      {"replace",
       {"String", "replace(original :: STRING, search :: STRING, replace :: STRING) :: STRING",
        "The string with every occurrence of search replaced"}},
      {"substring",
       {"String", "substring(original :: STRING, start :: INTEGER, length :: INTEGER?) :: STRING",
        "The part of a string from start (0-based), of at most length characters"}},
      {"left", {"String", "left(original :: STRING, length :: INTEGER) :: STRING", "The first length characters"}},
      {"right", {"String", "right(original :: STRING, length :: INTEGER) :: STRING", "The last length characters"}},
      {"split",
       {"String", "split(original :: STRING, separator :: STRING) :: LIST OF STRING", "The parts between separators"}},
      {"isEmpty",
       {"Predicate", "isEmpty(input :: LIST OF ANY | MAP | STRING) :: BOOLEAN", "Whether a list, map or string is empty"}},
      {"exists", {"Predicate", "exists(input :: ANY) :: BOOLEAN", "Whether a property or pattern exists"}},
      {"date", {"Temporal", "date(input :: ANY?) :: DATE", "A date: today, or from a string or a map"}},
      {"localtime", {"Temporal", "localtime(input :: ANY?) :: LOCAL TIME", "A local time: now, or from a string or a map"}},
      {"time", {"Temporal", "time(input :: ANY?) :: TIME", "A time with offset: now, or from a string or a map"}},
      {"localdatetime",
       {"Temporal", "localdatetime(input :: ANY?) :: LOCAL DATETIME", "A local datetime: now, or from a string or a map"}},
      {"datetime", {"Temporal", "datetime(input :: ANY?) :: DATETIME", "A datetime: now, or from a string or a map"}},
      {"datetime.fromepoch",
       {"Temporal", "datetime.fromepoch(seconds :: INTEGER?, nanoseconds :: INTEGER?) :: DATETIME",
        "The UTC datetime that many seconds (and nanoseconds) after 1970-01-01T00:00Z"}},
      {"datetime.fromepochmillis",
       {"Temporal", "datetime.fromepochmillis(milliseconds :: INTEGER?) :: DATETIME",
        "The UTC datetime that many milliseconds after 1970-01-01T00:00Z"}},
      {"date.transaction", {"Temporal", "date.transaction(timezone :: ANY?) :: DATE", "Today, fixed for the query"}},
      {"date.statement", {"Temporal", "date.statement(timezone :: ANY?) :: DATE", "Today, fixed for the query"}},
      {"date.realtime", {"Temporal", "date.realtime(timezone :: ANY?) :: DATE", "Today, read from the clock"}},
      {"localtime.transaction",
       {"Temporal", "localtime.transaction(timezone :: ANY?) :: LOCAL TIME", "The time now, fixed for the query"}},
      {"localtime.statement",
       {"Temporal", "localtime.statement(timezone :: ANY?) :: LOCAL TIME", "The time now, fixed for the query"}},
      {"localtime.realtime",
       {"Temporal", "localtime.realtime(timezone :: ANY?) :: LOCAL TIME", "The time now, read from the clock"}},
      {"time.transaction",
       {"Temporal", "time.transaction(timezone :: ANY?) :: TIME", "The time now, with offset, fixed for the query"}},
      {"time.statement",
       {"Temporal", "time.statement(timezone :: ANY?) :: TIME", "The time now, with offset, fixed for the query"}},
      {"time.realtime",
       {"Temporal", "time.realtime(timezone :: ANY?) :: TIME", "The time now, with offset, read from the clock"}},
      {"localdatetime.transaction",
       {"Temporal", "localdatetime.transaction(timezone :: ANY?) :: LOCAL DATETIME", "Now, fixed for the query"}},
      {"localdatetime.statement",
       {"Temporal", "localdatetime.statement(timezone :: ANY?) :: LOCAL DATETIME", "Now, fixed for the query"}},
      {"localdatetime.realtime",
       {"Temporal", "localdatetime.realtime(timezone :: ANY?) :: LOCAL DATETIME", "Now, read from the clock"}},
      {"datetime.transaction",
       {"Temporal", "datetime.transaction(timezone :: ANY?) :: DATETIME", "Now, with zone, fixed for the query"}},
      {"datetime.statement",
       {"Temporal", "datetime.statement(timezone :: ANY?) :: DATETIME", "Now, with zone, fixed for the query"}},
      {"datetime.realtime",
       {"Temporal", "datetime.realtime(timezone :: ANY?) :: DATETIME", "Now, with zone, read from the clock"}},
      {"date.truncate",
       {"Temporal", "date.truncate(unit :: STRING, input :: ANY, fields :: MAP?) :: DATE",
        "A temporal value truncated to a unit, as a date"}},
      {"localtime.truncate",
       {"Temporal", "localtime.truncate(unit :: STRING, input :: ANY, fields :: MAP?) :: LOCAL TIME",
        "A temporal value truncated to a unit, as a local time"}},
      {"time.truncate",
       {"Temporal", "time.truncate(unit :: STRING, input :: ANY, fields :: MAP?) :: TIME",
        "A temporal value truncated to a unit, as a time"}},
      {"localdatetime.truncate",
       {"Temporal", "localdatetime.truncate(unit :: STRING, input :: ANY, fields :: MAP?) :: LOCAL DATETIME",
        "A temporal value truncated to a unit, as a local datetime"}},
      {"datetime.truncate",
       {"Temporal", "datetime.truncate(unit :: STRING, input :: ANY, fields :: MAP?) :: DATETIME",
        "A temporal value truncated to a unit, as a datetime"}},
      {"duration", {"Temporal", "duration(input :: STRING | MAP) :: DURATION", "A duration from ISO 8601 text or a map"}},
      {"duration.between",
       {"Temporal", "duration.between(from :: ANY, to :: ANY) :: DURATION", "The duration from one instant to another"}},
      {"duration.inMonths",
       {"Temporal", "duration.inMonths(from :: ANY, to :: ANY) :: DURATION", "duration.between in whole months"}},
      {"duration.inDays",
       {"Temporal", "duration.inDays(from :: ANY, to :: ANY) :: DURATION", "duration.between in whole days"}},
      {"duration.inSeconds",
       {"Temporal", "duration.inSeconds(from :: ANY, to :: ANY) :: DURATION", "duration.between in seconds"}},
      {"count", {"Aggregating", "count(input :: ANY) :: INTEGER", "The number of values that are not null"}},
      {"sum", {"Aggregating", "sum(input :: NUMBER | DURATION) :: NUMBER | DURATION", "The sum of the values"}},
      {"avg", {"Aggregating", "avg(input :: NUMBER | DURATION) :: FLOAT | DURATION", "The mean of the values"}},
      {"min", {"Aggregating", "min(input :: ANY) :: ANY", "The smallest value"}},
      {"max", {"Aggregating", "max(input :: ANY) :: ANY", "The largest value"}},
      {"collect", {"Aggregating", "collect(input :: ANY) :: LIST OF ANY", "The values that are not null, as a list"}},
      {"percentileCont",
       {"Aggregating", "percentileCont(input :: NUMBER, percentile :: FLOAT) :: FLOAT",
        "The percentile, interpolated between values"}},
      {"percentileDisc",
       {"Aggregating", "percentileDisc(input :: NUMBER, percentile :: FLOAT) :: NUMBER",
        "The percentile, as the nearest value"}},
      {"stDev", {"Aggregating", "stDev(input :: NUMBER) :: FLOAT", "The sample standard deviation"}},
      {"stDevP", {"Aggregating", "stDevP(input :: NUMBER) :: FLOAT", "The population standard deviation"}},
  };
  return docs;
}

// "name(ANY, ANY?) :: ANY" from the arity alone.
std::string SignatureFromArity(const FunctionInfo& f) {
  std::string out = std::string(f.name) + "(";
  const int shown = f.max_args < 0 ? f.min_args + 1 : f.max_args;
  for (int i = 0; i < shown; ++i) {
    if (i) out += ", ";
    out += i < f.min_args ? "ANY" : "ANY?";
  }
  if (f.max_args < 0) out += ", ...";
  return out + ") :: ANY";
}

}  // namespace

std::vector<FunctionDoc> ListFunctions() {
  std::vector<FunctionDoc> out;
  for (const FunctionInfo* f : AllFunctions()) {
    FunctionDoc doc{std::string(f->name), f->aggregate ? "Aggregating" : "Scalar", SignatureFromArity(*f), {},
                    f->aggregate};
    auto it = Docs().find(f->name);
    if (it != Docs().end()) {
      doc.category = it->second.category;
      doc.signature = it->second.signature;
      doc.description = it->second.description;
    }
    out.push_back(std::move(doc));
  }
  std::sort(out.begin(), out.end(),
            [](const FunctionDoc& a, const FunctionDoc& b) { return strcasecmp(a.name.c_str(), b.name.c_str()) < 0; });
  return out;
}

}  // namespace cg::query::function
