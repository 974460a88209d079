/**
 * Printers for simulations and test runs: the trace as indented text, test results as a test
 * runner prints them (text), JSON, and JUnit XML. Pure functions of their input.
 */

import { describeOutcome } from './outcome.js';
import type { PolicyCoverage, TestResult, TestRun } from './runner.js';
import type { ExpressionValue, TraceStep } from './types.js';

function valueText(v: ExpressionValue): string {
  if (v.error !== undefined) return `error: ${v.error}`;
  const x = v.value;
  if (typeof x === 'string') return JSON.stringify(x);
  if (typeof x === 'bigint') return String(x);
  return JSON.stringify(x) ?? String(x);
}

/** The trace as indented lines (no trailing newline on each). */
export function traceLines(trace: readonly TraceStep[], indent = ''): string[] {
  const out: string[] = [];
  for (const s of trace) {
    const base = indent + '  '.repeat(s.depth * 2);
    switch (s.kind) {
      case 'endpoint':
        out.push(`${base}${s.message}`);
        break;
      case 'phase':
        out.push(`${base}  ${s.message}`);
        break;
      case 'rule':
        out.push(`${base}    ${s.message}`);
        if (s.expressions && s.expressions.length > 0 && s.matched !== false) for (const e of s.expressions) out.push(`${base}        ${e.text}  →  ${valueText(e)}`);
        else if (s.expressions && s.matched === false) {
          const f = s.expressions.find((e) => e.value === false);
          if (!f) for (const e of s.expressions) out.push(`${base}        ${e.text}  →  ${valueText(e)}`);
        }
        break;
      case 'action':
        out.push(`${base}      ${s.message}`);
        break;
      case 'tls':
      case 'note':
        out.push(`${base}    ${s.message}`);
        break;
      case 'result':
        out.push(`${indent}=> ${s.message}`);
        break;
    }
  }
  return out;
}

/** The trace as text. */
export function formatTrace(trace: readonly TraceStep[]): string {
  return traceLines(trace).join('\n') + '\n';
}

function where(r: TestResult): string {
  const t = r.test;
  if (!t.file) return '';
  return t.range ? `${t.file}:${t.range.start.line}:${t.range.start.column}` : t.file;
}

function title(r: TestResult): string {
  return `${r.test.site ? `[${r.test.site}] ` : ''}${r.test.name}`;
}

/** Coverage as text lines. */
export function coverageLines(cov: readonly PolicyCoverage[]): string[] {
  const out: string[] = ['', 'coverage:'];
  let rules = 0;
  let matched = 0;
  let actions = 0;
  let ran = 0;
  for (const c of cov) {
    rules += c.rules;
    matched += c.rulesMatched;
    actions += c.actions;
    ran += c.actionsRun;
    const head = `  ${c.label ?? c.endpoint}${c.label ? ` (${c.endpoint})` : ''}: ${c.rulesMatched}/${c.rules} rules matched, ${c.actionsRun}/${c.actions} actions ran`;
    out.push(head);
    for (const u of c.unexercised) {
      const rule = `${u.phase} rule ${u.rule + 1}${u.ruleName ? ` '${u.ruleName}'` : ''}`;
      out.push(u.action === undefined ? `    never matched: ${rule}` : `    never ran: ${u.type || 'action'} (action ${u.action + 1} of ${rule})`);
    }
  }
  out.push(`  total: ${matched}/${rules} rules matched, ${ran}/${actions} actions ran`);
  return out;
}

/**
 * A test run as a test runner prints it: one line per test, the reason and trace under each
 * failure, optional coverage, and a closing `N passed, N failed` line.
 */
export function formatTestText(run: TestRun, options: { verbose?: boolean; header?: string } = {}): string {
  const lines: string[] = [];
  if (options.header) lines.push(options.header);
  for (const r of run.results) {
    const at = where(r);
    lines.push(`  ${r.passed ? '✓' : '✗'} ${title(r)}${at ? `  (${at})` : ''}`);
    if (!r.passed) {
      lines.push(`      ${r.message ?? 'failed'}`);
      if (r.trace.length > 0) {
        lines.push('      trace:');
        lines.push(...traceLines(r.trace, '        '));
      }
    } else if (options.verbose && r.outcome) lines.push(`      ${describeOutcome(r.outcome)}`);
  }
  if (run.coverage) lines.push(...coverageLines(run.coverage));
  lines.push('');
  lines.push(`${run.passed} passed, ${run.failed} failed`);
  return lines.join('\n') + '\n';
}

/** A test run as JSON (stable shape, for machines). */
export function formatTestJson(run: TestRun): string {
  const tests = run.results.map((r) => ({
    name: r.test.name,
    ...(r.test.site ? { site: r.test.site } : {}),
    ...(r.test.file ? { file: r.test.file } : {}),
    ...(r.test.range ? { line: r.test.range.start.line, column: r.test.range.start.column } : {}),
    ...(r.test.endpoint ? { endpoint: r.test.endpoint } : {}),
    expect: r.test.expect,
    passed: r.passed,
    ...(r.outcome ? { outcome: r.outcome } : {}),
    ...(r.message ? { message: r.message } : {}),
    ...(r.test.problem ? { problem: { code: r.test.problem.code, message: r.test.problem.message } } : {}),
    ...(!r.passed ? { trace: r.trace } : {}),
  }));
  const out: Record<string, unknown> = { passed: run.passed, failed: run.failed, tests };
  if (run.coverage) out['coverage'] = run.coverage;
  return JSON.stringify(out, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v), 2) + '\n';
}

function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** A test run as JUnit XML (one suite; one test case per expectation). */
export function formatTestJunit(run: TestRun, suiteName = 'tpc test'): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites name="${xml(suiteName)}" tests="${run.results.length}" failures="${run.failed}">`, `  <testsuite name="${xml(suiteName)}" tests="${run.results.length}" failures="${run.failed}">`];
  for (const r of run.results) {
    const cls = r.test.site ?? r.test.file ?? 'tests';
    const at = where(r);
    lines.push(`    <testcase classname="${xml(cls)}" name="${xml(r.test.name)}"${r.test.file ? ` file="${xml(r.test.file)}"` : ''}${r.test.range ? ` line="${r.test.range.start.line}"` : ''}>`);
    if (!r.passed) {
      const body = [r.message ?? 'failed', ...(at ? [`at ${at}`] : []), ...traceLines(r.trace)].join('\n');
      lines.push(`      <failure message="${xml(r.message ?? 'failed')}">${xml(body)}</failure>`);
    }
    lines.push('    </testcase>');
  }
  lines.push('  </testsuite>', '</testsuites>');
  return lines.join('\n') + '\n';
}
