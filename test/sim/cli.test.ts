/**
 * `tpc test`, `tpc explain` and `tpc matrix`, run in-process.
 */

import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tmp, tpc } from '../cli/helpers.js';

const root = resolve(import.meta.dirname, '../..');
const fixtures = join(import.meta.dirname, 'fixtures/handwritten');

const SMALL = `
group office = 203.0.113.0/24
site a {
  agent bind "*.a.internal"
  service db tcp://10.0.0.1:5432
  expose db at tcp://1.tcp.ngrok.io:20001 { allow office }
}
test {
  from ip 203.0.113.9 to a.db expect allow
  from ip 198.51.100.1 to a.db expect allow
}
`;

function lastLine(s: string): string {
  const lines = s.trimEnd().split('\n');
  return lines[lines.length - 1]!;
}

describe('tpc test', () => {
  it('runs the example fleet: every test passes, exit 0, closing line "N passed, 0 failed"', async () => {
    const r = await tpc(['test', 'examples/clinic-fleet/clinics.tpc'], { cwd: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toMatch(/^\d+ passed, 0 failed$/);
    expect(r.stdout).toContain('✓ [clinic1] from ip 203.0.113.9 to ops-db expect allow  (examples/clinic-fleet/clinics.tpc:');
  });

  it('prints the reason and the trace of a failure, and exits 1', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'small.tpc'), SMALL);
    const r = await tpc(['test', 'small.tpc'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(lastLine(r.stdout)).toBe('1 passed, 1 failed');
    expect(r.stdout).toContain('✗ [a] from ip 198.51.100.1 to a.db expect allow  (small.tpc:10:3)');
    expect(r.stdout).toContain('expected allow (reaching tcp://db.a.internal:5432), got: rejected by restrict-ips: connection closed');
    expect(r.stdout).toContain('restrict-ips: denies: 198.51.100.1 is in none of the allowed CIDRs (203.0.113.0/24)');
  });

  it('--format json and --format junit', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'small.tpc'), SMALL);
    const j = await tpc(['test', 'small.tpc', '--format', 'json'], { cwd: dir });
    const parsed = JSON.parse(j.stdout) as { passed: number; failed: number; tests: { passed: boolean; line: number; trace?: unknown[] }[] };
    expect([parsed.passed, parsed.failed, j.code]).toEqual([1, 1, 1]);
    expect(parsed.tests.map((t) => [t.passed, t.line, Array.isArray(t.trace)])).toEqual([
      [true, 9, false],
      [false, 10, true],
    ]);
    const x = await tpc(['test', 'small.tpc', '--format', 'junit'], { cwd: dir });
    expect(x.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="tpc test small.tpc" tests="2" failures="1">/);
    expect(x.stdout).toContain('<failure message="expected allow (reaching tcp://db.a.internal:5432), got: rejected by restrict-ips: connection closed">');
  });

  it('--coverage lists what no test exercised; --site runs one site', async () => {
    const r = await tpc(['test', 'examples/clinic-fleet/clinics.tpc', '--coverage', '--site', 'clinic2'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('coverage:');
    expect(r.stdout).toMatch(/clinic2\/endpoints\/patient-db\.json \(tls:\/\/patient-db\.clinic2\.clinicnet\.example\): 0\/2 rules matched/);
    expect(r.stdout).not.toContain('[clinic1]');
    expect((await tpc(['test', 'examples/clinic-fleet/clinics.tpc', '--site', 'nope'], { cwd: root })).code).toBe(2);
  });

  it('runs an expectations file against hand-written files', async () => {
    const r = await tpc(['test', 'expectations.yml'], { cwd: fixtures });
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe('6 passed, 0 failed');
  });

  it('exits 1 with the diagnostics when the program does not compile, 2 for usage errors', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.tpc'), 'site a { expose nothing at https://a.example }\n');
    const bad = await tpc(['test', 'bad.tpc'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('TPC2011');
    const missing = await tpc(['test', 'missing.tpc'], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, "tpc: cannot read 'missing.tpc': no such file\n"]);
    writeFileSync(join(dir, 'policy.yml'), 'on_http_request: []\n');
    const notTests = await tpc(['test', 'policy.yml'], { cwd: dir });
    expect(notTests.code).toBe(2);
    expect(notTests.stderr).toContain('is neither a .tpc file nor an expectations file');
    expect((await tpc(['test', 'bad.tpc', '--format', 'xml'], { cwd: dir })).code).toBe(2);
  });
});

describe('tpc explain', () => {
  it('prints the trace of one request to a .tpc service', async () => {
    const r = await tpc(['explain', 'examples/clinic-fleet/clinics.tpc', '--site', 'clinic1', '--service', 'rest-api', '--from-ip', '198.51.100.7', '--path', '/api/patients', '--jwt-claims', '{"iss":"https://auth.clinicnet.example","aud":"clinic-api"}'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('request: GET https://clinic1.api.clinicnet.example/api/patients, from 198.51.100.7, TLS 1.3, JWT');
    expect(r.stdout).toContain('jwt-validation: the token from \'https://auth.clinicnet.example\' is valid');
    expect(lastLine(r.stdout)).toBe('=> forwarded to https://rest-api.clinic1.internal (upstream http://192.168.1.100:8080)');
  });

  it('sends as a group or an identity with --as', async () => {
    const r = await tpc(['explain', 'examples/clinic-fleet/clinics.tpc', '--site', 'clinic1', '--service', 'dashboard', '--as', 'google-staff'], { cwd: root });
    expect(lastLine(r.stdout)).toBe('=> forwarded to https://dashboard.clinic1.internal (upstream http://192.168.1.102:3001)');
    const g = await tpc(['explain', 'examples/clinic-fleet/clinics.tpc', '--site', 'clinic1', '--service', 'patient-db', '--as', 'office', '--tls', '1.2'], { cwd: root });
    expect(lastLine(g.stdout)).toBe('=> rejected by terminate-tls: TLS handshake failure');
  });

  it('explains a standalone policy at --url, following forward-internal into other files', async () => {
    const r = await tpc(['explain', 'db-policy.yml', 'ngrok.yml', '--url', 'tcp://1.tcp.ngrok.io:12345', '--from-ip', '203.0.113.1'], { cwd: fixtures });
    expect(r.code).toBe(0);
    expect(lastLine(r.stdout)).toBe('=> forwarded to tcp://db.clinic.internal:5432 (upstream 192.168.1.101:5432)');
    const j = await tpc(['explain', 'api.json', 'ngrok.yml', '--url', 'https://api.clinic.example/x', '--from-ip', '192.0.2.1', '--format', 'json'], { cwd: fixtures });
    expect(JSON.parse(j.stdout).outcome).toEqual({ result: 'rejected', by: 'deny', status: 403 });
    // --path replaces the path of --url, and the request line shows the URL the policy sees.
    const p = await tpc(['explain', 'api.json', 'ngrok.yml', '--url', 'https://api.clinic.example/x?a=1', '--path', '/patients', '--from-ip', '192.0.2.1'], { cwd: fixtures });
    expect(p.stdout.split('\n')[0]).toBe('request: GET https://api.clinic.example/patients?a=1, from 192.0.2.1, TLS 1.3');
  });

  describe('an agent endpoint whose policy is in traffic_policy_file', () => {
    const CONFIG = [
      'version: 3',
      'agent: {}',
      'endpoints:',
      '  - name: portal',
      '    url: https://portal.clinic.example',
      '    traffic_policy_file: portal-policy.yml',
      '    upstream: { url: 8080 }',
      '',
    ].join('\n');
    const POLICY = ['on_http_request:', '  - actions:', '      - type: restrict-ips', '        config: { enforce: true, allow: [203.0.113.0/24] }', ''].join('\n');
    const setup = () => {
      const dir = tmp();
      writeFileSync(join(dir, 'ngrok.yml'), CONFIG);
      writeFileSync(join(dir, 'portal-policy.yml'), POLICY);
      return dir;
    };

    it('tpc explain runs the file read from next to ngrok.yml as that endpoint\'s policy', async () => {
      const dir = setup();
      const out = await tpc(['explain', 'ngrok.yml', '--url', 'https://portal.clinic.example/', '--from-ip', '198.51.100.7'], { cwd: dir });
      expect(out.code).toBe(0);
      expect(lastLine(out.stdout)).toBe('=> rejected by restrict-ips: HTTP 403');
      const inside = await tpc(['explain', 'ngrok.yml', '--url', 'https://portal.clinic.example/', '--from-ip', '203.0.113.7'], { cwd: dir });
      expect(lastLine(inside.stdout)).toBe('=> forwarded to https://portal.clinic.example (upstream 8080)');
    });

    it('tpc explain: the policy file named on the command line too is the endpoint\'s, not a second endpoint at --url', async () => {
      const dir = setup();
      const out = await tpc(['explain', 'ngrok.yml', 'portal-policy.yml', '--url', 'https://portal.clinic.example/', '--from-ip', '198.51.100.7'], { cwd: dir });
      expect([out.code, lastLine(out.stdout)]).toEqual([0, '=> rejected by restrict-ips: HTTP 403']);
      // Allowed through, the request goes on to the agent endpoint's upstream.
      const inside = await tpc(['explain', 'ngrok.yml', 'portal-policy.yml', '--url', 'https://portal.clinic.example/', '--from-ip', '203.0.113.7'], { cwd: dir });
      expect(lastLine(inside.stdout)).toBe('=> forwarded to https://portal.clinic.example (upstream 8080)');
    });

    it('a traffic_policy_file that cannot be read is an error at the field (TPC5027); tpc test then fails even when its tests pass', async () => {
      const dir = tmp();
      writeFileSync(join(dir, 'ngrok.yml'), CONFIG.replace('portal-policy.yml', 'gone.yml'));
      const out = await tpc(['explain', 'ngrok.yml', '--url', 'https://portal.clinic.example/', '--from-ip', '198.51.100.7'], { cwd: dir });
      expect(out.stderr).toContain("ngrok.yml:6:26  error  Cannot read the traffic_policy_file 'gone.yml' (looked for at 'gone.yml', next to this ngrok.yml): the endpoint's policy is unknown, so it is simulated without one (every request goes to its upstream).  TPC5027");
      expect(lastLine(out.stdout)).toBe('=> forwarded to https://portal.clinic.example (upstream 8080)');
      writeFileSync(join(dir, 'expectations.yml'), ['files: [ngrok.yml]', 'tests:', '  - endpoint: https://portal.clinic.example', '    request: { ip: 198.51.100.7 }', '    expect: allow', ''].join('\n'));
      const r = await tpc(['test', 'expectations.yml'], { cwd: dir });
      expect(lastLine(r.stdout)).toBe('1 passed, 0 failed');
      expect(r.stderr).toContain('TPC5027');
      expect(r.code).toBe(1);
    });

    it('tpc test runs expectations against it', async () => {
      const dir = setup();
      writeFileSync(
        join(dir, 'expectations.yml'),
        ['files: [ngrok.yml]', 'tests:', '  - endpoint: https://portal.clinic.example', '    request: { ip: 198.51.100.7 }', '    expect: deny', '    status: 403', '  - endpoint: https://portal.clinic.example', '    request: { ip: 203.0.113.7 }', '    expect: allow', ''].join('\n'),
      );
      const r = await tpc(['test', 'expectations.yml'], { cwd: dir });
      expect([r.code, lastLine(r.stdout)]).toEqual([0, '2 passed, 0 failed']);
    });
  });

  it('does not echo a basic-auth password', async () => {
    const r = await tpc(['explain', 'db-policy.yml', '--url', 'tcp://1.tcp.ngrok.io:1', '--basic', 'nurse:hunter2-secret', '--format', 'json'], { cwd: fixtures });
    expect(r.stdout).not.toContain('hunter2-secret');
    expect(JSON.parse(r.stdout).request.basicAuth).toEqual({ username: 'nurse', password: '<redacted>' });
  });

  it('rejects incomplete or malformed flags with exit 2', async () => {
    expect((await tpc(['explain', 'examples/clinic-fleet/clinics.tpc'], { cwd: root })).code).toBe(2);
    expect((await tpc(['explain', 'db-policy.yml'], { cwd: fixtures })).code).toBe(2);
    const r = await tpc(['explain', 'db-policy.yml', '--url', 'tcp://1.tcp.ngrok.io:1', '--jwt-claims', '[1]'], { cwd: fixtures });
    expect([r.code, r.stderr]).toEqual([2, "tpc: --jwt-claims expects a JSON object, got '[1]'\n"]);
    expect((await tpc(['explain', 'db-policy.yml', '--url', 'tcp://1.tcp.ngrok.io:1', '--header', 'novalue'], { cwd: fixtures })).code).toBe(2);
  });
});

describe('tpc matrix', () => {
  it('prints who reaches what per site', async () => {
    const r = await tpc(['matrix', 'examples/clinic-fleet/clinics.tpc', '--site', 'clinic1'], { cwd: root });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^clinic1\s+rest-api\s+patient-db\s+ops-db\s+dashboard$/);
    expect(lines.find((l) => l.startsWith('  office '))).toMatch(/^ {2}office\s+allow\s+allow\+cert\s+allow\s+login$/);
    expect(lines.find((l) => l.startsWith('  blocked '))).toMatch(/^ {2}blocked\s+deny\s+deny\s+deny\s+deny$/);
    expect(lines.find((l) => l.startsWith('  anyone '))).toMatch(/^ {2}anyone\s+token\s+deny\s+deny\s+login$/);
  });

  it('--format json; a non-.tpc input is a usage error', async () => {
    const r = await tpc(['matrix', 'examples/clinic-fleet/clinics.tpc', '--format', 'json'], { cwd: root });
    const m = JSON.parse(r.stdout) as { site: string; rows: { subject: string; cells: Record<string, { access: string }> }[] }[];
    expect(m.map((x) => x.site)).toEqual(['clinic1', 'clinic2', 'clinic3']);
    expect(m[0]!.rows.find((x) => x.subject === 'staff')!.cells['rest-api']!.access).toBe('allow');
    expect((await tpc(['matrix', 'ngrok.yml'], { cwd: fixtures })).code).toBe(2);
  });
});
