/**
 * The fix builders of src/rules/lib/edits.ts (replace a string, rename a key) offer a fix only
 * when it is certain: applying its edits to the published examples gives exactly the intended
 * document (the value replaced, or the key renamed in place) and nothing else changes. This
 * covers the shortcut that skips re-parsing for plain-word token swaps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getAt, loadText, type Path, type SourceDocument } from '../../src/ngrok/load.js';
import { applyFixes } from '../../src/rules/engine.js';
import { renameKeyFix, replaceStringFix } from '../../src/rules/lib/edits.js';
import { CORPUS_DIR } from '../../scripts/shared-dir.mjs';

const corpusRoot = CORPUS_DIR;
const DOCS: SourceDocument[] = [];
for (const dir of ['policies', 'policies-extracted', 'agent-configs']) {
  for (const name of readdirSync(join(corpusRoot, dir)).sort()) {
    const r = loadText(`${dir}/${name}`, readFileSync(join(corpusRoot, dir, name), 'utf8'));
    DOCS.push(...r.documents);
  }
}

/** Every path of an object key and of a string value in a document. */
function paths(value: unknown, at: Path = [], keys: Path[] = [], strings: Path[] = []): { keys: Path[]; strings: Path[] } {
  if (typeof value === 'string') strings.push(at);
  else if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...at, i], keys, strings));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      keys.push([...at, k]);
      paths(v, [...at, k], keys, strings);
    }
  }
  return { keys, strings };
}
const SITES = DOCS.map((doc) => ({ doc, ...paths(doc.value) }));

const words = fc.constantFrom('body', 'openid-connect', 'traffic_policy', 'x', 'true', 'Null', '1.5', '0x1f', 'a b', 'x:y', 'x: y', "it's", 'say "hi"', 'back\\slash', '#tag', '-dash', '~', '', 'é', '10.0.0.0/8', 'https://api.internal', '*alias', '&anchor', 'line\nbreak');

function clone<T>(v: T): T {
  return structuredClone(v);
}
function setAt(root: unknown, path: Path, v: unknown): unknown {
  if (path.length === 0) return v;
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = v;
  return root;
}

/** The other documents of the same file, which a fix must leave alone. */
function siblings(doc: SourceDocument, text: string): unknown[] {
  return loadText(doc.file, text).documents.filter((d) => d.index !== doc.index).map((d) => d.value);
}

const made = { replace: 0, rename: 0 };
const SCALE = Number(process.env['TPC_PROPERTY_SCALE'] ?? 1);

describe('fix builders are certain', () => {
  it('replaceStringFix: the edited text parses to the value with only that string replaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SITES.filter((s) => s.strings.length > 0)), fc.nat(), words, ({ doc, strings }, k, word) => {
        const path = strings[k % strings.length]!;
        const fix = replaceStringFix(doc, path, word, 'test');
        if (!fix) return;
        made.replace++;
        const next = applyFixes(doc.text, [fix.edits]);
        const after = loadText(doc.file, next, { format: doc.format });
        const again = after.documents.find((d) => d.index === doc.index);
        expect(again?.value).toEqual(setAt(clone(doc.value), path, word));
        expect(siblings(doc, next)).toEqual(siblings(doc, doc.text));
      }),
      { numRuns: Math.round(600 * SCALE) },
    );
  });

  it('renameKeyFix: the edited text parses to the value with only that key renamed, in place', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SITES.filter((s) => s.keys.length > 0)), fc.nat(), words, ({ doc, keys }, k, word) => {
        const path = keys[k % keys.length]!;
        const fix = renameKeyFix(doc, path, word, 'test');
        if (!fix) return;
        made.rename++;
        const next = applyFixes(doc.text, [fix.edits]);
        const after = loadText(doc.file, next, { format: doc.format });
        const again = after.documents.find((d) => d.index === doc.index);
        const parent = getAt(doc.value, path.slice(0, -1)) as Record<string, unknown>;
        const renamed = Object.fromEntries(Object.entries(parent).map(([key, v]) => [key === path[path.length - 1] ? word : key, v]));
        const want = setAt(clone(doc.value), path.slice(0, -1), renamed);
        expect(again?.value).toEqual(want);
        // Key order is kept too.
        expect(Object.keys(getAt(again?.value, path.slice(0, -1)) as object)).toEqual(Object.keys(renamed));
        expect(isDeepStrictEqual(siblings(doc, next), siblings(doc, doc.text))).toBe(true);
      }),
      { numRuns: Math.round(600 * SCALE) },
    );
  });

  it('offered fixes in many of those runs (the properties are not vacuous)', () => {
    expect(made.replace).toBeGreaterThan(100 * SCALE);
    expect(made.rename).toBeGreaterThan(100 * SCALE);
  });
});
