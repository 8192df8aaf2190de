// cg.evidence(entity): where a node's or a relationship's facts come from,
// one row per piece of evidence (one sentence of one article), oldest
// article first.
//
//   MATCH (:Person {name: 'Nemesio Rubén Oseguera Cervantes'})-[l:LEADS]->()
//   CALL cg.evidence(l) YIELD title, published, quote RETURN title, published, quote
//
// A relationship's evidence is what ingest attached to it; a node's is the
// evidence of its claims (the properties sources stated: status, reward,
// born, ...). `claims` maps each single-valued fact the sentence states to
// the value it gives; `hedged` is the relationship's flag (true while every
// source hedges: "reportedly", "is believed to"), null for a node. A null
// entity (from an OPTIONAL MATCH that found nothing) has no rows.
#include <algorithm>

#include "query/procedures/arguments.h"
#include "query/procedures/builtins.h"
#include "query/procedures/registry.h"
#include "query/procedures/sources.h"

namespace cg::query {

namespace {

// One source and what it states.
struct Statement {
  graph::Evidence evidence;
  Map claims;
};

// Attaches `claim` to the statement of the same source, or adds one.
void Attach(const graph::Claim& claim, std::vector<Statement>* statements) {
  for (Statement& s : *statements) {
    if (s.evidence.SameSource(claim.evidence)) {
      s.claims[claim.key] = Value::FromStored(claim.value);
      return;
    }
  }
  statements->push_back({claim.evidence, Map{{claim.key, Value::FromStored(claim.value)}}});
}

class EvidenceProcedure : public Procedure {
 public:
  EvidenceProcedure()
      : Procedure("cg.evidence", {{"entity", "ANY?"}},
                  {{"quote", "STRING"},
                   {"title", "STRING?"},
                   {"published", "DATE?"},
                   {"path", "STRING?"},
                   {"span", "LIST OF INTEGER"},
                   {"rule", "STRING"},
                   {"confidence", "FLOAT"},
                   {"hedged", "BOOLEAN?"},
                   {"claims", "MAP"},
                   {"article", "STRING"}},
                  "The evidence of a node or relationship: quote, article, date, span, rule, confidence") {}

  std::unique_ptr<ProcedureRows> Open(const ProcedureContext& ctx, const List& args) const override {
    const Value& entity = args[0];
    const graph::Reader& reader = ctx.reader();
    std::vector<Statement> statements;
    Value hedged;
    if (entity.is_null()) return std::make_unique<VectorRows>(std::vector<List>{});
    if (entity.is_node()) {
      if (!reader.NodeExists(entity.as_node().id)) BadArgument(*this, "entity", entity, "the node was deleted");
      std::vector<graph::Claim> claims;
      ThrowIfError(reader.GetClaims(graph::ClaimOn::kNode, entity.as_node().id, &claims));
      for (const graph::Claim& c : claims) Attach(c, &statements);
    } else if (entity.is_rel()) {
      graph::Relationship rel;
      const Status s = reader.GetRelationship(entity.as_rel().id, &rel);
      if (s.IsNotFound()) BadArgument(*this, "entity", entity, "the relationship was deleted");
      ThrowIfError(s);
      for (const graph::Evidence& e : rel.evidence) statements.push_back({e, {}});
      for (const graph::Claim& c : rel.claims) Attach(c, &statements);
      const cg::Value* flag = rel.Find("hedged");
      hedged = Value(flag && flag->is_bool() && flag->as_bool());
    } else {
      BadArgument(*this, "entity", entity, "expected a node or a relationship");
    }
    ctx.CheckMemory(statements.size() * 512);
    Sources sources(reader);
    std::vector<std::pair<Map, Map>> described;  // (evidence, claims)
    for (Statement& s : statements) {
      ctx.Tick();
      described.emplace_back(sources.Describe(s.evidence), std::move(s.claims));
    }
    // Oldest article first (unknown dates last), then by position in it.
    std::stable_sort(described.begin(), described.end(), [](const auto& a, const auto& b) {
      return OrderCompare(a.first.at("published"), b.first.at("published")) < 0;
    });
    std::vector<List> rows;
    for (auto& [e, claims] : described) {
      rows.push_back({e.at("quote"), e.at("title"), e.at("published"), e.at("path"), e.at("span"), e.at("rule"),
                      e.at("confidence"), hedged, Value(std::move(claims)), e.at("article")});
    }
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

}  // namespace

void RegisterEvidenceProcedure(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<EvidenceProcedure>());
}

}  // namespace cg::query
