/**
 * Each action's behaviour in the simulator, with cases taken from ngrok's documentation of
 * that action (the page is cited in each describe block).
 */

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Outcome, SimRequest } from '../../src/sim/types.js';
import { FORWARD, FORWARDED, outcome, req, sim, world } from './helpers.js';

const OFFICE = '203.0.113.0/24';
const PEM_A = '-----BEGIN CERTIFICATE-----\nQ0EgQQ==\n-----END CERTIFICATE-----\n';
const PEM_B = '-----BEGIN CERTIFICATE-----\nQ0EgQg==\n-----END CERTIFICATE-----\n';

function unknownMatching(o: Outcome, re: RegExp): void {
  expect(o.result).toBe('unknown');
  expect(o.result === 'unknown' ? o.reason : '').toMatch(re);
}

// ngrok.com/docs/traffic-policy/actions/restrict-ips
describe('restrict-ips (ngrok.com/docs/traffic-policy/actions/restrict-ips)', () => {
  const allowOffice = req({ type: 'restrict-ips', config: { allow: [OFFICE] } });
  it.each<[string, Record<string, unknown>, SimRequest, Outcome]>([
    ['an address in an allowed CIDR passes', allowOffice, { clientIp: '203.0.113.9' }, FORWARDED],
    ['an address in no allowed CIDR gets 403 in an HTTP phase', allowOffice, { clientIp: '198.51.100.1' }, { result: 'rejected', by: 'restrict-ips', status: 403 }],
    ['"allowed only if it matches an allowed CIDR and no denied CIDR": deny wins', req({ type: 'restrict-ips', config: { allow: [OFFICE], deny: ['203.0.113.9/32'] } }), { clientIp: '203.0.113.9' }, { result: 'rejected', by: 'restrict-ips', status: 403 }],
    ['only the L4 source address counts, never X-Forwarded-For', allowOffice, { clientIp: '198.51.100.1', headers: { 'X-Forwarded-For': '203.0.113.9' } }, { result: 'rejected', by: 'restrict-ips', status: 403 }],
    ['IPv6 CIDRs', req({ type: 'restrict-ips', config: { allow: ['2001:db8::/32'] } }), { clientIp: '2001:db8:1::7' }, FORWARDED],
    ['IPv4-mapped IPv6 addresses match as IPv4', allowOffice, { clientIp: '::ffff:203.0.113.9' }, FORWARDED],
    ['enforce: false only records the decision', req({ type: 'restrict-ips', config: { enforce: false, allow: [OFFICE] } }), { clientIp: '198.51.100.1' }, FORWARDED],
  ])('%s', (_name, policy, request, want) => {
    expect(outcome(policy, request)).toEqual(want);
  });

  it('closes the connection when it denies in on_tcp_connect', () => {
    const policy = { on_tcp_connect: [{ actions: [{ type: 'restrict-ips', config: { allow: [OFFICE] } }, { type: 'forward-internal', config: { url: 'tcp://db.internal:5432' } }] }] };
    expect(outcome(policy, { clientIp: '198.51.100.1' }, { url: 'tcp://1.tcp.ngrok.io:20000' })).toEqual({ result: 'rejected', by: 'restrict-ips', tcp: 'closed' });
    expect(outcome(policy, { clientIp: '203.0.113.5' }, { url: 'tcp://1.tcp.ngrok.io:20000' })).toEqual({ result: 'forwarded', target: 'tcp://db.internal:5432', upstream: '127.0.0.1:5432' });
  });

  it('sets actions.ngrok.restrict_ips.action and matched_cidr for later rules', () => {
    const policy = {
      on_http_request: [
        { actions: [{ type: 'restrict-ips', config: { enforce: false, allow: [OFFICE] } }] },
        { expressions: ["actions.ngrok.restrict_ips.action == 'deny' && actions.ngrok.restrict_ips.matched_cidr == ''"], actions: [{ type: 'custom-response', config: { status_code: 451 } }] },
        { actions: [FORWARD] },
      ],
    };
    expect(outcome(policy, { clientIp: '198.51.100.1' })).toEqual({ result: 'responded', by: 'custom-response', status: 451 });
    expect(outcome(policy, { clientIp: '203.0.113.1' })).toEqual(FORWARDED);
  });

  it('interpolates ${…} in the CIDR lists', () => {
    const policy = { on_http_request: [{ actions: [{ type: 'set-vars', config: { vars: [{ office: OFFICE }] } }, { type: 'restrict-ips', config: { allow: ['${vars.office}'] } }, FORWARD] }] };
    expect(outcome(policy, { clientIp: '203.0.113.2' })).toEqual(FORWARDED);
    expect(outcome(policy, { clientIp: '192.0.2.2' })).toEqual({ result: 'rejected', by: 'restrict-ips', status: 403 });
  });

  it('reads ip_policies from the world, and cannot tell without them', () => {
    const policy = req({ type: 'restrict-ips', config: { ip_policies: ['ipp_office'] } });
    const w = { ...world(), ipPolicies: { ipp_office: { allow: [OFFICE] } } };
    expect(outcome(policy, { clientIp: '203.0.113.2' }, { world: w })).toEqual(FORWARDED);
    unknownMatching(outcome(policy, { clientIp: '203.0.113.2' }), /IP policy 'ipp_office'/);
  });

  it('cannot tell without a client IP, or with only a deny list that does not match (undocumented)', () => {
    unknownMatching(outcome(req({ type: 'restrict-ips', config: { allow: [OFFICE] } }), {}), /gives none/);
    unknownMatching(outcome(req({ type: 'restrict-ips', config: { deny: ['192.0.2.0/24'] } }), { clientIp: '203.0.113.2' }), /no allow list/);
    expect(outcome(req({ type: 'restrict-ips', config: { deny: ['192.0.2.0/24'] } }), { clientIp: '192.0.2.2' })).toEqual({ result: 'rejected', by: 'restrict-ips', status: 403 });
  });
});

// ngrok.com/docs/traffic-policy/actions/terminate-tls
describe('terminate-tls (ngrok.com/docs/traffic-policy/actions/terminate-tls)', () => {
  const tls = (config: Record<string, unknown>) => ({ on_tcp_connect: [{ actions: [{ type: 'terminate-tls', config }] }], on_http_request: [{ actions: [FORWARD] }] });
  const fail: Outcome = { result: 'rejected', by: 'terminate-tls', tls: 'handshake-failure' };
  it.each<[string, Record<string, unknown>, SimRequest, Outcome]>([
    ['defaults accept 1.2', tls({}), { tls: '1.2' }, FORWARDED],
    ['defaults accept 1.3', tls({}), { tls: '1.3' }, FORWARDED],
    ['defaults refuse 1.1 with a handshake error', tls({}), { tls: '1.1' }, fail],
    ['min_version 1.3 refuses 1.2', tls({ min_version: '1.3' }), { tls: '1.2' }, fail],
    ['max_version 1.2 refuses 1.3', tls({ max_version: '1.2' }), { tls: '1.3' }, fail],
    ['a request without a TLS version speaks 1.3', tls({ min_version: '1.3' }), {}, FORWARDED],
  ])('%s', (_n, policy, request, want) => {
    expect(outcome(policy, request)).toEqual(want);
  });

  it('https endpoints terminate TLS 1.2–1.3 even without the action', () => {
    expect(outcome(req(), { tls: '1.0' })).toEqual({ result: 'rejected', by: 'tls', tls: 'handshake-failure' });
    expect(outcome(req(), { tls: '1.2' })).toEqual(FORWARDED);
  });

  it('TLS endpoints pass TLS through without the action (no version check)', () => {
    const policy = { on_tcp_connect: [{ actions: [{ type: 'forward-internal', config: { url: 'tls://db.internal:5432' } }] }] };
    expect(outcome(policy, { tls: '1.0' }, { url: 'tls://db.example.com' })).toEqual({ result: 'forwarded', target: 'tls://db.internal:5432', upstream: '127.0.0.1:5432' });
  });

  describe('mutual TLS (require-and-verify by default)', () => {
    const mtls = (config: Record<string, unknown>) => tls({ mutual_tls_certificate_authorities: [PEM_A], ...config });
    it.each<[string, Record<string, unknown>, SimRequest, Outcome]>([
      ['no client certificate fails', mtls({}), {}, fail],
      ['a certificate of the configured CA passes', mtls({}), { cert: { ca: PEM_A } }, FORWARDED],
      ['a certificate of another CA fails', mtls({}), { cert: { ca: PEM_B } }, fail],
      ['an expired certificate fails', mtls({}), { cert: { ca: PEM_A, status: 'expired' } }, fail],
      ['require-any accepts any certificate', mtls({ mutual_tls_verification_strategy: 'require-any' }), { cert: { ca: PEM_B, status: 'invalid' } }, FORWARDED],
      ['require-any still needs one', mtls({ mutual_tls_verification_strategy: 'require-any' }), {}, fail],
      ['request lets clients without a certificate in', mtls({ mutual_tls_verification_strategy: 'request' }), {}, FORWARDED],
    ])('%s', (_n, policy, request, want) => {
      expect(outcome(policy, request)).toEqual(want);
    });

    it('matches CAs by name (world), fingerprint or id, and cannot relate a PEM to an id', () => {
      const w = { ...world(), certificateAuthorities: { 'clinic-ca': PEM_A } };
      expect(outcome(mtls({}), { cert: { ca: 'clinic-ca' } }, { world: w })).toEqual(FORWARDED);
      const fp = 'sha256:' + createHash('sha256').update(Buffer.from('Q0EgQQ==', 'base64')).digest('hex');
      expect(outcome(mtls({}), { cert: { ca: fp } })).toEqual(FORWARDED);
      const byId = tls({ mutual_tls_certificate_authorities: ['ca_2abc'] });
      expect(outcome(byId, { cert: { ca: 'ca_2abc' } })).toEqual(FORWARDED);
      unknownMatching(outcome(byId, { cert: { ca: PEM_A } }), /cannot tell whether the CA/);
    });

    it('cannot check CAs held in a vault secret', () => {
      unknownMatching(outcome(tls({ mutual_tls_certificate_authorities: ["${secrets.get('v', 'ca')}"] }), { cert: { ca: PEM_A } }), /vault secret/);
    });
  });

  it('makes the negotiated version visible to expressions (conn.tls.version)', () => {
    const policy = { ...tls({}), on_http_request: [{ expressions: ["conn.tls.version == '1.2'"], actions: [{ type: 'deny', config: { status_code: 426 } }] }, { actions: [FORWARD] }] };
    expect(outcome(policy, { tls: '1.2' })).toEqual({ result: 'rejected', by: 'deny', status: 426 });
    expect(outcome(policy, { tls: '1.3' })).toEqual(FORWARDED);
  });
});

// ngrok.com/docs/traffic-policy/actions/jwt-validation
describe('jwt-validation (ngrok.com/docs/traffic-policy/actions/jwt-validation)', () => {
  const config = {
    issuer: { allow_list: [{ value: 'https://auth.example.com/' }] },
    audience: { allow_list: [{ value: 'api' }] },
    http: { tokens: [{ type: 'jwt', method: 'header', name: 'Authorization', prefix: 'Bearer ' }] },
    jws: { allowed_algorithms: ['RS256'], keys: { sources: { additional_jkus: ['https://auth.example.com/.well-known/jwks.json'] } } },
  };
  const policy = req({ type: 'jwt-validation', config });
  const good = { claims: { iss: 'https://auth.example.com/', aud: 'api', sub: 'u1' } };
  const r401: Outcome = { result: 'rejected', by: 'jwt-validation', status: 401 };
  it.each<[string, SimRequest, Outcome]>([
    ['a missing token is refused with 401', {}, r401],
    ['a valid token passes', { jwt: good }, FORWARDED],
    ['the issuer must match exactly (a trailing slash matters)', { jwt: { claims: { ...good.claims, iss: 'https://auth.example.com' } } }, r401],
    ['the audience must be allowed', { jwt: { claims: { ...good.claims, aud: 'other' } } }, r401],
    ['an audience list needs one allowed entry', { jwt: { claims: { ...good.claims, aud: ['other', 'api'] } } }, FORWARDED],
    ['an expired token is refused', { jwt: { ...good, status: 'expired' } }, r401],
    ['a bad signature is refused', { jwt: { ...good, status: 'invalid' } }, r401],
    ['keys from a JWKS the action does not fetch do not verify', { jwt: { ...good, jwks: 'https://evil.example/jwks.json' } }, r401],
    ['keys from the configured JWKS verify', { jwt: { ...good, jwks: 'https://auth.example.com/.well-known/jwks.json' } }, FORWARDED],
    ['an algorithm outside allowed_algorithms is refused', { jwt: { ...good, alg: 'HS256' } }, r401],
    ['the token is read from the configured header (case-insensitive)', { jwt: { ...good, header: 'authorization' } }, FORWARDED],
    ['a token in another header is missing', { jwt: { ...good, header: 'X-Token' } }, r401],
    ['a token without the prefix does not parse', { jwt: { ...good, prefix: '' } }, r401],
  ])('%s', (_n, request, want) => {
    expect(outcome(policy, request)).toEqual(want);
  });

  it('exposes the payload to later expressions (actions.ngrok.jwt_validation.tokens[0].payload)', () => {
    const p = {
      on_http_request: [
        { actions: [{ type: 'jwt-validation', config }] },
        { expressions: ["!('admin' in actions.ngrok.jwt_validation.tokens[0].payload.roles)"], actions: [{ type: 'deny' }] },
        { actions: [FORWARD] },
      ],
    };
    expect(outcome(p, { jwt: { claims: { ...good.claims, roles: ['admin'] } } })).toEqual(FORWARDED);
    expect(outcome(p, { jwt: { claims: { ...good.claims, roles: ['nurse'] } } })).toEqual({ result: 'rejected', by: 'deny', status: 403 });
  });

  it('cannot tell for body tokens or several required tokens', () => {
    unknownMatching(outcome(req({ type: 'jwt-validation', config: { ...config, http: { tokens: [{ type: 'jwt', method: 'body', name: 'token' }] } } }), { jwt: good }), /body/);
    unknownMatching(outcome(req({ type: 'jwt-validation', config: { ...config, http: { tokens: [config.http.tokens[0], { type: 'id_token', method: 'header', name: 'X-Id' }] } } }), { jwt: good }), /several tokens/);
    expect(outcome(req({ type: 'jwt-validation', config: { ...config, http: { tokens: [{ type: 'jwt', method: 'body', name: 'token' }] } } }), {})).toEqual(r401);
  });
});

// ngrok.com/docs/traffic-policy/actions/oauth and …/openid-connect
describe('oauth and openid-connect (ngrok.com/docs/traffic-policy/actions/oauth, /openid-connect)', () => {
  const oauth = req({ type: 'oauth', config: { provider: 'google' } });
  it('sends a request without a session to the provider login', () => {
    expect(outcome(oauth, {})).toEqual({ result: 'redirected', by: 'oauth', location: 'oauth:google', login: true });
  });
  it('lets a session of that provider through and exposes the identity', () => {
    const p = {
      on_http_request: [
        { actions: [{ type: 'oauth', config: { provider: 'google' } }] },
        { expressions: ["!actions.ngrok.oauth.identity.email.endsWith('@clinic.example')"], actions: [{ type: 'deny' }] },
        { actions: [FORWARD] },
      ],
    };
    expect(outcome(p, { session: { kind: 'oauth', provider: 'google', email: 'ana@clinic.example' } })).toEqual(FORWARDED);
    expect(outcome(p, { session: { kind: 'oauth', provider: 'google', email: 'eve@evil.example' } })).toEqual({ result: 'rejected', by: 'deny', status: 403 });
  });
  it('treats a session of another provider as none', () => {
    expect(outcome(oauth, { session: { kind: 'oauth', provider: 'github', email: 'a@b.c' } })).toMatchObject({ result: 'redirected', login: true });
  });
  it('lets CORS preflights through with allow_cors_preflight', () => {
    const p = req({ type: 'oauth', config: { provider: 'google', allow_cors_preflight: true } });
    expect(outcome(p, { method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'POST' } })).toEqual(FORWARDED);
    expect(outcome(p, { method: 'OPTIONS' })).toMatchObject({ result: 'redirected', login: true });
  });
  it('cannot tell for its own /ngrok/ paths', () => {
    unknownMatching(outcome(oauth, { path: '/ngrok/logout' }), /\/ngrok\//);
  });
  it('openid-connect matches sessions by issuer', () => {
    const p = req({ type: 'openid-connect', config: { issuer_url: 'https://login.example', client_id: 'id', client_secret: "${secrets.get('v', 's')}" } });
    expect(outcome(p, { session: { kind: 'oidc', issuer: 'https://login.example', email: 'a@b.c' } })).toEqual(FORWARDED);
    expect(outcome(p, { session: { kind: 'oidc', issuer: 'https://other.example', email: 'a@b.c' } })).toEqual({ result: 'redirected', by: 'openid-connect', location: 'https://login.example', login: true });
  });
});

// ngrok.com/docs/traffic-policy/actions/basic-auth
describe('basic-auth (ngrok.com/docs/traffic-policy/actions/basic-auth)', () => {
  const p = req({ type: 'basic-auth', config: { credentials: ['nurse:correct-horse'] } });
  const r401: Outcome = { result: 'rejected', by: 'basic-auth', status: 401 };
  it.each<[string, Record<string, unknown>, SimRequest, Outcome]>([
    ['no credentials: 401', p, {}, r401],
    ['wrong password: 401', p, { basicAuth: { username: 'nurse', password: 'wrong-pass' } }, r401],
    ['right credentials pass', p, { basicAuth: { username: 'nurse', password: 'correct-horse' } }, FORWARDED],
    ['enforce: false never refuses', req({ type: 'basic-auth', config: { credentials: ['nurse:correct-horse'], enforce: false } }), {}, FORWARDED],
    ['credentials from a vault: a request without any is still refused', req({ type: 'basic-auth', config: { credentials: ["nurse:${secrets.get('v', 'pw')}"] } }), {}, r401],
  ])('%s', (_n, policy, request, want) => {
    expect(outcome(policy, request)).toEqual(want);
  });
  it('cannot compare credentials held in a vault', () => {
    unknownMatching(outcome(req({ type: 'basic-auth', config: { credentials: ["nurse:${secrets.get('v', 'pw')}"] } }), { basicAuth: { username: 'nurse', password: 'x' } }), /vault/);
  });
});

// ngrok.com/docs/traffic-policy/actions/deny, /custom-response, /close-connection
describe('deny, custom-response, close-connection', () => {
  it.each<[string, Record<string, unknown>, Outcome]>([
    ['deny defaults to 403 (…/actions/deny)', { on_http_request: [{ actions: [{ type: 'deny' }] }] }, { result: 'rejected', by: 'deny', status: 403 }],
    ['deny takes status_code', { on_http_request: [{ actions: [{ type: 'deny', config: { status_code: 404 } }] }] }, { result: 'rejected', by: 'deny', status: 404 }],
    ['custom-response defaults to 200 (…/actions/custom-response)', { on_http_request: [{ actions: [{ type: 'custom-response', config: { body: 'hi' } }] }] }, { result: 'responded', by: 'custom-response', status: 200 }],
    ['close-connection drops the connection (…/actions/close-connection)', { on_http_request: [{ actions: [{ type: 'close-connection' }] }] }, { result: 'rejected', by: 'close-connection', tcp: 'closed' }],
    ['nothing after a terminating action runs', { on_http_request: [{ actions: [{ type: 'deny', config: { status_code: 401 } }, FORWARD] }] }, { result: 'rejected', by: 'deny', status: 401 }],
  ])('%s', (_n, policy, want) => {
    expect(outcome(policy, {})).toEqual(want);
  });
  it('deny in on_tcp_connect closes the connection', () => {
    expect(outcome({ on_tcp_connect: [{ actions: [{ type: 'deny' }] }] }, {}, { url: 'tcp://1.tcp.ngrok.io:20000' })).toEqual({ result: 'rejected', by: 'deny', tcp: 'closed' });
  });
  it('on_http_response still runs after a custom-response in on_http_request, and may replace it', () => {
    const p = { on_http_request: [{ actions: [{ type: 'custom-response', config: { status_code: 200 } }] }], on_http_response: [{ expressions: ['res.status_code == 200'], actions: [{ type: 'custom-response', config: { status_code: 418 } }] }] };
    expect(outcome(p, {})).toEqual({ result: 'responded', by: 'custom-response', status: 418 });
  });
});

// ngrok.com/docs/traffic-policy/actions/redirect
describe('redirect (ngrok.com/docs/traffic-policy/actions/redirect)', () => {
  it('without from, to replaces the whole URL (302 by default)', () => {
    expect(outcome(req({ type: 'redirect', config: { to: 'https://new.example.com/' } }), {})).toEqual({ result: 'redirected', by: 'redirect', location: 'https://new.example.com/', status: 302 });
  });
  it('replaces the matched part with capture groups', () => {
    const p = req({ type: 'redirect', config: { from: '^https://api.example.com/old/(.*)$', to: 'https://api.example.com/new/$1', status_code: 301 } });
    expect(outcome(p, { path: '/old/a/b' })).toEqual({ result: 'redirected', by: 'redirect', location: 'https://api.example.com/new/a/b', status: 301 });
  });
  it('sends nothing when the pattern does not match, and processing goes on', () => {
    expect(outcome(req({ type: 'redirect', config: { from: '/old', to: '/new' } }), { path: '/x' })).toEqual(FORWARDED);
  });
  it('the documented mistake: from /old to an absolute URL replaces only the substring', () => {
    expect(outcome(req({ type: 'redirect', config: { from: '/old', to: 'https://new.example.com/x' } }), { path: '/old' })).toEqual({ result: 'redirected', by: 'redirect', location: 'https://api.example.comhttps://new.example.com/x', status: 302 });
  });
  it('interpolates before matching', () => {
    expect(outcome(req({ type: 'redirect', config: { to: 'https://${req.host}/login' } }), {})).toMatchObject({ location: 'https://api.example.com/login' });
  });
});

// ngrok.com/docs/traffic-policy/actions/forward-internal
describe('forward-internal (ngrok.com/docs/traffic-policy/actions/forward-internal)', () => {
  it("runs the target's own policy (its HTTP phases) and then its upstream", () => {
    const target = { url: 'https://guarded.internal', kind: 'agent' as const, upstream: 'http://127.0.0.1:9', policy: { on_http_request: [{ expressions: ["req.method == 'DELETE'"], actions: [{ type: 'deny', config: { status_code: 405 } }] }] } };
    const p = { on_http_request: [{ actions: [{ type: 'forward-internal', config: { url: 'https://guarded.internal' } }] }] };
    expect(outcome(p, { method: 'DELETE' }, { world: world(target) })).toEqual({ result: 'rejected', by: 'deny', status: 405 });
    expect(outcome(p, { method: 'GET' }, { world: world(target) })).toEqual({ result: 'forwarded', target: 'https://guarded.internal', upstream: 'http://127.0.0.1:9' });
  });
  it('interpolates the url', () => {
    const p = { on_http_request: [{ actions: [{ type: 'forward-internal', config: { url: "https://${req.host.split('.')[0] == 'api' ? 'app' : 'x'}.internal" } }] }] };
    expect(outcome(p, {})).toEqual(FORWARDED);
  });
  it('cannot tell when the target is not in an open world; a closed world fails the forward (on_error halts)', () => {
    const p = { on_http_request: [{ actions: [{ type: 'forward-internal', config: { url: 'https://missing.internal' } }] }] };
    unknownMatching(outcome(p, {}), /no endpoint at https:\/\/missing\.internal/);
    expect(outcome(p, {}, { world: { ...world(), closed: true } })).toEqual({ result: 'rejected', by: 'forward-internal' });
  });
  it('with on_error: continue, a failed forward goes on to the next action', () => {
    const p = { on_http_request: [{ actions: [{ type: 'forward-internal', config: { url: 'https://missing.internal', on_error: 'continue' } }, FORWARD] }] };
    expect(outcome(p, {}, { world: { ...world(), closed: true } })).toEqual(FORWARDED);
  });
  it('refuses cross-protocol forwarding and loops', () => {
    unknownMatching(outcome({ on_http_request: [{ actions: [{ type: 'forward-internal', config: { url: 'tcp://db.internal:5432' } }] }] }, {}), /does not forward a http request/);
    const loop = { url: 'https://loop.internal', kind: 'cloud' as const, policy: { on_http_request: [{ actions: [{ type: 'forward-internal', config: { url: 'https://loop.internal' } }] }] } };
    unknownMatching(outcome({ on_http_request: [{ actions: [{ type: 'forward-internal', config: { url: 'https://loop.internal' } }] }] }, {}, { world: world(loop) }), /loops/);
  });
  it('needs pooled endpoints to agree', () => {
    const a = { url: 'https://pool.internal', kind: 'agent' as const, upstream: 'http://10.0.0.1' };
    const b = { url: 'https://pool.internal', kind: 'agent' as const, upstream: 'http://10.0.0.1' };
    const c = { url: 'https://pool.internal', kind: 'agent' as const, upstream: 'http://10.0.0.2', policy: { on_http_request: [{ actions: [{ type: 'deny' }] }] } };
    const p = { on_http_request: [{ actions: [{ type: 'forward-internal', config: { url: 'https://pool.internal' } }] }] };
    expect(outcome(p, {}, { world: world(a, b) })).toEqual({ result: 'forwarded', target: 'https://pool.internal', upstream: 'http://10.0.0.1' });
    unknownMatching(outcome(p, {}, { world: world(a, c) }), /pooled/);
  });
});

// ngrok.com/docs/traffic-policy/actions/add-headers, /remove-headers, /url-rewrite, /set-vars
describe('actions that change what others see', () => {
  it('add-headers reach the forwarded request (the target endpoint sees them)', () => {
    const target = { url: 'https://h.internal', kind: 'agent' as const, upstream: 'http://x', policy: { on_http_request: [{ expressions: ["!hasReqHeader('x-clinic')"], actions: [{ type: 'deny' }] }] } };
    const p = { on_http_request: [{ actions: [{ type: 'add-headers', config: { headers: { 'X-Clinic': 'north' } } }, { type: 'forward-internal', config: { url: 'https://h.internal' } }] }] };
    expect(outcome(p, {}, { world: world(target) })).toEqual({ result: 'forwarded', target: 'https://h.internal', upstream: 'http://x' });
  });
  it('whether the same endpoint sees its own header change is undocumented: a decision resting on it is unknown', () => {
    const p = { on_http_request: [{ actions: [{ type: 'add-headers', config: { headers: { 'x-role': 'admin' } } }] }, { expressions: ["hasReqHeader('x-role')"], actions: [FORWARD] }, { actions: [{ type: 'deny' }] }] };
    unknownMatching(outcome(p, {}), /visible to later expressions/);
    // An expression the change does not affect is fine.
    const q = { on_http_request: [{ actions: [{ type: 'add-headers', config: { headers: { 'x-role': 'admin' } } }] }, { expressions: ["req.method == 'GET'"], actions: [FORWARD] }] };
    expect(outcome(q, {})).toEqual(FORWARDED);
  });
  it('remove-headers takes a header away from the forwarded request', () => {
    const target = { url: 'https://h.internal', kind: 'agent' as const, upstream: 'http://x', policy: { on_http_request: [{ expressions: ["hasReqHeader('x-debug')"], actions: [{ type: 'deny' }] }] } };
    const p = { on_http_request: [{ actions: [{ type: 'remove-headers', config: { headers: ['X-Debug'] } }, { type: 'forward-internal', config: { url: 'https://h.internal' } }] }] };
    expect(outcome(p, { headers: { 'x-debug': '1' } }, { world: world(target) })).toMatchObject({ result: 'forwarded' });
  });
  it('url-rewrite changes the path the target sees', () => {
    const target = { url: 'https://h.internal', kind: 'agent' as const, upstream: 'http://x', policy: { on_http_request: [{ expressions: ["req.url.path.startsWith('/v2/')"], actions: [{ type: 'custom-response', config: { status_code: 299 } }] }] } };
    const p = { on_http_request: [{ actions: [{ type: 'url-rewrite', config: { from: '/v1/', to: '/v2/' } }, { type: 'forward-internal', config: { url: 'https://h.internal' } }] }] };
    expect(outcome(p, { path: '/v1/x' }, { world: world(target) })).toEqual({ result: 'responded', by: 'custom-response', status: 299 });
  });
  it('set-vars values are readable later in the same phase (…/actions/set-vars)', () => {
    const p = { on_http_request: [{ actions: [{ type: 'set-vars', config: { vars: [{ tier: 'gold' }, { limit: 60 }] } }] }, { expressions: ["vars.tier == 'gold' && vars.limit == 60"], actions: [FORWARD] }, { actions: [{ type: 'deny' }] }] };
    expect(outcome(p, {})).toEqual(FORWARDED);
  });
  it('set-vars are phase-scoped: on_http_request does not see on_tcp_connect vars', () => {
    const p = { on_tcp_connect: [{ actions: [{ type: 'set-vars', config: { vars: [{ seen: true }] } }] }], on_http_request: [{ expressions: ["has(vars.seen)"], actions: [{ type: 'deny' }] }, { actions: [FORWARD] }] };
    expect(outcome(p, {})).toEqual(FORWARDED);
  });
});

describe('actions that do not decide access for one request', () => {
  it.each([
    ['rate-limit (…/actions/rate-limit)', { type: 'rate-limit', config: { name: 'r', algorithm: 'sliding_window', capacity: 1, rate: '60s', bucket_key: ['conn.client_ip'] } }],
    ['circuit-breaker (…/actions/circuit-breaker)', { type: 'circuit-breaker', config: { error_threshold: 0.5 } }],
    ['log (…/actions/log)', { type: 'log', config: { metadata: { a: '${conn.client_ip}' } } }],
    ['owasp-crs-request (…/actions/owasp-crs-request)', { type: 'owasp-crs-request', config: {} }],
    ['http-request with the default on_error: continue (…/actions/http-request)', { type: 'http-request', config: { url: 'https://hook.internal' } }],
  ])('%s passes, with a note in the trace', (_n, action) => {
    const r = sim(req(action), { clientIp: '203.0.113.1' });
    expect(r.outcome).toEqual(FORWARDED);
    expect(r.trace.some((s) => s.kind === 'action' && s.type === (action as { type: string }).type)).toBe(true);
  });
  it('http-request with on_error: halt could stop the request: unknown', () => {
    unknownMatching(outcome(req({ type: 'http-request', config: { url: 'https://hook.internal', on_error: 'halt' } }), {}), /http-request/);
  });
});

// ngrok.com/docs/traffic-policy/actions/verify-webhook
describe('verify-webhook (ngrok.com/docs/traffic-policy/actions/verify-webhook)', () => {
  const p = req({ type: 'verify-webhook', config: { provider: 'github', secret: "${secrets.get('v', 'gh')}" } });
  it.each<[string, SimRequest, Outcome]>([
    ['an unsigned request is refused with 403', {}, { result: 'rejected', by: 'verify-webhook', status: 403 }],
    ['a bad signature is refused with 403', { webhook: { verified: false } }, { result: 'rejected', by: 'verify-webhook', status: 403 }],
    ['a verified signature passes', { webhook: { verified: true } }, FORWARDED],
  ])('%s', (_n, request, want) => {
    expect(outcome(p, request)).toEqual(want);
  });
});

describe('actions the simulator does not model', () => {
  it.each(['saml', 'ai-gateway', 'made-up'])('%s could refuse the request: unknown', (type) => {
    unknownMatching(outcome(req({ type, config: {} }), {}), /not modelled/);
  });
  it('an action in a phase ngrok refuses it in: unknown', () => {
    unknownMatching(outcome({ on_tcp_connect: [{ actions: [{ type: 'jwt-validation', config: {} }] }], on_http_request: [{ actions: [FORWARD] }] }, {}), /does not accept 'jwt-validation' in on_tcp_connect/);
  });
});
