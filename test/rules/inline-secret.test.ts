import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/rules/engine.js';
import rule from '../../src/rules/inline-secret.js';
import { ruleTester } from '../helpers/rule-tester.js';

const TOKEN = '2bXkq9P7sLmN4vR8tY1wZ3cD6fG_5hJ0kL2mN4pQ7rS9tV1';
const agentCfg = (agent: string) => `version: 3\nagent:\n${agent}endpoints:\n  - name: api\n    url: https://api.internal\n    upstream: { url: 8080 }\n`;
const action = (type: string, config: string) => `on_http_request:\n  - actions:\n      - type: ${type}\n        config:\n${config}`;

ruleTester(rule, {
  valid: [
    { name: 'no authtoken (NGROK_AUTHTOKEN)', filename: 'ngrok.yml', code: agentCfg('  log: stdout\n') },
    { name: 'placeholder authtoken', filename: 'ngrok.yml', code: agentCfg('  authtoken: <YOUR_NGROK_AUTHTOKEN>\n') },
    { name: 'upper-case placeholder authtoken', filename: 'ngrok.yml', code: agentCfg('  authtoken: AUTHTOKEN_CREATED_IN_STEP_1\n') },
    { name: 'your-authtoken', filename: 'ngrok.yml', code: agentCfg('  authtoken: your-authtoken\n') },
    { name: 'a marked fake webhook secret', code: action('verify-webhook', '          provider: stripe\n          secret: whsec_your_stripe_secret_here\n') },
    { name: 'an environment reference (not substituted, but not a secret)', filename: 'ngrok.yml', code: agentCfg('  authtoken: $NGROK_AUTHTOKEN\n') },
    { name: 'client secret from a vault', code: action('oauth', `          provider: google\n          client_id: abc\n          client_secret: "\${secrets.get('clinic', 'google')}"\n`) },
    { name: 'client secret placeholder', code: action('openid-connect', `          issuer_url: https://id.example.com\n          client_id: abc\n          client_secret: "{your app's oauth client secret}"\n`) },
    { name: 'basic-auth password from a vault', code: action('basic-auth', `          credentials:\n            - "nurse:\${secrets.get('clinic', 'nurse')}"\n`) },
    { name: 'webhook secret from a vault', code: action('verify-webhook', `          provider: stripe\n          secret: "\${secrets.get('clinic', 'stripe')}"\n`) },
    { name: 'authorization header built from a secret', code: action('http-request', `          url: https://audit.internal\n          headers:\n            authorization: "Bearer \${secrets.get('clinic', 'audit')}"\n`) },
    { name: 'private key placeholder', code: `on_tcp_connect:\n  - actions:\n      - type: terminate-tls\n        config:\n          server_private_key: |\n            -----BEGIN PRIVATE KEY-----\n            ... private key ...\n            -----END PRIVATE KEY-----\n` },
    { name: 'agent key given as a path', filename: 'ngrok.yml', code: `version: 3\nendpoints:\n  - name: db\n    url: tls://db.example.com\n    upstream: { url: 5432 }\n    agent_tls_termination:\n      server_certificate: /etc/db.crt\n      server_private_key: /etc/db.key\n` },
    { name: 'other headers are not secrets', code: action('add-headers', `          headers:\n            x-clinic: clinic-a\n`) },
  ],
  invalid: [
    {
      name: 'agent authtoken',
      filename: 'ngrok.yml',
      code: agentCfg(`  authtoken: ${TOKEN}\n`),
      errors: [{ messageId: 'literalSecret', data: { what: 'agent authtoken' }, line: 3, column: 14, severity: 'error' }],
    },
    {
      name: 'agent API key',
      filename: 'ngrok.yml',
      code: agentCfg(`  api_key: 24yRd5U3DestCQapJrrVHLOqiAC_7RviwRqpd3wc9dKLujQZN\n`),
      errors: [{ messageId: 'literalSecret', data: { what: 'ngrok API key' }, line: 3, column: 12 }],
    },
    {
      name: 'version 2 top-level authtoken',
      filename: 'ngrok.yml',
      code: `version: 2\nauthtoken: ${TOKEN}\ntunnels:\n  web: { proto: http, addr: 80 }\n`,
      errors: [{ messageId: 'literalSecret', data: { what: 'agent authtoken' }, line: 2, column: 12 }],
    },
    {
      name: 'oauth client secret',
      code: action('oauth', `          provider: google\n          client_id: abc\n          client_secret: GOCSPX-8sd7f6g5h4j3k2l1\n`),
      errors: [{ messageId: 'literalSecret', data: { what: 'OAuth client secret' }, line: 7, column: 26 }],
    },
    {
      name: 'basic-auth password',
      code: action('basic-auth', `          credentials:\n            - "nurse:Winter2026!"\n`),
      errors: [{ messageId: 'literalSecret', data: { what: 'basic-auth password' }, line: 6, column: 15 }],
    },
    {
      name: 'webhook secret in a cloud endpoint policy string',
      filename: 'cloud.yaml',
      code: `url: https://hooks.clinic.example.com\ntype: cloud\ntraffic_policy: |\n  on_http_request:\n    - actions:\n        - type: verify-webhook\n          config:\n            provider: stripe\n            secret: whsec_4f8a9b7c6d5e\n`,
      errors: [{ messageId: 'literalSecret', data: { what: 'webhook verification secret' }, line: 9, column: 21 }],
    },
    {
      name: 'inline private key in terminate-tls',
      code: `on_tcp_connect:\n  - actions:\n      - type: terminate-tls\n        config:\n          server_private_key: |\n            -----BEGIN PRIVATE KEY-----\n            MIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n            -----END PRIVATE KEY-----\n`,
      errors: [{ messageId: 'literalSecret', data: { what: 'TLS private key' }, line: 5, column: 31 }],
    },
    {
      name: 'literal Authorization header',
      code: action('http-request', `          url: https://audit.internal\n          headers:\n            Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.e30.abc\n`),
      errors: [{ messageId: 'literalSecret', data: { what: "'Authorization' header value" }, line: 7, column: 28 }],
    },
    {
      name: 'agent-side inline private key',
      filename: 'ngrok.yml',
      code: `version: 3\nendpoints:\n  - name: db\n    url: tls://db.example.com\n    upstream: { url: 5432 }\n    agent_tls_termination:\n      server_private_key: "-----BEGIN EC PRIVATE KEY-----\\nMHcCAQEEIB\\n-----END EC PRIVATE KEY-----"\n`,
      errors: [{ messageId: 'literalSecret', data: { what: 'TLS private key' }, line: 7, column: 27 }],
    },
    {
      name: 'legacy tunnel basic auth and webhook secret',
      filename: 'ngrok.yml',
      code: `version: 2\ntunnels:\n  web:\n    proto: http\n    addr: 80\n    basic_auth: ["admin:hunter22hunter"]\n    verify_webhook:\n      provider: github\n      secret: s3cr3t-github-hook\n`,
      errors: [
        { messageId: 'literalSecret', data: { what: 'basic-auth password' }, line: 6, column: 18 },
        { messageId: 'literalSecret', data: { what: 'webhook verification secret' }, line: 9, column: 15 },
      ],
    },
  ],
});

describe('inline-secret never prints the secret', () => {
  const secret = fc.stringMatching(/^[A-Za-z0-9_+/=-]{12,48}$/).filter((s) => !/^[A-Z0-9_]+$/.test(s) && !/your|here$/i.test(s));
  it('keeps the value out of message, hint and fix, wherever the secret sits', async () => {
    await fc.assert(
      fc.asyncProperty(secret, fc.constantFrom('authtoken', 'api_key', 'oauth', 'basic', 'webhook', 'header'), async (s, where) => {
        const files: Record<string, string> = {
          authtoken: agentCfg(`  authtoken: "${s}"\n`),
          api_key: agentCfg(`  api_key: "${s}"\n`),
          oauth: action('oauth', `          provider: google\n          client_id: abc\n          client_secret: "${s}"\n`),
          basic: action('basic-auth', `          credentials: ["nurse:${s}"]\n`),
          webhook: action('verify-webhook', `          provider: slack\n          secret: "${s}"\n`),
          header: action('http-request', `          url: https://a.internal\n          headers: { authorization: "Bearer ${s}" }\n`),
        };
        const r = await lint([{ path: where === 'authtoken' || where === 'api_key' ? 'ngrok.yml' : 'p.yaml', text: files[where]! }], { registry: [rule] });
        expect(r.diagnostics).toHaveLength(1);
        const d = r.diagnostics[0]!;
        for (const text of [d.message, d.hint ?? '', JSON.stringify(d.fix ?? null), JSON.stringify(d.related ?? null)]) expect(text).not.toContain(s);
      }),
      { numRuns: 60 },
    );
  });
});
