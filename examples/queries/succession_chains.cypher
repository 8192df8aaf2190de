// Succession chains
// Who led each organization, in order, with dates.
MATCH (p:Person)-[l:LEADS]->(o:Organization)
RETURN o.name AS organization, p.name AS leader, l.since AS since, l.until AS until, l.end_cause AS end_cause
ORDER BY organization, coalesce(l.since, l.until);
