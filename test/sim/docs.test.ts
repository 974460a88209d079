/**
 * The simulation docs stay true: their examples are the files the tests run, and the matrix they
 * show is what `tpc matrix` prints.
 */

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tpc } from '../cli/helpers.js';

const root = resolve(import.meta.dirname, '../..');

/** The fenced code blocks of a language ('' for unlabelled fences), in order. */
function blocks(markdown: string, lang: string): string[] {
  const out: string[] = [];
  let open: { lang: string; lines: string[] } | undefined;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('```')) {
      if (!open) open = { lang: line.slice(3).trim(), lines: [] };
      else {
        if (open.lang === lang) out.push(open.lines.map((l) => l + '\n').join(''));
        open = undefined;
      }
    } else open?.lines.push(line);
  }
  return out;
}

describe('docs/property-testing.md', () => {
  it('shows test/sim/property-doc.test.ts verbatim (with the package import path)', () => {
    const doc = readFileSync(join(root, 'docs/property-testing.md'), 'utf8');
    const file = readFileSync(join(root, 'test/sim/property-doc.test.ts'), 'utf8');
    const shown = blocks(doc, 'ts').find((b) => b.includes("describe('clinic access properties'"));
    expect(shown).toBe(file.replace("'../../src/testing/index.js'", "'traffic-policy-compiler/testing'"));
  });
});

describe('docs/simulation.md', () => {
  const doc = readFileSync(join(root, 'docs/simulation.md'), 'utf8');

  it('shows the expectations file the tests run', () => {
    expect(blocks(doc, 'yaml')).toContain(readFileSync(join(root, 'test/sim/fixtures/handwritten/expectations.yml'), 'utf8'));
  });

  it('shows the matrix tpc matrix prints', async () => {
    const shown = blocks(doc, '').find((b) => b.startsWith('$ tpc matrix'))!;
    const [cmd, ...table] = shown.trimEnd().split('\n');
    const r = await tpc(cmd!.slice('$ tpc '.length).split(' '), { cwd: root });
    expect(r.stdout.split('\n').slice(0, table.length)).toEqual(table);
  });
});
