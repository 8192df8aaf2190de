// Leadership vacuums
// Organizations whose leader's LEADS ended (killed, arrested, extradited,
// died) with no LEADS in force today: the former leader, when and why, how
// many sources say so, the contenders ranked by score with the reasons
// behind each score, and the signals of fragmentation (first row of each).
// The bare call is CALL cg.vacuums(); another day: cg.vacuums('2026-02-21').
CALL cg.vacuums() YIELD organization, former_leader, ended, cause, evidence, contenders, fragmentation
UNWIND range(1, CASE size(contenders) WHEN 0 THEN 1 ELSE size(contenders) END) AS rank
WITH organization, former_leader, ended, cause, evidence, rank, contenders[rank - 1] AS c, fragmentation
RETURN organization.name AS organization, former_leader.name AS former_leader, ended, cause, evidence,
       rank, coalesce(c.name, c.description) AS contender, c.score AS score, c.reasons AS reasons,
       CASE rank WHEN 1 THEN fragmentation ELSE [] END AS fragmentation;
