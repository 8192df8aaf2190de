// The families of built-in procedures, each registered by its own function
// (one file per family in this folder). BuiltinProcedures() calls
// RegisterBuiltins once.
#pragma once

namespace cg::query {

class ProcedureRegistry;

// All of the families below.
void RegisterBuiltins(ProcedureRegistry* registry);

// dbms.procedures(): the procedures a query can call, with signatures.
void RegisterDbmsProcedures(ProcedureRegistry* registry);

// algo.*: graph algorithms (PageRank, betweenness, degree, components,
// label propagation, k-core, shortest paths) over a chosen part of the
// graph (algo_config.h).
void RegisterAlgorithmProcedures(ProcedureRegistry* registry);

}  // namespace cg::query
