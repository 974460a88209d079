/**
 * Runs the one-file build of the CLI (`dist/bin/tpc-all.cjs`, for `tpc compile`) with a V8 code
 * cache: the bytecode V8 compiled for it in an earlier run, so a run does not parse and compile
 * the same 1.3 MB of JavaScript again (~60 ms of a ~0.8 s compile of 1,000 clinics in Node 20).
 * Node 22 has this built in (`module.enableCompileCache()`); Node 20, which tpc supports, does
 * not, and has it only for classic scripts (`vm.Script` with `cachedData`), hence a CommonJS build.
 *
 * The cache is one file per build of tpc and version of Node (`<hash of the build>-<node
 * version>-<arch>.bin`) in `TPC_CODE_CACHE_DIR`, by default `<tmp>/tpc-code-cache-<uid>`. The
 * folder is created private (0700) and used only when it belongs to this user and nobody else can
 * write to it: a cache file is code this process runs. V8 rejects a cache made by another V8 or
 * with other flags (the JIT flags of `cli/jit.ts` are set before compiling, as the run sets them);
 * a rejected or missing cache is written anew when the process exits, through a temporary file and
 * a rename, so a concurrent run never reads half a file; the folder keeps the 8 most recently
 * written caches. Any failure to read or write it only means no cache. `TPC_CODE_CACHE=off` turns
 * it off.
 * @internal
 */

import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { constants as vmConstants, Script } from 'node:vm';

/** Where the cache of this build lives, or undefined when there is to be none (`uid`: this user's, where the system has them). */
export function cacheFile(env: NodeJS.ProcessEnv, buildHash: string, uid: number | undefined = typeof process.getuid === 'function' ? process.getuid() : undefined): string | undefined {
  if (env['TPC_CODE_CACHE'] === 'off' || buildHash === '') return undefined;
  const dir = env['TPC_CODE_CACHE_DIR'] || join(tmpdir(), `tpc-code-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    // Someone else's folder, or one others may write to: its files are not to be run.
    if (!st.isDirectory() || (uid !== undefined && st.uid !== uid) || (process.platform !== 'win32' && (st.mode & 0o022) !== 0)) return undefined;
  } catch {
    return undefined;
  }
  return join(dir, `${buildHash}-${process.version}-${process.arch}.bin`);
}

/** The cache, when there is one to read. */
function readCache(file: string | undefined): Buffer | undefined {
  if (!file) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Cache files kept in the folder (other builds and Node versions); the least recently written go first. */
export const MAX_CACHE_FILES = 8;

/**
 * Writes the cache through a temporary file and a rename, then removes the oldest cache files past
 * {@link MAX_CACHE_FILES} (each upgrade of tpc or Node leaves one behind); failures are ignored.
 */
function writeCache(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, file);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing was written
    }
    return;
  }
  try {
    const dir = dirname(file);
    const caches = readdirSync(dir)
      .filter((name) => name.endsWith('.bin'))
      .map((name) => ({ path: join(dir, name), time: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.time - a.time);
    for (const old of caches.slice(MAX_CACHE_FILES)) if (old.path !== file) unlinkSync(old.path);
  } catch {
    // another run may be pruning too
  }
}

/** What {@link runWithCodeCache} did, for tests. */
export type CacheOutcome = 'off' | 'used' | 'written';

/**
 * Runs the CommonJS file `file` (its `#!` line ignored) as Node would `require` it, compiled with
 * the cache of `buildHash` when there is a usable one. Returns what happened to the cache.
 */
export function runWithCodeCache(file: string, buildHash: string, env: NodeJS.ProcessEnv = process.env): CacheOutcome {
  // `import()` in the file (of Node's own modules) must work as in any module of the program; a
  // vm.Script allows it with this option (Node 20.12 and later). Without it: no cache, a plain require.
  const importModuleDynamically: unknown = (vmConstants as unknown as Record<string, unknown> | undefined)?.['USE_MAIN_CONTEXT_DEFAULT_LOADER'];
  if (importModuleDynamically === undefined) {
    createRequire(file)(file);
    return 'off';
  }
  const source = readFileSync(file, 'utf8').replace(/^#!.*/, '');
  const target = cacheFile(env, buildHash);
  const cachedData = readCache(target);
  // The wrapper Node itself puts around a CommonJS module.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
    importModuleDynamically: importModuleDynamically as never,
  });
  let outcome: CacheOutcome = 'off';
  if (target) {
    if (cachedData && !script.cachedDataRejected) outcome = 'used';
    else {
      outcome = 'written';
      // At exit the cache also holds the functions compiled while the program ran.
      process.once('exit', () => writeCache(target, script.createCachedData()));
    }
  }
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return outcome;
}
