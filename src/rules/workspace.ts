/**
 * The set of documents linted together, indexed for rules: every Traffic Policy (standalone,
 * inside an ngrok.yml endpoint, or inside a cloud endpoint body), every endpoint, every agent.
 */

import { dirname, isAbsolute, join, normalize } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { apiEndpointObjects, loadEmbedded, type Path, type SourceDocument } from '../ngrok/load.js';
import type { Scheme } from '../ngrok/types.js';
import { ownedMemo } from './lib/owned-memo.js';

/** An endpoint URL split into parts (best effort; `scheme` is inferred like the agent does). */
export interface EndpointUrl {
  raw: string;
  scheme?: Scheme;
  host?: string;
  port?: number;
  /** Whether the scheme was written or inferred. */
  explicitScheme: boolean;
}

/** One ngrok agent: one agent-config document. */
export interface AgentRef {
  doc: SourceDocument;
  /**
   * The site this agent belongs to. For compiled output it is the site name; for hand-written
   * files it is the folder holding the file (the `<dir>/<site>/ngrok.yml` layout), so two
   * agent configs in one folder are one site (a failover pair).
   */
  site: string;
  endpoints: EndpointRef[];
}

/** One endpoint: an `endpoints[]` (or `tunnels`) item of an agent config, or a cloud endpoint body. */
export interface EndpointRef {
  kind: 'agent' | 'cloud';
  doc: SourceDocument;
  /** Path of the endpoint object in `doc.value`. */
  path: Path;
  name?: string;
  url?: EndpointUrl;
  /** Explicit or inferred binding. */
  binding: 'public' | 'internal' | 'kubernetes';
  poolingEnabled: boolean;
  /** Agent endpoints: `upstream.url` as written (number or string, stringified). */
  upstream?: string;
  policy?: PolicyRef;
  agent?: AgentRef;
}

/** One Traffic Policy document and where it lives. */
export interface PolicyRef {
  /** The document whose `locate` the paths below apply to (an embedded one for policy strings). */
  doc: SourceDocument;
  /** Path of the policy object within `doc.value` (`[]` for standalone and embedded policies). */
  path: Path;
  policy: Record<string, unknown>;
  origin: 'standalone' | 'agent-endpoint' | 'cloud-endpoint';
  endpoint?: EndpointRef;
}

/** Everything the rules see. */
export interface Workspace {
  /** Top-level documents, in input order. */
  documents: SourceDocument[];
  /** Documents parsed out of policy strings (cloud endpoint bodies), each with its PolicyRef. */
  embedded: SourceDocument[];
  policies: PolicyRef[];
  endpoints: EndpointRef[];
  agents: AgentRef[];
}

/** Parses an endpoint URL the way the agent reads it (reference §4.5.1). */
export function parseEndpointUrl(raw: unknown): EndpointUrl | undefined {
  if (typeof raw !== 'string') return undefined;
  const s = raw.trim();
  // `scheme://rest`, where rest is one line (`.` matches no line terminator).
  let m = SCHEME_PREFIX.exec(s);
  if (m && LINE_BREAK.test(s)) m = null;
  let scheme: Scheme | undefined;
  let rest = s;
  let explicitScheme = false;
  if (m) {
    const sch = m[1]!.toLowerCase();
    scheme = SCHEMES.has(sch) ? (sch as Scheme) : undefined;
    rest = s.slice(m[0].length);
    explicitScheme = true;
    if (!scheme) return { raw, explicitScheme };
  } else {
    scheme = 'https';
  }
  const cut = rest.search(AFTER_HOST);
  const hostPort = cut < 0 ? rest : rest.slice(0, cut);
  let host = hostPort;
  let port: number | undefined;
  const v6 = hostPort.startsWith('[') ? /^\[([^\]]+)\](?::(\d+))?$/.exec(hostPort) : null;
  if (v6) {
    host = v6[1]!;
    port = v6[2] ? Number(v6[2]) : undefined;
  } else {
    const i = hostPort.lastIndexOf(':');
    if (i >= 0 && /^\d+$/.test(hostPort.slice(i + 1))) {
      host = hostPort.slice(0, i);
      port = Number(hostPort.slice(i + 1));
    }
  }
  const url: EndpointUrl = { raw, scheme, explicitScheme };
  if (host) url.host = host.toLowerCase();
  if (port !== undefined) url.port = port;
  return url;
}

const SCHEME_PREFIX = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\//;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const AFTER_HOST = /[/?#]/;
const SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'tcp', 'tls']);

/** True when the host is an internal endpoint host (`*.internal`). */
export function isInternalHost(host: string | undefined): boolean {
  return host !== undefined && /(^|\.)internal$/.test(host.toLowerCase());
}

/** Default port of a scheme. */
export function defaultPort(scheme: Scheme | undefined): number | undefined {
  return scheme === 'http' ? 80 : scheme === 'https' || scheme === 'tls' ? 443 : undefined;
}

/** Canonical `scheme://host[:port]` for comparing URLs (default ports dropped, lower case). */
export function canonicalUrl(url: EndpointUrl | undefined): string | undefined {
  if (!url?.scheme || !url.host) return undefined;
  const port = url.port !== undefined && url.port !== defaultPort(url.scheme) ? `:${url.port}` : '';
  return `${url.scheme}://${url.host}${port}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function bindingOf(bindings: unknown, url: EndpointUrl | undefined): EndpointRef['binding'] {
  if (Array.isArray(bindings) && typeof bindings[0] === 'string') {
    const b = bindings[0].toLowerCase();
    if (b === 'internal' || b === 'kubernetes' || b === 'public') return b;
  }
  return isInternalHost(url?.host) ? 'internal' : 'public';
}

/** The last segment of a `/`- or `\\`-separated path. */
export function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
}

function folderOf(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i < 0 ? '.' : file.slice(0, i) || '/';
}

/** Finds the Traffic Policy document an agent config's `traffic_policy_file` names, if it was loaded. */
export type PolicyFileResolver = (configFile: string, ref: string) => SourceDocument | undefined;

/**
 * Where a `traffic_policy_file` of the agent config `configFile` is looked for: next to that file
 * (ngrok's docs do not say what a relative path is relative to).
 */
export function policyFilePath(configFile: string, ref: string): string {
  return isAbsolute(ref) ? normalize(ref) : join(dirname(configFile), ref);
}

/** The `traffic_policy_file` of each v3 endpoint of an agent config that has no inline `traffic_policy`. */
export function policyFileRefs(doc: SourceDocument): string[] {
  return policyFileFields(doc).map((f) => f.ref);
}

/** {@link policyFileRefs} with where each is written in the document. */
export function policyFileFields(doc: SourceDocument): { ref: string; path: Path }[] {
  const v = doc.value;
  if (doc.kind !== 'agent-config' || !isObject(v) || !Array.isArray(v['endpoints'])) return [];
  return v['endpoints'].flatMap((item, i) =>
    isObject(item) && item['traffic_policy'] === undefined && typeof item['traffic_policy_file'] === 'string' && item['traffic_policy_file'].trim() !== ''
      ? [{ ref: item['traffic_policy_file'], path: ['endpoints', i, 'traffic_policy_file'] }]
      : [],
  );
}

/** The Traffic Policy documents among `documents`, by normalised path (the first document of each file). */
function policyDocsByPath(documents: readonly SourceDocument[]): Map<string, SourceDocument> {
  const byPath = new Map<string, SourceDocument>();
  for (const d of documents) if (d.kind === 'traffic-policy' && d.index === 0 && !byPath.has(normalize(d.file))) byPath.set(normalize(d.file), d);
  return byPath;
}

/**
 * The `traffic_policy_file`s that agent configs among `configs` name and that are not already
 * among `loaded` (as Traffic Policy documents at that path): the files a caller must read and load
 * (as `kind: 'traffic-policy'`) before building the workspace. Paths as {@link policyFilePath} gives them.
 */
export function policyFilesToRead(configs: readonly SourceDocument[], loaded: readonly SourceDocument[] = configs): string[] {
  const have = policyDocsByPath(loaded);
  const wanted = new Set<string>();
  for (const doc of configs) for (const ref of policyFileRefs(doc)) wanted.add(policyFilePath(doc.file, ref));
  return [...wanted].filter((p) => !have.has(p));
}

/**
 * The resolver {@link buildWorkspace} takes: an agent endpoint's `traffic_policy_file` is the
 * Traffic Policy document at {@link policyFilePath} among `policies` (those given, and those read
 * for {@link policyFilesToRead}); undefined when none was loaded (the endpoint's policy is unknown).
 */
export function policyFileResolver(policies: readonly SourceDocument[]): PolicyFileResolver {
  const byPath = policyDocsByPath(policies);
  return (configFile, ref) => byPath.get(policyFilePath(configFile, ref));
}

/**
 * Builds the workspace; diagnostics are parse errors of embedded policy strings. With
 * `policyFile`, an agent endpoint's `traffic_policy_file` that was loaded becomes that endpoint's
 * policy (and is not also a standalone policy).
 */
export function buildWorkspace(documents: SourceDocument[], siteOf?: (doc: SourceDocument) => string | undefined, policyFile?: PolicyFileResolver): { workspace: Workspace; diagnostics: Diagnostic[] } {
  const ws: Workspace = { documents, embedded: [], policies: [], endpoints: [], agents: [] };
  const diagnostics: Diagnostic[] = [];
  const attached = new Set<SourceDocument>();
  if (policyFile) {
    for (const doc of documents) {
      for (const ref of policyFileRefs(doc)) {
        const p = policyFile(doc.file, ref);
        if (p) attached.add(p);
      }
    }
  }
  for (const doc of documents) {
    const v = doc.value;
    if (!isObject(v)) continue;
    if (doc.kind === 'traffic-policy') {
      if (!attached.has(doc)) ws.policies.push({ doc, path: [], policy: v, origin: 'standalone' });
    } else if (doc.kind === 'agent-config') {
      const agent: AgentRef = { doc, site: siteOf?.(doc) ?? doc.site ?? folderOf(doc.file), endpoints: [] };
      ws.agents.push(agent);
      const add = (item: unknown, path: Path, urlValue: unknown) => {
        if (!isObject(item)) return;
        const url = parseEndpointUrl(urlValue);
        const ep: EndpointRef = {
          kind: 'agent',
          doc,
          path,
          url,
          binding: bindingOf(item['bindings'], url),
          poolingEnabled: item['pooling_enabled'] === true,
          agent,
        };
        if (typeof item['name'] === 'string') ep.name = item['name'];
        const up = isObject(item['upstream']) ? item['upstream']['url'] : item['addr'];
        if (typeof up === 'string' || typeof up === 'number') ep.upstream = String(up);
        const tp = item['traffic_policy'];
        const file = tp === undefined && typeof item['traffic_policy_file'] === 'string' ? policyFile?.(doc.file, item['traffic_policy_file']) : undefined;
        if (isObject(tp)) {
          ep.policy = { doc, path: [...path, 'traffic_policy'], policy: tp, origin: 'agent-endpoint', endpoint: ep };
          ws.policies.push(ep.policy);
        } else if (file && isObject(file.value)) {
          ep.policy = { doc: file, path: [], policy: file.value, origin: 'agent-endpoint', endpoint: ep };
          ws.policies.push(ep.policy);
        }
        agent.endpoints.push(ep);
        ws.endpoints.push(ep);
      };
      const eps = v['endpoints'];
      if (Array.isArray(eps)) eps.forEach((item, i) => add(item, ['endpoints', i], isObject(item) ? item['url'] : undefined));
      const tunnels = v['tunnels'];
      if (isObject(tunnels)) {
        for (const [name, t] of Object.entries(tunnels)) {
          if (!isObject(t)) continue;
          const proto = typeof t['proto'] === 'string' ? t['proto'] : 'http';
          const host = t['domain'] ?? t['hostname'] ?? t['remote_addr'];
          const urlValue = typeof t['url'] === 'string' ? t['url'] : typeof host === 'string' ? `${proto === 'http' ? 'https' : proto}://${host}` : undefined;
          add({ ...t, name }, ['tunnels', name], urlValue);
        }
      }
    } else if (doc.kind === 'cloud-endpoint') {
      addEndpointObject(ws, diagnostics, doc, v, [], 'cloud');
    } else if (doc.kind === 'api-endpoints') {
      // Endpoints as the ngrok API returns them: cloud endpoints, and agent endpoints (which the API
      // reports with their agent's upstream as `upstream_url`, but no agent config to belong to).
      for (const { item, path } of apiEndpointObjects(v)) {
        const ep = addEndpointObject(ws, diagnostics, doc, item, path, item['type'] === 'agent' ? 'agent' : 'cloud');
        if (ep.kind === 'agent' && (typeof item['upstream_url'] === 'string' || typeof item['upstream_url'] === 'number')) ep.upstream = String(item['upstream_url']);
      }
    }
  }
  return { workspace: ws, diagnostics };
}

/** A cloud endpoint body (or an endpoint object of the API) at `path` in `doc`, with its policy. */
function addEndpointObject(ws: Workspace, diagnostics: Diagnostic[], doc: SourceDocument, v: Record<string, unknown>, path: Path, kind: 'cloud' | 'agent'): EndpointRef {
  const url = parseEndpointUrl(v['url']);
  const ep: EndpointRef = { kind, doc, path, url, binding: bindingOf(v['bindings'], url), poolingEnabled: v['pooling_enabled'] === true };
  const origin = kind === 'cloud' ? 'cloud-endpoint' : 'agent-endpoint';
  const tp = v['traffic_policy'];
  if (typeof tp === 'string') {
    // The API reports an endpoint without a policy with an empty string.
    if (tp.trim() !== '' || doc.kind !== 'api-endpoints') {
      const inner = loadEmbedded(doc, [...path, 'traffic_policy']);
      diagnostics.push(...inner.diagnostics);
      const idoc = inner.documents[0];
      if (idoc && isObject(idoc.value)) {
        idoc.kind = 'traffic-policy';
        ws.embedded.push(idoc);
        ep.policy = { doc: idoc, path: [], policy: idoc.value, origin, endpoint: ep };
      }
    }
  } else if (isObject(tp)) {
    ep.policy = { doc, path: [...path, 'traffic_policy'], policy: tp, origin, endpoint: ep };
  }
  if (ep.policy) ws.policies.push(ep.policy);
  ws.endpoints.push(ep);
  return ep;
}

/** A rule of a policy, with its location. */
export interface RuleSite {
  policy: PolicyRef;
  phase: string;
  ruleIndex: number;
  rule: Record<string, unknown>;
  /** Path of the rule in `policy.doc.value`. */
  path: Path;
}

/** An action of a policy, with its location. */
export interface ActionSite extends RuleSite {
  actionIndex: number;
  action: Record<string, unknown>;
  /** `action.type` when it is a string. */
  type?: string;
  config?: Record<string, unknown>;
  /** Path of the action in `policy.doc.value`. */
  actionPath: Path;
}

// Every rule walks the same sites; build each policy's lists once (they are shared: do not mutate),
// kept on the policy (see lib/owned-memo.ts for why not in a WeakMap).
const ruleSites = ownedMemo<PolicyRef, readonly RuleSite[]>('rule sites');
const actionSites = ownedMemo<PolicyRef, readonly ActionSite[]>('action sites');

/** Every rule of every phase of a policy, in document order (skips malformed phases). The list is shared: do not mutate it. */
export function eachRule(policy: PolicyRef): readonly RuleSite[] {
  return ruleSites(policy, () => {
    const list: RuleSite[] = [];
    const value = policy.policy;
    for (const phase of Object.keys(value)) {
      const rules = value[phase];
      if (!Array.isArray(rules)) continue;
      for (let i = 0; i < rules.length; i++) {
        const rule: unknown = rules[i];
        if (!isObject(rule)) continue;
        list.push({ policy, phase, ruleIndex: i, rule, path: [...policy.path, phase, i] });
      }
    }
    return list;
  });
}

/** Every action of every rule of a policy, in document order. The list is shared: do not mutate it. */
export function eachAction(policy: PolicyRef): readonly ActionSite[] {
  return actionSites(policy, () => {
    const list: ActionSite[] = [];
    for (const site of eachRule(policy)) {
      const actions = site.rule['actions'];
      if (!Array.isArray(actions)) continue;
      for (let j = 0; j < actions.length; j++) {
        const action: unknown = actions[j];
        if (!isObject(action)) continue;
        const a: ActionSite = {
          policy: site.policy,
          phase: site.phase,
          ruleIndex: site.ruleIndex,
          rule: site.rule,
          path: site.path,
          actionIndex: j,
          action,
          actionPath: [...site.path, 'actions', j],
        };
        const type = action['type'];
        if (typeof type === 'string') a.type = type;
        const config = action['config'];
        if (isObject(config)) a.config = config;
        list.push(a);
      }
    }
    return list;
  });
}

/** Every internal URL (canonical) defined in the workspace, with its endpoints. */
export function internalEndpoints(ws: Workspace): Map<string, EndpointRef[]> {
  const out = new Map<string, EndpointRef[]>();
  for (const ep of ws.endpoints) {
    if (ep.binding !== 'internal') continue;
    const key = canonicalUrl(ep.url);
    if (!key) continue;
    const list = out.get(key) ?? [];
    list.push(ep);
    out.set(key, list);
  }
  return out;
}

export { isObject };
