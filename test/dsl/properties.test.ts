/**
 * Property tests of the front end: `parse` never throws and always gives well-formed diagnostics, on
 * random text and on mutated valid programs; generated valid programs parse cleanly; the formatter
 * round-trips (`parse(format(p))` equals `parse(p)` without positions), is idempotent and keeps every
 * comment; one misspelled statement keyword gives exactly one diagnostic, at that keyword.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { LineMap } from '../../src/diagnostics/text.js';
import { format, parse } from '../../src/dsl/index.js';
import { keywordTokens, tpcLexer } from '../../src/dsl/tokens.js';
import { arbProgram, arbProgramText } from './arbitraries.js';
import { INTERNALS, strip } from './helpers.js';

/** Checks the promises every diagnostic keeps. */
function checkDiagnostics(text: string, diagnostics: Diagnostic[]): void {
  const lines = new LineMap(text);
  for (const d of diagnostics) {
    expect(d.code).toMatch(/^TPC1\d{3}$/);
    expect(d.code).not.toBe('TPC1099');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    const { start, end } = d.range;
    expect(start.offset).toBeGreaterThanOrEqual(0);
    expect(end.offset).toBeGreaterThanOrEqual(start.offset);
    expect(end.offset).toBeLessThanOrEqual(text.length);
    expect(lines.position(start.offset)).toEqual(start);
    expect(lines.position(end.offset)).toEqual(end);
    expect(d.line).toBe(start.line);
    expect(d.column).toBe(start.column);
    expect(d.message).not.toMatch(INTERNALS);
    expect(d.message.length).toBeGreaterThan(0);
  }
  const offsets = diagnostics.map((d) => d.range.start.offset);
  expect([...offsets].sort((a, b) => a - b)).toEqual(offsets);
}

function parseChecked(text: string): ReturnType<typeof parse> {
  const r = parse(text, { file: 'p.tpc' });
  checkDiagnostics(text, r.diagnostics);
  return r;
}

/** Token images of a text, for mutation. */
function tokensOf(text: string): string[] {
  return tpcLexer.tokenize(text).tokens.map((t) => t.image);
}

const VOCAB = [
  '{', '}', '(', ')', '[', ']', ',', ':', ';', '=', '.', 'group', 'identity', 'site', 'template', 'expose', 'at',
  'allow', 'deny', 'tls', 'min', 'mtls', 'ca', 'action', 'test', 'from', 'to', 'expect', 'jwt', 'oauth', 'ip', '"x"',
  '"', "'", '1.3', '401', '10.0.0.0/8', '::1', 'https://a.example', '${id}', '/api', 'foo', 'file("x")', '#', '\n', '@', 'when',
];

const arbMutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), token: fc.constantFrom(...VOCAB) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), token: fc.constantFrom(...VOCAB) }),
);

function mutate(tokens: string[], muts: { op: string; at: number; token?: string }[]): string {
  const t = [...tokens];
  for (const m of muts) {
    if (t.length === 0) break;
    const i = m.at % t.length;
    if (m.op === 'delete') t.splice(i, 1);
    else if (m.op === 'insert') t.splice(i, 0, m.token!);
    else if (m.op === 'replace') t[i] = m.token!;
    else if (i + 1 < t.length) [t[i], t[i + 1]] = [t[i + 1]!, t[i]!];
  }
  return t.join(' ');
}

describe('parse never throws', () => {
  it('on random strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        parseChecked(s);
      }),
      { numRuns: 500 },
    );
  });

  it('on random bytes read as UTF-8 and as Latin-1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        parseChecked(Buffer.from(bytes).toString('utf8'));
        parseChecked(Buffer.from(bytes).toString('latin1'));
      }),
      { numRuns: 300 },
    );
  });

  it('on strings built from the language vocabulary', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCAB), { maxLength: 60 }), fc.array(fc.constantFrom(' ', '\n', ''), { maxLength: 60 }), (toks, seps) => {
        parseChecked(toks.map((t, i) => t + (seps[i] ?? ' ')).join(''));
      }),
      { numRuns: 500 },
    );
  });

  it('on mutated valid programs (tokens deleted, inserted, swapped, replaced)', () => {
    fc.assert(
      fc.property(arbProgram({ withTests: true }), fc.array(arbMutation, { minLength: 1, maxLength: 4 }), (text, muts) => {
        parseChecked(mutate(tokensOf(text), muts));
      }),
      { numRuns: 300 },
    );
  });

  it('on valid programs cut at any point', () => {
    fc.assert(
      fc.property(arbProgramText({ withTests: true }), fc.nat(), (text, at) => {
        parseChecked(text.slice(0, at % (text.length + 1)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('generated programs', () => {
  it('parse without diagnostics', () => {
    fc.assert(
      fc.property(arbProgramText({ withTests: true }), (text) => {
        const r = parse(text);
        expect(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('formatter', () => {
  it('parse(format(p)) equals parse(p) without positions', () => {
    fc.assert(
      fc.property(arbProgramText({ withTests: true }), (text) => {
        const before = parse(text);
        const out = format(text);
        expect(out.diagnostics).toEqual([]);
        const after = parseChecked(out.text!);
        expect(after.diagnostics).toEqual([]);
        expect(strip(after.ast)).toEqual(strip(before.ast));
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(arbProgramText({ withTests: true }), (text) => {
        const once = format(text).text!;
        expect(format(once).text).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every comment, in order', () => {
    fc.assert(
      fc.property(arbProgramText({ withTests: true }), (text) => {
        const want = parse(text).ast.comments.map((c) => c.text);
        const got = parse(format(text).text!).ast.comments.map((c) => c.text);
        expect(got).toEqual(want);
      }),
      { numRuns: 300 },
    );
  });

  it('formats a program given as an AST the same as its text', () => {
    fc.assert(
      fc.property(arbProgramText(), (text) => {
        expect(format(parse(text).ast).text).toBe(format(text).text);
      }),
      { numRuns: 100 },
    );
  });
});

describe('recovery', () => {
  const STATEMENT_KEYWORDS = new Set(['group', 'identity', 'ca', 'defaults', 'template', 'site', 'agent', 'service', 'expose', 'allow', 'deny', 'mtls', 'action']);

  it('one misspelled statement keyword gives exactly one diagnostic, at that keyword (or later on its line when the typo is another keyword)', () => {
    fc.assert(
      fc.property(arbProgram({ withTests: true }), fc.nat(), fc.nat(), (text, pickLine, pickChar) => {
        const canonical = format(text).text!;
        const lines = canonical.split('\n');
        const candidates = lines
          .map((l, i) => ({ i, word: /^\s*([a-z-]+)/.exec(l)?.[1] }))
          .filter((c): c is { i: number; word: string } => !!c.word && STATEMENT_KEYWORDS.has(c.word));
        fc.pre(candidates.length > 0);
        const { i, word } = candidates[pickLine % candidates.length]!;
        // Drop one letter: 'allow' -> 'alow'.
        const k = pickChar % word.length;
        const typo = word.slice(0, k) + word.slice(k + 1);
        fc.pre(typo.length > 0);
        const line = lines[i]!;
        const col = line.indexOf(word);
        lines[i] = line.slice(0, col) + typo + line.slice(col + word.length);
        const r = parseChecked(lines.join('\n'));
        if (keywordTokens.has(typo)) {
          // The typo is another keyword ('mtls' -> 'tls'): the one error is later on the same line.
          expect(r.diagnostics.map((d) => d.line)).toEqual([i + 1]);
        } else {
          expect(r.diagnostics.map((d) => [d.line, d.column])).toEqual([[i + 1, col + 1]]);
        }
      }),
      { numRuns: 300 },
    );
  });
});
