#include <doctest/doctest.h>

#include <capnp/message.h>
#include <capnp/serialize.h>

#include <fstream>
#include <iterator>

#include "graph/codec.h"
#include "graph/curation/decision_codec.h"
#include "graph/graph.h"
#include "graph/keys.h"
#include "schema/records.capnp.h"
#include "storage/store.h"
#include "tests/temp_dir.h"

using namespace cg;
using namespace cg::graph;

namespace {

Relationship Bare(std::string type, NodeId start, NodeId end) {
  Relationship rel;
  rel.type = std::move(type);
  rel.start = start;
  rel.end = end;
  return rel;
}

// A bare relationship as format version 3 stored it: a Cap'n Proto message.
std::string AsVersion3(const Relationship& rel) {
  capnp::MallocMessageBuilder message;
  auto root = message.initRoot<records::Relationship>();
  root.setType(rel.type);
  root.setStart(rel.start);
  root.setEnd(rel.end);
  root.initProperties(0);
  root.initEvidence(0);
  root.initClaims(0);
  const kj::Array<capnp::word> words = capnp::messageToFlatArray(message);
  const auto bytes = words.asBytes();
  return std::string(reinterpret_cast<const char*>(bytes.begin()), bytes.size());
}

void CheckHead(const std::string& bytes, const Relationship& want) {
  Relationship rel;
  REQUIRE(codec::DecodeRelationship(bytes, 7, &rel).ok());
  CHECK(rel.id == 7);
  CHECK(rel.type == want.type);
  CHECK(rel.start == want.start);
  CHECK(rel.end == want.end);
  CHECK(rel.properties == want.properties);
  std::string type;
  NodeId start = 0, end = 0;
  REQUIRE(codec::DecodeRelationshipHead(bytes, &type, &start, &end).ok());
  CHECK(type == want.type);
  CHECK(start == want.start);
  CHECK(end == want.end);
}

}  // namespace

TEST_CASE("a relationship with only a type and ends is stored compactly and reads back whole") {
  for (const Relationship& rel : {Bare("MEMBER_OF", 1, 1000000), Bare("X", 0, 0),
                                  Bare(std::string(300, 'T'), ~uint64_t{0}, uint64_t{1} << 63)}) {
    const std::string bytes = codec::EncodeRelationship(rel);
    CHECK(bytes.size() < rel.type.size() + 24);
    CheckHead(bytes, rel);
    Value value(int64_t{1});
    REQUIRE(codec::DecodeRelationshipProperty(bytes, "since", &value).ok());
    CHECK(value.is_null());
  }
  // With a property it is a Cap'n Proto message, as before.
  Relationship with = Bare("LEADS", 3, 4);
  with.properties["role"] = Value("leader");
  const std::string bytes = codec::EncodeRelationship(with);
  CheckHead(bytes, with);
  Value role;
  REQUIRE(codec::DecodeRelationshipProperty(bytes, "role", &role).ok());
  CHECK(role == Value("leader"));
  // Version 3's form of a bare relationship still reads.
  CheckHead(AsVersion3(Bare("RIVAL_OF", 9, 10)), Bare("RIVAL_OF", 9, 10));
}

TEST_CASE("a damaged compact relationship record is refused as corrupt, never misread") {
  const std::string bytes = codec::EncodeRelationship(Bare("ALLIED_WITH", 300, 70000));
  for (size_t n = 1; n < bytes.size(); ++n) {
    Relationship rel;
    CHECK(codec::DecodeRelationship(bytes.substr(0, n), 1, &rel).code() == Status::Code::kCorruption);
  }
  Relationship rel;
  CHECK(codec::DecodeRelationship(bytes + "x", 1, &rel).code() == Status::Code::kCorruption);
  CHECK(codec::DecodeRelationship(std::string(1, '\xff') + std::string(11, '\x80'), 1, &rel).code() ==
        Status::Code::kCorruption);
}

TEST_CASE("a database of format version 3 opens, reads its records as they are and is marked version 4") {
  testing::TempDir dir;
  NodeId a = 0, b = 0;
  RelId old_rel = 0;
  {
    std::unique_ptr<Graph> g;
    REQUIRE(Graph::Open(dir.path(), {}, &g).ok());
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Person"}, {{"name", "A"}}, &a).ok());
    REQUIRE(txn->CreateNode({"Organization"}, {{"name", "B"}}, &b).ok());
    REQUIRE(txn->CreateRelationship("MEMBER_OF", a, b, {}, &old_rel).ok());
    REQUIRE(txn->Commit().ok());
  }
  {
    // What version 3 wrote: the record as a Cap'n Proto message.
    std::unique_ptr<storage::Store> store;
    REQUIRE(storage::Store::Open(dir.path(), {}, &store).ok());
    auto batch = store->NewWriteBatch();
    batch->Put(storage::Column::kRelationships, keys::Id(old_rel), AsVersion3(Bare("MEMBER_OF", a, b)));
    batch->Put(storage::Column::kMeta, storage::kMetaFormatVersion, "3");
    REQUIRE(batch->Commit().ok());
  }
  for (bool read_only : {true, false}) {
    std::unique_ptr<Graph> g;
    REQUIRE(Graph::Open(dir.path(), {.read_only = read_only}, &g).ok());
    Relationship rel;
    REQUIRE(g->BeginRead()->GetRelationship(old_rel, &rel).ok());
    CHECK(rel.type == "MEMBER_OF");
    CHECK(rel.start == a);
    CHECK(rel.end == b);
    std::vector<std::string> problems;
    REQUIRE(g->Check(&problems).ok());
    CHECK(problems.empty());
  }
  std::unique_ptr<storage::Store> store;
  REQUIRE(storage::Store::Open(dir.path(), {.read_only = true}, &store).ok());
  CHECK(store->format_version() == storage::kFormatVersion);
  CHECK_FALSE(store->needs_upgrade());
}

TEST_CASE("durations, times and date-times, alone and in lists, read back equal after reopening") {
  using Kind = Temporal::Kind;
  const PropertyMap properties = {
      {"localtime", Value(*Temporal::Parse(Kind::kLocalTime, "12:31:14.645876123"))},
      {"time", Value(*Temporal::Parse(Kind::kTime, "12:31:14-05:30"))},
      {"localdatetime", Value(*Temporal::Parse(Kind::kLocalDateTime, "1984-10-11T12:31:14.645"))},
      {"datetime", Value(*Temporal::Parse(Kind::kDateTime, "2015-07-21T21:40:32.142+02:00[Europe/Stockholm]"))},
      {"duration", Value(*Duration::Parse("P1Y2M3DT-4.5S"))},
      {"datetimes", Value(ValueList{Value(*Temporal::Parse(Kind::kDateTime, "1900-01-01T00:00Z")),
                                    Value(*Temporal::Parse(Kind::kDateTime, "2100-12-31T23:59:59.999999999+14:00"))})},
      {"durations", Value(ValueList{Value(Duration{}), Value(Duration{-1, -2, -3, 999'999'999})})},
      {"partial", Value(Date{2026, 2, 0})},
  };
  testing::TempDir dir;
  NodeId node = 0;
  RelId rel = 0;
  {
    std::unique_ptr<Graph> g;
    REQUIRE(Graph::Open(dir.path(), {.enforce_ontology = false}, &g).ok());
    std::unique_ptr<WriteTxn> txn;
    REQUIRE(g->BeginWrite(&txn).ok());
    REQUIRE(txn->CreateNode({"Val"}, properties, &node).ok());
    REQUIRE(txn->CreateRelationship("AT", node, node, properties, &rel).ok());
    REQUIRE(txn->Commit().ok());
  }
  std::unique_ptr<Graph> g;
  REQUIRE(Graph::Open(dir.path(), {.read_only = true, .enforce_ontology = false}, &g).ok());
  Node n;
  REQUIRE(g->BeginRead()->GetNode(node, &n).ok());
  CHECK(n.properties == properties);
  Relationship r;
  REQUIRE(g->BeginRead()->GetRelationship(rel, &r).ok());
  CHECK(r.properties == properties);
  Value one;
  REQUIRE(codec::DecodeNodeProperty(codec::EncodeNode(n), "datetime", &one).ok());
  CHECK(one == properties.at("datetime"));
}

TEST_CASE("a temporal record with an unknown kind or an impossible field is refused as corrupt") {
  for (int damage : {0, 1, 2}) {
    capnp::MallocMessageBuilder message;
    auto root = message.initRoot<records::Node>();
    auto property = root.initProperties(1)[0];
    property.setKey("t");
    if (damage == 2) {
      property.initValue().initDuration().setNanos(-1);
    } else {
      auto t = property.initValue().initTemporal();
      if (damage == 0) t.setKind(static_cast<records::Temporal::Kind>(9));
      if (damage == 1) t.setNanos(86'400'000'000'000LL);
    }
    const kj::Array<capnp::word> words = capnp::messageToFlatArray(message);
    const auto bytes = words.asBytes();
    Node n;
    CHECK(codec::DecodeNode(std::string(reinterpret_cast<const char*>(bytes.begin()), bytes.size()), 1, &n).code() ==
          Status::Code::kCorruption);
  }
}

// Found by record_fuzz (tests/fuzz): text fields were written through KJ's
// std::string conversion, which stops at the first NUL byte, so "a\0b" was
// stored as "a" (and two keys "k\0x", "k\0y" collapsed into one).
TEST_CASE("a NUL byte inside a string value, key, label, type, evidence or decision survives encoding") {
  const std::string nul("a\0b", 3);
  Evidence evidence{.article = nul, .span_begin = 1, .span_end = 2, .quote = nul, .rule = nul, .confidence = 0.5f};
  Node node;
  node.labels = {nul};
  node.properties = {{nul, Value(nul)}, {std::string("a\0c", 3), Value(ValueList{Value(nul)})}};
  node.claims = {{.key = nul, .value = Value(nul), .evidence = evidence}};
  Node n;
  REQUIRE(codec::DecodeNode(codec::EncodeNode(node), 0, &n).ok());
  CHECK(n.labels == node.labels);
  CHECK(n.properties == node.properties);
  REQUIRE(n.claims.size() == 1);
  CHECK(n.claims[0].key == nul);
  CHECK(n.claims[0].evidence.quote == nul);

  Relationship rel = Bare(nul, 1, 2);
  Relationship r;
  REQUIRE(codec::DecodeRelationship(codec::EncodeRelationship(rel), 0, &r).ok());  // the compact form
  CHECK(r.type == nul);
  rel.evidence = {evidence};
  REQUIRE(codec::DecodeRelationship(codec::EncodeRelationship(rel), 0, &r).ok());
  CHECK(r.type == nul);
  REQUIRE(r.evidence.size() == 1);
  CHECK(r.evidence[0].article == nul);
  CHECK(r.evidence[0].rule == nul);

  Article article;
  article.id = article.title = article.author = article.publisher = article.url = article.path = article.text = nul;
  Article a;
  REQUIRE(codec::DecodeArticle(codec::EncodeArticle(article), &a).ok());
  CHECK(a.title == nul);
  CHECK(a.text == nul);

  curation::Decision decision;
  decision.kind = curation::Kind::kAssert;
  decision.author = decision.reason = decision.note = nul;
  decision.names = {nul};
  decision.entities = {{.id = 1, .label = nul, .name = nul}};
  decision.type = nul;
  decision.properties = {{nul, Value(nul)}};
  curation::Decision d;
  REQUIRE(curation::DecodeDecision(curation::EncodeDecision(decision), &d).ok());
  CHECK(d.author == nul);
  CHECK(d.names == decision.names);
  REQUIRE(d.entities.size() == 1);
  CHECK(d.entities[0].name == nul);
  CHECK(d.type == nul);
  CHECK(d.properties == decision.properties);
}

// Found by record_fuzz (tests/fuzz; the input is data/amplified_claims.record,
// its first byte the fuzzer's selector): 616 corrupt bytes whose claims list
// claims 1 053 816 empty elements decoded into as many claims (gigabytes
// from a larger record), and re-encoded into a record no decoder could read.
TEST_CASE("a corrupt record whose lists claim millions of empty elements is refused as corrupt") {
  std::ifstream in(CG_SOURCE_DIR "/tests/graph/data/amplified_claims.record", std::ios::binary);
  const std::string bytes = std::string(std::istreambuf_iterator<char>(in), {}).substr(1);
  REQUIRE(bytes.size() == 616);
  Relationship rel;
  const Status s = codec::DecodeRelationship(bytes, 1, &rel);
  CHECK(s.code() == Status::Code::kCorruption);
  CHECK(s.message().find("traversal limit") != std::string::npos);
  // A valid record of many claims still decodes: the limit grows with the record.
  Relationship big = Bare("LEADS", 1, 2);
  for (int i = 0; i < 20000; ++i) {
    big.claims.push_back({.key = "k" + std::to_string(i), .value = Value(int64_t{i}), .evidence = {}});
  }
  Relationship back;
  REQUIRE(codec::DecodeRelationship(codec::EncodeRelationship(big), 1, &back).ok());
  CHECK(back.claims.size() == 20000);
}
