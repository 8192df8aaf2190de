// The point-lookup caches (graph/point_cache.h): an index seek reads the
// in-memory copy of the property index and label index of its committed
// state once lookups pay for it, and answers exactly what storage answers
// — after creates, deletes, property and label changes, rollbacks, for
// older snapshots and beside concurrent commits.
#include <doctest/doctest.h>

#include <algorithm>
#include <thread>
#include <vector>

#include "graph/point_cache.h"
#include "tests/query/test_graph.h"

namespace cg::query {
namespace {

using testing::Fails;
using testing::NewGraph;
using testing::Run;

// What storage says: the nodes whose indexed `key` equals `value`.
std::vector<graph::NodeId> Stored(const graph::Reader& reader, std::string_view key, const cg::Value& value) {
  std::vector<graph::NodeId> ids;
  REQUIRE(reader.ForEachNodeWithProperty(key, value, [&](graph::NodeId id) {
    ids.push_back(id);
    return true;
  }).ok());
  return ids;
}

// The cache of `key` for reader's state after enough lookups to build it.
std::shared_ptr<const graph::PointIndex> Warm(const graph::Graph& g, const graph::Reader& reader, std::string_view key) {
  std::shared_ptr<const graph::PointIndex> index;
  for (uint32_t i = 0; i < graph::PointCache::kBuildAfter && !index; ++i) {
    REQUIRE(g.PointIndexFor(reader, key, &index).ok());
  }
  return index;
}

std::vector<graph::NodeId> Cached(const graph::PointIndex& index, std::string_view key, const cg::Value& value) {
  std::vector<graph::NodeId> ids;
  index.ForEach(key, value, [&](graph::NodeId id) {
    ids.push_back(id);
    return true;
  });
  return ids;
}

int64_t Count(graph::Graph& g, const std::string& text, const Map& params = {}) {
  return Run(g, text, params).rows.at(0).at(0).as_int();
}

// Runs the seek often enough that the caches of the current state are
// built (its filter reads p.name: the column too).
int64_t WarmSeek(graph::Graph& g, const std::string& name) {
  int64_t n = 0;
  for (uint32_t i = 0; i <= std::max(graph::PointCache::kBuildAfter, graph::Graph::kColumnAfter); ++i) {
    n = Count(g, "MATCH (p:P) WHERE p.name = $name RETURN count(*)", {{"name", Value(name)}});
  }
  return n;
}

TEST_CASE("point cache: built only after enough lookups, then equal to the index for every value") {
  auto g = NewGraph();
  Run(*g, "CREATE (:P {name: 'ab', id: 'a'}), (:P {name: 'abc', id: ['a', 'b']}), (:P {name: 'ab', id: 1}), "
          "(:Q {name: 'x', id: 1.5}), (:P {name: 'c', id: true}), (:P {name: ''})");
  auto reader = g->BeginRead();
  std::shared_ptr<const graph::PointIndex> index;
  REQUIRE(g->PointIndexFor(*reader, "id", &index).ok());
  CHECK(index == nullptr);  // one lookup never pays a build
  index = Warm(*g, *reader, "id");
  REQUIRE(index != nullptr);
  CHECK(g->PointCacheBytes() >= index->bytes());
  CHECK(index->entries() == 6);  // 'a' twice (one from the list), 'b', 1, 1.5, true
  for (const cg::Value& v : {cg::Value("a"), cg::Value("b"), cg::Value(int64_t{1}), cg::Value(1.5), cg::Value(true),
                             cg::Value("ab"), cg::Value(int64_t{2}), cg::Value()}) {
    INFO(v.ToString());
    CHECK(Cached(*index, "id", v) == Stored(*reader, "id", v));
  }
  CHECK(Cached(*index, "id", cg::Value("a")).size() == 2);
  auto names = Warm(*g, *reader, "name");
  REQUIRE(names != nullptr);
  for (const char* name : {"ab", "abc", "a", "", "x"}) {
    INFO(name);
    CHECK(Cached(*names, "name", cg::Value(name)) == Stored(*reader, "name", cg::Value(name)));
  }
  CHECK(Cached(*names, "name", cg::Value("ab")).size() == 2);
  std::shared_ptr<const graph::PointIndex> none;
  REQUIRE(g->PointIndexFor(*reader, "key", &none).ok());
  CHECK(none == nullptr);  // not an indexed property
}

TEST_CASE("node column: built once queries' record reads pay for it; a query reads the same through it") {
  auto g = NewGraph();
  Run(*g, "CREATE (:P {id: 'a', name: 'x'}), (:P {id: 7}), (:P {id: ['a']}), (:P), (:P {id: ''}), (:P {id: 'gone'})");
  Run(*g, "MATCH (p {id: 'gone'}) DELETE p");
  const std::string text = "MATCH (p:P) RETURN p.id AS id ORDER BY id(p)";
  const auto expected = Run(*g, text).rows;
  auto same = [&](const std::vector<execution::Row>& rows) {
    return rows.size() == expected.size() &&
           std::equal(rows.begin(), rows.end(), expected.begin(),
                      [](const execution::Row& a, const execution::Row& b) { return Equivalent(a.at(0), b.at(0)); });
  };
  auto column = [&] {
    std::shared_ptr<const graph::NodeColumn> c;
    REQUIRE(g->NodeColumnFor(*g->BeginRead(), "id", 0, &c).ok());
    return c;
  };
  CHECK(column() == nullptr);  // a few queries' reads never pay a scan
  // Each query reports its first read at once (the rest in bulk).
  for (uint32_t i = 0; i < graph::Graph::kColumnAfter && !column(); ++i) CHECK(same(Run(*g, text).rows));
  REQUIRE(column() != nullptr);
  CHECK(g->PointCacheBytes() >= column()->bytes());
  CHECK(same(Run(*g, text).rows));  // through the column
  CHECK(expected.size() == 5);
  CHECK(expected.at(2).at(0).is_list());
  CHECK(expected.at(3).at(0).is_null());
  // A commit patches the column (it stays built) and reads see the commit.
  Run(*g, "MATCH (p:P {id: 7}) SET p.id = 'seven' CREATE (:P {id: 8})");
  REQUIRE(column() != nullptr);
  const auto after = Run(*g, text).rows;
  REQUIRE(after.size() == 6);
  CHECK(after.at(1).at(0).as_string() == "seven");
  CHECK(after.at(5).at(0).as_int() == 8);
  // Inside a writing query, reads after its own write see the transaction.
  const auto own = Run(*g, "MATCH (p:P {id: 8}) SET p.id = 9 WITH p RETURN p.id").rows;
  CHECK(own.at(0).at(0).as_int() == 9);
}

TEST_CASE("point cache: a seek sees every commit (create, set, label, delete) and no rolled-back write") {
  auto g = NewGraph();
  Run(*g, "UNWIND range(1, 50) AS i CREATE (:P {name: 'p' + toString(i), id: i})");
  CHECK(WarmSeek(*g, "p7") == 1);
  CHECK(g->PointCacheBytes() > 0);
  Run(*g, "CREATE (:P {name: 'p7'}), (:Q {name: 'p7'})");
  CHECK(WarmSeek(*g, "p7") == 2);  // the Q is no P
  Run(*g, "MATCH (q:Q {name: 'p7'}) SET q:P");
  CHECK(WarmSeek(*g, "p7") == 3);
  Run(*g, "MATCH (p:P {name: 'p7'}) WHERE p.id = 7 SET p.name = 'seven'");
  CHECK(WarmSeek(*g, "p7") == 2);
  CHECK(WarmSeek(*g, "seven") == 1);
  Run(*g, "MATCH (p:P {name: 'seven'}) REMOVE p:P");
  CHECK(WarmSeek(*g, "seven") == 0);
  Run(*g, "MATCH (p {name: 'p7'}) DETACH DELETE p");
  CHECK(WarmSeek(*g, "p7") == 0);
  // A failed query's writes roll back: the cache still answers the old state.
  Fails(*g, "CREATE (:P {name: 'p8'}) WITH 1 AS x RETURN 1 / 0");
  CHECK(WarmSeek(*g, "p8") == 1);
  // Inside a writing query, seeks after its own write read the transaction.
  CHECK(Count(*g, "CREATE (:P {name: 'p9'}) WITH 1 AS x MATCH (p:P {name: 'p9'}) RETURN count(*)") == 2);
}

TEST_CASE("point cache: an older snapshot reads storage, never a newer state's cache") {
  auto g = NewGraph();
  Run(*g, "UNWIND range(1, 20) AS i CREATE (:P {name: 'n' + toString(i)})");
  auto before = g->BeginRead();
  Run(*g, "CREATE (:P {name: 'n1'})");
  auto after = g->BeginRead();
  auto index = Warm(*g, *after, "name");
  REQUIRE(index != nullptr);
  CHECK(Cached(*index, "name", cg::Value("n1")).size() == 2);
  std::shared_ptr<const graph::PointIndex> old;
  for (uint32_t i = 0; i <= graph::PointCache::kBuildAfter; ++i) REQUIRE(g->PointIndexFor(*before, "name", &old).ok());
  CHECK(old == nullptr);
  CHECK(Stored(*before, "name", cg::Value("n1")).size() == 1);
}

TEST_CASE("point cache: seeks beside concurrent commits agree with storage in each query's snapshot") {
  auto g = NewGraph();
  Run(*g, "CREATE (:P {name: 'same'})");
  WarmSeek(*g, "same");
  std::thread writer([&] {
    for (int i = 0; i < 40; ++i) Run(*g, "CREATE (:P {name: 'same'})");
  });
  // Seek (cache or storage) and label scan (storage) in one snapshot.
  int64_t last = 0;
  for (int i = 0; i < 400; ++i) {
    auto row = Run(*g, "MATCH (p:P {name: 'same'}) WITH count(p) AS seek MATCH (q:P) RETURN seek, count(q)").rows.at(0);
    CHECK(row.at(0).as_int() == row.at(1).as_int());
    CHECK(row.at(0).as_int() >= last);
    last = row.at(0).as_int();
  }
  writer.join();
  CHECK(WarmSeek(*g, "same") == 41);
}

}  // namespace
}  // namespace cg::query
