#include <doctest/doctest.h>

#include <rocksdb/db.h>

#include "graph/codec.h"
#include "graph/evidence_store.h"
#include "graph/graph.h"
#include "graph/keys.h"
#include "storage/store.h"
#include "tests/temp_dir.h"

using namespace cg;
using namespace cg::graph;

namespace {

Evidence Source(const std::string& article, uint32_t begin, const std::string& rule = "rule") {
  return Evidence{article, begin, begin + 10, "a sentence", rule, 0.9f};
}

std::vector<std::string> Listed(const std::vector<Claim>& claims) {
  std::vector<std::string> out;
  for (const Claim& c : claims) out.push_back(c.key + "=" + c.value.ToString() + "@" + c.evidence.article);
  return out;
}

std::vector<std::string> Problems(Graph* g) {
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  return problems;
}

}  // namespace

TEST_CASE("claims are keys of their own: kept in order, one per source, never in the record") {
  testing::TempDir dir;
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId person, state;
  RelId reward;
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mencho"}}, &person).ok());
  REQUIRE(txn->CreateNode({"Organization", "Agency"}, {{"name", "State Department"}}, &state).ok());
  REQUIRE(txn->CreateRelationship("OFFERED_REWARD", state, person, {}, &reward).ok());
  bool added = false;
  REQUIRE(txn->AddClaim(ClaimOn::kNode, person, {"reward", Value(int64_t{10}), Source("b", 5)}, 0, &added).ok());
  CHECK(added);
  REQUIRE(txn->AddClaim(ClaimOn::kNode, person, {"reward", Value(int64_t{15}), Source("a", 0)}, 0, &added).ok());
  CHECK(added);
  // The same source again changes nothing; the same value from a second source is kept.
  REQUIRE(txn->AddClaim(ClaimOn::kNode, person, {"reward", Value(int64_t{15}), Source("a", 0)}, 0, &added).ok());
  CHECK_FALSE(added);
  REQUIRE(txn->AddClaim(ClaimOn::kNode, person, {"reward", Value(int64_t{15}), Source("c", 0)}, 0, &added).ok());
  CHECK(added);
  // With max_sources 2 a third source of 15 is turned down (`full` says why), a new value is not.
  bool full = false;
  REQUIRE(txn->AddClaim(ClaimOn::kNode, person, {"reward", Value(int64_t{15}), Source("d", 0)}, 2, &added, &full).ok());
  CHECK_FALSE(added);
  CHECK(full);
  REQUIRE(txn->AddClaim(ClaimOn::kNode, person, {"reward", Value(int64_t{15}), Source("a", 0)}, 3, &added, &full).ok());
  CHECK_FALSE(added);
  CHECK_FALSE(full);  // a repeated source, below max_sources
  REQUIRE(txn->AddClaim(ClaimOn::kNode, person, {"reward", Value(int64_t{20}), Source("d", 0)}, 2, &added, &full).ok());
  CHECK(added);
  CHECK_FALSE(full);
  // A string "15" is another value than the number 15.
  REQUIRE(txn->AddClaim(ClaimOn::kNode, person, {"reward", Value("15"), Source("a", 0)}, 2, &added).ok());
  CHECK(added);
  REQUIRE(txn->AddRelationshipClaim(reward, {"amount", Value(int64_t{15}), Source("a", 0)}).ok());
  CHECK(txn->AddClaim(ClaimOn::kNode, 999, {"reward", Value(int64_t{1}), Source("a", 0)}).IsNotFound());
  // A transaction reads its own claims.
  Node read;
  REQUIRE(txn->GetNode(person, &read).ok());
  CHECK(read.claims.size() == 5);
  REQUIRE(txn->Commit().ok());

  const std::vector<std::string> expected = {"reward=10@b", "reward=15@a", "reward=15@c", "reward=20@d",
                                             "reward=15@a"};
  auto r = g->BeginRead();
  Node node;
  REQUIRE(r->GetNode(person, &node).ok());
  CHECK(Listed(node.claims) == expected);
  CHECK(node.claims.back().value.is_string());
  REQUIRE(r->GetNodeRecord(person, &node).ok());
  CHECK(node.claims.empty());
  CHECK(node.Find("name")->as_string() == "El Mencho");
  Relationship rel;
  REQUIRE(r->GetRelationship(reward, &rel).ok());
  CHECK(Listed(rel.claims) == std::vector<std::string>{"amount=15@a"});
  std::vector<std::string> all;
  REQUIRE(r->ForEachClaim(ClaimOn::kNode, [&](uint64_t id, const Claim& c) {
    all.push_back(std::to_string(id) + ":" + c.key);
    return true;
  }).ok());
  CHECK(all.size() == 5);
  CHECK(all.front() == std::to_string(person) + ":reward");
  CHECK(Problems(g.get()).empty());
  r.reset();

  // Rewriting the record keeps the claims; deleting the owners deletes them.
  REQUIRE(g->BeginWrite(&txn).ok());
  REQUIRE(txn->SetNodeProperty(person, "born", Value(Date{1966, 7, 17})).ok());
  REQUIRE(txn->Commit().ok());
  REQUIRE(g->BeginRead()->GetNode(person, &node).ok());
  CHECK(Listed(node.claims) == expected);
  REQUIRE(g->BeginWrite(&txn).ok());
  REQUIRE(txn->DeleteNode(person, /*detach=*/true).ok());
  REQUIRE(txn->Commit().ok());
  r = g->BeginRead();
  size_t left = 0;
  for (ClaimOn on : {ClaimOn::kNode, ClaimOn::kRelationship}) {
    REQUIRE(r->ForEachClaim(on, [&](uint64_t, const Claim&) { return ++left, true; }).ok());
  }
  CHECK(left == 0);
  CHECK(Problems(g.get()).empty());
}

TEST_CASE("a later transaction counts an owner's committed sources; a node it creates, its own only") {
  testing::TempDir dir;
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  NodeId old_person, new_person;
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mencho"}}, &old_person).ok());
  bool added = false;
  for (const char* article : {"a", "b"}) {
    REQUIRE(txn->AddClaim(ClaimOn::kNode, old_person, {"reward", Value(int64_t{15}), Source(article, 0)}, 2, &added).ok());
    CHECK(added);
  }
  REQUIRE(txn->Commit().ok());
  REQUIRE(g->BeginWrite(&txn).ok());
  // The committed sources count: a third is turned down, the first again changes nothing.
  REQUIRE(txn->AddClaim(ClaimOn::kNode, old_person, {"reward", Value(int64_t{15}), Source("c", 0)}, 2, &added).ok());
  CHECK_FALSE(added);
  REQUIRE(txn->AddClaim(ClaimOn::kNode, old_person, {"reward", Value(int64_t{15}), Source("a", 0)}, 0, &added).ok());
  CHECK_FALSE(added);
  // A node this transaction creates has only the sources it adds.
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mayo"}}, &new_person).ok());
  for (const char* article : {"c", "d", "e"}) {
    REQUIRE(txn->AddClaim(ClaimOn::kNode, new_person, {"reward", Value(int64_t{15}), Source(article, 0)}, 2, &added).ok());
    CHECK(added == (std::string(article) != "e"));
  }
  REQUIRE(txn->AddClaim(ClaimOn::kNode, new_person, {"reward", Value(int64_t{15}), Source("c", 0)}, 0, &added).ok());
  CHECK_FALSE(added);
  REQUIRE(txn->Commit().ok());
  auto r = g->BeginRead();
  Node node;
  REQUIRE(r->GetNode(old_person, &node).ok());
  CHECK(Listed(node.claims) == std::vector<std::string>{"reward=15@a", "reward=15@b"});
  REQUIRE(r->GetNode(new_person, &node).ok());
  CHECK(Listed(node.claims) == std::vector<std::string>{"reward=15@c", "reward=15@d"});
}

TEST_CASE("a database of format version 2 (claims inside records) has them moved to keys on open") {
  testing::TempDir dir;
  NodeId person, state;
  RelId reward;
  {
    std::unique_ptr<Graph> g;
    REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mencho"}}, &person).ok());
    REQUIRE(txn->CreateNode({"Organization", "Agency"}, {{"name", "State Department"}}, &state).ok());
    REQUIRE(txn->CreateRelationship("OFFERED_REWARD", state, person, {}, &reward).ok());
    REQUIRE(txn->Commit().ok());
  }
  {
    // What version 2 wrote: the claims in the records, in the order added.
    std::unique_ptr<storage::Store> store;
    REQUIRE(storage::Store::Open(dir.path(), {}, &store).ok());
    auto snapshot = store->NewSnapshot();
    std::string bytes;
    Node node;
    REQUIRE(snapshot->Get(storage::Column::kNodes, keys::Id(person), &bytes).ok());
    REQUIRE(codec::DecodeNode(bytes, person, &node).ok());
    node.claims = {{"reward", Value(int64_t{15}), Source("b", 0)}, {"reward", Value(int64_t{10}), Source("a", 0)}};
    Relationship rel;
    REQUIRE(snapshot->Get(storage::Column::kRelationships, keys::Id(reward), &bytes).ok());
    REQUIRE(codec::DecodeRelationship(bytes, reward, &rel).ok());
    rel.claims = {{"amount", Value(int64_t{15}), Source("b", 0)}};
    auto batch = store->NewWriteBatch();
    batch->Put(storage::Column::kNodes, keys::Id(person), codec::EncodeNode(node));
    batch->Put(storage::Column::kRelationships, keys::Id(reward), codec::EncodeRelationship(rel));
    batch->Put(storage::Column::kMeta, storage::kMetaFormatVersion, "2");
    REQUIRE(batch->Commit().ok());
  }
  {  // Version 2 had no claims column.
    rocksdb::DB* raw = nullptr;
    std::vector<std::string> names;
    REQUIRE(rocksdb::DB::ListColumnFamilies(rocksdb::Options(), dir.path(), &names).ok());
    std::vector<rocksdb::ColumnFamilyDescriptor> families;
    for (const auto& name : names) families.emplace_back(name, rocksdb::ColumnFamilyOptions());
    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    REQUIRE(rocksdb::DB::Open(rocksdb::DBOptions(), dir.path(), families, &handles, &raw).ok());
    for (size_t i = 0; i < names.size(); ++i) {
      if (names[i] == "claims") REQUIRE(raw->DropColumnFamily(handles[i]).ok());
    }
    for (auto* handle : handles) raw->DestroyColumnFamilyHandle(handle);
    delete raw;
  }
  // A read-only open adds the column, moves the claims and counts, each in one step.
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(dir.path(), {.read_only = true}, &g).ok());
  {
    auto r = g->BeginRead();
    Node node;
    REQUIRE(r->GetNodeRecord(person, &node).ok());
    CHECK(node.claims.empty());
    REQUIRE(r->GetNode(person, &node).ok());
    CHECK(Listed(node.claims) == std::vector<std::string>{"reward=15@b", "reward=10@a"});
    Relationship rel;
    REQUIRE(r->GetRelationship(reward, &rel).ok());
    CHECK(Listed(rel.claims) == std::vector<std::string>{"amount=15@b"});
    CHECK(Problems(g.get()).empty());
  }
  g.reset();
  // Upgraded once: claims added later come after the moved ones.
  REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  REQUIRE(txn->AddNodeClaim(person, {"reward", Value(int64_t{10}), Source("a", 0)}).ok());  // already there
  REQUIRE(txn->AddNodeClaim(person, {"reward", Value(int64_t{20}), Source("c", 0)}).ok());
  REQUIRE(txn->Commit().ok());
  txn.reset();
  Node node;
  REQUIRE(g->BeginRead()->GetNode(person, &node).ok());
  CHECK(Listed(node.claims) == std::vector<std::string>{"reward=15@b", "reward=10@a", "reward=20@c"});
  g.reset();
  std::unique_ptr<storage::Store> store;
  REQUIRE(storage::Store::Open(dir.path(), {.read_only = true}, &store).ok());
  CHECK_FALSE(store->needs_upgrade());
}

TEST_CASE("a database of format version 8 (two keys per claim) has each claim made one key on open") {
  testing::TempDir dir;
  NodeId person;
  {
    std::unique_ptr<Graph> g;
    REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mencho"}}, &person).ok());
    REQUIRE(txn->Commit().ok());
  }
  {
    // What versions 3 to 8 wrote: a list key 'n' id seq -> record, and an
    // index key 'N' id key value source -> seq; seq 2 added before seq 1's
    // source sorts first, so the order comes from the seq.
    std::unique_ptr<storage::Store> store;
    REQUIRE(storage::Store::Open(dir.path(), {}, &store).ok());
    auto batch = store->NewWriteBatch();
    const std::vector<std::pair<uint64_t, Claim>> claims = {{1, {"reward", Value(int64_t{15}), Source("b", 0)}},
                                                            {2, {"reward", Value(int64_t{10}), Source("a", 0)}}};
    for (const auto& [seq, claim] : claims) {
      std::string list = "n" + keys::Id(person) + keys::Id(seq);
      std::string index = "N" + keys::Id(person) + keys::PropertyPrefix(claim.key, claim.value);
      evidence_keys::AppendSource(&index, claim.evidence);
      batch->Put(storage::Column::kClaims, list, codec::EncodeClaim(claim));
      batch->Put(storage::Column::kClaims, index, keys::Id(seq));
    }
    batch->Put(storage::Column::kMeta, "next_claim", keys::Id(3));
    batch->Put(storage::Column::kMeta, storage::kMetaFormatVersion, "8");
    REQUIRE(batch->Commit().ok());
  }
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
  Node node;
  REQUIRE(g->BeginRead()->GetNode(person, &node).ok());
  CHECK(Listed(node.claims) == std::vector<std::string>{"reward=15@b", "reward=10@a"});
  CHECK(Problems(g.get()).empty());
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  bool added = true;
  REQUIRE(txn->AddClaim(ClaimOn::kNode, person, {"reward", Value(int64_t{10}), Source("a", 0)}, 0, &added).ok());
  CHECK_FALSE(added);  // one source is still one claim
  REQUIRE(txn->AddNodeClaim(person, {"reward", Value(int64_t{20}), Source("c", 0)}).ok());
  REQUIRE(txn->Commit().ok());
  txn.reset();
  REQUIRE(g->BeginRead()->GetNode(person, &node).ok());
  CHECK(Listed(node.claims) == std::vector<std::string>{"reward=15@b", "reward=10@a", "reward=20@c"});
  g.reset();
  std::unique_ptr<storage::Store> store;
  REQUIRE(storage::Store::Open(dir.path(), {.read_only = true}, &store).ok());
  CHECK_FALSE(store->needs_upgrade());
  size_t keys_left = 0;
  auto snapshot = store->NewSnapshot();
  auto cursor = snapshot->Scan(storage::Column::kClaims, "");
  for (; cursor->Valid(); cursor->Next()) ++keys_left;
  CHECK(keys_left == 3);
}

TEST_CASE("a claim's node exists as the transaction sees it: its own writes, the endpoint cache, the store") {
  testing::TempDir dir;
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
  NodeId cached, stored, gone;
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mencho"}}, &cached).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Marro"}}, &stored).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Chapo"}}, &gone).ok());
    REQUIRE(txn->Commit().ok());
  }
  // Reopened: the endpoint cache starts empty (a commit leaves the nodes it wrote in it).
  g.reset();
  REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
  const Claim claim{"reward", Value(int64_t{10}), Source("a", 0)};
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  // Relationship ends read from the committed state go into the endpoint cache.
  RelId rel = 0;
  REQUIRE(txn->CreateRelationship("RELATIVE_OF", cached, gone, {}, &rel).ok());
  REQUIRE(txn->DeleteNode(gone, true).ok());
  NodeId fresh;
  REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mayo"}}, &fresh).ok());
  CHECK(txn->AddClaim(ClaimOn::kNode, cached, claim).ok());   // the endpoint cache
  CHECK(txn->AddClaim(ClaimOn::kNode, stored, claim).ok());   // a point read
  CHECK(txn->AddClaim(ClaimOn::kNode, fresh, claim).ok());    // written by this transaction
  CHECK(txn->AddClaim(ClaimOn::kNode, gone, claim).IsNotFound());  // cached, then deleted by it
  CHECK(txn->AddClaim(ClaimOn::kNode, fresh + 1, claim).IsNotFound());
  REQUIRE(txn->Commit().ok());
  auto read = g->BeginRead();
  for (NodeId id : {cached, stored, fresh}) {
    Node node;
    REQUIRE(read->GetNode(id, &node).ok());
    CHECK(node.claims.size() == 1);
  }
  CHECK(Problems(g.get()).empty());
}
