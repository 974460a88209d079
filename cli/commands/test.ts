/**
 * `tpc test <input> [files…]`: runs expectations through the simulator.
 *
 * `<input>` is a `.tpc` program (its `test` blocks run against its compiled artifacts; template
 * tests once per site) or an expectations file (YAML/JSON, docs/simulation.md) for hand-written
 * ngrok files, listed under its `files:` or passed after it.
 *
 * Exit codes: 0 every test passed; 1 a test failed, or the program does not compile; 2 a usage
 * or I/O problem.
 */

import { readFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { readFromDisk, readTextFile } from '../../src/compiler/context.js';
import { hasErrors, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatMessage, type MessageTemplate } from '../../src/diagnostics/messages.js';
import { parsePolicyText } from '../../src/ngrok/endpoint-spec.js';
import { expectationsSuite, isExpectationsValue } from '../../src/sim/expectations.js';
import { SimMessages } from '../../src/sim/messages.js';
import { formatTestJson, formatTestJunit, formatTestText } from '../../src/sim/report.js';
import { runTests, type TestCase } from '../../src/sim/runner.js';
import { tpcTests, type TpcTestSuite } from '../../src/sim/tpc-tests.js';
import type { World } from '../../src/sim/types.js';
import { ioReason } from '../files.js';
import { stylish } from '../format/stylish.js';
import { CliError, ExitCode, type CliIO } from '../io.js';
import { VERSION } from '../version.js';

/** Throws a usage error (exit 2) from a TPC5xxx template. */
export function usage(msg: MessageTemplate, ...args: (string | number)[]): never {
  throw new CliError(formatMessage(msg.template, args), msg.code, ExitCode.Usage);
}

/** Reads a file relative to the working directory, or fails with exit 2. */
export async function readInput(io: CliIO, path: string): Promise<string> {
  try {
    const text = await readFile(resolve(io.cwd, path), 'utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (e) {
    usage(SimMessages.inputUnreadable, path, ioReason(e));
  }
}

/** Reads files for the compiler relative to the working directory (throwing the file system's error, which the compiler reports). */
export function readerFor(io: CliIO): (path: string) => string | undefined {
  return (p) => readTextFile(isAbsolute(p) ? p : join(io.cwd, p));
}

/** Compiles a `.tpc` input into its test suite. */
export async function loadTpcSuite(io: CliIO, input: string): Promise<TpcTestSuite> {
  const text = await readInput(io, input);
  return tpcTests(text, { file: input, readFile: readerFor(io) });
}

/** Prints diagnostics (stylish) to stderr. */
export function printDiagnostics(io: CliIO, diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>): void {
  if (diagnostics.length === 0) return;
  const files = [...new Set(diagnostics.map((d) => d.file).filter((f): f is string => typeof f === 'string'))];
  const out = stylish(diagnostics, { cwd: io.cwd, color: false, files, sources, rules: new Map(), version: VERSION });
  if (out) io.stderr(out);
}

interface TestFlags {
  format: 'text' | 'json' | 'junit';
  coverage?: boolean;
  site?: string;
  verbose?: boolean;
}

/** Registers `test` on its commander command. */
export function register(cmd: Command, io: CliIO, setExit: (code: number) => void): void {
  cmd
    .argument('<input>', 'a .tpc program, or an expectations file (YAML/JSON) for hand-written ngrok files')
    .argument('[files...]', 'ngrok files the expectations file tests (besides those it lists under files:)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'junit']).default('text'))
    .option('--coverage', 'report the rules and actions of each policy that no test exercised')
    .option('--site <name>', 'run only the tests of this site (.tpc input)')
    .option('-v, --verbose', 'print the outcome of passing tests too')
    .addHelpText('after', '\nExit codes: 0 all tests passed, 1 a test failed or the program does not compile, 2 usage or I/O error.\nThe last line of text output is "N passed, N failed".')
    .action(async (input: string, files: string[], flags: TestFlags) => {
      setExit(await runTestCommand(io, input, files, flags));
    });
}

async function runTestCommand(io: CliIO, input: string, files: string[], flags: TestFlags): Promise<number> {
  let cases: TestCase[];
  let world: World;
  let diagnostics: Diagnostic[];
  let sources: ReadonlyMap<string, string>;
  if (/\.tpc$/i.test(input)) {
    if (files.length > 0) usage(SimMessages.badFlag, 'tpc test <file.tpc>', 'no further files (the program is tested against its own compiled artifacts)', files.join(' '));
    const suite = await loadTpcSuite(io, input);
    diagnostics = suite.diagnostics;
    sources = suite.compileResult.sources;
    if (!suite.compiled) {
      printDiagnostics(io, diagnostics, sources);
      return ExitCode.Findings;
    }
    cases = suite.cases;
    world = suite.world;
    if (flags.site !== undefined) {
      if (!suite.sites.some((s) => s.name === flags.site)) usage(SimMessages.badFlag, '--site', 'a site of the program', `'${flags.site}'`);
      cases = cases.filter((c) => c.site === flags.site);
    }
  } else {
    const text = await readInput(io, input);
    const parsed = parsePolicyText(text);
    if (!isExpectationsValue(parsed.value)) usage(SimMessages.notTestable, input);
    const extra: { path: string; text: string }[] = [];
    for (const f of files) extra.push({ path: f, text: await readInput(io, f) });
    const suite = expectationsSuite(input, text, {
      readFile: (p) => readFromDisk(isAbsolute(p) ? p : join(io.cwd, p)),
      resolve: (from, p) => (isAbsolute(p) ? p : join(dirname(from), p)),
      extraFiles: extra,
    });
    cases = suite.cases;
    world = suite.world;
    diagnostics = suite.diagnostics;
    sources = new Map([[input, text], ...extra.map((e) => [e.path, e.text] as [string, string])]);
  }
  const outside = diagnostics.filter((d) => !cases.some((c) => c.problem === d));
  printDiagnostics(io, outside, sources);
  const run = runTests(cases, world, { coverage: flags.coverage === true });
  if (flags.format === 'json') io.stdout(formatTestJson(run));
  else if (flags.format === 'junit') io.stdout(formatTestJunit(run, `tpc test ${input}`));
  else io.stdout(formatTestText(run, { verbose: flags.verbose === true, header: `tpc test ${input}` }));
  return run.failed > 0 || hasErrors(outside) ? ExitCode.Findings : ExitCode.Ok;
}
