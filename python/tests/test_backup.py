"""Database.backup: a consistent copy of the committed state (graph::Graph::CopyTo, as `cartelgraph backup`)."""

import pytest

import cartelgraph


def counts(db):
    return (db.query("MATCH (n) RETURN count(n)").value(), db.query("MATCH ()-[r]->() RETURN count(r)").value())


def names(db):
    return [row["name"] for row in db.query("MATCH (p:Person) RETURN p.name AS name ORDER BY name")]


def test_backup_of_an_ingested_database_reads_the_same(sample_db, tmp_path):
    sample_db.backup(tmp_path / "backup")
    with cartelgraph.open(tmp_path / "backup", read_only=True) as copy:
        assert counts(copy) == counts(sample_db)
        query = "MATCH (p:Person)-[r]->(o) RETURN p.name, type(r), o.name ORDER BY p.name, type(r), o.name"
        assert copy.query(query).fetchall() == sample_db.query(query).fetchall()
        assert copy.query("MATCH (a:Article) RETURN count(a)").value() > 0


def test_backup_holds_the_state_it_was_taken_at(db, tmp_path):
    db.query("CREATE (:Person {name: 'Ana'})-[:MEMBER_OF]->(:Organization {name: 'X'})")
    db.backup(tmp_path / "then")
    db.query("CREATE (:Person {name: 'Beto'})")
    with cartelgraph.open(tmp_path / "then") as copy:  # a database of its own: writable, apart from the original
        assert counts(copy) == (2, 1)
        copy.query("CREATE (:Person {name: 'Cruz'})")
        assert names(copy) == ["Ana", "Cruz"]
    assert names(db) == ["Ana", "Beto"]


def test_backup_from_a_read_only_open_beside_the_writer(tmp_path):
    path = tmp_path / "db"
    with cartelgraph.open(path) as writer:
        writer.query("UNWIND range(1, 100) AS i CREATE (:Person {name: 'p' + toString(i)})")
        with cartelgraph.open(path, read_only=True) as reader:
            reader.backup(tmp_path / "backup")
        writer.query("CREATE (:Person {name: 'later'})")
    with cartelgraph.open(tmp_path / "backup", read_only=True) as copy:
        assert counts(copy) == (100, 0)


def test_backup_refuses_a_target_that_is_not_new(db, tmp_path):
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    with pytest.raises(ValueError, match="not empty"):
        db.backup(tmp_path / "full")
    assert (tmp_path / "full" / "notes.txt").read_text() == "mine"
    with pytest.raises(ValueError, match="parent directory .* does not exist"):
        db.backup(tmp_path / "missing" / "backup")
    (tmp_path / "empty").mkdir()
    db.backup(tmp_path / "empty")  # an empty directory is fine
    with cartelgraph.open(tmp_path / "empty", read_only=True) as copy:
        assert counts(copy) == (0, 0)
