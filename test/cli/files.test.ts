/**
 * Path expansion helpers: the glob matcher, ignore patterns, display paths, I/O reasons.
 */
import { describe, expect, it } from 'vitest';
import { displayPath, globToRegExp, ignoreMatcher, ioReason, SKIP_FILES } from '../../cli/files.js';

describe('globToRegExp', () => {
  it.each([
    ['*.yml', 'a.yml', true],
    ['*.yml', 'dir/a.yml', false],
    ['**/*.yml', 'a.yml', true],
    ['**/*.yml', 'x/y/z/a.yml', true],
    ['**/*.yml', 'x/a.yaml', false],
    ['policies/**', 'policies/a/b.json', true],
    ['policies/**', 'other/a.json', false],
    ['a/**/b.yml', 'a/b.yml', true],
    ['a/**/b.yml', 'a/x/y/b.yml', true],
    ['a/**/b.yml', 'ab.yml', false],
    ['site-?.yml', 'site-1.yml', true],
    ['site-?.yml', 'site-10.yml', false],
    ['site-[0-9].yml', 'site-7.yml', true],
    ['site-[!0-9].yml', 'site-7.yml', false],
    ['site-[!0-9].yml', 'site-x.yml', true],
    ['*.{yml,yaml}', 'a.yaml', true],
    ['*.{yml,yaml}', 'a.json', false],
    ['a.b(c)+.yml', 'a.b(c)+.yml', true],
    ['a.b(c)+.yml', 'axb(c)+.yml', false],
    ['\\*.yml', '*.yml', true],
    ['\\*.yml', 'a.yml', false],
    ['../other/*.yml', '../other/a.yml', true],
  ])('%s matches %s: %s', (glob, path, want) => {
    expect(globToRegExp(glob).test(path)).toBe(want);
  });
});

describe('ignoreMatcher', () => {
  const base = '/repo';
  const ignored = ignoreMatcher(['legacy', 'sites/*/old.yml', '**/*.draft.yml', './vendor/'], base);
  it.each([
    ['/repo/legacy/a.yml', true],
    ['/repo/sites/legacy/a.yml', true],
    ['/repo/sites/north/old.yml', true],
    ['/repo/sites/north/deep/old.yml', false],
    ['/repo/x/y.draft.yml', true],
    ['/repo/vendor/z.yml', true],
    ['/repo/sites/north/ngrok.yml', false],
    ['/elsewhere/legacy/a.yml', false],
    ['/repo', false],
  ])('%s: %s', (abs, want) => {
    expect(ignored(abs)).toBe(want);
  });
  it('ignores nothing without patterns', () => {
    expect(ignoreMatcher([], base)('/repo/a.yml')).toBe(false);
  });
});

describe('displayPath', () => {
  it.each([
    ['/w/a/b.yml', '/w', 'a/b.yml'],
    ['/w', '/w', '.'],
    ['/other/b.yml', '/w', '/other/b.yml'],
  ])('%s from %s → %s', (abs, cwd, want) => {
    expect(displayPath(abs, cwd)).toBe(want);
  });
});

describe('ioReason', () => {
  const err = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
  it.each([
    ['ENOENT', 'no such file'],
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EISDIR', 'is a folder'],
    ['ENOTDIR', 'not a folder'],
    ['ELOOP', 'too many symbolic links'],
    ['EIO', 'EIO: raw'],
  ])('%s → %s', (code, want) => {
    expect(ioReason(err(code))).toBe(want);
  });
});

describe('SKIP_FILES', () => {
  it.each([
    ['package.json', true],
    ['package-lock.json', true],
    ['tsconfig.json', true],
    ['tsconfig.build.json', true],
    ['tpc.config.json', true],
    ['tpc-baseline.json', true],
    ['policy.json', false],
    ['my-package.json', false],
  ])('%s: %s', (name, want) => {
    expect(SKIP_FILES.test(name)).toBe(want);
  });
});
