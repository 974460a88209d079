/**
 * Golden tests: the example clinic fleet's artifacts, byte for byte, and the rendered
 * diagnostics of a program with mistakes.
 *
 * Regenerate after an intended change, then review the diff:
 *   TPC_UPDATE_GOLDEN=1 npx vitest run test/compiler/golden.test.ts
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stylish } from '../../cli/format/stylish.js';
import { readFromDisk } from '../../src/compiler/context.js';
import { compile } from '../../src/compiler/index.js';
import { lintCompiled } from '../../src/compiler/self-check.js';
import { repoRoot } from './helpers.js';

const UPDATE = !!process.env['TPC_UPDATE_GOLDEN'];
const EXAMPLE = 'examples/clinic-fleet/clinics.tpc';
const GOLDEN = join(repoRoot, 'test/fixtures/compiler/clinic-fleet');

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

const readFile = (p: string) => readFromDisk(resolve(repoRoot, p));

describe('the example clinic fleet', () => {
  const text = readFileSync(join(repoRoot, EXAMPLE), 'utf8');
  const result = compile(text, { file: EXAMPLE, readFile });

  it('compiles without diagnostics', () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.emitSkipped).toBe(false);
    expect(result.sites.map((s) => s.name)).toEqual(['clinic1', 'clinic2', 'clinic3']);
  });

  it('matches the golden files byte for byte', () => {
    if (UPDATE) {
      rmSync(GOLDEN, { recursive: true, force: true });
      for (const [p, content] of result.files) {
        mkdirSync(dirname(join(GOLDEN, p)), { recursive: true });
        writeFileSync(join(GOLDEN, p), content);
      }
    }
    expect(listFiles(GOLDEN)).toEqual([...result.files.keys()]);
    for (const [p, content] of result.files) expect(readFileSync(join(GOLDEN, p), 'utf8'), p).toBe(content);
  });

  it('passes tpc lint with no findings at all', async () => {
    const found = await lintCompiled(result, EXAMPLE, text);
    expect(found.map((d) => `${d.severity} ${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([]);
  });

  it('compiles to the same bytes from another working directory', () => {
    const again = compile(text, { file: resolve(repoRoot, EXAMPLE), readFile });
    expect([...again.files]).toEqual([...result.files]);
  });
});

describe('rendered diagnostics', () => {
  const dir = join(repoRoot, 'test/fixtures/compiler/errors');
  it('match diagnostics.txt (stylish printer, no colour)', () => {
    const input = readFileSync(join(dir, 'input.tpc'), 'utf8');
    const file = 'test/fixtures/compiler/errors/input.tpc';
    const r = compile(input, { file, readFile });
    const text = stylish(r.diagnostics, { cwd: repoRoot, color: false, files: [file], sources: r.sources, rules: new Map(), version: '0' });
    if (UPDATE) writeFileSync(join(dir, 'diagnostics.txt'), text);
    expect(text).toBe(readFileSync(join(dir, 'diagnostics.txt'), 'utf8'));
    expect(r.emitSkipped).toBe(true);
  });
});
