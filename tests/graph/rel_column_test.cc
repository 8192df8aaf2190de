// Relationship property columns (Graph::RelColumnFor, rel_column.h): after
// every commit of random creates, property writes, deletes and detach
// deletes, the column of the new state — patched, not rebuilt — holds
// exactly the property of every relationship of its type in storage.
#include <doctest/doctest.h>

#include <random>

#include "graph/graph.h"
#include "graph/projection.h"

using namespace cg;
using namespace cg::graph;

namespace {

// Every relationship of `type` in `reader` has its `key` in `column` (null
// where it lacks it), and the column holds nothing else.
void CheckColumn(const Reader& reader, const RelColumn& column, const std::string& type, const std::string& key) {
  size_t of_type = 0;
  REQUIRE(reader
              .ForEachRelationship([&](RelId id) {
                Relationship rel;
                REQUIRE(reader.GetRelationshipRecord(id, &rel).ok());
                const Value* got = column.Find(id);
                if (rel.type != type) {
                  CHECK(got == nullptr);
                  return true;
                }
                ++of_type;
                REQUIRE(got != nullptr);
                const Value* want = rel.Find(key);
                CHECK((want ? *want : Value()) == *got);
                return true;
              })
              .ok());
  CHECK(column.size() == of_type);
}

}  // namespace

TEST_CASE("relationship columns are patched with the projection and equal storage after every commit") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("relcolumn", {.in_memory = true, .enforce_ontology = false}, &g).ok());
  std::mt19937 rng(5);
  auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
  std::vector<NodeId> nodes;
  std::vector<RelId> rels;
  auto create_rels = [&](WriteTxn* txn, int count) {
    for (int i = 0; i < count; ++i) {
      PropertyMap props;
      if (pick(3)) props["w"] = Value(static_cast<int64_t>(pick(100)));
      RelId r;
      REQUIRE(txn->CreateRelationship(pick(2) ? "A" : "B", nodes[pick(nodes.size())], nodes[pick(nodes.size())],
                                      props, &r)
                  .ok());
      rels.push_back(r);
    }
  };
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    for (int i = 0; i < 30; ++i) {
      nodes.emplace_back();
      REQUIRE(txn->CreateNode({"N"}, {}, &nodes.back()).ok());
    }
    create_rels(txn.get(), 60);
    REQUIRE(txn->Commit().ok());
  }
  std::shared_ptr<const RelColumn> first;
  auto first_reader = g->BeginRead();
  {
    std::shared_ptr<const Projection> p;
    REQUIRE(g->ProjectionFor(*first_reader, &p).ok());
    std::shared_ptr<const RelColumn> none;
    REQUIRE(g->RelColumnFor(*first_reader, *p, "A", "w", false, &none).ok());
    CHECK(none == nullptr);  // not built yet
    REQUIRE(g->RelColumnFor(*first_reader, *p, "A", "w", true, &first).ok());
    REQUIRE(first);
    CheckColumn(*first_reader, *first, "A", "w");
  }
  for (int round = 0; round < 30; ++round) {
    CAPTURE(round);
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    switch (round % 4) {
      case 0: create_rels(txn.get(), 3); break;
      case 1: {
        const RelId r = rels[pick(rels.size())];
        if (txn->RelationshipExists(r)) REQUIRE(txn->SetRelationshipProperty(r, "w", Value(int64_t{1000 + round})).ok());
        break;
      }
      case 2: {
        const RelId r = rels[pick(rels.size())];
        if (txn->RelationshipExists(r)) REQUIRE(txn->DeleteRelationship(r).ok());
        break;
      }
      case 3: {
        const size_t i = pick(nodes.size());
        if (nodes.size() > 5) {
          REQUIRE(txn->DeleteNode(nodes[i], /*detach=*/true).ok());
          nodes.erase(nodes.begin() + static_cast<std::ptrdiff_t>(i));
        }
        break;
      }
    }
    if (round % 5 == 4) {
      txn.reset();  // rolled back: the state stays
    } else {
      REQUIRE(txn->Commit().ok());
    }
    auto reader = g->BeginRead();
    std::shared_ptr<const Projection> p;
    REQUIRE(g->ProjectionFor(*reader, &p).ok());
    std::shared_ptr<const RelColumn> column;
    REQUIRE(g->RelColumnFor(*reader, *p, "A", "w", false, &column).ok());
    REQUIRE(column);  // patched along, not dropped
    CheckColumn(*reader, *column, "A", "w");
  }
  // The first state's column (sharing chunks with the patched ones) still
  // holds the first state.
  CheckColumn(*first_reader, *first, "A", "w");
}

TEST_CASE("a column is built right whether its type's relationships run together or lie far apart") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("relcolumn-runs", {.in_memory = true, .enforce_ontology = false}, &g).ok());
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    NodeId a, b;
    REQUIRE(txn->CreateNode({"N"}, {}, &a).ok());
    REQUIRE(txn->CreateNode({"N"}, {}, &b).ok());
    // Runs of A, of B and of A again, then lone A's among many B's: ids
    // near each other and ids hundreds apart.
    for (int i = 0; i < 1000; ++i) {
      const bool is_a = i < 200 || (i >= 300 && i < 500) || (i >= 500 && i % 97 == 0);
      PropertyMap props;
      if (i % 3) props["w"] = Value(static_cast<int64_t>(i));
      REQUIRE(txn->CreateRelationship(is_a ? "A" : "B", a, b, props, nullptr).ok());
    }
    REQUIRE(txn->Commit().ok());
  }
  auto reader = g->BeginRead();
  std::shared_ptr<const Projection> p;
  REQUIRE(g->ProjectionFor(*reader, &p).ok());
  for (const std::string type : {"A", "B"}) {
    std::shared_ptr<const RelColumn> column;
    REQUIRE(g->RelColumnFor(*reader, *p, type, "w", true, &column).ok());
    REQUIRE(column);
    CheckColumn(*reader, *column, type, "w");
  }
}
