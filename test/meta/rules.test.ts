/**
 * Every registered rule: id equals its file name, it has a docs page whose frontmatter matches
 * its metadata, the page's Incorrect examples draw the rule and its Correct examples do not, and
 * the generated rules index is current.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRulesIndex } from '../../scripts/gen-docs.mjs';
import { lint } from '../../src/rules/engine.js';
import { RULES } from '../../src/rules/index.js';

const root = new URL('../..', import.meta.url).pathname;

interface Block {
  lang: string;
  title: string;
  body: string;
}

function section(md: string, heading: string): string {
  const re = new RegExp(`^## ${heading}\\s*$`, 'm');
  const m = re.exec(md);
  if (!m) return '';
  const rest = md.slice(m.index + m[0].length);
  const next = /^## /m.exec(rest);
  return next ? rest.slice(0, next.index) : rest;
}

function blocks(text: string): Block[] {
  const out: Block[] = [];
  const re = /^```(\w+)(?:[ \t]+title="([^"]+)")?[ \t]*\n([\s\S]*?)^```[ \t]*$/gm;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lang = m[1]!;
    out.push({ lang, title: m[2] ?? (lang === 'json' ? 'policy.json' : lang === 'tpc' ? 'example.tpc' : 'policy.yaml'), body: m[3]! });
  }
  return out;
}

function frontmatter(md: string): Record<string, string> {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(md);
  const out: Record<string, string> = {};
  if (!m) return out;
  for (const line of m[1]!.split('\n')) {
    const i = line.indexOf(':');
    if (i > 0) out[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return out;
}

describe('rule registry and docs', () => {
  it('has unique ids equal to file names', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(existsSync(join(root, 'src/rules', `${id}.ts`)), `src/rules/${id}.ts`).toBe(true);
    }
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const page = join(root, 'docs/rules', `${rule.id}.md`);
      it('has a docs page matching its metadata', () => {
        expect(existsSync(page), page).toBe(true);
        const md = readFileSync(page, 'utf8');
        const fm = frontmatter(md);
        expect(fm['id']).toBe(rule.id);
        expect(fm['description']).toBe(rule.meta.description);
        expect(fm['severity']).toBe(rule.meta.severity);
        expect(fm['category']).toBe(rule.meta.category);
        expect(rule.meta.description).toMatch(/^[A-Z`].*\.$/);
      });
      it('Incorrect examples draw it and Correct examples do not', async () => {
        const md = readFileSync(page, 'utf8');
        const bad = blocks(section(md, 'Incorrect'));
        const good = blocks(section(md, 'Correct'));
        expect(bad.length, 'Incorrect examples').toBeGreaterThan(0);
        expect(good.length, 'Correct examples').toBeGreaterThan(0);
        const run = async (bs: Block[]) =>
          (await lint(bs.map((b) => ({ path: b.title, text: b.body })), { registry: [rule] })).diagnostics.filter((d) => d.code === rule.id && !d.suppressed);
        expect((await run(bad)).length).toBeGreaterThan(0);
        expect(await run(good)).toEqual([]);
      });
    });
  }

  it('docs/rules/README.md is current (regenerate: TPC_UPDATE_DOCS=1 npx vitest run test/meta)', () => {
    if (process.env['TPC_UPDATE_DOCS']) writeFileSync(join(root, 'docs/rules/README.md'), renderRulesIndex(RULES));
    expect(readFileSync(join(root, 'docs/rules/README.md'), 'utf8')).toBe(renderRulesIndex(RULES));
  });
});
