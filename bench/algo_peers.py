#!/usr/bin/python3
"""The algorithms algo_bench times, on igraph and networkx, on the same
synthetic world (../shared/bench/gen_world.py CSVs) as the same simple
graph: parallel relationships once, no self-loops; PageRank directed, the
rest undirected. Prints wall and CPU seconds of each (the graph load is not
timed).

usage: /usr/bin/python3 bench/algo_peers.py WORLD_DIR [--samples K] [--exact-betweenness]
"""
import argparse
import csv
import glob
import os
import random
import time

import igraph
import networkx as nx


def timed(what, fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    print(f"{what:<52} {time.perf_counter() - wall:8.3f} s wall {time.process_time() - cpu:8.3f} s CPU", flush=True)
    return result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("world")
    ap.add_argument("--samples", type=int, default=500)
    ap.add_argument("--exact-betweenness", action="store_true")
    args = ap.parse_args()
    csvs = os.path.join(args.world, "neo4j")
    nodes = []
    for path in sorted(glob.glob(os.path.join(csvs, "nodes_*.csv"))):
        with open(path, newline="") as f:
            nodes += [row[0] for row in list(csv.reader(f))[1:]]
    index = {n: i for i, n in enumerate(nodes)}
    edges = set()
    for path in sorted(glob.glob(os.path.join(csvs, "rels_*.csv"))):
        with open(path, newline="") as f:
            for row in list(csv.reader(f))[1:]:
                if row[0] != row[1]:
                    edges.add((index[row[0]], index[row[1]]))
    edges = sorted(edges)
    n = len(nodes)
    di = igraph.Graph(n=n, edges=edges, directed=True)
    ug = di.as_undirected()  # collapses u->w and w->u
    ndi = nx.DiGraph()
    ndi.add_nodes_from(range(n))
    ndi.add_edges_from(edges)
    nug = ndi.to_undirected()
    print(f"{n} nodes, {len(edges)} directed edges, {ug.ecount()} undirected edges")
    rng = random.Random(1)
    pairs = [(i * 7919 % n, (i * 104729 + 1) % n) for i in range(100)]

    timed("igraph pagerank (directed, PRPACK)", lambda: di.pagerank(damping=0.85))
    timed("networkx pagerank (directed, tol 1e-6)", lambda: nx.pagerank(ndi, alpha=0.85))
    timed("igraph weakly connected components", lambda: di.connected_components(mode="weak"))
    timed("networkx weakly connected components", lambda: list(nx.weakly_connected_components(ndi)))
    timed("igraph coreness", lambda: ug.coreness())
    timed("networkx core_number", lambda: nx.core_number(nug))
    timed("igraph label propagation", lambda: ug.community_label_propagation())
    timed("networkx asyn_lpa_communities", lambda: list(nx.community.asyn_lpa_communities(nug, seed=1)))
    timed("igraph shortest path, 100 pairs", lambda: [ug.get_shortest_paths(a, b) for a, b in pairs])
    timed("networkx shortest path, 100 pairs",
          lambda: [nx.has_path(nug, a, b) and nx.shortest_path(nug, a, b) for a, b in pairs])
    timed(f"networkx betweenness, {args.samples} sources (k=)",
          lambda: nx.betweenness_centrality(nug, k=args.samples, normalized=False, seed=rng.randint(0, 1 << 30)))
    if args.exact_betweenness:
        timed("igraph betweenness, exact (undirected)", lambda: ug.betweenness(directed=False))


if __name__ == "__main__":
    main()
