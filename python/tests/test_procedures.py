"""The domain-question wrappers (db.vacuums() ...): each is CALL cg.<name>(...) as a DataFrame whose
columns are the procedure's outputs, as dbms.procedures() states them. A wrapper whose procedure
this build lacks is skipped, saying so."""

import re

import pandas as pd
import pytest

LEADER = "Nemesio Rubén Oseguera Cervantes"
CARTEL = "Jalisco New Generation Cartel"

WRAPPERS = [
    ("cg.vacuums", lambda db: db.vacuums()),
    ("cg.vacuums", lambda db: db.vacuums(as_of="2025-01-01")),
    ("cg.succession", lambda db: db.succession(CARTEL)),
    ("cg.cooperation", lambda db: db.cooperation()),
    ("cg.designations", lambda db: db.designations()),
    ("cg.conflicts", lambda db: db.conflicts()),
    ("cg.evidence", lambda db: db.evidence(db.query("MATCH (p:Person {name: $n}) RETURN p", n=LEADER).value())),
    ("cg.evidence", lambda db: db.evidence(db.query("MATCH (:Person {name: $n})-[l:LEADS]->() RETURN l",
                                                    n=LEADER).value())),
    ("cg.network", lambda db: db.network(LEADER, 2)),
]


def outputs(sample_db):
    """Procedure name -> its output column names, from dbms.procedures()."""
    table = {}
    for row in sample_db.query("CALL dbms.procedures()"):
        yields = re.search(r"::\s*\((.*)\)\s*$", row["signature"])
        table[row["name"]] = [field.split("::")[0].strip() for field in yields.group(1).split(",")] if yields else []
    return table


@pytest.mark.parametrize("name,call", WRAPPERS, ids=[f"{n}-{i}" for i, (n, _) in enumerate(WRAPPERS)])
def test_wrapper_returns_the_procedures_rows(sample_db, name, call):
    procedures = outputs(sample_db)
    if name not in procedures:
        pytest.skip(f"{name} is not in this build's procedures")
    df = call(sample_db)
    assert isinstance(df, pd.DataFrame) and list(df.columns) == procedures[name]


def test_vacuums_finds_the_sample_vacuum(sample_db):
    if "cg.vacuums" not in outputs(sample_db):
        pytest.skip("cg.vacuums is not in this build's procedures")
    organizations = {row["name"] for row in sample_db.vacuums()["organization"]}
    assert CARTEL in organizations


def test_evidence_of_a_node_id_is_the_nodes(sample_db):
    if "cg.evidence" not in outputs(sample_db):
        pytest.skip("cg.evidence is not in this build's procedures")
    node = sample_db.query("MATCH (p:Person {name: $n}) RETURN p", n=LEADER).value()
    by_id, by_node = sample_db.evidence(node.id), sample_db.evidence(node)
    assert len(by_node) > 0 and by_id.equals(by_node)


def test_call_leaves_out_trailing_nones(sample_db):
    # dbms.procedures takes no argument: a None passed on would be one too many.
    assert sample_db.call("dbms.procedures", None, None).equals(sample_db.call("dbms.procedures"))


def test_as_of_shows_the_graph_of_that_day(sample_db, tmp_path):
    import datetime
    import cartelgraph
    leaders = "MATCH (p:Person)-[:LEADS]->(:Organization {name: $org}) RETURN p.name AS name"
    before = [r["name"] for r in sample_db.query(leaders, org=CARTEL, as_of="2026-02-21")]
    after = [r["name"] for r in sample_db.query(leaders, org=CARTEL, as_of=datetime.date(2026, 2, 23))]
    assert LEADER in before and LEADER not in after
    # Procedures that take a day default to the query's.
    assert CARTEL not in set(sample_db.query("CALL cg.vacuums() YIELD organization RETURN organization.name AS o",
                                             as_of="2026-02-21").to_df()["o"])
    assert CARTEL in set(sample_db.query("CALL cg.vacuums() YIELD organization RETURN organization.name AS o",
                                         as_of=cartelgraph.PartialDate(2026, 3)).to_df()["o"])
    whole, day = tmp_path / "all.jsonl", tmp_path / "day.jsonl"
    sample_db.export(whole, format="json")
    sample_db.export(day, format="json", as_of="2026-02-21")
    count = lambda p: sum('"type":"relationship"' in line for line in p.read_text().splitlines())
    assert 0 < count(day) < count(whole)
    with pytest.raises(ValueError, match="as_of"):
        sample_db.query("RETURN 1", as_of="21 Feb 2026")
    with pytest.raises(TypeError, match="as_of"):
        sample_db.query("RETURN 1", as_of=20260221)
