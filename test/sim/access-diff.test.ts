/**
 * The access-terms diff of `tpc plan` (src/sim/access-diff.ts): gains, losses, changed
 * refusals, created and deleted endpoints, and `unknown` outcomes reported as such.
 */

import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/index.js';
import type { CloudEndpointCreate } from '../../src/ngrok/types.js';
import { accessDiff, accessDiffFromSource, accessModelFromSource, type AccessModel } from '../../src/sim/index.js';

const BASE = `
group office = ip 203.0.113.0/24
group vpn = ip 198.51.100.128/25
identity staff = jwt
    issuer "https://auth.example"
    audience "api"
    jwks "https://auth.example/jwks.json"
identity google-staff = oauth google allow-domain "example.com"

site s1 {
  service api http://127.0.0.1:8080
  service db tcp://127.0.0.1:5432
  expose api at https://api.example.com path /api {
    allow office
    ALLOW_API
  }
  expose db at tcp://1.tcp.ngrok.io:12345 {
    allow office
    ALLOW_DB
  }
}
`;

function program(api = 'allow staff', db = ''): string {
  return BASE.replace('ALLOW_API', api).replace('ALLOW_DB', db);
}

function bodies(source: string): Map<string, CloudEndpointCreate> {
  const r = compile(source, { file: 'p.tpc' });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return new Map(r.manifest.desired.map((d) => [d.key, d.body]));
}

function model(source: string): AccessModel {
  const m = accessModelFromSource(source, { file: 'p.tpc' });
  expect(m).toBeDefined();
  return m!;
}

const before = bodies(program());

describe('accessDiff', () => {
  it('reports gains and losses per subject, with the path when it is not /', () => {
    const src = program('allow vpn', 'allow vpn');
    const after = bodies(src);
    const m = model(src);
    expect(accessDiff(m, before.get('s1/db'), after.get('s1/db'))).toEqual(['+ vpn can now reach s1/db']);
    expect(accessDiff(m, before.get('s1/api'), after.get('s1/api'))).toEqual([
      '+ vpn can now reach s1/api /api',
      '- staff can no longer reach s1/api /api',
      '~ google-staff at /api: deny 401 → deny 403',
      '~ anonymous at /api: deny 401 → deny 403',
    ]);
  });

  it('reports a change of refusal as ~ old → new', () => {
    const src = program('allow google-staff');
    const after = bodies(src);
    expect(accessDiff(model(src), before.get('s1/api'), after.get('s1/api'))).toEqual([
      '~ vpn at /api: deny 401 → login',
      '- staff can no longer reach s1/api /api',
      '+ google-staff can now reach s1/api /api',
      '~ anonymous at /api: deny 401 → login',
    ]);
  });

  it('lists who can reach a created endpoint and who loses reach to a deleted one', () => {
    const m = model(program());
    expect(accessDiff(m, undefined, before.get('s1/api'))).toEqual(['+ office can now reach s1/api /api', '+ staff can now reach s1/api /api']);
    expect(accessDiff(m, before.get('s1/db'), undefined)).toEqual(['- office can no longer reach s1/db']);
  });

  it('says nothing when neither URL nor policy changed, or when no outcome changed', () => {
    const m = model(program());
    const db = before.get('s1/db')!;
    expect(accessDiff(m, db, { ...db, description: 'new text' })).toEqual([]);
    const reordered = { ...db, traffic_policy: JSON.stringify(JSON.parse(db.traffic_policy), null, 4) };
    expect(accessDiff(m, db, reordered)).toEqual([]);
    // A different policy with the same effect for every subject.
    const policy = JSON.parse(db.traffic_policy) as { on_tcp_connect: { name?: string }[] };
    policy.on_tcp_connect[0]!.name = 'renamed';
    expect(accessDiff(m, db, { ...db, traffic_policy: JSON.stringify(policy) })).toEqual([]);
  });

  it('says "cannot tell" for unknown outcomes, never guessing', () => {
    const m = model(program());
    const db = before.get('s1/db')!;
    const unmodelled = { ...db, traffic_policy: JSON.stringify({ on_tcp_connect: [{ actions: [{ type: 'no-such-action' }] }] }) };
    const why = "the action 'no-such-action' is not modelled and could refuse the request";
    expect(accessDiff(m, db, unmodelled)).toEqual(['office', 'vpn', 'staff', 'google-staff', 'anonymous'].map((s) => `? ${s}: cannot tell (${why})`));
    const broken = { ...db, traffic_policy: '{ not: [json' };
    expect(accessDiff(m, db, broken)[0]).toMatch(/^\? office: cannot tell \(the traffic policy does not parse: /);
    // A forward to an internal endpoint the program does not have: the world is open.
    const elsewhere = { ...db, traffic_policy: JSON.stringify({ on_tcp_connect: [{ actions: [{ type: 'forward-internal', config: { url: 'tcp://db.gone.internal:5432' } }] }] }) };
    expect(accessDiff(m, db, elsewhere)).toEqual(['office', 'vpn', 'staff', 'google-staff', 'anonymous'].map((s) => `? ${s}: cannot tell (no endpoint at tcp://db.gone.internal:5432 in the simulated world)`));
  });

  it('probes an endpoint the program does not expose at the paths its policy names', () => {
    const m = model(program());
    const gone: CloudEndpointCreate = {
      type: 'cloud',
      url: 'https://old.example.com',
      traffic_policy: JSON.stringify({
        on_http_request: [
          { expressions: ["req.url.path.startsWith('/api/')", "inCidrRanges(conn.client_ip, ['203.0.113.0/24'])"], actions: [{ type: 'forward-internal', config: { url: 'https://api.s1.internal' } }] },
          { actions: [{ type: 'deny', config: { status_code: 404 } }] },
        ],
      }),
    };
    expect(accessDiff(m, gone, undefined)).toEqual(['- office can no longer reach s1/api /api/']);
  });
});

describe('accessDiffFromSource', () => {
  it('is undefined for a program that does not compile', () => {
    expect(accessDiffFromSource('site {', { file: 'bad.tpc' })).toBeUndefined();
  });

  it('builds the hook plan() takes', () => {
    const src = program('allow staff', 'allow vpn');
    const hook = accessDiffFromSource(src, { file: 'p.tpc' })!;
    expect(hook(before.get('s1/db'), bodies(src).get('s1/db'))).toEqual(['+ vpn can now reach s1/db']);
  });
});
