// Immutable values (src/ngrok/immutable.ts) let the serialisers and the schema validator remember
// facts by identity. Every remembered fact must equal what the plain computation gives, however
// the value is shared, and nothing mutable is ever remembered.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toYaml } from '../../src/compiler/yaml.js';
import { canonicalJson } from '../../src/ngrok/endpoint-spec.js';
import { deepFreeze, Interner, isImmutable } from '../../src/ngrok/immutable.js';
import { validateSchema } from '../../src/ngrok/schema.js';
import { CORPUS_DIR } from '../../scripts/shared-dir.mjs';

const corpus = path.join(CORPUS_DIR, 'policies');

/** Plain JSON data built from fast-check's JSON values (objects, arrays, strings, numbers…). */
const json = fc.jsonValue({ maxDepth: 4 }) as fc.Arbitrary<unknown>;

/** A structure that holds the same frozen subtree in several places, and its plain copy. */
const shared = fc.tuple(json, json, fc.nat(3)).map(([outer, inner, n]) => {
  const frozen = deepFreeze(structuredClone(inner));
  const withShared = { a: frozen, b: [frozen, outer, frozen].slice(0, n + 1), c: { d: frozen } };
  const plain = { a: structuredClone(inner), b: [structuredClone(inner), structuredClone(outer), structuredClone(inner)].slice(0, n + 1), c: { d: structuredClone(inner) } };
  return { withShared, plain };
});

describe('deepFreeze', () => {
  it('freezes and registers every object and array of plain JSON data', () => {
    const v = deepFreeze({ a: [1, { b: 'x' }], c: { d: null } });
    expect(Object.isFrozen(v)).toBe(true);
    expect(Object.isFrozen(v.a[1])).toBe(true);
    expect(isImmutable(v)).toBe(true);
    expect(isImmutable(v.a)).toBe(true);
    expect(isImmutable(v.a[1])).toBe(true);
    expect(isImmutable(v.c)).toBe(true);
    expect(isImmutable('x')).toBe(false);
    expect(isImmutable(null)).toBe(false);
  });

  it('does not register values that are not plain acyclic data, nor their ancestors', () => {
    const cyclic: Record<string, unknown> = { a: { b: 1 } };
    cyclic['self'] = cyclic;
    deepFreeze(cyclic);
    expect(isImmutable(cyclic)).toBe(false);
    expect(isImmutable(cyclic['a'])).toBe(true);

    const withDate = deepFreeze({ when: new Date(0), ok: { x: 1 } });
    expect(isImmutable(withDate)).toBe(false);
    expect(isImmutable(withDate.ok)).toBe(true);

    const withFunction = deepFreeze({ toJSON: () => 1 });
    expect(isImmutable(withFunction)).toBe(false);
  });

  it('leaves objects that were never given to it mutable and unregistered', () => {
    const v = { a: 1 };
    expect(isImmutable(v)).toBe(false);
    expect(Object.isFrozen(v)).toBe(false);
    expect(isImmutable(Object.freeze({ a: 1 }))).toBe(false);
  });
});

describe('Interner', () => {
  it('returns one frozen object per distinct JSON text', () => {
    const i = new Interner();
    const a = i.intern({ type: 'deny', config: { status_code: 403 } });
    const b = i.intern({ type: 'deny', config: { status_code: 403 } });
    const c = i.intern({ type: 'deny', config: { status_code: 404 } });
    const d = i.intern({ config: { status_code: 403 }, type: 'deny' });
    expect(b).toBe(a);
    expect(c).not.toBe(a);
    expect(d).not.toBe(a); // key order is part of the text: the YAML keeps the order written
    expect(isImmutable(a)).toBe(true);
    expect(() => {
      (a.config as { status_code: number }).status_code = 500;
    }).toThrow(TypeError);
  });
});

describe('facts remembered for immutable values equal the plain computation', () => {
  it('canonicalJson (property)', () => {
    fc.assert(
      fc.property(shared, ({ withShared, plain }) => {
        const expected = canonicalJson(plain);
        expect(canonicalJson(withShared)).toBe(expected);
        expect(canonicalJson(withShared)).toBe(expected); // again, from the memo
      }),
      { numRuns: 300 },
    );
  });

  it('toYaml (property)', () => {
    fc.assert(
      fc.property(shared, ({ withShared, plain }) => {
        const expected = toYaml(plain);
        expect(toYaml(withShared)).toBe(expected);
        expect(toYaml(withShared)).toBe(expected);
        expect(toYaml(deepFreeze(structuredClone(plain)))).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('schema validation of every corpus policy, frozen or not, twice', () => {
    const files = readdirSync(corpus).filter((f) => /\.(ya?ml|json)$/.test(f));
    expect(files.length).toBeGreaterThan(100);
    let withIssues = 0;
    for (const f of files) {
      let value: unknown;
      try {
        value = parse(readFileSync(path.join(corpus, f), 'utf8'), { logLevel: 'silent' });
      } catch {
        continue;
      }
      const expected = validateSchema('traffic-policy', value);
      if (expected.length > 0) withIssues++;
      const frozen = deepFreeze(structuredClone(value));
      expect(validateSchema('traffic-policy', frozen), f).toEqual(expected);
      expect(validateSchema('traffic-policy', frozen), f).toEqual(expected);
    }
    expect(withIssues).toBeGreaterThan(10); // the corpus has broken policies: errors are reported from the memo path too
  });

  it('an invalid frozen action is reported every time, and a mutable action is judged as it is now', () => {
    const bad = deepFreeze({ type: 'deny', config: { status_code: 'nope' } });
    const policy = { on_http_request: [{ actions: [bad] }] };
    const first = validateSchema('traffic-policy', policy);
    expect(first.length).toBeGreaterThan(0);
    expect(validateSchema('traffic-policy', policy)).toEqual(first);

    const mutable: { type: string; config: { status_code: unknown } } = { type: 'deny', config: { status_code: 403 } };
    const p2 = { on_http_request: [{ actions: [mutable] }] };
    expect(validateSchema('traffic-policy', p2)).toEqual([]);
    mutable.config.status_code = 'nope';
    expect(validateSchema('traffic-policy', p2)).toEqual(validateSchema('traffic-policy', { on_http_request: [{ actions: [{ type: 'deny', config: { status_code: 'nope' } }] }] }));
    expect(validateSchema('traffic-policy', p2).length).toBeGreaterThan(0);
  });

  it('a frozen rule: an invalid one is reported every time, a valid one shared by phases validates like copies', () => {
    const bad = deepFreeze({ name: 'r', actions: [] as unknown[] });
    const policy = { on_http_request: [bad] };
    const first = validateSchema('traffic-policy', policy);
    expect(first.length).toBeGreaterThan(0);
    expect(validateSchema('traffic-policy', policy)).toEqual(first);

    const ok = deepFreeze({ name: 'ok', expressions: ["req.url.path.startsWith('/a')"], actions: [{ type: 'deny' }] });
    const shared = { on_http_request: [ok, { ...ok, actions: [{ type: 'bogus' }] }], on_http_response: [ok] };
    const copies = { on_http_request: [structuredClone(ok), { ...structuredClone(ok), actions: [{ type: 'bogus' }] }], on_http_response: [structuredClone(ok)] };
    expect(validateSchema('traffic-policy', shared)).toEqual(validateSchema('traffic-policy', copies));
    expect(validateSchema('traffic-policy', shared)).toEqual(validateSchema('traffic-policy', copies));
  });

  it('a valid frozen action shared by many rules validates like separate copies', () => {
    const ok = deepFreeze({ type: 'restrict-ips', config: { enforce: true, allow: ['203.0.113.0/24'] } });
    const sharedPolicy = { on_http_request: [{ actions: [ok] }, { actions: [ok, { type: 'bogus' }] }] };
    const copies = { on_http_request: [{ actions: [structuredClone(ok)] }, { actions: [structuredClone(ok), { type: 'bogus' }] }] };
    expect(validateSchema('traffic-policy', sharedPolicy)).toEqual(validateSchema('traffic-policy', copies));
  });
});
