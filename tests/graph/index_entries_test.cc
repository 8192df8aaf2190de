// Names and aliases in lists are indexed once, by normalized name
// (graph/index_entries.h, format version 7): no property entry, yet
// ForEachNodeWithProperty finds them; older databases lose those entries
// on the first open.
#include <doctest/doctest.h>

#include "graph/graph.h"
#include "graph/index_entries.h"
#include "graph/keys.h"
#include "storage/store.h"
#include "tests/temp_dir.h"

using namespace cg;
using namespace cg::graph;

namespace {

std::vector<NodeId> WithProperty(const Reader& r, std::string_view key, const Value& value) {
  std::vector<NodeId> ids;
  REQUIRE(r.ForEachNodeWithProperty(key, value, [&](NodeId id) {
    ids.push_back(id);
    return true;
  }).ok());
  return ids;
}

std::vector<std::string> Problems(Graph* g) {
  std::vector<std::string> problems;
  REQUIRE(g->Check(&problems).ok());
  return problems;
}

// Nodes 1-3: a person with names in lists (one that normalizes to nothing,
// one that is not a string), a node with scalar aliases, and one with none.
void CreateNodes(WriteTxn& txn) {
  NodeId id;
  REQUIRE(txn.CreateNode({"Person"}, {{"name", ValueList{"Nemesio", "El Mencho"}},
                                      {"aliases", ValueList{"El Mencho", "Mencho", "!!", int64_t{7}}}},
                         &id).ok());
  REQUIRE(txn.CreateNode({"Person"}, {{"name", "Mencho"}, {"aliases", "El Mencho"}}, &id).ok());
  REQUIRE(txn.CreateNode({"Person"}, {{"name", "Other"}}, &id).ok());
}

}  // namespace

TEST_CASE("names in lists have no property entry, and lookups by property still find them") {
  Node node;
  node.id = 1;
  node.properties = {{"name", Value(ValueList{"Nemesio", "El Mencho"})},
                     {"aliases", Value(ValueList{"El Mencho", "!!", int64_t{7}})},
                     {"id", Value(ValueList{"a"})}};
  const IndexEntries entries = IndexEntriesOf(node, nullptr);
  CHECK(entries.properties == std::set<std::string>{keys::Property("aliases", Value("!!"), 1),
                                                    keys::Property("aliases", Value(int64_t{7}), 1),
                                                    keys::Property("id", Value("a"), 1)});
  CHECK(entries.names ==
        std::set<std::string>{keys::Name("nemesio", 1), keys::Name("el mencho", 1)});

  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("index-entries", {.in_memory = true, .enforce_ontology = false}, &g).ok());
  std::unique_ptr<WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  CreateNodes(*txn);
  // The transaction reads its own writes; then the committed state.
  for (int committed = 0; committed < 2; ++committed) {
    const std::unique_ptr<Reader> own = committed ? std::unique_ptr<Reader>(g->BeginRead()) : nullptr;
    const Reader& r = committed ? *own : *txn;
    CAPTURE(committed);
    CHECK(WithProperty(r, "aliases", Value("El Mencho")) == std::vector<NodeId>{1, 2});
    CHECK(WithProperty(r, "aliases", Value("Mencho")) == std::vector<NodeId>{1});
    CHECK(WithProperty(r, "aliases", Value("mencho")).empty());  // exact, not normalized
    CHECK(WithProperty(r, "aliases", Value("!!")) == std::vector<NodeId>{1});
    CHECK(WithProperty(r, "aliases", Value(int64_t{7})) == std::vector<NodeId>{1});
    CHECK(WithProperty(r, "name", Value("El Mencho")) == std::vector<NodeId>{1});
    CHECK(WithProperty(r, "name", Value("Mencho")) == std::vector<NodeId>{2});
    if (!committed) REQUIRE(txn->Commit().ok());
  }
  // Changing a list reconciles both indexes.
  REQUIRE(g->BeginWrite(&txn).ok());
  REQUIRE(txn->SetNodeProperty(1, "aliases", Value(ValueList{"Mencho", "Jalisco"})).ok());
  REQUIRE(txn->SetNodeProperty(3, "aliases", Value(ValueList{"El Mencho"})).ok());
  REQUIRE(txn->Commit().ok());
  auto r = g->BeginRead();
  CHECK(WithProperty(*r, "aliases", Value("El Mencho")) == std::vector<NodeId>{2, 3});
  CHECK(WithProperty(*r, "aliases", Value("Jalisco")) == std::vector<NodeId>{1});
  CHECK(WithProperty(*r, "aliases", Value("!!")).empty());
  CHECK(Problems(g.get()).empty());
}

TEST_CASE("a database of format version 6 loses the property entries of names in lists on open, read-only too") {
  testing::TempDir dir;
  {
    std::unique_ptr<Graph> g;
    REQUIRE(Graph::Open(dir.path(), {.enforce_ontology = false}, &g).ok());
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    CreateNodes(*txn);
    REQUIRE(txn->Commit().ok());
  }
  {
    // What version 6 wrote besides: an entry for every member of a list.
    std::unique_ptr<storage::Store> store;
    REQUIRE(storage::Store::Open(dir.path(), {}, &store).ok());
    auto batch = store->NewWriteBatch();
    for (const auto& [key, value] : {std::pair("name", "Nemesio"), {"name", "El Mencho"}, {"aliases", "El Mencho"},
                                     {"aliases", "Mencho"}}) {
      batch->Put(storage::Column::kProperties, keys::Property(key, Value(value), 1), "");
    }
    batch->Put(storage::Column::kMeta, storage::kMetaFormatVersion, "6");
    REQUIRE(batch->Commit().ok());
  }
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(dir.path(), {.read_only = true, .enforce_ontology = false}, &g).ok());
  CHECK(Problems(g.get()).empty());  // the entries are gone: no index key without its record's
  auto r = g->BeginRead();
  CHECK(WithProperty(*r, "aliases", Value("El Mencho")) == std::vector<NodeId>{1, 2});
  CHECK(WithProperty(*r, "name", Value("Nemesio")) == std::vector<NodeId>{1});
  CHECK(WithProperty(*r, "aliases", Value(int64_t{7})) == std::vector<NodeId>{1});
  r.reset();
  g.reset();
  std::unique_ptr<storage::Store> store;
  REQUIRE(storage::Store::Open(dir.path(), {.read_only = true}, &store).ok());
  CHECK(store->format_version() == storage::kFormatVersion);
}
