/**
 * docs/getting-started.md quotes the starter fleet and what the commands print; this test runs
 * the same steps in a scratch folder and checks every quoted output is still what tpc prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FLEET_TPC } from '../../cli/commands/init.js';
import { startFakeNgrokApi } from '../../src/testing/index.js';
import { repoRoot, tmp, tpc } from '../cli/helpers.js';

const doc = readFileSync(join(repoRoot, 'docs/getting-started.md'), 'utf8');

/** The fenced block that follows the first fenced block containing `after`. */
function blockAfter(after: string, lang = 'text'): string {
  const fences = [...doc.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)];
  const i = fences.findIndex((m) => m[2]!.includes(after));
  expect(i, after).toBeGreaterThanOrEqual(0);
  const next = fences[i + 1]!;
  expect(next[1]).toBe(lang);
  return next[2]!;
}

/** The first fenced block after the prose `text`. */
function blockAfterProse(text: string, lang: string): string {
  const at = doc.indexOf(text);
  expect(at, text).toBeGreaterThanOrEqual(0);
  const m = new RegExp('^```' + lang + '\\n([\\s\\S]*?)^```$', 'm').exec(doc.slice(at));
  expect(m, text).not.toBeNull();
  return m![1]!;
}

/** Lines of code, without comments and blank lines. */
function code(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trimEnd())
    .filter((l) => l.trim() !== '' && !l.trim().startsWith('#'));
}

describe('docs/getting-started.md', () => {
  it('shows the fleet tpc init writes', () => {
    const shown = [...doc.matchAll(/^```tpc\n([\s\S]*?)^```$/gm)][0]![1]!;
    expect(code(shown)).toEqual(code(FLEET_TPC));
  });

  it('quotes what compile, test, matrix, explain, plan and apply print', async () => {
    const dir = tmp();
    expect((await tpc(['init', '--no-compile'], { cwd: dir })).code).toBe(0);

    const compiled = await tpc(['compile', 'fleet.tpc', '-o', 'out'], { cwd: dir });
    expect(compiled.stderr.trim()).toBe(blockAfter('npx tpc compile fleet.tpc -o out\n').trim());

    const test = await tpc(['test', 'fleet.tpc'], { cwd: dir });
    for (const line of blockAfter('npx tpc test fleet.tpc\n').split('\n').filter((l) => l.trim() !== '' && l.trim() !== '…')) expect(test.stdout).toContain(line);

    const matrix = await tpc(['matrix', 'fleet.tpc'], { cwd: dir });
    for (const line of blockAfter('npx tpc matrix fleet.tpc').split('\n').filter((l) => l.trim() !== '' && l !== '…')) expect(matrix.stdout).toContain(line);

    const explain = await tpc(['explain', 'fleet.tpc', '--site', 'clinic1', '--service', 'patient-db', '--from-ip', '198.51.100.7'], { cwd: dir });
    expect(explain.stdout.trim()).toBe(blockAfter('npx tpc explain fleet.tpc --site clinic1').trim());

    const yml = readFileSync(join(dir, 'out/clinic1/ngrok.yml'), 'utf8');
    for (const line of blockAfterProse('NGROK_AUTHTOKEN` from its environment):', 'yaml').split('\n').filter((l) => l.trim() !== '' && l.trim() !== '…')) expect(yml).toContain(line);

    const again = await tpc(['compile', 'fleet.tpc', '-o', 'out'], { cwd: dir });
    expect(doc).toContain(again.stderr.match(/\((0 files written, \d+ unchanged)\)/)![1]);

    // Plan and apply, against the fake ngrok API of traffic-policy-compiler/testing.
    const api = await startFakeNgrokApi();
    try {
      const env = { NGROK_API_KEY: api.apiKey };
      const plan = await tpc(['plan', 'out', '--api-url', api.url], { cwd: dir, env });
      expect(plan.code).toBe(2);
      for (const line of blockAfter('npx tpc plan out\n').split('\n').filter((l) => l.trim() !== '' && l.trim() !== '…')) expect(plan.stdout).toContain(line);
      const apply = await tpc(['apply', 'out', '--yes', '--api-url', api.url], { cwd: dir, env });
      expect(apply.code).toBe(0);
      expect(apply.stdout + apply.stderr).toContain(blockAfter('npx tpc apply out ').trim());
      const noop = await tpc(['plan', 'out', '--api-url', api.url], { cwd: dir, env });
      expect(noop.code).toBe(0);
      expect(doc).toContain(`(\`${noop.stdout.trim()}\`)`);
    } finally {
      await api.close();
    }
  });
});
