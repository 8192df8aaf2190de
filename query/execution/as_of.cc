#include "query/execution/as_of.h"

#include <memory>

#include "graph/curation/decision_store.h"
#include "graph/projection.h"
#include "schema/validity.h"

namespace cg::query::execution {

void HiddenRels::Add(graph::RelId rel, std::string_view type) {
  if (Has(rel)) return;
  if (rel >= ids.size()) ids.resize(std::max<size_t>(rel + 1, ids.size() * 2));
  ids.set(rel);
  auto it = by_type.find(type);
  if (it == by_type.end()) it = by_type.emplace(std::string(type), 0).first;
  ++it->second;
}

namespace {

void Hide(graph::RelId rel, std::string_view type, HiddenRels* out) { out->Add(rel, type); }

// Sets *answered false when a column cannot be had (the state moved on).
Status FromColumns(const graph::Graph& graph, const graph::Reader& reader, const graph::Projection& projection,
                   const Date& day, const std::function<void()>& tick, HiddenRels* out, bool* answered) {
  for (const std::string& type : projection.types()) {
    std::shared_ptr<const graph::RelColumn> since, until, date;
    CG_RETURN_IF_ERROR(graph.RelColumnFor(reader, projection, type, "since", true, &since));
    CG_RETURN_IF_ERROR(graph.RelColumnFor(reader, projection, type, "until", true, &until));
    CG_RETURN_IF_ERROR(graph.RelColumnFor(reader, projection, type, "date", true, &date));
    if (!since || !until || !date) {
      *answered = false;
      return Status::OK();
    }
    // Each column holds every relationship of the type (null: no such property).
    since->ForEach([&](graph::RelId rel, const Value& from) {
      tick();
      if (!HoldsOn(&from, until->Find(rel), date->Find(rel), day)) Hide(rel, type, out);
    });
  }
  *answered = true;
  return Status::OK();
}

Status FromRecords(const graph::Reader& reader, const Date& day, const std::function<void()>& tick,
                   HiddenRels* out) {
  Status failure;
  graph::Relationship rel;
  CG_RETURN_IF_ERROR(reader.ForEachRelationship([&](graph::RelId id) {
    tick();
    rel = graph::Relationship();
    failure = reader.GetRelationshipRecord(id, &rel);
    if (!failure.ok()) return false;
    if (!HoldsOn(rel.properties, day)) Hide(id, rel.type, out);
    return true;
  }));
  return failure;
}

}  // namespace

Status CollectHidden(const graph::Graph* graph, const graph::Reader& reader, const Date& day,
                     const std::function<void()>& tick, HiddenRels* out) {
  *out = HiddenRels();
  std::shared_ptr<const graph::Projection> projection;
  if (graph) CG_RETURN_IF_ERROR(graph->ProjectionFor(reader, &projection));
  if (projection) {
    bool answered = false;
    CG_RETURN_IF_ERROR(FromColumns(*graph, reader, *projection, day, tick, out, &answered));
    if (answered) return Status::OK();
    *out = HiddenRels();
  }
  return FromRecords(reader, day, tick, out);
}

Status AddRejected(const graph::Reader& reader, HiddenRels* out, bool* any) {
  *any = false;
  Status failure;
  CG_RETURN_IF_ERROR(graph::curation::DecisionStore::ForEachRejected(reader, [&](graph::RelId rel, uint64_t) {
    std::string type;
    Status s = reader.GetRelationshipType(rel, &type);
    if (s.IsNotFound()) return true;  // deleted since
    failure = s;
    if (!failure.ok()) return false;
    out->Add(rel, type);
    *any = true;
    return true;
  }));
  return failure;
}

}  // namespace cg::query::execution
