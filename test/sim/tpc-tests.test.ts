/**
 * `test` blocks of .tpc programs: requests built from expectations, template tests per site,
 * problems reported per test, coverage, and the example fleet's own tests.
 */

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTests } from '../../src/sim/runner.js';
import { addressIn, addressOutside, tpcTests } from '../../src/sim/tpc-tests.js';

const root = resolve(import.meta.dirname, '../..');
const EXAMPLE = join(root, 'examples/clinic-fleet/clinics.tpc');

const BASE = `
group office = 203.0.113.0/24
group blocked = 192.0.2.0/24
identity staff = jwt issuer "https://auth.example" audience "api" jwks "https://auth.example/jwks.json"
identity portal = oauth google allow-email "ana@clinic.example"
template clinic(id, port) {
  agent bind "*.\${id}.internal"
  service api http://10.0.0.1:8080
  service db tcp://10.0.0.2:5432
  service hidden http://10.0.0.3:8080
  expose api at https://\${id}.example path /api { allow office, staff  deny blocked }
  expose db at tcp://1.tcp.ngrok.io:\${port} { allow office }
  test {
    from office to db expect allow
    to db expect deny
  }
}
site c1 = clinic(id: "c1", port: "20001")
site c2 = clinic(id: "c2", port: "20002")
`;

function suiteOf(tests: string) {
  return tpcTests(`${BASE}\ntest {\n${tests}\n}\n`, { file: 't.tpc', readFile: () => undefined });
}

describe('requests from expectations', () => {
  it('builds addresses, credentials and targets', () => {
    const s = suiteOf(
      [
        'from ip 198.51.100.7 jwt staff to c1.api path /api/x expect allow',
        'from staff to c1.api expect allow',
        'from jwt staff claims { role: "admin", aud: "other" } expired to c1.api expect deny 401',
        'from portal to c2.api method post header "X-Trace" "1" query "q" "a" tls 1.2 expect allow',
        'from oauth portal email "eve@x.example" to c1.api expect deny',
      ].join('\n'),
    );
    expect(s.compiled).toBe(true);
    const top = s.cases.filter((c) => c.site !== undefined && c.file === 't.tpc' && c.range!.start.line > 20);
    expect(top.map((c) => [c.site, c.endpoint, c.target])).toEqual([
      ['c1', 'https://c1.example', 'https://api.c1.internal'],
      ['c1', 'https://c1.example', 'https://api.c1.internal'],
      ['c1', 'https://c1.example', 'https://api.c1.internal'],
      ['c2', 'https://c2.example', 'https://api.c2.internal'],
      ['c1', 'https://c1.example', 'https://api.c1.internal'],
    ]);
    expect(top[0]!.request).toEqual({ clientIp: '198.51.100.7', jwt: { claims: { sub: 'tpc-test-user', iss: 'https://auth.example', aud: 'api' }, prefix: 'Bearer ' }, path: '/api/x' });
    expect(top[1]!.request).toMatchObject({ clientIp: '198.18.0.1', path: '/api' });
    expect(top[1]!.notes).toEqual(['from 198.18.0.1 (no address given: one in no group of the program)']);
    expect(top[2]!.request.jwt).toEqual({ claims: { sub: 'tpc-test-user', iss: 'https://auth.example', aud: 'other', role: 'admin' }, prefix: 'Bearer ', status: 'expired' });
    expect(top[2]!.expect).toEqual({ result: 'deny', status: 401 });
    expect(top[3]!.request).toMatchObject({ method: 'POST', headers: { 'X-Trace': '1' }, query: { q: ['a'] }, tls: '1.2', session: { kind: 'oauth', provider: 'google', email: 'ana@clinic.example' } });
    expect(top[4]!.request.session).toEqual({ kind: 'oauth', provider: 'google', email: 'eve@x.example' });
  });

  it('runs template tests once per site made from the template', () => {
    const s = suiteOf('');
    expect(s.cases.map((c) => `${c.site} ${c.name}`)).toEqual(['c1 from office to db expect allow', 'c1 to db expect deny', 'c2 from office to db expect allow', 'c2 to db expect deny']);
    const run = runTests(s.cases, s.world);
    expect([run.passed, run.failed]).toEqual([4, 0]);
  });

  it('treats an unexposed service as unreachable from outside', () => {
    const s = suiteOf('from office to c1.hidden expect deny\nfrom office to c1.hidden expect allow');
    const run = runTests(s.cases.slice(-2), s.world);
    expect(run.results.map((r) => [r.passed, r.message])).toEqual([
      [true, undefined],
      [false, 'expected allow (reaching https://hidden.c1.internal), got: rejected by not exposed: refused'],
    ]);
  });

  it.each([
    ['from ip 203.0.113.9 to c9.api expect allow', 'TPC5001', "The test names the site 'c9', which the program does not define."],
    ['from ip 203.0.113.9 to c1.nope expect allow', 'TPC5002', "Site 'c1' has no service 'nope'."],
    ['from ip 203.0.113.9 to api expect allow', 'TPC5003', "'to api' needs a site here (write 'to SITE.api'): only tests inside a site or template have an enclosing site."],
    ['from nobody to c1.api expect allow', 'TPC5004', "'nobody' is neither a group nor an identity of the program."],
    ['from oauth staff to c1.api expect allow', 'TPC5005', "'staff' is a JWT identity, not an OAuth one."],
    ['cert nope to c1.api expect allow', 'TPC5006', "The test's certificate names 'nope', which is neither a 'ca' declaration nor the file stem of a CA file used by 'mtls'."],
    ['to https://elsewhere.example/api expect allow', 'TPC5008', "No site exposes 'https://elsewhere.example/api'."],
  ])('a broken expectation fails with its problem: %s', (line, code, message) => {
    const s = suiteOf(line);
    const c = s.cases[s.cases.length - 1]!;
    expect(c.problem).toMatchObject({ code, message, file: 't.tpc', line: 22 });
    const run = runTests([c], s.world);
    expect(run.results[0]).toMatchObject({ passed: false, message });
  });

  it('warns about template tests no site runs, and programs without tests', () => {
    const s = tpcTests('template t(id) {\n  agent bind "*.${id}.internal"\n  test { to x expect deny }\n}\n', { file: 'u.tpc', readFile: () => undefined });
    expect(s.diagnostics.map((d) => d.code)).toContain('TPC5010');
    const none = tpcTests('site a { agent bind "*.a.internal" }\n', { file: 'n.tpc', readFile: () => undefined });
    expect(none.diagnostics.map((d) => d.code)).toContain('TPC5011');
  });

  it('does not run tests of a program that does not compile', () => {
    const s = tpcTests('site a { expose x at https://a.example }\ntest { to a.x expect deny }\n', { file: 'bad.tpc', readFile: () => undefined });
    expect(s.compiled).toBe(false);
    expect(s.cases).toEqual([]);
    expect(s.diagnostics.some((d) => d.severity === 'error')).toBe(true);
  });
});

describe('where tests run', () => {
  it('tests of a template run for the sites of a sites file too, and a site body holds its own tests', () => {
    const src = `group office = 203.0.113.0/24
template t(name, port) {
  agent bind "*.\${name}.internal"
  service db tcp://10.0.0.2:5432
  expose db at tcp://1.tcp.ngrok.io:\${port} { allow office }
  test { from office to db expect allow }
}
sites from "sites.csv" using t
site hq {
  agent bind "*.hq.internal"
  service db tcp://10.0.0.9:5432
  expose db at tcp://1.tcp.ngrok.io:30000 { allow office }
  test { from ip 198.51.100.1 to db expect deny }
}
`;
    const files: Record<string, string> = { 'sites.csv': 'name,port\nnorth,20001\nsouth,20002\n' };
    const s = tpcTests(src, { file: 'fleet.tpc', readFile: (p) => files[p] });
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(s.cases.map((c) => `${c.site}: ${c.name}`)).toEqual(['north: from office to db expect allow', 'south: from office to db expect allow', 'hq: from ip 198.51.100.1 to db expect deny']);
    expect(runTests(s.cases, s.world).failed).toBe(0);
  });

  it('a failover pair is a pool: both agents are simulated and agree', () => {
    const s = tpcTests(readFileSync(EXAMPLE, 'utf8'), { file: EXAMPLE });
    const c = s.cases.find((x) => x.site === 'clinic3' && x.name.includes('to ops-db expect allow'))!;
    const r = runTests([c], s.world);
    expect(r.passed).toBe(1);
    expect(r.results[0]!.trace.filter((t) => t.kind === 'note' && t.message.startsWith('pool member')).map((t) => t.message)).toEqual([
      'pool member 1 of 2 at tcp://ops-db.clinic3.internal:5432 (clinic3/ngrok.yml endpoint \'ops-db\')',
      'pool member 2 of 2 at tcp://ops-db.clinic3.internal:5432 (clinic3/ngrok-failover.yml endpoint \'ops-db\' (failover))',
    ]);
  });
});

describe('addresses chosen for a test', () => {
  it.each([
    ['203.0.113.0/24', '203.0.113.1'],
    ['203.0.113.7/32', '203.0.113.7'],
    ['10.0.0.4/31', '10.0.0.5'],
    ['2001:db8::/48', '2001:db8::1'],
  ])('inside %s: %s', (cidr, want) => {
    expect(addressIn(cidr)).toBe(want);
  });
  it('outside every group', () => {
    expect(addressOutside(['198.18.0.0/15'])).toBe('100.64.0.1');
    expect(addressOutside(['0.0.0.0/0'])).toBe('2001:db8:ffff:ffff::1');
    expect(addressOutside([])).toBe('198.18.0.1');
  });
});

describe('the example fleet', () => {
  it("passes its own tests, and its coverage names what they leave unexercised", () => {
    const s = tpcTests(readFileSync(EXAMPLE, 'utf8'), { file: EXAMPLE });
    expect(s.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const run = runTests(s.cases, s.world, { coverage: true });
    expect(run.results.filter((r) => !r.passed).map((r) => `${r.test.name}: ${r.message}`)).toEqual([]);
    expect(run.passed).toBeGreaterThanOrEqual(20);
    const api = run.coverage!.find((c) => c.endpoint === 'https://clinic1.api.clinicnet.example')!;
    expect(api.label).toBe('clinic1/endpoints/rest-api.json');
    expect(api.rules).toBeGreaterThan(api.rulesMatched);
    expect(api.unexercised.some((u) => u.ruleName?.includes('no exposure matches the path'))).toBe(true);
  });
});
