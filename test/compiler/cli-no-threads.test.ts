/**
 * `tpc compile` into a fresh folder when no worker thread can be started (some sandboxes and
 * single-threaded hosts): the same files are staged by the main thread and appear whole.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { repoRoot, tmp, tpc } from '../cli/helpers.js';

const attempts = vi.hoisted(() => ({ n: 0 }));

vi.mock('node:worker_threads', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:worker_threads')>();
  class NoWorker {
    constructor() {
      attempts.n++;
      throw new Error('threads are not available here');
    }
  }
  return { ...real, Worker: NoWorker };
});

const EXAMPLE = 'examples/clinic-fleet/clinics.tpc';

describe('tpc compile without worker threads', () => {
  it('writes a fresh folder whole, byte-identical to an in-place write, with no staging folder beside it', async () => {
    const parent = tmp();
    const fresh = join(parent, 'out');
    const before = attempts.n;
    const r = await tpc(['compile', EXAMPLE, '-o', fresh], { cwd: repoRoot });
    expect(attempts.n).toBe(before + 1); // the thread was tried, and the main thread wrote instead
    expect(r).toEqual({ code: 0, stdout: '', stderr: `tpc: compiled 3 sites and 12 cloud endpoints into ${fresh} (38 files written, 0 unchanged).\n` });
    expect(readdirSync(parent)).toEqual(['out']);
    const existing = tmp();
    expect((await tpc(['compile', EXAMPLE, '-o', existing], { cwd: repoRoot })).code).toBe(0);
    expect((await tpc(['compile', EXAMPLE, '-o', fresh, '--check'], { cwd: repoRoot })).code).toBe(0);
    expect(readFileSync(join(fresh, 'manifest.json'), 'utf8')).toBe(readFileSync(join(existing, 'manifest.json'), 'utf8'));
  });

  it('an error leaves nothing, and a folder that cannot be created is a write error (exit 2)', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'main.tpc'), 'group o = ip 10.0.0.0/8\nsite s {\n  service a http://10.0.0.1:80\n  expose a at https://s.example.com {\n    allow o\n    action before-forward { type: "rate-limit", config: { bogus: 1 } }\n  }\n}\n');
    const r = await tpc(['compile', 'main.tpc', '-o', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('TPC2084');
    expect(readdirSync(dir)).toEqual(['main.tpc']);

    writeFileSync(join(dir, 'blocker'), 'a file where a folder must go\n');
    const w = await tpc(['compile', join(repoRoot, EXAMPLE), '-o', 'blocker/out'], { cwd: dir });
    expect(w).toEqual({ code: 2, stdout: '', stderr: "tpc: cannot write 'blocker/out': not a folder; nothing was changed\n" });
    expect(readdirSync(dir).sort()).toEqual(['blocker', 'main.tpc']);
  });
});
