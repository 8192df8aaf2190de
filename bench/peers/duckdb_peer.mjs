// DuckDB (npm @duckdb/node-api) on the shared synthetic world
// (../shared/bench/README.md): loads the neo4j CSVs, runs T1-T6 and prints
// world_bench's task lines and checksums. Run through run.sh, which
// installs the package in a scratch directory:
//   NODE_PATH=<scratch>/node_modules node bench/peers/duckdb_peer.mjs --world DIR [--budget 60]
// T3 is one SQL statement on an undirected adjacency table; T4 and T5 a
// breadth-first search over it, SQL statements per hop (temporary tables),
// as sqlite_peer.py does.
import fs from 'node:fs';
import path from 'node:path';

import { args, footprint, loaded, now, queries, requirePackage, sampled as sampledWithin, wholeGraph } from './common.mjs';

const { DuckDBInstance, version } = requirePackage('@duckdb/node-api');
const world = args.world;
const budget = Number(args.budget || 60);
const db = args.db || `${world}.duckdb`;
for (const f of [db, `${db}.wal`]) fs.rmSync(f, { force: true });
const q = queries(world);

const instance = await DuckDBInstance.create(db);
const con = await instance.connect();
const rows = async (sql, ...params) => (await con.runAndReadAll(sql, params.length ? params : undefined)).getRows();

const sampled = (task, items, one) => sampledWithin(task, items, budget, one);

const t = now();
const csv = (glob) => `read_csv('${path.join(world, 'neo4j', glob)}', union_by_name = true, all_varchar = true, header = true)`;
await con.run(`CREATE TABLE nodes AS SELECT (row_number() OVER ()) - 1 AS k, "id:ID" AS id, name,
               split_part(":LABEL", ';', 1) AS label FROM ${csv('nodes_*.csv')}`);
await con.run(`CREATE TABLE edges AS SELECT s.k AS s, d.k AS d, e.":TYPE" AS type, e.until, e.end_cause
               FROM ${csv('rels_*.csv')} e JOIN nodes s ON s.id = e.":START_ID" JOIN nodes d ON d.id = e.":END_ID"`);
await con.run(`CREATE TABLE adj AS SELECT DISTINCT a, b FROM (SELECT s AS a, d AS b FROM edges UNION ALL SELECT d, s FROM edges)`);
await con.run(`CREATE UNIQUE INDEX nodes_id ON nodes(id)`);
await con.run(`CREATE INDEX nodes_name ON nodes(name)`);
await con.run(`CREATE INDEX adj_a ON adj(a)`);
await con.run(`CHECKPOINT`);
const loadS = (now() - t) / 1000;
const nodes = Number((await rows('SELECT count(*) FROM nodes'))[0][0]);
const edges = Number((await rows('SELECT count(*) FROM edges'))[0][0]);
loaded(loadS, nodes, edges);
console.log(`duckdb ${version()}`);

const key = async (id) => Number((await rows('SELECT k FROM nodes WHERE id = $1', id))[0][0]);
await sampled('T2', q.t2_names, async (name) => (await rows(`SELECT id FROM nodes WHERE name = $1 AND label = 'Person'`, name)).length);
await sampled('T3', q.t3_persons, async (id) =>
  (await rows('SELECT n.id FROM nodes p JOIN adj ON adj.a = p.k JOIN nodes n ON n.k = adj.b WHERE p.id = $1', id)).length);

// Hop by hop from key a: [nodes seen besides a, hops to target or -1].
async function bfs(a, maxHops, target = -1) {
  if (a === target) return [0, 0];
  await con.run(`CREATE OR REPLACE TEMP TABLE seen AS SELECT ${a}::BIGINT AS n`);
  await con.run(`CREATE OR REPLACE TEMP TABLE frontier AS SELECT ${a}::BIGINT AS n`);
  for (let d = 1; d <= maxHops; ++d) {
    await con.run(`CREATE OR REPLACE TEMP TABLE next AS SELECT DISTINCT adj.b AS n FROM frontier
                   JOIN adj ON adj.a = frontier.n ANTI JOIN seen ON seen.n = adj.b`);
    if (target >= 0 && (await rows(`SELECT 1 FROM next WHERE n = ${target}`)).length) return [0, d];
    await con.run('INSERT INTO seen SELECT n FROM next');
    await con.run('CREATE OR REPLACE TEMP TABLE frontier AS SELECT n FROM next');
  }
  return [Number((await rows('SELECT count(*) FROM seen'))[0][0]) - 1, -1];
}
for (const hops of [2, 3]) {
  await sampled(`T4 k=${hops}`, q.t4_persons, async (id) => (await bfs(await key(id), hops))[0]);
}
await sampled('T5', q.t5_pairs, async ([a, b]) => (await bfs(await key(a), 30, await key(b)))[1]);

const t6 = `
WITH l AS (SELECT e.s, e.d, e.until, e.end_cause FROM edges e
           JOIN nodes p ON p.k = e.s AND p.label = 'Person'
           JOIN nodes o ON o.k = e.d AND o.label = 'Organization' WHERE e.type = 'LEADS'),
     agg AS (SELECT d, count(end_cause) AS ended, sum(CASE WHEN until IS NULL THEN 1 ELSE 0 END) AS open,
             max(until) AS last FROM l GROUP BY d HAVING ended > 0 AND open = 0),
     leader AS (SELECT agg.d, min(p.id) AS leader_id FROM agg
                JOIN l ON l.d = agg.d AND l.until = agg.last JOIN nodes p ON p.k = l.s GROUP BY agg.d),
     members AS (SELECT m.d, count(DISTINCT m.s) AS members FROM edges m JOIN nodes mp ON mp.k = m.s
                 AND mp.label = 'Person' WHERE m.type = 'MEMBER_OF' GROUP BY m.d)
SELECT o.id, leader.leader_id, coalesce(members.members, 0) AS members
FROM leader JOIN nodes o ON o.k = leader.d LEFT JOIN members ON members.d = leader.d
ORDER BY members DESC, o.id`;
await wholeGraph(async () => rows(t6));
con.closeSync?.();
footprint([db, `${db}.wal`]);
