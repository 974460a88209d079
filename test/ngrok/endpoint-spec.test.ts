// The fast paths of src/ngrok/endpoint-spec.ts give exactly what the plain definitions give:
// canonicalJson against a straightforward reference writer, and desiredEndpoint with the policy
// as a value against the same policy passed as canonical text (which is parsed for the hash).
import fc from 'fast-check';
import { deepFreeze } from '../../src/ngrok/immutable.js';
import { describe, expect, it } from 'vitest';
import { canonicalJson, computeHash, desiredEndpoint, policyWithoutRuleNames } from '../../src/ngrok/endpoint-spec.js';

/** The definition: sorted keys, no whitespace, undefined dropped, cycles as null. */
function reference(value: unknown): string {
  const seen = new Set<object>();
  const write = (v: unknown): string | undefined => {
    if (v === null) return 'null';
    if (typeof v === 'string') return JSON.stringify(v);
    if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : 'null';
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (typeof v === 'bigint') return v.toString();
    if (typeof v !== 'object') return undefined;
    if (seen.has(v)) return 'null';
    const j = v as { toJSON?: () => unknown };
    if (typeof j.toJSON === 'function' && !Array.isArray(v)) return write(j.toJSON());
    seen.add(v);
    const out = Array.isArray(v)
      ? '[' + v.map((x) => write(x) ?? 'null').join(',') + ']'
      : '{' +
        Object.keys(v)
          .sort()
          .flatMap((k) => {
            const s = write((v as Record<string, unknown>)[k]);
            return s === undefined ? [] : [JSON.stringify(k) + ':' + s];
          })
          .join(',') +
        '}';
    seen.delete(v);
    return out;
  };
  return write(value) ?? 'null';
}

const anything = fc.anything({ withBigInt: true, withDate: true, withNullPrototype: true, withObjectString: true, withSparseArray: true });

describe('canonicalJson fast path', () => {
  it('equals the reference definition on any value', () => {
    fc.assert(
      fc.property(anything, (v) => {
        expect(canonicalJson(v)).toBe(reference(v));
      }),
    );
  });

  it('handles cycles and shared (non-cyclic) references like the reference', () => {
    const shared = { z: 1, a: [1, 2] };
    const cyc: Record<string, unknown> = { b: shared, a: shared };
    cyc['self'] = cyc;
    const arr: unknown[] = [shared];
    arr.push(arr);
    expect(canonicalJson(cyc)).toBe(reference(cyc));
    expect(canonicalJson(cyc)).toBe('{"a":{"a":[1,2],"z":1},"b":{"a":[1,2],"z":1},"self":null}');
    expect(canonicalJson(arr)).toBe(reference(arr));
  });
});

describe('desiredEndpoint with the policy as a value', () => {
  const policy = fc.dictionary(fc.constantFrom('on_http_request', 'on_tcp_connect', 'on_http_response', 'x'), fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 3 }));
  const body = fc.record(
    {
      url: fc.constantFrom('https://A.example', 'https://a.example:443/', 'tcp://1.tcp.ngrok.io:12345', 'tls://db.example', 'not a url'),
      description: fc.string(),
      bindings: fc.array(fc.constantFrom('public', 'internal', 'kubernetes'), { maxLength: 2 }),
      pooling_enabled: fc.boolean(),
    },
    { requiredKeys: ['url'] },
  );

  it('gives the same body, metadata and hash as the canonical text', () => {
    fc.assert(
      fc.property(body, policy, fc.option(fc.string(), { nil: undefined }), (b, p, source) => {
        const opts = source === undefined ? {} : { source };
        const fast = desiredEndpoint('s/n', { ...b, traffic_policy: p }, opts);
        const slow = desiredEndpoint('s/n', { ...b, traffic_policy: canonicalJson(p) }, opts);
        expect(fast).toEqual(slow);
        expect(JSON.stringify(fast.body)).toBe(JSON.stringify(slow.body));
        expect(fast.hash).toBe(computeHash(slow.body));
      }),
    );
  });
});

describe('desiredEndpoint hashes named rules like their unnamed text', () => {
  // Rules that usually carry a name, mixed with odd items, so the one-pass writer of the named
  // and unnamed texts meets what the general path (policyWithoutRuleNames + canonicalJson) meets.
  const rule = fc.oneof(
    { weight: 4, arbitrary: fc.record({ name: fc.string(), expressions: fc.array(fc.string(), { maxLength: 2 }), actions: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 2 }), extra: fc.jsonValue({ maxDepth: 1 }) }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: anything },
  );
  const policy = fc.dictionary(fc.constantFrom('on_http_request', 'on_tcp_connect', 'name', 'on_http_response'), fc.oneof(fc.array(rule, { maxLength: 4 }), anything));

  it('equals the general path on the same policy', () => {
    fc.assert(
      fc.property(policy, (p) => {
        const fast = desiredEndpoint('s/n', { url: 'https://a.example', traffic_policy: p });
        // The same policy with a prototype that is not Object.prototype takes the general path.
        const general = desiredEndpoint('s/n', { url: 'https://a.example', traffic_policy: Object.assign(Object.create(Object.create(null) as object) as object, p) });
        expect(fast.body.traffic_policy).toBe(canonicalJson(p));
        expect(fast).toEqual(general);
      }),
      { numRuns: 300 },
    );
  });
});

describe('desiredEndpoint on frozen rules (their texts are remembered per rule)', () => {
  const rule = fc.record({ name: fc.string(), expressions: fc.array(fc.string(), { maxLength: 2 }), actions: fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 2 }) }, { requiredKeys: ['actions'] });
  const policy = fc.dictionary(fc.constantFrom('on_http_request', 'on_tcp_connect', 'on_http_response'), fc.array(rule, { maxLength: 4 }));

  it('equals the text and hash of an unfrozen copy, also when a frozen rule is met again in another policy (property)', () => {
    fc.assert(
      fc.property(policy, (p) => {
        const copy = structuredClone(p);
        const frozen = deepFreeze(p);
        // The same frozen rules again, in another policy object and order.
        const again = Object.fromEntries(Object.entries(frozen).map(([k, rules]) => [k, [...rules].reverse()]));
        const copyAgain = Object.fromEntries(Object.entries(copy).map(([k, rules]) => [k, [...rules].reverse()]));
        for (const [a, b] of [[frozen, copy], [again, copyAgain], [frozen, copy]] as const) {
          const fast = desiredEndpoint('s/n', { url: 'https://a.example', traffic_policy: a });
          const plain = desiredEndpoint('s/n', { url: 'https://a.example', traffic_policy: b });
          expect(fast).toEqual(plain);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('rule names are provenance, not content', () => {
  const policy = (name: string) => ({ on_http_request: [{ name, actions: [{ type: 'deny' }] }] });
  const body = (name: string) => ({ url: 'https://a.example.com', bindings: ['public'], traffic_policy: policy(name) });

  it('policyWithoutRuleNames drops only rule names', () => {
    expect(policyWithoutRuleNames(policy('clinics.tpc:12 deny blocked'))).toEqual({ on_http_request: [{ actions: [{ type: 'deny' }] }] });
    const unnamed = { on_tcp_connect: [{ actions: [{ type: 'deny' }] }] };
    expect(policyWithoutRuleNames(unnamed)).toBe(unnamed);
    expect(policyWithoutRuleNames('not a policy')).toBe('not a policy');
  });

  it('the hash does not change when only rule names (source lines) change, and changes with content', () => {
    const a = desiredEndpoint('s/a', body('clinics.tpc:12 deny'));
    const b = desiredEndpoint('s/a', body('clinics.tpc:13 deny'));
    expect(a.hash).toBe(b.hash);
    expect(a.body.traffic_policy).not.toBe(b.body.traffic_policy);
    expect(computeHash(a.body)).toBe(a.hash);
    const c = desiredEndpoint('s/a', { ...body('x'), traffic_policy: { on_http_request: [{ actions: [{ type: 'deny', config: { status_code: 404 } }] }] } });
    expect(c.hash).not.toBe(a.hash);
  });
});
