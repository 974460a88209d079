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

const PLAIN = /^[A-Za-z_/][A-Za-z0-9_./+@-]*$/;
const RESERVED = /^(?:true|false|null|yes|no|on|off|y|n|~)$/i;

/** A scalar as YAML text. */
export function yamlScalar(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  const s = String(v);
  if (PLAIN.test(s) && !RESERVED.test(s)) return s;
  return quote(s);
}

function quote(s: string): string {
  // JSON escapes are valid in YAML double-quoted scalars; also escape what YAML forbids raw.
  return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function write(v: unknown, indent: string, out: string[]): void {
  if (Array.isArray(v)) {
    for (const item of v) {
      if (item === undefined) continue;
      if (isObject(item) && Object.keys(item).length > 0) {
        const sub: string[] = [];
        write(item, indent + '  ', sub);
        sub[0] = `${indent}- ${sub[0]!.slice(indent.length + 2)}`;
        out.push(...sub);
      } else if (Array.isArray(item) && item.length > 0) {
        const sub: string[] = [];
        write(item, indent + '  ', sub);
        sub[0] = `${indent}- ${sub[0]!.slice(indent.length + 2)}`;
        out.push(...sub);
      } else {
        out.push(`${indent}- ${inline(item)}`);
      }
    }
    return;
  }
  if (isObject(v)) {
    for (const [k, val] of Object.entries(v)) {
      if (val === undefined) continue;
      const key = yamlScalar(k);
      if ((isObject(val) && Object.keys(val).length > 0) || (Array.isArray(val) && val.length > 0)) {
        out.push(`${indent}${key}:`);
        write(val, Array.isArray(val) ? indent + '  ' : indent + '  ', out);
      } else {
        out.push(`${indent}${key}: ${inline(val)}`);
      }
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
  if (!isObject(value) && !Array.isArray(value)) return yamlScalar(value) + '\n';
  if ((isObject(value) && Object.keys(value).length === 0) || (Array.isArray(value) && value.length === 0)) return inline(value) + '\n';
  const out: string[] = [];
  write(value, '', out);
  return out.join('\n') + '\n';
}
