"""Values in both directions: every type returned, every type passed as a parameter and back."""

import datetime

import pytest

import cartelgraph
from cartelgraph import Duration, Node, PartialDate, Path, Relationship

LITERALS = [
    ("null", None),
    ("true", True),
    ("false", False),
    ("42", 42),
    ("-9223372036854775808", -9223372036854775808),
    ("2.5", 2.5),
    ("'héllo'", "héllo"),
    ("date('2026-02-22')", datetime.date(2026, 2, 22)),
    ("[1, 'a', null, [true]]", [1, "a", None, [True]]),
    ("{a: 1, b: {c: 'd'}}", {"a": 1, "b": {"c": "d"}}),
    ("localdatetime('2026-02-22T10:30:05.25')", datetime.datetime(2026, 2, 22, 10, 30, 5, 250000)),
    ("datetime('2026-02-22T10:30:00-06:00')",
     datetime.datetime(2026, 2, 22, 10, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=-6)))),
    ("localtime('23:59:01')", datetime.time(23, 59, 1)),
    ("duration('P2DT3H4.5S')", datetime.timedelta(days=2, hours=3, seconds=4.5)),
    ("duration('-PT1.000001S')", datetime.timedelta(seconds=-1, microseconds=-1)),
    ("duration('P1M2DT3H')", Duration(1, 2, 3 * 3600)),
]


@pytest.mark.parametrize("literal,expected", LITERALS, ids=[lit for lit, _ in LITERALS])
def test_literals_come_back_as_python_values(db, literal, expected):
    value = db.query(f"RETURN {literal} AS v").value()
    assert value == expected
    assert type(value) is type(expected)


PARAMS = [None, True, 0, -1, 2**62, 1.5, float("inf"), "", "text ünicode", datetime.date(1966, 7, 17),
          PartialDate(2010), PartialDate(2026, 2), datetime.datetime(2026, 2, 22, 7, 0, 1, 5),
          datetime.datetime(2026, 2, 22, 7, 0, tzinfo=datetime.timezone(datetime.timedelta(hours=5, minutes=30))),
          datetime.time(12, 0), datetime.time(0, 0, 1, tzinfo=datetime.timezone.utc),
          datetime.timedelta(days=-3, seconds=7, microseconds=9), Duration(14, -1, 30, 5),
          [], [1, [2, "x"], None], {}, {"k": [1, {"n": None}]}]


@pytest.mark.parametrize("value", PARAMS, ids=[repr(p) for p in PARAMS])
def test_parameters_round_trip(db, value):
    assert db.query("RETURN $v AS v", v=value).value() == value


def test_parameters_are_values_not_text(db):
    # A value that would be Cypher if it were spliced into the query text.
    sneaky = "x' RETURN 1 //"
    assert db.query("RETURN $v AS v", {"v": sneaky}).value() == sneaky
    db.query("CREATE (:Person {name: $name})", name=sneaky)
    assert db.query("MATCH (p:Person {name: $name}) RETURN count(p)", name=sneaky).value() == 1


def test_partial_dates_stored_and_read(db):
    db.query("CREATE (:Person {name: 'A', born: $born})", born=PartialDate(1966))
    born = db.query("MATCH (p:Person) RETURN p.born").value()
    assert born == PartialDate(1966) and str(born) == "1966"


def test_numpy_numbers_are_parameters(db):
    np = pytest.importorskip("numpy")
    assert db.query("RETURN $i + 1 AS v", i=np.int64(41)).value() == 42
    assert db.query("RETURN $f AS v", f=np.float32(0.5)).value() == 0.5


def test_unsupported_parameters_name_where(db):
    with pytest.raises(TypeError, match=r"parameter \$v\[1\]"):
        db.query("RETURN $v", v=[1, object()])
    with pytest.raises(TypeError, match=r"parameter \$v\.k: cannot pass a complex"):
        db.query("RETURN $v", v={"k": 1j})


def test_nodes_relationships_and_paths(db):
    db.query("CREATE (p:Person {name: 'El Mencho'})-[:LEADS {since: $since}]->(o:Organization {name: 'CJNG'})",
             since=PartialDate(2010))
    row = db.query("MATCH path = (p:Person)-[r:LEADS]->(o) RETURN p, r, o, path").fetchone()
    p, r, o, path = row["p"], row["r"], row["o"], row["path"]
    assert isinstance(p, Node) and p.labels == ("Person",) and p["name"] == "El Mencho"
    assert isinstance(r, Relationship) and r.type == "LEADS" and (r.start, r.end) == (p.id, o.id)
    assert r["since"] == PartialDate(2010)
    assert isinstance(path, Path) and path.nodes == (p, o) and path.relationships == (r,)
    # Entities go back as parameters by id.
    assert db.query("MATCH (n) WHERE n = $n RETURN n.name", n=o).value() == "CJNG"
    assert db.query("MATCH ()-[x]->() WHERE x = $r RETURN type(x)", r=r).value() == "LEADS"


def test_write_queries_commit_before_query_returns(db):
    db.query("CREATE (:Person {name: 'A'}) RETURN 1")  # the Result is dropped unread
    result = db.query("CREATE (:Person {name: 'B'})")
    assert result.stats()["nodes_created"] == 1
    assert db.query("MATCH (p:Person) RETURN count(p)").value() == 2


def test_iteration_fetchone_and_columns(db):
    result = db.query("UNWIND range(1, 3000) AS i RETURN i, i * 2 AS twice")
    assert result.columns == ["i", "twice"]
    assert result.fetchone() == {"i": 1, "twice": 2}
    rest = list(result)
    assert len(rest) == 2999 and rest[-1] == {"i": 3000, "twice": 6000}
    assert result.fetchone() is None


def test_durations_print_as_cypher_does(db):
    for months, days, seconds, nanos in [(14, 3, 4 * 3600 + 5 * 60 + 6, 500_000_000), (-14, 0, 0, 0), (1, -2, -61, 0),
                                         (2, 0, 0, 1), (12, 0, -1, 750_000_000)]:
        row = db.query("WITH duration({months: $m, days: $d, seconds: $s, nanoseconds: $n}) AS d "
                       "RETURN d, toString(d) AS text", m=months, d=days, s=seconds, n=nanos).fetchone()
        assert isinstance(row["d"], Duration) and str(row["d"]) == row["text"]
    assert str(Duration(0)) == "PT0S"
    assert Duration(0, 1, 2, 3000).to_timedelta() == datetime.timedelta(days=1, seconds=2, microseconds=3)
    with pytest.raises(ValueError, match="P1M: a duration with months"):
        Duration(1).to_timedelta()
    # Passed back, they do arithmetic in the engine.
    assert db.query("RETURN date('2026-01-31') + $d AS v", d=Duration(1)).value() == datetime.date(2026, 2, 28)
    assert db.query("RETURN date('2026-01-31') + $d AS v",
                    d=datetime.timedelta(days=1)).value() == datetime.date(2026, 2, 1)
