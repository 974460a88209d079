/**
 * Building certain fixes for lint rules: every fix is checked by re-parsing the edited text and
 * comparing the resulting document value with the value the fix means to produce. When the
 * check fails (comments in the way, anchors, unusual layout), no fix is offered.
 *
 * @internal
 */

import { createRequire } from 'node:module';
import type { Fix, TextEdit } from '../../diagnostics/diagnostic.js';
import { getAt, loadText, scalarOffsetMap, type LocatePart, type Path, type SourceDocument } from '../../ngrok/load.js';

// node:util (for isDeepStrictEqual) is loaded when a fix is first verified: fixes are built
// lazily, and loading it costs every lint run start-up time.
const lazyRequire = createRequire(import.meta.url);
let deepEqual: ((a: unknown, b: unknown) => boolean) | undefined;

function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  deepEqual ??= (lazyRequire('node:util') as typeof import('node:util')).isDeepStrictEqual;
  return deepEqual(a, b);
}

/** Applies non-overlapping edits to a text. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

function clone<T>(v: T): T {
  return structuredClone(v);
}

/** Sets the value at a path of a plain value (mutating it); the parent must exist. */
function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
}

/**
 * Returns the fix when applying `edits` to `doc.text` gives a document whose value equals
 * `expected` (and every other document of the file is unchanged); otherwise undefined.
 */
export function verifiedFix(doc: SourceDocument, description: string, edits: TextEdit[], expected: unknown): Fix | undefined {
  if (!doc.editable || edits.length === 0) return undefined;
  const next = applyEdits(doc.text, edits);
  const before = parsedBefore(doc);
  const after = loadText(doc.file, next, { format: doc.format });
  if (after.diagnostics.some((d) => d.severity === 'error') || after.documents.length !== before.documents.length) return undefined;
  for (let i = 0; i < after.documents.length; i++) {
    const a = after.documents[i]!;
    const b = before.documents[i]!;
    if (a.index !== b.index) return undefined;
    const want = a.index === doc.index ? expected : b.value;
    if (!isDeepStrictEqual(a.value, want)) return undefined;
  }
  return { description, edits };
}

/** Parses of unedited file texts, so several fixes in one file parse it once (small cache). */
const beforeCache = new Map<string, ReturnType<typeof loadText>>();

function parsedBefore(doc: SourceDocument): ReturnType<typeof loadText> {
  const key = `${doc.format}\0${doc.file}\0${doc.text}`;
  let r = beforeCache.get(key);
  if (!r) {
    r = loadText(doc.file, doc.text, { format: doc.format });
    if (beforeCache.size >= 8) beforeCache.delete(beforeCache.keys().next().value!);
    beforeCache.set(key, r);
  }
  return r;
}

const COMMENT = /(^|[ \t])#/m;

/**
 * A fix that reorders the items of the sequence at `seqPath`: item `order[k]` moves to slot `k`.
 * Works for YAML block and flow sequences and JSON arrays; gives up when comments sit among the
 * items or the edited text would not parse back to the reordered value.
 */
export function reorderFix(doc: SourceDocument, seqPath: Path, order: readonly number[], description: string): Fix | undefined {
  if (!doc.editable) return undefined;
  const seq = getAt(doc.value, seqPath);
  if (!Array.isArray(seq) || order.length !== seq.length) return undefined;
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < seq.length; i++) {
    const s = doc.span([...seqPath, i]);
    if (!s) return undefined;
    const body = doc.text.slice(s.start, s.end).replace(/\s+$/, '');
    spans.push({ start: s.start, end: s.start + body.length });
  }
  const first = spans[0];
  const last = spans[spans.length - 1];
  if (!first || !last || COMMENT.test(doc.text.slice(first.start, last.end))) return undefined;
  const edits: TextEdit[] = [];
  for (let k = 0; k < order.length; k++) {
    const from = order[k]!;
    if (from === k) continue;
    const src = spans[from]!;
    edits.push({ start: spans[k]!.start, end: spans[k]!.end, text: doc.text.slice(src.start, src.end) });
  }
  const expected = clone(doc.value);
  setAt(expected, seqPath, order.map((i) => seq[i]));
  return verifiedFix(doc, description, edits, seqPath.length === 0 ? order.map((i) => seq[i]) : expected);
}

/** The offsets of a scalar's content inside its source (inside the quotes when quoted), when exact. */
function scalarContent(doc: SourceDocument, path: Path, part: LocatePart, expected: string): { start: number; end: number; quote: string } | undefined {
  const s = doc.span(path, part);
  if (!s) return undefined;
  const src = doc.text.slice(s.start, s.end).replace(/\s+$/, '');
  if (src === expected) return { start: s.start, end: s.start + src.length, quote: '' };
  const q = src[0];
  if ((q === '"' || q === "'") && src.length >= 2 && src[src.length - 1] === q && src.slice(1, -1) === expected) {
    return { start: s.start + 1, end: s.start + src.length - 1, quote: q };
  }
  return undefined;
}

// A word YAML 1.2 (core schema) and JSON read as the same string whether plain or quoted: starts
// with a letter (so never a number, indicator or '.inf'), no spaces, quotes, '#', ':' or escapes.
const PLAIN_WORD = /^[A-Za-z][A-Za-z0-9_./-]*$/;
const CORE_SPECIAL = /^(?:true|false|null)$/i;
// Anchor or alias syntax: a replaced value might be shared elsewhere, so verify by re-parsing.
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:])[&*][^\s,\]}]/;

/**
 * True when replacing one single-line scalar token (`c`, from {@link scalarContent}) by `text`
 * cannot change anything but that scalar: both are plain words (or `text` stays inside the same
 * quotes without quote or escape characters) and no anchor or alias could share the value. Such
 * fixes skip the re-parse of {@link verifiedFix}, which dominates lint time on large fleets.
 */
function tokenSwapIsSafe(doc: SourceDocument, c: { quote: string }, text: string): boolean {
  if (ANCHOR_OR_ALIAS.test(doc.text)) return false;
  if (c.quote === '') return PLAIN_WORD.test(text) && !CORE_SPECIAL.test(text);
  return !/["'\\\u0000-\u001f\u007f]/.test(text);
}

/** A fix that replaces the string value at `path` with `replacement` (keeping its quoting). */
export function replaceStringFix(doc: SourceDocument, path: Path, replacement: string, description: string): Fix | undefined {
  if (!doc.editable) return undefined;
  const current = getAt(doc.value, path);
  if (typeof current !== 'string') return undefined;
  const c = scalarContent(doc, path, 'value', current);
  if (!c || path.length === 0) return undefined;
  const edits = [{ start: c.start, end: c.end, text: replacement }];
  if (tokenSwapIsSafe(doc, c, replacement)) return { description, edits };
  const expected = clone(doc.value);
  setAt(expected, path, replacement);
  return verifiedFix(doc, description, edits, expected);
}

/** A fix that renames the object member at `path` to `newKey` (value and position unchanged). */
export function renameKeyFix(doc: SourceDocument, path: Path, newKey: string, description: string): Fix | undefined {
  if (!doc.editable || path.length === 0) return undefined;
  const oldKey = path[path.length - 1];
  if (typeof oldKey !== 'string') return undefined;
  const parent = getAt(doc.value, path.slice(0, -1));
  if (!parent || typeof parent !== 'object' || Array.isArray(parent) || newKey in parent) return undefined;
  const c = scalarContent(doc, path, 'key', oldKey);
  if (!c) return undefined;
  if (tokenSwapIsSafe(doc, c, newKey)) return { description, edits: [{ start: c.start, end: c.end, text: newKey }] };
  const renamed: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(parent)) renamed[k === oldKey ? newKey : k] = v;
  const expected = clone(doc.value);
  if (path.length === 1) return verifiedFix(doc, description, [{ start: c.start, end: c.end, text: newKey }], renamed);
  setAt(expected, path.slice(0, -1), renamed);
  return verifiedFix(doc, description, [{ start: c.start, end: c.end, text: newKey }], expected);
}

/**
 * A fix that inserts `insert` at character `index` of the string value at `path`, when the
 * string's source maps character by character (so the insertion lands exactly there).
 */
export function insertInStringFix(doc: SourceDocument, path: Path, index: number, insert: string, description: string): Fix | undefined {
  if (!doc.editable || path.length === 0) return undefined;
  const value = getAt(doc.value, path);
  if (typeof value !== 'string' || index < 0 || index > value.length) return undefined;
  const s = doc.span(path);
  if (!s) return undefined;
  const map = scalarOffsetMap(doc.text, s.start, s.end, value);
  if (!map || map.length === 0) return undefined;
  const at = index < map.length ? map[index]! : map[map.length - 1]! + 1;
  const expected = clone(doc.value);
  setAt(expected, path, value.slice(0, index) + insert + value.slice(index));
  return verifiedFix(doc, description, [{ start: at, end: at, text: insert }], expected);
}
