// Endpoint objects as the ngrok API returns them (saved output of `ngrok api endpoints get|list`):
// linted like the cloud endpoint bodies and agent endpoints they describe, without calling the
// API's own read-only fields (id, uri, created_at, …) configuration mistakes.
import { describe, expect, it } from 'vitest';
import { importNgrok } from '../../src/import/index.js';
import { detectKind } from '../../src/ngrok/load.js';
import { lint } from '../../src/rules/engine.js';

const policy = (actions: unknown[]) => JSON.stringify({ on_http_request: [{ actions }] });
const cloud = (id: string, url: string, actions: unknown[], extra: Record<string, unknown> = {}) => ({
  id,
  uri: `https://api.ngrok.com/endpoints/${id}`,
  type: 'cloud',
  url,
  public_url: url,
  proto: 'https',
  hostport: `${new URL(url).host}:443`,
  bindings: ['public'],
  description: 'front door',
  traffic_policy: policy(actions),
  pooling_enabled: false,
  created_at: '2026-01-02T03:04:05Z',
  updated_at: '2026-01-02T03:04:05Z',
  ...extra,
});
const restrict = { type: 'restrict-ips', config: { allow: ['203.0.113.0/24'] } };
const forward = { type: 'forward-internal', config: { url: 'https://api.clinic1.internal' } };
const found = (r: Awaited<ReturnType<typeof lint>>) => r.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`);

describe('ngrok API endpoint objects', () => {
  it('are recognised: one endpoint, or a page of the list', () => {
    const one = cloud('ep_1', 'https://api.clinic1.example', [restrict, forward]);
    expect(detectKind(one)).toBe('api-endpoints');
    expect(detectKind({ endpoints: [one], uri: 'https://api.ngrok.com/endpoints', next_page_uri: null })).toBe('api-endpoints');
    // An ngrok.yml still is one (its endpoints have no ep_ ids), and so is a cloud endpoint body.
    expect(detectKind({ version: 3, endpoints: [{ name: 'a', url: 'https://a.internal', upstream: { url: 80 } }] })).toBe('agent-config');
    expect(detectKind({ url: 'https://a.example', type: 'cloud', traffic_policy: '{}' })).toBe('cloud-endpoint');
  });

  it('a clean endpoint object draws nothing: its read-only fields are not unknown keys', async () => {
    const text = JSON.stringify(cloud('ep_1', 'https://api.clinic1.example', [restrict, forward]), null, 2) + '\n';
    const r = await lint([{ path: 'ep.json', text }], { rules: { 'forward-internal-target': 'off' } });
    expect(found(r)).toEqual([]);
  });

  it('a list is linted item by item, at the places in the file: schema, policy and posture findings', async () => {
    const page = {
      endpoints: [
        cloud('ep_1', 'https://api.clinic1.example', [restrict, forward]),
        cloud('ep_2', 'https://api.clinic2.example', [forward, restrict], { bindings: ['publik'] }),
        { id: 'ep_3', uri: 'https://api.ngrok.com/endpoints/ep_3', type: 'agent', url: 'tcp://5.tcp.ngrok.io:5555', proto: 'tcp', upstream_url: 'localhost:5432', traffic_policy: '', created_at: '2026-01-02T03:04:05Z' },
        { id: 'ep_4', uri: 'https://api.ngrok.com/endpoints/ep_4', type: 'agent', url: 'https://api.clinic1.internal', proto: 'https', upstream_url: 'http://localhost:8080', traffic_policy: '', created_at: '2026-01-02T03:04:05Z' },
      ],
      uri: 'https://api.ngrok.com/endpoints',
      next_page_uri: null,
    };
    const text = JSON.stringify(page, null, 2) + '\n';
    const r = await lint([{ path: 'endpoints.json', text }]);
    const lines = text.split('\n');
    const lineOf = (needle: string, from = 0) => lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
    // The second endpoint's binding is misspelled, and its policy restricts after forwarding (so
    // nothing protects the forward); the agent endpoint's TCP upstream is open to the internet.
    const policyLine = lineOf('"traffic_policy"', lineOf('"ep_2"'));
    const policyText = lines[policyLine - 1]!;
    expect(found(r)).toEqual([
      `${lineOf('"publik"')}:9 schema`,
      `${policyLine}:${policyText.indexOf('{\\"type\\":\\"forward-internal') + 1} unauthenticated-http`,
      `${policyLine}:${policyText.indexOf('{\\"type\\":\\"restrict-ips') + 1} action-after-terminal`,
      `${lineOf('"upstream_url": "localhost:5432"')}:23 unprotected-tcp`,
    ]);
    // The forward of the first endpoint reaches the agent endpoint the list reports (no forward-internal-target finding).
    expect(r.diagnostics.some((d) => d.code === 'forward-internal-target')).toBe(false);
  });

  it('tpc import reads the cloud endpoints of a list like bodies, without reporting the read-only fields', () => {
    const page = { endpoints: [cloud('ep_1', 'https://api.clinic1.example', [restrict, forward])], uri: 'https://api.ngrok.com/endpoints' };
    const agent = 'version: 3\nendpoints:\n  - name: api\n    url: https://api.clinic1.internal\n    upstream:\n      url: http://192.168.1.100:8080\n';
    const r = importNgrok([{ path: 'clinic1/ngrok.yml', text: agent }, { path: 'endpoints.json', text: JSON.stringify(page, null, 2) }], { draftName: 'draft.tpc' });
    expect(r.unsupported.map((u) => u.code)).toEqual([]);
    expect(r.source).toContain('expose api at https://api.clinic1.example {');
    expect(r.diagnostics.filter((d) => d.file === 'endpoints.json').map((d) => d.code)).toEqual(['TPC7023']);
  });
});
