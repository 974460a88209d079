import rule from '../../src/rules/expression-syntax.js';
import { ruleTester } from '../helpers/rule-tester.js';

const expr = (e: string) => `on_http_request:\n  - expressions:\n      - "${e}"\n    actions: [{ type: deny }]\n`;

ruleTester(rule, {
  valid: [
    { code: expr(`req.url.path.startsWith('/admin') && !inCidrRange(conn.client_ip, '203.0.113.0/24')`) },
    { code: expr(`req.method in ['GET', 'HEAD'] && req.url.path.matches('^/api/v[0-9]+/')`) },
    { name: 'block literal expression', code: `on_http_request:\n  - expressions:\n      - |\n        req.method == 'POST' &&\n        req.url.path == '/login'\n    actions: [{ type: deny }]\n` },
    { name: 'interpolations in config', code: `on_http_request:\n  - actions:\n      - type: custom-response\n        config:\n          body: "Hello \${conn.client_ip} from \${conn.geo.country_code}"\n` },
    { name: 'bucket_key is raw CEL, not a bool', code: `on_http_request:\n  - actions:\n      - type: rate-limit\n        config: { name: r, algorithm: sliding_window, capacity: 10, rate: 60s, bucket_key: [conn.client_ip, "getReqHeader('x-api-key')"] }\n` },
  ],
  invalid: [
    {
      name: 'missing parenthesis',
      code: expr(`req.url.path.startsWith('/api'`),
      errors: [{ messageId: 'syntax', line: 3, column: 40, severity: 'error' }],
    },
    {
      name: '${…} inside a rule expression',
      code: expr(`req.headers['x'][0] == \${vars.test}`),
      errors: [{ messageId: 'syntax', line: 3, column: 33 }],
    },
    {
      name: 'an unknown function with a suggestion',
      code: expr(`req.url.includes('/one')`),
      errors: [{ messageId: 'unknownFunction', line: 3, column: 18, endColumn: 26 }],
    },
    {
      name: 'a rule expression that is not a bool',
      code: expr(`req.url.path`),
      errors: [{ messageId: 'type', line: 3, column: 10, endColumn: 22 }],
    },
    {
      name: 'a pattern RE2 does not accept',
      code: expr(`req.url.path.matches('^/(?!admin)')`),
      errors: [{ messageId: 'regex', line: 3, column: 31 }],
    },
    {
      name: 'a broken interpolation in a header value',
      code: `on_http_response:\n  - actions:\n      - type: add-headers\n        config:\n          headers:\n            country: \${.ngrok.geo.country_code}\n`,
      errors: [{ messageId: 'syntax', line: 6, column: 24 }],
    },
    {
      name: 'an unterminated placeholder',
      code: `on_http_request:\n  - actions:\n      - type: forward-internal\n        config: { url: "https://\${req.host.split('.')[0].internal" }\n`,
      errors: [{ messageId: 'syntax', line: 4, column: 33 }],
    },
    {
      name: 'in a cloud endpoint policy string',
      filename: 'endpoint.yaml',
      code: `type: cloud\nurl: https://a.example.com\ntraffic_policy: |\n  on_http_request:\n    - expressions: ["req.method = 'GET'"]\n      actions: [{ type: deny }]\n`,
      errors: [{ messageId: 'syntax', line: 5, column: 33 }],
    },
  ],
});
