/**
 * fast-check arbitraries for hand-written ngrok setups (an agent config with internal services
 * and a public agent endpoint, plus cloud endpoint bodies) and for requests to them. Policies are
 * built from the shapes people write and the shapes tpc compiles to: path rules, client-IP deny
 * rules, restrict-ips, JWT and OAuth logins with e-mail checks, header actions, forwards, denies,
 * rules split at random points, and some constructs `.tpc` cannot state (to exercise failing closed).
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import type { ImportFile } from '../../src/import/index.js';
import type { SimRequest } from '../../src/sim/types.js';
import { clientCertificate, ipAddress, jwtDescription, loginSession, requests, tlsVersion } from '../../src/testing/index.js';

type Obj = Record<string, unknown>;

export const CA_A = '-----BEGIN CERTIFICATE-----\nQ0EgQSBGT1IgVEhFIElNUE9SVCBURVNUUw==\n-----END CERTIFICATE-----\n';
export const CA_B = '-----BEGIN CERTIFICATE-----\nQ0EgQiBGT1IgVEhFIElNUE9SVCBURVNUUw==\n-----END CERTIFICATE-----\n';

export const CIDRS = ['203.0.113.0/24', '198.51.100.0/25', '192.0.2.0/24', '2001:db8::/32', '10.0.0.0/8', '203.0.113.9', '0.0.0.0/0', '::/0'];
export const IPS = ['203.0.113.9', '203.0.113.200', '198.51.100.7', '198.51.100.200', '192.0.2.5', '2001:db8::1', '2001:db9::1', '10.1.2.3', '8.8.8.8'];
export const POLICY_PATHS = ['/api', '/api/admin', '/admin', '/x'];
export const REQUEST_PATHS = ['/', '/api', '/api/', '/api/a', '/api/admin', '/api/admin/b', '/apix', '/admin', '/x/y', '/z'];
export const ISSUERS = ['https://auth.a.example', 'https://auth.b.example'];
export const AUDIENCES = ['api', 'other'];
export const EMAILS = ['nurse@clinic.example', 'Nurse@Clinic.Example', 'eve@evil.example', 'x@sub.clinic.example', 'boss@hq.example'];

/** Mostly ranges; a bare address now and then (not a range for inCidrRange, so not translated). */
const cidr = fc.oneof({ weight: 40, arbitrary: fc.constantFrom(...CIDRS.filter((c) => c.includes('/'))) }, { weight: 1, arbitrary: fc.constantFrom(...CIDRS.filter((c) => !c.includes('/'))) });
const cidrList = fc.uniqueArray(cidr, { minLength: 1, maxLength: 3 });

function pathExpr(p: string): string {
  return `req.url.path == '${p}' || req.url.path.startsWith('${p}/')`;
}

function ipExpr(cidrs: string[]): string {
  return cidrs.length === 1 && cidrs[0]!.endsWith('/24') ? `inCidrRange(conn.client_ip, '${cidrs[0]}')` : `inCidrRanges(conn.client_ip, [${cidrs.map((c) => `'${c}'`).join(', ')}])`;
}

const restrictIps: fc.Arbitrary<Obj> = fc
  .record({ allow: fc.option(cidrList, { nil: undefined }), deny: fc.option(cidrList, { nil: undefined }), enforce: fc.constantFrom(undefined, true, false) })
  .filter((r) => r.allow !== undefined || r.deny !== undefined)
  .map((r) => {
    const config: Obj = {};
    if (r.enforce !== undefined) config['enforce'] = r.enforce;
    if (r.allow) config['allow'] = r.allow;
    if (r.deny) config['deny'] = r.deny;
    return { type: 'restrict-ips', config };
  });

const jwt: fc.Arbitrary<Obj> = fc
  .record({ iss: fc.constantFrom(...ISSUERS), aud: fc.uniqueArray(fc.constantFrom(...AUDIENCES), { minLength: 1, maxLength: 2 }), tokenType: fc.constantFrom('jwt', 'jwt', 'access_token'), prefix: fc.constantFrom('Bearer ', undefined) })
  .map((r) => ({
    type: 'jwt-validation',
    config: {
      issuer: { allow_list: [{ value: r.iss }] },
      audience: { allow_list: r.aud.map((value) => ({ value })) },
      http: { tokens: [{ type: r.tokenType, method: 'header', name: 'Authorization', ...(r.prefix !== undefined ? { prefix: r.prefix } : {}) }] },
      jws: { allowed_algorithms: ['RS256'], keys: { sources: { additional_jkus: [`${r.iss}/.well-known/jwks.json`] } } },
    },
  }));

const oauth: fc.Arbitrary<Obj> = fc.constantFrom('google', 'github').map((provider) => ({ type: 'oauth', config: { provider } }));

const headers: fc.Arbitrary<Obj> = fc.constantFrom(
  { type: 'add-headers', config: { headers: { 'x-from': 'tpc-test' } } },
  { type: 'remove-headers', config: { headers: ['x-secret'] } },
  { type: 'set-vars', config: { vars: [{ tier: 'gold' }] } },
);

/** An e-mail check rule as the compiler writes it, or a hand-written one .tpc cannot state. */
const emailRule = (login: 'oauth' | 'oidc'): fc.Arbitrary<{ expr: string }> =>
  fc.oneof(
    { weight: 2, arbitrary: fc.constant({ expr: `!(actions.ngrok.${login}.identity.email.lowerAscii().endsWith('@clinic.example'))` }) },
    { weight: 2, arbitrary: fc.constant({ expr: `!(actions.ngrok.${login}.identity.email.lowerAscii().endsWith('@clinic.example') || actions.ngrok.${login}.identity.email.lowerAscii() == 'boss@hq.example')` }) },
    { weight: 1, arbitrary: fc.constant({ expr: `!actions.ngrok.${login}.identity.email.endsWith('clinic.example')` }) },
  );

/** A non-terminal action of the request phase. */
const chainAction = fc.oneof({ weight: 3, arbitrary: restrictIps }, { weight: 2, arbitrary: jwt }, { weight: 1, arbitrary: oauth }, { weight: 2, arbitrary: headers });

type Terminal = 'forward' | 'deny' | 'respond' | 'none';

interface SegmentPlan {
  path: string | undefined;
  pre: Obj[];
  denies: string[][];
  allowIp: string[] | undefined;
  chain: Obj[];
  email: { expr: string } | undefined;
  terminal: Terminal;
  /** Where the chain is cut into separate rules. */
  cuts: number[];
  /** An extra rule with a condition .tpc cannot state. */
  odd: boolean;
  /** A conditional rule before the access rules (.tpc states it as `action first when`). */
  lead: boolean;
}

const segmentPlan = (path: string | undefined, agent: boolean): fc.Arbitrary<SegmentPlan> =>
  fc
    .record({
      pre: fc.array(headers, { maxLength: 1 }),
      denies: fc.array(cidrList, { maxLength: 2 }),
      allowIp: fc.option(cidrList, { nil: undefined, freq: 4 }),
      chain: fc.array(chainAction, { maxLength: 3 }),
      email: fc.option(emailRule('oauth'), { nil: undefined, freq: 2 }),
      terminal: fc.oneof(
        { weight: 14, arbitrary: fc.constant<Terminal>(agent ? 'none' : 'forward') },
        { weight: 5, arbitrary: fc.constant<Terminal>('forward') },
        { weight: 1, arbitrary: fc.constant<Terminal>('deny') },
        { weight: 1, arbitrary: fc.constant<Terminal>('respond') },
      ),
      cuts: fc.uniqueArray(fc.integer({ min: 1, max: 3 }), { maxLength: 2 }),
      odd: fc.integer({ min: 0, max: 24 }).map((n) => n === 0),
      lead: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    })
    // A client-IP allow rule belongs before a login (the compiler's shape); elsewhere only rarely.
    .chain((r) => {
      const auth = r.chain.some((a) => a['type'] === 'jwt-validation' || a['type'] === 'oauth');
      return auth || r.allowIp === undefined ? fc.constant(r) : fc.integer({ min: 0, max: 7 }).map((n) => (n === 0 ? r : { ...r, allowIp: undefined }));
    })
    .map((r) => ({ path, ...r }));

function segmentRules(s: SegmentPlan, target: string): Obj[] {
  const pc = s.path !== undefined ? [pathExpr(s.path)] : [];
  const rule = (expressions: string[], actions: Obj[], name?: string): Obj => {
    const r: Obj = {};
    if (name) r['name'] = name;
    if (expressions.length > 0) r['expressions'] = expressions;
    r['actions'] = actions;
    return r;
  };
  const rules: Obj[] = [];
  for (const a of s.pre) rules.push(rule(pc, [a]));
  if (s.lead) rules.push(rule([...pc, "req.method == 'DELETE'"], [{ type: 'custom-response', config: { status_code: 405, body: 'no deletes' } }], 'no deletes here'));
  for (const d of s.denies) rules.push(rule([...pc, ipExpr(d)], [{ type: 'deny', config: { status_code: 403 } }]));
  if (s.odd) rules.push(rule([...pc, "req.method == 'DELETE'"], [{ type: 'deny', config: { status_code: 405 } }], 'no deletes'));
  const forward: Obj = { type: 'forward-internal', config: { url: target } };
  const terminalAction: Obj | undefined =
    s.terminal === 'forward' ? forward : s.terminal === 'deny' ? { type: 'deny', config: { status_code: 403 } } : s.terminal === 'respond' ? { type: 'custom-response', config: { status_code: 200, body: 'hi' } } : undefined;
  const login = s.chain.findIndex((a) => a['type'] === 'oauth');
  if (s.allowIp && s.terminal === 'forward') {
    const auth = s.chain.findIndex((a) => a['type'] === 'oauth' || a['type'] === 'jwt-validation');
    rules.push(rule([...pc, ipExpr(s.allowIp)], [...s.chain.slice(auth + 1), forward], 'office skips login'));
  }
  // The chain, cut into rules; an e-mail check right after the login action.
  const parts: Obj[][] = [[]];
  s.chain.forEach((a, i) => {
    if (s.cuts.includes(i) && parts[parts.length - 1]!.length > 0) parts.push([]);
    parts[parts.length - 1]!.push(a);
    if (i === login && s.email) {
      parts.push([{ __email: true }]);
      parts.push([]);
    }
  });
  if (terminalAction) parts[parts.length - 1]!.push(terminalAction);
  for (const p of parts) {
    if (p.length === 0) continue;
    if (p[0]!['__email']) rules.push(rule([...pc, s.email!.expr], [{ type: 'deny', config: { status_code: 403 } }]));
    else rules.push(rule(pc, p));
  }
  return rules;
}

/** A request-phase policy: 1–3 path segments, optionally a catch-all, optionally the compiler's 404 rule. */
const httpPolicy = (target: string, agent: boolean): fc.Arbitrary<Obj> =>
  fc
    .record({
      paths: fc.uniqueArray(fc.constantFrom(...POLICY_PATHS), { maxLength: 3 }),
      catchAll: fc.boolean(),
      tls: fc.option(fc.record({ min: fc.constantFrom(undefined, '1.2', '1.3'), mtls: fc.boolean() }), { nil: undefined, freq: 3 }),
      response: fc.boolean(),
      responseWhen: fc.boolean(),
    })
    .chain((shape) => {
      const paths: (string | undefined)[] = [...shape.paths];
      if (shape.catchAll || paths.length === 0) paths.push(undefined);
      return fc.tuple(...paths.map((p) => segmentPlan(p, agent))).map((segs) => {
        const req: Obj[] = [];
        for (const s of segs) req.push(...segmentRules(s, target));
        if (!segs.some((s) => s.path === undefined) && !agent) req.push({ name: 'not found', actions: [{ type: 'custom-response', config: { status_code: 404 } }] });
        const policy: Obj = {};
        if (shape.tls && (shape.tls.min || shape.tls.mtls)) {
          const config: Obj = {};
          if (shape.tls.min) config['min_version'] = shape.tls.min;
          if (shape.tls.mtls) config['mutual_tls_certificate_authorities'] = [CA_A];
          policy['on_tcp_connect'] = [{ actions: [{ type: 'terminate-tls', config }] }];
        }
        if (req.length > 0) policy['on_http_request'] = req;
        if (shape.response && segs.length === 1 && segs[0]!.path === undefined) {
          const r: Obj = { actions: [{ type: 'add-headers', config: { headers: { 'x-resp': '1' } } }] };
          if (shape.responseWhen) r['expressions'] = ['res.status_code >= 500'];
          policy['on_http_response'] = [r];
        }
        return policy;
      });
    });

/**
 * A TCP or TLS policy: client-IP deny rules, terminate-tls (TLS), restrict-ips, forward or deny;
 * now and then a conditional rule first (.tpc states it as `action first when`) or after the
 * termination and the deny rules (where it cannot keep its place: reported, fails closed).
 */
const tcpPolicy = (target: string, tls: boolean): fc.Arbitrary<Obj> =>
  fc
    .record({
      lead: fc.constantFrom<'start' | 'middle' | undefined>(undefined, undefined, undefined, undefined, 'start', 'middle'),
      denies: fc.array(cidrList, { maxLength: 2 }),
      terminate: tls ? fc.option(fc.record({ min: fc.constantFrom(undefined, '1.2', '1.3'), mtls: fc.boolean() }), { nil: undefined }) : fc.constant(undefined),
      restrict: fc.option(restrictIps, { nil: undefined, freq: 3 }),
      terminal: fc.constantFrom('forward', 'forward', 'forward', 'forward', 'forward', 'deny'),
      split: fc.boolean(),
    })
    .map((r) => {
      const rules: Obj[] = [];
      const acts: Obj[] = [];
      const conditional: Obj = { name: 'one client out', expressions: ["conn.client_ip == '8.8.8.8'"], actions: [{ type: 'deny' }] };
      if (r.lead === 'start') rules.push(conditional);
      if (r.terminate) {
        const config: Obj = {};
        if (r.terminate.min) config['min_version'] = r.terminate.min;
        if (r.terminate.mtls) config['mutual_tls_certificate_authorities'] = [CA_A];
        rules.push({ actions: [{ type: 'terminate-tls', config }] });
      }
      for (const d of r.denies) rules.push({ expressions: [ipExpr(d)], actions: [{ type: 'deny' }] });
      if (r.lead === 'middle') rules.push(conditional);
      if (r.restrict) acts.push(r.restrict);
      acts.push(r.terminal === 'forward' ? { type: 'forward-internal', config: { url: target } } : { type: 'deny' });
      if (r.split && acts.length > 1) for (const a of acts) rules.push({ actions: [a] });
      else rules.push({ actions: acts });
      return { on_tcp_connect: rules };
    });

/** One generated setup: its files and the public URLs to send requests to. */
export interface Setup {
  files: ImportFile[];
}

/** A hand-written fleet of one site. */
export const setup: fc.Arbitrary<Setup> = fc
  .record({
    siteStyle: fc.constantFrom('named', 'plain'),
    apiUpstream: fc.constantFrom<string | number>(8080, 'http://10.0.0.1:8080', 'localhost:8080'),
    https: fc.option(fc.constant(true), { nil: undefined, freq: 5 }),
    tcp: fc.boolean(),
    tls: fc.boolean(),
    pub: fc.boolean(),
    asYaml: fc.boolean(),
    policyFile: fc.boolean(),
  })
  .chain((s) => {
    const host = (name: string) => (s.siteStyle === 'named' ? `${name}.north.internal` : `${name}.internal`);
    const api = `https://${host('api')}`;
    const db = `tcp://${host('db')}:5432`;
    const secure = `tls://${host('secure')}:443`;
    return fc
      .record({
        http: s.https ? httpPolicy(api, false) : fc.constant(undefined),
        tcpP: s.tcp ? tcpPolicy(db, false) : fc.constant(undefined),
        tlsP: s.tls ? tcpPolicy(secure, true) : fc.constant(undefined),
        pubP: s.pub ? httpPolicy(api, true) : fc.constant(undefined),
      })
      .map(({ http, tcpP, tlsP, pubP }) => {
        const endpoints: Obj[] = [
          { name: 'api', url: api, upstream: { url: s.apiUpstream } },
          { name: 'db', url: db, upstream: { url: '10.0.0.2:5432' } },
          { name: 'secure', url: secure, upstream: { url: '10.0.0.3:443' } },
        ];
        if (pubP) endpoints.push({ name: 'pub', url: 'https://pub.example.com', upstream: { url: 8081 }, ...(Object.keys(pubP).length > 0 ? { traffic_policy: pubP } : {}) });
        const files: ImportFile[] = [{ path: 'north/ngrok.yml', text: stringify({ version: 3, agent: { connect_url: 'connect.example.com:443' }, endpoints }) }];
        const cloud = (name: string, url: string, policy: Obj) => {
          const text = s.asYaml ? stringify(policy) : JSON.stringify(policy);
          files.push({ path: `north/endpoints/${name}.json`, text: JSON.stringify({ type: 'cloud', url, bindings: ['public'], traffic_policy: text }, null, 2) });
        };
        if (http && s.policyFile) files.push({ path: 'north/endpoints/app.policy.yml', url: 'https://app.example.com', text: stringify(http) });
        else if (http) cloud('app', 'https://app.example.com', http);
        if (tcpP) cloud('db', 'tcp://1.tcp.ngrok.io:12345', tcpP);
        if (tlsP) cloud('secure', 'tls://secure.example.com', tlsP);
        return { files };
      });
  });

/**
 * A request to a public URL of a setup, drawn with the public testing API
 * (`traffic-policy-compiler/testing`): addresses from the ranges the policies use (and any other
 * address), the paths they key on, JWTs of their issuers (valid, expired, forged), OAuth sessions
 * with e-mails in and out of the allowed domain (mixed case too), client certificates of the
 * trusted CA or another one.
 */
export const request: fc.Arbitrary<SimRequest> = requests({
  clientIp: fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...IPS) }, { weight: 1, arbitrary: ipAddress() }),
  path: fc.constantFrom(...REQUEST_PATHS),
  method: fc.constantFrom('GET', 'GET', 'DELETE'),
  tls: fc.oneof({ weight: 4, arbitrary: tlsVersion({ min: '1.2' }) }, { weight: 1, arbitrary: tlsVersion({ max: '1.1' }) }),
  jwt: fc.option(jwtDescription({ issuers: ISSUERS, audiences: AUDIENCES }), { nil: undefined }),
  session: fc.option(fc.oneof(loginSession({ providers: ['google', 'github'], domains: ['clinic.example', 'sub.clinic.example'] }), fc.constantFrom(...EMAILS).map((email) => ({ kind: 'oauth' as const, provider: 'google', email }))), { nil: undefined }),
  cert: fc.option(clientCertificate([CA_A, CA_B]), { nil: undefined }),
});
