// Writes the seed corpus of record_fuzz.cc: one valid record of each kind
// the decoders read (every value type, evidence, claims, the compact
// relationship form, a curation decision), each file its decoder's
// selector byte then the encoded record. Usage: record_seeds DIR
#include <cstdio>
#include <fstream>
#include <string>

#include "graph/codec.h"
#include "graph/curation/decision_codec.h"
#include "schema/temporal.h"

namespace {

namespace codec = cg::graph::codec;
namespace curation = cg::graph::curation;

void Write(const std::string& dir, const std::string& name, char selector, const std::string& record) {
  std::ofstream out(dir + "/" + name, std::ios::binary | std::ios::trunc);
  out << selector << record;
}

cg::graph::Evidence SampleEvidence() {
  return {.article = std::string(64, 'a'), .span_begin = 10, .span_end = 52,
          .quote = "El Mencho leads the CJNG.", .rule = "leads.head_of", .confidence = 0.8f};
}

cg::graph::Node SampleNode() {
  cg::graph::Node node;
  node.id = 7;
  node.labels = {"Person", "Informant"};
  node.properties = {{"name", cg::Value("Nemesio Oseguera")},
                     {"aliases", cg::Value(cg::ValueList{cg::Value("El Mencho"), cg::Value("Mencho")})},
                     {"born", cg::Value(cg::Date{1966, 7, 17})},
                     {"reward", cg::Value(int64_t{15000000})},
                     {"weight", cg::Value(71.5)},
                     {"alive", cg::Value(false)},
                     {"sentence", cg::Value(*cg::Duration::Parse("P1Y2M3DT4H"))},
                     {"seen", cg::Value(*cg::Temporal::Parse(cg::Temporal::Kind::kDateTime,
                                                             "2026-02-22T10:15:00+01:00[Europe/Berlin]"))}};
  node.claims = {{.key = "born", .value = cg::Value(cg::Date{1966, 0, 0}), .evidence = SampleEvidence()}};
  return node;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: record_seeds DIR\n");
    return 2;
  }
  const std::string dir = argv[1];
  const cg::graph::Node node = SampleNode();
  cg::graph::Relationship rel{.id = 9, .type = "LEADS", .start = 7, .end = 8,
                              .properties = {{"since", cg::Value(cg::Date{2010, 0, 0})}},
                              .evidence = {SampleEvidence()}, .claims = {}};
  rel.claims = {{.key = "until", .value = cg::Value(cg::Date{2026, 2, 22}), .evidence = SampleEvidence()}};
  const cg::graph::Relationship bare{.id = 10, .type = "MEMBER_OF", .start = 7, .end = 8,
                                     .properties = {}, .evidence = {}, .claims = {}};
  const cg::graph::Article article{.id = std::string(64, 'b'), .title = "El Mencho killed", .author = "A. Writer",
                                   .publisher = "Wire", .url = "https://example.org/a", .path = "a.md",
                                   .published = {2026, 2, 22}, .text = "El Mencho leads the CJNG.", .node = 3};
  curation::Decision decision;
  decision.id = 1;
  decision.author = "researcher";
  decision.timestamp = "2026-12-03T08:00:00Z";
  decision.kind = curation::Kind::kAssert;
  decision.entities = {{7, "Person", "Nemesio Oseguera"}, {8, "Cartel", "CJNG"}};
  decision.type = "LEADS";
  decision.properties = {{"since", cg::Value(cg::Date{2010, 0, 0})}};
  decision.before_nodes = {node};
  decision.before_rels = {rel};
  decision.created_rels = {11};

  Write(dir, "node", 0, codec::EncodeNode(node));
  Write(dir, "relationship", 1, codec::EncodeRelationship(rel));
  Write(dir, "relationship_compact", 1, codec::EncodeRelationship(bare));
  Write(dir, "evidence", 2, codec::EncodeEvidence(SampleEvidence()));
  Write(dir, "claim", 3, codec::EncodeClaim(node.claims[0]));
  Write(dir, "article", 4, codec::EncodeArticle(article));
  Write(dir, "decision", 5, curation::EncodeDecision(decision));
  Write(dir, "node_parts", 6, codec::EncodeNode(node));
  Write(dir, "relationship_parts", 7, codec::EncodeRelationship(rel));
  Write(dir, "relationship_compact_parts", 7, codec::EncodeRelationship(bare));
  Write(dir, "crossed", 8, codec::EncodeRelationship(bare));
  return 0;
}
