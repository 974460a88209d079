/**
 * The cloud endpoint spec shared by the compiler (which writes it) and the applier (which
 * compares it with the account): canonical JSON, the content hash, URL normalisation and the
 * ownership marker in `metadata`. Lives in src/ngrok so the compiler can use it without
 * importing src/apply (imports flow one way).
 */

import { createHash, hash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { isImmutable } from './immutable.js';
import type { CloudEndpointCreate } from './types.js';

/** One cloud endpoint as the source wants it: its identity, the create body, and the body's content hash. */
export interface DesiredEndpoint {
  /** Stable identity across runs, `<site>/<name>` (also stored in the body's `metadata`). */
  key: string;
  /** The clinic/site the endpoint belongs to, when known. */
  site?: string;
  /** The exact body sent to `POST /endpoints`. */
  body: CloudEndpointCreate;
  /** `sha256:<hex>` of the canonical JSON of the body's compared fields (`computeHash(body)`). */
  hash: string;
}

/** The ownership marker tpc writes into an endpoint's `metadata` (a JSON string). */
export interface ManagedMetadata {
  'managed-by': 'tpc';
  key: string;
  hash?: string;
  source?: string;
  [extra: string]: unknown;
}

/** The value of `managed-by` that marks an endpoint as created by tpc. */
export const MANAGED_BY = 'tpc';

/**
 * Canonical JSON: object keys sorted (by UTF-16 code units), no whitespace, `undefined`
 * members dropped (and `undefined` array items written as `null`, as `JSON.stringify` does).
 * Two values that are equal as JSON data give the same text. Never throws: non-finite numbers
 * become `null`, functions and symbols are dropped like `undefined`, bigints are written as
 * digits, and cycles are written as `null`.
 */
export function canonicalJson(value: unknown): string {
  return canonicalWriter([]).write(value) ?? 'null';
}

/**
 * The writer behind {@link canonicalJson}, over a given ancestor stack (so a caller that writes
 * the outer levels itself, like {@link canonicalPolicyPair}, shares the cycle check).
 */
function canonicalWriter(stack: object[]): { write: (v: unknown) => string | undefined } {
  // Hot path of `tpc compile` (every cloud endpoint's policy): one string built by appending,
  // an ancestor stack for cycles (policies are shallow), and quoted keys memoised.
  const write = (v: unknown): string | undefined => {
    if (v === null) return 'null';
    switch (typeof v) {
      case 'string':
        return JSON.stringify(v);
      case 'number':
        return Number.isFinite(v) ? JSON.stringify(v) : 'null';
      case 'boolean':
        return v ? 'true' : 'false';
      case 'bigint':
        return v.toString();
      case 'object': {
        const frozen = isImmutable(v);
        if (frozen) {
          const known = CANONICAL.get(v);
          if (known !== undefined) return known;
        }
        if (stack.includes(v)) return 'null';
        if (!Array.isArray(v)) {
          const maybeJson = v as { toJSON?: unknown };
          if (typeof maybeJson.toJSON === 'function') return write((maybeJson.toJSON as () => unknown).call(v));
        }
        stack.push(v);
        let out: string;
        if (Array.isArray(v)) {
          out = '[';
          for (let i = 0; i < v.length; i++) {
            if (i > 0) out += ',';
            const item: unknown = v[i];
            // A hole stays empty (as the map/join this replaced wrote it); undefined is null.
            if (item !== undefined || i in v) out += write(item) ?? 'null';
          }
          out += ']';
        } else {
          const obj = v as Record<string, unknown>;
          const keys = Object.keys(obj);
          sortKeys(keys);
          out = '{';
          let first = true;
          for (const k of keys) {
            const s = write(obj[k]);
            if (s === undefined) continue;
            if (!first) out += ',';
            first = false;
            out += quotedKey(k) + ':' + s;
          }
          out += '}';
        }
        stack.pop();
        if (frozen) CANONICAL.set(v, out);
        return out;
      }
      default:
        return undefined;
    }
  };
  return { write };
}

/** Canonical text of immutable values (see src/ngrok/immutable.ts), computed once per object. */
const CANONICAL = new WeakMap<object, string>();

/**
 * Sorts keys in place by UTF-16 code units (as `Array.prototype.sort()` does). Objects have few
 * keys, so an insertion sort, which allocates nothing, beats the built-in sort: it showed up as
 * ~65 MB of allocation when a fleet of 4,000 policies was serialised.
 */
function sortKeys(keys: string[]): void {
  for (let i = 1; i < keys.length; i++) {
    const k = keys[i]!;
    let j = i - 1;
    if (keys[j]! <= k) continue;
    while (j >= 0 && keys[j]! > k) {
      keys[j + 1] = keys[j]!;
      j--;
    }
    keys[j + 1] = k;
  }
}

const QUOTED_KEYS = new Map<string, string>();

function quotedKey(k: string): string {
  let q = QUOTED_KEYS.get(k);
  if (q === undefined) {
    q = JSON.stringify(k);
    if (QUOTED_KEYS.size < 4096) QUOTED_KEYS.set(k, q);
  }
  return q;
}

/** Result of {@link parsePolicyText}. */
export interface ParsedPolicyText {
  /** The parsed value, when the text is JSON or YAML. */
  value?: unknown;
  /** Why it did not parse. */
  error?: string;
  format?: 'json' | 'yaml';
}

/** Parses a `traffic_policy` string the way the ngrok API accepts it: JSON, else YAML. Never throws. */
export function parsePolicyText(text: string): ParsedPolicyText {
  try {
    return { value: JSON.parse(text) as unknown, format: 'json' };
  } catch {
    // not JSON; YAML is a superset in practice, try it next
  }
  try {
    return { value: parseYaml(text, { maxAliasCount: 100, prettyErrors: false }) as unknown, format: 'yaml' };
  } catch (e) {
    return { error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  }
}

const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443', tls: '443' };
const URL_RE = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(\[[^\]]*\]|[^/:?#\s]+)(?::(\d+))?\/?$/;

/**
 * Normalises an endpoint URL the way the ngrok API does before storing it: scheme and host
 * lowercased, a default port (`http` 80, `https`/`tls` 443) dropped, a trailing `/` dropped,
 * surrounding whitespace trimmed. Text that is not `scheme://host[:port]` is returned trimmed,
 * with only its scheme lowercased.
 */
export function normalizeEndpointUrl(url: string): string {
  const t = url.trim();
  const mm = URL_RE.exec(t);
  if (!mm) {
    const i = t.indexOf('://');
    return i > 0 ? t.slice(0, i).toLowerCase() + t.slice(i) : t;
  }
  const scheme = mm[1]!.toLowerCase();
  const host = mm[2]!.toLowerCase();
  let port: string | undefined = mm[3];
  if (port !== undefined) port = String(Number(port));
  if (port !== undefined && DEFAULT_PORTS[scheme] === port) port = undefined;
  return `${scheme}://${host}${port !== undefined ? ':' + port : ''}`;
}

/** The host of an endpoint URL (lowercased), or undefined when it has none. */
export function endpointUrlHost(url: string): string | undefined {
  const mm = URL_RE.exec(url.trim());
  return mm ? mm[2]!.toLowerCase() : undefined;
}

/**
 * The bindings of a body, sorted, with the API's default filled in when absent or empty:
 * `internal` for a `.internal` host, else `public`.
 */
export function effectiveBindings(body: { url?: string; bindings?: readonly string[] | null }): string[] {
  if (body.bindings && body.bindings.length > 0) return [...body.bindings].sort();
  const host = body.url ? endpointUrlHost(body.url) : undefined;
  return [host !== undefined && /\.internal$/.test(host) ? 'internal' : 'public'];
}

/**
 * The policy without its rules' `name`s. Names carry provenance (the `.tpc` file and line that
 * produced a rule), not behaviour: an edit that only shifts lines in the source must not count
 * as a change of the endpoint, or every comment would rewrite the whole fleet. Anything that is
 * not a policy of phase lists is returned unchanged.
 */
export function policyWithoutRuleNames(policy: unknown): unknown {
  if (!policy || typeof policy !== 'object' || Array.isArray(policy)) return policy;
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const [phase, rules] of Object.entries(policy as Record<string, unknown>)) {
    if (Array.isArray(rules) && rules.some((r) => r && typeof r === 'object' && !Array.isArray(r) && 'name' in r)) {
      changed = true;
      out[phase] = rules.map((r) => {
        if (!r || typeof r !== 'object' || Array.isArray(r) || !('name' in r)) return r;
        const { name: _name, ...rest } = r as Record<string, unknown>;
        return rest;
      });
    } else out[phase] = rules;
  }
  return changed ? out : policy;
}

/**
 * What the content hash covers: the normalised URL, bindings (sorted, defaulted), pooling
 * (default false), description (default `''`) and the *parsed* traffic policy (so key order,
 * whitespace and JSON-versus-YAML spelling do not change it; a policy that does not parse is
 * hashed as its text) without rule names ({@link policyWithoutRuleNames}). `metadata` is
 * deliberately left out: it carries the hash itself.
 */
export function hashInput(body: Pick<CloudEndpointCreate, 'url' | 'traffic_policy'> & Partial<CloudEndpointCreate>): Record<string, unknown> {
  const parsed = typeof body.traffic_policy === 'string' ? parsePolicyText(body.traffic_policy) : { value: body.traffic_policy };
  return {
    url: normalizeEndpointUrl(String(body.url ?? '')),
    bindings: effectiveBindings(body),
    pooling_enabled: body.pooling_enabled ?? false,
    description: body.description ?? '',
    traffic_policy: parsed.error !== undefined ? body.traffic_policy : policyWithoutRuleNames(parsed.value),
  };
}

/** `sha256:<hex>` over {@link canonicalJson} of {@link hashInput}(body). Never throws. */
export function computeHash(body: Pick<CloudEndpointCreate, 'url' | 'traffic_policy'> & Partial<CloudEndpointCreate>): string {
  return 'sha256:' + sha256Hex(canonicalJson(hashInput(body)));
}

/**
 * Reads tpc's ownership marker from an endpoint's `metadata` string. Returns undefined when
 * the metadata is absent, not JSON, or not marked `"managed-by": "tpc"` with a string `key`.
 */
export function readManagedMetadata(metadata: string | null | undefined): ManagedMetadata | undefined {
  if (typeof metadata !== 'string' || metadata === '') return undefined;
  let v: unknown;
  try {
    v = JSON.parse(metadata);
  } catch {
    return undefined;
  }
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  if (o['managed-by'] !== MANAGED_BY || typeof o['key'] !== 'string' || o['key'] === '') return undefined;
  return o as ManagedMetadata;
}

/**
 * Builds the `metadata` string tpc writes: `{"managed-by":"tpc","key":…,"hash":…,"source":…}`
 * in that key order (the order the compiler emits).
 */
export function managedMetadata(key: string, hash: string, source?: string): string {
  const o: Record<string, string> = { 'managed-by': MANAGED_BY, key, hash };
  if (source !== undefined) o['source'] = source;
  return JSON.stringify(o);
}

/**
 * Makes a {@link DesiredEndpoint} from a create body, filling in the ownership marker and the
 * hash. For provisioning code that builds bodies itself rather than through the compiler.
 *
 * `traffic_policy` may be given as text (sent as is) or as the policy value itself, which is
 * then written as {@link canonicalJson} text; the result is the same as passing that text, but
 * the policy is serialised once and never re-parsed for the hash (the compiler's hot path).
 */
export function desiredEndpoint(
  key: string,
  body: Omit<CloudEndpointCreate, 'metadata' | 'type' | 'traffic_policy'> & { type?: 'cloud'; traffic_policy?: CloudEndpointCreate['traffic_policy'] | object },
  options: { site?: string; source?: string } = {},
): DesiredEndpoint {
  const policy = body.traffic_policy;
  let hash: string;
  let full: CloudEndpointCreate;
  if (policy !== null && typeof policy === 'object') {
    const pair = canonicalPolicyPair(policy);
    const text = pair ? pair.text : canonicalJson(policy);
    full = { type: 'cloud', ...body, traffic_policy: text } as CloudEndpointCreate;
    let unnamedText = pair?.unnamed;
    if (unnamedText === undefined) {
      const unnamed = policyWithoutRuleNames(policy);
      unnamedText = unnamed === policy ? text : canonicalJson(unnamed);
    }
    hash = hashOfCanonicalPolicy(full, unnamedText);
  } else {
    full = { type: 'cloud', ...body } as CloudEndpointCreate;
    hash = computeHash(full);
  }
  full.metadata = managedMetadata(key, hash, options.source);
  const d: DesiredEndpoint = { key, body: full, hash };
  if (options.site !== undefined) d.site = options.site;
  return d;
}

/**
 * {@link computeHash} of a body whose hashed policy is `text = canonicalJson(policyWithoutRuleNames(policy))`:
 * parsing canonical JSON and writing it canonically again gives the same text, so the text is
 * spliced into the canonical hash input (keys in sorted order) instead of parsed.
 */
function hashOfCanonicalPolicy(body: CloudEndpointCreate, text: string): string {
  const input =
    '{"bindings":' +
    canonicalJson(effectiveBindings(body)) +
    ',"description":' +
    JSON.stringify(body.description ?? '') +
    ',"pooling_enabled":' +
    canonicalJson(body.pooling_enabled ?? false) +
    ',"traffic_policy":' +
    text +
    ',"url":' +
    JSON.stringify(normalizeEndpointUrl(String(body.url ?? ''))) +
    '}';
  return 'sha256:' + sha256Hex(input);
}

/** Hex SHA-256 of a string (UTF-8): the one-shot `crypto.hash` (Node ≥ 20.12), cheaper than a Hash object per call. */
function sha256Hex(text: string): string {
  return hash ? hash('sha256', text, 'hex') : createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * {@link canonicalJson} of a policy and of {@link policyWithoutRuleNames}(policy), written in one
 * pass (the compiler hashes every endpoint's policy without its rule names). Undefined when the
 * policy is not plain data of phase lists of plain rule objects; callers then take the general path.
 */
/** Named and unnamed canonical text of immutable rules (a compiled fleet shares its rules between sites). */
const RULE_PAIRS = new WeakMap<object, { text: string; unnamed: string }>();

function canonicalPolicyPair(policy: object): { text: string; unnamed: string } | undefined {
  if (!isPlainObject(policy)) return undefined;
  const stack: object[] = [policy];
  const { write } = canonicalWriter(stack);
  const canonical = (v: unknown): string => write(v) ?? 'null';
  const phases = Object.keys(policy);
  sortKeys(phases);
  let text = '{';
  let unnamed = '{';
  let first = true;
  for (const phase of phases) {
    const rules = (policy as Record<string, unknown>)[phase];
    if (rules === undefined || typeof rules === 'function' || typeof rules === 'symbol') continue;
    const head = (first ? '' : ',') + quotedKey(phase) + ':';
    first = false;
    if (!Array.isArray(rules)) {
      const v = canonical(rules);
      text += head + v;
      unnamed += head + v;
      continue;
    }
    if (stack.includes(rules)) return undefined;
    stack.push(rules);
    text += head + '[';
    unnamed += head + '[';
    for (let i = 0; i < rules.length; i++) {
      const rule: unknown = rules[i];
      if (i > 0) {
        text += ',';
        unnamed += ',';
      }
      if (rule !== null && typeof rule === 'object' && stack.includes(rule)) return undefined; // a cycle: the general path decides
      if (!isPlainObject(rule)) {
        if (rule !== null && typeof rule === 'object' && !Array.isArray(rule)) return undefined;
        const v = rule === undefined && !(i in rules) ? '' : canonical(rule);
        text += v;
        unnamed += v;
        continue;
      }
      const known = isImmutable(rule) ? RULE_PAIRS.get(rule) : undefined;
      if (known) {
        text += known.text;
        unnamed += known.unnamed;
        continue;
      }
      stack.push(rule);
      const keys = Object.keys(rule);
      sortKeys(keys);
      let t = '{';
      let u = '{';
      let tFirst = true;
      let uFirst = true;
      for (const k of keys) {
        const value = (rule as Record<string, unknown>)[k];
        if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
        const part = quotedKey(k) + ':' + canonical(value);
        t += (tFirst ? '' : ',') + part;
        tFirst = false;
        if (k === 'name') continue;
        u += (uFirst ? '' : ',') + part;
        uFirst = false;
      }
      stack.pop();
      text += t + '}';
      unnamed += u + '}';
      if (isImmutable(rule)) RULE_PAIRS.set(rule, { text: t + '}', unnamed: u + '}' });
    }
    stack.pop();
    text += ']';
    unnamed += ']';
  }
  return { text: text + '}', unnamed: unnamed + '}' };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v) as unknown;
  if (proto !== Object.prototype && proto !== null) return false;
  return typeof (v as { toJSON?: unknown }).toJSON !== 'function';
}

/** Shape of `manifest.json` written by `tpc compile`. */
