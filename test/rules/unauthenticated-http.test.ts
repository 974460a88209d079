import { describe, expect, it } from 'vitest';
import { lint } from '../../src/rules/engine.js';
import rule from '../../src/rules/unauthenticated-http.js';
import { ruleTester } from '../helpers/rule-tester.js';

const cloud = (rules: string, url = 'https://portal.clinic.example.com') => `url: ${url}\ntype: cloud\ntraffic_policy:\n  on_http_request:\n${rules}`;
const fwd = '        - type: forward-internal\n          config: { url: "https://rest-api.internal" }\n';
const oauth = '        - type: oauth\n          config: { provider: google }\n';
const agent = (extra = '', url = 'https://portal.clinic.example.com') => `version: 3\nendpoints:\n  - name: portal\n    url: ${url}\n    upstream:\n      url: 8080\n${extra}`;

ruleTester(rule, {
  valid: [
    { name: 'oauth before the forward', filename: 'c.yaml', code: cloud(`    - actions:\n${oauth}${fwd}`) },
    { name: 'oauth in an earlier unconditional rule', filename: 'c.yaml', code: cloud(`    - actions:\n${oauth}    - actions:\n${fwd}`) },
    ...['jwt-validation', 'openid-connect', 'saml'].map((t) => ({ name: t, filename: 'c.yaml', code: cloud(`    - actions:\n        - type: ${t}\n${fwd}`) })),
    { name: 'basic-auth', filename: 'c.yaml', code: cloud(`    - actions:\n        - type: basic-auth\n          config: { credentials: ["\${secrets.get('clinic', 'portal')}"] }\n${fwd}`) },
    { name: 'verify-webhook', filename: 'c.yaml', code: cloud(`    - actions:\n        - type: verify-webhook\n          config: { provider: stripe, secret: "\${secrets.get('clinic', 'stripe')}" }\n${fwd}`) },
    { name: 'restrict-ips in on_tcp_connect', filename: 'c.yaml', code: `url: https://portal.clinic.example.com\ntype: cloud\ntraffic_policy:\n  on_tcp_connect:\n    - actions:\n        - type: restrict-ips\n          config: { allow: [203.0.113.0/24] }\n  on_http_request:\n    - actions:\n${fwd}` },
    { name: 'client certificates on HTTPS', filename: 'c.yaml', code: `url: https://portal.clinic.example.com\ntype: cloud\ntraffic_policy:\n  on_tcp_connect:\n    - actions:\n        - type: terminate-tls\n          config: { mutual_tls_certificate_authorities: [cas_2cFkYzaEXAMPLE] }\n  on_http_request:\n    - actions:\n${fwd}` },
    { name: 'a static response forwards nothing', filename: 'c.yaml', code: cloud('    - actions: [{ type: custom-response, config: { status_code: 503 } }]\n') },
    { name: 'agent endpoint with oauth', filename: 'ngrok.yml', code: agent(`    traffic_policy:\n      on_http_request:\n        - actions:\n            - type: oauth\n              config: { provider: google }\n`) },
    { name: 'internal endpoints', filename: 'ngrok.yml', code: agent('', 'https://rest-api.internal') },
    { name: 'TCP endpoints are unprotected-tcp’s', filename: 'ngrok.yml', code: agent('', 'tcp://1.tcp.ngrok.io:20001') },
    { name: 'legacy tunnel with basic auth', filename: 'ngrok.yml', code: `version: 2\ntunnels:\n  web:\n    proto: http\n    addr: 8080\n    basic_auth: ["admin:\${NOT_CEL}"]\n` },
  ],
  invalid: [
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

describe('unauthenticated-http details', () => {
  it('mentions an external policy file in the hint', async () => {
    const r = await lint([{ path: 'ngrok.yml', text: agent('    traffic_policy_file: /etc/ngrok/portal.yml\n') }], { registry: [rule] });
    expect(r.diagnostics[0]!.hint).toMatch(/'traffic_policy_file' was not linted/);
  });
});
