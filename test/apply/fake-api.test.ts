import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeNgrokApi, type FakeNgrokApi } from '../../src/testing/index.js';
import { policy, raw, rawHttp } from './helpers.js';

const POL = policy('https://rest.clinic1.internal');
const body = (over: Record<string, unknown> = {}) => ({ type: 'cloud', url: 'https://api.clinic1.example.com', traffic_policy: POL, ...over });

let api: FakeNgrokApi;
beforeEach(async () => {
  api = await startFakeNgrokApi({ reservedDomains: ['*.clinic1.example.com', 'exact.example.org'], reservedAddrs: ['1.tcp.ngrok.io:20000'] });
});
afterEach(async () => {
  await api.close();
});

describe('fake ngrok API: auth, version, content', () => {
  it.each([
    ['no auth', { authorization: undefined }, 401, 'ERR_NGROK_200'],
    ['not bearer', { authorization: 'Basic abc' }, 401, 'ERR_NGROK_201'],
    ['wrong key', { authorization: 'Bearer nope-nope' }, 401, 'ERR_NGROK_202'],
    ['no version', { 'ngrok-version': undefined }, 400, 'ERR_NGROK_218'],
    ['wrong version', { 'ngrok-version': '1' }, 400, 'ERR_NGROK_217'],
  ])('%s', async (_n, headers, status, code) => {
    const r = await raw(api, 'GET', '/endpoints', { headers });
    expect(r.status).toBe(status);
    expect(r.body).toMatchObject({ error_code: code, status_code: status });
    expect(r.body!['details'].operation_id).toMatch(/^op_[0-9A-Za-z]{27}$/);
    expect(r.headers.get('ngrok-operation-id')).toBe(r.body!['details'].operation_id);
  });

  it('needs a content-type with a body, and no body on GET', async () => {
    expect((await rawHttp(api, 'POST', '/endpoints', JSON.stringify(body()), {})).body!['error_code']).toBe('ERR_NGROK_216');
    expect((await rawHttp(api, 'GET', '/endpoints', '{}', { 'content-type': 'application/json' })).body!['error_code']).toBe('ERR_NGROK_211');
    expect((await rawHttp(api, 'DELETE', '/endpoints/ep_x', '{}', { 'content-type': 'application/json' })).body!['error_code']).toBe('ERR_NGROK_211');
  });

  it('never echoes a presented key', async () => {
    const r = await raw(api, 'GET', '/endpoints', { headers: { authorization: 'Bearer secret-guess-123' } });
    expect(JSON.stringify(r.body)).not.toContain('secret-guess-123');
  });

  it.each([
    ['other content-type', 'POST', '/endpoints', body(), { 'content-type': 'text/plain' }, 'ERR_NGROK_210'],
    ['bad JSON', 'POST', '/endpoints', '{', {}, 'ERR_NGROK_213'],
    ['array body', 'POST', '/endpoints', '[]', {}, 'ERR_NGROK_213'],
    ['unknown field', 'POST', '/endpoints', body({ trafic_policy: 'x' }), {}, 'ERR_NGROK_214'],
    ['wrong id prefix', 'GET', '/endpoints/rd_123', undefined, {}, 'ERR_NGROK_227'],
  ])('%s → 400', async (_n, method, path, b, headers, code) => {
    const r = await raw(api, method, path, { body: b, headers: { 'content-type': b !== undefined ? 'application/json' : undefined, ...headers } });
    expect(r.status).toBe(400);
    expect(r.body!['error_code']).toBe(code);
  });
});

describe('fake ngrok API: endpoints', () => {
  it('creates, normalises, gets, patches and deletes', async () => {
    const c = await raw(api, 'POST', '/endpoints', { body: body({ url: 'HTTPS://API.clinic1.example.com:443', description: 'd', metadata: 'm' }) });
    expect(c.status).toBe(201);
    const ep = c.body!;
    expect(ep['id']).toMatch(/^ep_[0-9A-Za-z]{27}$/);
    expect(ep).toMatchObject({
      uri: `${api.url}/endpoints/${ep['id']}`,
      type: 'cloud',
      url: 'https://api.clinic1.example.com',
      public_url: 'https://api.clinic1.example.com',
      proto: 'https',
      hostport: 'api.clinic1.example.com:443',
      bindings: ['public'],
      description: 'd',
      metadata: 'm',
      traffic_policy: POL,
      pooling_enabled: false,
    });
    expect(ep['domain'].id).toMatch(/^rd_/);
    expect(ep['created_at']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect((await raw(api, 'GET', `/endpoints/${ep['id']}`)).body).toEqual(ep);

    const p = await raw(api, 'PATCH', `/endpoints/${ep['id']}`, { body: { id: ep['id'], description: '' } });
    expect(p.status).toBe(200);
    expect(p.body!['description']).toBeUndefined();
    expect(p.body!['metadata']).toBe('m');

    const d = await raw(api, 'DELETE', `/endpoints/${ep['id']}`);
    expect(d.status).toBe(204);
    expect(d.body).toBeUndefined();
    const g = await raw(api, 'GET', `/endpoints/${ep['id']}`);
    expect(g.status).toBe(404);
    expect(g.body).toEqual({ status_code: 404, msg: expect.any(String), details: { operation_id: expect.stringMatching(/^op_/) } });
    expect((await raw(api, 'DELETE', `/endpoints/${ep['id']}`)).status).toBe(404);
  });

  it.each([
    ['type agent', body({ type: 'agent' }), 'ERR_NGROK_18014'],
    ['no type', { url: 'https://api.clinic1.example.com', traffic_policy: POL }, 'ERR_NGROK_18015'],
    ['no url', { type: 'cloud', traffic_policy: POL }, 'ERR_NGROK_18015'],
    ['no policy', body({ traffic_policy: undefined }), 'ERR_NGROK_18015'],
    ['empty policy', body({ traffic_policy: '' }), 'ERR_NGROK_18015'],
    ['policy object', body({ traffic_policy: { on_http_request: [] } }), 'ERR_NGROK_215'],
    ['unparsable policy', body({ traffic_policy: '{ on_http_request: [' }), 'ERR_NGROK_2236'],
    ['policy not a mapping', body({ traffic_policy: '[1]' }), 'ERR_NGROK_18002'],
    ['unknown phase', body({ traffic_policy: '{"on_request":[]}' }), 'ERR_NGROK_18002'],
    ['rule without actions', body({ traffic_policy: '{"on_http_request":[{"expressions":["true"]}]}' }), 'ERR_NGROK_18002'],
    ['not terminating', body({ traffic_policy: '{"on_http_request":[{"actions":[{"type":"add-headers","config":{"headers":{"a":"b"}}}]}]}' }), 'ERR_NGROK_2235'],
    ['only conditional terminal', body({ traffic_policy: '{"on_http_request":[{"expressions":["true"],"actions":[{"type":"deny"}]}]}' }), 'ERR_NGROK_2235'],
    ['forward on_error continue', body({ traffic_policy: '{"on_http_request":[{"actions":[{"type":"forward-internal","config":{"url":"https://a.internal","on_error":"continue"}}]}]}' }), 'ERR_NGROK_2235'],
    ['bad url', body({ url: 'not a url' }), 'ERR_NGROK_18001'],
    ['path in url', body({ url: 'https://api.clinic1.example.com/x' }), 'ERR_NGROK_18001'],
    ['ftp', body({ url: 'ftp://api.clinic1.example.com' }), 'ERR_NGROK_18022'],
    ['tcp without port', body({ url: 'tcp://1.tcp.ngrok.io' }), 'ERR_NGROK_18003'],
    ['port 0', body({ url: 'https://api.clinic1.example.com:0' }), 'ERR_NGROK_18003'],
    ['public https on 8443', body({ url: 'https://api.clinic1.example.com:8443' }), 'ERR_NGROK_18023'],
    ['unreserved domain', body({ url: 'https://api.other.example.com' }), 'ERR_NGROK_18006'],
    ['unreserved tcp', body({ url: 'tcp://2.tcp.ngrok.io:1', traffic_policy: '{"on_tcp_connect":[{"actions":[{"type":"deny"}]}]}' }), 'ERR_NGROK_18006'],
    ['internal binding, public host', body({ bindings: ['internal'] }), 'ERR_NGROK_18001'],
    ['public binding, internal host', body({ url: 'https://x.internal', bindings: ['public'] }), 'ERR_NGROK_18001'],
    ['two bindings', body({ bindings: ['public', 'internal'] }), 'ERR_NGROK_18014'],
    ['unknown binding', body({ bindings: ['private'] }), 'ERR_NGROK_18014'],
    ['bindings not list', body({ bindings: 'public' }), 'ERR_NGROK_215'],
    ['long description', body({ description: 'x'.repeat(256) }), 'ERR_NGROK_18012'],
    ['long metadata', body({ metadata: 'x'.repeat(4097) }), 'ERR_NGROK_18013'],
    ['pooling not bool', body({ pooling_enabled: 'yes' }), 'ERR_NGROK_215'],
  ])('refuses %s', async (_n, b, code) => {
    const r = await raw(api, 'POST', '/endpoints', { body: b });
    expect(r.status).toBe(400);
    expect(r.body!['error_code']).toBe(code);
    expect(api.state.endpoints()).toEqual([]);
  });

  it.each([
    ['YAML policy', body({ traffic_policy: 'on_http_request:\n  - actions:\n      - type: deny\n' })],
    ['exact reserved domain', body({ url: 'https://exact.example.org' })],
    ['wildcard at depth', body({ url: 'https://a.b.clinic1.example.com' })],
    ['internal endpoint, default binding', body({ url: 'https://x.clinic1.internal:8443' })],
    ['reserved tcp', body({ url: 'tcp://1.tcp.ngrok.io:20000', traffic_policy: '{"on_tcp_connect":[{"actions":[{"type":"deny"}]}]}' })],
    ['redirect ends', body({ traffic_policy: '{"on_http_request":[{"actions":[{"type":"redirect","config":{"to":"https://x"}}]}]}' })],
  ])('accepts %s', async (_n, b) => {
    const r = await raw(api, 'POST', '/endpoints', { body: b });
    expect(r.status).toBe(201);
  });

  it('infers the internal binding and keeps a non-default port', async () => {
    const r = await raw(api, 'POST', '/endpoints', { body: body({ url: 'https://X.clinic1.internal:8443' }) });
    expect(r.body).toMatchObject({ url: 'https://x.clinic1.internal:8443', bindings: ['internal'], hostport: 'x.clinic1.internal:8443' });
  });

  it('applies the duplicate and pooling rules', async () => {
    expect((await raw(api, 'POST', '/endpoints', { body: body() })).status).toBe(201);
    const dup = await raw(api, 'POST', '/endpoints', { body: body({ url: 'https://api.clinic1.example.com:443' }) });
    expect(dup.body!['error_code']).toBe('ERR_NGROK_18009');
    expect((await raw(api, 'POST', '/endpoints', { body: body({ pooling_enabled: true }) })).body!['error_code']).toBe('ERR_NGROK_18016');

    const url2 = 'https://pool.clinic1.example.com';
    expect((await raw(api, 'POST', '/endpoints', { body: body({ url: url2, pooling_enabled: true }) })).status).toBe(201);
    expect((await raw(api, 'POST', '/endpoints', { body: body({ url: url2, pooling_enabled: true }) })).status).toBe(201);
    expect((await raw(api, 'POST', '/endpoints', { body: body({ url: url2 }) })).body!['error_code']).toBe('ERR_NGROK_18017');

    api.state.addAgentEndpoint({ url: 'https://agent.clinic1.example.com', pooling_enabled: true });
    expect((await raw(api, 'POST', '/endpoints', { body: body({ url: 'https://agent.clinic1.example.com' }) })).body!['error_code']).toBe('ERR_NGROK_18017');
    expect((await raw(api, 'POST', '/endpoints', { body: body({ url: 'https://agent.clinic1.example.com', pooling_enabled: true }) })).status).toBe(201);
  });

  it('applies the PATCH rules', async () => {
    const ep = (await raw(api, 'POST', '/endpoints', { body: body() })).body!;
    const other = (await raw(api, 'POST', '/endpoints', { body: body({ url: 'https://b.clinic1.example.com' }) })).body!;
    const patch = (b: unknown) => raw(api, 'PATCH', `/endpoints/${ep['id']}`, { body: b });
    expect((await patch({})).body!['error_code']).toBe('ERR_NGROK_18004');
    expect((await patch({ id: ep['id'] })).body!['error_code']).toBe('ERR_NGROK_18004');
    expect((await patch({ id: other['id'], description: 'x' })).body!['error_code']).toBe('ERR_NGROK_215');
    expect((await patch({ url: 'tls://api.clinic1.example.com' })).body!['error_code']).toBe('ERR_NGROK_18005');
    expect((await patch({ url: 'https://b.clinic1.example.com' })).body!['error_code']).toBe('ERR_NGROK_18009');
    expect((await patch({ type: 'cloud' })).body!['error_code']).toBe('ERR_NGROK_214');
    expect((await patch({ traffic_policy: '{"on_http_request":[{"actions":[{"type":"log"}]}]}' })).body!['error_code']).toBe('ERR_NGROK_2235');
    const ok = await patch({ url: 'https://c.clinic1.example.com', traffic_policy: 'on_http_request: [{actions: [{type: deny}]}]' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: ep['id'], url: 'https://c.clinic1.example.com', hostport: 'c.clinic1.example.com:443' });
    expect(ok.body!['traffic_policy']).toBe('on_http_request: [{actions: [{type: deny}]}]');
    expect((await raw(api, 'PATCH', '/endpoints/ep_nope', { body: { description: 'x' } })).status).toBe(404);
  });

  it('keeps agent endpoints read-only', async () => {
    const a = api.state.addAgentEndpoint({ url: 'https://rest.clinic1.internal', type: 'ephemeral' });
    expect(a).toMatchObject({ type: 'ephemeral', bindings: ['internal'], tunnel_session: { id: expect.stringMatching(/^ts_/) } });
    expect((await raw(api, 'PATCH', `/endpoints/${a.id}`, { body: { description: 'x' } })).status).toBe(400);
    expect((await raw(api, 'DELETE', `/endpoints/${a.id}`)).status).toBe(400);
    expect(api.state.endpoints()).toHaveLength(1);
  });
});

describe('fake ngrok API: lists', () => {
  async function seed(n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push(api.state.addCloudEndpoint({ type: 'cloud', url: `https://e${i}.clinic1.example.com`, traffic_policy: POL }).id);
    return ids;
  }

  it('pages newest first with limit, before_id and next_page_uri', async () => {
    const ids = await seed(5);
    const p1 = await raw(api, 'GET', '/endpoints?limit=2');
    expect(p1.body!['endpoints'].map((e: { id: string }) => e.id)).toEqual([ids[4], ids[3]]);
    expect(p1.body!['uri']).toBe(`${api.url}/endpoints`);
    expect(p1.body!['next_page_uri']).toBe(`${api.url}/endpoints?before_id=${ids[3]}&limit=2`);
    const p3 = await raw(api, 'GET', `/endpoints?before_id=${ids[1]}&limit=2`);
    expect(p3.body!['endpoints'].map((e: { id: string }) => e.id)).toEqual([ids[0]]);
    expect(p3.body!['next_page_uri']).toBeNull();
    const all = await raw(api, 'GET', '/endpoints');
    expect(all.body!['endpoints']).toHaveLength(5);
    expect(all.body!['next_page_uri']).toBeNull();
  });

  it.each(['0', '101', 'abc'])('refuses limit=%s', async (l) => {
    expect((await raw(api, 'GET', `/endpoints?limit=${l}`)).status).toBe(400);
  });

  it.each([
    ['obj.url == "https://e1.clinic1.example.com"', 1],
    ["obj.type == 'cloud' && obj.url != \"https://e1.clinic1.example.com\"", 2],
    ['obj.url in ["https://e0.clinic1.example.com", "https://e2.clinic1.example.com"]', 2],
    ['"public" in obj.bindings', 3],
    ['!(obj.type == "cloud") || obj.pooling_enabled == true', 0],
    ['obj.region == null', 3],
  ])('filters by %s', async (f, n) => {
    await seed(3);
    const r = await raw(api, 'GET', `/endpoints?filter=${encodeURIComponent(f)}`);
    expect(r.status).toBe(200);
    expect(r.body!['endpoints']).toHaveLength(n);
  });

  it.each(['obj.url.startsWith("https")', 'obj.url ==', 'foo == 1', 'size(obj.bindings) == 1'])('answers 400 for the filter %s', async (f) => {
    const r = await raw(api, 'GET', `/endpoints?filter=${encodeURIComponent(f)}`);
    expect(r.status).toBe(400);
  });

  it('keeps filter in next_page_uri', async () => {
    await seed(3);
    const r = await raw(api, 'GET', `/endpoints?limit=1&filter=${encodeURIComponent('obj.type == "cloud"')}`);
    expect(new URL(r.body!['next_page_uri']).searchParams.get('filter')).toBe('obj.type == "cloud"');
  });

  it('can refuse every filter', async () => {
    const api2 = await startFakeNgrokApi({ filter: 'unsupported' });
    try {
      expect((await raw(api2, 'GET', `/endpoints?filter=${encodeURIComponent('obj.type == "cloud"')}`)).status).toBe(400);
      expect((await raw(api2, 'GET', '/endpoints')).status).toBe(200);
    } finally {
      await api2.close();
    }
  });

  it('lists reserved domains and addresses read-only', async () => {
    const d = await raw(api, 'GET', '/reserved_domains');
    expect(d.body!['reserved_domains'].map((x: { domain: string }) => x.domain).sort()).toEqual(['*.clinic1.example.com', 'exact.example.org']);
    expect(d.body!['reserved_domains'][0]).toMatchObject({ id: expect.stringMatching(/^rd_/), cname_target: null });
    const a = await raw(api, 'GET', '/reserved_addrs');
    expect(a.body!['reserved_addrs']).toEqual([expect.objectContaining({ addr: '1.tcp.ngrok.io:20000', id: expect.stringMatching(/^ra_/) })]);
    expect((await raw(api, 'GET', `/reserved_addrs/${a.body!['reserved_addrs'][0].id}`)).status).toBe(200);
    expect((await raw(api, 'POST', '/reserved_domains', { body: { domain: 'x.example.com' } })).status).toBe(405);
    expect((await raw(api, 'GET', '/tunnels')).status).toBe(404);
  });
});

describe('fake ngrok API: faults', () => {
  it('429 with Retry-After, then normal', async () => {
    api.faults.rateLimit({ count: 2, retryAfterSeconds: 3 });
    const a = await raw(api, 'GET', '/endpoints');
    expect(a.status).toBe(429);
    expect(a.headers.get('retry-after')).toBe('3');
    expect(a.body!['error_code']).toBe('ERR_NGROK_226');
    expect((await raw(api, 'GET', '/endpoints')).status).toBe(429);
    expect((await raw(api, 'GET', '/endpoints')).status).toBe(200);
    expect(api.calls.map((c) => [c.status, c.fault])).toEqual([
      [429, 'rate-limit'],
      [429, 'rate-limit'],
      [200, undefined],
    ]);
  });

  it('server error after the write takes effect', async () => {
    api.faults.serverError({ methods: ['POST'], when: 'after', status: 502 });
    const r = await raw(api, 'POST', '/endpoints', { body: body() });
    expect(r.status).toBe(502);
    expect(api.state.cloudEndpoints()).toHaveLength(1);
  });

  it('drops connections before or after the write', async () => {
    api.faults.dropConnection({ methods: ['POST'] });
    await expect(raw(api, 'POST', '/endpoints', { body: body() })).rejects.toThrow();
    expect(api.state.cloudEndpoints()).toHaveLength(0);
    api.faults.dropConnection({ methods: ['POST'], when: 'after' });
    await expect(raw(api, 'POST', '/endpoints', { body: body() })).rejects.toThrow();
    expect(api.state.cloudEndpoints()).toHaveLength(1);
    expect(api.calls.map((c) => c.fault)).toEqual(['drop-before', 'drop-after']);
    expect(api.calls.every((c) => c.status === 0)).toBe(true);
  });

  it('fails the Nth write only', async () => {
    api.faults.failWrite(2, { status: 503 });
    expect((await raw(api, 'GET', '/endpoints')).status).toBe(200);
    expect((await raw(api, 'POST', '/endpoints', { body: body() })).status).toBe(201);
    expect((await raw(api, 'GET', '/endpoints')).status).toBe(200);
    expect((await raw(api, 'POST', '/endpoints', { body: body({ url: 'https://b.clinic1.example.com' }) })).status).toBe(503);
    expect((await raw(api, 'POST', '/endpoints', { body: body({ url: 'https://b.clinic1.example.com' }) })).status).toBe(201);
    expect(api.faults.pending()).toBe(0);
  });

  it('stale list hides new endpoints for a number of lists', async () => {
    api.faults.staleList(2);
    const c = await raw(api, 'POST', '/endpoints', { body: body() });
    expect((await raw(api, 'GET', '/endpoints')).body!['endpoints']).toEqual([]);
    expect((await raw(api, 'GET', `/endpoints/${c.body!['id']}`)).status).toBe(200);
    expect((await raw(api, 'GET', '/endpoints')).body!['endpoints']).toEqual([]);
    expect((await raw(api, 'GET', '/endpoints')).body!['endpoints']).toHaveLength(1);
  });

  it('empty last page', async () => {
    api.faults.emptyLastPage();
    api.state.addCloudEndpoint(body() as never);
    const r = await raw(api, 'GET', '/endpoints');
    expect(r.body!['endpoints']).toHaveLength(1);
    const next = new URL(r.body!['next_page_uri']);
    const r2 = await raw(api, 'GET', next.pathname + next.search);
    expect(r2.body).toMatchObject({ endpoints: [], next_page_uri: null });
  });

  it('latency delays answers', async () => {
    api.faults.latency(60);
    const t = Date.now();
    await raw(api, 'GET', '/endpoints');
    expect(Date.now() - t).toBeGreaterThanOrEqual(55);
  });

  it('clear() removes pending faults', async () => {
    api.faults.serverError({ count: 3 });
    api.faults.clear();
    expect(api.faults.pending()).toBe(0);
    expect((await raw(api, 'GET', '/endpoints')).status).toBe(200);
  });

  it('refuses bad seeds with the API message', async () => {
    expect(() => api.state.addCloudEndpoint({ type: 'cloud', url: 'https://nope.example.net', traffic_policy: POL })).toThrow(/ERR_NGROK_18006/);
  });
});
