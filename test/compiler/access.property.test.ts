/**
 * The compiled policies decide every request exactly as the DSL's semantics say (docs/dsl.md
 * "Semantics"): random HTTPS sites (hostnames shared by path, IP groups, JWT and OAuth
 * identities, deny groups, tls min, mTLS, escape-hatch actions) are compiled, and random
 * requests are run both through a small interpreter of the generated policies and through an
 * oracle written from the semantics. They must agree on forward (and to which service), deny,
 * login and 404. This is the "never a silently weaker policy" promise, tested.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inCidrRanges } from '../../src/ngrok/cel/ip.js';
import { compileText } from './helpers.js';

const GROUPS: Record<string, string[]> = {
  office: ['203.0.113.0/24'],
  vpn: ['198.51.100.0/25', '2001:db8:1::/48'],
  wide: ['203.0.0.0/16'],
  blocked: ['192.0.2.0/24', '203.0.113.128/25'],
};
const IPS = ['203.0.113.9', '203.0.113.200', '198.51.100.5', '2001:db8:1::5', '192.0.2.7', '203.0.5.5', '8.8.8.8'];

interface Jwt {
  kind: 'jwt';
  iss: string;
  auds: string[];
  jwks: string;
}
interface Login {
  kind: 'oauth';
  domains: string[];
  emails: string[];
}
const IDENTITIES: Record<string, Jwt | Login> = {
  staff: { kind: 'jwt', iss: 'https://auth.example', auds: ['api'], jwks: 'https://auth.example/jwks' },
  admins: { kind: 'jwt', iss: 'https://auth.example', auds: ['admin'], jwks: 'https://auth.example/jwks' },
  g: { kind: 'oauth', domains: ['example.com'], emails: [] },
  g2: { kind: 'oauth', domains: [], emails: ['x@other.example'] },
  g3: { kind: 'oauth', domains: [], emails: [] },
};
const IDENTITY_SETS = [[], ['staff'], ['staff', 'admins'], ['g'], ['g', 'g2'], ['g3'], ['g2', 'g3']];
const TOKENS = [undefined, { iss: 'https://auth.example', aud: 'api' }, { iss: 'https://auth.example', aud: 'admin' }, { iss: 'https://evil.example', aud: 'api' }];
const LOGINS = [undefined, 'a@example.com', 'x@other.example', 'z@evil.example', 'b@EXAMPLE.com'];
const PATHS = ['/', '/a', '/a/x', '/a/b', '/a/b/c', '/ab', '/b', '/b/', '/c'];
const EXPOSE_PATHS = [undefined, '/a', '/a/b', '/b'];

const HEAD = `${Object.entries(GROUPS)
  .map(([n, c]) => `group ${n} = ip ${c.join(', ')}`)
  .join('\n')}
identity staff = jwt issuer "https://auth.example" audience "api" jwks "https://auth.example/jwks"
identity admins = jwt issuer "https://auth.example" audience "admin" jwks "https://auth.example/jwks"
identity g = oauth google allow-domain "example.com"
identity g2 = oauth google allow-email "x@other.example"
identity g3 = oauth google
`;

interface Exposure {
  service: 'api' | 'web';
  host: number;
  path: string | undefined;
  groups: string[];
  ids: string[];
  deny: string[];
  first: boolean;
  before: boolean;
  response: boolean;
}
interface HostTls {
  min: '1.2' | '1.3' | undefined;
  mtls: boolean;
}

const arbExposure: fc.Arbitrary<Exposure> = fc.record({
  service: fc.constantFrom('api' as const, 'web' as const),
  host: fc.nat(1),
  path: fc.constantFrom(...EXPOSE_PATHS),
  groups: fc.subarray(['office', 'vpn', 'wide']),
  ids: fc.constantFrom(...IDENTITY_SETS),
  deny: fc.subarray(['blocked', 'office']),
  first: fc.boolean(),
  before: fc.boolean(),
  response: fc.boolean(),
});
const arbTls: fc.Arbitrary<HostTls> = fc.record({ min: fc.constantFrom(undefined, '1.2' as const, '1.3' as const), mtls: fc.boolean() });

function render(exposures: Exposure[], tls: HostTls[]): string {
  const lines = [HEAD, 'site s {', '  service api http://10.0.0.1:8080', '  service web http://10.0.0.2:8080'];
  for (const e of exposures) {
    lines.push(`  expose ${e.service} at https://h${e.host}.example.com${e.path ? ` path ${e.path}` : ''} {`);
    const allow = [...e.groups, ...e.ids];
    if (allow.length > 0) lines.push(`    allow ${allow.join(', ')}`);
    if (e.deny.length > 0) lines.push(`    deny ${e.deny.join(', ')}`);
    const t = tls[e.host]!;
    if (t.min) lines.push(`    tls min ${t.min}`);
    if (t.mtls) lines.push('    mtls ca file("certs/ca.pem")');
    if (e.first) lines.push('    action first { type: "add-headers", config: { headers: { "x-edge": "1" } } }');
    if (e.before) lines.push('    action before-forward { type: "remove-headers", config: { headers: ["x-debug"] } }');
    if (e.response) lines.push('    action response { type: "add-headers", config: { headers: { "x-frame-options": "DENY" } } }');
    lines.push('  }');
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

interface Request {
  host: number;
  ip: string;
  path: string;
  token: { iss: string; aud: string } | undefined;
  login: string | undefined;
  tls: '1.2' | '1.3';
  cert: boolean;
}
type Outcome = 'deny' | 'login' | 'not-found' | `forward ${string}`;

const arbRequest: fc.Arbitrary<Request> = fc.record({
  host: fc.nat(1),
  ip: fc.constantFrom(...IPS),
  path: fc.constantFrom(...PATHS),
  token: fc.constantFrom(...TOKENS),
  login: fc.constantFrom(...LOGINS),
  tls: fc.constantFrom('1.2' as const, '1.3' as const),
  cert: fc.boolean(),
});

const inGroups = (ip: string, groups: readonly string[]) => inCidrRanges(ip, groups.flatMap((g) => GROUPS[g]!));

/** The semantics, written independently of the compiler. */
function oracle(exposures: Exposure[], tls: HostTls[], r: Request): Outcome {
  const t = tls[r.host]!;
  if (t.min && r.tls < t.min) return 'deny';
  if (t.mtls && !r.cert) return 'deny';
  const here = exposures.filter((e) => e.host === r.host);
  const matching = here.filter((e) => e.path !== undefined && (r.path === e.path || r.path.startsWith(e.path + '/')));
  matching.sort((a, b) => b.path!.length - a.path!.length);
  const e = matching[0] ?? here.find((x) => x.path === undefined);
  if (!e) return 'not-found';
  if (inGroups(r.ip, e.deny)) return 'deny';
  if (inGroups(r.ip, e.groups)) return `forward ${e.service}`;
  const ids = e.ids.map((n) => IDENTITIES[n]!);
  if (ids.length === 0) return 'deny';
  if (ids[0]!.kind === 'jwt') {
    const ok = r.token && (ids as Jwt[]).some((j) => j.iss === r.token!.iss && j.auds.includes(r.token!.aud));
    return ok ? `forward ${e.service}` : 'deny';
  }
  if (!r.login) return 'login';
  const email = r.login.toLowerCase();
  const ok = (ids as Login[]).some((l) => (l.domains.length === 0 && l.emails.length === 0) || l.domains.some((d) => email.endsWith('@' + d)) || l.emails.includes(email));
  return ok ? `forward ${e.service}` : 'deny';
}

type Rule = { expressions?: string[]; actions: { type: string; config?: Record<string, unknown> }[] };

/** Evaluates one of the expression forms the compiler emits; anything else fails the test. */
function evalExpr(x: string, r: Request, email: string | undefined): boolean {
  let m = /^req\.url\.path == '([^']*)' \|\| req\.url\.path\.startsWith\('([^']*)'\)$/.exec(x);
  if (m) return r.path === m[1] || r.path.startsWith(m[2]!);
  m = /^inCidrRanges\(conn\.client_ip, \[(.*)\]\)$/.exec(x);
  if (m) return inCidrRanges(r.ip, m[1]!.split(', ').map((s) => s.slice(1, -1)));
  m = /^!\((.*)\)$/.exec(x);
  if (m) {
    return !m[1]!.split(' || ').some((c) => {
      const e = (email ?? '').toLowerCase();
      const suffix = /\.lowerAscii\(\)\.endsWith\('([^']*)'\)$/.exec(c);
      if (suffix) return e.endsWith(suffix[1]!);
      const eq = /\.lowerAscii\(\) == '([^']*)'$/.exec(c);
      if (eq) return e === eq[1];
      throw new Error(`unknown condition ${c}`);
    });
  }
  throw new Error(`unknown expression ${x}`);
}

/** Runs a request through the compiled policy (on_tcp_connect, then on_http_request). */
function interpret(policy: Record<string, Rule[]>, r: Request): Outcome {
  let email: string | undefined;
  for (const phase of ['on_tcp_connect', 'on_http_request']) {
    for (const rule of policy[phase] ?? []) {
      if (!(rule.expressions ?? []).every((x) => evalExpr(x, r, email))) continue;
      for (const a of rule.actions) {
        const c = a.config ?? {};
        switch (a.type) {
          case 'terminate-tls':
            if (typeof c['min_version'] === 'string' && r.tls < c['min_version']) return 'deny';
            if (c['mutual_tls_certificate_authorities'] && !r.cert) return 'deny';
            break;
          case 'restrict-ips':
            if (Array.isArray(c['allow']) && !inCidrRanges(r.ip, c['allow'])) return 'deny';
            if (Array.isArray(c['deny']) && inCidrRanges(r.ip, c['deny'])) return 'deny';
            break;
          case 'deny':
            return 'deny';
          case 'custom-response':
            if (c['status_code'] === 404) return 'not-found';
            throw new Error('unexpected custom-response');
          case 'jwt-validation': {
            const iss = (c['issuer'] as { allow_list: { value: string }[] }).allow_list.map((x) => x.value);
            const aud = (c['audience'] as { allow_list: { value: string }[] }).allow_list.map((x) => x.value);
            if (!r.token || !iss.includes(r.token.iss) || !aud.includes(r.token.aud)) return 'deny';
            break;
          }
          case 'oauth':
            if (!r.login) return 'login';
            email = r.login;
            break;
          case 'forward-internal':
            return `forward ${/^https:\/\/([a-z]+)\.s\.internal$/.exec(String(c['url']))![1]}`;
          default:
            break; // headers
        }
      }
    }
  }
  throw new Error('the policy fell through');
}

describe('compiled access decisions', () => {
  it('agree with the semantics for every request', () => {
    fc.assert(
      fc.property(fc.array(arbExposure, { minLength: 1, maxLength: 5 }), fc.tuple(arbTls, arbTls), fc.array(arbRequest, { minLength: 20, maxLength: 20 }), (raw, tls, requests) => {
        const seen = new Set<string>();
        const exposures = raw.filter((e) => {
          const k = `${e.host} ${e.path}`;
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        });
        const r = compileText(render(exposures, tls));
        expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
        const policies = new Map(r.sites[0]!.endpoints.map((ep) => [ep.url, ep.policy as unknown as Record<string, Rule[]>]));
        for (const req of requests) {
          if (!exposures.some((e) => e.host === req.host)) continue;
          const policy = policies.get(`https://h${req.host}.example.com`)!;
          expect(interpret(policy, req), JSON.stringify({ req, exposures, tls })).toBe(oracle(exposures, tls, req));
        }
      }),
      { numRuns: 400 },
    );
  });
});
