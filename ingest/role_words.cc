#include "ingest/role_words.h"

namespace cg::ingest {

std::string SingularRole(std::string role) {
  if (role.find(" of ") != std::string::npos) return role;
  auto ends = [&](std::string_view x) { return role.size() > x.size() + 1 && role.ends_with(x); };
  if (ends("men")) return role.substr(0, role.size() - 3) + "man";
  if (ends("sses")) return role.substr(0, role.size() - 2);
  if (ends("ies")) return role.substr(0, role.size() - 3) + "y";
  if (ends("s") && !ends("ss")) return role.substr(0, role.size() - 1);
  return role;
}

bool AgencyLike(const LocalEntity& e) {
  return e.refining == "Agency" || e.refining == "Government" || e.refining == "MilitaryUnit" ||
         e.refining == "TaskForce" || e.refining == "Media" || e.refining == "ResearchGroup" ||
         e.refining == "PoliticalParty" ||
         (e.primary == "Organization" && e.refining.empty());
}

bool HeadsBody(const LexEntry& role, const LocalEntity& org) {
  return org.refining != "Government" || role.attr("heads") == "government" || role.attr("lead") != "agency";
}

}  // namespace cg::ingest
