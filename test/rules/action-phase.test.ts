import rule from '../../src/rules/action-phase.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    { code: `on_tcp_connect:\n  - actions: [{ type: restrict-ips, config: { allow: [10.0.0.0/8] } }, { type: terminate-tls }]\n` },
    { code: `on_http_request:\n  - actions: [{ type: jwt-validation }, { type: rate-limit }, { type: forward-internal, config: { url: https://a.internal } }]\n` },
    { code: `on_http_response:\n  - actions: [{ type: compress-response }, { type: add-headers, config: { headers: { a: b } } }]\n` },
    { code: `on_event_stream_message:\n  - actions: [{ type: sse-find-replace, config: { from: a, to: b } }]\n` },
    { name: 'legacy inbound covers the request and connection phases', code: `inbound:\n  - actions: [{ type: deny }]\noutbound:\n  - actions: [{ type: add-headers, config: { headers: { a: b } } }]\n` },
    { name: 'unknown action types are left to schema', code: `on_tcp_connect:\n  - actions: [{ type: webhook-validation }]\n` },
    { name: 'unknown phases are left to schema', code: `on_tls_request:\n  - actions: [{ type: jwt-validation }]\n` },
  ],
  invalid: [
    {
      name: 'jwt-validation in on_tcp_connect',
      code: `on_tcp_connect:\n  - actions:\n      - type: jwt-validation\n`,
      errors: [{ messageId: 'wrongPhase', data: { type: 'jwt-validation', phase: 'on_tcp_connect', allowed: "'on_http_request'" }, line: 3, column: 15, severity: 'error' }],
    },
    {
      name: 'terminate-tls in the request phase, redirect in the response phase',
      code: `on_http_request:\n  - actions: [{ type: terminate-tls }]\non_http_response:\n  - actions: [{ type: redirect, config: { to: https://x.example.com } }]\n`,
      errors: [
        { messageId: 'wrongPhase', data: { type: 'terminate-tls', phase: 'on_http_request', allowed: "'on_tcp_connect'" }, line: 2, column: 23 },
        { messageId: 'wrongPhase', data: { type: 'redirect', phase: 'on_http_response', allowed: "'on_http_request'" }, line: 4, column: 23 },
      ],
    },
    {
      name: 'owasp-crs-response in the request phase; sse-find-replace outside its phase',
      code: `on_http_request:\n  - actions:\n      - type: owasp-crs-response\n      - type: sse-find-replace\n`,
      errors: [
        { messageId: 'wrongPhase', data: { type: 'owasp-crs-response', phase: 'on_http_request', allowed: "'on_http_response'" }, line: 3, column: 15 },
        { messageId: 'wrongPhase', data: { type: 'sse-find-replace', phase: 'on_http_request', allowed: "'on_event_stream_message'" }, line: 4, column: 15 },
      ],
    },
    {
      name: 'disputed placements warn',
      code: `on_http_request:\n  - actions: [{ type: compress-response }]\non_http_response:\n  - actions: [{ type: restrict-ips, config: { allow: [10.0.0.0/8] } }]\n`,
      errors: [
        { messageId: 'disputedPhase', data: { type: 'compress-response', phase: 'on_http_request', allowed: "'on_http_response'" }, line: 2, column: 23, severity: 'warning' },
        { messageId: 'disputedPhase', data: { type: 'restrict-ips', phase: 'on_http_response', allowed: "'on_tcp_connect' and 'on_http_request'" }, line: 4, column: 23, severity: 'warning' },
      ],
    },
    {
      name: 'undocumented actions in on_event_stream_message warn',
      code: `on_event_stream_message:\n  - actions: [{ type: log }]\n`,
      errors: [{ messageId: 'unverifiedPhase', line: 2, column: 23, severity: 'warning' }],
    },
    {
      name: 'legacy outbound is the response phase',
      filename: 'policy.json',
      code: `{"outbound": [{"actions": [{"type": "deny"}]}]}`,
      errors: [{ messageId: 'wrongPhase', data: { type: 'deny', phase: 'outbound', allowed: "'on_tcp_connect' and 'on_http_request'" }, line: 1, column: 37 }],
    },
  ],
});
