/**
 * `tpc lint [paths…]`: lints Traffic Policies, ngrok.yml agent configs, cloud endpoint bodies
 * and `.tpc` sources together (cross-file rules see all of them).
 *
 * Exit codes: 0 clean; 1 an unsuppressed error-level finding, or more warnings than
 * `--max-warnings`; 2 a usage or I/O problem (bad flag, unknown rule, missing path, unreadable
 * config or baseline). A missing path is a usage error, not a finding: the user asked for a
 * file that is not there, and a pre-commit hook must not pass silently because of a typo.
 */

import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Option, type Command } from 'commander';
import { compareDiagnostics, createDiagnostic, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatMessage, Messages } from '../../src/diagnostics/messages.js';
import type { DocumentKind } from '../../src/ngrok/load.js';
import { fingerprint, validateBaseline, type Baseline, type BaselineEntry } from '../../src/rules/baseline.js';
import { lint, type LintInput, type RuleSetting } from '../../src/rules/engine.js';
import { EngineMessages } from '../../src/rules/messages.js';
import type { LintRule } from '../../src/rules/rule.js';
import { didYouMean, loadConfig, RULE_SETTINGS, type TpcConfig } from '../config.js';
import { displayPath, expandPaths, ioReason, type FileEntry } from '../files.js';
import { stylish, tally } from '../format/stylish.js';
import { STDIN_PATH, type FormatContext, type Formatter, type RuleInfo } from '../format/types.js';
import { writeFileAtomic } from '../fs-atomic.js';
import { CliError, ExitCode, type CliIO } from '../io.js';
import { FileMessages, LintCliMessages } from '../messages.js';
import { VERSION } from '../version.js';


/** Largest file read (the loader's limit); bigger files are reported without being read. */
const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Options as commander parses them. */
interface LintFlags {
  format: 'stylish' | 'json' | 'sarif';
  fix?: boolean;
  maxWarnings?: string;
  rule: string[];
  quiet?: boolean;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  reason?: string;
  kind?: Exclude<DocumentKind, 'unknown'>;
  stdinFilename?: string;
  color?: boolean;
}

/** Files read at once: enough to keep the file system busy, few enough to stay far from open-file limits. */
const READ_AHEAD = 32;

/**
 * Reads the files of `entries` (their size first: a file over {@link MAX_FILE_BYTES} is not read),
 * several at a time, each result at its entry's index. One file after another, a folder of
 * 12,000 small files spent most of its time waiting for each read in turn.
 */
async function readEntries(entries: readonly FileEntry[]): Promise<({ bytes: Buffer } | { size: number } | { error: unknown })[]> {
  const out: ({ bytes: Buffer } | { size: number } | { error: unknown })[] = new Array(entries.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const i = next++;
      const abs = entries[i]!.abs;
      try {
        const size = (await stat(abs)).size;
        out[i] = size > MAX_FILE_BYTES ? { size } : { bytes: await readFile(abs) };
      } catch (error) {
        out[i] = { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_AHEAD, entries.length) }, worker));
  return out;
}

function fail(msg: { code: string; template: string }, ...args: (string | number)[]): never {
  throw new CliError(formatMessage(msg.template, args), msg.code);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Registers `lint` on its commander command. */
export function register(cmd: Command, io: CliIO, setExit: (code: number) => void): void {
  cmd
    .argument('[paths...]', "files, folders or glob patterns to lint ('-' reads standard input)", ['.'])
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'sarif']).default('stylish'))
    .option('--fix', 'apply automatic fixes and write the files (atomically)')
    .option('--max-warnings <n>', 'exit with 1 when there are more than n warnings')
    .option('--rule <id=severity>', 'set a rule to off, info, warn or error (repeatable; overrides the config)', collect, [])
    .option('--quiet', 'report errors only')
    .option('-c, --config <file>', 'use this config file instead of searching for tpc.config.json / package.json')
    .option('--baseline <file>', 'suppress the known findings listed in this baseline file')
    .option('--write-baseline <file>', 'write every current finding to this baseline file (needs --reason)')
    .option('--reason <text>', 'why the findings written by --write-baseline are accepted')
    .addOption(new Option('--kind <kind>', 'treat every document as this kind instead of detecting it').choices(['traffic-policy', 'agent-config', 'cloud-endpoint']))
    .option('--stdin-filename <name>', "the file name to report for '-' (also picks YAML or JSON by extension)")
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (default when stdout is not a terminal)')
    .addHelpText(
      'after',
      `
Exit codes: 0 clean, 1 error-level findings (or too many warnings), 2 usage or I/O error.
Suppress one finding with a reason:  # tpc-disable-next-line <rule-id> -- <reason>`,
    )
    .action(async (paths: string[], flags: LintFlags) => {
      setExit(await runLint(paths, flags, io));
    });
}

/** Parses `--rule id=severity` flags against the registry. */
function parseRuleFlags(flags: readonly string[], known: ReadonlySet<string>): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const f of flags) {
    const eq = f.lastIndexOf('=');
    const id = eq > 0 ? f.slice(0, eq).trim() : '';
    const setting = eq > 0 ? f.slice(eq + 1).trim() : '';
    if (!id || !RULE_SETTINGS.includes(setting)) fail(LintCliMessages.badRuleFlag, f);
    if (!known.has(id)) fail(LintCliMessages.unknownRule, id, didYouMean(id, known));
    out[id] = setting as RuleSetting;
  }
  return out;
}

function parseMaxWarnings(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v.trim())) fail(LintCliMessages.badMaxWarnings, v);
  return Number(v.trim());
}

/** Reads a baseline and rewrites its entries' paths (relative to the baseline's folder) to display paths. */
async function readBaseline(path: string, shown: string, cwd: string): Promise<Baseline> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    fail(LintCliMessages.baselineUnreadable, shown, ioReason(e));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    fail(LintCliMessages.baselineInvalid, shown, `not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  const problem = validateBaseline(value);
  if (problem) fail(LintCliMessages.baselineInvalid, shown, problem);
  const b = value as Baseline;
  const dir = dirname(path);
  return { version: 1, entries: b.entries.map((e) => ({ ...e, file: e.file === STDIN_PATH ? e.file : displayPath(resolve(dir, e.file), cwd) })) };
}

/** The path of a display path relative to the baseline's folder, with `/`. */
function baselineFile(display: string, baselineDir: string, cwd: string): string {
  if (display === STDIN_PATH) return display;
  const rel = relative(baselineDir, isAbsolute(display) ? display : resolve(cwd, display));
  return sep === '/' ? rel : rel.split(sep).join('/');
}

/** Finds the package root (for rule documentation links). */
async function packageRoot(): Promise<{ root: string; repository?: string } | undefined> {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    try {
      const pkg = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as { name?: string; repository?: string | { url?: string } };
      if (pkg.name === 'traffic-policy-compiler') {
        const repo = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
        return repo ? { root: dir, repository: repo } : { root: dir };
      }
    } catch {
      // not here; go up
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/**
 * Where rule docs live: `<repository>/blob/HEAD/docs/rules/` when package.json names a GitHub
 * repository, else the `docs/rules/` folder of the installed package as a file URL.
 */
async function ruleDocsBase(): Promise<string | undefined> {
  const pkg = await packageRoot();
  if (!pkg) return undefined;
  const gh = pkg.repository ? /github\.com[/:]([^/]+\/[^/.]+?)(?:\.git)?$/.exec(pkg.repository) : null;
  if (gh) return `https://github.com/${gh[1]}/blob/HEAD/docs/rules/`;
  return pathToFileURL(join(pkg.root, 'docs', 'rules') + sep).href;
}

/** Rule and catalogue metadata for the printers. */
function ruleInfos(registry: readonly LintRule[], docsBase: string | undefined): Map<string, RuleInfo> {
  const out = new Map<string, RuleInfo>();
  for (const r of registry) {
    const info: RuleInfo = { id: r.id, description: r.meta.description, severity: r.meta.severity, category: r.meta.category };
    if (docsBase) info.helpUri = `${docsBase}${r.id}.md`;
    if (r.meta.requiresReason) info.requiresReason = true;
    if (r.meta.fixable) info.fixable = true;
    out.set(r.id, info);
  }
  for (const msg of [...Object.values(Messages), ...Object.values(EngineMessages)]) {
    out.set(msg.code, { id: msg.code, description: msg.template.replace(/'?\{\d+\}'?/g, '…'), severity: msg.severity });
  }
  return out;
}

async function loadFormatter(name: LintFlags['format']): Promise<Formatter> {
  if (name === 'json') return (await import('../format/json.js')).json;
  if (name === 'sarif') return (await import('../format/sarif.js')).sarif;
  return stylish;
}

function useColor(flags: LintFlags, io: CliIO): boolean {
  if (flags.color !== undefined) return flags.color;
  const force = io.env['FORCE_COLOR'];
  if (force !== undefined && force !== '' && force !== '0') return true;
  return io.isTTY && !io.env['NO_COLOR'] && io.env['TERM'] !== 'dumb';
}

/** One input file: where it is, and what to tell the engine. */
interface Prepared {
  entry: FileEntry;
  bom: boolean;
}

/** Runs `tpc lint` and returns its exit code; usage and I/O problems throw {@link CliError}. */
export async function runLint(rawPaths: readonly string[], flags: LintFlags, io: CliIO): Promise<number> {
  const cwd = resolve(io.cwd);
  const { RULES } = await import('../../src/rules/index.js');
  const known = new Set(RULES.map((r) => r.id));
  const cliRules = parseRuleFlags(flags.rule ?? [], known);
  const maxWarnings = parseMaxWarnings(flags.maxWarnings);
  if (flags.writeBaseline !== undefined && !flags.reason?.trim()) fail(LintCliMessages.reasonRequired);
  const stdinCount = rawPaths.filter((p) => p === '-').length;
  if (stdinCount > 1) fail(LintCliMessages.stdinTwice);
  if (stdinCount === 1 && flags.fix) fail(LintCliMessages.fixStdin);
  if (flags.stdinFilename !== undefined && stdinCount === 0) fail(LintCliMessages.stdinFilename);

  const config: TpcConfig = await loadConfig(cwd, known, flags.config);
  // tpc's own files are not ngrok configuration: a folder search skips them.
  const exclude = new Set<string>();
  if (config.file) exclude.add(config.file);
  if (config.baseline) exclude.add(config.baseline);
  for (const f of [flags.baseline, flags.writeBaseline]) if (f !== undefined) exclude.add(resolve(cwd, f));
  const entries = await expandPaths(
    rawPaths.filter((p) => p !== '-'),
    { cwd, ignore: config.ignore, ignoreBase: config.dir, exclude },
  );

  // Read every file up front: an unreadable file is a usage error, not a finding.
  const inputs: LintInput[] = [];
  const prepared = new Map<string, Prepared>();
  const oversized: Diagnostic[] = [];
  const files: string[] = [];
  const read = await readEntries(entries);
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]!;
    const got = read[i]!;
    files.push(entry.display);
    // The first unreadable file in the order given is the one reported.
    if ('error' in got) fail(FileMessages.unreadable, entry.display, ioReason(got.error));
    if ('size' in got) {
      oversized.push(createDiagnostic({ code: Messages.fileTooLarge.code, severity: 'error', message: formatMessage(Messages.fileTooLarge.template, [got.size, MAX_FILE_BYTES]), file: entry.display }));
      continue;
    }
    const { bytes } = got;
    // Other tools' YAML and JSON are expected in a folder, not in a file named on the command line.
    const input: LintInput = { path: entry.display, bytes, unknownKind: entry.named ? 'warn' : 'ignore' };
    if (flags.kind) input.kind = flags.kind;
    inputs.push(input);
    prepared.set(entry.display, { entry, bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf });
  }
  if (stdinCount === 1) {
    const name = flags.stdinFilename ?? STDIN_PATH;
    const text = await io.readStdin();
    const input: LintInput = { path: name, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
    if (flags.kind) input.kind = flags.kind;
    inputs.push(input);
    files.push(name);
  }

  // Baseline: the flag wins over the config; none is applied while a new one is written
  // (entries that still match keep their old reasons, see below).
  const baselinePath = flags.baseline !== undefined ? resolve(cwd, flags.baseline) : config.baseline;
  const baselineShown = flags.baseline ?? (config.baseline ? displayPath(config.baseline, cwd) : '');
  let baseline: Baseline | undefined;
  if (baselinePath) {
    const exists = await stat(baselinePath).then(
      () => true,
      () => false,
    );
    // A baseline named in the config may not exist yet when it is being written for the first time.
    if (exists || flags.writeBaseline === undefined || flags.baseline !== undefined) baseline = await readBaseline(baselinePath, baselineShown, cwd);
  }

  // inline-secret always runs: when it is turned off its findings are not printed, but their
  // ranges still tell the printers which text to mask.
  const ruleSettings: Record<string, RuleSetting> = { ...config.rules, ...cliRules };
  const secretRuleOff = ruleSettings['inline-secret'] === 'off';
  if (secretRuleOff) ruleSettings['inline-secret'] = 'info';
  const result = await lint(inputs, {
    cwd,
    rules: ruleSettings,
    ruleOptions: config.ruleOptions,
    ...(baseline ? { baseline } : {}),
    ...(flags.fix ? { fix: true } : {}),
  });
  const hiddenSecrets = secretRuleOff ? result.diagnostics.filter((d) => d.code === 'inline-secret') : [];
  const diagnostics = [...(secretRuleOff ? result.diagnostics.filter((d) => d.code !== 'inline-secret') : result.diagnostics), ...oversized].sort(compareDiagnostics);

  if (flags.fix) {
    for (const [display, text] of result.fixed) {
      const p = prepared.get(display);
      if (!p) continue;
      try {
        await writeFileAtomic(p.entry.abs, (p.bom ? '\ufeff' : '') + text);
      } catch (e) {
        fail(LintCliMessages.writeFailed, display, ioReason(e));
      }
    }
  }

  if (flags.writeBaseline !== undefined) {
    const target = resolve(cwd, flags.writeBaseline);
    const dir = dirname(target);
    const reason = flags.reason!.trim();
    let kept = 0;
    const entries: BaselineEntry[] = [];
    for (const d of diagnostics) {
      if (d.suppressed?.kind === 'inline') continue;
      const entry: BaselineEntry = { file: baselineFile(d.file, dir, cwd), code: d.code, message: d.message, fingerprint: fingerprint(d, result.sources.get(d.file)), reason };
      if (d.suppressed?.kind === 'baseline') {
        entry.reason = d.suppressed.reason;
        kept++;
      }
      entries.push(entry);
    }
    const out: Baseline = { version: 1, entries };
    try {
      await writeFileAtomic(target, JSON.stringify(out, null, 2) + '\n');
    } catch (e) {
      fail(LintCliMessages.writeFailed, flags.writeBaseline, ioReason(e));
    }
    io.stderr(`tpc: wrote ${entries.length} finding${entries.length === 1 ? '' : 's'} to '${flags.writeBaseline}' (${kept} kept with their reasons, ${entries.length - kept} new).\n`);
    return ExitCode.Ok;
  }

  const shown = flags.quiet ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
  const docsBase = flags.format === 'sarif' ? await ruleDocsBase() : undefined;
  const ctx: FormatContext = {
    cwd,
    // Nothing to print, nothing to colour (and stdout is not created just to ask).
    color: shown.length > 0 && useColor(flags, io),
    files,
    sources: result.sources,
    rules: ruleInfos(RULES, docsBase),
    version: VERSION,
    ...(flags.fix ? { fixed: result.fixed } : {}),
    ...(hiddenSecrets.length > 0 ? { redact: hiddenSecrets } : {}),
  };
  const printer = await loadFormatter(flags.format);
  const text = printer(shown, ctx);
  if (text) io.stdout(text);

  const t = tally(shown, ctx);
  if (t.errors > 0) return ExitCode.Findings;
  if (maxWarnings !== undefined && t.warnings > maxWarnings) {
    io.stderr(`tpc: ${formatMessage(LintCliMessages.tooManyWarnings.template, [t.warnings, maxWarnings])}\n`);
    return ExitCode.Findings;
  }
  return ExitCode.Ok;
}
