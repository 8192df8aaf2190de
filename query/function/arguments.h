// What the scalar function families (families.h) share: the errors a
// function raises on an argument it cannot take, and readers of typed
// arguments. A reader that returns raises the error itself, so a function
// reads its arguments and goes on.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "query/value.h"

namespace cg::query::function {

using Args = std::vector<Value>;

// TypeError InvalidArgumentType: `fn` cannot take a value of v's type.
[[noreturn]] void BadArg(std::string_view fn, const Value& v);
// TypeError InvalidArgumentValue: how conversion and entity functions
// report a value of the wrong type.
[[noreturn]] void BadValue(std::string_view fn, const Value& v);

// An INTEGER argument; ArgumentError InvalidArgumentType otherwise (null
// included: callers that accept null test for it first).
int64_t IntArg(std::string_view fn, const Value& v);

// UTF-8 text split into its code points, for the functions that cut or
// reverse a string by character.
std::vector<std::string> Chars(const std::string& s);

}  // namespace cg::query::function
