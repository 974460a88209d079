import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/rules/engine.js';
import { findPlaceholder, findPlaceholderOf } from '../../src/rules/lib/placeholders.js';
import rule from '../../src/rules/placeholder.js';
import { ruleTester } from '../helpers/rule-tester.js';

const restrict = (cidr: string) => `on_tcp_connect:\n  - actions:\n      - type: restrict-ips\n        config:\n          allow:\n            - ${cidr}\n`;
const body = (text: string) => `on_http_request:\n  - actions:\n      - type: custom-response\n        config:\n          body: ${text}\n`;

ruleTester(rule, {
  valid: [
    { name: 'real values', code: restrict('203.0.113.0/24') },
    { name: 'HTML in a response body', code: body('"<html><body><h1>Closed</h1><p>Back at 8:00</p></body></html>"') },
    { name: 'RE2 named groups', code: `on_http_request:\n  - actions:\n      - type: url-rewrite\n        config:\n          from: "^/(?P<clinic>[a-z]+)/(?<rest>.*)$"\n          to: "/$1/$2"\n` },
    { name: 'CEL comparisons', code: `on_http_request:\n  - expressions: ["int(vars.n) <= 2 && int(vars.n) >= 1"]\n    actions: [{ type: deny }]\n` },
    { name: 'CEL interpolation', code: body('"Hello ${conn.client_ip}"') },
    { name: 'example.com hosts are not placeholders', code: `on_http_request:\n  - actions:\n      - type: redirect\n        config: { to: "https://www.example.com/" }\n` },
    { name: 'a real-looking authtoken', filename: 'ngrok.yml', code: `version: 3\nagent:\n  authtoken: 2bXkq9P7sLmN4vR8tY1wZ3cD6fG\n` },
    { name: 'a JSON body', code: body(`'{"status": "closed"}'`) },
  ],
  invalid: [
    {
      name: 'angle-bracket authtoken',
      filename: 'ngrok.yml',
      code: `version: 3\nagent:\n  authtoken: <YOUR_NGROK_AUTHTOKEN>\n`,
      errors: [{ messageId: 'secretPlaceholder', data: { what: 'agent authtoken' }, line: 3, column: 14, endColumn: 36, severity: 'warning' }],
    },
    {
      name: 'upper-case identifier authtoken',
      filename: 'ngrok.yml',
      code: `version: 3\nagent:\n  authtoken: AUTHTOKEN_CREATED_IN_STEP_1\n`,
      errors: [{ messageId: 'secretPlaceholder', data: { what: 'agent authtoken' }, line: 3, column: 14 }],
    },
    {
      name: 'YOUR_IP in an allow list, pointing at the word',
      code: restrict('YOUR_IP/32'),
      errors: [{ messageId: 'placeholder', data: { text: 'YOUR_IP' }, line: 6, column: 15, endColumn: 22 }],
    },
    {
      name: 'shell variable',
      code: restrict('"$YOUR_PUBLIC_IP/32"'),
      errors: [{ messageId: 'placeholder', data: { text: '$YOUR_PUBLIC_IP' }, line: 6, column: 16 }],
    },
    {
      name: 'braced words',
      code: `on_http_request:\n  - actions:\n      - type: oauth\n        config:\n          provider: google\n          client_id: "{your app's oauth client id}"\n          client_secret: "{your app's oauth client secret}"\n`,
      errors: [
        { messageId: 'placeholder', data: { text: "{your app's oauth client id}" }, line: 6, column: 23 },
        { messageId: 'secretPlaceholder', data: { what: 'OAuth client secret' }, line: 7, column: 27 },
      ],
    },
    {
      name: 'angle-bracket words with "here"',
      code: `on_http_request:\n  - actions:\n      - type: forward-internal\n        config:\n          url: <Internal endpoint URL Here>\n`,
      errors: [{ messageId: 'placeholder', data: { text: '<Internal endpoint URL Here>' }, line: 5, column: 16 }],
    },
    {
      name: 'an elided certificate',
      code: `on_tcp_connect:\n  - actions:\n      - type: terminate-tls\n        config:\n          server_certificate: |\n            -----BEGIN CERTIFICATE-----\n            ... certificate ...\n            -----END CERTIFICATE-----\n`,
      errors: [{ messageId: 'placeholder', data: { text: '... certificate ...' }, line: 7, column: 13 }],
    },
    {
      name: 'inside a cloud endpoint policy string',
      filename: 'cloud.yaml',
      code: `url: https://<YOUR-NGROK-DOMAIN>\ntype: cloud\ntraffic_policy: |\n  on_http_request:\n    - expressions: ["conn.geo.country_code == '<COUNTRY-01>'"]\n      actions: [{ type: deny }]\n`,
      errors: [
        { messageId: 'placeholder', data: { text: '<YOUR-NGROK-DOMAIN>' }, line: 1, column: 14 },
        { messageId: 'placeholder', data: { text: '<COUNTRY-01>' }, line: 5, column: 48 },
      ],
    },
    {
      name: 'a webhook secret placeholder in a secret field',
      code: `on_http_request:\n  - actions:\n      - type: verify-webhook\n        config:\n          provider: stripe\n          secret: whsec_your_stripe_secret_here\n`,
      errors: [{ messageId: 'secretPlaceholder', data: { what: 'webhook verification secret' }, line: 6, column: 19 }],
    },
  ],
});

describe('placeholder detection', () => {
  it('never treats HTML tags or named groups as placeholders', () => {
    const tag = fc.constantFrom('html', 'body', 'div', 'p', 'h1', 'span', 'a href="/x"', '/div', 'br /');
    fc.assert(fc.property(fc.array(tag, { minLength: 1, maxLength: 5 }), (tags) => findPlaceholder(tags.map((t) => `<${t}>text`).join('')) === undefined));
    fc.assert(fc.property(fc.stringMatching(/^[a-z][a-z0-9_]{0,10}$/), (name) => findPlaceholder(`^/(?P<${name}>[^/]+)/(?<${name}2>.*)$`) === undefined));
  });

  it('always finds a YOUR_ marker, wherever it sits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Z][A-Z0-9_]{0,12}[A-Z0-9]$/), fc.string({ maxLength: 10 }), (word, prefix) => {
        const s = `${prefix.replace(/[A-Za-z0-9_$]/g, ' ')} YOUR_${word}`;
        return findPlaceholder(s)?.text === `YOUR_${word}`;
      }),
    );
  });

  it('the quick pre-check never hides a placeholder the scanners would find', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 6 }),
      fc.constantFrom('<', '>', '{', '}', '$', '...', '\u2026', 'YOUR', 'YOUR_', 'your', ' here', 'TOKEN', 'API_KEY', '${', '(?P', ' ', '.', ':', '@', '/'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const s = parts.join('');
        expect(findPlaceholder(s)).toEqual(findPlaceholderOf(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('lints a whole document without echoing secret-field values', async () => {
    const r = await lint([{ path: 'ngrok.yml', text: `version: 3\nagent:\n  authtoken: <YOUR_NGROK_AUTHTOKEN>\n` }], { registry: [rule] });
    expect(r.diagnostics[0]!.message).toBe('The agent authtoken still holds a placeholder; ngrok would use it literally.');
    expect(r.diagnostics[0]!.hint).toBe('Remove the line and set the NGROK_AUTHTOKEN environment variable for the agent.');
  });
});
