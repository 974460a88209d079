// The published-examples corpus as a lint benchmark: lints every file of
// ../shared/corpus/ngrok-docs alone with every registered rule and measures
//   - false positives: correctness-rule errors on files INDEX.tsv does not mark as suspect;
//   - suspect coverage: suspect files that draw the finding naming their defect.
// Expectations (which finding names each suspect's defect, defects the INDEX missed, known misses)
// live in test/fixtures/corpus-expectations.json, shared with test/rules/corpus.test.ts.
//
// Usage (after `npm run build`):  node scripts/corpus-report.mjs [corpus-dir] [out.md]
// Writes docs/corpus-report.md by default. The evaluation functions are exported for the test,
// which passes the TypeScript sources' `lint` and rules instead of dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CORPUS_DIR } from './shared-dir.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Default corpus location: `shared/corpus/ngrok-docs` (see scripts/shared-dir.mjs). */
export const DEFAULT_CORPUS = CORPUS_DIR;

/** Reads test/fixtures/corpus-expectations.json. */
export function loadExpectations() {
  return JSON.parse(readFileSync(join(repoRoot, 'test/fixtures/corpus-expectations.json'), 'utf8'));
}

/** Rows of INDEX.tsv as `{ file, folder, suspect, reason }`. */
export function loadIndex(dir) {
  const lines = readFileSync(join(dir, 'INDEX.tsv'), 'utf8').split('\n').filter((l) => l.trim() !== '');
  const header = lines[0].split('\t');
  const col = (name) => header.indexOf(name);
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const file = cells[col('file')];
    const reason = cells[col('suspect')] ?? '';
    return { file, folder: file.split('/')[0], suspect: reason.trim() !== '', reason };
  });
}

/** `rule` → an error of that code; `rule:warning` → a finding of that code at warning or error. */
function parseExpect(e) {
  const [code, level] = e.split(':');
  return { code, level: level === 'warning' ? 'warning' : 'error', text: e };
}

function satisfies(findings, exp) {
  return findings.some((f) => f.code === exp.code && (f.severity === 'error' || (exp.level === 'warning' && f.severity === 'warning')));
}

/**
 * Lints every corpus file alone and judges the results against the expectations.
 * `lint` and `rules` are the engine's `lint` and the registry (from src/ or dist/).
 */
export async function evaluateCorpus({ lint, rules, dir = DEFAULT_CORPUS, expectations = loadExpectations() }) {
  const index = loadIndex(dir);
  const posture = new Set(expectations.postureRules);
  const categories = Object.fromEntries(rules.map((r) => [r.id, r.meta.category]));
  const rows = [];
  for (const row of index) {
    const result = await lint([{ path: join(dir, row.file) }], { registry: rules });
    const findings = result.diagnostics
      .filter((d) => !d.suppressed)
      .map((d) => ({ code: d.code, severity: d.severity, line: d.line, column: d.column, message: d.message }));
    const correctnessErrors = findings.filter((f) => f.severity === 'error' && !posture.has(f.code));
    rows.push({ ...row, findings, correctnessErrors });
  }

  const bySuspect = expectations.suspects;
  const misses = expectations.indexMisses;
  const known = expectations.suspectMisses;
  const tableProblems = [];
  for (const r of rows) {
    if (r.suspect && !bySuspect[r.file] && !known[r.file]) tableProblems.push(`${r.file}: suspect in INDEX.tsv but missing from 'suspects'`);
    if (!r.suspect && (bySuspect[r.file] || known[r.file])) tableProblems.push(`${r.file}: listed as suspect but INDEX.tsv does not mark it`);
    if (r.suspect && misses[r.file]) tableProblems.push(`${r.file}: in 'indexMisses' but INDEX.tsv marks it suspect`);
  }
  const inCorpus = new Set(rows.map((r) => r.file));
  for (const f of [...Object.keys(bySuspect), ...Object.keys(misses), ...Object.keys(known)]) {
    if (!inCorpus.has(f)) tableProblems.push(`${f}: listed in the expectations but not in INDEX.tsv`);
  }

  const nonSuspect = rows.filter((r) => !r.suspect);
  const withErrors = nonSuspect.filter((r) => r.correctnessErrors.length > 0);
  const explained = [];
  const unexplained = [];
  for (const r of withErrors) {
    const m = misses[r.file];
    // An INDEX miss explains the file only when every error there comes from a code it names.
    const codes = new Set((m?.expect ?? []).map((e) => parseExpect(e).code));
    const rest = r.correctnessErrors.filter((f) => !codes.has(f.code));
    if (m && rest.length === 0) explained.push(r);
    else unexplained.push({ file: r.file, errors: m ? rest : r.correctnessErrors });
  }
  const indexMissResults = Object.entries(misses).map(([file, m]) => {
    const r = rows.find((x) => x.file === file);
    const missing = r ? m.expect.map(parseExpect).filter((e) => !satisfies(r.findings, e)).map((e) => e.text) : m.expect;
    return { file, expect: m.expect, why: m.why, missing };
  });

  const suspects = rows.filter((r) => r.suspect);
  const suspectResults = suspects.map((r) => {
    const exp = bySuspect[r.file];
    if (!exp) return { file: r.file, expect: [], missing: [], detected: false, knownMiss: known[r.file], note: undefined };
    const missing = exp.expect.map(parseExpect).filter((e) => !satisfies(r.findings, e)).map((e) => e.text);
    return { file: r.file, expect: exp.expect, missing, detected: missing.length === 0, knownMiss: undefined, note: exp.note };
  });
  const staleKnownMisses = Object.keys(known).filter((f) => {
    const r = rows.find((x) => x.file === f);
    return r && r.findings.some((x) => x.severity === 'error');
  });

  return { dir, rows, posture, categories, tableProblems, nonSuspect, explained, unexplained, indexMissResults, suspectResults, staleKnownMisses };
}

function pct(n, d) {
  return d === 0 ? '0.0%' : `${((100 * n) / d).toFixed(1)}%`;
}

/** Renders the evaluation as Markdown (deterministic: no dates or timings). */
export function renderReport(ev) {
  const { rows, posture, categories } = ev;
  const out = [];
  const p = (s = '') => out.push(s);
  const nonSuspect = ev.nonSuspect.length;
  const suspects = ev.suspectResults.length;
  const detected = ev.suspectResults.filter((s) => s.detected).length;
  const rawFiles = ev.explained.length + ev.unexplained.length;

  p('<!-- Generated by scripts/corpus-report.mjs (npm run build && node scripts/corpus-report.mjs); do not edit. -->');
  p('# Corpus report');
  p();
  p(`The ${rows.length} published ngrok examples of \`../shared/corpus/ngrok-docs\` (documentation, SDK and operator`);
  p('fixtures), each linted alone with every registered rule. Correctness rules must stay silent on examples');
  p("`INDEX.tsv` does not mark as suspect; posture rules (" + [...posture].map((r) => `\`${r}\``).join(', ') + ')');
  p('judge security choices, and their findings on documentation examples are expected, so they are counted apart.');
  p();
  p('## Summary');
  p();
  p('| measure | value |');
  p('|---|---|');
  p(`| files | ${rows.length} (${suspects} suspect, ${nonSuspect} not) |`);
  p(`| **false-positive rate** (non-suspect files with a correctness error that is not a verified defect) | **${pct(ev.unexplained.length, nonSuspect)}** (${ev.unexplained.length} of ${nonSuspect}) |`);
  p(`| non-suspect files with any correctness error (including defects INDEX.tsv missed) | ${pct(rawFiles, nonSuspect)} (${rawFiles} of ${nonSuspect}) |`);
  p(`| defects INDEX.tsv missed, verified by hand (still detected) | ${ev.indexMissResults.filter((m) => m.missing.length === 0).length} of ${ev.indexMissResults.length} |`);
  p(`| **suspect detection rate** (the finding naming the defect) | **${pct(detected, suspects)}** (${detected} of ${suspects}) |`);
  const warnOnly = ev.suspectResults.filter((s) => s.detected && s.expect.every((e) => e.endsWith(':warning'))).length;
  p(`| suspects detected by an error | ${detected - warnOnly} |`);
  p(`| suspects detected by a warning only (deprecated-but-accepted forms: \`content\`, \`oidc\`, \`binding\`; issue 2 asks for a warning) | ${warnOnly} |`);
  p();

  p('## Per folder');
  p();
  p('| folder | files | suspect | suspects detected | non-suspect with correctness errors (verified defects / false positives) | files with posture findings | warnings |');
  p('|---|---|---|---|---|---|---|');
  const folders = [...new Set(rows.map((r) => r.folder))].sort();
  for (const folder of folders) {
    const rs = rows.filter((r) => r.folder === folder);
    const sus = ev.suspectResults.filter((s) => s.file.startsWith(`${folder}/`));
    const expl = ev.explained.filter((r) => r.folder === folder).length;
    const unex = ev.unexplained.filter((u) => u.file.startsWith(`${folder}/`)).length;
    const postureFiles = rs.filter((r) => r.findings.some((f) => posture.has(f.code))).length;
    const warnings = rs.reduce((n, r) => n + r.findings.filter((f) => f.severity === 'warning').length, 0);
    p(`| \`${folder}/\` | ${rs.length} | ${sus.length} | ${sus.filter((s) => s.detected).length} | ${expl + unex} (${expl} / ${unex}) | ${postureFiles} | ${warnings} |`);
  }
  p();

  p('## Per rule');
  p();
  p('Findings (and files) on suspect and on non-suspect files. Codes starting with `TPC` come from the loader.');
  p();
  p('| rule | category | errors | warnings | suspect files | non-suspect files |');
  p('|---|---|---|---|---|---|');
  const codes = [...new Set([...Object.keys(categories), ...rows.flatMap((r) => r.findings.map((f) => f.code))])].sort();
  for (const code of codes) {
    const fs = rows.flatMap((r) => r.findings.filter((f) => f.code === code).map((f) => ({ ...f, suspect: r.suspect, file: r.file })));
    const files = (s) => new Set(fs.filter((f) => f.suspect === s).map((f) => f.file)).size;
    const cat = posture.has(code) ? 'posture' : (categories[code] ?? (code.startsWith('TPC') ? 'loader' : '?'));
    p(`| \`${code}\` | ${cat} | ${fs.filter((f) => f.severity === 'error').length} | ${fs.filter((f) => f.severity === 'warning').length} | ${files(true)} | ${files(false)} |`);
  }
  p();

  p('## False positives');
  p();
  if (ev.unexplained.length === 0) p('None: every correctness error on a non-suspect file is a verified defect listed below.');
  else for (const u of ev.unexplained) p(`- \`${u.file}\`: ${u.errors.map((e) => `\`${e.code}\` ${e.line}:${e.column} ${e.message}`).join('; ')}`);
  p();

  p('## Defects INDEX.tsv does not mark');
  p();
  p('Non-suspect files whose errors were checked by hand against the reference; they are real defects of the published');
  p('examples (listed in `test/fixtures/corpus-expectations.json`, which the corpus test keeps honest).');
  p();
  p('| file | findings | why |');
  p('|---|---|---|');
  for (const m of ev.indexMissResults) p(`| \`${m.file}\` | ${m.expect.map((e) => `\`${e}\``).join(', ')}${m.missing.length ? ` (**not found: ${m.missing.join(', ')}**)` : ''} | ${m.why} |`);
  p();

  p('## Suspect files');
  p();
  const missed = ev.suspectResults.filter((s) => !s.detected);
  p(missed.length === 0 ? `All ${suspects} suspect files draw the finding that names their defect.` : `Missed (${missed.length}):`);
  for (const s of missed) p(`- \`${s.file}\`: ${s.knownMiss ?? `expected ${s.missing.join(', ')}`}`);
  p();
  p('| file | expected finding | note |');
  p('|---|---|---|');
  for (const s of ev.suspectResults) p(`| \`${s.file}\` | ${s.expect.map((e) => `\`${e}\``).join(', ')}${s.detected ? '' : ' (missed)'} | ${s.note ?? ''} |`);
  p();
  return `${out.join('\n')}\n`;
}

async function main() {
  const dir = resolve(process.argv[2] ?? DEFAULT_CORPUS);
  const outFile = resolve(process.argv[3] ?? join(repoRoot, 'docs/corpus-report.md'));
  const { lint } = await import(pathToFileURL(join(repoRoot, 'dist/src/rules/engine.js')).href);
  const { RULES } = await import(pathToFileURL(join(repoRoot, 'dist/src/rules/index.js')).href);
  const ev = await evaluateCorpus({ lint, rules: RULES, dir });
  writeFileSync(outFile, renderReport(ev));
  const nonSuspect = ev.nonSuspect.length;
  const detected = ev.suspectResults.filter((s) => s.detected).length;
  console.log(`${ev.rows.length} files; false positives ${ev.unexplained.length}/${nonSuspect} (${pct(ev.unexplained.length, nonSuspect)}); suspects detected ${detected}/${ev.suspectResults.length} (${pct(detected, ev.suspectResults.length)}); wrote ${outFile}`);
  if (ev.tableProblems.length) console.log(`expectation table problems:\n  ${ev.tableProblems.join('\n  ')}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
