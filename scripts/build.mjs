// Builds the package: `tsc` emits the library and its declarations to dist/, then esbuild
// bundles the CLI into dist/bin/ (ESM, code-split so each subcommand loads only what it uses).
// Bundling matters for start-up: chevrotain's lodash-es fan-out costs ~0.5 s unbundled.
import { execFileSync } from 'node:child_process';
import { rmSync, chmodSync, mkdirSync, writeFileSync, copyFileSync, readdirSync } from 'node:fs';
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
const result = await build({
  entryPoints: { tpc: `${root}cli/tpc.ts` },
  outdir: `${root}dist/bin`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
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
});
writeFileSync(`${root}dist/bin/meta.json`, JSON.stringify(result.metafile));
chmodSync(`${root}dist/bin/tpc.js`, 0o755);
