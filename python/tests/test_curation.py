"""The curation wrappers (db.merge, db.reject, db.reject_claim, ... db.decisions): thin calls of the cg.* curation
procedures, each one decision that commits before it returns."""

import pytest

import cartelgraph
from conftest import ARTICLES

LEADER = "Nemesio Rubén Oseguera Cervantes"


@pytest.fixture
def curated(tmp_path):
    with cartelgraph.open(tmp_path / "db") as database:
        database.query("CREATE (:Person {name: $a, aliases: ['El Mencho']}), (:Person {name: 'El Mecho'}), "
                       "(:Organization:Cartel {name: 'Jalisco New Generation Cartel'})", a=LEADER)
        database.query("MATCH (p:Person {name: 'El Mecho'}), (c:Cartel) CREATE (p)-[:LEADS]->(c)")
        yield database


def test_merge_then_undo(curated):
    made = curated.merge(LEADER, "El Mecho", "same person", author="ana")
    assert list(made.columns) == ["decision", "summary"] and made["decision"][0] == 1
    aliases = curated.query("MATCH (p:Person) RETURN p.aliases").value()
    assert aliases == ["El Mencho", "El Mecho"]
    assert curated.query("MATCH (p:Person)-[:LEADS]->() RETURN p.name").value() == LEADER
    log = curated.decisions()
    assert list(log["kind"]) == ["merge"] and list(log["author"]) == ["ana"] and list(log["reason"]) == ["same person"]
    curated.undo(1)
    assert curated.query("MATCH (p:Person)-[:LEADS]->() RETURN p.name").value() == "El Mecho"
    assert list(curated.decisions()["undone"]) == [True]


def test_reject_hides_unless_shown(curated):
    rel = curated.query("MATCH ()-[l:LEADS]->() RETURN l").value()
    curated.reject(rel, "misread")
    assert curated.query("MATCH ()-[l:LEADS]->() RETURN count(l)").value() == 0
    assert curated.query("MATCH ()-[l:LEADS]->() RETURN count(l)", show_rejected=True).value() == 1


def test_export_leaves_rejected_out_unless_shown(curated, tmp_path):
    rel = curated.query("MATCH ()-[l:LEADS]->() RETURN l").value()
    curated.reject(rel, "misread")
    curated.export(tmp_path / "curated.jsonl")
    assert '"LEADS"' not in (tmp_path / "curated.jsonl").read_text()
    curated.export(tmp_path / "all.graphml", format="graphml", show_rejected=True)
    graphml = (tmp_path / "all.graphml").read_text()
    assert "LEADS" in graphml and "curated" in graphml
    curated.export(tmp_path / "sub.jsonl", query="MATCH p = ()-[:LEADS]->() RETURN p", show_rejected=True)
    assert '"LEADS"' in (tmp_path / "sub.jsonl").read_text()


def test_refusal_is_a_query_error(curated):
    with pytest.raises(cartelgraph.QueryError, match="cannot merge Person"):
        curated.merge(LEADER, "Jalisco New Generation Cartel")


def test_duplicates_and_rename(curated):
    dups = curated.duplicates()
    assert list(dups.columns) == ["entity", "duplicate", "label", "score", "reasons"]
    assert dups["duplicate"][0].get("name") == "El Mecho"
    curated.rename("El Mecho", "Rubén Mecho", "his name")
    curated.relabel("Jalisco New Generation Cartel", "Agency", "test")
    curated.assert_fact("Rubén Mecho", "MEMBER_OF", "Jalisco New Generation Cartel", "interview", "a note")
    assert len(curated.decisions()) == 3


def test_reject_claim_settles_the_conflict_and_undo_restores_it(db):
    db.ingest([ARTICLES / "01-tapalpa-raid.md", ARTICLES / "06-reward-notice.md"], progress=False)
    assert list(db.conflicts()["key"]) == ["reward"]
    died = "MATCH (p:Person {name: $n}) RETURN p.died"
    assert str(db.query(died, n=LEADER).value()) == "2026-02-22"

    made = db.reject_claim("El Mencho", "reward", 10_000_000, "the notice is out of date",
                           article="Reward notice lists a smaller sum for El Mencho", author="ana")
    assert made["summary"][0].startswith(f"reject reward = 10000000 of '{LEADER}'")
    assert len(db.conflicts()) == 0
    db.reject_claim("El Mencho", "died", "2026-02-22", "not confirmed")
    assert db.query(died, n=LEADER).value() is None
    flags = db.evidence(db.query("MATCH (p:Person {name: $n}) RETURN p", n=LEADER).value())
    assert "reward: rejected by decision 1" in list(flags["curation"])
    assert list(db.decisions()["kind"]) == ["reject", "reject"]

    db.undo(2)
    assert str(db.query(died, n=LEADER).value()) == "2026-02-22"
    db.undo(1)
    assert list(db.conflicts()["key"]) == ["reward"]


def test_reject_claim_refusal_names_the_claims(db):
    db.ingest([ARTICLES / "06-reward-notice.md"], progress=False)
    with pytest.raises(cartelgraph.QueryError, match=r"its claims of reward: 10000000"):
        db.reject_claim(LEADER, "reward", 1)
