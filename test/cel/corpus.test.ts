/**
 * The published-examples corpus (../shared/corpus/ngrok-docs): every expression and every
 * `${…}` placeholder of every policy is analysed in its phase.
 *
 * Claim: files INDEX.tsv does not mark suspect draw no error-severity issue, except the
 * documentation defects listed in KNOWN_DEFECTS — real mistakes in ngrok's published
 * examples that INDEX.tsv does not flag (each entry says why it is wrong). Warnings are counted.
 */

import fs from 'node:fs';
import path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyzeExpression, type ExprIssue } from '../../src/ngrok/cel/analyze.js';
import type { PhaseName } from '../../src/ngrok/cel/catalog.js';
import { analyzeTemplate, parseTemplate } from '../../src/ngrok/cel/interpolation.js';
import { CORPUS_DIR } from '../../scripts/shared-dir.mjs';

const corpus = CORPUS_DIR;

const PHASES = new Set<string>(['on_tcp_connect', 'on_http_request', 'on_http_response', 'on_event_stream_message', 'inbound', 'outbound']);

/** Config keys whose values are raw CEL (reference §3.4), with whether they must be bool. */
const RAW_CEL_KEYS: Readonly<Record<string, boolean>> = { bucket_key: false, retry_condition: true, strategy: false };

/** Non-suspect files with genuine expression defects, and the issue codes they must draw. */
const KNOWN_DEFECTS: ReadonlyArray<[file: string, codes: string[], why: string]> = [
  ['policies/0040.yaml', ['expression-syntax'], 'a rule expression uses ${vars.test}; rule expressions are raw CEL'],
  ['policies/0041.yaml', ['unknown-variable', 'expression-syntax', 'unknown-variable', 'unknown-variable'], 'req.path is not a variable (req.url.path); ${…} inside a rule expression'],
  ['policies/0054.yaml', ['unknown-function', 'unknown-function'], '.includes() is JavaScript, not CEL (.contains())'],
  ['policies/0056.yaml', ['unknown-function', 'unknown-function'], '.includes() is JavaScript, not CEL (.contains())'],
  ['policies/0081.yaml', ['unknown-function'], '.includes() is JavaScript, not CEL (.contains())'],
  ['policies/0095.yaml', ['expression-syntax'], "'${secrets.get('…')}' nests single quotes inside a single-quoted CEL string"],
  ['policies/0105.yaml', ['expression-syntax'], 'unbalanced parentheses in a set-vars placeholder'],
  ['policies/0128.yaml', ['expression-syntax'], '${.ngrok.geo.country_code} is not CEL (conn.geo.country_code)'],
  ['policies/0305.yaml', ['unknown-variable'], 'request.headers is not a variable (req.headers); the reference lists it as a doc mistake'],
  ['policies/0306.json', ['unknown-variable'], 'request.headers is not a variable (req.headers)'],
  ['policies/0346.json', ['expression-syntax'], '${.ngrok.geo.country_code} is not CEL'],
  ['policies/0347.yaml', ['expression-syntax'], '${.ngrok.geo.country_code} is not CEL'],
];

interface Finding extends ExprIssue {
  file: string;
  suspect: boolean;
  text: string;
}

interface Totals {
  files: number;
  expressions: number;
  templates: number;
  placeholders: number;
  findings: Finding[];
}

function analyzePolicy(file: string, suspect: boolean, policy: unknown, t: Totals): void {
  if (typeof policy !== 'object' || policy === null || Array.isArray(policy)) return;
  for (const [phaseKey, rules] of Object.entries(policy)) {
    if (!PHASES.has(phaseKey) || !Array.isArray(rules)) continue;
    const phase = phaseKey as PhaseName;
    const setVars = new Set<string>();
    const priorActions = new Set<string>();
    const record = (text: string, issues: ExprIssue[]): void => {
      for (const i of issues) t.findings.push({ ...i, file, suspect, text });
    };
    for (const rule of rules) {
      if (typeof rule !== 'object' || rule === null) continue;
      const r = rule as { expressions?: unknown; actions?: unknown };
      for (const e of Array.isArray(r.expressions) ? r.expressions : []) {
        if (typeof e !== 'string') continue;
        t.expressions++;
        record(e, analyzeExpression(e, { phase, setVars, priorActions }));
      }
      for (const action of Array.isArray(r.actions) ? r.actions : []) {
        if (typeof action !== 'object' || action === null) continue;
        const a = action as { type?: unknown; config?: unknown };
        const walk = (v: unknown, key: string): void => {
          if (typeof v === 'string') {
            if (key in RAW_CEL_KEYS) {
              t.expressions++;
              record(v, analyzeExpression(v, { phase, mustBeBool: RAW_CEL_KEYS[key], setVars, priorActions }));
            } else if (v.includes('${')) {
              t.templates++;
              t.placeholders += parseTemplate(v).segments.filter((s) => s.kind === 'expr').length;
              record(v, analyzeTemplate(v, { phase, setVars, priorActions }));
            }
          } else if (Array.isArray(v)) {
            for (const x of v) walk(x, key);
          } else if (typeof v === 'object' && v !== null) {
            for (const [k, x] of Object.entries(v)) {
              walk(x, k);
              if (a.type === 'set-vars' && key === 'vars') setVars.add(k);
            }
          }
        };
        walk(a.config, '');
        if (typeof a.type === 'string') priorActions.add(a.type);
      }
    }
  }
}

function runCorpus(): Totals {
  const rows = fs
    .readFileSync(path.join(corpus, 'INDEX.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'));
  const t: Totals = { files: 0, expressions: 0, templates: 0, placeholders: 0, findings: [] };
  for (const row of rows) {
    const file = row[0]!;
    const suspect = (row[7] ?? '') !== '';
    t.files++;
    for (const doc of parseAllDocuments(fs.readFileSync(path.join(corpus, file), 'utf8'))) {
      if (!('toJS' in doc)) continue;
      const value = doc.toJS() as Record<string, unknown> | null;
      if (file.startsWith('agent-configs/')) {
        const endpoints = [...(Array.isArray(value?.['endpoints']) ? value['endpoints'] : []), ...Object.values((value?.['tunnels'] as object | undefined) ?? {})];
        for (const ep of endpoints as Array<{ traffic_policy?: unknown } | null>) {
          const tp = ep?.traffic_policy;
          analyzePolicy(file, suspect, typeof tp === 'string' ? parseAllDocuments(tp)[0]?.toJS() : tp, t);
        }
      } else {
        analyzePolicy(file, suspect, value, t);
      }
    }
  }
  return t;
}

describe('published ngrok examples', () => {
  const t = runCorpus();
  const errors = t.findings.filter((f) => f.severity === 'error');
  if (process.env['CEL_CORPUS_DEBUG']) for (const f of t.findings) console.log(f.suspect ? 'S' : '-', f.severity, f.file, f.code, JSON.stringify(f.text.slice(0, 80)), '|', f.message);

  it('reads the whole corpus', () => {
    expect(t.files).toBe(685);
    expect(t.expressions).toBe(513);
    expect(t.templates).toBe(202);
    expect(t.placeholders).toBe(240);
  });

  it('non-suspect files draw no errors except the known documentation defects', () => {
    const got = new Map<string, string[]>();
    for (const f of errors) if (!f.suspect) got.set(f.file, [...(got.get(f.file) ?? []), f.code]);
    const expected = new Map(KNOWN_DEFECTS.map(([file, codes]) => [file, [...codes].sort()]));
    expect(new Map([...got].map(([k, v]) => [k, v.sort()]))).toEqual(expected);
  });

  it('legacy CamelCase variables in suspect files are caught', () => {
    const legacy = errors.filter((f) => f.suspect && f.code === 'unknown-variable').map((f) => f.file);
    expect([...new Set(legacy)].sort()).toEqual([
      'policies-extracted/0120.json',
      'policies-extracted/0121.yaml',
      'policies/0510.json',
      'policies/0511.json',
      'policies/0512.json',
    ]);
  });

  it('counts (for docs/corpus-report.md)', () => {
    const by = (pred: (f: Finding) => boolean): Record<string, number> => {
      const out: Record<string, number> = {};
      for (const f of t.findings.filter(pred)) out[`${f.code}/${f.severity}`] = (out[`${f.code}/${f.severity}`] ?? 0) + 1;
      return out;
    };
    expect(by((f) => !f.suspect)).toEqual({
      'expression-syntax/error': 7,
      'expression-syntax/warning': 2,
      'expression-type/warning': 8,
      'unknown-function/error': 5,
      'unknown-variable/error': 5,
      'unknown-variable/warning': 5,
    });
    expect(by((f) => f.suspect)).toEqual({
      'expression-syntax/error': 1,
      'unknown-variable/error': 8,
      'unknown-variable/warning': 5,
    });
  });
});
