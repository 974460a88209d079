/**
 * `tpc import [files…] [--endpoint <url>=<policy file>…]`: turns an existing
 * hand-written setup (ngrok.yml agent configs, cloud endpoint bodies, and Traffic Policy files
 * with the URL of their cloud endpoint; folders are searched for .yml/.yaml/.json files) into a
 * `.tpc` draft, printed on standard output or written with `--out`. What the draft could not
 * express is reported on standard error, file:line:column, and in the draft as "tpc import:"
 * comments; an exposure whose access rules could not be expressed denies every request until a
 * person fixes it, so a draft is never more permissive than the original.
 *
 * The draft is compiled in memory before it is written; if it did not compile, that would be a
 * bug of tpc import, and it is reported as one.
 *
 * Exit codes: 0 the draft states everything faithfully; 1 something was reported (see the
 * findings); 2 usage or I/O error (missing file, existing --out without --force).
 */

import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { normalize, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { formatMessage, m } from '../../src/diagnostics/messages.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { displayPath, expandPaths, ioReason } from '../files.js';
import { writeFileAtomic } from '../fs-atomic.js';
import { CliError, ExitCode, type CliIO } from '../io.js';

/** Command-line errors of `tpc import` (band TPC46xx, exit code 2). */
export const ImportCliMessages = {
  unreadable: m('TPC4601', 'error', "cannot read '{0}': {1}"),
  exists: m('TPC4602', 'error', "'{0}' already exists; pass --force to overwrite it"),
  writeFailed: m('TPC4603', 'error', "cannot write '{0}': {1}"),
  noInputs: m('TPC4604', 'error', "no .yml, .yaml or .json files found in '{0}'"),
  badEndpoint: m('TPC4605', 'error', "--endpoint takes <url>=<policy file>, got '{0}'"),
  nothing: m('TPC4606', 'error', 'nothing to import: give ngrok.yml agent configs, cloud endpoint bodies or folders, or a policy with --endpoint <url>=<policy file>'),
} as const;

interface ImportFlags {
  endpoint: string[];
  out?: string;
  force?: boolean;
  format: 'stylish' | 'json';
  color?: boolean;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function fail(msg: { code: string; template: string }, ...args: (string | number)[]): never {
  throw new CliError(formatMessage(msg.template, args), msg.code);
}

/** Registers `import`. */
export function register(cmd: Command, io: CliIO, setExit: (code: number) => void): void {
  cmd
    .argument('[files...]', 'ngrok.yml agent configs, cloud endpoint bodies (JSON or YAML with url and traffic_policy), or folders of them; a policy on its own goes with --endpoint')
    .option('-e, --endpoint <url=policy>', 'a Traffic Policy file that is the policy of the cloud endpoint at this URL (repeatable)', collect, [])
    .option('-o, --out <file>', 'write the draft to this .tpc file instead of standard output')
    .option('--force', 'overwrite --out when it exists')
    .addOption(new Option('-f, --format <format>', 'findings format on standard error').choices(['stylish', 'json']).default('stylish'))
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (default when standard error is not a terminal)')
    .addHelpText(
      'after',
      `
Exit codes: 0 everything was expressed, 1 something could not be (see the findings and the
"tpc import:" comments in the draft), 2 usage or I/O error.
Exposures whose access rules could not be expressed deny every request until you fix them.`,
    )
    .action(async (files: string[], flags: ImportFlags) => {
      setExit(await runImport(files, flags, io));
    });
}

/** Runs `tpc import`; returns the exit code. Usage and I/O problems throw {@link CliError}. */
export async function runImport(paths: readonly string[], flags: ImportFlags, io: CliIO): Promise<number> {
  const cwd = resolve(io.cwd);
  // A cloud endpoint given only as `--endpoint <url>=<policy>` needs no other file.
  if (paths.length === 0 && (flags.endpoint ?? []).length === 0) fail(ImportCliMessages.nothing);
  const entries = paths.length === 0 ? [] : await expandPaths(paths, { cwd });
  const inputs = entries.filter((e) => /\.(?:ya?ml|json)$/i.test(e.abs));
  if (paths.length > 0 && inputs.length === 0) fail(ImportCliMessages.noInputs, paths.join(', '));
  const files: { path: string; text: string; url?: string }[] = [];
  for (const e of inputs) {
    let text: string;
    try {
      text = await readFile(e.abs, 'utf8');
    } catch (err) {
      fail(ImportCliMessages.unreadable, e.display, ioReason(err));
    }
    files.push({ path: e.display, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
  }
  // The policy files agent configs name in `traffic_policy_file`, read from next to each config
  // when it was not given (as `tpc lint` does); one that is not there is reported by the import.
  const given = new Set(files.map((f) => normalize(f.path)));
  const { loadText } = await import('../../src/ngrok/load.js');
  const { policyFilePath, policyFileRefs } = await import('../../src/rules/workspace.js');
  for (const f of [...files]) {
    // Only a config that names a policy file is parsed here (importNgrok parses every input).
    if (!f.text.includes('traffic_policy_file')) continue;
    for (const doc of loadText(f.path, f.text).documents) {
      for (const ref of policyFileRefs(doc)) {
        const path = policyFilePath(f.path, ref);
        if (given.has(path)) continue;
        given.add(path);
        try {
          const text = await readFile(resolve(cwd, path), 'utf8');
          files.push({ path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text });
        } catch {
          // Not there: the endpoint's traffic_policy_file is reported, as before.
        }
      }
    }
  }
  for (const spec of flags.endpoint ?? []) {
    const i = spec.indexOf('=');
    if (i <= 0 || i === spec.length - 1 || !/^[a-z]+:\/\//i.test(spec)) fail(ImportCliMessages.badEndpoint, spec);
    const url = spec.slice(0, i);
    const [entry] = await expandPaths([spec.slice(i + 1)], { cwd });
    let text: string;
    try {
      text = await readFile(entry!.abs, 'utf8');
    } catch (err) {
      fail(ImportCliMessages.unreadable, spec.slice(i + 1), ioReason(err));
    }
    files.push({ path: entry!.display, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, url });
  }
  const outAbs = flags.out !== undefined ? resolve(cwd, flags.out) : undefined;
  if (outAbs && existsSync(outAbs) && !flags.force) fail(ImportCliMessages.exists, flags.out!);

  const { importNgrok } = await import('../../src/import/index.js');
  const draftName = outAbs ? displayPath(outAbs, cwd) : 'draft.tpc';
  const result = importNgrok(files, { draftName });

  // The draft must compile; a failure here is a bug of tpc import.
  const { compile } = await import('../../src/compiler/compile.js');
  const compiled = compile(result.source, { file: draftName, readFile: () => undefined });
  const bugs: Diagnostic[] = compiled.diagnostics
    .filter((d) => d.severity === 'error')
    .map((d) => ({ ...d, severity: 'error' as const, message: `tpc import bug: the draft does not compile: ${d.message}` }));
  const diagnostics = [...result.diagnostics, ...bugs];

  // No code frames and no file text in the report: the inputs may hold secrets (authtokens, client
  // secrets, passwords) that tpc never prints. Positions say where to look.
  const sources = new Map<string, string>();
  const { printDiagnostics } = await import('./compile.js');
  if (flags.format === 'json') {
    const { json } = await import('../format/json.js');
    io.stderr(json(diagnostics, { cwd, color: false, files: files.map((f) => f.path), sources, rules: new Map(), version: '' }));
  } else {
    await printDiagnostics(io, diagnostics, sources, files.map((f) => f.path), 'stylish', useColor(flags.color, io));
  }

  if (outAbs) {
    try {
      await writeFileAtomic(outAbs, result.source);
    } catch (err) {
      fail(ImportCliMessages.writeFailed, flags.out!, ioReason(err));
    }
  } else {
    io.stdout(result.source);
  }

  const sites = (result.source.match(/^site /gm) ?? []).length;
  const exposures = (result.source.match(/^\s+expose /gm) ?? []).length;
  const closed = (result.source.match(/denies every request until you fix it\.\n\s+expose/g) ?? []).length;
  const n = result.unsupported.length;
  io.stderr(
    `tpc: imported ${files.length} file${files.length === 1 ? '' : 's'} into ${sites} site${sites === 1 ? '' : 's'} and ${exposures} exposure${exposures === 1 ? '' : 's'}${outAbs ? ` (${draftName})` : ''}; ` +
      (n === 0 ? 'everything was expressed.\n' : `${n} thing${n === 1 ? '' : 's'} could not be expressed${closed > 0 ? `, and ${closed} exposure${closed === 1 ? ' denies' : 's deny'} every request until fixed` : ''}.\n`),
  );
  if (bugs.length > 0 || n > 0) return ExitCode.Findings;
  return ExitCode.Ok;
}

function useColor(flag: boolean | undefined, io: CliIO): boolean {
  if (flag !== undefined) return flag;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0') return true;
  return io.isTTY && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb';
}
