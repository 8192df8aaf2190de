// Succession chains
// Who led each cartel, in order: since, until and how each tenure ended,
// the predecessor and successor that SUCCEEDED states, how many sources
// support each LEADS, and gaps or overlaps between consecutive tenures.
// One organization, by any of its names: CALL cg.succession('CJNG').
MATCH (o:Cartel) WHERE EXISTS { MATCH (:Person)-[:LEADS]->(o) }
CALL cg.succession(o) YIELD leader, since, until, end_cause, predecessor, successor, evidence, gap, overlap
RETURN o.name AS organization, leader.name AS leader, since, until, end_cause,
       predecessor.name AS predecessor, successor.name AS successor, evidence, gap, overlap;
