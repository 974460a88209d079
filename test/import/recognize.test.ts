/**
 * The recognisers behind `tpc import` (src/import/recognize.ts) and its text helpers
 * (src/import/text.ts), as tables: which policy shapes are translated into `.tpc` statements,
 * and which are left verbatim or reported because a statement would not mean the same.
 */
import { describe, expect, it } from 'vitest';
import * as R from '../../src/import/recognize.js';
import { literal, Namer, quote, sanitizeName, urlText } from '../../src/import/text.js';
import { parse } from '../../src/dsl/index.js';

describe('pathCondition', () => {
  const cases: [string, string | undefined][] = [
    ["req.url.path == '/api' || req.url.path.startsWith('/api/')", '/api'],
    ['req.url.path == "/a/b" || req.url.path.startsWith("/a/b/")', '/a/b'],
    ["(req.url.path == '/api' || req.url.path.startsWith('/api/'))", '/api'],
    ["req.url.path.startsWith('/api')", undefined], // also matches /apix
    ["req.url.path == '/api' || req.url.path.startsWith('/apix/')", undefined],
    ["req.url.path == '/' || req.url.path.startsWith('//')", undefined],
    ["req.url.path == '/api/' || req.url.path.startsWith('/api//')", undefined],
  ];
  for (const [expr, want] of cases) it(expr, () => expect(R.pathCondition(expr)).toBe(want));
});

describe('clientIpCondition', () => {
  const cases: [string, string[] | undefined][] = [
    ["inCidrRanges(conn.client_ip, ['203.0.113.0/24', '2001:db8::/32'])", ['203.0.113.0/24', '2001:db8::/32']],
    ["inCidrRange(conn.client_ip, '192.0.2.0/24')", ['192.0.2.0/24']],
    ["inCidrRanges(conn.client_ip, ['203.0.113.9'])", undefined], // a bare address is no range for inCidrRanges
    ["inCidrRanges(conn.client_ip, [])", undefined],
    ["!inCidrRanges(conn.client_ip, ['203.0.113.0/24'])", undefined],
    ["inCidrRanges(req.headers['x-forwarded-for'][0], ['203.0.113.0/24'])", undefined],
    ["inCidrRanges(conn.client_ip, ['300.0.0.0/8'])", undefined],
  ];
  for (const [expr, want] of cases) it(expr, () => expect(R.clientIpCondition(expr)).toEqual(want));
});

describe('emailCondition', () => {
  const v = 'actions.ngrok.oauth.identity.email';
  const cases: [string, R.EmailCheck | undefined][] = [
    [`!(${v}.lowerAscii().endsWith('@clinic.example'))`, { login: 'oauth', domains: ['clinic.example'], emails: [] }],
    [`!(${v}.lowerAscii().endsWith('@a.example') || ${v}.lowerAscii() == 'boss@hq.example')`, { login: 'oauth', domains: ['a.example'], emails: ['boss@hq.example'] }],
    [`!(actions.ngrok.oidc.identity.email.lowerAscii() == 'x@y.example')`, { login: 'oidc', domains: [], emails: ['x@y.example'] }],
    [`!(${v}.endsWith('@clinic.example'))`, undefined], // case-sensitive: not what allow-domain means
    [`!(${v}.lowerAscii().endsWith('clinic.example'))`, undefined], // no '@': evil-clinic.example passes
    [`!(${v}.lowerAscii().endsWith('@Clinic.example'))`, undefined], // never matches a lower-cased address
    [`!(${v}.lowerAscii().endsWith('@a.example') || actions.ngrok.oidc.identity.email.lowerAscii() == 'b@c.example')`, undefined],
  ];
  for (const [expr, want] of cases) it(expr, () => expect(R.emailCondition(expr)).toEqual(want));
});

describe('action recognisers', () => {
  it('forwardTarget: only a forward that always ends the phase, to a literal URL', () => {
    expect(R.forwardTarget({ type: 'forward-internal', config: { url: 'https://a.internal' } })).toBe('https://a.internal');
    expect(R.forwardTarget({ type: 'forward-internal', config: { url: 'https://a.internal', on_error: 'halt', binding: 'internal' } })).toBe('https://a.internal');
    expect(R.forwardTarget({ type: 'forward-internal', config: { url: 'https://a.internal', on_error: 'continue' } })).toBeUndefined();
    expect(R.forwardTarget({ type: 'forward-internal', config: { url: "https://${req.host.split('.')[0]}.internal" } })).toBeUndefined();
  });

  it('ipRestriction: enforced, literal ranges, an allow list', () => {
    expect(R.ipRestriction({ type: 'restrict-ips', config: { allow: ['203.0.113.0/24'], deny: ['203.0.113.128/25'] } })).toEqual({ allow: ['203.0.113.0/24'], deny: ['203.0.113.128/25'] });
    expect(R.ipRestriction({ type: 'restrict-ips', config: { enforce: true, allow: ['::/0'] } })).toEqual({ allow: ['::/0'], deny: [] });
    expect(R.ipRestriction({ type: 'restrict-ips', config: { enforce: false, allow: ['203.0.113.0/24'] } })).toBeUndefined();
    expect(R.ipRestriction({ type: 'restrict-ips', config: { deny: ['192.0.2.0/24'] } })).toBeUndefined(); // what passes is undocumented
    expect(R.ipRestriction({ type: 'restrict-ips', config: { allow: ['203.0.113.9'] } })).toBeUndefined();
    expect(R.ipRestriction({ type: 'restrict-ips', config: { ip_policies: ['ipp_1'], allow: ['203.0.113.0/24'] } })).toBeUndefined();
  });

  it('tlsSettings: a minimum version and client CAs with the default strategy', () => {
    expect(R.tlsSettings({ type: 'terminate-tls' })).toEqual({});
    expect(R.tlsSettings({ type: 'terminate-tls', config: { min_version: '1.3' } })).toEqual({ min: '1.3' });
    expect(R.tlsSettings({ type: 'terminate-tls', config: { min_version: 1.2 } })).toEqual({ min: '1.2' });
    expect(R.tlsSettings({ type: 'terminate-tls', config: { mutual_tls_certificate_authorities: ['ca_1'], mutual_tls_verification_strategy: 'require-and-verify' } })).toEqual({ cas: ['ca_1'] });
    expect(R.tlsSettings({ type: 'terminate-tls', config: { mutual_tls_certificate_authorities: ['ca_1'], mutual_tls_verification_strategy: 'request' } })).toBeUndefined();
    expect(R.tlsSettings({ type: 'terminate-tls', config: { min_version: '1.1' } })).toBeUndefined();
    expect(R.tlsSettings({ type: 'terminate-tls', config: { max_version: '1.2' } })).toBeUndefined();
  });

  const jwt = (patch: Record<string, unknown> = {}) => ({
    type: 'jwt-validation',
    config: {
      issuer: { allow_list: [{ value: 'https://auth.example.com' }] },
      audience: { allow_list: [{ value: 'a' }, { value: 'b' }] },
      http: { tokens: [{ type: 'jwt', method: 'header', name: 'Authorization', prefix: 'Bearer ' }] },
      jws: { allowed_algorithms: ['RS256', 'ES256'], keys: { sources: { additional_jkus: ['https://auth.example.com/jwks'] } } },
      ...patch,
    },
  });

  it('jwtIdentity: one issuer, audiences, one JWKS, one header token', () => {
    expect(R.jwtIdentity(jwt())).toEqual({ issuer: 'https://auth.example.com', audiences: ['a', 'b'], jwks: 'https://auth.example.com/jwks', header: 'Authorization', prefix: 'Bearer ', algorithms: ['RS256', 'ES256'] });
    expect(R.jwtIdentity(jwt({ issuer: { allow_list: [{ value: 'https://a' }, { value: 'https://b' }] } }))).toBeUndefined();
    expect(R.jwtIdentity(jwt({ issuer: { allow_list: [{ value: 'https://<YOUR-TENANT>/' }] } }))).toBeUndefined();
    expect(R.jwtIdentity(jwt({ http: { tokens: [{ type: 'access_token', method: 'header', name: 'Authorization' }] } }))).toBeUndefined();
    expect(R.jwtIdentity(jwt({ http: { tokens: [{ type: 'jwt', method: 'body', name: 'token' }] } }))).toBeUndefined();
    const noAudience = jwt();
    delete (noAudience.config as Record<string, unknown>)['audience'];
    expect(R.jwtIdentity(noAudience)).toBeUndefined();
  });

  it('loginIdentity: provider or issuer, vault references, literal client values flagged', () => {
    expect(R.loginIdentity({ type: 'oauth', config: { provider: 'google' } })).toEqual({ kind: 'oauth', provider: 'google', scopes: [] });
    expect(R.loginIdentity({ type: 'oauth', config: { provider: 'github', client_id: "${secrets.get('v', 'id')}", client_secret: "${secrets.get('v', 'secret')}", scopes: ['read:org'] } })).toEqual({
      kind: 'oauth',
      provider: 'github',
      clientId: { secret: ['v', 'id'] },
      clientSecret: { secret: ['v', 'secret'] },
      scopes: ['read:org'],
    });
    expect(R.loginIdentity({ type: 'openid-connect', config: { issuer_url: 'https://login.example.com', client_id: 'id', client_secret: 's3cret' } })).toEqual({ kind: 'oidc', issuer: 'https://login.example.com', clientId: { literal: true }, clientSecret: { literal: true }, scopes: [] });
    expect(R.loginIdentity({ type: 'oauth', config: { provider: 'google', client_id: 'only-id' } })).toBeUndefined();
    expect(R.loginIdentity({ type: 'oauth', config: { provider: 'okta' } })).toBeUndefined();
    expect(R.loginIdentity({ type: 'oauth', config: { provider: 'google', auth_id: 'x' } })).toBeUndefined();
  });

  it('literalSecrets names the fields holding a literal secret', () => {
    expect(R.literalSecrets({ type: 'basic-auth', config: { credentials: ['u:p4ssword'] } })).toEqual(['credentials']);
    expect(R.literalSecrets({ type: 'verify-webhook', config: { provider: 'github', secret: "${secrets.get('v','n')}" } })).toEqual([]);
    expect(R.literalSecrets({ type: 'add-headers', config: { headers: { Authorization: 'Bearer abc', 'x-a': 'b' } } })).toEqual(['headers.Authorization']);
    expect(R.literalSecrets({ type: 'add-headers', config: { headers: { 'x-a': 'b' } } })).toEqual([]);
  });
});

describe('writing .tpc text', () => {
  it('quote escapes, and keeps ngrok interpolations verbatim', () => {
    expect(quote('a "b" \\ c\nd')).toBe('"a \\"b\\" \\\\ c\\nd"');
    expect(quote('${conn.client_ip}')).toBe('"\\${conn.client_ip}"');
    const { ast, diagnostics } = parse(`group g = ip 192.0.2.0/24\nsite s {\n  service a http://localhost:1\n  expose a at https://x.example.com {\n    allow g\n    action first { type: ${quote('add-headers')}, config: { headers: { x: ${quote('${id}-${conn.client_ip}')} } } }\n  }\n}\n`);
    expect(diagnostics).toEqual([]);
    expect(JSON.stringify(ast)).toContain('"value":"${id}-${conn.client_ip}"');
  });

  it('urlText quotes what would not lex as one URL', () => {
    expect(urlText('https://a.example.com')).toBe('https://a.example.com');
    expect(urlText('tcp://1.tcp.ngrok.io:12345')).toBe('tcp://1.tcp.ngrok.io:12345');
    expect(urlText('http://h/a,b')).toBe('"http://h/a,b"');
  });

  it('literal writes JSON values with quoted keys; undefined for what JSON cannot hold', () => {
    expect(literal({ a: [1, true, null, 'x'], b: {} })).toBe('{ "a": [1, true, null, "x"], "b": {} }');
    expect(literal({ n: Number.NaN })).toBeUndefined();
  });

  it('sanitizeName and Namer give valid, unique names that are not keywords', () => {
    expect(sanitizeName('Internal Endpoint for DB', 'svc')).toBe('internal-endpoint-for-db');
    expect(sanitizeName('0001', 'site')).toBe('site-0001');
    expect(sanitizeName('allow', 'svc')).toBe('allow-svc');
    expect(sanitizeName('***', 'svc')).toBe('svc');
    expect(sanitizeName('x'.repeat(80), 'svc')).toHaveLength(63);
    const n = new Namer(['anyone']);
    expect([n.take('api'), n.take('api'), n.take('anyone'), n.take('api')]).toEqual(['api', 'api-2', 'anyone-2', 'api-3']);
  });
});
