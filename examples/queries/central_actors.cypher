// Central actors
// Persons and organizations by PageRank over the relationships among them
// (taken undirected), with their betweenness: who the network runs through.
// The first call's rows are collected so that the second runs once.
CALL algo.pagerank({nodeLabels: ['Person', 'Organization'], direction: 'BOTH'}) YIELD node, score
WITH node, score ORDER BY score DESC LIMIT 10
WITH collect({node: node, pagerank: score}) AS top
CALL algo.betweenness({nodeLabels: ['Person', 'Organization'], direction: 'BOTH'}) YIELD node, score
UNWIND [t IN top WHERE t.node = node] AS t
RETURN node.name AS name, labels(node) AS labels, round(t.pagerank * 1000) / 1000 AS pagerank, score AS betweenness
ORDER BY pagerank DESC, name;
