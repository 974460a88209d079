/**
 * Writing `.tpc` text: quoted strings, URLs, object literals, and names that are valid
 * identifiers (not keywords, usable in internal hostnames, unique).
 * @internal
 */

import { keywordTokens } from '../dsl/tokens.js';

/** A double-quoted `.tpc` string; `${` is escaped so ngrok's own interpolations stay verbatim. */
export function quote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = c.charCodeAt(0);
    if (c === '\\') out += '\\\\';
    else if (c === '"') out += '\\"';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '$' && s[i + 1] === '{') out += '\\$';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || code === 0x85) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += c;
  }
  return out + '"';
}

/** A URL in URL position: bare when it lexes as one URL token, else quoted. */
export function urlText(url: string): string {
  return /^[a-z][a-z0-9+.-]*:\/\/[^\s{}()"'#,;$]+$/i.test(url) ? url : quote(url);
}

/** A path in `path` position (only plain paths are written; the caller checks {@link isPlainPath}). */
export function isPlainPath(path: string): boolean {
  return /^\/[^\s{}()"'#,;$]*$/.test(path);
}

/** A JSON value as a `.tpc` object/array/scalar literal (keys always quoted). Undefined for values JSON cannot hold. */
export function literal(v: unknown): string | undefined {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === 'string') return quote(v);
  if (Array.isArray(v)) {
    const items: string[] = [];
    for (const x of v) {
      const t = literal(x);
      if (t === undefined) return undefined;
      items.push(t);
    }
    return `[${items.join(', ')}]`;
  }
  if (typeof v === 'object') {
    const parts: string[] = [];
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      if (x === undefined) continue;
      const t = literal(x);
      if (t === undefined) return undefined;
      parts.push(`${quote(k)}: ${t}`);
    }
    return parts.length === 0 ? '{}' : `{ ${parts.join(', ')} }`;
  }
  return undefined;
}

/** True when `name` is a reserved word of the language. */
export function isKeyword(name: string): boolean {
  return keywordTokens.has(name);
}

/**
 * A name usable as a site, service, group or identity: lower-case letters, digits and single
 * inner dashes, starting with a letter, at most 63 characters, not a keyword.
 */
export function sanitizeName(raw: string, prefix: string): string {
  let s = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s === '') s = prefix;
  else if (!/^[a-z]/.test(s)) s = `${prefix}-${s}`;
  if (s.length > 63) s = s.slice(0, 63).replace(/-+$/, '');
  if (isKeyword(s)) s = `${s}-${prefix}`;
  return s;
}

/** Hands out unique names within one namespace. */
export class Namer {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.used.add(r);
  }

  /** `base`, else `base-2`, `base-3`… (base must already be sanitized). */
  take(base: string): string {
    let name = base;
    for (let n = 2; this.used.has(name) || isKeyword(name); n++) {
      const suffix = `-${n}`;
      name = base.slice(0, 63 - suffix.length).replace(/-+$/, '') + suffix;
    }
    this.used.add(name);
    return name;
  }

  has(name: string): boolean {
    return this.used.has(name);
  }
}

/** JSON with sorted keys, for comparing values and keying dedupe maps. */
export function stableKey(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
  if (Array.isArray(v)) return `[${v.map(stableKey).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${stableKey(o[k])}`)
    .join(',')}}`;
}
