#include "graph/curation/curator.h"

#include <chrono>
#include <ctime>

#include <fmt/format.h>

#include "graph/curation/decision_store.h"
#include "graph/curation/effects.h"
#include "graph/curation/entity_ref.h"

namespace cg::graph::curation {

std::string Timestamp() {
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm utc{};
  gmtime_r(&now, &utc);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                     utc.tm_hour, utc.tm_min, utc.tm_sec);
}

namespace {

// Finds each ref's node and refreshes its label and name as they are now
// (what another database built from the same articles holds).
Status Resolve(const Reader& reader, EntityRef* ref) {
  NodeId id = 0;
  CG_RETURN_IF_ERROR(FindRef(reader, *ref, &id));
  if (ref->id == id && !ref->name.empty()) {
    Node node;
    CG_RETURN_IF_ERROR(reader.GetNodeRecord(id, &node));
    ref->label = PrimaryOf(node);
    return Status::OK();
  }
  return RefOf(reader, id, ref);
}

// The relationship a reject names: its id when that relationship has the
// type and ends named, else the one of that type between the ends found.
Status ResolveRelationship(const Reader& reader, RelRef* ref) {
  std::string type;
  NodeId start = 0, end = 0;
  // Whether `end_ref` names node `id` (or names nothing).
  auto names = [&](const EntityRef& end_ref, NodeId id) {
    NodeId found = 0;
    return end_ref.name.empty() || (FindRef(reader, end_ref, &found).ok() && found == id);
  };
  if (ref->id != 0 && reader.GetRelationshipType(ref->id, &type, &start, &end).ok() &&
      (ref->type.empty() || ref->type == type) && names(ref->start, start) && names(ref->end, end)) {
    ref->type = type;
    CG_RETURN_IF_ERROR(RefOf(reader, start, &ref->start));
    return RefOf(reader, end, &ref->end);
  }
  CG_RETURN_IF_ERROR(Resolve(reader, &ref->start));
  CG_RETURN_IF_ERROR(Resolve(reader, &ref->end));
  RelId found = 0;
  CG_RETURN_IF_ERROR(reader.ForEachEdge(ref->start.id, Direction::kOutgoing, ref->type, [&](const Edge& e) {
    if (e.end != ref->end.id) return true;
    found = e.rel;
    return false;
  }));
  if (found == 0) {
    return Status::NotFound(fmt::format("there is no {} relationship from '{}' ({}) to '{}' ({})", ref->type,
                                        ref->start.name, ref->start.id, ref->end.name, ref->end.id));
  }
  ref->id = found;
  return Status::OK();
}

// The article `text` names: its id (the sha256 of its text), path or title.
Status ResolveArticle(const Reader& reader, std::string* text) {
  Article article;
  if (reader.GetArticle(*text, &article).ok()) return Status::OK();
  std::vector<std::string> found;
  CG_RETURN_IF_ERROR(reader.ForEachArticle([&](const Article& a) {
    if (a.path == *text || a.title == *text) found.push_back(a.id);
    return true;
  }));
  if (found.empty()) return Status::NotFound(fmt::format("there is no article '{}' (an article id, path or title)", *text));
  if (found.size() > 1) {
    return Status::InvalidArgument(fmt::format("'{}' names {} articles: {}", *text, found.size(), fmt::join(found, ", ")));
  }
  *text = found[0];
  return Status::OK();
}

// The claims a reject names: the entity found, the article resolved to its
// id, and the value to one the entity's claims of the key state — itself,
// or, given as text (a command line, a decision file), the value whose
// text it is ("15000000", "1966-07-17"). The effect (reject.cc) says when
// no claim matches.
Status ResolveClaim(const Reader& reader, ClaimRef* ref) {
  if (ref->key.empty()) return Status::InvalidArgument("reject of a claim needs the property key");
  CG_RETURN_IF_ERROR(Resolve(reader, &ref->entity));
  if (!ref->article.empty()) CG_RETURN_IF_ERROR(ResolveArticle(reader, &ref->article));
  std::vector<Claim> claims;
  CG_RETURN_IF_ERROR(reader.GetClaims(ClaimOn::kNode, ref->entity.id, &claims));
  const Claim* as_text = nullptr;
  for (const Claim& c : claims) {
    if (c.key != ref->key) continue;
    if (c.value == ref->value) return Status::OK();
    if (!as_text && ref->value.is_string() && c.value.ToString() == ref->value.as_string()) as_text = &c;
  }
  if (as_text) ref->value = as_text->value;
  return Status::OK();
}

Status Effect(Effects* fx) {
  switch (fx->decision().kind) {
    case Kind::kMerge: return Merge(fx);
    case Kind::kSplit: return Split(fx);
    case Kind::kReject: return Reject(fx);
    case Kind::kAssert: return Assert(fx);
    case Kind::kRename: return Rename(fx);
    case Kind::kRelabel: return Relabel(fx);
  }
  return Status::InvalidArgument("unknown decision kind");
}

}  // namespace

Status Apply(WriteTxn* txn, Decision* d) {
  if (d->id == 0) {
    CG_RETURN_IF_ERROR(DecisionStore::NextId(*txn, &d->id));
  } else {
    Decision existing;
    Status s = DecisionStore::Get(*txn, d->id, &existing);
    if (s.ok()) return Status::InvalidArgument(fmt::format("decision {} exists already ({})", d->id, existing.Summary()));
    if (!s.IsNotFound()) return s;
  }
  if (d->timestamp.empty()) d->timestamp = Timestamp();
  d->before_nodes.clear();
  d->before_rels.clear();
  d->created_nodes.clear();
  d->created_rels.clear();
  d->undone = false;
  if (d->RejectsClaim()) {
    CG_RETURN_IF_ERROR(ResolveClaim(*txn, &d->claim));
  } else if (d->kind == Kind::kReject) {
    CG_RETURN_IF_ERROR(ResolveRelationship(*txn, &d->relationship));
  } else {
    for (EntityRef& ref : d->entities) CG_RETURN_IF_ERROR(Resolve(*txn, &ref));
  }
  Effects effects(txn, d);
  CG_RETURN_IF_ERROR(Effect(&effects));
  return DecisionStore::Put(txn, *d);
}

Status Undo(WriteTxn* txn, DecisionId id, std::string_view author, std::string_view timestamp) {
  Decision d;
  CG_RETURN_IF_ERROR(DecisionStore::Get(*txn, id, &d));
  if (d.undone) return Status::InvalidArgument(fmt::format("decision {} was undone already ({})", id, d.undone_at));
  Status later;
  CG_RETURN_IF_ERROR(DecisionStore::ForEach(*txn, [&](const Decision& other) {
    if (other.id <= id || other.undone) return true;
    bool shared = false;
    for (const Node& n : d.before_nodes) shared |= other.TouchesNode(n.id);
    for (NodeId n : d.created_nodes) shared |= other.TouchesNode(n);
    for (const Relationship& r : d.before_rels) shared |= other.TouchesRelationship(r.id);
    for (RelId r : d.created_rels) shared |= other.TouchesRelationship(r);
    if (shared) {
      later = Status::InvalidArgument(fmt::format(
          "decision {} ({}) changed the same entities later; undo it first", other.id, other.Summary()));
    }
    return !shared;
  }));
  CG_RETURN_IF_ERROR(later);
  for (RelId r : d.created_rels) {
    if (txn->RelationshipExists(r)) CG_RETURN_IF_ERROR(txn->DeleteRelationship(r));
  }
  for (NodeId n : d.created_nodes) {
    if (txn->NodeExists(n)) CG_RETURN_IF_ERROR(txn->DeleteNode(n, /*detach=*/true));
  }
  if (d.kind == Kind::kReject) {
    CG_RETURN_IF_ERROR(LiftRejection(txn, d));
  } else {
    for (const Node& node : d.before_nodes) CG_RETURN_IF_ERROR(txn->RestoreNode(node));
    for (const Relationship& rel : d.before_rels) CG_RETURN_IF_ERROR(txn->RestoreRelationship(rel));
  }
  d.undone = true;
  d.undone_by = std::string(author);
  d.undone_at = timestamp.empty() ? Timestamp() : std::string(timestamp);
  return DecisionStore::Put(txn, d);
}

}  // namespace cg::graph::curation
