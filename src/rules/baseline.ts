/**
 * The baseline: a committed list of known findings, each with a reason, so a team adopts tpc
 * on an existing fleet without weakening checks for new code. A finding is matched by file,
 * code, message and the text of its line (not the line number), so unrelated edits above it
 * do not break the match.
 */

import { createRequire } from 'node:module';
import type { Diagnostic } from '../diagnostics/diagnostic.js';

// node:crypto is loaded on the first fingerprint: most lint runs use no baseline, and loading
// it costs every run start-up time.
const lazyRequire = createRequire(import.meta.url);
let sha256: ((data: string) => string) | undefined;

function hash(data: string): string {
  sha256 ??= (s) => (lazyRequire('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(s).digest('hex');
  return sha256(data);
}

/** One known finding. */
export interface BaselineEntry {
  file: string;
  code: string;
  message: string;
  /** sha256 of code, message and the trimmed source line, first 16 hex digits. */
  fingerprint: string;
  /** Why this finding is accepted. Required. */
  reason: string;
}

/** The baseline file (`tpc-baseline.json`). */
export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

function lineText(text: string | undefined, line: number): string {
  if (text === undefined) return '';
  return (text.split('\n')[line - 1] ?? '').trim();
}

/** The fingerprint of a diagnostic against its file text. */
export function fingerprint(d: Diagnostic, text: string | undefined): string {
  return hash(`${d.code}\0${d.message}\0${lineText(text, d.line)}`).slice(0, 16);
}

/** Builds a baseline from the current unsuppressed findings. */
export function createBaseline(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>, reason: string): Baseline {
  const entries = diagnostics
    .filter((d) => !d.suppressed)
    .map((d) => ({ file: d.file, code: d.code, message: d.message, fingerprint: fingerprint(d, sources.get(d.file)), reason }));
  return { version: 1, entries };
}

/** Marks findings that the baseline lists as suppressed (each entry suppresses one finding). */
export function applyBaseline(diagnostics: Diagnostic[], baseline: Baseline, sources: ReadonlyMap<string, string>): void {
  const pool = new Map<string, BaselineEntry[]>();
  for (const e of baseline.entries) {
    const k = `${e.file}\0${e.fingerprint}`;
    const list = pool.get(k) ?? [];
    list.push(e);
    pool.set(k, list);
  }
  for (const d of diagnostics) {
    if (d.suppressed) continue;
    const list = pool.get(`${d.file}\0${fingerprint(d, sources.get(d.file))}`);
    const e = list?.shift();
    if (e) d.suppressed = { kind: 'baseline', reason: e.reason };
  }
}

/** Checks the shape of a parsed baseline file; returns a message when it is not one. */
export function validateBaseline(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return 'the baseline must be a JSON object';
  const v = value as { version?: unknown; entries?: unknown };
  if (v.version !== 1) return "the baseline must have 'version: 1'";
  if (!Array.isArray(v.entries)) return "the baseline must have an 'entries' array";
  for (const [i, e] of v.entries.entries()) {
    if (!e || typeof e !== 'object') return `entries[${i}] must be an object`;
    const x = e as Record<string, unknown>;
    for (const k of ['file', 'code', 'message', 'fingerprint', 'reason']) {
      if (typeof x[k] !== 'string' || (k === 'reason' && !(x[k] as string).trim())) return `entries[${i}].${k} must be a non-empty string`;
    }
  }
  return undefined;
}
