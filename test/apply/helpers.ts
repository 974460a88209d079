import type { Clock } from '../../src/apply/limiter.js';
import { NgrokClient, type NgrokClientOptions, type RequestEvent } from '../../src/apply/client.js';
import { canonicalJson, desiredEndpoint, type DesiredEndpoint } from '../../src/apply/desired.js';
import type { FakeNgrokApi } from '../../src/testing/fake-ngrok-api.js';

/** A virtual clock: sleeps return at once and advance time; every wait is recorded. */
export function fakeClock(start = 1_000_000): Clock & { sleeps: number[]; time: () => number } {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += Math.max(0, ms);
      await Promise.resolve();
    },
    sleeps,
    time: () => t,
  };
}

/** A client for the fake with a virtual clock and no rate limit (unless overridden). */
export function clientFor(api: FakeNgrokApi, extra: Partial<NgrokClientOptions> = {}) {
  const clock = fakeClock();
  const requests: RequestEvent[] = [];
  const client = new NgrokClient({
    apiKey: api.apiKey,
    baseUrl: api.url,
    clock,
    rateLimitPerMinute: 0,
    timeoutMs: 5_000,
    onRequest: (e) => requests.push(e),
    ...extra,
  });
  return { client, clock, requests };
}

export function policy(target: string, extraRules: unknown[] = []): string {
  return canonicalJson({
    on_http_request: [...extraRules, { actions: [{ type: 'forward-internal', config: { url: target } }] }],
  });
}

/** A desired endpoint for site `site` and service `svc`, URL `https://<svc>.<site>.example.com`. */
export function desired(site: string, svc: string, opts: { description?: string; ips?: string[]; pooling?: boolean; url?: string } = {}): DesiredEndpoint {
  const extra = opts.ips
    ? [{ actions: [{ type: 'restrict-ips', config: { enforce: true, allow: opts.ips } }] }]
    : [];
  return desiredEndpoint(
    `${site}/${svc}`,
    {
      url: opts.url ?? `https://${svc}.${site}.example.com`,
      bindings: ['public'],
      description: opts.description ?? `${svc} of ${site}`,
      traffic_policy: policy(`https://${svc}.${site}.internal`, extra),
      pooling_enabled: opts.pooling ?? false,
    },
    { site, source: 'clinics.tpc' },
  );
}

/** Raw fetch against the fake with the right headers unless overridden. */
export async function raw(api: FakeNgrokApi, method: string, path: string, init: { body?: unknown; headers?: Record<string, string | undefined> } = {}) {
  const headers: Record<string, string> = {};
  const base: Record<string, string | undefined> = {
    authorization: `Bearer ${api.apiKey}`,
    'ngrok-version': '2',
    'content-type': init.body !== undefined ? 'application/json' : undefined,
    ...init.headers,
  };
  for (const [k, v] of Object.entries(base)) if (v !== undefined) headers[k] = v;
  const res = await fetch(api.url + path, {
    method,
    headers,
    body: init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? (JSON.parse(text) as Record<string, any>) : undefined };
}

/** A request through node:http, for what fetch refuses to send (a body on GET, no content-type). */
export async function rawHttp(api: FakeNgrokApi, method: string, path: string, bodyText: string | undefined, headers: Record<string, string>) {
  const { request } = await import('node:http');
  return await new Promise<{ status: number; body: Record<string, any> | undefined }>((resolve, reject) => {
    const length: Record<string, string> = bodyText !== undefined ? { 'content-length': String(Buffer.byteLength(bodyText)) } : {};
    const req = request(api.url + path, { method, headers: { authorization: `Bearer ${api.apiKey}`, 'ngrok-version': '2', ...length, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Record<string, any>) : undefined });
      });
    });
    req.on('error', reject);
    if (bodyText !== undefined) req.write(bodyText);
    req.end();
  });
}
