import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/compile.js';
import { lintCompiled } from '../../src/compiler/self-check.js';
import { lint } from '../../src/rules/engine.js';
import rule from '../../src/rules/unauthenticated-http.js';
import { ruleTester } from '../helpers/rule-tester.js';

const cloud = (rules: string, url = 'https://portal.clinic.example.com') => `url: ${url}\ntype: cloud\ntraffic_policy:\n  on_http_request:\n${rules}`;
const fwd = '        - type: forward-internal\n          config: { url: "https://rest-api.internal" }\n';
const oauth = '        - type: oauth\n          config: { provider: google }\n';
const ownOauth = '        - type: oauth\n          config: { provider: google, client_id: "${secrets.get(\'oauth\', \'id\')}", client_secret: "${secrets.get(\'oauth\', \'secret\')}" }\n';
const accountCheck = `    - expressions: ["!actions.ngrok.oauth.identity.email.endsWith('@clinicnet.example')"]\n      actions:\n        - type: deny\n`;
const agent = (extra = '', url = 'https://portal.clinic.example.com') => `version: 3\nendpoints:\n  - name: portal\n    url: ${url}\n    upstream:\n      url: 8080\n${extra}`;

// The "login, then account check" pattern tpc emits for a path-keyed exposure allowing an oauth
// identity with allowed domains. Every rule takes 4 lines, so rule k (0-based) has its first
// action at line 7 + 4k, column 11.
const UI = "req.url.path == '/ui' || req.url.path.startsWith('/ui/')";
const ADMIN = "req.url.path.startsWith('/admin')";
const CHECK = "!(actions.ngrok.oauth.identity.email.lowerAscii().endsWith('@clinicnet.example'))";
type GateAction = 'oauth' | 'openid-connect' | 'deny' | 'forward' | 'url-rewrite' | 'not-found';
const GATE_ACTIONS: Record<GateAction, string> = {
  oauth: '- type: oauth\n          config: { provider: google }',
  'openid-connect': "- type: openid-connect\n          config: { issuer_url: 'https://login.clinicnet.example', client_id: dash, client_secret: \"${secrets.get('s', 'oidc')}\" }",
  deny: '- type: deny\n          config: { status_code: 403 }',
  forward: '- type: forward-internal\n          config: { url: "https://dash.s.internal" }',
  'url-rewrite': '- type: url-rewrite\n          config: { from: "/ui/old", to: "/ui/new" }',
  'not-found': '- type: custom-response\n          config: { status_code: 404 }',
};
const gate = (...rules: [string[], GateAction][]) =>
  'url: https://dash.s.example\ntype: cloud\ntraffic_policy:\n  on_http_request:\n' +
  rules.map(([exprs, act]) => `    - expressions: ${JSON.stringify(exprs)}\n      actions:\n        ${GATE_ACTIONS[act]}\n`).join('') +
  `    - actions:\n        ${GATE_ACTIONS['not-found']}\n`;
const OIDC_CHECK = "!(actions.ngrok.oidc.identity.email.lowerAscii() == 'ana@clinicnet.example')";

ruleTester(rule, {
  valid: [
    { name: 'oauth through your own app before the forward', filename: 'c.yaml', code: cloud(`    - actions:\n${ownOauth}${fwd}`) },
    { name: 'oauth through your own app in an earlier unconditional rule', filename: 'c.yaml', code: cloud(`    - actions:\n${ownOauth}    - actions:\n${fwd}`) },
    { name: "ngrok's managed oauth app, then an account check, then the forward", filename: 'c.yaml', code: cloud(`    - actions:\n${oauth}${accountCheck}    - actions:\n${fwd}`) },
    ...['jwt-validation', 'openid-connect', 'saml'].map((t) => ({ name: t, filename: 'c.yaml', code: cloud(`    - actions:\n        - type: ${t}\n${fwd}`) })),
    { name: 'basic-auth', filename: 'c.yaml', code: cloud(`    - actions:\n        - type: basic-auth\n          config: { credentials: ["\${secrets.get('clinic', 'portal')}"] }\n${fwd}`) },
    { name: 'verify-webhook', filename: 'c.yaml', code: cloud(`    - actions:\n        - type: verify-webhook\n          config: { provider: stripe, secret: "\${secrets.get('clinic', 'stripe')}" }\n${fwd}`) },
    { name: 'restrict-ips in on_tcp_connect', filename: 'c.yaml', code: `url: https://portal.clinic.example.com\ntype: cloud\ntraffic_policy:\n  on_tcp_connect:\n    - actions:\n        - type: restrict-ips\n          config: { allow: [203.0.113.0/24] }\n  on_http_request:\n    - actions:\n${fwd}` },
    { name: 'client certificates on HTTPS', filename: 'c.yaml', code: `url: https://portal.clinic.example.com\ntype: cloud\ntraffic_policy:\n  on_tcp_connect:\n    - actions:\n        - type: terminate-tls\n          config: { mutual_tls_certificate_authorities: [cas_2cFkYzaEXAMPLE] }\n  on_http_request:\n    - actions:\n${fwd}` },
    { name: 'a static response forwards nothing', filename: 'c.yaml', code: cloud('    - actions: [{ type: custom-response, config: { status_code: 503 } }]\n') },
    {
      name: 'agent endpoint with oauth and an account check',
      filename: 'ngrok.yml',
      code: agent(`    traffic_policy:\n      on_http_request:\n        - actions:\n            - type: oauth\n              config: { provider: google }\n        - expressions: ["!actions.ngrok.oauth.identity.email.endsWith('@clinicnet.example')"]\n          actions: [{ type: deny }]\n`),
    },
    { name: 'internal endpoints', filename: 'ngrok.yml', code: agent('', 'https://rest-api.internal') },
    { name: 'TCP endpoints are unprotected-tcp’s', filename: 'ngrok.yml', code: agent('', 'tcp://1.tcp.ngrok.io:20001') },
    { name: 'login, then account check, then forward under the same path (what tpc emits)', filename: 'c.yaml', code: gate([[UI], 'oauth'], [[UI, CHECK], 'deny'], [[UI], 'forward']) },
    { name: 'openid-connect, then an email check', filename: 'c.yaml', code: gate([[UI], 'openid-connect'], [[UI, OIDC_CHECK], 'deny'], [[UI], 'forward']) },
    { name: 'the forward under a stronger condition than the login', filename: 'c.yaml', code: gate([[UI], 'oauth'], [[UI, CHECK], 'deny'], [[UI, "req.method == 'GET'"], 'forward']) },
    { name: 'the account check without the path condition', filename: 'c.yaml', code: gate([[UI], 'oauth'], [[CHECK], 'deny'], [[UI], 'forward']) },
    {
      name: 'a path whose literal holds a word like time or headers',
      filename: 'c.yaml',
      code: gate([["req.url.path.startsWith('/time/headers')"], 'oauth'], [["req.url.path.startsWith('/time/headers')", CHECK], 'deny'], [["req.url.path.startsWith('/time/headers')"], 'forward']),
    },
    { name: 'legacy tunnel with basic auth', filename: 'ngrok.yml', code: `version: 2\ntunnels:\n  web:\n    proto: http\n    addr: 8080\n    basic_auth: ["admin:\${NOT_CEL}"]\n` },
  ],
  invalid: [
    {
      name: "ngrok's managed oauth app before the forward: any google account gets in",
      filename: 'c.yaml',
      code: cloud(`    - actions:\n${oauth}${fwd}`),
      errors: [{ messageId: 'forwardAnyAccount', data: { scheme: 'HTTPS', endpoint: 'https://portal.clinic.example.com', target: 'https://rest-api.internal', provider: 'google' }, line: 8, column: 11, severity: 'warning' }],
    },
    {
      name: "ngrok's managed oauth app in an earlier unconditional rule, no account check",
      filename: 'c.yaml',
      code: cloud(`    - actions:\n${oauth}    - actions:\n${fwd}`),
      errors: [{ messageId: 'forwardAnyAccount', line: 9, column: 11 }],
    },
    {
      name: 'an account check after the forward checks nothing',
      filename: 'c.yaml',
      code: cloud(`    - actions:\n${oauth}    - actions:\n${fwd}${accountCheck}`),
      errors: [{ messageId: 'forwardAnyAccount', line: 9, column: 11 }],
    },
    {
      name: 'agent endpoint with oauth through the managed app and no account check',
      filename: 'ngrok.yml',
      code: agent(`    traffic_policy:\n      on_http_request:\n        - actions:\n            - type: oauth\n              config: { provider: github }\n`),
      errors: [{ messageId: 'upstreamAnyAccount', data: { scheme: 'HTTPS', endpoint: 'https://portal.clinic.example.com', target: '8080', provider: 'github' }, line: 6, column: 12 }],
    },
    {
      name: 'a bare forward',
      filename: 'c.yaml',
      code: cloud(`    - actions:\n${fwd}`),
      errors: [{ messageId: 'forwardUnauthenticated', data: { scheme: 'HTTPS', endpoint: 'https://portal.clinic.example.com', target: 'https://rest-api.internal' }, line: 6, column: 11, severity: 'warning' }],
    },
    {
      name: 'oauth only on /admin',
      filename: 'c.yaml',
      code: cloud(`    - expressions: ["req.url.path.startsWith('/admin')"]\n      actions:\n${oauth}    - actions:\n${fwd}`),
      errors: [{ messageId: 'forwardUnauthenticated', line: 10, column: 11 }],
    },
    {
      name: 'oauth after the forward in the same rule',
      filename: 'c.yaml',
      code: cloud(`    - actions:\n${fwd}${oauth}`),
      errors: [{ messageId: 'forwardUnauthenticated', line: 6, column: 11 }],
    },
    {
      name: 'basic-auth with enforce: false',
      filename: 'c.yaml',
      code: cloud(`    - actions:\n        - type: basic-auth\n          config: { enforce: false, credentials: ["\${secrets.get('v', 'n')}"] }\n${fwd}`),
      errors: [{ messageId: 'forwardUnauthenticated', line: 8, column: 11 }],
    },
    {
      name: 'restrict-ips in the response phase runs too late',
      filename: 'c.yaml',
      code: `url: https://portal.clinic.example.com\ntype: cloud\ntraffic_policy:\n  on_http_request:\n    - actions:\n${fwd}  on_http_response:\n    - actions:\n        - type: restrict-ips\n          config: { allow: [203.0.113.0/24] }\n`,
      errors: [{ messageId: 'forwardUnauthenticated', line: 6, column: 11 }],
    },
    {
      name: 'login only under /admin, forward under /ui',
      filename: 'c.yaml',
      code: gate([[ADMIN], 'oauth'], [[ADMIN, CHECK], 'deny'], [[UI], 'forward']),
      errors: [{ messageId: 'forwardUnauthenticated', data: { scheme: 'HTTPS', endpoint: 'https://dash.s.example', target: 'https://dash.s.internal' }, line: 15, column: 11 }],
    },
    {
      name: 'the login under a stronger condition than the forward',
      filename: 'c.yaml',
      code: gate([[UI, "req.method == 'GET'"], 'oauth'], [[UI, CHECK], 'deny'], [[UI], 'forward']),
      errors: [{ messageId: 'forwardUnauthenticated', line: 15, column: 11 }],
    },
    {
      name: 'login, then forward, with no account check',
      filename: 'c.yaml',
      code: gate([[UI], 'oauth'], [[UI], 'forward']),
      errors: [{ messageId: 'forwardUnauthenticated', line: 11, column: 11 }],
    },
    {
      name: 'a deny whose condition does not read the login result',
      filename: 'c.yaml',
      code: gate([[UI], 'oauth'], [[UI, "req.headers['x-staff'][0] != 'yes'"], 'deny'], [[UI], 'forward']),
      errors: [{ messageId: 'forwardUnauthenticated', line: 15, column: 11 }],
    },
    {
      name: 'a deny that reads the result of another login action',
      filename: 'c.yaml',
      code: gate([[UI], 'oauth'], [[UI, OIDC_CHECK], 'deny'], [[UI], 'forward']),
      errors: [{ messageId: 'forwardUnauthenticated', line: 15, column: 11 }],
    },
    {
      name: 'the account check only under another path',
      filename: 'c.yaml',
      code: gate([[UI], 'oauth'], [[ADMIN, CHECK], 'deny'], [[UI], 'forward']),
      errors: [{ messageId: 'forwardUnauthenticated', line: 15, column: 11 }],
    },
    {
      name: 'the account check after the forward',
      filename: 'c.yaml',
      code: gate([[UI], 'oauth'], [[UI], 'forward'], [[UI, CHECK], 'deny']),
      errors: [{ messageId: 'forwardUnauthenticated', line: 11, column: 11 }],
    },
    {
      name: 'a url-rewrite between the login and the forward changes what the path condition sees',
      filename: 'c.yaml',
      code: gate([[UI], 'oauth'], [[UI, CHECK], 'deny'], [[ADMIN], 'url-rewrite'], [[UI], 'forward']),
      errors: [{ messageId: 'forwardUnauthenticated', line: 19, column: 11 }],
    },
    {
      name: 'a login condition that reads request headers',
      filename: 'c.yaml',
      code: gate([["req.headers['x-app'][0] == 'dash'"], 'oauth'], [["req.headers['x-app'][0] == 'dash'", CHECK], 'deny'], [["req.headers['x-app'][0] == 'dash'"], 'forward']),
      errors: [{ messageId: 'forwardUnauthenticated', line: 15, column: 11 }],
    },
    {
      name: 'a login condition that differs between evaluations',
      filename: 'c.yaml',
      code: gate([['rand.double() < 0.5'], 'oauth'], [['rand.double() < 0.5', CHECK], 'deny'], [['rand.double() < 0.5'], 'forward']),
      errors: [{ messageId: 'forwardUnauthenticated', line: 15, column: 11 }],
    },
    {
      name: 'agent endpoint with no policy',
      filename: 'ngrok.yml',
      code: agent(),
      errors: [{ messageId: 'upstreamUnauthenticated', data: { scheme: 'HTTPS', endpoint: 'https://portal.clinic.example.com', target: '8080' }, line: 6, column: 12 }],
    },
    {
      name: 'agent endpoint without url is public HTTPS',
      filename: 'ngrok.yml',
      code: `version: 3\nendpoints:\n  - name: portal\n    upstream:\n      url: 8080\n`,
      errors: [{ messageId: 'upstreamUnauthenticated', data: { scheme: 'HTTPS', endpoint: 'portal', target: '8080' }, line: 5, column: 12 }],
    },
    {
      name: 'an external policy file: the hint says so',
      filename: 'ngrok.yml',
      code: agent('    traffic_policy_file: /etc/ngrok/portal.yml\n'),
      errors: [{ messageId: 'upstreamUnauthenticated', line: 6, column: 12 }],
    },
    {
      name: 'public http endpoint',
      filename: 'ngrok.yml',
      code: agent('', 'http://portal.clinic.example.com'),
      errors: [{ messageId: 'upstreamUnauthenticated', data: { scheme: 'HTTP', endpoint: 'http://portal.clinic.example.com', target: '8080' }, line: 6, column: 12 }],
    },
  ],
});

describe('unauthenticated-http on compiled .tpc programs', () => {
  const program = (identity: string, path = ' path /ui') =>
    `${identity}\nsite s {\n  agent bind "*.s.internal"\n  service dash http://10.0.0.5:3001\n  expose dash at https://dash.s.example${path} { allow staff }\n}\n`;
  const ids = (r: Awaited<ReturnType<typeof lint>>) => r.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`);

  it('a path-keyed exposure allowing an oauth identity with allowed domains is protected', async () => {
    const text = program('identity staff = oauth google allow-domain "clinicnet.example"');
    // The compiled policy is the login, then account check, then forward pattern.
    const r = compile(text, { file: 'main.tpc' });
    const shape = (r.sites[0]!.endpoints[0]!.policy as { on_http_request: { expressions?: string[]; actions: { type: string }[] }[] }).on_http_request.map((x) => [x.expressions ?? [], x.actions.map((a) => a.type)]);
    expect(shape).toEqual([[[UI], ['oauth']], [[UI, CHECK], ['deny']], [[UI], ['forward-internal']], [[], ['custom-response']]]);
    expect(ids(await lint([{ path: 'main.tpc', text }], { registry: [rule] }))).toEqual([]);
    expect((await lintCompiled(r, 'main.tpc', text)).map((d) => d.code)).toEqual([]);
  });

  it('also with openid-connect and allowed emails', async () => {
    const text = program('identity staff = oidc issuer "https://login.clinicnet.example" client-id secret("s", "id") client-secret secret("s", "secret") allow-email "ana@clinicnet.example"');
    expect(ids(await lint([{ path: 'main.tpc', text }], { registry: [rule] }))).toEqual([]);
  });

  it('also without a path', async () => {
    const text = program('identity staff = oauth google allow-domain "clinicnet.example"', '');
    expect(ids(await lint([{ path: 'main.tpc', text }], { registry: [rule] }))).toEqual([]);
  });

  it('an oauth identity that lets in any account is reported once, by the compiler at the identity (TPC2055)', async () => {
    const text = program('identity staff = oauth google', '');
    const r = compile(text, { file: 'main.tpc' });
    expect(r.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['TPC2055 1:10']);
    expect((await lintCompiled(r, 'main.tpc', text)).map((d) => d.code)).toEqual([]);
    expect(ids(await lint([{ path: 'main.tpc', text }]))).toEqual(['TPC2055 1:10']);
    // The same policy written by hand draws the rule's own finding.
    const policy = JSON.stringify(r.sites[0]!.endpoints[0]!.policy);
    const hand = await lint([{ path: 'dash.yaml', text: `url: https://dash.s.example\ntype: cloud\ntraffic_policy: '${policy}'\n` }], { registry: [rule] });
    expect(hand.diagnostics.map((d) => d.message)).toEqual(["Public HTTPS endpoint 'https://dash.s.example' forwards to 'https://dash.s.internal' after an 'oauth' login that lets in anyone with a google account."]);
  });
});

describe('unauthenticated-http details', () => {
  it('mentions an external policy file in the hint', async () => {
    const r = await lint([{ path: 'ngrok.yml', text: agent('    traffic_policy_file: /etc/ngrok/portal.yml\n') }], { registry: [rule] });
    expect(r.diagnostics[0]!.hint).toMatch(/'traffic_policy_file' could not be read next to this file/);
  });
});
