#!/usr/bin/env node
/**
 * The `tpc` executable (dist/bin/tpc.js): it picks one of two builds of the same program
 * (cli/tpc.ts) and loads it.
 *
 * - `dist/bin/cli.js` is split into chunks, so that a command loads only the modules it uses:
 *   `tpc lint` of one policy loads about 30 small files and never the DSL parser or the compiler.
 * - `dist/bin/tpc-all.js` is the whole program in one file, for `tpc compile`, which uses most of
 *   it: loading the ~25 chunks it would need as separate ES modules took ~50 ms in Node 20 (each
 *   module is resolved, read, compiled and linked on its own), a twentieth of compiling a fleet of
 *   1,000 clinics (bench/compile.mjs).
 *
 * Both run `main()` when loaded as the `tpc` program (cli/tpc.ts checks the script's name).
 */
const command = process.argv.slice(2).find((a) => !a.startsWith('-'));
void import(command === 'compile' ? './tpc-all.js' : './cli.js');

export {};
