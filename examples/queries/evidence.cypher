// Evidence
// Where the graph's "El Mencho led CJNG" comes from: each sentence, its
// article and date, and the rule that read it.
MATCH (:Person {name: 'Nemesio Rubén Oseguera Cervantes'})-[l:LEADS]->(:Organization)
CALL cg.evidence(l) YIELD quote, title, published, rule, confidence
RETURN title, published, rule, confidence, quote;
