#include "schema/validity.h"

namespace cg {

std::optional<Date> DateOf(const Value* value) {
  if (!value) return std::nullopt;
  if (value->is_date()) return value->as_date();
  if (value->is_string()) return Date::Parse(value->as_string());
  return std::nullopt;
}

bool HoldsOn(const Value* since, const Value* until, const Value* date, const Date& day) {
  std::optional<Date> from = DateOf(since);
  if (!from) from = DateOf(date);
  return HoldsOn(from, DateOf(until), day);
}

bool HoldsOn(const PropertyMap& properties, const Date& day) {
  auto find = [&](std::string_view key) -> const Value* {
    auto it = properties.find(key);
    return it == properties.end() ? nullptr : &it->second;
  };
  return HoldsOn(find("since"), find("until"), find("date"), day);
}

}  // namespace cg
