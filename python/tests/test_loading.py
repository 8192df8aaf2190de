"""ingest, export and import_csv, and the CALL wrappers."""

import json
import signal
import threading

import pytest

import cartelgraph


def test_ingest_summary_and_idempotence(tmp_path):
    from conftest import ARTICLES
    calls = []
    with cartelgraph.open(tmp_path / "db") as db:
        summary = db.ingest(ARTICLES, date="2026-02-22", progress=calls.append)
        files = sorted(ARTICLES.glob("*.md"))
        assert summary["articles"] == len(files) and summary["failed"] == 0
        assert summary["new_entities"] > 0 and summary["relationships"] > 0
        assert {f["outcome"] for f in summary["files"]} == {"ingested"}
        assert calls[-1]["files_done"] == calls[-1]["files_total"] == len(files)
        nodes = db.query("MATCH (n) RETURN count(n)").value()
        again = db.ingest([ARTICLES], progress=False)
        assert again["articles"] == 0 and again["unchanged"] == len(files)
        assert db.query("MATCH (n) RETURN count(n)").value() == nodes


def test_export_and_import_round_trip(sample_db, tmp_path):
    nodes = sample_db.query("MATCH (n) RETURN count(n)").value()
    rels = sample_db.query("MATCH ()-[r]->() RETURN count(r)").value()
    sample_db.export(tmp_path / "csv", format="csv")
    node_files = sorted(str(p) for p in (tmp_path / "csv").glob("nodes*.csv"))
    rel_files = sorted(str(p) for p in (tmp_path / "csv").glob("rel*.csv"))
    assert node_files and rel_files
    with cartelgraph.open(tmp_path / "copy") as copy:
        loaded = copy.import_csv(nodes=node_files, relationships=rel_files)
        assert loaded == {"nodes": nodes, "relationships": rels}
        assert copy.query("MATCH ()-[r]->() RETURN count(r)").value() == rels


def test_export_of_a_query_subgraph(sample_db, tmp_path):
    out = tmp_path / "leads.jsonl"
    sample_db.export(out, format="json", query="MATCH (p:Person)-[r:LEADS]->(o) RETURN p, r, o")
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    rels = [x for x in lines if x["type"] == "relationship"]
    assert rels and {r["label"] for r in rels} == {"LEADS"}
    assert len(rels) == sample_db.query("MATCH ()-[r:LEADS]->() RETURN count(r)").value()


def test_call_returns_a_dataframe(db):
    df = db.call("dbms.procedures")
    assert "name" in df.columns and "dbms.procedures" in set(df["name"])


def test_ingest_shows_a_tqdm_bar_when_tqdm_is_installed(tmp_path, capsys):
    pytest.importorskip("tqdm")
    from conftest import ARTICLES
    with cartelgraph.open(tmp_path / "db") as db:
        db.ingest(sorted(ARTICLES.glob("*.md"))[:2])
    bar = capsys.readouterr().err
    assert "ingest" in bar and "2/2 files" in bar


def test_ctrl_c_stops_ingest_after_the_article_being_written(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(20):
        (articles / f"a{i:02}.md").write_text(f"---\ntitle: Article {i:02}\ndate: 2026-01-01\n---\n"
                                              f"Juan Pérez Number{i} was arrested in Culiacán, Sinaloa.\n")
    handler = signal.getsignal(signal.SIGINT)
    main = threading.get_ident()
    with cartelgraph.open(tmp_path / "db") as db:
        # Ctrl-C while the first article is reported: delivered to this (the main) thread at once.
        with pytest.raises(KeyboardInterrupt):
            db.ingest(articles, progress=lambda p: signal.pthread_kill(main, signal.SIGINT))
        titles = db.query("MATCH (a:Article) RETURN a.title AS t ORDER BY t").to_df()["t"].tolist()
        assert titles == ["Article 00"]
        assert signal.getsignal(signal.SIGINT) is handler
        rest = db.ingest(articles, progress=False)
        assert rest["articles"] == 19 and rest["unchanged"] == 1
