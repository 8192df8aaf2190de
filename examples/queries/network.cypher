// A person's network
// El Mencho's neighbourhood one hop out, relationship by relationship. The
// same call with k = 2 exports it for Gephi:
//   cartelgraph export --db DB --format gexf -o mencho.gexf --query "CALL cg.network('El Mencho', 2)"
CALL cg.network('El Mencho') YIELD relationships
UNWIND relationships AS r
RETURN startNode(r).name AS from, type(r) AS relationship, endNode(r).name AS to;
