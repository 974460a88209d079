/**
 * `tpc init`: a fresh folder becomes a working project. Right after it, `tpc lint`, `tpc test`
 * and `tpc compile --check` all pass there, and a first compile changes nothing. A folder that is
 * not empty is refused unless --force, and --force touches only the starter files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { STARTER_FILES } from '../../cli/commands/init.js';
import { tmp, tpc } from '../cli/helpers.js';

describe('tpc init', () => {
  it('scaffolds a project where lint, test and compile --check pass at once', async () => {
    const dir = tmp();
    const init = await tpc(['init', 'clinics'], { cwd: dir });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(init.stdout.split('\n').slice(0, 7)).toEqual([
      'Created a tpc project in clinics (tpc 0.1.0):',
      '  fleet.tpc',
      '  tpc.config.json',
      '  .pre-commit-config.yaml',
      '  .github/workflows/tpc.yml',
      '  .gitignore',
      '  out/  (the compiled fleet: 15 files)',
    ]);
    const project = join(dir, 'clinics');
    for (const f of STARTER_FILES.keys()) expect(readFileSync(join(project, f), 'utf8')).toBe(STARTER_FILES.get(f));
    expect(existsSync(join(project, 'out/manifest.json'))).toBe(true);

    const check = await tpc(['compile', 'fleet.tpc', '-o', 'out', '--check'], { cwd: project });
    expect(check).toEqual({ code: 0, stdout: '', stderr: 'tpc: out is up to date (15 files).\n' });

    const lint = await tpc(['lint'], { cwd: project });
    expect(lint).toEqual({ code: 0, stdout: '', stderr: '' });

    const test = await tpc(['test', 'fleet.tpc'], { cwd: project });
    expect(test.code).toBe(0);
    expect(test.stdout.trimEnd().split('\n').at(-1)).toBe('10 passed, 0 failed');

    const fmt = await tpc(['fmt', '--check', 'fleet.tpc'], { cwd: project });
    expect(fmt.code).toBe(0);

    // A first compile by the user writes nothing new.
    const compile = await tpc(['compile', 'fleet.tpc', '-o', 'out'], { cwd: project });
    expect(compile.code).toBe(0);
    expect(compile.stderr).toContain('(0 files written, 15 unchanged)');
  });

  it('writes into the current folder by default; --no-compile skips out/', async () => {
    const dir = tmp();
    const r = await tpc(['init', '--no-compile'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Created a tpc project in . (tpc 0.1.0):');
    expect(r.stdout).toContain('  npx tpc test fleet.tpc ');
    expect(existsSync(join(dir, 'fleet.tpc'))).toBe(true);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const first = await tpc(['compile', 'fleet.tpc', '-o', 'out'], { cwd: dir });
    expect(first.code).toBe(0);
    expect((await tpc(['compile', 'fleet.tpc', '-o', 'out', '--check'], { cwd: dir })).code).toBe(0);
  });

  it('refuses a folder that is not empty; --force writes only the starter files', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'notes.txt'), 'keep me\n');
    writeFileSync(join(dir, 'fleet.tpc'), '# old\n');
    const refused = await tpc(['init'], { cwd: dir });
    expect(refused).toEqual({ code: 2, stdout: '', stderr: "tpc: '.' is not empty; pass --force to write the starter files into it anyway (only they are overwritten)\n" });
    expect(readFileSync(join(dir, 'fleet.tpc'), 'utf8')).toBe('# old\n');
    const forced = await tpc(['init', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('keep me\n');
    expect(readFileSync(join(dir, 'fleet.tpc'), 'utf8')).toBe(STARTER_FILES.get('fleet.tpc'));
  });

  it('refuses a path that is a file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x'), '');
    expect(await tpc(['init', 'x'], { cwd: dir })).toEqual({ code: 2, stdout: '', stderr: "tpc: 'x' exists and is not a folder\n" });
  });

  it('an empty folder, or a fresh npm project or git clone, counts as empty', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'empty'));
    expect((await tpc(['init', 'empty', '--no-compile'], { cwd: dir })).code).toBe(0);
    mkdirSync(join(dir, 'npm/node_modules/x'), { recursive: true });
    mkdirSync(join(dir, 'npm/.git'));
    for (const f of ['package.json', 'package-lock.json', '.npmrc']) writeFileSync(join(dir, 'npm', f), '{}\n');
    expect((await tpc(['init', 'npm', '--no-compile'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'npm/package.json'), 'utf8')).toBe('{}\n');
  });

  it('the pre-commit config and the workflow are valid YAML naming the right commands', () => {
    const pc = parseYaml(STARTER_FILES.get('.pre-commit-config.yaml')!) as { repos: { repo: string; hooks: { id: string; entry: string }[] }[] };
    expect(pc.repos[0]!.hooks.map((h) => [h.id, h.entry])).toEqual([
      ['tpc-lint', 'npx --no-install tpc lint'],
      ['tpc-fmt', 'npx --no-install tpc fmt --check'],
      ['tpc-compile-check', 'npx --no-install tpc compile fleet.tpc -o out --check'],
    ]);
    const wf = parseYaml(STARTER_FILES.get('.github/workflows/tpc.yml')!) as { jobs: Record<string, { steps: { run?: string }[] }> };
    const runs = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.run).filter((r): r is string => r !== undefined));
    expect(runs).toEqual([
      'npm ci',
      'npx tpc lint --format sarif > tpc.sarif',
      'npx tpc compile fleet.tpc -o out --check',
      'npx tpc test fleet.tpc',
      'npx tpc plan out --format markdown > plan.md || [ $? -eq 2 ]',
      'gh pr comment ${{ github.event.pull_request.number }} --body-file plan.md --edit-last || gh pr comment ${{ github.event.pull_request.number }} --body-file plan.md',
      'npm ci',
      'npx tpc apply out --yes',
    ]);
  });
});
