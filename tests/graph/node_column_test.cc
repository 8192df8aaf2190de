// Node property columns (Graph::NodeColumnFor, node_column.h): a column
// holds every node's value as storage does (strings, other values, absent,
// no node), is built only once reads pay for it, and after every commit of
// random creates, property writes and removals, label changes, deletes and
// rollbacks the column of the new state — patched, not dropped and not
// rebuilt — equals storage, with or without a projection beside it.
#include <doctest/doctest.h>

#include <random>

#include "graph/graph.h"
#include "graph/projection.h"

using namespace cg;
using namespace cg::graph;

namespace {

// Every id up to `last` (and a few past it) holds in `column` what `reader`
// holds: kNoNode for no node, else its `key`.
void CheckColumn(const Reader& reader, const NodeColumn& column, const std::string& key, NodeId last) {
  size_t held = 0;
  for (NodeId id = 0; id <= last + 5; ++id) {
    CAPTURE(id);
    Node node;
    const Status s = reader.GetNodeRecord(id, &node);
    const NodeColumn::Cell cell = column.Get(id);
    if (s.IsNotFound()) {
      CHECK(cell.kind == NodeColumn::Kind::kNoNode);
      continue;
    }
    REQUIRE(s.ok());
    const Value* want = node.Find(key);
    if (!want) {
      CHECK(cell.kind == NodeColumn::Kind::kAbsent);
      continue;
    }
    ++held;
    if (want->is_string()) {
      REQUIRE(cell.kind == NodeColumn::Kind::kString);
      CHECK(cell.text == want->as_string());
    } else {
      REQUIRE(cell.kind == NodeColumn::Kind::kValue);
      CHECK(*cell.value == *want);
    }
  }
  CHECK(column.size() == held);
}

std::shared_ptr<const NodeColumn> ColumnOf(const Graph& g, const Reader& reader, const std::string& key,
                                           uint32_t reads = 0) {
  std::shared_ptr<const NodeColumn> column;
  REQUIRE(g.NodeColumnFor(reader, key, reads, &column).ok());
  return column;
}

}  // namespace

TEST_CASE("NodeColumn: built in id order, patched into a copy that shares the untouched chunks") {
  NodeColumn::Builder builder;
  builder.Add(1, Value("a"));
  builder.Add(2, Value(int64_t{7}));
  builder.Add(3, Value());
  builder.Add(4, Value(""));
  builder.Add(5000, Value(ValueList{Value("x")}));
  builder.Add(9000, Value("far"));
  const NodeColumn column = builder.Finish();
  using Kind = NodeColumn::Kind;
  CHECK(column.Get(0).kind == Kind::kNoNode);
  CHECK(column.Get(1).kind == Kind::kString);
  CHECK(column.Get(1).text == "a");
  CHECK(column.Get(2).kind == Kind::kValue);
  CHECK(*column.Get(2).value == Value(int64_t{7}));
  CHECK(column.Get(3).kind == Kind::kAbsent);
  CHECK(column.Get(4).kind == Kind::kString);
  CHECK(column.Get(4).text.empty());
  CHECK(column.Get(6).kind == Kind::kNoNode);
  CHECK(*column.Get(5000).value == Value(ValueList{Value("x")}));
  CHECK(column.Get(9000).text == "far");
  CHECK(column.Get(9001).kind == Kind::kNoNode);
  CHECK(column.Get(uint64_t{1} << 40).kind == Kind::kNoNode);
  CHECK(column.size() == 5);
  CHECK(column.bytes() > 0);

  const NodeColumn next = column.Patched({{1, Value(int64_t{1})},
                                          {2, std::nullopt},
                                          {3, Value("now")},
                                          {12000, Value("new")}});
  CHECK(*next.Get(1).value == Value(int64_t{1}));
  CHECK(next.Get(2).kind == Kind::kNoNode);
  CHECK(next.Get(3).text == "now");
  CHECK(next.Get(4).kind == Kind::kString);  // untouched in a touched chunk
  CHECK(next.Get(9000).text == "far");       // an untouched chunk
  CHECK(next.Get(12000).text == "new");
  CHECK(next.size() == 6);
  // The original is unchanged.
  CHECK(column.Get(1).text == "a");
  CHECK(column.Get(2).kind == Kind::kValue);
  CHECK(column.Get(12000).kind == Kind::kNoNode);
  CHECK(column.size() == 5);
  // A change that removes every node of a chunk.
  const NodeColumn emptied = next.Patched({{9000, std::nullopt}});
  CHECK(emptied.Get(9000).kind == Kind::kNoNode);
  CHECK(emptied.size() == 5);
}

TEST_CASE("node columns are built once reads pay, then patched and equal storage after every commit") {
  for (const bool with_projection : {false, true}) {
    CAPTURE(with_projection);
    std::unique_ptr<Graph> g;
    REQUIRE(Graph::Open("nodecolumn", {.in_memory = true, .enforce_ontology = false}, &g).ok());
    std::mt19937 rng(11);
    auto pick = [&](size_t n) { return std::uniform_int_distribution<size_t>(0, n - 1)(rng); };
    // A random value of "k": a string, a number, a list, or none.
    auto value = [&]() -> Value {
      switch (pick(4)) {
        case 0: return Value("s" + std::to_string(pick(1000)));
        case 1: return Value(static_cast<int64_t>(pick(1000)));
        case 2: return Value(ValueList{Value("l"), Value(int64_t{1})});
        default: return Value();
      }
    };
    std::vector<NodeId> nodes;
    auto create = [&](WriteTxn* txn, int count) {
      for (int i = 0; i < count; ++i) {
        PropertyMap props;
        if (Value v = value(); !v.is_null()) props["k"] = std::move(v);
        nodes.emplace_back();
        REQUIRE(txn->CreateNode({pick(2) ? "A" : "B"}, props, &nodes.back()).ok());
      }
    };
    {
      std::unique_ptr<WriteTxn> txn;
      REQUIRE(g->BeginWrite(&txn).ok());
      create(txn.get(), 9000);  // three chunks of ids
      REQUIRE(txn->CreateRelationship("T", nodes[0], nodes[1], {}, nullptr).ok());
      REQUIRE(txn->Commit().ok());
    }
    auto first_reader = g->BeginRead();
    if (with_projection) {
      std::shared_ptr<const Projection> p;
      REQUIRE(g->ProjectionFor(*first_reader, &p).ok());
    }
    // Not built until the reads reported reach kColumnAfter.
    CHECK(ColumnOf(*g, *first_reader, "k", 1) == nullptr);
    CHECK(ColumnOf(*g, *first_reader, "k", Graph::kColumnAfter - 2) == nullptr);
    const auto first = ColumnOf(*g, *first_reader, "k", 1);
    REQUIRE(first);
    CHECK(ColumnOf(*g, *first_reader, "k") == first);  // shared
    CheckColumn(*first_reader, *first, "k", nodes.back());
    CHECK(g->PointCacheBytes() >= first->bytes());

    for (int round = 0; round < 40; ++round) {
      CAPTURE(round);
      std::unique_ptr<WriteTxn> txn;
      REQUIRE(g->BeginWrite(&txn).ok());
      for (int change = 0; change < 1 + round % 3; ++change) {
        const NodeId n = nodes[pick(nodes.size())];
        switch (pick(6)) {
          case 0: create(txn.get(), 1 + static_cast<int>(pick(3))); break;
          case 1:
          case 2:
            if (txn->NodeExists(n)) REQUIRE(txn->SetNodeProperty(n, "k", value()).ok());
            break;
          case 3:
            if (txn->NodeExists(n)) REQUIRE(txn->SetNodeProperty(n, "other", Value("x")).ok());
            break;
          case 4:
            if (txn->NodeExists(n)) REQUIRE(txn->AddLabel(n, "C").ok());
            break;
          default:
            if (txn->NodeExists(n)) REQUIRE(txn->DeleteNode(n, /*detach=*/true).ok());
            break;
        }
      }
      if (round % 5 == 4) {
        txn.reset();  // rolled back: the state stays
      } else {
        REQUIRE(txn->Commit().ok());
      }
      auto reader = g->BeginRead();
      if (with_projection && round % 2) {
        std::shared_ptr<const Projection> p;
        REQUIRE(g->ProjectionFor(*reader, &p).ok());
      }
      const auto column = ColumnOf(*g, *reader, "k");
      REQUIRE(column);  // patched along, not dropped
      CheckColumn(*reader, *column, "k", nodes.back());
    }
    // The first state's column (sharing chunks with the patched ones) still
    // holds the first state.
    CheckColumn(*first_reader, *first, "k", nodes.back());
    // An older snapshot gets no column of the newer state's, and a column
    // of its own only when it asks for a build.
    CHECK(ColumnOf(*g, *first_reader, "k") == nullptr);
    const auto own = ColumnOf(*g, *first_reader, "k", Graph::kColumnAfter);
    REQUIRE(own);
    CheckColumn(*first_reader, *own, "k", nodes.back());
  }
}

TEST_CASE("a bulk load drops the node columns (its writes are not logged); reads build them again") {
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open("nodecolumnbulk", {.in_memory = true, .enforce_ontology = false}, &g).ok());
  NodeId a;
  {
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"N"}, {{"k", Value("a")}}, &a).ok());
    REQUIRE(txn->Commit().ok());
  }
  REQUIRE(ColumnOf(*g, *g->BeginRead(), "k", Graph::kColumnAfter));
  std::unique_ptr<BulkLoader> loader;
  REQUIRE(g->BeginBulkLoad(&loader).ok());
  NodeId b;
  REQUIRE(loader->AddNode({"N"}, {{"k", Value("b")}}, &b).ok());
  REQUIRE(loader->Finish().ok());
  auto reader = g->BeginRead();
  CHECK(ColumnOf(*g, *reader, "k") == nullptr);
  const auto column = ColumnOf(*g, *reader, "k", Graph::kColumnAfter);
  REQUIRE(column);
  CheckColumn(*reader, *column, "k", b);
}
