/**
 * Secrets never appear in printed output: the code frame and ESLint's `source` of an
 * `inline-secret` finding mask the value, in every format, also when the rule is turned off,
 * and a literal secret in a `.tpc` file (TPC2070) is masked the same way.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskText, secretValues } from '../../cli/format/redact.js';
import { repoRoot, tmp, tpc } from './helpers.js';

const TOKEN = '2aBcDeFgHiJkLmNoPqRsTuVwXyZ_1234567890abcdef';
const CONFIG = `version: 3\nagent:\n  authtoken: ${TOKEN}\nendpoints:\n  - name: api\n    url: https://api.internal\n    upstream:\n      url: 8080\n      bogus: ${TOKEN}\n`;

function project(): string {
  const dir = tmp();
  writeFileSync(join(dir, 'ngrok.yml'), CONFIG);
  return dir;
}

describe('secrets in lint output', () => {
  for (const format of ['stylish', 'json', 'sarif']) {
    it(`${format}: the authtoken is found but never printed`, async () => {
      const r = await tpc(['lint', '--format', format, 'ngrok.yml'], { cwd: project() });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('inline-secret');
      expect(r.stdout + r.stderr).not.toContain(TOKEN);
    });
  }

  it('stylish: masks the value in the code frame with asterisks of the same length', async () => {
    const r = await tpc(['lint', 'ngrok.yml'], { cwd: project() });
    expect(r.stdout).toContain(`3 |   authtoken: ${'*'.repeat(TOKEN.length)}`);
  });

  it('masks it in other findings\u2019 frames too, even with inline-secret turned off', async () => {
    const r = await tpc(['lint', '--rule', 'inline-secret=off', 'ngrok.yml'], { cwd: project() });
    expect(r.stdout).not.toContain('inline-secret');
    expect(r.stdout).toContain('schema');
    expect(r.stdout).not.toContain(TOKEN);
    const j = await tpc(['lint', '--rule', 'inline-secret=off', '--format', 'json', 'ngrok.yml'], { cwd: project() });
    expect(j.stdout).not.toContain(TOKEN);
  });

  it('masks a literal secret written in a .tpc file (TPC2070)', async () => {
    const dir = tmp();
    const secret = 'hunter2-very-secret-value';
    mkdirSync(join(dir, 'src'));
    writeFileSync(
      join(dir, 'src/a.tpc'),
      `identity corp = oidc issuer "https://login.example.com" client-id "portal" client-secret "${secret}"\nsite hq {\n  service web http://10.0.0.1:80\n  expose web at https://hq.example.com { allow corp }\n}\n`,
    );
    const r = await tpc(['lint', 'src/a.tpc'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('TPC2070');
    expect(r.stdout + r.stderr).not.toContain(secret);
  });
});

describe('redact helpers', () => {
  it('masks every occurrence, keeping lengths and line breaks', () => {
    expect(maskText('a: s3cret\nb: s3cret\n', ['s3cret'])).toBe('a: ******\nb: ******\n');
    const d = { code: 'inline-secret', file: 'f', range: { start: { line: 1, column: 4, offset: 3 }, end: { line: 1, column: 12, offset: 11 } } };
    expect(secretValues([d as never], new Map([['f', "a: 'abcdef'\n"]]))).toEqual(['abcdef']);
  });
});

describe('compiled output next to its source', () => {
  it('a folder walk skips tpc compile output (it would duplicate every internal URL)', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'out/site1'), { recursive: true });
    writeFileSync(join(dir, 'out/manifest.json'), JSON.stringify({ version: 1, generator: 'tpc', endpoints: [] }));
    writeFileSync(join(dir, 'out/site1/ngrok.yml'), 'version: 3\nendpoints:\n  - name: a\n    url: https://a.internal\n    upstream: { url: 8080 }\n');
    writeFileSync(join(dir, 'other.yml'), 'version: 3\nendpoints:\n  - name: a\n    url: https://a.internal\n    upstream: { url: 8080 }\n');
    const walked = await tpc(['lint', '.'], { cwd: dir });
    expect(walked.stdout).not.toContain('shared-internal-url');
    const named = await tpc(['lint', '.', 'out'], { cwd: dir });
    expect(named.stdout).toContain('shared-internal-url');
  });

  it("a .tpc file's sites are named by their site names, not the folder of the source", async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'fleet.tpc'), 'site clinic1 {\n  service api http://10.0.0.1:80\n}\n');
    // A hand-written agent in another folder serves the URL the compiler gives clinic1's api.
    mkdirSync(join(dir, 'legacy'));
    writeFileSync(join(dir, 'legacy/ngrok.yml'), 'version: 3\nendpoints:\n  - name: a\n    url: https://api.clinic1.internal\n    upstream: { url: 8080 }\n');
    const r = await tpc(['lint', 'fleet.tpc', 'legacy/ngrok.yml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("fleet.tpc:2:11  error  'https://api.clinic1.internal' of site 'clinic1' is also served by site 'legacy'");
    expect(r.stdout).toContain("legacy/ngrok.yml:4:10  error  'https://api.clinic1.internal' of site 'legacy' is also served by site 'clinic1'");
  });

  it('compiled output, linted on its own, is clean (manifest.json is not taken for an ngrok.yml)', async () => {
    const out = join(tmp(), 'out');
    const c = await tpc(['compile', 'examples/clinic-fleet/clinics.tpc', '-o', out], { cwd: repoRoot });
    expect(c.code).toBe(0);
    const r = await tpc(['lint', out], { cwd: repoRoot });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
