/**
 * The desired state of cloud endpoints: what the compiler writes (`manifest.json` plus one
 * create body per endpoint) and what `plan` compares against the account.
 *
 * The content hash and canonical JSON are defined once, in src/ngrok/endpoint-spec.ts, shared
 * with the compiler so a hash written at compile time equals the hash recomputed at plan time.
 */

import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage, type MessageTemplate } from '../diagnostics/messages.js';
import type { CloudEndpointCreate } from '../ngrok/types.js';
import { ApplyMessages } from './messages.js';

// The spec (hash, canonical JSON, metadata marker) lives in src/ngrok so the compiler shares it.
export { MANAGED_BY, canonicalJson, parsePolicyText, normalizeEndpointUrl, endpointUrlHost, effectiveBindings, hashInput, computeHash, readManagedMetadata, managedMetadata, desiredEndpoint } from '../ngrok/endpoint-spec.js';
export type { DesiredEndpoint, ManagedMetadata, ParsedPolicyText } from '../ngrok/endpoint-spec.js';
import { computeHash, normalizeEndpointUrl, parsePolicyText, readManagedMetadata, type DesiredEndpoint } from '../ngrok/endpoint-spec.js';

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
