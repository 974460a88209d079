/**
 * Atomic writes: complete content or the old file, permissions kept, no temp files left.
 */
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../cli/fs-atomic.js';
import { tmp } from './helpers.js';

describe('writeFileAtomic', () => {
  it('creates a new file', async () => {
    const dir = tmp();
    await writeFileAtomic(join(dir, 'a.yml'), 'x: 1\n');
    expect(readFileSync(join(dir, 'a.yml'), 'utf8')).toBe('x: 1\n');
    expect(readdirSync(dir)).toEqual(['a.yml']);
  });

  it('replaces a file and keeps its permission bits', async () => {
    const dir = tmp();
    const f = join(dir, 'a.yml');
    writeFileSync(f, 'old');
    chmodSync(f, 0o600);
    await writeFileAtomic(f, 'new');
    expect(readFileSync(f, 'utf8')).toBe('new');
    expect(statSync(f).mode & 0o777).toBe(0o600);
  });

  it('on failure throws, leaves the target as it was and removes the temp file', async () => {
    const dir = tmp();
    const target = join(dir, 'is-a-folder');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'k');
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['is-a-folder']);
    expect(readFileSync(join(target, 'keep'), 'utf8')).toBe('k');
  });

  it('concurrent writers never interleave: the file is one whole version', async () => {
    const dir = tmp();
    const f = join(dir, 'a.yml');
    const versions = Array.from({ length: 20 }, (_, i) => String(i).repeat(100_000));
    await Promise.all(versions.map((v) => writeFileAtomic(f, v)));
    expect(versions).toContain(readFileSync(f, 'utf8'));
    expect(readdirSync(dir)).toEqual(['a.yml']);
  });
});
