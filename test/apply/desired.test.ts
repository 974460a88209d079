import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  computeHash,
  desiredEndpoint,
  effectiveBindings,
  loadManifest,
  normalizeEndpointUrl,
  readManagedMetadata,
} from '../../src/apply/desired.js';

const POLICY = { on_http_request: [{ actions: [{ type: 'forward-internal', config: { url: 'https://rest.clinic1.internal' } }] }] };

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [3, { d: true, c: null }] }, '{"a":[3,{"c":null,"d":true}],"b":1}'],
    [{ a: undefined, b: 'x' }, '{"b":"x"}'],
    [[undefined, 1], '[null,1]'],
    ['é"', '"é\\""'],
    [Number.NaN, 'null'],
    [undefined, 'null'],
  ])('%j → %s', (value, text) => {
    expect(canonicalJson(value)).toBe(text);
  });

  it('is JSON that parses back to an equal value, whatever the key order', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const text = canonicalJson(v);
        expect(canonicalJson(JSON.parse(text))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(v)));
      }),
    );
  });
});

describe('normalizeEndpointUrl', () => {
  it.each([
    ['HTTPS://Clinic1.API.Example:443', 'https://clinic1.api.example'],
    ['https://a.example:8443/', 'https://a.example:8443'],
    ['http://a.example:80', 'http://a.example'],
    ['tls://a.example:443', 'tls://a.example'],
    ['tcp://1.tcp.ngrok.io:20000', 'tcp://1.tcp.ngrok.io:20000'],
    ['https://rest.clinic1.internal:0443', 'https://rest.clinic1.internal'],
    ['  https://x.example  ', 'https://x.example'],
    ['HTTPS://x.example/path', 'https://x.example/path'],
  ])('%s → %s', (a, b) => {
    expect(normalizeEndpointUrl(a)).toBe(b);
  });
});

describe('effectiveBindings', () => {
  it('defaults from the host and sorts', () => {
    expect(effectiveBindings({ url: 'https://x.internal' })).toEqual(['internal']);
    expect(effectiveBindings({ url: 'https://x.example', bindings: [] })).toEqual(['public']);
    expect(effectiveBindings({ url: 'https://x.example', bindings: ['public'] })).toEqual(['public']);
  });
});

describe('computeHash', () => {
  const body = {
    type: 'cloud' as const,
    url: 'https://clinic1.api.example',
    bindings: ['public'],
    description: 'REST API',
    traffic_policy: canonicalJson(POLICY),
    pooling_enabled: false,
  };
  it('is sha256 over the canonical JSON of the hashed fields', async () => {
    const { createHash } = await import('node:crypto');
    const expected = createHash('sha256')
      .update(canonicalJson({ url: body.url, bindings: ['public'], pooling_enabled: false, description: 'REST API', traffic_policy: POLICY }))
      .digest('hex');
    expect(computeHash(body)).toBe('sha256:' + expected);
  });
  it('ignores spelling that the API treats as equal', () => {
    const h = computeHash(body);
    expect(computeHash({ ...body, url: 'HTTPS://Clinic1.api.example:443' })).toBe(h);
    expect(computeHash({ ...body, traffic_policy: JSON.stringify(POLICY, null, 2) })).toBe(h);
    expect(computeHash({ ...body, traffic_policy: 'on_http_request:\n  - actions:\n      - type: forward-internal\n        config: {url: "https://rest.clinic1.internal"}\n' })).toBe(h);
    const { bindings: _b, pooling_enabled: _p, ...bare } = body;
    expect(computeHash(bare)).toBe(h);
    expect(computeHash({ ...body, metadata: 'anything' })).toBe(h);
  });
  it('changes with every hashed field', () => {
    const h = computeHash(body);
    expect(computeHash({ ...body, description: 'x' })).not.toBe(h);
    expect(computeHash({ ...body, pooling_enabled: true })).not.toBe(h);
    expect(computeHash({ ...body, bindings: ['internal'] })).not.toBe(h);
    expect(computeHash({ ...body, url: 'https://clinic2.api.example' })).not.toBe(h);
    expect(computeHash({ ...body, traffic_policy: '{"on_http_request":[]}' })).not.toBe(h);
  });
  it('never throws, even for a policy that does not parse', () => {
    expect(computeHash({ ...body, traffic_policy: '{ nope: [' })).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('metadata marker', () => {
  it('reads only tpc markers', () => {
    expect(readManagedMetadata('{"managed-by":"tpc","key":"a/b"}')?.key).toBe('a/b');
    expect(readManagedMetadata('{"managed-by":"terraform","key":"a/b"}')).toBeUndefined();
    expect(readManagedMetadata('{"managed-by":"tpc"}')).toBeUndefined();
    expect(readManagedMetadata('not json')).toBeUndefined();
    expect(readManagedMetadata(undefined)).toBeUndefined();
    expect(readManagedMetadata('[1]')).toBeUndefined();
  });
  it('desiredEndpoint fills marker and hash', () => {
    const d = desiredEndpoint('clinic1/rest-api', { url: 'https://clinic1.api.example', traffic_policy: canonicalJson(POLICY) }, { site: 'clinic1', source: 'clinics.tpc' });
    expect(d.hash).toBe(computeHash(d.body));
    expect(JSON.parse(d.body.metadata!)).toEqual({ 'managed-by': 'tpc', key: 'clinic1/rest-api', hash: d.hash, source: 'clinics.tpc' });
    expect(d.site).toBe('clinic1');
  });
});

describe('loadManifest', () => {
  async function fixture(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'tpc-manifest-'));
    for (const [name, text] of Object.entries(files)) {
      await mkdir(join(dir, name, '..'), { recursive: true });
      await writeFile(join(dir, name), text);
    }
    return dir;
  }
  const good = desiredEndpoint('clinic1/rest-api', { url: 'https://clinic1.api.example', bindings: ['public'], description: 'd', traffic_policy: canonicalJson(POLICY), pooling_enabled: false }, { source: 'clinics.tpc' });
  const manifest = (entries: unknown[]) => JSON.stringify({ version: 1, generator: 'tpc', source: 'clinics.tpc', endpoints: entries });
  const entry = { key: good.key, site: 'clinic1', file: 'clinic1/endpoints/rest-api.json', url: good.body.url, hash: good.hash };

  it('reads a folder', async () => {
    const dir = await fixture({ 'manifest.json': manifest([entry]), [entry.file]: JSON.stringify(good.body) });
    const r = await loadManifest(dir);
    expect(r.diagnostics).toEqual([]);
    expect(r.endpoints).toEqual([{ key: good.key, site: 'clinic1', body: good.body, hash: good.hash }]);
    const r2 = await loadManifest(join(dir, 'manifest.json'));
    expect(r2.endpoints).toHaveLength(1);
  });

  it.each([
    ['missing manifest', {}, 'TPC6001'],
    ['bad JSON', { 'manifest.json': '{' }, 'TPC6002'],
    ['wrong version', { 'manifest.json': JSON.stringify({ version: 2, endpoints: [] }) }, 'TPC6003'],
    ['duplicate key', { 'manifest.json': manifest([entry, entry]), [entry.file]: JSON.stringify(good.body) }, 'TPC6004'],
    ['escaping path', { 'manifest.json': manifest([{ ...entry, file: '../x.json' }]) }, 'TPC6005'],
    ['missing body', { 'manifest.json': manifest([entry]) }, 'TPC6001'],
    ['body not JSON', { 'manifest.json': manifest([entry]), [entry.file]: '{' }, 'TPC6006'],
    ['edited body', { 'manifest.json': manifest([entry]), [entry.file]: JSON.stringify({ ...good.body, description: 'edited' }) }, 'TPC6012'],
    ['no marker', { 'manifest.json': manifest([entry]), [entry.file]: JSON.stringify({ ...good.body, metadata: '{}' }) }, 'TPC6010'],
    ['other key', { 'manifest.json': manifest([{ ...entry, key: 'clinic9/x' }]), [entry.file]: JSON.stringify(good.body) }, 'TPC6011'],
    ['url mismatch', { 'manifest.json': manifest([{ ...entry, url: 'https://other.example' }]), [entry.file]: JSON.stringify(good.body) }, 'TPC6013'],
    ['bad policy', { 'manifest.json': manifest([entry]), [entry.file]: JSON.stringify({ ...good.body, traffic_policy: '{ a: [' }) }, 'TPC6009'],
    ['wrong type', { 'manifest.json': manifest([entry]), [entry.file]: JSON.stringify({ ...good.body, type: 'agent' }) }, 'TPC6008'],
  ])('%s gives %s', async (_name, files, code) => {
    const dir = await fixture(files as Record<string, string>);
    const r = await loadManifest(dir);
    expect(r.diagnostics.map((d) => d.code)).toContain(code);
    expect(r.diagnostics.every((d) => d.severity === 'error')).toBe(true);
    if (code !== 'TPC6004') expect(r.endpoints).toEqual([]);
  });
});
