/**
 * One typo, one diagnostic, swept over a real program: every word of three letters or more in the
 * example fleet (keywords, names, options, providers…) is misspelled in four ways, one at a time,
 * and the parse must report at most one syntax problem (none when the misspelling is still a valid
 * name, such as a service renamed in one place: that is the compiler's to find).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/dsl/index.js';
import { repoRoot } from '../cli/helpers.js';

const text = readFileSync(join(repoRoot, 'examples/clinic-fleet/clinics.tpc'), 'utf8');
const words = [...text.matchAll(/[A-Za-z][A-Za-z-]{2,}/g)].filter((m) => !(text.slice(text.lastIndexOf('\n', m.index) + 1, m.index).includes('#')));

const typos: Record<string, (w: string) => string> = {
  'second letter dropped': (w) => w[0]! + w.slice(2),
  'letters swapped': (w) => w[0]! + w[2]! + w[1]! + w.slice(3),
  'last letter dropped': (w) => w.slice(0, -1),
  'last letter doubled': (w) => w + w.at(-1)!,
};

describe('typo sweep over examples/clinic-fleet/clinics.tpc', () => {
  it('has words to sweep', () => {
    expect(words.length).toBeGreaterThan(250);
  });

  for (const [name, typo] of Object.entries(typos)) {
    it(`${name}: at most one syntax diagnostic per typo`, () => {
      const over: string[] = [];
      for (const m of words) {
        const changed = typo(m[0]);
        if (changed === m[0]) continue;
        const src = text.slice(0, m.index) + changed + text.slice(m.index! + m[0].length);
        const found = parse(src, { file: 'clinics.tpc' }).diagnostics.filter((d) => d.code.startsWith('TPC1'));
        if (found.length > 1) over.push(`${m[0]} -> ${changed}: ${found.map((d) => `${d.line}:${d.column} ${d.code}`).join(', ')}`);
      }
      expect(over).toEqual([]);
    });
  }
});
