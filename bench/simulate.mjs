#!/usr/bin/env node
// Simulation throughput of a typical compiled clinic policy, against a baseline measured in the
// same run. Run after `npm run build` (it imports dist/):
//
//   node bench/simulate.mjs
//
// The policy is clinic1's public REST API from examples/clinic-fleet/clinics.tpc as the compiler
// emits it (terminate-tls; deny the blocked range; office addresses past the login; everyone
// else through jwt-validation; a 404 for other paths), with forward-internal followed into the
// internal agent endpoint. It is prepared once (expressions compiled and cached), then run on
// requests from a pool that mixes office, VPN, outside and blocked addresses, with and without a
// staff JWT — the shape of a reviewer's property test.
//
// Baseline: building the same request objects in the same loop without simulating them (what a
// property test pays anyway). Five alternating rounds; the fastest round of each is used (noise
// only ever adds time). Rates are given per second of wall time and per second of this
// process's CPU time (user + system): on a shared machine other work stretches wall time, not
// CPU time. Budget: 200,000 simulations per second without traces, so a reviewer's property
// test runs 100k cases in about a second; it is checked against the CPU-time rate, and the
// wall-time rate is printed beside it. Exit code 1 when under budget.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist/src');
if (!existsSync(join(dist, 'sim/simulate.js'))) {
  console.error('bench/simulate.mjs: dist/src/sim is missing; run `npm run build` first.');
  process.exit(2);
}
const load = (p) => import(pathToFileURL(join(dist, p)).href);
const { compile } = await load('compiler/index.js');
const { prepare } = await load('sim/simulate.js');
const { worldFromCompile } = await load('sim/world.js');

const BUDGET = 200_000;
const file = join(root, 'examples/clinic-fleet/clinics.tpc');
const compiled = compile(readFileSync(file, 'utf8'), { file });
if (compiled.emitSkipped) {
  console.error('bench/simulate.mjs: the example fleet does not compile');
  process.exit(2);
}
const { world } = worldFromCompile(compiled);
const api = prepare('https://clinic1.api.clinicnet.example', world);
const db = prepare('tcp://1.tcp.ngrok.io:12345', world);

const ips = [];
for (let i = 0; i < 256; i++) {
  ips.push(`203.0.113.${i}`, `198.51.100.${i}`, `100.64.${i}.7`, `192.0.2.${i}`);
}
const staff = { claims: { iss: 'https://auth.clinicnet.example', aud: 'clinic-api', sub: 'nurse' } };
const MASK = ips.length - 1;
const makeRequest = (i) => ({ clientIp: ips[i & MASK], path: '/api/patients', tls: '1.3', ...((i & 4) === 0 ? { jwt: staff } : {}) });

// Sanity: the outcomes are the intended mix, and decided.
const seen = new Map();
for (let i = 0; i < 1024; i++) {
  const o = api.simulate(makeRequest(i), { trace: false }).outcome;
  const k = o.result === 'rejected' ? `rejected ${o.status}` : o.result;
  seen.set(k, (seen.get(k) ?? 0) + 1);
}
if (seen.has('unknown')) {
  console.error('bench/simulate.mjs: some simulations are unknown:', Object.fromEntries(seen));
  process.exit(2);
}

let sink = 0;
/** Runs `fn` for `minMs`; returns [per wall second, per CPU second]. */
function rate(fn, minMs = 400) {
  for (let i = 0; i < 5000; i++) fn(i); // warm-up
  let n = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 2000; i++) fn(n + i);
    n += 2000;
    elapsed = performance.now() - start;
  }
  const cpu = process.cpuUsage(cpu0);
  return [(n / elapsed) * 1000, n / ((cpu.user + cpu.system) / 1e6)];
}

const cases = {
  baseline: (i) => {
    sink += makeRequest(i).clientIp.length;
  },
  clinic: (i) => {
    sink += api.simulate(makeRequest(i), { trace: false }).outcome.result.length;
  },
  traced: (i) => {
    sink += api.simulate(makeRequest(i)).trace.length;
  },
  tcp: (i) => {
    sink += db.simulate({ clientIp: ips[i & MASK] }, { trace: false }).outcome.result.length;
  },
};
const best = Object.fromEntries(Object.keys(cases).map((k) => [k, 0]));
const bestCpu = Object.fromEntries(Object.keys(cases).map((k) => [k, 0]));
for (let round = 0; round < 5; round++)
  for (const [k, fn] of Object.entries(cases)) {
    const [wall, cpu] = rate(fn);
    best[k] = Math.max(best[k], wall);
    bestCpu[k] = Math.max(bestCpu[k], cpu);
  }

const k = (x) => (x >= 1e6 ? `${(x / 1e6).toFixed(1)}M` : `${Math.round(x / 1000)}k`);
const pct = (x) => `${Math.round(x * 100)}%`;
const simCost = 1 / bestCpu.clinic - 1 / bestCpu.baseline;
console.log(`simulate.clinic: ${k(bestCpu.clinic)} sims/s (budget ${k(BUDGET)}/s)`);
console.log(`  per CPU second; per wall second ${k(best.clinic)}/s (load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`);
console.log(`  baseline (building the requests alone, same loop): ${k(bestCpu.baseline)}/s; simulation is ${pct(simCost * bestCpu.clinic)} of the loop, ${(simCost * 1e6).toFixed(2)} µs per simulation`);
console.log(`  with a trace: ${k(bestCpu.traced)} sims/s; TCP policy (ops-db): ${k(bestCpu.tcp)} sims/s`);
console.log(`  outcome mix: ${[...seen].map(([o, n]) => `${o} ${n}`).join(', ')} (of 1024)`);
if (sink === 42) console.log('');
process.exitCode = bestCpu.clinic >= BUDGET ? 0 : 1;
