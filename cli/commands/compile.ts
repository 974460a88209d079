/**
 * `tpc compile <file.tpc> -o <dir>`: compiles a fleet and writes
 * `<dir>/<site>/ngrok.yml` (+ `ngrok-failover.yml`, `ngrok-on-demand.yml`),
 * `<dir>/<site>/endpoints/<name>.json` and `.policy.yaml`, `<dir>/<site>/acl.json`,
 * `<dir>/<site>/README.md` and `<dir>/manifest.json`.
 *
 * Before writing, the artifacts are linted in memory (the same rules as `tpc lint`, sharing the
 * compiled documents); an error there is a compiler bug (TPC3002) and nothing is written.
 *
 * Writes are atomic as a whole as far as the file system allows: every file is first written
 * into a staging folder inside `<dir>`, and only when all of them are written are they renamed
 * into place (each rename is atomic), so a failure never leaves a half-written file. Files of a
 * compiled site that the compiler no longer produces (an endpoint that was removed) are deleted.
 * With `--site`, only that site's folder is written and its entries in `manifest.json` are
 * replaced, keeping the other sites' entries.
 *
 * `--check` writes nothing and exits 1 when a file on disk differs from what would be written
 * (each difference is printed): for CI.
 *
 * Exit codes: 0 success; 1 errors in the source (or differences with `--check`); 2 usage or I/O.
 */

import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { basename, dirname, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { compareDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatMessage, m, Messages } from '../../src/diagnostics/messages.js';
import { readTextFile } from '../../src/compiler/context.js';
import type { CompileOptions, CompileResult, ManifestEntry } from '../../src/compiler/types.js';
import { displayPath, ioReason } from '../files.js';
import { stylish } from '../format/stylish.js';
import type { FormatContext, RuleInfo } from '../format/types.js';
import { CliError, ExitCode, type CliIO } from '../io.js';
import { VERSION } from '../version.js';

/** Command-line errors of `tpc compile` and `tpc fmt` (band TPC44xx, exit code 2). */
export const CompileCliMessages = {
  unreadable: m('TPC4401', 'error', "cannot read '{0}': {1}"),
  writeFailed: m('TPC4402', 'error', "cannot write '{0}': {1}; nothing was changed"),
  noOutput: m('TPC4403', 'error', '--out <dir> is required (or use --check with --out)'),
  unknownSite: m('TPC4404', 'error', "there is no site named '{0}'{1}"),
  badManifest: m('TPC4405', 'error', "the existing '{0}' is not a tpc manifest ({1}); remove it or compile without --site"),
  renameFailed: m('TPC4406', 'error', "cannot move '{0}' into place: {1}; files already moved are complete, the rest keep their old content"),
} as const;

interface CompileFlags {
  out?: string;
  site?: string;
  check?: boolean;
  format: 'stylish' | 'json';
  color?: boolean;
  lint: boolean;
}

function fail(msg: { code: string; template: string }, ...args: (string | number)[]): never {
  throw new CliError(formatMessage(msg.template, args), msg.code);
}

/** Registers `compile`. */
export function register(cmd: Command, io: CliIO, setExit: (code: number) => void): void {
  cmd
    .argument('<file>', 'the .tpc program to compile')
    .option('-o, --out <dir>', 'output folder')
    .option('--site <name>', 'write only this site (the whole fleet is still checked)')
    .option('--check', 'write nothing; exit 1 if the files in --out differ from what would be written')
    .option('-f, --format <format>', 'diagnostics format: stylish or json', 'stylish')
    .option('--no-lint', 'skip linting the generated artifacts in memory')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (default when stdout is not a terminal)')
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 errors in the source (or differences with --check), 2 usage or I/O error, 130/143 interrupted by SIGINT/SIGTERM (nothing is left half-written).' +
        "\n\nEnvironment: tpc compile keeps V8's compiled code for its next run in TPC_CODE_CACHE_DIR (default: a folder of this user's in the system's temporary folder, private); TPC_CODE_CACHE=off turns that off. TPC_TIMING=1 prints the time of each phase.",
    )
    .action(async (file: string, flags: CompileFlags) => {
      setExit(await runCompile(file, flags, io));
    });
}

function useColor(flag: boolean | undefined, io: CliIO): boolean {
  if (flag !== undefined) return flag;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0') return true;
  return io.isTTY && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb';
}

/** Prints diagnostics with the `tpc lint` printers. */
export async function printDiagnostics(io: CliIO, diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>, files: readonly string[], format: 'stylish' | 'json', color: boolean): Promise<void> {
  const rules = new Map<string, RuleInfo>();
  for (const msg of Object.values(Messages)) rules.set(msg.code, { id: msg.code, description: msg.template, severity: msg.severity });
  const ctx: FormatContext = { cwd: io.cwd, color, files, sources, rules, version: VERSION };
  if (format === 'json') {
    const { json } = await import('../format/json.js');
    io.stdout(json(diagnostics, ctx));
    return;
  }
  const text = stylish(diagnostics, ctx);
  if (text) io.stderr(text);
}

/** Runs `tpc compile`; returns the exit code. Usage and I/O problems throw {@link CliError}. */
export async function runCompile(file: string, flags: CompileFlags, io: CliIO): Promise<number> {
  const cwd = resolve(io.cwd);
  if (flags.format !== 'stylish' && flags.format !== 'json') throw new CliError(`--format must be stylish or json, got '${flags.format}'`, 'TPC4407');
  if (!flags.out) fail(CompileCliMessages.noOutput);
  const abs = resolve(cwd, file);
  const shown = displayPath(abs, cwd);
  let text: string;
  try {
    text = await readFile(abs, 'utf8');
  } catch (e) {
    fail(CompileCliMessages.unreadable, file, ioReason(e));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  // TPC_TIMING=1 prints how long each phase took (for bench/compile.mjs and profiling).
  // The first figure is the time from the process's start to here (node's own start-up, the CLI's
  // modules, reading the source).
  const timing = io.env['TPC_TIMING'] ? { t: performance.now(), lines: [`start ${performance.now().toFixed(0)} ms`] } : undefined;
  const lap = (what: string) => {
    if (!timing) return;
    const now = performance.now();
    timing.lines.push(`${what} ${(now - timing.t).toFixed(0)} ms`);
    timing.t = now;
  };
  const outDir = resolve(cwd, flags.out);
  const options = { file: shown, readFile: (p: string) => readTextFile(resolve(cwd, p)), ...(flags.site !== undefined ? { site: flags.site } : {}) };
  // A fresh output folder is compiled, checked and written a few sites at a time (see
  // streamToFreshFolder); anything else (--check, --site, an existing folder) in memory.
  if (!flags.check && flags.site === undefined && flags.lint !== false && !existsSync(outDir)) {
    return streamToFreshFolder(text, shown, options, outDir, flags.out, flags, io, lap, timing);
  }
  const { compile } = await import('../../src/compiler/compile.js');
  lap('load');
  const result: CompileResult = compile(text, options);
  lap('compile');
  const unknownSite = result.diagnostics.find((d) => d.code === 'TPC2004');
  if (unknownSite) fail(CompileCliMessages.unknownSite, flags.site ?? '', unknownSite.hint ? ` (${unknownSite.hint.replace(/\?$/, '')}?)` : '');
  let diagnostics = result.diagnostics;
  if (!result.emitSkipped && flags.lint !== false) {
    const { lintCompiled } = await import('../../src/compiler/self-check.js');
    diagnostics = [...diagnostics, ...(await lintCompiled(result, shown, text))].sort(compareDiagnostics);
    lap('lint');
  }
  const errors = diagnostics.some((d) => d.severity === 'error' && !d.suppressed);
  const files = [shown, ...[...result.sources.keys()].filter((f) => f !== shown)];
  await printDiagnostics(io, diagnostics, result.sources, files, flags.format, useColor(flags.color, io));
  if (errors || result.emitSkipped) return ExitCode.Findings;

  const output = new Map(result.files);
  const sites = result.sites.map((s) => s.name);
  if (flags.site !== undefined) output.set('manifest.json', await mergedManifest(outDir, flags.out, result, flags.site));
  if (flags.check) return check(io, outDir, flags.out, output, sites);
  const shownDir = flags.out;
  const { value: stats, signal } = await uninterrupted(() => writeOutput(outDir, shownDir, output, sites));
  lap('write');
  if (timing) io.stderr(`tpc: timing: ${timing.lines.join(', ')}\n`);
  printSummary(io, sites.length, result.manifest.endpoints.length, shownDir, stats);
  if (signal) {
    io.stderr(`tpc: interrupted (${signal}) while writing; the write was finished first, so ${shownDir} is complete.\n`);
    return signal === 'SIGINT' ? 130 : 143;
  }
  return ExitCode.Ok;
}

/**
 * Runs a synchronous write with SIGINT/SIGTERM listeners in place, so a signal cannot end the
 * process between two renames (which would leave old and new files mixed and the staging folder
 * behind): it is noticed once the write is finished, and reported with the signal.
 */
async function uninterrupted<T>(write: () => T): Promise<{ value: T; signal?: NodeJS.Signals }> {
  let signal: NodeJS.Signals | undefined;
  const note = (s: NodeJS.Signals): void => {
    signal ??= s;
  };
  process.on('SIGINT', note);
  process.on('SIGTERM', note);
  try {
    const value = write();
    // A signal that arrived during the write reaches its listener in the loop's next poll phase;
    // two check phases later it certainly has.
    for (let i = 0; i < 2; i++) await new Promise((r) => setImmediate(r));
    return signal ? { value, signal } : { value };
  } finally {
    process.off('SIGINT', note);
    process.off('SIGTERM', note);
  }
}

/** Sites compiled, linted and handed to the writer at a time. */
const STREAM_SITES = 5;

/**
 * Compiles into a fresh output folder without holding the fleet's artifacts: every few sites are
 * compiled, validated, linted (the self-check) and handed to a writer thread, which writes them
 * into a staging folder next to `<dir>`. Only when everything compiled and checked clean is the
 * staging folder renamed into place (one atomic rename), so nothing appears unless all of it was
 * written and checked; on an error, or when the process is interrupted (SIGINT, SIGTERM), the
 * staging folder is removed. Memory holds a few sites rather than the fleet.
 */
async function streamToFreshFolder(
  text: string,
  shown: string,
  options: CompileOptions,
  outDir: string,
  shownDir: string,
  flags: CompileFlags,
  io: CliIO,
  lap: (what: string) => void,
  timing: { lines: string[] } | undefined,
): Promise<number> {
  // A second thread writes while this one compiles; without threads, this one writes too.
  const writer: Stager = StagedWriter.start(outDir) ?? new SyncStager(outDir);
  // Interrupted: remove what was staged, then end as the signal would (128 + its number).
  const interrupted = (signal: NodeJS.Signals): void => {
    void writer.abandon().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const { compileInChunks } = await import('../../src/compiler/compile.js');
    const { SelfCheck } = await import('../../src/compiler/self-check.js');
    lap('load');
    const selfCheck = new SelfCheck(shown, text);
    const summary = await compileInChunks(text, options, STREAM_SITES, async (chunk) => {
      await selfCheck.add(chunk);
      // After a finding at error level nothing more is written (the staging folder is dropped).
      if (!selfCheck.failed) writer.write(chunk.files);
    });
    lap('compile+lint');
    const diagnostics = [...summary.diagnostics, ...(summary.emitSkipped ? [] : selfCheck.finish())].sort(compareDiagnostics);
    const errors = diagnostics.some((d) => d.severity === 'error' && !d.suppressed);
    const files = [shown, ...[...summary.sources.keys()].filter((f) => f !== shown)];
    await printDiagnostics(io, diagnostics, summary.sources, files, flags.format, useColor(flags.color, io));
    if (errors || summary.emitSkipped || !summary.manifestFile) {
      await writer.discard();
      return ExitCode.Findings;
    }
    writer.write(new Map([[summary.manifestFile.path, summary.manifestFile.content]]));
    let stats = { written: summary.files, unchanged: 0, removed: 0 };
    if (!(await writer.finish(shownDir))) {
      // `<dir>` appeared meanwhile: merge into it the ordinary way (the findings were printed).
      const { compile } = await import('../../src/compiler/compile.js');
      const result = compile(text, options);
      stats = writeOutput(outDir, shownDir, new Map(result.files), result.sites.map((s) => s.name));
    }
    lap('write');
    if (timing) io.stderr(`tpc: timing: ${timing.lines.join(', ')}\n`);
    printSummary(io, summary.sites, summary.manifest.endpoints.length, shownDir, stats);
    return ExitCode.Ok;
  } catch (e) {
    // Nothing staged may outlive a failure (the thread is stopped, its folder removed).
    await writer.discard();
    throw e;
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}

function printSummary(io: CliIO, sites: number, n: number, shownDir: string, stats: { written: number; unchanged: number; removed: number }): void {
  io.stderr(
    `tpc: compiled ${sites} site${sites === 1 ? '' : 's'} and ${n} cloud endpoint${n === 1 ? '' : 's'} into ${shownDir} (${stats.written} file${stats.written === 1 ? '' : 's'} written, ${stats.unchanged} unchanged${stats.removed > 0 ? `, ${stats.removed} stale removed` : ''}).\n`,
  );
}

/**
 * The staging writer's thread: writes the files of each \`{ files }\` message under the staging
 * folder (\`workerData\`, created on first use); on \`{ end: true }\` it reports success or its
 * first error (after an error it writes nothing more).
 */
const WRITER_SOURCE = `
const { parentPort, workerData: root } = require('node:worker_threads');
const { closeSync, mkdirSync, openSync, writeSync } = require('node:fs');
const { join, dirname } = require('node:path');
const made = new Set();
let started = false;
let failed;
parentPort.on('message', (m) => {
  if (m.end) {
    parentPort.postMessage(failed ? { ok: false, code: failed.code, message: failed.message } : { ok: true });
    return;
  }
  if (failed) return;
  try {
    if (!started) {
      mkdirSync(root, { recursive: true });
      started = true;
    }
    const files = m.files;
    for (let i = 0; i < files.length; i += 2) {
      const p = files[i];
      const d = dirname(p);
      if (d !== '.' && !made.has(d)) {
        mkdirSync(join(root, d), { recursive: true });
        made.add(d);
      }
      // (open, write, close: what writeFileSync does, without its options and an encoded copy of the text)
      const fd = openSync(join(root, p), 'wx');
      try {
        const text = files[i + 1];
        const n = writeSync(fd, text);
        // A short write (rare on a file) goes on from the byte where it stopped.
        if (n < Buffer.byteLength(text)) {
          const bytes = Buffer.from(text);
          for (let at = n; at < bytes.length; ) at += writeSync(fd, bytes, at);
        }
      } finally {
        closeSync(fd);
      }
    }
  } catch (e) {
    failed = { code: e && e.code, message: e && e.message ? e.message : String(e) };
  }
});
`;

/** What streamToFreshFolder needs of a staging writer. */
interface Stager {
  write(files: ReadonlyMap<string, string>): void;
  discard(): Promise<void>;
  finish(shownDir: string): Promise<boolean>;
  /** Stops writing and removes what was staged (the process is about to end). */
  abandon(): Promise<void>;
}

/** Stages files with synchronous writes on this thread, when no thread can be started (same contract as {@link StagedWriter}). */
class SyncStager implements Stager {
  private readonly staging: string;
  private readonly made = new Set<string>();
  private error: unknown;

  constructor(private readonly outDir: string) {
    this.staging = stagingBeside(outDir);
  }

  write(files: ReadonlyMap<string, string>): void {
    if (this.error !== undefined) return;
    try {
      if (this.made.size === 0) {
        mkdirSync(this.staging, { recursive: true });
        this.made.add('.');
      }
      writeTree(this.staging, [...files.keys()], files, this.made);
    } catch (e) {
      this.error = e;
    }
  }

  discard(): Promise<void> {
    removeQuietly(this.staging);
    return Promise.resolve();
  }

  abandon(): Promise<void> {
    this.error ??= new Error('interrupted');
    removeQuietly(this.staging);
    return Promise.resolve();
  }

  finish(shownDir: string): Promise<boolean> {
    return Promise.resolve(moveStagingIntoPlace(this.staging, this.outDir, shownDir, this.error));
  }
}

/**
 * Writes a fresh output folder on a second thread while the main thread compiles and checks the
 * next sites: every file goes into a staging folder next to `<dir>`, and only after everything
 * compiled and the lint found no error is the staging folder renamed into place (one atomic
 * rename), so the output is as atomic as the sequential path: nothing appears unless everything
 * was written and checked. When the thread cannot start, the ordinary sequential writer takes
 * over; a write failure is reported and the staging folder removed.
 */
class StagedWriter implements Stager {
  private readonly done: Promise<{ ok: true } | { ok: false; error: Error }>;
  private ended = false;

  private constructor(
    private readonly worker: Worker,
    private readonly outDir: string,
    private readonly staging: string,
  ) {
    this.done = new Promise((resolveDone) => {
      worker.once('message', (m: { ok: boolean; code?: string; message?: string }) => {
        if (m.ok) resolveDone({ ok: true });
        else resolveDone({ ok: false, error: Object.assign(new Error(m.message ?? 'write failed'), m.code ? { code: m.code } : {}) });
      });
      worker.once('error', (e) => resolveDone({ ok: false, error: e }));
      worker.once('exit', () => resolveDone({ ok: false, error: new Error('the writer thread stopped') }));
    });
  }

  static start(outDir: string): StagedWriter | undefined {
    const staging = stagingBeside(outDir);
    try {
      return new StagedWriter(new Worker(WRITER_SOURCE, { eval: true, workerData: staging }), outDir, staging);
    } catch {
      return undefined;
    }
  }

  /** Queues files for writing (in the order given). */
  write(files: ReadonlyMap<string, string>): void {
    const flat: string[] = [];
    for (const [p, c] of files) flat.push(p, c);
    this.worker.postMessage({ files: flat });
  }

  /** Waits for the thread to finish what it was given. */
  private async end(): Promise<{ ok: true } | { ok: false; error: Error }> {
    if (!this.ended) {
      this.ended = true;
      this.worker.postMessage({ end: true });
    }
    return this.done;
  }

  async abandon(): Promise<void> {
    // The thread is stopped first, so it cannot create the folder again after it is removed.
    await this.worker.terminate();
    removeQuietly(this.staging);
  }

  /** Stops the thread and removes whatever it staged. */
  async discard(): Promise<void> {
    await this.end();
    await this.worker.terminate();
    removeQuietly(this.staging);
  }

  /**
   * Waits for the thread and moves the staging folder into place. Returns false (with nothing
   * left behind) when `<dir>` appeared meanwhile; a write or rename failure is a usage error.
   */
  async finish(shownDir: string): Promise<boolean> {
    const r = await this.end();
    await this.worker.terminate();
    return moveStagingIntoPlace(this.staging, this.outDir, shownDir, r.ok ? undefined : r.error);
  }
}

/**
 * The last step of both stagers: after a write error (`writeError`), removes the staging folder
 * and fails; when `<dir>` appeared meanwhile, removes it and returns false; otherwise renames it
 * into place (a failed rename removes it and fails) and returns true.
 */
function moveStagingIntoPlace(staging: string, outDir: string, shownDir: string, writeError: unknown): boolean {
  if (writeError !== undefined) {
    removeQuietly(staging);
    fail(CompileCliMessages.writeFailed, shownDir, ioReason(writeError));
  }
  if (existsSync(outDir)) {
    removeQuietly(staging);
    return false;
  }
  try {
    renameSync(staging, outDir);
  } catch (e) {
    removeQuietly(staging);
    fail(CompileCliMessages.writeFailed, shownDir, ioReason(e));
  }
  return true;
}

/** The manifest with `site`'s entries replaced and the other sites' entries kept. */
async function mergedManifest(outDir: string, shownDir: string, result: CompileResult, site: string): Promise<string> {
  const path = join(outDir, 'manifest.json');
  let kept: ManifestEntry[] = [];
  let existing: string | undefined;
  try {
    existing = await readFile(path, 'utf8');
  } catch {
    existing = undefined;
  }
  if (existing !== undefined) {
    let v: unknown;
    try {
      v = JSON.parse(existing);
    } catch (e) {
      fail(CompileCliMessages.badManifest, join(shownDir, 'manifest.json'), e instanceof Error ? e.message : String(e));
    }
    const mf = v as { version?: unknown; endpoints?: unknown };
    if (!mf || typeof mf !== 'object' || mf.version !== 1 || !Array.isArray(mf.endpoints)) fail(CompileCliMessages.badManifest, join(shownDir, 'manifest.json'), 'no version 1 endpoints list');
    kept = (mf.endpoints as ManifestEntry[]).filter((e) => e && typeof e === 'object' && e.site !== site);
  }
  const endpoints = [...kept, ...result.manifest.endpoints].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return JSON.stringify({ version: 1, generator: 'tpc', source: result.manifest.source, endpoints }, null, 2) + '\n';
}

/** Generated files under a site folder that the compiler owns (candidates for stale removal). */
const OWNED = /^(?:ngrok\.yml|ngrok-failover\.yml|ngrok-on-demand\.yml|acl\.json|README\.md|endpoints\/[^/]+\.(?:json|policy\.yaml))$/;

function listOwned(outDir: string, site: string): string[] {
  const out: string[] = [];
  const add = (sub: string) => {
    let names: string[];
    try {
      names = readdirSync(join(outDir, site, sub));
    } catch {
      return;
    }
    for (const n of names) {
      const rel = sub ? `${sub}/${n}` : n;
      if (OWNED.test(rel)) out.push(`${site}/${rel}`);
    }
  };
  add('');
  add('endpoints');
  return out;
}

function readOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function check(io: CliIO, outDir: string, shownDir: string, output: Map<string, string>, sites: string[]): number {
  const problems: string[] = [];
  for (const [p, content] of output) {
    const disk = readOrUndefined(join(outDir, p));
    if (disk === undefined) problems.push(`missing: ${join(shownDir, p)}`);
    else if (disk !== content) problems.push(`differs: ${join(shownDir, p)}`);
  }
  for (const site of sites) for (const p of listOwned(outDir, site)) if (!output.has(p)) problems.push(`stale: ${join(shownDir, p)}`);
  if (problems.length === 0) {
    io.stderr(`tpc: ${shownDir} is up to date (${output.size} files).\n`);
    return ExitCode.Ok;
  }
  io.stdout(problems.join('\n') + '\n');
  io.stderr(`tpc: ${problems.length} file${problems.length === 1 ? '' : 's'} in ${shownDir} would change; run tpc compile without --check.\n`);
  return ExitCode.Findings;
}

/** Removes a staging folder; one that could never be created (its parent is a file) is no error. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // nothing there to remove
  }
}

/** The staging folder for a fresh output folder: hidden, beside it (so one rename moves it into place). */
function stagingBeside(outDir: string, tag = `${process.pid}-${randomBytes(4).toString('hex')}`): string {
  return join(dirname(outDir), `.${basename(outDir)}.tpc-staging-${tag}`);
}

/** Writes files (relative paths) under `root`, creating folders (`made`: folders known to exist). */
function writeTree(root: string, paths: readonly string[], output: ReadonlyMap<string, string>, made = new Set<string>()): void {
  for (const p of paths) {
    const d = dirname(p);
    if (d !== '.' && !made.has(d)) {
      mkdirSync(join(root, d), { recursive: true });
      made.add(d);
    }
    writeFileSync(join(root, p), output.get(p)!, { flag: 'wx' });
  }
}

/**
 * Writes the output through a staging folder; see the module comment. A fresh output folder is
 * staged whole and renamed into place at once; otherwise each new site folder is moved in
 * whole, and each changed file of an existing site is renamed over the old one.
 */
function writeOutput(outDir: string, shownDir: string, output: Map<string, string>, sites: string[]): { written: number; unchanged: number; removed: number } {
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  if (!existsSync(outDir)) {
    const staging = stagingBeside(outDir, tag);
    try {
      mkdirSync(staging, { recursive: true });
      writeTree(staging, [...output.keys()], output);
      renameSync(staging, outDir);
    } catch (e) {
      removeQuietly(staging);
      fail(CompileCliMessages.writeFailed, shownDir, ioReason(e));
    }
    return { written: output.size, unchanged: 0, removed: 0 };
  }
  const changed: string[] = [];
  let unchanged = 0;
  for (const [p, content] of output) {
    if (readOrUndefined(join(outDir, p)) === content) unchanged++;
    else changed.push(p);
  }
  const stale: string[] = [];
  for (const site of sites) for (const p of listOwned(outDir, site)) if (!output.has(p)) stale.push(p);
  if (changed.length === 0 && stale.length === 0) return { written: 0, unchanged, removed: 0 };

  const staging = join(outDir, `.tpc-staging-${tag}`);
  const top = (p: string) => (p.includes('/') ? p.slice(0, p.indexOf('/')) : '');
  const newDirs = new Set(changed.map(top).filter((t) => t !== '' && !existsSync(join(outDir, t))));
  const single = changed.filter((p) => !newDirs.has(top(p)));
  try {
    mkdirSync(staging, { recursive: true });
    writeTree(staging, changed, output);
    // Every folder a file is renamed into must exist before anything moves.
    for (const d of new Set(single.map((p) => dirname(p)).filter((d) => d !== '.'))) mkdirSync(join(outDir, d), { recursive: true });
  } catch (e) {
    removeQuietly(staging);
    fail(CompileCliMessages.writeFailed, shownDir, ioReason(e));
  }
  try {
    for (const d of newDirs) renameSync(join(staging, d), join(outDir, d));
    // The manifest goes last, so an applier never reads a manifest naming bodies not yet in place.
    for (const p of single) if (p !== 'manifest.json') renameSync(join(staging, p), join(outDir, p));
    if (single.includes('manifest.json')) renameSync(join(staging, 'manifest.json'), join(outDir, 'manifest.json'));
  } catch (e) {
    removeQuietly(staging);
    fail(CompileCliMessages.renameFailed, shownDir, ioReason(e));
  }
  removeQuietly(staging);
  for (const p of stale) {
    try {
      unlinkSync(join(outDir, p));
    } catch {
      // already gone
    }
  }
  return { written: changed.length, unchanged, removed: stale.length };
}
