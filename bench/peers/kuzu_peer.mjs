// Kùzu (npm kuzu@0.11.3) on the shared synthetic world
// (../shared/bench/README.md): loads the typed CSVs (one node table per
// label, one relationship table per type with a FROM/TO pair per file),
// runs T1-T6 with the Cypher texts world_bench uses (T4/T5 in Kùzu's
// `-[* SHORTEST 1..k]-` form) and prints world_bench's task lines and
// checksums. Run through run.sh:
//   NODE_PATH=<scratch>/node_modules node bench/peers/kuzu_peer.mjs --world DIR [--budget 60]
import fs from 'node:fs';
import path from 'node:path';

import { args, footprint, loaded, now, queries, requirePackage, sampled as sampledWithin, wholeGraph } from './common.mjs';

const kuzu = requirePackage('kuzu');
const world = args.world;
const budget = Number(args.budget || 60);
const dbPath = args.db || `${world}.kuzu`;
fs.rmSync(dbPath, { recursive: true, force: true });
fs.rmSync(`${dbPath}.wal`, { force: true });
const q = queries(world);
const manifest = JSON.parse(fs.readFileSync(path.join(world, 'manifest.json'), 'utf8'));
const typed = path.join(world, 'typed');

const db = new kuzu.Database(dbPath);
const conn = new kuzu.Connection(db);
const all = async (text, params) => {
  const result = params ? await conn.execute(await conn.prepare(text), params) : await conn.query(text);
  return result.getAll();
};
const header = (file) => fs.readFileSync(file, 'utf8').split('\n', 1)[0].split(',');

const t = now();
for (const label of Object.keys(manifest.node_tables)) {
  const file = path.join(typed, `node_${label}.csv`);
  const columns = header(file).map((c) => `${c} STRING`).join(', ');
  await conn.query(`CREATE NODE TABLE ${label}(${columns}, PRIMARY KEY (id))`);
  await conn.query(`COPY ${label} FROM '${file}' (header = true)`);
}
const byType = {};
for (const table of Object.keys(manifest.typed_rel_tables)) {
  const [type, from, to] = table.split('__');
  (byType[type] ||= []).push({ from, to, file: path.join(typed, `rel_${table}.csv`) });
}
for (const [type, pairs] of Object.entries(byType)) {
  const props = header(pairs[0].file).slice(2).map((c) => `, ${c} STRING`).join('');
  const ends = pairs.map((p) => `FROM ${p.from} TO ${p.to}`).join(', ');
  await conn.query(`CREATE REL TABLE ${type}(${ends}${props})`);
  for (const p of pairs) {
    await conn.query(`COPY ${type} FROM '${p.file}' (header = true${pairs.length > 1 ? `, from = '${p.from}', to = '${p.to}'` : ''})`);
  }
}
const loadS = (now() - t) / 1000;
const nodes = Number((await all('MATCH (n) RETURN count(*) AS c'))[0].c);
const edges = Number((await all('MATCH ()-[r]->() RETURN count(*) AS c'))[0].c);
loaded(loadS, nodes, edges);
console.log(`kuzu ${kuzu.VERSION || ''}`);

// A prepared statement per task; value(rows) is the sample's answer.
async function sampled(task, items, text, params, value) {
  const statement = await conn.prepare(text);
  await sampledWithin(task, items, budget, async (item) => value(await (await conn.execute(statement, params(item))).getAll()));
}

await sampled('T2', q.t2_names, 'MATCH (p:Person) WHERE p.name = $name RETURN p.id AS id', (name) => ({ name }),
  (rows) => rows.length);
await sampled('T3', q.t3_persons, 'MATCH (p:Person {id: $id})--(n) RETURN DISTINCT n.id AS id', (id) => ({ id }),
  (rows) => rows.length);
for (const k of [2, 3]) {
  await sampled(`T4 k=${k}`, q.t4_persons,
    `MATCH (p:Person {id: $id})-[* SHORTEST 1..${k}]-(n) WHERE n.id <> $id RETURN count(DISTINCT n) AS c`,
    (id) => ({ id }), (rows) => Number(rows[0].c));
}
await sampled('T5', q.t5_pairs, 'MATCH p = (a:Person {id: $a})-[* SHORTEST 1..30]-(b:Person {id: $b}) RETURN length(p) AS d',
  ([a, b]) => ({ a, b }), (rows) => (rows.length ? Number(rows[0].d) : -1));

const t6 = `MATCH (:Person)-[r:LEADS]->(o:Organization)
  WITH o, count(r.end_cause) AS ended, sum(CASE WHEN r.until IS NULL THEN 1 ELSE 0 END) AS open, max(r.until) AS last_until
  WHERE ended > 0 AND open = 0
  MATCH (p:Person)-[r:LEADS]->(o) WHERE r.until = last_until
  WITH o, min(p.id) AS leader_id, last_until
  MATCH (p:Person {id: leader_id})-[r:LEADS]->(o) WHERE r.until = last_until
  OPTIONAL MATCH (m:Person)-[:MEMBER_OF]->(o)
  RETURN o.id AS org, p.id AS leader, count(DISTINCT m) AS members ORDER BY members DESC, org`;
await wholeGraph(async () => (await all(t6)).map((r) => [r.org, r.leader, r.members]));
footprint([dbPath, `${dbPath}.wal`]);
process.exit(0);
