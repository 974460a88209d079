/**
 * `tpc compile` and `tpc fmt`, run in-process on temporary folders.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tmp, tpc } from '../cli/helpers.js';

const EXAMPLE = 'examples/clinic-fleet/clinics.tpc';
const GOLDEN = join(repoRoot, 'test/fixtures/compiler/clinic-fleet');

describe('tpc compile', () => {
  it('writes the fleet, reports up to date with --check, and catches edited, missing and stale files', async () => {
    const out = tmp();
    const first = await tpc(['compile', EXAMPLE, '-o', out], { cwd: repoRoot });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(`tpc: compiled 3 sites and 12 cloud endpoints into ${out} (38 files written, 0 unchanged).\n`);
    expect(readFileSync(join(out, 'clinic1/endpoints/rest-api.json'), 'utf8')).toBe(readFileSync(join(GOLDEN, 'clinic1/endpoints/rest-api.json'), 'utf8'));
    expect(readdirSync(out).sort()).toEqual(['clinic1', 'clinic2', 'clinic3', 'manifest.json']);

    expect(await tpc(['compile', EXAMPLE, '-o', out, '--check'], { cwd: repoRoot })).toEqual({ code: 0, stdout: '', stderr: `tpc: ${out} is up to date (38 files).\n` });

    writeFileSync(join(out, 'clinic1/ngrok.yml'), 'version: 3\n');
    writeFileSync(join(out, 'clinic2/endpoints/old.json'), '{}\n');
    const { rmSync } = await import('node:fs');
    rmSync(join(out, 'clinic3/acl.json'));
    const check = await tpc(['compile', EXAMPLE, '-o', out, '--check'], { cwd: repoRoot });
    expect(check.code).toBe(1);
    expect(check.stdout).toBe(`differs: ${out}/clinic1/ngrok.yml\nmissing: ${out}/clinic3/acl.json\nstale: ${out}/clinic2/endpoints/old.json\n`);

    const again = await tpc(['compile', EXAMPLE, '-o', out], { cwd: repoRoot });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('(2 files written, 36 unchanged, 1 stale removed)');
    expect(existsSync(join(out, 'clinic2/endpoints/old.json'))).toBe(false);
    expect((await tpc(['compile', EXAMPLE, '-o', out, '--check'], { cwd: repoRoot })).code).toBe(0);
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it('--site writes one site and keeps the other sites in the manifest', async () => {
    const out = tmp();
    expect((await tpc(['compile', EXAMPLE, '-o', out], { cwd: repoRoot })).code).toBe(0);
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    writeFileSync(join(out, 'clinic1/README.md'), 'edited\n');
    const one = await tpc(['compile', EXAMPLE, '-o', out, '--site', 'clinic2'], { cwd: repoRoot });
    expect(one.code).toBe(0);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
    expect(readFileSync(join(out, 'clinic1/README.md'), 'utf8')).toBe('edited\n');

    const fresh = tmp();
    expect((await tpc(['compile', EXAMPLE, '-o', fresh, '--site', 'clinic2'], { cwd: repoRoot })).code).toBe(0);
    expect(readdirSync(fresh).sort()).toEqual(['clinic2', 'manifest.json']);
    const manifest = JSON.parse(readFileSync(join(fresh, 'manifest.json'), 'utf8')) as { endpoints: { key: string }[] };
    expect(manifest.endpoints.map((e) => e.key)).toEqual(['clinic2/dashboard', 'clinic2/ops-db', 'clinic2/patient-db', 'clinic2/rest-api']);
  });

  it('errors in the source: exit 1, diagnostics with a code frame, nothing written', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.tpc'), 'site s {\n  service api http://10.0.0.1:80\n  expose api at https://s.example.com { allow office }\n}\n');
    const r = await tpc(['compile', 'bad.tpc', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      [
        'bad.tpc',
        "  bad.tpc:3:47  error  Unknown group or identity 'office'.  TPC2011",
        '    3 |   expose api at https://s.example.com { allow office }',
        '      |                                               ^^^^^^',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
      ].join('\n'),
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('an import that cannot be read says why: no such file, or a folder', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'shared'));
    writeFileSync(join(dir, 'main.tpc'), 'import "missing.tpc"\nimport "shared"\nsite s {\n  service api http://10.0.0.1:80\n}\n');
    const r = await tpc(['compile', 'main.tpc', '-o', 'out', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const messages = (JSON.parse(r.stdout) as { messages: { ruleId: string; line: number; column: number; message: string }[] }[]).flatMap((f) => f.messages);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`)).toEqual([
      "1:8 TPC2001 Cannot read the imported file 'missing.tpc': no such file.",
      "2:8 TPC2001 Cannot read the imported file 'shared': it is a folder.",
    ]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('--format json prints ESLint-style results on stdout', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.tpc'), 'site s {\n  expose api at https://s.example.com\n}\n');
    const r = await tpc(['compile', 'bad.tpc', '-o', 'out', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; line: number; column: number }[] }[];
    expect(results.flatMap((x) => x.messages.map((m) => [m.ruleId, m.line, m.column]))).toEqual([['TPC2011', 2, 10]]);
  });

  it('usage and I/O problems exit 2', async () => {
    const dir = tmp();
    expect(await tpc(['compile', 'none.tpc', '-o', 'out'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: "tpc: cannot read 'none.tpc': no such file\n" });
    expect(await tpc(['compile', EXAMPLE], { cwd: repoRoot })).toEqual({ code: 2, stdout: '', stderr: 'tpc: --out <dir> is required (or use --check with --out)\n' });
    expect(await tpc(['compile', EXAMPLE, '-o', dir, '--site', 'clinic9'], { cwd: repoRoot })).toEqual({ code: 2, stdout: '', stderr: "tpc: there is no site named 'clinic9' (Did you mean 'clinic1'?)\n" });
  });

  it('a failed write changes nothing and leaves no staging folder', async () => {
    const out = tmp();
    writeFileSync(join(out, 'clinic1'), 'a file where a folder must go\n');
    const r = await tpc(['compile', EXAMPLE, '-o', out], { cwd: repoRoot });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^tpc: cannot write '${out}': .*; nothing was changed\\n$`));
    expect(readdirSync(out)).toEqual(['clinic1']);
  });

  // A fresh output folder is staged by a second thread while the lint self-check runs.
  it('a fresh output folder appears whole, byte-identical to an in-place write, with no staging folder beside it', async () => {
    const parent = tmp();
    const fresh = join(parent, 'out');
    const r = await tpc(['compile', EXAMPLE, '-o', fresh], { cwd: repoRoot });
    expect(r).toEqual({ code: 0, stdout: '', stderr: `tpc: compiled 3 sites and 12 cloud endpoints into ${fresh} (38 files written, 0 unchanged).\n` });
    expect(readdirSync(parent)).toEqual(['out']);
    // The sequential writer (an existing, empty folder) writes the same bytes.
    const existing = tmp();
    expect((await tpc(['compile', EXAMPLE, '-o', existing], { cwd: repoRoot })).code).toBe(0);
    expect((await tpc(['compile', EXAMPLE, '-o', fresh, '--check'], { cwd: repoRoot })).code).toBe(0);
    expect((await tpc(['compile', EXAMPLE, '-o', existing, '--check'], { cwd: repoRoot })).code).toBe(0);
    expect(readFileSync(join(fresh, 'manifest.json'), 'utf8')).toBe(readFileSync(join(existing, 'manifest.json'), 'utf8'));
  });

  it('a lint error in the self-check writes nothing into a fresh folder and leaves no staging folder', async () => {
    const dir = tmp();
    const text = `group o = ip 10.0.0.0/8\nsite s {\n  service a http://10.0.0.1:80\n  expose a at https://s.example.com {\n    allow o\n    action before-forward { type: "forward-internal", config: { url: "https://nothing.s.internal", on_error: "continue" } }\n  }\n}\n`;
    writeFileSync(join(dir, 'main.tpc'), text);
    const r = await tpc(['compile', 'main.tpc', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('TPC2084');
    expect(readdirSync(dir)).toEqual(['main.tpc']);
  });

  // A fresh folder is compiled, checked and written 25 sites at a time: errors found after some
  // sites were already staged must still leave nothing behind.
  it('an error in a late site (after earlier sites were staged) writes nothing and leaves no staging folder', async () => {
    const head = 'group o = ip 10.0.0.0/8\ntemplate t(id) {\n  service a http://10.0.0.1:80\n  expose a at https://${id}.example.com { allow o }\n}\n';
    const sites = Array.from({ length: 60 }, (_, i) => `site s${String(i).padStart(2, '0')} = t(id: "s${i}")`);
    const cases: [string, string, string][] = [
      // An invalid user-written action, found by schema validation of the last site.
      ['validation', 'site zz {\n  service a http://10.0.0.1:80\n  expose a at https://zz.example.com {\n    allow o\n    action before-forward { type: "rate-limit", config: { bogus: 1 } }\n  }\n}\n', 'TPC2084'],
      // A lint error (the self-check) in the last site.
      ['self-check', 'site zz {\n  service a http://10.0.0.1:80\n  expose a at https://zz.example.com {\n    allow o\n    action before-forward { type: "forward-internal", config: { url: "https://nothing.zz.internal", on_error: "continue" } }\n  }\n}\n', 'TPC2084'],
      // A compile error in the policies of the last site (two identities that cannot be merged).
      ['compile', 'identity j1 = jwt issuer "https://a.example" audience "x" jwks "https://a.example/jwks"\nidentity g = oauth google\nsite zz {\n  service a http://10.0.0.1:80\n  expose a at https://zz.example.com { allow j1, g }\n}\n', 'TPC2052'],
    ];
    for (const [what, last, code] of cases) {
      const dir = tmp();
      writeFileSync(join(dir, 'main.tpc'), head + sites.join('\n') + '\n' + last);
      const r = await tpc(['compile', 'main.tpc', '-o', 'out'], { cwd: dir });
      expect(r.code, what).toBe(1);
      expect(r.stderr, what).toContain(code);
      expect(readdirSync(dir), what).toEqual(['main.tpc']);
    }
    // Without the error, the same fleet is written whole.
    const dir = tmp();
    writeFileSync(join(dir, 'main.tpc'), head + sites.join('\n') + '\n');
    const ok = await tpc(['compile', 'main.tpc', '-o', 'out'], { cwd: dir });
    expect(ok.stderr).toBe('tpc: compiled 60 sites and 60 cloud endpoints into out (301 files written, 0 unchanged).\n');
    expect(readdirSync(dir).sort()).toEqual(['main.tpc', 'out']);
    expect(readdirSync(join(dir, 'out')).length).toBe(61);
  });

  it('a fresh folder that cannot be created is a write error (exit 2) and leaves nothing', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'blocker'), 'a file where a folder must go\n');
    const r = await tpc(['compile', join(repoRoot, EXAMPLE), '-o', 'blocker/out'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: "tpc: cannot write 'blocker/out': not a folder; nothing was changed\n" });
    expect(readdirSync(dir)).toEqual(['blocker']);
  });
});

describe('tpc fmt', () => {
  it('--check reports files that would change; fmt writes them; syntax errors are reported and left alone', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'fleet'));
    writeFileSync(join(dir, 'fleet/a.tpc'), 'group   office=ip 10.0.0.0/8\n');
    writeFileSync(join(dir, 'fleet/b.tpc'), 'group office = ip 10.0.0.0/8\n');
    const check = await tpc(['fmt', '--check', 'fleet'], { cwd: dir });
    expect(check).toEqual({ code: 1, stdout: 'would reformat: fleet/a.tpc\n', stderr: '' });
    expect(await tpc(['fmt', 'fleet'], { cwd: dir })).toEqual({ code: 0, stdout: 'formatted: fleet/a.tpc\n', stderr: '' });
    expect(readFileSync(join(dir, 'fleet/a.tpc'), 'utf8')).toBe('group office = ip 10.0.0.0/8\n');
    expect(await tpc(['fmt', '--check', 'fleet'], { cwd: dir })).toEqual({ code: 0, stdout: '', stderr: 'tpc: 2 files already formatted.\n' });

    writeFileSync(join(dir, 'bad.tpc'), 'group = ip\n');
    const bad = await tpc(['fmt', 'bad.tpc'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('bad.tpc:1:7  error');
    expect(readFileSync(join(dir, 'bad.tpc'), 'utf8')).toBe('group = ip\n');
    expect((await tpc(['fmt', 'missing.tpc'], { cwd: dir })).code).toBe(2);
  });
});
