"""Warnings: a query naming a label, relationship type or property key the database has never seen
runs (to no rows) and warns with cartelgraph.UnknownNameWarning, a QueryWarning."""

import warnings

import pytest

import cartelgraph


@pytest.fixture
def seeded(db):
    db.query("CREATE (:Person {name: 'El Mencho'})-[:LEADS]->(:Organization {name: 'CJNG'})")
    return db


def test_unknown_relationship_type_warns_with_a_suggestion_and_position(seeded):
    with pytest.warns(cartelgraph.UnknownNameWarning) as record:
        rows = seeded.query("MATCH (p:Person)\n-[:LEADZ]->(o) RETURN o").fetchall()
    assert rows == []
    assert len(record) == 1
    warning = record[0].message
    assert isinstance(warning, cartelgraph.QueryWarning)
    assert warning.message == "no relationship type LEADZ in the database; did you mean LEADS?"
    assert warning.code == "Neo.ClientNotification.Statement.UnknownRelationshipTypeWarning"
    assert (warning.line, warning.column) == (2, 4)
    assert record[0].filename == __file__  # attributed to the caller of db.query


def test_result_lists_the_notifications(seeded):
    with pytest.warns(cartelgraph.QueryWarning):
        result = seeded.query("MATCH (p:Person) RETURN p.nmae AS n")
    assert result.fetchall() == [{"n": None}]
    assert [n["message"] for n in result.notifications] == [
        "no property key nmae in the database; did you mean name?"]
    assert result.notifications[0]["severity"] == "WARNING"


def test_known_names_and_writes_do_not_warn(seeded):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert seeded.query("MATCH (p:Person)-[:LEADS]->(o) RETURN p.name AS n").fetchall() == [{"n": "El Mencho"}]
        seeded.query("CREATE (:Vessel {flag: 'MX'})")
        assert seeded.query("MATCH (v:Vessel) RETURN v.flag AS f").value() == "MX"
        assert seeded.query("MATCH (p:Person) RETURN p.name AS n").notifications == []
