/**
 * What each Traffic Policy action does to a simulated request, following ngrok's documented
 * behaviour (ngrok.com/docs/traffic-policy/actions/<type>; summarised in the team's reference
 * §2). Each handler returns the next step: continue, stop with an outcome, or forward.
 *
 * Actions that cannot decide access for one request (rate limits, circuit breakers, the OWASP
 * rule set, logging, body rewriting, compression) pass with a note in the trace. An action the
 * simulator cannot model and that could refuse the request stops with `unknown`.
 * @internal
 */

import { inCidrRange, parseCidr, parseIp } from '../ngrok/cel/index.js';
import type { Phase } from '../ngrok/types.js';
import { caIdentity, sameCa, type CaIdentity } from './certs.js';
import type { HttpView, Visit } from './context.js';
import type { PreparedAction } from './prepare.js';
import { allMatches, compilePattern, replaceAll } from './regex.js';
import type { Outcome } from './types.js';

/** What happens after an action ran. */
export type ActionStep =
  | { next: 'continue'; message: string }
  | { next: 'stop'; outcome: Outcome; message: string }
  | { next: 'forward'; url: string; onError: 'halt' | 'continue'; message: string };

/**
 * How an action relates to access:
 * - `decides`: it can refuse, answer, redirect or forward the request;
 * - `mutates`: it changes what later expressions or the forwarded request see;
 * - `inert`: neither (for one request).
 */
export type ActionRole = 'decides' | 'mutates' | 'inert';

export interface ActionHandler {
  /** Phases where ngrok accepts the action. */
  phases: readonly Phase[];
  role: ActionRole;
  run(v: Visit, a: PreparedAction): ActionStep;
}

const TCP: Phase = 'on_tcp_connect';
const REQ: Phase = 'on_http_request';
const RES: Phase = 'on_http_response';

function unknown(reason: string): ActionStep {
  return { next: 'stop', outcome: { result: 'unknown', reason }, message: `cannot tell: ${reason}` };
}

function cont(message: string): ActionStep {
  return { next: 'continue', message };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] | undefined {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) return undefined;
  return v.every((x) => typeof x === 'string') ? (v as string[]) : undefined;
}

/** Renders each string of a list; the first failure is returned as an error. */
function renderAll(v: Visit, list: readonly string[], what: string): { ok: true; values: string[] } | { ok: false; error: string } {
  const values: string[] = [];
  for (const s of list) {
    const r = v.render(s);
    if (!r.ok) return { ok: false, error: `${what} '${s}' could not be rendered: ${r.error}` };
    values.push(String(r.value));
  }
  return { ok: true, values };
}

function hasSecret(s: string): boolean {
  return s.includes('<secret:');
}

function statusOf(v: unknown, dflt: number, min: number, max: number): number | undefined {
  if (v === undefined || v === null) return dflt;
  const n = typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

function headerValue(view: HttpView | undefined, name: string): readonly string[] {
  return view?.headers[name.toLowerCase()] ?? [];
}

// ---------------------------------------------------------------------------------------------
// restrict-ips — ngrok.com/docs/traffic-policy/actions/restrict-ips
// ---------------------------------------------------------------------------------------------

const validity = { ip: new Map<string, boolean>(), cidr: new Map<string, boolean>() };

/** Whether text is an IP (`ip`) or a CIDR (`cidr`), cached (parsing builds ipaddr.js objects). */
function valid(kind: 'ip' | 'cidr', text: string): boolean {
  const cache = validity[kind];
  let v = cache.get(text);
  if (v === undefined) {
    v = kind === 'ip' ? parseIp(text) !== undefined : parseCidr(text) !== undefined;
    if (cache.size > 20_000) cache.clear();
    cache.set(text, v);
  }
  return v;
}

const restrictIps: ActionHandler = {
  phases: [TCP, REQ, RES],
  role: 'decides',
  run(v, a) {
    const cfg = a.config;
    const ip = v.run.request.clientIp;
    if (ip === undefined) return unknown('restrict-ips decides by the client IP, and the request gives none');
    if (!valid('ip', ip)) return unknown(`'${ip}' is not an IP address`);
    const allowList = strings(cfg['allow']);
    const denyList = strings(cfg['deny']);
    const policies = strings(cfg['ip_policies']);
    if (!allowList || !denyList || !policies) return unknown('restrict-ips has allow, deny or ip_policies that is not a list of strings');
    const allowR = renderAll(v, allowList, 'the CIDR');
    if (!allowR.ok) return unknown(allowR.error);
    const denyR = renderAll(v, denyList, 'the CIDR');
    if (!denyR.ok) return unknown(denyR.error);
    const allow = policies.length > 0 ? [...allowR.values] : allowR.values;
    const deny = policies.length > 0 ? [...denyR.values] : denyR.values;
    for (const id of policies) {
      const p = v.run.world.world.ipPolicies?.[id];
      if (!p) return unknown(`the IP policy '${id}' is not in the simulated world`);
      allow.push(...(p.allow ?? []));
      deny.push(...(p.deny ?? []));
    }
    const bad = allow.find((c) => !valid('cidr', c)) ?? deny.find((c) => !valid('cidr', c));
    if (bad !== undefined) return unknown(`'${bad}' is not a CIDR (ngrok's handling of it is not documented)`);
    const denied = deny.find((c) => inCidrRange(ip, c));
    const allowed = allow.find((c) => inCidrRange(ip, c));
    if (denied === undefined && allow.length === 0) {
      return unknown(`${ip} matches no deny CIDR and there is no allow list; whether restrict-ips then allows it is not documented`);
    }
    const decision = denied === undefined && allowed !== undefined ? 'allow' : 'deny';
    const matched = denied ?? allowed ?? '';
    v.setResult('restrict_ips', { action: decision, matched_cidr: matched });
    const why = denied !== undefined ? `${ip} is in the denied ${denied}` : allowed !== undefined ? `${ip} is in the allowed ${allowed}` : `${ip} is in none of the allowed CIDRs (${allow.join(', ')})`;
    if (decision === 'allow') return cont(`allows: ${why}`);
    if (cfg['enforce'] === false) return cont(`would deny (${why}), but enforce is false`);
    const outcome: Outcome = v.phase === TCP ? { result: 'rejected', by: 'restrict-ips', tcp: 'closed' } : { result: 'rejected', by: 'restrict-ips', status: 403 };
    return { next: 'stop', outcome, message: `denies: ${why}` };
  },
};

// ---------------------------------------------------------------------------------------------
// terminate-tls — ngrok.com/docs/traffic-policy/actions/terminate-tls
// ---------------------------------------------------------------------------------------------

const TLS_VERSIONS = ['1.2', '1.3'];

function versionText(x: unknown, dflt: string): string | undefined {
  if (x === undefined || x === null) return dflt;
  const s = typeof x === 'number' ? x.toFixed(1) : x;
  return typeof s === 'string' && TLS_VERSIONS.includes(s) ? s : undefined;
}

const terminateTls: ActionHandler = {
  phases: [TCP],
  role: 'decides',
  run(v, a) {
    const ep = v.endpoint;
    if (ep.scheme !== 'https' && ep.scheme !== 'tls') return unknown(`terminate-tls on a ${ep.scheme ?? 'non-TLS'} endpoint is not documented`);
    if (v.tlsTerminated) return unknown('TLS was already terminated for this connection; a second terminate-tls is not documented');
    const cfg = a.config;
    const min = versionText(cfg['min_version'], '1.2');
    const max = versionText(cfg['max_version'], '1.3');
    if (min === undefined || max === undefined) return unknown("min_version and max_version must be '1.2' or '1.3'; ngrok refuses other values");
    const offered = v.run.request.tls ?? '1.3';
    if (offered < min || offered > max) {
      return {
        next: 'stop',
        outcome: { result: 'rejected', by: 'terminate-tls', tls: 'handshake-failure' },
        message: `TLS handshake fails: the client speaks TLS ${offered}, the endpoint accepts ${min === max ? min : `${min}–${max}`}`,
      };
    }
    let mtls = '';
    const caList = strings(cfg['mutual_tls_certificate_authorities']);
    if (!caList) return unknown('mutual_tls_certificate_authorities is not a list of strings');
    if (caList.length > 0) {
      const rendered = renderAll(v, caList, 'the CA');
      if (!rendered.ok) return unknown(rendered.error);
      const r = checkClientCert(v, rendered.values, cfg['mutual_tls_verification_strategy']);
      if (r.kind === 'unknown') return unknown(r.reason);
      if (r.kind === 'fail') {
        return { next: 'stop', outcome: { result: 'rejected', by: 'terminate-tls', tls: 'handshake-failure' }, message: `TLS handshake fails: ${r.reason}` };
      }
      mtls = `; ${r.reason}`;
    }
    v.tlsTerminated = true;
    v.tlsVersion = offered;
    const result: Record<string, unknown> = { version: offered };
    if (ep.host !== undefined) result['sni'] = ep.host;
    v.setResult('terminate_tls', result);
    return cont(`terminates TLS ${offered} (accepts ${min === max ? min : `${min}–${max}`})${mtls}`);
  },
};

type CertCheck = { kind: 'ok'; reason: string } | { kind: 'fail'; reason: string } | { kind: 'unknown'; reason: string };

function checkClientCert(v: Visit, cas: readonly string[], strategyRaw: unknown): CertCheck {
  const strategy = strategyRaw === undefined || strategyRaw === null ? 'require-and-verify' : strategyRaw;
  if (strategy !== 'require-and-verify' && strategy !== 'require-any' && strategy !== 'request') {
    return { kind: 'unknown', reason: `the mTLS verification strategy '${String(strategy)}' is not one ngrok documents` };
  }
  if (cas.some(hasSecret)) return { kind: 'unknown', reason: 'a CA comes from a vault secret, whose value the simulator does not have' };
  const cert = v.run.request.cert;
  if (!cert) {
    if (strategy === 'request') return { kind: 'ok', reason: 'no client certificate (the strategy only requests one)' };
    return { kind: 'fail', reason: 'mutual TLS requires a client certificate and the client presents none' };
  }
  if (strategy === 'require-any') return { kind: 'ok', reason: 'a client certificate is presented (require-any does not verify it)' };
  const status = cert.status ?? 'valid';
  const names = v.run.world.world.certificateAuthorities;
  const certCa = caIdentity(cert.ca, names);
  let undecided = false;
  let matched = false;
  for (const ca of cas) {
    const same = sameCa(certCa, caIdentity(ca, names));
    if (same === true) matched = true;
    else if (same === undefined) undecided = true;
  }
  const caName = describeCa(cert.ca, certCa);
  if (strategy === 'request' && (status !== 'valid' || !matched)) {
    return { kind: 'unknown', reason: "with the strategy 'request', what ngrok does with a certificate that does not verify is not documented" };
  }
  if (status !== 'valid') return { kind: 'fail', reason: `the client certificate is ${status}` };
  if (matched) return { kind: 'ok', reason: `the client certificate (CA ${caName}) verifies` };
  if (undecided) return { kind: 'unknown', reason: `cannot tell whether the CA ${caName} is one of the configured CAs (compare them by PEM text or by CA id)` };
  return { kind: 'fail', reason: `the client certificate's CA ${caName} is not one of the ${cas.length} configured CA(s)` };
}

function describeCa(ref: string, id: CaIdentity): string {
  if (id.name !== undefined) return `'${ref}'`;
  if (id.id !== undefined) return id.id;
  if (!ref.includes('-----')) return `'${ref}'`;
  return id.fingerprints[0] ? `${id.fingerprints[0].slice(0, 19)}…` : '(PEM)';
}

// ---------------------------------------------------------------------------------------------
// jwt-validation — ngrok.com/docs/traffic-policy/actions/jwt-validation
// ---------------------------------------------------------------------------------------------

function valuesOf(list: unknown): unknown[] | undefined {
  if (!isObject(list)) return undefined;
  const al = list['allow_list'];
  if (!Array.isArray(al)) return undefined;
  return al.map((x) => (isObject(x) ? x['value'] : undefined));
}

function jwksOf(keys: unknown): string[] | undefined {
  const k = Array.isArray(keys) ? keys[0] : keys;
  if (!isObject(k)) return undefined;
  const sources = Array.isArray(k['sources']) ? k['sources'][0] : k['sources'];
  if (!isObject(sources)) return undefined;
  return strings(sources['additional_jkus']);
}

const jwtValidation: ActionHandler = {
  phases: [REQ],
  role: 'decides',
  run(v, a) {
    const cfg = a.config;
    const reject = (why: string, code: string): ActionStep => {
      v.setResult('jwt_validation', { tokens: [], error: { code, message: why } });
      return { next: 'stop', outcome: { result: 'rejected', by: 'jwt-validation', status: 401 }, message: `401: ${why}` };
    };
    const http = isObject(cfg['http']) ? cfg['http'] : undefined;
    const tokens = http && Array.isArray(http['tokens']) ? http['tokens'].filter(isObject) : [];
    if (tokens.length === 0) return unknown('jwt-validation lists no http.tokens');
    const jwt = v.run.request.jwt;
    if (!jwt) return reject('no token is presented', 'ERR_NGROK_3401');
    if (tokens.length > 1) return unknown('jwt-validation requires several tokens; the request describes one');
    const t = tokens[0]!;
    if (t['method'] !== 'header') return unknown(`tokens read from the ${String(t['method'])} are not modelled (the request's token is in a header)`);
    const nameR = v.render(typeof t['name'] === 'string' ? t['name'] : '');
    if (!nameR.ok) return unknown(`the token name could not be rendered: ${nameR.error}`);
    const prefixR = v.render(typeof t['prefix'] === 'string' ? t['prefix'] : '');
    if (!prefixR.ok) return unknown(`the token prefix could not be rendered: ${prefixR.error}`);
    const header = jwt.header ?? 'Authorization';
    const prefix = jwt.prefix ?? 'Bearer ';
    if (String(nameR.value).toLowerCase() !== header.toLowerCase()) return reject(`the token is in the '${header}' header, the action reads '${String(nameR.value)}'`, 'ERR_NGROK_3401');
    if (String(prefixR.value) !== prefix) return reject(`the header value starts with '${prefix}', the action expects the prefix '${String(prefixR.value)}'`, 'ERR_NGROK_3403');
    const claims = jwt.claims ?? {};
    const status = jwt.status ?? 'valid';
    if (status === 'invalid') return reject('the signature does not verify', 'ERR_NGROK_3403');
    const jws = isObject(cfg['jws']) ? cfg['jws'] : {};
    if (jwt.jwks !== undefined) {
      const jkus = jwksOf(jws['keys']);
      if (!jkus) return unknown('jws.keys.sources.additional_jkus is missing or malformed');
      const r = renderAll(v, jkus, 'the JWKS URL');
      if (!r.ok) return unknown(r.error);
      if (!r.values.includes(jwt.jwks)) return reject(`the token is signed with a key from ${jwt.jwks}, which the action does not fetch (${r.values.join(', ')})`, 'ERR_NGROK_3403');
    }
    if (jwt.alg !== undefined) {
      const algs = strings(jws['allowed_algorithms']);
      if (!algs) return unknown('jws.allowed_algorithms is missing or malformed');
      if (!algs.includes(jwt.alg)) return reject(`the algorithm ${jwt.alg} is not allowed (${algs.join(', ')})`, 'ERR_NGROK_3403');
    }
    if (status === 'expired') return reject('the token has expired', 'ERR_NGROK_3406');
    const issuers = valuesOf(cfg['issuer']);
    if (!issuers || issuers.length === 0 || !issuers.every((x) => typeof x === 'string')) return unknown('issuer.allow_list is missing or malformed');
    const issR = renderAll(v, issuers as string[], 'the issuer');
    if (!issR.ok) return unknown(issR.error);
    const iss = claims['iss'];
    if (typeof iss !== 'string') return reject('the token has no iss claim', 'ERR_NGROK_3408');
    if (!issR.values.includes(iss)) return reject(`the issuer '${iss}' is not allowed (${issR.values.join(', ')})`, 'ERR_NGROK_3408');
    if (cfg['audience'] !== undefined && cfg['audience'] !== null) {
      const auds = valuesOf(cfg['audience']);
      if (!auds || !auds.every((x) => typeof x === 'string')) return unknown('audience.allow_list is malformed');
      const tokenAud = claims['aud'];
      const have = typeof tokenAud === 'string' ? [tokenAud] : Array.isArray(tokenAud) ? tokenAud.filter((x): x is string => typeof x === 'string') : [];
      if (!have.some((x) => (auds as string[]).includes(x))) {
        return reject(`the audience ${have.length ? have.map((x) => `'${x}'`).join(', ') : '(none)'} is not allowed (${(auds as string[]).join(', ')})`, 'ERR_NGROK_3411');
      }
    }
    v.setResult('jwt_validation', {
      tokens: [{ header: { alg: jwt.alg ?? 'RS256', typ: 'JWT' }, location: 'header', location_property: header.toLowerCase(), payload: claims, signature: '', verified: true }],
    });
    return cont(`the token from '${iss}' is valid`);
  },
};

// ---------------------------------------------------------------------------------------------
// oauth, openid-connect — ngrok.com/docs/traffic-policy/actions/oauth, …/openid-connect
// ---------------------------------------------------------------------------------------------

function isPreflight(v: Visit): boolean {
  const view = v.current;
  return view !== undefined && view.method.toUpperCase() === 'OPTIONS' && headerValue(view, 'access-control-request-method').length > 0;
}

function specialPath(v: Visit): boolean {
  const view = v.current;
  if (!view) return false;
  try {
    return new URL(view.url).pathname.startsWith('/ngrok/');
  } catch {
    return false;
  }
}

function loginAction(kind: 'oauth' | 'oidc'): ActionHandler {
  const type = kind === 'oauth' ? 'oauth' : 'openid-connect';
  return {
    phases: [REQ],
    role: 'decides',
    run(v, a) {
      const cfg = a.config;
      let who: string;
      if (kind === 'oauth') {
        if (typeof cfg['provider'] !== 'string') return unknown('oauth has no provider');
        who = cfg['provider'];
      } else {
        if (typeof cfg['issuer_url'] !== 'string') return unknown('openid-connect has no issuer_url');
        who = cfg['issuer_url'];
      }
      if (specialPath(v)) return unknown(`/ngrok/… paths are handled by the ${type} action itself (login, logout), which is not modelled`);
      if (cfg['allow_cors_preflight'] === true && isPreflight(v)) return cont('lets the CORS preflight through (allow_cors_preflight)');
      const s = v.run.request.session;
      const authId = typeof cfg['auth_id'] === 'string' ? cfg['auth_id'] : undefined;
      const matches = s !== undefined && s.kind === kind && (kind === 'oauth' ? s.provider === who : s.issuer === who) && (authId === undefined || s.authId === undefined || s.authId === authId);
      if (!matches) {
        const why = s === undefined ? 'no login session' : `the session is from ${s.kind === 'oauth' ? `the OAuth provider '${s.provider ?? '?'}'` : `the OIDC issuer '${s.issuer ?? '?'}'`}`;
        return {
          next: 'stop',
          outcome: { result: 'redirected', by: type, location: kind === 'oauth' ? `oauth:${who}` : who, login: true },
          message: `redirects to the ${kind === 'oauth' ? who : 'OIDC'} login: ${why}`,
        };
      }
      const identity: Record<string, unknown> = {};
      if (s.email !== undefined) identity['email'] = s.email;
      if (s.name !== undefined) identity['name'] = s.name;
      v.setResult(kind, { identity, session_timed_out: false, session_max_duration_reached: false });
      return cont(`session of ${s.email ?? 'an unnamed user'} accepted`);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// basic-auth — ngrok.com/docs/traffic-policy/actions/basic-auth
// ---------------------------------------------------------------------------------------------

const basicAuth: ActionHandler = {
  phases: [REQ],
  role: 'decides',
  run(v, a) {
    const cfg = a.config;
    const creds = strings(cfg['credentials']);
    if (!creds || creds.length === 0) return unknown('basic-auth has no credentials list');
    const given = v.run.request.basicAuth;
    const enforce = cfg['enforce'] !== false;
    const finish = (ok: boolean, why: string): ActionStep => {
      v.setResult('basic_auth', { credentials: { presented: given !== undefined, username: given?.username ?? '', authorized: ok } });
      if (ok) return cont(why);
      if (!enforce) return cont(`${why}; enforce is false, so it continues`);
      return { next: 'stop', outcome: { result: 'rejected', by: 'basic-auth', status: 401 }, message: `401: ${why}` };
    };
    if (!given) return finish(false, 'no credentials are presented');
    const r = renderAll(v, creds, 'the credential');
    if (!r.ok) return unknown(r.error);
    const presented = `${given.username}:${given.password}`;
    if (r.values.includes(presented)) return finish(true, `'${given.username}' is authorised`);
    if (r.values.some(hasSecret)) return unknown('a credential comes from a vault secret, whose value the simulator does not have');
    return finish(false, `the credentials of '${given.username}' are not accepted`);
  },
};

// ---------------------------------------------------------------------------------------------
// deny, custom-response, close-connection, redirect
// ---------------------------------------------------------------------------------------------

const deny: ActionHandler = {
  phases: [TCP, REQ],
  role: 'decides',
  run(v, a) {
    if (v.phase === TCP) return { next: 'stop', outcome: { result: 'rejected', by: 'deny', tcp: 'closed' }, message: 'closes the connection' };
    const status = statusOf(a.config['status_code'], 403, 100, 599);
    if (status === undefined) return unknown(`deny has an invalid status_code ${JSON.stringify(a.config['status_code'])}`);
    return { next: 'stop', outcome: { result: 'rejected', by: 'deny', status }, message: `responds ${status}` };
  },
};

const customResponse: ActionHandler = {
  phases: [REQ, RES],
  role: 'decides',
  run(_v, a) {
    const status = statusOf(a.config['status_code'], 200, 100, 599);
    if (status === undefined) return unknown(`custom-response has an invalid status_code ${JSON.stringify(a.config['status_code'])}`);
    return { next: 'stop', outcome: { result: 'responded', by: 'custom-response', status }, message: `responds ${status}` };
  },
};

const closeConnection: ActionHandler = {
  phases: [TCP, REQ],
  role: 'decides',
  run() {
    return { next: 'stop', outcome: { result: 'rejected', by: 'close-connection', tcp: 'closed' }, message: 'closes the connection' };
  },
};

/** Applies `from`/`to` to a URL; undefined `from` replaces the whole URL. */
function rewriteUrl(v: Visit, cfg: Readonly<Record<string, unknown>>, url: string, what: string): { ok: true; url: string; matches: string[] } | { ok: false; error: string } {
  if (typeof cfg['to'] !== 'string') return { ok: false, error: `${what} has no 'to'` };
  const to = v.render(cfg['to']);
  if (!to.ok) return { ok: false, error: `'to' could not be rendered: ${to.error}` };
  if (cfg['from'] === undefined || cfg['from'] === null) return { ok: true, url: String(to.value), matches: [] };
  if (typeof cfg['from'] !== 'string') return { ok: false, error: `${what} has a 'from' that is not a string` };
  const from = v.render(cfg['from']);
  if (!from.ok) return { ok: false, error: `'from' could not be rendered: ${from.error}` };
  const p = compilePattern(String(from.value));
  if (!p.ok) return { ok: false, error: p.error };
  const ms = allMatches(p.re, url);
  if (ms.length === 0) return { ok: true, url, matches: [] };
  if (what === 'redirect' && ms.length > 1) return { ok: false, error: `'from' matches the URL ${ms.length} times; whether redirect replaces every match is not documented` };
  return { ok: true, url: replaceAll(p.re, url, String(to.value)), matches: [...ms[0]!].map((x) => x ?? '') };
}

const redirect: ActionHandler = {
  phases: [REQ],
  role: 'decides',
  run(v, a) {
    const view = v.current;
    if (!view) return unknown('redirect needs an HTTP request');
    const r = rewriteUrl(v, a.config, view.url, 'redirect');
    if (!r.ok) return unknown(r.error);
    if (r.url === view.url) return cont("the URL does not change, so no redirect is sent (the 'from' pattern did not match or produced the same URL)");
    const status = statusOf(a.config['status_code'], 302, 300, 399);
    if (status === undefined) return unknown(`redirect has an invalid status_code ${JSON.stringify(a.config['status_code'])}`);
    v.setResult('redirect', { url: r.url, matches: r.matches });
    return { next: 'stop', outcome: { result: 'redirected', by: 'redirect', location: r.url, status }, message: `redirects (${status}) to ${r.url}` };
  },
};

// ---------------------------------------------------------------------------------------------
// forward-internal — ngrok.com/docs/traffic-policy/actions/forward-internal
// ---------------------------------------------------------------------------------------------

const forwardInternal: ActionHandler = {
  phases: [TCP, REQ],
  role: 'decides',
  run(v, a) {
    const cfg = a.config;
    if (typeof cfg['url'] !== 'string') return unknown('forward-internal has no url');
    const r = v.render(cfg['url']);
    if (!r.ok) return unknown(`the url could not be rendered: ${r.error}`);
    const onError = cfg['on_error'] === 'continue' ? 'continue' : 'halt';
    return { next: 'forward', url: String(r.value), onError, message: `forwards to ${String(r.value)}` };
  },
};

// ---------------------------------------------------------------------------------------------
// Actions that change what later expressions and the upstream see
// ---------------------------------------------------------------------------------------------

function setView(v: Visit, view: HttpView): void {
  v.current = view;
  v.changed();
}

const addHeaders: ActionHandler = {
  phases: [REQ, RES],
  role: 'mutates',
  run(v, a) {
    const headers = a.config['headers'];
    if (!isObject(headers)) return unknown('add-headers has no headers map');
    if (v.phase === RES) return cont('adds response headers');
    const view = v.current;
    if (!view) return cont('no request to change');
    const out: Record<string, readonly string[]> = { ...view.headers };
    const added: Record<string, string> = {};
    for (const [k, raw] of Object.entries(headers)) {
      const r = v.render(typeof raw === 'string' ? raw : String(raw));
      if (!r.ok) return unknown(`the value of header '${k}' could not be rendered: ${r.error}`);
      const name = k.toLowerCase();
      const value = String(r.value);
      out[name] = name === 'host' ? [value] : [...(out[name] ?? []), value];
      added[name] = value;
    }
    setView(v, { ...view, headers: out });
    v.setResult('add_headers', { headers_added: added });
    return cont(`adds ${Object.keys(added).join(', ')}`);
  },
};

const removeHeaders: ActionHandler = {
  phases: [REQ, RES],
  role: 'mutates',
  run(v, a) {
    const names = strings(a.config['headers']);
    if (!names) return unknown('remove-headers has no headers list');
    if (v.phase === RES) return cont('removes response headers');
    const view = v.current;
    if (!view) return cont('no request to change');
    const out: Record<string, readonly string[]> = { ...view.headers };
    const removed: string[] = [];
    for (const n of names) {
      const k = n.toLowerCase();
      if (k in out) {
        delete out[k];
        removed.push(k);
      }
    }
    setView(v, { ...view, headers: out });
    v.setResult('remove_headers', { headers_removed: removed });
    return cont(removed.length ? `removes ${removed.join(', ')}` : 'none of the headers is present');
  },
};

const urlRewrite: ActionHandler = {
  phases: [REQ],
  role: 'mutates',
  run(v, a) {
    const view = v.current;
    if (!view) return unknown('url-rewrite needs an HTTP request');
    const r = rewriteUrl(v, a.config, view.url, 'url-rewrite');
    if (!r.ok) return unknown(r.error);
    if (r.url === view.url) return cont('the URL does not change');
    try {
      new URL(r.url);
    } catch {
      return unknown(`the rewritten URL '${r.url}' is not a URL`);
    }
    setView(v, { ...view, url: r.url });
    v.setResult('url_rewrite', { url: r.url, matches: r.matches });
    return cont(`rewrites the URL to ${r.url}`);
  },
};

function renderDeep(v: Visit, x: unknown, depth: number): { ok: true; value: unknown } | { ok: false; error: string } {
  if (depth > 32) return { ok: false, error: 'nested too deeply' };
  if (typeof x === 'string') return v.templateValue(x);
  if (Array.isArray(x)) {
    const out: unknown[] = [];
    for (const i of x) {
      const r = renderDeep(v, i, depth + 1);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return { ok: true, value: out };
  }
  if (isObject(x)) {
    const out: Record<string, unknown> = {};
    for (const [k, i] of Object.entries(x)) {
      const r = renderDeep(v, i, depth + 1);
      if (!r.ok) return r;
      out[k] = r.value;
    }
    return { ok: true, value: out };
  }
  return { ok: true, value: x };
}

const setVars: ActionHandler = {
  phases: [TCP, REQ, RES],
  role: 'mutates',
  run(v, a) {
    const list = a.config['vars'];
    if (!Array.isArray(list)) return unknown('set-vars has no vars list');
    const names: string[] = [];
    for (const item of list) {
      if (!isObject(item) || Object.keys(item).length !== 1) return unknown('each set-vars item must have exactly one key');
      const [name, raw] = Object.entries(item)[0]!;
      const r = renderDeep(v, raw, 0);
      if (!r.ok) return unknown(`vars.${name} could not be computed: ${r.error}`);
      v.setVar(name, r.value);
      names.push(name);
    }
    return cont(`sets ${names.map((n) => `vars.${n}`).join(', ')}`);
  },
};

// ---------------------------------------------------------------------------------------------
// verify-webhook — ngrok.com/docs/traffic-policy/actions/verify-webhook
// ---------------------------------------------------------------------------------------------

const verifyWebhook: ActionHandler = {
  phases: [REQ],
  role: 'decides',
  run(v, a) {
    const verified = v.run.request.webhook?.verified === true;
    v.setResult('verify_webhook', { verified });
    if (verified) return cont('the webhook signature verifies');
    const why = v.run.request.webhook ? 'the webhook signature does not verify' : 'the request carries no webhook signature';
    if (a.config['enforce'] === false) return cont(`${why}; enforce is false, so it continues`);
    return { next: 'stop', outcome: { result: 'rejected', by: 'verify-webhook', status: 403 }, message: `403: ${why}` };
  },
};

// ---------------------------------------------------------------------------------------------
// Actions that do not decide access for one request
// ---------------------------------------------------------------------------------------------

function inert(phases: Phase[], note: string): ActionHandler {
  return { phases, role: 'inert', run: () => cont(note) };
}

const httpRequest: ActionHandler = {
  phases: [REQ, RES],
  role: 'inert',
  run(_v, a) {
    if (a.config['on_error'] === 'halt') return unknown('http-request calls another service and, with on_error: halt, stops the request when that call fails; the call is not modelled');
    return cont('calls another service (not modelled; its result variables are not available)');
  },
};

/** Handlers by action type. Types missing here (and `saml`, `ai-gateway`) are not modelled. */
export const HANDLERS: Readonly<Record<string, ActionHandler>> = {
  'restrict-ips': restrictIps,
  'terminate-tls': terminateTls,
  'jwt-validation': jwtValidation,
  oauth: loginAction('oauth'),
  'openid-connect': loginAction('oidc'),
  'basic-auth': basicAuth,
  deny,
  'custom-response': customResponse,
  'close-connection': closeConnection,
  redirect,
  'forward-internal': forwardInternal,
  'add-headers': addHeaders,
  'remove-headers': removeHeaders,
  'url-rewrite': urlRewrite,
  'set-vars': setVars,
  'verify-webhook': verifyWebhook,
  'http-request': httpRequest,
  log: inert([TCP, REQ, RES], 'logs (no effect on the request)'),
  'compress-response': inert([REQ, RES], 'compresses the response (no effect on access)'),
  'request-body-find-replace': inert([REQ], 'rewrites the request body (bodies are not modelled)'),
  'response-body-find-replace': inert([RES], 'rewrites the response body (no effect on access)'),
  'sse-find-replace': inert(['on_event_stream_message'], 'rewrites server-sent events (no effect on access)'),
  'rate-limit': inert([REQ], 'rate limit not modelled: one request is assumed to be within the limit (a rate limit does not decide who may access)'),
  'circuit-breaker': inert([REQ], 'circuit breaker not modelled: the upstream is assumed healthy'),
  'owasp-crs-request': inert([REQ], 'OWASP rule set not modelled: the request is assumed to carry no attack payload'),
  'owasp-crs-response': inert([RES], 'OWASP rule set not modelled: the response is assumed clean'),
};
