/**
 * The round trip of `tpc import`: for random hand-written setups (an agent config plus cloud
 * endpoint bodies, see ./arbitraries.ts) and random requests, the compiled draft sends every
 * request where the original sends it (same upstream, same rejection status, same login
 * redirect) whenever the import reports nothing unsupported; and when it does report something,
 * the draft is never more permissive: it forwards a request only where the original forwards it
 * to the same upstream.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/index.js';
import type { SimRequest } from '../../src/sim/types.js';
import { request, setup } from './arbitraries.js';
import { CASES } from './cases.js';
import { compareImport } from './equivalence.js';

const repoRoot = resolve(import.meta.dirname, '../..');

/** The example fleet compiled, as the files a team would have deployed by hand. */
function compiledFleet() {
  const file = resolve(repoRoot, 'examples/clinic-fleet/clinics.tpc');
  const result = compile(readFileSync(file, 'utf8'), { file });
  expect(result.emitSkipped).toBe(false);
  return [...result.files].filter(([p]) => /(^|\/)ngrok[^/]*\.yml$|\/endpoints\/[^/]+\.json$/.test(p)).map(([path, text]) => ({ path, text }));
}

/** Every combination of the request features the example fleet's policies look at. */
function fleetRequests(url: string): SimRequest[] {
  const ca = readFileSync(resolve(repoRoot, 'examples/clinic-fleet/certs/clinic-ca.pem'), 'utf8');
  const out: SimRequest[] = [];
  const paths = url.startsWith('https') ? ['/', '/api', '/api/patients', '/apix'] : ['/'];
  for (const clientIp of ['203.0.113.9', '198.51.100.200', '192.0.2.7', '10.0.0.1', '2001:db8:100::5'])
    for (const path of paths)
      for (const tls of ['1.2', '1.3'] as const)
        for (const jwt of [undefined, { claims: { iss: 'https://auth.clinicnet.example', aud: 'clinic-api' } }])
          for (const cert of [undefined, { ca }])
            for (const session of [undefined, { kind: 'oauth' as const, provider: 'google', email: 'a@clinicnet.example' }, { kind: 'oauth' as const, provider: 'google', email: 'a@evil.example' }]) {
              const r: SimRequest = { url: url + (url.startsWith('https') ? path : ''), clientIp, path, tls };
              if (jwt) r.jwt = jwt;
              if (cert) r.cert = cert;
              if (session) r.session = session;
              out.push(r);
            }
  return out;
}

describe('tpc import round trip (simulated)', () => {
  it('the compiled example fleet imports with nothing unsupported and behaves the same', () => {
    const cmp = compareImport(compiledFleet(), fleetRequests);
    expect(cmp.result.unsupported).toEqual([]);
    expect(cmp.urls).toHaveLength(12);
    expect(cmp.unknown).toBe(0);
    expect(cmp.compared).toBe(3600);
    expect(cmp.mismatches).toEqual([]);
  });

  it('the check notices a draft that lets more in (dropping the deny groups)', () => {
    const cmp = compareImport(compiledFleet(), fleetRequests, { mutateDraft: (s) => s.replace(/^\s+deny .*$/gm, '') });
    expect(cmp.widenings.length).toBeGreaterThan(0);
    expect(cmp.widenings.every((w) => w.request.clientIp === '192.0.2.7')).toBe(true);
  });

  it('conditional rules imported as action first/response when behave like the original', () => {
    const c = CASES.find((x) => x.name.startsWith('conditions on rules before the access rules'))!;
    const reqs: SimRequest[] = [];
    for (const clientIp of ['203.0.113.9', '198.51.100.7'])
      for (const path of ['/', '/x', '/api', '/api/x', '/api/reports/1'])
        for (const method of ['GET', 'DELETE'])
          for (const ua of ['curl/8', 'BadBot ${bot}']) reqs.push({ clientIp, path, method, headers: { 'user-agent': ua } });
    const cmp = compareImport(c.files, (url) => reqs.map((r) => ({ ...r, url: url + r.path })));
    expect(cmp.result.unsupported).toEqual([]);
    expect(cmp.result.source).toContain('action first when "req.method == \'DELETE\'"');
    expect(cmp.unknown).toBe(0);
    expect(cmp.compared).toBe(reqs.length);
    expect(cmp.mismatches).toEqual([]);
    // The check has teeth: conditions that never hold change what clients see.
    const never = compareImport(c.files, (url) => reqs.map((r) => ({ ...r, url: url + r.path })), { mutateDraft: (src) => src.replace(/ when "(?:[^"\\]|\\.)*"/g, ' when "false"') });
    expect(never.compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(never.mismatches.length).toBeGreaterThan(0);
  });

  it('conditional connection rules imported as action first when behave like the original (TCP and TLS)', () => {
    const c = CASES.find((x) => x.name.startsWith('conditions on connection rules before the access rules'))!;
    const reqs: SimRequest[] = [];
    for (const clientIp of ['203.0.113.9', '198.51.100.7', '8.8.8.8']) for (const tls of ['1.2', '1.3'] as const)
        for (const country_code of ['US', 'DE']) reqs.push({ clientIp, tls, extra: { conn: { geo: { country_code } } } });
    const cmp = compareImport(c.files, (url) => reqs.map((r) => ({ ...r, url })));
    expect(cmp.result.unsupported).toEqual([]);
    expect(cmp.result.source).toContain('action first when "conn.geo.country_code != \'US\'" { type: "deny" }');
    expect(cmp.unknown).toBe(0);
    expect(cmp.compared).toBe(reqs.length * 2);
    expect(cmp.mismatches).toEqual([]);
    // The check has teeth: a condition that never holds lets the other countries in.
    const never = compareImport(c.files, (url) => reqs.map((r) => ({ ...r, url })), { mutateDraft: (src) => src.replace(/ when "(?:[^"\\]|\\.)*"/g, ' when "false"') });
    expect(never.compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(never.widenings.length).toBeGreaterThan(0);
  });

  it('the draft compiles and behaves like the original on generated requests, or fails closed', () => {
    let faithful = 0;
    let partial = 0;
    fc.assert(
      fc.property(setup, fc.array(request, { minLength: 25, maxLength: 25 }), ({ files }, requests) => {
        const cmp = compareImport(files, (url) => requests.map((r) => ({ ...r, url: url + (url.startsWith('https') ? r.path ?? '/' : '') })));
        expect(cmp.compiled.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`), cmp.result.source).toEqual([]);
        expect(cmp.widenings, cmp.result.source).toEqual([]);
        if (cmp.result.unsupported.length === 0) {
          faithful++;
          expect(cmp.mismatches, cmp.result.source).toEqual([]);
        } else partial++;
      }),
      { numRuns: 300 },
    );
    // Both kinds of setup were generated (the generator is not stuck on one side).
    expect(faithful).toBeGreaterThan(50);
    expect(partial).toBeGreaterThan(20);
  });
});
