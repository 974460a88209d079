import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/ngrok/load.js';
import { lint } from '../../src/rules/engine.js';
import rule from '../../src/rules/action-after-terminal.js';
import { ruleTester } from '../helpers/rule-tester.js';

// The ngrok docs' device-gateway example (corpus policies-extracted/0004.yaml).
const deviceGateway = `on_tcp_connect:
  - actions:
      - type: forward-internal
        config:
          url: "tcp://database.internal:5432"
      - type: restrict-ips
        config:
          enforce: true
          allow:
            - 203.0.113.0/24
          deny:
            - 192.0.2.0/24
`;
const deviceGatewayFixed = `on_tcp_connect:
  - actions:
      - type: restrict-ips
        config:
          enforce: true
          allow:
            - 203.0.113.0/24
          deny:
            - 192.0.2.0/24
      - type: forward-internal
        config:
          url: "tcp://database.internal:5432"
`;

// The maintenance-mode example (corpus policies/0057.yaml): two terminating actions.
const maintenance = `on_http_request:
  - actions:
      - type: custom-response
        config:
          body: "We're currently undergoing maintenance. Please check back later!"
      - type: forward-internal
        config:
          url: https://service.internal
`;

ruleTester(rule, {
  valid: [
    { code: `on_http_request:\n  - actions:\n      - type: add-headers\n        config: { headers: { x: y } }\n      - type: forward-internal\n        config: { url: https://a.internal }\n` },
    { name: 'on_error continue keeps forward-internal non-terminal', code: `on_http_request:\n  - actions:\n      - type: forward-internal\n        config: { url: https://a.internal, on_error: continue }\n      - type: custom-response\n        config: { status_code: 503 }\n` },
    { name: 'no terminating action', code: `on_http_request:\n  - actions: [{ type: log }, { type: rate-limit }]\n` },
    { name: 'terminal actions in separate rules', code: `on_http_request:\n  - expressions: ["req.method == 'POST'"]\n    actions: [{ type: deny }]\n  - actions: [{ type: forward-internal, config: { url: https://a.internal } }]\n` },
    { name: 'malformed actions are left to schema', code: `on_http_request:\n  - actions:\n      type: deny\n` },
  ],
  invalid: [
    {
      name: 'restrict-ips after forward-internal (corpus 0004), fixed by moving it ahead',
      code: deviceGateway,
      errors: [{ messageId: 'afterTerminal', data: { type: 'restrict-ips', terminal: 'forward-internal' }, line: 6, column: 9 }],
      output: deviceGatewayFixed,
    },
    {
      name: 'forward-internal after custom-response (corpus 0057): reported, not moved',
      code: maintenance,
      errors: [{ messageId: 'terminalAfterTerminal', data: { type: 'forward-internal', terminal: 'custom-response' }, line: 6, column: 9 }],
      output: maintenance,
    },
    {
      name: 'several unreachable actions: non-terminal ones move, the terminal one stays last',
      code: `on_http_request:\n  - actions:\n      - type: log\n      - type: deny\n      - type: add-headers\n        config:\n          headers: { a: b }\n      - type: custom-response\n      - type: remove-headers\n        config: { headers: [x] }\n`,
      errors: [
        { messageId: 'afterTerminal', data: { type: 'add-headers', terminal: 'deny' }, line: 5, column: 9 },
        { messageId: 'terminalAfterTerminal', data: { type: 'custom-response', terminal: 'deny' }, line: 8, column: 9 },
        { messageId: 'afterTerminal', data: { type: 'remove-headers', terminal: 'deny' }, line: 9, column: 9 },
      ],
      output: `on_http_request:\n  - actions:\n      - type: log\n      - type: add-headers\n        config:\n          headers: { a: b }\n      - type: remove-headers\n        config: { headers: [x] }\n      - type: deny\n      - type: custom-response\n`,
    },
    {
      name: 'flow sequence',
      code: `on_tcp_connect:\n  - actions: [{ type: deny }, { type: log }]\n`,
      errors: [{ messageId: 'afterTerminal', data: { type: 'log', terminal: 'deny' }, line: 2, column: 31 }],
      output: `on_tcp_connect:\n  - actions: [{ type: log }, { type: deny }]\n`,
    },
    {
      name: 'JSON array',
      filename: 'policy.json',
      code: `{\n  "on_http_request": [\n    {\n      "actions": [\n        { "type": "deny", "config": { "status_code": 403 } },\n        { "type": "set-vars", "config": { "vars": [{ "a": "b" }] } }\n      ]\n    }\n  ]\n}\n`,
      errors: [{ messageId: 'afterTerminal', data: { type: 'set-vars', terminal: 'deny' }, line: 6, column: 9 }],
      output: `{\n  "on_http_request": [\n    {\n      "actions": [\n        { "type": "set-vars", "config": { "vars": [{ "a": "b" }] } },\n        { "type": "deny", "config": { "status_code": 403 } }\n      ]\n    }\n  ]\n}\n`,
    },
    {
      name: 'a comment among the items: reported without a fix',
      code: `on_http_request:\n  - actions:\n      - type: deny\n      # then log\n      - type: log\n`,
      errors: [{ messageId: 'afterTerminal', line: 5, column: 9 }],
      output: `on_http_request:\n  - actions:\n      - type: deny\n      # then log\n      - type: log\n`,
    },
    {
      name: 'items indented differently: the moved text would not parse back, so no fix',
      code: `on_http_request:\n  - actions:\n      - type: deny\n      -   type: log\n          config: { metadata: { a: b } }\n`,
      errors: [{ messageId: 'afterTerminal', line: 4, column: 11 }],
      output: `on_http_request:\n  - actions:\n      - type: deny\n      -   type: log\n          config: { metadata: { a: b } }\n`,
    },
    {
      name: 'inside an ngrok.yml endpoint',
      filename: 'ngrok.yml',
      code: `version: 3\nendpoints:\n  - name: db\n    url: tcp://db.example.com:5432\n    upstream: { url: 5432 }\n    traffic_policy:\n      on_tcp_connect:\n        - actions:\n            - type: close-connection\n            - type: restrict-ips\n              config: { allow: [10.0.0.0/8] }\n`,
      errors: [{ messageId: 'afterTerminal', data: { type: 'restrict-ips', terminal: 'close-connection' }, line: 10, column: 15 }],
      output: `version: 3\nendpoints:\n  - name: db\n    url: tcp://db.example.com:5432\n    upstream: { url: 5432 }\n    traffic_policy:\n      on_tcp_connect:\n        - actions:\n            - type: restrict-ips\n              config: { allow: [10.0.0.0/8] }\n            - type: close-connection\n`,
    },
    {
      name: 'embedded policy string of a cloud endpoint: positions map into the file, no fix',
      filename: 'endpoint.yaml',
      code: `type: cloud\nurl: https://api.example.com\ntraffic_policy: |\n  on_http_request:\n    - actions:\n        - type: forward-internal\n          config: { url: https://api.internal }\n        - type: jwt-validation\n`,
      errors: [{ messageId: 'afterTerminal', data: { type: 'jwt-validation', terminal: 'forward-internal' }, line: 8, column: 11 }],
      output: `type: cloud\nurl: https://api.example.com\ntraffic_policy: |\n  on_http_request:\n    - actions:\n        - type: forward-internal\n          config: { url: https://api.internal }\n        - type: jwt-validation\n`,
    },
  ],
});

describe('action-after-terminal fix (property)', () => {
  const action = fc.constantFrom(
    { type: 'deny' },
    { type: 'log' },
    { type: 'custom-response', config: { status_code: 503 } },
    { type: 'forward-internal', config: { url: 'https://a.internal' } },
    { type: 'forward-internal', config: { url: 'https://b.internal', on_error: 'continue' } },
    { type: 'add-headers', config: { headers: { 'x-a': 'b' } } },
    { type: 'set-vars', config: { vars: [{ k: 'v' }] } },
  );
  const yamlAction = (a: { type: string; config?: unknown }, style: 'block' | 'flow') =>
    style === 'flow' ? JSON.stringify(a) : `- type: ${a.type}\n${a.config ? `        config: ${JSON.stringify(a.config)}\n` : ''}`;

  it('after --fix, every non-terminating action runs before the first terminating one and nothing is lost', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 6 }), fc.constantFrom('block', 'flow', 'json'), async (actions, style) => {
        const text =
          style === 'json'
            ? JSON.stringify({ on_http_request: [{ actions }] }, null, 2)
            : style === 'flow'
              ? `on_http_request:\n  - actions: [${actions.map((a) => yamlAction(a, 'flow')).join(', ')}]\n`
              : `on_http_request:\n  - actions:\n${actions.map((a) => `      ${yamlAction(a, 'block')}`).join('')}`;
        const path = style === 'json' ? 'p.json' : 'p.yaml';
        const r = await lint([{ path, text }], { registry: [rule], fix: true });
        const out = r.fixed.get(path) ?? text;
        const again = await lint([{ path, text: out }], { registry: [rule] });
        expect(again.diagnostics.filter((d) => d.message.startsWith("Action '") && !d.message.includes('already'))).toEqual([]);
        const after = (loadText(path, out).documents[0]!.value as { on_http_request: { actions: unknown[] }[] }).on_http_request[0]!.actions;
        const key = (x: unknown) => JSON.stringify(x);
        expect([...after].map(key).sort()).toEqual([...actions].map(key).sort());
      }),
      { numRuns: 60 },
    );
  });
});
