// Designations
// Who carries which designation, since when, by whom.
MATCH (by:Organization)-[d:DESIGNATED]->(t)
RETURN t.name AS designated, labels(t) AS labels, d.designation AS designation, d.date AS date, by.name AS by
ORDER BY date, designated;
