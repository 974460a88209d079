import rule from '../../src/rules/schema.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: `on_http_request:\n  - name: block admin\n    expressions:\n      - "req.url.path.startsWith('/admin')"\n    actions:\n      - type: deny\n        config:\n          status_code: 403\n` },
    { filename: 'ngrok.yml', code: `version: 3\nagent:\n  authtoken: x\nendpoints:\n  - name: api\n    url: https://api.internal\n    upstream:\n      url: 8080\n` },
    { filename: 'endpoint.yaml', code: `type: cloud\nurl: https://api.example.com\ntraffic_policy: |\n  on_http_request:\n    - actions:\n        - type: forward-internal\n          config:\n            url: https://api.internal\n` },
    { name: 'deprecated but accepted forms validate', filename: 'p.json', code: `{"inbound":[{"actions":[{"type":"custom-response","config":{"content":"x"}}]}]}` },
  ],
  invalid: [
    {
      name: 'a phase written as a mapping (forgot the dash)',
      code: `on_http_request:\n  actions:\n    - type: deny\n`,
      errors: [{ messageId: 'invalid', line: 2, column: 3 }],
    },
    {
      name: 'unknown action type',
      code: `on_http_request:\n  - actions:\n      - type: webhook-validation\n`,
      errors: [{ messageId: 'invalid', line: 3, column: 15 }],
    },
    {
      name: 'unknown config key points at the key',
      code: `on_tcp_connect:\n  - actions:\n      - type: restrict-ips\n        config:\n          allow_cidrs: [10.0.0.0/8]\n`,
      errors: [{ messageId: 'invalid', line: 5, column: 11 }],
    },
    {
      name: 'an expression written as an object',
      code: `on_http_request:\n  - expressions:\n      - type: deny\n    actions:\n      - type: deny\n`,
      errors: [{ messageId: 'invalid', line: 3, column: 9 }],
    },
    {
      name: 'endpoints nested under agent in ngrok.yml',
      filename: 'ngrok.yml',
      code: `version: 3\nagent:\n  authtoken: x\n  endpoints:\n    - name: a\n      upstream: { url: 80 }\n`,
      errors: [{ messageId: 'invalid', line: 4, column: 3 }],
    },
    {
      name: 'a policy string in a cloud endpoint body: positions inside the string',
      filename: 'endpoint.yaml',
      code: `type: cloud\nurl: https://api.example.com\ntraffic_policy: |\n  on_http_request:\n    - actions:\n        - type: forward-internal\n          config:\n            target: https://api.internal\n`,
      errors: [
        { messageId: 'invalid', line: 8, column: 13, endColumn: 41 },
        { messageId: 'invalid', line: 8, column: 13, endColumn: 19 },
      ],
    },
  ],
});
