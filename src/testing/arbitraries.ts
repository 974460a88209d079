/**
 * fast-check arbitraries and helpers for stating properties of access policies, e.g. "for all
 * requests from outside the office ranges, clinic1's patient-db is never reached":
 *
 * ```ts
 * const clinics = fleet(source, { file: 'clinics.tpc' });
 * fc.assert(fc.property(requests({ clientIp: ipOutside(clinics.group('office')) }),
 *   (req) => !clinics.reaches('clinic1', 'patient-db', req)));
 * ```
 *
 * Address arbitraries do range arithmetic on ipaddr.js byte arrays (v4 and v6) and favour the
 * edges of ranges (first and last addresses, and their neighbours outside), where off-by-one
 * mistakes live. docs/property-testing.md walks through an example that is run as a test.
 */

import fc from 'fast-check';
import * as ipaddrNamespace from 'ipaddr.js';
import type { SiteIR } from '../compiler/ir.js';
import type { CompileOptions } from '../compiler/types.js';
import { parseCidr } from '../ngrok/cel/index.js';
import { loadText, type SourceDocument } from '../ngrok/load.js';
import { buildWorkspace } from '../rules/workspace.js';
import { describeOutcome, outcomeClass, type OutcomeClass } from '../sim/outcome.js';
import { prepareEndpoint, urlKey } from '../sim/prepare.js';
import { indexWorld, simulatePrepared } from '../sim/simulate.js';
import { credentialFor as credentialForDecl, tpcTests, type ProgramNames } from '../sim/tpc-tests.js';
import type { ClientCertificate, CredentialState, JwtDescription, LoginSession, Outcome, SimRequest, SimResult, TlsVersionName, World } from '../sim/types.js';
import { worldFromWorkspace } from '../sim/world.js';

const ipaddr = (ipaddrNamespace as unknown as { default?: typeof ipaddrNamespace }).default ?? ipaddrNamespace;

// ---------------------------------------------------------------------------------------------
// Address ranges
// ---------------------------------------------------------------------------------------------

/** An inclusive range of addresses of one IP version, as integers. */
interface Interval {
  version: 4 | 6;
  start: bigint;
  end: bigint;
}

function bits(version: 4 | 6): number {
  return version === 4 ? 32 : 128;
}

function toBigInt(bytes: number[]): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

function fromBigInt(n: bigint, version: 4 | 6): string {
  const len = version === 4 ? 4 : 16;
  const bytes: number[] = new Array(len);
  for (let i = len - 1; i >= 0; i--) {
    bytes[i] = Number(n & 0xffn);
    n >>= 8n;
  }
  return ipaddr.fromByteArray(bytes).toString();
}

/** The interval a CIDR covers; throws a `TypeError` for text that is not a CIDR (or a bare IP). */
function intervalOf(cidr: string): Interval {
  const text = cidr.includes('/') ? cidr : `${cidr}/${cidr.includes(':') ? 128 : 32}`;
  const p = parseCidr(text);
  if (!p) throw new TypeError(`'${cidr}' is not an IP address or CIDR range`);
  const [addr, prefix] = p;
  const version = addr.kind() === 'ipv4' ? 4 : 6;
  const total = BigInt(bits(version));
  const hostBits = total - BigInt(prefix);
  const mask = (1n << hostBits) - 1n;
  const start = toBigInt(addr.toByteArray()) & ~mask & ((1n << total) - 1n);
  return { version, start, end: start | mask };
}

/** Sorted, merged intervals of the CIDRs, per version. */
function union(cidrs: readonly string[]): Interval[] {
  const list = cidrs.map(intervalOf).sort((a, b) => a.version - b.version || (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const out: Interval[] = [];
  for (const i of list) {
    const last = out[out.length - 1];
    if (last && last.version === i.version && i.start <= last.end + 1n) {
      if (i.end > last.end) last.end = i.end;
    } else out.push({ ...i });
  }
  return out;
}

/** The addresses of a version not covered by the intervals. */
function complement(covered: readonly Interval[], version: 4 | 6): Interval[] {
  const max = (1n << BigInt(bits(version))) - 1n;
  const out: Interval[] = [];
  let next = 0n;
  for (const i of covered.filter((x) => x.version === version)) {
    if (i.start > next) out.push({ version, start: next, end: i.start - 1n });
    next = i.end + 1n;
  }
  if (next <= max) out.push({ version, start: next, end: max });
  return out;
}

/** Addresses from intervals: the edges (and next to them) often, anywhere inside otherwise. */
function fromIntervals(intervals: readonly Interval[]): fc.Arbitrary<string> {
  const pick = fc.constantFrom(...intervals);
  return pick.chain((i) => {
    const size = i.end - i.start;
    const edges = [i.start, i.end, i.start + (size > 0n ? 1n : 0n), i.end - (size > 0n ? 1n : 0n)];
    return fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...edges) }, { weight: 3, arbitrary: fc.bigInt({ min: i.start, max: i.end }) }).map((n) => fromBigInt(n, i.version));
  });
}

/** Which IP versions to generate. */
export type IpVersions = 4 | 6 | 'both';

function versions(v: IpVersions | undefined): (4 | 6)[] {
  return v === 4 ? [4] : v === 6 ? [6] : [4, 6];
}

/**
 * Addresses inside any of the CIDRs (bare addresses count as /32 or /128), favouring the first
 * and last address of each range. Throws a `TypeError` for an empty list or a malformed range.
 */
export function ipInside(cidrs: readonly string[]): fc.Arbitrary<string> {
  if (cidrs.length === 0) throw new TypeError('ipInside needs at least one CIDR');
  return fromIntervals(union(cidrs));
}

/**
 * Addresses outside every one of the CIDRs — of both IP versions unless `version` says
 * otherwise — favouring the addresses just next to each range. Throws a `TypeError` when the
 * ranges cover the whole address space asked for.
 */
export function ipOutside(cidrs: readonly string[], options: { version?: IpVersions } = {}): fc.Arbitrary<string> {
  const covered = union(cidrs);
  const free = versions(options.version).flatMap((v) => complement(covered, v));
  if (free.length === 0) throw new TypeError(`every address is inside ${cidrs.join(', ')}`);
  return fromIntervals(free);
}

/** Any address of the given versions (default both). */
export function ipAddress(options: { version?: IpVersions } = {}): fc.Arbitrary<string> {
  return ipOutside([], options);
}

/** True when `ip` is inside one of the CIDRs (the same arithmetic as the arbitraries). */
export function inRanges(ip: string, cidrs: readonly string[]): boolean {
  const a = intervalOf(ip);
  return union(cidrs).some((i) => i.version === a.version && a.start >= i.start && a.start <= i.end);
}

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

const TLS: readonly TlsVersionName[] = ['1.0', '1.1', '1.2', '1.3'];

/** TLS versions a client may speak (from `min`, default all of 1.0–1.3). */
export function tlsVersion(options: { min?: TlsVersionName; max?: TlsVersionName } = {}): fc.Arbitrary<TlsVersionName> {
  const list = TLS.filter((v) => v >= (options.min ?? '1.0') && v <= (options.max ?? '1.3'));
  if (list.length === 0) throw new TypeError('no TLS version between min and max');
  return fc.constantFrom(...list);
}

const STATES: readonly CredentialState[] = ['valid', 'expired', 'invalid'];

/**
 * JWT descriptions: claims with an issuer and audience drawn from the lists given (plus one
 * that is neither, unless `strict`), and a state (`valid`, `expired`, `invalid`; default all).
 */
export function jwtDescription(options: { issuers?: readonly string[]; audiences?: readonly string[]; states?: readonly CredentialState[]; strict?: boolean; claims?: fc.Arbitrary<Record<string, unknown>> } = {}): fc.Arbitrary<JwtDescription> {
  const stranger = options.strict ? [] : ['https://issuer.invalid'];
  const issuers = [...(options.issuers ?? []), ...stranger];
  const audiences = [...(options.audiences ?? []), ...(options.strict ? [] : ['other-audience'])];
  if (issuers.length === 0 || audiences.length === 0) throw new TypeError('jwtDescription needs issuers and audiences (or strict: false)');
  return fc
    .record({
      iss: fc.constantFrom(...issuers),
      aud: fc.constantFrom(...audiences),
      status: fc.constantFrom(...(options.states ?? STATES)),
      extra: options.claims ?? fc.constant({}),
    })
    .map(({ iss, aud, status, extra }) => {
      const j: JwtDescription = { claims: { sub: 'user-1', ...extra, iss, aud } };
      if (status !== 'valid') j.status = status;
      return j;
    });
}

/** Login sessions at the given OAuth providers / OIDC issuers, with emails at the given domains (plus a stranger's). */
export function loginSession(options: { providers?: readonly string[]; issuers?: readonly string[]; domains?: readonly string[] } = {}): fc.Arbitrary<LoginSession> {
  const domains = [...(options.domains ?? []), 'stranger.example'];
  const email = fc.tuple(fc.constantFrom('ana', 'bo', 'chen'), fc.constantFrom(...domains)).map(([u, d]) => `${u}@${d}`);
  const choices: fc.Arbitrary<LoginSession>[] = [];
  if ((options.providers ?? []).length > 0) choices.push(fc.tuple(fc.constantFrom(...options.providers!), email).map(([provider, e]) => ({ kind: 'oauth' as const, provider, email: e })));
  if ((options.issuers ?? []).length > 0) choices.push(fc.tuple(fc.constantFrom(...options.issuers!), email).map(([issuer, e]) => ({ kind: 'oidc' as const, issuer, email: e })));
  if (choices.length === 0) choices.push(email.map((e) => ({ kind: 'oauth' as const, provider: 'google', email: e })));
  return fc.oneof(...choices);
}

/** Client certificates issued by one of the CAs (names, PEM text or ids), in any state. */
export function clientCertificate(cas: readonly string[], options: { states?: readonly CredentialState[] } = {}): fc.Arbitrary<ClientCertificate> {
  if (cas.length === 0) throw new TypeError('clientCertificate needs at least one CA');
  return fc.record({ ca: fc.constantFrom(...cas), status: fc.constantFrom(...(options.states ?? STATES)) }).map(({ ca, status }) => (status === 'valid' ? { ca } : { ca, status }));
}

/** An arbitrary, or a fixed value. */
type ArbOr<T> = fc.Arbitrary<T> | T;

function arb<T>(x: ArbOr<T> | undefined, dflt: fc.Arbitrary<T>): fc.Arbitrary<T> {
  if (x === undefined) return dflt;
  return x instanceof fc.Arbitrary ? x : fc.constant(x);
}

function optional<T>(x: ArbOr<T | undefined> | undefined): fc.Arbitrary<T | undefined> {
  if (x === undefined) return fc.constant(undefined);
  return x instanceof fc.Arbitrary ? x : fc.constant(x);
}

/** What {@link requests} draws each field from (an arbitrary or a fixed value). */
export interface RequestShape {
  clientIp?: ArbOr<string>;
  method?: ArbOr<string>;
  /** Default: `/` and a few paths. */
  path?: ArbOr<string>;
  tls?: ArbOr<TlsVersionName>;
  headers?: ArbOr<Record<string, string>>;
  /** Default: none. Pass e.g. `fc.option(jwtDescription({…}), { nil: undefined })`. */
  jwt?: ArbOr<JwtDescription | undefined>;
  session?: ArbOr<LoginSession | undefined>;
  cert?: ArbOr<ClientCertificate | undefined>;
}

/**
 * Requests: by default from any address (v4 or v6), any TLS version, GET/POST/PUT/DELETE on a
 * handful of paths, without credentials. Every field can be fixed or drawn from an arbitrary.
 */
export function requests(shape: RequestShape = {}): fc.Arbitrary<SimRequest> {
  return fc
    .record({
      clientIp: arb(shape.clientIp, ipAddress()),
      method: arb(shape.method, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE')),
      path: arb(shape.path, fc.constantFrom('/', '/api', '/api/patients', '/api/patients/7', '/admin', '/apix')),
      tls: arb(shape.tls, tlsVersion()),
      headers: arb(shape.headers, fc.constant({})),
      jwt: optional(shape.jwt),
      session: optional(shape.session),
      cert: optional(shape.cert),
    })
    .map((r) => {
      const req: SimRequest = { clientIp: r.clientIp, method: r.method, path: r.path, tls: r.tls };
      if (Object.keys(r.headers).length > 0) req.headers = r.headers;
      if (r.jwt) req.jwt = r.jwt;
      if (r.session) req.session = r.session;
      if (r.cert) req.cert = r.cert;
      return req;
    });
}

// ---------------------------------------------------------------------------------------------
// Fleets and ngrok files under test
// ---------------------------------------------------------------------------------------------

/** A compiled `.tpc` fleet, ready for properties. */
export interface Fleet {
  /** The compiled fleet as a simulation world. */
  readonly world: World;
  readonly sites: readonly SiteIR[];
  /** The CIDRs of a group (flattened); throws a `TypeError` for an unknown group. */
  group(name: string): string[];
  /** The names the program declares (groups, identities, CAs). */
  readonly names: ProgramNames;
  /** A valid credential of an identity as request fields (a JWT or a login session). */
  credential(identity: string, email?: string): Pick<SimRequest, 'jwt' | 'session'>;
  /**
   * Simulates `request` sent to the service's first public exposure (its path prefix unless
   * the request has a path). Throws a `TypeError` for an unknown site or service.
   */
  simulate(site: string, service: string, request: SimRequest): SimResult;
  /** The outcome only (no trace; fast). */
  outcome(site: string, service: string, request: SimRequest): Outcome;
  /**
   * True when the request reaches the service's internal endpoint, false when it certainly
   * does not. Throws an `Error` when the simulator cannot tell (an `unknown` outcome): a
   * property must not pass on what was never decided.
   */
  reaches(site: string, service: string, request: SimRequest): boolean;
  /** `allow`, `deny`, `login`, `redirect`, `respond` or `unknown`. */
  access(site: string, service: string, request: SimRequest): OutcomeClass;
}

/**
 * Compiles a `.tpc` program for properties. Throws an `Error` listing the diagnostics when it
 * does not compile (a property over a broken program proves nothing).
 */
export function fleet(source: string, options: Pick<CompileOptions, 'file' | 'readFile'> = {}): Fleet {
  const suite = tpcTests(source, options);
  if (!suite.compiled) {
    const errors = suite.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`);
    throw new Error(`the program does not compile:\n${errors.join('\n')}`);
  }
  const index = indexWorld(suite.world);
  const targets = new Map<string, { ep: ReturnType<typeof prepareEndpoint>; https: boolean; path: string | undefined; internal: string }>();
  const target = (site: string, service: string) => {
    const k = `${site}\0${service}`;
    let t = targets.get(k);
    if (!t) {
      const s = suite.sites.find((x) => x.name === site);
      if (!s) throw new TypeError(`no site '${site}'`);
      const svc = s.services.find((x) => x.name === service);
      if (!svc) throw new TypeError(`site '${site}' has no service '${service}'`);
      const e = s.exposures.find((x) => x.service === svc);
      if (!e) throw new TypeError(`'${site}.${service}' has no public exposure`);
      const ep = index.byUrl.get(urlKey(e.url.normalized) ?? '')?.[0];
      if (!ep) throw new TypeError(`no compiled endpoint at ${e.url.normalized}`);
      t = { ep, https: e.url.scheme === 'https', path: e.path?.value, internal: svc.internalUrl };
      targets.set(k, t);
    }
    return t;
  };
  const run = (site: string, service: string, request: SimRequest, trace: boolean): SimResult => {
    const t = target(site, service);
    const req = t.https && request.path === undefined && request.url === undefined ? { ...request, path: t.path ?? '/' } : request;
    return simulatePrepared(index, t.ep, req, { trace });
  };
  return {
    world: suite.world,
    sites: suite.sites,
    names: suite.names,
    group(name) {
      const g = suite.names.groups.get(name);
      if (!g) throw new TypeError(`no group '${name}'`);
      return [...g];
    },
    credential(identity, email) {
      const d = suite.names.identities.get(identity);
      if (!d) throw new TypeError(`no identity '${identity}'`);
      return credentialForDecl(d, email);
    },
    simulate: (site, service, request) => run(site, service, request, true),
    outcome: (site, service, request) => run(site, service, request, false).outcome,
    reaches(site, service, request) {
      const o = run(site, service, request, false).outcome;
      if (o.result === 'unknown') throw new Error(`cannot tell whether ${site}.${service} is reached: ${o.reason}`);
      return o.result === 'forwarded' && urlKey(o.target) === urlKey(target(site, service).internal);
    },
    access: (site, service, request) => outcomeClass(run(site, service, request, false).outcome),
  };
}


/** Hand-written ngrok files under test. */
export interface NgrokFiles {
  readonly world: World;
  /** Simulates a request arriving at the endpoint with this URL. */
  simulate(url: string, request: SimRequest): SimResult;
  /** The outcome alone of {@link NgrokFiles.simulate} (no trace is built). */
  outcome(url: string, request: SimRequest): Outcome;
  /**
   * True when the request is forwarded to `target` (an internal endpoint URL), or to any
   * upstream when `target` is omitted. Throws an `Error` on an `unknown` outcome.
   */
  reaches(url: string, request: SimRequest, target?: string): boolean;
}

/**
 * Loads ngrok files (ngrok.yml agent configs, cloud endpoint bodies) for properties. Throws an
 * `Error` when a file does not parse.
 */
export function ngrokFiles(files: readonly { path: string; text: string }[]): NgrokFiles {
  const documents: SourceDocument[] = [];
  for (const f of files) {
    const r = loadText(f.path, f.text);
    const bad = r.diagnostics.find((d) => d.severity === 'error');
    if (bad) throw new Error(`${f.path}:${bad.line}:${bad.column} ${bad.message}`);
    documents.push(...r.documents);
  }
  const world = worldFromWorkspace(buildWorkspace(documents).workspace);
  const index = indexWorld(world);
  const entry = (url: string) => {
    const ep = index.byUrl.get(urlKey(url) ?? '')?.[0];
    if (!ep) throw new TypeError(`no endpoint at ${url}`);
    return ep;
  };
  return {
    world,
    simulate: (url, request) => simulatePrepared(index, entry(url), request),
    outcome: (url, request) => simulatePrepared(index, entry(url), request, { trace: false }).outcome,
    reaches(url, request, target) {
      const o = simulatePrepared(index, entry(url), request, { trace: false }).outcome;
      if (o.result === 'unknown') throw new Error(`cannot tell whether ${url} forwards it: ${o.reason}`);
      return o.result === 'forwarded' && (target === undefined || urlKey(o.target) === urlKey(target));
    },
  };
}

/** One line describing an outcome (for assertion messages). */
export { describeOutcome };
