import rule from '../../src/rules/deprecated-format.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: `on_http_request:\n  - actions:\n      - type: custom-response\n        config: { status_code: 200, body: ok }\n      - type: openid-connect\n` },
    { filename: 'ngrok.yml', code: `version: 3\nagent:\n  connect_url: connect.example.com:443\nendpoints:\n  - name: a\n    upstream: { url: 80 }\n    traffic_policy:\n      on_http_request:\n        - actions: [{ type: forward-internal, config: { url: https://a.internal } }]\n` },
    { name: 'content inside other actions is fine', code: `on_http_request:\n  - actions: [{ type: set-vars, config: { vars: [{ content: x }] } }]\n` },
  ],
  invalid: [
    {
      name: 'custom-response content is renamed to body',
      code: `on_http_request:\n  - actions:\n      - type: custom-response\n        config:\n          status_code: 404\n          content: "No route was found for this ngrok Endpoint"\n`,
      errors: [{ messageId: 'customResponseContent', line: 6, column: 11, severity: 'warning' }],
      output: `on_http_request:\n  - actions:\n      - type: custom-response\n        config:\n          status_code: 404\n          body: "No route was found for this ngrok Endpoint"\n`,
    },
    {
      name: 'content next to body: reported, not renamed',
      code: `on_http_request:\n  - actions:\n      - type: custom-response\n        config: { body: a, content: b }\n`,
      errors: [{ messageId: 'customResponseContent', line: 4, column: 28 }],
      output: `on_http_request:\n  - actions:\n      - type: custom-response\n        config: { body: a, content: b }\n`,
    },
    {
      name: 'JSON: content renamed with its quotes kept',
      filename: 'p.json',
      code: `{"on_http_request":[{"actions":[{"type":"custom-response","config":{"content":"hi"}}]}]}`,
      errors: [{ messageId: 'customResponseContent', line: 1, column: 69 }],
      output: `{"on_http_request":[{"actions":[{"type":"custom-response","config":{"body":"hi"}}]}]}`,
    },
    {
      name: 'action type oidc becomes openid-connect',
      code: `on_http_request:\n  - actions:\n      - type: oidc\n        config:\n          issuer_url: https://accounts.google.com\n`,
      errors: [{ messageId: 'oidcType', line: 3, column: 15 }],
      output: `on_http_request:\n  - actions:\n      - type: openid-connect\n        config:\n          issuer_url: https://accounts.google.com\n`,
    },
    {
      name: 'forward-internal binding',
      code: `on_http_request:\n  - actions:\n      - type: forward-internal\n        config:\n          url: https://a.internal\n          binding: internal\n`,
      errors: [{ messageId: 'forwardInternalBinding', line: 6, column: 11 }],
    },
    {
      name: 'legacy inbound/outbound phases',
      filename: 'p.json',
      code: `{\n  "inbound": [{ "actions": [{ "type": "deny" }] }],\n  "outbound": [{ "actions": [{ "type": "log" }] }]\n}\n`,
      errors: [
        { messageId: 'legacyPhase', data: { phase: 'inbound', replacement: "'on_http_request' (or 'on_tcp_connect' for TCP/TLS endpoints)" }, line: 2, column: 3, severity: 'warning' },
        { messageId: 'legacyPhase', data: { phase: 'outbound', replacement: "'on_http_response'" }, line: 3, column: 3, severity: 'warning' },
      ],
    },
    {
      name: 'legacy phase mixed with a modern one is an error',
      code: `on_http_request:\n  - actions: [{ type: log }]\noutbound:\n  - actions: [{ type: log }]\n`,
      errors: [{ messageId: 'mixedPhases', data: { phase: 'outbound' }, line: 3, column: 1, severity: 'error' }],
    },
    {
      name: 'version 2 file with tunnels, v2 keys and legacy modules',
      filename: 'ngrok.yml',
      code: `version: 2\nauthtoken: x\nserver_addr: connect.example.com:443\ntunnels:\n  web:\n    proto: http\n    addr: 8080\n    basic_auth: ["user:password12"]\n    policy:\n      inbound: []\n`,
      errors: [
        { messageId: 'versionTwo', line: 1, column: 10 },
        { messageId: 'v2AgentKey', data: { key: 'server_addr', replacement: 'agent.connect_url' }, line: 3, column: 1 },
        { messageId: 'tunnels', line: 4, column: 1 },
        { messageId: 'tunnelModule', data: { key: 'basic_auth', action: 'basic-auth' }, line: 8, column: 5 },
        { messageId: 'policyKey', line: 9, column: 5 },
      ],
      output: `version: 2\nauthtoken: x\nserver_addr: connect.example.com:443\ntunnels:\n  web:\n    proto: http\n    addr: 8080\n    basic_auth: ["user:password12"]\n    traffic_policy:\n      inbound: []\n`,
    },
    {
      name: 'v2 names under agent are renamed',
      filename: 'ngrok.yml',
      code: `version: "3"\nagent:\n  server_addr: connect.example.com:443\n  root_cas: host\n`,
      errors: [
        { messageId: 'v2AgentKey', data: { key: 'server_addr', replacement: 'connect_url' }, line: 3, column: 3 },
        { messageId: 'v2AgentKey', data: { key: 'root_cas', replacement: 'connect_cas' }, line: 4, column: 3 },
      ],
      output: `version: "3"\nagent:\n  connect_url: connect.example.com:443\n  connect_cas: host\n`,
    },
    {
      name: 'policy and traffic_policy together is an error',
      filename: 'ngrok.yml',
      code: `version: 3\nendpoints:\n  - name: a\n    upstream: { url: 80 }\n    policy: { on_http_request: [] }\n    traffic_policy: { on_http_request: [] }\n`,
      errors: [{ messageId: 'policyAndTrafficPolicy', line: 5, column: 5, severity: 'error' }],
    },
  ],
});
