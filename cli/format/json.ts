/**
 * The ESLint JSON formatter's shape, so existing tooling (CI annotators, reviewdog, editors)
 * reads tpc's findings unchanged: one result per linted file, clean files included.
 *
 * Mapping: `ruleId` is the rule id or catalogue code; severity 2 is an error, 1 a warning (an
 * `info` finding is also 1, the shape has nothing lower); loader failures (TPC0xxx errors: the
 * file could not be parsed) are `fatal`. Suppressed findings go to `suppressedMessages` with
 * `suppressions: [{ kind: 'directive' | 'external', justification }]` as ESLint does.
 */

import { isAbsolute, resolve } from 'node:path';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { groupByFile, mergeFix, STDIN_PATH, type FormatContext } from './types.js';
import { redactContext } from './redact.js';

/** One ESLint message. */
export interface EslintMessage {
  ruleId: string;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fatal?: true;
  fix?: { range: [number, number]; text: string };
  suppressions?: { kind: 'directive' | 'external'; justification: string }[];
}

/** One ESLint result (one file). */
export interface EslintResult {
  filePath: string;
  messages: EslintMessage[];
  suppressedMessages: EslintMessage[];
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  output?: string;
  source?: string;
  usedDeprecatedRules: never[];
}

function isFatal(d: Diagnostic): boolean {
  return d.severity === 'error' && /^TPC0\d{3}$/.test(d.code);
}

function toMessage(d: Diagnostic, source: string | undefined): EslintMessage {
  const m: EslintMessage = {
    ruleId: d.code,
    severity: d.severity === 'error' ? 2 : 1,
    message: d.message,
    line: d.line,
    column: d.column,
    endLine: d.range.end.line,
    endColumn: d.range.end.column,
  };
  if (isFatal(d)) m.fatal = true;
  const fix = d.fix ? mergeFix(source, d.fix.edits) : undefined;
  if (fix) m.fix = fix;
  if (d.suppressed) m.suppressions = [{ kind: d.suppressed.kind === 'inline' ? 'directive' : 'external', justification: d.suppressed.reason }];
  return m;
}

/** The results as objects (what {@link json} serialises). */
export function eslintResults(diagnostics: readonly Diagnostic[], context: FormatContext): EslintResult[] {
  const ctx = redactContext(diagnostics, context);
  const results: EslintResult[] = [];
  for (const [file, list] of groupByFile(diagnostics, ctx.files)) {
    const source = ctx.sources.get(file);
    const messages: EslintMessage[] = [];
    const suppressedMessages: EslintMessage[] = [];
    const r: EslintResult = {
      filePath: file === STDIN_PATH || isAbsolute(file) ? file : resolve(ctx.cwd, file),
      messages,
      suppressedMessages,
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
    };
    for (const d of list) {
      const m = toMessage(d, source);
      if (d.suppressed) {
        suppressedMessages.push(m);
        continue;
      }
      messages.push(m);
      if (m.severity === 2) {
        r.errorCount++;
        if (m.fatal) r.fatalErrorCount++;
        if (m.fix) r.fixableErrorCount++;
      } else {
        r.warningCount++;
        if (m.fix) r.fixableWarningCount++;
      }
    }
    const output = ctx.fixed?.get(file);
    // ESLint's order: counts, then output (when fixed) or source (when there are problems), then usedDeprecatedRules.
    const { usedDeprecatedRules, ...rest } = r;
    const ordered: EslintResult = { ...rest } as EslintResult;
    if (output !== undefined) ordered.output = output;
    else if (r.errorCount + r.warningCount > 0 && source !== undefined) ordered.source = source;
    ordered.usedDeprecatedRules = usedDeprecatedRules;
    results.push(ordered);
  }
  return results;
}

/** Prints the ESLint JSON array (one line, like ESLint's `json` formatter). */
export function json(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  return JSON.stringify(eslintResults(diagnostics, ctx)) + '\n';
}
