/**
 * Facts about endpoints that the endpoint, forwarding and posture rules share: an endpoint's
 * protocol (as the agent infers it), protocol families, where an internal URL is served,
 * upstream addresses, and "did you mean" suggestions (reference §4.4–4.5, §5).
 *
 * @internal
 */

import type { Path } from '../../ngrok/load.js';
import type { Scheme } from '../../ngrok/types.js';
import { canonicalUrl, defaultPort, isObject, type EndpointRef, type EndpointUrl, type Workspace } from '../workspace.js';
import { ownedMemo } from './owned-memo.js';
import { osaDistance } from '../../diagnostics/edit-distance.js';

/** The protocol family forwarding must stay within (reference §2.8): http and https are one. */
export type Family = 'http' | 'tcp' | 'tls';

/** The family of a scheme. */
export function familyOf(scheme: Scheme): Family {
  return scheme === 'http' || scheme === 'https' ? 'http' : scheme;
}

/** True when the endpoint came from a deprecated `tunnels:` entry rather than `endpoints[]`. */
export function isTunnel(ep: EndpointRef): boolean {
  return ep.kind === 'agent' && ep.path[0] === 'tunnels';
}

/** The endpoint object (the `endpoints[]` item, tunnel, or cloud endpoint body). */
export function endpointObject(ep: EndpointRef): Record<string, unknown> {
  let v: unknown = ep.doc.value;
  for (const seg of ep.path) v = isObject(v) || Array.isArray(v) ? (v as Record<string | number, unknown>)[seg] : undefined;
  return isObject(v) ? v : {};
}

/**
 * The endpoint's scheme as ngrok sees it: written in the URL, a tunnel's `proto`, or the
 * agent's default (`https`) when an `endpoints[]` item has no URL. Undefined when the URL has a
 * scheme ngrok does not support, or a cloud endpoint has no URL.
 */
export function endpointScheme(ep: EndpointRef): Scheme | undefined {
  if (ep.url) return ep.url.scheme;
  if (ep.kind === 'cloud') return undefined;
  if (isTunnel(ep)) {
    const proto = endpointObject(ep)['proto'];
    if (proto === 'tcp' || proto === 'tls') return proto;
    return 'https';
  }
  const raw = endpointObject(ep)['url'];
  return raw === undefined || raw === null ? 'https' : undefined;
}

/** The binding written in `bindings` (first item), if any. */
export function explicitBinding(ep: EndpointRef): string | undefined {
  const b = endpointObject(ep)['bindings'];
  return Array.isArray(b) && typeof b[0] === 'string' ? b[0].toLowerCase() : undefined;
}

/** Path of the endpoint's `url` value (where URL findings point). */
export function urlPath(ep: EndpointRef): Path {
  return [...ep.path, 'url'];
}

/** A short name for an endpoint in messages: its URL as written, else its name. */
export function endpointLabel(ep: EndpointRef): string {
  if (ep.url?.raw) return ep.url.raw;
  if (ep.name) return ep.name;
  return ep.kind === 'cloud' ? 'cloud endpoint' : 'endpoint';
}

/** Path of an agent endpoint's upstream address (`upstream.url`, or a tunnel's `addr`). */
export function upstreamPath(ep: EndpointRef): Path {
  if (ep.doc.kind === 'api-endpoints') return [...ep.path, 'upstream_url'];
  return isTunnel(ep) ? [...ep.path, 'addr'] : [...ep.path, 'upstream', 'url'];
}

/** True when a string holds a `${…}` CEL interpolation. */
export function isInterpolated(s: string): boolean {
  return s.includes('${');
}

/**
 * The scheme written at the start of a URL string, even when the rest is interpolated
 * (`https://${…}.internal` → `https`). Undefined when absent or itself interpolated.
 */
export function literalScheme(raw: string): string | undefined {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//.exec(raw.trim());
  return m ? m[1]!.toLowerCase() : undefined;
}

/** Number of dot-separated labels of a host. */
export function labelCount(host: string): number {
  return host.split('.').length;
}

/** True when an internal endpoint URL (possibly a wildcard) serves the target URL. */
function serves(endpoint: EndpointUrl, target: EndpointUrl): boolean {
  if (endpoint.scheme !== target.scheme || !endpoint.host || !target.host) return false;
  const ep = endpoint.port ?? defaultPort(endpoint.scheme);
  const tp = target.port ?? defaultPort(target.scheme);
  if (ep !== tp) return false;
  if (endpoint.host === target.host) return true;
  if (endpoint.host.startsWith('*.')) return target.host.endsWith(endpoint.host.slice(1)) && target.host.length > endpoint.host.length - 1;
  return false;
}

/**
 * The internal endpoints of a workspace, indexed for the forwarding rules (which ask once per
 * `forward-internal`; a fleet has thousands). Built once per workspace.
 */
interface InternalIndex {
  /** By scheme, host and effective port: what {@link serves} matches exactly. */
  exact: Map<string, EndpointRef[]>;
  /** Wildcard hosts (`*.example.internal`), which may serve many hosts. */
  wildcards: EndpointRef[];
  byHost: Map<string, EndpointRef[]>;
  /** Position of each endpoint in `ws.endpoints` (answers keep input order). */
  order: Map<EndpointRef, number>;
  urls: string[];
}

// Kept on the workspace (see owned-memo.ts for why not in a WeakMap).
const indexes = ownedMemo<Workspace, InternalIndex>('internal endpoint index');

function exactKey(scheme: Scheme | undefined, host: string, port: number | undefined): string {
  return `${scheme}\0${host}\0${port ?? defaultPort(scheme)}`;
}

function push<K>(map: Map<K, EndpointRef[]>, key: K, ep: EndpointRef): void {
  const list = map.get(key);
  if (list) list.push(ep);
  else map.set(key, [ep]);
}

function internalIndex(ws: Workspace): InternalIndex {
  return indexes(ws, () => buildIndex(ws));
}

function buildIndex(ws: Workspace): InternalIndex {
  const ix: InternalIndex = { exact: new Map(), wildcards: [], byHost: new Map(), order: new Map(), urls: [] };
  const urls = new Set<string>();
  ws.endpoints.forEach((ep, i) => {
    if (ep.binding !== 'internal') return;
    ix.order.set(ep, i);
    const c = canonicalUrl(ep.url);
    if (c) urls.add(c);
    const u = ep.url;
    if (!u || u.host === undefined) return;
    push(ix.byHost, u.host, ep);
    if (!u.host) return;
    push(ix.exact, exactKey(u.scheme, u.host, u.port), ep);
    if (u.host.startsWith('*.')) ix.wildcards.push(ep);
  });
  ix.urls = [...urls];
  return ix;
}

/** Internal endpoints of the workspace that serve a target URL (exact, canonical, or by wildcard). */
export function servingEndpoints(ws: Workspace, target: EndpointUrl): EndpointRef[] {
  if (!target.host) return [];
  const ix = internalIndex(ws);
  const exact = ix.exact.get(exactKey(target.scheme, target.host, target.port)) ?? [];
  const wild = ix.wildcards.filter((ep) => !exact.includes(ep) && serves(ep.url!, target));
  if (wild.length === 0) return exact.slice();
  return [...exact, ...wild].sort((a, b) => ix.order.get(a)! - ix.order.get(b)!);
}

/** Internal endpoints of the workspace whose host equals the target's (any scheme or port). */
export function sameHostEndpoints(ws: Workspace, target: EndpointUrl): EndpointRef[] {
  if (target.host === undefined) return [];
  return (internalIndex(ws).byHost.get(target.host) ?? []).slice();
}

/** Canonical URLs of every internal endpoint in the workspace, in input order, without repeats. */
export function internalUrls(ws: Workspace): string[] {
  return internalIndex(ws).urls.slice();
}

/** Edit distance with adjacent transpositions (small strings only: URLs and names). */
export const editDistance: (a: string, b: string) => number = osaDistance;

/**
 * The candidate nearest to `wanted` when it is near enough to be a likely typo: at most a third
 * of the length of `core` (the part of `wanted` the user chose, e.g. the host without
 * `.internal`), and at least 2 edits. Ties go to the first candidate.
 */
export function nearest(wanted: string, candidates: readonly string[], core: string = wanted): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(wanted, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  return bestD <= Math.max(2, Math.floor(core.length / 3)) ? best : undefined;
}

/** An upstream address split into host and port (reference §4.5.2). */
export interface Upstream {
  scheme?: string;
  host: string;
  port?: number;
}

/** Parses an agent upstream (`8080`, `host:port`, `scheme://host[:port]`, `host`); undefined for `file://`. */
export function parseUpstream(raw: string): Upstream | undefined {
  const s = raw.trim();
  if (/^\d+$/.test(s)) return { host: 'localhost', port: Number(s) };
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(.*)$/.exec(s);
  if (m) {
    const scheme = m[1]!.toLowerCase();
    if (scheme === 'file') return undefined;
    const host = hostPortOf(m[2]!);
    const port = host.port ?? (scheme === 'http' ? 80 : scheme === 'https' ? 443 : undefined);
    return { scheme, host: host.host || 'localhost', ...(port !== undefined ? { port } : {}) };
  }
  const hp = hostPortOf(s);
  return { host: hp.host || 'localhost', port: hp.port ?? 80 };
}

/** Splits `host[:port][/…]`, with `[v6]:port` support. */
export function hostPortOf(s: string): { host: string; port?: number } {
  const hostPort = s.split(/[/?#]/)[0] ?? '';
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(hostPort);
  if (v6) return { host: v6[1]!.toLowerCase(), ...(v6[2] ? { port: Number(v6[2]) } : {}) };
  const i = hostPort.lastIndexOf(':');
  if (i >= 0 && /^\d+$/.test(hostPort.slice(i + 1)) && hostPort.indexOf(':') === i) {
    return { host: hostPort.slice(0, i).toLowerCase(), port: Number(hostPort.slice(i + 1)) };
  }
  return { host: hostPort.toLowerCase() };
}

/** True for addresses that mean "this machine". */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || h === '0.0.0.0' || h === '::' || /^127\.\d+\.\d+\.\d+$/.test(h) || h.endsWith('.localhost');
}
