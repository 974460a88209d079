/**
 * The values an expression is evaluated against, and their conversion to what cel-js wants.
 *
 * The simulator describes a request as plain data ({@link Activation}). Before evaluation it
 * is converted once ({@link prepareActivation}):
 * - integral JS numbers become BigInt (cel-js ints), so `conn.server_port + 1` and
 *   int-typed function arguments work;
 * - a string-like value with sub-fields written as `{ $value: 'https://…', path: '/x' }`
 *   is split into the string and a hidden `<name>__fields` sibling, which is where the
 *   evaluator looks for `req.url.path` (expressions are rewritten accordingly, see `ast.ts`);
 * - header and trailer maps get lower-case keys and list values; query parameters get list
 *   values; cookies given as `name: 'value'` become `name: [{name, value}]`.
 */

/** Suffix of the hidden sibling key holding a string-like variable's sub-fields. */
export const FIELDS_SUFFIX = '__fields';

/** A string-valued variable that also has sub-fields (`conn.client_ip`, `req.url`, `req.user_agent`, …). */
export interface StringWithFields {
  $value: string;
  [field: string]: unknown;
}

/**
 * Variables for one evaluation. Every root is optional: an expression that reads a missing
 * one evaluates to an error (as in a phase where it does not exist).
 */
export interface Activation {
  conn?: Record<string, unknown>;
  req?: Record<string, unknown>;
  res?: Record<string, unknown>;
  endpoint?: Record<string, unknown>;
  time?: { now?: string } & Record<string, unknown>;
  vars?: Record<string, unknown>;
  actions?: Record<string, unknown>;
}

/** An activation already converted for cel-js (see {@link prepareActivation}). */
export type PreparedActivation = Activation & { readonly __prepared: true };

/** Brand of prepared activations (a symbol: invisible to CEL, which only reads root keys). */
const PREPARED = Symbol('tpc.celPrepared');

/** True when `a` came from {@link prepareActivation}. */
export function isPrepared(a: unknown): a is PreparedActivation {
  return typeof a === 'object' && a !== null && (a as { [PREPARED]?: boolean })[PREPARED] === true;
}

const MAX_DEPTH = 64;

/**
 * Converts a plain value for cel-js: integral numbers → BigInt, `{ $value }` objects split
 * (see the module comment). Arrays and plain objects are copied only when something inside
 * them changes, so already-converted data costs a walk, not an allocation. Dates, Maps,
 * Uint8Arrays and BigInts pass through. Values nested deeper than 64 levels become null.
 */
export function toCelValue(v: unknown, depth = 0): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? BigInt(v) : v;
  if (typeof v !== 'object' || v === null) return v;
  if (depth > MAX_DEPTH) return null;
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const x = v[i] as unknown;
      const y = toCelValue(x, depth + 1);
      if (y !== x && out === undefined) out = v.slice(0, i);
      if (out !== undefined) out.push(y);
    }
    return out ?? v;
  }
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return v;
  const src = v as Record<string, unknown>;
  const keys = Object.keys(src);
  let out: Record<string, unknown> | undefined;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const x = src[k];
    if (isStringWithFields(x)) {
      out ??= copyFirst(src, keys, i);
      out[k] = x.$value;
      const fields: Record<string, unknown> = {};
      for (const fk of Object.keys(x)) if (fk !== '$value') fields[fk] = toCelValue(x[fk], depth + 2);
      out[k + FIELDS_SUFFIX] = normaliseFields(k, fields);
      continue;
    }
    const y = toCelValue(x, depth + 1);
    if (y !== x) out ??= copyFirst(src, keys, i);
    if (out !== undefined) out[k] = y;
  }
  return out ?? v;
}

function copyFirst(src: Record<string, unknown>, keys: readonly string[], n: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < n; i++) out[keys[i]!] = src[keys[i]!];
  return out;
}

function isStringWithFields(x: unknown): x is StringWithFields {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && typeof (x as { $value?: unknown }).$value === 'string';
}

function normaliseFields(key: string, fields: Record<string, unknown>): Record<string, unknown> {
  if (key === 'url' && 'query_params' in fields) fields['query_params'] = listValued(fields['query_params'], false);
  return fields;
}

/** A map name → list of strings; string values become one-element lists; keys lower-cased when asked. */
function listValued(m: unknown, lowerKeys: boolean): unknown {
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return m;
  const src = m as Record<string, unknown>;
  const keys = Object.keys(src);
  // fast path: already normalised
  if (keys.every((k) => Array.isArray(src[k]) && (!lowerKeys || k === k.toLowerCase()))) return m;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = src[k];
    const key = lowerKeys ? k.toLowerCase() : k;
    const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
    const prev = out[key];
    out[key] = Array.isArray(prev) ? [...(prev as unknown[]), ...list] : list;
  }
  return out;
}

function cookieMap(m: unknown): unknown {
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return m;
  const src = m as Record<string, unknown>;
  const keys = Object.keys(src);
  if (keys.every((k) => Array.isArray(src[k]) && (src[k] as unknown[]).every((c) => typeof c !== 'string'))) return m;
  const out: Record<string, unknown> = {};
  for (const k of keys) {
    const v = src[k];
    const list = Array.isArray(v) ? v : [v];
    out[k] = list.map((c) => (typeof c === 'string' ? { name: k, value: c } : c));
  }
  return out;
}

/**
 * The sub-fields of `req.url` derived from a URL string (used when the activation gives
 * `req.url` as a plain string). Undefined when the string is not an absolute URL.
 */
export function urlFields(raw: string): StringWithFields | undefined {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return undefined;
  }
  const query = u.search.startsWith('?') ? u.search.slice(1) : u.search;
  const params: Record<string, string[]> = {};
  for (const [k, v] of u.searchParams) (params[k] ??= []).push(v);
  const fields: StringWithFields = {
    $value: raw,
    scheme: u.protocol.replace(/:$/, ''),
    authority: u.host,
    host: u.hostname,
    path: decodeURIComponentSafe(u.pathname),
    raw_path: u.pathname,
    query,
    query_params: params,
    raw,
    uri: u.pathname + u.search,
    user_password: u.username ? (u.password ? `${u.username}:${u.password}` : u.username) : '',
  };
  if (u.port !== '') fields['port'] = Number(u.port);
  return fields;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

const urlCache = new Map<string, Record<string, unknown> | null>();

/** Prepared (BigInt, list-valued) sub-fields of a URL string, cached; null when not a URL. */
function preparedUrlFields(raw: string): Record<string, unknown> | null {
  let f = urlCache.get(raw);
  if (f === undefined) {
    const fields = urlFields(raw);
    f = null;
    if (fields) {
      const { $value: _v, ...rest } = fields;
      f = Object.freeze(toCelValue(rest) as Record<string, unknown>);
    }
    if (urlCache.size > 5_000) urlCache.clear();
    urlCache.set(raw, f);
  }
  return f;
}

function prepareHttp(part: unknown): unknown {
  if (typeof part !== 'object' || part === null || Array.isArray(part)) return toCelValue(part);
  const src = part as Record<string, unknown>;
  const copy: Record<string, unknown> = { ...src };
  for (const k of ['headers', 'trailers']) if (k in copy) copy[k] = listValued(copy[k], true);
  if ('cookies' in copy) copy['cookies'] = cookieMap(copy['cookies']);
  const url = copy['url'];
  if (typeof url === 'string' && !(`url${FIELDS_SUFFIX}` in copy)) {
    const fields = preparedUrlFields(url);
    if (fields) copy[`url${FIELDS_SUFFIX}`] = fields;
  }
  return toCelValue(copy);
}

/**
 * Converts an activation once so that many expressions can be evaluated against it cheaply.
 * Returns a new object; the input is not modified, but unchanged sub-objects are shared with
 * it (so do not mutate either afterwards). To add values to the result later (say `vars` after
 * a `set-vars`), assign new objects passed through {@link toCelValue}.
 */
export function prepareActivation(a: Activation | PreparedActivation): PreparedActivation {
  if (isPrepared(a)) return a;
  const out: Record<string, unknown> = {};
  if (typeof a === 'object' && a !== null) {
    for (const k of Object.keys(a)) {
      const v = (a as Record<string, unknown>)[k];
      out[k] = k === 'req' || k === 'res' ? prepareHttp(v) : toCelValue(v);
    }
  }
  (out as { [PREPARED]?: boolean })[PREPARED] = true;
  return out as unknown as PreparedActivation;
}
