import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apply, type ApplyEvent, type ApplyResult } from '../../src/apply/apply.js';
import { NgrokApiError, type NgrokClient } from '../../src/apply/client.js';
import { readManagedMetadata, type DesiredEndpoint } from '../../src/apply/desired.js';
import { formatApplyJson, formatApplyText, formatPlanJson, formatPlanMarkdown, formatPlanText } from '../../src/apply/format.js';
import { plan } from '../../src/apply/plan.js';
import { createDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { startFakeNgrokApi, type FakeNgrokApi } from '../../src/testing/index.js';
import { clientFor, desired, policy } from './helpers.js';

const KEY = 'ak_2xTESTtestTESTtestTESTtest_SECRETsecret';
let api: FakeNgrokApi;
beforeEach(async () => {
  api = await startFakeNgrokApi({ apiKey: KEY });
});
afterEach(async () => {
  await api.close();
});

const noSleep = async () => undefined;

/** Plans and applies once; returns the result, the events and every printed form. */
async function run(client: NgrokClient, want: DesiredEndpoint[], opts: { prune?: boolean } = {}) {
  const events: ApplyEvent[] = [];
  const p = await plan({ desired: want, client, prune: opts.prune ?? true });
  const r = await apply({ plan: p, client, onEvent: (e) => events.push(e), sleep: noSleep });
  const printed = [formatPlanText(p), formatPlanJson(p), formatPlanMarkdown(p), formatApplyText(r), formatApplyJson(r, p), JSON.stringify(events)].join('\n');
  expect(printed).not.toContain(KEY);
  return { plan: p, result: r, events, printed };
}

/** The managed state of the fake: key → comparable content. */
function managedState(): Record<string, { url?: string; policy?: string; description?: string; count: number }> {
  const out: Record<string, { url?: string; policy?: string; description?: string; count: number }> = {};
  for (const e of api.state.cloudEndpoints()) {
    const key = readManagedMetadata(e.metadata)?.key;
    if (!key) continue;
    const prev = out[key];
    out[key] = { url: e.url, policy: e.traffic_policy, description: e.description, count: (prev?.count ?? 0) + 1 };
  }
  return out;
}

function wanted(want: DesiredEndpoint[]) {
  return Object.fromEntries(want.map((d) => [d.key, { url: d.body.url, policy: d.body.traffic_policy, description: d.body.description, count: 1 }]));
}

const writes = () => api.calls.filter((c) => c.method !== 'GET');

describe('apply', () => {
  it('creates, updates, deletes; the second run is a no-op', async () => {
    const { client } = clientFor(api);
    const v1 = [desired('clinic1', 'rest-api'), desired('clinic1', 'dashboard'), desired('clinic2', 'rest-api')];
    const r1 = await run(client, v1);
    expect(r1.result).toMatchObject({ ok: true, counts: { created: 3, updated: 0, deleted: 0, failed: 0 } });
    expect(managedState()).toEqual(wanted(v1));

    const v2 = [desired('clinic1', 'rest-api', { ips: ['10.0.0.0/8'] }), desired('clinic1', 'dashboard')];
    api.calls.length = 0;
    const r2 = await run(client, v2);
    expect(r2.result.counts).toMatchObject({ created: 0, updated: 1, deleted: 1, unchanged: 1, failed: 0 });
    expect(writes().map((c) => c.method).sort()).toEqual(['DELETE', 'PATCH']);
    expect(managedState()).toEqual(wanted(v2));

    api.calls.length = 0;
    const r3 = await run(client, v2);
    expect(r3.plan.hasChanges).toBe(false);
    expect(r3.result).toMatchObject({ ok: true, results: [], counts: { unchanged: 2 } });
    expect(api.calls.map((c) => c.method)).toEqual(['GET']);
  });

  it('reports progress events with counts', async () => {
    const { client } = clientFor(api);
    const { events } = await run(client, [desired('a', 'x'), desired('b', 'x')]);
    expect(events.map((e) => e.type)).toEqual(['start', 'item-start', 'item-start', 'item-done', 'item-done', 'done']);
    const last = events.filter((e) => e.type === 'item-done').at(-1) as Extract<ApplyEvent, { type: 'item-done' }>;
    expect(last).toMatchObject({ done: 2, total: 2, counts: { created: 2 } });
  });

  it('pages through 260 endpoints; the no-change rerun costs one list call per page', async () => {
    const { client } = clientFor(api, { concurrency: 8 });
    const fleet = Array.from({ length: 260 }, (_, i) => desired(`clinic${i}`, 'rest-api'));
    const r1 = await run(client, fleet);
    expect(r1.result.counts.created).toBe(260);
    api.calls.length = 0;
    const r2 = await run(client, fleet);
    expect(r2.plan.summary.unchanged).toBe(260);
    expect(api.calls.map((c) => `${c.method} ${c.status}`)).toEqual(['GET 200', 'GET 200', 'GET 200']);
  });

  it('leaves unmanaged and agent endpoints alone, even with prune', async () => {
    const theirs = api.state.addCloudEndpoint({ type: 'cloud', url: 'https://theirs.example.com', traffic_policy: policy('https://t.internal') });
    const agent = api.state.addAgentEndpoint({ url: 'https://rest-api.clinic1.internal' });
    const before = JSON.stringify(api.state.endpoints().filter((e) => e.id === theirs.id || e.id === agent.id));
    const { client } = clientFor(api);
    await run(client, [desired('clinic1', 'rest-api')], { prune: true });
    await run(client, [], { prune: true });
    expect(JSON.stringify(api.state.endpoints())).toBe(before);
    expect(api.calls.filter((c) => c.path.includes(theirs.id) || c.path.includes(agent.id))).toEqual([]);
  });

  it('waits out 429 with Retry-After', async () => {
    const { client, clock } = clientFor(api);
    api.faults.rateLimit({ count: 3, retryAfterSeconds: 7, methods: ['POST'] });
    const { result } = await run(client, [desired('a', 'x'), desired('b', 'x')]);
    expect(result.ok).toBe(true);
    expect(clock.sleeps.filter((s) => s === 7000)).toHaveLength(3);
    expect(managedState()).toEqual(wanted([desired('a', 'x'), desired('b', 'x')]));
  });

  it('retries a 500 on PATCH and DELETE and succeeds', async () => {
    const { client } = clientFor(api);
    await run(client, [desired('a', 'x'), desired('b', 'x')]);
    api.faults.serverError({ methods: ['PATCH', 'DELETE'], count: 2 });
    const { result } = await run(client, [desired('a', 'x', { description: 'new' })]);
    expect(result).toMatchObject({ ok: true, counts: { updated: 1, deleted: 1 } });
    expect(managedState()).toEqual(wanted([desired('a', 'x', { description: 'new' })]));
  });

  it('adopts an endpoint whose create response was lost (500 or dropped after the write)', async () => {
    const { client } = clientFor(api);
    api.faults.serverError({ methods: ['POST'], when: 'after' });
    api.faults.dropConnection({ methods: ['POST'], when: 'after' });
    const want = [desired('a', 'x'), desired('b', 'x')];
    const { result, events } = await run(client, want);
    expect(result.ok).toBe(true);
    expect(result.results.filter((r) => r.adopted)).toHaveLength(2);
    expect(events.filter((e) => e.type === 'adopt')).toHaveLength(2);
    expect(managedState()).toEqual(wanted(want));
    expect(api.calls.filter((c) => c.method === 'POST')).toHaveLength(2);
  });

  it('adopts a pooled endpoint whose create was lost, without making a second pool member', async () => {
    const { client } = clientFor(api);
    api.faults.dropConnection({ methods: ['POST'], when: 'after' });
    const want = [desired('a', 'x', { pooling: true })];
    const { result } = await run(client, want);
    expect(result.results[0]).toMatchObject({ status: 'succeeded', adopted: true });
    expect(api.state.cloudEndpoints()).toHaveLength(1);
  });

  it('retries a create dropped before it reached the API', async () => {
    const { client } = clientFor(api);
    api.faults.dropConnection({ methods: ['POST'], when: 'before' });
    const { result } = await run(client, [desired('a', 'x')]);
    expect(result.results[0]).toMatchObject({ status: 'succeeded' });
    expect(result.results[0]!.adopted).toBeUndefined();
    expect(api.calls.map((c) => `${c.method} ${c.fault ?? c.status}`)).toEqual(['GET 200', 'POST drop-before', 'GET 200', 'POST 201']);
  });

  it('finds its endpoint through a stale list after a lost create', async () => {
    const { client } = clientFor(api);
    api.faults.staleList(2);
    api.faults.dropConnection({ methods: ['POST'], when: 'after' });
    const { result } = await run(client, [desired('a', 'x')]);
    expect(result.results[0]).toMatchObject({ status: 'succeeded', adopted: true });
    expect(api.state.cloudEndpoints()).toHaveLength(1);
    // lost POST, list (stale), POST again → 18009, list (stale), list (fresh) → adopt
    expect(api.calls.map((c) => `${c.method} ${c.fault ?? c.errorCode ?? c.status}`)).toEqual([
      'GET 200',
      'POST drop-after',
      'GET 200',
      'POST ERR_NGROK_18009',
      'GET 200',
      'GET 200',
    ]);
  });

  it('a connection drop mid-apply leaves old-or-new endpoints; the rerun converges', async () => {
    const { client } = clientFor(api, { maxRetries: 0 });
    const v1 = Array.from({ length: 6 }, (_, i) => desired(`c${i}`, 'api'));
    await run(client, v1);
    const v2 = [...v1.slice(0, 3).map((d) => desired(d.site!, 'api', { description: 'v2' })), desired('c9', 'api')];
    api.faults.dropConnection({ methods: ['PATCH', 'DELETE', 'POST'], skip: 1, count: 3 });
    const first = await run(client, v2);
    expect(first.result.ok).toBe(false);
    // Updates run first: one PATCH passes, two are dropped (not retried with maxRetries 0);
    // the dropped POST never reached the API, so it is sent again.
    const failed = first.result.results.filter((r) => r.status === 'failed');
    expect(failed.map((r) => [r.action, r.error?.message.includes('network error')])).toEqual([
      ['update', true],
      ['update', true],
    ]);
    expect(first.result.counts).toMatchObject({ updated: 1, created: 1, deleted: 3, failed: 2 });
    // Each endpoint is either exactly old or exactly new.
    const olds = new Map(v1.map((d) => [d.key, d.body.description]));
    const news = new Map(v2.map((d) => [d.key, d.body.description]));
    for (const [key, s] of Object.entries(managedState())) expect([olds.get(key), news.get(key)]).toContain(s.description);
    const second = await run(client, v2);
    expect(second.result.ok).toBe(true);
    expect(managedState()).toEqual(wanted(v2));
    expect((await run(client, v2)).plan.hasChanges).toBe(false);
  });

  it('the Nth write failing: reports exactly which failed, the rerun converges', async () => {
    const { client } = clientFor(api, { concurrency: 1 });
    const want = Array.from({ length: 5 }, (_, i) => desired(`c${i}`, 'api'));
    api.faults.failWrite(3, { status: 400, errorCode: 'ERR_NGROK_18002', msg: 'The traffic policy is invalid: injected.' });
    const { result, printed } = await run(client, want);
    expect(result.counts).toMatchObject({ created: 4, failed: 1 });
    const bad = result.results.find((r) => r.status === 'failed')!;
    expect(bad).toMatchObject({ key: 'c2/api', action: 'create', error: { statusCode: 400, errorCode: 'ERR_NGROK_18002', msg: 'The traffic policy is invalid: injected.' } });
    expect(bad.error!.operationId).toMatch(/^op_/);
    expect(printed).toContain('failed    create  c2/api  https://api.c2.example.com\n            ngrok API POST /endpoints: HTTP 400 ERR_NGROK_18002: The traffic policy is invalid: injected.');
    expect(Object.keys(managedState()).sort()).toEqual(['c0/api', 'c1/api', 'c3/api', 'c4/api']);
    const again = await run(client, want);
    expect(again.result).toMatchObject({ ok: true, counts: { created: 1, unchanged: 4 } });
    expect(managedState()).toEqual(wanted(want));
  });

  it('replaces on a URL change: new first, then the old is deleted', async () => {
    const { client } = clientFor(api, { concurrency: 1 });
    await run(client, [desired('a', 'x')]);
    const oldId = api.state.cloudEndpoints()[0]!.id;
    api.calls.length = 0;
    const moved = [desired('a', 'x', { url: 'https://new-x.a.example.com' })];
    const { result } = await run(client, moved);
    expect(result.results[0]).toMatchObject({ action: 'replace', status: 'succeeded', previousId: oldId });
    expect(writes().map((c) => c.method)).toEqual(['POST', 'DELETE']);
    expect(managedState()).toEqual(wanted(moved));
  });

  it('a failed replace keeps the old endpoint', async () => {
    const { client } = clientFor(api);
    await run(client, [desired('a', 'x')]);
    api.faults.serverError({ methods: ['POST'], status: 400, errorCode: 'ERR_NGROK_18006' });
    const { result } = await run(client, [desired('a', 'x', { url: 'https://new-x.a.example.com' })]);
    expect(result.results[0]).toMatchObject({ status: 'failed', note: 'the old endpoint was kept' });
    expect(managedState()).toEqual(wanted([desired('a', 'x')]));
  });

  it('swaps the URLs of two endpoints', async () => {
    const { client } = clientFor(api);
    const u1 = 'https://one.example.com';
    const u2 = 'https://two.example.com';
    await run(client, [desired('a', 'x', { url: u1 }), desired('b', 'x', { url: u2 })]);
    const swapped = [desired('a', 'x', { url: u2 }), desired('b', 'x', { url: u1 })];
    const { result } = await run(client, swapped);
    expect(result).toMatchObject({ ok: true, counts: { replaced: 2 } });
    expect(managedState()).toEqual(wanted(swapped));
  });

  it('moves a URL from a pruned key to a new key', async () => {
    const { client } = clientFor(api);
    await run(client, [desired('old', 'x', { url: 'https://shared.example.com' })]);
    const want = [desired('new', 'x', { url: 'https://shared.example.com' })];
    const { result } = await run(client, want, { prune: true });
    expect(result).toMatchObject({ ok: true, counts: { created: 1, deleted: 1 } });
    expect(managedState()).toEqual(wanted(want));
  });

  it('cleans up duplicate pool members of one key', async () => {
    const d = desired('a', 'x', { pooling: true });
    api.state.addCloudEndpoint(d.body);
    api.state.addCloudEndpoint(d.body);
    const { client } = clientFor(api);
    const { result } = await run(client, [d], { prune: false });
    expect(result.counts).toMatchObject({ deleted: 1, unchanged: 1 });
    expect(api.state.cloudEndpoints()).toHaveLength(1);
  });

  it('refuses before any write when lint finds errors', async () => {
    const { client } = clientFor(api);
    const p = await plan({ desired: [desired('a', 'x')], client });
    let seen = 0;
    const r = await apply({
      plan: p,
      client,
      lint: (bodies) => {
        seen = bodies.length;
        return [createDiagnostic({ code: 'require-restrict-ips', severity: 'error', message: 'no IP restriction', file: 'a/x' })];
      },
    });
    expect(seen).toBe(1);
    expect(r).toMatchObject({ ok: false, refused: { reason: 'Refusing to apply: the artifacts have 1 error(s).' }, results: [] });
    expect(formatApplyText(r)).toBe('Apply refused, nothing was changed: Refusing to apply: the artifacts have 1 error(s).\n  a/x: error require-restrict-ips: no IP restriction\n');
    expect(writes()).toEqual([]);
  });

  it('applies when lint finds only warnings', async () => {
    const { client } = clientFor(api);
    const p = await plan({ desired: [desired('a', 'x')], client });
    const r = await apply({ plan: p, client, lint: () => [createDiagnostic({ code: 'w', severity: 'warning', message: 'meh', file: 'f' })] });
    expect(r.ok).toBe(true);
  });

  it('refuses a plan with errors', async () => {
    const { client } = clientFor(api);
    api.state.addCloudEndpoint({ type: 'cloud', url: 'https://x.a.example.com', traffic_policy: policy('https://t.internal') });
    const p = await plan({ desired: [desired('a', 'x')], client });
    const r = await apply({ plan: p, client });
    expect(r.refused?.diagnostics.map((d) => d.code)).toEqual(['TPC6015']);
    expect(writes()).toEqual([]);
  });

  it('stops starting items when interrupted; the rerun converges', async () => {
    const { client } = clientFor(api, { concurrency: 1 });
    const want = Array.from({ length: 4 }, (_, i) => desired(`c${i}`, 'api'));
    const p = await plan({ desired: want, client });
    const ac = new AbortController();
    const r = await apply({ plan: p, client, concurrency: 1, signal: ac.signal, onEvent: (e) => e.type === 'item-done' && ac.abort() });
    expect(r.counts).toMatchObject({ created: 1, skipped: 3 });
    expect(r.results.map((x) => x.status)).toEqual(['succeeded', 'skipped', 'skipped', 'skipped']);
    expect(api.state.cloudEndpoints()).toHaveLength(1);
    expect(r.ok).toBe(false);
    expect((await run(client, want)).result.ok).toBe(true);
    expect(managedState()).toEqual(wanted(want));
  });

  it('an update of a vanished endpoint fails clearly and the rerun recreates it', async () => {
    const { client } = clientFor(api);
    await run(client, [desired('a', 'x')]);
    const p = await plan({ desired: [desired('a', 'x', { description: 'new' })], client });
    api.state.clearEndpoints();
    const r = await apply({ plan: p, client });
    expect(r.results[0]).toMatchObject({ status: 'failed', note: 'the endpoint disappeared; the next run recreates it', error: { statusCode: 404 } });
    expect((await run(client, [desired('a', 'x', { description: 'new' })])).result.counts.created).toBe(1);
  });
});

describe('the API key never appears', () => {
  it('a wrong key (401) gives a clear message without the key', async () => {
    const { client } = clientFor(api, { apiKey: 'ak_WRONG_wrong_WRONG_wrong_0001' });
    let err: unknown;
    try {
      await plan({ desired: [desired('a', 'x')], client });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(NgrokApiError);
    const e = err as NgrokApiError;
    expect(e.statusCode).toBe(401);
    expect(e.message).toMatch(/^ngrok API GET \/endpoints\?limit=100&filter=obj\.type == "cloud": HTTP 401 ERR_NGROK_202: .* The API key was rejected: check that it is an ngrok API key/);
    expect(JSON.stringify([e.message, e.stack, e.toJSON(), e.details])).not.toContain('ak_WRONG_wrong_WRONG_wrong_0001');
  });

  it('is absent from results, events and printed output in every failure mode', async () => {
    const { client } = clientFor(api, { maxRetries: 1 });
    api.faults.serverError({ methods: ['POST'], count: 40, msg: `boom ${KEY}` });
    api.faults.dropConnection({ methods: ['POST'], count: 2 });
    api.faults.rateLimit({ count: 2, methods: ['POST'] });
    const want = Array.from({ length: 6 }, (_, i) => desired(`c${i}`, 'api'));
    const first = await run(client, want);
    expect(first.result.ok).toBe(false);
    expect(first.printed).toContain('[REDACTED]');
    api.faults.clear();
    const second = await run(client, want);
    expect(second.result.ok).toBe(true);
  });
});

describe('apply printers', () => {
  it('summarises success and failure', async () => {
    const { client } = clientFor(api);
    const ok: ApplyResult = (await run(client, [desired('a', 'x')])).result;
    expect(formatApplyText(ok)).toBe('Apply complete: 1 created, 0 updated, 0 replaced, 0 deleted, 0 unchanged, 0 failed, 0 skipped.\n');
    const json = JSON.parse(formatApplyJson(ok)) as Record<string, unknown>;
    expect(json).toMatchObject({ ok: true, counts: { created: 1 }, results: [{ key: 'a/x', action: 'create', status: 'succeeded' }] });
  });
});
