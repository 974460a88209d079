/**
 * Implementations of ngrok's CEL functions that cel-js lacks, and their registration.
 *
 * Functions such as `getReqHeader` need the request, but cel-js function handlers do not see
 * the evaluation context. Evaluation is synchronous, so `evaluate.ts` publishes the
 * activation being evaluated through {@link withActivation} and the handlers read it here —
 * one environment serves every evaluation.
 */

import { createRequire } from 'node:module';
import type { Environment } from '@marcbachmann/cel-js';
import type { RE2JS } from '@bufbuild/re2';
import { FIELDS_SUFFIX, type PreparedActivation } from './activation.js';
import { inCidrRange, inCidrRanges, isPrivateIp } from './ip.js';

// `@bufbuild/re2` and `node:crypto` are loaded on first use: only `matches()` patterns and the
// hash functions need them, and loading them at start-up costs every `tpc lint` run a few ms.
// A synchronous require keeps every caller (analysis, evaluation) synchronous; in the CLI
// bundle it loads the package from node_modules like the generated validators' ajv helpers.
const lazyRequire = createRequire(import.meta.url);
let re2Engine: typeof RE2JS | undefined;
let hashing: typeof import('node:crypto') | undefined;

function re2(): typeof RE2JS {
  return (re2Engine ??= (lazyRequire('@bufbuild/re2') as typeof import('@bufbuild/re2')).RE2JS);
}

function nodeCrypto(): typeof import('node:crypto') {
  return (hashing ??= lazyRequire('node:crypto') as typeof import('node:crypto'));
}

/** Thrown by a function implementation; becomes an evaluation error. */
export class CelFunctionError extends Error {
  override readonly name = 'CelFunctionError';
}

let current: PreparedActivation | undefined;

/** Makes `a` visible to the context-dependent functions; returns what to restore afterwards. */
export function enterActivation(a: PreparedActivation): PreparedActivation | undefined {
  const prev = current;
  current = a;
  return prev;
}

/** Restores the activation returned by {@link enterActivation}. */
export function leaveActivation(prev: PreparedActivation | undefined): void {
  current = prev;
}

function own(o: unknown, k: string): unknown {
  return typeof o === 'object' && o !== null && Object.prototype.hasOwnProperty.call(o, k) ? (o as Record<string, unknown>)[k] : undefined;
}

function part(name: 'req' | 'res', fnName: string): Record<string, unknown> {
  const p = own(current, name);
  if (typeof p !== 'object' || p === null) {
    throw new CelFunctionError(`${fnName}() needs the ${name === 'req' ? 'request' : 'response'}, which does not exist in this phase`);
  }
  return p as Record<string, unknown>;
}

function headerValues(name: 'req' | 'res', fnName: string, header: string): string[] {
  const v = own(own(part(name, fnName), 'headers'), header.toLowerCase());
  return Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
}

function queryValues(param: string): string[] {
  const fields = own(part('req', 'getQueryParam'), `url${FIELDS_SUFFIX}`);
  const v = own(own(fields, 'query_params'), param);
  return Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
}

function cookie(name: 'req' | 'res', fnName: string, cookieName: string): unknown {
  const v = own(own(part(name, fnName), 'cookies'), cookieName);
  const first = Array.isArray(v) ? (v as unknown[])[0] : undefined;
  if (first === undefined) throw new CelFunctionError(`${fnName}('${cookieName}'): no such cookie`);
  return first;
}

function hasCookie(name: 'req' | 'res', fnName: string, cookieName: string): boolean {
  const v = own(own(part(name, fnName), 'cookies'), cookieName);
  return Array.isArray(v) && v.length > 0;
}

// --- RE2 ----------------------------------------------------------------------------------

const regexCache = new Map<string, RE2JS | Error>();

/** Compiles an RE2 pattern (cached); an Error when it is not valid RE2. */
export function compileRe2(pattern: string): RE2JS | Error {
  let r = regexCache.get(pattern);
  if (r === undefined) {
    const engine = re2();
    try {
      r = engine.compile(pattern);
    } catch (e) {
      r = e instanceof Error ? e : new Error(String(e));
    }
    if (regexCache.size > 5_000) regexCache.clear();
    regexCache.set(pattern, r);
  }
  return r;
}

/** CEL `matches`: true when the string contains a match of the RE2 pattern. */
export function re2Matches(s: string, pattern: string): boolean {
  const r = compileRe2(pattern);
  if (r instanceof Error) throw new CelFunctionError(`invalid RE2 pattern '${pattern}': ${r.message}`);
  return r.test(s);
}

// --- strings --------------------------------------------------------------------------------

function codePoints(s: string): string[] {
  return Array.from(s);
}

function goReplace(s: string, from: string, to: string, n: number): string {
  if (n < 0) return s.split(from).join(to);
  if (n === 0) return s;
  if (from === '') {
    const cps = codePoints(s);
    let out = '';
    let count = 0;
    for (let i = 0; i <= cps.length; i++) {
      if (count < n) {
        out += to;
        count++;
      }
      if (i < cps.length) out += cps[i];
    }
    return out;
  }
  let out = '';
  let rest = s;
  for (let i = 0; i < n; i++) {
    const at = rest.indexOf(from);
    if (at < 0) break;
    out += rest.slice(0, at) + to;
    rest = rest.slice(at + from.length);
  }
  return out + rest;
}

function celString(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return String(v);
  if (v === null) return 'null';
  if (v instanceof Date) return formatTimestamp(v);
  if (Array.isArray(v)) return `[${v.map(celString).join(', ')}]`;
  return toJson(v);
}

/** RFC 3339 in UTC with trailing fractional zeros removed (Go's RFC3339Nano style). */
export function formatTimestamp(d: Date): string {
  if (Number.isNaN(d.getTime())) return 'invalid timestamp';
  return d.toISOString().replace(/\.(\d*?)0+Z$/, (_m, frac: string) => (frac ? `.${frac}Z` : 'Z'));
}

function format(fmt: string, args: readonly unknown[]): string {
  let i = 0;
  return fmt.replace(/%([%sdfebxXo])/g, (m, c: string) => {
    if (c === '%') return '%';
    if (i >= args.length) throw new CelFunctionError(`format: not enough arguments for '${fmt}'`);
    const a = args[i++];
    switch (c) {
      case 's':
        return celString(a);
      case 'd':
        if (typeof a === 'bigint') return a.toString();
        if (typeof a === 'number' && Number.isInteger(a)) return String(a);
        throw new CelFunctionError(`format: %d needs an integer`);
      case 'f':
        return Number(a).toFixed(6);
      case 'e':
        return Number(a).toExponential(6).replace(/e([+-])(\d)$/, 'e$10$2');
      case 'b':
        return typeof a === 'bigint' ? a.toString(2) : typeof a === 'boolean' ? String(a) : Number(a).toString(2);
      case 'x':
      case 'X': {
        const s = typeof a === 'string' ? Buffer.from(a, 'utf8').toString('hex') : BigInt(a as bigint).toString(16);
        return c === 'X' ? s.toUpperCase() : s;
      }
      case 'o':
        return BigInt(a as bigint).toString(8);
      default:
        return m;
    }
  });
}

function toJson(v: unknown): string {
  return JSON.stringify(v, (_k, x: unknown) => {
    if (typeof x === 'bigint') return Number(x);
    if (x instanceof Map) return Object.fromEntries(x);
    if (x instanceof Uint8Array) return Buffer.from(x).toString('base64');
    if (typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Date) && 'value' in x && x.constructor?.name === 'UnsignedInt') {
      return Number((x as { value: bigint }).value);
    }
    return x;
  });
}

/** Stringifies a CEL value the way interpolation does (strings as-is, lists/maps as JSON). */
export function stringifyValue(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : v > 0 ? '+Inf' : v < 0 ? '-Inf' : 'NaN';
  if (v === null || v === undefined) return 'null';
  if (v instanceof Date) return formatTimestamp(v);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8');
  if (typeof v === 'object' && v.constructor?.name === 'Duration') return String(v);
  if (typeof v === 'object' && v.constructor?.name === 'UnsignedInt') return String(v);
  try {
    return toJson(v) ?? 'null';
  } catch {
    return String(v);
  }
}

function fromJson(s: string, fnName: string): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(s);
  } catch {
    throw new CelFunctionError(`${fnName}: invalid JSON`);
  }
  return jsonToCel(parsed);
}

function jsonToCel(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(jsonToCel);
  if (typeof v === 'object' && v !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = jsonToCel(x);
    return out;
  }
  return v; // JSON numbers are doubles in CEL
}

function decodeQuery(s: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of new URLSearchParams(s)) (out[k] ??= []).push(v);
  return out;
}

function encodeQuery(m: unknown): string {
  const p = new URLSearchParams();
  const entries = m instanceof Map ? [...m.entries()] : Object.entries(m as Record<string, unknown>);
  for (const [k, v] of entries) {
    for (const x of Array.isArray(v) ? v : [v]) p.append(String(k), celString(x));
  }
  return p.toString();
}

function parseUrl(s: string): Record<string, unknown> {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new CelFunctionError(`'${s}' is not a URL`);
  }
  return {
    scheme: u.protocol.replace(/:$/, ''),
    host: u.host,
    hostname: u.hostname,
    port: u.port,
    path: u.pathname,
    raw_path: u.pathname,
    raw_query: u.search.replace(/^\?/, ''),
    fragment: u.hash.replace(/^#/, ''),
    user: u.username,
  };
}

function isUrl(s: string): boolean {
  try {
    new URL(s);
    return true;
  } catch {
    return false;
  }
}

function base64Decode(s: string): Buffer {
  const t = s.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(t) || t.replace(/=+$/, '').length % 4 === 1) throw new CelFunctionError('base64: invalid input');
  return Buffer.from(t.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

function unescapeUrl(s: string): string {
  try {
    return decodeURIComponent(s.replace(/\+/g, ' '));
  } catch {
    throw new CelFunctionError(`unescapeUrl: invalid escape in '${s}'`);
  }
}

// --- hashes ---------------------------------------------------------------------------------

let crcTable: Uint32Array | undefined;
function crc32(buf: Buffer): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function digest(alg: string, s: string, fmt: string | undefined): string {
  if (fmt !== undefined && fmt !== 'hex' && fmt !== 'base64') throw new CelFunctionError(`${alg}: format must be 'hex' or 'base64'`);
  const data = Buffer.from(s, 'utf8');
  let bytes: Buffer;
  switch (alg) {
    case 'md5':
    case 'sha1':
    case 'sha256':
    case 'sha512':
      bytes = nodeCrypto().createHash(alg).update(data).digest();
      break;
    case 'crc32': {
      bytes = Buffer.alloc(4);
      bytes.writeUInt32BE(crc32(data));
      break;
    }
    default:
      throw new CelFunctionError(`${alg}() is not supported by tpc's evaluator`);
  }
  return fmt === 'base64' ? bytes.toString('base64') : bytes.toString('hex');
}

// --- lists ----------------------------------------------------------------------------------

function compareCel(a: unknown, b: unknown): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) {
    return Number(a) < Number(b) ? -1 : Number(a) > Number(b) ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  throw new CelFunctionError('sort: elements are not comparable');
}

function flatten(l: readonly unknown[], depth: number): unknown[] {
  if (depth < 0) throw new CelFunctionError('flatten: depth must not be negative');
  const out: unknown[] = [];
  for (const x of l) {
    if (Array.isArray(x) && depth > 0) out.push(...flatten(x, depth - 1));
    else out.push(x);
  }
  return out;
}

function celEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) return Number(a) === Number(b);
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    try {
      return toJson(a) === toJson(b);
    } catch {
      return false;
    }
  }
  return false;
}

// --- registration ---------------------------------------------------------------------------

/** A function implementation keyed by its cel-js signature. */
type Handler = (...args: never[]) => unknown;

class Namespace {}

/** Registers the namespace types and constants (`secrets`, `base64`, …) in a base environment. */
export function registerNamespaces(env: Environment, namespaces: Readonly<Record<string, string>>): void {
  for (const [name, type] of Object.entries(namespaces)) {
    if (type === 'type') continue; // `bytes.size` uses the built-in type constant
    const ctor = class extends Namespace {};
    Object.defineProperty(ctor, 'name', { value: type });
    env.registerType(type, ctor);
    env.registerConstant(name, type, new ctor());
  }
}

const n = (x: bigint): number => Number(x);

/**
 * Implementations for every catalog overload cel-js does not already provide, keyed by the
 * exact signature string used in `catalog.ts`.
 */
export const IMPLEMENTATIONS: Readonly<Record<string, Handler>> = Object.freeze({
  'matches(string, string): bool': (s: string, p: string) => re2Matches(s, p),
  'int(uint): int': (u: { valueOf(): bigint }) => BigInt(u.valueOf()),
  'int(google.protobuf.Timestamp): int': (d: Date) => BigInt(Math.floor(d.getTime() / 1000)),
  'string.__tpc_matches(string): bool': (s: string, p: string) => re2Matches(s, p),

  'getReqHeader(string): list<string>': (h: string) => headerValues('req', 'getReqHeader', h),
  'hasReqHeader(string): bool': (h: string) => headerValues('req', 'hasReqHeader', h).length > 0,
  'getReqCookie(string): dyn': (c: string) => cookie('req', 'getReqCookie', c),
  'hasReqCookie(string): bool': (c: string) => hasCookie('req', 'hasReqCookie', c),
  'getQueryParam(string): list<string>': (q: string) => queryValues(q),
  'hasQueryParam(string): bool': (q: string) => queryValues(q).length > 0,
  'getResHeader(string): list<string>': (h: string) => headerValues('res', 'getResHeader', h),
  'hasResHeader(string): bool': (h: string) => headerValues('res', 'hasResHeader', h).length > 0,
  'getResCookie(string): dyn': (c: string) => cookie('res', 'getResCookie', c),
  'hasResCookie(string): bool': (c: string) => hasCookie('res', 'hasResCookie', c),

  'inCidrRange(string, string): bool': (ip: string, cidr: string) => inCidrRange(ip, cidr),
  'inCidrRanges(string, list<string>): bool': (ip: string, cidrs: unknown[]) => inCidrRanges(ip, cidrs),
  // Never a real secret: simulations and renders see an opaque placeholder.
  'NgrokSecrets.get(string, string): string': (_ns: unknown, vault: string, name: string) => `<secret:${vault}/${name}>`,

  'NgrokBase64.decode(string): bytes': (_ns: unknown, s: string) => new Uint8Array(base64Decode(s)),
  'NgrokBase64.encode(bytes): string': (_ns: unknown, b: Uint8Array) => Buffer.from(b).toString('base64'),
  'NgrokBase64.encode(string): string': (_ns: unknown, s: string) => Buffer.from(s, 'utf8').toString('base64'),
  'NgrokBasicAuth.encode(string, string): string': (_ns: unknown, u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`, 'utf8').toString('base64')}`,
  'type.size(bytes): int': (_t: unknown, b: Uint8Array) => BigInt(b.length),
  'NgrokJson.decode(string): dyn': (_ns: unknown, s: string) => fromJson(s, 'json.decode'),
  'NgrokJson.encode(dyn): string': (_ns: unknown, v: unknown) => toJson(v),
  'NgrokLists.range(int): list<int>': (_ns: unknown, k: bigint) => {
    if (k < 0n || k > 100_000n) throw new CelFunctionError('lists.range: n out of range');
    return Array.from({ length: n(k) }, (_x, i) => BigInt(i));
  },
  'NgrokQueryString.decode(string): map<string, list<string>>': (_ns: unknown, s: string) => decodeQuery(s),
  'NgrokQueryString.encode(map): string': (_ns: unknown, m: unknown) => encodeQuery(m),
  'NgrokRand.double(): double': () => {
    throw new CelFunctionError('rand.double() is random: the outcome cannot be simulated');
  },
  'NgrokRand.int(): int': () => {
    throw new CelFunctionError('rand.int() is random: the outcome cannot be simulated');
  },
  'NgrokRand.int(int, int): int': () => {
    throw new CelFunctionError('rand.int() is random: the outcome cannot be simulated');
  },
  'NgrokStrings.quote(string): string': (_ns: unknown, s: string) => JSON.stringify(s),
  'NgrokUrl.escape(string): string': (_ns: unknown, s: string) => encodeURIComponent(s),
  'NgrokUrl.unescape(string): string': (_ns: unknown, s: string) => unescapeUrl(s),
  'NgrokUrl.parse(string): map<string, dyn>': (_ns: unknown, s: string) => parseUrl(s),

  'list.encodeJson(): string': (l: unknown[]) => toJson(l),
  'map.encodeJson(): string': (m: unknown) => toJson(m),
  'map.encodeQueryString(): string': (m: unknown) => encodeQuery(m),
  'list.slice(int, int): list': (l: unknown[], a: bigint, b: bigint) => {
    if (a < 0n || b < a || b > BigInt(l.length)) throw new CelFunctionError('slice: index out of range');
    return l.slice(n(a), n(b));
  },
  'list.flatten(): list': (l: unknown[]) => flatten(l, 1),
  'list.flatten(int): list': (l: unknown[], d: bigint) => flatten(l, n(d)),
  'list.sort(): list': (l: unknown[]) => [...l].sort(compareCel),
  'list.distinct(): list': (l: unknown[]) => l.filter((x, i) => l.findIndex((y) => celEquals(x, y)) === i),

  'string.charAt(int): string': (s: string, i: bigint) => {
    const cps = codePoints(s);
    if (i < 0n || i > BigInt(cps.length)) throw new CelFunctionError('charAt: index out of range');
    return cps[n(i)] ?? '';
  },
  'string.format(list): string': (s: string, args: unknown[]) => format(s, args),
  'string.split(): list<string>': (s: string) => s.split(/\s+/).filter((x) => x !== ''),
  'string.replace(string, string): string': (s: string, a: string, b: string) => goReplace(s, a, b, -1),
  'string.replace(string, string, int): string': (s: string, a: string, b: string, k: bigint) => goReplace(s, a, b, n(k)),
  'string.reverse(): string': (s: string) => codePoints(s).reverse().join(''),
  'string.lower(): string': (s: string) => s.toLowerCase(),
  'string.upper(): string': (s: string) => s.toUpperCase(),
  'string.decodeBase64(): string': (s: string) => base64Decode(s).toString('utf8'),
  'string.encodeBase64(): string': (s: string) => Buffer.from(s, 'utf8').toString('base64'),
  'string.decodeJson(): dyn': (s: string) => fromJson(s, 'decodeJson'),
  'string.decodeQueryString(): map<string, list<string>>': (s: string) => decodeQuery(s),
  'string.escapeUrl(): string': (s: string) => encodeURIComponent(s),
  'string.unescapeUrl(): string': (s: string) => unescapeUrl(s),
  'string.parseUrl(): map<string, dyn>': (s: string) => parseUrl(s),
  'string.isJson(): bool': (s: string) => {
    try {
      JSON.parse(s);
      return true;
    } catch {
      return false;
    }
  },
  'string.isQueryString(): bool': (s: string) => !/[\s#]/.test(s) && !/%(?![0-9A-Fa-f]{2})/.test(s),
  'string.isURL(): bool': (s: string) => isUrl(s),
  'string.isPrivateIp(): bool': (s: string) => isPrivateIp(s),
  ...Object.fromEntries(
    (['md5', 'sha1', 'sha256', 'sha512', 'crc32', 'crc64', 'xxhash64'] as const).flatMap((alg) => [
      [`string.${alg}(): string`, (s: string) => digest(alg, s, undefined)],
      [`string.${alg}(string): string`, (s: string, f: string) => digest(alg, s, f)],
      [`NgrokHash.${alg}(string): string`, (_ns: unknown, s: string) => digest(alg, s, undefined)],
      [`NgrokHash.${alg}(string, string): string`, (_ns: unknown, s: string, f: string) => digest(alg, s, f)],
    ]),
  ),
});
