/**
 * The round-trip check of `tpc import`: simulate each public endpoint of the original files and
 * of the compiled draft on the same requests and compare where each request ends up.
 *
 * Outcomes are compared on what a client sees: forwarded (to which upstream, normalised as the
 * agent reads it: `8080` = `localhost:8080` = `http://localhost:8080`), rejected (status, failed
 * TLS handshake or closed connection), redirected (login or not, where to), answered (status).
 * The action that rejected is not compared (a `deny` rule and a `restrict-ips` both answer 403).
 * `unknown` on either side is skipped, never counted as a match.
 */
import { compile } from '../../src/compiler/index.js';
import type { CompileResult } from '../../src/compiler/types.js';
import { importNgrok, type ImportFile, type ImportResult } from '../../src/import/index.js';
import { loadText, type SourceDocument } from '../../src/ngrok/load.js';
import { buildWorkspace, canonicalUrl, isInternalHost, parseEndpointUrl } from '../../src/rules/workspace.js';
import { simulate } from '../../src/sim/simulate.js';
import type { Outcome, SimEndpoint, SimRequest, World } from '../../src/sim/types.js';
import { worldFromCompile, worldFromWorkspace } from '../../src/sim/world.js';

/** The upstream as the agent reads it (reference §4.5.2); a bare port 443 means HTTPS only for HTTP endpoints. */
export function normalUpstream(u: string | undefined, http = true): string {
  if (u === undefined) return '?';
  let s = u.trim().replace(/\/$/, '');
  if (/^\d+$/.test(s)) return s === '443' && http ? 'https://localhost:443' : `localhost:${s}`;
  s = s.replace(/^(http|tcp):\/\//i, '');
  if (/^https:\/\/[^:]+$/.test(s)) s += ':443';
  if (!/^https?:\/\//.test(s) && !/^tls:\/\//.test(s) && !/:\d+$/.test(s)) s += ':80';
  return s.toLowerCase();
}

/** A client-visible summary of an outcome; undefined for `unknown`. */
export function visible(o: Outcome, http = true): string | undefined {
  switch (o.result) {
    case 'forwarded':
      return `forwarded ${normalUpstream(o.upstream, http)}`;
    case 'rejected':
      return `rejected ${o.status ?? ''}${o.tls ? ' tls' : ''}${o.tcp ? ' tcp' : ''}`;
    case 'redirected':
      return `redirected${o.login ? ' login' : ''} ${o.location} ${o.status ?? ''}`;
    case 'responded':
      return `responded ${o.status}`;
    case 'unknown':
      return undefined;
  }
}

/** One request the two sides treat differently. */
export interface Mismatch {
  url: string;
  request: SimRequest;
  original: string;
  imported: string;
}

/** The outcome of comparing one set of files with its imported draft. */
export interface Comparison {
  result: ImportResult;
  compiled: CompileResult;
  /** Public URLs of the original files (canonical). */
  urls: string[];
  /** Requests compared (both sides known). */
  compared: number;
  /** Requests where either side was unknown. */
  unknown: number;
  mismatches: Mismatch[];
  /** Requests the draft forwards although the original does not forward them to the same upstream. */
  widenings: Mismatch[];
}

/** The public endpoints (cloud, and agent endpoints that are not internal) of the original files. */
export function originalWorld(files: readonly ImportFile[]): { world: World; entries: SimEndpoint[] } {
  const docs: SourceDocument[] = [];
  const policies: SimEndpoint[] = [];
  for (const f of files) {
    for (const d of loadText(f.path, f.text).documents) {
      if (d.kind === 'agent-config' || d.kind === 'cloud-endpoint') docs.push(d);
      // A policy file given with its cloud endpoint's URL.
      else if (d.kind === 'traffic-policy' && f.url !== undefined) policies.push({ url: f.url, kind: 'cloud', policy: d.value as Record<string, unknown>, label: f.path });
    }
  }
  const { workspace } = buildWorkspace(docs);
  const world = worldFromWorkspace(workspace);
  world.endpoints = [...(world.endpoints ?? []), ...policies];
  const entries = (world.endpoints ?? []).filter((e) => {
    const u = parseEndpointUrl(e.url);
    return u?.host !== undefined && !isInternalHost(u.host);
  });
  return { world, entries };
}

/**
 * Imports `files`, compiles the draft, and simulates every request of `requestsFor(url)` at each
 * public URL on both sides.
 */
export function compareImport(
  files: readonly ImportFile[],
  requestsFor: (url: string, scheme: string) => readonly SimRequest[],
  options: { cas?: Record<string, string>; mutateDraft?: (source: string) => string } = {},
): Comparison {
  const cas = options.cas;
  const result = importNgrok(files, { draftName: 'draft.tpc' });
  const source = options.mutateDraft ? options.mutateDraft(result.source) : result.source;
  const compiled = compile(source, { file: 'draft.tpc', readFile: () => undefined });
  const original = originalWorld(files);
  if (cas) original.world.certificateAuthorities = cas;
  const { world: draftWorld } = worldFromCompile(compiled, cas);
  const draftByUrl = new Map<string, SimEndpoint>();
  for (const e of draftWorld.endpoints ?? []) if (e.kind === 'cloud') draftByUrl.set(canonicalUrl(parseEndpointUrl(e.url)) ?? e.url, e);
  const out: Comparison = { result, compiled, urls: [], compared: 0, unknown: 0, mismatches: [], widenings: [] };
  for (const ep of original.entries) {
    const key = canonicalUrl(parseEndpointUrl(ep.url)) ?? ep.url;
    out.urls.push(key);
    const draftEp = draftByUrl.get(key);
    for (const req of requestsFor(key, key.slice(0, key.indexOf(':')))) {
      const http = key.startsWith('https:');
      const a = visible(simulate(ep, req, original.world, { trace: false }).outcome, http);
      const b = draftEp ? visible(simulate(draftEp, req, draftWorld, { trace: false }).outcome, http) : 'not imported';
      if (a === undefined || b === undefined) {
        out.unknown++;
        continue;
      }
      out.compared++;
      if (a !== b) out.mismatches.push({ url: key, request: req, original: a, imported: b });
      if (b.startsWith('forwarded') && a !== b) out.widenings.push({ url: key, request: req, original: a, imported: b });
    }
  }
  return out;
}
