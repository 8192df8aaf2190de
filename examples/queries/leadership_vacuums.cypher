// Leadership vacuums
// Organizations whose leader's LEADS ended (killed,
// arrested, extradited, died) with no later or open LEADS in place; with the
// former leader, the date, the cause, and who might take over: named
// contenders, the former leader's relatives, leaders of splinter groups.
MATCH (former:Person)-[l:LEADS]->(o:Organization)
WHERE l.end_cause IN ['killed', 'arrested', 'extradited', 'died']
  AND NOT EXISTS {
    MATCH (:Person)-[later:LEADS]->(o)
    WHERE later <> l AND (later.until IS NULL OR later.until > l.until)
  }
RETURN o.name AS organization,
       former.name AS former_leader,
       l.until AS ended,
       l.end_cause AS cause,
       [(c:Person)-[:CONTENDER_FOR]->(o) | c.name] AS contenders,
       [(r:Person)-[:RELATIVE_OF]->(former) | r.name] AS relatives,
       [(s:Person)-[:LEADS]->(:Organization)-[:EMERGED_FROM]->(o) | s.name] AS splinter_leaders
ORDER BY ended DESC, organization;
