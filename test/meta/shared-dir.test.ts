/**
 * scripts/shared-dir.mjs: where tests and benches find `shared/` (the ngrok reference and corpus).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedDir } from '../../scripts/shared-dir.mjs';
import { tmp } from '../cli/helpers.js';

const saved = process.env['TPC_SHARED_DIR'];
afterEach(() => {
  if (saved === undefined) delete process.env['TPC_SHARED_DIR'];
  else process.env['TPC_SHARED_DIR'] = saved;
});

function clone(origin: string): string {
  const base = tmp();
  const repo = join(base, 'clone');
  mkdirSync(join(repo, '.git'), { recursive: true });
  writeFileSync(join(repo, '.git', 'config'), `[core]\n\tbare = false\n[remote "origin"]\n\turl = ${origin}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n`);
  return repo;
}

describe('sharedDir', () => {
  it('is shared/ next to the checkout when it exists', () => {
    delete process.env['TPC_SHARED_DIR'];
    const base = tmp();
    mkdirSync(join(base, 'shared'));
    mkdirSync(join(base, 'repo'));
    expect(sharedDir(join(base, 'repo'))).toBe(join(base, 'shared'));
  });

  it('for a clone made elsewhere, is shared/ next to the repository it was cloned from (path or file URL)', () => {
    delete process.env['TPC_SHARED_DIR'];
    const home = tmp();
    mkdirSync(join(home, 'shared'));
    mkdirSync(join(home, 'main'));
    expect(sharedDir(clone(join(home, 'main')))).toBe(join(home, 'shared'));
    expect(sharedDir(clone(pathToFileURL(join(home, 'main')).href))).toBe(join(home, 'shared'));
    // A remote URL is not a place on this disk: the default (next to the checkout) stays.
    const remote = clone('https://example.com/tpc.git');
    expect(sharedDir(remote)).toBe(join(remote, '..', 'shared'));
  });

  it('TPC_SHARED_DIR wins', () => {
    const dir = tmp();
    process.env['TPC_SHARED_DIR'] = dir;
    expect(sharedDir(clone('/nowhere'))).toBe(dir);
  });
});
