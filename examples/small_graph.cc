// A small graph written through the embedded API: the shape of what ingest
// produces, for trying the library without any articles.
//   small_graph DB_PATH
#include <cstdio>

#include "graph/graph.h"

using namespace cg;
using namespace cg::graph;

namespace {

Status Build(Graph& g) {
  std::unique_ptr<WriteTxn> txn;
  CG_RETURN_IF_ERROR(g.BeginWrite(&txn));
  NodeId mencho, cjng, milenio, sedena, jalisco, raid;
  CG_RETURN_IF_ERROR(txn->CreateNode(
      {"Person"},
      {{"name", "Nemesio Oseguera Cervantes"}, {"aliases", ValueList{"El Mencho"}}, {"status", "dead"},
       {"died", "2026-02-22"}},
      &mencho));
  CG_RETURN_IF_ERROR(txn->CreateNode({"Organization", "Cartel"},
                                     {{"name", "Jalisco New Generation Cartel"}, {"aliases", ValueList{"CJNG"}}},
                                     &cjng));
  CG_RETURN_IF_ERROR(txn->CreateNode({"Organization", "Cartel"}, {{"name", "Milenio Cartel"}}, &milenio));
  CG_RETURN_IF_ERROR(txn->CreateNode({"Organization", "Agency"},
                                     {{"name", "Secretariat of National Defense"}, {"aliases", ValueList{"SEDENA"}}},
                                     &sedena));
  CG_RETURN_IF_ERROR(txn->CreateNode({"Place", "State"}, {{"name", "Jalisco"}}, &jalisco));
  CG_RETURN_IF_ERROR(txn->CreateNode({"Event", "Raid"}, {{"name", "Tapalpa raid"}, {"date", "2026-02-22"}}, &raid));
  RelId leads;
  CG_RETURN_IF_ERROR(txn->CreateRelationship(
      "LEADS", mencho, cjng, {{"since", "2010"}, {"until", "2026-02-22"}, {"end_cause", "killed"}}, &leads));
  CG_RETURN_IF_ERROR(txn->AddEvidence(leads, Evidence{"example", 0, 0, "(written by examples/small_graph.cc)",
                                                      "example", 1.0f}));
  CG_RETURN_IF_ERROR(txn->CreateRelationship("EMERGED_FROM", cjng, milenio, {{"date", "2010"}}, nullptr));
  CG_RETURN_IF_ERROR(txn->CreateRelationship("OPERATES_IN", cjng, jalisco, {}, nullptr));
  CG_RETURN_IF_ERROR(txn->CreateRelationship("PARTICIPATED_IN", sedena, raid, {{"role", "conductor"}}, nullptr));
  CG_RETURN_IF_ERROR(txn->CreateRelationship("PARTICIPATED_IN", mencho, raid, {{"role", "target"}}, nullptr));
  CG_RETURN_IF_ERROR(txn->CreateRelationship("OCCURRED_IN", raid, jalisco, {}, nullptr));
  return txn->Commit();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: small_graph DB_PATH\n");
    return 2;
  }
  std::unique_ptr<Graph> g;
  Status s = Graph::Open(argv[1], {}, &g);
  if (s.ok()) s = Build(*g);
  if (!s.ok()) {
    std::fprintf(stderr, "small_graph: %s\n", s.ToString().c_str());
    return 1;
  }
  std::printf("wrote 6 nodes and 6 relationships to %s\n", argv[1]);
  return 0;
}
