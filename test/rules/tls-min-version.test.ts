import rule from '../../src/rules/tls-min-version.js';
import { ruleTester } from '../helpers/rule-tester.js';

const tls = (config: string) => `on_tcp_connect:\n  - actions:\n      - type: terminate-tls\n        config:\n${config}`;

ruleTester(rule, {
  valid: [
    { code: tls(`          min_version: "1.2"\n          max_version: "1.3"\n`) },
    { code: tls(`          min_version: '1.3'\n`) },
    { name: 'absent min_version defaults to 1.2', code: `on_tcp_connect:\n  - actions:\n      - type: terminate-tls\n` },
    { name: 'max equal to min', code: tls(`          min_version: "1.3"\n          max_version: "1.3"\n`) },
    { name: 'other actions are not judged', code: `on_http_request:\n  - actions: [{ type: set-vars, config: { vars: [{ min_version: "1.0" }] } }]\n` },
  ],
  invalid: [
    {
      name: 'TLS 1.0 allowed',
      code: tls(`          min_version: "1.0"\n`),
      errors: [{ messageId: 'belowMinimum', data: { version: '1.0' }, line: 5, column: 24, severity: 'warning' }],
    },
    {
      name: 'TLS 1.1 written as a YAML number',
      code: tls(`          min_version: 1.1\n`),
      errors: [{ messageId: 'belowMinimum', data: { version: '1.1' }, line: 5, column: 24 }],
    },
    {
      name: 'max below min is an error',
      code: tls(`          min_version: "1.3"\n          max_version: "1.2"\n`),
      errors: [{ messageId: 'maxBelowMin', data: { max: '1.2', min: '1.3' }, line: 6, column: 24, severity: 'error' }],
    },
    {
      name: 'max below the default min, in an ngrok.yml endpoint',
      filename: 'ngrok.yml',
      code: `version: 3\nendpoints:\n  - name: t\n    url: tls://t.example.com\n    upstream: { url: 443 }\n    traffic_policy:\n      on_tcp_connect:\n        - actions: [{ type: terminate-tls, config: { max_version: "1.1" } }]\n`,
      errors: [{ messageId: 'maxBelowMin', data: { max: '1.1', min: '1.2 (the default)' }, line: 8, column: 67, severity: 'error' }],
    },
  ],
});
