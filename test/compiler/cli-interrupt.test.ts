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
