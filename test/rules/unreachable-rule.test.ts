import rule from '../../src/rules/unreachable-rule.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { name: 'conditional rule before', code: `on_http_request:\n  - expressions: ["req.url.path.startsWith('/admin')"]\n    actions: [{ type: deny }]\n  - actions: [{ type: forward-internal, config: { url: https://a.internal } }]\n` },
    { name: 'unconditional but not terminating', code: `on_http_request:\n  - actions: [{ type: add-headers, config: { headers: { a: b } } }]\n  - actions: [{ type: deny }]\n` },
    { name: 'on_error continue', code: `on_http_request:\n  - actions: [{ type: forward-internal, config: { url: https://a.internal, on_error: continue } }]\n  - actions: [{ type: custom-response, config: { status_code: 503 } }]\n` },
    { name: 'different phases are independent', code: `on_tcp_connect:\n  - actions: [{ type: deny }]\non_http_request:\n  - actions: [{ type: deny }]\n` },
    { name: 'the terminating rule is last', code: `on_http_request:\n  - expressions: []\n    actions: [{ type: log }]\n  - actions: [{ type: custom-response }]\n` },
    { name: 'redirect only stops when it redirects', code: `on_http_request:\n  - actions: [{ type: redirect, config: { from: '^http://(.*)$', to: 'https://$1' } }]\n  - actions: [{ type: deny }]\n` },
  ],
  invalid: [
    {
      name: 'fallback rule after an unconditional forward (operator fixture pattern)',
      code: `on_http_request:\n  - name: forward\n    actions:\n      - type: forward-internal\n        config: { url: https://app.internal }\n  - name: no route\n    expressions: ["true"]\n    actions:\n      - type: custom-response\n        config: { status_code: 404 }\n`,
      errors: [{ messageId: 'unreachable', data: { rule: "'no route'", phase: 'on_http_request', blocker: "'forward'", terminal: 'forward-internal' }, line: 6, column: 5 }],
    },
    {
      name: 'empty expressions list counts as unconditional; every later rule is reported',
      code: `on_tcp_connect:\n  - expressions: []\n    actions: [{ type: close-connection }]\n  - actions: [{ type: log }]\n  - actions: [{ type: deny }]\n`,
      errors: [
        { messageId: 'unreachable', data: { rule: '#2', phase: 'on_tcp_connect', blocker: '#1', terminal: 'close-connection' }, line: 4, column: 5 },
        { messageId: 'unreachable', data: { rule: '#3', phase: 'on_tcp_connect', blocker: '#1', terminal: 'close-connection' }, line: 5, column: 5 },
      ],
    },
    {
      name: 'a deny rule after an unconditional forward in an ngrok.yml endpoint',
      filename: 'ngrok.yml',
      code: `version: 3\nendpoints:\n  - name: api\n    url: https://api.example.com\n    upstream: { url: 8080 }\n    traffic_policy:\n      on_http_request:\n        - actions: [{ type: custom-response, config: { status_code: 200 } }]\n        - expressions: ["conn.geo.country_code == 'XX'"]\n          actions: [{ type: deny }]\n`,
      errors: [{ messageId: 'unreachable', line: 9, column: 11 }],
    },
  ],
});
