// The families of built-in procedures, each registered by its own function
// (one file per family in this folder). BuiltinProcedures() calls
// RegisterBuiltins once.
#pragma once

namespace cg::query {

class ProcedureRegistry;

// All of the families below.
void RegisterBuiltins(ProcedureRegistry* registry);

// dbms.procedures(), dbms.functions(): the procedures and functions a
// query can call, with signatures (SHOW PROCEDURES, SHOW FUNCTIONS).
void RegisterDbmsProcedures(ProcedureRegistry* registry);
// db.labels(), db.relationshipTypes(), db.propertyKeys(),
// db.schema.visualization(): what the database holds, as Neo4j lists it.
void RegisterDbProcedures(ProcedureRegistry* registry);

// The researchers' questions about relations and provenance, one
// procedure each: cg.cooperation, cg.designations, cg.network,
// cg.conflicts, cg.evidence.
void RegisterCooperationProcedure(ProcedureRegistry* registry);
void RegisterDesignationsProcedure(ProcedureRegistry* registry);
void RegisterNetworkProcedure(ProcedureRegistry* registry);
void RegisterConflictsProcedure(ProcedureRegistry* registry);
void RegisterEvidenceProcedure(ProcedureRegistry* registry);
// cg.vacuums([asOf]) and cg.succession(org): leadership vacuums with
// ranked contenders, and an organization's chain of leaders (leadership.h).
void RegisterLeadershipProcedures(ProcedureRegistry* registry);
// algo.*: graph algorithms (PageRank, betweenness, degree, components,
// label propagation, k-core, shortest paths) over a chosen part of the
// graph (algo_config.h).
void RegisterAlgorithmProcedures(ProcedureRegistry* registry);
// Curation (graph/curation/decision.h): cg.merge, cg.split, cg.reject,
// cg.rejectClaim, cg.assert, cg.rename, cg.relabel, cg.undo, which write
// one decision each,
// and cg.decisions(); cg.duplicates() proposes merges.
void RegisterCurationProcedures(ProcedureRegistry* registry);
void RegisterDuplicatesProcedure(ProcedureRegistry* registry);
// cg.search(query) and Neo4j's db.index.fulltext.queryNodes('names', query):
// nodes by name or alias, typo-tolerant and ranked.
void RegisterSearchProcedures(ProcedureRegistry* registry);

}  // namespace cg::query
