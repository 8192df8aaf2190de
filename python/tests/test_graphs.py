"""Result.to_networkx() / to_igraph() against the database's own counts."""

import pytest


def test_networkx_graph_matches_the_database(sample_db):
    rels = sample_db.query("MATCH (a)-[r]->(b) RETURN count(DISTINCT r)").value()
    ends = sample_db.query("MATCH (a)-[r]->(b) UNWIND [a, b] AS n RETURN count(DISTINCT n)").value()
    graph = sample_db.query("MATCH (a)-[r]->(b) RETURN a, r, b").to_networkx()
    assert graph.number_of_edges() == rels > 0
    assert graph.number_of_nodes() == ends
    by_type = dict(sample_db.query("MATCH ()-[r]->() RETURN type(r), count(r)")._tuples())
    seen = {}
    for _, _, data in graph.edges(data=True):
        seen[data["type"]] = seen.get(data["type"], 0) + 1
    assert seen == by_type


def test_networkx_attributes_and_paths(db):
    db.query("CREATE (:Person {name: 'A'})-[:LEADS {end_cause: 'killed'}]->(o:Organization {name: 'O'}), "
             "(:Person {name: 'B', labels: 'not the labels'})-[:MEMBER_OF]->(o)")
    graph = db.query("MATCH path = (:Person)-->(:Organization) RETURN path").to_networkx()
    assert graph.number_of_nodes() == 3 and graph.number_of_edges() == 2
    names = {data["name"]: data["labels"] for _, data in graph.nodes(data=True)}
    assert names == {"A": ("Person",), "B": ("Person",), "O": ("Organization",)}
    leads = [data for _, _, data in graph.edges(data=True) if data["type"] == "LEADS"]
    assert leads == [{"end_cause": "killed", "type": "LEADS"}]


def test_igraph(sample_db):
    pytest.importorskip("igraph")
    rels = sample_db.query("MATCH ()-[r]->() RETURN count(r)").value()
    graph = sample_db.query("MATCH (a)-[r]->(b) RETURN a, r, b").to_igraph()
    assert graph.ecount() == rels and graph.is_directed()
