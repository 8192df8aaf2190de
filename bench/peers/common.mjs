// What the Node.js peers share: arguments, the npm package from run.sh's
// scratch directory, and world_bench's sampled-task line.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

// --name value pairs.
export const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));

// A package installed under $NODE_PATH (run.sh's scratch node_modules).
export const requirePackage = createRequire(path.join(process.env.NODE_PATH || '.', 'x.js'));

export const now = () => performance.now();
export const queries = (world) => JSON.parse(fs.readFileSync(path.join(world, 'queries.json'), 'utf8'));

// Runs `one(item)` (a promise of a number) for each item until the budget
// runs out; prints the p50 and the sum of the answers as world_bench does.
export async function sampled(task, items, budgetSeconds, one) {
  const ms = [];
  let checksum = 0;
  const start = now();
  for (const item of items) {
    if (now() - start >= budgetSeconds * 1000) break;
    const t = now();
    checksum += await one(item);
    ms.push(now() - t);
  }
  ms.sort((a, b) => a - b);
  const p50 = ms.length ? ms[Math.floor(ms.length / 2)] : 0;
  console.log(`${task.padEnd(10)} p50 ${p50.toFixed(3).padStart(9)} ms   checksum ${checksum} [n=${ms.length}]`);
}

// T6's line: median of three runs of `run` (a promise of [org, leader, members] rows).
export async function wholeGraph(run) {
  const times = [];
  let rows = [];
  for (let rep = 0; rep < 3; ++rep) {
    const t = now();
    rows = await run();
    times.push(now() - t);
  }
  times.sort((a, b) => a - b);
  const sum = rows.reduce((s, r) => s + Number(r[2]), 0);
  const first = rows[0] || ['', '', 0];
  console.log(`T6         median ${times[1].toFixed(3)} ms   checksum rows=${rows.length} members_sum=${sum} ` +
              `first=[${first[0]}, ${first[1]}, ${Number(first[2])}]`);
}

// The T1 and T9 lines.
export function loaded(seconds, nodes, edges) {
  console.log(`T1 load    ${seconds.toFixed(2)} s (${Math.round((nodes + edges) / seconds)} rows/s)   ` +
              `checksum nodes=${nodes} edges=${edges}`);
}
export function footprint(paths) {
  const du = (p) => (fs.statSync(p).isDirectory() ? fs.readdirSync(p).reduce((s, f) => s + du(path.join(p, f)), 0)
                                                 : fs.statSync(p).size);
  const disk = paths.filter((p) => fs.existsSync(p)).reduce((s, p) => s + du(p), 0);
  console.log(`T9 disk    ${(disk / 1e6).toFixed(1)} MB   peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
}
