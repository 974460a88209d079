/**
 * The printers' building blocks: code frames, terminal-safe text, ESLint fix merging, counts.
 */
import { describe, expect, it } from 'vitest';
import { createDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { LineMap } from '../../src/diagnostics/text.js';
import { paint, safeText } from '../../cli/format/ansi.js';
import { codeFrame } from '../../cli/format/code-frame.js';
import { eslintResults } from '../../cli/format/json.js';
import { stylish, tally } from '../../cli/format/stylish.js';
import { mergeFix, type FormatContext, type RuleInfo } from '../../cli/format/types.js';

const plain = paint(false);
const frame = (text: string, start: number, end: number) => codeFrame(text, new LineMap(text).range(start, end), plain);

describe('codeFrame', () => {
  it.each([
    ['underlines the range on its line', 'a: 1\nkey: value\n', 5, 8, ['2 | key: value', '  | ^^^']],
    ['gives an empty range one caret', 'a: 1\n', 2, 2, ['1 | a: 1', '  |   ^']],
    ['puts a caret past the end of the line for a missing value', 'key:\n', 4, 4, ['1 | key:', '  |     ^']],
    ['stops a multi-line range at the end of the first line', 'a:\n  - b\n', 0, 7, ['1 | a:', '  | ^^']],
    ['keeps tabs so the caret lines up', '\tx: 1\n', 1, 2, ['1 | \tx: 1', '  | \t^']],
    ['escapes control characters and widens the underline to match', 'x: "\u001b[2J"\n', 4, 8, ['1 | x: "\\x1b[2J"', '  |     ^^^^^^^']],
    ['drops a CR before the newline', 'a: 1\r\nb: 2\r\n', 6, 7, ['2 | b: 2', '  | ^']],
    ['shows nothing for an empty file', '', 0, 0, []],
  ])('%s', (_name, text, start, end, lines) => {
    expect(frame(text, start, end)).toEqual(lines);
  });

  it('shows a window of a very long line around the range', () => {
    const text = 'x'.repeat(500) + 'TARGET' + 'y'.repeat(500);
    const [src, under] = frame(text, 500, 506);
    expect(src).toBe(`1 | …${'x'.repeat(40)}TARGET${'y'.repeat(74)}…`);
    expect(under).toBe(`  |  ${' '.repeat(40)}^^^^^^`);
  });

  it('pads the gutter to the line number', () => {
    const text = 'a\n'.repeat(120) + 'bad\n';
    expect(frame(text, 240, 243)).toEqual(['121 | bad', '    | ^^^']);
  });
});

describe('safeText', () => {
  it.each([
    ['plain', 'plain'],
    ['tab\tand\nnewline', 'tab and newline'],
    ['\u001b[31mred', '\\x1b[31mred'],
    ['bidi \u202eevil', 'bidi \\u202eevil'],
    ['del\u007f c1\u009b', 'del\\x7f c1\\x9b'],
    ['emoji 🚑 ok', 'emoji 🚑 ok'],
  ])('%j → %j', (input, out) => {
    expect(safeText(input)).toBe(out);
  });
});

describe('mergeFix (ESLint fix shape)', () => {
  const src = '0123456789';
  it.each([
    [[{ start: 2, end: 4, text: 'ab' }], { range: [2, 4], text: 'ab' }],
    [[{ start: 6, end: 7, text: 'Y' }, { start: 1, end: 2, text: 'X' }], { range: [1, 7], text: 'X2345Y' }],
    [[{ start: 3, end: 3, text: '+' }, { start: 8, end: 10, text: '' }], { range: [3, 10], text: '+34567' }],
  ])('%j', (edits, want) => {
    expect(mergeFix(src, edits)).toEqual(want);
  });
  it('gives up on overlapping edits and on several edits without the source', () => {
    expect(mergeFix(src, [{ start: 1, end: 5, text: '' }, { start: 3, end: 6, text: '' }])).toBeUndefined();
    expect(mergeFix(undefined, [{ start: 1, end: 2, text: '' }, { start: 3, end: 4, text: '' }])).toBeUndefined();
    expect(mergeFix(src, [])).toBeUndefined();
  });
});

describe('counts and severities', () => {
  const text = 'a: 1\n';
  const lm = new LineMap(text);
  const mk = (code: string, severity: 'error' | 'warning' | 'info', extra: object = {}) => ({ ...createDiagnostic({ code, severity, message: `${code}.`, file: 'p.yml', range: lm.range(0, 1) }), ...extra });
  const rules = new Map<string, RuleInfo>([['sec', { id: 'sec', description: 'S.', severity: 'error', requiresReason: true }]]);
  const ctx: FormatContext = { cwd: '/w', color: false, files: ['p.yml'], sources: new Map([['p.yml', text]]), rules, version: '0' };
  const diags = [
    mk('e', 'error', { fix: { description: 'f', edits: [{ start: 0, end: 1, text: 'b' }] } }),
    mk('w', 'warning'),
    mk('i', 'info'),
    mk('sec', 'error', { suppressed: { kind: 'inline', reason: 'why' } }),
    mk('other', 'error', { suppressed: { kind: 'baseline', reason: 'old' } }),
  ];

  it('tallies unsuppressed findings by severity and suppressed ones apart', () => {
    expect(tally(diags, ctx)).toEqual({ errors: 1, warnings: 1, infos: 1, fixableErrors: 1, fixableWarnings: 0, suppressed: 2, suppressedShown: 1 });
  });

  it('json: info is severity 1; loader errors are fatal; suppressed go to suppressedMessages', () => {
    const [r] = eslintResults([...diags, mk('TPC0001', 'error')], ctx);
    expect(r!.messages.map((x) => [x.ruleId, x.severity, x.fatal ?? false])).toEqual([
      ['e', 2, false],
      ['w', 1, false],
      ['i', 1, false],
      ['TPC0001', 2, true],
    ]);
    expect(r!.suppressedMessages.map((x) => [x.ruleId, x.suppressions])).toEqual([
      ['sec', [{ kind: 'directive', justification: 'why' }]],
      ['other', [{ kind: 'external', justification: 'old' }]],
    ]);
    expect([r!.errorCount, r!.fatalErrorCount, r!.warningCount, r!.fixableErrorCount]).toEqual([2, 1, 2, 1]);
  });

  it('stylish: singular words and an info count in the summary', () => {
    const out = stylish(diags, ctx);
    expect(out.split('\n').slice(-4)).toEqual(['✖ 3 problems (1 error, 1 warning, 1 info)', '  1 error and 0 warnings potentially fixable with the `--fix` option.', '  2 suppressed (1 shown above with the reason).', '']);
    expect(out).toContain('  p.yml:1:1  error  sec.  sec\n    suppressed (inline): why\n');
    expect(out).not.toContain('other.');
  });

  it('stylish: nothing at all for no findings', () => {
    expect(stylish([], ctx)).toBe('');
  });
});
