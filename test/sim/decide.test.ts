/**
 * decide(): the language's meaning for one request, straight from the resolved program.
 */

import { describe, expect, it } from 'vitest';
import { parse } from '../../src/dsl/index.js';
import { decide, prepareDecider, type Decision } from '../../src/sim/decide.js';
import type { SimRequest } from '../../src/sim/types.js';

const PEM = '-----BEGIN CERTIFICATE-----\\nQ0EgT05F\\n-----END CERTIFICATE-----\\n';
const PEM_TEXT = '-----BEGIN CERTIFICATE-----\nQ0EgT05F\n-----END CERTIFICATE-----\n';

const SOURCE = `
group office = 203.0.113.0/24, 2001:db8:100::/48
group blocked = 192.0.2.0/24
identity staff = jwt issuer "https://auth.example" audience "api" jwks "https://auth.example/jwks.json"
identity google-staff = oauth google allow-domain "clinic.example"
ca clinic-ca = "${PEM}"
defaults { deny blocked }
site s1 {
  agent bind "*.s1.internal"
  service api http://10.0.0.1:8080
  service admin http://10.0.0.2:8080
  service web http://10.0.0.3:8080
  service db tcp://10.0.0.4:5432
  service vault tcp://10.0.0.5:5432
  expose api at https://s1.example path /api { allow office, staff }
  expose admin at https://s1.example path /api/admin { allow office }
  expose web at https://web.s1.example { allow google-staff }
  expose db at tcp://1.tcp.ngrok.io:20001 { allow office }
  expose vault at tls://vault.s1.example { tls min 1.3  mtls ca clinic-ca  allow office }
}
`;

const OPTIONS = { file: 's.tpc', readFile: () => undefined, certificateAuthorities: { 'clinic-ca': PEM_TEXT } };
const decider = prepareDecider(SOURCE, OPTIONS);
const TOKEN = { claims: { iss: 'https://auth.example', aud: 'api' } };

function d(service: string, request: SimRequest): Decision {
  return decider.decide('s1', service, request);
}

describe('decide', () => {
  it('resolves the program without errors', () => {
    expect(decider.diagnostics.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it.each<[string, string, SimRequest, Partial<Decision>]>([
    ['an allowed group reaches the service', 'api', { clientIp: '203.0.113.5', path: '/api/x' }, { result: 'allow', target: 'https://api.s1.internal' }],
    ['v6 addresses of a group count', 'api', { clientIp: '2001:db8:100::1', path: '/api' }, { result: 'allow' }],
    ['others need a valid token: 401 without one', 'api', { clientIp: '198.51.100.1', path: '/api' }, { result: 'deny', status: 401 }],
    ['a valid token lets them in', 'api', { clientIp: '198.51.100.1', path: '/api', jwt: TOKEN }, { result: 'allow' }],
    ['an expired token does not', 'api', { clientIp: '198.51.100.1', path: '/api', jwt: { ...TOKEN, status: 'expired' } }, { result: 'deny', status: 401 }],
    ['a token for another audience does not', 'api', { clientIp: '198.51.100.1', path: '/api', jwt: { claims: { iss: 'https://auth.example', aud: 'x' } } }, { result: 'deny', status: 401 }],
    ['deny wins over allow and identities (inherited from defaults)', 'api', { clientIp: '192.0.2.1', path: '/api', jwt: TOKEN }, { result: 'deny', status: 403 }],
    ['the most specific path wins', 'api', { clientIp: '198.51.100.1', path: '/api/admin/users', jwt: TOKEN }, { result: 'deny', status: 403 }],
    ['a path prefix covers itself and what is below it, not siblings', 'api', { clientIp: '203.0.113.5', path: '/apix' }, { result: 'deny', status: 404 }],
    ['a path under no exposure is 404', 'api', { clientIp: '203.0.113.5', path: '/' }, { result: 'deny', status: 404 }],
    ['a login identity sends clients without a session to log in', 'web', { clientIp: '198.51.100.1' }, { result: 'login' }],
    ['a session with an allowed email passes', 'web', { clientIp: '198.51.100.1', session: { kind: 'oauth', provider: 'google', email: 'Ana@Clinic.example' } }, { result: 'allow' }],
    ['a session with another email is refused with 403', 'web', { clientIp: '198.51.100.1', session: { kind: 'oauth', provider: 'google', email: 'eve@evil.example' } }, { result: 'deny', status: 403 }],
    ['a session at another provider is no session', 'web', { clientIp: '198.51.100.1', session: { kind: 'oauth', provider: 'github', email: 'ana@clinic.example' } }, { result: 'login' }],
    ['https refuses TLS below 1.2 by default', 'web', { tls: '1.1' }, { result: 'deny', tls: 'handshake-failure' }],
    ['tcp: an outside address is a closed connection', 'db', { clientIp: '198.51.100.1' }, { result: 'deny', tcp: 'closed' }],
    ['tcp: the office gets through', 'db', { clientIp: '203.0.113.1' }, { result: 'allow', target: 'tcp://db.s1.internal:5432' }],
    ['tls: tls min 1.3 refuses 1.2', 'vault', { clientIp: '203.0.113.1', tls: '1.2', cert: { ca: 'clinic-ca' } }, { result: 'deny', tls: 'handshake-failure' }],
    ['tls: mtls needs a certificate', 'vault', { clientIp: '203.0.113.1' }, { result: 'deny', tls: 'handshake-failure' }],
    ['tls: with both failing, either refusal is right', 'vault', { clientIp: '198.51.100.1' }, { result: 'deny', tls: 'handshake-failure', tcp: 'closed' }],
    ['tls: a trusted certificate from the office passes', 'vault', { clientIp: '203.0.113.1', cert: { ca: 'clinic-ca' } }, { result: 'allow' }],
  ])('%s', (_n, service, request, want) => {
    expect(d(service, request)).toMatchObject(want);
  });

  it('says unknown when the answer rests on what the request does not give', () => {
    expect(d('db', {})).toMatchObject({ result: 'unknown' });
    expect(decider.decide('nope', 'api', {})).toMatchObject({ result: 'unknown', reason: "there is no site 'nope'" });
    expect(d('nope', {})).toMatchObject({ result: 'unknown', reason: "site 's1' has no service 'nope'" });
  });

  it('says unknown for escape-hatch actions that decide by ngrok rules', () => {
    const src = SOURCE.replace('{ allow office }\n  expose web', '{ allow office\n action before-forward { type: "basic-auth", config: { credentials: ["a:bbbbbbbb"] } } }\n  expose web');
    expect(prepareDecider(src, OPTIONS).decide('s1', 'admin', { clientIp: '203.0.113.1', path: '/api/admin' })).toMatchObject({ result: 'unknown' });
  });

  it('a conditional escape hatch: inert actions are ignored, answering ones leave the decision to ngrok', () => {
    const withHatch = (hatch: string) => prepareDecider(SOURCE.replace('{ allow office }\n  expose web', `{ allow office\n ${hatch} }\n  expose web`), OPTIONS);
    const office = { clientIp: '203.0.113.1', path: '/api/admin' };
    expect(withHatch('action first when "req.method == \'DELETE\'" { type: "log" }').decide('s1', 'admin', office)).toMatchObject({ result: 'allow' });
    expect(withHatch('action response when "res.status_code >= 500" { type: "add-headers", config: { headers: { a: "b" } } }').decide('s1', 'admin', office)).toMatchObject({ result: 'allow' });
    expect(withHatch('action first when "req.method == \'DELETE\'" { type: "deny", config: { status_code: 405 } }').decide('s1', 'admin', office)).toMatchObject({
      result: 'unknown',
      reason: "the exposure places the ngrok action 'deny', which decides by ngrok's rules, not the language's",
    });
  });

  it('accepts a parsed program and caches by AST', () => {
    const { ast } = parse(SOURCE, { file: 's.tpc' });
    expect(decide(ast, 's1', 'db', { clientIp: '203.0.113.1' })).toMatchObject({ result: 'allow' });
    expect(decide(SOURCE, 's1', 'db', { clientIp: '198.51.100.1' })).toMatchObject({ result: 'deny', tcp: 'closed' });
  });

  it('is unknown for every request of a program with errors', () => {
    expect(decide('site s1 { expose nothing at https://x.example }', 's1', 'nothing', {})).toMatchObject({ result: 'unknown', reason: expect.stringMatching(/the program has errors \(TPC2011/) });
  });
});
