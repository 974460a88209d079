/**
 * `span` and `locate` of loaded documents answer from a compact position index instead of the
 * YAML syntax tree. These properties compare them with a direct walk of the tree (the reference
 * below) on generated documents and paths, present and missing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMap, isPair, isScalar, isSeq, parseAllDocuments, stringify, type Node as YamlNode } from 'yaml';
import { LineMap } from '../../src/diagnostics/text.js';
import { jsonKeysInText, keysInValue, loadText, type LocatePart, type Path } from '../../src/ngrok/load.js';

/** The reference: follow the path through the YAML syntax tree. */
function walk(root: YamlNode | null | undefined, path: Path): { node: YamlNode | undefined; key: YamlNode | undefined; exact: boolean } {
  let node: YamlNode | undefined = root ?? undefined;
  let key: YamlNode | undefined;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    if (node && isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) return { node, key, exact: false };
      key = pair.key as YamlNode;
      if (!pair.value) return { node: key, key, exact: i === path.length - 1 };
      node = pair.value as YamlNode;
    } else if (node && isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      if (!item) return { node, key, exact: false };
      key = undefined;
      node = item as YamlNode;
    } else {
      return { node, key, exact: false };
    }
  }
  return { node, key, exact: true };
}

function referenceSpan(root: YamlNode | null, path: Path, part: LocatePart): { start: number; end: number } | undefined {
  const r = walk(root, path);
  if (!r.exact) return undefined;
  const n = part === 'key' && r.key ? r.key : r.node;
  if (!n?.range) return undefined;
  return { start: n.range[0], end: n.range[1] };
}

function referenceLocate(root: YamlNode | null, text: string, path: Path, part: LocatePart): [number, number] {
  const r = walk(root, path);
  let n = r.node;
  if (r.exact && part === 'key' && r.key) n = r.key;
  else if (!r.exact && r.key) n = r.key;
  const range = n?.range;
  if (!range) return [0, 0];
  let end = range[1];
  if (n && (isMap(n) || isSeq(n))) {
    const nl = text.indexOf('\n', range[0]);
    if (nl >= 0 && nl < end) end = nl;
  }
  return [range[0], Math.max(range[0], end)];
}

/** Every path of a plain value, plus near misses (missing keys, indexes past the end, too deep). */
function pathsOf(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix, [...prefix, 'missing'], [...prefix, 0], [...prefix, 99], [...prefix, '0']);
  if (Array.isArray(value)) value.forEach((v, i) => pathsOf(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}

function compare(text: string, file = 'p.yaml'): void {
  const loaded = loadText(file, text);
  const trees = parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  const list = Array.isArray(trees) ? trees : [];
  const lineMap = new LineMap(text);
  for (const doc of loaded.documents) {
    const root = list[doc.index]!.contents as YamlNode | null;
    for (const path of pathsOf(doc.value)) {
      for (const part of ['value', 'key'] as const) {
        expect(doc.span(path, part)).toEqual(referenceSpan(root, path, part));
        const [s, e] = referenceLocate(root, text, path, part);
        expect(doc.locate(path, part)).toEqual(lineMap.range(s, e));
      }
    }
  }
}

const scalar = fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: -3, max: 12 }), fc.boolean(), fc.constant(null), fc.constantFrom('a b', 'x: y', '#c', '', '1', '-', '*x'));
const key = fc.oneof(fc.constantFrom('a', 'b', 'type', 'config', '1', '0', 'null', 'true', 'on_http_request'), fc.string({ maxLength: 4 }));
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('list'), tie('map')),
  list: fc.array(tie('node'), { maxLength: 4 }),
  map: fc.dictionary(key, tie('node'), { maxKeys: 4 }),
})).node;

describe('document positions', () => {
  it('agree with a walk of the YAML tree, in block, flow and JSON layouts', () => {
    fc.assert(
      fc.property(value, fc.constantFrom('block', 'flow', 'json'), (v, style) => {
        const text = style === 'json' ? JSON.stringify(v, null, 2) : stringify(v, style === 'flow' ? { collectionStyle: 'flow' } : {});
        compare(text);
      }),
      { numRuns: 300 },
    );
  });

  it('of a JSON file, which loads without a YAML parse until a position is asked for, agree with the walk; its value is what JSON.parse gives', () => {
    // Any characters in keys and strings (quotes, colons, backslashes, braces, non-ASCII), any layout.
    const text = fc.string({ unit: 'binary', maxLength: 6 });
    const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.boolean(), fc.constant(null), tie('list'), tie('map')),
      list: fc.array(tie('node'), { maxLength: 4 }),
      map: fc.dictionary(fc.oneof(text, key), tie('node'), { maxKeys: 4 }),
    })).node;
    fc.assert(
      fc.property(json, fc.constantFrom(undefined, 2, '\t'), (v, indent) => {
        const written = JSON.stringify(v, null, indent);
        const loaded = loadText('p.json', written);
        if (v === null) {
          expect(loaded.diagnostics.map((d) => d.code)).toEqual(['TPC0011']);
          return;
        }
        expect(loaded.diagnostics).toEqual([]);
        expect(loaded.documents[0]!.value).toEqual(JSON.parse(written));
        compare(written, 'p.json');
      }),
      { numRuns: 300 },
    );
  });

  it('of a JSON file: the keys counted in its text are the keys of its value, so the check for a repeated key never sends a valid file the slow way', () => {
    const text = fc.string({ unit: 'binary', maxLength: 6 });
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.dictionary(text, fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }), fc.constantFrom(undefined, 1, '\t'), (a, b, indent) => {
        for (const v of [a, b, [a, b], { [JSON.stringify(a)]: b }]) {
          let keys = 0;
          JSON.stringify(v, (_k, x: unknown) => {
            if (x && typeof x === 'object' && !Array.isArray(x)) keys += Object.keys(x).length;
            return x;
          });
          const written = JSON.stringify(v, null, indent);
          expect(keysInValue(JSON.parse(written))).toBe(keys);
          expect(jsonKeysInText(written)).toBe(keys);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('of a JSON file with a repeated key go the YAML way, which reports the key (JSON.parse would keep the last value silently)', () => {
    const name = fc.string({ unit: 'binary', minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(fc.dictionary(name, fc.jsonValue({ maxDepth: 2 }), { minKeys: 1, maxKeys: 4 }), fc.nat(), fc.jsonValue({ maxDepth: 1 }), (obj, pick, again) => {
        const keys = Object.keys(obj);
        const k = keys[pick % keys.length]!;
        // The repeated key goes one level down too, inside an object in a list.
        const body = JSON.stringify(obj).slice(1, -1);
        const written = `{"list": [{${body}, ${JSON.stringify(k)}: ${JSON.stringify(again)}}]}`;
        const loaded = loadText('p.json', written);
        expect(loaded.documents).toEqual([]);
        expect(loaded.diagnostics.map((d) => d.code)).toContain('TPC0001');
        expect(loaded.diagnostics.some((d) => /unique/i.test(d.message))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('agree on hand-written shapes: empty values, pairs in flow sequences, aliases, complex keys, several documents', () => {
    for (const text of [
      'a:\nb: 1\nc: ~\n',
      'a: [x: 1, y]\nb: [1, {c: 2}]\n',
      'base: &b {x: 1}\nuse: *b\nlist: [*b, 2]\n',
      '? [a, b]\n: 1\n? {c: d}\n: 2\n1: one\n"1.0": float\n',
      'a: 1\n---\n- x\n- - y\n  - z\n---\nplain\n',
      'on_http_request:\n  - expressions: ["a", \'b\']\n    actions:\n      - type: deny\n        config:\n          status_code: 403\n',
      'k: |\n  block\n  text\nf: >\n  folded\nq: "x\\ny"\n',
      '- \n- a\n-\n  - b\n',
      '{a, b: 1, c}\n',
      '? x\n? y\n: 2\nz: [{k}]\n',
    ]) {
      compare(text);
    }
  });
});
