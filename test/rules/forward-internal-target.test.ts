import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lint } from '../../src/rules/engine.js';
import rule from '../../src/rules/forward-internal-target.js';
import { ruleTester } from '../helpers/rule-tester.js';

const agent = `version: 3
endpoints:
  - name: api
    url: https://rest-api.internal
    upstream: { url: 8080 }
  - name: db
    url: tcp://patient-db.internal:5432
    upstream: { url: 5432 }
  - name: wild
    url: https://*.clinic-a.internal
    upstream: { url: 9000 }
`;

const cloud = (target: string) => `url: https://clinic-a.example.com
type: cloud
traffic_policy: |
  on_http_request:
    - actions:
        - type: forward-internal
          config:
            url: ${target}
`;

const policy = (target: string) => `on_http_request:\n  - actions:\n      - type: forward-internal\n        config:\n          url: ${target}\n`;

ruleTester(rule, {
  valid: [
    { name: 'a lone policy is not blamed for targets defined elsewhere', code: policy('https://billing.internal') },
    { name: 'interpolated URLs are skipped', code: policy(`"https://\${req.host.split('.')[0]}.internal"`) },
    { name: 'placeholders are skipped', code: policy('"<Internal endpoint URL Here>"') },
    { name: 'interpolated URLs are skipped even with no .internal suffix', code: policy('${vars.backend_url}') },
    { name: 'defined target', files: { 'clinic-a/ngrok.yml': agent, 'cloud.yaml': cloud('https://rest-api.internal') } },
    { name: 'default port written out is the same URL', files: { 'clinic-a/ngrok.yml': agent, 'cloud.yaml': cloud('https://rest-api.internal:443') } },
    { name: 'scheme and host are case-insensitive', files: { 'clinic-a/ngrok.yml': agent, 'cloud.yaml': cloud('HTTPS://REST-API.internal') } },
    { name: 'a wildcard internal endpoint serves its subdomains', files: { 'clinic-a/ngrok.yml': agent, 'cloud.yaml': cloud('https://records.clinic-a.internal') } },
    { name: 'tcp target with its port', files: { 'clinic-a/ngrok.yml': agent, 'p.yaml': `on_tcp_connect:\n  - actions:\n      - type: forward-internal\n        config: { url: "tcp://patient-db.internal:5432" }\n` } },
    {
      name: 'host served with another port is left to forward-internal-scheme',
      files: { 'clinic-a/ngrok.yml': agent, 'p.yaml': `on_tcp_connect:\n  - actions:\n      - type: forward-internal\n        config: { url: "tcp://patient-db.internal:5433" }\n` },
    },
    {
      name: 'an internal cloud endpoint is a target too',
      files: {
        'internal.yaml': `url: https://billing.internal\ntype: cloud\nbindings: [internal]\ntraffic_policy: '{"on_http_request":[{"actions":[{"type":"custom-response"}]}]}'\n`,
        'cloud.yaml': cloud('https://billing.internal'),
      },
    },
    {
      name: 'same-file agent endpoint forwarding to its sibling',
      filename: 'ngrok.yml',
      code: `version: 3
endpoints:
  - name: public
    url: https://clinic.example.com
    upstream: { url: 80 }
    traffic_policy:
      on_http_request:
        - actions:
            - type: forward-internal
              config: { url: "https://api.internal" }
  - name: api
    url: https://api.internal
    upstream: { url: 8080 }
`,
    },
  ],
  invalid: [
    {
      name: 'a host outside .internal is always wrong, even alone',
      code: policy('https://api.example.com'),
      errors: [{ messageId: 'notInternal', data: { url: 'https://api.example.com' }, line: 5, column: 16, severity: 'error' }],
    },
    {
      name: 'a typo gets a suggestion, pointing into the cloud endpoint policy string',
      files: { 'clinic-a/ngrok.yml': agent, 'cloud.yaml': cloud('https://rest-apl.internal') },
      errors: [{ messageId: 'undefinedTargetSuggest', data: { url: 'https://rest-apl.internal', suggestion: 'https://rest-api.internal' }, file: 'cloud.yaml', line: 8, column: 18 }],
    },
    {
      name: 'nothing close: no suggestion',
      files: { 'clinic-a/ngrok.yml': agent, 'cloud.yaml': cloud('https://scheduling-frontend.internal') },
      errors: [{ messageId: 'undefinedTarget', data: { url: 'https://scheduling-frontend.internal' }, file: 'cloud.yaml', line: 8, column: 18 }],
    },
    {
      name: 'a wildcard does not match its own parent domain',
      files: { 'clinic-a/ngrok.yml': agent, 'cloud.yaml': cloud('https://clinic-a.internal') },
      errors: [{ messageId: 'undefinedTargetSuggest', data: { url: 'https://clinic-a.internal', suggestion: 'https://*.clinic-a.internal' }, file: 'cloud.yaml', line: 8, column: 18 }],
    },
    {
      name: 'JSON policy, several forwards',
      files: {
        'clinic-a/ngrok.yml': agent,
        'policy.json': `{"on_http_request": [\n  {"expressions": ["req.url.path.startsWith('/api')"], "actions": [{"type": "forward-internal", "config": {"url": "https://rest-api.internal"}}]},\n  {"actions": [{"type": "forward-internal", "config": {"url": "https://dashbord.internal"}}]}\n]}`,
      },
      errors: [{ messageId: 'undefinedTarget', data: { url: 'https://dashbord.internal' }, file: 'policy.json', line: 3, column: 63, endColumn: 90 }],
    },
  ],
});

describe('forward-internal-target details', () => {
  it('points at the suggested definition and says how to fix it', async () => {
    const r = await lint([{ path: 'clinic-a/ngrok.yml', text: agent }, { path: 'cloud.yaml', text: cloud('https://rest-apl.internal') }], { registry: [rule] });
    const d = r.diagnostics.find((x) => x.code === 'forward-internal-target')!;
    expect(d.related).toEqual([{ message: "'https://rest-api.internal' is defined here.", file: 'clinic-a/ngrok.yml', range: expect.objectContaining({ start: expect.objectContaining({ line: 4, column: 10 }) }) }]);
    expect(d.hint).toMatch(/Define the endpoint/);
  });
});

describe('forward-internal-target properties', () => {
  const label = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[a-z0-9]$/);
  it('never blames a lone policy for an internal target, always for a non-internal host', async () => {
    await fc.assert(
      fc.asyncProperty(label, fc.constantFrom('https', 'http', 'tls'), async (name, scheme) => {
        const ok = await lint([{ path: 'p.yaml', text: policy(`${scheme}://${name}.internal`) }], { registry: [rule] });
        expect(ok.diagnostics).toEqual([]);
        const bad = await lint([{ path: 'p.yaml', text: policy(`${scheme}://${name}.example.com`) }], { registry: [rule] });
        expect(bad.diagnostics.map((d) => d.message)).toEqual([`forward-internal target '${scheme}://${name}.example.com' is not an internal endpoint: its host must end in '.internal'.`]);
      }),
      { numRuns: 50 },
    );
  });
});
