/**
 * A small deterministic YAML writer for plain JSON data (objects, arrays, strings, numbers,
 * booleans, null): block style, two-space indents, keys in insertion order. Strings are plain
 * when that is unambiguous, otherwise double-quoted with JSON escapes (valid YAML). Parsing the
 * output with any YAML 1.2 parser gives back the same data (property-tested).
 *
 * It is much faster than a general YAML library, which matters when a fleet of a thousand
 * sites is written.
 * @internal
 */

import { isImmutable } from '../ngrok/immutable.js';

const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./+@-]*$/;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/**
 * Quoted scalars already written (fleets repeat the same expressions and messages). Plain ones
 * are not looked up: two regular-expression tests cost less than hashing the string for a lookup.
 */
const QUOTED = new Map<string, string>();
const MAX_CACHED = 20000;

/** A scalar as YAML text. */
export function yamlScalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  const s = String(v);
  if (PLAIN.test(s) && !RESERVED.test(s)) return s;
  let y = QUOTED.get(s);
  if (y === undefined) {
    y = quote(s);
    if (QUOTED.size < MAX_CACHED) QUOTED.set(s, y);
  }
  return y;
}

function quote(s: string): string {
  // JSON escapes are valid in YAML double-quoted scalars; also escape what YAML forbids raw.
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** A collection written as a block (a non-empty object or array). */
function isBlock(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return v.length > 0;
  for (const _ in v) if (Object.prototype.hasOwnProperty.call(v, _)) return true;
  return false;
}

/**
 * Appends the block lines of `v` (each ending in a newline) to `out.s`. Lines are indented by
 * `indent`, except the first one, which starts with `lead` (the `- ` of an enclosing sequence
 * item, when there is one).
 */
function write(v: unknown, indent: string, lead: string, out: { s: string }): void {
  if (isImmutable(v)) {
    // A shared frozen value (an action repeated across a fleet): its lines at this indent are
    // written once. `lead` has the length of `indent`, so only the first line's start differs.
    let byIndent = WRITTEN.get(v as object);
    if (!byIndent) WRITTEN.set(v as object, (byIndent = new Map()));
    let text = byIndent.get(indent);
    if (text === undefined) {
      const own = { s: '' };
      writeBlock(v, indent, indent, own);
      text = own.s;
      byIndent.set(indent, text);
    }
    if (text !== '') out.s += lead + text.slice(indent.length);
    return;
  }
  writeBlock(v, indent, lead, out);
}

/** YAML lines of immutable values, by indent (see src/ngrok/immutable.ts). */
const WRITTEN = new WeakMap<object, Map<string, string>>();

function writeBlock(v: unknown, indent: string, lead: string, out: { s: string }): void {
  if (Array.isArray(v)) {
    for (const item of v) {
      if (item === undefined) continue;
      if (isBlock(item)) write(item, indent + '  ', lead + '- ', out);
      else out.s += lead + '- ' + inline(item) + '\n';
      lead = indent;
    }
    return;
  }
  if (isObject(v)) {
    for (const k of Object.keys(v)) {
      const val = v[k];
      if (val === undefined) continue;
      const key = yamlScalar(k);
      if (isBlock(val)) {
        out.s += lead + key + ':\n';
        write(val, indent + '  ', indent + '  ', out);
      } else {
        out.s += lead + key + ': ' + inline(val) + '\n';
      }
      lead = indent;
    }
  }
}

/** Scalars and empty collections. */
function inline(v: unknown): string {
  if (Array.isArray(v)) return '[]';
  if (isObject(v)) return '{}';
  return yamlScalar(v);
}

/** Serialises plain data as a YAML document (ending in a newline). */
export function toYaml(value: unknown): string {
  if (!isBlock(value)) return inline(value) + '\n';
  const out = { s: '' };
  write(value, '', '', out);
  return out.s === '' ? '\n' : out.s;
}
