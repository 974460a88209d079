import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NgrokApiError, NgrokClient, parseRetryAfter } from '../../src/apply/client.js';
import { RateLimiter, Semaphore } from '../../src/apply/limiter.js';
import { redact, redactError } from '../../src/apply/redact.js';
import { startFakeNgrokApi, type FakeNgrokApi } from '../../src/testing/index.js';
import { clientFor, fakeClock, policy } from './helpers.js';

const POL = policy('https://rest.clinic1.internal');
const body = (i: number | string) => ({ type: 'cloud' as const, url: `https://e${i}.example.com`, traffic_policy: POL });

let api: FakeNgrokApi;
beforeEach(async () => {
  api = await startFakeNgrokApi({ apiKey: 'ak_secret_TEST_KEY_0123456789' });
});
afterEach(async () => {
  await api.close();
});

async function caught(p: Promise<unknown>): Promise<NgrokApiError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(NgrokApiError);
    return e as NgrokApiError;
  }
  throw new Error('expected a rejection');
}

describe('NgrokClient: requests', () => {
  it('sends auth, version, user agent; content-type only with a body', async () => {
    const seen: { method: string; headers: Record<string, string> }[] = [];
    const client = new NgrokClient({
      apiKey: 'k-123456',
      baseUrl: 'https://api.test',
      fetch: async (input, init) => {
        seen.push({ method: String(init?.method), headers: init?.headers as Record<string, string> });
        return new Response(String(input).includes('/endpoints/ep_1') && init?.method === 'DELETE' ? null : JSON.stringify({ id: 'ep_1', type: 'cloud' }), {
          status: init?.method === 'POST' ? 201 : init?.method === 'DELETE' ? 204 : 200,
        });
      },
    });
    await client.getEndpoint('ep_1');
    await client.createEndpoint(body(1));
    await client.deleteEndpoint('ep_1');
    expect(seen[0]!.headers).toEqual({ authorization: 'Bearer k-123456', 'ngrok-version': '2', accept: 'application/json', 'user-agent': 'tpc (traffic-policy-compiler)' });
    expect(seen[1]!.headers['content-type']).toBe('application/json');
    expect(seen[2]!.headers['content-type']).toBeUndefined();
  });

  it('creates, gets, updates and deletes against the fake', async () => {
    const { client } = clientFor(api);
    const ep = await client.createEndpoint(body(1));
    expect((await client.getEndpoint(ep.id)).url).toBe('https://e1.example.com');
    expect((await client.updateEndpoint(ep.id, { description: 'x', metadata: undefined })).description).toBe('x');
    expect(await client.deleteEndpoint(ep.id)).toEqual({ deleted: true });
    expect(await client.deleteEndpoint(ep.id)).toEqual({ deleted: false });
    const e = await caught(client.getEndpoint(ep.id));
    expect(e.isNotFound).toBe(true);
  });

  it('refuses an empty PATCH without calling the API', async () => {
    const { client } = clientFor(api);
    await expect(client.updateEndpoint('ep_x', {})).rejects.toThrow(RangeError);
    await expect(client.updateEndpoint('ep_x', { description: undefined })).rejects.toThrow(RangeError);
    expect(api.calls).toEqual([]);
  });

  it('reports ngrok error code, msg, status and operation id', async () => {
    const { client } = clientFor(api);
    await client.createEndpoint(body(1));
    const e = await caught(client.createEndpoint(body(1)));
    expect(e).toMatchObject({ statusCode: 400, errorCode: 'ERR_NGROK_18009', method: 'POST', path: '/endpoints', kind: 'http', outcomeUnknown: false });
    expect(e.errorNumber).toBe(18009);
    expect(e.operationId).toMatch(/^op_/);
    expect(e.message).toBe(`ngrok API POST /endpoints: HTTP 400 ERR_NGROK_18009: ${e.msg} (operation ${e.operationId})`);
  });

  it('lists reserved domains and addresses', async () => {
    api.state.reserveDomain('a.example.com');
    api.state.reserveAddr('1.tcp.ngrok.io:1');
    const { client } = clientFor(api);
    expect((await client.listReservedDomains()).map((d) => d.domain)).toEqual(['a.example.com']);
    expect((await client.listReservedAddrs()).map((d) => d.addr)).toEqual(['1.tcp.ngrok.io:1']);
  });
});

describe('NgrokClient: pagination', () => {
  it('pages through 260 endpoints in 3 calls, following next_page_uri', async () => {
    for (let i = 0; i < 260; i++) api.state.addCloudEndpoint(body(i));
    const { client } = clientFor(api);
    const all = await client.listEndpoints();
    expect(all).toHaveLength(260);
    expect(new Set(all.map((e) => e.id)).size).toBe(260);
    expect(api.calls.map((c) => c.query)).toEqual(['?limit=100', `?before_id=${all[99]!.id}&limit=100`, `?before_id=${all[199]!.id}&limit=100`]);
  });

  it('keeps the filter across pages and stops at an empty page', async () => {
    for (let i = 0; i < 150; i++) api.state.addCloudEndpoint(body(i));
    api.state.addAgentEndpoint({ url: 'https://agent.example.com' });
    api.faults.emptyLastPage();
    const { client } = clientFor(api);
    const all = await client.listEndpoints({ filter: 'obj.type == "cloud"' });
    expect(all).toHaveLength(150);
    expect(api.calls).toHaveLength(3);
    expect(api.calls.every((c) => c.query.includes('filter=obj.type == "cloud"'))).toBe(true);
  });

  it('re-roots a next_page_uri on another origin, re-adds a dropped filter, stops on a repeated link', async () => {
    const urls: string[] = [];
    const pages = [
      { endpoints: [{ id: 'ep_3', type: 'cloud' }], next_page_uri: 'https://api.ngrok.com/endpoints?before_id=ep_3&limit=100' },
      { endpoints: [{ id: 'ep_2', type: 'cloud' }], next_page_uri: 'https://proxy.test/prefix/endpoints?before_id=ep_3&limit=100' },
    ];
    const client = new NgrokClient({
      apiKey: 'k-123456',
      baseUrl: 'https://proxy.test/prefix',
      fetch: async (input) => {
        urls.push(String(input));
        return new Response(JSON.stringify(pages[Math.min(urls.length - 1, 1)]), { status: 200 });
      },
    });
    const all = await client.listEndpoints({ filter: 'obj.type == "cloud"' });
    expect(urls.map((u) => decodeURIComponent(u.replace(/\+/g, ' ')))).toEqual([
      'https://proxy.test/prefix/endpoints?limit=100&filter=obj.type == "cloud"',
      'https://proxy.test/prefix/endpoints?before_id=ep_3&limit=100&filter=obj.type == "cloud"',
    ]);
    expect(all.map((e) => e.id)).toEqual(['ep_3', 'ep_2']);
  });

  it('treats a page without its items key as a protocol error', async () => {
    const client = new NgrokClient({ apiKey: 'k-123456', fetch: async () => new Response('{"uri":"x"}', { status: 200 }) });
    expect((await caught(client.listEndpoints())).kind).toBe('protocol');
  });
});

describe('NgrokClient: retries', () => {
  it('honours Retry-After on 429', async () => {
    api.faults.rateLimit({ count: 2, retryAfterSeconds: 3 });
    const { client, clock } = clientFor(api);
    expect(await client.listEndpoints()).toEqual([]);
    expect(api.calls.map((c) => c.status)).toEqual([429, 429, 200]);
    expect(clock.sleeps.filter((s) => s === 3000)).toHaveLength(2);
    expect(client.stats).toEqual({ requests: 3, retries: 2 });
  });

  it('backs off from 5 s up to a minute on 429 without Retry-After, and retries a POST (not processed)', async () => {
    api.faults.rateLimit({ count: 5, retryAfterSeconds: null, methods: ['POST'] });
    const { client, clock } = clientFor(api);
    await client.createEndpoint(body(1));
    expect(api.calls.map((c) => c.status)).toEqual([429, 429, 429, 429, 429, 201]);
    expect(clock.sleeps).toEqual([5000, 10000, 20000, 40000, 60000]);
  });

  it('retries 500 then succeeds (GET, PATCH, DELETE)', async () => {
    const { client } = clientFor(api, { random: () => 0 });
    const ep = await client.createEndpoint(body(1));
    api.faults.serverError({ count: 1, methods: ['GET'] });
    api.faults.serverError({ count: 2, methods: ['PATCH'], status: 503 });
    api.faults.serverError({ count: 1, methods: ['DELETE'], status: 502 });
    await client.getEndpoint(ep.id);
    await client.updateEndpoint(ep.id, { description: 'd' });
    expect(await client.deleteEndpoint(ep.id)).toEqual({ deleted: true });
    expect(api.calls.map((c) => `${c.method} ${c.status}`)).toEqual(['POST 201', 'GET 500', 'GET 200', 'PATCH 503', 'PATCH 503', 'PATCH 200', 'DELETE 502', 'DELETE 204']);
  });

  it('uses exponential backoff with full jitter, capped', () => {
    const c = new NgrokClient({ apiKey: 'k-123456', random: () => 0.999, backoffBaseMs: 100, backoffMaxMs: 1000 });
    expect([1, 2, 3, 4, 5, 6].map((a) => c.backoffDelay(a))).toEqual([99, 199, 399, 799, 999, 999]);
    const z = new NgrokClient({ apiKey: 'k-123456', random: () => 0 });
    expect(z.backoffDelay(3)).toBe(0);
  });

  it('gives up after maxRetries', async () => {
    api.faults.serverError({ count: 10 });
    const { client } = clientFor(api, { maxRetries: 2 });
    const e = await caught(client.listEndpoints());
    expect(e.statusCode).toBe(500);
    expect(api.calls).toHaveLength(3);
  });

  it('does not retry a POST after a 5xx: the outcome is unknown', async () => {
    api.faults.serverError({ methods: ['POST'], when: 'after' });
    const { client } = clientFor(api);
    const e = await caught(client.createEndpoint(body(1)));
    expect(e.outcomeUnknown).toBe(true);
    expect(e.statusCode).toBe(500);
    expect(api.calls).toHaveLength(1);
    expect(api.state.cloudEndpoints()).toHaveLength(1);
  });

  it('retries a GET after a dropped connection; a POST reports outcomeUnknown', async () => {
    const { client } = clientFor(api);
    api.faults.dropConnection({ methods: ['GET'] });
    expect(await client.listEndpoints()).toEqual([]);
    api.faults.dropConnection({ methods: ['POST'], when: 'after' });
    const e = await caught(client.createEndpoint(body(1)));
    expect(e).toMatchObject({ kind: 'network', statusCode: 0, outcomeUnknown: true });
    expect(api.calls.map((c) => c.fault)).toEqual(['drop-before', undefined, 'drop-after']);
  });

  it('retries a POST refused by connection (nothing was sent)', async () => {
    let n = 0;
    const client = new NgrokClient({
      apiKey: 'k-123456',
      clock: fakeClock(),
      fetch: async () => {
        if (n++ === 0) throw new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) });
        return new Response(JSON.stringify({ id: 'ep_1', type: 'cloud' }), { status: 201 });
      },
    });
    expect((await client.createEndpoint(body(1))).id).toBe('ep_1');
    expect(n).toBe(2);
  });

  it('retries the pooling races 18016/18017 on create', async () => {
    api.faults.serverError({ methods: ['POST'], status: 400, errorCode: 'ERR_NGROK_18016', count: 2 });
    const { client } = clientFor(api);
    await client.createEndpoint(body(1));
    expect(api.calls.map((c) => c.status)).toEqual([400, 400, 201]);
  });

  it('times out slow requests', async () => {
    api.faults.latency(300);
    const { client } = clientFor(api, { timeoutMs: 50, maxRetries: 1 });
    const e = await caught(client.listEndpoints());
    expect(e.kind).toBe('timeout');
    expect(e.message).toContain('no response within 50 ms');
    expect(client.stats.requests).toBe(2);
  });

  it('stops at once when the caller aborts', async () => {
    api.faults.latency(300);
    const ac = new AbortController();
    const { client } = clientFor(api, { signal: ac.signal });
    setTimeout(() => ac.abort(), 20);
    const e = await caught(client.listEndpoints());
    expect(e.kind).toBe('aborted');
    expect(client.stats.requests).toBe(1);
  });
});

describe('NgrokClient: the API key never leaks', () => {
  it('401 gives a clear message without the key', async () => {
    const client = new NgrokClient({ apiKey: 'wrong-key-SECRET-42', baseUrl: api.url });
    const e = await caught(client.listEndpoints());
    expect(e.statusCode).toBe(401);
    expect(e.errorCode).toBe('ERR_NGROK_202');
    expect(e.message).toContain('The API key was rejected');
    expect(api.calls).toHaveLength(1);
    const all = JSON.stringify({ m: e.message, s: e.stack, j: e.toJSON(), d: e.details, c: String(e.cause) });
    expect(all).not.toContain('wrong-key-SECRET-42');
  });

  it('scrubs fetch errors, their cause chains and stacks', async () => {
    const key = 'ak_LEAKY_KEY_abcdef';
    const client = new NgrokClient({
      apiKey: key,
      clock: fakeClock(),
      maxRetries: 0,
      fetch: async () => {
        const inner = Object.assign(new Error(`socket hang up while sending Authorization: Bearer ${key}`), { code: 'ECONNRESET' });
        throw new TypeError(`fetch failed for ${key}`, { cause: inner });
      },
    });
    const e = await caught(client.listEndpoints());
    const chain: string[] = [];
    for (let c: unknown = e; c instanceof Error; c = c.cause) chain.push(c.message, c.stack ?? '');
    expect(chain.join('\n')).not.toContain(key);
    expect(chain.join('\n')).toContain('[REDACTED]');
    expect(e.message).toContain('network error (ECONNRESET)');
  });

  it('scrubs the key from error bodies that echo it', async () => {
    const key = 'ak_ECHOED_KEY_abcdef';
    const client = new NgrokClient({
      apiKey: key,
      fetch: async () => new Response(JSON.stringify({ error_code: 'ERR_NGROK_203', status_code: 401, msg: `bad key ${key}`, details: { operation_id: 'op_1', key } }), { status: 401 }),
    });
    const e = await caught(client.listEndpoints());
    expect(JSON.stringify([e.message, e.msg, e.details, e.stack])).not.toContain(key);
  });

  it('does not expose the key as a property', () => {
    const client = new NgrokClient({ apiKey: 'ak_PROPERTY_KEY_1234' });
    expect(JSON.stringify(client)).not.toContain('ak_PROPERTY_KEY_1234');
    expect(Object.values(client).map(String).join()).not.toContain('ak_PROPERTY_KEY_1234');
  });

  it('redact() removes keys and bearer tokens', () => {
    expect(redact('a SECRET b SECRET', ['SECRET'])).toBe('a [REDACTED] b [REDACTED]');
    expect(redact('Authorization: Bearer xyz.abc', [])).toBe('Authorization: Bearer [REDACTED]');
    expect(redactError('plain SECRET', ['SECRET']).message).toBe('plain [REDACTED]');
  });
});

describe('rate limiting and concurrency', () => {
  it('never sends more than perMinute in any rolling minute, and paces after the burst', async () => {
    const clock = fakeClock(0);
    const rl = new RateLimiter({ perMinute: 120, burst: 10, clock });
    const times: number[] = [];
    for (let i = 0; i < 300; i++) {
      await rl.acquire();
      times.push(clock.now());
    }
    for (let i = 0; i + 120 < times.length; i++) expect(times[i + 120]! - times[i]!).toBeGreaterThanOrEqual(60_000);
    expect(times.slice(0, 10).every((t) => t === 0)).toBe(true);
    expect(times[10]).toBe(500);
    // 300 requests at 120/min: the window guarantee dominates after the burst.
    expect(times[299]! / 1000).toBeGreaterThan(120);
    expect(times[299]! / 1000).toBeLessThan(150);
  });

  it('pauses everyone after a 429', async () => {
    const clock = fakeClock(0);
    const rl = new RateLimiter({ perMinute: 0, clock });
    rl.pauseUntil(5000);
    await rl.acquire();
    expect(clock.now()).toBe(5000);
  });

  it('bounds requests in flight', async () => {
    api.faults.latency(30);
    let inFlight = 0;
    let most = 0;
    const { client } = clientFor(api, {
      concurrency: 3,
      fetch: async (input, init) => {
        inFlight++;
        most = Math.max(most, inFlight);
        try {
          return await fetch(input, init);
        } finally {
          inFlight--;
        }
      },
    });
    await Promise.all(Array.from({ length: 10 }, (_, i) => client.createEndpoint(body(i))));
    expect(most).toBe(3);
    expect(api.state.cloudEndpoints()).toHaveLength(10);
  });

  it('Semaphore hands slots over in order', async () => {
    const s = new Semaphore(1);
    const order: number[] = [];
    await Promise.all([1, 2, 3].map((i) => s.run(async () => void order.push(i))));
    expect(order).toEqual([1, 2, 3]);
  });

  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('2', 0)).toBe(2000);
    expect(parseRetryAfter('0.5', 0)).toBe(500);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('soon', 0)).toBeUndefined();
    expect(parseRetryAfter(null, 0)).toBeUndefined();
  });
});
