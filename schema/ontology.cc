#include "schema/ontology.h"

#include <algorithm>

#include <fmt/format.h>

namespace cg {
namespace {

bool Contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

std::string Join(const std::vector<std::string>& list) {
  std::string out;
  for (const auto& item : list) out += (out.empty() ? "" : ", ") + item;
  return out;
}

PropertyDef DateProp(std::string name) { return {std::move(name), PropertyType::kDate, {}}; }
PropertyDef Text(std::string name, std::vector<std::string> allowed = {}) {
  return {std::move(name), PropertyType::kString, std::move(allowed)};
}

const std::vector<std::string> kPersonStatus = {"active", "dead", "arrested", "imprisoned", "extradited",
                                                "fugitive"};
const std::vector<std::string> kEndCauses = {"killed", "arrested", "extradited", "died", "replaced"};
const std::vector<std::string> kRoles = {"target", "conductor", "supporter", "perpetrator", "victim"};

// Every node may carry these: its canonical name and every surface form seen.
std::vector<PropertyDef> Common(std::vector<PropertyDef> more) {
  more.push_back(Text("name"));
  more.push_back({"aliases", PropertyType::kStringList, {}});
  return more;
}

Status CheckValue(const PropertyDef& def, std::string_view owner, Value* value) {
  if (value->is_null()) return Status::OK();
  auto mismatch = [&] {
    return Status::Constraint(fmt::format("property {}.{} must be {} (ontology), got {}", owner, def.name,
                                          PropertyTypeName(def.type), value->ToString()));
  };
  switch (def.type) {
    case PropertyType::kAny: return Status::OK();
    case PropertyType::kString:
      if (!value->is_string()) return mismatch();
      if (!def.allowed.empty() && !Contains(def.allowed, value->as_string())) {
        return Status::Constraint(fmt::format("property {}.{} must be one of {} (ontology), got '{}'", owner,
                                              def.name, Join(def.allowed), value->as_string()));
      }
      return Status::OK();
    case PropertyType::kInt: return value->is_int() ? Status::OK() : mismatch();
    case PropertyType::kFloat: return value->is_float() ? Status::OK() : mismatch();
    case PropertyType::kNumber: return value->is_int() || value->is_float() ? Status::OK() : mismatch();
    case PropertyType::kBool: return value->is_bool() ? Status::OK() : mismatch();
    case PropertyType::kDate:
      if (value->is_date()) return Status::OK();
      if (value->is_string()) {
        if (auto date = Date::Parse(value->as_string())) {
          *value = *date;
          return Status::OK();
        }
      }
      return Status::Constraint(fmt::format(
          "property {}.{} must be an ISO date such as 2010, 2026-02 or 2026-02-22 (ontology), got {}", owner,
          def.name, value->ToString()));
    case PropertyType::kStringList:
      if (value->is_list() && std::all_of(value->as_list().begin(), value->as_list().end(),
                                          [](const Value& v) { return v.is_string(); })) {
        return Status::OK();
      }
      return mismatch();
  }
  return Status::OK();
}

const PropertyDef* FindProperty(const std::vector<PropertyDef>& defs, std::string_view key) {
  for (const auto& def : defs) {
    if (def.name == key) return &def;
  }
  return nullptr;
}

}  // namespace

std::string_view PropertyTypeName(PropertyType type) {
  switch (type) {
    case PropertyType::kAny: return "any";
    case PropertyType::kString: return "string";
    case PropertyType::kInt: return "int";
    case PropertyType::kFloat: return "float";
    case PropertyType::kNumber: return "number";
    case PropertyType::kBool: return "bool";
    case PropertyType::kDate: return "date";
    case PropertyType::kStringList: return "string[]";
  }
  return "any";
}

const Ontology& Ontology::Default() {
  static const Ontology* ontology = [] {
    auto* o = new Ontology();
    o->version_ = "1.1";
    o->labels_ = {
        {"Person", "a named individual: a leader, member, official or relative",
         {},
         Common({DateProp("born"), DateProp("died"), Text("nationality"), Text("status", kPersonStatus)})},
        {"Organization", "a group acting as one: a cartel, agency, unit, government or publisher",
         {{"Cartel", "criminal groups, their factions and cells"},
          {"Agency", "government agencies and ministries (DEA, State Department, SEDENA, FGR)"},
          {"MilitaryUnit", "commands and units of armed forces (NORTHCOM, GAFE)"},
          {"TaskForce", "joint task forces set up for an operation or a mission"},
          {"Government", "a country's government or an administration"},
          {"Media", "newspapers, broadcasters and wire services"},
          {"ResearchGroup", "think tanks and data projects (ACLED)"},
          {"PoliticalParty", "political parties (PRI, PAN, Morena)"}},
         Common({DateProp("founded"), DateProp("dissolved"), Text("country")})},
        {"Place", "a location, from a building to a continent",
         {{"Country", "a sovereign country"},
          {"State", "a state, province or department of a country"},
          {"City", "a city, town or village"},
          {"Facility", "a building or site: an airport, a prison, a ranch"},
          {"Region", "an area without an administrative border (Tierra Caliente, the Golden Triangle)"}},
         Common({Text("country")})},
        {"Event", "something that happened on a date: an operation, a killing, a designation",
         {{"Raid", "an armed operation against a place or a person"},
          {"Killing", "a death caused by others"},
          {"Arrest", "an arrest or capture"},
          {"Extradition", "a transfer of a person to another country's courts"},
          {"Designation", "a listing, such as a terrorist designation or a sanction"},
          {"Attack", "an assault by a group"},
          {"Blockade", "roads or places blocked by a group"},
          {"Sentencing", "a court's sentence"},
          {"Election", "an election"}},
         Common({DateProp("date"), Text("description")})},
        {"Program", "a funded or run programme: an aid initiative, a covert operation over time",
         {},
         Common({DateProp("started"), DateProp("ended"), {"budget", PropertyType::kNumber, {}}})},
        {"Article", "one ingested document, the source that evidence points to",
         {},
         Common({Text("title"), Text("author"), Text("publisher"), DateProp("published"), Text("url"),
                 Text("sha256")})},
    };
    const std::vector<std::string> org = {"Organization"};
    const std::vector<std::string> person = {"Person"};
    const std::vector<std::string> person_or_org = {"Person", "Organization"};
    const std::vector<std::string> any = {};
    o->types_ = {
        {"LEADS", person, org, {DateProp("since"), DateProp("until"), Text("end_cause", kEndCauses)},
         "the person heads the organization (a cartel's boss, an agency's director, a country's president)"},
        {"FOUNDED", person_or_org, {"Organization", "Program"}, {DateProp("date")},
         "the subject founded or set up the object"},
        {"MEMBER_OF", person, org, {Text("role"), DateProp("since"), DateProp("until")},
         "the person belongs to the organization, in `role` (lieutenant, accountant, hitman)"},
        {"SUCCEEDED", person, person, {Text("organization"), DateProp("date")},
         "the subject took over from the object, at `organization`"},
        {"CONTENDER_FOR", person, org, {DateProp("since"), Text("basis")},
         "the person is named as a possible next leader of the organization, on `basis` (lieutenant, heir)"},
        {"EMERGED_FROM", org, org, {DateProp("date")}, "the subject split off from or grew out of the object"},
        {"ALLIED_WITH", org, org, {DateProp("since"), DateProp("until")}, "the two organizations are allies"},
        {"RIVAL_OF", org, org, {DateProp("since"), DateProp("until")}, "the two organizations fight each other"},
        {"COOPERATES_WITH", org, org, {Text("context"), DateProp("date")},
         "the subject works with the object, in `context` (an operation, an agreement)"},
        {"PART_OF", org, org, {DateProp("since")}, "the subject is a unit, arm or faction of the object"},
        {"DESIGNATED", org, person_or_org, {Text("designation"), DateProp("date")},
         "a government or agency listed the object as `designation` (Foreign Terrorist Organization, kingpin)"},
        {"OFFERED_REWARD", org, person, {{"amount", PropertyType::kNumber, {}}, Text("currency"), DateProp("date")},
         "the organization offers a reward for information on the person"},
        {"OPERATES_IN", org, {"Place"}, {DateProp("since")}, "the organization is active in the place"},
        {"LOCATED_IN", {"Place"}, {"Place"}, {}, "the subject place lies within the object place"},
        {"RELATIVE_OF", person, person, {Text("relation")},
         "the subject is the object's `relation` (son, brother, brother-in-law)"},
        {"PARTICIPATED_IN", person_or_org, {"Event"}, {Text("role", kRoles)},
         "the subject took part in the event as `role`"},
        {"OCCURRED_IN", {"Event"}, {"Place"}, {}, "the event happened in the place"},
        {"TRAINED", org, org, {DateProp("date")}, "the subject trained the object's members"},
        {"FUNDED", org, {"Program", "Organization"}, {{"amount", PropertyType::kNumber, {}}, DateProp("since"),
                                                      DateProp("until")},
         "the subject paid for the object"},
        {"RUNS", org, {"Program"}, {DateProp("since"), DateProp("until")}, "the organization operates the programme"},
        {"MENTIONED_IN", any, {"Article"}, {{"count", PropertyType::kInt, {}}},
         "the node is named in the article `count` times"},
    };
    return o;
  }();
  return *ontology;
}

const LabelDef* Ontology::FindPrimary(std::string_view label) const {
  for (const auto& def : labels_) {
    if (def.name == label) return &def;
  }
  return nullptr;
}

const LabelDef* Ontology::PrimaryOfRefinement(std::string_view refinement) const {
  for (const auto& def : labels_) {
    for (const auto& r : def.refinements) {
      if (r.name == refinement) return &def;
    }
  }
  return nullptr;
}

const RelationshipTypeDef* Ontology::FindType(std::string_view type) const {
  for (const auto& def : types_) {
    if (def.name == type) return &def;
  }
  return nullptr;
}

std::string_view Ontology::PrimaryLabel(std::span<const std::string> labels) const {
  for (const auto& label : labels) {
    if (FindPrimary(label)) return label;
  }
  return {};
}

Status Ontology::CheckNodeLabels(std::span<const std::string> labels) const {
  const LabelDef* primary = nullptr;
  std::string_view refinement;
  for (const auto& label : labels) {
    if (const LabelDef* def = FindPrimary(label)) {
      if (primary) {
        return Status::Constraint(fmt::format("a node has one primary label, got both :{} and :{} (ontology)",
                                              primary->name, def->name));
      }
      primary = def;
    }
  }
  for (const auto& label : labels) {
    const LabelDef* owner = PrimaryOfRefinement(label);
    if (!owner) continue;
    if (owner != primary) {
      return Status::Constraint(fmt::format("label :{} refines :{} and needs it beside it (ontology)", label,
                                            owner->name));
    }
    if (!refinement.empty()) {
      return Status::Constraint(fmt::format("a node has at most one refining label, got :{} and :{} (ontology)",
                                            refinement, label));
    }
    refinement = label;
  }
  return Status::OK();
}

Status Ontology::CheckRelationship(std::string_view type, std::span<const std::string> from_labels,
                                   std::span<const std::string> to_labels) const {
  const RelationshipTypeDef* def = FindType(type);
  if (!def) return Status::OK();
  auto check_end = [&](const std::vector<std::string>& allowed, std::span<const std::string> labels,
                       const char* end) -> Status {
    const std::string_view primary = PrimaryLabel(labels);
    if (allowed.empty() || primary.empty() || Contains(allowed, primary)) return Status::OK();
    return Status::Constraint(fmt::format("{} must go {} :{}, not :{} (ontology rule {}: {} -> {})", type,
                                          end, Join(allowed), primary, type, Join(def->from).empty() ? "any" : Join(def->from),
                                          Join(def->to).empty() ? "any" : Join(def->to)));
  };
  CG_RETURN_IF_ERROR(check_end(def->from, from_labels, "from"));
  return check_end(def->to, to_labels, "to");
}

Status Ontology::CheckNodeProperty(std::span<const std::string> labels, std::string_view key, Value* value) const {
  const std::string_view primary = PrimaryLabel(labels);
  if (primary.empty()) return Status::OK();
  const PropertyDef* def = FindProperty(FindPrimary(primary)->properties, key);
  return def ? CheckValue(*def, primary, value) : Status::OK();
}

Status Ontology::CheckRelationshipProperty(std::string_view type, std::string_view key, Value* value) const {
  const RelationshipTypeDef* def = FindType(type);
  if (!def) return Status::OK();
  const PropertyDef* prop = FindProperty(def->properties, key);
  return prop ? CheckValue(*prop, type, value) : Status::OK();
}

}  // namespace cg
