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
//
// Curation (graph/curation/decision.h): each decision that touched the
// entity adds a row of its own (rule "decision", the reason as the quote,
// `curation` its summary); on a rejected relationship, `curation` flags
// each piece of evidence "rejected by decision N", or "after rejection by
// decision N" for what an article added since; on a node, so is each
// statement of a claim a decision rejected (graph/curation/reject.cc).
#include <algorithm>

#include "graph/curation/decision_store.h"
#include "query/procedures/arguments.h"
#include "query/procedures/builtins.h"
#include "query/procedures/registry.h"
#include "query/procedures/sources.h"

namespace cg::query {

namespace {

// One source and what it states; `rejected_by` the decision that rejected
// one of its claims, 0 when none did.
struct Statement {
  graph::Evidence evidence;
  Map claims;
  uint64_t rejected_by = 0;
};

// Attaches `claim`, rejected by decision `rejected_by` (or 0), to the
// statement of the same source, or adds one.
void Attach(const graph::Claim& claim, uint64_t rejected_by, std::vector<Statement>* statements) {
  auto it = std::find_if(statements->begin(), statements->end(),
                         [&](const Statement& s) { return s.evidence.SameSource(claim.evidence); });
  if (it == statements->end()) it = statements->insert(statements->end(), Statement{claim.evidence, {}, 0});
  it->claims[claim.key] = Value::FromStored(claim.value);
  if (it->rejected_by == 0) it->rejected_by = rejected_by;
}

// The sources a rejection found: the rejected relationship's evidence, or
// those of the claims it rejected.
std::vector<graph::Evidence> RejectedSources(const graph::curation::Decision& rejection) {
  std::vector<graph::Evidence> sources;
  for (const graph::Relationship& before : rejection.before_rels) {
    sources.insert(sources.end(), before.evidence.begin(), before.evidence.end());
  }
  for (const graph::Node& before : rejection.before_nodes) {
    for (const graph::Claim& c : before.claims) {
      if (rejection.claim.Matches(c)) sources.push_back(c.evidence);
    }
  }
  return sources;
}

// "rejected by decision N", or "after rejection by decision N" for
// evidence (described by Sources::Describe) the relationship or the claims
// did not have when rejected; for a claim, after its key ("born: ...").
std::string RejectionNote(const graph::curation::Decision& rejection, const Map& evidence) {
  const std::string subject = rejection.RejectsClaim() ? rejection.claim.key + ": " : "";
  const std::string by = "decision " + std::to_string(rejection.id);
  const Value& article = evidence.at("article");
  const Value& rule = evidence.at("rule");
  const Value& span = evidence.at("span");
  for (const graph::Evidence& e : RejectedSources(rejection)) {
    if (article.is_string() && article.as_string() == e.article && rule.is_string() && rule.as_string() == e.rule &&
        span.is_list() && span.as_list().size() == 2 && span.as_list()[0].as_int() == e.span_begin &&
        span.as_list()[1].as_int() == e.span_end) {
      return subject + "rejected by " + by;
    }
  }
  return subject + "after rejection by " + by;
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
                   {"article", "STRING"},
                   {"curation", "STRING?"}},
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
      std::vector<graph::curation::ClaimRejection> rejections;
      ThrowIfError(graph::curation::DecisionStore::ClaimRejections(reader, entity.as_node().id, &rejections));
      for (const graph::Claim& c : claims) Attach(c, graph::curation::RejectionOf(rejections, c), &statements);
    } else if (entity.is_rel()) {
      graph::Relationship rel;
      const Status s = reader.GetRelationship(entity.as_rel().id, &rel);
      if (s.IsNotFound()) BadArgument(*this, "entity", entity, "the relationship was deleted");
      ThrowIfError(s);
      for (const graph::Evidence& e : rel.evidence) statements.push_back({e, {}});
      for (const graph::Claim& c : rel.claims) Attach(c, 0, &statements);
      const cg::Value* flag = rel.Find("hedged");
      hedged = Value(flag && flag->is_bool() && flag->as_bool());
    } else {
      BadArgument(*this, "entity", entity, "expected a node or a relationship");
    }
    ctx.CheckMemory(statements.size() * 512);
    Sources sources(reader);
    struct Described {
      Map evidence, claims;
      uint64_t rejected_by;
    };
    std::vector<Described> described;
    for (Statement& s : statements) {
      ctx.Tick();
      described.push_back({sources.Describe(s.evidence), std::move(s.claims), s.rejected_by});
    }
    // Oldest article first (unknown dates last), then by position in it.
    std::stable_sort(described.begin(), described.end(), [](const auto& a, const auto& b) {
      return OrderCompare(a.evidence.at("published"), b.evidence.at("published")) < 0;
    });
    std::vector<List> rows;
    const graph::curation::Decision* rejection = nullptr;
    std::vector<graph::curation::Decision> decisions;
    ThrowIfError(graph::curation::DecisionStore::ForEach(reader, [&](const graph::curation::Decision& d) {
      ctx.Tick();
      const bool touched = entity.is_node() ? d.TouchesNode(entity.as_node().id)
                                            : d.TouchesRelationship(entity.as_rel().id);
      if (touched) decisions.push_back(d);
      return true;
    }));
    for (const auto& d : decisions) {
      if (d.kind == graph::curation::Kind::kReject && !d.undone && entity.is_rel()) rejection = &d;
    }
    // The rejection that flags a statement: the relationship's, or that of
    // the claim it states.
    auto flagged_by = [&](const Described& s) -> const graph::curation::Decision* {
      if (s.rejected_by == 0) return rejection;
      auto it = std::find_if(decisions.begin(), decisions.end(), [&](const auto& d) { return d.id == s.rejected_by; });
      return it == decisions.end() ? nullptr : &*it;
    };
    for (auto& s : described) {
      const Map& e = s.evidence;
      const graph::curation::Decision* by = flagged_by(s);
      rows.push_back({e.at("quote"), e.at("title"), e.at("published"), e.at("path"), e.at("span"), e.at("rule"),
                      e.at("confidence"), hedged, Value(std::move(s.claims)), e.at("article"),
                      by ? Value(RejectionNote(*by, e)) : Value()});
    }
    for (const auto& d : decisions) {
      std::string summary = d.Summary();
      if (d.undone) summary += " (undone " + d.undone_at + ")";
      rows.push_back({Value(d.reason), Value(), Value(),
                      Value(), Value(List{}), Value("decision"), Value(1.0), hedged, Value(Map{}),
                      Value("decision " + std::to_string(d.id)), Value(std::move(summary))});
    }
    return std::make_unique<VectorRows>(std::move(rows));
  }
};

}  // namespace

void RegisterEvidenceProcedure(ProcedureRegistry* registry) {
  registry->Register(std::make_unique<EvidenceProcedure>());
}

}  // namespace cg::query
