/**
 * A small typed client for the parts of the ngrok REST API that tpc needs: endpoints (list,
 * get, create, update, delete) and read-only lists of reserved domains and TCP addresses.
 *
 * Built on the global `fetch` (injectable). Every request carries `Authorization: Bearer …`
 * and `Ngrok-Version: 2`; a per-request timeout; bounded concurrency; a client-side rate
 * limiter (120 requests per rolling minute by default, ngrok's documented account limit);
 * and retries with exponential backoff and full jitter on 429 (honouring `Retry-After`),
 * 5xx, timeouts and network errors.
 *
 * A `POST` whose outcome is unknown (connection dropped or timed out after sending, or a 5xx)
 * is **not** retried blindly, because a retried create can add a second endpoint to a pool:
 * the error says `outcomeUnknown: true` and the caller (the applier) re-lists to adopt the
 * endpoint if it was created.
 *
 * The API key never leaves this module in any string: errors, causes and events are scrubbed,
 * and the key is held in a closure, not in a property.
 */

import type { CloudEndpointCreate } from '../ngrok/types.js';
import { RateLimiter, Semaphore, realClock, type Clock } from './limiter.js';
import { redact, redactError } from './redact.js';
import type { ApiErrorBody, Endpoint, EndpointUpdate, Page, ReservedAddr, ReservedDomain } from './types.js';

/** The public API's base URL. */
export const DEFAULT_API_URL = 'https://api.ngrok.com';

/** One HTTP attempt, reported after it completes (for counting and progress). No secrets. */
export interface RequestEvent {
  method: string;
  /** Path and query, relative to the base URL. */
  path: string;
  /** HTTP status, or 0 when no response arrived. */
  status: number;
  /** 0 for the first try of a request, 1 for the first retry, … */
  attempt: number;
  durationMs: number;
  errorCode?: string;
}

/** A retry about to be waited for. */
export interface RetryEvent {
  method: string;
  path: string;
  attempt: number;
  delayMs: number;
  reason: string;
}

/** Options of {@link NgrokClient}. */
export interface NgrokClientOptions {
  /** The API key (`NGROK_API_KEY`). Never printed. */
  apiKey: string;
  /** Base URL, default `https://api.ngrok.com`. Point it at the fake API or a proxy. */
  baseUrl?: string;
  /** The fetch implementation; default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Per-attempt timeout in ms (default 30 000). */
  timeoutMs?: number;
  /** Retries after the first attempt (default 5). */
  maxRetries?: number;
  /** First backoff ceiling in ms (default 500); doubles per retry. */
  backoffBaseMs?: number;
  /** Largest backoff ceiling in ms (default 30 000). */
  backoffMaxMs?: number;
  /** Longest `Retry-After` honoured, in ms (default 120 000). */
  maxRetryAfterMs?: number;
  /**
   * First wait after a 429 without `Retry-After` (default 5 000 ms); it doubles per retry up to
   * 60 s, since ngrok counts requests over a rolling minute.
   */
  rateLimitedMinDelayMs?: number;
  /** Requests in flight at once (default 4). */
  concurrency?: number;
  /** Requests per rolling minute; `0` or `Infinity` = unlimited. Default 120. */
  rateLimitPerMinute?: number;
  /** Token-bucket size (default 10). */
  rateLimitBurst?: number;
  /** Clock for backoff waits and the limiter (tests use a fake one). */
  clock?: Clock;
  /** Random source in [0, 1) for jitter (default `Math.random`). */
  random?: () => number;
  userAgent?: string;
  /** Called after every HTTP request (method, path, status, duration); never sees the API key. */
  onRequest?: (event: RequestEvent) => void;
  /** Called before a retry, with the wait and the reason (429, 5xx, network error). */
  onRetry?: (event: RetryEvent) => void;
  /** An outer abort signal for every request. */
  signal?: AbortSignal;
}

/** How a request failed. */
export type NgrokApiErrorKind = 'http' | 'network' | 'timeout' | 'aborted' | 'protocol';

/**
 * A failed API call. Carries ngrok's `error_code` (`ERR_NGROK_…`), `msg` and the operation id.
 * Contains no secrets: the message, `msg`, `details` and the `cause` chain are scrubbed.
 */
export class NgrokApiError extends Error {
  override readonly name = 'NgrokApiError';
  /** HTTP status, 0 when no response arrived. */
  readonly statusCode: number;
  /** `ERR_NGROK_<n>` (or another opaque code), when the API gave one. */
  readonly errorCode: string | undefined;
  /** ngrok's human message, or a description of the network failure. */
  readonly msg: string;
  /** `details.operation_id` or the `ngrok-operation-id` header. */
  readonly operationId: string | undefined;
  readonly method: string;
  readonly path: string;
  readonly kind: NgrokApiErrorKind;
  /** True for a write that may or may not have happened (dropped connection, timeout, 5xx on POST). */
  readonly outcomeUnknown: boolean;
  readonly details: Record<string, string>;

  constructor(init: {
    statusCode: number;
    errorCode?: string;
    msg: string;
    operationId?: string;
    method: string;
    path: string;
    kind: NgrokApiErrorKind;
    outcomeUnknown?: boolean;
    details?: Record<string, string>;
    cause?: Error;
  }) {
    super(NgrokApiError.describe(init), init.cause ? { cause: init.cause } : undefined);
    this.statusCode = init.statusCode;
    this.errorCode = init.errorCode;
    this.msg = init.msg;
    this.operationId = init.operationId;
    this.method = init.method;
    this.path = init.path;
    this.kind = init.kind;
    this.outcomeUnknown = init.outcomeUnknown ?? false;
    this.details = init.details ?? {};
  }

  /** The numeric part of `errorCode` (`ERR_NGROK_18009` → 18009), or undefined. */
  get errorNumber(): number | undefined {
    const mm = /^ERR_NGROK_(\d+)$/.exec(this.errorCode ?? '');
    return mm ? Number(mm[1]) : undefined;
  }

  /** True for a 404. */
  get isNotFound(): boolean {
    return this.statusCode === 404;
  }

  /** A plain object for JSON output and events. */
  toJSON(): { statusCode: number; errorCode?: string; msg: string; operationId?: string; method: string; path: string; kind: NgrokApiErrorKind; outcomeUnknown: boolean } {
    const o: ReturnType<NgrokApiError['toJSON']> = { statusCode: this.statusCode, msg: this.msg, method: this.method, path: this.path, kind: this.kind, outcomeUnknown: this.outcomeUnknown };
    if (this.errorCode) o.errorCode = this.errorCode;
    if (this.operationId) o.operationId = this.operationId;
    return o;
  }

  private static describe(i: { statusCode: number; errorCode?: string; msg: string; operationId?: string; method: string; path: string; kind: NgrokApiErrorKind }): string {
    const where = `${i.method} ${i.path}`;
    const op = i.operationId ? ` (operation ${i.operationId})` : '';
    if (i.kind !== 'http') return `ngrok API ${where}: ${i.msg}${op}`;
    const code = i.errorCode ? ` ${i.errorCode}` : '';
    let hint = '';
    if (i.statusCode === 401) hint = ' The API key was rejected: check that it is an ngrok API key (not an agent authtoken or an API key id) and that it has not been revoked.';
    else if (i.statusCode === 403) hint = ' The API key is not allowed to do this (or the caller IP is blocked by an API IP restriction).';
    return `ngrok API ${where}: HTTP ${i.statusCode}${code}: ${i.msg.trim()}${op}${hint}`;
  }
}

/** Things the applier needs from a client; `NgrokClient` implements it, tests may stub it. */
export interface EndpointsApi {
  /** Every endpoint of the account (all pages), optionally filtered (the API's `filter` expression). */
  listEndpoints(options?: { filter?: string }): Promise<Endpoint[]>;
  /** One endpoint by id. */
  getEndpoint(id: string): Promise<Endpoint>;
  /** Creates a cloud endpoint (`POST /endpoints`). */
  createEndpoint(body: CloudEndpointCreate): Promise<Endpoint>;
  /** Changes the given fields of a cloud endpoint (`PATCH /endpoints/{id}`). */
  updateEndpoint(id: string, patch: EndpointUpdate): Promise<Endpoint>;
  /** Deletes an endpoint; `deleted: false` when it was already gone. */
  deleteEndpoint(id: string): Promise<{ deleted: boolean }>;
}

interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | undefined>;
  /** An absolute URL to call instead of base + path (pagination links). */
  absolute?: string;
  /** Error codes (numeric part) that are retried with backoff on this request. */
  retryCodes?: readonly number[];
}

/** Counters kept by a client. */
export interface ClientStats {
  /** HTTP attempts made (including retries and failed attempts). */
  requests: number;
  retries: number;
}

const RETRY_POOLING_RACE = [18016, 18017] as const;

/** The ngrok API client. See the module comment for its guarantees. */
export class NgrokClient implements EndpointsApi {
  readonly baseUrl: string;
  readonly stats: ClientStats = { requests: 0, retries: 0 };
  private readonly opts: Required<Pick<NgrokClientOptions, 'timeoutMs' | 'maxRetries' | 'backoffBaseMs' | 'backoffMaxMs' | 'maxRetryAfterMs' | 'rateLimitedMinDelayMs'>>;
  private readonly fetchFn: typeof globalThis.fetch;
  private readonly clock: Clock;
  private readonly random: () => number;
  private readonly limiter: RateLimiter;
  private readonly slots: Semaphore;
  private readonly headers: () => Record<string, string>;
  private readonly scrub: (text: string) => string;
  private readonly scrubError: (e: unknown) => Error;
  private readonly onRequest: ((e: RequestEvent) => void) | undefined;
  private readonly onRetry: ((e: RetryEvent) => void) | undefined;
  private readonly signal: AbortSignal | undefined;

  /** Throws a TypeError when `apiKey` is empty or `baseUrl` is not an http(s) URL (caller bugs). */
  constructor(options: NgrokClientOptions) {
    const apiKey = options.apiKey;
    if (typeof apiKey !== 'string' || apiKey.trim() === '') throw new TypeError('NgrokClient: an API key is required');
    const base = (options.baseUrl ?? DEFAULT_API_URL).replace(/\/+$/, '');
    let parsed: URL;
    try {
      parsed = new URL(base);
    } catch {
      throw new TypeError(`NgrokClient: the base URL '${redact(base, [apiKey])}' is not a URL`);
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError(`NgrokClient: the base URL must be http(s), not '${parsed.protocol}'`);
    this.baseUrl = base;
    this.opts = {
      timeoutMs: options.timeoutMs ?? 30_000,
      maxRetries: options.maxRetries ?? 5,
      backoffBaseMs: options.backoffBaseMs ?? 500,
      backoffMaxMs: options.backoffMaxMs ?? 30_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 120_000,
      rateLimitedMinDelayMs: options.rateLimitedMinDelayMs ?? 5_000,
    };
    this.fetchFn = options.fetch ?? globalThis.fetch.bind(globalThis);
    this.clock = options.clock ?? realClock;
    this.random = options.random ?? Math.random;
    this.limiter = new RateLimiter({ perMinute: options.rateLimitPerMinute ?? 120, burst: options.rateLimitBurst ?? 10, clock: this.clock });
    this.slots = new Semaphore(Math.max(1, Math.floor(options.concurrency ?? 4)));
    const userAgent = options.userAgent ?? 'tpc (traffic-policy-compiler)';
    const secrets = [apiKey, apiKey.trim()];
    // The key lives only in these closures.
    this.headers = () => ({ authorization: `Bearer ${apiKey.trim()}`, 'ngrok-version': '2', accept: 'application/json', 'user-agent': userAgent });
    this.scrub = (t) => redact(t, secrets);
    this.scrubError = (e) => redactError(e, secrets);
    this.onRequest = options.onRequest;
    this.onRetry = options.onRetry;
    this.signal = options.signal;
  }

  /** Lists every endpoint (all types), following `next_page_uri`, 100 per page. */
  async listEndpoints(options: { filter?: string } = {}): Promise<Endpoint[]> {
    return this.listAll<Endpoint>('/endpoints', 'endpoints', options.filter);
  }

  /** One endpoint by id. A missing id gives an `NgrokApiError` with `isNotFound`. */
  async getEndpoint(id: string): Promise<Endpoint> {
    return (await this.request('GET', `/endpoints/${encodeURIComponent(id)}`)) as Endpoint;
  }

  /**
   * Creates a cloud endpoint (one POST). Retries only when the request certainly did not take
   * effect (429, connection refused) and on the pooling races ERR_NGROK_18016/18017; any
   * other failure is thrown, with `outcomeUnknown` set when the endpoint may exist.
   */
  async createEndpoint(body: CloudEndpointCreate): Promise<Endpoint> {
    return (await this.request('POST', '/endpoints', { body, retryCodes: RETRY_POOLING_RACE })) as Endpoint;
  }

  /** Changes the given fields (one PATCH). Throws a RangeError for an empty patch: the API refuses those (ERR_NGROK_18004). */
  async updateEndpoint(id: string, patch: EndpointUpdate): Promise<Endpoint> {
    const body = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
    if (Object.keys(body).length === 0) throw new RangeError('NgrokClient.updateEndpoint: refusing to send an empty PATCH');
    return (await this.request('PATCH', `/endpoints/${encodeURIComponent(id)}`, { body })) as Endpoint;
  }

  /** Deletes an endpoint. A 404 counts as success (`deleted: false`: it was already gone). */
  async deleteEndpoint(id: string): Promise<{ deleted: boolean }> {
    try {
      await this.request('DELETE', `/endpoints/${encodeURIComponent(id)}`);
      return { deleted: true };
    } catch (e) {
      if (e instanceof NgrokApiError && e.isNotFound) return { deleted: false };
      throw e;
    }
  }

  /** Every reserved domain of the account (read-only). */
  async listReservedDomains(options: { filter?: string } = {}): Promise<ReservedDomain[]> {
    return this.listAll<ReservedDomain>('/reserved_domains', 'reserved_domains', options.filter);
  }

  /** Every reserved TCP address of the account (read-only). */
  async listReservedAddrs(options: { filter?: string } = {}): Promise<ReservedAddr[]> {
    return this.listAll<ReservedAddr>('/reserved_addrs', 'reserved_addrs', options.filter);
  }

  /**
   * Pages through a collection. Follows `next_page_uri` verbatim when it is on the base URL's
   * origin; a link to another origin is re-rooted on the base URL (so the key is never sent
   * elsewhere). Re-adds `filter` when a link drops it. Stops on a null link, an empty page or
   * a link seen before.
   */
  async listAll<T>(collection: string, itemsKey: string, filter?: string): Promise<T[]> {
    const out: T[] = [];
    const seen = new Set<string>();
    let next: string | undefined;
    for (let page = 0; ; page++) {
      const res = (next === undefined
        ? await this.request('GET', collection, { query: { limit: '100', filter } })
        : await this.request('GET', collection, { absolute: next })) as Page;
      const items = res[itemsKey];
      if (!Array.isArray(items)) {
        throw new NgrokApiError({ statusCode: 200, msg: `the list response has no '${itemsKey}' array`, method: 'GET', path: collection, kind: 'protocol' });
      }
      out.push(...(items as T[]));
      const link = res.next_page_uri;
      if (typeof link !== 'string' || link === '' || items.length === 0) return out;
      const resolved = this.resolveLink(link, collection, filter);
      if (seen.has(resolved)) return out;
      seen.add(resolved);
      next = resolved;
    }
  }

  private resolveLink(link: string, collection: string, filter: string | undefined): string {
    const base = new URL(this.baseUrl);
    let u: URL;
    try {
      u = new URL(link, base);
    } catch {
      throw new NgrokApiError({ statusCode: 200, msg: 'the list response has an unusable next_page_uri', method: 'GET', path: collection, kind: 'protocol' });
    }
    if (u.origin !== base.origin) {
      const i = u.pathname.lastIndexOf(collection);
      const rest = i >= 0 ? u.pathname.slice(i) : collection;
      u = new URL(this.baseUrl + rest + u.search);
    }
    if (filter !== undefined && !u.searchParams.has('filter')) u.searchParams.set('filter', filter);
    return u.toString();
  }

  /** The delay before retry number `attempt` (1-based): full jitter over an exponential ceiling. */
  backoffDelay(attempt: number): number {
    const ceiling = Math.min(this.opts.backoffMaxMs, this.opts.backoffBaseMs * 2 ** (attempt - 1));
    return Math.floor(this.random() * ceiling);
  }

  /**
   * One API call with retries. Returns the parsed JSON body (undefined for 204).
   * Throws `NgrokApiError` (scrubbed) for any failure that is not retried or runs out of retries.
   */
  async request(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options: RequestOptions = {}): Promise<unknown> {
    let url: string;
    if (options.absolute !== undefined) url = options.absolute;
    else {
      const u = new URL(this.baseUrl + path);
      for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) u.searchParams.set(k, v);
      url = u.toString();
    }
    const shownPath = this.scrub(this.relativePath(url));
    const bodyText = options.body !== undefined ? JSON.stringify(options.body) : undefined;
    for (let attempt = 0; ; attempt++) {
      const outcome = await this.slots.run(() => this.attempt(method, url, shownPath, bodyText, attempt));
      if (outcome.ok) return outcome.value;
      const err = outcome.error;
      let retry = false;
      let delay = 0;
      if (err.kind === 'aborted') retry = false;
      else if (err.statusCode === 429) {
        retry = true;
        const ra = outcome.retryAfterMs;
        delay = ra !== undefined ? Math.min(ra, this.opts.maxRetryAfterMs) : Math.min(60_000, this.opts.rateLimitedMinDelayMs * 2 ** attempt);
        this.limiter.pauseUntil(this.clock.now() + delay);
      } else if (err.statusCode >= 500 || err.kind === 'network' || err.kind === 'timeout') {
        retry = method !== 'POST' || outcome.notSent === true;
      } else if (err.errorNumber !== undefined && options.retryCodes?.includes(err.errorNumber)) {
        retry = true;
      }
      if (!retry || attempt >= this.opts.maxRetries) {
        if (method === 'POST' && !outcome.notSent && (err.statusCode >= 500 || err.kind === 'network' || err.kind === 'timeout')) {
          throw new NgrokApiError({ ...err.toJSON(), details: err.details, outcomeUnknown: true, cause: err.cause as Error | undefined });
        }
        throw err;
      }
      if (delay === 0) delay = this.backoffDelay(attempt + 1);
      this.stats.retries++;
      this.onRetry?.({ method, path: shownPath, attempt: attempt + 1, delayMs: delay, reason: err.errorCode ?? (err.statusCode ? `HTTP ${err.statusCode}` : err.kind) });
      await this.clock.sleep(delay);
    }
  }

  private relativePath(url: string): string {
    const u = new URL(url);
    const basePath = new URL(this.baseUrl).pathname.replace(/\/$/, '');
    const p = u.pathname.startsWith(basePath) ? u.pathname.slice(basePath.length) : u.pathname;
    return decodeURIComponent(p) + (u.search ? decodeURIComponent(u.search.replace(/\+/g, ' ')) : '');
  }

  private async attempt(
    method: string,
    url: string,
    shownPath: string,
    bodyText: string | undefined,
    attempt: number,
  ): Promise<{ ok: true; value: unknown } | { ok: false; error: NgrokApiError; retryAfterMs?: number; notSent?: boolean }> {
    await this.limiter.acquire();
    this.stats.requests++;
    const started = Date.now();
    const headers: Record<string, string> = this.headers();
    if (bodyText !== undefined) headers['content-type'] = 'application/json';
    const timeout = AbortSignal.timeout(this.opts.timeoutMs);
    const signal = this.signal ? AbortSignal.any([timeout, this.signal]) : timeout;
    const report = (status: number, errorCode?: string) => {
      const e: RequestEvent = { method, path: shownPath, status, attempt, durationMs: Date.now() - started };
      if (errorCode) e.errorCode = errorCode;
      this.onRequest?.(e);
    };
    let res: Response;
    let text: string;
    try {
      res = await this.fetchFn(url, { method, headers, body: bodyText, signal, redirect: 'error' });
      text = await res.text();
    } catch (e) {
      const kind: NgrokApiErrorKind = this.signal?.aborted ? 'aborted' : timeout.aborted ? 'timeout' : 'network';
      const code = networkCode(e);
      const msg =
        kind === 'timeout'
          ? `no response within ${this.opts.timeoutMs} ms`
          : kind === 'aborted'
            ? 'the request was cancelled'
            : `network error${code ? ` (${code})` : ''}: ${this.scrub(rootMessage(e))}`;
      report(0);
      return {
        ok: false,
        error: new NgrokApiError({ statusCode: 0, msg, method, path: shownPath, kind, cause: this.scrubError(e) }),
        notSent: code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'EAI_AGAIN',
      };
    }
    const opHeader = res.headers.get('ngrok-operation-id') ?? undefined;
    if (res.ok) {
      report(res.status);
      if (res.status === 204 || text === '') return { ok: true, value: undefined };
      try {
        return { ok: true, value: JSON.parse(text) as unknown };
      } catch {
        return { ok: false, error: new NgrokApiError({ statusCode: res.status, msg: 'the response body is not JSON', method, path: shownPath, kind: 'protocol', operationId: opHeader }) };
      }
    }
    let body: ApiErrorBody = {};
    try {
      const parsed = JSON.parse(text) as unknown;
      if (parsed && typeof parsed === 'object') body = parsed as ApiErrorBody;
    } catch {
      body = { msg: text.slice(0, 500) };
    }
    const details: Record<string, string> = {};
    if (body.details && typeof body.details === 'object') {
      for (const [k, v] of Object.entries(body.details)) details[this.scrub(k)] = this.scrub(String(v));
    }
    const errorCode = typeof body.error_code === 'string' && body.error_code !== '' ? this.scrub(body.error_code) : undefined;
    report(res.status, errorCode);
    const err = new NgrokApiError({
      statusCode: res.status,
      errorCode,
      msg: this.scrub(typeof body.msg === 'string' && body.msg !== '' ? body.msg : res.statusText || `HTTP ${res.status}`),
      operationId: details['operation_id'] ?? (opHeader ? this.scrub(opHeader) : undefined),
      method,
      path: shownPath,
      kind: 'http',
      details,
    });
    const out: { ok: false; error: NgrokApiError; retryAfterMs?: number } = { ok: false, error: err };
    const ra = parseRetryAfter(res.headers.get('retry-after'), this.clock.now());
    if (ra !== undefined) out.retryAfterMs = ra;
    return out;
  }
}

/** `Retry-After` as delay-seconds or an HTTP date, in ms from `now`; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const v = value.trim();
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  const t = Date.parse(v);
  if (!Number.isNaN(t)) return Math.max(0, t - now);
  return undefined;
}

function networkCode(e: unknown): string | undefined {
  let cur: unknown = e;
  for (let i = 0; i < 8 && cur && typeof cur === 'object'; i++) {
    const code = (cur as { code?: unknown }).code;
    if (typeof code === 'string' && code !== 'ABORT_ERR') return code;
    cur = (cur as { cause?: unknown }).cause;
  }
  return undefined;
}

function rootMessage(e: unknown): string {
  let cur: unknown = e;
  let msg = e instanceof Error ? e.message : String(e);
  for (let i = 0; i < 8 && cur instanceof Error && cur.cause !== undefined; i++) {
    cur = cur.cause;
    if (cur instanceof Error && cur.message) msg = cur.message;
  }
  return msg;
}
