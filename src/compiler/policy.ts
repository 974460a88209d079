/**
 * Exposures → Traffic Policy, one policy per public URL of a site, with a source map.
 *
 * The access semantics (docs/dsl.md "Semantics"): default deny; a request passes an exposure
 * when it matches no `deny` group and at least one `allow` alternative; `tls min` and `mtls` are
 * requirements every connection must meet. Security actions always come before
 * `forward-internal`, which is the last action of its rule; every policy ends in a rule without
 * expressions whose last action terminates (cloud endpoints must never fall through).
 * @internal
 */

import type { Action, Phase, Rule, TrafficPolicy } from '../ngrok/types.js';
import { relatedAt, type Context } from './context.js';
import type { ActionIR, ExposureIR, IdentityIR, JwtIR, Loc, Located, LoginIR, ServiceIR, SiteIR } from './ir.js';
import { CompilerMessages as M } from './messages.js';
import { accessSharing, escapePointer } from './resolve.js';
import { LazyMap } from './source-map.js';

/** A generated action with the locations of its parts. */
interface ActionOut {
  action: Action;
  loc: Loc;
  /** Pointer inside the action → location. */
  sub?: [string, Loc][];
  /** Never equal to another site's action (a forward names the site's own internal URL): not interned. */
  unique?: true;
}

/** Phases that accept each action type (reference §2.0). */
const PHASE_ACTIONS: Record<'on_tcp_connect' | 'on_http_request' | 'on_http_response', ReadonlySet<string>> = {
  on_tcp_connect: new Set(['close-connection', 'deny', 'forward-internal', 'log', 'restrict-ips', 'set-vars', 'terminate-tls']),
  on_http_request: new Set([
    'add-headers', 'basic-auth', 'circuit-breaker', 'close-connection', 'custom-response', 'deny', 'forward-internal', 'http-request',
    'jwt-validation', 'log', 'oauth', 'openid-connect', 'owasp-crs-request', 'rate-limit', 'redirect', 'remove-headers',
    'request-body-find-replace', 'restrict-ips', 'set-vars', 'url-rewrite', 'verify-webhook', 'compress-response', 'saml', 'ai-gateway',
  ]),
  on_http_response: new Set([
    'add-headers', 'compress-response', 'custom-response', 'http-request', 'log', 'owasp-crs-response', 'remove-headers',
    'response-body-find-replace', 'restrict-ips', 'set-vars',
  ]),
};

/** Unconditionally terminating action types (reference §1.6). */
const TERMINATING = new Set(['close-connection', 'custom-response', 'deny', 'forward-internal']);

const PHASE_ORDER: readonly Phase[] = ['on_tcp_connect', 'on_http_request', 'on_http_response', 'on_event_stream_message'];

/**
 * What is built from an exposure's access (its allow and deny lists, identities, TLS settings),
 * built once per access: resolve.ts shares one access between the sites of a template, so every
 * site then hands the interner the same action object, which it recognises without serialising
 * it again. Keyed by the shared lists themselves (they live as long as the compilation).
 */
const builtFromAccess = new WeakMap<object, Map<string, unknown>>();

/** `build()` once per owner and key; a result `keep` turns down is built again next time. */
function onceFor<T>(owner: object, key: string, build: () => T, keep: (v: T) => boolean = () => true): T {
  if (!accessSharing()) return build();
  let built = builtFromAccess.get(owner);
  if (!built) builtFromAccess.set(owner, (built = new Map()));
  if (built.has(key)) return built.get(key) as T;
  const v = build();
  if (keep(v)) built.set(key, v);
  return v;
}

/** Collects rules per phase and the source map. */
class PolicyBuilder {
  private readonly phases = new Map<Phase, Rule[]>();
  readonly map = new LazyMap<Loc>();

  constructor(private readonly ctx: Context) {}

  rule(phase: Phase, loc: Loc, what: string, expressions: Located<string>[], actions: ActionOut[]): void {
    let list = this.phases.get(phase);
    if (!list) {
      list = [];
      this.phases.set(phase, list);
    }
    const i = list.length;
    const name = `${this.ctx.where(loc)} ${what}`;
    const exprs = expressions.map((e) => e.value);
    // Identical actions (the same ranges, the same login in every clinic) become one frozen
    // object, whose canonical JSON, YAML and schema verdict are then computed once; so do rules
    // made only of such actions (every rule but a forward, in a fleet).
    const acts = actions.map((a) => (a.unique ? a.action : this.ctx.actions.intern(a.action)));
    const make = (): Rule => {
      const rule: Rule = { name } as Rule;
      if (exprs.length > 0) rule.expressions = exprs;
      rule.actions = acts;
      return rule;
    };
    list.push(actions.some((a) => a.unique) ? make() : this.ctx.rules.rule(name, exprs, acts, make));
    this.map.defer((map) => {
      const base = `/${phase}/${i}`;
      const ruleLoc = stripUser(loc);
      map.set(base, ruleLoc);
      map.set(`${base}/name`, ruleLoc);
      // Generated expressions carry no `user` mark; a `when` expression keeps it (it is the user's text).
      expressions.forEach((e, k) => map.set(`${base}/expressions/${k}`, e.loc));
      actions.forEach((a, j) => {
        map.set(`${base}/actions/${j}`, a.loc);
        for (const [p, l] of a.sub ?? []) map.set(`${base}/actions/${j}${p}`, l);
      });
    });
  }

  build(): TrafficPolicy {
    const out: TrafficPolicy = {};
    for (const p of PHASE_ORDER) {
      const rules = this.phases.get(p);
      if (rules) out[p] = rules;
    }
    return out;
  }
}

function stripUser(l: Loc): Loc {
  return l.user ? { file: l.file, range: l.range } : l;
}

/** One cloud endpoint's compiled policy. */
export interface CompiledPolicy {
  url: string;
  /** The exposures it serves, most specific path first. */
  exposures: ExposureIR[];
  policy: TrafficPolicy;
  /** Pointer (from the policy root) → location (built when first read). */
  map: LazyMap<Loc>;
  origin: Loc;
}

/** Compiles every public URL of a site. Reports TPC2xxx problems; returns one policy per URL (in source order). */
export function compileSitePolicies(ctx: Context, site: SiteIR): CompiledPolicy[] {
  const byUrl = new Map<string, ExposureIR[]>();
  for (const e of site.exposures) {
    const list = byUrl.get(e.url.normalized);
    if (list) list.push(e);
    else byUrl.set(e.url.normalized, [e]);
  }
  const out: CompiledPolicy[] = [];
  for (const [url, list] of byUrl) {
    const c = compileUrl(ctx, url, list);
    if (c) out.push(c);
  }
  return out;
}

function compileUrl(ctx: Context, url: string, exposures: ExposureIR[]): CompiledPolicy | undefined {
  const b = new PolicyBuilder(ctx);
  const first = exposures[0]!;
  const scheme = first.url.scheme;
  let ok = true;
  for (const e of exposures) if (!checkActions(ctx, e)) ok = false;
  if (scheme === 'https') {
    const ordered = [...exposures].sort(byPathSpecificity);
    terminateTls(b, first, 'on_tcp_connect');
    warnLoginActions(ctx, url, ordered);
    for (const e of ordered) if (!httpExposure(ctx, b, e)) ok = false;
    if (ordered.every((e) => e.path !== undefined)) {
      b.rule('on_http_request', first.loc, 'no exposure matches the path (404)', [], [
        { action: { type: 'custom-response', config: { status_code: 404 } }, loc: stripUser(first.loc) },
      ]);
    }
  } else {
    tcpExposure(b, first);
  }
  if (!ok) return undefined;
  return { url, exposures, policy: b.build(), map: b.map, origin: first.loc };
}

/** Longer paths first; the exposure without a path last. */
function byPathSpecificity(a: ExposureIR, b: ExposureIR): number {
  if (!a.path) return b.path ? 1 : 0;
  if (!b.path) return -1;
  if (a.path.value.length !== b.path.value.length) return b.path.value.length - a.path.value.length;
  return a.path.value < b.path.value ? -1 : a.path.value > b.path.value ? 1 : 0;
}

/** The expression keying a rule to a path prefix (segment-wise: `/api` matches `/api` and `/api/…`). */
export function pathExpression(path: string): string {
  return `req.url.path == '${path}' || req.url.path.startsWith('${path}/')`;
}

function cidrList(cidrs: readonly string[]): string {
  return `[${cidrs.map((c) => `'${c}'`).join(', ')}]`;
}

/**
 * Escape-hatch checks: `when` placement, phase, and terminating actions before the access rules.
 * With `when` at `first`, an action that answers the request itself (`deny`, `custom-response`,
 * `close-connection`; `redirect` always) is allowed: it ends only the requests the condition
 * matches and never reaches the service. A `forward-internal` there is still refused (it would
 * reach the service before the access checks).
 */
function checkActions(ctx: Context, e: ExposureIR): boolean {
  let ok = true;
  for (const a of e.actions) {
    if (a.when && a.point === 'before-forward') {
      ctx.report(M.conditionBeforeForward, a.when.loc, [], { hint: "Use 'action first when …' to act before the access checks, or drop 'when' to run the action for every request that passes them." });
      ok = false;
      continue;
    }
    if (a.type === undefined) continue;
    const phase = phaseOf(e, a);
    if (!phase) continue;
    const allowed = PHASE_ACTIONS[phase];
    if (a.type === 'url-rewrite' && a.point === 'first' && e.path) {
      ctx.report(M.rewriteBeforeAccess, a.loc, [e.path.value]);
      ok = false;
      continue;
    }
    if (allowed.has(a.type) || !knownType(a.type)) {
      // Unknown types are left to the schema check, which suggests the right name.
      const answersOnly = a.when !== undefined && a.point === 'first' && a.type !== 'forward-internal';
      if (a.point !== 'response' && TERMINATING.has(a.type) && !answersOnly && !(a.type === 'forward-internal' && isContinue(a))) {
        ctx.report(M.terminalEscapeHatch, a.loc, [a.type, a.point]);
        ok = false;
      }
      continue;
    }
    ctx.report(M.actionPhase, a.loc, [a.type, phase, a.point, e.url.scheme.toUpperCase()]);
    ok = false;
  }
  return ok;
}

function isContinue(a: ActionIR): boolean {
  const c = a.value['config'];
  return !!c && typeof c === 'object' && (c as Record<string, unknown>)['on_error'] === 'continue';
}

function knownType(t: string): boolean {
  return PHASE_ACTIONS.on_http_request.has(t) || PHASE_ACTIONS.on_tcp_connect.has(t) || PHASE_ACTIONS.on_http_response.has(t) || t === 'sse-find-replace';
}

function phaseOf(e: ExposureIR, a: ActionIR): 'on_tcp_connect' | 'on_http_request' | 'on_http_response' | undefined {
  if (a.point === 'response') return e.url.scheme === 'https' ? 'on_http_response' : undefined;
  return e.url.scheme === 'https' ? 'on_http_request' : 'on_tcp_connect';
}

/** What a rule of its own holding an escape-hatch action says after its location. */
function actionWhat(a: ActionIR): string {
  return `action ${a.point}${a.when ? ' when' : ''} ${a.type}`;
}

/** The expressions of an escape-hatch action's own rule: the exposure's path condition, then `when`. */
function withWhen(pc: Located<string>[], a: ActionIR): Located<string>[] {
  return a.when ? [...pc, a.when] : pc;
}

function userAction(a: ActionIR): ActionOut {
  const sub = a.map.filter(([p]) => p !== '');
  return { action: a.value as unknown as Action, loc: a.loc, sub };
}

function forward(svc: ServiceIR, e: ExposureIR): ActionOut {
  return { action: { type: 'forward-internal', config: { url: svc.internalUrl } }, loc: e.loc, sub: [['/config/url', svc.loc]], unique: true };
}

function deny403(loc: Loc): ActionOut {
  return { action: { type: 'deny', config: { status_code: 403 } }, loc };
}

/** `terminate-tls` for `tls min` / `mtls` (shared by every exposure of the URL; checked equal). */
function terminateTls(b: PolicyBuilder, e: ExposureIR, phase: Phase): void {
  if (!e.tlsMin && !e.mtls) return;
  const { loc, what, action } = onceFor(e.mtls ?? e.tlsMin!, `tls ${e.tlsMin?.value ?? ''} ${e.mtls ? 'mtls' : ''}`, () => terminateTlsAction(e));
  b.rule(phase, loc, what, [], [action]);
}

function terminateTlsAction(e: ExposureIR): { loc: Loc; what: string; action: ActionOut } {
  const config: Record<string, unknown> = {};
  const sub: [string, Loc][] = [];
  if (e.tlsMin) {
    config['min_version'] = e.tlsMin.value;
    sub.push(['/config/min_version', e.tlsMin.loc]);
  }
  if (e.mtls) {
    config['mutual_tls_certificate_authorities'] = e.mtls.cas.map((c) => c.value);
    config['mutual_tls_verification_strategy'] = 'require-and-verify';
    e.mtls.cas.forEach((c, i) => sub.push([`/config/mutual_tls_certificate_authorities/${i}`, c.loc]));
    sub.push(['/config/mutual_tls_verification_strategy', e.mtls.loc]);
  }
  const loc = e.mtls?.loc ?? e.tlsMin!.loc;
  const what = [e.tlsMin ? `tls min ${e.tlsMin.value}` : '', e.mtls ? 'mtls' : ''].filter(Boolean).join(' + ');
  return { loc, what, action: { action: { type: 'terminate-tls', config }, loc, sub } };
}

function ipAction(type: 'restrict-ips', allow: ExposureIR['allowGroups'], deny: ExposureIR['denies']): ActionOut {
  const config: Record<string, unknown> = { enforce: true };
  const sub: [string, Loc][] = [];
  const allowList = flatCidrs(allow);
  config['allow'] = allowList.map((c) => c.value);
  allowList.forEach((c, i) => sub.push([`/config/allow/${i}`, c.loc]));
  if (deny.length > 0) {
    const denyList = flatCidrs(deny);
    config['deny'] = denyList.map((c) => c.value);
    denyList.forEach((c, i) => sub.push([`/config/deny/${i}`, c.loc]));
  }
  return { action: { type, config }, loc: allow[0]!.loc, sub };
}

/**
 * The `restrict-ips` step for allowed groups: none when they take every address of both families
 * and nothing is denied (`group anyone = ip 0.0.0.0/0, ::/0`, as tpc import writes for an open
 * endpoint), where the action would check nothing; the posture rules then say the endpoint is open.
 */
function ipStep(allow: ExposureIR['allowGroups'], deny: ExposureIR['denies']): ActionOut[] {
  if (deny.length === 0) {
    const all = new Set(flatCidrs(allow).map((c) => c.value));
    if (all.has('0.0.0.0/0') && all.has('::/0')) return [];
  }
  return [ipAction('restrict-ips', allow, deny)];
}

function flatCidrs(groups: readonly { group: { cidrs: Located<string>[] } }[]): Located<string>[] {
  const seen = new Set<string>();
  const out: Located<string>[] = [];
  for (const g of groups) {
    for (const c of g.group.cidrs) {
      if (seen.has(c.value)) continue;
      seen.add(c.value);
      out.push(c);
    }
  }
  return out;
}

function names(list: readonly { group?: { name: string }; identity?: { name: string } }[]): string {
  return list.map((x) => x.group?.name ?? x.identity?.name).join(', ');
}

/** The rules of one HTTPS exposure (path-keyed when it has a path). False after an error. */
function httpExposure(ctx: Context, b: PolicyBuilder, e: ExposureIR): boolean {
  const pc: Located<string>[] = e.path ? [{ value: pathExpression(e.path.value), loc: e.path.loc }] : [];
  const svc = e.service;
  const before = e.actions.filter((a) => a.point === 'before-forward').map(userAction);
  for (const a of e.actions) if (a.point === 'first') b.rule('on_http_request', a.loc, actionWhat(a), withWhen(pc, a), [userAction(a)]);
  for (const d of e.denies) {
    const cidrs = d.group.cidrs;
    if (cidrs.length === 0) continue;
    b.rule('on_http_request', d.loc, `deny ${d.group.name}`, [...pc, { value: `inCidrRanges(conn.client_ip, ${cidrList(cidrs.map((c) => c.value))})`, loc: d.loc }], [deny403(d.loc)]);
  }
  const auth = mergedIdentities(ctx, e.allowIdentities);
  if (auth === null) return false;
  const groups = e.allowGroups.filter((g) => g.group.cidrs.length > 0);
  const ipSteps = () => onceFor(e.allowGroups, 'http', () => ipStep(groups, []));
  if (!auth && groups.length === 0) {
    ctx.report(M.allowsNobody, e.loc, [svc.name, e.url.normalized + (e.path?.value ?? '')]);
    b.rule('on_http_request', e.loc, `allow nobody (no allow for ${svc.name})`, pc, [deny403(e.loc)]);
  } else if (!auth) {
    b.rule('on_http_request', groups[0]!.loc, `allow ${names(groups)}`, pc, [...ipSteps(), ...before, forward(svc, e)]);
  } else {
    if (groups.length > 0) {
      const cidrs = flatCidrs(groups);
      // The expression routes these addresses past the login; restrict-ips in the same rule
      // repeats the check as an action, so the forward is visibly protected on its own.
      b.rule('on_http_request', groups[0]!.loc, `allow ${names(groups)} (no login needed)`, [...pc, { value: `inCidrRanges(conn.client_ip, ${cidrList(cidrs.map((c) => c.value))})`, loc: groups[0]!.loc }], [...ipSteps(), ...before, forward(svc, e)]);
    }
    const idNames = names(e.allowIdentities);
    if (auth.kind === 'jwt') {
      b.rule('on_http_request', auth.loc, `allow ${idNames} (jwt-validation)`, pc, [auth.action, ...before, forward(svc, e)]);
    } else if (!auth.emailCheck) {
      // Every account of the provider may pass: the login and the forward share one rule.
      b.rule('on_http_request', auth.loc, `allow ${idNames} (${auth.action.action.type} login)`, pc, [auth.action, ...before, forward(svc, e)]);
    } else {
      // The account check needs the login's result, so it is a rule of its own between them.
      b.rule('on_http_request', auth.loc, `allow ${idNames} (${auth.action.action.type} login)`, pc, [auth.action]);
      b.rule('on_http_request', auth.loc, `allow ${idNames}: deny other accounts`, [...pc, auth.emailCheck], [deny403(auth.loc)]);
      b.rule('on_http_request', e.loc, `forward to ${svc.name}`, pc, [...before, forward(svc, e)]);
    }
  }
  for (const a of e.actions) if (a.point === 'response') b.rule('on_http_response', a.loc, actionWhat(a), withWhen(pc, a), [userAction(a)]);
  return true;
}

/** The single rule set of a TCP or TLS exposure (`on_tcp_connect` only). */
function tcpExposure(b: PolicyBuilder, e: ExposureIR): void {
  const svc = e.service;
  for (const a of e.actions) if (a.point === 'first') b.rule('on_tcp_connect', a.loc, actionWhat(a), withWhen([], a), [userAction(a)]);
  if (e.url.scheme === 'tls') terminateTls(b, e, 'on_tcp_connect');
  const before = e.actions.filter((a) => a.point === 'before-forward').map(userAction);
  const groups = e.allowGroups.filter((g) => g.group.cidrs.length > 0);
  const denies = e.denies.filter((d) => d.group.cidrs.length > 0);
  if (groups.length === 0) {
    b.rule('on_tcp_connect', e.loc, `allow nobody (no allow for ${svc.name})`, [], [{ action: { type: 'deny' }, loc: e.loc }]);
    return;
  }
  const what = `allow ${names(groups)}${denies.length > 0 ? `, deny ${names(denies)}` : ''}`;
  // An allow list belongs to one access, and so to one deny list.
  const ipSteps = onceFor(e.allowGroups, 'tcp', () => ipStep(groups, denies));
  b.rule('on_tcp_connect', groups[0]!.loc, what, [], [...ipSteps, ...before, forward(svc, e)]);
}

/** {@link mergeIdentities}, once per shared list of identities when it merges without a report. */
function mergedIdentities(ctx: Context, ids: ExposureIR['allowIdentities']): Auth | undefined | null {
  const reported = ctx.diagnostics.length;
  return onceFor(ids, 'auth', () => mergeIdentities(ctx, ids), (auth) => !!auth && ctx.diagnostics.length === reported);
}

/** A merged authentication step. */
type Auth =
  | { kind: 'jwt'; action: ActionOut; loc: Loc }
  | { kind: 'login'; action: ActionOut; loc: Loc; emailCheck: Located<string> | undefined };

/**
 * Merges the allowed identities of an exposure into one authentication action, when that is
 * faithful (see docs/dsl.md). Undefined when there are none; null after reporting why it is not.
 */
function mergeIdentities(ctx: Context, ids: ExposureIR['allowIdentities']): Auth | undefined | null {
  if (ids.length === 0) return undefined;
  const first = ids[0]!;
  for (const other of ids.slice(1)) {
    if (other.identity.kind !== first.identity.kind) {
      ctx.report(M.mixedIdentityKinds, other.loc, [first.identity.name, kindName(first.identity), other.identity.name, kindName(other.identity)], { related: [relatedAt(first.loc, `'${first.identity.name}' is allowed here.`)] });
      return null;
    }
    const why = first.identity.kind === 'jwt' ? jwtMismatch(first.identity, other.identity as JwtIR) : loginMismatch(first.identity, other.identity as LoginIR);
    if (why) {
      ctx.report(M.identitiesNoMerge, other.loc, [kindName(first.identity), first.identity.name, other.identity.name, why], { related: [relatedAt(first.loc, `'${first.identity.name}' is allowed here.`)] });
      return null;
    }
  }
  const loc = first.loc;
  if (first.identity.kind === 'jwt') {
    const j = first.identity;
    const audiences: Located<string>[] = [];
    for (const { identity } of ids) for (const a of (identity as JwtIR).audiences) if (!audiences.some((x) => x.value === a.value)) audiences.push(a);
    const token: Record<string, unknown> = { type: 'jwt', method: 'header', name: j.header };
    if (j.prefix !== undefined) token['prefix'] = j.prefix;
    const config = {
      issuer: { allow_list: [{ value: j.issuer.value }] },
      audience: { allow_list: audiences.map((a) => ({ value: a.value })) },
      http: { tokens: [token] },
      jws: { allowed_algorithms: j.algorithms, keys: { sources: { additional_jkus: [j.jwks.value] } } },
    };
    const sub: [string, Loc][] = [
      ['/config/issuer/allow_list/0/value', j.issuer.loc],
      ...audiences.map((a, i) => [`/config/audience/allow_list/${i}/value`, a.loc] as [string, Loc]),
      ['/config/jws/keys/sources/additional_jkus/0', j.jwks.loc],
      ['/config', j.loc],
    ];
    return { kind: 'jwt', action: { action: { type: 'jwt-validation', config }, loc, sub }, loc };
  }
  const l = first.identity as LoginIR;
  const all = ids.map((x) => x.identity as LoginIR);
  const unrestricted = all.some((x) => x.domains.length === 0 && x.emails.length === 0);
  const domains: Located<string>[] = [];
  const emails: Located<string>[] = [];
  if (!unrestricted) {
    for (const x of all) {
      for (const d of x.domains) if (!domains.some((y) => y.value === d.value)) domains.push(d);
      for (const m of x.emails) if (!emails.some((y) => y.value === m.value)) emails.push(m);
    }
  }
  const config: Record<string, unknown> = {};
  const sub: [string, Loc][] = [['/config', l.loc]];
  if (l.kind === 'oauth') config['provider'] = l.provider;
  else {
    config['issuer_url'] = l.issuer!.value;
    sub.push(['/config/issuer_url', l.issuer!.loc]);
  }
  if (l.clientId) {
    config['client_id'] = l.clientId.value;
    sub.push(['/config/client_id', l.clientId.loc]);
  }
  if (l.clientSecret) {
    config['client_secret'] = l.clientSecret.value;
    sub.push(['/config/client_secret', l.clientSecret.loc]);
  }
  if (l.scopes.length > 0) config['scopes'] = l.scopes;
  const type = l.kind === 'oauth' ? 'oauth' : 'openid-connect';
  const v = l.kind === 'oauth' ? 'actions.ngrok.oauth.identity.email' : 'actions.ngrok.oidc.identity.email';
  const conds = [...domains.map((d) => `${v}.lowerAscii().endsWith('@${d.value}')`), ...emails.map((m) => `${v}.lowerAscii() == '${m.value}'`)];
  const emailCheck = conds.length > 0 ? { value: `!(${conds.join(' || ')})`, loc: (domains[0] ?? emails[0])!.loc } : undefined;
  return { kind: 'login', action: { action: { type, config }, loc, sub }, loc, emailCheck };
}

function kindName(i: IdentityIR): string {
  return i.kind === 'jwt' ? 'JWT' : i.kind === 'oauth' ? 'OAuth' : 'OIDC';
}

function jwtMismatch(a: JwtIR, b: JwtIR): string | undefined {
  if (a.issuer.value !== b.issuer.value) {
    return `they trust different issuers ('${a.issuer.value}' and '${b.issuer.value}'), and one jwt-validation action checks issuer, audience and keys independently, so it would also accept a token of one issuer carrying the other's audience`;
  }
  if (a.jwks.value !== b.jwks.value) return 'they fetch keys from different JWKS URLs, and one jwt-validation action would accept a token signed with either set of keys';
  if (a.header !== b.header || a.prefix !== b.prefix) return 'they read the token from different places (header or prefix)';
  if (a.algorithms.join() !== b.algorithms.join()) return 'they accept different signing algorithms';
  return undefined;
}

function loginMismatch(a: LoginIR, b: LoginIR): string | undefined {
  if (a.kind === 'oauth' && a.provider !== b.provider) return `they log in with different providers (${a.provider} and ${b.provider}), and one oauth action has one provider`;
  if (a.kind === 'oidc' && a.issuer?.value !== b.issuer?.value) return 'they log in at different OpenID Connect issuers, and one openid-connect action has one issuer';
  if (a.clientId?.value !== b.clientId?.value || a.clientSecret?.value !== b.clientSecret?.value) return 'they use different client apps, and one login action has one client';
  if (a.scopes.join() !== b.scopes.join()) return 'they request different scopes';
  return undefined;
}

/** Warns when paths of one hostname log in with different identities (ERR_NGROK_2239 risk). */
function warnLoginActions(ctx: Context, url: string, exposures: ExposureIR[]): void {
  let seen: { id: IdentityIR; loc: Loc } | undefined;
  for (const e of exposures) {
    for (const { identity, loc } of e.allowIdentities) {
      if (identity.kind === 'jwt') continue;
      if (!seen) seen = { id: identity, loc };
      else if (seen.id !== identity && loginMismatch(seen.id as LoginIR, identity) !== undefined) {
        ctx.report(M.loginActionsShareHost, loc, [url, seen.id.name, identity.name], { related: [relatedAt(seen.loc, `'${seen.id.name}' is allowed here.`)] });
        return;
      }
    }
  }
}

export { escapePointer };
