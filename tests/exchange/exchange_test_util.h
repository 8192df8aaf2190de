// Helpers for the exchange tests: files in a temp dir, a sample graph that
// exercises every value type, escaping and partial dates, and counts.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "graph/graph.h"

namespace cg::testing {

inline void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  REQUIRE(out.good());
}

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline size_t CountOf(const std::string& text, const std::string& needle) {
  size_t n = 0;
  for (size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + needle.size())) ++n;
  return n;
}

inline std::unique_ptr<graph::Graph> OpenGraph(const std::string& name) {
  std::unique_ptr<graph::Graph> g;
  REQUIRE(graph::Graph::Open(name, graph::OpenOptions{.in_memory = true}, &g).ok());
  return g;
}

inline uint64_t CountNodes(const graph::Graph& g) {
  uint64_t n = 0;
  REQUIRE(g.BeginRead()->ForEachNode([&](graph::NodeId) { return ++n, true; }).ok());
  return n;
}

inline uint64_t CountRelationships(const graph::Graph& g) {
  uint64_t n = 0;
  REQUIRE(g.BeginRead()->ForEachRelationship([&](graph::RelId) { return ++n, true; }).ok());
  return n;
}

// 7 nodes, 5 relationships: a person, a cartel, an agency, a raid with a
// month-precision date and a description that needs escaping, a program
// with an int budget plus float/bool/empty-string extension properties,
// an extension-labelled :Source, and a node with no label. LEADS carries
// partial `since` 2010, `until` 2026-02-22 and one evidence.
inline std::unique_ptr<graph::Graph> SampleGraph() {
  auto g = OpenGraph("exchange-sample");
  std::unique_ptr<graph::WriteTxn> txn;
  REQUIRE(g->BeginWrite(&txn).ok());
  graph::NodeId mencho, cjng, dea, raid, program, source, loose;
  REQUIRE(txn->CreateNode({"Person"},
                          {{"name", "Nemesio Oseguera Cervantes"},
                           {"aliases", ValueList{"El Mencho", "Mencho"}},
                           {"born", Date{1966, 7, 17}},
                           {"status", "dead"}},
                          &mencho)
              .ok());
  REQUIRE(txn->CreateNode({"Organization", "Cartel"},
                          {{"name", "Cártel de Jalisco Nueva Generación"}, {"founded", Date{2009, 0, 0}}}, &cjng)
              .ok());
  REQUIRE(txn->CreateNode({"Organization", "Agency"}, {{"name", "DEA"}, {"country", "US"}}, &dea).ok());
  REQUIRE(txn->CreateNode({"Event", "Raid"},
                          {{"name", "Tapalpa raid"},
                           {"date", Date{2026, 2, 0}},
                           {"description", "a <raid> & \"shootout\", 'Tapalpa'\nsecond line\x01"}},
                          &raid)
              .ok());
  REQUIRE(txn->CreateNode({"Program"},
                          {{"name", "Mérida Initiative"},
                           {"budget", int64_t{1600000000}},
                           {"score", 0.25},
                           {"verified", true},
                           {"note", ""}},
                          &program)
              .ok());
  REQUIRE(txn->CreateNode({"Source"}, {{"name", "notes, vol. 2"}}, &source).ok());
  REQUIRE(txn->CreateNode({}, {{"name", "unlabelled"}}, &loose).ok());
  graph::RelId leads;
  REQUIRE(txn->CreateRelationship("LEADS", mencho, cjng,
                                  {{"since", Date{2010, 0, 0}}, {"until", Date{2026, 2, 22}}, {"end_cause", "killed"}},
                                  &leads)
              .ok());
  REQUIRE(txn->AddEvidence(leads, {.article = "a1b2",
                                   .span_begin = 0,
                                   .span_end = 12,
                                   .quote = "He led \"CJNG\".",
                                   .rule = "test",
                                   .confidence = 0.9f})
              .ok());
  REQUIRE(txn->CreateRelationship("PARTICIPATED_IN", mencho, raid, {{"role", "target"}}, nullptr).ok());
  REQUIRE(txn->CreateRelationship("PARTICIPATED_IN", dea, raid, {{"role", "supporter"}}, nullptr).ok());
  REQUIRE(txn->CreateRelationship("DESIGNATED", dea, cjng,
                                  {{"designation", "Foreign Terrorist Organization"}, {"date", Date{2025, 2, 20}}},
                                  nullptr)
              .ok());
  REQUIRE(txn->CreateRelationship("CITES", source, program, {}, nullptr).ok());
  REQUIRE(txn->Commit().ok());
  return g;
}

}  // namespace cg::testing
