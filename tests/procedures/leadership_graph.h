// A small leadership graph written in the test: people, organizations and
// relationships, each relationship with evidence from the named articles
// (as ingest would record them), plus status claims dated by their article.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "graph/graph.h"
#include "graph/write_txn.h"
#include "tests/query/test_graph.h"

namespace cg::testing {

class LeadershipGraph {
 public:
  LeadershipGraph() : graph_(query::testing::NewGraph()) { REQUIRE(graph_->BeginWrite(&txn_).ok()); }

  graph::NodeId Person(const std::string& name, std::vector<std::string> aliases = {}) {
    return Node({"Person"}, name, std::move(aliases));
  }
  graph::NodeId Org(const std::string& name, std::vector<std::string> aliases = {}) {
    return Node({"Organization", "Cartel"}, name, std::move(aliases));
  }
  graph::NodeId Place(const std::string& name) { return Node({"Place", "State"}, name, {}); }

  // A relationship supported by one evidence per article in `articles`.
  graph::RelId Rel(const std::string& type, graph::NodeId from, graph::NodeId to, PropertyMap props = {},
                   const std::vector<std::string>& articles = {}) {
    graph::RelId id = 0;
    REQUIRE(txn_->CreateRelationship(type, from, to, std::move(props), &id).ok());
    for (const std::string& a : articles) REQUIRE(txn_->AddEvidence(id, Source(a)).ok());
    return id;
  }

  // An article published on `date`, for claims and evidence to cite.
  void Article(const std::string& id, const std::string& date) {
    graph::Article a;
    a.id = id;
    a.title = id;
    a.published = *Date::Parse(date);
    REQUIRE(txn_->PutArticle(a).ok());
  }
  // `article` says the person's status is `status`.
  void SetStatus(graph::NodeId person, const std::string& status, const std::string& article) {
    REQUIRE(txn_->AddNodeClaim(person, {"status", Value(status), Source(article)}).ok());
  }

  // Commits the writes; the graph is then ready for queries.
  graph::Graph& Done() {
    REQUIRE(txn_->Commit().ok());
    txn_.reset();
    return *graph_;
  }

 private:
  graph::NodeId Node(std::vector<std::string> labels, const std::string& name, std::vector<std::string> aliases) {
    PropertyMap props{{"name", Value(name)}};
    if (!aliases.empty()) props["aliases"] = Value(ValueList(aliases.begin(), aliases.end()));
    graph::NodeId id = 0;
    REQUIRE(txn_->CreateNode(std::move(labels), std::move(props), &id).ok());
    return id;
  }
  static graph::Evidence Source(const std::string& article) {
    return graph::Evidence{article, 0, 10, "a sentence of " + article, "test", 0.9f};
  }

  std::unique_ptr<graph::Graph> graph_;
  std::unique_ptr<graph::WriteTxn> txn_;
};

inline Value D(const std::string& iso) { return Value(*Date::Parse(iso)); }

}  // namespace cg::testing
