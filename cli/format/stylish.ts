/**
 * The default human-readable printer: findings grouped by file, each as
 * `file:line:col  severity  message  rule-id` with a code frame, then a summary line.
 *
 * Suppressed findings are not problems. Those of rules that require a reason (the security
 * rules) are still printed, marked with the reason; other suppressed findings are only counted.
 */

import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { paint, safeText, type Paint } from './ansi.js';
import { codeFrame } from './code-frame.js';
import { redactContext } from './redact.js';
import { groupByFile, showsSuppressed, type FormatContext } from './types.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function severityLabel(d: Diagnostic, p: Paint): string {
  if (d.severity === 'error') return p.red('error');
  if (d.severity === 'warning') return p.yellow('warning');
  return p.blue('info');
}

function location(file: string, line: number, column: number): string {
  return `${safeText(file)}:${line}:${column}`;
}

/** Counts used by the summary (exported for the command's exit-code logic and tests). */
export interface Tally {
  errors: number;
  warnings: number;
  infos: number;
  fixableErrors: number;
  fixableWarnings: number;
  suppressed: number;
  suppressedShown: number;
}

/** Counts unsuppressed findings by severity, fixable ones, and suppressed ones. */
export function tally(diagnostics: readonly Diagnostic[], ctx: Pick<FormatContext, 'rules'>): Tally {
  const t: Tally = { errors: 0, warnings: 0, infos: 0, fixableErrors: 0, fixableWarnings: 0, suppressed: 0, suppressedShown: 0 };
  for (const d of diagnostics) {
    if (d.suppressed) {
      t.suppressed++;
      if (showsSuppressed(d, ctx.rules)) t.suppressedShown++;
      continue;
    }
    if (d.severity === 'error') {
      t.errors++;
      if (d.fix) t.fixableErrors++;
    } else if (d.severity === 'warning') {
      t.warnings++;
      if (d.fix) t.fixableWarnings++;
    } else t.infos++;
  }
  return t;
}

/** Prints findings for a terminal. Returns '' when there is nothing to say. */
export function stylish(diagnostics: readonly Diagnostic[], context: FormatContext): string {
  const ctx = redactContext(diagnostics, context);
  const p = paint(ctx.color);
  const out: string[] = [];
  for (const [file, list] of groupByFile(diagnostics, ctx.files)) {
    const visible = list.filter((d) => !d.suppressed || showsSuppressed(d, ctx.rules));
    if (visible.length === 0) continue;
    out.push(p.underline(safeText(file)));
    const text = ctx.sources.get(file);
    for (const d of visible) {
      out.push(`  ${location(file, d.line, d.column)}  ${severityLabel(d, p)}  ${safeText(d.message)}  ${p.dim(safeText(d.code))}`);
      if (d.suppressed) out.push(`    ${p.bold(`suppressed (${d.suppressed.kind})`)}: ${safeText(d.suppressed.reason)}`);
      if (text !== undefined) for (const l of codeFrame(text, d.range, p)) out.push(`    ${l}`);
      if (d.hint) out.push(`    ${p.dim('hint:')} ${safeText(d.hint)}`);
      for (const r of d.related ?? []) out.push(`    ${p.dim('related:')} ${location(r.file, r.range.start.line, r.range.start.column)}  ${safeText(r.message)}`);
    }
    out.push('');
  }
  const t = tally(diagnostics, ctx);
  const problems = t.errors + t.warnings + t.infos;
  if (problems === 0 && t.suppressed === 0) return '';
  const parts = [plural(t.errors, 'error'), plural(t.warnings, 'warning')];
  if (t.infos > 0) parts.push(`${t.infos} info`);
  if (problems > 0) {
    const line = `✖ ${plural(problems, 'problem')} (${parts.join(', ')})`;
    out.push(t.errors > 0 ? p.red(p.bold(line)) : t.warnings > 0 ? p.yellow(p.bold(line)) : p.bold(line));
  } else {
    out.push(p.green(`✔ 0 problems`));
  }
  if (t.fixableErrors + t.fixableWarnings > 0) {
    out.push(`  ${plural(t.fixableErrors, 'error')} and ${plural(t.fixableWarnings, 'warning')} potentially fixable with the \`--fix\` option.`);
  }
  if (t.suppressed > 0) {
    const shown = t.suppressedShown > 0 ? ` (${t.suppressedShown} shown above with the reason)` : '';
    out.push(`  ${t.suppressed} suppressed${shown}.`);
  }
  return out.join('\n') + '\n';
}
