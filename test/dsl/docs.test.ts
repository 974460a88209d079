/** docs/dsl.md stays true: its examples parse cleanly and its keyword list is the lexer's. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/dsl/index.js';
import { keywordTokens } from '../../src/dsl/tokens.js';

const doc = readFileSync(new URL('../../docs/dsl.md', import.meta.url), 'utf8');
const blocks = [...doc.matchAll(/```tpc\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe('docs/dsl.md', () => {
  it('has examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  it.each(blocks.map((b, i) => [i, b] as const))('example %i parses without diagnostics', (_i, block) => {
    // Fragments of exposure bodies are checked inside a defaults block.
    const text = /^\s*action\b/.test(block) ? `defaults {\n${block}\n}` : block;
    expect(parse(text).diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
  });

  it('lists exactly the reserved keywords', () => {
    const m = /\*\*Keywords are reserved\*\*[^:]*:\s*([\s\S]*?)\.\n/.exec(doc);
    const listed = m![1]!.replace(/`/g, '').split(/\s+/).filter(Boolean).sort();
    expect(listed).toEqual([...keywordTokens.keys()].sort());
  });
});
