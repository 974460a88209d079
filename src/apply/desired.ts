/**
 * The desired state of cloud endpoints: what the compiler writes (`manifest.json` plus one
 * create body per endpoint) and what `plan` compares against the account.
 *
 * Also the one definition of the content hash and of canonical JSON, shared with the compiler
 * so that a hash written at compile time equals the hash recomputed at plan time.
 */

import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage, type MessageTemplate } from '../diagnostics/messages.js';
import type { CloudEndpointCreate } from '../ngrok/types.js';
import { ApplyMessages } from './messages.js';

/** One endpoint tpc should make exist in the account. */
export interface DesiredEndpoint {
  /** Stable identity across runs, `<site>/<name>` (also stored in the body's `metadata`). */
  key: string;
  /** The clinic/site the endpoint belongs to, when known. */
  site?: string;
  /** The exact body sent to `POST /endpoints`. */
  body: CloudEndpointCreate;
  /** `sha256:<hex>` of {@link hashInput}(body), see {@link computeHash}. */
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
  const seen = new Set<object>();
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
        if (seen.has(v)) return 'null';
        const maybeJson = v as { toJSON?: unknown };
        if (typeof maybeJson.toJSON === 'function' && !Array.isArray(v)) {
          return write((maybeJson.toJSON as () => unknown).call(v));
        }
        seen.add(v);
        let out: string;
        if (Array.isArray(v)) {
          out = '[' + v.map((item) => write(item) ?? 'null').join(',') + ']';
        } else {
          const obj = v as Record<string, unknown>;
          const parts: string[] = [];
          for (const k of Object.keys(obj).sort()) {
            const s = write(obj[k]);
            if (s !== undefined) parts.push(JSON.stringify(k) + ':' + s);
          }
          out = '{' + parts.join(',') + '}';
        }
        seen.delete(v);
        return out;
      }
      default:
        return undefined;
    }
  };
  return write(value) ?? 'null';
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
 * What the content hash covers: the normalised URL, bindings (sorted, defaulted), pooling
 * (default false), description (default `''`) and the *parsed* traffic policy (so key order,
 * whitespace and JSON-versus-YAML spelling do not change it; a policy that does not parse is
 * hashed as its text). `metadata` is deliberately left out: it carries the hash itself.
 */
export function hashInput(body: Pick<CloudEndpointCreate, 'url' | 'traffic_policy'> & Partial<CloudEndpointCreate>): Record<string, unknown> {
  const parsed = typeof body.traffic_policy === 'string' ? parsePolicyText(body.traffic_policy) : { value: body.traffic_policy };
  return {
    url: normalizeEndpointUrl(String(body.url ?? '')),
    bindings: effectiveBindings(body),
    pooling_enabled: body.pooling_enabled ?? false,
    description: body.description ?? '',
    traffic_policy: parsed.error !== undefined ? body.traffic_policy : parsed.value,
  };
}

/** `sha256:<hex>` over {@link canonicalJson} of {@link hashInput}(body). Never throws. */
export function computeHash(body: Pick<CloudEndpointCreate, 'url' | 'traffic_policy'> & Partial<CloudEndpointCreate>): string {
  return 'sha256:' + createHash('sha256').update(canonicalJson(hashInput(body)), 'utf8').digest('hex');
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
 */
export function desiredEndpoint(key: string, body: Omit<CloudEndpointCreate, 'metadata' | 'type'> & { type?: 'cloud' }, options: { site?: string; source?: string } = {}): DesiredEndpoint {
  const full: CloudEndpointCreate = { type: 'cloud', ...body } as CloudEndpointCreate;
  const hash = computeHash(full);
  full.metadata = managedMetadata(key, hash, options.source);
  const d: DesiredEndpoint = { key, body: full, hash };
  if (options.site !== undefined) d.site = options.site;
  return d;
}

/** Shape of `manifest.json` written by `tpc compile`. */
export interface Manifest {
  version: 1;
  generator: string;
  source?: string;
  endpoints: ManifestEntry[];
}

/** One `endpoints[]` entry of the manifest. */
export interface ManifestEntry {
  key: string;
  site?: string;
  /** Path of the create body, relative to the manifest's folder. */
  file: string;
  url: string;
  hash: string;
}

/** Result of {@link loadManifest}. */
export interface LoadManifestResult {
  endpoints: DesiredEndpoint[];
  diagnostics: Diagnostic[];
  /** The manifest file that was read. */
  manifestFile: string;
}

function diag(file: string, msg: MessageTemplate, ...args: (string | number)[]): Diagnostic {
  return createDiagnostic({ code: msg.code, severity: msg.severity, message: formatMessage(msg.template, args), file });
}

/**
 * Checks one create body and its identity; returns diagnostics (empty when fine). Used for
 * manifest entries and for desired endpoints given to `plan` directly.
 */
export function checkDesiredEndpoint(d: DesiredEndpoint, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const b = d.body as unknown as Record<string, unknown> | null;
  if (!b || typeof b !== 'object' || Array.isArray(b)) return [diag(file, ApplyMessages.bodyNotObject, d.key)];
  if (b['type'] !== 'cloud') out.push(diag(file, ApplyMessages.bodyField, d.key, 'type', "must be 'cloud'"));
  if (typeof b['url'] !== 'string' || b['url'] === '') out.push(diag(file, ApplyMessages.bodyField, d.key, 'url', 'must be a non-empty string'));
  if (typeof b['traffic_policy'] !== 'string' || b['traffic_policy'] === '') {
    out.push(diag(file, ApplyMessages.bodyField, d.key, 'traffic_policy', 'must be a non-empty string'));
  } else {
    const p = parsePolicyText(b['traffic_policy']);
    if (p.error !== undefined) out.push(diag(file, ApplyMessages.policyUnparsable, d.key, p.error));
  }
  if (b['bindings'] !== undefined && (!Array.isArray(b['bindings']) || !b['bindings'].every((x) => typeof x === 'string'))) {
    out.push(diag(file, ApplyMessages.bodyField, d.key, 'bindings', 'must be a list of strings'));
  }
  if (b['pooling_enabled'] !== undefined && typeof b['pooling_enabled'] !== 'boolean') {
    out.push(diag(file, ApplyMessages.bodyField, d.key, 'pooling_enabled', 'must be true or false'));
  }
  if (b['description'] !== undefined && typeof b['description'] !== 'string') {
    out.push(diag(file, ApplyMessages.bodyField, d.key, 'description', 'must be a string'));
  }
  const meta = readManagedMetadata(b['metadata'] as string | undefined);
  if (!meta) out.push(diag(file, ApplyMessages.metadataMarker, d.key));
  else if (meta.key !== d.key) out.push(diag(file, ApplyMessages.metadataKey, d.key, meta.key));
  if (out.length === 0) {
    const actual = computeHash(d.body);
    if (d.hash !== actual) out.push(diag(file, ApplyMessages.hashMismatch, d.key, d.hash, actual));
  }
  return out;
}

/**
 * Reads a compiled output folder (or its `manifest.json` directly) into desired endpoints.
 * Never throws for bad input: unreadable files, bad JSON, a wrong manifest version, bodies
 * without the ownership marker, entries whose hash does not match their body and paths that
 * leave the folder all become TPC6xxx diagnostics. Entries with errors are left out of
 * `endpoints`.
 */
export async function loadManifest(dirOrFile: string): Promise<LoadManifestResult> {
  let manifestFile = dirOrFile;
  try {
    if ((await stat(dirOrFile)).isDirectory()) manifestFile = join(dirOrFile, 'manifest.json');
  } catch {
    // reported below when reading
  }
  const diagnostics: Diagnostic[] = [];
  const endpoints: DesiredEndpoint[] = [];
  let text: string;
  try {
    text = await readFile(manifestFile, 'utf8');
  } catch (e) {
    return { endpoints, diagnostics: [diag(manifestFile, ApplyMessages.manifestUnreadable, errorText(e))], manifestFile };
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch (e) {
    return { endpoints, diagnostics: [diag(manifestFile, ApplyMessages.manifestInvalid, errorText(e))], manifestFile };
  }
  const mf = manifest as Partial<Manifest> | null;
  if (!mf || typeof mf !== 'object' || Array.isArray(mf)) {
    return { endpoints, diagnostics: [diag(manifestFile, ApplyMessages.manifestInvalid, 'the manifest is not a JSON object')], manifestFile };
  }
  if (mf.version !== 1) {
    return { endpoints, diagnostics: [diag(manifestFile, ApplyMessages.manifestVersion, String(mf.version))], manifestFile };
  }
  if (!Array.isArray(mf.endpoints)) {
    return { endpoints, diagnostics: [diag(manifestFile, ApplyMessages.manifestInvalid, "'endpoints' is not a list")], manifestFile };
  }
  const base = dirname(resolve(manifestFile));
  const seenKeys = new Set<string>();
  for (const [i, raw] of mf.endpoints.entries()) {
    const e = raw as Partial<ManifestEntry> | null;
    if (!e || typeof e !== 'object' || typeof e.key !== 'string' || typeof e.file !== 'string' || typeof e.hash !== 'string') {
      diagnostics.push(diag(manifestFile, ApplyMessages.manifestInvalid, `endpoints[${i}] needs string 'key', 'file' and 'hash'`));
      continue;
    }
    if (seenKeys.has(e.key)) {
      diagnostics.push(diag(manifestFile, ApplyMessages.duplicateKey, e.key));
      continue;
    }
    seenKeys.add(e.key);
    const bodyPath = resolve(base, e.file);
    const rel = relative(base, bodyPath);
    if (isAbsolute(e.file) || rel.startsWith('..') || isAbsolute(rel)) {
      diagnostics.push(diag(manifestFile, ApplyMessages.pathEscapes, e.key, e.file));
      continue;
    }
    let bodyText: string;
    try {
      bodyText = await readFile(bodyPath, 'utf8');
    } catch (err) {
      diagnostics.push(diag(bodyPath, ApplyMessages.manifestUnreadable, errorText(err)));
      continue;
    }
    let body: unknown;
    try {
      body = JSON.parse(bodyText);
    } catch (err) {
      diagnostics.push(diag(bodyPath, ApplyMessages.bodyInvalidJson, e.key, errorText(err)));
      continue;
    }
    const d: DesiredEndpoint = { key: e.key, body: body as CloudEndpointCreate, hash: e.hash };
    if (typeof e.site === 'string') d.site = e.site;
    const found = checkDesiredEndpoint(d, bodyPath);
    if (found.length === 0 && typeof e.url === 'string' && normalizeEndpointUrl(e.url) !== normalizeEndpointUrl(d.body.url)) {
      found.push(diag(bodyPath, ApplyMessages.manifestUrl, e.key, e.url, d.body.url));
    }
    diagnostics.push(...found);
    if (!found.some((x) => x.severity === 'error')) endpoints.push(d);
  }
  return { endpoints, diagnostics, manifestFile };
}

function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    const code = (e as { code: string }).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
    return code;
  }
  return e instanceof Error ? e.message : String(e);
}
