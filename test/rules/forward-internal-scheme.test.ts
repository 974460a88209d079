import { describe, expect, it } from 'vitest';
import { lint } from '../../src/rules/engine.js';
import rule from '../../src/rules/forward-internal-scheme.js';
import { ruleTester } from '../helpers/rule-tester.js';

const policy = (phase: string, target: string) => `${phase}:\n  - actions:\n      - type: forward-internal\n        config:\n          url: ${target}\n`;

const cloud = (url: string, phase: string, target: string) => `url: ${url}
type: cloud
traffic_policy: |
  ${phase}:
    - actions:
        - type: forward-internal
          config:
            url: ${target}
`;

const agent = `version: 3
endpoints:
  - name: db
    url: tcp://patient-db.internal:5432
    upstream: { url: 5432 }
  - name: api
    url: https://rest-api.internal
    upstream: { url: 8080 }
`;

ruleTester(rule, {
  valid: [
    { name: 'http phase to https', code: policy('on_http_request', 'https://api.internal') },
    { name: 'http phase to http with a port', code: policy('on_http_request', 'http://api.internal:8080') },
    { name: 'tcp phase alone: the endpoint protocol is unknown', code: policy('on_tcp_connect', 'tls://db.internal') },
    { name: 'tcp to tcp with port', code: cloud('tcp://1.tcp.ngrok.io:20001', 'on_tcp_connect', 'tcp://patient-db.internal:5432') },
    { name: 'tls to tls (port optional)', code: cloud('tls://db.clinic.example.com', 'on_tcp_connect', 'tls://patient-db.internal') },
    { name: 'https cloud endpoint to http', code: cloud('https://clinic.example.com', 'on_http_request', 'http://api.internal') },
    { name: 'interpolated host: scheme still checked, and fine', code: cloud('https://clinic.example.com', 'on_http_request', `"https://\${req.host.split('.')[0]}.internal"`) },
    { name: 'fully interpolated URL', code: cloud('tcp://1.tcp.ngrok.io:20001', 'on_tcp_connect', '${vars.target}') },
    { name: 'placeholder left to placeholder', code: policy('on_http_request', '"tls://{your-domain-here}.internal:{your-port-here}"') },
    { name: 'target defined with its port', files: { 'a/ngrok.yml': agent, 'c.yaml': cloud('tcp://1.tcp.ngrok.io:20001', 'on_tcp_connect', 'tcp://patient-db.internal:5432') } },
    { name: 'target not defined at all is forward-internal-target’s', files: { 'a/ngrok.yml': agent, 'c.yaml': cloud('https://x.example.com', 'on_http_request', 'https://billing.internal') } },
    {
      name: 'agent endpoint without url is https',
      filename: 'ngrok.yml',
      code: `version: 3\nendpoints:\n  - name: web\n    upstream: { url: 80 }\n    traffic_policy:\n      on_http_request:\n        - actions: [{ type: forward-internal, config: { url: "https://api.internal" } }]\n`,
    },
  ],
  invalid: [
    {
      name: 'a TCP cloud endpoint forwarding to an https URL',
      code: cloud('tcp://1.tcp.ngrok.io:20001', 'on_tcp_connect', 'https://rest-api.internal'),
      errors: [{ messageId: 'familyMismatch', data: { from: 'tcp://1.tcp.ngrok.io:20001', fromFamily: 'TCP', url: 'https://rest-api.internal', toFamily: 'HTTP(S)' }, line: 8, column: 18 }],
    },
    {
      name: 'an HTTPS endpoint forwarding to tcp',
      code: cloud('https://clinic.example.com', 'on_http_request', 'tcp://patient-db.internal:5432'),
      errors: [{ messageId: 'familyMismatch', data: { from: 'https://clinic.example.com', fromFamily: 'HTTP(S)', url: 'tcp://patient-db.internal:5432', toFamily: 'TCP' }, line: 8, column: 18 }],
    },
    {
      name: 'tls endpoint to tcp',
      code: cloud('tls://db.clinic.example.com', 'on_tcp_connect', 'tcp://patient-db.internal:5432'),
      errors: [{ messageId: 'familyMismatch', line: 8, column: 18 }],
    },
    {
      name: 'the request phase alone says HTTP',
      code: policy('on_http_request', 'tls://db.internal:9443'),
      errors: [{ messageId: 'phaseFamilyMismatch', data: { phase: 'on_http_request', url: 'tls://db.internal:9443', toFamily: 'TLS' }, line: 5, column: 16 }],
    },
    {
      name: 'interpolated host with a literal wrong scheme',
      code: cloud('tcp://1.tcp.ngrok.io:20001', 'on_tcp_connect', `"https://\${vars.site}.internal"`),
      errors: [{ messageId: 'familyMismatch', line: 8, column: 18 }],
    },
    {
      name: 'unsupported scheme',
      code: policy('on_http_request', 'wss://api.internal'),
      errors: [{ messageId: 'unsupportedScheme', data: { url: 'wss://api.internal', scheme: 'wss' }, line: 5, column: 16 }],
    },
    {
      name: 'tcp target without a port',
      code: policy('on_tcp_connect', 'tcp://patient-db.internal'),
      errors: [{ messageId: 'tcpTargetNoPort', data: { url: 'tcp://patient-db.internal' }, line: 5, column: 16 }],
    },
    {
      name: 'the defined endpoint listens on another port',
      files: { 'a/ngrok.yml': agent, 'c.yaml': cloud('tcp://1.tcp.ngrok.io:20001', 'on_tcp_connect', 'tcp://patient-db.internal:5433') },
      errors: [{ messageId: 'servedDifferently', data: { url: 'tcp://patient-db.internal:5433', host: 'patient-db.internal', served: "'tcp://patient-db.internal:5432'" }, file: 'c.yaml', line: 8, column: 18 }],
    },
    {
      name: 'http target where only https is served',
      files: { 'a/ngrok.yml': agent, 'c.yaml': cloud('https://x.example.com', 'on_http_request', 'http://rest-api.internal') },
      errors: [{ messageId: 'servedDifferently', data: { url: 'http://rest-api.internal', host: 'rest-api.internal', served: "'https://rest-api.internal'" }, file: 'c.yaml', line: 8, column: 18 }],
    },
    {
      name: 'an agent TLS endpoint forwarding to https',
      filename: 'ngrok.yml',
      code: `version: 3
endpoints:
  - name: edge
    url: tls://records.clinic.example.com
    upstream: { url: 443 }
    traffic_policy:
      on_tcp_connect:
        - actions:
            - type: forward-internal
              config: { url: "https://rest-api.internal" }
`,
      errors: [{ messageId: 'familyMismatch', data: { from: 'tls://records.clinic.example.com', fromFamily: 'TLS', url: 'https://rest-api.internal', toFamily: 'HTTP(S)' }, line: 10, column: 30 }],
    },
  ],
});

describe('forward-internal-scheme details', () => {
  it('relates a port mismatch to the definitions', async () => {
    const r = await lint([{ path: 'a/ngrok.yml', text: agent }, { path: 'c.yaml', text: cloud('tcp://1.tcp.ngrok.io:20001', 'on_tcp_connect', 'tcp://patient-db.internal:5433') }], { registry: [rule] });
    expect(r.diagnostics[0]!.related).toEqual([{ message: "'tcp://patient-db.internal:5432' is defined here.", file: 'a/ngrok.yml', range: expect.objectContaining({ start: expect.objectContaining({ line: 4, column: 10 }) }) }]);
  });
});
