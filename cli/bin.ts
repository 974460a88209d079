#!/usr/bin/env node
/**
 * The `tpc` executable (dist/bin/tpc.js): it picks one of two builds of the same program
 * (cli/tpc.ts) and runs it.
 *
 * - `dist/bin/cli.js` is split into chunks, so that a command loads only the modules it uses:
 *   `tpc lint` of one policy loads about 30 small files and never the DSL parser or the compiler.
 * - `dist/bin/tpc-all.cjs` is the whole program in one file, for `tpc compile`, which uses most of
 *   it: loading the ~25 chunks it would need as separate ES modules took ~50 ms in Node 20 (each
 *   module is resolved, read, compiled and linked on its own), and one file can be run with a V8
 *   code cache (cli/code-cache.ts), which saves compiling it again (~60 ms).
 *
 * Both run `main()` when loaded as the `tpc` program (cli/tpc.ts checks the script's name).
 */
import { fileURLToPath } from 'node:url';
import { runWithCodeCache } from './code-cache.js';
import { tuneJitForShortRun } from './jit.js';

/** Hash of dist/bin/tpc-all.cjs, set by scripts/build.mjs (names its code cache). */
declare const TPC_WHOLE_BUILD_HASH: string;

const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
if (command === 'compile') {
  // The JIT flags first: V8 accepts a code cache only under the flags it was made with.
  tuneJitForShortRun();
  // (No hash outside the build: then no cache.)
  runWithCodeCache(fileURLToPath(new URL('./tpc-all.cjs', import.meta.url)), typeof TPC_WHOLE_BUILD_HASH === 'string' ? TPC_WHOLE_BUILD_HASH : '');
} else {
  // (A URL, not a module name: cli.js exists only in the build.)
  void import(new URL('./cli.js', import.meta.url).href);
}
