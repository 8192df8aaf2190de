#include "graph/curation/decision_codec.h"

#include <capnp/message.h>
#include <capnp/serialize.h>
#include <kj/exception.h>

#include <cstring>
#include <vector>

#include "graph/codec.h"
#include "graph/capnp_read.h"
#include "graph/capnp_text.h"
#include "schema/records.capnp.h"

namespace cg::graph::curation {

namespace {

std::string Text(capnp::Text::Reader text) { return std::string(text.cStr(), text.size()); }
std::string_view Bytes(capnp::Data::Reader data) {
  return std::string_view(reinterpret_cast<const char*>(data.begin()), data.size());
}
kj::ArrayPtr<const kj::byte> Data(const std::string& bytes) {
  return kj::arrayPtr(reinterpret_cast<const kj::byte*>(bytes.data()), bytes.size());
}

void SetRef(records::Decision::EntityRef::Builder out, const EntityRef& ref) {
  out.setId(ref.id);
  out.setLabel(TextOf(ref.label));
  out.setName(TextOf(ref.name));
}

EntityRef GetRef(records::Decision::EntityRef::Reader in) { return EntityRef{in.getId(), Text(in.getLabel()), Text(in.getName())}; }

template <typename T>
void SetIds(typename capnp::List<uint64_t>::Builder out, const std::vector<T>& ids) {
  for (unsigned i = 0; i < ids.size(); ++i) out.set(i, ids[i]);
}

}  // namespace

std::string EncodeDecision(const Decision& d) {
  capnp::MallocMessageBuilder message;
  auto root = message.initRoot<records::Decision>();
  root.setId(d.id);
  root.setAuthor(TextOf(d.author));
  root.setTimestamp(TextOf(d.timestamp));
  root.setReason(TextOf(d.reason));
  root.setKind(std::string(KindName(d.kind)));
  auto entities = root.initEntities(static_cast<unsigned>(d.entities.size()));
  for (unsigned i = 0; i < entities.size(); ++i) SetRef(entities[i], d.entities[i]);
  auto rel = root.initRelationship();
  rel.setId(d.relationship.id);
  rel.setType(TextOf(d.relationship.type));
  SetRef(rel.initStart(), d.relationship.start);
  SetRef(rel.initEnd(), d.relationship.end);
  auto names = root.initNames(static_cast<unsigned>(d.names.size()));
  for (unsigned i = 0; i < names.size(); ++i) names.set(i, TextOf(d.names[i]));
  if (d.kind == Kind::kAssert) {
    Relationship asserted;
    asserted.type = d.type;
    asserted.properties = d.properties;
    root.setAsserted(Data(codec::EncodeRelationship(asserted)));
  }
  if (d.RejectsClaim()) {
    SetRef(root.initClaimEntity(), d.claim.entity);
    root.setClaim(Data(codec::EncodeClaim(d.claim.AsClaim())));
  }
  root.setSource(TextOf(d.source));
  root.setNote(TextOf(d.note));
  root.setUndone(d.undone);
  root.setUndoneAt(TextOf(d.undone_at));
  root.setUndoneBy(TextOf(d.undone_by));
  auto node_ids = root.initBeforeNodeIds(static_cast<unsigned>(d.before_nodes.size()));
  auto nodes = root.initBeforeNodes(static_cast<unsigned>(d.before_nodes.size()));
  for (unsigned i = 0; i < nodes.size(); ++i) {
    node_ids.set(i, d.before_nodes[i].id);
    nodes.set(i, Data(codec::EncodeNode(d.before_nodes[i])));
  }
  auto rel_ids = root.initBeforeRelIds(static_cast<unsigned>(d.before_rels.size()));
  auto rels = root.initBeforeRels(static_cast<unsigned>(d.before_rels.size()));
  for (unsigned i = 0; i < rels.size(); ++i) {
    rel_ids.set(i, d.before_rels[i].id);
    rels.set(i, Data(codec::EncodeRelationship(d.before_rels[i])));
  }
  SetIds<NodeId>(root.initCreatedNodes(static_cast<unsigned>(d.created_nodes.size())), d.created_nodes);
  SetIds<RelId>(root.initCreatedRels(static_cast<unsigned>(d.created_rels.size())), d.created_rels);
  kj::Array<capnp::word> words = capnp::messageToFlatArray(message);
  auto bytes = words.asBytes();
  return std::string(reinterpret_cast<const char*>(bytes.begin()), bytes.size());
}

Status DecodeDecision(std::string_view bytes, Decision* d) {
  if (bytes.size() % sizeof(capnp::word) != 0) {
    return Status::Corruption("decision record: size is not a multiple of 8 bytes");
  }
  kj::Array<capnp::word> aligned = kj::heapArray<capnp::word>(bytes.size() / sizeof(capnp::word));
  std::memcpy(aligned.begin(), bytes.data(), bytes.size());
  Status inner;
  try {
    capnp::FlatArrayMessageReader message(aligned, ReaderOptionsFor(aligned.size()));
    auto root = message.getRoot<records::Decision>();
    *d = Decision();
    d->id = root.getId();
    d->author = Text(root.getAuthor());
    d->timestamp = Text(root.getTimestamp());
    d->reason = Text(root.getReason());
    const auto kind = KindNamed(Text(root.getKind()));
    if (!kind) return Status::Corruption("decision record: unknown kind '" + Text(root.getKind()) + "'");
    d->kind = *kind;
    for (auto e : root.getEntities()) d->entities.push_back(GetRef(e));
    auto rel = root.getRelationship();
    d->relationship = RelRef{rel.getId(), Text(rel.getType()), GetRef(rel.getStart()), GetRef(rel.getEnd())};
    for (auto n : root.getNames()) d->names.push_back(Text(n));
    if (root.hasAsserted()) {
      Relationship asserted;
      inner = codec::DecodeRelationship(Bytes(root.getAsserted()), 0, &asserted);
      d->type = asserted.type;
      d->properties = std::move(asserted.properties);
    }
    if (root.hasClaim() && inner.ok()) {
      Claim claim;
      inner = codec::DecodeClaim(Bytes(root.getClaim()), &claim);
      d->claim = ClaimRef::Of(GetRef(root.getClaimEntity()), std::move(claim));
    }
    d->source = Text(root.getSource());
    d->note = Text(root.getNote());
    d->undone = root.getUndone();
    d->undone_at = Text(root.getUndoneAt());
    d->undone_by = Text(root.getUndoneBy());
    auto node_ids = root.getBeforeNodeIds();
    auto nodes = root.getBeforeNodes();
    if (node_ids.size() != nodes.size()) return Status::Corruption("decision record: before-node ids and records differ in number");
    for (unsigned i = 0; i < nodes.size() && inner.ok(); ++i) {
      Node node;
      inner = codec::DecodeNode(Bytes(nodes[i]), node_ids[i], &node);
      d->before_nodes.push_back(std::move(node));
    }
    auto rel_ids = root.getBeforeRelIds();
    auto rels = root.getBeforeRels();
    if (rel_ids.size() != rels.size()) return Status::Corruption("decision record: before-relationship ids and records differ in number");
    for (unsigned i = 0; i < rels.size() && inner.ok(); ++i) {
      Relationship r;
      inner = codec::DecodeRelationship(Bytes(rels[i]), rel_ids[i], &r);
      d->before_rels.push_back(std::move(r));
    }
    for (auto id : root.getCreatedNodes()) d->created_nodes.push_back(id);
    for (auto id : root.getCreatedRels()) d->created_rels.push_back(id);
  } catch (const kj::Exception& e) {
    return Status::Corruption(std::string("decision record: ") + e.getDescription().cStr());
  }
  return inner;
}

}  // namespace cg::graph::curation
