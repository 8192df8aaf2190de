// ResolutionCache answers as the write transaction does, through writes in
// the transaction, commits and (after Clear) rollbacks.
#include <doctest/doctest.h>

#include <algorithm>

#include "graph/graph.h"
#include "graph/write_txn.h"
#include "ingest/resolution_cache.h"
#include "schema/normalize.h"

namespace cg::ingest {
namespace {

using graph::NodeId;

std::vector<NodeId> Named(const graph::Reader& r, const std::string& name) {
  std::vector<NodeId> out;
  REQUIRE(r.ForEachNodeNamed(name, [&](NodeId id) {
               out.push_back(id);
               return true;
             }).ok());
  return out;
}

// Without the cache: the name index scanned for "first ..." names ending in "... last".
std::vector<NodeId> FullNamesScanned(const graph::Reader& r, const std::string& first, const std::string& last) {
  std::vector<NodeId> out;
  REQUIRE(r.ForEachNameStartingWith(first + " ", [&](std::string_view n, NodeId id) {
               if (n.ends_with(" " + last)) out.push_back(id);
               return true;
             }).ok());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Without the cache: the name index scanned for "first ... paternal last" names.
std::vector<NodeId> PaternalScanned(const graph::Reader& r, const std::string& first, const std::string& paternal) {
  std::vector<NodeId> out;
  REQUIRE(r.ForEachNameStartingWith(first + " ", [&](std::string_view n, NodeId id) {
               const std::string name(n);
               const size_t z = name.rfind(' ');
               if (z != std::string::npos && z > first.size() && name.substr(0, z).ends_with(" " + paternal)) out.push_back(id);
               return true;
             }).ok());
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Every question the cache answers, asked of it and of `txn`.
void CheckAgrees(ResolutionCache& cache, const graph::Reader& txn) {
  for (const std::string name : {"Rafael Caro Quintero", "Caro Quintero", "El Gallo", "Rafael Quintero", "Nobody",
                                "Joaquín Guzmán", "JOAQUIN guzman"}) {
    const std::vector<NodeId>* cached = nullptr;
    REQUIRE(cache.NodesNamed(txn, name, NormalizeName(name), &cached).ok());
    CHECK(*cached == Named(txn, name));
  }
  for (const auto& [first, last] : {std::pair{"rafael", "quintero"}, std::pair{"caro", "quintero"}, std::pair{"rafael", "caro"}}) {
    std::vector<NodeId> cached;
    REQUIRE(cache.FullNames(txn, first, last, &cached).ok());
    CHECK(cached == FullNamesScanned(txn, first, last));
  }
  for (const auto& [first, paternal] : {std::pair{"rafael", "caro"}, std::pair{"rafael", "quintero"}, std::pair{"caro", "rafael"}}) {
    std::vector<NodeId> cached;
    REQUIRE(cache.FullNamesPaternal(txn, first, paternal, &cached).ok());
    CHECK(cached == PaternalScanned(txn, first, paternal));
  }
}

PropertyMap Names(const std::string& name, const std::vector<std::string>& aliases) {
  ValueList list;
  for (const std::string& a : aliases) list.emplace_back(a);
  return {{"name", Value(name)}, {"aliases", Value(std::move(list))}};
}

std::unique_ptr<graph::Graph> InMemory(const std::string& name) {
  std::unique_ptr<graph::Graph> graph;
  graph::OpenOptions options;
  options.in_memory = true;
  REQUIRE(graph::Graph::Open(name, options, &graph).ok());
  return graph;
}

// Writes, commits and a rollback, the cache checked against the
// transaction after each; it reads the whole name index when that holds at
// most `load` keys.
void CheckThroughWrites(size_t load) {
  CAPTURE(load);
  const std::unique_ptr<graph::Graph> graph = InMemory("resolution-cache-" + std::to_string(load));
  ResolutionCache cache(load);
  NodeId caro = 0, gallo = 0;
  {
    std::unique_ptr<graph::WriteTxn> txn;
    REQUIRE(graph->BeginWrite(&txn).ok());
    CheckAgrees(cache, *txn);  // empty answers are cached too
    REQUIRE(txn->CreateNode({"Person"}, Names("Caro Quintero", {"Caro Quintero"}), &caro).ok());
    graph::Node created;
    REQUIRE(txn->GetNodeRecord(caro, &created).ok());
    cache.NoteWrite(caro, nullptr, created);
    CheckAgrees(cache, *txn);  // the article's own write is seen
    REQUIRE(txn->CreateNode({"Person"}, Names("El Gallo", {"El Gallo", "Rafael Quintero", "Joaquín Guzmán"}), &gallo).ok());
    REQUIRE(txn->GetNodeRecord(gallo, &created).ok());
    cache.NoteWrite(gallo, nullptr, created);
    CheckAgrees(cache, *txn);
    REQUIRE(txn->Commit().ok());
  }
  {
    std::unique_ptr<graph::WriteTxn> txn;
    REQUIRE(graph->BeginWrite(&txn).ok());
    CheckAgrees(cache, *txn);
    // A merge renames a node and drops a name: both indexes follow.
    graph::Node before, after;
    REQUIRE(txn->GetNodeRecord(caro, &before).ok());
    const graph::Node* record = nullptr;
    REQUIRE(cache.Record(*txn, caro, &record).ok());
    CHECK(record->Find("name")->as_string() == "Caro Quintero");
    graph::Node renamed = before;
    renamed.properties = Names("Rafael Caro Quintero", {"Rafael Caro Quintero", "Rafael Quintero"});
    REQUIRE(txn->ReplaceNode(renamed).ok());
    REQUIRE(txn->GetNodeRecord(caro, &after).ok());
    cache.NoteWrite(caro, &before, after);
    REQUIRE(cache.Record(*txn, caro, &record).ok());
    CHECK(record->Find("name")->as_string() == "Rafael Caro Quintero");
    CheckAgrees(cache, *txn);
    std::vector<NodeId> both;
    REQUIRE(cache.FullNames(*txn, "rafael", "quintero", &both).ok());
    CHECK(both == std::vector<NodeId>{caro, gallo});
    // A merge that only appends aliases: one the node had in another
    // spelling, one new name twice.
    graph::Node appended;
    REQUIRE(txn->GetNodeRecord(gallo, &before).ok());
    appended = before;
    for (const char* alias : {"JOAQUIN guzman", "Rafael Caro Quintero", "RAFAEL CARO QUINTERO"}) {
      appended.properties["aliases"].as_list().emplace_back(alias);
    }
    REQUIRE(txn->ReplaceNode(appended).ok());
    REQUIRE(txn->GetNodeRecord(gallo, &after).ok());
    cache.NoteWrite(gallo, &before, after);
    CheckAgrees(cache, *txn);
    REQUIRE(txn->Commit().ok());
  }
  {
    std::unique_ptr<graph::WriteTxn> txn;
    REQUIRE(graph->BeginWrite(&txn).ok());
    graph::Node before, after;
    REQUIRE(txn->GetNodeRecord(gallo, &before).ok());
    graph::Node renamed = before;
    renamed.properties = Names("El Gallo", {"El Gallo"});
    REQUIRE(txn->ReplaceNode(renamed).ok());
    REQUIRE(txn->GetNodeRecord(gallo, &after).ok());
    cache.NoteWrite(gallo, &before, after);
    CheckAgrees(cache, *txn);
    txn->Rollback();
    cache.Clear();  // the writes above never happened
  }
  auto read = graph->BeginRead();
  CheckAgrees(cache, *read);
  std::vector<NodeId> both;
  REQUIRE(cache.FullNames(*read, "rafael", "quintero", &both).ok());
  CHECK(both == std::vector<NodeId>{caro, gallo});
}

TEST_CASE("the resolution cache answers as the transaction through writes, commits and rollbacks") {
  CheckThroughWrites(ResolutionCache::kLoadNames);  // the whole (small) name index read at once
  CheckThroughWrites(0);  // whole while empty; name by name from the rollback's Clear on
}

TEST_CASE("the resolution cache finds the relationship between two nodes as a scan of their edges does") {
  const std::unique_ptr<graph::Graph> graph = InMemory("resolution-cache-edges");
  ResolutionCache cache;
  std::unique_ptr<graph::WriteTxn> txn;
  REQUIRE(graph->BeginWrite(&txn).ok());
  NodeId a = 0, b = 0, c = 0;
  REQUIRE(txn->CreateNode({"Organization"}, Names("A Cartel", {}), &a).ok());
  REQUIRE(txn->CreateNode({"Organization"}, Names("B Cartel", {}), &b).ok());
  REQUIRE(txn->CreateNode({"Place"}, Names("Sonora", {}), &c).ok());
  auto agrees = [&](const std::string& type, NodeId from, NodeId to, bool symmetric) {
    graph::RelId cached = 0, scanned = 0;
    REQUIRE(cache.FindRelationship(*txn, type, from, to, symmetric, &cached).ok());
    REQUIRE(txn->ForEachEdge(from, symmetric ? graph::Direction::kBoth : graph::Direction::kOutgoing, type,
                             [&](const graph::Edge& e) {
                               if (e.other() != to) return true;
                               scanned = e.rel;
                               return false;
                             }).ok());
    CHECK(cached == scanned);
    return cached;
  };
  CHECK(agrees("RIVAL_OF", b, a, true) == 0);  // asked (and cached) before the edge exists
  CHECK(agrees("OPERATES_IN", a, c, false) == 0);
  graph::RelId rival = 0, operates = 0;
  REQUIRE(txn->CreateRelationship("RIVAL_OF", a, b, {}, &rival).ok());
  cache.NoteRelationship("RIVAL_OF", a, b, rival);
  REQUIRE(txn->CreateRelationship("OPERATES_IN", a, c, {}, &operates).ok());
  cache.NoteRelationship("OPERATES_IN", a, c, operates);
  CHECK(agrees("RIVAL_OF", b, a, true) == rival);  // the other way, for a symmetric type
  CHECK(agrees("RIVAL_OF", a, b, true) == rival);
  CHECK(agrees("RIVAL_OF", b, a, false) == 0);
  CHECK(agrees("OPERATES_IN", a, c, false) == operates);
  graph::RelId second = 0;
  REQUIRE(txn->CreateRelationship("OPERATES_IN", a, c, {}, &second).ok());
  cache.NoteRelationship("OPERATES_IN", a, c, second);
  CHECK(agrees("OPERATES_IN", a, c, false) == operates);  // the first one still
  // A symmetric pair joined only the other way gains an edge this way: the
  // scan now meets the new one first (outgoing edges come first).
  graph::RelId back = 0;
  REQUIRE(txn->CreateRelationship("RIVAL_OF", b, a, {}, &back).ok());
  cache.NoteRelationship("RIVAL_OF", b, a, back);
  CHECK(agrees("RIVAL_OF", b, a, true) == back);
  CHECK(agrees("RIVAL_OF", a, b, true) == rival);
  REQUIRE(txn->Commit().ok());
  // Through a commit: new pairs at a node whose edges were scanned before.
  REQUIRE(graph->BeginWrite(&txn).ok());
  NodeId d = 0;
  REQUIRE(txn->CreateNode({"Place"}, Names("Durango", {}), &d).ok());
  CHECK(agrees("OPERATES_IN", a, d, false) == 0);
  CHECK(agrees("OPERATES_IN", d, a, true) == 0);
  graph::RelId in_d = 0;
  REQUIRE(txn->CreateRelationship("OPERATES_IN", a, d, {}, &in_d).ok());
  cache.NoteRelationship("OPERATES_IN", a, d, in_d);
  CHECK(agrees("OPERATES_IN", a, d, false) == in_d);
  CHECK(agrees("OPERATES_IN", d, a, true) == in_d);
  CHECK(agrees("OPERATES_IN", d, a, false) == 0);
  CHECK(agrees("OPERATES_IN", a, c, false) == operates);
}

TEST_CASE("the resolution cache keeps relationship records as the transaction has them") {
  const std::unique_ptr<graph::Graph> graph = InMemory("resolution-cache-rels");
  ResolutionCache cache;
  auto agrees = [&](const graph::Reader& txn, graph::RelId id) {
    const graph::Relationship* cached = nullptr;
    graph::Relationship read;
    REQUIRE(cache.RelationshipRecord(txn, id, &cached).ok());
    REQUIRE(txn.GetRelationshipRecord(id, &read).ok());
    CHECK(cached->properties == read.properties);
    CHECK(cached->type == read.type);
  };
  std::unique_ptr<graph::WriteTxn> txn;
  REQUIRE(graph->BeginWrite(&txn).ok());
  NodeId a = 0, b = 0;
  REQUIRE(txn->CreateNode({"Organization"}, Names("A Cartel", {}), &a).ok());
  REQUIRE(txn->CreateNode({"Organization"}, Names("B Cartel", {}), &b).ok());
  graph::RelId rel = 0;
  REQUIRE(txn->CreateRelationship("RIVAL_OF", a, b, {}, &rel).ok());
  const graph::Relationship* cached = nullptr;
  CHECK(cache.RelationshipRecord(*txn, rel + 1, &cached).IsNotFound());
  agrees(*txn, rel);
  graph::Relationship changed;
  REQUIRE(txn->GetRelationshipRecord(rel, &changed).ok());
  changed.properties["since"] = Value(*Date::Parse("2011"));
  REQUIRE(txn->ReplaceRelationship(changed).ok());
  cache.ForgetRelationship(rel);
  agrees(*txn, rel);  // the write is seen
  REQUIRE(txn->Commit().ok());
  REQUIRE(graph->BeginWrite(&txn).ok());
  agrees(*txn, rel);  // through the commit
  changed.properties["since"] = Value(*Date::Parse("2012"));
  REQUIRE(txn->ReplaceRelationship(changed).ok());
  cache.ForgetRelationship(rel);
  agrees(*txn, rel);
  txn->Rollback();
  cache.Clear();
  auto read = graph->BeginRead();
  agrees(*read, rel);
  REQUIRE(cache.RelationshipRecord(*read, rel, &cached).ok());
  CHECK(*cached->Find("since") == Value(*Date::Parse("2011")));
}

}  // namespace
}  // namespace cg::ingest
