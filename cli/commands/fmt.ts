/**
 * `tpc fmt <files…>`: formats `.tpc` files canonically (the DSL's `format()`), writing them in
 * place (atomically) by default; `--check` writes nothing and exits 1 when a file would change.
 * Folders are searched for `.tpc` files. A file with syntax errors is reported and left alone.
 *
 * Exit codes: 0 all formatted (or already canonical); 1 a file would change (`--check`) or has
 * syntax errors; 2 usage or I/O error.
 */

import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { displayPath, ioReason, SKIP_DIRS } from '../files.js';
import { writeFileAtomic } from '../fs-atomic.js';
import { CliError, ExitCode, type CliIO } from '../io.js';
import { CompileCliMessages, printDiagnostics } from './compile.js';

interface FmtFlags {
  check?: boolean;
  write?: boolean;
  color?: boolean;
}

/** Registers `fmt`. */
export function register(cmd: Command, io: CliIO, setExit: (code: number) => void): void {
  cmd
    .argument('<paths...>', '.tpc files or folders to format')
    .option('--check', 'write nothing; exit 1 if a file is not formatted')
    .option('--write', 'write formatted files in place (the default)')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour')
    .addHelpText('after', '\nExit codes: 0 formatted, 1 a file would change (--check) or has syntax errors, 2 usage or I/O error.')
    .action(async (paths: string[], flags: FmtFlags) => {
      setExit(await runFmt(paths, flags, io));
    });
}

async function tpcFiles(dir: string, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new CliError(`cannot read '${dir}': ${ioReason(e)}`, CompileCliMessages.unreadable.code);
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name) && !e.name.startsWith('.')) await tpcFiles(p, out);
    } else if (e.isFile() && /\.tpc$/i.test(e.name)) out.push(p);
  }
}

/** Runs `tpc fmt`; returns the exit code. */
export async function runFmt(paths: readonly string[], flags: FmtFlags, io: CliIO): Promise<number> {
  if (flags.check && flags.write) throw new CliError('--check and --write cannot be used together', 'TPC4408');
  const cwd = resolve(io.cwd);
  const files: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = await stat(abs);
    } catch (e) {
      throw new CliError(`cannot read '${p}': ${ioReason(e)}`, CompileCliMessages.unreadable.code);
    }
    if (st.isDirectory()) await tpcFiles(abs, files);
    else files.push(abs);
  }
  const { format } = await import('../../src/dsl/index.js');
  let exit: number = ExitCode.Ok;
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const shownFiles: string[] = [];
  let changed = 0;
  for (const abs of [...new Set(files)]) {
    const shown = displayPath(abs, cwd);
    let text: string;
    try {
      text = await readFile(abs, 'utf8');
    } catch (e) {
      throw new CliError(`cannot read '${shown}': ${ioReason(e)}`, CompileCliMessages.unreadable.code);
    }
    const bom = text.charCodeAt(0) === 0xfeff;
    if (bom) text = text.slice(1);
    const r = format(text, { file: shown });
    if (r.text === undefined) {
      diagnostics.push(...r.diagnostics);
      sources.set(shown, text);
      shownFiles.push(shown);
      exit = ExitCode.Findings;
      continue;
    }
    if (r.text === text) continue;
    changed++;
    if (flags.check) {
      io.stdout(`would reformat: ${shown}\n`);
      exit = ExitCode.Findings;
      continue;
    }
    try {
      await writeFileAtomic(abs, (bom ? '\ufeff' : '') + r.text);
    } catch (e) {
      throw new CliError(`cannot write '${shown}': ${ioReason(e)}`, CompileCliMessages.writeFailed.code);
    }
    io.stdout(`formatted: ${shown}\n`);
  }
  if (diagnostics.length > 0) await printDiagnostics(io, diagnostics, sources, shownFiles, 'stylish', flags.color ?? (io.isTTY && !io.env['NO_COLOR']));
  if (flags.check && changed === 0 && exit === ExitCode.Ok) io.stderr(`tpc: ${files.length} file${files.length === 1 ? '' : 's'} already formatted.\n`);
  return exit;
}
