// An esbuild plugin that bundles `yaml` from its ES-module build instead of its CommonJS one.
//
// yaml ships the same code twice: CommonJS for Node (`exports` condition "node") and ES
// modules for everything else ("default", in browser/). Bundled, the ES modules make
// `tpc lint` start about 5 ms sooner: no CommonJS wrapper per file, and the parts tpc does not
// use are dropped. The ES build differs from the Node build in four places, all patched back
// here so the CLI behaves exactly as the library (which Node resolves to the CommonJS build):
//
//   browser/dist/log.js                  warnings go through process.emitWarning
//   browser/dist/schema/yaml-1.1/binary.js  YAML 1.1 !!binary values are Buffers
//   browser/dist/compose/composer.js     the LOG_STREAM debug switch
//   browser/dist/parse/parser.js         the LOG_TOKENS debug switch
//
// Every patch names the exact text it replaces: when a new yaml version changes it, the build
// fails instead of bundling something different. test/meta/yaml-esm.test.ts bundles yaml
// through this plugin and compares it with the Node build.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Replaces `from` by `to` exactly once in `text`, or throws. */
function patch(file, text, from, to) {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`yaml-esm: ${file} no longer contains exactly one ${JSON.stringify(from)}; check the patch against the new yaml version`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const PATCHES = {
  'dist/log.js': (f, t) =>
    patch(
      f,
      t,
      `        console.warn(warning);\n`,
      `        if (typeof process.emitWarning === 'function')\n            process.emitWarning(warning);\n        else\n            console.warn(warning);\n`,
    ),
  'dist/schema/yaml-1.1/binary.js': (f, t) =>
    patch(
      f,
      patch(
        f,
        t,
        `        if (typeof atob === 'function') {\n`,
        `        if (typeof Buffer === 'function') {\n            return Buffer.from(src, 'base64');\n        }\n        else if (typeof atob === 'function') {\n`,
      ),
      `        if (typeof btoa === 'function') {\n`,
      `        if (typeof Buffer === 'function') {\n            str =\n                buf instanceof Buffer\n                    ? buf.toString('base64')\n                    : Buffer.from(buf.buffer).toString('base64');\n        }\n        else if (typeof btoa === 'function') {\n`,
    ),
  'dist/compose/composer.js': (f, t) =>
    patch(f, t, `    *next(token) {\n`, `    *next(token) {\n        if (process.env.LOG_STREAM)\n            console.dir(token, { depth: null });\n`),
  'dist/parse/parser.js': (f, t) =>
    patch(
      f,
      patch(f, t, `import { tokenType } from './cst.js';\n`, `import { prettyToken, tokenType } from './cst.js';\n`),
      `    *next(source) {\n        this.source = source;\n`,
      `    *next(source) {\n        this.source = source;\n        if (process.env.LOG_TOKENS)\n            console.log('|', prettyToken(source));\n`,
    ),
};

/** The plugin: `import … from 'yaml'` resolves to yaml's ES-module build, patched as above. */
export function yamlEsm() {
  const browser = join(dirname(require.resolve('yaml/package.json')), 'browser');
  const patched = new Map(Object.entries(PATCHES).map(([rel, fn]) => [join(browser, rel), fn]));
  return {
    name: 'yaml-esm',
    setup(build) {
      build.onResolve({ filter: /^yaml$/ }, () => ({ path: join(browser, 'index.js') }));
      build.onLoad({ filter: /[\\/]yaml[\\/]browser[\\/]dist[\\/].*\.js$/ }, async (args) => {
        const fn = patched.get(args.path);
        if (!fn) return undefined;
        return { contents: fn(args.path, await readFile(args.path, 'utf8')), loader: 'js' };
      });
    },
  };
}
