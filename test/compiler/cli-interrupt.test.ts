/**
 * An interrupted `tpc compile` (Ctrl-C, SIGTERM) into a fresh folder leaves nothing behind: the
 * staging folder is removed and the output folder never appears. Runs the built bundle in a
 * child process (npm test builds first) on a fleet large enough to be interrupted mid-way.
 */
import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, tmp } from '../cli/helpers.js';

const bin = join(repoRoot, 'dist/bin/tpc.js');

function fleet(n: number): string {
  const head = 'group o = ip 10.0.0.0/8\ntemplate t(id) {\n  service a http://10.0.0.1:80\n  service b tcp://10.0.0.2:5432\n  expose a at https://${id}.example.com { allow o }\n  expose b at tls://db.${id}.example.com { allow o }\n}\n';
  return head + Array.from({ length: n }, (_, i) => `site s${i} = t(id: "s${i}")`).join('\n') + '\n';
}

async function interrupt(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null; left: string[] }> {
  const dir = tmp();
  writeFileSync(join(dir, 'fleet.tpc'), fleet(3000));
  const child = spawn(process.execPath, [bin, 'compile', 'fleet.tpc', '-o', 'out'], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
  // Wait until staging has begun (a hidden folder next to `out`), then interrupt.
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline && !readdirSync(dir).some((n) => n.startsWith('.out.tpc-staging-'))) await new Promise((r) => setTimeout(r, 5));
  expect(readdirSync(dir).some((n) => n.startsWith('.out.tpc-staging-')), 'staging began').toBe(true);
  child.kill(signal);
  const r = await exited;
  return { ...r, left: readdirSync(dir).sort() };
}

describe('tpc compile, interrupted', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('%s removes the staging folder and writes nothing (exit %i)', async (signal, code) => {
    const r = await interrupt(signal);
    expect(r.code).toBe(code);
    expect(r.left).toEqual(['fleet.tpc']);
  }, 60_000);
});

describe('tpc compile into an existing folder, interrupted while writing', () => {
  it('finishes the write first: the folder is complete and consistent, no staging is left, exit 130', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'fleet.tpc'), fleet(1000));
    // An existing folder: written the ordinary (synchronous, staged-then-renamed) way.
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, 'out'));
    const child = spawn(process.execPath, [bin, 'compile', 'fleet.tpc', '-o', 'out'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    const staging = () => readdirSync(join(dir, 'out')).some((n) => n.startsWith('.tpc-staging-'));
    while (Date.now() < deadline && !staging()) await new Promise((r) => setTimeout(r, 2));
    expect(staging(), 'staging began').toBe(true);
    child.kill('SIGINT');
    const code = await exited;
    expect(readdirSync(join(dir, 'out')).filter((n) => n.startsWith('.'))).toEqual([]);
    // The signal landed during the synchronous write, which was finished first.
    expect(code).toBe(130);
    expect(stderr).toContain('tpc: interrupted (SIGINT) while writing; the write was finished first, so out is complete.');
    // Every file is the new one: --check finds nothing to change.
    const check = spawn(process.execPath, [bin, 'compile', 'fleet.tpc', '-o', 'out', '--check'], { cwd: dir, stdio: 'ignore' });
    expect(await new Promise((resolve) => check.on('exit', resolve))).toBe(0);
  }, 90_000);
});
