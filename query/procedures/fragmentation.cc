#include "query/procedures/fragmentation.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "query/procedures/leadership.h"

namespace cg::query::leadership {

namespace {

constexpr size_t kShown = 5;  // items a signal lists before "+N more"

std::string Listed(const std::vector<std::string>& items, std::string_view separator, size_t shown = kShown) {
  if (items.size() <= shown) return fmt::format("{}", fmt::join(items, separator));
  return fmt::format("{}{}+{} more", fmt::join(items.begin(), items.begin() + static_cast<ptrdiff_t>(shown), separator),
                     separator, items.size() - shown);
}

// Contender signals: several named, several regional commands, separate
// territories.
void ContenderSignals(const std::vector<Contender>& contenders, std::vector<std::string>* out) {
  std::vector<std::string> named, regional, territorial;
  for (const Contender& c : contenders) {
    if (c.named) named.push_back(c.name);
    if (!c.regional_role.empty()) regional.push_back(fmt::format("{} ({})", c.name, c.regional_role));
  }
  if (named.size() >= 2) out->push_back("several named contenders: " + Listed(named, ", "));
  if (regional.size() >= 2) out->push_back("regional commands: " + Listed(regional, ", "));
  for (const Contender& c : contenders) {
    std::vector<std::string> own;  // places no other contender's groups operate in
    for (const std::string& place : c.territories) {
      const bool shared = std::any_of(contenders.begin(), contenders.end(), [&](const Contender& other) {
        return &other != &c && std::count(other.territories.begin(), other.territories.end(), place);
      });
      if (!shared) own.push_back(place);
    }
    if (!own.empty()) territorial.push_back(fmt::format("{} ({})", c.name, Listed(own, ", ", 3)));
  }
  if (territorial.size() >= 2) out->push_back("separate territories: " + Listed(territorial, "; "));
}

}  // namespace

std::vector<std::string> FragmentationSignals(const ProcedureContext& ctx, graph::NodeId org,
                                              const std::vector<Contender>& contenders, const Date& day) {
  const graph::Reader& r = ctx.reader();
  std::vector<std::string> out;
  ContenderSignals(contenders, &out);

  // Splinters (EMERGED_FROM, from its date) and factions (PART_OF), in force.
  std::vector<graph::NodeId> groups;
  std::vector<std::string> splinters;
  Check(r.ForEachEdge(org, graph::Direction::kIncoming, "", [&](const graph::Edge& e) {
    ctx.Tick();
    if (ctx.Rejected(e.rel)) return true;
    if (e.type == "EMERGED_FROM") {
      if (!InForce(r, e.rel, day)) return true;
      const std::optional<Date> date = DateProperty(r, e.rel, "date");
      splinters.push_back(NameOf(r, e.start) + (date ? " (" + date->ToString() + ")" : ""));
      groups.push_back(e.start);
    } else if (e.type == "PART_OF" && InForce(r, e.rel, day)) {
      groups.push_back(e.start);
    }
    return true;
  }));
  if (!splinters.empty()) out.push_back(fmt::format("splinters: {}", fmt::join(splinters, ", ")));

  // Rivalries among the splinters and factions, or with the organization.
  std::set<graph::RelId> seen;
  std::vector<graph::Edge> rivalries;
  for (graph::NodeId group : groups) {
    Check(r.ForEachEdge(group, graph::Direction::kBoth, "RIVAL_OF", [&](const graph::Edge& e) {
      ctx.Tick();
      if (ctx.Rejected(e.rel)) return true;
      const graph::NodeId other = e.other();
      const bool related = other == org || std::count(groups.begin(), groups.end(), other);
      if (related && seen.insert(e.rel).second) {
        rivalries.push_back(e);
        rivalries.back().type = {};  // valid only during the callback
      }
      return true;
    }));
  }
  for (const graph::Edge& e : rivalries) {
    if (InForce(r, e.rel, day)) out.push_back(fmt::format("rivals: {} and {}", NameOf(r, e.start), NameOf(r, e.end)));
  }
  return out;
}

}  // namespace cg::query::leadership
