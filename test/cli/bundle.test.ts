/**
 * The built bundle, as users run it: `node dist/bin/tpc.js lint …` in a child process
 * (`npm test` builds first). Exit codes and output, stdin through a real pipe, and no stack
 * trace on hostile input.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '../../src/compiler/index.js';
import { describe, expect, it } from 'vitest';
import { fixtures, repoRoot, tmp } from './helpers.js';

const bin = join(repoRoot, 'dist/bin/tpc.js');

function run(args: string[], options: { cwd?: string; input?: string | Buffer } = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: options.cwd ?? fixtures, input: options.input ?? '', encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' }, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('dist/bin/tpc.js', () => {
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(bin)).toBe(true);
  });

  it('lints a file: exit 1 and the stylish report', () => {
    const r = run(['lint', 'after-terminal.yml', 'clean.yml']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n').slice(0, 5)).toEqual([
      'after-terminal.yml',
      "  after-terminal.yml:8:9  error  Action 'add-headers' never runs: it follows 'deny', which ends the rule's phase.  action-after-terminal",
      '    8 |       - type: add-headers',
      '      |         ^^^^^^^^^^^^^^^^^',
      "    related: after-terminal.yml:5:9  'deny' ends the phase here.",
    ]);
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('exit 0 and no output for a clean file; json and sarif parse', () => {
    expect(run(['lint', 'clean.yml'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const json = run(['lint', '-f', 'json', 'clean.yml', 'after-terminal.yml']);
    expect((JSON.parse(json.stdout) as { errorCount: number }[]).map((x) => x.errorCount)).toEqual([0, 1]);
    const sarif = run(['lint', '-f', 'sarif', 'after-terminal.yml']);
    expect((JSON.parse(sarif.stdout) as { version: string }).version).toBe('2.1.0');
  });

  it('reads standard input through a pipe', () => {
    const r = run(['lint', '-', '--stdin-filename', 'north.yml'], { input: readFileSync(join(fixtures, 'after-terminal.yml')) });
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('north.yml\n  north.yml:8:9  error  ')).toBe(true);
  });

  it('usage errors exit 2 with one line and no stack trace', () => {
    expect(run(['lint', 'missing.yml'])).toEqual({ code: 2, stdout: '', stderr: "tpc: cannot read 'missing.yml': no such file or folder\n" });
    expect(run(['lint', '--rule', 'nope=off', 'clean.yml'])).toEqual({ code: 2, stdout: '', stderr: "tpc: unknown rule 'nope' in --rule\n" });
  });

  it('hostile input: an alias bomb and binary bytes are findings, not crashes', () => {
    const dir = tmp();
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [n, p] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) lines.push(`${n}: &${n} [${Array(9).fill('*' + p).join(',')}]`);
    writeFileSync(join(dir, 'bomb.yml'), lines.join('\n') + '\n');
    writeFileSync(join(dir, 'bin.json'), Buffer.from([0x7b, 0, 0xff, 0x7d]));
    const r = run(['lint', 'bomb.yml', 'bin.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bin.json:1:1  error  The file looks binary (a NUL byte at offset 1); tpc reads only text (YAML, JSON, .tpc).  TPC0005');
    expect(r.stdout).toContain('bomb.yml:1:1  error  The YAML aliases expand to too many nodes (alias bomb); the document was not read.  TPC0007');
    expect(r.stderr).toBe('');
  });

  /** The files under dist/bin a `tpc …` process loads (an ES module load hook lists them). */
  function loaded(args: string[], cwd: string): { code: number | null; files: string[] } {
    const hook = 'data:text/javascript,' + encodeURIComponent(`export async function load(u, c, n) { if (u.startsWith('file:')) process.stderr.write('LOADED ' + u + '\\n'); return n(u, c); }`);
    const reg = 'data:text/javascript,' + encodeURIComponent(`import { register } from 'node:module'; register(${JSON.stringify(hook)});`);
    const r = spawnSync(process.execPath, ['--import', reg, bin, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' }, timeout: 60_000 });
    const files = [...r.stderr.matchAll(/^LOADED (.*)$/gm)].map((m) => relative(join(repoRoot, 'dist/bin'), fileURLToPath(m[1]!))).filter((f) => !f.startsWith('..'));
    return { code: r.status, files };
  }

  const example = join(repoRoot, 'examples/clinic-fleet');
  const expected = () => compile(readFileSync(join(example, 'clinics.tpc'), 'utf8'), { file: 'clinics.tpc', readFile: (p) => readFileSync(join(example, p), 'utf8') });
  /** Every file under `out`, by path relative to it. */
  const tree = (out: string): Map<string, string> => {
    const written = new Map<string, string>();
    const walk = (dir: string): void => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(dir, e.name));
        else written.set(relative(out, join(dir, e.name)).split('\\').join('/'), readFileSync(join(dir, e.name), 'utf8'));
      }
    };
    walk(out);
    return written;
  };
  const compileWith = (env: Record<string, string>): { code: number | null; files: Map<string, string>; stderr: string } => {
    const out = join(tmp(), 'out');
    const r = spawnSync(process.execPath, [bin, 'compile', 'clinics.tpc', '-o', out], { cwd: example, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', ...env }, timeout: 60_000 });
    return { code: r.status, files: r.status === 0 ? tree(out) : new Map(), stderr: r.stderr };
  };

  it('compile runs from the one-file build, loading no other module of tpc, and writes what compile() returns', () => {
    const out = join(tmp(), 'out');
    const r = loaded(['compile', 'clinics.tpc', '-o', out], example);
    expect(r.code).toBe(0);
    // dist/bin/tpc-all.cjs is read and run as a script (with its code cache), not imported.
    expect(r.files).toEqual(['tpc.js']);
    const written = tree(out);
    const result = expected();
    expect([...written.keys()].sort()).toEqual([...result.files.keys()].sort());
    for (const [path, content] of result.files) expect(written.get(path), path).toBe(content);
  });

  it('compile keeps a V8 code cache in a private folder: written by the first run, used by the next, replaced when damaged, none when off', () => {
    const dir = join(tmp(), 'cache');
    const first = compileWith({ TPC_CODE_CACHE_DIR: dir });
    expect(first.code).toBe(0);
    const names = readdirSync(dir);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(new RegExp(`^[0-9a-f]{16}-${process.version.replace(/\./g, '\\.')}-${process.arch}\\.bin$`));
    const file = join(dir, names[0]!);
    if (process.platform !== 'win32') {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    }
    const cache = readFileSync(file);
    expect(cache.length).toBeGreaterThan(100_000);
    // Used as it is: not written again, and the same output.
    const second = compileWith({ TPC_CODE_CACHE_DIR: dir });
    expect(second.files).toEqual(first.files);
    expect(readFileSync(file).equals(cache)).toBe(true);
    // Damaged: V8 rejects it, the run is as good, and the cache is made anew.
    writeFileSync(file, Buffer.alloc(cache.length, 7));
    const third = compileWith({ TPC_CODE_CACHE_DIR: dir });
    expect(third.code).toBe(0);
    expect(third.files).toEqual(first.files);
    expect(readFileSync(file).equals(Buffer.alloc(cache.length, 7))).toBe(false);
    expect(readdirSync(dir)).toEqual(names);
    // Off: no folder at all.
    const offDir = join(tmp(), 'off');
    expect(compileWith({ TPC_CODE_CACHE_DIR: offDir, TPC_CODE_CACHE: 'off' }).files).toEqual(first.files);
    expect(existsSync(offDir)).toBe(false);
  });

  it('compile keeps the 8 most recently written caches of other builds and Node versions, removing older ones', () => {
    const dir = join(tmp(), 'many');
    mkdirSync(dir, { mode: 0o700 });
    chmodSync(dir, 0o700);
    // Ten caches of other builds, written 10 to 1 hours ago.
    const old = Array.from({ length: 10 }, (_, i) => `old${i}-v0.0.0-x64.bin`);
    old.forEach((name, i) => {
      writeFileSync(join(dir, name), 'x');
      const t = Date.now() / 1000 - 3600 * (10 - i);
      utimesSync(join(dir, name), t, t);
    });
    expect(compileWith({ TPC_CODE_CACHE_DIR: dir }).code).toBe(0);
    const left = readdirSync(dir).sort();
    expect(left).toHaveLength(8);
    // The new cache and the seven most recent old ones.
    expect(left.filter((n) => !n.startsWith('old'))).toHaveLength(1);
    expect(left.filter((n) => n.startsWith('old'))).toEqual(old.slice(3).sort());
  });

  it('compile does not use a cache folder others can write to', () => {
    if (process.platform === 'win32') return;
    const dir = join(tmp(), 'shared');
    mkdirSync(dir, { mode: 0o777 });
    chmodSync(dir, 0o777);
    const r = compileWith({ TPC_CODE_CACHE_DIR: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^tpc: compiled /);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('every other command runs from the code-split build, never loading the one-file build', () => {
    const r = loaded(['lint', 'clean.yml'], fixtures);
    expect(r.code).toBe(0);
    expect(r.files).toContain('cli.js');
    expect(r.files).not.toContain('tpc-all.js');
    expect(r.files.filter((f) => f.startsWith('chunks/')).length).toBeGreaterThan(3);
  });
});
