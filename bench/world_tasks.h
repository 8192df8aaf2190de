// The query texts of the shared synthetic world's tasks that more than one
// benchmark runs, with the semantics of ../shared/bench/README.md.
#pragma once

namespace cg::bench {

// T6, leadership vacuums: organizations whose LEADS all ended, with the
// latest leader, that edge's until and end_cause, and their member count.
inline constexpr const char* kT6Vacuums =
    "MATCH (:Person)-[r:LEADS]->(o:Organization) "
    "WITH o, count(r.end_cause) AS ended, sum(CASE WHEN r.until IS NULL THEN 1 ELSE 0 END) AS open, "
    "max(r.until) AS last_until WHERE ended > 0 AND open = 0 "
    "MATCH (p:Person)-[r:LEADS]->(o) WHERE r.until = last_until "
    "WITH o, min(p.id) AS leader_id, last_until "
    "MATCH (p:Person {id: leader_id})-[r:LEADS]->(o) WHERE r.until = last_until "
    "OPTIONAL MATCH (m:Person)-[:MEMBER_OF]->(o) "
    "RETURN o.id AS org, o.name AS org_name, p.id AS leader, p.name AS leader_name, "
    "r.until AS until, r.end_cause AS end_cause, count(DISTINCT m) AS members ORDER BY members DESC, org";

}  // namespace cg::bench
