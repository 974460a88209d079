import { describe, expect, it } from 'vitest';
import { lint } from '../../src/rules/engine.js';
import rule from '../../src/rules/shared-internal-url.js';
import { ruleTester } from '../helpers/rule-tester.js';

const agent = (url: string, pooling = false, name = 'api') => `version: 3
endpoints:
  - name: ${name}
    url: ${url}
${pooling ? '    pooling_enabled: true\n' : ''}    upstream:
      url: 8080
`;

const cloud = (url: string, pooling: boolean) => `url: ${url}\ntype: cloud\nbindings: [internal]\n${pooling ? 'pooling_enabled: true\n' : ''}traffic_policy: '{"on_http_request":[{"actions":[{"type":"custom-response"}]}]}'\n`;

ruleTester(rule, {
  valid: [
    { name: 'different URLs per site', files: { 'clinic-a/ngrok.yml': agent('https://api.clinic-a.internal'), 'clinic-b/ngrok.yml': agent('https://api.clinic-b.internal') } },
    { name: 'failover pair: same folder, both pooling', files: { 'clinic-a/ngrok.yml': agent('https://api.clinic-a.internal', true), 'clinic-a/ngrok-standby.yml': agent('https://api.clinic-a.internal', true) } },
    { name: 'two endpoints of one agent, both pooling', filename: 'clinic-a/ngrok.yml', code: `${agent('https://api.internal', true)}  - name: api2\n    url: https://api.internal\n    pooling_enabled: true\n    upstream:\n      url: 8081\n` },
    { name: 'agent and cloud endpoint, both pooling', files: { 'clinic-a/ngrok.yml': agent('https://api.internal', true), 'cloud.yaml': cloud('https://api.internal', true) } },
    { name: 'public URLs are not this rule’s', files: { 'clinic-a/ngrok.yml': agent('https://clinic.example.com'), 'clinic-b/ngrok.yml': agent('https://clinic.example.com') } },
    { name: 'same host, different schemes are different URLs', files: { 'a/ngrok.yml': agent('https://svc.internal:1234'), 'a/other.yml': agent('tcp://svc.internal:1234') } },
  ],
  invalid: [
    {
      name: 'two clinics serve the same internal URL',
      files: { 'clinic-a/ngrok.yml': agent('https://api.internal', true), 'clinic-b/ngrok.yml': agent('https://api.internal', true) },
      errors: [
        { messageId: 'crossSite', data: { url: 'https://api.internal', site: 'clinic-a', others: "'clinic-b'" }, file: 'clinic-a/ngrok.yml', line: 4, column: 10 },
        { messageId: 'crossSite', data: { url: 'https://api.internal', site: 'clinic-b', others: "'clinic-a'" }, file: 'clinic-b/ngrok.yml', line: 4, column: 10 },
      ],
    },
    {
      name: 'cross-site without pooling is reported as cross-site',
      files: { 'clinic-a/ngrok.yml': agent('tcp://db.internal:5432'), 'clinic-b/ngrok.yml': agent('tcp://db.internal:5432') },
      errors: [
        { messageId: 'crossSite', file: 'clinic-a/ngrok.yml', line: 4, column: 10 },
        { messageId: 'crossSite', file: 'clinic-b/ngrok.yml', line: 4, column: 10 },
      ],
    },
    {
      name: 'default port written out is the same URL',
      files: { 'clinic-a/ngrok.yml': agent('https://api.internal'), 'clinic-b/ngrok.yml': agent('https://api.internal:443') },
      errors: [
        { messageId: 'crossSite', data: { url: 'https://api.internal', site: 'clinic-a', others: "'clinic-b'" }, file: 'clinic-a/ngrok.yml', line: 4, column: 10 },
        { messageId: 'crossSite', data: { url: 'https://api.internal', site: 'clinic-b', others: "'clinic-a'" }, file: 'clinic-b/ngrok.yml', line: 4, column: 10 },
      ],
    },
    {
      name: 'same site, one side not pooling',
      files: { 'clinic-a/ngrok.yml': agent('https://api.internal', true), 'clinic-a/standby.yml': agent('https://api.internal', false) },
      errors: [
        { messageId: 'notPooled', data: { url: 'https://api.internal', count: 2 }, file: 'clinic-a/ngrok.yml', line: 4, column: 10 },
        { messageId: 'notPooled', data: { url: 'https://api.internal', count: 2 }, file: 'clinic-a/standby.yml', line: 4, column: 10 },
      ],
    },
    {
      name: 'agent and cloud endpoint without pooling',
      files: { 'clinic-a/ngrok.yml': agent('https://api.internal', true), 'cloud.yaml': cloud('https://api.internal', false) },
      errors: [
        { messageId: 'notPooled', file: 'clinic-a/ngrok.yml', line: 4, column: 10 },
        { messageId: 'notPooled', file: 'cloud.yaml', line: 1, column: 6 },
      ],
    },
    {
      name: 'the same URL twice in one agent config',
      filename: 'ngrok.yml',
      code: `${agent('https://api.internal')}  - name: api2\n    url: https://api.internal\n    upstream:\n      url: 8081\n`,
      errors: [
        { messageId: 'notPooled', line: 4, column: 10 },
        { messageId: 'notPooled', line: 8, column: 10 },
      ],
    },
  ],
});

describe('shared-internal-url details', () => {
  it('relates each finding to the other definitions', async () => {
    const r = await lint([{ path: 'clinic-a/ngrok.yml', text: agent('https://api.internal', true) }, { path: 'clinic-b/ngrok.yml', text: agent('https://api.internal', true) }], { registry: [rule] });
    expect(r.diagnostics[0]!.related).toEqual([{ message: "Also served here (site 'clinic-b', pooling enabled).", file: 'clinic-b/ngrok.yml', range: expect.objectContaining({ start: expect.objectContaining({ line: 4, column: 10 }) }) }]);
  });

  it('cannot be suppressed without a reason, and prints the reason when suppressed', async () => {
    const a = `version: 3\nendpoints:\n  - name: api\n    # tpc-disable-next-line shared-internal-url -- central lab service, shared on purpose (ticket 17)\n    url: https://lab.internal\n    pooling_enabled: true\n    upstream:\n      url: 8080\n`;
    const r = await lint([{ path: 'clinic-a/ngrok.yml', text: a }, { path: 'clinic-b/ngrok.yml', text: agent('https://lab.internal', true) }], { registry: [rule] });
    expect(r.diagnostics.map((d) => [d.file, d.suppressed?.reason])).toEqual([
      ['clinic-a/ngrok.yml', 'central lab service, shared on purpose (ticket 17)'],
      ['clinic-b/ngrok.yml', undefined],
    ]);
  });
});
