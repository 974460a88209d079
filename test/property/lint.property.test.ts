/**
 * `lint` never throws and always returns diagnostics with valid positions, whatever it is fed:
 * random text over YAML's punctuation, random JSON values written as YAML or JSON, published
 * ngrok examples mutated line by line (deleted, duplicated, swapped, re-indented lines, random
 * bytes injected), raw bytes, several files linted together, and with fixes applied.
 *
 * A valid position: 1 ≤ line ≤ the file's line count, 1 ≤ column ≤ its line's length + 1,
 * end ≥ start, and line/column equal what the offset gives in the file text (`LineMap`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { LineMap } from '../../src/diagnostics/text.js';
import type { Position, Range } from '../../src/diagnostics/diagnostic.js';
import { lint, type LintInput, type LintResult } from '../../src/index.js';
import { applyFixes } from '../../src/rules/engine.js';
import { loadText } from '../../src/ngrok/load.js';
import { CORPUS_DIR } from '../../scripts/shared-dir.mjs';

const corpusRoot = CORPUS_DIR;

function corpus(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const dir of ['policies', 'policies-extracted', 'agent-configs']) {
    for (const name of readdirSync(join(corpusRoot, dir)).sort()) out.push({ name: `${dir}/${name}`, text: readFileSync(join(corpusRoot, dir, name), 'utf8') });
  }
  return out;
}
const CORPUS = corpus();

// ---------------------------------------------------------------------------------------------
// The invariant

function checkPosition(p: Position, map: LineMap, text: string, what: string): void {
  expect(Number.isInteger(p.line) && Number.isInteger(p.column) && Number.isInteger(p.offset), what).toBe(true);
  expect(p.offset, `${what}: offset in the text`).toBeGreaterThanOrEqual(0);
  expect(p.offset, `${what}: offset in the text`).toBeLessThanOrEqual(text.length);
  expect(p.line, `${what}: line`).toBeGreaterThanOrEqual(1);
  expect(p.line, `${what}: line ≤ line count`).toBeLessThanOrEqual(map.lineCount);
  expect(p.column, `${what}: column`).toBeGreaterThanOrEqual(1);
  expect(map.position(p.offset), `${what}: line/column agree with the offset`).toEqual({ line: p.line, column: p.column, offset: p.offset });
}

function checkRange(r: Range, text: string | undefined, what: string): void {
  if (text === undefined) {
    // A file whose text could not be decoded (binary, invalid UTF-8, too large): findings sit at 1:1.
    expect([r.start.line, r.start.column, r.start.offset, r.end.line, r.end.column, r.end.offset], what).toEqual([1, 1, 0, 1, 1, 0]);
    return;
  }
  const map = new LineMap(text);
  checkPosition(r.start, map, text, `${what} start`);
  checkPosition(r.end, map, text, `${what} end`);
  expect(r.end.offset, `${what}: end ≥ start`).toBeGreaterThanOrEqual(r.start.offset);
}

/** Diagnostics checked so far (a property that never sees one would prove nothing). */
const seen = { diagnostics: 0, fixes: 0, codes: new Set<string>() };

function checkResult(result: LintResult, inputs: readonly LintInput[]): void {
  const paths = new Set(inputs.map((i) => i.path));
  for (const d of result.diagnostics) {
    seen.diagnostics++;
    seen.codes.add(d.code);
    if (d.fix) seen.fixes++;
    const what = `${d.code} at ${d.file}:${d.line}:${d.column} (${d.message})`;
    expect(paths.has(d.file), `${what}: file is an input`).toBe(true);
    expect(['error', 'warning', 'info']).toContain(d.severity);
    expect(d.code, what).toMatch(/^(TPC\d{4}|[a-z][a-z0-9-]*)$/);
    expect(d.message.length, what).toBeGreaterThan(0);
    expect([d.line, d.column], `${what}: line/column equal range.start`).toEqual([d.range.start.line, d.range.start.column]);
    const text = result.sources.get(d.file);
    checkRange(d.range, text, what);
    for (const rel of d.related ?? []) checkRange(rel.range, result.sources.get(rel.file), `${what} related`);
    if (d.fix && text !== undefined) {
      for (const e of d.fix.edits) {
        expect(e.start, `${what} fix edit`).toBeGreaterThanOrEqual(0);
        expect(e.end, `${what} fix edit`).toBeGreaterThanOrEqual(e.start);
        expect(e.end, `${what} fix edit`).toBeLessThanOrEqual(text.length);
      }
      expect(() => applyFixes(text, [d.fix!.edits])).not.toThrow();
    }
  }
}

async function lintChecked(inputs: LintInput[], fix = false): Promise<LintResult> {
  const result = await lint(inputs, fix ? { fix: true } : {});
  checkResult(result, inputs);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Generators

/** Text over the characters that matter to YAML and JSON (and a few that should not be there). */
const yamlish = fc.string({
  unit: fc.constantFrom(...'abcxyz019 _-:,#&*!|>\'"%@`{}[]?.\n\n\n  \t\r\\/$~=<'.split(''), '\u0000', '\u00e9', '\ud83d\ude91', '\ufeff', '\u2028'),
  maxLength: 300,
});

/** Policy-shaped values: phases with rules, expressions and actions of known and unknown types. */
const actionType = fc.constantFrom('deny', 'forward-internal', 'restrict-ips', 'custom-response', 'add-headers', 'terminate-tls', 'jwt-validation', 'rate-limit', 'url-rewrite', 'no-such-action');
const expression = fc.oneof(
  fc.constantFrom("req.url.path.startsWith('/admin')", "conn.client_ip == '1.2.3.4'", "inCidrRange(conn.client_ip, '10.0.0.0/8')", 'req.method in [', "actions.ngrok.oauth.identity.email.endsWith('clinic.example')", 'res.status_code >= 500', '1 +'),
  fc.string({ maxLength: 40 }),
);
const config = fc.oneof(
  fc.constant(undefined),
  fc.record({ url: fc.constantFrom('https://api.internal', 'tcp://db.internal:5432', 'https://x.example.com', 'not a url') }, { requiredKeys: [] }),
  fc.record({ allow: fc.array(fc.constantFrom('10.0.0.0/8', '0.0.0.0/0', '203.0.113.0/33', '::/0', 'banana'), { maxLength: 3 }), deny: fc.array(fc.constantFrom('10.0.0.0/8', '1.2.3.4'), { maxLength: 2 }) }, { requiredKeys: [] }),
  fc.record({ status_code: fc.oneof(fc.integer({ min: 100, max: 599 }), fc.string({ maxLength: 3 })), body: fc.string({ maxLength: 10 }) }, { requiredKeys: [] }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
);
const policyRule = fc.record(
  {
    name: fc.string({ maxLength: 12 }),
    expressions: fc.array(expression, { maxLength: 3 }),
    actions: fc.array(fc.record({ type: actionType, config }, { requiredKeys: ['type'] }), { maxLength: 4 }),
  },
  { requiredKeys: [] },
);
const phase = fc.constantFrom('on_http_request', 'on_http_response', 'on_tcp_connect', 'on_event_stream_message', 'inbound', 'on_nothing');
const policyValue = fc.dictionary(phase, fc.array(policyRule, { maxLength: 4 }), { minKeys: 1, maxKeys: 3 });
const agentValue = fc.record(
  {
    version: fc.constantFrom(3, '3', 2, 'three'),
    agent: fc.record({ authtoken: fc.constantFrom('<YOUR_AUTHTOKEN>', '2abcdefghijklmnopqrstuvwxyz_0123456789ABCDEF') }, { requiredKeys: [] }),
    endpoints: fc.array(
      fc.record(
        {
          name: fc.string({ maxLength: 8 }),
          url: fc.constantFrom('https://api.internal', 'tcp://db.internal:5432', 'https://clinic.example.com', 'tls://x.example.com', 'api.internal'),
          upstream: fc.record({ url: fc.oneof(fc.integer({ min: 1, max: 65535 }), fc.constantFrom('http://localhost:4040', '8080')) }),
          pooling_enabled: fc.boolean(),
          traffic_policy: policyValue,
        },
        { requiredKeys: ['url'] },
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['version'] },
);
const cloudValue = fc.record({ url: fc.constantFrom('https://clinic.example.com', 'tcp://1.tcp.ngrok.io:12345', 'https://x.internal'), type: fc.constant('cloud'), traffic_policy: fc.oneof(policyValue.map((p) => JSON.stringify(p)), policyValue.map((p) => stringify(p)), policyValue) }, { requiredKeys: ['url', 'traffic_policy'] });
const documentValue = fc.oneof(policyValue, agentValue, cloudValue, fc.jsonValue({ maxDepth: 4 }));

const asText = (v: unknown, json: boolean) => (json ? JSON.stringify(v, null, 2) : stringify(v, { lineWidth: 0 }));

/** One line-level mutation of a text. */
type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; with: number }
  | { kind: 'indent'; at: number; by: number }
  | { kind: 'inject'; at: number; chars: string };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -6, max: 6 }) }),
  fc.record({ kind: fc.constant('inject' as const), at: fc.nat(), chars: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const n = lines.length;
    if (n === 0) break;
    const i = m.at % n;
    switch (m.kind) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, lines[i]!);
        break;
      case 'swap': {
        const j = m.with % n;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        break;
      }
      case 'indent':
        lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i]!.replace(new RegExp(`^ {0,${-m.by}}`), '');
        break;
      case 'inject': {
        const joined = lines.join('\n');
        const at = m.at % (joined.length + 1);
        lines = (joined.slice(0, at) + m.chars + joined.slice(at)).split('\n');
        break;
      }
    }
  }
  return lines.join('\n');
}

const corpusFile = fc.constantFrom(...CORPUS);
const fileName = (f: { name: string }, i: number) => `site-${i}/${f.name.split('/').pop()}`;

// Scale the run counts up for a long local hunt: TPC_PROPERTY_SCALE=20 npx vitest run test/property
const SCALE = Number(process.env['TPC_PROPERTY_SCALE'] ?? 1);
const runs = (n: number) => Math.max(1, Math.round(n * SCALE));

// ---------------------------------------------------------------------------------------------

describe('lint never throws and always gives valid positions', () => {
  it('the corpus is there, and the checker rejects bad positions', () => {
    expect(CORPUS.length).toBeGreaterThan(600);
    const text = 'a: 1\nbb: 2\n';
    const map = new LineMap(text);
    const good = { code: 'x', severity: 'error' as const, message: 'm.', file: 'f.yml', line: 2, column: 1, range: map.range(5, 7) };
    const sources = new Map([['f.yml', text]]);
    expect(() => checkResult({ diagnostics: [good], fixed: new Map(), sources }, [{ path: 'f.yml' }])).not.toThrow();
    const bad = [
      { ...good, line: 3, range: { start: { line: 3, column: 1, offset: 5 }, end: good.range.end } },
      { ...good, range: { start: { line: 2, column: 1, offset: 5 }, end: { line: 1, column: 1, offset: 0 } } },
      { ...good, file: 'other.yml' },
      { ...good, column: 2 },
      { ...good, range: { start: { line: 2, column: 9, offset: 5 }, end: good.range.end }, column: 9 },
    ];
    for (const d of bad) expect(() => checkResult({ diagnostics: [d], fixed: new Map(), sources }, [{ path: 'f.yml' }])).toThrow();
  });

  it('random YAML-ish text', async () => {
    await fc.assert(
      fc.asyncProperty(yamlish, fc.constantFrom('p.yml', 'p.json', 'p', '<stdin>'), async (text, path) => {
        await lintChecked([{ path, text }]);
      }),
      { numRuns: runs(300) },
    );
  });

  it('random documents written as YAML or JSON', async () => {
    await fc.assert(
      fc.asyncProperty(documentValue, fc.boolean(), async (value, json) => {
        await lintChecked([{ path: json ? 'doc.json' : 'doc.yml', text: asText(value, json) }]);
      }),
      { numRuns: runs(300) },
    );
  });

  it('published examples with lines deleted, duplicated, swapped, re-indented or bytes injected', async () => {
    await fc.assert(
      fc.asyncProperty(corpusFile, fc.array(mutation, { minLength: 1, maxLength: 5 }), async (file, mutations) => {
        await lintChecked([{ path: fileName(file, 0), text: mutate(file.text, mutations) }]);
      }),
      { numRuns: runs(400) },
    );
  });

  it('raw bytes: random, and published examples with random bytes spliced in', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.tuple(corpusFile, fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 })).map(([f, at, junk]) => {
        const b = Buffer.from(f.text, 'utf8');
        const i = at % (b.length + 1);
        return new Uint8Array(Buffer.concat([b.subarray(0, i), junk, b.subarray(i)]));
      }),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (b) => {
        await lintChecked([{ path: 'bytes.yml', bytes: b }]);
      }),
      { numRuns: runs(200) },
    );
  });

  it('several mutated files linted together (cross-file rules)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(corpusFile, fc.array(mutation, { maxLength: 2 })), { minLength: 2, maxLength: 5 }), async (files) => {
        await lintChecked(files.map(([f, ms], i) => ({ path: fileName(f, i), text: mutate(f.text, ms) })));
      }),
      { numRuns: runs(100) },
    );
  });

  it('with fixes applied: positions are valid in the fixed text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(corpusFile.map((f) => f.text), documentValue.map((v) => asText(v, false))), fc.array(mutation, { maxLength: 2 }), async (text, ms) => {
        const inputs = [{ path: 'fix.yml', text: mutate(text, ms) }];
        const result = await lintChecked(inputs, true);
        for (const [file, fixed] of result.fixed) {
          expect(result.sources.get(file)).toBe(fixed);
          // A fix never breaks the file: it still parses, with as many documents as before.
          const before = loadText(file, inputs[0]!.text);
          const after = loadText(file, fixed);
          expect(after.diagnostics.filter((d) => /^TPC000[12]$/.test(d.code))).toEqual([]);
          expect(after.documents.length).toBe(before.documents.length);
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it('the properties saw findings of many kinds, fixes among them', () => {
    expect(seen.diagnostics).toBeGreaterThan(500);
    expect(seen.fixes).toBeGreaterThan(0);
    expect(seen.codes.size).toBeGreaterThan(10);
  });
});
