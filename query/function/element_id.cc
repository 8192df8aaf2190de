#include "query/function/element_id.h"

#include <charconv>

namespace cg::query::function {

std::string NodeElementId(graph::NodeId id) { return "n:" + std::to_string(id); }

std::string RelationshipElementId(graph::RelId id) { return "r:" + std::to_string(id); }

std::optional<graph::NodeId> NodeOfElementId(std::string_view element_id) {
  if (element_id.size() < 3 || element_id.substr(0, 2) != "n:") return std::nullopt;
  const char* begin = element_id.data() + 2;
  const char* end = element_id.data() + element_id.size();
  graph::NodeId id = 0;
  auto [ptr, ec] = std::from_chars(begin, end, id);
  if (ec != std::errc() || ptr != end || (*begin == '0' && end - begin > 1)) return std::nullopt;
  return id;
}

}  // namespace cg::query::function
