// Agency cooperation
// Which agencies, units and governments worked with
// which, in which operation, and on what date.
MATCH (a:Organization)-[c:COOPERATES_WITH]-(b:Organization)
WHERE id(a) < id(b)
RETURN a.name AS organization, b.name AS partner, c.context AS context, c.date AS date
ORDER BY organization, partner;
