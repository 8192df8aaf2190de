#!/usr/bin/python3
"""End to end through the command line: `cartelgraph import` of data/*.csv,
then `cartelgraph export --format graphml` read back by networkx and igraph
(what Gephi-like tools see), and a refused import that names file:line and
leaves the database as it was.

usage: graphml_readers_test.py CARTELGRAPH DATA_DIR
"""
import glob
import os
import subprocess
import sys
import tempfile

import igraph
import networkx as nx


def run(*args, ok=True):
    p = subprocess.run(args, capture_output=True, text=True)
    if ok and p.returncode != 0:
        sys.exit(f"FAIL: {' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p


def main():
    binary, data = sys.argv[1], sys.argv[2]
    nodes = sorted(glob.glob(os.path.join(data, "nodes_*.csv")))
    rels = sorted(glob.glob(os.path.join(data, "rels_*.csv")))
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "db")
        out = run(binary, "import", "--db", db, "--nodes", *nodes, "--relationships", *rels).stdout
        assert "imported 7 nodes and 7 relationships" in out, out
        graphml = os.path.join(tmp, "g.graphml")
        run(binary, "export", "--db", db, "--format", "graphml", "-o", graphml)

        g = nx.read_graphml(graphml)
        assert g.number_of_nodes() == 7 and g.number_of_edges() == 7, (g.number_of_nodes(), g.number_of_edges())
        by_id = {d["id"]: d for _, d in g.nodes(data=True)}
        mencho = by_id["P1"]
        assert mencho["label"] == "Nemesio Oseguera Cervantes", mencho
        assert mencho["labels"] == ":Person", mencho
        assert mencho["aliases"] == "El Mencho;Mencho", mencho
        assert by_id["O1"]["labels"] == ":Organization:Cartel"
        assert by_id["P2"]["name"] == "Guzmán Loera, Joaquín"
        assert by_id["E1"]["description"] == 'Raid in Tapalpa, Jalisco; "El Mencho" killed\n(second line)'
        assert by_id["E1"]["date"] == "2026-02"
        types = sorted(d["type"] for _, _, d in g.edges(data=True))
        assert types == ["LEADS", "LEADS", "MEMBER_OF", "MEMBER_OF", "PARTICIPATED_IN", "PARTICIPATED_IN",
                         "RIVAL_OF"], types
        leads = [d for _, _, d in g.edges(data=True) if d["type"] == "LEADS"]
        assert all(d["label"] == "LEADS" for d in leads), leads
        assert sorted(d["since"] for d in leads) == ["2010", "2016"]

        ig = igraph.Graph.Read_GraphML(graphml)
        assert ig.vcount() == 7 and ig.ecount() == 7, (ig.vcount(), ig.ecount())
        assert sorted(ig.es["type"]) == types
        assert ig.es["evidence_count"] == [0] * 7  # the key's <default>, no evidence in CSV imports
        assert set(ig.vs["labels"]) == {":Person", ":Organization:Cartel", ":Organization:Agency", ":Event:Raid"}

        # A bad row: exit 1, file:line on stderr, and the database unchanged.
        bad = os.path.join(tmp, "rels_bad.csv")
        with open(bad, "w") as f:
            f.write(":START_ID,:END_ID,:TYPE,count:int\nP1,O1,MEMBER_OF,1\nP2,O2,MEMBER_OF,many\n")
        p = run(binary, "import", "--db", db, "--nodes", *nodes, "--relationships", bad, ok=False)
        assert p.returncode == 1, p
        assert f"{bad}:3: column 'count:int': expected an integer, got 'many'" in p.stderr, p.stderr
        again = os.path.join(tmp, "again.graphml")
        run(binary, "export", "--db", db, "--format", "graphml", "-o", again)
        g2 = nx.read_graphml(again)
        assert (g2.number_of_nodes(), g2.number_of_edges()) == (7, 7)
    print("ok")


if __name__ == "__main__":
    main()
