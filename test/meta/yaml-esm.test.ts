/**
 * The CLI bundle takes `yaml` from its ES-module build, patched back to the Node build's
 * behaviour (scripts/yaml-esm.mjs). This bundles yaml through that plugin and checks it
 * against the Node build the library uses: parsing (values, errors, warnings, positions),
 * YAML 1.1 !!binary, the complex-key warning, and writing YAML.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest';
import * as nodeYaml from 'yaml';
import { yamlEsm } from '../../scripts/yaml-esm.mjs';

type Yaml = typeof nodeYaml;
const root = new URL('../..', import.meta.url).pathname;
let dir: string;
let esmYaml: Yaml;
/** process.emitWarning, captured (yaml warns about collection keys through it). */
let warnings: MockInstance<typeof process.emitWarning>;

beforeAll(async () => {
  warnings = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  dir = mkdtempSync(join(tmpdir(), 'tpc-yaml-esm-'));
  const out = join(dir, 'yaml.mjs');
  const result = await build({
    stdin: { contents: "export * from 'yaml';", resolveDir: root, loader: 'js' },
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    plugins: [yamlEsm()],
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  expect(inputs.some((i) => i.includes('yaml/browser/dist/'))).toBe(true);
  expect(inputs.some((i) => i.includes('yaml/dist/'))).toBe(false);
  esmYaml = (await import(pathToFileURL(out).href)) as Yaml;
});

afterAll(() => {
  warnings.mockRestore();
  rmSync(dir, { recursive: true, force: true });
});

/** Everything tpc reads from a parse: values, errors, warnings (also emitted ones) and node ranges. */
function parsed(y: Yaml, text: string): unknown {
  warnings.mockClear();
  const docs = y.parseAllDocuments(text, { prettyErrors: false, uniqueKeys: true, strict: true });
  const list = Array.isArray(docs) ? docs : [];
  const ranges: unknown[] = [];
  for (const d of list) {
    y.visit(d, (_key, node) => {
      if (y.isNode(node)) ranges.push([node.constructor.name, node.range]);
    });
  }
  return {
    docs: list.map((d) => {
      let value: unknown;
      try {
        value = d.toJS({ maxAliasCount: 1000 });
      } catch (e) {
        value = `throws ${(e as Error).constructor.name}: ${(e as Error).message}`;
      }
      return {
        value: Buffer.isBuffer(value) ? ['Buffer', [...value]] : value,
        errors: d.errors.map((e) => [e.code, e.message, e.pos]),
        warnings: d.warnings.map((w) => [w.code, w.message, w.pos]),
      };
    }),
    ranges,
    emitted: warnings.mock.calls.map((c) => String(c[0])),
  };
}

describe('yaml from its ES-module build (scripts/yaml-esm.mjs)', () => {
  const samples = [
    'on_http_request:\n  - name: a\n    expressions: ["req.method == \'GET\'"]\n    actions:\n      - type: deny\n        config: { status_code: 403 }\n',
    'version: 3\nagent:\n  authtoken: x\nendpoints:\n  - url: https://a.internal\n    upstream: { url: 8080 }\n---\n- a\n- b\n',
    'a: &x [1, 2]\nb: *x\nc: !tag value\nd: !!str 1\ne: 0x1f\nf: .inf\n',
    'a: 1\na: 2\n',
    '{ "json": [1, 2.5, null, true] }',
    'bad: [1, 2\n',
    '%YAML 1.1\n---\nbin: !!binary aGVsbG8=\nyes: yes\n',
    'k: |\n  line\n  two\nf: >-\n  folded\n  text\n',
  ];

  it.each(samples)('parses like the Node build: %j', (text) => {
    expect(parsed(esmYaml, text)).toEqual(parsed(nodeYaml, text));
  });

  it('parses generated text like the Node build', () => {
    const unit = fc.constantFrom(...'ab:-[]{},#&*!|>\'"%@ \n\n  ?1.'.split(''));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
        expect(parsed(esmYaml, text)).toEqual(parsed(nodeYaml, text));
      }),
      { numRuns: 500 },
    );
  });

  it('reads YAML 1.1 !!binary as a Buffer', () => {
    const v = esmYaml.parse('%YAML 1.1\n---\n!!binary aGVsbG8=\n') as unknown;
    expect(Buffer.isBuffer(v)).toBe(true);
    expect(String(v)).toBe('hello');
  });

  it('warns through process.emitWarning, as the Node build does', () => {
    const text = '? [a, b]\n: 1\n';
    warnings.mockClear();
    esmYaml.parseAllDocuments(text)[0]!.toJS();
    nodeYaml.parseAllDocuments(text)[0]!.toJS();
    expect(warnings.mock.calls).toHaveLength(2);
    expect(String(warnings.mock.calls[0]![0])).toBe(String(warnings.mock.calls[1]![0]));
  });

  it('honours the LOG_TOKENS and LOG_STREAM debug switches, as the Node build does', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const dir = vi.spyOn(console, 'dir').mockImplementation(() => undefined);
    process.env['LOG_TOKENS'] = '1';
    process.env['LOG_STREAM'] = '1';
    try {
      const calls: unknown[] = [];
      for (const y of [esmYaml, nodeYaml]) {
        log.mockClear();
        dir.mockClear();
        y.parseAllDocuments('a: [1]\n');
        calls.push([log.mock.calls, dir.mock.calls]);
      }
      expect((calls[0] as unknown[][])[0]).not.toEqual([]);
      expect(calls[0]).toEqual(calls[1]);
    } finally {
      delete process.env['LOG_TOKENS'];
      delete process.env['LOG_STREAM'];
      log.mockRestore();
      dir.mockRestore();
    }
  });

  it('writes YAML like the Node build', () => {
    const values: unknown[] = [
      { version: 3, agent: { authtoken: 'x' }, endpoints: [{ url: 'https://a.internal', upstream: { url: 8080 }, traffic_policy: { on_http_request: [{ actions: [{ type: 'deny' }] }] } }] },
      ['a', 'multi\nline', "it's", '#c', '', null, 1.5, true, { 'a b': [] }],
      { binary: Buffer.from('hello') },
    ];
    for (const v of values) {
      expect(esmYaml.stringify(v)).toBe(nodeYaml.stringify(v));
      expect(new esmYaml.Document(v).toString({ lineWidth: 0 })).toBe(new nodeYaml.Document(v).toString({ lineWidth: 0 }));
    }
  });
});
