// Builds the package: `tsc` emits the library and its declarations to dist/, then esbuild
// bundles the CLI into dist/bin/ (ESM, code-split so each subcommand loads only what it uses).
// Bundling matters for start-up: chevrotain's lodash-es fan-out costs ~0.5 s unbundled.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync, chmodSync, mkdirSync, writeFileSync, copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { lazyChildProcess } from './lazy-child-process.mjs';
import { yamlEsm } from './yaml-esm.mjs';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });
execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', `${root}tsconfig.json`], { stdio: 'inherit' });
// tsc does not copy the committed ajv modules (plain JS, see scripts/build-validators.mjs) or their types.
mkdirSync(`${root}dist/src/ngrok`, { recursive: true });
for (const f of readdirSync(`${root}src/ngrok`)) if (/\.generated\.(js|d\.ts)$/.test(f)) copyFileSync(`${root}src/ngrok/${f}`, `${root}dist/src/ngrok/${f}`);

mkdirSync(`${root}dist/bin`, { recursive: true });
// The CLI twice (see cli/bin.ts, the `tpc` executable that picks one): code-split for every
// command but `compile` (dist/bin/cli.js and its chunks), and in one file for `compile`.
const cliOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // TPC_BUILD_NO_MINIFY=1 keeps names readable in CPU profiles (bench/compile.mjs, TPC_TIMING).
  minify: !process.env.TPC_BUILD_NO_MINIFY,
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  // esbuild keeps cli/tpc.ts's own `#!` line first; a second one in the banner would be a syntax error.
  banner: {
    js: "import { createRequire as __tpcCreateRequire } from 'node:module'; const require = __tpcCreateRequire(import.meta.url);",
  },
  // The metafile says which chunks each command loads (bench/lint.mjs prints it for `tpc lint`).
  metafile: true,
  logLevel: 'warning',
  // yaml from its ES-module build (patched to behave as its Node build): ~5 ms less start-up;
  // commander's child_process (and net, dgram, streams with it) loaded on first use: ~2 ms.
  plugins: [yamlEsm(), lazyChildProcess()],
};
const result = await build({ ...cliOptions, entryPoints: { cli: `${root}cli/tpc.ts` }, outdir: `${root}dist/bin`, splitting: true });
// One file, CommonJS: Node 20 runs only classic scripts with a V8 code cache (cli/code-cache.ts).
const whole = await build({
  ...cliOptions,
  entryPoints: { 'tpc-all': `${root}cli/tpc.ts` },
  outdir: `${root}dist/bin`,
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  splitting: false,
  define: { 'import.meta.url': '__tpcImportMetaUrl' },
  banner: { js: "const __tpcImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
const wholeHash = createHash('sha256').update(readFileSync(`${root}dist/bin/tpc-all.cjs`)).digest('hex').slice(0, 16);
const launcher = await build({
  entryPoints: { tpc: `${root}cli/bin.ts` },
  outdir: `${root}dist/bin`,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: !process.env.TPC_BUILD_NO_MINIFY,
  define: { TPC_WHOLE_BUILD_HASH: JSON.stringify(wholeHash) },
  metafile: true,
  logLevel: 'warning',
});
const meta = result.metafile;
Object.assign(meta.outputs, whole.metafile.outputs, launcher.metafile.outputs);
writeFileSync(`${root}dist/bin/meta.json`, JSON.stringify(meta));
chmodSync(`${root}dist/bin/tpc.js`, 0o755);

// The library entry points (`.` and `./testing`) as one code-split ES-module bundle in dist/lib,
// with chevrotain (and the lodash-es modules it fans out to) bundled in: loading those unbundled
// made `import { lint } from 'traffic-policy-compiler'` take ~0.45 s, mostly resolving and
// compiling hundreds of small modules. Every other dependency stays an ordinary import. Types
// come from tsc's declarations in dist/src (the same sources).
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const BUNDLED = new Set(['chevrotain']);
await build({
  entryPoints: { index: `${root}src/index.ts`, testing: `${root}src/testing/index.ts` },
  outdir: `${root}dist/lib`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: Object.keys(pkg.dependencies).filter((d) => !BUNDLED.has(d)),
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'inline',
  logLevel: 'warning',
});
