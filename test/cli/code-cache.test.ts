/**
 * Where `tpc compile` keeps its V8 code cache (cli/code-cache.ts): only in a folder of this user's
 * that nobody else can write to. (The cache's use, rejection and renewal through the built CLI:
 * test/cli/bundle.test.ts.)
 */
import { chmodSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFile } from '../../cli/code-cache.js';
import { tmp } from './helpers.js';

const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;

describe('the code cache folder', () => {
  it('is created private and names the build, the Node version and the architecture', () => {
    const dir = join(tmp(), 'c');
    expect(cacheFile({ TPC_CODE_CACHE_DIR: dir }, '0123456789abcdef')).toBe(join(dir, `0123456789abcdef-${process.version}-${process.arch}.bin`));
    if (process.platform !== 'win32') expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('is not used when turned off, for a build without a hash, when others may write to it, or when it is not this user\'s', () => {
    const dir = join(tmp(), 'c');
    expect(cacheFile({ TPC_CODE_CACHE_DIR: dir, TPC_CODE_CACHE: 'off' }, 'abc')).toBeUndefined();
    expect(cacheFile({ TPC_CODE_CACHE_DIR: dir }, '')).toBeUndefined();
    expect(cacheFile({ TPC_CODE_CACHE_DIR: dir }, 'abc')).toBeDefined();
    if (uid !== undefined) expect(cacheFile({ TPC_CODE_CACHE_DIR: dir }, 'abc', uid + 1)).toBeUndefined();
    if (process.platform !== 'win32') {
      const shared = join(tmp(), 'shared');
      mkdirSync(shared);
      chmodSync(shared, 0o775);
      expect(cacheFile({ TPC_CODE_CACHE_DIR: shared }, 'abc')).toBeUndefined();
    }
  });

  it('defaults to a folder of its own in the system temporary folder, per user', () => {
    const file = cacheFile({}, 'abc');
    expect(file).toContain(`tpc-code-cache-${uid ?? 'user'}`);
  });
});
