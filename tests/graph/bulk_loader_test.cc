#include <doctest/doctest.h>

#include <filesystem>
#include <random>
#include <thread>

#include "graph/graph.h"
#include "storage/store.h"
#include "tests/temp_dir.h"

using namespace cg;
using namespace cg::graph;

TEST_CASE("a bulk load becomes visible whole, indexed like transactional writes") {
  testing::TempDir dir;
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
  NodeId existing;
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "Sinaloa Cartel"}}, &existing).ok());
    REQUIRE(txn->Commit().ok());
  }
  std::unique_ptr<BulkLoader> loader;
  REQUIRE(g->BeginBulkLoad(&loader).ok());
  NodeId mayo, son;
  REQUIRE(loader->AddNode({"Person"}, {{"name", "Ismael Zambada García"}, {"aliases", ValueList{"El Mayo"}}}, &mayo).ok());
  REQUIRE(loader->AddNode({"Person"}, {{"name", "Vicente Zambada Niebla"}}, &son).ok());
  RelId leads;
  REQUIRE(loader->AddRelationship("LEADS", mayo, existing, {{"until", "2024-07-25"}, {"end_cause", "arrested"}}, &leads).ok());
  REQUIRE(loader->AddRelationship("RELATIVE_OF", son, mayo, {{"relation", "son"}}, nullptr).ok());
  // Checked like any write: a broken rule and a missing end are refused.
  CHECK(loader->AddRelationship("LEADS", existing, mayo, {}, nullptr).code() == Status::Code::kConstraint);
  CHECK(loader->AddRelationship("LEADS", mayo, 424242, {}, nullptr).code() == Status::Code::kConstraint);
  CHECK(g->BeginRead()->NodeExists(existing));
  CHECK_FALSE(g->BeginRead()->NodeExists(mayo));  // nothing visible before Finish
  REQUIRE(loader->Finish().ok());
  loader.reset();

  auto r = g->BeginRead();
  Relationship rel;
  REQUIRE(r->GetRelationship(leads, &rel).ok());
  CHECK(rel.Find("until")->is_date());
  std::vector<NodeId> named;
  REQUIRE(r->ForEachNodeNamed("el mayo", [&](NodeId id) { return named.push_back(id), true; }).ok());
  CHECK(named == std::vector<NodeId>{mayo});
  int incoming = 0;
  REQUIRE(r->ForEachEdge(existing, Direction::kIncoming, "LEADS", [&](const Edge&) { return ++incoming, true; }).ok());
  CHECK(incoming == 1);
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  CHECK_MESSAGE(problems.empty(), (problems.empty() ? "" : problems[0]));

  // Transactions after a bulk load get fresh ids.
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId after;
  REQUIRE(txn->CreateNode({"Person"}, {}, &after).ok());
  CHECK(after > son);
}

TEST_CASE("an abandoned bulk load writes nothing; an in-memory graph bulk-loads too") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("bulk-memory", {.in_memory = true}, &g).ok());
  {
    std::unique_ptr<BulkLoader> loader;
    REQUIRE(g->BeginBulkLoad(&loader).ok());
    REQUIRE(loader->AddNode({"Person"}, {{"name", "Dropped"}}, nullptr).ok());
  }
  int nodes = 0;
  REQUIRE(g->BeginRead()->ForEachNode([&](NodeId) { return ++nodes, true; }).ok());
  CHECK(nodes == 0);
  std::unique_ptr<BulkLoader> loader;
  REQUIRE(g->BeginBulkLoad(&loader).ok());
  REQUIRE(loader->AddNode({"Person"}, {{"name", "Kept"}}, nullptr).ok());
  REQUIRE(loader->Finish().ok());
  REQUIRE(g->BeginRead()->ForEachNode([&](NodeId) { return ++nodes, true; }).ok());
  CHECK(nodes == 1);
}

TEST_CASE("shards add reserved ids from several threads; ends may be another shard's nodes") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("bulk-shards", {.in_memory = true}, &g).ok());
  std::unique_ptr<BulkLoader> loader;
  REQUIRE(g->BeginBulkLoad(&loader).ok());
  constexpr int kPerShard = 500;
  BulkLoader::Shard* shards[2] = {loader->NewShard(), loader->NewShard()};
  CHECK(shards[0]->AddNode(1 << 20, {"Person"}, {{"name", "unreserved"}}).code() == Status::Code::kInvalidArgument);
  const NodeId first = loader->ReserveNodes(2 * kPerShard);
  auto add_nodes = [&](int s) {
    for (int i = 0; i < kPerShard; ++i) {
      const NodeId id = first + s * kPerShard + i;
      CHECK(shards[s]->AddNode(id, {"Person"}, {{"name", "P" + std::to_string(id)}}).ok());
    }
  };
  std::thread other(add_nodes, 1);
  add_nodes(0);
  other.join();
  const RelId rels = loader->ReserveRelationships(2 * kPerShard);
  auto add_rels = [&](int s) {  // each shard links its nodes to the other shard's
    for (int i = 0; i < kPerShard; ++i) {
      const NodeId mine = first + s * kPerShard + i, theirs = first + (1 - s) * kPerShard + i;
      CHECK(shards[s]->AddRelationship(rels + s * kPerShard + i, "RELATIVE_OF", mine, theirs, {}).ok());
    }
  };
  std::thread again(add_rels, 1);
  add_rels(0);
  again.join();
  REQUIRE(loader->Finish().ok());
  CHECK(loader->nodes_added() == 2 * kPerShard);
  CHECK(loader->relationships_added() == 2 * kPerShard);
  auto r = g->BeginRead();
  uint64_t degree = 0;
  REQUIRE(r->ForEachEdge(first + 7, Direction::kBoth, {}, [&](const Edge&) { return ++degree, true; }).ok());
  CHECK(degree == 2);
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  CHECK(problems.empty());
}
using namespace cg::graph;

namespace {

// Every pair of every column of the database at `path`, one string per column.
std::vector<std::string> Contents(const std::string& path) {
  std::unique_ptr<storage::Store> store;
  REQUIRE(storage::Store::Open(path, {.read_only = true}, &store).ok());
  auto snapshot = store->NewSnapshot();
  std::vector<std::string> columns;
  for (size_t c = 0; c < static_cast<size_t>(storage::Column::kCount); ++c) {
    std::string& all = columns.emplace_back();
    auto cursor = snapshot->Scan(static_cast<storage::Column>(c), "");
    for (; cursor->Valid(); cursor->Next()) {
      all += std::to_string(cursor->key().size()) + ":" + std::string(cursor->key()) + ":" +
             std::to_string(cursor->value().size()) + ":" + std::string(cursor->value());
    }
    REQUIRE(cursor->status().ok());
  }
  return columns;
}

// The entries of `db` whose name starts with "bulk-" (a load's files and runs).
size_t BulkEntries(const std::string& db) {
  size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(db)) n += entry.path().filename().string().starts_with("bulk-");
  return n;
}

// 12,000 nodes and 20,000 relationships, the same for every seed-equal call,
// through the loader and two shards; `finish` false abandons the load.
// Returns whether runs were spilled before the load finished.
bool Load(Graph* g, size_t budget, bool finish) {
  std::unique_ptr<BulkLoader> loader;
  REQUIRE(g->BeginBulkLoad(&loader).ok());
  loader->set_memory_budget(budget);
  std::mt19937 random(5);
  std::vector<NodeId> persons, organizations;
  for (int i = 0; i < 12000; ++i) {
    const bool person = i % 4 != 0;
    NodeId id;
    REQUIRE(loader
                ->AddNode(person ? std::vector<std::string>{"Person"} : std::vector<std::string>{"Organization", "Cartel"},
                          {{"name", "Node " + std::to_string(i)}, {"aliases", ValueList{"alias " + std::to_string(i % 977)}}},
                          &id)
                .ok());
    (person ? persons : organizations).push_back(id);
  }
  BulkLoader::Shard* shards[2] = {loader->NewShard(), loader->NewShard()};
  const RelId first = loader->ReserveRelationships(20000);
  for (int i = 0; i < 20000; ++i) {
    const NodeId from = persons[random() % persons.size()];
    const bool member = i % 3 == 0;
    const NodeId to = member ? organizations[random() % organizations.size()] : persons[random() % persons.size()];
    REQUIRE(shards[i % 2]
                ->AddRelationship(first + i, member ? "MEMBER_OF" : "RELATIVE_OF", from, to,
                                  {{member ? "role" : "relation", "r" + std::to_string(i % 13)}})
                .ok());
  }
  const bool spilled = BulkEntries(g->path()) > 0;
  if (finish) REQUIRE(loader->Finish().ok());
  return spilled;
}

}  // namespace

TEST_CASE("a bulk load that spills sorted runs writes the same bytes as one held in memory, and leaves no runs") {
  testing::TempDir dir;
  const std::string held = dir.path() + "/held", spilled = dir.path() + "/spilled", abandoned = dir.path() + "/abandoned";
  for (const auto& [path, budget] : {std::pair{held, BulkLoader::kDefaultMemoryBudget}, std::pair{spilled, size_t{1}}}) {
    std::unique_ptr<Graph> g;
    REQUIRE(Graph::Open(path, {}, &g).ok());
    CHECK(Load(g.get(), budget, true) == (path == spilled));
    CHECK(BulkEntries(path) == 0);
    std::vector<std::string> problems;
    REQUIRE(g->Check(&problems).ok());
    CHECK(problems.empty());
  }
  const auto expected = Contents(held);
  const auto got = Contents(spilled);
  REQUIRE(got.size() == expected.size());
  for (size_t c = 0; c < expected.size(); ++c) {
    INFO("column " << storage::kColumnNames[c]);
    CHECK(got[c].size() == expected[c].size());
    CHECK(got[c] == expected[c]);
  }
  CHECK(expected[static_cast<size_t>(storage::Column::kOutEdges)].size() > 0);

  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(abandoned, {}, &g).ok());
  CHECK(Load(g.get(), 1, false));
  CHECK(BulkEntries(abandoned) == 0);
  bool any = false;
  REQUIRE(g->BeginRead()->ForEachNode([&](NodeId) { return any = true, false; }).ok());
  CHECK_FALSE(any);
}
