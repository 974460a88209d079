/**
 * The API reference: `npm run docs` (typedoc over the two entry points, with validation of
 * exports, links and documentation, warnings treated as errors) finishes with exit 0 and no
 * warning, so every exported symbol of `traffic-policy-compiler` and
 * `traffic-policy-compiler/testing` is documented. Built into a scratch folder here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../cli/helpers.js';

describe('npm run docs (typedoc)', () => {
  it('package.json runs typedoc with the repository config', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['docs']).toBe('typedoc');
    const config = JSON.parse(readFileSync(join(repoRoot, 'typedoc.json'), 'utf8')) as Record<string, unknown>;
    expect(config['entryPoints']).toEqual(['src/index.ts', 'src/testing/index.ts']);
    expect(config['treatWarningsAsErrors']).toBe(true);
    expect(config['validation']).toMatchObject({ notExported: true, notDocumented: true, invalidLink: true });
    expect(config['out']).toBe('docs/api');
  });

  it('builds with no warnings and documents both entry points', () => {
    const out = mkdtempSync(join(tmpdir(), 'tpc-typedoc-'));
    try {
      const r = spawnSync(process.execPath, [join(repoRoot, 'node_modules/typedoc/bin/typedoc'), '--out', out], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
      const output = r.stdout + r.stderr;
      expect(output).not.toMatch(/\[warning\]|\[error\]/);
      expect(r.status, output).toBe(0);
      expect(existsSync(join(out, 'index.html'))).toBe(true);
      expect(existsSync(join(out, 'modules/index.html')) || existsSync(join(out, 'modules.html'))).toBe(true);
      const all = readFileSync(join(out, 'index.html'), 'utf8');
      expect(all).toContain('testing');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
