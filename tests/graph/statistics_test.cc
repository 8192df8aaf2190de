#include <doctest/doctest.h>

#include "graph/graph.h"
#include "graph/keys.h"
#include "storage/store.h"
#include "tests/temp_dir.h"

using namespace cg;
using namespace cg::graph;

namespace {

using CountList = std::vector<std::pair<std::string, uint64_t>>;

CountList Labels(const Reader& r) {
  CountList out;
  REQUIRE(r.CountLabels(&out).ok());
  return out;
}

CountList Types(const Reader& r) {
  CountList out;
  REQUIRE(r.CountRelationshipTypes(&out).ok());
  return out;
}

CountList Keys(const Reader& r) {
  CountList out;
  REQUIRE(r.CountPropertyKeys(&out).ok());
  return out;
}

std::vector<std::string> Problems(Graph* g) {
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  return problems;
}

// Writes a database at `path` in one transaction, and closes it.
void WriteDatabase(const std::string& path, const std::function<void(WriteTxn&)>& write) {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(path, {}, &g).ok());
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  write(*txn);
  REQUIRE(txn->Commit().ok());
}

// Edits the meta column behind the graph's back.
void EditMeta(const std::string& path, const std::function<void(storage::WriteBatchView&)>& edit) {
  std::unique_ptr<storage::Store> store;
  REQUIRE(storage::Store::Open(path, {}, &store).ok());
  auto batch = store->NewWriteBatch();
  edit(*batch);
  REQUIRE(batch->Commit().ok());
}

}  // namespace

TEST_CASE("label and type counts follow every write, in the transaction and after commit") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("stats", {.in_memory = true}, &g).ok());
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId a, b, cartel;
  RelId member, relative;
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "A"}}, &a).ok());
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "B"}}, &b).ok());
  REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "C"}}, &cartel).ok());
  REQUIRE(txn->CreateRelationship("MEMBER_OF", a, cartel, {}, &member).ok());
  REQUIRE(txn->CreateRelationship("RELATIVE_OF", a, b, {}, &relative).ok());
  REQUIRE(txn->CreateRelationship("MEMBER_OF", b, cartel, {}, nullptr).ok());
  // The transaction sees its own counts; readers see none until commit.
  CHECK(Labels(*txn) == CountList{{"Cartel", 1}, {"Organization", 1}, {"Person", 2}});
  CHECK(Types(*txn) == CountList{{"MEMBER_OF", 2}, {"RELATIVE_OF", 1}});
  CHECK(Labels(*g->BeginRead()).empty());
  REQUIRE(txn->Commit().ok());
  CHECK(Labels(*g->BeginRead()) == CountList{{"Cartel", 1}, {"Organization", 1}, {"Person", 2}});

  REQUIRE(g->BeginWrite(&txn).ok());
  REQUIRE(txn->AddLabel(a, "Informant").ok());
  REQUIRE(txn->AddLabel(a, "Informant").ok());  // already there: no change
  REQUIRE(txn->RemoveLabel(cartel, "Cartel").ok());
  REQUIRE(txn->DeleteRelationship(member).ok());
  REQUIRE(txn->DeleteNode(b, /*detach=*/true).ok());  // takes RELATIVE_OF and a MEMBER_OF along
  REQUIRE(txn->Commit().ok());
  auto r = g->BeginRead();
  CHECK(Labels(*r) == CountList{{"Informant", 1}, {"Organization", 1}, {"Person", 1}});
  CHECK(Types(*r).empty());  // a count that reaches zero disappears
  CHECK(Problems(g.get()).empty());

  // A rolled-back transaction changes no count.
  REQUIRE(g->BeginWrite(&txn).ok());
  REQUIRE(txn->CreateNode({"Person"}, {}, nullptr).ok());
  txn->Rollback();
  CHECK(Labels(*g->BeginRead()) == CountList{{"Informant", 1}, {"Organization", 1}, {"Person", 1}});
}

TEST_CASE("a bulk load adds to the counts already stored") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("stats-bulk", {.in_memory = true}, &g).ok());
  NodeId cartel;
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "C"}}, &cartel).ok());
    REQUIRE(txn->Commit().ok());
  }
  std::unique_ptr<BulkLoader> loader;
  REQUIRE(g->BeginBulkLoad(&loader).ok());
  for (int i = 0; i < 3; ++i) {
    NodeId p;
    REQUIRE(loader->AddNode({"Person"}, {{"name", "P" + std::to_string(i)}}, &p).ok());
    REQUIRE(loader->AddRelationship("MEMBER_OF", p, cartel, {}, nullptr).ok());
  }
  REQUIRE(loader->AddNode({"Organization", "Cartel"}, {{"name", "D"}}, nullptr).ok());
  REQUIRE(loader->Finish().ok());
  auto r = g->BeginRead();
  CHECK(Labels(*r) == CountList{{"Cartel", 2}, {"Organization", 2}, {"Person", 3}});
  CHECK(Types(*r) == CountList{{"MEMBER_OF", 3}});
  CHECK(Problems(g.get()).empty());
}

TEST_CASE("check reports counters that disagree with the records") {
  testing::TempDir dir;
  WriteDatabase(dir.path(), [](WriteTxn& txn) {
    NodeId a, b;
    REQUIRE(txn.CreateNode({"Person"}, {{"name", "A"}}, &a).ok());
    REQUIRE(txn.CreateNode({"Person"}, {{"name", "B"}}, &b).ok());
    REQUIRE(txn.CreateRelationship("RELATIVE_OF", a, b, {}, nullptr).ok());
  });
  EditMeta(dir.path(), [](storage::WriteBatchView& batch) {
    batch.Put(storage::Column::kMeta, keys::kLabelCounts, EncodeCounts({{"Person", 5}}));
    batch.Delete(storage::Column::kMeta, keys::kTypeCounts);
  });
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(dir.path(), {.read_only = true}, &g).ok());
  auto problems = Problems(g.get());
  REQUIRE(problems.size() == 2);
  CHECK(problems[0] == "label statistics: 'Person' counts 5, the records hold 2");
  CHECK(problems[1] == "relationship type statistics: 'RELATIVE_OF' is missing (the records hold 1)");
}

TEST_CASE("a database of format version 1 gets its counters on open, in one step, read-only too") {
  testing::TempDir dir;
  WriteDatabase(dir.path(), [](WriteTxn& txn) {
    NodeId a, c;
    REQUIRE(txn.CreateNode({"Person"}, {{"name", "A"}}, &a).ok());
    REQUIRE(txn.CreateNode({"Organization", "Cartel"}, {{"name", "C"}}, &c).ok());
    REQUIRE(txn.CreateRelationship("LEADS", a, c, {}, nullptr).ok());
  });
  // What version 1 wrote: the same records, no counters.
  EditMeta(dir.path(), [](storage::WriteBatchView& batch) {
    for (auto key : {keys::kLabelCounts, keys::kTypeCounts, keys::kKeyCounts}) batch.Delete(storage::Column::kMeta, key);
    batch.Put(storage::Column::kMeta, storage::kMetaFormatVersion, "1");
  });
  {
    std::unique_ptr<storage::Store> store;
    REQUIRE(storage::Store::Open(dir.path(), {.read_only = true}, &store).ok());
    CHECK(store->needs_upgrade());
  }
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(dir.path(), {.read_only = true}, &g).ok());
  auto r = g->BeginRead();
  CHECK(Labels(*r) == CountList{{"Cartel", 1}, {"Organization", 1}, {"Person", 1}});
  CHECK(Types(*r) == CountList{{"LEADS", 1}});
  CHECK(Problems(g.get()).empty());
  r.reset();
  g.reset();
  std::unique_ptr<storage::Store> store;
  REQUIRE(storage::Store::Open(dir.path(), {.read_only = true}, &store).ok());
  CHECK_FALSE(store->needs_upgrade());
}

TEST_CASE("property-key counts follow every write of nodes and relationships, bulk loads too") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("stats-keys", {.in_memory = true, .enforce_ontology = false}, &g).ok());
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId a, b, c;
  RelId leads, relative;
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "A"}, {"born", int64_t{1966}}}, &a).ok());
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "B"}}, &b).ok());
  REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "C"}}, &c).ok());
  REQUIRE(txn->CreateRelationship("LEADS", a, c, {{"since", "2010"}}, &leads).ok());
  REQUIRE(txn->CreateRelationship("RELATIVE_OF", a, b, {{"relation", "brother"}, {"since", "1970"}}, &relative).ok());
  CHECK(Keys(*txn) == CountList{{"born", 1}, {"name", 3}, {"relation", 1}, {"since", 2}});
  CHECK(Keys(*g->BeginRead()).empty());
  REQUIRE(txn->Commit().ok());
  CHECK(Keys(*g->BeginRead()) == CountList{{"born", 1}, {"name", 3}, {"relation", 1}, {"since", 2}});

  REQUIRE(g->BeginWrite(&txn).ok());
  REQUIRE(txn->SetNodeProperty(b, "born", int64_t{1970}).ok());
  REQUIRE(txn->SetNodeProperty(a, "born", Value()).ok());          // removed
  REQUIRE(txn->SetNodeProperty(c, "name", Value("C2")).ok());      // changed: same keys
  REQUIRE(txn->SetRelationshipProperty(leads, "until", "2016").ok());
  REQUIRE(txn->SetRelationshipProperty(leads, "since", Value()).ok());
  REQUIRE(txn->DeleteRelationship(relative).ok());
  REQUIRE(txn->Commit().ok());
  CHECK(Keys(*g->BeginRead()) == CountList{{"born", 1}, {"name", 3}, {"until", 1}});

  REQUIRE(g->BeginWrite(&txn).ok());
  Relationship replaced;
  REQUIRE(txn->GetRelationship(leads, &replaced).ok());
  replaced.properties = {{"role", "boss"}};
  REQUIRE(txn->ReplaceRelationship(replaced).ok());
  REQUIRE(txn->DeleteNode(b, /*detach=*/true).ok());  // a key that reaches zero disappears
  REQUIRE(txn->Commit().ok());
  CHECK(Keys(*g->BeginRead()) == CountList{{"name", 2}, {"role", 1}});
  CHECK(Problems(g.get()).empty());

  std::unique_ptr<BulkLoader> loader;
  REQUIRE(g->BeginBulkLoad(&loader).ok());
  NodeId p;
  REQUIRE(loader->AddNode({"Person"}, {{"name", "P"}, {"nationality", "Mexican"}}, &p).ok());
  REQUIRE(loader->AddRelationship("MEMBER_OF", p, c, {{"role", "sicario"}}, nullptr).ok());
  REQUIRE(loader->Finish().ok());
  CHECK(Keys(*g->BeginRead()) == CountList{{"name", 3}, {"nationality", 1}, {"role", 2}});
  CHECK(Problems(g.get()).empty());
}

TEST_CASE("check reports property-key counters that disagree with the records") {
  testing::TempDir dir;
  WriteDatabase(dir.path(), [](WriteTxn& txn) {
    REQUIRE(txn.CreateNode({"Person"}, {{"name", "A"}, {"nationality", "Mexican"}}, nullptr).ok());
  });
  EditMeta(dir.path(), [](storage::WriteBatchView& batch) {
    batch.Put(storage::Column::kMeta, keys::kKeyCounts, EncodeCounts({{"ghost", 1}, {"name", 2}}));
  });
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(dir.path(), {.read_only = true}, &g).ok());
  CHECK(Problems(g.get()) == std::vector<std::string>{
                                 "property key statistics: 'ghost' counts 1, the records hold 0",
                                 "property key statistics: 'name' counts 2, the records hold 1",
                                 "property key statistics: 'nationality' is missing (the records hold 1)"});
}

TEST_CASE("databases of format versions 5 and 7 get one counter key per family on open, read-only too") {
  // Version 5 kept a key per label and type and none for property keys;
  // version 7 a key per label, type and property key.
  for (const uint32_t version : {5u, 7u}) {
    CAPTURE(version);
    testing::TempDir dir;
    WriteDatabase(dir.path(), [](WriteTxn& txn) {
      NodeId a, c;
      REQUIRE(txn.CreateNode({"Person"}, {{"name", "A"}, {"nationality", "Mexican"}}, &a).ok());
      REQUIRE(txn.CreateNode({"Organization", "Cartel"}, {{"name", "C"}}, &c).ok());
      REQUIRE(txn.CreateRelationship("LEADS", a, c, {{"since", "2010"}}, nullptr).ok());
    });
    std::vector<std::pair<std::string, uint64_t>> stored = {
        {"count/label/Cartel", 1}, {"count/label/Organization", 1}, {"count/label/Person", 1}, {"count/type/LEADS", 1}};
    if (version == 7) stored.insert(stored.end(), {{"count/key/name", 2}, {"count/key/nationality", 1}, {"count/key/since", 1}});
    EditMeta(dir.path(), [&](storage::WriteBatchView& batch) {
      for (auto key : {keys::kLabelCounts, keys::kTypeCounts, keys::kKeyCounts}) batch.Delete(storage::Column::kMeta, key);
      for (const auto& [key, count] : stored) batch.Put(storage::Column::kMeta, key, keys::Id(count));
      batch.Put(storage::Column::kMeta, storage::kMetaFormatVersion, std::to_string(version));
    });
    std::unique_ptr<Graph> g;
    REQUIRE(Graph::Open(dir.path(), {.read_only = true}, &g).ok());
    CHECK(Labels(*g->BeginRead()) == CountList{{"Cartel", 1}, {"Organization", 1}, {"Person", 1}});
    CHECK(Types(*g->BeginRead()) == CountList{{"LEADS", 1}});
    CHECK(Keys(*g->BeginRead()) == CountList{{"name", 2}, {"nationality", 1}, {"since", 1}});
    CHECK(Problems(g.get()).empty());
    g.reset();
    std::unique_ptr<storage::Store> store;
    REQUIRE(storage::Store::Open(dir.path(), {.read_only = true}, &store).ok());
    CHECK_FALSE(store->needs_upgrade());
    CHECK(store->format_version() == storage::kFormatVersion);
    auto snapshot = store->NewSnapshot();
    CHECK_FALSE(snapshot->Scan(storage::Column::kMeta, "count/")->Valid());  // the keys per name are gone
  }
}

TEST_CASE("single parts of a record read in place") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("parts", {.in_memory = true}, &g).ok());
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId a, c;
  RelId leads;
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "A"}, {"aliases", ValueList{"El A", "Don A"}}}, &a).ok());
  REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "C"}}, &c).ok());
  REQUIRE(txn->CreateRelationship("LEADS", a, c, {{"since", "2010-05"}, {"end_cause", "arrested"}}, &leads).ok());
  // A transaction reads its own writes this way too.
  Value value;
  REQUIRE(txn->GetNodeProperty(a, "name", &value).ok());
  CHECK(value == Value("A"));
  REQUIRE(txn->Commit().ok());

  auto r = g->BeginRead();
  REQUIRE(r->GetNodeProperty(a, "aliases", &value).ok());
  CHECK(value == Value(ValueList{"El A", "Don A"}));
  REQUIRE(r->GetNodeProperty(a, "born", &value).ok());
  CHECK(value.is_null());
  std::vector<std::string> labels;
  REQUIRE(r->GetNodeLabels(c, &labels).ok());
  CHECK(labels == std::vector<std::string>{"Organization", "Cartel"});
  REQUIRE(r->GetRelationshipProperty(leads, "since", &value).ok());
  CHECK(value.is_date());
  CHECK(value.as_date().ToString() == "2010-05");
  REQUIRE(r->GetRelationshipProperty(leads, "until", &value).ok());
  CHECK(value.is_null());
  std::string type;
  NodeId start = 0, end = 0;
  REQUIRE(r->GetRelationshipType(leads, &type, &start, &end).ok());
  CHECK(type == "LEADS");
  CHECK(start == a);
  CHECK(end == c);
  CHECK(r->GetNodeProperty(999, "name", &value).IsNotFound());
  CHECK(r->GetRelationshipType(999, &type).IsNotFound());
}

TEST_CASE("counters a writer keeps between commits stay equal to the stored ones") {
  // Commits read the counters they already know from memory (KnownCounts):
  // through deletes that erase a counter, rollbacks, a bulk load between
  // commits and a reopen, every counter equals what the records imply.
  testing::TempDir dir;
  const std::string path = dir.path() + "/db";
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(path, {}, &g).ok());
  std::vector<NodeId> people;
  auto commit = [&](const std::function<void(WriteTxn&)>& write) {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    write(*txn);
    REQUIRE(txn->Commit().ok());
    CHECK(Problems(g.get()).empty());
  };
  for (int round = 0; round < 6; ++round) {
    commit([&](WriteTxn& txn) {
      NodeId id = 0;
      REQUIRE(txn.CreateNode({"Person"}, {{"name", "P" + std::to_string(round)}}, &id).ok());
      if (!people.empty()) REQUIRE(txn.CreateRelationship("RELATIVE_OF", id, people.back(), {}, nullptr).ok());
      people.push_back(id);
    });
  }
  commit([&](WriteTxn& txn) { REQUIRE(txn.DeleteNode(people.front(), true).ok()); });
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Place", "City"}, {{"name", "Culiacán"}, {"country", "Mexico"}}, nullptr).ok());
    txn->Rollback();
  }
  commit([&](WriteTxn& txn) { REQUIRE(txn.CreateNode({"Place", "City"}, {{"name", "Sinaloa"}}, nullptr).ok()); });
  {
    std::unique_ptr<BulkLoader> loader;
    REQUIRE(g->BeginBulkLoad(&loader).ok());
    REQUIRE(loader->AddNode({"Person"}, {{"name", "Bulk"}, {"born", "1970"}}, nullptr).ok());
    REQUIRE(loader->Finish().ok());
  }
  commit([&](WriteTxn& txn) {
    REQUIRE(txn.CreateNode({"Person"}, {{"name", "After"}, {"born", "1980"}}, nullptr).ok());
    for (size_t i = 1; i < people.size(); ++i) REQUIRE(txn.DeleteNode(people[i], true).ok());
  });
  CHECK(Labels(*g->BeginRead()) == CountList{{"City", 1}, {"Person", 2}, {"Place", 1}});
  CHECK(Types(*g->BeginRead()).empty());
  CHECK(Keys(*g->BeginRead()) == CountList{{"born", 2}, {"name", 3}});
  g.reset();
  REQUIRE(Graph::Open(path, {}, &g).ok());
  commit([&](WriteTxn& txn) { REQUIRE(txn.CreateNode({"Person"}, {{"name", "Reopened"}}, nullptr).ok()); });
  CHECK(Labels(*g->BeginRead()) == CountList{{"City", 1}, {"Person", 3}, {"Place", 1}});
}
