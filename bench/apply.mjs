// Bench: plan + apply of a 500-endpoint fleet against the fake ngrok API with 20 ms latency
// per call. Run after `npm run build`:  node bench/apply.mjs
//
// Prints the whole time and the number of API calls of (1) 500 creates, (2) a no-change
// re-apply (list calls only, one per page of 100), (3) 500 updates, each against its budget
// and as a ratio to the ideal time measured in the same run (one call's round trip times
// the calls, divided by the requests in flight), and (4) the wall time estimated for a real
// account at the default client rate limit of 120 requests per minute.
import { performance } from 'node:perf_hooks';
import { apply, canonicalJson, desiredEndpoint, NgrokClient, plan, RateLimiter } from '../dist/src/apply/index.js';
import { startFakeNgrokApi } from '../dist/src/testing/index.js';

const N = 500;
const LATENCY_MS = 20;
const CONCURRENCY = 8;

function fleet(version) {
  return Array.from({ length: N }, (_, i) => {
    const site = `clinic${i}`;
    return desiredEndpoint(
      `${site}/rest-api`,
      {
        url: `https://rest-api.${site}.example.com`,
        bindings: ['public'],
        description: `REST API of ${site}`,
        traffic_policy: canonicalJson({
          on_http_request: [
            { actions: [{ type: 'restrict-ips', config: { enforce: true, allow: [`10.${i % 256}.0.0/16`, ...(version > 1 ? ['192.168.0.0/16'] : [])] } }] },
            { actions: [{ type: 'forward-internal', config: { url: `https://rest-api.${site}.internal` } }] },
          ],
        }),
        pooling_enabled: false,
      },
      { site, source: 'bench.tpc' },
    );
  });
}

const api = await startFakeNgrokApi({ latencyMs: LATENCY_MS });
const client = new NgrokClient({ apiKey: api.apiKey, baseUrl: api.url, concurrency: CONCURRENCY, rateLimitPerMinute: 0 });

// Baseline: the round trip of one call through the same client and server, measured now.
const probe = 20;
let t0 = performance.now();
for (let i = 0; i < probe; i++) await client.listEndpoints();
const perCall = (performance.now() - t0) / probe;
api.calls.length = 0;

async function run(name, want, budgetS) {
  const before = api.calls.length;
  const t = performance.now();
  const p = await plan({ desired: want, client, prune: true });
  const r = await apply({ plan: p, client, concurrency: CONCURRENCY });
  const secs = (performance.now() - t) / 1000;
  const calls = api.calls.length - before;
  if (!r.ok) throw new Error(`${name}: apply failed: ${JSON.stringify(r.counts)}`);
  const ideal = (Math.ceil(Math.max(0, calls - 5) / CONCURRENCY) + Math.min(calls, 5)) * perCall / 1000;
  const over = secs > budgetS;
  console.log(
    `${name}: ${secs.toFixed(2)} s, ${calls} calls (budget ${budgetS} s)` +
      ` — ${(secs / ideal).toFixed(2)}x the ideal ${ideal.toFixed(2)} s (${perCall.toFixed(1)} ms/call, ${CONCURRENCY} in flight)${over ? '  OVER BUDGET' : ''}`,
  );
  if (over) process.exitCode = 1;
  return calls;
}

const createCalls = await run('apply.create500', fleet(1), 5);
const noopCalls = await run('apply.noop500', fleet(1), 1);
const updateCalls = await run('apply.update500', fleet(2), 5);

// Estimate for a real account: the client's own limiter on a virtual clock.
function estimate(calls) {
  let now = 0;
  const clock = { now: () => now, sleep: async (ms) => void (now += ms) };
  const rl = new RateLimiter({ perMinute: 120, clock });
  return (async () => {
    for (let i = 0; i < calls; i++) await rl.acquire();
    return now / 1000;
  })();
}
for (const [name, calls] of [
  ['create500', createCalls],
  ['noop500', noopCalls],
  ['update500', updateCalls],
]) {
  const s = await estimate(calls);
  const text = s >= 60 ? `~${(s / 60).toFixed(1)} min` : s >= 1 ? `~${s.toFixed(1)} s` : 'no rate-limit wait';
  console.log(`apply.estimate.${name} at 120 req/min: ${text} for ${calls} calls (the client's limiter on a virtual clock; add network time)`);
}
await api.close();
