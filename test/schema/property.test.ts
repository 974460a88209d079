/**
 * Properties of validateSchema: it never throws (and never falls back to its internal-error
 * issue) on arbitrary JSON values or mutated corpus documents, every issue points at a place
 * that exists in the value, and secrets never appear in messages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { validateSchema, type SchemaIssue, type SchemaKind } from '../../src/ngrok/schema.js';
import { CORPUS_DIR } from '../../scripts/shared-dir.mjs';

const KINDS: SchemaKind[] = ['traffic-policy', 'agent-config', 'cloud-endpoint'];

const corpus = CORPUS_DIR;

function corpusDocs(folder: string, every: number): unknown[] {
  const dir = path.join(corpus, folder);
  return readdirSync(dir)
    .sort()
    .filter((_, i) => i % every === 0)
    .flatMap((f) => {
      try {
        return [parse(readFileSync(path.join(dir, f), 'utf8'), { logLevel: 'silent' }) as unknown];
      } catch {
        return [];
      }
    });
}

const POLICIES = corpusDocs('policies', 4);
const AGENT_CONFIGS = corpusDocs('agent-configs', 1);

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The value at `p`, or a marker when the path does not exist. */
const MISSING = Symbol('missing');
function at(root: unknown, p: readonly (string | number)[]): unknown {
  let cur: unknown = root;
  for (const seg of p) {
    if (Array.isArray(cur) && typeof seg === 'number' && seg >= 0 && seg < cur.length) cur = cur[seg];
    else if (isRecord(cur) && typeof seg === 'string' && Object.prototype.hasOwnProperty.call(cur, seg)) cur = cur[seg];
    else return MISSING;
  }
  return cur;
}

function checkIssues(value: unknown, issues: SchemaIssue[]): void {
  for (const issue of issues) {
    expect(issue.keyword).not.toBe('internal');
    expect(issue.message.length).toBeGreaterThan(0);
    expect(issue.message).not.toMatch(/undefined|\[object Object\]|must match "then"/);
    if (issue.part === 'key') {
      const parent = at(value, issue.path.slice(0, -1));
      const key = issue.path[issue.path.length - 1];
      expect(isRecord(parent)).toBe(true);
      expect(typeof key).toBe('string');
      expect(Object.prototype.hasOwnProperty.call(parent, key as string)).toBe(true);
    } else {
      expect(at(value, issue.path)).not.toBe(MISSING);
    }
  }
}

/** Every path (to every node) of a JSON value. */
function allPaths(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (Array.isArray(v)) v.forEach((x, i) => allPaths(x, [...prefix, i], out));
  else if (isRecord(v)) for (const [k, x] of Object.entries(v)) allPaths(x, [...prefix, k], out);
  return out;
}

type Mutation = { op: 'replace' | 'delete' | 'rename' | 'wrap' | 'unwrap'; pick: number; with: unknown; name: string };

/** Applies one mutation to a deep copy of `doc`. */
function mutate(doc: unknown, m: Mutation): unknown {
  const copy = structuredClone(doc);
  const paths = allPaths(copy);
  const target = paths[m.pick % paths.length]!;
  if (target.length === 0) return m.op === 'replace' ? m.with : m.op === 'wrap' ? [copy] : copy;
  const parent = at(copy, target.slice(0, -1)) as Record<string, unknown> | unknown[];
  const key = target[target.length - 1]!;
  const get = (): unknown => (parent as Record<string | number, unknown>)[key];
  const set = (x: unknown): void => {
    (parent as Record<string | number, unknown>)[key] = x;
  };
  switch (m.op) {
    case 'replace':
      set(m.with);
      break;
    case 'wrap':
      set(isRecord(get()) ? [get()] : { [m.name]: get() });
      break;
    case 'unwrap': {
      const cur = get();
      if (Array.isArray(cur) && cur.length > 0) set(cur[0]);
      else if (isRecord(cur)) set(Object.values(cur)[0] ?? null);
      break;
    }
    case 'delete':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key as string];
      break;
    case 'rename':
      if (!Array.isArray(parent)) {
        const v = parent[key as string];
        delete parent[key as string];
        parent[m.name] = v;
      }
      break;
  }
  return copy;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom('replace', 'delete', 'rename', 'wrap', 'unwrap'),
  pick: fc.nat(),
  with: fc.jsonValue({ maxDepth: 3 }),
  name: fc.oneof(fc.constantFrom('type', 'config', 'actions', 'expressions', 'on_http_request', 'url', 'Type', 'name'), fc.string()),
});

describe('validateSchema never throws and points at existing places', () => {
  it.each(KINDS)('arbitrary JSON as %s', (kind) => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        checkIssues(value, validateSchema(kind, value));
      }),
      { numRuns: 400 },
    );
  });

  it.each(KINDS)('policy-shaped JSON as %s', (kind) => {
    const action = fc.record(
      { type: fc.oneof(fc.constantFrom('deny', 'restrict-ips', 'terminate-tls', 'set-vars', 'rate-limit', 'jwt-validation'), fc.string()), config: fc.jsonValue({ maxDepth: 3 }) },
      { requiredKeys: [] },
    );
    const rule = fc.record({ name: fc.jsonValue({ maxDepth: 1 }), expressions: fc.jsonValue({ maxDepth: 2 }), actions: fc.oneof(fc.array(action, { maxLength: 4 }), action) }, { requiredKeys: [] });
    const policy = fc.dictionary(fc.constantFrom('on_tcp_connect', 'on_http_request', 'on_http_response', 'inbound', 'on_tls_request'), fc.oneof(fc.array(rule, { maxLength: 4 }), rule));
    const doc =
      kind === 'traffic-policy'
        ? policy
        : kind === 'agent-config'
          ? fc.record({ version: fc.constantFrom(2, 3, '3', 4), endpoints: fc.array(fc.record({ name: fc.string(), upstream: fc.jsonValue({ maxDepth: 1 }), traffic_policy: policy }), { maxLength: 3 }) })
          : fc.record({ type: fc.constantFrom('cloud', 'agent'), url: fc.string(), traffic_policy: fc.oneof(policy, fc.string()) });
    fc.assert(
      fc.property(doc, (value) => {
        checkIssues(value, validateSchema(kind, value));
      }),
      { numRuns: 400 },
    );
  });

  it('mutated corpus policies', () => {
    expect(POLICIES.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.constantFrom(...POLICIES), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.constantFrom(...KINDS), (doc, ms, kind) => {
        const value = ms.reduce(mutate, doc);
        checkIssues(value, validateSchema(kind, value));
      }),
      { numRuns: 600 },
    );
  });

  it('mutated corpus agent configs', () => {
    expect(AGENT_CONFIGS.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(fc.constantFrom(...AGENT_CONFIGS), fc.array(mutation, { minLength: 1, maxLength: 3 }), (doc, ms) => {
        const value = ms.reduce(mutate, doc);
        checkIssues(value, validateSchema('agent-config', value));
      }),
      { numRuns: 400 },
    );
  });
});

describe('secrets never appear in messages', () => {
  it('basic-auth credentials, client secrets and authtokens of the wrong shape', () => {
    const secret = fc.string({ minLength: 6, maxLength: 40 }).filter((s) => !s.includes('${') && s.trim().length >= 6);
    fc.assert(
      fc.property(secret, fc.integer({ min: 100000, max: 2 ** 40 }), (s, n) => {
        const policy = {
          on_http_request: [
            {
              actions: [
                { type: 'basic-auth', config: { credentials: [s.replace(/:/g, ''), `u:${s.slice(0, 3)}`] } },
                { type: 'oauth', config: { provider: 'google', client_secret: n } },
                { type: 'verify-webhook', config: { provider: 'github', secret: n } },
              ],
            },
          ],
        };
        const agent = { version: 3, agent: { authtoken: n, api_key: n } };
        const messages = [...validateSchema('traffic-policy', policy), ...validateSchema('agent-config', agent)].map((i) => i.message).join('\n');
        expect(messages).not.toContain(s.replace(/:/g, ''));
        expect(messages).not.toContain(String(n));
      }),
      { numRuns: 200 },
    );
  });
});
