/**
 * A fake of the ngrok REST API for tests: a real `node:http` server on 127.0.0.1 with an
 * ephemeral port that keeps endpoints in memory and answers like the real API (status codes,
 * the `{error_code, status_code, msg, details.operation_id}` error body, newest-first
 * pagination with `next_page_uri`, URL normalisation, traffic-policy validation, URL and
 * pooling conflicts), with fault injection (latency, 429 bursts with `Retry-After`, 5xx,
 * dropped connections, failure of the Nth write, stale lists).
 *
 * Use it to test any code that provisions ngrok cloud endpoints, not only tpc:
 *
 * ```ts
 * import { startFakeNgrokApi } from 'traffic-policy-compiler/testing';
 *
 * const api = await startFakeNgrokApi({ reservedDomains: ['*.example.com'] });
 * try {
 *   // point your client at api.url with `Authorization: Bearer ${api.apiKey}`
 *   api.faults.rateLimit({ count: 2, retryAfterSeconds: 1 }); // the next 2 requests get 429
 *   await myProvisioner({ baseUrl: api.url, apiKey: api.apiKey });
 *   expect(api.state.cloudEndpoints().map((e) => e.url)).toEqual(['https://a.example.com']);
 *   expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(1);
 * } finally {
 *   await api.close();
 * }
 * ```
 *
 * Behaviour follows ngrok's API documentation and generated clients where they say something.
 * Where the real behaviour is unverified (the exact codes of several 400s, the 404 body, the
 * error for writing an agent endpoint), the fake picks a plausible answer; those spots are
 * marked "unverified" below. Do not read this file as a specification of ngrok.
 *
 * Error codes used: 401 `ERR_NGROK_200` (no Authorization header), `201` (not a Bearer
 * credential), `202` (unknown key); 400 `ERR_NGROK_218` (no `Ngrok-Version`), `217` (a
 * version other than 2), `216`/`210` (missing/other Content-Type), `211` (body on GET/DELETE),
 * `213` (body not a JSON object), `214` (unknown field), `215` (wrong type or value, bad
 * `limit`), `227` (id of another resource); endpoint rules `18001` (bad URL), `18002` (policy
 * not a valid document), `18003` (port), `18004` (empty PATCH), `18005` (scheme change),
 * `18006` (no matching reservation), `18009`/`18016`/`18017` (URL taken / pooling conflicts),
 * `18010` (endpoint limit), `18012`/`18013` (description/metadata too long), `18014`
 * (invalid value of a named field, also used for writes to agent endpoints), `18015`
 * (required field missing), `18022`/`18023` (scheme/port not allowed), `2235` (cloud policy
 * does not end in a terminating action), `2236` (policy text unparsable); 429 `ERR_NGROK_226`.
 */

import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { parse as parseYaml } from 'yaml';
import type { Endpoint, ReservedAddr, ReservedDomain } from '../apply/types.js';
import { isTerminalAction, type CloudEndpointCreate } from '../ngrok/types.js';

/** Options of {@link startFakeNgrokApi}. */
export interface FakeNgrokApiOptions {
  /** The one API key the fake accepts. Default: a random `fake_…` string (read it from the handle). */
  apiKey?: string;
  /** Port to listen on (default 0: an ephemeral port). The host is always 127.0.0.1. */
  port?: number;
  /**
   * Reserved domains of the account, such as `clinic1.example.com` or `*.example.com` (a
   * wildcard matches subdomains at any depth). When given, a public http/https/tls endpoint
   * whose host matches none of them is refused with ERR_NGROK_18006. When omitted, any public
   * host is accepted.
   */
  reservedDomains?: string[];
  /**
   * Reserved TCP addresses (`host:port`). When given, a public `tcp://` endpoint must use one
   * of them (else ERR_NGROK_18006). When omitted, any is accepted.
   */
  reservedAddrs?: string[];
  /** Read-only agent endpoints present from the start. */
  agentEndpoints?: FakeAgentEndpointSeed[];
  /** Cloud endpoints present from the start (validated like a POST; for example ones your tool must not touch). */
  cloudEndpoints?: CloudEndpointCreate[];
  /** Delay before every response, in ms (default 0). Change it later with `faults.latency()`. */
  latencyMs?: number;
  /** How the `filter` list parameter is handled: `subset` (default, see below) or `unsupported` (every filter gives 400). */
  filter?: 'subset' | 'unsupported';
  /** Refuse cloud policies that do not end in an unconditional terminating action (ERR_NGROK_2235). Default true. */
  requireTerminatingAction?: boolean;
  /** `error_code` of 404 bodies (unverified on the real API). Default: none. */
  notFoundErrorCode?: string;
  /** Most cloud endpoints the account may have (ERR_NGROK_18010). Default unlimited. */
  maxEndpoints?: number;
  /** Clock for `created_at`/`updated_at` (default `() => new Date()`). */
  now?: () => Date;
}

/** A read-only agent endpoint to seed. */
export interface FakeAgentEndpointSeed {
  url: string;
  /** `agent` (default) or `ephemeral`; both spellings occur in ngrok's documentation. */
  type?: 'agent' | 'ephemeral';
  bindings?: string[];
  pooling_enabled?: boolean;
  traffic_policy?: string;
  description?: string;
  metadata?: string;
  upstream_url?: string;
}

/** One request the fake received. `Authorization` is never recorded. */
export interface FakeCall {
  /** 1-based arrival order. */
  seq: number;
  method: string;
  /** URL path, such as `/endpoints/ep_…`. */
  path: string;
  /** Decoded query string including the `?`, or `''`. */
  query: string;
  /** Status sent, or 0 when the connection was dropped instead of answering. */
  status: number;
  errorCode?: string;
  /** The injected fault that decided this answer, if any. */
  fault?: 'rate-limit' | 'error' | 'drop-before' | 'drop-after' | 'error-after';
}

/** Which requests a fault applies to. */
export interface FaultMatch {
  /** HTTP methods (default: every method). */
  methods?: string[];
  /** Only paths starting with this (such as `/endpoints`), or matching this RegExp. */
  path?: string | RegExp;
  /** Let this many matching requests through before the fault starts (default 0). */
  skip?: number;
}

/** Fault injection controls. Faults are consumed in the order they were added. */
export interface FakeFaults {
  /** Sets the delay before every response, in ms. */
  latency(ms: number): void;
  /** The next `count` matching requests (default 1) get 429 ERR_NGROK_226, with `Retry-After: <retryAfterSeconds>` unless it is `null` (default 1). */
  rateLimit(options?: FaultMatch & { count?: number; retryAfterSeconds?: number | null }): void;
  /**
   * The next `count` matching requests (default 1) get an error status (default 500). With
   * `when: 'after'` the request is carried out first and the error is sent instead of the
   * success: the write happened but the client cannot know it.
   */
  serverError(options?: FaultMatch & { count?: number; status?: number; errorCode?: string; msg?: string; when?: 'before' | 'after' }): void;
  /**
   * The next `count` matching requests (default 1) get their connection destroyed with no
   * answer. `when: 'before'` (default) drops before doing anything; `'after'` carries the
   * request out (a create creates) and then drops: the lost-response case.
   */
  dropConnection(options?: FaultMatch & { count?: number; when?: 'before' | 'after' }): void;
  /**
   * The `n`th write (POST/PATCH/DELETE, counted from now, 1-based) fails with `status`
   * (default 500) and `errorCode`, without taking effect (or after taking effect with
   * `when: 'after'`). Use `status: 'drop'` to drop its connection instead.
   */
  failWrite(n: number, options?: { status?: number | 'drop'; errorCode?: string; msg?: string; when?: 'before' | 'after' }): void;
  /**
   * Stale-list mode: while on, each endpoint created is missing from the next `lists` list
   * requests (default 1), as an eventually consistent index would behave. `false` turns it off
   * and makes every endpoint visible again at once.
   */
  staleList(lists?: number | false): void;
  /** When on, the last page of a list still carries a `next_page_uri`, which leads to an empty page. */
  emptyLastPage(on?: boolean): void;
  /** Removes every pending fault and resets latency, stale mode (all endpoints visible again) and the empty-page switch. */
  clear(): void;
  /** How many injected faults have not fired yet. */
  pending(): number;
}

/** The fake's in-memory account, for setting up and asserting. Returned objects are copies. */
export interface FakeState {
  /** Every endpoint, newest first (cloud and agent). */
  endpoints(): Endpoint[];
  /** Cloud endpoints only, newest first. */
  cloudEndpoints(): Endpoint[];
  /** The endpoint with this id (`ep_…`), or undefined. */
  getEndpoint(id: string): Endpoint | undefined;
  /** Adds a cloud endpoint as a POST would (throws an Error with the API's message when the body is refused). */
  addCloudEndpoint(body: CloudEndpointCreate): Endpoint;
  /** Adds a read-only agent endpoint. */
  addAgentEndpoint(seed: FakeAgentEndpointSeed): Endpoint;
  /** Removes any endpoint (agent endpoints too, as if the agent went offline). */
  removeEndpoint(id: string): boolean;
  /** Changes a cloud endpoint behind the client's back (for drift tests). No validation. */
  tamperEndpoint(id: string, fields: Partial<Pick<Endpoint, 'traffic_policy' | 'description' | 'metadata' | 'pooling_enabled' | 'bindings'>>): void;
  /** Reserves a domain (as `reservedDomains` does at start), so endpoints on it are accepted. */
  reserveDomain(domain: string): ReservedDomain;
  /** Reserves a TCP address `host:port` (as `reservedAddrs` does at start). */
  reserveAddr(addr: string): ReservedAddr;
  /** Every reserved domain. */
  reservedDomains(): ReservedDomain[];
  /** Every reserved TCP address. */
  reservedAddrs(): ReservedAddr[];
  /** Removes every endpoint. */
  clearEndpoints(): void;
}

/** A running fake. */
export interface FakeNgrokApi {
  /** Base URL, such as `http://127.0.0.1:41234` (no trailing slash). */
  url: string;
  /** The API key it accepts. */
  apiKey: string;
  state: FakeState;
  faults: FakeFaults;
  /** Every request received, in order (mutable: `calls.length = 0` forgets them). */
  calls: FakeCall[];
  /** Stops the server and drops open connections. */
  close(): Promise<void>;
}

const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

function base62(n: number, width: number): string {
  let s = '';
  let v = n;
  while (v > 0) {
    s = B62[v % 62] + s;
    v = Math.floor(v / 62);
  }
  return s.padStart(width, '0');
}

function randomB62(len: number): string {
  const bytes = randomBytes(len);
  let s = '';
  for (const b of bytes) s += B62[b % 62];
  return s;
}

/** A failed request inside the fake: becomes the standard error body. */
class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string | undefined,
    msg: string,
  ) {
    super(msg);
  }
}

const fail = (status: number, code: string | undefined, msg: string): never => {
  throw new ApiFailure(status, code, msg);
};

const CREATE_FIELDS = ['type', 'url', 'traffic_policy', 'description', 'metadata', 'bindings', 'pooling_enabled'] as const;
const UPDATE_FIELDS = ['id', 'url', 'traffic_policy', 'description', 'metadata', 'bindings', 'pooling_enabled'] as const;
const SCHEMES = new Set(['http', 'https', 'tcp', 'tls']);
const DEFAULT_PORT: Record<string, number> = { http: 80, https: 443, tls: 443 };
const POLICY_KEYS = new Set(['on_tcp_connect', 'on_http_request', 'on_http_response', 'on_event_stream_message', 'inbound', 'outbound']);

interface ParsedUrl {
  scheme: string;
  host: string;
  port: number;
  url: string;
  hostport: string;
}

interface Stored {
  ep: Endpoint;
  /** List requests this endpoint is still hidden from (stale-list mode). */
  hiddenLists: number;
}

interface FaultRule {
  kind: 'rate-limit' | 'error' | 'drop';
  methods?: string[];
  path?: string | RegExp;
  skip: number;
  remaining: number;
  status: number;
  errorCode?: string;
  msg?: string;
  retryAfterSeconds?: number | null;
  when: 'before' | 'after';
}

/**
 * Starts a fake ngrok API on 127.0.0.1 (ephemeral port unless `options.port`). Resolves once
 * it listens. Always `close()` it (for example in `afterEach`).
 */
export async function startFakeNgrokApi(options: FakeNgrokApiOptions = {}): Promise<FakeNgrokApi> {
  const apiKey = options.apiKey ?? `fake_${randomB62(24)}`;
  const now = options.now ?? (() => new Date());
  const filterMode = options.filter ?? 'subset';
  const requireTerminating = options.requireTerminatingAction ?? true;
  let latencyMs = options.latencyMs ?? 0;
  let staleLists = 0;
  let emptyLastPage = false;
  let idSeq = 0;
  let callSeq = 0;
  let base = '';
  const endpoints = new Map<string, Stored>();
  const domains: ReservedDomain[] = [];
  const addrs: ReservedAddr[] = [];
  const enforceDomains = options.reservedDomains !== undefined;
  const enforceAddrs = options.reservedAddrs !== undefined;
  const rules: FaultRule[] = [];
  const calls: FakeCall[] = [];

  const newId = (prefix: string) => `${prefix}_${base62(++idSeq, 8)}${randomB62(19)}`;
  const stamp = () => now().toISOString().replace(/\.\d+Z$/, 'Z');
  const opId = () => `op_${randomB62(27)}`;

  const reserveDomain = (domain: string): ReservedDomain => {
    const id = newId('rd');
    const d: ReservedDomain = {
      id,
      uri: `${base}/reserved_domains/${id}`,
      created_at: stamp(),
      domain: domain.toLowerCase(),
      region: '',
      description: '',
      metadata: '',
      cname_target: null,
      certificate: null,
      certificate_management_policy: null,
      certificate_management_status: null,
      acme_challenge_cname_target: null,
    };
    domains.push(d);
    return d;
  };
  const reserveAddr = (addr: string): ReservedAddr => {
    const id = newId('ra');
    const a: ReservedAddr = { id, uri: `${base}/reserved_addrs/${id}`, created_at: stamp(), description: '', metadata: '', addr: addr.toLowerCase(), region: 'us' };
    addrs.push(a);
    return a;
  };

  const domainFor = (host: string): ReservedDomain | undefined =>
    domains.find((d) => d.domain === host) ??
    domains.find((d) => d.domain.startsWith('*.') && !host.startsWith('*.') && host.endsWith(d.domain.slice(1)));

  function parseEndpointUrl(raw: string): ParsedUrl {
    const mm = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/:?#\s]+)(?::([^/?#]*))?(\/[^\s]*)?$/.exec(raw.trim());
    if (!mm) return fail(400, 'ERR_NGROK_18001', `The URL '${raw}' is not a valid endpoint URL; use scheme://host[:port].`);
    const scheme = mm[1]!.toLowerCase();
    if (!SCHEMES.has(scheme)) return fail(400, 'ERR_NGROK_18022', `The URL scheme '${scheme}' is not supported; use http, https, tcp or tls.`);
    if (mm[4] !== undefined && mm[4] !== '/') return fail(400, 'ERR_NGROK_18001', 'A cloud endpoint URL may not have a path, query or fragment.');
    const host = mm[2]!.toLowerCase();
    let port: number;
    if (mm[3] !== undefined) {
      if (!/^\d{1,5}$/.test(mm[3]) || Number(mm[3]) < 1 || Number(mm[3]) > 65535) return fail(400, 'ERR_NGROK_18003', `The port '${mm[3]}' is not valid.`);
      port = Number(mm[3]);
    } else {
      const d = DEFAULT_PORT[scheme];
      if (d === undefined) return fail(400, 'ERR_NGROK_18003', `A ${scheme} URL needs a port.`);
      port = d;
    }
    const shown = DEFAULT_PORT[scheme] === port ? `${scheme}://${host}` : `${scheme}://${host}:${port}`;
    return { scheme, host, port, url: shown, hostport: `${host}:${port}` };
  }

  function checkBindings(value: unknown, u: ParsedUrl): string[] {
    let bindings: string[];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) bindings = [u.host.endsWith('.internal') ? 'internal' : 'public'];
    else if (!Array.isArray(value) || !value.every((b) => typeof b === 'string')) return fail(400, 'ERR_NGROK_215', "The field 'bindings' must be a list of strings.");
    else bindings = value as string[];
    if (bindings.length !== 1) return fail(400, 'ERR_NGROK_18014', "The field 'bindings' must hold exactly one binding.");
    const b = bindings[0]!;
    if (!['public', 'internal', 'kubernetes'].includes(b)) return fail(400, 'ERR_NGROK_18014', `The binding '${b}' is not one of public, internal, kubernetes.`);
    if (b === 'internal' && !u.host.endsWith('.internal')) return fail(400, 'ERR_NGROK_18001', `An internal endpoint's host must end in '.internal', not '${u.host}'.`);
    if (b === 'public' && u.host.endsWith('.internal')) return fail(400, 'ERR_NGROK_18001', `The host '${u.host}' ends in '.internal'; it needs the internal binding.`);
    if (b === 'kubernetes' && (u.host.split('.').length !== 2 || u.host.includes('*'))) return fail(400, 'ERR_NGROK_18001', 'A kubernetes endpoint host must be exactly name.namespace.');
    if (b === 'public') {
      if (u.scheme === 'http' && u.port !== 80) return fail(400, 'ERR_NGROK_18023', 'Public http endpoints must use port 80.');
      if ((u.scheme === 'https' || u.scheme === 'tls') && u.port !== 443) return fail(400, 'ERR_NGROK_18023', `Public ${u.scheme} endpoints must use port 443.`);
      if (u.scheme === 'tcp') {
        if (enforceAddrs && !addrs.some((a) => a.addr === u.hostport)) return fail(400, 'ERR_NGROK_18006', `No reserved TCP address in this account matches '${u.hostport}'.`);
      } else if (enforceDomains && !domainFor(u.host)) {
        return fail(400, 'ERR_NGROK_18006', `No reserved domain in this account matches '${u.host}'. Reserve it first.`);
      }
    }
    return [b];
  }

  function checkPolicy(value: unknown, scheme: string): string {
    if (value === undefined || value === '') return fail(400, 'ERR_NGROK_18015', "The field 'traffic_policy' is required for cloud endpoints.");
    if (typeof value !== 'string') return fail(400, 'ERR_NGROK_215', "The field 'traffic_policy' must be a string holding JSON or YAML.");
    let doc: unknown;
    try {
      doc = JSON.parse(value);
    } catch {
      try {
        doc = parseYaml(value, { maxAliasCount: 100 });
      } catch (e) {
        return fail(400, 'ERR_NGROK_2236', `The traffic policy could not be parsed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
      }
    }
    if (!doc || typeof doc !== 'object' || Array.isArray(doc)) return fail(400, 'ERR_NGROK_18002', 'The traffic policy must be a mapping of phase names to rule lists.');
    for (const [k, rulesOf] of Object.entries(doc as Record<string, unknown>)) {
      if (!POLICY_KEYS.has(k)) return fail(400, 'ERR_NGROK_18002', `The traffic policy is invalid: unknown phase '${k}'.`);
      if (rulesOf === null) continue;
      if (!Array.isArray(rulesOf)) return fail(400, 'ERR_NGROK_18002', `The traffic policy is invalid: '${k}' must be a list of rules.`);
      for (const r of rulesOf as unknown[]) {
        const acts = r && typeof r === 'object' ? (r as { actions?: unknown }).actions : undefined;
        if (!Array.isArray(acts) || acts.length === 0) return fail(400, 'ERR_NGROK_18002', `The traffic policy is invalid: every rule of '${k}' needs at least one action.`);
        if (!acts.every((a) => a && typeof a === 'object' && typeof (a as { type?: unknown }).type === 'string')) {
          return fail(400, 'ERR_NGROK_18002', `The traffic policy is invalid: every action of '${k}' needs a 'type'.`);
        }
      }
    }
    if (requireTerminating) {
      const d = doc as Record<string, unknown>;
      const phases = scheme === 'tcp' || scheme === 'tls' ? ['on_tcp_connect'] : ['on_tcp_connect', 'on_http_request', 'inbound'];
      const ends = phases.some((ph) =>
        ((d[ph] as unknown[] | undefined) ?? []).some((r) => {
          const rule = r as { expressions?: unknown[]; actions: unknown[] };
          const unconditional = !Array.isArray(rule.expressions) || rule.expressions.length === 0;
          return unconditional && rule.actions.some((a) => isTerminalAction(a) || (a as { type: string }).type === 'redirect');
        }),
      );
      if (!ends) return fail(400, 'ERR_NGROK_2235', 'The traffic policy of a cloud endpoint must always end in a terminating action (such as forward-internal, custom-response, redirect, deny or close-connection) that runs unconditionally.');
    }
    return value;
  }

  function checkStrings(body: Record<string, unknown>): void {
    for (const f of ['description', 'metadata', 'url'] as const) {
      if (body[f] !== undefined && typeof body[f] !== 'string') fail(400, 'ERR_NGROK_215', `The field '${f}' must be a string.`);
    }
    if (body['pooling_enabled'] !== undefined && typeof body['pooling_enabled'] !== 'boolean') fail(400, 'ERR_NGROK_215', "The field 'pooling_enabled' must be a boolean.");
    if (typeof body['description'] === 'string' && body['description'].length > 255) fail(400, 'ERR_NGROK_18012', 'The description is longer than 255 characters.');
    if (typeof body['metadata'] === 'string' && body['metadata'].length > 4096) fail(400, 'ERR_NGROK_18013', 'The metadata is longer than 4096 characters.');
  }

  /** Conflict rules of a cloud endpoint on (url, binding) against the others. */
  function checkConflicts(url: string, binding: string, pooling: boolean, selfId?: string): void {
    const others = [...endpoints.values()].map((s) => s.ep).filter((e) => e.id !== selfId && e.url === url && (e.bindings ?? [])[0] === binding);
    if (others.length === 0) return;
    if (!pooling) {
      if (others.some((e) => e.type === 'cloud' && !e.pooling_enabled)) fail(400, 'ERR_NGROK_18009', `A cloud endpoint already exists on the URL '${url}'.`);
      fail(400, 'ERR_NGROK_18017', `Another endpoint is online on '${url}'; this endpoint has pooling disabled, so it cannot join it.`);
    }
    if (others.some((e) => !e.pooling_enabled)) fail(400, 'ERR_NGROK_18016', `An endpoint without pooling exists on '${url}'; enable pooling on both to share the URL.`);
  }

  function unknownFields(body: Record<string, unknown>, allowed: readonly string[]): void {
    const extra = Object.keys(body).filter((k) => !allowed.includes(k));
    if (extra.length > 0) fail(400, 'ERR_NGROK_214', `Unknown field '${extra[0]}'. Supported fields: ${allowed.join(', ')}.`);
  }

  function createCloud(body: Record<string, unknown>): Endpoint {
    unknownFields(body, CREATE_FIELDS);
    checkStrings(body);
    if (body['type'] === undefined) fail(400, 'ERR_NGROK_18015', "The field 'type' is required.");
    if (body['type'] !== 'cloud') fail(400, 'ERR_NGROK_18014', "The field 'type' must be 'cloud': only cloud endpoints can be created through the API.");
    if (body['url'] === undefined || body['url'] === '') fail(400, 'ERR_NGROK_18015', "The field 'url' is required.");
    const u = parseEndpointUrl(body['url'] as string);
    const bindings = checkBindings(body['bindings'], u);
    const policy = checkPolicy(body['traffic_policy'], u.scheme);
    const pooling = (body['pooling_enabled'] as boolean | undefined) ?? false;
    if (options.maxEndpoints !== undefined && [...endpoints.values()].filter((s) => s.ep.type === 'cloud').length >= options.maxEndpoints) {
      fail(400, 'ERR_NGROK_18010', `The account has reached its limit of ${options.maxEndpoints} cloud endpoints.`);
    }
    checkConflicts(u.url, bindings[0]!, pooling);
    const id = newId('ep');
    const t = stamp();
    const ep: Endpoint = {
      id,
      uri: `${base}/endpoints/${id}`,
      type: 'cloud',
      url: u.url,
      public_url: u.url,
      proto: u.scheme,
      hostport: u.hostport,
      bindings,
      traffic_policy: policy,
      pooling_enabled: pooling,
      created_at: t,
      updated_at: t,
    };
    if (typeof body['description'] === 'string' && body['description'] !== '') ep.description = body['description'];
    if (typeof body['metadata'] === 'string' && body['metadata'] !== '') ep.metadata = body['metadata'];
    attachRefs(ep, u, bindings[0]!);
    endpoints.set(id, { ep, hiddenLists: staleLists });
    return structuredClone(ep);
  }

  function attachRefs(ep: Endpoint, u: ParsedUrl, binding: string): void {
    delete ep.domain;
    delete ep.tcp_addr;
    if (binding !== 'public') return;
    if (u.scheme === 'tcp') {
      const a = addrs.find((x) => x.addr === u.hostport);
      if (a) ep.tcp_addr = { id: a.id, uri: a.uri ?? '' };
    } else {
      const d = domainFor(u.host);
      if (d) ep.domain = { id: d.id, uri: d.uri ?? '' };
    }
  }

  function updateCloud(id: string, body: Record<string, unknown>): Endpoint {
    const s = endpoints.get(id) ?? fail(404, options.notFoundErrorCode, `Endpoint '${id}' was not found.`);
    if (s.ep.type !== 'cloud') fail(400, 'ERR_NGROK_18014', `Endpoint '${id}' is a ${s.ep.type} endpoint; only cloud endpoints can be changed through the API.`);
    unknownFields(body, UPDATE_FIELDS);
    if (body['id'] !== undefined && body['id'] !== id) fail(400, 'ERR_NGROK_215', "The field 'id' does not match the endpoint in the path.");
    const fields = Object.keys(body).filter((k) => k !== 'id' && body[k] !== undefined && body[k] !== null);
    if (fields.length === 0) fail(400, 'ERR_NGROK_18004', 'The update has no fields to change.');
    checkStrings(body);
    const cur = s.ep;
    let u = parseEndpointUrl(cur.url!);
    if (body['url'] !== undefined && body['url'] !== null) {
      const nu = parseEndpointUrl(body['url'] as string);
      if (nu.scheme !== u.scheme) fail(400, 'ERR_NGROK_18005', `The URL scheme cannot change (from '${u.scheme}' to '${nu.scheme}'); create a new endpoint instead.`);
      u = nu;
    }
    const bindings = checkBindings(body['bindings'] ?? cur.bindings, u);
    const policy = body['traffic_policy'] !== undefined && body['traffic_policy'] !== null ? checkPolicy(body['traffic_policy'], u.scheme) : cur.traffic_policy!;
    const pooling = (body['pooling_enabled'] as boolean | undefined) ?? cur.pooling_enabled ?? false;
    if (u.url !== cur.url || bindings[0] !== cur.bindings?.[0] || pooling !== cur.pooling_enabled) checkConflicts(u.url, bindings[0]!, pooling, id);
    const next: Endpoint = { ...cur, url: u.url, public_url: u.url, proto: u.scheme, hostport: u.hostport, bindings, traffic_policy: policy, pooling_enabled: pooling, updated_at: stamp() };
    for (const f of ['description', 'metadata'] as const) {
      const v = body[f];
      if (v === '') delete next[f];
      else if (typeof v === 'string') next[f] = v;
    }
    attachRefs(next, u, bindings[0]!);
    s.ep = next;
    return structuredClone(next);
  }

  function addAgent(seed: FakeAgentEndpointSeed): Endpoint {
    const u = parseEndpointUrl(seed.url);
    const id = newId('ep');
    const t = stamp();
    const ep: Endpoint = {
      id,
      uri: `${base}/endpoints/${id}`,
      type: seed.type ?? 'agent',
      url: u.url,
      public_url: u.url,
      proto: u.scheme,
      hostport: u.hostport,
      bindings: seed.bindings ?? [u.host.endsWith('.internal') ? 'internal' : 'public'],
      pooling_enabled: seed.pooling_enabled ?? false,
      name: 'command_line',
      upstream_url: seed.upstream_url ?? 'http://localhost:8080',
      upstream_protocol: 'http1',
      principal: { id: 'usr_' + randomB62(27), uri: '' },
      tunnel_session: { id: 'ts_' + randomB62(27), uri: `${base}/tunnel_sessions/ts_x` },
      created_at: t,
      updated_at: t,
    };
    if (seed.traffic_policy) ep.traffic_policy = seed.traffic_policy;
    if (seed.description) ep.description = seed.description;
    if (seed.metadata) ep.metadata = seed.metadata;
    endpoints.set(id, { ep, hiddenLists: 0 });
    return structuredClone(ep);
  }

  const newestFirst = () => [...endpoints.values()].sort((a, b) => (a.ep.id < b.ep.id ? 1 : a.ep.id > b.ep.id ? -1 : 0));

  function listPage<T extends { id: string }>(collection: string, key: string, all: T[], q: URLSearchParams): Record<string, unknown> {
    const limitText = q.get('limit');
    let limit = 100;
    if (limitText !== null) {
      if (!/^\d+$/.test(limitText) || Number(limitText) < 1 || Number(limitText) > 100) fail(400, 'ERR_NGROK_215', "The parameter 'limit' must be a whole number from 1 to 100.");
      limit = Number(limitText);
    }
    const filter = q.get('filter');
    let items = all;
    if (filter !== null && filter !== '') {
      if (filterMode === 'unsupported') fail(400, 'ERR_NGROK_215', 'Filtering is not supported on this resource.');
      let pred: (o: unknown) => boolean;
      try {
        pred = parseFilter(filter);
      } catch (e) {
        return fail(400, 'invalid_cel_expression', `The filter is not valid: ${e instanceof Error ? e.message : String(e)}.`);
      }
      items = items.filter(pred);
    }
    const before = q.get('before_id');
    if (before !== null && before !== '') items = items.filter((x) => x.id < before);
    const page = items.slice(0, limit);
    const more = items.length > limit || (emptyLastPage && page.length > 0);
    let next: string | null = null;
    if (more) {
      const nq = new URLSearchParams({ before_id: page[page.length - 1]!.id, limit: String(limit) });
      if (filter !== null && filter !== '') nq.set('filter', filter);
      next = `${base}${collection}?${nq.toString()}`;
    }
    return { [key]: page, uri: `${base}${collection}`, next_page_uri: next };
  }

  function route(method: string, path: string, q: URLSearchParams, body: Record<string, unknown> | undefined): { status: number; body?: unknown } {
    const parts = path.split('/').filter(Boolean);
    const col = parts[0];
    const id = parts.length === 2 ? decodeURIComponent(parts[1]!) : undefined;
    if (parts.length > 2 || !['endpoints', 'reserved_domains', 'reserved_addrs'].includes(col ?? '')) fail(404, options.notFoundErrorCode, `No API resource at '${path}'.`);
    const prefix = col === 'endpoints' ? 'ep_' : col === 'reserved_domains' ? 'rd_' : 'ra_';
    if (id !== undefined && !id.startsWith(prefix)) fail(400, 'ERR_NGROK_227', `The id '${id}' is not a valid id for ${col}; it must start with '${prefix}'.`);
    const methodNotAllowed = () => fail(405, undefined, `The method ${method} is not allowed on '${path}'.`);
    if (col === 'endpoints') {
      if (id === undefined) {
        if (method === 'GET') {
          const visible = newestFirst().filter((s) => s.hiddenLists === 0);
          for (const s of endpoints.values()) if (s.hiddenLists > 0) s.hiddenLists--;
          return { status: 200, body: listPage('/endpoints', 'endpoints', visible.map((s) => s.ep), q) };
        }
        if (method === 'POST') return { status: 201, body: createCloud(body ?? {}) };
        return methodNotAllowed();
      }
      if (method === 'GET') {
        const s = endpoints.get(id) ?? fail(404, options.notFoundErrorCode, `Endpoint '${id}' was not found.`);
        return { status: 200, body: s.ep };
      }
      if (method === 'PATCH') return { status: 200, body: updateCloud(id, body ?? {}) };
      if (method === 'DELETE') {
        const s = endpoints.get(id) ?? fail(404, options.notFoundErrorCode, `Endpoint '${id}' was not found.`);
        if (s.ep.type !== 'cloud') fail(400, 'ERR_NGROK_18014', `Endpoint '${id}' is a ${s.ep.type} endpoint; only cloud endpoints can be deleted through the API.`);
        endpoints.delete(id);
        return { status: 204 };
      }
      return methodNotAllowed();
    }
    const list = (col === 'reserved_domains' ? domains : addrs) as { id: string }[];
    if (method !== 'GET') return methodNotAllowed();
    if (id === undefined) return { status: 200, body: listPage(`/${col}`, col!, [...list].sort((a, b) => (a.id < b.id ? 1 : -1)), q) };
    const found = list.find((x) => x.id === id) ?? fail(404, options.notFoundErrorCode, `No ${col === 'reserved_domains' ? 'reserved domain' : 'reserved address'} '${id}'.`);
    return { status: 200, body: found };
  }

  function pickFault(method: string, path: string): FaultRule | undefined {
    let chosen: FaultRule | undefined;
    for (const r of rules) {
      if (r.remaining <= 0) continue;
      if (r.methods && !r.methods.includes(method)) continue;
      if (r.path !== undefined && !(typeof r.path === 'string' ? path.startsWith(r.path) : r.path.test(path))) continue;
      if (r.skip > 0) {
        r.skip--;
        continue;
      }
      if (!chosen) {
        chosen = r;
        r.remaining--;
      }
    }
    for (let i = rules.length - 1; i >= 0; i--) if (rules[i]!.remaining <= 0) rules.splice(i, 1);
    return chosen;
  }

  const openSockets = new Set<Socket>();
  const server: Server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) {
        res.statusCode = 500;
        res.end();
      }
    });
  });
  server.keepAliveTimeout = 1000;
  server.on('connection', (sock) => {
    openSockets.add(sock);
    sock.on('close', () => openSockets.delete(sock));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const u = new URL(req.url ?? '/', 'http://127.0.0.1');
    const call: FakeCall = { seq: ++callSeq, method, path: u.pathname, query: u.search ? decodeURIComponent(u.search.replace(/\+/g, ' ')) : '', status: 0 };
    calls.push(call);
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    if (latencyMs > 0) await new Promise((r) => setTimeout(r, latencyMs));
    const op = opId();
    const send = (status: number, payload: unknown, headers: Record<string, string> = {}) => {
      call.status = status;
      if (payload && typeof payload === 'object' && 'error_code' in payload && typeof (payload as { error_code: unknown }).error_code === 'string') {
        call.errorCode = (payload as { error_code: string }).error_code;
      }
      res.setHeader('ngrok-operation-id', op);
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      if (status === 204 || payload === undefined) {
        res.statusCode = status;
        res.end();
        return;
      }
      const text = JSON.stringify(payload);
      res.statusCode = status;
      res.setHeader('content-type', 'application/json');
      res.setHeader('content-length', Buffer.byteLength(text));
      res.end(text);
    };
    const errorBody = (status: number, code: string | undefined, msg: string) => {
      const b: Record<string, unknown> = { status_code: status, msg, details: { operation_id: op } };
      if (code !== undefined) b['error_code'] = code;
      return b;
    };
    const drop = () => {
      call.status = 0;
      req.socket.destroy();
    };

    const fault = pickFault(method, u.pathname);
    if (fault && fault.when === 'before') {
      if (fault.kind === 'drop') {
        call.fault = 'drop-before';
        drop();
        return;
      }
      if (fault.kind === 'rate-limit') {
        call.fault = 'rate-limit';
        const headers: Record<string, string> = {};
        if (fault.retryAfterSeconds !== null && fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
        send(429, errorBody(429, 'ERR_NGROK_226', 'You have exceeded the rate limit of 120 requests per minute. Please slow down.'), headers);
        return;
      }
      call.fault = 'error';
      send(fault.status, errorBody(fault.status, fault.errorCode, fault.msg ?? 'An internal server error occurred.'));
      return;
    }

    let result: { status: number; body?: unknown };
    try {
      result = processRequest(req, method, u, raw);
    } catch (e) {
      if (!(e instanceof ApiFailure)) throw e;
      send(e.status, errorBody(e.status, e.errorCode, e.message));
      return;
    }
    if (fault && fault.when === 'after') {
      if (fault.kind === 'drop') {
        call.fault = 'drop-after';
        drop();
        return;
      }
      call.fault = 'error-after';
      send(fault.status, errorBody(fault.status, fault.errorCode, fault.msg ?? 'An internal server error occurred.'));
      return;
    }
    send(result.status, result.body);
  }

  function processRequest(req: IncomingMessage, method: string, u: URL, raw: string): { status: number; body?: unknown } {
    const auth = req.headers['authorization'];
    if (auth === undefined || auth === '') fail(401, 'ERR_NGROK_200', 'The request has no Authorization header. Send `Authorization: Bearer <API key>`.');
    const mm = /^Bearer\s+(\S+)\s*$/i.exec(String(auth));
    if (!mm) fail(401, 'ERR_NGROK_201', 'The Authorization header could not be parsed; it must be `Bearer <API key>`.');
    if (mm![1] !== apiKey) fail(401, 'ERR_NGROK_202', 'The API key is not valid. Check that you are using an API key (not an authtoken) and that it has not been deleted.');
    const version = req.headers['ngrok-version'];
    if (version === undefined || version === '') fail(400, 'ERR_NGROK_218', 'No API version was given; send the Ngrok-Version header. Supported: 2.');
    if (String(version).trim() !== '2') fail(400, 'ERR_NGROK_217', `The API version '${String(version)}' is not supported. Supported: 2.`);
    let body: Record<string, unknown> | undefined;
    if (raw.length > 0) {
      if (method === 'GET' || method === 'DELETE') fail(400, 'ERR_NGROK_211', `A ${method} request must not have a body.`);
      const ct = req.headers['content-type'];
      if (ct === undefined || ct === '') fail(400, 'ERR_NGROK_216', 'The request has a body but no Content-Type header; use application/json.');
      if (!/^application\/json\s*(;.*)?$/i.test(String(ct))) fail(400, 'ERR_NGROK_210', `The Content-Type '${String(ct)}' is not supported; use application/json.`);
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        return fail(400, 'ERR_NGROK_213', 'The request body is not valid JSON.');
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) fail(400, 'ERR_NGROK_213', 'The request body must be a JSON object.');
      body = parsed as Record<string, unknown>;
    }
    return route(method, u.pathname.replace(/\/+$/, '') || '/', u.searchParams, body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;

  for (const d of options.reservedDomains ?? []) reserveDomain(d);
  for (const a of options.reservedAddrs ?? []) reserveAddr(a);
  const setup = (fn: () => void) => {
    try {
      fn();
    } catch (e) {
      if (e instanceof ApiFailure) throw new Error(`fake ngrok API: the seed was refused: ${e.errorCode ?? e.status} ${e.message}`);
      throw e;
    }
  };
  for (const seed of options.agentEndpoints ?? []) setup(() => addAgent(seed));
  for (const body of options.cloudEndpoints ?? []) setup(() => createCloud({ ...body } as Record<string, unknown>));

  const addRule = (r: Partial<FaultRule> & Pick<FaultRule, 'kind'>, m: FaultMatch & { count?: number }) => {
    const rule: FaultRule = { status: 500, when: 'before', ...r, skip: m.skip ?? 0, remaining: m.count ?? 1 };
    if (m.methods) rule.methods = m.methods.map((x) => x.toUpperCase());
    if (m.path !== undefined) rule.path = m.path;
    rules.push(rule);
  };

  const faults: FakeFaults = {
    latency(ms) {
      latencyMs = Math.max(0, ms);
    },
    rateLimit(o = {}) {
      addRule({ kind: 'rate-limit', status: 429, retryAfterSeconds: o.retryAfterSeconds === undefined ? 1 : o.retryAfterSeconds }, o);
    },
    serverError(o = {}) {
      const r: Partial<FaultRule> & Pick<FaultRule, 'kind'> = { kind: 'error', status: o.status ?? 500, when: o.when ?? 'before' };
      if (o.errorCode !== undefined) r.errorCode = o.errorCode;
      if (o.msg !== undefined) r.msg = o.msg;
      addRule(r, o);
    },
    dropConnection(o = {}) {
      addRule({ kind: 'drop', when: o.when ?? 'before' }, o);
    },
    failWrite(n, o = {}) {
      const writes = ['POST', 'PATCH', 'DELETE'];
      const m = { methods: writes, skip: Math.max(0, n - 1), count: 1 };
      if (o.status === 'drop') addRule({ kind: 'drop', when: o.when ?? 'before' }, m);
      else {
        const r: Partial<FaultRule> & Pick<FaultRule, 'kind'> = { kind: 'error', status: o.status ?? 500, when: o.when ?? 'before' };
        if (o.errorCode !== undefined) r.errorCode = o.errorCode;
        if (o.msg !== undefined) r.msg = o.msg;
        addRule(r, m);
      }
    },
    staleList(lists = 1) {
      staleLists = lists === false ? 0 : Math.max(0, lists);
      if (lists === false) for (const s of endpoints.values()) s.hiddenLists = 0;
    },
    emptyLastPage(on = true) {
      emptyLastPage = on;
    },
    clear() {
      rules.length = 0;
      latencyMs = 0;
      staleLists = 0;
      for (const s of endpoints.values()) s.hiddenLists = 0;
      emptyLastPage = false;
    },
    pending() {
      return rules.reduce((n, r) => n + r.remaining, 0);
    },
  };

  const state: FakeState = {
    endpoints: () => newestFirst().map((s) => structuredClone(s.ep)),
    cloudEndpoints: () => newestFirst().filter((s) => s.ep.type === 'cloud').map((s) => structuredClone(s.ep)),
    getEndpoint: (id) => {
      const s = endpoints.get(id);
      return s ? structuredClone(s.ep) : undefined;
    },
    addCloudEndpoint: (body) => {
      let out!: Endpoint;
      setup(() => {
        out = createCloud({ ...body } as Record<string, unknown>);
      });
      const s = endpoints.get(out.id);
      if (s) s.hiddenLists = 0;
      return out;
    },
    addAgentEndpoint: (seed) => {
      let out!: Endpoint;
      setup(() => {
        out = addAgent(seed);
      });
      return out;
    },
    removeEndpoint: (id) => endpoints.delete(id),
    tamperEndpoint: (id, fields) => {
      const s = endpoints.get(id);
      if (!s) throw new Error(`fake ngrok API: no endpoint '${id}'`);
      s.ep = { ...s.ep, ...structuredClone(fields), updated_at: stamp() };
    },
    reserveDomain,
    reserveAddr,
    reservedDomains: () => structuredClone(domains),
    reservedAddrs: () => structuredClone(addrs),
    clearEndpoints: () => endpoints.clear(),
  };

  return {
    url: base,
    apiKey,
    state,
    faults,
    calls,
    close: async () => {
      for (const s of openSockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

// ---- the list filter subset ----
//
// The fake understands this part of ngrok's CEL `filter` language: `obj.a.b`, string/number/bool/null
// literals, lists, `==` `!=` `<` `<=` `>` `>=`, `in`, `&&`, `||`, `!` and parentheses. Anything else
// (functions such as startsWith, arithmetic, indexing) is answered with HTTP 400, so a client's
// fallback path (list everything and filter locally) gets exercised.

/** A filter the fake cannot read. */
class FilterSyntaxError extends Error {
  override readonly name = 'FilterSyntaxError';
}

type Node =
  | { k: 'lit'; v: unknown }
  | { k: 'field'; path: string[] }
  | { k: 'list'; items: Node[] }
  | { k: 'not'; e: Node }
  | { k: 'bin'; op: string; l: Node; r: Node };

type Tok = { t: 'str' | 'num' | 'id' | 'op'; v: string };

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== c) {
        if (src[j] === '\\' && j + 1 < src.length) {
          s += src[j + 1];
          j += 2;
        } else s += src[j++];
      }
      if (j >= src.length) throw new FilterSyntaxError('unterminated string');
      out.push({ t: 'str', v: s });
      i = j + 1;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (['==', '!=', '<=', '>=', '&&', '||'].includes(two)) {
      out.push({ t: 'op', v: two });
      i += 2;
      continue;
    }
    if ('<>!()[],.'.includes(c)) {
      out.push({ t: 'op', v: c });
      i++;
      continue;
    }
    const num = /^-?\d+(\.\d+)?/.exec(src.slice(i));
    if (num) {
      out.push({ t: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (id) {
      out.push({ t: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    throw new FilterSyntaxError(`unexpected character '${c}'`);
  }
  return out;
}

/** Parses a filter; throws {@link FilterSyntaxError} for anything outside the subset. */
function parseFilter(src: string): (obj: unknown) => boolean {
  const toks = lex(src);
  let p = 0;
  const peek = () => toks[p];
  const eat = (v: string) => {
    const t = toks[p];
    if (!t || t.t !== 'op' || t.v !== v) throw new FilterSyntaxError(`expected '${v}'`);
    p++;
  };
  const isOp = (v: string) => peek()?.t === 'op' && peek()?.v === v;
  const isId = (v: string) => peek()?.t === 'id' && peek()?.v === v;

  const primary = (): Node => {
    const t = peek();
    if (!t) throw new FilterSyntaxError('unexpected end of filter');
    if (t.t === 'str') {
      p++;
      return { k: 'lit', v: t.v };
    }
    if (t.t === 'num') {
      p++;
      return { k: 'lit', v: Number(t.v) };
    }
    if (t.t === 'op' && t.v === '(') {
      p++;
      const e = or();
      eat(')');
      return e;
    }
    if (t.t === 'op' && t.v === '[') {
      p++;
      const items: Node[] = [];
      if (!isOp(']')) {
        items.push(or());
        while (isOp(',')) {
          p++;
          items.push(or());
        }
      }
      eat(']');
      return { k: 'list', items };
    }
    if (t.t === 'id') {
      p++;
      if (t.v === 'true' || t.v === 'false') return { k: 'lit', v: t.v === 'true' };
      if (t.v === 'null') return { k: 'lit', v: null };
      if (t.v !== 'obj') throw new FilterSyntaxError(`unknown name '${t.v}'`);
      const path: string[] = [];
      while (isOp('.')) {
        p++;
        const f = peek();
        if (!f || f.t !== 'id') throw new FilterSyntaxError('expected a field name');
        p++;
        path.push(f.v);
      }
      if (isOp('(')) throw new FilterSyntaxError('functions are not supported by this fake');
      if (path.length === 0) throw new FilterSyntaxError("'obj' needs a field");
      return { k: 'field', path };
    }
    throw new FilterSyntaxError(`unexpected '${t.v}'`);
  };
  const unary = (): Node => {
    if (isOp('!')) {
      p++;
      return { k: 'not', e: unary() };
    }
    return primary();
  };
  const rel = (): Node => {
    const l = unary();
    const t = peek();
    if (t?.t === 'op' && ['==', '!=', '<', '<=', '>', '>='].includes(t.v)) {
      p++;
      return { k: 'bin', op: t.v, l, r: unary() };
    }
    if (isId('in')) {
      p++;
      return { k: 'bin', op: 'in', l, r: unary() };
    }
    return l;
  };
  const and = (): Node => {
    let l = rel();
    while (isOp('&&')) {
      p++;
      l = { k: 'bin', op: '&&', l, r: rel() };
    }
    return l;
  };
  const or = (): Node => {
    let l = and();
    while (isOp('||')) {
      p++;
      l = { k: 'bin', op: '||', l, r: and() };
    }
    return l;
  };
  const root = or();
  if (p !== toks.length) throw new FilterSyntaxError(`unexpected '${toks[p]!.v}'`);

  const ev = (n: Node, obj: unknown): unknown => {
    switch (n.k) {
      case 'lit':
        return n.v;
      case 'list':
        return n.items.map((x) => ev(x, obj));
      case 'field': {
        let cur: unknown = obj;
        for (const f of n.path) cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[f] : undefined;
        return cur === undefined ? null : cur;
      }
      case 'not':
        return !truthy(ev(n.e, obj));
      case 'bin': {
        if (n.op === '&&') return truthy(ev(n.l, obj)) && truthy(ev(n.r, obj));
        if (n.op === '||') return truthy(ev(n.l, obj)) || truthy(ev(n.r, obj));
        const l = ev(n.l, obj);
        const r = ev(n.r, obj);
        switch (n.op) {
          case '==':
            return JSON.stringify(l) === JSON.stringify(r);
          case '!=':
            return JSON.stringify(l) !== JSON.stringify(r);
          case 'in':
            return Array.isArray(r) && r.some((x) => JSON.stringify(x) === JSON.stringify(l));
          default: {
            if (!((typeof l === 'string' && typeof r === 'string') || (typeof l === 'number' && typeof r === 'number'))) return false;
            if (n.op === '<') return l < r;
            if (n.op === '<=') return l <= r;
            if (n.op === '>') return l > r;
            return l >= r;
          }
        }
      }
    }
  };
  return (obj) => truthy(ev(root, obj));
}

function truthy(v: unknown): boolean {
  return v === true;
}
