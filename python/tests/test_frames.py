"""Result.to_df(): dtypes per column kind, entities as dicts, partial dates as strings."""

import datetime

import pandas as pd
import pytest

from cartelgraph import Duration, PartialDate


def test_scalar_columns_get_numpy_dtypes(db):
    df = db.query("UNWIND range(1, 2500) AS i RETURN i, i / 2.0 AS f, i % 2 = 0 AS even, toString(i) AS s, "
                  "date('2020-01-01') + duration({days: i}) AS day").to_df()
    assert list(df.columns) == ["i", "f", "even", "s", "day"]
    assert str(df["i"].dtype) == "int64" and str(df["f"].dtype) == "float64" and str(df["even"].dtype) == "bool"
    assert df["s"].dtype == object and df["day"].dtype == "datetime64[ns]"
    assert len(df) == 2500 and df["i"].sum() == 2500 * 2501 // 2
    assert df["day"].iloc[0] == pd.Timestamp("2020-01-02") and df["even"].iloc[1]


def test_nulls_use_nullable_dtypes(db):
    df = db.query("UNWIND [1, null, 3] AS i RETURN i, toFloat(i) AS f, i > 1 AS b, "
                  "CASE WHEN i IS NULL THEN null ELSE date('2020-01-0' + toString(i)) END AS d, null AS n").to_df()
    assert str(df["i"].dtype) == "Int64" and df["i"].isna().tolist() == [False, True, False]
    assert df["f"].isna().tolist() == [False, True, False] and df["f"].dtype == "float64"
    assert str(df["b"].dtype) == "boolean" and df["b"].tolist()[2]
    assert df["d"].dtype == "datetime64[ns]" and pd.isna(df["d"].iloc[1])
    assert df["n"].isna().all()


def test_partial_dates_make_string_columns(db):
    dates = [PartialDate(2010), PartialDate(2010, 5), datetime.date(2010, 5, 3)]
    df = db.query("UNWIND $dates AS d RETURN d", dates=dates).to_df()
    assert df["d"].tolist() == ["2010", "2010-05", "2010-05-03"]
    assert df.sort_values("d")["d"].tolist() == ["2010", "2010-05", "2010-05-03"]


def test_mixed_columns_fall_back_to_objects(db):
    df = db.query("UNWIND [1, 'a', 2.5, [1]] AS v RETURN v").to_df()
    assert df["v"].tolist() == [1, "a", 2.5, [1]]


def test_entities_become_dicts(db):
    db.query("CREATE (:Person {name: 'A'})-[:LEADS {since: $since}]->(:Organization {name: 'O'})",
             since=PartialDate(2010))
    df = db.query("MATCH (p)-[r]->(o) RETURN p, r, o").to_df()
    p, r = df["p"].iloc[0], df["r"].iloc[0]
    assert p["_labels"] == ["Person"] and p["name"] == "A" and isinstance(p["_id"], int)
    assert r["_type"] == "LEADS" and r["_start"] == p["_id"] and r["since"] == "2010"


def test_to_df_after_partial_iteration_keeps_every_row(db):
    result = db.query("UNWIND range(1, 3000) AS i RETURN i, $p AS p", p=PartialDate(2010))
    assert result.fetchone()["i"] == 1
    df = result.to_df()
    assert df["i"].tolist() == list(range(2, 3001)) and set(df["p"]) == {"2010"}


def test_empty_result_keeps_its_columns(db):
    df = db.query("MATCH (n:Person) RETURN n.name AS name, n.born AS born").to_df()
    assert list(df.columns) == ["name", "born"] and len(df) == 0


@pytest.mark.parametrize("query", ["CREATE (:Person {name: 'Z'})", "RETURN 1 AS x LIMIT 0"])
def test_results_without_rows(db, query):
    assert len(db.query(query).to_df()) == 0


def test_durations_make_timedelta_columns_unless_they_have_months(db):
    df = db.query("UNWIND [1, null, 3] AS i RETURN CASE WHEN i IS NULL THEN null ELSE duration({days: i, "
                  "nanoseconds: 5}) END AS d, duration({months: coalesce(i, 2)}) AS m, [duration({hours: i})] AS l").to_df()
    assert df["d"].dtype == "timedelta64[ns]" and pd.isna(df["d"].iloc[1])
    assert df["d"].iloc[2] == pd.Timedelta(days=3, nanoseconds=5)
    assert df["m"].dtype == object and [str(m) for m in df["m"]] == ["P1M", "P2M", "P3M"]
    assert df["l"].iloc[0] == [datetime.timedelta(hours=1)]
    mixed = db.query("UNWIND [duration('P1D'), duration('P1M')] AS d RETURN d").to_df()
    assert mixed["d"].tolist() == [datetime.timedelta(days=1), Duration(1)]
