/**
 * The contract shared by the lint printers. A printer is a pure function
 * `(diagnostics, context) => string`: no I/O, no globals, colour only when asked.
 */

import type { Diagnostic, Severity } from '../../src/diagnostics/diagnostic.js';

/** Static facts about a rule or catalogue code, for printers that describe rules (SARIF). */
export interface RuleInfo {
  id: string;
  /** One sentence. */
  description: string;
  /** Default severity. */
  severity: Severity;
  /** Absolute URL of the rule's documentation page, when known. */
  helpUri?: string;
  /** Security rules: suppressed findings are still shown, with their reason. */
  requiresReason?: boolean;
  category?: string;
  fixable?: boolean;
}

/** What every printer receives besides the diagnostics. */
export interface FormatContext {
  /** Absolute working directory; display paths are relative to it. */
  cwd: string;
  /** Emit ANSI colour (stylish only). */
  color: boolean;
  /** Every linted file (display paths) in lint order, including clean ones. */
  files: readonly string[];
  /** Text of each file, for code frames and fingerprints. */
  sources: ReadonlyMap<string, string>;
  /** Metadata of rules and catalogue codes, by id. */
  rules: ReadonlyMap<string, RuleInfo>;
  /** Texts written by `--fix`, by display path. */
  fixed?: ReadonlyMap<string, string>;
  /** tpc's version. */
  version: string;
  /** Findings not printed (a rule turned off) whose ranges are still secrets to mask. */
  redact?: readonly Diagnostic[];
}

/** A printer. */
export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatContext) => string;

/** The display path used for standard input when no `--stdin-filename` is given. */
export const STDIN_PATH = '<stdin>';

/** True when a suppressed finding must still be shown (its rule requires a reason). */
export function showsSuppressed(d: Diagnostic, rules: ReadonlyMap<string, RuleInfo>): boolean {
  return d.suppressed !== undefined && rules.get(d.code)?.requiresReason === true;
}

/**
 * Diagnostics grouped by file in the order of `files` (files with findings that are not in
 * `files` come last, in first-seen order).
 */
export function groupByFile(diagnostics: readonly Diagnostic[], files: readonly string[]): Map<string, Diagnostic[]> {
  const out = new Map<string, Diagnostic[]>();
  for (const f of files) out.set(f, []);
  for (const d of diagnostics) {
    let list = out.get(d.file);
    if (!list) {
      list = [];
      out.set(d.file, list);
    }
    list.push(d);
  }
  return out;
}

/** One fix as a single replacement `[start, end) → text` over the source (ESLint's shape), merging edits. */
export function mergeFix(source: string | undefined, edits: readonly { start: number; end: number; text: string }[]): { range: [number, number]; text: string } | undefined {
  if (edits.length === 0) return undefined;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  if (sorted.length === 1) return { range: [sorted[0]!.start, sorted[0]!.end], text: sorted[0]!.text };
  if (source === undefined) return undefined;
  const start = sorted[0]!.start;
  const end = Math.max(...sorted.map((e) => e.end));
  let text = '';
  let at = start;
  for (const e of sorted) {
    if (e.start < at) return undefined;
    text += source.slice(at, e.start) + e.text;
    at = e.end;
  }
  text += source.slice(at, end);
  return { range: [start, end], text };
}
