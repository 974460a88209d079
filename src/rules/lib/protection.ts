/**
 * Which traffic of an endpoint reaches something inward (a `forward-internal` target or the
 * agent's upstream), and whether a protecting action runs in front of it for *all* of that
 * traffic. Shared by `unprotected-tcp` and `unauthenticated-http`.
 *
 * Soundness over completeness: a protection counts only when it certainly runs before the
 * forward for every connection or request that reaches the forward:
 * - it sits in a rule without expressions, before that rule's first terminating action or
 *   forward, in an earlier rule or phase than the forward; or
 * - it sits in the forward's own rule, before the forward (the rule's expressions were
 *   evaluated once for both).
 * Otherwise a protection in another rule with expressions is not counted, even with the same
 * expressions: set-vars, url-rewrite or header actions in between can change what the
 * expressions see, and `rand`/`time` differ between evaluations. The one exception is below.
 * Protections in `on_http_response` run after the upstream saw the request and never count.
 *
 * The exception is the "login, then account check" pattern (what tpc emits for a path-keyed
 * exposure allowing an `oauth`/`openid-connect` identity with allowed domains or emails): a
 * login in an earlier rule with expressions covers a forward when, in the same phase,
 * - every expression of the login's rule is also an expression of the forward's rule (same or
 *   stronger condition), and reads nothing that can change between the two rules or between
 *   two evaluations (no action results, headers, cookies, body, `rand`, `time`);
 * - the login runs before its rule's first terminating action, and every action of the login's
 *   rule and of the rules between it and the forward's rule changes nothing a later expression
 *   can see (authentication, `restrict-ips`, `rate-limit`, `log`, `deny`, `custom-response`,
 *   `redirect`, `close-connection`);
 * - a rule between them starts with `deny` or `custom-response`, and its expressions are
 *   expressions of the forward's rule that read nothing unstable (as above), plus at least one
 *   that reads the login's result (`actions.ngrok.oauth.…` or `actions.ngrok.oidc.…`) and no
 *   `rand` or `time`: the account check.
 * Every request that reaches the forward then evaluated the login's rule as matching and ran
 * the login; without such a deny rule the pattern is not recognised (see {@link loginGate}).
 *
 * @internal
 */

import { isTerminalAction, type Scheme } from '../../ngrok/types.js';
import type { Path, SourceDocument } from '../../ngrok/load.js';
import { eachAction, isObject, type ActionSite, type EndpointRef, type PolicyRef } from '../workspace.js';

/** The kinds of protection the posture rules recognise. */
export type ProtectionKind = 'restrict-ips' | 'mutual-tls' | 'authentication';

/** A protecting action found in a policy. */
export interface Protection {
  site: ActionSite;
  kind: ProtectionKind;
  /** False when configured so that it protects nothing (`enforce: false`, allow-all, …). */
  effective: boolean;
  /** Why it is not effective, for hints. */
  weakness?: string;
  /**
   * An `oauth` login through ngrok's managed app for this provider: anyone with an account there
   * passes it, so it protects only when a later rule checks the account.
   */
  openTo?: string;
}

/** Something inward that traffic reaches. */
export interface Forward {
  kind: 'forward-internal' | 'upstream';
  /** The forward-internal action (kind `forward-internal`). */
  site?: ActionSite;
  /** Target URL or upstream address as written. */
  target: string;
  /** Protections that certainly cover all traffic reaching this forward. */
  coveredBy: Protection[];
  /** Effective protections that exist but do not cover all of it (guarded, or after the forward). */
  partial: Protection[];
  /** Protections that are present but configured to protect nothing. */
  weak: Protection[];
}

/** A forward one of the posture rules reports (shared by `unprotected-tcp` and `unauthenticated-http`). */
export interface ForwardFinding<M extends string> {
  messageId: M;
  doc: SourceDocument;
  path: Path;
  data: Record<string, string>;
  forward: Forward;
  /** The endpoint's policy is in a `traffic_policy_file` that was not linted with it. */
  external: boolean;
}

const AUTH_ACTIONS = new Set(['basic-auth', 'jwt-validation', 'oauth', 'openid-connect', 'oidc', 'saml', 'verify-webhook']);

function phaseOrder(phase: string, scheme: Scheme | undefined): number | undefined {
  switch (phase) {
    case 'on_tcp_connect':
      return 0;
    case 'on_http_request':
      return 1;
    case 'on_http_response':
    case 'outbound':
      return 2;
    case 'inbound':
      return scheme === 'tcp' || scheme === 'tls' ? 0 : 1;
    default:
      return undefined;
  }
}

function hasExpressions(rule: Record<string, unknown>): boolean {
  const e = rule['expressions'];
  return Array.isArray(e) ? e.length > 0 : e !== undefined && e !== null;
}

/** Index of the first action of a rule after which later actions may not run for all traffic. */
function cutOf(rule: Record<string, unknown>): number {
  const a = rule['actions'];
  if (!Array.isArray(a)) return 0;
  const i = a.findIndex((x) => isTerminalAction(x) || (isObject(x) && x['type'] === 'forward-internal'));
  return i < 0 ? a.length : i;
}

function nonEmptyStrings(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v] : [];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : [];
}

const ALL_V4 = /^0\.0\.0\.0\/0$/;
const ALL_V6 = /^::(\/0)?$|^::\/0$/;

/** Classifies an action as a protection (or not), for an endpoint of the given scheme. */
export function protectionOf(site: ActionSite, scheme: Scheme | undefined): Protection | undefined {
  const c = site.config ?? {};
  switch (site.type) {
    case 'restrict-ips': {
      if (c['enforce'] === false) return { site, kind: 'restrict-ips', effective: false, weakness: "it has 'enforce: false'" };
      const allow = nonEmptyStrings(c['allow']);
      const policies = nonEmptyStrings(c['ip_policies']);
      if (allow.some((a) => ALL_V4.test(a.trim()) || ALL_V6.test(a.trim()))) return { site, kind: 'restrict-ips', effective: false, weakness: 'its allow list admits every address' };
      if (policies.length > 0) return { site, kind: 'restrict-ips', effective: true };
      if (allow.length === 0) return { site, kind: 'restrict-ips', effective: false, weakness: 'it has no allow list or IP policy (a deny list alone admits every other address)' };
      if (allow.some((a) => a.includes('${')) || typeof c['allow'] === 'string') {
        return { site, kind: 'restrict-ips', effective: false, weakness: 'its allow list is computed at runtime (${…}), which tpc cannot check' };
      }
      return { site, kind: 'restrict-ips', effective: true };
    }
    case 'terminate-tls': {
      const cas = nonEmptyStrings(c['mutual_tls_certificate_authorities']);
      if (cas.length === 0) return undefined;
      if (scheme !== 'tls' && scheme !== 'https') return { site, kind: 'mutual-tls', effective: false, weakness: `mutual TLS on a ${scheme ?? 'non-TLS'} endpoint is not documented` };
      const strategy = c['mutual_tls_verification_strategy'];
      if (strategy !== undefined && strategy !== 'require-and-verify') return { site, kind: 'mutual-tls', effective: false, weakness: `'mutual_tls_verification_strategy: ${String(strategy)}' does not require a verified client certificate` };
      return { site, kind: 'mutual-tls', effective: true };
    }
    default:
      if (site.type && AUTH_ACTIONS.has(site.type)) {
        if ((site.type === 'basic-auth' || site.type === 'verify-webhook') && c['enforce'] === false) {
          return { site, kind: 'authentication', effective: false, weakness: "it has 'enforce: false'" };
        }
        // ngrok's managed OAuth app (no client_id or client_secret) signs in any account of the
        // provider; the action has no allow list (reference §2.12), so only a later rule reading
        // actions.ngrok.oauth.identity can restrict who gets through.
        if (site.type === 'oauth' && c['client_id'] === undefined && c['client_secret'] === undefined) {
          return { site, kind: 'authentication', effective: true, openTo: typeof c['provider'] === 'string' ? c['provider'] : 'OAuth' };
        }
        return { site, kind: 'authentication', effective: true };
      }
      return undefined;
  }
}

interface Positioned {
  site: ActionSite;
  order: number;
  unconditional: boolean;
  /** Before its rule's cut: runs for every traffic that evaluates the rule as matching. */
  beforeCut: boolean;
}

function position(site: ActionSite, scheme: Scheme | undefined): Positioned | undefined {
  const order = phaseOrder(site.phase, scheme);
  if (order === undefined) return undefined;
  return { site, order, unconditional: !hasExpressions(site.rule), beforeCut: site.actionIndex < cutOf(site.rule) };
}

/** True when `p` runs before `f` for all traffic that reaches `f`. */
function covers(p: Positioned, f: { order: number; ruleIndex: number; actionIndex: number; phase: string }): boolean {
  if (p.order >= 2) return false;
  if (p.site.phase === f.phase && p.site.ruleIndex === f.ruleIndex) return p.site.actionIndex < f.actionIndex && p.beforeCut;
  const earlier = p.order < f.order || (p.order === f.order && p.site.phase === f.phase && p.site.ruleIndex < f.ruleIndex);
  return earlier && p.unconditional && p.beforeCut;
}

/** Login actions whose result a later rule can check, with the namespace of that result. */
const LOGIN_RESULTS: Readonly<Record<string, string>> = { oauth: 'actions.ngrok.oauth.', 'openid-connect': 'actions.ngrok.oidc.', oidc: 'actions.ngrok.oidc.' };

/** Actions that change nothing a later rule's expressions can read (except their own `actions.ngrok.*` results). */
const INERT_ACTIONS = new Set([...AUTH_ACTIONS, 'restrict-ips', 'rate-limit', 'log', 'deny', 'custom-response', 'redirect', 'close-connection']);

/** Words of an expression (outside string literals) that may read something that changes between two rules or two evaluations. */
const UNSTABLE = /\b(?:actions|rand|time)\b|headers|cookies|body/;
const RANDOM = /\b(?:rand|time)\b/;

/** An expression with the contents of its string literals removed (so `'/time'` is not a word of it). */
function code(expr: string): string {
  return expr.replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'/g, "''");
}

/** The expressions of a rule as trimmed strings; undefined unless it is a non-empty list of strings. */
function expressionList(rule: Record<string, unknown>): string[] | undefined {
  const e = rule['expressions'];
  if (!Array.isArray(e) || e.length === 0 || !e.every((x) => typeof x === 'string')) return undefined;
  return (e as string[]).map((x) => x.trim());
}

function inertRule(rule: unknown): boolean {
  if (!isObject(rule)) return false;
  const a = rule['actions'];
  if (a === undefined) return true;
  return Array.isArray(a) && a.every((x) => isObject(x) && typeof x['type'] === 'string' && INERT_ACTIONS.has(x['type']));
}

/** Whether the deny rule `rule` rejects every request reaching a forward guarded by `fwdExprs` whose account check (reading `result`) fails. */
function accountCheck(rule: unknown, fwdExprs: ReadonlySet<string>, result: string): boolean {
  if (!isObject(rule)) return false;
  const exprs = expressionList(rule);
  const first = Array.isArray(rule['actions']) ? (rule['actions'][0] as unknown) : undefined;
  if (!exprs || !isObject(first) || (first['type'] !== 'deny' && first['type'] !== 'custom-response')) return false;
  let tied = false;
  for (const x of exprs) {
    const c = code(x);
    if (RANDOM.test(c)) return false;
    if (c.includes(result)) tied = true;
    else if (!fwdExprs.has(x) || UNSTABLE.test(c)) return false;
  }
  return tied;
}

/**
 * The "login, then account check" pattern (see the module comment): true when `login` runs for
 * every request that reaches the forward `fwd` in a later rule of the same phase, and a deny rule
 * between them checks the login's result.
 */
export function loginGate(login: ActionSite, fwd: ActionSite): boolean {
  const result = login.type ? LOGIN_RESULTS[login.type] : undefined;
  if (!result || login.phase !== fwd.phase || login.policy !== fwd.policy || login.ruleIndex >= fwd.ruleIndex) return false;
  if (login.actionIndex >= cutOf(login.rule) || !inertRule(login.rule)) return false;
  const loginExprs = expressionList(login.rule);
  const fwdExprs = expressionList(fwd.rule);
  if (!loginExprs || !fwdExprs) return false;
  const fwdSet = new Set(fwdExprs);
  if (!loginExprs.every((x) => fwdSet.has(x) && !UNSTABLE.test(code(x)))) return false;
  return rulesBetween(login, fwd).every(inertRule) && accountCheckedBefore(login, fwd);
}

/** The rules of the login's phase after its rule and before the forward's (to the end without one). */
function rulesBetween(login: ActionSite, fwd: ActionSite | undefined): unknown[] {
  const rules = login.policy.policy[login.phase];
  return Array.isArray(rules) ? (rules.slice(login.ruleIndex + 1, fwd ? fwd.ruleIndex : rules.length) as unknown[]) : [];
}

/**
 * True when a rule after the login's rule and before the forward's rule (same phase) denies the
 * requests whose login result fails a check, for every request that reaches the forward (see
 * {@link accountCheck}). A login in the forward's own rule is never checked. Without a forward
 * action (an agent endpoint's upstream, reached after every rule), any later rule of the phase
 * may check.
 */
function accountCheckedBefore(login: ActionSite, fwd: ActionSite | undefined): boolean {
  const result = login.type ? LOGIN_RESULTS[login.type] : undefined;
  if (!result) return false;
  if (fwd && (login.phase !== fwd.phase || login.policy !== fwd.policy || login.ruleIndex >= fwd.ruleIndex)) return false;
  const fwdSet = new Set(fwd ? (expressionList(fwd.rule) ?? []) : []);
  return rulesBetween(login, fwd).some((r) => accountCheck(r, fwdSet, result));
}

/** True when some unconditional rule before `f` always terminates, so `f` is never reached. */
function unreachable(all: Positioned[], f: { order: number; ruleIndex: number; actionIndex: number; phase: string }): boolean {
  return all.some((p) => {
    if (!isTerminalAction(p.site.action)) return false;
    if (p.site.phase === f.phase && p.site.ruleIndex === f.ruleIndex) return p.site.actionIndex < f.actionIndex;
    const earlier = p.order < f.order || (p.order === f.order && p.site.phase === f.phase && p.site.ruleIndex < f.ruleIndex);
    return earlier && p.unconditional;
  });
}

/**
 * The forwards of an endpoint's traffic and how each is protected. `accept` selects which
 * protection kinds count; `upstreamProtected` says whether the endpoint itself protects its
 * upstream (agent-side mutual TLS, legacy tunnel modules).
 */
export function analyzeForwards(
  ep: EndpointRef,
  scheme: Scheme | undefined,
  accept: ReadonlySet<ProtectionKind>,
  upstreamProtected: boolean,
  upstream: string | undefined,
): Forward[] {
  const policy: PolicyRef | undefined = ep.policy;
  const all: Positioned[] = [];
  const protections: { pos: Positioned; prot: Protection }[] = [];
  if (policy) {
    for (const site of eachAction(policy)) {
      const pos = position(site, scheme);
      if (!pos) continue;
      all.push(pos);
      const prot = protectionOf(site, scheme);
      if (prot && accept.has(prot.kind)) protections.push({ pos, prot });
    }
  }
  const entryOrder = scheme === 'tcp' || scheme === 'tls' ? 0 : 1;
  const out: Forward[] = [];
  const judge = (kind: Forward['kind'], target: string, at: { order: number; ruleIndex: number; actionIndex: number; phase: string }, site?: ActionSite): void => {
    const f: Forward = { kind, target, coveredBy: [], partial: [], weak: [] };
    if (site) f.site = site;
    for (const { pos, prot } of protections) {
      if (!prot.effective) {
        if (pos.order < 2) f.weak.push(prot);
        continue;
      }
      const gated = site !== undefined && prot.kind === 'authentication' && loginGate(pos.site, site);
      if (prot.openTo !== undefined && !gated && covers(pos, at) && !accountCheckedBefore(pos.site, site)) {
        // It runs first, but lets in every account of the provider.
        f.weak.push({ ...prot, effective: false, weakness: `it uses ngrok's managed ${prot.openTo} app and no rule after it checks the account (actions.ngrok.oauth.identity), so anyone with a ${prot.openTo} account gets through` });
        continue;
      }
      if (covers(pos, at) || gated) f.coveredBy.push(prot);
      else if (pos.order < 2) f.partial.push(prot);
    }
    out.push(f);
  };
  for (const pos of all) {
    if (pos.site.type !== 'forward-internal' || pos.order >= 2) continue;
    const at = { order: pos.order, ruleIndex: pos.site.ruleIndex, actionIndex: pos.site.actionIndex, phase: pos.site.phase };
    if (unreachable(all, at)) continue;
    const url = pos.site.config?.['url'];
    judge('forward-internal', typeof url === 'string' ? url : '?', at, pos.site);
  }
  if (ep.kind === 'agent' && upstream !== undefined && !upstreamProtected) {
    // The upstream is reached after every rule of the entry phases (an order between phases).
    const atEnd = { order: entryOrder + 0.5, ruleIndex: 0, actionIndex: 0, phase: 'upstream' };
    if (!unreachable(all, atEnd)) judge('upstream', upstream, atEnd);
  }
  return out;
}

/** A one-line description of a rule's place, for hints: `'on_tcp_connect' rule 2 ('office')`. */
export function placeOf(site: ActionSite): string {
  const name = typeof site.rule['name'] === 'string' ? ` ('${site.rule['name']}')` : '';
  return `'${site.phase}' rule ${site.ruleIndex + 1}${name}`;
}

/** Hint text explaining protections that exist but do not count. */
export function protectionHint(f: Forward, fallback: string): string {
  const parts: string[] = [];
  for (const p of f.partial) parts.push(`the '${p.site.type}' in ${placeOf(p.site)} does not cover all of this traffic (its rule has expressions, or it runs after the forward)`);
  for (const p of f.weak) parts.push(`the '${p.site.type}' in ${placeOf(p.site)} protects nothing: ${p.weakness}`);
  if (parts.length === 0) return fallback;
  const text = parts.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}. ${fallback}`;
}
