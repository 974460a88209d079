/**
 * The diagnostic catalogue: every band file `src/<module>/messages.ts` (and the loader's
 * TPC0xxx table) together must use each code once, and `docs/diagnostics.md` must be current.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MessageTemplate } from '../../src/diagnostics/messages.js';
import { renderDiagnosticsDoc } from '../../scripts/gen-docs.mjs';

const root = new URL('../..', import.meta.url).pathname;

function messageFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...messageFiles(p));
    else if (name === 'messages.ts') out.push(p);
  }
  return out;
}

function isTemplate(v: unknown): v is MessageTemplate {
  return !!v && typeof v === 'object' && typeof (v as MessageTemplate).code === 'string' && typeof (v as MessageTemplate).template === 'string';
}

async function collect(): Promise<{ file: string; id: string; t: MessageTemplate }[]> {
  const all: { file: string; id: string; t: MessageTemplate }[] = [];
  for (const f of [...messageFiles(join(root, 'src')), ...messageFiles(join(root, 'cli'))].sort()) {
    const mod = (await import(f)) as Record<string, unknown>;
    for (const table of Object.values(mod)) {
      if (!table || typeof table !== 'object') continue;
      for (const [id, t] of Object.entries(table)) if (isTemplate(t)) all.push({ file: relative(root, f), id, t });
    }
  }
  return all;
}

describe('diagnostic catalogue', () => {
  it('uses every code once, in the band of its module', async () => {
    const all = await collect();
    expect(all.length).toBeGreaterThan(20);
    const seen = new Map<string, string>();
    for (const { file, id, t } of all) {
      expect(t.code, `${file}:${id}`).toMatch(/^TPC\d{4}$/);
      const prev = seen.get(t.code);
      expect(prev, `${t.code} used by ${prev} and ${file}:${id}`).toBeUndefined();
      seen.set(t.code, `${file}:${id}`);
    }
  });

  it('fills placeholders consecutively from {0}', async () => {
    for (const { file, id, t } of await collect()) {
      const used = [...t.template.matchAll(/\{(\d+)\}/g)].map((x) => Number(x[1]));
      const max = used.length ? Math.max(...used) : -1;
      for (let i = 0; i <= max; i++) expect(used, `${file}:${id} skips {${i}}`).toContain(i);
    }
  });

  it('docs/diagnostics.md is current (regenerate: TPC_UPDATE_DOCS=1 npx vitest run test/meta)', async () => {
    const want = renderDiagnosticsDoc((await collect()).map((x) => ({ ...x.t, id: x.id, file: x.file })));
    if (process.env['TPC_UPDATE_DOCS']) writeFileSync(join(root, 'docs/diagnostics.md'), want);
    expect(readFileSync(join(root, 'docs/diagnostics.md'), 'utf8')).toBe(want);
  });
});
