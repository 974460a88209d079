import rule from '../../src/rules/phase-protocol.js';
import { ruleTester } from '../helpers/rule-tester.js';

const agent = (url: string, policy: string) =>
  `version: 3\nendpoints:\n  - name: e\n    url: ${url}\n    upstream: { url: 8080 }\n    traffic_policy:\n${policy}`;

ruleTester(rule, {
  valid: [
    { name: 'a lone policy file has no endpoint', code: `on_tcp_connect:\n  - actions: [{ type: deny }]\non_http_request:\n  - actions: [{ type: deny }]\n` },
    { name: 'tcp endpoint with on_tcp_connect', filename: 'ngrok.yml', code: agent('tcp://1.tcp.ngrok.io:12345', `      on_tcp_connect:\n        - actions: [{ type: restrict-ips, config: { allow: [10.0.0.0/8] } }]\n`) },
    { name: 'public https endpoint with every phase', filename: 'ngrok.yml', code: agent('https://app.example.com', `      on_tcp_connect:\n        - actions: [{ type: log }]\n      on_http_request:\n        - actions: [{ type: log }]\n`) },
    { name: 'internal https endpoint with HTTP phases', filename: 'ngrok.yml', code: agent('https://api.internal', `      on_http_request:\n        - actions: [{ type: log }]\n`) },
    { name: 'internal tcp endpoint with on_tcp_connect', filename: 'ngrok.yml', code: agent('tcp://db.internal:5432', `      on_tcp_connect:\n        - actions: [{ type: log }]\n`) },
    { name: 'an empty HTTP phase on a tcp endpoint is harmless', filename: 'ngrok.yml', code: agent('tcp://1.tcp.ngrok.io:12345', `      on_http_request: []\n`) },
    { name: 'no url: the agent makes an https endpoint', filename: 'ngrok.yml', code: `version: 3\nendpoints:\n  - name: e\n    upstream: { url: 8080 }\n    traffic_policy:\n      on_http_request:\n        - actions: [{ type: log }]\n` },
  ],
  invalid: [
    {
      name: 'HTTP phases on a tcp agent endpoint (the k8s endpoint-types pattern)',
      filename: 'ngrok.yml',
      code: agent('tcp://example-tcp-domain.ngrok.app:20001', `      on_http_request:\n        - actions: [{ type: add-headers, config: { headers: { a: b } } }]\n      on_http_response:\n        - actions: [{ type: log }]\n`),
      errors: [
        { messageId: 'httpPhaseOnTcp', data: { phase: 'on_http_request', scheme: 'tcp', url: 'tcp://example-tcp-domain.ngrok.app:20001' }, line: 7, column: 7 },
        { messageId: 'httpPhaseOnTcp', data: { phase: 'on_http_response', scheme: 'tcp', url: 'tcp://example-tcp-domain.ngrok.app:20001' }, line: 9, column: 7 },
      ],
    },
    {
      name: 'HTTP phase on a tls cloud endpoint (embedded policy string)',
      filename: 'endpoint.yaml',
      code: `type: cloud\nurl: tls://example-hostname.ngrok.io:8443\ntraffic_policy: |\n  on_http_request:\n    - actions:\n        - type: deny\n`,
      errors: [{ messageId: 'httpPhaseOnTcp', data: { phase: 'on_http_request', scheme: 'tls', url: 'tls://example-hostname.ngrok.io:8443' }, line: 4, column: 3 }],
    },
    {
      name: 'on_tcp_connect on an internal https endpoint',
      filename: 'ngrok.yml',
      code: agent('https://api.internal', `      on_tcp_connect:\n        - actions: [{ type: restrict-ips, config: { allow: [10.0.0.0/8] } }]\n`),
      errors: [{ messageId: 'tcpPhaseOnInternalHttp', data: { url: 'https://api.internal' }, line: 7, column: 7 }],
    },
    {
      name: 'legacy outbound on a tls endpoint (v2 tunnel)',
      filename: 'ngrok.yml',
      code: `version: 3\ntunnels:\n  db:\n    proto: tls\n    addr: 443\n    domain: db.example.com\n    traffic_policy:\n      outbound:\n        - actions: [{ type: log }]\n`,
      errors: [{ messageId: 'httpPhaseOnTcp', data: { phase: 'outbound', scheme: 'tls', url: 'tls://db.example.com' }, line: 8, column: 7 }],
    },
  ],
});
