// Conflicts between sources
// The facts the articles disagree on: each value, with the articles that
// state it (both are kept; neither overwrites the other).
CALL cg.conflicts() YIELD subject, key, value, sources
RETURN subject, key, value, [s IN sources | s.title] AS articles;
