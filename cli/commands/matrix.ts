/**
 * `tpc matrix <file.tpc>`: per site, which groups and identities reach which service (allow,
 * deny, needs a token, login), derived by simulating the compiled artifacts. A table a
 * reviewer reads in seconds.
 *
 * Exit codes: 0 printed; 1 the program does not compile; 2 a usage or I/O problem.
 */

import { Option, type Command } from 'commander';
import { accessMatrix, formatMatrix } from '../../src/sim/matrix.js';
import { SimMessages } from '../../src/sim/messages.js';
import { ExitCode, type CliIO } from '../io.js';
import { loadTpcSuite, printDiagnostics, usage } from './test.js';

interface MatrixFlags {
  site?: string;
  format: 'text' | 'json';
}

/** Registers `matrix` on its commander command. */
export function register(cmd: Command, io: CliIO, setExit: (code: number) => void): void {
  cmd
    .argument('<file>', 'a .tpc program')
    .option('--site <name>', 'only this site')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExit codes: 0 printed, 1 the program does not compile, 2 usage or I/O error.')
    .action(async (file: string, flags: MatrixFlags) => {
      setExit(await runMatrix(io, file, flags));
    });
}

async function runMatrix(io: CliIO, file: string, flags: MatrixFlags): Promise<number> {
  if (!/\.tpc$/i.test(file)) usage(SimMessages.tpcOnly, 'tpc matrix', `'${file}'`);
  const suite = await loadTpcSuite(io, file);
  if (!suite.compiled) {
    printDiagnostics(io, suite.diagnostics, suite.compileResult.sources);
    return ExitCode.Findings;
  }
  if (flags.site !== undefined && !suite.sites.some((s) => s.name === flags.site)) usage(SimMessages.badFlag, '--site', 'a site of the program', `'${flags.site}'`);
  const matrix = accessMatrix(suite, flags.site !== undefined ? { site: flags.site } : {});
  if (flags.format === 'json') {
    const plain = matrix.map((m) => ({ site: m.site, services: m.services, rows: m.rows.map((r) => ({ subject: r.subject, kind: r.kind, cells: Object.fromEntries(Object.entries(r.cells).map(([k, c]) => [k, { access: c.access, cert: c.cert, outcome: c.outcome }])) })) }));
    io.stdout(JSON.stringify(plain, null, 2) + '\n');
  } else io.stdout(formatMatrix(matrix));
  return ExitCode.Ok;
}
