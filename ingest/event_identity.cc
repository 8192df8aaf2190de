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

bool DatesOverlap(const Date& a, const Date& b) {
  return a.EarliestDay() <= b.LatestDay() && b.EarliestDay() <= a.LatestDay();
}

bool DatesFit(const EventTraits& a, const EventTraits& b) {
  return !a.date || !b.date || DatesOverlap(*a.date, *b.date);
}

bool Holds(const EventPlace& outer, const EventPlace& inner) {
  return outer.id == inner.id || std::find(inner.within.begin(), inner.within.end(), outer.id) != inner.within.end();
}

bool PlacedAlike(const EventTraits& a, const EventTraits& b) {
  for (const EventPlace& x : a.places) {
    for (const EventPlace& y : b.places) {
      if (Holds(x, y) || Holds(y, x)) return true;
    }
  }
  return false;
}

// Places decide only for an act with no person as target ("the arrest of gang members"): a person's
// one arrest is told in nearby towns ("in El Paso", "at an airfield in Santa Teresa"). Two places of
// one kind that are not one ("in El Paso", "in Ciudad Juárez") differ.
bool PlacesDiffer(const EventTraits& a, const EventTraits& b) {
  if ((!a.targets.empty() && !b.targets.empty()) || PlacedAlike(a, b)) return false;
  for (const EventPlace& x : a.places) {
    for (const EventPlace& y : b.places) {
      if (x.labels == y.labels) return true;
    }
  }
  return false;
}

bool Fit(const EventTraits& a, const EventTraits& b) { return TargetsFit(a, b) && DatesFit(a, b) && !PlacesDiffer(a, b); }

// Place `id` with its labels and the places it lies within, a few LOCATED_IN steps up.
Status ReadPlace(const graph::Reader& txn, ResolutionCache* cache, NodeId id, EventPlace* out) {
  const graph::Node* node = nullptr;
  CG_RETURN_IF_ERROR(cache->Record(txn, id, &node));
  *out = EventPlace{id, node->labels, {}};
  std::vector<NodeId> step{id};
  for (int depth = 0; depth < 3 && !step.empty(); ++depth) {
    std::vector<NodeId> next;
    for (NodeId place : step) {
      std::vector<std::pair<NodeId, RelId>> up;
      CG_RETURN_IF_ERROR(EdgePairs(txn, cache, "LOCATED_IN", place, true, &up));
      for (const auto& [outer, rel] : up) {
        if (outer == id || std::find(out->within.begin(), out->within.end(), outer) != out->within.end()) continue;
        out->within.push_back(outer);
        next.push_back(outer);
      }
    }
    step = std::move(next);
  }
  return Status::OK();
}

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
  const NodeId id = node.id;
  const bool designation = std::find(node.labels.begin(), node.labels.end(), "Designation") != node.labels.end();
  std::vector<std::pair<NodeId, RelId>> edges;
  CG_RETURN_IF_ERROR(EdgePairs(txn, cache, "OCCURRED_IN", id, true, &edges));  // (`node` moves now)
  for (const auto& [place, rel] : edges) {
    CG_RETURN_IF_ERROR(ReadPlace(txn, cache, place, &out->places.emplace_back()));
  }
  if (designation) return Status::OK();
  CG_RETURN_IF_ERROR(EdgePairs(txn, cache, "PARTICIPATED_IN", id, false, &edges));
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

Status DesignationsOfKind(const graph::Reader& txn, ResolutionCache* cache, const std::string& designation,
                          const Date& date, std::map<NodeId, int>* votes) {
  if (!date.is_full()) return Status::OK();
  const std::string kind = designation + " designation";
  const std::vector<NodeId>* named = nullptr;
  CG_RETURN_IF_ERROR(cache->NodesNamed(txn, kind, resolution_names::Normal(kind).name, &named));
  const std::vector<NodeId> ids = *named;  // (the cache's vector moves on the next look-up)
  for (NodeId id : ids) {
    const graph::Node* node = nullptr;
    CG_RETURN_IF_ERROR(cache->Record(txn, id, &node));
    const Value* stored = node->Find("date");
    if (stored && stored->is_date() && stored->as_date() == date) (*votes)[id] += 0;
  }
  return Status::OK();
}

bool DateMayFit(const EventTraits& event, const graph::Node& node) {
  const Value* date = node.Find("date");
  return !event.date || !date || !date->is_date() || DatesOverlap(*event.date, date->as_date());
}

NodeId SameEvent(const EventTraits& event, const std::vector<StoredEvent>& candidates) {
  std::vector<const StoredEvent*> fitting;
  for (const StoredEvent& c : candidates) {
    if (Fit(event, c.traits)) fitting.push_back(&c);
  }
  // Candidates placed where the event is (the same place, or one holding the other) before the rest.
  const auto placed = [&](const StoredEvent* c) { return PlacedAlike(event, c->traits); };
  if (std::any_of(fitting.begin(), fitting.end(), placed)) {
    fitting.erase(std::remove_if(fitting.begin(), fitting.end(), [&](const StoredEvent* c) { return !placed(c); }),
                  fitting.end());
  }
  const StoredEvent* dated = nullptr;  // of an overlapping date, most votes
  const StoredEvent* any = nullptr;    // most votes
  for (const StoredEvent* c : fitting) {
    if (event.date && c->traits.date && (!dated || c->votes > dated->votes)) dated = c;
    if (!any || c->votes > any->votes) any = c;
  }
  // Candidates that cannot be one happening (one article's undated "arrest of La Tuta" beside its
  // dated "arrest of Servando Gómez" can) are a choice not made: by place always (gang members
  // arrested "in Chihuahua" beside arrests in El Paso and in Ciudad Juárez), else when undated.
  for (size_t a = 0; a < fitting.size(); ++a) {
    for (size_t b = a + 1; b < fitting.size(); ++b) {
      if (PlacesDiffer(fitting[a]->traits, fitting[b]->traits)) return 0;
      if (!dated && !Fit(fitting[a]->traits, fitting[b]->traits)) return 0;
    }
  }
  return dated ? dated->id : any ? any->id : 0;
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

Status EventPlaces(const graph::Reader& txn, ResolutionCache* cache, const ArticleGraph& g, int event,
                   const std::vector<NodeId>& nodes, std::vector<EventPlace>* out) {
  for (const LocalRelation& r : g.relations) {
    const NodeId place = r.type == "OCCURRED_IN" && g.Root(r.from) == event ? nodes[g.Root(r.to)] : 0;
    const auto same = [&](const EventPlace& p) { return p.id == place; };
    if (place == 0 || std::any_of(out->begin(), out->end(), same)) continue;
    CG_RETURN_IF_ERROR(ReadPlace(txn, cache, place, &out->emplace_back()));
  }
  return Status::OK();
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
