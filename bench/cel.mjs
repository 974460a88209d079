// Benchmarks tpc's CEL layer against bare cel-js measured in the same run.
//
//   node bench/cel.mjs
//
// Bundles src/ngrok/cel/index.ts with esbuild (dependencies stay external) into
// node_modules/.cache/tpc-bench/, then prints ops/s and ratios:
//   1. evaluation of a compiled typical clinic expression: tpc (prepared activation) vs a
//      pre-parsed bare cel-js function with the same variables and a direct inCidrRange;
//   2. one simulated request = prepareActivation + the 5 expressions of a clinic policy;
//   3. analyzeExpression of distinct texts vs a bare cel-js parse of the same texts (the lint
//      floor), and of a repeated text (analysis results are cached by text);
//   4. module import time.
// Each figure is the median of 3 rounds of CPU time (process.cpuUsage); baseline and tpc
// alternate within a round. The box is shared and noisy: compare the ratios.
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { Environment } from '@marcbachmann/cel-js';

const root = new URL('..', import.meta.url).pathname;
const outdir = `${root}node_modules/.cache/tpc-bench`;
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: { cel: `${root}src/ngrok/cel/index.ts` },
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
const coldStart = performance.now();
const cel = await import(`${outdir}/cel.js`);
const importMs = performance.now() - coldStart;

const TYPICAL =
  "req.method in ['GET', 'HEAD', 'POST'] && req.url.path.startsWith('/api/') && inCidrRange(conn.client_ip, '203.0.113.0/24') && getReqHeader('x-api-key').size() > 0";
const POLICY = [
  "inCidrRanges(conn.client_ip, ['203.0.113.0/24', '198.51.100.0/24', '2001:db8::/32'])",
  "conn.tls.version >= '1.2'",
  "req.url.path.startsWith('/api/patients') && req.method in ['GET', 'POST']",
  "hasReqHeader('authorization') && getReqHeader('authorization')[0].startsWith('Bearer ')",
  "actions.ngrok.oauth.identity.email.endsWith('@clinicnet.example')",
];

const activation = {
  conn: { client_ip: '203.0.113.9', client_port: 52100, server_port: 443, tls: { version: '1.3' } },
  req: {
    method: 'GET',
    url: 'https://clinic1.example/api/patients/7?x=1',
    headers: { 'x-api-key': 'k', authorization: 'Bearer t', 'user-agent': 'curl/8' },
  },
  endpoint: { host: 'clinic1.example', port: 443 },
  time: { now: '2026-11-25T10:20:30Z' },
  vars: {},
  actions: { ngrok: { oauth: { identity: { email: 'bob@clinicnet.example' } } } },
};

/** Operations per second of CPU time used by this process (less sensitive to a busy box than wall time). */
function opsPerSecond(fn, minMs = 300) {
  for (let i = 0; i < 2000; i++) fn(); // warm-up
  let n = 0;
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  };
  const start = cpu();
  let elapsed = 0;
  while (elapsed < minMs) {
    for (let i = 0; i < 1000; i++) fn();
    n += 1000;
    elapsed = cpu() - start;
  }
  return (n / elapsed) * 1000;
}

/** Runs each named case `rounds` times, alternating, and returns the median ops/s per case. */
function measure(cases, rounds = 3) {
  const runs = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  for (let r = 0; r < rounds; r++) for (const [k, fn] of Object.entries(cases)) runs[k].push(opsPerSecond(fn));
  return Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.sort((a, b) => a - b)[Math.floor(v.length / 2)]]));
}

const fmt = (x) => Math.round(x).toLocaleString('en-US');

// --- 1. evaluation --------------------------------------------------------------------------
const bare = new Environment();
for (const r of ['conn', 'req', 'res', 'endpoint', 'time', 'vars', 'actions']) bare.registerVariable(r, 'dyn');
const bareCtx = {
  ...activation,
  req: { ...activation.req, url: { path: '/api/patients/7' }, headers: { 'x-api-key': ['k'], authorization: ['Bearer t'] } },
};
bare.registerFunction('inCidrRange(string, string): bool', (ip) => ip.startsWith('203.0.113.'));
bare.registerFunction('getReqHeader(string): list<string>', (h) => bareCtx.req.headers[h] ?? []);
const bareFn = bare.parse(TYPICAL);
bareFn.check();
if (bareFn(bareCtx) !== true) throw new Error('baseline expression did not evaluate to true');

const compiled = cel.compileExpression(TYPICAL);
if ('error' in compiled) throw new Error(compiled.error.message);
const prepared = cel.prepareActivation(activation);
const check = compiled.evaluate(prepared);
if (!check.ok || check.value !== true) throw new Error(`tpc expression: ${JSON.stringify(check)}`);

const policy = POLICY.map((t) => {
  const c = cel.compileExpression(t);
  if ('error' in c) throw new Error(c.error.message);
  return c;
});
const parseOnly = new Environment();
let u = 0;
const unique = () => `${TYPICAL} && req.url.path != '/p${u++}'`;

const m = measure({
  baseEval: () => bareFn(bareCtx),
  tpcEval: () => compiled.evaluate(prepared),
  tpcEvalPlain: () => compiled.evaluate(activation),
  prep: () => cel.prepareActivation(activation),
  // --- 2. one simulated request: prepare + every expression of the policy
  sims: () => {
    const a = cel.prepareActivation(activation);
    for (const c of policy) c.evaluate(a);
  },
  // --- 3. analysis
  parseFloor: () => parseOnly.parse(unique()),
  analyzeDistinct: () => cel.analyzeExpression(unique(), { phase: 'on_http_request' }),
  analyzeRepeated: () => cel.analyzeExpression(TYPICAL, { phase: 'on_http_request' }),
});

// --- report ---------------------------------------------------------------------------------
console.log(`tpc CEL bench (node ${process.version}), median of 3 rounds`);
console.log(`module import (bundled, cold):             ${importMs.toFixed(1)} ms`);
console.log(`evaluate typical expression`);
console.log(`  bare cel-js, pre-parsed (baseline):      ${fmt(m.baseEval)} /s`);
console.log(`  tpc compiled, prepared activation:       ${fmt(m.tpcEval)} /s   (${(m.baseEval / m.tpcEval).toFixed(2)}x baseline time)`);
console.log(`  tpc compiled, plain activation:          ${fmt(m.tpcEvalPlain)} /s`);
console.log(`prepareActivation:                         ${fmt(m.prep)} /s`);
console.log(`simulated request (prepare + ${POLICY.length} exprs):     ${fmt(m.sims)} /s`);
console.log(`analyzeExpression, distinct texts:         ${fmt(m.analyzeDistinct)} /s   (${(m.parseFloor / m.analyzeDistinct).toFixed(2)}x a bare cel-js parse at ${fmt(m.parseFloor)} /s)`);
console.log(`analyzeExpression, repeated text (cached): ${fmt(m.analyzeRepeated)} /s`);
