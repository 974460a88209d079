/**
 * A small RuleTester (after typescript-eslint's): valid and invalid cases for one rule, run
 * through the real engine with only that rule enabled.
 *
 * A case is either the text of one file (`code`, named `filename`, default `policy.yaml`) or a
 * set of files linted together (`files`). Invalid cases list the expected findings by
 * messageId (+ data), line and column; fixable rules give the expected `output`.
 */
import { describe, expect, it } from 'vitest';
import { lint, type LintInput } from '../../src/rules/engine.js';
import { fillTemplate, type LintRule } from '../../src/rules/rule.js';

export interface ExpectedError {
  messageId: string;
  data?: Record<string, string | number>;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** File of the finding when the case has several files. */
  file?: string;
  severity?: 'error' | 'warning' | 'info';
}

export interface ValidCase {
  name?: string;
  code?: string;
  filename?: string;
  files?: Record<string, string>;
  options?: Record<string, unknown>;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
  /** Expected text after `--fix` (single-file cases). */
  output?: string;
}

function inputsOf(c: ValidCase): LintInput[] {
  if (c.files) return Object.entries(c.files).map(([path, text]) => ({ path, text }));
  if (c.code === undefined) throw new Error('a case needs code or files');
  return [{ path: c.filename ?? 'policy.yaml', text: c.code }];
}

function caseName(c: ValidCase, i: number): string {
  return c.name ?? `#${i}: ${(c.code ?? Object.keys(c.files ?? {}).join(', ')).slice(0, 60).replace(/\n/g, '⏎')}`;
}

/** Runs valid/invalid tables for one rule. */
export function ruleTester<M extends string>(rule: LintRule<M>, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const seen = new Set<string>();
  for (const c of [...cases.valid, ...cases.invalid]) {
    const key = JSON.stringify([c.code, c.files, c.filename, c.options]);
    if (seen.has(key)) throw new Error(`duplicate test case for ${rule.id}: ${key.slice(0, 80)}`);
    seen.add(key);
  }
  describe(rule.id, () => {
    describe('valid', () => {
      cases.valid.forEach((c, i) => {
        it(caseName(c, i), async () => {
          const r = await lint(inputsOf(c), { registry: [rule], ruleOptions: c.options ? { [rule.id]: c.options } : {} });
          expect(r.diagnostics.filter((d) => d.code === rule.id)).toEqual([]);
        });
      });
    });
    describe('invalid', () => {
      cases.invalid.forEach((c, i) => {
        it(caseName(c, i), async () => {
          if (c.errors.length === 0) throw new Error('an invalid case needs at least one expected error');
          for (const e of c.errors) {
            if (!(e.messageId in rule.meta.messages)) throw new Error(`unknown messageId '${e.messageId}' for ${rule.id}`);
          }
          const r = await lint(inputsOf(c), { registry: [rule], ruleOptions: c.options ? { [rule.id]: c.options } : {} });
          const got = r.diagnostics
            .filter((d) => d.code === rule.id)
            .map((d) => ({ file: d.file, line: d.line, column: d.column, endLine: d.range.end.line, endColumn: d.range.end.column, message: d.message, severity: d.severity }));
          const want = c.errors.map((e) => {
            const template = (rule.meta.messages as Record<string, string>)[e.messageId]!;
            const w: Record<string, unknown> = { line: e.line, column: e.column, message: e.data ? fillTemplate(template, e.data) : expect.any(String) };
            if (!e.data && !template.includes('{{')) w['message'] = template;
            if (e.file) w['file'] = e.file;
            if (e.endLine !== undefined) w['endLine'] = e.endLine;
            if (e.endColumn !== undefined) w['endColumn'] = e.endColumn;
            if (e.severity) w['severity'] = e.severity;
            return expect.objectContaining(w);
          });
          expect(got).toEqual(want);
          if (c.output !== undefined) {
            const fixed = await lint(inputsOf(c), { registry: [rule], fix: true });
            const path = inputsOf(c)[0]!.path;
            expect(fixed.fixed.get(path) ?? c.code).toBe(c.output);
          }
        });
      });
    });
  });
}
