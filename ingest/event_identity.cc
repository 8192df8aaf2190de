#include "ingest/event_identity.h"

#include <algorithm>
#include <utility>

#include "ingest/resolution_names.h"
#include "schema/ontology.h"

namespace cg::ingest {
namespace {

using graph::NodeId;
using graph::RelId;

// The (other end, relationship) pairs of `type` at `node`, copied (the cache's map moves).
Status EdgePairs(const graph::Reader& txn, ResolutionCache* cache, const std::string& type, NodeId node,
                 bool outgoing, std::vector<std::pair<NodeId, RelId>>* out) {
  const std::unordered_map<NodeId, RelId>* edges = nullptr;
  CG_RETURN_IF_ERROR(cache->Edges(txn, type, node, outgoing, &edges));
  out->assign(edges->begin(), edges->end());
  return Status::OK();
}

// Two target persons that may be one: the same node, or names that one person can bear.
bool MayBeOne(const EventTarget& a, const EventTarget& b) {
  if (a.id == b.id) return true;
  return !a.names.empty() && !b.names.empty() && resolution_names::PersonsCompatible(a.names, b.names) &&
         !resolution_names::CanonicalNamesDiffer(a.names.front(), b.names.front());
}

bool TargetsFit(const EventTraits& a, const EventTraits& b) {
  if (a.targets.empty() || b.targets.empty()) return true;
  for (const EventTarget& x : a.targets) {
    for (const EventTarget& y : b.targets) {
      if (MayBeOne(x, y)) return true;
    }
  }
  return false;
}

bool DatesFit(const EventTraits& a, const EventTraits& b) {
  return !a.date || !b.date ||
         (a.date->EarliestDay() <= b.date->LatestDay() && b.date->EarliestDay() <= a.date->LatestDay());
}

bool Fit(const EventTraits& a, const EventTraits& b) { return TargetsFit(a, b) && DatesFit(a, b); }

}  // namespace

Status IsEventObject(const graph::Reader& txn, ResolutionCache* cache, RelId rel, bool* out) {
  const graph::Relationship* record = nullptr;
  CG_RETURN_IF_ERROR(cache->RelationshipRecord(txn, rel, &record));
  const Value* role = record->Find("role");
  *out = role && role->is_string() && (role->as_string() == "target" || role->as_string() == "victim");
  return Status::OK();
}

Status ReadEventTraits(const graph::Reader& txn, ResolutionCache* cache, const graph::Node& node,
                       EventTraits* out) {
  *out = EventTraits{};
  if (const Value* date = node.Find("date"); date && date->is_date()) out->date = date->as_date();
  if (std::find(node.labels.begin(), node.labels.end(), "Designation") != node.labels.end()) return Status::OK();
  std::vector<std::pair<NodeId, RelId>> edges;
  CG_RETURN_IF_ERROR(EdgePairs(txn, cache, "PARTICIPATED_IN", node.id, false, &edges));  // (`node` moves now)
  for (const auto& [other, rel] : edges) {
    bool object = false;
    CG_RETURN_IF_ERROR(IsEventObject(txn, cache, rel, &object));
    if (!object) continue;
    const graph::Node* person = nullptr;
    CG_RETURN_IF_ERROR(cache->Record(txn, other, &person));
    if (Ontology::Default().PrimaryLabel(person->labels) != "Person") continue;
    out->targets.push_back(EventTarget{other, resolution_names::NodeNames(*person)});
  }
  return Status::OK();
}

Status EventsWithTarget(const graph::Reader& txn, ResolutionCache* cache, NodeId target,
                        std::map<NodeId, int>* votes) {
  std::vector<std::pair<NodeId, RelId>> edges;
  CG_RETURN_IF_ERROR(EdgePairs(txn, cache, "PARTICIPATED_IN", target, true, &edges));
  for (const auto& [event, rel] : edges) {
    bool object = false;
    CG_RETURN_IF_ERROR(IsEventObject(txn, cache, rel, &object));
    if (object) (*votes)[event] += 0;
  }
  return Status::OK();
}

NodeId SameEvent(const EventTraits& event, const std::vector<StoredEvent>& candidates) {
  const StoredEvent* dated = nullptr;  // of an overlapping date, most votes
  const StoredEvent* any = nullptr;    // most votes
  std::vector<const StoredEvent*> fitting;
  for (const StoredEvent& c : candidates) {
    if (!Fit(event, c.traits)) continue;
    fitting.push_back(&c);
    if (event.date && c.traits.date && (!dated || c.votes > dated->votes)) dated = &c;
    if (!any || c.votes > any->votes) any = &c;
  }
  if (dated) return dated->id;
  // Candidates that can all be one happening (one article's undated "arrest of La Tuta" beside its
  // dated "arrest of Servando Gómez") are one candidate; two that cannot are a choice not made.
  for (size_t a = 0; a < fitting.size(); ++a) {
    for (size_t b = a + 1; b < fitting.size(); ++b) {
      if (!Fit(fitting[a]->traits, fitting[b]->traits)) return 0;
    }
  }
  return any ? any->id : 0;
}

std::vector<NodeId> EventPersons(const ArticleGraph& g, int event, const std::vector<NodeId>& nodes) {
  std::vector<NodeId> out;
  for (const LocalRelation& r : g.relations) {
    if (r.type != "PARTICIPATED_IN" || g.Root(r.to) != event) continue;
    const std::string_view role = ParticipantRole(r);
    const int target = g.Root(r.from);
    if ((role == "target" || role == "victim") && g.entities[target].primary == "Person" && nodes[target] != 0) {
      out.push_back(nodes[target]);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void ArticleEvents::Note(NodeId id, const std::string& group, const EventTraits& traits) {
  Written& w = written_[id];
  w.group = group;
  for (const EventTarget& t : traits.targets) {
    if (std::none_of(w.targets.begin(), w.targets.end(), [&](const EventTarget& o) { return o.id == t.id; })) {
      w.targets.push_back(t);
    }
  }
}

void ArticleEvents::AddCandidates(const std::string& group, const EventTraits& traits,
                                  std::map<NodeId, int>* votes) const {
  for (const auto& [id, w] : written_) {
    if (w.group != group) continue;
    for (const EventTarget& t : traits.targets) {
      if (std::any_of(w.targets.begin(), w.targets.end(), [&](const EventTarget& o) { return o.id == t.id; })) {
        (*votes)[id] += 0;
        break;
      }
    }
  }
}

void ArticleEvents::Complete(NodeId id, EventTraits* traits) const {
  auto it = written_.find(id);
  if (it == written_.end()) return;
  for (const EventTarget& t : it->second.targets) {
    const auto same = [&](const EventTarget& o) { return o.id == t.id; };
    if (std::none_of(traits->targets.begin(), traits->targets.end(), same)) traits->targets.push_back(t);
  }
}

}  // namespace cg::ingest
