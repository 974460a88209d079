import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/rules/engine.js';
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

describe('expression positions (property)', () => {
  const pieces = fc.constantFrom('req.url.path', 'conn.client_ip', ' == ', " 'a' ", '(', ')', '[', ']', '.', 'startsWith(', '${', '}', '&&', '!', 'x', '"', "'", '\\', '#', ':', ' ', '1');
  const exprText = fc.array(pieces, { maxLength: 12 }).map((a) => a.join(''));
  it('always point inside the expression value (or at the whole value)', async () => {
    await fc.assert(
      fc.asyncProperty(exprText, fc.constantFrom('json', 'yaml'), async (e, format) => {
        const text = format === 'json' ? JSON.stringify({ on_http_request: [{ expressions: [e], actions: [{ type: 'deny' }] }] }, null, 2) : `on_http_request:\n  - expressions:\n      - ${JSON.stringify(e)}\n    actions: [{ type: deny }]\n`;
        const path = `p.${format}`;
        const r = await lint([{ path, text }], { registry: [rule] });
        const line = format === 'json' ? 5 : 3;
        const lineText = text.split('\n')[line - 1]!;
        const first = lineText.indexOf('"') + 1;
        for (const d of r.diagnostics.filter((x) => x.code === rule.id)) {
          expect(d.range.start.line).toBe(line);
          expect(d.range.end.line).toBe(line);
          expect(d.range.start.column).toBeGreaterThanOrEqual(first);
          expect(d.range.end.column).toBeLessThanOrEqual(lineText.length + 1);
          expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
        }
      }),
      { numRuns: 150 },
    );
  });
});
