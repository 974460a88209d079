/**
 * Preparing an endpoint for simulation: its URL split, its policy's phases and rules with every
 * expression compiled once. Prepared endpoints are cached per `SimEndpoint` object, so a policy
 * simulated many times is parsed and compiled once.
 * @internal
 */

import { compileExpression, toCelValue, type CompiledExpression } from '../ngrok/cel/index.js';
import { LEGACY_PHASES, PHASES, type Phase } from '../ngrok/types.js';
import { canonicalUrl, defaultPort, parseEndpointUrl, type EndpointUrl } from '../rules/workspace.js';
import { rootsOf } from './context.js';
import type { SimEndpoint } from './types.js';

/** A rule expression, compiled or with the reason it cannot be. */
export type PreparedExpression = { text: string; compiled: CompiledExpression; roots: number } | { text: string; error: string };

/** One action. */
export interface PreparedAction {
  index: number;
  /** The type, or `''` when missing. */
  type: string;
  config: Readonly<Record<string, unknown>>;
}

/** One rule. */
export interface PreparedRule {
  index: number;
  name: string | undefined;
  expressions: PreparedExpression[];
  actions: PreparedAction[];
  /** Why the rule is malformed (ngrok would refuse the policy). */
  invalid?: string;
}

/** An endpoint ready to simulate. */
export interface PreparedEndpoint {
  source: SimEndpoint;
  /** The URL as given. */
  url: string;
  /** `scheme://host[:port]`, lower case, default ports dropped; the world's index key. */
  key: string | undefined;
  scheme: 'http' | 'https' | 'tcp' | 'tls' | undefined;
  host: string | undefined;
  port: number | undefined;
  internal: boolean;
  /** `endpoint.*` variables. */
  variables: Readonly<Record<string, unknown>>;
  /** The same, converted for the CEL evaluator once. */
  celVariables: Readonly<Record<string, unknown>>;
  /** HTTP endpoints: the request URL for each path (a request without its own URL), cached. */
  paths: Map<string, { href: string; host: string } | null>;
  phases: Partial<Record<Phase, PreparedRule[]>>;
  /**
   * Per phase, the roots any of its expressions may read (see `rootsOf`): one activation with
   * all of them serves the whole phase.
   */
  phaseRoots: Partial<Record<Phase, number>>;
  /** Why the policy cannot be simulated at all (ngrok would refuse it). */
  invalid?: string;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function prepareRule(raw: unknown, index: number): PreparedRule {
  if (!isObject(raw)) return { index, name: undefined, expressions: [], actions: [], invalid: 'the rule is not an object' };
  const name = typeof raw['name'] === 'string' ? raw['name'] : raw['name'] !== undefined && raw['name'] !== null ? String(raw['name']) : undefined;
  const rule: PreparedRule = { index, name, expressions: [], actions: [] };
  const exprs = raw['expressions'];
  if (exprs !== undefined && exprs !== null) {
    if (!Array.isArray(exprs)) rule.invalid = "'expressions' is not a list";
    else
      for (const e of exprs) {
        if (typeof e !== 'string') {
          rule.expressions.push({ text: String(e), error: 'the expression is not a string' });
          continue;
        }
        const c = compileExpression(e);
        rule.expressions.push('error' in c ? { text: e, error: c.error.message } : { text: e, compiled: c, roots: rootsOf(e) });
      }
  }
  const actions = raw['actions'];
  if (!Array.isArray(actions) || actions.length === 0) rule.invalid = 'the rule has no actions';
  else
    actions.forEach((a, j) => {
      if (!isObject(a)) {
        rule.actions.push({ index: j, type: '', config: {} });
        return;
      }
      const config = a['config'];
      rule.actions.push({ index: j, type: typeof a['type'] === 'string' ? a['type'] : '', config: isObject(config) ? config : {} });
    });
  return rule;
}

/** The phases of a policy, legacy `inbound`/`outbound` mapped for the endpoint's protocol. */
function preparePhases(policy: Readonly<Record<string, unknown>>, http: boolean): { phases: Partial<Record<Phase, PreparedRule[]>>; invalid?: string } {
  const phases: Partial<Record<Phase, PreparedRule[]>> = {};
  const hasModern = PHASES.some((p) => p in policy);
  const hasLegacy = LEGACY_PHASES.some((p) => p in policy);
  if (hasModern && hasLegacy) return { phases, invalid: 'the policy mixes the legacy inbound/outbound phases with the current ones, which ngrok does not define' };
  for (const key of Object.keys(policy)) {
    const rules = policy[key];
    let phase: Phase | undefined;
    if ((PHASES as readonly string[]).includes(key)) phase = key as Phase;
    else if (key === 'inbound') phase = http ? 'on_http_request' : 'on_tcp_connect';
    else if (key === 'outbound') phase = 'on_http_response';
    else return { phases, invalid: `the policy has an unknown top-level key '${key}'` };
    if (rules === null || rules === undefined) continue;
    if (!Array.isArray(rules)) return { phases, invalid: `'${key}' is not a list of rules` };
    phases[phase] = rules.map(prepareRule);
  }
  return { phases };
}

const cache = new WeakMap<SimEndpoint, PreparedEndpoint>();

/** Prepares an endpoint (cached per object; do not mutate an endpoint after simulating it). */
export function prepareEndpoint(source: SimEndpoint): PreparedEndpoint {
  const hit = cache.get(source);
  if (hit) return hit;
  const parsed = parseEndpointUrl(source.url);
  const scheme = parsed?.scheme;
  const host = parsed?.host;
  const port = parsed?.port ?? defaultPort(scheme);
  const internal = host !== undefined && /(^|\.)internal$/.test(host);
  const variables: Record<string, unknown> = { url: source.url };
  if (host !== undefined) variables['host'] = host;
  if (port !== undefined) {
    variables['port'] = port;
    if (host !== undefined) variables['addr'] = `${host}:${port}`;
  }
  if (scheme !== undefined) variables['protocol'] = scheme;
  const ep: PreparedEndpoint = {
    source,
    url: source.url,
    key: canonicalUrl(parsed),
    scheme,
    host,
    port,
    internal,
    variables,
    celVariables: toCelValue(variables) as Record<string, unknown>,
    phases: {},
    phaseRoots: {},
    paths: new Map(),
  };
  if (!scheme || !host) ep.invalid = `'${source.url}' is not an endpoint URL the simulator understands (http, https, tcp or tls)`;
  const policy = source.policy;
  if (policy !== undefined && policy !== null) {
    if (!isObject(policy)) ep.invalid = 'the traffic policy is not a mapping';
    else {
      const r = preparePhases(policy, scheme === 'http' || scheme === 'https');
      ep.phases = r.phases;
      for (const [phase, rules] of Object.entries(r.phases) as [Phase, PreparedRule[]][]) {
        let roots = 0;
        for (const rule of rules) for (const e of rule.expressions) if ('roots' in e) roots |= e.roots;
        ep.phaseRoots[phase] = roots;
      }
      if (r.invalid) ep.invalid = r.invalid;
    }
  }
  cache.set(source, ep);
  return ep;
}

const keyCache = new Map<string, { parsed: EndpointUrl | undefined; key: string | undefined }>();

/** A URL parsed as an endpoint URL, with its canonical key (cached). */
export function parseUrlCached(url: string): { parsed: EndpointUrl | undefined; key: string | undefined } {
  let hit = keyCache.get(url);
  if (!hit) {
    const parsed = parseEndpointUrl(url);
    hit = { parsed, key: canonicalUrl(parsed) };
    if (keyCache.size > 5000) keyCache.clear();
    keyCache.set(url, hit);
  }
  return hit;
}

/** The canonical key of a URL (for world lookups); undefined when it is not an endpoint URL. */
export function urlKey(url: string): string | undefined {
  return parseUrlCached(url).key;
}
