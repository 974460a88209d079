/**
 * The reference semantics of the `.tpc` language: what a program *means* for one request,
 * computed from the resolved program (names looked up, templates instantiated, defaults
 * applied — the compiler's resolution step, `src/compiler/resolve.ts`) without looking at the
 * Traffic Policy the compiler emits. `simulate(compile(program))` must agree with it; that is
 * the compiler's correctness property (test/sim/equivalence.property.test.ts).
 *
 * The meaning, per exposure (docs/dsl.md "Semantics"; docs/simulation.md restates it):
 * 1. Connection. `tls min V` (https: ngrok's default 1.2 when absent) bounds the TLS version
 *    (up to 1.3); `mtls` requires a valid client certificate issued by one of the listed CAs.
 *    Failing either is a TLS handshake failure. A tls:// exposure without `tls min`/`mtls` passes
 *    TLS through untouched; a tcp:// exposure has no TLS.
 * 2. Routing (https). Exposures sharing a host are chosen by path, most specific first, a path
 *    prefix matching itself and everything below it (`/api` matches `/api` and `/api/x`, not
 *    `/apix`); an exposure without a path takes the rest. No exposure → 404.
 * 3. Access. Default deny. A request from an address in a `deny` group is refused (403 on https,
 *    connection closed on tcp/tls). Otherwise it passes when its address is in an `allow` group,
 *    or it presents an allowed identity: a JWT valid for an allowed `jwt` identity (issuer,
 *    audience, signing keys, algorithm, not expired, from the identity's header and prefix), or a
 *    login session at the identity's OAuth provider / OIDC issuer whose email the identity
 *    allows. Otherwise: an exposure allowing a JWT identity answers 401; one allowing a login
 *    identity sends a request without a session to log in, and refuses a session whose email
 *    it does not allow with 403; anything else is 403 (https) or a closed connection (tcp/tls).
 *
 * `action` escape hatches are placed by ngrok's rules, not the language's: an exposure using one
 * that can change access gives `unknown`.
 */

import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Program } from '../dsl/ast.js';
import { Context } from '../compiler/context.js';
import type { ExposureIR, GroupIR, JwtIR, LoginIR, SiteIR } from '../compiler/ir.js';
import { loadProgram, type LoadedProgram } from '../compiler/load.js';
import { resolveProgram } from '../compiler/resolve.js';
import type { CompileOptions } from '../compiler/types.js';
import { inCidrRange, parseIp } from '../ngrok/cel/index.js';
import { caIdentity, sameCa } from './certs.js';
import type { SimRequest, World } from './types.js';

/** What a program means for one request. */
export type Decision =
  /** Reaches the service: `target` is its internal endpoint URL. */
  | { result: 'allow'; site: string; service: string; target: string; reason: string }
  /**
   * Refused. `status` for HTTP refusals; `tls` for a failed handshake; `tcp` for a closed
   * connection. When both `tls` and `tcp` are set, either is correct (the language does not
   * order a TLS requirement and an address check on tls:// exposures).
   */
  | { result: 'deny'; status?: number; tls?: 'handshake-failure'; tcp?: 'closed'; reason: string }
  /** Sent to an OAuth/OIDC login. */
  | { result: 'login'; reason: string }
  /** The language does not say (an escape-hatch action decides, or the request lacks what the answer depends on). */
  | { result: 'unknown'; reason: string };

/** Options of {@link decide} and {@link prepareDecider}. */
export interface DecideOptions extends Pick<CompileOptions, 'file' | 'readFile'> {
  /** Names → PEM/CA id, to resolve `SimRequest.cert.ca` (as in `World.certificateAuthorities`). */
  certificateAuthorities?: World['certificateAuthorities'];
}

/** A resolved program, ready to answer many requests. */
export interface Decider {
  /** Resolution errors; every decision is `unknown` when there are any. */
  readonly diagnostics: readonly Diagnostic[];
  readonly sites: readonly SiteIR[];
  /** What the program means for `request` sent to `service` of `site`. Never throws. */
  decide(site: string, service: string, request: SimRequest): Decision;
}

/** Escape-hatch action types that cannot change access for one request. */
const INERT_ACTIONS: ReadonlySet<string> = new Set([
  'add-headers',
  'remove-headers',
  'log',
  'compress-response',
  'rate-limit',
  'circuit-breaker',
  'owasp-crs-request',
  'owasp-crs-response',
  'request-body-find-replace',
  'response-body-find-replace',
  'sse-find-replace',
  'set-vars',
]);

function loadFromAst(ctx: Context, program: Program): LoadedProgram {
  // Splice imports the way the loader does, by loading each imported file's text.
  const out: LoadedProgram = { statements: [], programs: new Map([[program.file, program]]), parseErrors: false };
  for (const stmt of program.statements) {
    if (stmt.kind !== 'Import') {
      out.statements.push({ stmt, file: program.file });
      continue;
    }
    const rel = stmt.path.value;
    if (rel === undefined) continue;
    const path = ctx.resolvePath(program.file, rel);
    const text = ctx.readFile(path);
    if (text === undefined) {
      ctx.diagnostics.push(createDiagnostic({ code: 'TPC2001', severity: 'error', message: `Cannot read the imported file '${rel}'.`, file: program.file, range: stmt.path.range }));
      continue;
    }
    const sub = new Context({ file: path, readFile: (p) => ctx.readFile(p) });
    const loaded = loadProgram(sub, text);
    ctx.diagnostics.push(...sub.diagnostics);
    if (loaded.parseErrors) out.parseErrors = true;
    out.statements.push(...loaded.statements);
    for (const [k, v] of loaded.programs) out.programs.set(k, v);
  }
  return out;
}

/** Resolves a program (source text or parsed AST) once, for many decisions. Never throws. */
export function prepareDecider(program: string | Program, options: DecideOptions = {}): Decider {
  const ctx = new Context({ ...(options.file !== undefined ? { file: options.file } : typeof program !== 'string' ? { file: program.file } : {}), ...(options.readFile ? { readFile: options.readFile } : {}) });
  let sites: SiteIR[] = [];
  try {
    const loaded = typeof program === 'string' ? loadProgram(ctx, program) : loadFromAst(ctx, program);
    if (!loaded.parseErrors) sites = resolveProgram(ctx, loaded).sites;
  } catch (e) {
    ctx.diagnostics.push(createDiagnostic({ code: 'TPC3003', severity: 'error', message: `Resolution failed: ${e instanceof Error ? e.message : String(e)}.`, file: ctx.mainFile }));
  }
  const errors = ctx.diagnostics.filter((d) => d.severity === 'error');
  const bySite = new Map(sites.map((s) => [s.name, s]));
  return {
    diagnostics: ctx.diagnostics,
    sites,
    decide(siteName, serviceName, request) {
      if (errors.length > 0) return { result: 'unknown', reason: `the program has errors (${errors[0]!.code}: ${errors[0]!.message})` };
      const site = bySite.get(siteName);
      if (!site) return { result: 'unknown', reason: `there is no site '${siteName}'` };
      try {
        return decideIn(site, serviceName, request, options);
      } catch (e) {
        return { result: 'unknown', reason: `decide failed: ${e instanceof Error ? e.message : String(e)}` };
      }
    },
  };
}

const cache = new WeakMap<object, Decider>();
const textCache = new Map<string, Decider>();

/**
 * What `program` means for `request` sent to `service` of `site`, from the language's
 * semantics alone (see the module comment). The resolved program is cached per AST object or
 * source text. Never throws.
 */
export function decide(program: string | Program, site: string, service: string, request: SimRequest, options: DecideOptions = {}): Decision {
  let d: Decider | undefined;
  const plain = options.readFile === undefined && options.certificateAuthorities === undefined;
  if (typeof program === 'string') {
    const key = `${options.file ?? ''}\0${program}`;
    d = plain ? textCache.get(key) : undefined;
    if (!d) {
      d = prepareDecider(program, options);
      if (plain) {
        if (textCache.size > 100) textCache.clear();
        textCache.set(key, d);
      }
    }
  } else {
    d = plain ? cache.get(program) : undefined;
    if (!d) {
      d = prepareDecider(program, options);
      if (plain) cache.set(program, d);
    }
  }
  return d.decide(site, service, request);
}

// ---------------------------------------------------------------------------------------------

/** The path of the request (`/` when none). */
function requestPath(request: SimRequest): string {
  if (request.path !== undefined) return request.path.startsWith('/') ? request.path : `/${request.path}`;
  if (request.url !== undefined) {
    try {
      return new URL(request.url).pathname;
    } catch {
      return '/';
    }
  }
  return '/';
}

function pathMatches(prefix: string, path: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

function inGroups(ip: string, groups: readonly { group: GroupIR }[]): GroupIR | undefined {
  return groups.find((g) => g.group.cidrs.some((c) => inCidrRange(ip, c.value)))?.group;
}

function sameUrl(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function decideIn(site: SiteIR, serviceName: string, request: SimRequest, options: DecideOptions): Decision {
  const service = site.services.find((s) => s.name === serviceName);
  if (!service) return { result: 'unknown', reason: `site '${site.name}' has no service '${serviceName}'` };
  const mine = site.exposures.filter((e) => e.service === service);
  if (mine.length === 0) return { result: 'unknown', reason: `'${site.name}.${serviceName}' is not exposed` };
  // Which public URL: the request's, else the service's first exposure.
  let first = mine[0]!;
  let path: string;
  if (request.url !== undefined) {
    let u: URL | undefined;
    try {
      u = new URL(request.url);
    } catch {
      return { result: 'unknown', reason: `'${request.url}' is not a URL` };
    }
    const origin = `${u.protocol}//${u.host}`;
    const hit = site.exposures.find((e) => sameUrl(e.url.normalized, origin) || sameUrl(e.url.normalized, origin.replace(/:443$/, '')));
    if (!hit) return { result: 'unknown', reason: `site '${site.name}' exposes nothing at ${origin}` };
    first = hit;
    path = requestPath(request);
  } else {
    path = request.path !== undefined ? requestPath(request) : (first.path?.value ?? '/');
  }
  const atUrl = site.exposures.filter((e) => e.url.normalized === first.url.normalized);
  const conn = connection(first, request, options);
  if (conn) return conn;
  const ip = request.clientIp;
  if (ip !== undefined && parseIp(ip) === undefined) return { result: 'unknown', reason: `'${ip}' is not an IP address` };
  if (first.url.scheme !== 'https') return access(site, first, request, 'tcp');
  // Route by path: most specific first; the exposure without a path takes the rest.
  const routed = [...atUrl].filter((e) => (e.path ? pathMatches(e.path.value, path) : true)).sort((a, b) => (b.path?.value.length ?? -1) - (a.path?.value.length ?? -1))[0];
  if (!routed) return { result: 'deny', status: 404, reason: `no exposure at ${first.url.normalized} serves the path ${path}` };
  return access(site, routed, request, 'http');
}

/** TLS requirements of the connection; undefined when they are met. */
function connection(e: ExposureIR, request: SimRequest, options: DecideOptions): Decision | undefined {
  const scheme = e.url.scheme;
  if (scheme === 'tcp') return undefined;
  if (scheme === 'tls' && !e.tlsMin && !e.mtls) return undefined;
  const min = e.tlsMin?.value ?? '1.2';
  const offered = request.tls ?? '1.3';
  const ipFails = scheme === 'tls' && ipRefused(e, request);
  const fail = (why: string): Decision => ({ result: 'deny', tls: 'handshake-failure', ...(ipFails ? { tcp: 'closed' as const } : {}), reason: why });
  if (offered < min || offered > '1.3') return fail(`the client speaks TLS ${offered}; ${e.url.normalized} requires ${min === '1.3' ? '1.3' : `${min}–1.3`}`);
  if (e.mtls) {
    const cert = request.cert;
    if (!cert) return fail('mutual TLS requires a client certificate and none is presented');
    if ((cert.status ?? 'valid') !== 'valid') return fail(`the client certificate is ${cert.status}`);
    const certCa = caIdentity(cert.ca, options.certificateAuthorities);
    const verdicts = e.mtls.cas.map((c) => sameCa(certCa, caIdentity(c.value, options.certificateAuthorities)));
    if (!verdicts.includes(true)) {
      if (verdicts.includes(undefined)) return { result: 'unknown', reason: `cannot tell whether the CA '${cert.ca}' is one of the exposure's CAs` };
      return fail(`the client certificate's CA '${cert.ca}' is not one the exposure trusts`);
    }
  }
  return undefined;
}

/** True when the address checks alone refuse the request (tcp/tls exposures). */
function ipRefused(e: ExposureIR, request: SimRequest): boolean {
  const ip = request.clientIp;
  if (ip === undefined || parseIp(ip) === undefined) return false;
  if (inGroups(ip, e.denies)) return true;
  return !inGroups(ip, e.allowGroups);
}

function escapeHatch(e: ExposureIR): Decision | undefined {
  // Header changes placed `first` run before the access checks and could feed them (a token header).
  const deciding = e.actions.find((a) => a.type === undefined || !INERT_ACTIONS.has(a.type) || (a.point === 'first' && (a.type === 'add-headers' || a.type === 'remove-headers')));
  if (!deciding) return undefined;
  return { result: 'unknown', reason: `the exposure places the ngrok action '${deciding.type ?? '?'}', which decides by ngrok's rules, not the language's` };
}

function access(site: SiteIR, e: ExposureIR, request: SimRequest, layer: 'http' | 'tcp'): Decision {
  const hatch = escapeHatch(e);
  if (hatch) return hatch;
  const refuse = (reason: string, status = 403): Decision => (layer === 'http' ? { result: 'deny', status, reason } : { result: 'deny', tcp: 'closed', reason });
  const ip = request.clientIp;
  const needsIp = e.denies.length > 0 || e.allowGroups.length > 0;
  if (ip === undefined && needsIp) return { result: 'unknown', reason: 'the exposure decides by address and the request gives none' };
  const allow = (reason: string): Decision => ({ result: 'allow', site: site.name, service: e.service.name, target: e.service.internalUrl, reason });
  if (ip !== undefined) {
    const denied = inGroups(ip, e.denies);
    if (denied) return refuse(`${ip} is in the denied group '${denied.name}'`);
    const allowed = inGroups(ip, e.allowGroups);
    if (allowed) return allow(`${ip} is in the allowed group '${allowed.name}'`);
  }
  const ids = e.allowIdentities.map((x) => x.identity);
  if (ids.length === 0 || layer === 'tcp') {
    return refuse(e.allowGroups.length > 0 ? `${ip} is in none of the allowed groups (${e.allowGroups.map((g) => g.group.name).join(', ')})` : 'the exposure allows nobody');
  }
  const jwts = ids.filter((i): i is JwtIR => i.kind === 'jwt');
  const logins = ids.filter((i): i is LoginIR => i.kind !== 'jwt');
  if (jwts.length > 0 && logins.length > 0) return { result: 'unknown', reason: 'the exposure allows both JWT and login identities (a compile error)' };
  if (jwts.length > 0) {
    const why: string[] = [];
    for (const j of jwts) {
      const r = jwtValid(j, request);
      if (r === true) return allow(`a valid JWT for '${j.name}'`);
      why.push(r);
    }
    return refuse(`no valid token: ${why.join('; ')}`, 401);
  }
  const s = request.session;
  const at = logins.filter((l) => s !== undefined && s.kind === l.kind && (l.kind === 'oauth' ? s.provider === l.provider : s.issuer === l.issuer?.value));
  if (at.length === 0) return { result: 'login', reason: s ? `the session is not from the login of ${logins.map((l) => `'${l.name}'`).join(', ')}` : 'no login session' };
  const email = s!.email?.toLowerCase();
  for (const l of at) {
    if (l.domains.length === 0 && l.emails.length === 0) return allow(`logged in for '${l.name}' (any account)`);
    if (email === undefined) continue;
    if (l.domains.some((d) => email.endsWith(`@${d.value.toLowerCase()}`)) || l.emails.some((m) => m.value.toLowerCase() === email)) return allow(`${email} is allowed by '${l.name}'`);
  }
  if (email === undefined) return { result: 'unknown', reason: 'the session has no email to check' };
  return refuse(`${email} is not an account ${at.map((l) => `'${l.name}'`).join(', ')} allows`);
}

/** True, or why the request's JWT is not valid for the identity. */
function jwtValid(j: JwtIR, request: SimRequest): true | string {
  const t = request.jwt;
  if (!t) return 'none is presented';
  if ((t.header ?? 'Authorization').toLowerCase() !== j.header.toLowerCase()) return `it is in '${t.header ?? 'Authorization'}', '${j.name}' reads '${j.header}'`;
  if ((t.prefix ?? 'Bearer ') !== (j.prefix ?? '')) return `its prefix is not what '${j.name}' expects`;
  const status = t.status ?? 'valid';
  if (status !== 'valid') return `it is ${status}`;
  if (t.jwks !== undefined && t.jwks !== j.jwks.value) return `it is signed with keys from ${t.jwks}, not ${j.jwks.value}`;
  if (t.alg !== undefined && !j.algorithms.includes(t.alg)) return `the algorithm ${t.alg} is not allowed`;
  const claims = t.claims ?? {};
  if (claims['iss'] !== j.issuer.value) return `its issuer is not '${j.issuer.value}'`;
  if (j.audiences.length > 0) {
    const aud = claims['aud'];
    const have = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
    if (!j.audiences.some((a) => have.includes(a.value))) return `its audience is not one of ${j.audiences.map((a) => `'${a.value}'`).join(', ')}`;
  }
  return true;
}
