import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson, desiredEndpoint, type DesiredEndpoint } from '../../src/apply/desired.js';
import { unifiedDiff } from '../../src/apply/diff.js';
import { formatPlanJson, formatPlanMarkdown, formatPlanText } from '../../src/apply/format.js';
import { maskSecrets, plan } from '../../src/apply/plan.js';
import { startFakeNgrokApi, type FakeNgrokApi } from '../../src/testing/index.js';
import { clientFor, desired, policy } from './helpers.js';

let api: FakeNgrokApi;
beforeEach(async () => {
  api = await startFakeNgrokApi();
});
afterEach(async () => {
  await api.close();
});

/** Puts a desired endpoint into the fake as if tpc had created it. */
function seed(d: DesiredEndpoint, over: Record<string, unknown> = {}) {
  return api.state.addCloudEndpoint({ ...d.body, ...over } as never);
}

describe('plan', () => {
  it('creates what is missing, updates what differs, keeps what matches', async () => {
    const a = desired('clinic1', 'rest-api');
    const b = desired('clinic1', 'dashboard');
    const c = desired('clinic2', 'rest-api');
    const epB = seed(desired('clinic1', 'dashboard', { description: 'old text' }));
    const epC = seed(c);
    const { client } = clientFor(api);
    const p = await plan({ desired: [a, b, c], client });
    expect(p.summary).toEqual({ create: 1, update: 1, replace: 0, delete: 0, unchanged: 1 });
    expect(p.hasChanges).toBe(true);
    expect(p.items.map((i) => [i.action, i.key, i.id])).toEqual([
      ['update', 'clinic1/dashboard', epB.id],
      ['create', 'clinic1/rest-api', undefined],
      ['unchanged', 'clinic2/rest-api', epC.id],
    ]);
    const upd = p.items[0]!;
    expect(upd.patch).toEqual({ description: 'dashboard of clinic1', metadata: b.body.metadata });
    expect(upd.changes.map((ch) => ch.field)).toEqual(['description', 'metadata']);
    expect(p.diagnostics).toEqual([]);
    expect(api.calls.map((x) => x.method)).toEqual(['GET']);
  });

  it('sees no change where only spelling differs', async () => {
    const d = desired('clinic1', 'rest-api');
    const parsed = JSON.parse(d.body.traffic_policy) as unknown;
    const yaml = 'on_http_request:\n  - actions:\n      - config: {url: "https://rest-api.clinic1.internal"}\n        type: forward-internal\n';
    expect(canonicalJson(parsed)).toBe(d.body.traffic_policy);
    const meta = JSON.parse(d.body.metadata!) as Record<string, string>;
    const reordered = JSON.stringify({ source: meta['source'], hash: meta['hash'], key: meta['key'], 'managed-by': 'tpc' });
    seed(d, { url: 'HTTPS://REST-API.clinic1.example.com:443', traffic_policy: yaml, bindings: undefined, pooling_enabled: undefined, metadata: reordered });
    const { client } = clientFor(api);
    const p = await plan({ desired: [d], client });
    expect(p.items.map((i) => i.action)).toEqual(['unchanged']);
    expect(p.hasChanges).toBe(false);
  });

  it('never touches endpoints without the tpc marker, lists them only when asked', async () => {
    const mine = desired('clinic1', 'rest-api');
    api.state.addCloudEndpoint({ type: 'cloud', url: 'https://other.example.com', traffic_policy: policy('https://x.internal'), description: 'hand made' });
    api.state.addCloudEndpoint({ type: 'cloud', url: 'https://terraform.example.com', traffic_policy: policy('https://x.internal'), metadata: '{"managed-by":"terraform","key":"clinic1/rest-api"}' });
    api.state.addAgentEndpoint({ url: 'https://rest-api.clinic1.internal' });
    const { client } = clientFor(api);
    const p = await plan({ desired: [mine], client, prune: true });
    expect(p.items.map((i) => i.action)).toEqual(['create']);
    expect(p.unmanagedCount).toBe(2);
    expect(p.unmanaged).toEqual([]);
    const shown = await plan({ desired: [mine], client, prune: true, showUnmanaged: true });
    expect(shown.unmanaged.map((u) => [u.url, u.description])).toEqual([
      ['https://other.example.com', 'hand made'],
      ['https://terraform.example.com', undefined],
    ]);
  });

  it('deletes no-longer-desired endpoints only with prune', async () => {
    const gone = seed(desired('clinic9', 'rest-api'));
    const { client } = clientFor(api);
    const p = await plan({ desired: [], client });
    expect(p.items).toEqual([]);
    expect(p.hasChanges).toBe(false);
    expect(p.orphans).toEqual([{ id: gone.id, key: 'clinic9/rest-api', url: 'https://rest-api.clinic9.example.com' }]);
    const pp = await plan({ desired: [], client, prune: true });
    expect(pp.items.map((i) => [i.action, i.reason, i.id])).toEqual([['delete', 'pruned', gone.id]]);
    expect(pp.orphans).toEqual([]);
  });

  it('replaces on a URL change', async () => {
    const old = seed(desired('clinic1', 'rest-api'));
    const moved = desired('clinic1', 'rest-api', { url: 'https://api.clinic1.example.com' });
    const { client } = clientFor(api);
    const p = await plan({ desired: [moved], client });
    expect(p.items).toHaveLength(1);
    expect(p.items[0]).toMatchObject({ action: 'replace', id: old.id, url: 'https://api.clinic1.example.com', previousUrl: 'https://rest-api.clinic1.example.com' });
    expect(p.items[0]!.changes[0]).toEqual({ field: 'url', before: 'https://rest-api.clinic1.example.com', after: 'https://api.clinic1.example.com' });
  });

  it('keeps one of several endpoints with the same key and deletes the rest', async () => {
    const d = desired('clinic1', 'rest-api', { pooling: true });
    const first = seed(d);
    const second = seed(d);
    const elsewhere = seed(d, { url: 'https://stray.clinic1.example.com' });
    const { client } = clientFor(api);
    const p = await plan({ desired: [d], client });
    expect(p.items.map((i) => [i.action, i.id, i.reason])).toEqual([
      ['delete', second.id, 'duplicate'],
      ['delete', elsewhere.id, 'duplicate'],
      ['unchanged', first.id, undefined],
    ]);
  });

  it('reports drift and puts the endpoint back', async () => {
    const d = desired('clinic1', 'rest-api');
    const ep = seed(d);
    api.state.tamperEndpoint(ep.id, { traffic_policy: policy('https://evil.internal') });
    const { client } = clientFor(api);
    const p = await plan({ desired: [d], client });
    expect(p.items[0]).toMatchObject({ action: 'update', drift: true, patch: { traffic_policy: d.body.traffic_policy } });
    expect(p.diagnostics.map((x) => [x.code, x.severity])).toEqual([['TPC6017', 'warning']]);
    expect(p.items[0]!.policyDiff).toBe(
      [
        '@@ -4,7 +4,7 @@',
        '       "actions": [',
        '         {',
        '           "config": {',
        '-            "url": "https://evil.internal"',
        '+            "url": "https://rest-api.clinic1.internal"',
        '           },',
        '           "type": "forward-internal"',
        '         }',
      ].join('\n'),
    );
  });

  it('blocks a create whose URL an unmanaged endpoint holds', async () => {
    const d = desired('clinic1', 'rest-api');
    const theirs = api.state.addCloudEndpoint({ type: 'cloud', url: d.body.url, traffic_policy: policy('https://x.internal') });
    const { client } = clientFor(api);
    const p = await plan({ desired: [d], client });
    expect(p.items[0]!.blocked).toContain(theirs.id);
    expect(p.diagnostics.map((x) => x.code)).toEqual(['TPC6015']);
  });

  it('waits for a pruned endpoint to free a URL, and blocks without prune', async () => {
    const old = seed(desired('clinic9', 'rest-api', { url: 'https://shared.example.com' }));
    const d = desired('clinic1', 'rest-api', { url: 'https://shared.example.com' });
    const { client } = clientFor(api);
    const p = await plan({ desired: [d], client });
    expect(p.diagnostics.map((x) => x.code)).toEqual(['TPC6016']);
    const pp = await plan({ desired: [d], client, prune: true });
    expect(pp.diagnostics).toEqual([]);
    expect(pp.items.find((i) => i.action === 'create')!.after).toEqual([old.id]);
  });

  it('reports bad desired endpoints', async () => {
    const a = desired('clinic1', 'rest-api');
    const noMarker: DesiredEndpoint = { ...a, key: 'clinic1/x', body: { ...a.body, url: 'https://x.example.com', metadata: '{}' } };
    const sameUrl = desired('clinic2', 'rest-api', { url: a.body.url });
    const { client } = clientFor(api);
    const p = await plan({ desired: [a, a, noMarker, sameUrl], client });
    expect(p.diagnostics.map((x) => x.code)).toEqual(['TPC6004', 'TPC6010', 'TPC6014']);
    expect(p.items.map((i) => i.key)).toEqual(['clinic1/rest-api']);
  });

  it('does not prune keys whose desired entry is broken', async () => {
    const a = desired('clinic1', 'rest-api');
    seed(a);
    const broken: DesiredEndpoint = { ...a, hash: 'sha256:0' };
    const { client } = clientFor(api);
    const p = await plan({ desired: [broken], client, prune: true });
    expect(p.items).toEqual([]);
    expect(p.diagnostics.map((x) => x.code)).toEqual(['TPC6012']);
  });

  it('falls back to listing everything when the filter is refused', async () => {
    const api2 = await startFakeNgrokApi({ filter: 'unsupported' });
    try {
      api2.state.addCloudEndpoint(desired('clinic1', 'rest-api').body);
      api2.state.addAgentEndpoint({ url: 'https://a.internal' });
      const { client } = clientFor(api2);
      const p = await plan({ desired: [desired('clinic1', 'rest-api')], client });
      expect(p.items.map((i) => i.action)).toEqual(['unchanged']);
      expect(api2.calls.map((x) => [x.status, x.query])).toEqual([
        [400, '?limit=100&filter=obj.type == "cloud"'],
        [200, '?limit=100'],
      ]);
    } finally {
      await api2.close();
    }
  });

  it('calls accessDiff with the bodies before and after', async () => {
    const a = desired('clinic1', 'rest-api', { ips: ['10.0.0.0/8'] });
    seed(desired('clinic1', 'rest-api'));
    seed(desired('clinic9', 'db'));
    const seen: string[] = [];
    const { client } = clientFor(api);
    const p = await plan({
      desired: [a, desired('clinic2', 'db')],
      client,
      prune: true,
      accessDiff: (before, after) => {
        seen.push(`${before?.url ?? '-'} ${after?.url ?? '-'}`);
        return [`+ office can now reach ${after?.url ?? before?.url}`];
      },
    });
    expect(seen.sort()).toEqual(['- https://db.clinic2.example.com', 'https://db.clinic9.example.com -', 'https://rest-api.clinic1.example.com https://rest-api.clinic1.example.com']);
    expect(p.items.every((i) => i.access.length === 1)).toBe(true);
    expect(formatPlanText(p)).toContain('      + office can now reach https://db.clinic2.example.com');
  });

  it('masks secrets in policy diffs', () => {
    expect(maskSecrets({ a: { client_secret: 's', clientSecret: 's2', credentials: ['u:p'], token: 't', token_url: 'u', name: 'n' } })).toEqual({
      a: { client_secret: '[REDACTED]', clientSecret: '[REDACTED]', credentials: ['[REDACTED]'], token: '[REDACTED]', token_url: 'u', name: 'n' },
    });
  });

  it('says when only secrets changed', async () => {
    const mk = (secret: string) =>
      desiredEndpoint('clinic1/sso', {
        url: 'https://sso.clinic1.example.com',
        traffic_policy: canonicalJson({
          on_http_request: [{ actions: [{ type: 'openid-connect', config: { issuer_url: 'https://idp', client_id: 'c', client_secret: secret } }, { type: 'forward-internal', config: { url: 'https://x.internal' } }] }],
        }),
      });
    seed(mk('old-secret-value'));
    const { client } = clientFor(api);
    const p = await plan({ desired: [mk('new-secret-value')], client });
    const text = formatPlanText(p) + formatPlanJson(p) + formatPlanMarkdown(p);
    expect(text).toContain('only secret values changed');
    expect(text).not.toContain('secret-value');
  });
});

describe('plan printers', () => {
  async function samplePlan() {
    seed(desired('clinic1', 'dashboard', { description: 'old' }));
    seed(desired('clinic9', 'rest-api'));
    api.state.addCloudEndpoint({ type: 'cloud', url: 'https://other.example.com', traffic_policy: policy('https://x.internal') });
    const { client } = clientFor(api);
    return plan({ desired: [desired('clinic1', 'dashboard'), desired('clinic2', 'db')], client, prune: true });
  }

  it('text', async () => {
    const p = await samplePlan();
    const id = (k: string) => p.items.find((i) => i.key === k)!.id;
    expect(formatPlanText(p)).toBe(
      [
        'Plan: 1 to create, 1 to update, 0 to replace, 1 to delete, 0 unchanged.',
        '',
        `~   update  clinic1/dashboard  https://dashboard.clinic1.example.com  (${id('clinic1/dashboard')})`,
        '      description: "old" → "dashboard of clinic1"',
        `      metadata: hash "${String(JSON.parse(p.items[0]!.changes[1]!.before as string).hash).slice(0, 19)}…" → "${desired('clinic1', 'dashboard').hash.slice(0, 19)}…"`,
        '+   create  clinic2/db         https://db.clinic2.example.com',
        '      traffic_policy:',
        '        @@ -0,0 +1,14 @@',
        '        +{',
        '        +  "on_http_request": [',
        '        +    {',
        '        +      "actions": [',
        '        +        {',
        '        +          "config": {',
        '        +            "url": "https://db.clinic2.internal"',
        '        +          },',
        '        +          "type": "forward-internal"',
        '        +        }',
        '        +      ]',
        '        +    }',
        '        +  ]',
        '        +}',
        `-   delete  clinic9/rest-api   https://rest-api.clinic9.example.com  (${id('clinic9/rest-api')}, no longer in the source)`,
        '',
        '1 cloud endpoint(s) not managed by tpc were left alone (--show-unmanaged lists them).',
        '',
      ].join('\n'),
    );
  });

  it('text with no changes', async () => {
    seed(desired('clinic1', 'db'));
    const { client } = clientFor(api);
    const p = await plan({ desired: [desired('clinic1', 'db')], client });
    expect(formatPlanText(p)).toBe('No changes. 1 managed endpoint(s) match the source.\n');
    expect(formatPlanMarkdown(p)).toBe('### tpc plan: no changes (1 unchanged)\n');
  });

  it('markdown', async () => {
    const p = await samplePlan();
    const md = formatPlanMarkdown(p);
    expect(md.split('\n').slice(0, 8)).toEqual([
      '### tpc plan: 1 to create, 1 to update, 0 to replace, 1 to delete, 0 unchanged',
      '',
      '| | Endpoint | URL | Change |',
      '|:-:|---|---|---|',
      '| ~ | `clinic1/dashboard` | `https://dashboard.clinic1.example.com` | update: description, metadata |',
      '| + | `clinic2/db` | `https://db.clinic2.example.com` | create |',
      '| - | `clinic9/rest-api` | `https://rest-api.clinic9.example.com` | delete (no longer in the source) |',
      '',
    ]);
    expect(md).toContain('<details><summary><code>clinic2/db</code>: create</summary>\n\n```diff\ntraffic_policy:\n@@ -0,0 +1,14 @@\n+{');
    expect(md).toContain('1 cloud endpoint(s) not managed by tpc were left alone.');
  });

  it('json', async () => {
    const p = await samplePlan();
    const j = JSON.parse(formatPlanJson(p)) as Record<string, any>;
    expect(j['summary']).toEqual(p.summary);
    expect(j['items'].map((i: { action: string; key: string }) => `${i.action} ${i.key}`)).toEqual(['update clinic1/dashboard', 'create clinic2/db', 'delete clinic9/rest-api']);
    expect(j['items'][1]).not.toHaveProperty('body');
    expect(j['items'][1]['policyDiff']).toMatch(/^@@ -0,0 \+1,14 @@/);
  });
});

describe('unifiedDiff', () => {
  it.each([
    ['a\nb\nc', 'a\nb\nc', ''],
    ['a\nb\nc', 'a\nx\nc', '@@ -1,3 +1,3 @@\n a\n-b\n+x\n c'],
    ['', 'a', '@@ -0,0 +1,1 @@\n+a'],
    ['a\nb', '', '@@ -1,2 +0,0 @@\n-a\n-b'],
    ['1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12', '1\nX\n3\n4\n5\n6\n7\n8\n9\n10\nY\n12', '@@ -1,5 +1,5 @@\n 1\n-2\n+X\n 3\n 4\n 5\n@@ -8,5 +8,5 @@\n 8\n 9\n 10\n-11\n+Y\n 12'],
  ])('%j vs %j', (a, b, want) => {
    expect(unifiedDiff(a, b)).toBe(want);
  });
});
