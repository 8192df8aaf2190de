// End to end: the bundled sample articles, ingested, answer the researcher
// questions of examples/queries/ as the demo shows them.
#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

#include "ingest/ingest.h"
#include "query/engine.h"

using namespace cg;

namespace {

std::string ReadQuery(const std::string& name) {
  std::ifstream in(std::string(CG_SOURCE_DIR) + "/examples/queries/" + name);
  std::stringstream text;
  text << in.rdbuf();
  std::string query = text.str();
  while (!query.empty() && (query.back() == '\n' || query.back() == ';')) query.pop_back();
  return query;
}

struct Table {
  std::vector<std::string> columns;
  std::vector<std::vector<query::Value>> rows;
  const query::Value& at(size_t row, const std::string& column) const {
    size_t index = std::find(columns.begin(), columns.end(), column) - columns.begin();
    REQUIRE(index < columns.size());
    return rows.at(row).at(index);
  }
};

class SampleGraph {
 public:
  SampleGraph() {
    REQUIRE(graph::Graph::Open("demo", {.in_memory = true}, &graph_).ok());
    ingest::IngestReport report;
    REQUIRE(ingest::IngestPaths(*graph_, {std::string(CG_SOURCE_DIR) + "/examples/articles"}, {}, &report).ok());
    REQUIRE(report.failed == 0);
    REQUIRE(report.ingested >= 5);
  }
  Table Ask(const std::string& file) {
    query::QueryResult r = query::QueryEngine::Execute(*graph_, ReadQuery(file));
    REQUIRE_MESSAGE(r.ok(), file << ": " << (r.ok() ? "" : r.error->what()));
    return Table{r.columns, r.rows};
  }

 private:
  std::unique_ptr<graph::Graph> graph_;
};

bool Contains(const Table& t, const std::string& column, const std::string& text) {
  for (size_t i = 0; i < t.rows.size(); ++i) {
    const auto& v = t.at(i, column);
    if (v.is_string() && v.as_string().find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("the sample articles answer the demo's questions") {
  SampleGraph g;

  Table vacuums = g.Ask("leadership_vacuums.cypher");
  REQUIRE_FALSE(vacuums.rows.empty());
  CHECK(Contains(vacuums, "organization", "Jalisco New Generation Cartel"));
  CHECK(Contains(vacuums, "former_leader", "Oseguera"));
  bool mencho_killed = false;
  for (size_t i = 0; i < vacuums.rows.size(); ++i) {
    if (vacuums.at(i, "former_leader").is_string() &&
        vacuums.at(i, "former_leader").as_string().find("Oseguera") != std::string::npos) {
      mencho_killed = vacuums.at(i, "cause").is_string() && vacuums.at(i, "cause").as_string() == "killed";
    }
  }
  CHECK(mencho_killed);
  CHECK(Contains(vacuums, "contender", "Audias Flores Silva"));
  CHECK(Contains(vacuums, "contender", "Juan Carlos Valencia González"));

  Table designations = g.Ask("designations.cypher");
  CHECK(Contains(designations, "designation", "Foreign Terrorist Organization"));
  CHECK(Contains(designations, "designated", "Jalisco New Generation Cartel"));
  CHECK(Contains(designations, "by", "State Department"));

  Table cooperation = g.Ask("agency_cooperation.cypher");
  CHECK(Contains(cooperation, "organization", "Secretariat of National Defense"));
  bool operation = false;
  for (size_t i = 0; i < cooperation.rows.size(); ++i) {
    for (const query::Value& op : cooperation.at(i, "operations").as_list()) {
      operation |= op.as_string().find("Oseguera") != std::string::npos;
    }
  }
  CHECK(operation);

  // Two sample articles disagree on the reward: one row, both amounts, each with its article.
  Table conflicts = g.Ask("conflicts.cypher");
  REQUIRE(conflicts.rows.size() == 1);
  CHECK(conflicts.at(0, "key").as_string() == "reward");
  std::set<int64_t> amounts;
  for (const query::Value& v : conflicts.at(0, "values").as_list()) amounts.insert(v.as_int());
  CHECK(amounts == std::set<int64_t>{10000000, 15000000});
  std::set<std::string> articles;
  for (const query::Value& a : conflicts.at(0, "articles").as_list()) articles.insert(a.as_string());
  CHECK(articles == std::set<std::string>{"15000000: Army special forces kill CJNG leader in Tapalpa",
                                          "10000000: Reward notice lists a smaller sum for El Mencho"});

  Table evidence = g.Ask("evidence.cypher");
  REQUIRE_FALSE(evidence.rows.empty());
  CHECK(Contains(evidence, "quote", "El Mencho"));
  CHECK(Contains(evidence, "title", "Tapalpa"));

  Table network = g.Ask("network.cypher");
  CHECK(Contains(network, "relationship", "LEADS"));
  CHECK(Contains(network, "to", "Jalisco New Generation Cartel"));

  Table succession = g.Ask("succession_chains.cypher");
  CHECK(succession.rows.size() >= 2);
}
