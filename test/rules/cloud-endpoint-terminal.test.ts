import rule from '../../src/rules/cloud-endpoint-terminal.js';
import { ruleTester } from '../helpers/rule-tester.js';

const cloud = (url: string, policy: string) => `type: cloud\nurl: ${url}\ntraffic_policy: |\n${policy.replace(/^/gm, '  ')}`;

ruleTester(rule, {
  valid: [
    { name: 'final unconditional forward', filename: 'e.yaml', code: cloud('https://api.example.com', `on_http_request:\n  - expressions: ["req.url.path == '/health'"]\n    actions: [{ type: custom-response, config: { status_code: 200 } }]\n  - actions: [{ type: forward-internal, config: { url: https://api.internal } }]\n`) },
    { name: 'redirect counts for cloud endpoints', filename: 'e.yaml', code: cloud('http://www.example.com', `on_http_request:\n  - actions: [{ type: redirect, config: { to: https://www.example.com } }]\n`) },
    { name: 'tcp endpoint ends in on_tcp_connect', filename: 'e.yaml', code: cloud('tcp://1.tcp.ngrok.io:20001', `on_tcp_connect:\n  - actions: [{ type: restrict-ips, config: { allow: [10.0.0.0/8] } }, { type: forward-internal, config: { url: "tcp://db.internal:5432" } }]\n`) },
    { name: 'an unconditional deny before the last rule also ends all traffic', filename: 'e.yaml', code: cloud('https://x.example.com', `on_http_request:\n  - actions: [{ type: deny }]\n  - expressions: ["true"]\n    actions: [{ type: log }]\n`) },
    { name: 'agent endpoints are never blamed', filename: 'ngrok.yml', code: `version: 3\nendpoints:\n  - name: a\n    url: https://a.example.com\n    upstream: { url: 8080 }\n    traffic_policy:\n      on_http_request:\n        - actions: [{ type: add-headers, config: { headers: { a: b } } }]\n` },
    { name: 'standalone policies are never blamed', code: `on_http_request:\n  - actions: [{ type: log }]\n` },
    { name: 'inline policy object in a JSON body', filename: 'e.json', code: `{"type":"cloud","url":"https://a.example.com","traffic_policy":{"on_http_request":[{"actions":[{"type":"custom-response","config":{"status_code":404}}]}]}}` },
  ],
  invalid: [
    {
      name: 'no terminating action at all',
      filename: 'e.yaml',
      code: cloud('https://api.example.com', `on_http_request:\n  - actions:\n      - type: add-headers\n        config: { headers: { x-a: b } }\n`),
      errors: [{ messageId: 'noTerminal', data: { url: 'https://api.example.com', phase: 'on_http_request' }, line: 4, column: 3, severity: 'error' }],
    },
    {
      name: 'only a conditional forward: traffic can fall through (warning)',
      filename: 'e.yaml',
      code: cloud('https://api.example.com', `on_http_request:\n  - expressions: ["req.url.path.startsWith('/api')"]\n    actions: [{ type: forward-internal, config: { url: https://api.internal } }]\n`),
      errors: [{ messageId: 'mayFallThrough', data: { url: 'https://api.example.com', phase: 'on_http_request' }, line: 5, column: 7, severity: 'warning' }],
    },
    {
      name: 'tls endpoint with only HTTP rules has nothing in its entry phase',
      filename: 'e.yaml',
      code: cloud('tls://t.example.com', `on_http_request:\n  - actions: [{ type: deny }]\n`),
      errors: [{ messageId: 'noTerminal', data: { url: 'tls://t.example.com', phase: 'on_tcp_connect' }, line: 4, column: 3 }],
    },
    {
      name: 'forward-internal with on_error continue does not end traffic',
      filename: 'e.json',
      code: `{"type":"cloud","url":"https://a.example.com","traffic_policy":{"on_http_request":[{"actions":[{"type":"forward-internal","config":{"url":"https://a.internal","on_error":"continue"}}]}]}}`,
      errors: [{ messageId: 'noTerminal', data: { url: 'https://a.example.com', phase: 'on_http_request' }, line: 1, column: 65 }],
    },
  ],
});
