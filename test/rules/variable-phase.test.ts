import rule from '../../src/rules/variable-phase.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: `on_tcp_connect:\n  - expressions: ["conn.geo.country_code != 'US'"]\n    actions: [{ type: deny }]\non_http_response:\n  - expressions: ["res.status_code >= 500 && req.url.path == '/x'"]\n    actions: [{ type: add-headers, config: { headers: { x: y } } }]\n` },
    { name: 'no phase checks in a phase that does not exist', code: `on_tls_request:\n  - expressions: ["req.url.path == '/'"]\n    actions: [{ type: deny }]\n` },
  ],
  invalid: [
    {
      name: 'req.* in on_tcp_connect',
      code: `on_tcp_connect:\n  - expressions:\n      - "req.url.path.startsWith('/admin')"\n    actions: [{ type: deny }]\n`,
      errors: [{ messageId: 'wrongPhase', line: 3, column: 10, endColumn: 22, severity: 'error' }],
    },
    {
      name: 'res.* in the request phase, and a request function in on_tcp_connect',
      code: `on_http_request:\n  - expressions: ["res.status_code == 404"]\n    actions: [{ type: deny }]\non_tcp_connect:\n  - expressions: ["hasReqHeader('x-a')"]\n    actions: [{ type: deny }]\n`,
      errors: [
        { messageId: 'wrongPhase', line: 2, column: 20, endColumn: 35 },
        { messageId: 'wrongPhase', line: 5, column: 20 },
      ],
    },
    {
      name: 'in an interpolation',
      code: `on_tcp_connect:\n  - actions:\n      - type: log\n        config:\n          metadata:\n            path: "\${req.url.path}"\n`,
      errors: [{ messageId: 'wrongPhase', line: 6, column: 22 }],
    },
  ],
});
