/**
 * Property: for random sequences of desired states and injected API faults, repeated
 * plan+apply converges to the desired state once the faults stop, and never writes to (or
 * changes) an endpoint tpc does not manage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply } from '../../src/apply/apply.js';
import { NgrokApiError } from '../../src/apply/client.js';
import { readManagedMetadata, type DesiredEndpoint } from '../../src/apply/desired.js';
import { plan } from '../../src/apply/plan.js';
import { startFakeNgrokApi, type FakeNgrokApi } from '../../src/testing/index.js';
import { clientFor, desired, policy } from './helpers.js';

const SITES = ['s0', 's1', 's2', 's3'];
const SERVICES = ['api', 'db'];

interface Variant {
  on: boolean;
  desc: number;
  ips: boolean;
  alt: boolean;
  pooling: boolean;
}

const variantArb: fc.Arbitrary<Variant> = fc.record({ on: fc.boolean(), desc: fc.integer({ min: 0, max: 2 }), ips: fc.boolean(), alt: fc.boolean(), pooling: fc.boolean() });
const stateArb = fc.array(variantArb, { minLength: SITES.length * SERVICES.length, maxLength: SITES.length * SERVICES.length });

const methodArb = fc.constantFrom(undefined, 'GET', 'POST', 'PATCH', 'DELETE');
const whenArb = fc.constantFrom('before' as const, 'after' as const);
const faultArb = fc.oneof(
  fc.record({ kind: fc.constant('rate' as const), count: fc.integer({ min: 1, max: 3 }), method: methodArb }),
  fc.record({ kind: fc.constant('error' as const), count: fc.integer({ min: 1, max: 4 }), method: methodArb, when: whenArb, status: fc.constantFrom(500, 502, 503) }),
  fc.record({ kind: fc.constant('drop' as const), count: fc.integer({ min: 1, max: 3 }), method: methodArb, when: whenArb }),
  fc.record({ kind: fc.constant('nth' as const), n: fc.integer({ min: 1, max: 6 }), status: fc.constantFrom(500, 400) }),
  fc.record({ kind: fc.constant('stale' as const), lists: fc.integer({ min: 1, max: 2 }) }),
);
type Fault = typeof faultArb extends fc.Arbitrary<infer T> ? T : never;

function desiredFor(state: Variant[]): DesiredEndpoint[] {
  const out: DesiredEndpoint[] = [];
  state.forEach((v, i) => {
    if (!v.on) return;
    const site = SITES[Math.floor(i / SERVICES.length)]!;
    const svc = SERVICES[i % SERVICES.length]!;
    const opts: Parameters<typeof desired>[2] = { description: `${svc} v${v.desc}`, pooling: v.pooling };
    if (v.ips) opts.ips = ['10.0.0.0/8'];
    if (v.alt) opts.url = `https://alt-${svc}.${site}.example.com`;
    out.push(desired(site, svc, opts));
  });
  return out;
}

function inject(api: FakeNgrokApi, f: Fault): void {
  const methods = 'method' in f && f.method ? { methods: [f.method] } : {};
  if (f.kind === 'rate') api.faults.rateLimit({ count: f.count, retryAfterSeconds: 2, ...methods });
  else if (f.kind === 'error') api.faults.serverError({ count: f.count, status: f.status, when: f.when, ...methods });
  else if (f.kind === 'drop') api.faults.dropConnection({ count: f.count, when: f.when, ...methods });
  else if (f.kind === 'nth') api.faults.failWrite(f.n, f.status === 400 ? { status: 400, errorCode: 'ERR_NGROK_18002' } : { status: 500 });
  else api.faults.staleList(f.lists);
}

function managedState(api: FakeNgrokApi): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of api.state.cloudEndpoints()) {
    const key = readManagedMetadata(e.metadata)?.key;
    if (!key) continue;
    if (out[key] !== undefined) out[key] += ' + duplicate';
    else out[key] = JSON.stringify([e.url, e.description ?? '', e.traffic_policy, e.pooling_enabled, e.metadata]);
  }
  return out;
}

function wanted(want: DesiredEndpoint[]): Record<string, string> {
  return Object.fromEntries(want.map((d) => [d.key, JSON.stringify([d.body.url, d.body.description ?? '', d.body.traffic_policy, d.body.pooling_enabled, d.body.metadata])]));
}

async function once(api: FakeNgrokApi, want: DesiredEndpoint[]): Promise<boolean> {
  const { client } = clientFor(api, { maxRetries: 2, timeoutMs: 2000 });
  try {
    const p = await plan({ desired: want, client, prune: true });
    if (!p.hasChanges) return true;
    await apply({ plan: p, client, sleep: async () => undefined, adoptAttempts: 3 });
    return false;
  } catch (e) {
    if (e instanceof NgrokApiError) return false; // listing failed under faults: nothing written
    throw e;
  }
}

describe('apply converges', () => {
  it('to the source, whatever faults happened, and never touches unmanaged endpoints', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ state: stateArb, faults: fc.array(faultArb, { maxLength: 3 }) }), { minLength: 1, maxLength: 3 }), async (steps) => {
        const api = await startFakeNgrokApi();
        try {
          const theirs = [
            api.state.addCloudEndpoint({ type: 'cloud', url: 'https://unmanaged.example.com', traffic_policy: policy('https://u.internal') }),
            api.state.addCloudEndpoint({ type: 'cloud', url: 'https://tf.example.com', traffic_policy: policy('https://u.internal'), metadata: '{"managed-by":"terraform","key":"s0/api"}' }),
            api.state.addAgentEndpoint({ url: 'https://api.s0.internal' }),
          ];
          const snapshot = JSON.stringify(theirs.map((t) => api.state.getEndpoint(t.id)));
          for (const step of steps) {
            const want = desiredFor(step.state);
            for (const f of step.faults) inject(api, f);
            await once(api, want);
            api.faults.clear();
            let converged = false;
            for (let i = 0; i < 5 && !converged; i++) converged = await once(api, want);
            expect(converged).toBe(true);
            expect(managedState(api)).toEqual(wanted(want));
          }
          expect(JSON.stringify(theirs.map((t) => api.state.getEndpoint(t.id)))).toBe(snapshot);
          const ids = new Set(theirs.map((t) => t.id));
          expect(api.calls.filter((c) => c.method !== 'GET' && [...ids].some((id) => c.path.includes(id)))).toEqual([]);
        } finally {
          await api.close();
        }
      }),
      { numRuns: 100 },
    );
  });
});
