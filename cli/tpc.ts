#!/usr/bin/env node
/**
 * The `tpc` command. Each subcommand lives in `cli/commands/<name>.ts` and exports
 * `register(program, io, setExit)`; its module is imported only when that subcommand runs,
 * so `tpc lint` never loads the DSL parser or the API client.
 */
import { Command, CommanderError } from 'commander';
import { CliError, ExitCode, processIO, type CliIO } from './io.js';
import { tuneJitForShortRun } from './jit.js';
import { VERSION } from './version.js';

/** A subcommand's registration: name, one-line summary, and a lazy loader of its module. */
interface CommandEntry {
  name: string;
  summary: string;
  load: () => Promise<{ register: (cmd: Command, io: CliIO, setExit: (code: number) => void) => void }>;
}

/** Every subcommand, in help order. */
export const COMMANDS: CommandEntry[] = [];

/** Adds a subcommand to the table (used by this file only, at start-up). */
function add(name: string, summary: string, load: CommandEntry['load']): void {
  COMMANDS.push({ name, summary, load });
}

add('compile', 'Compile a .tpc fleet into ngrok.yml agent configs, cloud endpoint specs and a manifest.', () => import('./commands/compile.js'));
add('fmt', 'Format .tpc files canonically (--check to verify only).', () => import('./commands/fmt.js'));
add('lint', 'Lint .tpc files, Traffic Policies, ngrok.yml agent configs, cloud endpoint bodies and saved ngrok API endpoint output.', () => import('./commands/lint.js'));
add('test', 'Run the expectations of a .tpc file (or an expectations file for ngrok files) through the simulator.', () => import('./commands/test.js'));
add('explain', 'Simulate one request and print every rule and action it meets, and where it ends up.', () => import('./commands/explain.js'));
add('matrix', 'Print, per site, which groups and identities reach which service (simulated from the compiled output).', () => import('./commands/matrix.js'));
add('plan', 'Show what apply would change in the ngrok account (exit 0 no changes, 2 changes, 1 error).', () => import('./commands/plan.js'));
add('apply', 'Create, update and delete cloud endpoints in the ngrok account to match the source.', () => import('./commands/apply.js'));
add('init', 'Create a starter project: a clinic fleet with tests, lint config, pre-commit hooks and a CI workflow.', () => import('./commands/init.js'));
add('import', 'Turn existing ngrok.yml agent configs and cloud endpoint bodies into a .tpc draft, reporting what it cannot express.', () => import('./commands/import.js'));

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code.
 * Never throws: usage errors print `tpc: …` and return 2.
 */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  let exit: number = ExitCode.Ok;
  const setExit = (code: number) => {
    exit = Math.max(exit, code);
  };
  const program = new Command('tpc')
    .description('Compile, lint, simulate and apply ngrok Traffic Policy.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run tpc --help for usage)');
  const wanted = argv.find((a) => !a.startsWith('-'));
  for (const entry of COMMANDS) {
    const cmd = program.command(entry.name).description(entry.summary);
    // Load only the command being run; for help listings the summary suffices.
    if (entry.name === wanted || (wanted === 'help' && argv.includes(entry.name))) {
      const mod = await entry.load();
      mod.register(cmd, io, setExit);
    }
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.Ok;
      return ExitCode.Usage;
    }
    if (e instanceof CliError) {
      io.stderr(`tpc: ${e.message}\n`);
      return e.exitCode;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(`tpc: internal error: ${msg}\n(this is a bug in tpc; please report it with the input that caused it)\n`);
    if (io.env['TPC_DEBUG'] && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
    return ExitCode.Usage;
  }
  return exit;
}

const isMain = process.argv[1] !== undefined && /(?:^|[\\/])tpc(?:\.[cm]?[jt]s)?$/.test(process.argv[1]);
if (isMain) {
  // A reader that goes away (`tpc lint | head`) ends the process quietly: processIO() sets that
  // up on the first write to stdout/stderr (creating the streams up front costs start-up time).
  const args = process.argv.slice(2);
  // `tpc compile` is a short burst of hot code: V8 is tuned for that (see jit.ts). Only in
  // the real process (tests call main() in theirs).
  if (args.find((a) => !a.startsWith('-')) === 'compile') tuneJitForShortRun();
  main(args).then((code) => {
    process.exitCode = code;
  });
}
