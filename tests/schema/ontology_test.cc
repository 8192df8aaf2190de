#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "schema/ontology.h"

using cg::Ontology;
using Labels = std::vector<std::string>;

TEST_CASE("node labels: one primary, one refinement beside its primary") {
  const Ontology& o = Ontology::Default();
  CHECK(o.CheckNodeLabels(Labels{"Organization", "Cartel"}).ok());
  CHECK(o.CheckNodeLabels(Labels{"Person"}).ok());
  CHECK(o.CheckNodeLabels(Labels{"Source"}).ok());  // researcher's own label
  auto both = o.CheckNodeLabels(Labels{"Person", "Organization"});
  CHECK(both.code() == cg::Status::Code::kConstraint);
  CHECK(both.message().find("primary") != std::string::npos);
  CHECK_FALSE(o.CheckNodeLabels(Labels{"Person", "Cartel"}).ok());
  CHECK_FALSE(o.CheckNodeLabels(Labels{"Organization", "Cartel", "Agency"}).ok());
}

TEST_CASE("relationship endpoints follow the ontology and the message names the rule") {
  const Ontology& o = Ontology::Default();
  CHECK(o.CheckRelationship("LEADS", Labels{"Person"}, Labels{"Organization", "Cartel"}).ok());
  auto bad = o.CheckRelationship("LEADS", Labels{"Organization"}, Labels{"Place"});
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.message().find("LEADS") != std::string::npos);
  CHECK(bad.message().find("Person") != std::string::npos);
  CHECK(o.CheckRelationship("KNOWS", Labels{"Person"}, Labels{"Place"}).ok());  // extension type
  CHECK(o.CheckRelationship("LEADS", Labels{"Source"}, Labels{"Organization"}).ok());  // unchecked end
}

TEST_CASE("known properties are typed; ISO strings become dates") {
  const Ontology& o = Ontology::Default();
  cg::Value until("2026-02-22");
  REQUIRE(o.CheckRelationshipProperty("LEADS", "until", &until).ok());
  CHECK(until.is_date());
  cg::Value bad_date("last week");
  CHECK_FALSE(o.CheckRelationshipProperty("LEADS", "until", &bad_date).ok());
  cg::Value cause("vanished");
  CHECK_FALSE(o.CheckRelationshipProperty("LEADS", "end_cause", &cause).ok());
  cg::Value status("dead");
  CHECK(o.CheckNodeProperty(Labels{"Person"}, "status", &status).ok());
  cg::Value any(int64_t{3});
  CHECK(o.CheckNodeProperty(Labels{"Person"}, "weight", &any).ok());
}
