/**
 * `tpc --version`, `tpc --help` and `tpc <command> --help` are complete and consistent, and
 * docs/cli.md is generated from the same commander definitions (regenerate it with
 * `TPC_UPDATE_DOCS=1 npx vitest run test/adoption/cli-docs.test.ts`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectCli, renderCliDoc, type CliDoc } from '../../scripts/gen-cli-docs.mjs';
import { COMMANDS } from '../../cli/tpc.js';
import { VERSION } from '../../cli/version.js';
import { repoRoot, tpc } from '../cli/helpers.js';

let cached: CliDoc | undefined;
async function doc(): Promise<CliDoc> {
  cached ??= await collectCli({ COMMANDS, VERSION });
  return cached;
}

describe('the command-line interface', () => {
  it('VERSION equals package.json version, and tpc --version / -V print it', async () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
    expect(await tpc(['--version'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
    expect(await tpc(['-V'])).toEqual({ code: 0, stdout: `${VERSION}\n`, stderr: '' });
  });

  it('tpc --help lists every command with its summary', async () => {
    const r = await tpc(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('Usage: tpc [options] [command]\n')).toBe(true);
    const listed = [...r.stdout.matchAll(/^ {2}([a-z]+)(?: \[options\])?(?: \S+)*\s{2,}/gm)].map((m) => m[1]);
    for (const c of COMMANDS) expect(listed, c.name).toContain(c.name);
    expect(r.stdout).toContain('-V, --version');
  });

  it('every command has a summary ending in a full stop, and --help for each exits 0', async () => {
    expect(COMMANDS.length).toBeGreaterThanOrEqual(10);
    for (const c of COMMANDS) {
      expect(c.summary, c.name).toMatch(/^[A-Z].*\.$/);
      const r = await tpc([c.name, '--help']);
      expect(r.code, c.name).toBe(0);
      expect(r.stdout.startsWith(`Usage: tpc ${c.name} `), c.name).toBe(true);
      expect(r.stdout.replace(/\s+/g, ' '), c.name).toContain(c.summary);
    }
  });

  it('every argument and every option of every command has a description', async () => {
    for (const c of (await doc()).commands) {
      for (const a of c.arguments) expect(a.description, `${c.name} <${a.name}>`).toMatch(/\S/);
      for (const o of c.options) expect(o.description, `${c.name} ${o.flags}`).toMatch(/\S/);
      expect(c.options.some((o) => o.flags.includes('--help')), c.name).toBe(false);
    }
  });

  it('exit codes are documented in every command help', async () => {
    for (const c of (await doc()).commands) expect(c.help, c.name).toMatch(/Exit codes?:/);
  });

  it('docs/cli.md is current (regenerate: TPC_UPDATE_DOCS=1 npx vitest run test/adoption/cli-docs.test.ts)', async () => {
    const want = renderCliDoc(await doc());
    const path = join(repoRoot, 'docs/cli.md');
    if (process.env['TPC_UPDATE_DOCS']) writeFileSync(path, want);
    expect(readFileSync(path, 'utf8')).toBe(want);
    for (const c of COMMANDS) expect(want).toContain(`## tpc ${c.name}\n`);
  });
});
