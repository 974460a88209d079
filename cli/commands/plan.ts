/**
 * `tpc plan <input>`: shows what `tpc apply` would change in the ngrok account.
 *
 * `<input>` is a compiled output folder, its `manifest.json`, or a `.tpc` source (compiled on
 * the fly). Lists the account's cloud endpoints (read-only) and prints the plan as text, JSON
 * or Markdown (for a pull-request comment).
 *
 * Exit codes (like `terraform plan -detailed-exitcode`, which differs from the other tpc
 * commands): 0 no changes, 2 changes pending, 1 any error (including bad flags).
 */

import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Option, type Command, type CommanderError } from 'commander';
import { NgrokApiError, NgrokClient, DEFAULT_API_URL } from '../../src/apply/client.js';
import { loadManifest, type DesiredEndpoint } from '../../src/apply/desired.js';
import { formatPlanJson, formatPlanMarkdown, formatPlanText } from '../../src/apply/format.js';
import { ApplyMessages } from '../../src/apply/messages.js';
import { plan, type Plan, type PlanOptions } from '../../src/apply/plan.js';
import { redact } from '../../src/apply/redact.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatMessage, type MessageTemplate } from '../../src/diagnostics/messages.js';
import { CliError, type CliIO } from '../io.js';

/** Flags shared by `plan` and `apply`. */
export interface RemoteFlags {
  apiUrl: string;
  apiKeyEnv: string;
  prune?: boolean;
  showUnmanaged?: boolean;
  format: 'text' | 'json' | 'markdown';
  concurrency: string;
  rateLimit: string;
  timeout: string;
  maxRetries: string;
  color?: boolean;
}

/** Throws a CliError from a TPC6xxx template. */
export function fail(msg: MessageTemplate, exitCode: number, ...args: (string | number)[]): never {
  throw new CliError(formatMessage(msg.template, args), msg.code, exitCode);
}

/** Adds the flags shared by `plan` and `apply`. */
export function addRemoteOptions(cmd: Command): Command {
  return cmd
    .argument('<input>', 'a compiled output folder, its manifest.json, or a .tpc source')
    .option('--api-url <url>', 'ngrok API base URL (for proxies and test servers)', DEFAULT_API_URL)
    .option('--api-key-env <name>', 'the environment variable holding the ngrok API key', 'NGROK_API_KEY')
    .option('--prune', 'delete endpoints tpc created earlier that are no longer in the source')
    .option('--show-unmanaged', 'also list the cloud endpoints tpc does not manage (they are never touched)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--concurrency <n>', 'API requests in flight at once', '4')
    .option('--rate-limit <n>', 'most API requests per rolling minute (ngrok allows 120 per account; 0 = unlimited)', '120')
    .option('--timeout <ms>', 'timeout of each API request in milliseconds', '30000')
    .option('--max-retries <n>', 'retries of a failed API request (429, 5xx, network errors) with backoff', '5')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (default when stdout is not a terminal)');
}

function positiveInt(flag: string, v: string, exitCode: number, min = 1): number {
  if (!/^\d+$/.test(v.trim()) || Number(v) < min) fail(ApplyMessages.badFlag, exitCode, flag, min === 0 ? 'a whole number of 0 or more' : 'a whole number of 1 or more', v);
  return Number(v);
}

/** The API key from the environment, or a CliError. */
export function apiKeyFrom(io: CliIO, name: string, exitCode: number): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) fail(ApplyMessages.badFlag, exitCode, '--api-key-env', 'an environment variable name', name);
  const key = io.env[name];
  if (key === undefined || key.trim() === '') fail(ApplyMessages.apiKeyMissing, exitCode, name);
  return key;
}

/** Builds the API client from the flags. */
export function clientFrom(flags: RemoteFlags, apiKey: string, exitCode: number, extra: { onRetry?: (e: { delayMs: number; reason: string }) => void } = {}): NgrokClient {
  let url: URL;
  try {
    url = new URL(flags.apiUrl);
  } catch {
    fail(ApplyMessages.badFlag, exitCode, '--api-url', 'an http(s) URL', flags.apiUrl);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(ApplyMessages.badFlag, exitCode, '--api-url', 'an http(s) URL', flags.apiUrl);
  const concurrency = positiveInt('--concurrency', flags.concurrency, exitCode);
  const rate = positiveInt('--rate-limit', flags.rateLimit, exitCode, 0);
  const timeoutMs = positiveInt('--timeout', flags.timeout, exitCode);
  const maxRetries = positiveInt('--max-retries', flags.maxRetries, exitCode, 0);
  return new NgrokClient({
    apiKey,
    baseUrl: flags.apiUrl,
    concurrency,
    rateLimitPerMinute: rate,
    timeoutMs,
    maxRetries,
    ...(extra.onRetry ? { onRetry: extra.onRetry } : {}),
  });
}

/** What the CLI needs of the compiler module (`src/compiler/index.ts`). */
export interface CompileModule {
  compile: (
    source: string,
    options: { file: string; readFile?: (path: string) => string | undefined },
  ) => { manifest?: { desired?: DesiredEndpoint[] }; diagnostics: Diagnostic[]; emitSkipped?: boolean };
}

/** Loads the compiler. Kept injectable so the "compiler missing" path can be tested. */
export type CompilerImporter = () => Promise<CompileModule>;

/** Imports the compiler lazily (only `.tpc` input needs it). */
export const importCompiler: CompilerImporter = async () => (await import('../../src/compiler/index.js')) as CompileModule;

/** Reads the desired endpoints from `input`. Problems in the input come back as diagnostics. */
export async function loadDesired(
  input: string,
  io: CliIO,
  exitCode: number,
  importer: CompilerImporter = importCompiler,
): Promise<{ desired: DesiredEndpoint[]; diagnostics: Diagnostic[]; accessDiff?: PlanOptions['accessDiff'] }> {
  const path = resolve(io.cwd, input);
  if (/\.tpc$/i.test(input)) {
    let source: string;
    try {
      source = await readFile(path, 'utf8');
    } catch (e) {
      fail(ApplyMessages.inputUnreadable, exitCode, input, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e));
    }
    let mod: CompileModule;
    try {
      mod = await importer();
      if (typeof mod.compile !== 'function') throw new Error('it has no compile() function');
    } catch (e) {
      fail(ApplyMessages.compilerUnavailable, exitCode, input, e instanceof Error ? e.message.split('\n')[0]! : String(e));
    }
    // Imports and sites files are read relative to the command's working folder.
    const readRelative = (p: string): string | undefined => {
      try {
        return readFileSync(resolve(io.cwd, p), 'utf8');
      } catch {
        return undefined;
      }
    };
    const r = mod.compile(source, { file: input, readFile: readRelative });
    const access = r.emitSkipped ? undefined : await import('../../src/sim/access-diff.js').then((m) => m.accessDiffFromSource(source, { file: input, readFile: readRelative })).catch(() => undefined);
    return { desired: r.emitSkipped ? [] : (r.manifest?.desired ?? []), diagnostics: r.diagnostics, ...(access ? { accessDiff: access } : {}) };
  }
  const r = await loadManifest(path);
  return { desired: r.endpoints, diagnostics: r.diagnostics };
}

/** Prints input diagnostics to stderr; returns the number of errors. */
export function reportInputDiagnostics(io: CliIO, diagnostics: readonly Diagnostic[]): number {
  let errors = 0;
  for (const d of diagnostics) {
    if (d.suppressed) continue;
    if (d.severity === 'error') errors++;
    const where = d.line > 1 || d.column > 1 ? `${d.file}:${d.line}:${d.column}` : d.file;
    io.stderr(`${where}: ${d.severity} ${d.code}: ${d.message}\n`);
  }
  return errors;
}

/** Prints a plan in the chosen format. */
export function printPlan(io: CliIO, p: Plan, flags: RemoteFlags): void {
  const color = flags.color ?? io.isTTY;
  if (flags.format === 'json') io.stdout(formatPlanJson(p));
  else if (flags.format === 'markdown') io.stdout(formatPlanMarkdown(p));
  else io.stdout(formatPlanText(p, { color }));
}

/**
 * Runs `fn`, turning API failures into a CliError whose text never contains the key (checked
 * again here, whatever produced the error).
 */
export async function guarded<T>(apiKey: string, keyEnv: string, exitCode: number, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof CliError) throw e;
    let text = e instanceof Error ? e.message : String(e);
    if (e instanceof NgrokApiError && e.statusCode === 401) text += ` (the key was read from $${keyEnv})`;
    if (!(e instanceof NgrokApiError)) text = `unexpected failure: ${text}`;
    throw new CliError(redact(text, [apiKey, apiKey.trim()]), ApplyMessages.apiFailed.code, exitCode);
  }
}

/** Makes commander errors of this command exit with `exitCode` instead of 2 (for `plan`). */
export function usageExitCode(cmd: Command, io: CliIO, exitCode: number): void {
  cmd.configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined });
  cmd.exitOverride((err: CommanderError) => {
    if (err.code === 'commander.helpDisplayed' || err.code === 'commander.help' || err.code === 'commander.version') throw err;
    throw new CliError(`${err.message.replace(/^error: /, '')} (run tpc ${cmd.name()} --help for usage)`, err.code, exitCode);
  });
}

const PLAN_EXIT = { noChanges: 0, error: 1, changes: 2 } as const;

/** Registers `plan`. */
export function register(cmd: Command, io: CliIO, setExit: (code: number) => void): void {
  addRemoteOptions(cmd)
    .addHelpText(
      'after',
      `
Exit codes: 0 no changes, 2 changes pending, 1 error (bad flags included).
  This follows 'terraform plan -detailed-exitcode' and differs from the other tpc
  commands, where 2 means a usage error.
The API key is read from $NGROK_API_KEY (or the variable named by --api-key-env); it is
never printed.`,
    )
    .action(async (input: string, flags: RemoteFlags) => {
      setExit(await runPlan(input, flags, io));
    });
  usageExitCode(cmd, io, PLAN_EXIT.error);
}

async function runPlan(input: string, flags: RemoteFlags, io: CliIO): Promise<number> {
  const apiKey = apiKeyFrom(io, flags.apiKeyEnv, PLAN_EXIT.error);
  const client = clientFrom(flags, apiKey, PLAN_EXIT.error);
  const loaded = await loadDesired(input, io, PLAN_EXIT.error);
  const errors = reportInputDiagnostics(io, loaded.diagnostics);
  if (errors > 0) fail(ApplyMessages.inputErrors, PLAN_EXIT.error, input, errors);
  const p = await guarded(apiKey, flags.apiKeyEnv, PLAN_EXIT.error, () =>
    plan({ desired: loaded.desired, client, prune: flags.prune ?? false, showUnmanaged: flags.showUnmanaged ?? false, ...(loaded.accessDiff ? { accessDiff: loaded.accessDiff } : {}) }),
  );
  printPlan(io, p, flags);
  if (p.diagnostics.some((d) => d.severity === 'error' && !d.suppressed)) return PLAN_EXIT.error;
  return p.hasChanges ? PLAN_EXIT.changes : PLAN_EXIT.noChanges;
}
