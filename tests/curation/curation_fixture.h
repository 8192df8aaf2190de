// A small graph for the curation tests: El Mencho under his full name, a
// duplicate "El Mecho" with facts of its own, and the organizations and a
// place they connect to.
#pragma once

#include <doctest/doctest.h>

#include <memory>
#include <sstream>
#include <string>

#include "exchange/decisions_jsonl.h"
#include "exchange/json_export.h"
#include "graph/graph.h"
#include "query/engine.h"

namespace cg::testing {

struct CurationFixture {
  std::unique_ptr<graph::Graph> g;
  graph::NodeId mencho = 0, mecho = 0, cjng = 0, sinaloa = 0, jalisco = 0;
  graph::RelId leads = 0, mecho_leads = 0, mecho_member = 0;

  static graph::Evidence Sentence(const std::string& article, uint32_t begin, const std::string& quote) {
    graph::Evidence e;
    e.article = article;
    e.span_begin = begin;
    e.span_end = begin + static_cast<uint32_t>(quote.size());
    e.quote = quote;
    e.rule = "test";
    return e;
  }

  CurationFixture() {
    static int counter = 0;
    REQUIRE(graph::Graph::Open("curation-" + std::to_string(counter++), {.in_memory = true}, &g).ok());
    std::unique_ptr<graph::WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"},
                            {{"name", "Nemesio Rubén Oseguera Cervantes"}, {"aliases", ValueList{Value("El Mencho")}}},
                            &mencho)
                .ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "El Mecho"}, {"aliases", ValueList{Value("El Mecho")}}, {"born", Value(Date{1966, 7, 17})}}, &mecho).ok());
    REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "Jalisco New Generation Cartel"}}, &cjng).ok());
    REQUIRE(txn->CreateNode({"Organization", "Cartel"}, {{"name", "Sinaloa Cartel"}}, &sinaloa).ok());
    REQUIRE(txn->CreateNode({"Place"}, {{"name", "Jalisco"}}, &jalisco).ok());
    REQUIRE(txn->CreateRelationship("LEADS", mencho, cjng, {}, &leads).ok());
    REQUIRE(txn->AddEvidence(leads, Sentence("a1", 0, "El Mencho leads the CJNG.")).ok());
    REQUIRE(txn->CreateRelationship("LEADS", mecho, cjng, {{"since", Value(Date{2010, 0, 0})}}, &mecho_leads).ok());
    REQUIRE(txn->AddEvidence(mecho_leads, Sentence("a2", 10, "El Mecho heads the CJNG since 2010.")).ok());
    REQUIRE(txn->CreateRelationship("MEMBER_OF", mecho, sinaloa, {}, &mecho_member).ok());
    REQUIRE(txn->AddEvidence(mecho_member, Sentence("a2", 50, "El Mecho once served the Sinaloa Cartel.")).ok());
    REQUIRE(txn->Commit().ok());
  }

  query::QueryResult Ask(const std::string& text, const query::QueryOptions& options = {}) {
    query::QueryResult r = query::QueryEngine::Execute(*g, text, {}, options);
    INFO(text);
    REQUIRE_MESSAGE(r.ok(), (r.ok() ? "" : r.error->what()));
    return r;
  }

  // The error message of a query expected to fail.
  std::string Refusal(const std::string& text) {
    query::QueryResult r = query::QueryEngine::Execute(*g, text);
    INFO(text);
    REQUIRE_FALSE(r.ok());
    return r.error->what();
  }

  // Applies a decision file's text in one transaction; how many it applied.
  size_t Apply(const std::string& decisions) {
    std::unique_ptr<graph::WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    std::istringstream in(decisions);
    size_t applied = 0;
    const Status s = exchange::ApplyDecisions(txn.get(), in, "decisions.jsonl", &applied);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    REQUIRE(txn->Commit().ok());
    return applied;
  }

  std::string Json(const exchange::ExportView& view = {}) {
    std::ostringstream out;
    REQUIRE(exchange::ExportJsonLines(*g->BeginRead(), out, view).ok());
    return out.str();
  }
};

}  // namespace cg::testing
