import { describe, expect, it } from 'vitest';
import { lint } from '../../src/rules/engine.js';
import rule from '../../src/rules/one-auth-action.js';
import { ruleTester } from '../helpers/rule-tester.js';

const google = '      - type: oauth\n        config: { provider: google }\n';
const oidc = '      - type: openid-connect\n        config: { issuer_url: "https://login.clinicnet.example", client_id: portal }\n';

ruleTester(rule, {
  valid: [
    { name: 'one oauth', code: `on_http_request:\n  - actions:\n${google}` },
    { name: 'oauth with jwt-validation and basic-auth (not login actions)', code: `on_http_request:\n  - actions:\n${google}      - type: jwt-validation\n      - type: basic-auth\n        config: { credentials: ["a:\${secrets.get('v','n')}"] }\n` },
    { name: 'one login action per policy, in two files', files: { 'a.yaml': `on_http_request:\n  - actions:\n${google}`, 'b.yaml': `on_http_request:\n  - actions:\n${oidc}` } },
  ],
  invalid: [
    {
      name: 'oauth and openid-connect',
      code: `on_http_request:\n  - actions:\n${google}${oidc}`,
      errors: [{ messageId: 'secondAuthAction', data: { type: 'openid-connect', first: 'oauth' }, line: 5, column: 15, severity: 'warning' }],
    },
    {
      name: 'two oauth providers in guarded rules',
      code: `on_http_request:\n  - expressions: ["req.url.path.startsWith('/staff')"]\n    actions:\n${google}  - expressions: ["req.url.path.startsWith('/partners')"]\n    actions:\n      - type: oauth\n        config: { provider: microsoft }\n`,
      errors: [{ messageId: 'secondAuthAction', data: { type: 'oauth', first: 'oauth' }, line: 8, column: 15 }],
    },
    {
      name: 'saml and oidc after oauth',
      code: `on_http_request:\n  - actions:\n${google}      - type: saml\n        config: { idp_metadata: "<xml/>" }\n      - type: oidc\n`,
      errors: [
        { messageId: 'secondAuthAction', data: { type: 'saml', first: 'oauth' }, line: 5, column: 15 },
        { messageId: 'secondAuthAction', data: { type: 'oidc', first: 'oauth' }, line: 7, column: 15 },
      ],
    },
  ],
});

describe('one-auth-action details', () => {
  it('relates the finding to the first login action', async () => {
    const r = await lint([{ path: 'p.yaml', text: `on_http_request:\n  - actions:\n${google}${oidc}` }], { registry: [rule] });
    expect(r.diagnostics[0]!.related).toEqual([{ message: "The first login action, 'oauth'.", file: 'p.yaml', range: expect.objectContaining({ start: expect.objectContaining({ line: 3, column: 15 }) }) }]);
  });
});
