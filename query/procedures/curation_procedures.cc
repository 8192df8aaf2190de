// The curation procedures (graph/curation/decision.h): each of cg.merge,
// cg.split, cg.reject, cg.rejectClaim, cg.assert, cg.rename, cg.relabel
// and cg.undo makes one
// decision in the calling query's write transaction (it commits with the
// query) and returns its id and a one-line summary; cg.decisions() lists
// every decision made.
//
//   MATCH (a:Person {name: 'Nemesio Rubén Oseguera Cervantes'}), (b:Person {name: 'El Mecho'})
//   CALL cg.merge(a, b, 'same person: typo in the article') YIELD decision RETURN decision
//
// An entity argument is a node, a node id, or a name ("El Mecho",
// "Person:El Mecho"); the author defaults to the user running the query.
#include <cstdlib>

#include "graph/curation/curator.h"
#include "graph/curation/decision_store.h"
#include "graph/curation/entity_ref.h"
#include "query/error.h"
#include "query/procedures/arguments.h"
#include "query/procedures/builtins.h"
#include "query/procedures/registry.h"

namespace cg::query {

namespace {

using graph::curation::Decision;
using graph::curation::Kind;

const std::vector<ProcedureField> kDecisionOutputs = {{"decision", "INTEGER"}, {"summary", "STRING"}};

std::string DefaultAuthor() {
  const char* user = std::getenv("USER");
  return user && *user ? user : "unknown";
}

class DecisionProcedure;
// Fills the decision from the call's arguments and applies (or undoes) it.
using MakeDecision = Status (*)(const DecisionProcedure& p, const ProcedureContext& ctx, const List& args,
                                graph::WriteTxn* txn, Decision* d);

// A procedure that makes one decision from its arguments (the last of
// which is the author).
class DecisionProcedure : public Procedure {
 public:
  DecisionProcedure(std::string name, std::vector<ProcedureField> inputs, std::string description, MakeDecision make)
      : Procedure(std::move(name), std::move(inputs), kDecisionOutputs, std::move(description)), make_(make) {}
  bool writes() const override { return true; }

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    graph::WriteTxn* txn = ctx.writer();
    if (!txn) throw RuntimeError("ClientError", "ReadOnly", name() + " writes but the query runs read-only");
    Decision d;
    d.author = args.back().is_string() && !args.back().as_string().empty() ? args.back().as_string() : DefaultAuthor();
    const Status s = make_(*this, ctx, args, txn, &d);
    if (!s.ok()) {
      if (s.code() == Status::Code::kIOError || s.code() == Status::Code::kCorruption) ThrowIfError(s);
      throw RuntimeError("ArgumentError", "InvalidArgumentValue", name() + ": " + s.message());
    }
    return std::make_unique<VectorRows>(std::vector<List>{{Value(static_cast<int64_t>(d.id)), Value(d.Summary())}});
  }

  // The node an entity argument names (a node, an id, or a name).
  graph::curation::EntityRef Entity(const ProcedureContext& ctx, const std::string& argument, const Value& v) const {
    graph::NodeId id = 0;
    Status s;
    if (v.is_node()) {
      id = v.as_node().id;
    } else if (v.is_int() && v.as_int() > 0) {
      id = static_cast<graph::NodeId>(v.as_int());
    } else if (v.is_string()) {
      s = graph::curation::FindNamed(ctx.reader(), v.as_string(), &id);
    } else {
      BadArgument(*this, argument, v, "expected a node, a node id or a name");
    }
    if (s.ok() && !ctx.reader().NodeExists(id)) s = Status::NotFound("there is no node " + std::to_string(id));
    if (!s.ok()) BadArgument(*this, argument, v, s.message());
    return graph::curation::EntityRef{id, "", ""};
  }

 private:
  MakeDecision make_;
};

std::string Text(const Value& v) { return v.is_string() ? v.as_string() : ""; }

const ProcedureField kReason{"reason", "STRING?", Value("")};
const ProcedureField kAuthor{"author", "STRING?", Value("")};

Status MakeMerge(const DecisionProcedure& p, const ProcedureContext& ctx, const List& args, graph::WriteTxn* txn,
                 Decision* d) {
  d->kind = Kind::kMerge;
  d->entities = {p.Entity(ctx, "keep", args[0]), p.Entity(ctx, "duplicate", args[1])};
  d->reason = Text(args[2]);
  return graph::curation::Apply(txn, d);
}

Status MakeSplit(const DecisionProcedure& p, const ProcedureContext& ctx, const List& args, graph::WriteTxn* txn,
                 Decision* d) {
  d->kind = Kind::kSplit;
  d->entities = {p.Entity(ctx, "entity", args[0])};
  for (const Value& n : args[1].as_list()) {
    if (!n.is_string()) BadArgument(p, "names", args[1], "expected a list of names");
    d->names.push_back(n.as_string());
  }
  d->reason = Text(args[2]);
  return graph::curation::Apply(txn, d);
}

Status MakeReject(const DecisionProcedure&, const ProcedureContext&, const List& args, graph::WriteTxn* txn,
                  Decision* d) {
  d->kind = Kind::kReject;
  d->relationship.id = args[0].as_rel().id;
  d->reason = Text(args[1]);
  return graph::curation::Apply(txn, d);
}

// cg.rejectClaim(entity, key, value, reason, article): its own procedure
// rather than a form of cg.reject, whose one argument is the relationship:
// a claim is named by three (and an optional article), and a procedure's
// arguments are positional.
Status MakeRejectClaim(const DecisionProcedure& p, const ProcedureContext& ctx, const List& args,
                       graph::WriteTxn* txn, Decision* d) {
  d->kind = Kind::kReject;
  d->claim.entity = p.Entity(ctx, "entity", args[0]);
  d->claim.key = args[1].as_string();
  d->claim.value = args[2].ToStored();
  d->reason = Text(args[3]);
  d->claim.article = Text(args[4]);
  return graph::curation::Apply(txn, d);
}

Status MakeAssert(const DecisionProcedure& p, const ProcedureContext& ctx, const List& args, graph::WriteTxn* txn,
                  Decision* d) {
  d->kind = Kind::kAssert;
  d->entities = {p.Entity(ctx, "start", args[0]), p.Entity(ctx, "end", args[2])};
  d->type = args[1].as_string();
  d->source = args[3].as_string();
  d->note = Text(args[4]);
  d->reason = d->note;
  if (args[5].is_map()) {
    for (const auto& [key, value] : args[5].as_map()) d->properties[key] = value.ToStored();
  }
  return graph::curation::Apply(txn, d);
}

// rename and relabel: an entity and one word.
template <Kind kind>
Status MakeEdit(const DecisionProcedure& p, const ProcedureContext& ctx, const List& args, graph::WriteTxn* txn,
                Decision* d) {
  d->kind = kind;
  d->entities = {p.Entity(ctx, "entity", args[0])};
  d->names = {args[1].as_string()};
  d->reason = Text(args[2]);
  return graph::curation::Apply(txn, d);
}

Status MakeUndo(const DecisionProcedure& p, const ProcedureContext&, const List& args, graph::WriteTxn* txn,
                Decision* d) {
  if (args[0].as_int() <= 0) BadArgument(p, "id", args[0], "expected a decision id (1 or more)");
  const auto id = static_cast<graph::curation::DecisionId>(args[0].as_int());
  CG_RETURN_IF_ERROR(graph::curation::Undo(txn, id, d->author));
  return graph::curation::DecisionStore::Get(*txn, id, d);
}

class DecisionsProcedure : public Procedure {
 public:
  DecisionsProcedure()
      : Procedure("cg.decisions", {},
                  {{"decision", "INTEGER"},
                   {"kind", "STRING"},
                   {"summary", "STRING"},
                   {"reason", "STRING"},
                   {"author", "STRING"},
                   {"timestamp", "STRING"},
                   {"undone", "BOOLEAN"},
                   {"nodes", "LIST OF INTEGER"},
                   {"relationships", "LIST OF INTEGER"}},
                  "Curation: every decision (merge, split, reject, assert, rename, relabel), oldest first, with "
                  "why, who, when, and the nodes and relationships it touched") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List&) const override {
    std::vector<List> rows;
    ThrowIfError(graph::curation::DecisionStore::ForEach(ctx.reader(), [&](const Decision& d) {
      ctx.Tick();
      List nodes, rels;
      for (const graph::Node& n : d.before_nodes) nodes.emplace_back(static_cast<int64_t>(n.id));
      for (graph::NodeId n : d.created_nodes) nodes.emplace_back(static_cast<int64_t>(n));
      for (const graph::Relationship& r : d.before_rels) rels.emplace_back(static_cast<int64_t>(r.id));
      for (graph::RelId r : d.created_rels) rels.emplace_back(static_cast<int64_t>(r));
      rows.push_back({Value(static_cast<int64_t>(d.id)), Value(std::string(graph::curation::KindName(d.kind))),
                      Value(d.Summary()), Value(d.reason), Value(d.author), Value(d.timestamp), Value(d.undone),
                      Value(std::move(nodes)), Value(std::move(rels))});
      return true;
    }));
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

}  // namespace

void RegisterCurationProcedures(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<DecisionProcedure>(
      "cg.merge", std::vector<ProcedureField>{{"keep", "ANY"}, {"duplicate", "ANY"}, kReason, kAuthor},
      "Curation: merge a duplicate into an entity (its names become aliases, its facts and evidence move); one "
      "decision",
      MakeMerge));
  registry->Register(std::make_unique<DecisionProcedure>(
      "cg.split", std::vector<ProcedureField>{{"entity", "ANY"}, {"names", "LIST OF STRING"}, kReason, kAuthor},
      "Curation: separate names wrongly resolved to one entity into a new entity; one decision", MakeSplit));
  registry->Register(std::make_unique<DecisionProcedure>(
      "cg.reject", std::vector<ProcedureField>{{"fact", "RELATIONSHIP"}, kReason, kAuthor},
      "Curation: reject a relationship (hidden from queries and exports, kept with the reason); one decision",
      MakeReject));
  registry->Register(std::make_unique<DecisionProcedure>(
      "cg.rejectClaim",
      std::vector<ProcedureField>{{"entity", "ANY"},
                                  {"key", "STRING"},
                                  {"value", "ANY"},
                                  kReason,
                                  {"article", "STRING?", Value("")},
                                  kAuthor},
      "Curation: reject an entity's claim of a property value, from one article (its id, path or title) or every "
      "source; the property is resolved from the other claims; one decision",
      MakeRejectClaim));
  registry->Register(std::make_unique<DecisionProcedure>(
      "cg.assert",
      std::vector<ProcedureField>{{"start", "ANY"},
                                  {"type", "STRING"},
                                  {"end", "ANY"},
                                  {"source", "STRING"},
                                  {"note", "STRING?", Value("")},
                                  {"properties", "MAP?", Value(Map{})},
                                  kAuthor},
      "Curation: assert a relationship, the researcher's source and note as its evidence; one decision",
      MakeAssert));
  registry->Register(std::make_unique<DecisionProcedure>(
      "cg.rename", std::vector<ProcedureField>{{"entity", "ANY"}, {"name", "STRING"}, kReason, kAuthor},
      "Curation: give an entity its canonical name (the old one stays an alias); one decision",
      MakeEdit<Kind::kRename>));
  registry->Register(std::make_unique<DecisionProcedure>(
      "cg.relabel", std::vector<ProcedureField>{{"entity", "ANY"}, {"label", "STRING"}, kReason, kAuthor},
      "Curation: change an entity's primary or refining label; one decision", MakeEdit<Kind::kRelabel>));
  registry->Register(std::make_unique<DecisionProcedure>(
      "cg.undo", std::vector<ProcedureField>{{"id", "INTEGER"}, kAuthor},
      "Curation: undo a decision (its records put back as they were); the decision stays, marked undone",
      MakeUndo));
  registry->Register(std::make_unique<DecisionsProcedure>());
}

}  // namespace cg::query
