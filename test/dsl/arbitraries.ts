/**
 * fast-check arbitraries of valid `.tpc` programs, for property tests of the parser, the formatter and
 * the compiler.
 *
 * A program is generated as a {@link ProgramSpec} (plain data) and rendered to text. Generated programs
 * are meant to be *semantically* sensible, not only syntactically valid:
 * - names are unique in their scope and are never keywords;
 * - every referenced group, identity, CA, template, parameter, site and service is defined (groups only
 *   reference groups defined before them, so there are no cycles);
 * - identities are only allowed on `https://` exposures; `tls min`/`mtls` only on `https://`/`tls://`
 *   exposures; `tcp://` exposures only use groups; `defaults` only hold group allow/deny;
 * - public URLs are unique across the fleet (hostnames carry the site id; reserved TCP addresses are
 *   passed to templates as parameters, one per site);
 * - secrets are references only (`env(…)`, `secret(…)`); CA files are {@link CA_FILES} (relative to the
 *   `.tpc` file; `examples/clinic-fleet` has them).
 *
 * Test-block outcomes are random (they are not computed from the policy): keep `withTests` off when the
 * program will be run with `tpc test`.
 */
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// The data model
// ---------------------------------------------------------------------------------------------

export type SecretSpec = { env: string } | { vault: string; name: string };

export type IdentitySpec =
  | { kind: 'jwt'; name: string; issuer: string; audiences: string[]; jwks: string; algorithms: string[]; header?: { name: string; prefix?: string } }
  | { kind: 'oauth'; name: string; provider: string; allowDomains: string[]; allowEmails: string[]; clientId?: SecretSpec; clientSecret?: SecretSpec; scopes: string[] }
  | { kind: 'oidc'; name: string; issuer: string; clientId: SecretSpec; clientSecret: SecretSpec; scopes: string[]; allowDomains: string[]; allowEmails: string[] };

export interface GroupSpec {
  name: string;
  /** CIDRs/addresses, or `{ group }` references to earlier groups. */
  members: (string | { group: string })[];
}

export interface CaSpec {
  name: string;
  file: string;
}

export interface ActionSpec {
  point: 'first' | 'before-forward' | 'response';
  /** A CEL condition (`action POINT when "…"`); only at `first` and `response`. */
  when?: string;
  /** The object literal text (already valid `.tpc`). */
  object: string;
}

export interface ExposureBodySpec {
  allow: string[];
  deny: string[];
  tlsMin?: '1.2' | '1.3';
  mtls: string[];
  actions: ActionSpec[];
}

export interface ServiceSpec {
  name: string;
  scheme: 'http' | 'https' | 'tcp' | 'tls';
  upstream: string;
  onDemand: boolean;
}

export interface ExposeSpec extends ExposureBodySpec {
  service: string;
  /** Public URL text, may contain `${param}`. */
  url: string;
  path?: string;
}

export interface AgentSpec {
  bind: string[];
  connectUrl?: string;
  region?: string;
  failover: boolean;
}

export type SubjectSpec =
  | { ip: string }
  | { anonymous: true }
  | { jwt: string; status?: 'expired' | 'invalid' }
  | { login: 'oauth' | 'oidc'; identity: string; email?: string }
  | { name: string };

export interface ExpectationSpec {
  from: SubjectSpec[];
  tls?: '1.0' | '1.1' | '1.2' | '1.3';
  cert?: string;
  /** `site.service`, or `service` inside a template/site. */
  target: string;
  method?: string;
  path?: string;
  headers: [string, string][];
  expect: 'allow' | 'deny' | 'login';
  status?: number;
}

export interface BodySpec {
  agent?: AgentSpec;
  services: ServiceSpec[];
  exposures: ExposeSpec[];
  tests: ExpectationSpec[];
}

export interface TemplateSpec {
  name: string;
  params: string[];
  body: BodySpec;
}

export interface SiteSpec {
  name: string;
  /** Instantiates a template with these arguments (by parameter name). */
  template?: { name: string; args: [string, string][] };
  /** The site's own statements (for a template site: extra statements such as `agent failover`). */
  body: BodySpec;
}

export interface ProgramSpec {
  groups: GroupSpec[];
  identities: IdentitySpec[];
  cas: CaSpec[];
  defaults?: ExposureBodySpec;
  templates: TemplateSpec[];
  sites: SiteSpec[];
  tests: ExpectationSpec[];
}

/** CA files generated programs refer to (relative to the program). */
export const CA_FILES = ['certs/clinic-ca.pem'] as const;

const PROVIDERS = ['google', 'github', 'microsoft', 'gitlab', 'amazon', 'facebook', 'linkedin', 'twitch'] as const;
const REGIONS = ['us', 'eu', 'ap', 'au', 'sa', 'jp', 'in', 'us-cal-1'] as const;

// ---------------------------------------------------------------------------------------------
// Leaves
// ---------------------------------------------------------------------------------------------

const octet = fc.integer({ min: 0, max: 255 });

/** A valid IPv4 CIDR with the host bits cleared, or a plain address. */
export const arbIpv4 = fc.tuple(octet, octet, octet, octet, fc.option(fc.integer({ min: 8, max: 32 }), { nil: undefined })).map(
  ([a, b, c, d, prefix]) => {
    if (prefix === undefined) return `${a}.${b}.${c}.${d}`;
    const n = (((a << 24) | (b << 16) | (c << 8) | d) >>> 0) & (prefix === 0 ? 0 : (~0 << (32 - prefix)) >>> 0);
    return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}/${prefix}`;
  },
);

/** A valid IPv6 CIDR (prefix multiple of 16, host bits cleared) or address, in compressed form. */
export const arbIpv6 = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }), fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }))
  .map(([groups, p]) => {
    const g = p === undefined ? groups : groups.map((x, i) => (i < p ? x : 0));
    const full = g.map((x) => x.toString(16));
    // Compress the longest run of zero groups (length ≥ 2).
    let best = -1;
    let bestLen = 0;
    for (let i = 0; i < 8; ) {
      if (g[i] !== 0) {
        i++;
        continue;
      }
      let j = i;
      while (j < 8 && g[j] === 0) j++;
      if (j - i > bestLen && j - i >= 2) {
        best = i;
        bestLen = j - i;
      }
      i = j;
    }
    const text =
      best < 0 ? full.join(':') : `${full.slice(0, best).join(':')}::${full.slice(best + bestLen).join(':')}`;
    return p === undefined ? text : `${text}/${p * 16}`;
  });

export const arbCidr = fc.oneof({ weight: 3, arbitrary: arbIpv4 }, { weight: 1, arbitrary: arbIpv6 });

const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'north', 'south', 'lab', 'main');
const domain = word.map((w) => `${w}.example`);
const email = fc.tuple(word, word).map(([a, b]) => `${a}@${b}.example`);
const envName = fc.constantFrom('OIDC_CLIENT_ID', 'OIDC_SECRET', 'GOOGLE_ID', 'GOOGLE_SECRET');
const arbSecret: fc.Arbitrary<SecretSpec> = fc.oneof(
  envName.map((env) => ({ env })),
  fc.tuple(word, word).map(([vault, name]) => ({ vault, name })),
);


// ---------------------------------------------------------------------------------------------
// Spec generation
// ---------------------------------------------------------------------------------------------

/** Options of {@link arbProgramSpec}. */
export interface ProgramOptions {
  /** Generate `test` blocks (outcomes are random). Default false. */
  withTests?: boolean;
  /** Upper bound on the number of sites. Default 4. */
  maxSites?: number;
}

const arbIdentityShape = fc.oneof(
  fc.record({
    kind: fc.constant('jwt' as const),
    issuer: word.map((w) => `https://auth.${w}.example`),
    audiences: fc.uniqueArray(word, { minLength: 1, maxLength: 2 }),
    jwks: word.map((w) => `https://auth.${w}.example/.well-known/jwks.json`),
    algorithms: fc.subarray(['RS256', 'ES256']),
    header: fc.option(fc.record({ name: fc.constant('Authorization'), prefix: fc.option(fc.constant('Bearer '), { nil: undefined }) }), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('oauth' as const),
    provider: fc.constantFrom(...PROVIDERS),
    allowDomains: fc.uniqueArray(domain, { maxLength: 2 }),
    allowEmails: fc.uniqueArray(email, { maxLength: 2 }),
    clientId: fc.option(arbSecret, { nil: undefined }),
    clientSecret: fc.option(arbSecret, { nil: undefined }),
    scopes: fc.subarray(['openid', 'email', 'profile']),
  }),
  fc.record({
    kind: fc.constant('oidc' as const),
    issuer: word.map((w) => `https://login.${w}.example`),
    clientId: arbSecret,
    clientSecret: arbSecret,
    scopes: fc.subarray(['openid', 'email', 'profile']),
    allowDomains: fc.uniqueArray(domain, { maxLength: 2 }),
    allowEmails: fc.uniqueArray(email, { maxLength: 1 }),
  }),
);

/** Shapes chosen before names exist: references are indexes resolved later. */
const arbRawExposure = fc.record({
  allowIdx: fc.uniqueArray(fc.nat(20), { minLength: 1, maxLength: 3 }),
  denyIdx: fc.uniqueArray(fc.nat(20), { maxLength: 2 }),
  tlsMin: fc.option(fc.constantFrom('1.2' as const, '1.3' as const), { nil: undefined }),
  mtls: fc.boolean(),
  path: fc.boolean(),
  actions: fc.nat(2),
  actionSeed: fc.nat(),
});

const arbRawService = fc.record({
  scheme: fc.constantFrom('http' as const, 'https' as const, 'tcp' as const, 'tls' as const),
  host: fc.integer({ min: 2, max: 250 }),
  port: fc.integer({ min: 1024, max: 65535 }),
  onDemand: fc.boolean(),
  exposures: fc.array(arbRawExposure, { maxLength: 2 }),
});

const arbRawBody = fc.record({
  agent: fc.option(
    fc.record({ bind: fc.boolean(), connectUrl: fc.boolean(), region: fc.option(fc.constantFrom(...REGIONS), { nil: undefined }), failover: fc.boolean() }),
    { nil: undefined },
  ),
  services: fc.array(arbRawService, { minLength: 1, maxLength: 4 }),
  tests: fc.array(fc.record({ seed: fc.nat(), expect: fc.constantFrom('allow' as const, 'deny' as const, 'login' as const) }), { maxLength: 3 }),
});

/** A tiny deterministic PRNG (mulberry32) for choices derived from a generated seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

/** Builds a body from raw shapes. `host` names the site in hostnames (`${id}` inside templates). */
type RawBody = typeof arbRawBody extends fc.Arbitrary<infer R> ? R : never;

const HTTP_ACTIONS: ((n: number) => ActionSpec)[] = [
  (n) => ({ point: 'response', object: `{ type: "add-headers", config: { headers: { "x-tpc-${n}": "yes" } } }` }),
  (n) => ({ point: 'first', object: `{ type: "add-headers", config: { headers: { "x-seen": "\${conn.client_ip}", n: ${n} } } }` }),
  (n) => ({
    point: 'before-forward',
    object: `{ type: "rate-limit", config: { name: "per-ip", algorithm: "sliding_window", capacity: ${10 + n}, rate: "60s", bucket_key: ["conn.client_ip"] } }`,
  }),
  // Conditional actions; with `when`, actions that answer the request themselves may come first.
  () => ({ point: 'first', when: "req.method == 'DELETE'", object: '{ type: "deny", config: { status_code: 405 } }' }),
  (n) => ({
    point: 'first',
    when: `req.url.path.startsWith('/maintenance-${n}')`,
    object: '{ type: "custom-response", config: { status_code: 503, body: "Down for maintenance" } }',
  }),
  () => ({ point: 'first', when: "req.headers['user-agent'].exists(v, v.contains('BadBot'))", object: '{ type: "close-connection" }' }),
  (n) => ({ point: 'response', when: 'res.status_code >= 500', object: `{ type: "add-headers", config: { headers: { "x-incident-${n}": "open" } } }` }),
];
const STREAM_ACTIONS: ((n: number) => ActionSpec)[] = [
  () => ({ point: 'first', object: '{ type: "log", config: { metadata: { source: "tpc" } } }' }),
  () => ({ point: 'first', when: "conn.client_ip == '192.0.2.66'", object: '{ type: "deny" }' }),
];

function buildBody(
  raw: RawBody,
  ctx: {
    host: string;
    groups: string[];
    identities: string[];
    cas: string[];
    tcpAddr: (k: number) => string;
    inTemplate: boolean;
    withTests: boolean;
  },
): BodySpec {
  const services: ServiceSpec[] = [];
  const exposures: ExposeSpec[] = [];
  let k = 0;
  raw.services.forEach((s, i) => {
    const name = `svc${i}`;
    const stream = s.scheme === 'tcp' || s.scheme === 'tls';
    services.push({ name, scheme: s.scheme, upstream: `${s.scheme}://192.168.1.${s.host}:${s.port}`, onDemand: s.onDemand });
    for (const e of s.exposures) {
      const n = k++;
      const exposeTcp = s.scheme === 'tcp';
      const exposeTls = s.scheme === 'tls';
      const http = !stream;
      const url = exposeTcp
        ? ctx.tcpAddr(n)
        : exposeTls
          ? `tls://${ctx.host}-t${n}.clinicnet.example`
          : `https://${ctx.host}-e${n}.clinicnet.example`;
      const principals = http ? [...ctx.groups, ...ctx.identities] : ctx.groups;
      const allow = [...new Set(e.allowIdx.map((x) => principals[x % principals.length]!))];
      const deny = [...new Set(e.denyIdx.map((x) => ctx.groups[x % ctx.groups.length]!))].filter((d) => !allow.includes(d));
      const r = rng(e.actionSeed);
      const actions: ActionSpec[] = [];
      for (let a = 0; a < e.actions; a++) actions.push(pick(r, http ? HTTP_ACTIONS : STREAM_ACTIONS)(Math.floor(r() * 1000)));
      exposures.push({
        service: name,
        url,
        ...(http && e.path ? { path: `/p${n}` } : {}),
        allow,
        deny,
        ...(!exposeTcp && e.tlsMin ? { tlsMin: e.tlsMin } : {}),
        mtls: !exposeTcp && e.mtls && ctx.cas.length > 0 ? [ctx.cas[0]!] : [],
        actions,
      });
    }
  });
  const agent = raw.agent
    ? {
        bind: raw.agent.bind ? [`*.${ctx.host}.internal`] : [],
        ...(raw.agent.connectUrl ? { connectUrl: 'connect.clinicnet.example:443' } : {}),
        ...(raw.agent.region ? { region: raw.agent.region } : {}),
        failover: raw.agent.failover,
      }
    : undefined;
  const tests: ExpectationSpec[] = [];
  if (ctx.withTests && exposures.length > 0) {
    for (const t of raw.tests) {
      const r = rng(t.seed);
      const single = exposures.filter((x) => exposures.filter((y) => y.service === x.service).length === 1);
      if (single.length === 0) break;
      const e = pick(r, single);
      const from: SubjectSpec[] = [];
      if (r() < 0.5) from.push({ ip: r() < 0.5 ? '203.0.113.9' : '2001:db8::9' });
      const ids = ctx.identities;
      if (ids.length > 0 && r() < 0.4) from.push({ jwt: pick(r, ids), ...(r() < 0.3 ? { status: 'expired' as const } : {}) });
      if (from.length === 0 && r() < 0.5) from.push({ anonymous: true });
      if (from.length === 0 && ctx.groups.length > 0) from.push({ name: pick(r, ctx.groups) });
      tests.push({
        from,
        ...(r() < 0.3 ? { tls: pick(r, ['1.0', '1.1', '1.2', '1.3'] as const) } : {}),
        ...(e.mtls.length > 0 && r() < 0.5 ? { cert: e.mtls[0]! } : {}),
        target: e.service,
        ...(e.path ? { path: `${e.path}/x` } : {}),
        ...(r() < 0.2 ? { method: 'POST' } : {}),
        headers: r() < 0.2 ? [['x-req', 'v1']] : [],
        expect: t.expect,
        ...(t.expect === 'deny' && r() < 0.5 ? { status: 403 } : {}),
      });
    }
  }
  return { ...(agent ? { agent } : {}), services, exposures, tests };
}

/** An arbitrary {@link ProgramSpec} (see the module comment for the guarantees). */
export function arbProgramSpec(options: ProgramOptions = {}): fc.Arbitrary<ProgramSpec> {
  const withTests = options.withTests ?? false;
  const maxSites = options.maxSites ?? 4;
  return fc
    .record({
      groups: fc.array(fc.array(fc.oneof({ weight: 4, arbitrary: arbCidr.map((c) => ({ cidr: c })) }, { weight: 1, arbitrary: fc.nat(10).map((ref) => ({ ref })) }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 }),
      identities: fc.array(arbIdentityShape, { maxLength: 3 }),
      hasCa: fc.boolean(),
      defaults: fc.option(fc.record({ allowIdx: fc.uniqueArray(fc.nat(10), { maxLength: 1 }), denyIdx: fc.uniqueArray(fc.nat(10), { maxLength: 1 }) }), { nil: undefined }),
      templates: fc.array(arbRawBody, { maxLength: 2 }),
      sites: fc.array(
        fc.record({ template: fc.option(fc.nat(5), { nil: undefined }), body: arbRawBody, extraAgent: fc.option(fc.record({ failover: fc.boolean(), region: fc.constantFrom(...REGIONS) }), { nil: undefined }) }),
        { minLength: 1, maxLength: maxSites },
      ),
      tests: fc.array(fc.record({ seed: fc.nat(), expect: fc.constantFrom('allow' as const, 'deny' as const, 'login' as const) }), { maxLength: 3 }),
    })
    .map((raw) => {
      const groups: GroupSpec[] = raw.groups.map((members, i) => ({
        name: `net${i}`,
        members: (() => {
          const out: (string | { group: string })[] = [];
          for (const m of members) {
            if ('cidr' in m) out.push(m.cidr);
            else if (i > 0) out.push({ group: `net${m.ref % i}` });
          }
          const seen = new Set<string>();
          const dedup = out.filter((x) => {
            const key = typeof x === 'string' ? x : '@' + x.group;
            if (seen.has(key)) return false;
            seen.add(key);
            return true;
          });
          return dedup.length > 0 ? dedup : ['10.0.0.0/8'];
        })(),
      }));
      const groupNames = groups.map((g) => g.name);
      const identities: IdentitySpec[] = raw.identities.map((s, i) => ({ ...s, name: `who${i}` }) as IdentitySpec);
      const identityNames = identities.map((x) => x.name);
      const cas: CaSpec[] = raw.hasCa ? [{ name: 'ca0', file: CA_FILES[0] }] : [];
      const caNames = cas.map((c) => c.name);
      const defaults: ExposureBodySpec | undefined = raw.defaults
        ? (() => {
            const allow = raw.defaults.allowIdx.map((x) => groupNames[x % groupNames.length]!);
            const deny = raw.defaults.denyIdx.map((x) => groupNames[x % groupNames.length]!).filter((d) => !allow.includes(d));
            return { allow, deny, mtls: [], actions: [] };
          })()
        : undefined;

      let tcpCounter = 0;
      const nextTcp = (): string => {
        tcpCounter++;
        return `tcp://${tcpCounter}.tcp.ngrok.io:${20000 + tcpCounter}`;
      };

      const templates: TemplateSpec[] = raw.templates.map((body, ti) => {
        // Exposures of tcp services need one reserved address per site: a parameter each.
        const tcpParams: string[] = [];
        const b = buildBody(body, {
          host: '${id}',
          groups: groupNames,
          identities: identityNames,
          cas: caNames,
          tcpAddr: (k) => {
            const p = `addr${k}`;
            tcpParams.push(p);
            return '${' + p + '}';
          },
          inTemplate: true,
          withTests,
        });
        return { name: `tpl${ti}`, params: ['id', ...tcpParams], body: b };
      });

      const sites: SiteSpec[] = raw.sites.map((s, si) => {
        const name = `site${si}`;
        const tpl = s.template !== undefined && templates.length > 0 ? templates[s.template % templates.length]! : undefined;
        if (tpl) {
          const args: [string, string][] = tpl.params.map((p) => [p, p === 'id' ? name : nextTcp()]);
          const body: BodySpec = s.extraAgent
            ? { agent: { bind: [], failover: s.extraAgent.failover, region: s.extraAgent.region }, services: [], exposures: [], tests: [] }
            : { services: [], exposures: [], tests: [] };
          return { name, template: { name: tpl.name, args }, body };
        }
        return {
          name,
          body: buildBody(s.body, {
            host: name,
            groups: groupNames,
            identities: identityNames,
            cas: caNames,
            tcpAddr: () => nextTcp(),
            inTemplate: false,
            withTests,
          }),
        };
      });

      // Top-level expectations name `site.service` of exposed services.
      const targets: string[] = [];
      for (const s of sites) {
        const body = s.template ? templates.find((t) => t.name === s.template!.name)!.body : s.body;
        for (const e of body.exposures) {
          if (body.exposures.filter((x) => x.service === e.service).length === 1) targets.push(`${s.name}.${e.service}`);
        }
      }
      const tests: ExpectationSpec[] = [];
      if (withTests && targets.length > 0) {
        for (const t of raw.tests) {
          const r = rng(t.seed);
          tests.push({
            from: r() < 0.5 ? [{ ip: '198.51.100.1' }] : [{ anonymous: true }],
            target: pick(r, targets),
            headers: [],
            expect: t.expect,
          });
        }
      }
      return { groups, identities, cas, ...(defaults ? { defaults } : {}), templates, sites, tests };
    });
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

const COMMENTS = [' note', ' TODO: review', '', ' --- section ---', ' a "quoted" word', ' ${not} interpolated'];

/** Renders specs to text; with a seed, whitespace, comments, option order and quoting vary. */
class Renderer {
  private readonly r: (() => number) | undefined;
  constructor(seed: number | undefined) {
    this.r = seed === undefined ? undefined : rng(seed);
  }

  private chance(p: number): boolean {
    return !!this.r && this.r() < p;
  }

  /** Space between tokens. */
  private sp(): string {
    if (!this.r) return ' ';
    const x = this.r();
    return x < 0.8 ? ' ' : x < 0.9 ? '  ' : x < 0.97 ? '\n    ' : ' \t';
  }

  /** Break between statements at `indent`. */
  private nl(indent: string): string {
    if (!this.r) return '\n' + indent;
    const x = this.r();
    if (x < 0.7) return '\n' + indent;
    if (x < 0.8) return '\n\n' + indent;
    if (x < 0.87) return '; ';
    if (x < 0.94) return `\n${indent}#${pick(this.r, COMMENTS)}\n${indent}`;
    return ` #${pick(this.r, COMMENTS)}\n${indent}`;
  }

  private shuffle<T>(xs: T[]): T[] {
    if (!this.r) return xs;
    const a = [...xs];
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.r() * (i + 1));
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    return a;
  }

  private str(s: string): string {
    return JSON.stringify(s).replace(/\$\{/g, '\\${');
  }

  /** A string that may be written bare when it is a URL. */
  private urlStr(s: string): string {
    return this.chance(0.3) && /^https:\/\/[A-Za-z0-9./_-]+$/.test(s) ? s : this.str(s);
  }

  private secret(s: SecretSpec): string {
    return 'env' in s ? `env(${this.str(s.env)})` : `secret(${this.str(s.vault)},${this.sp()}${this.str(s.name)})`;
  }

  private list(xs: string[]): string {
    return xs.join(',' + this.sp());
  }

  identity(i: IdentitySpec): string {
    const o: string[] = [];
    let head: string;
    if (i.kind === 'jwt') {
      head = 'jwt';
      o.push(`issuer ${this.urlStr(i.issuer)}`);
      // Audiences may be split over several clauses.
      if (i.audiences.length > 1 && this.chance(0.5)) for (const a of i.audiences) o.push(`audience ${this.str(a)}`);
      else o.push(`audience ${this.list(i.audiences.map((a) => this.str(a)))}`);
      o.push(`jwks ${this.urlStr(i.jwks)}`);
      if (i.algorithms.length) o.push(`algorithms ${this.list(i.algorithms)}`);
      const opts = this.shuffle(o);
      if (i.header) {
        opts.push(`header ${this.str(i.header.name)}`);
        if (i.header.prefix !== undefined) opts.push(`prefix ${this.str(i.header.prefix)}`);
      }
      return `identity ${i.name} = ${head}${this.sp()}${opts.join(this.sp())}`;
    }
    if (i.kind === 'oauth') {
      head = `oauth ${i.provider}`;
      if (i.allowDomains.length) o.push(`allow-domain ${this.list(i.allowDomains.map((a) => this.str(a)))}`);
      if (i.allowEmails.length) o.push(`allow-email ${this.list(i.allowEmails.map((a) => this.str(a)))}`);
      if (i.clientId) o.push(`client-id ${this.secret(i.clientId)}`);
      if (i.clientSecret) o.push(`client-secret ${this.secret(i.clientSecret)}`);
      if (i.scopes.length) o.push(`scopes ${this.list(i.scopes.map((a) => this.str(a)))}`);
    } else {
      head = 'oidc';
      o.push(`issuer ${this.urlStr(i.issuer)}`);
      o.push(`client-id ${this.secret(i.clientId)}`);
      o.push(`client-secret ${this.secret(i.clientSecret)}`);
      if (i.scopes.length) o.push(`scopes ${this.list(i.scopes.map((a) => this.str(a)))}`);
      if (i.allowDomains.length) o.push(`allow-domain ${this.list(i.allowDomains.map((a) => this.str(a)))}`);
      if (i.allowEmails.length) o.push(`allow-email ${this.list(i.allowEmails.map((a) => this.str(a)))}`);
    }
    const opts = this.shuffle(o);
    return `identity ${i.name} = ${head}${opts.length ? this.sp() + opts.join(this.sp()) : ''}`;
  }

  group(g: GroupSpec): string {
    const members = g.members.map((m) => (typeof m === 'string' ? m : m.group));
    const lead = typeof g.members[0] === 'string' && (!this.r || this.chance(0.7)) ? 'ip ' : '';
    return `group ${g.name} =${this.sp()}${lead}${this.list(members)}`;
  }

  exposureBody(b: ExposureBodySpec, indent: string): string[] {
    const out: string[] = [];
    if (b.tlsMin) out.push(`tls min ${this.chance(0.2) ? `"${b.tlsMin}"` : b.tlsMin}`);
    if (b.mtls.length) out.push(`mtls ca ${this.list(b.mtls)}`);
    if (b.deny.length) out.push(`deny ${this.list(b.deny)}`);
    if (b.allow.length) {
      // One allow statement, or one per name.
      if (b.allow.length > 1 && this.chance(0.4)) for (const a of b.allow) out.push(`allow ${a}`);
      else out.push(`allow ${this.list(b.allow)}`);
    }
    for (const a of b.actions) {
      const when = a.when !== undefined ? `when${this.sp()}${this.str(a.when)}${this.sp()}` : '';
      out.push(`action ${a.point} ${when}${this.chance(0.3) ? a.object.replace(/ }$/, ', }') : a.object}`);
    }
    void indent;
    return out;
  }

  block(header: string, lines: string[], indent: string): string {
    if (lines.length === 0) return `${header}${this.sp()}{}`;
    const inner = indent + '  ';
    let s = `${header}${this.sp()}{` + '\n' + inner;
    lines.forEach((l, i) => {
      s += l;
      if (i < lines.length - 1) s += this.nl(inner);
    });
    return s + '\n' + indent + '}';
  }

  expectation(e: ExpectationSpec): string {
    const before: string[] = [];
    const after: string[] = [];
    if (e.from.length) {
      before.push(
        'from ' +
          e.from
            .map((s) => {
              if ('ip' in s) return `ip ${s.ip}`;
              if ('anonymous' in s) return 'anonymous';
              if ('jwt' in s) return `jwt ${s.jwt}${s.status ? ' ' + s.status : ''}`;
              if ('login' in s) return `${s.login} ${s.identity}${s.email ? ` email ${this.str(s.email)}` : ''}`;
              return s.name;
            })
            .join(this.sp()),
      );
    }
    if (e.cert) before.push(`cert ${e.cert}`);
    if (e.tls) before.push(`tls ${e.tls}`);
    if (e.method) after.push(`method ${e.method}`);
    if (e.path) (this.chance(0.3) ? before : after).push(`path ${e.path}`);
    for (const [h, v] of e.headers) after.push(`header ${this.str(h)} ${this.str(v)}`);
    return [...before, `to ${e.target}`, ...after, `expect ${e.expect}${e.status ? ' ' + e.status : ''}`].join(this.sp());
  }

  body(b: BodySpec, indent: string): string[] {
    const out: string[] = [];
    if (b.agent) {
      const parts: string[] = [];
      // Bind patterns carry `${id}` on purpose: not escaped.
      if (b.agent.bind.length) parts.push(`bind ${this.list(b.agent.bind.map((x) => JSON.stringify(x)))}`);
      if (b.agent.connectUrl) parts.push(`connect-url ${this.str(b.agent.connectUrl)}`);
      if (b.agent.region) parts.push(`region ${b.agent.region}`);
      if (b.agent.failover) parts.push('failover');
      if (parts.length) out.push('agent ' + this.shuffle(parts).join(this.sp()));
    }
    for (const s of b.services) out.push(`service ${s.name} ${this.chance(0.1) ? this.str(s.upstream) : s.upstream}${s.onDemand ? ' on-demand' : ''}`);
    for (const e of b.exposures) {
      const header = `expose ${e.service} at ${e.url}${e.path ? ` path ${e.path}` : ''}`;
      const lines = this.exposureBody(e, indent + '  ');
      out.push(lines.length === 0 && this.chance(0.5) ? header : this.block(header, lines, indent));
    }
    if (b.tests.length) out.push(this.block('test', b.tests.map((t) => this.expectation(t)), indent));
    return out;
  }

  program(p: ProgramSpec): string {
    const out: string[] = [];
    const head = this.chance(0.3) ? `#${pick(this.r!, COMMENTS)}\n` : '';
    for (const g of p.groups) out.push(this.group(g));
    for (const i of p.identities) out.push(this.identity(i));
    for (const c of p.cas) out.push(`ca ${c.name} = file(${this.str(c.file)})`);
    if (p.defaults) out.push(this.block('defaults', this.exposureBody(p.defaults, '  '), ''));
    for (const t of p.templates) out.push(this.block(`template ${t.name}(${this.list(t.params)})`, this.body(t.body, '  '), ''));
    for (const s of p.sites) {
      if (s.template) {
        const call = `site ${s.name} = ${s.template.name}(${this.list(s.template.args.map(([k, v]) => `${k}: ${this.chance(0.3) && v.startsWith('tcp://') ? v : this.str(v)}`))})`;
        const extra = this.body(s.body, '  ');
        out.push(extra.length ? this.block(call, extra, '') : call);
      } else {
        out.push(this.block(`site ${s.name}`, this.body(s.body, '  '), ''));
      }
    }
    if (p.tests.length) out.push(this.block('test', p.tests.map((t) => this.expectation(t)), ''));
    let s = head;
    out.forEach((l, i) => {
      s += l;
      if (i < out.length - 1) s += this.nl('');
    });
    return s + '\n';
  }
}

/** Renders a spec as `.tpc` text. Without a seed the layout is plain; with one it varies. */
export function renderProgram(spec: ProgramSpec, layoutSeed?: number): string {
  return new Renderer(layoutSeed).program(spec);
}

/** Arbitrary valid `.tpc` program text, plainly laid out. */
export function arbProgram(options: ProgramOptions = {}): fc.Arbitrary<string> {
  return arbProgramSpec(options).map((s) => renderProgram(s));
}

/** Arbitrary valid `.tpc` program text with varied layout (whitespace, comments, `;`, option order, quoting). */
export function arbProgramText(options: ProgramOptions = {}): fc.Arbitrary<string> {
  return fc.tuple(arbProgramSpec(options), fc.nat()).map(([s, seed]) => renderProgram(s, seed));
}
