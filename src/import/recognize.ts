/**
 * Recognisers for the pieces of a hand-written (or tpc-compiled) Traffic Policy that `.tpc`
 * states directly: path conditions, client-IP conditions, login e-mail checks, and the
 * security actions `restrict-ips`, `terminate-tls`, `jwt-validation`, `oauth` and
 * `openid-connect`. Each returns undefined when the value is not in a shape whose `.tpc`
 * statement compiles back to the same behaviour.
 * @internal
 */

import { parseCidr } from '../ngrok/cel/ip.js';

/** A plain object (not an array, not null). */
export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function onlyKeys(o: Record<string, unknown>, keys: readonly string[]): boolean {
  return Object.keys(o).every((k) => keys.includes(k));
}

const QUOTED = String.raw`(?:'([^'\\]*)'|"([^"\\]*)")`;

/** `req.url.path == '/p' || req.url.path.startsWith('/p/')` (the compiler's path condition) → `/p`. */
export function pathCondition(expr: string): string | undefined {
  const re = new RegExp(String.raw`^\s*\(?\s*req\.url\.path\s*==\s*${QUOTED}\s*\|\|\s*req\.url\.path\.startsWith\(\s*${QUOTED}\s*\)\s*\)?\s*$`);
  const m = re.exec(expr);
  if (!m) return undefined;
  const p = m[1] ?? m[2]!;
  const prefix = m[3] ?? m[4]!;
  if (prefix !== `${p}/` || !p.startsWith('/') || p.length < 2 || p.endsWith('/')) return undefined;
  return p;
}

/**
 * `req.url.path.startsWith('/p')` (a plain prefix test, as hand-written policies route by path) →
 * `/p`. A `.tpc` path is narrower: `path /p` takes `/p` and `/p/…` but not `/px`, so the caller
 * reports the difference. A prefix ending in `/` is not taken (`path /p` would also take `/p`).
 */
export function prefixCondition(expr: string): string | undefined {
  const m = new RegExp(String.raw`^\s*req\.url\.path\.startsWith\(\s*${QUOTED}\s*\)\s*$`).exec(expr);
  if (!m) return undefined;
  const p = m[1] ?? m[2]!;
  if (!p.startsWith('/') || p.length < 2 || p.endsWith('/')) return undefined;
  return p;
}

/**
 * True when `s` is a CIDR range (`addr/bits`). A bare address is not one: `inCidrRange(s)` ignores
 * it and what `restrict-ips` does with it is undocumented, while a `.tpc` group reads it as a
 * single-address range, so it is not translated.
 */
export function isCidr(s: unknown): s is string {
  return typeof s === 'string' && parseCidr(s) !== undefined;
}

/** `inCidrRanges(conn.client_ip, ['a', 'b'])` or `inCidrRange(conn.client_ip, 'a')` → the ranges. */
export function clientIpCondition(expr: string): string[] | undefined {
  const one = new RegExp(String.raw`^\s*inCidrRange\(\s*conn\.client_ip\s*,\s*${QUOTED}\s*\)\s*$`).exec(expr);
  if (one) {
    const c = one[1] ?? one[2]!;
    return isCidr(c) ? [c] : undefined;
  }
  const many = /^\s*inCidrRanges\(\s*conn\.client_ip\s*,\s*\[([^\]]*)\]\s*\)\s*$/.exec(expr);
  if (!many) return undefined;
  const items: string[] = [];
  const itemRe = new RegExp(String.raw`\s*${QUOTED}\s*(,|$)`, 'y');
  const body = many[1]!;
  if (body.trim() === '') return undefined;
  let pos = 0;
  while (pos < body.length) {
    itemRe.lastIndex = pos;
    const m = itemRe.exec(body);
    if (!m) return undefined;
    const c = m[1] ?? m[2]!;
    if (!isCidr(c)) return undefined;
    items.push(c);
    pos = itemRe.lastIndex;
    if (m[3] === '') break;
  }
  return items.length > 0 ? items : undefined;
}

/** A recognised e-mail check after a login action. */
export interface EmailCheck {
  login: 'oauth' | 'oidc';
  domains: string[];
  emails: string[];
}

/**
 * `!(V.lowerAscii().endsWith('@d') || V.lowerAscii() == 'e' …)` with V the login's identity e-mail
 * (the compiler's "deny other accounts" condition) → the allowed domains and e-mails.
 */
export function emailCondition(expr: string): EmailCheck | undefined {
  const outer = /^\s*!\s*\((.*)\)\s*$/s.exec(expr);
  if (!outer) return undefined;
  const terms = outer[1]!.split('||');
  let login: 'oauth' | 'oidc' | undefined;
  const domains: string[] = [];
  const emails: string[] = [];
  const re = new RegExp(String.raw`^\s*actions\.ngrok\.(oauth|oidc)\.identity\.email\.lowerAscii\(\)\s*(?:\.endsWith\(\s*${QUOTED}\s*\)|==\s*${QUOTED})\s*$`);
  for (const t of terms) {
    const m = re.exec(t);
    if (!m) return undefined;
    const kind = m[1] as 'oauth' | 'oidc';
    if (login && login !== kind) return undefined;
    login = kind;
    const suffix = m[2] ?? m[3];
    const eq = m[4] ?? m[5];
    if (suffix !== undefined) {
      if (!suffix.startsWith('@') || suffix.length < 2 || suffix !== suffix.toLowerCase()) return undefined;
      domains.push(suffix.slice(1));
    } else {
      if (!eq || eq !== eq.toLowerCase() || !eq.includes('@')) return undefined;
      emails.push(eq);
    }
  }
  return login ? { login, domains, emails } : undefined;
}

/** The config of a `forward-internal` that always ends the phase: its target URL. */
export function forwardTarget(action: Record<string, unknown>): string | undefined {
  if (action['type'] !== 'forward-internal' || !onlyKeys(action, ['type', 'config'])) return undefined;
  const c = action['config'];
  if (!isObject(c) || !onlyKeys(c, ['url', 'on_error', 'binding'])) return undefined;
  if (c['on_error'] !== undefined && c['on_error'] !== 'halt') return undefined;
  if (c['binding'] !== undefined && c['binding'] !== 'internal') return undefined;
  const url = c['url'];
  return typeof url === 'string' && !url.includes('${') ? url : undefined;
}

/** True for `deny` with HTTP status 403 (the default). */
export function isDeny403(action: Record<string, unknown>): boolean {
  if (action['type'] !== 'deny' || !onlyKeys(action, ['type', 'config'])) return false;
  const c = action['config'];
  if (c === undefined || c === null) return true;
  return isObject(c) && onlyKeys(c, ['status_code']) && (c['status_code'] === undefined || c['status_code'] === 403);
}

/** True for a TCP `deny` (no config). */
export function isTcpDeny(action: Record<string, unknown>): boolean {
  if (action['type'] !== 'deny' || !onlyKeys(action, ['type', 'config'])) return false;
  const c = action['config'];
  return c === undefined || c === null || (isObject(c) && Object.keys(c).length === 0);
}

/** The compiler's "no exposure matches the path" rule action. */
export function isNotFound404(action: Record<string, unknown>): boolean {
  if (action['type'] !== 'custom-response' || !onlyKeys(action, ['type', 'config'])) return false;
  const c = action['config'];
  return isObject(c) && onlyKeys(c, ['status_code']) && c['status_code'] === 404;
}

/** Action types that end the phase unconditionally (forward-internal only without on_error: continue). */
export function isTerminal(action: Record<string, unknown>): boolean {
  const t = action['type'];
  if (t === 'deny' || t === 'custom-response' || t === 'close-connection') return true;
  if (t === 'forward-internal') {
    const c = action['config'];
    return !(isObject(c) && c['on_error'] === 'continue');
  }
  return false;
}

/** A `restrict-ips` that `.tpc` groups can state: enforced, only literal allow/deny ranges. */
export interface IpRestriction {
  allow: string[];
  deny: string[];
}

/** Recognises an enforcing `restrict-ips` with a literal allow list (and maybe a deny list). */
export function ipRestriction(action: Record<string, unknown>): IpRestriction | undefined {
  if (action['type'] !== 'restrict-ips' || !onlyKeys(action, ['type', 'config'])) return undefined;
  const c = action['config'];
  if (!isObject(c) || !onlyKeys(c, ['enforce', 'allow', 'deny'])) return undefined;
  if (c['enforce'] !== undefined && c['enforce'] !== true) return undefined;
  const list = (v: unknown): string[] | undefined => {
    if (v === undefined) return [];
    if (!Array.isArray(v) || !v.every(isCidr)) return undefined;
    return v as string[];
  };
  const allow = list(c['allow']);
  const deny = list(c['deny']);
  // With no allow list, whether other addresses pass is undocumented: such an action stays verbatim.
  if (!allow || !deny || allow.length === 0) return undefined;
  return { allow, deny };
}

/** What `tls min` / `mtls` state: a minimum version and client-certificate CAs. */
export interface TlsSettings {
  min?: '1.2' | '1.3';
  cas?: string[];
}

/**
 * Recognises a `terminate-tls` that `tls min` / `mtls ca` reproduce: only `min_version`
 * (1.2 or 1.3), `mutual_tls_certificate_authorities` and the default verification strategy.
 */
export function tlsSettings(action: Record<string, unknown>): TlsSettings | undefined {
  if (action['type'] !== 'terminate-tls' || !onlyKeys(action, ['type', 'config'])) return undefined;
  const c = action['config'] ?? {};
  if (!isObject(c) || !onlyKeys(c, ['min_version', 'mutual_tls_certificate_authorities', 'mutual_tls_verification_strategy'])) return undefined;
  const out: TlsSettings = {};
  const min = c['min_version'];
  if (min !== undefined) {
    const v = typeof min === 'number' ? min.toFixed(1) : min;
    if (v !== '1.2' && v !== '1.3') return undefined;
    out.min = v;
  }
  const strategy = c['mutual_tls_verification_strategy'];
  const cas = c['mutual_tls_certificate_authorities'];
  if (cas !== undefined) {
    if (!Array.isArray(cas) || cas.length === 0 || !cas.every((x) => typeof x === 'string' && x.trim() !== '')) return undefined;
    if (strategy !== undefined && strategy !== 'require-and-verify') return undefined;
    out.cas = cas as string[];
  } else if (strategy !== undefined) {
    return undefined;
  }
  return out;
}

/** `${secrets.get('vault', 'name')}` → `[vault, name]`. */
export function secretReference(v: unknown): [string, string] | undefined {
  if (typeof v !== 'string') return undefined;
  const m = new RegExp(String.raw`^\$\{\s*secrets\.get\(\s*${QUOTED}\s*,\s*${QUOTED}\s*\)\s*\}$`).exec(v);
  if (!m) return undefined;
  return [m[1] ?? m[2]!, m[3] ?? m[4]!];
}

/** An absolute http(s) URL (what the compiler accepts for issuers and JWKS), or a CEL interpolation. */
export function isHttpUrl(s: string): boolean {
  if (s.includes('${')) return false;
  try {
    const u = new URL(s);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !/[<>{}\s]/.test(s);
  } catch {
    return false;
  }
}

/** A JWT identity `.tpc` can state. */
export interface JwtIdentity {
  issuer: string;
  audiences: string[];
  jwks: string;
  header: string;
  prefix: string | undefined;
  algorithms: string[];
}

function allowValues(v: unknown): string[] | undefined {
  if (!isObject(v) || !onlyKeys(v, ['allow_list'])) return undefined;
  const list = v['allow_list'];
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const out: string[] = [];
  for (const item of list) {
    if (!isObject(item) || !onlyKeys(item, ['value']) || typeof item['value'] !== 'string' || item['value'].includes('${')) return undefined;
    out.push(item['value']);
  }
  return out;
}

/** Recognises a `jwt-validation` that a `jwt` identity reproduces exactly. */
export function jwtIdentity(action: Record<string, unknown>): JwtIdentity | undefined {
  if (action['type'] !== 'jwt-validation' || !onlyKeys(action, ['type', 'config'])) return undefined;
  const c = action['config'];
  if (!isObject(c) || !onlyKeys(c, ['issuer', 'audience', 'http', 'jws'])) return undefined;
  const issuers = allowValues(c['issuer']);
  const audiences = allowValues(c['audience']);
  if (!issuers || issuers.length !== 1 || !audiences) return undefined;
  const http = c['http'];
  if (!isObject(http) || !onlyKeys(http, ['tokens'])) return undefined;
  const tokens = http['tokens'];
  if (!Array.isArray(tokens) || tokens.length !== 1) return undefined;
  const t = tokens[0];
  if (!isObject(t) || !onlyKeys(t, ['type', 'method', 'name', 'prefix'])) return undefined;
  if (t['type'] !== 'jwt' || t['method'] !== 'header' || typeof t['name'] !== 'string' || t['name'] === '' || t['name'].includes('${')) return undefined;
  if (t['prefix'] !== undefined && (typeof t['prefix'] !== 'string' || t['prefix'].includes('${'))) return undefined;
  const jws = c['jws'];
  if (!isObject(jws) || !onlyKeys(jws, ['allowed_algorithms', 'keys'])) return undefined;
  const algs = jws['allowed_algorithms'];
  if (!Array.isArray(algs) || algs.length === 0 || !algs.every((a) => typeof a === 'string' && /^[A-Za-z][A-Za-z0-9_]*$/.test(a))) return undefined;
  if (new Set(algs).size !== algs.length) return undefined;
  const keys = jws['keys'];
  if (!isObject(keys) || !onlyKeys(keys, ['sources'])) return undefined;
  const sources = keys['sources'];
  if (!isObject(sources) || !onlyKeys(sources, ['additional_jkus'])) return undefined;
  const jkus = sources['additional_jkus'];
  if (!Array.isArray(jkus) || jkus.length !== 1 || typeof jkus[0] !== 'string' || !isHttpUrl(jkus[0]) || !isHttpUrl(issuers[0]!)) return undefined;
  return {
    issuer: issuers[0]!,
    audiences: [...new Set(audiences)],
    jwks: jkus[0],
    header: t['name'],
    prefix: t['prefix'] as string | undefined,
    algorithms: algs as string[],
  };
}

/** A client id or secret: a vault reference, or a literal (which the draft must not copy). */
export type ClientValue = { secret: [string, string] } | { literal: true };

/** A login identity (`oauth` or `oidc`) `.tpc` can state. */
export interface LoginIdentity {
  kind: 'oauth' | 'oidc';
  provider?: string;
  issuer?: string;
  clientId?: ClientValue;
  clientSecret?: ClientValue;
  scopes: string[];
}

const PROVIDERS = ['amazon', 'facebook', 'github', 'gitlab', 'google', 'linkedin', 'microsoft', 'twitch'];

/** Recognises an `oauth` / `openid-connect` that an `oauth` / `oidc` identity reproduces. */
export function loginIdentity(action: Record<string, unknown>): LoginIdentity | undefined {
  const type = action['type'];
  if ((type !== 'oauth' && type !== 'openid-connect') || !onlyKeys(action, ['type', 'config'])) return undefined;
  const c = action['config'];
  if (!isObject(c)) return undefined;
  const kind = type === 'oauth' ? 'oauth' : 'oidc';
  if (!onlyKeys(c, kind === 'oauth' ? ['provider', 'client_id', 'client_secret', 'scopes'] : ['issuer_url', 'client_id', 'client_secret', 'scopes'])) return undefined;
  const out: LoginIdentity = { kind, scopes: [] };
  if (kind === 'oauth') {
    if (typeof c['provider'] !== 'string' || !PROVIDERS.includes(c['provider'])) return undefined;
    out.provider = c['provider'];
  } else {
    if (typeof c['issuer_url'] !== 'string' || !isHttpUrl(c['issuer_url'])) return undefined;
    out.issuer = c['issuer_url'];
  }
  const client = (v: unknown): ClientValue | undefined | null => {
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || v === '') return null;
    const ref = secretReference(v);
    if (ref) return { secret: ref };
    if (v.includes('${')) return null;
    return { literal: true };
  };
  const id = client(c['client_id']);
  const secret = client(c['client_secret']);
  if (id === null || secret === null) return undefined;
  if ((id === undefined) !== (secret === undefined)) return undefined;
  if (id) out.clientId = id;
  if (secret) out.clientSecret = secret;
  const scopes = c['scopes'];
  if (scopes !== undefined) {
    if (!Array.isArray(scopes) || !scopes.every((s) => typeof s === 'string' && s !== '')) return undefined;
    out.scopes = scopes as string[];
  }
  return out;
}

const AUTH_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key']);

function literalString(v: unknown): boolean {
  return typeof v === 'string' && v.trim() !== '' && !v.includes('${');
}

/**
 * The names of the fields of an action that hold a secret written literally (the `inline-secret`
 * rule's fields), which the draft must not copy: a `.tpc` file references secrets only.
 */
export function literalSecrets(action: Record<string, unknown>): string[] {
  const c = action['config'];
  if (!isObject(c)) return [];
  const out: string[] = [];
  switch (action['type']) {
    case 'oauth':
    case 'openid-connect':
    case 'oidc':
      if (literalString(c['client_secret'])) out.push('client_secret');
      break;
    case 'basic-auth':
      if (Array.isArray(c['credentials']) && c['credentials'].some(literalString)) out.push('credentials');
      break;
    case 'verify-webhook':
      if (literalString(c['secret'])) out.push('secret');
      break;
    case 'terminate-tls':
      if (literalString(c['server_private_key'])) out.push('server_private_key');
      break;
    case 'http-request':
    case 'add-headers': {
      const h = c['headers'];
      if (isObject(h)) for (const [k, v] of Object.entries(h)) if (AUTH_HEADERS.has(k.toLowerCase()) && literalString(v)) out.push(`headers.${k}`);
      break;
    }
    case 'ai-gateway':
      if (JSON.stringify(c).includes('"api_keys"')) out.push('providers[].api_keys');
      break;
    default:
      break;
  }
  return out;
}

