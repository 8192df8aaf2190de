#!/usr/bin/python3
"""SQLite on the shared synthetic world (../shared/bench/README.md): loads the
neo4j CSVs, runs T1-T6 and prints world_bench's task lines and checksums.

    /usr/bin/python3 bench/peers/sqlite_peer.py --world /tmp/world-M [--budget 60]

T3 is one SQL statement on an undirected adjacency table; T4 and T5 are a
breadth-first walk over it as one recursive CTE each.
"""
import argparse
import csv
import glob
import json
import os
import resource
import sqlite3
import sys
import time


def sampled(task, items, budget, one):
    ms, checksum = [], 0
    start = time.perf_counter()
    for item in items:
        if time.perf_counter() - start >= budget:
            break
        t = time.perf_counter()
        checksum += one(item)
        ms.append((time.perf_counter() - t) * 1000)
    ms.sort()
    p50 = ms[len(ms) // 2] if ms else 0.0
    print(f"{task:<10} p50 {p50:9.3f} ms   checksum {checksum} [n={len(ms)}]", flush=True)


def load(con, world):
    con.executescript("""
        PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;
        CREATE TABLE nodes(k INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT, label TEXT NOT NULL);
        CREATE TABLE edges(s INTEGER NOT NULL, d INTEGER NOT NULL, type TEXT NOT NULL, until TEXT, end_cause TEXT);
        CREATE TABLE adj(a INTEGER NOT NULL, b INTEGER NOT NULL, PRIMARY KEY(a, b)) WITHOUT ROWID;
    """)
    key = {}
    nodes = 0
    for path in sorted(glob.glob(os.path.join(world, "neo4j", "nodes_*.csv"))):
        with open(path, newline="") as f:
            rows = csv.reader(f)
            next(rows)
            batch = []
            for r in rows:
                key[r[0]] = len(key)
                batch.append((key[r[0]], r[0], r[1] or None, r[-1].split(";")[0]))
            con.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?)", batch)
            nodes += len(batch)
    edges = 0
    for path in sorted(glob.glob(os.path.join(world, "neo4j", "rels_*.csv"))):
        with open(path, newline="") as f:
            rows = csv.reader(f)
            header = next(rows)
            until = header.index("until") if "until" in header else None
            cause = header.index("end_cause") if "end_cause" in header else None
            batch = [(key[r[0]], key[r[1]], r[2], (r[until] or None) if until else None,
                      (r[cause] or None) if cause else None) for r in rows]
            con.executemany("INSERT INTO edges VALUES (?, ?, ?, ?, ?)", batch)
            edges += len(batch)
    con.executescript("""
        INSERT OR IGNORE INTO adj SELECT s, d FROM edges;
        INSERT OR IGNORE INTO adj SELECT d, s FROM edges;
        CREATE UNIQUE INDEX nodes_id ON nodes(id);
        CREATE INDEX nodes_name ON nodes(name);
        CREATE INDEX edges_type_d ON edges(type, d);
    """)
    con.commit()
    return nodes, edges


T6 = """
WITH l AS (SELECT e.s, e.d, e.until, e.end_cause FROM edges e
           JOIN nodes p ON p.k = e.s AND p.label = 'Person'
           JOIN nodes o ON o.k = e.d AND o.label = 'Organization' WHERE e.type = 'LEADS'),
     agg AS (SELECT d, count(end_cause) AS ended, sum(until IS NULL) AS open, max(until) AS last
             FROM l GROUP BY d HAVING ended > 0 AND open = 0),
     leader AS (SELECT agg.d, min(p.id) AS leader_id FROM agg
                JOIN l ON l.d = agg.d AND l.until = agg.last JOIN nodes p ON p.k = l.s GROUP BY agg.d)
SELECT o.id, leader.leader_id,
       (SELECT count(DISTINCT m.s) FROM edges m JOIN nodes mp ON mp.k = m.s AND mp.label = 'Person'
        WHERE m.type = 'MEMBER_OF' AND m.d = leader.d) AS members
FROM leader JOIN nodes o ON o.k = leader.d ORDER BY members DESC, o.id
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--world", required=True)
    ap.add_argument("--db", default=None)
    ap.add_argument("--budget", type=float, default=60)
    args = ap.parse_args()
    db = args.db or args.world + ".sqlite"
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    q = json.load(open(os.path.join(args.world, "queries.json")))
    con = sqlite3.connect(db)
    t = time.perf_counter()
    nodes, edges = load(con, args.world)
    load_s = time.perf_counter() - t
    print(f"T1 load    {load_s:.2f} s ({(nodes + edges) / load_s:.0f} rows/s)   checksum nodes={nodes} edges={edges}")
    print(f"sqlite {sqlite3.sqlite_version}")
    cur = con.cursor()

    sampled("T2", q["t2_names"], args.budget, lambda name: len(
        cur.execute("SELECT id FROM nodes WHERE name = ? AND label = 'Person'", (name,)).fetchall()))
    sampled("T3", q["t3_persons"], args.budget, lambda id_: len(cur.execute(
        "SELECT n.id FROM nodes p JOIN adj ON adj.a = p.k JOIN nodes n ON n.k = adj.b WHERE p.id = ?",
        (id_,)).fetchall()))
    # Breadth-first as a recursive CTE: rows (node, depth) in FIFO order,
    # a pair once; nodes repeat at greater depths (UNION keeps the pairs).
    walk = """WITH RECURSIVE r(n, d) AS (SELECT k, 0 FROM nodes WHERE id = ?1
              UNION SELECT adj.b, r.d + 1 FROM r JOIN adj ON adj.a = r.n WHERE r.d < {hops})"""
    for hops in (2, 3):
        text = walk.format(hops=hops) + " SELECT count(DISTINCT n) FROM r WHERE n <> (SELECT k FROM nodes WHERE id = ?1)"
        sampled(f"T4 k={hops}", q["t4_persons"], args.budget,
                lambda id_, text=text: cur.execute(text, (id_,)).fetchone()[0])
    # The first row reaching b is at its distance (FIFO order); LIMIT 1 stops the walk there.
    t5 = walk.format(hops=30) + " SELECT d FROM r WHERE n = (SELECT k FROM nodes WHERE id = ?2) LIMIT 1"

    def distance(pair):
        row = cur.execute(t5, (pair[0], pair[1])).fetchone()
        return row[0] if row else -1

    sampled("T5", q["t5_pairs"], args.budget, distance)
    times = []
    for _ in range(3):
        t = time.perf_counter()
        rows = cur.execute(T6).fetchall()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    first = rows[0] if rows else ("", "", 0)
    print(f"T6         median {times[1]:.3f} ms   checksum rows={len(rows)} members_sum={sum(r[2] for r in rows)} "
          f"first=[{first[0]}, {first[1]}, {first[2]}]")
    con.close()
    disk = sum(os.path.getsize(db + s) for s in ("", "-wal") if os.path.exists(db + s))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"T9 disk    {disk / 1e6:.1f} MB   peak RSS {rss:.0f} MB")


if __name__ == "__main__":
    sys.exit(main())
