#!/usr/bin/python3
"""The algo.* procedures against networkx and igraph, end to end through the
command line: random graphs (seeded) written as neo4j-admin CSVs, loaded
with `cartelgraph import`, each algorithm run with `cartelgraph query`, and
the same selection of the same graph given to networkx and igraph in this
run. Covers directed and undirected orientations, selections by label and
relationship type, disconnected graphs, isolated nodes, parallel
relationships, and ties.

usage: algorithms_test.py CARTELGRAPH
Skips (exit 0 with a message) when networkx or igraph is missing.
"""
import csv
import json
import os
import random
import subprocess
import sys
import tempfile

try:
    import igraph
    import networkx as nx
except ImportError as e:
    print(f"SKIP: {e} (install python3-networkx and python3-igraph)")
    sys.exit(0)

BINARY = None
DB = None
FAILURES = []


def check(ok, what):
    if not ok:
        FAILURES.append(what)
        print("FAIL:", what)


def query(text, ok=True):
    p = subprocess.run([BINARY, "query", "--db", DB, "--format", "jsonl", text], capture_output=True, text=True)
    if not ok:
        return p
    if p.returncode != 0:
        sys.exit(f"FAIL: {text}: exit {p.returncode}: {p.stderr}")
    return [json.loads(line) for line in p.stdout.splitlines() if line.strip()]


def scores(call, column):
    """{node id: value} from `CALL <call> YIELD node, <column>`."""
    rows = query(f"CALL {call} YIELD node, {column} RETURN node.id AS id, {column} AS value")
    return {r["id"]: r["value"] for r in rows}


# --- the graph ------------------------------------------------------------

def make_world(rng, tmp):
    """Persons, organizations, and relationships among them; returns the
    node ids by label and the (start, end, type) list, parallel ones kept."""
    persons = [f"P{i}" for i in range(120)]
    orgs = [f"O{i}" for i in range(25)]
    rels = []
    # RELATIVE_OF: a sparse random directed graph among the first 100
    # persons (several components, some reciprocal pairs and duplicates);
    # persons 100..119 have no relatives (isolated in that projection).
    for _ in range(170):
        a, b = rng.sample(range(100), 2)
        rels.append((f"P{a}", f"P{b}", "RELATIVE_OF"))
    for a, b, _ in rng.sample(rels, 20):
        rels.append((b, a, "RELATIVE_OF"))  # reciprocal
    rels.extend(rng.sample(rels, 10))  # parallel relationships
    # MEMBER_OF: persons join 0-2 organizations, skewed towards the first.
    for p in persons:
        for _ in range(rng.choice([0, 1, 1, 2])):
            rels.append((p, f"O{min(int(rng.expovariate(0.25)), 24)}", "MEMBER_OF"))
    # RIVAL_OF / ALLIED_WITH among organizations; 20..24 left out.
    for _ in range(30):
        a, b = rng.sample(range(20), 2)
        rels.append((f"O{a}", f"O{b}", rng.choice(["RIVAL_OF", "ALLIED_WITH"])))
    with open(os.path.join(tmp, "nodes_Person.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id:ID", "name", ":LABEL"])
        for p in persons:
            w.writerow([p, f"Person {p}", "Person"])
    with open(os.path.join(tmp, "nodes_Organization.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id:ID", "name", ":LABEL"])
        for o in orgs:
            w.writerow([o, f"Organization {o}", "Organization;Cartel"])
    with open(os.path.join(tmp, "rels.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow([":START_ID", ":END_ID", ":TYPE"])
        w.writerows(rels)
    return {"Person": persons, "Organization": orgs}, rels


def planted_communities(tmp, rng):
    """Cliques of 6 persons joined in a ring by one relationship each, and
    two isolated persons: the communities label propagation must find."""
    persons, rels = [], []
    for c in range(5):
        members = [f"C{c}_{i}" for i in range(6)]
        persons += members
        rels += [(a, b, "RELATIVE_OF") for i, a in enumerate(members) for b in members[i + 1:]]
        rels.append((members[0], f"C{(c + 1) % 5}_1", "RELATIVE_OF"))
    persons += ["C_alone1", "C_alone2"]
    rng.shuffle(persons)
    with open(os.path.join(tmp, "nodes_Person.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id:ID", "name", ":LABEL"])
        w.writerows([p, p, "Person"] for p in persons)
    with open(os.path.join(tmp, "rels.csv"), "w", newline="") as f:
        w = csv.writer(f)
        w.writerow([":START_ID", ":END_ID", ":TYPE"])
        w.writerows(rels)
    return persons, rels


def selection(labels, rels, node_labels=None, types=None, direction="OUTGOING"):
    """The networkx graph the procedures should see: a simple (Di)Graph."""
    nodes = [n for label, ids in labels.items() if not node_labels or label in node_labels for n in ids]
    g = nx.Graph() if direction == "BOTH" else nx.DiGraph()
    g.add_nodes_from(nodes)
    for a, b, t in rels:
        if (types and t not in types) or a not in g or b not in g or a == b:
            continue
        if direction == "INCOMING":
            a, b = b, a
        g.add_edge(a, b)
    return g


def to_igraph(g):
    names = list(g.nodes)
    index = {n: i for i, n in enumerate(names)}
    ig = igraph.Graph(n=len(names), edges=[(index[a], index[b]) for a, b in g.edges], directed=g.is_directed())
    return ig, names


def config(node_labels=None, types=None, direction=None, **extra):
    parts = []
    if node_labels:
        parts.append("nodeLabels: " + json.dumps(node_labels).replace('"', "'"))
    if types:
        parts.append("relationshipTypes: " + json.dumps(types).replace('"', "'"))
    if direction:
        parts.append(f"direction: '{direction}'")
    parts += [f"{k}: {v}" for k, v in extra.items()]
    return "{" + ", ".join(parts) + "}"


def close(ours, theirs, tol, what):
    check(set(ours) == set(theirs), f"{what}: nodes differ: {sorted(set(ours) ^ set(theirs))[:10]}")
    worst = max((abs(ours[n] - theirs[n]) for n in theirs if n in ours), default=0)
    check(worst <= tol, f"{what}: off by {worst} (tolerance {tol})")


def partition(assignment):
    groups = {}
    for n, c in assignment.items():
        groups.setdefault(c, set()).add(n)
    return sorted(sorted(g) for g in groups.values())


# --- the checks -----------------------------------------------------------

SELECTIONS = [  # (nodeLabels, relationshipTypes)
    (None, None),
    (["Person"], ["RELATIVE_OF"]),
    (["Organization"], ["RIVAL_OF", "ALLIED_WITH"]),
    (None, ["MEMBER_OF"]),
]


def check_pagerank(labels, rels):
    for node_labels, types in SELECTIONS:
        for direction in ["OUTGOING", "INCOMING", "BOTH"]:
            g = selection(labels, rels, node_labels, types, direction)
            what = f"pagerank {node_labels} {types} {direction}"
            ours = scores(f"algo.pagerank({config(node_labels, types, direction, iterations=1000, tolerance=1e-13)})",
                          "score")
            close(ours, nx.pagerank(g, alpha=0.85, max_iter=1000, tol=1e-13), 1e-9, what + " vs networkx")
            ig, names = to_igraph(g)
            close(ours, dict(zip(names, ig.pagerank(directed=g.is_directed(), damping=0.85))), 1e-7,
                  what + " vs igraph")
    damped = scores(f"algo.pagerank({config(dampingFactor=0.5, iterations=1000, tolerance=1e-13)})", "score")
    close(damped, nx.pagerank(selection(labels, rels), alpha=0.5, max_iter=1000, tol=1e-13), 1e-9,
          "pagerank dampingFactor 0.5")


def check_betweenness(labels, rels):
    for node_labels, types in SELECTIONS:
        for direction in ["OUTGOING", "BOTH"]:
            g = selection(labels, rels, node_labels, types, direction)
            what = f"betweenness {node_labels} {types} {direction}"
            ours = scores(f"algo.betweenness({config(node_labels, types, direction)})", "score")
            close(ours, nx.betweenness_centrality(g, normalized=False), 1e-6, what + " vs networkx")
            ig, names = to_igraph(g)
            close(ours, dict(zip(names, ig.betweenness(directed=g.is_directed()))), 1e-6, what + " vs igraph")
    # Sampling every node is the exact answer; a sample is repeatable by
    # seed and finds the same most central node on this graph.
    g = selection(labels, rels, direction="BOTH")
    exact = nx.betweenness_centrality(g, normalized=False)
    everything = scores(f"algo.betweenness({config(direction='BOTH', samplingSize=g.number_of_nodes())})", "score")
    close(everything, exact, 1e-6, "betweenness sampling every node")
    half = config(direction="BOTH", samplingSize=g.number_of_nodes() // 2, samplingSeed=7)
    sampled = scores(f"algo.betweenness({half})", "score")
    check(sampled == scores(f"algo.betweenness({half})", "score"), "sampled betweenness: same seed, same scores")
    check(max(sampled, key=sampled.get) == max(exact, key=exact.get),
          "sampled betweenness: the most central node is networkx's")
    other = scores(f"algo.betweenness({config(direction='BOTH', samplingSize=g.number_of_nodes() // 2, samplingSeed=8)})",
                   "score")
    check(other != sampled, "sampled betweenness: another seed draws other sources")


def check_degree(labels, rels):
    for node_labels, types in SELECTIONS:
        for direction in ["OUTGOING", "INCOMING", "BOTH"]:
            g = selection(labels, rels, node_labels, types, direction)
            ours = scores(f"algo.degree({config(node_labels, types, direction)})", "degree")
            theirs = dict(g.out_degree() if g.is_directed() else g.degree())
            check(ours == theirs, f"degree {node_labels} {types} {direction}")


def check_components_kcore(labels, rels):
    for node_labels, types in SELECTIONS:
        g = selection(labels, rels, node_labels, types, "BOTH")
        what = f"{node_labels} {types}"
        ours = scores(f"algo.components({config(node_labels, types)})", "componentId")
        theirs = [sorted(c) for c in nx.connected_components(g)]
        check(partition(ours) == sorted(theirs), f"components {what} vs networkx")
        ig, names = to_igraph(selection(labels, rels, node_labels, types, "OUTGOING"))
        weak = ig.connected_components(mode="weak").membership
        check(partition(ours) == partition(dict(zip(names, weak))), f"components {what} vs igraph weak")
        check(sorted(set(ours.values())) == list(range(len(theirs))), f"components {what}: numbered 0..k-1")
        cores = scores(f"algo.kcore({config(node_labels, types)})", "coreNumber")
        check(cores == nx.core_number(g), f"kcore {what} vs networkx")
        ig, names = to_igraph(g)
        check(cores == dict(zip(names, ig.coreness())), f"kcore {what} vs igraph")


def check_paths(labels, rels, rng):
    for node_labels, types, direction in [(None, None, "OUTGOING"), (["Person"], ["RELATIVE_OF"], "BOTH"),
                                          (None, None, "BOTH"), (None, None, "INCOMING")]:
        g = selection(labels, rels, node_labels, types, direction)
        nodes = sorted(g.nodes)
        pairs = [tuple(rng.sample(nodes, 2)) for _ in range(12)] + [(nodes[0], nodes[0])]
        for a, b in pairs:
            what = f"paths {a}->{b} {node_labels} {types} {direction}"
            cfg = config(node_labels, types, direction)
            match = f"MATCH (a {{id: '{a}'}}), (b {{id: '{b}'}}) "
            ret = " RETURN [n IN nodes(path) | n.id] AS ids, length"
            one = query(match + f"CALL algo.shortestPath(a, b, {cfg}) YIELD path, length" + ret)
            every = query(match + f"CALL algo.allShortestPaths(a, b, {cfg}) YIELD path, length" + ret)
            if not nx.has_path(g, a, b):
                check(one == [] and every == [], what + ": no path, no rows")
                continue
            theirs = sorted(nx.all_shortest_paths(g, a, b))
            check(len(one) == 1 and one[0]["ids"] in theirs, what + ": shortestPath is one of networkx's")
            check(sorted(r["ids"] for r in every) == theirs, what + ": allShortestPaths are networkx's")
            check(all(r["length"] == nx.shortest_path_length(g, a, b) for r in one + every), what + ": length")
    # The relationships of a path join its nodes.
    rows = query("MATCH (a {id: 'P1'}) MATCH (b:Organization) CALL algo.shortestPath(a, b, {direction: 'BOTH'}) "
                 "YIELD path UNWIND relationships(path) AS r "
                 "RETURN r IN [x IN relationships(path)] AS ok, startNode(r).id AS s, endNode(r).id AS e LIMIT 50")
    check(all(r["ok"] for r in rows), "path relationships")


def check_label_propagation(persons, rels):
    """Label propagation is randomised (networkx's and igraph's too; igraph
    draws from Python's `random`, seeded here): over ten seeds, ours never
    splits a clique, and finds exactly networkx's and igraph's communities
    for most seeds (each sometimes merges two cliques joined by a bridge)."""
    g = selection({"Person": persons}, rels, direction="BOTH")
    ig, names = to_igraph(g)
    cliques = [{p for p in persons if p.startswith(f"C{c}_")} for c in range(5)]
    same = {"networkx": 0, "igraph": 0}
    for seed in range(10):
        ours = partition(scores(f"algo.labelPropagation({{seed: {seed}, iterations: 50}})", "communityId"))
        check(all(any(c <= set(o) for o in ours) for c in cliques), f"label propagation seed {seed} splits a clique")
        random.seed(seed)
        found = {"networkx": [sorted(c) for c in nx.community.asyn_lpa_communities(g, seed=seed)],
                 "igraph": partition(dict(zip(names, ig.community_label_propagation().membership)))}
        for peer, theirs in found.items():
            same[peer] += ours == sorted(theirs)
    for peer, count in same.items():
        check(count >= 8, f"label propagation: {peer}'s communities for {count} of 10 seeds")


def check_label_propagation_stable(labels, rels):
    """On the random graph: converged communities are stable — each node is
    in a community at least as common among its neighbours as any other."""
    g = selection(labels, rels, direction="BOTH")
    ours = scores("algo.labelPropagation({iterations: 100, seed: 3})", "communityId")
    for n in g.nodes:
        counts = {}
        for w in g.neighbors(n):
            counts[ours[w]] = counts.get(ours[w], 0) + 1
        if counts and counts.get(ours[n], 0) < max(counts.values()):
            check(False, f"label propagation: {n} is not in a community most of its neighbours are in")
            break
    q = nx.community.modularity(g, [set(c) for c in partition(ours)])
    q_nx = nx.community.modularity(g, nx.community.asyn_lpa_communities(g, seed=3))
    print(f"label propagation modularity on the random graph: {q:.3f} (networkx asyn_lpa: {q_nx:.3f})")


def check_after_write(labels, rels):
    """A query that has written reads its own writes: the algorithm graph is
    then copied from the transaction, not from the snapshot's projection."""
    rels = rels + [("P0", "O24", "MEMBER_OF"), ("O24", "O23", "RIVAL_OF")]
    create = ("MATCH (a {id: 'P0'}), (b {id: 'O24'}), (c {id: 'O23'}) "
              "CREATE (a)-[:MEMBER_OF]->(b), (b)-[:RIVAL_OF]->(c) WITH count(*) AS created ")
    rows = query(create + "CALL algo.pagerank({iterations: 1000, tolerance: 1e-13, direction: 'BOTH'}) "
                 "YIELD node, score RETURN node.id AS id, score AS value")
    close({r["id"]: r["value"] for r in rows},
          nx.pagerank(selection(labels, rels, direction="BOTH"), max_iter=1000, tol=1e-13), 1e-9,
          "pagerank in a query that wrote")
    g = selection(labels, rels, ["Organization"], ["RIVAL_OF", "MEMBER_OF"], "BOTH")
    rows = query("MATCH (c {id: 'O23'}) DETACH DELETE c WITH count(*) AS deleted "
                 "CALL algo.components({nodeLabels: 'Organization', relationshipTypes: ['RIVAL_OF', 'MEMBER_OF']}) "
                 "YIELD node, componentId RETURN node.id AS id, componentId AS value")
    g.remove_node("O23")
    check(partition({r["id"]: r["value"] for r in rows}) == sorted(sorted(c) for c in nx.connected_components(g)),
          "components in a query that deleted a node")


def check_errors():
    for call, words in [("algo.pagerank({dampingFactr: 0.8})", ["dampingFactr", "is not a key"]),
                        ("algo.pagerank({dampingFactor: 1.5})", ["dampingFactor", "number from"]),
                        ("algo.pagerank({direction: 'UP'})", ["direction", "'OUTGOING'"]),
                        ("algo.kcore({direction: 'BOTH'})", ["direction", "is not a key"]),
                        ("algo.degree({nodeLabels: ['Persn']})", ["nodeLabels", "Persn"]),
                        ("algo.degree({relationshipTypes: 'MEMBER'})", ["relationshipTypes", "MEMBER"]),
                        ("algo.betweenness({samplingSize: 0})", ["samplingSize"]),
                        ("algo.degree({nodeLabels: 3})", ["nodeLabels", "list of strings"])]:
        p = query(f"CALL {call} YIELD node RETURN count(*)", ok=False)
        check(p.returncode != 0 and all(w in p.stderr for w in words), f"error for {call}: {p.stderr.strip()}")
    p = query("MATCH (a {id: 'P1'}), (b {id: 'O1'}) CALL algo.shortestPath(a, b, {nodeLabels: 'Person'}) "
              "YIELD path RETURN path", ok=False)
    check(p.returncode != 0 and "target node is not in the chosen graph" in p.stderr, "node outside the selection")


def main():
    global BINARY, DB
    BINARY = sys.argv[1]
    rng = random.Random(20261202)
    with tempfile.TemporaryDirectory() as tmp:
        labels, rels = make_world(rng, tmp)
        DB = os.path.join(tmp, "db")
        subprocess.run([BINARY, "import", "--db", DB, "--nodes", os.path.join(tmp, "nodes_Person.csv"),
                        os.path.join(tmp, "nodes_Organization.csv"), "--relationships",
                        os.path.join(tmp, "rels.csv")], check=True, capture_output=True)
        check_pagerank(labels, rels)
        check_betweenness(labels, rels)
        check_degree(labels, rels)
        check_components_kcore(labels, rels)
        check_paths(labels, rels, rng)
        check_label_propagation_stable(labels, rels)
        check_errors()
        check_after_write(labels, rels)
    with tempfile.TemporaryDirectory() as tmp:
        DB = os.path.join(tmp, "db")
        persons, rels = planted_communities(tmp, rng)
        subprocess.run([BINARY, "import", "--db", DB, "--nodes", os.path.join(tmp, "nodes_Person.csv"),
                        "--relationships", os.path.join(tmp, "rels.csv")], check=True, capture_output=True)
        check_label_propagation(persons, rels)
    if FAILURES:
        sys.exit(f"{len(FAILURES)} checks failed")
    print("all algorithm checks agree with networkx and igraph")


if __name__ == "__main__":
    main()
