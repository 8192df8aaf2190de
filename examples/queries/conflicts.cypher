// Conflicts between sources
// The facts the articles disagree on, one row each: the values stated and
// the articles that state them (all are kept; none overwrites another).
CALL cg.conflicts() YIELD subject, key, values, sources
RETURN subject, key, values, [s IN sources | toString(s.value) + ': ' + s.title] AS articles;
