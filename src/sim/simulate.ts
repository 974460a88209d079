/**
 * The Traffic Policy simulator: runs a described request through an endpoint's policy the way
 * ngrok does (reference §1.5–1.7) and says where it ends up, with a trace of every rule and
 * action considered.
 *
 * Order: `on_tcp_connect` (public endpoints; the TLS handshake happens where `terminate-tls`
 * runs, else after the phase with ngrok's defaults for https: TLS 1.2–1.3) → `on_http_request`
 * (HTTP endpoints) → upstream (agent endpoints) → `on_http_response`. `forward-internal` is
 * followed into the target endpoint of the world: from `on_tcp_connect` into its
 * `on_tcp_connect`, from `on_http_request` into its HTTP phases only. A pool (several endpoints
 * at one URL) must agree, or the outcome is `unknown`.
 *
 * The response phase never changes whether the upstream was reached; it is traced, and after a
 * `custom-response` in `on_http_request` its own `custom-response` may replace the answer.
 */

import type { Phase } from '../ngrok/types.js';
import { isInternalHost } from '../rules/workspace.js';
import { HANDLERS, type ActionStep } from './actions.js';
import { Visit, type HttpView, type Run, type WorldIndex } from './context.js';
import { describeOutcome, sameOutcome } from './outcome.js';
import { parseUrlCached, prepareEndpoint, urlKey, type PreparedEndpoint, type PreparedRule } from './prepare.js';
import type { ExpressionValue, Outcome, SimEndpoint, SimRequest, SimResult, World } from './types.js';

/** Most `forward-internal` hops followed (ngrok's own limit is not documented). */
export const MAX_HOPS = 8;

type Family = 'http' | 'tcp' | 'tls';

function familyOf(scheme: PreparedEndpoint['scheme']): Family | undefined {
  return scheme === 'http' || scheme === 'https' ? 'http' : scheme;
}

const worldCache = new WeakMap<World, WorldIndex>();
const EMPTY_WORLD: World = {};

/** Indexes a world by canonical endpoint URL (cached per world object). */
export function indexWorld(world: World = EMPTY_WORLD): WorldIndex {
  let hit = worldCache.get(world);
  if (!hit) {
    const byUrl = new Map<string, PreparedEndpoint[]>();
    for (const e of world.endpoints ?? []) {
      const p = prepareEndpoint(e);
      if (p.key === undefined) continue;
      const list = byUrl.get(p.key) ?? [];
      list.push(p);
      byUrl.set(p.key, list);
    }
    hit = { byUrl, world };
    worldCache.set(world, hit);
  }
  return hit;
}

function unknown(reason: string): Outcome {
  return { result: 'unknown', reason };
}

const tokenCache = new WeakMap<object, string>();

/** A compact fake JWT carrying the described claims (expressions may look at the header). */
function fakeToken(jwt: NonNullable<SimRequest['jwt']>): string {
  let t = tokenCache.get(jwt);
  if (t === undefined) {
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o ?? {})).toString('base64url');
    t = `${b64({ alg: jwt.alg ?? 'RS256', typ: 'JWT' })}.${b64(jwt.claims)}.c2ltdWxhdGVk`;
    tokenCache.set(jwt, t);
  }
  return t;
}



/** `href` and `host` of a URL with its path replaced; null when it is not a URL. */
function withPath(base: string, path: string | undefined): { href: string; host: string } | null {
  try {
    const u = new URL(base);
    if (path !== undefined) u.pathname = path.startsWith('/') ? path : `/${path}`;
    return { href: u.href, host: u.host };
  } catch {
    return null;
  }
}

/** The HTTP request as it arrives at the first endpoint. */
export function requestView(req: SimRequest, ep: PreparedEndpoint): HttpView | { error: string } {
  let target: { href: string; host: string } | null;
  if (req.url === undefined && !req.query) {
    // The common case (a request described by its path): cached per endpoint and path.
    const key = req.path ?? '';
    target = ep.paths.get(key) ?? null;
    if (!ep.paths.has(key)) {
      const port = ep.port !== undefined && ep.port !== (ep.scheme === 'http' ? 80 : 443) ? `:${ep.port}` : '';
      target = withPath(`${ep.scheme === 'http' ? 'http' : 'https'}://${ep.host}${port}/`, req.path);
      if (ep.paths.size > 1000) ep.paths.clear();
      ep.paths.set(key, target);
    }
  } else {
    const port = ep.port !== undefined && ep.port !== (ep.scheme === 'http' ? 80 : 443) ? `:${ep.port}` : '';
    target = withPath(req.url ?? `${ep.scheme === 'http' ? 'http' : 'https'}://${ep.host}${port}/`, req.path);
    if (target && req.query) {
      const u = new URL(target.href);
      for (const [k, vals] of Object.entries(req.query)) for (const val of typeof vals === 'string' ? [vals] : vals) u.searchParams.append(k, val);
      target = { href: u.href, host: u.host };
    }
  }
  if (!target) return { error: `'${req.url}' is not a URL` };
  const headers: Record<string, string[]> = {};
  if (req.headers)
    for (const [k, vals] of Object.entries(req.headers)) {
      const key = k.toLowerCase();
      (headers[key] ??= []).push(...(typeof vals === 'string' ? [vals] : vals));
    }
  if (req.jwt) {
    const key = (req.jwt.header ?? 'Authorization').toLowerCase();
    (headers[key] ??= []).push(`${req.jwt.prefix ?? 'Bearer '}${fakeToken(req.jwt)}`);
  }
  if (req.basicAuth) (headers['authorization'] ??= []).push(`Basic ${Buffer.from(`${req.basicAuth.username}:${req.basicAuth.password}`).toString('base64')}`);
  return { method: (req.method ?? 'GET').toUpperCase(), url: target.href, host: target.host, headers };
}

type PhaseResult = { kind: 'continue' } | { kind: 'outcome'; outcome: Outcome };

/** Evaluates a rule's expressions as one CEL conjunction: false wins over errors, as in CEL. */
function matchRule(v: Visit, rule: PreparedRule): { matched: boolean | 'unknown'; values: ExpressionValue[]; error?: string } {
  const values: ExpressionValue[] = [];
  let anyFalse = false;
  let error: string | undefined;
  for (const e of rule.expressions) {
    if ('error' in e) {
      values.push({ text: e.text, error: e.error });
      error ??= e.error;
      continue;
    }
    const r = v.evaluate(e.compiled, v.endpoint.phaseRoots[v.phase] ?? e.roots);
    if (!r.ok) {
      values.push({ text: e.text, error: r.error });
      error ??= r.error;
    } else if (typeof r.value !== 'boolean') {
      const msg = `the expression gives ${typeof r.value === 'bigint' ? 'an int' : typeof r.value}, not a bool`;
      values.push({ text: e.text, error: msg });
      error ??= msg;
    } else {
      values.push({ text: e.text, value: r.value });
      if (!r.value) anyFalse = true;
    }
  }
  if (anyFalse) return { matched: false, values };
  if (error !== undefined) return { matched: 'unknown', values, error };
  return { matched: true, values };
}

function ruleLabel(rule: PreparedRule): string {
  return `rule ${rule.index + 1}${rule.name ? ` '${rule.name}'` : ''}`;
}

/**
 * Runs one phase. `decisive` is false for the response phase after the upstream was reached
 * (nothing there changes whether it was reached).
 */
function runPhase(v: Visit, phase: Phase, rules: readonly PreparedRule[], decisive: boolean, chain: readonly string[]): PhaseResult {
  v.enterPhase(phase);
  if (v.tracing) v.step({ kind: 'phase', phase, message: phase });
  for (const rule of rules) {
    if (rule.invalid) {
      const reason = `${ruleLabel(rule)} of ${phase} is malformed (${rule.invalid}); ngrok refuses such a policy`;
      v.step({ kind: 'rule', phase, rule: rule.index, ...(rule.name ? { ruleName: rule.name } : {}), matched: 'unknown', message: reason });
      if (!decisive) continue;
      return { kind: 'outcome', outcome: unknown(reason) };
    }
    const m = matchRule(v, rule);
    const tracing = v.tracing;
    const base = tracing ? { phase, rule: rule.index, ...(rule.name ? { ruleName: rule.name } : {}), matched: m.matched, expressions: m.values } : undefined;
    if (m.matched === false) {
      if (base) v.step({ kind: 'rule', ...base, message: `${ruleLabel(rule)} skipped: ${m.values.find((x) => x.value === false)?.text ?? ''} is false` });
      continue;
    }
    if (m.matched === 'unknown') {
      const roles = rule.actions.map((a) => HANDLERS[a.type]?.role ?? 'decides');
      if (!decisive || roles.every((r) => r === 'inert')) {
        if (base) v.step({ kind: 'rule', ...base, message: `${ruleLabel(rule)} may or may not match (${m.error}); its actions cannot change the outcome` });
        continue;
      }
      const reason = `whether ${ruleLabel(rule)} of ${phase} at ${v.endpoint.url} matches cannot be told: ${m.error}`;
      if (base) v.step({ kind: 'rule', ...base, message: reason });
      return { kind: 'outcome', outcome: unknown(reason) };
    }
    if (base) v.step({ kind: 'rule', ...base, message: `${ruleLabel(rule)} matches${rule.expressions.length === 0 ? ' (no expressions)' : ''}` });
    for (const action of rule.actions) {
      const handler = HANDLERS[action.type];
      let step: ActionStep;
      if (!handler) step = { next: 'stop', outcome: unknown(`the action '${action.type || '(no type)'}' is not modelled and could refuse the request`), message: 'not modelled' };
      else if (!handler.phases.includes(phase)) step = { next: 'stop', outcome: unknown(`ngrok does not accept '${action.type}' in ${phase}`), message: `not allowed in ${phase}` };
      else step = handler.run(v, action);
      if (tracing) v.step({ kind: 'action', phase, rule: rule.index, action: action.index, type: action.type, message: `${action.type}: ${step.message}` });
      if (step.next === 'continue') continue;
      if (step.next === 'stop') {
        if (!decisive && step.outcome.result !== 'responded') {
          v.step({ kind: 'note', phase, message: 'the upstream was already reached; the response phase does not change that' });
          return { kind: 'continue' };
        }
        return { kind: 'outcome', outcome: step.outcome };
      }
      const r = follow(v, step.url, phase, chain);
      if (r === 'failed') {
        if (step.onError === 'continue') {
          v.setResult('forward_internal', { url: step.url, error: { code: 'ERR_NGROK_3200', message: 'no endpoint at this URL' } });
          v.step({ kind: 'note', phase, message: `the forward fails (no endpoint at ${step.url}); on_error: continue, so processing goes on` });
          continue;
        }
        return { kind: 'outcome', outcome: { result: 'rejected', by: 'forward-internal' } };
      }
      return { kind: 'outcome', outcome: r };
    }
  }
  return { kind: 'continue' };
}

/** Follows `forward-internal`; `failed` when the world is closed and has no such endpoint. */
function follow(v: Visit, url: string, phase: Phase, chain: readonly string[]): Outcome | 'failed' {
  const run = v.run;
  const { parsed, key } = parseUrlCached(url);
  if (!parsed?.explicitScheme || key === undefined) return unknown(`forward-internal's url '${url}' is not an endpoint URL`);
  if (!isInternalHost(parsed.host)) return unknown(`forward-internal's url '${url}' is not an internal (.internal) endpoint`);
  const from = familyOf(v.endpoint.scheme);
  const to = familyOf(parsed.scheme);
  const need: Family | undefined = phase === 'on_http_request' ? 'http' : from;
  if (phase === 'on_tcp_connect' && from === 'http') return unknown('forwarding an HTTP endpoint from on_tcp_connect is not modelled');
  if (to !== need) return unknown(`ngrok does not forward a ${need} request to the ${parsed.scheme}:// URL '${url}'`);
  if (chain.includes(key)) return unknown(`forward-internal loops back to ${url}`);
  if (chain.length >= MAX_HOPS) return unknown(`more than ${MAX_HOPS} forward-internal hops`);
  const members = run.world.byUrl.get(key) ?? [];
  if (members.length === 0) {
    if (run.world.world.closed) return 'failed';
    return unknown(`no endpoint at ${url} in the simulated world`);
  }
  const arrival = phase === 'on_tcp_connect' ? 'connect' : 'request';
  const tls = { version: v.tlsVersion, terminated: v.tlsTerminated };
  const next = [...chain, key];
  if (members.length === 1) return visit(run, members[0]!, v.depth + 1, arrival, v.current, tls, next);
  const outcomes: Outcome[] = [];
  members.forEach((m, i) => {
    v.step({ kind: 'note', message: `pool member ${i + 1} of ${members.length} at ${url}${m.source.label ? ` (${m.source.label})` : ''}` });
    outcomes.push(visit(run, m, v.depth + 1, arrival, v.current, tls, next));
  });
  const first = outcomes[0]!;
  if (outcomes.every((o) => sameOutcome(o, first))) return first;
  return unknown(`the ${members.length} endpoints pooled at ${url} handle the request differently`);
}

/** Runs the response phase (trace only, or replacing a policy's own answer). */
function responsePhase(v: Visit, outcome: Outcome, chain: readonly string[]): Outcome {
  const rules = v.endpoint.phases.on_http_response;
  if (!rules || rules.length === 0) return outcome;
  const decisive = outcome.result === 'responded';
  if (outcome.result === 'responded') v.response = { status_code: outcome.status, headers: {} };
  const r = runPhase(v, 'on_http_response', rules, decisive, chain);
  return r.kind === 'outcome' ? r.outcome : outcome;
}

function visit(
  run: Run,
  ep: PreparedEndpoint,
  depth: number,
  arrival: 'connect' | 'request',
  http: HttpView | undefined,
  tls: { version: string | undefined; terminated: boolean },
  chain: readonly string[],
): Outcome {
  const v = new Visit(run, ep, depth, http, tls);
  const kind = v.tracing ? `${ep.internal ? 'internal ' : ''}${ep.source.kind} endpoint` : '';
  if (v.tracing) v.step({ kind: 'endpoint', message: `${ep.url} (${kind}${ep.source.label ? `, ${ep.source.label}` : ''})${depth > 0 ? ' via forward-internal' : ''}` });
  if (ep.invalid) return unknown(`${ep.url}: ${ep.invalid}`);
  const family = familyOf(ep.scheme)!;
  if (arrival === 'connect') {
    const rules = ep.phases.on_tcp_connect;
    if (rules && rules.length > 0) {
      if (ep.internal && family === 'http') return unknown(`ngrok refuses on_tcp_connect on the internal HTTP endpoint ${ep.url}`);
      const r = runPhase(v, 'on_tcp_connect', rules, true, chain);
      if (r.kind === 'outcome') return r.outcome;
    }
    if (ep.scheme === 'https' && !v.tlsTerminated) {
      const offered = run.request.tls ?? '1.3';
      if (offered < '1.2') {
        v.step({ kind: 'tls', message: `TLS handshake fails: the client speaks TLS ${offered}; https endpoints accept 1.2–1.3 unless terminate-tls says otherwise` });
        return { result: 'rejected', by: 'tls', tls: 'handshake-failure' };
      }
      v.tlsTerminated = true;
      v.tlsVersion = offered;
      v.changed();
      v.step({ kind: 'tls', message: `TLS ${offered} terminated by ngrok (https default: 1.2–1.3)` });
    } else if (ep.scheme === 'tls' && !v.tlsTerminated && depth === 0) {
      v.step({ kind: 'tls', message: 'TLS passes through to the upstream (no terminate-tls)' });
    }
  }
  if (family === 'http') {
    if (!v.original) {
      const view = requestView(run.request, ep);
      if ('error' in view) return unknown(view.error);
      v.original = view;
      v.current = view;
      v.changed();
    }
    const rules = ep.phases.on_http_request;
    if (rules && rules.length > 0) {
      const r = runPhase(v, 'on_http_request', rules, true, chain);
      if (r.kind === 'outcome') {
        if (r.outcome.result === 'responded' || r.outcome.result === 'forwarded') return responsePhase(v, r.outcome, chain);
        return r.outcome;
      }
    }
  }
  if (ep.source.kind === 'agent') {
    if (ep.source.upstream === undefined) return unknown(`the agent endpoint ${ep.url} has no upstream`);
    const out: Outcome = { result: 'forwarded', target: ep.url, upstream: ep.source.upstream };
    v.step({ kind: 'note', message: `no action handled it: the agent sends it to the upstream ${ep.source.upstream}` });
    return family === 'http' ? responsePhase(v, out, chain) : out;
  }
  return unknown(`${ep.url} is a cloud endpoint and its policy did not handle the ${family === 'http' ? 'request' : 'connection'}; ngrok requires cloud endpoint policies to end with a terminating action`);
}

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Record the trace (default true). Without it simulations are faster and `trace` is empty. */
  trace?: boolean;
}

/** Runs a prepared endpoint. */
export function simulatePrepared(world: WorldIndex, ep: PreparedEndpoint, request: SimRequest, options: SimulateOptions = {}): SimResult {
  const run: Run = { request, world, trace: options.trace === false ? undefined : [] };
  const chain = ep.key !== undefined ? [ep.key] : [];
  let outcome: Outcome;
  try {
    outcome = visit(run, ep, 0, 'connect', undefined, { version: undefined, terminated: false }, chain);
  } catch (e) {
    outcome = unknown(`simulator error: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!run.trace) return { outcome, trace: [] };
  run.trace.push({ kind: 'result', endpoint: ep.url, depth: 0, message: describeOutcome(outcome) });
  return { outcome, trace: run.trace };
}

/** A simulator for one endpoint, with its policy prepared (expressions compiled) once. */
export interface Simulator {
  readonly endpoint: SimEndpoint;
  /** Runs one request. Never throws. */
  simulate(request: SimRequest, options?: SimulateOptions): SimResult;
}

/** Resolves an endpoint given by URL in the world; undefined when there is none. */
function resolveEndpoint(endpoint: SimEndpoint | string, world: World | undefined): SimEndpoint | undefined {
  if (typeof endpoint !== 'string') return endpoint;
  const key = urlKey(endpoint);
  return world?.endpoints?.find((e) => urlKey(e.url) === key);
}

/**
 * Prepares an endpoint (or the endpoint of `world` at a URL) for many simulations.
 * Never throws; an endpoint that cannot be found simulates to `unknown`.
 */
export function prepare(endpoint: SimEndpoint | string, world?: World): Simulator {
  const index = indexWorld(world);
  const ep = resolveEndpoint(endpoint, world);
  if (!ep) {
    const url = String(endpoint);
    const missing: SimEndpoint = { url, kind: 'cloud' };
    return {
      endpoint: missing,
      simulate: () => {
        const outcome: Outcome = unknown(`no endpoint at ${url} in the simulated world`);
        return { outcome, trace: [{ kind: 'result', endpoint: url, depth: 0, message: describeOutcome(outcome) }] };
      },
    };
  }
  const prepared = prepareEndpoint(ep);
  return { endpoint: ep, simulate: (request, options) => simulatePrepared(index, prepared, request, options) };
}

/**
 * Simulates one request arriving at an endpoint (a {@link SimEndpoint}, or the URL of one in
 * `world`). `world` holds the endpoints `forward-internal` can reach. Expressions are compiled
 * once per endpoint object and cached; use {@link prepare} to make the reuse explicit.
 * Never throws: what cannot be modelled faithfully is an `unknown` outcome with the reason.
 */
export function simulate(endpoint: SimEndpoint | string, request: SimRequest, world?: World, options?: SimulateOptions): SimResult {
  return prepare(endpoint, world).simulate(request, options);
}
