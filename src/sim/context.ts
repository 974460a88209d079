/**
 * The state of one endpoint visit during a simulation: the request as the policy sees it,
 * `vars`, action results, the TLS handshake, and evaluation of expressions and `${…}`
 * templates against all of that.
 *
 * Header and URL changes (`add-headers`, `remove-headers`, `url-rewrite`) certainly reach the
 * upstream and any endpoint the request is forwarded to. Whether later expressions *of the same
 * endpoint* see them is not documented, so both views are kept and every evaluation runs
 * against both when they differ; a result that depends on the view is an error (→ `unknown`).
 * @internal
 */

import { FIELDS_SUFFIX } from '../ngrok/cel/activation.js';
import { prepareActivation, renderTemplate, evaluateTemplateValue, toCelValue, urlFields, type Activation, type CompiledExpression, type PreparedActivation } from '../ngrok/cel/index.js';
import type { Phase } from '../ngrok/types.js';
import type { SimRequest, TraceStep, World } from './types.js';
import type { PreparedEndpoint } from './prepare.js';

/** The HTTP request as a policy sees it. Headers have lower-case names. */
export interface HttpView {
  method: string;
  url: string;
  /** Host (and port) of `url`. */
  host: string;
  headers: Readonly<Record<string, readonly string[]>>;
}

/** An evaluation result. */
export type Value = { ok: true; value: unknown } | { ok: false; error: string };

/** The world, indexed. */
export interface WorldIndex {
  /** Canonical URL → the endpoints at that URL (several form a pool). */
  byUrl: ReadonlyMap<string, readonly PreparedEndpoint[]>;
  world: World;
}

/** A whole simulation: the request, the world and the trace. */
export interface Run {
  request: SimRequest;
  world: WorldIndex;
  /** Undefined when the caller does not want a trace (faster). */
  trace: TraceStep[] | undefined;
}

const VIEW_DEPENDENT = 'the result depends on whether earlier header or URL changes (add-headers, remove-headers, url-rewrite) are visible to later expressions of the same endpoint, which ngrok does not document';

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || typeof a !== 'object' || a === null || b === null) return false;
  try {
    return JSON.stringify(a, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)) === JSON.stringify(b, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
  } catch {
    return false;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Deep merge: `over` wins; objects merge key by key. */
function merge(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const k of Object.keys(over)) out[k] = merge(base[k], over[k]);
  return out;
}

/** One endpoint visit. */
export class Visit {
  phase: Phase = 'on_tcp_connect';
  /** `vars` of the current phase. */
  vars: Record<string, unknown> = {};
  /** `actions.ngrok.<name>` results of this visit. */
  results: Record<string, unknown> = {};
  /** The request as it arrived at this endpoint. */
  original: HttpView | undefined;
  /** The request after this endpoint's header/URL actions. */
  current: HttpView | undefined;
  /** TLS version negotiated at this endpoint (or passed through to it). */
  tlsVersion: string | undefined;
  /** A TLS handshake has been made by ngrok for this connection. */
  tlsTerminated: boolean;
  /** What is known of the response in `on_http_response` (`res.*`): only a policy's own answer. */
  response: Record<string, unknown> | undefined;
  /** Activations by the set of roots they hold (created on first use). */
  private cache: Map<number, [PreparedActivation, PreparedActivation | undefined]> | undefined;
  /**
   * Values of expressions already evaluated since the last state change: the same text on the
   * same variables gives the same value (CEL is deterministic; random functions are errors), and
   * compiled policies repeat conditions such as a path prefix in many rules.
   */
  private memo: Map<CompiledExpression, Value> | undefined;

  constructor(
    readonly run: Run,
    readonly endpoint: PreparedEndpoint,
    readonly depth: number,
    http: HttpView | undefined,
    tls: { version: string | undefined; terminated: boolean },
  ) {
    this.original = http;
    this.current = http;
    this.tlsVersion = tls.version;
    this.tlsTerminated = tls.terminated;
  }

  /** Forgets cached activations (call after changing any state). */
  changed(): void {
    this.cache = undefined;
    this.memo = undefined;
  }

  /** Enters a phase: `vars` are phase-scoped. */
  enterPhase(phase: Phase): void {
    this.phase = phase;
    this.vars = {};
    this.changed();
  }

  /** Records an action's result variables (`actions.ngrok.<name>`); only the latest run is kept. */
  setResult(name: string, value: Record<string, unknown>): void {
    this.results[name] = value;
    this.changed();
  }

  /** Adds a trace step of this visit. */
  step(s: Omit<TraceStep, 'endpoint' | 'depth'>): void {
    const t = this.run.trace;
    if (t) {
      const full = s as TraceStep;
      full.endpoint = this.endpoint.url;
      full.depth = this.depth;
      t.push(full);
    }
  }

  /** True when a trace is being recorded (skip building messages otherwise). */
  get tracing(): boolean {
    return this.run.trace !== undefined;
  }

  private activation(view: HttpView | undefined, roots: number): PreparedActivation {
    const ep = this.endpoint;
    const req = this.run.request;
    const a: Record<string, unknown> = {};
    if (roots & ROOT.conn) {
      const conn: Record<string, unknown> = {};
      if (req.clientIp !== undefined) conn['client_ip'] = req.clientIp;
      if (ep.port !== undefined) conn['server_port'] = ep.celVariables['port'];
      if (this.tlsVersion !== undefined && (ep.scheme === 'https' || ep.scheme === 'tls')) {
        const tls: Record<string, unknown> = { version: this.tlsVersion };
        if (ep.host !== undefined) tls['sni'] = ep.host;
        if (this.tlsTerminated && req.cert?.subject) tls['client'] = { subject: { $value: subjectText(req.cert.subject), ...req.cert.subject } };
        conn['tls'] = tls;
      }
      a['conn'] = conn;
    }
    if (roots & ROOT.endpoint) a['endpoint'] = ep.celVariables;
    if (roots & ROOT.vars) a['vars'] = this.vars;
    if (roots & ROOT.actions) a['actions'] = { ngrok: this.results };
    if (roots & ROOT.res && this.response && this.phase === 'on_http_response') a['res'] = this.response;
    if (roots & ROOT.req && view && this.phase !== 'on_tcp_connect') {
      const r: Record<string, unknown> = { method: view.method, url: view.url, headers: view.headers, host: view.host };
      const fields = urlFieldsOf(view.url);
      if (fields) r[URL_FIELDS_KEY] = fields;
      a['req'] = r;
    }
    if (roots & ROOT.time && req.time !== undefined) a['time'] = { now: req.time };
    let merged: Activation = a as Activation;
    const extra = req.extra;
    if (extra) {
      const e: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(extra)) if ((roots & (ROOT[k as keyof typeof ROOT] ?? 0)) !== 0) e[k] = v;
      const ip = isObject(e['conn']) ? e['conn']['client_ip'] : undefined;
      if (isObject(ip) && req.clientIp !== undefined) e['conn'] = { ...(e['conn'] as object), client_ip: { ...ip, $value: req.clientIp } };
      merged = merge(e, a) as Activation;
    }
    return prepareActivation(merged);
  }

  /** The activations (one per view of the request when they differ) with the given roots. */
  private activations(roots: number): [PreparedActivation, PreparedActivation | undefined] {
    this.cache ??= new Map();
    let hit = this.cache.get(roots);
    if (!hit) {
      const first = this.activation(this.original, roots);
      const second = roots & ROOT.req && this.current !== this.original ? this.activation(this.current, roots) : undefined;
      hit = [first, second];
      this.cache.set(roots, hit);
    }
    return hit;
  }

  /**
   * Evaluates a compiled expression against both views of the request. `roots` (from
   * {@link rootsOf}) says which variables the text can read; only those are built.
   */
  evaluate(expr: CompiledExpression, roots = ALL_ROOTS): Value {
    const known = this.memo?.get(expr);
    if (known) return known;
    const v = this.evaluateBoth(expr, roots);
    (this.memo ??= new Map()).set(expr, v);
    return v;
  }

  private evaluateBoth(expr: CompiledExpression, roots: number): Value {
    const [a, b] = this.activations(roots);
    const r1 = this.explain(expr.evaluate(a));
    if (!b) return r1;
    const r2 = expr.evaluate(b);
    if (r1.ok && r2.ok && sameValue(r1.value, r2.value)) return r1;
    if (!r1.ok && !r2.ok) return r1;
    return { ok: false, error: VIEW_DEPENDENT };
  }

  /** Says plainly when an error comes from a client IP the request does not give. */
  private explain(r: Value): Value {
    if (!r.ok && this.run.request.clientIp === undefined && /\bclient_ip\b/.test(r.error)) return { ok: false, error: 'the request gives no client IP (conn.client_ip)' };
    return r;
  }

  /** Renders a `${…}` template to a string (plain strings pass through). */
  render(s: string): Value {
    if (!s.includes('${')) return { ok: true, value: s };
    return this.evalTemplate(s, renderTemplate);
  }

  /** Evaluates a `set-vars` value: a lone placeholder keeps its type. */
  templateValue(s: string): Value {
    if (!s.includes('${')) return { ok: true, value: s };
    return this.evalTemplate(s, evaluateTemplateValue);
  }

  private evalTemplate(s: string, fn: (s: string, a: Activation) => Value): Value {
    const [a, b] = this.activations(rootsOf(s));
    const r1 = this.explain(fn(s, a));
    if (!b) return r1;
    const r2 = fn(s, b);
    if (r1.ok && r2.ok && sameValue(r1.value, r2.value)) return r1;
    if (!r1.ok && !r2.ok) return r1;
    return { ok: false, error: VIEW_DEPENDENT };
  }

  /** Sets a `vars` entry. */
  setVar(name: string, value: unknown): void {
    this.vars = { ...this.vars, [name]: toCelValue(value) };
    this.changed();
  }
}

/** Where the CEL layer looks for `req.url`'s sub-fields (see activation.ts). */
const URL_FIELDS_KEY = `url${FIELDS_SUFFIX}`;
const fieldsCache = new Map<string, Record<string, unknown> | null>();

/**
 * `req.url`'s sub-fields in the CEL layer's prepared form, cached per URL. Giving them with
 * the request spares the CEL layer deriving them on every activation (the costliest part of
 * preparing one).
 */
function urlFieldsOf(url: string): Record<string, unknown> | undefined {
  let f = fieldsCache.get(url);
  if (f === undefined) {
    const parsed = urlFields(url);
    f = null;
    if (parsed) {
      const { $value: _v, ...rest } = parsed;
      f = Object.freeze(toCelValue(rest) as Record<string, unknown>);
    }
    if (fieldsCache.size > 5000) fieldsCache.clear();
    fieldsCache.set(url, f);
  }
  return f ?? undefined;
}

/** The root variables of an activation, as bits. */
export const ROOT = { conn: 1, endpoint: 2, req: 4, res: 8, vars: 16, actions: 32, time: 64 } as const;
/** Every root. */
export const ALL_ROOTS = 127;

const rootCache = new Map<string, number>();

/**
 * The roots CEL text may read: the identifiers it names, plus `req`/`res` for the macros that
 * read them (`getReqHeader`, `hasQueryParam`, `getResHeader`…). A false positive only costs
 * time; the patterns cannot miss a root, since reading one needs its name or such a macro.
 */
export function rootsOf(text: string): number {
  let m = rootCache.get(text);
  if (m === undefined) {
    m = 0;
    if (/\bconn\b/.test(text)) m |= ROOT.conn;
    if (/\bendpoint\b/.test(text)) m |= ROOT.endpoint;
    if (/\breq\b|Req|Query/.test(text)) m |= ROOT.req;
    if (/\bres\b|Res(?:Header|Cookie)/.test(text)) m |= ROOT.res;
    if (/\bvars\b/.test(text)) m |= ROOT.vars;
    if (/\bactions\b/.test(text)) m |= ROOT.actions;
    if (/\btime\b/.test(text)) m |= ROOT.time;
    if (rootCache.size > 10_000) rootCache.clear();
    rootCache.set(text, m);
  }
  return m;
}

function subjectText(subject: Record<string, unknown>): string {
  const cn = subject['common_name'];
  return typeof cn === 'string' ? `CN=${cn}` : '';
}
