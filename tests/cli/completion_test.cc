#include <doctest/doctest.h>

#include "cli/input/completion.h"

using cg::cli::CommonPrefix;
using cg::cli::Complete;
using cg::cli::Vocabulary;

namespace {

Vocabulary Sample() {
  return Vocabulary{.labels = {"Cartel", "Person", "Place", "Organization"},
                    .types = {"LEADS", "LOCATED_IN", "MEMBER_OF"},
                    .property_keys = {"name", "aliases", "born"},
                    .parameters = {"name", "year"},
                    .commands = {":help", ":params", ":param", ":quit"},
                    .procedures = {"cg.vacuums", "cg.succession", "algo.pagerank", "dbms.procedures"}};
}

using Words = std::vector<std::string>;

}  // namespace

TEST_CASE("completion: labels after ':' in a node / types in a relationship") {
  auto c = Complete("MATCH (p:Pe", true, Sample());
  CHECK(c.start == 9);
  CHECK(c.candidates == Words{"Person"});
  CHECK(Complete("MATCH (p:P", true, Sample()).candidates == Words{"Person", "Place"});
  CHECK(Complete("MATCH (p:Person)-[r:L", true, Sample()).candidates == Words{"LEADS", "LOCATED_IN"});
  CHECK(Complete("MATCH (p)-[:m", true, Sample()).candidates == Words{"MEMBER_OF"});  // case folded when needed
  CHECK(Complete("MATCH (p) WHERE p:Ca", true, Sample()).candidates == Words{"Cartel"});
}

TEST_CASE("completion: property keys after '.' / parameters after '$' / keywords elsewhere") {
  CHECK(Complete("MATCH (p) RETURN p.na", true, Sample()).candidates == Words{"name"});
  CHECK(Complete("MATCH (p) WHERE p.name = $ye", true, Sample()).candidates == Words{"year"});
  auto c = Complete("MAT", true, Sample());
  CHECK(c.start == 0);
  CHECK(c.candidates == Words{"MATCH"});
  CHECK(Complete("match (n) ret", true, Sample()).candidates == Words{"return"});
  CHECK(Complete("MATCH (n) RETURN n ", true, Sample()).candidates.empty());
}

TEST_CASE("completion: ':' commands only at the start of a statement") {
  auto c = Complete(":pa", true, Sample());
  CHECK(c.start == 0);
  CHECK(c.candidates == Words{":param", ":params"});
  CHECK(CommonPrefix(c.candidates) == ":param");
  CHECK(Complete("  :q", true, Sample()).candidates == Words{":quit"});
  CHECK(Complete(":q", false, Sample()).candidates.empty());  // inside a statement: a label position
}

TEST_CASE("completion: procedure names, dotted, after CALL") {
  auto c = Complete("CALL cg.", true, Sample());
  CHECK(c.start == 5);
  CHECK(c.candidates == Words{"cg.succession", "cg.vacuums"});
  CHECK(Complete("match (n) call cg.va", true, Sample()).candidates == Words{"cg.vacuums"});
  CHECK(Complete("CALL a", true, Sample()).candidates == Words{"algo.pagerank"});
  CHECK(Complete("CALL ", true, Sample()).candidates.size() == 4);
  // Not after CALL: a property key / keyword as before.
  CHECK(Complete("RECALL cg.", true, Sample()).candidates == Words{"aliases", "born", "name"});
  CHECK(Complete("RETURN n.na", true, Sample()).candidates == Words{"name"});
}
