import rule from '../../src/rules/unknown-variable.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: `on_http_request:\n  - expressions: ["req.url.path == '/x' && conn.geo.country_code != 'US' && req.headers['x-a'][0] == 'b'"]\n    actions: [{ type: deny }]\n` },
    { name: 'vars set earlier in the phase', code: `on_http_request:\n  - actions:\n      - type: set-vars\n        config:\n          vars:\n            - tier: gold\n            - label: "\${vars.tier}-user"\n  - expressions: ["vars.tier == 'gold'"]\n    actions: [{ type: deny }]\n` },
    { name: 'macro iteration variables', code: `on_http_request:\n  - expressions: ["req.headers.exists(k, k == 'x-a')"]\n    actions: [{ type: deny }]\n` },
    { name: 'retry_condition sees attempts and last_attempt', code: `on_http_request:\n  - actions:\n      - type: http-request\n        config:\n          url: https://auth.internal\n          retry_condition: "attempts < 3 && last_attempt.res.status_code >= 500"\n` },
  ],
  invalid: [
    {
      name: 'a variable that does not exist, with a suggestion',
      code: `on_http_request:\n  - expressions: ["req.path.startsWith('/api')"]\n    actions: [{ type: deny }]\n`,
      errors: [{ messageId: 'unknownVariable', line: 2, column: 20, endColumn: 28, severity: 'error' }],
    },
    {
      name: 'legacy CamelCase variables (ngrok SDK fixtures)',
      filename: 'p.json',
      code: `{\n  "inbound": [{ "expressions": ["req.Method == 'PUT'"], "actions": [{ "type": "deny" }] }]\n}\n`,
      errors: [{ messageId: 'unknownVariable', line: 2, column: 34, endColumn: 44 }],
    },
    {
      name: 'request.* in an interpolation (an ngrok docs example)',
      code: `on_http_request:\n  - actions:\n      - type: set-vars\n        config:\n          vars:\n            - sample_string: 'x-foo header: \${request.headers[''x-foo'']}'\n`,
      errors: [{ messageId: 'unknownVariable', line: 6, column: 47 }],
    },
    {
      name: 'vars read before any set-vars (warning)',
      code: `on_http_request:\n  - expressions: ["vars.tier == 'gold'"]\n    actions: [{ type: deny }]\n`,
      errors: [{ messageId: 'unknownVariable', line: 2, column: 20, endColumn: 29, severity: 'warning' }],
    },
  ],
});
