#!/usr/bin/env node
// Lint performance, measured against baselines taken in the same run (ratios, not absolute times,
// because the machine's speed drifts). Run after `npm run build`:
//
//   node bench/lint.mjs                 both figures
//   BENCH_RUNS=31 node bench/lint.mjs   more start-up samples (default 15)
//   BENCH_POLICIES=2000 node bench/lint.mjs
//
// (a) lint.startup: a whole `node dist/bin/tpc.js lint <one small policy>` process against a bare
//     `node -e 0`, interleaved, median of BENCH_RUNS each. Budget 2.5x. Printed for a policy with a
//     CEL expression (the budget line) and for one without. Wall time is what users feel but
//     swings when other work shares the machine, so the CPU time of the same runs (user + system,
//     all threads, read with bash's `times`) is printed as well. Also lists the bundle chunks that
//     run loads (dist/bin/meta.json and an ESM load hook).
// (b) lint.throughput: linting 10,000 policies (copies of the corpus policies) through the library
//     in dist/ against the floor of parsing them with yaml and validating them with the
//     precompiled schema validator. Five alternating rounds; the fastest round of each side is
//     compared (noise only ever adds time). Budget 2x.
// (c) library.import: importing the package's library entry in a fresh process (no budget).
//
// Exit code 1 when a budget is exceeded (so CI can run it), 0 otherwise.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const POLICIES = Number(process.env.BENCH_POLICIES ?? 10_000);
const { CORPUS_DIR: corpus } = await import('../scripts/shared-dir.mjs');
const tpcBin = join(root, 'dist/bin/tpc.js');
const smallPolicy = join(root, 'bench/fixtures/clinic-policy.yml');
const plainPolicy = join(root, 'bench/fixtures/clinic-policy-plain.yml');

if (!existsSync(tpcBin)) {
  console.error('bench/lint.mjs: dist/bin/tpc.js is missing; run `npm run build` first.');
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

function timeSpawn(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], cwd: root });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** CPU time (user + system, ms) of one run, from bash's `times` (children's line); undefined without bash. */
const quote = (a) => `'${a.replace(/'/g, `'\\''`)}'`;
function cpuSpawn(args) {
  const r = spawnSync('bash', ['-c', `${[process.execPath, ...args].map(quote).join(' ')} >/dev/null 2>&1; times`], { cwd: root, encoding: 'utf8' });
  const m = /\n(\d+)m([\d.]+)s (\d+)m([\d.]+)s/.exec(r.stdout ?? '');
  if (r.error || !m) return undefined;
  return (Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) * 60 + Number(m[4])) * 1000;
}

let failed = false;

// ---------------------------------------------------------------------------------------------
// (a) start-up
function startup(label, policy, budget) {
  const lintArgs = [tpcBin, 'lint', relative(root, policy)];
  const bare = ['-e', '0'];
  for (let i = 0; i < 3; i++) {
    timeSpawn(bare);
    timeSpawn(lintArgs);
  }
  const tNode = [];
  const tLint = [];
  const cNode = [];
  const cLint = [];
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first so drift and caching do not favour one side.
    const pair = i % 2 ? [[bare, tNode, cNode], [lintArgs, tLint, cLint]] : [[lintArgs, tLint, cLint], [bare, tNode, cNode]];
    for (const [args, t] of pair) t.push(timeSpawn(args));
    for (const [args, , c] of pair) {
      const v = cpuSpawn(args);
      if (v !== undefined) c.push(v);
    }
  }
  const a = median(tLint);
  const b = median(tNode);
  const ratio = a / b;
  console.log(`${label}: ${fmt(a)} ms vs node ${fmt(b)} ms = ${ratio.toFixed(2)}x${budget ? ' (budget 2.5x)' : ''}`);
  if (cLint.length && cNode.length) {
    const ca = median(cLint);
    const cb = median(cNode);
    console.log(`${label}.cpu: ${fmt(ca)} ms vs node ${fmt(cb)} ms = ${(ca / cb).toFixed(2)}x`);
  }
  if (budget && ratio >= 2.5) failed = true;
  return lintArgs;
}

{
  const lintArgs = startup('lint.startup', smallPolicy, true);
  startup('lint.startup.no-expressions', plainPolicy, false);

  // Which chunks does that run load? An ESM load hook lists every file: URL the process loads.
  const hook = 'data:text/javascript,' + encodeURIComponent(`export async function load(u, c, n) { if (u.startsWith('file:')) process.stderr.write('LOADED ' + u + '\\n'); return n(u, c); }`);
  const reg = 'data:text/javascript,' + encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hook)});`);
  const r = spawnSync(process.execPath, ['--import', reg, ...lintArgs], { cwd: root, encoding: 'utf8' });
  const loaded = [...r.stderr.matchAll(/^LOADED (.*)$/gm)].map((m) => fileURLToPath(m[1]));
  const metaPath = join(root, 'dist/bin/meta.json');
  if (existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    const byFile = new Map(Object.entries(meta.outputs).map(([k, v]) => [join(root, k), v]));
    let total = 0;
    const parts = [];
    const inputs = new Set();
    for (const f of loaded) {
      const out = byFile.get(f);
      if (!out) continue;
      total += out.bytes;
      for (const k of Object.keys(out.inputs)) inputs.add(k);
      const top = Object.entries(out.inputs)
        .sort((x, y) => y[1].bytesInOutput - x[1].bytesInOutput)
        .slice(0, 3)
        .map(([k, v]) => `${k.replace(/^node_modules\//, '')} ${(v.bytesInOutput / 1024).toFixed(0)}K`);
      parts.push(`  ${relative(join(root, 'dist/bin'), f)} ${(out.bytes / 1024).toFixed(0)} KB: ${top.join(', ')}`);
    }
    const outside = loaded.filter((f) => !byFile.has(f)).map((f) => relative(root, f));
    console.log(`lint.startup.chunks: ${parts.length} files, ${(total / 1024).toFixed(0)} KB${outside.length ? `; outside the bundle: ${outside.join(', ')}` : ''}`);
    for (const p of parts) console.log(p);
    const heavy = ['chevrotain', 'src/dsl/', 'src/compiler/', '@marcbachmann/cel-js', '@bufbuild/re2'].map((h) => `${h} ${[...inputs].some((k) => k.includes(h)) ? 'loaded' : 'not loaded'}`);
    console.log(`  (${heavy.join('; ')})`);
  }
}

// ---------------------------------------------------------------------------------------------
// (b) throughput against parse + schema validation
{
  const { lint } = await import(pathToFileURL(join(root, 'dist/lib/index.js')).href);
  const { parseAllDocuments } = await import('yaml');
  const { validateTrafficPolicy } = await import(pathToFileURL(join(root, 'dist/src/ngrok/validators.generated.js')).href);

  const sources = [];
  for (const dir of ['policies', 'policies-extracted']) {
    const abs = join(corpus, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) sources.push({ ext: name.slice(name.lastIndexOf('.')), text: readFileSync(join(abs, name), 'utf8') });
  }
  if (sources.length === 0) throw new Error(`no corpus policies under ${corpus}`);
  // Copies of the corpus, each a distinct file (a trailing comment keeps the texts distinct).
  const inputs = Array.from({ length: POLICIES }, (_, i) => {
    const s = sources[i % sources.length];
    const text = s.ext === '.json' ? s.text : `${s.text}\n# copy ${i}\n`;
    return { path: `fleet/site-${String(i).padStart(5, '0')}/policy${s.ext}`, text };
  });

  const floor = () => {
    let valid = 0;
    for (const { text } of inputs) {
      for (const doc of parseAllDocuments(text)) {
        if (doc.errors.length) continue;
        if (validateTrafficPolicy(doc.toJS({ maxAliasCount: 1000 }))) valid++;
      }
    }
    return valid;
  };
  // Lint in batches the size of a large fleet repository (cross-file rules see each batch together).
  const BATCH = 500;
  const linted = async () => {
    let n = 0;
    for (let i = 0; i < inputs.length; i += BATCH) n += (await lint(inputs.slice(i, i + BATCH))).diagnostics.length;
    return n;
  };
  const time = async (fn) => {
    const t = process.hrtime.bigint();
    const r = await fn();
    return [Number(process.hrtime.bigint() - t) / 1e6, r];
  };
  // Warm both (JIT, lazy imports), then alternate five timed rounds; compare the fastest of each.
  await time(floor);
  await time(linted);
  const tf = [];
  const tl = [];
  let findings = 0;
  let valid = 0;
  for (let round = 0; round < 5; round++) {
    const [f, v] = await time(floor);
    const [l, d] = await time(linted);
    tf.push(f);
    tl.push(l);
    valid = v;
    findings = d;
  }
  const a = Math.min(...tl);
  const b = Math.min(...tf);
  const ratio = a / b;
  console.log(`lint.throughput: ${inputs.length} policies in ${fmt(a)} ms vs parse+validate ${fmt(b)} ms = ${ratio.toFixed(2)}x (budget 2x)`);
  console.log(`  (medians: ${fmt(median(tl))} ms vs ${fmt(median(tf))} ms = ${(median(tl) / median(tf)).toFixed(2)}x)`);
  console.log(`  (${(a / inputs.length).toFixed(3)} ms per policy; ${valid} schema-valid documents, ${findings} findings, batches of ${BATCH})`);
  if (ratio >= 2) failed = true;
}

// ---------------------------------------------------------------------------------------------
// (c) library import: `import { lint } from 'traffic-policy-compiler'` (the dist/lib bundle the
//     package exports) in a fresh process against a bare `node -e 0`, interleaved, medians.
//     No budget in the issues; printed so a regression shows.
{
  const bare = ['-e', '0'];
  const imp = ['--input-type=module', '-e', `await import(${JSON.stringify(pathToFileURL(join(root, 'dist/lib/index.js')).href)})`];
  for (let i = 0; i < 3; i++) {
    timeSpawn(bare);
    timeSpawn(imp);
  }
  const tb = [];
  const ti = [];
  for (let i = 0; i < RUNS; i++) {
    if (i % 2) {
      tb.push(timeSpawn(bare));
      ti.push(timeSpawn(imp));
    } else {
      ti.push(timeSpawn(imp));
      tb.push(timeSpawn(bare));
    }
  }
  const a = median(ti);
  const b = median(tb);
  console.log(`library.import: ${fmt(a)} ms vs node ${fmt(b)} ms = ${(a / b).toFixed(2)}x (whole library, dist/lib)`);
}

process.exitCode = failed ? 1 : 0;
