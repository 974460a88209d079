/**
 * The lint engine: loads inputs, builds the workspace, runs the rules, applies severities,
 * suppressions (inline comments and the baseline) and, on request, fixes.
 */

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compareDiagnostics, createDiagnostic, type Diagnostic, type Fix, type Severity } from '../diagnostics/diagnostic.js';
import { formatMessage, Messages } from '../diagnostics/messages.js';
import { decodeBytes, loadText, type DocumentKind, type SourceDocument } from '../ngrok/load.js';
import { applyBaseline, type Baseline } from './baseline.js';
import { EngineMessages } from './messages.js';
import { fillTemplate, type LintRule, type RuleReport } from './rule.js';
import { baseName, buildWorkspace, policyFileRefs, policyFileResolver, policyFilesToRead, type PolicyFileResolver } from './workspace.js';


/** A rule setting from configuration. */
export type RuleSetting = Severity | 'warn' | 'off';

/** One input to {@link lint}: a path to read, or a path with its text. */
export interface LintInput {
  path: string;
  text?: string;
  bytes?: Uint8Array;
  /** Force the document kind (otherwise detected from content). */
  kind?: DocumentKind;
  /**
   * A document that is none of the kinds tpc lints is reported as such (TPC0009, a warning)
   * unless this is `ignore`: `tpc lint` ignores them in the files it finds by walking a folder,
   * where other tools' YAML and JSON are expected, and reports them in files named on its
   * command line.
   */
  unknownKind?: 'warn' | 'ignore';
}

/** Options of {@link lint}. */
export interface LintOptions {
  /** Severity per rule id (`off` disables the rule). */
  rules?: Readonly<Record<string, RuleSetting>>;
  /** Options per rule id. */
  ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Known findings to suppress (each with its reason). */
  baseline?: Baseline;
  /** Apply automatic fixes and return the fixed texts. */
  fix?: boolean;
  /** The rules to run (default: every registered rule). */
  registry?: readonly LintRule[];
  /** Folder that relative paths are read from (the `traffic_policy_file`s agent configs name); default the process's working folder. */
  cwd?: string;
  /** Site of an agent-config document (default: the site its origin names, as for the artifacts of a `.tpc` file, else its folder). */
  siteOf?: (doc: SourceDocument) => string | undefined;
  /**
   * Called with the document of every finding a rule reports, as it is reported (`tpc compile`'s
   * self-check learns from it which endpoint shapes are clean).
   * @internal
   */
  observe?: (doc: SourceDocument) => void;
}

/** What {@link lint} returns. */
export interface LintResult {
  /** Every finding, sorted by file and position; suppressed ones carry `suppressed`. */
  diagnostics: Diagnostic[];
  /** With `fix`: the new text of each file that changed. */
  fixed: Map<string, string>;
  /** Text of each input file, for printers' code frames. */
  sources: Map<string, string>;
}

/** Stands in for a fix that is built on first read (keeps `fix` in its usual key position). */
const PENDING_FIX: Fix = Object.freeze({ description: '', edits: [] }) as unknown as Fix;

/**
 * Makes `d.fix` build the fix when first read: verifying a fix re-parses the edited file, and
 * most findings are only printed. A rejected fix leaves no `fix` property, as if none was offered.
 */
function deferFix(d: Diagnostic, build: () => Fix | undefined): void {
  const settle = (fix: Fix | undefined): void => {
    if (fix) Object.defineProperty(d, 'fix', { value: fix, writable: true, enumerable: true, configurable: true });
    else delete d.fix;
  };
  Object.defineProperty(d, 'fix', {
    enumerable: true,
    configurable: true,
    get() {
      let fix: Fix | undefined;
      try {
        fix = build();
      } catch {
        fix = undefined; // fix builders do not throw; if one did, offering no fix is the safe answer
      }
      settle(fix);
      return d.fix;
    },
    set(fix: Fix | undefined) {
      settle(fix);
    },
  });
}

/** Normalises `warn` to `warning`. */
export function normalizeSetting(s: RuleSetting): Severity | 'off' {
  return s === 'warn' ? 'warning' : s;
}

interface LoadedInput {
  path: string;
  text?: string;
  documents: SourceDocument[];
  diagnostics: Diagnostic[];
}

/** Loader for `.tpc` sources, provided by the compiler; imported only when a `.tpc` file is linted. */
export interface TpcLintLoader {
  (path: string, text: string): Promise<{ documents: SourceDocument[]; diagnostics: Diagnostic[] }>;
}

async function loadTpc(path: string, text: string): Promise<{ documents: SourceDocument[]; diagnostics: Diagnostic[] }> {
  const mod = (await import('../compiler/lint-bridge.js')) as { loadTpcForLint: TpcLintLoader };
  return mod.loadTpcForLint(path, text);
}

async function loadInput(input: LintInput): Promise<LoadedInput> {
  let text = input.text;
  if (text === undefined) {
    let bytes = input.bytes;
    if (!bytes) {
      try {
        bytes = await readFile(input.path);
      } catch (e) {
        const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : e instanceof Error ? e.message : String(e);
        return { path: input.path, documents: [], diagnostics: [createDiagnostic({ code: 'TPC0013', severity: 'error', message: `Cannot read the file: ${reason}.`, file: input.path })] };
      }
    }
    const dec = decodeBytes(input.path, bytes);
    if (dec.text === undefined) return { path: input.path, documents: [], diagnostics: dec.diagnostics };
    text = dec.text;
  }
  if (/\.tpc$/i.test(input.path)) {
    const r = await loadTpc(input.path, text);
    return { path: input.path, text, ...r };
  }
  const loaded = loadText(input.path, text, input.kind ? { kind: input.kind } : {});
  if (input.unknownKind !== 'ignore') {
    for (const doc of loaded.documents) {
      if (doc.kind !== 'unknown' || doc.value === null || doc.value === undefined) continue; // empty documents have TPC0011
      if (isTpcOutput(doc.value)) continue; // tpc's own manifest.json and acl.json
      loaded.diagnostics.push(createDiagnostic({ code: Messages.unknownKind.code, severity: 'warning', message: Messages.unknownKind.template, file: input.path, range: doc.locate([]) }));
    }
  }
  return { path: input.path, text, ...loaded };
}

/** `manifest.json` (read by tpc plan/apply) and a site's `acl.json` (an authtoken's ACL), as tpc compile writes them. */
function isTpcOutput(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v['generator'] === 'tpc') return true;
  return Array.isArray(v['acl']) && typeof v['metadata'] === 'string' && v['metadata'].includes('"managed-by":"tpc"');
}

interface Directive {
  line: number;
  rules: string[];
  reason?: string;
  used: Set<string>;
  range: { start: number; end: number };
}

const DIRECTIVE = /#\s*tpc-disable-next-line\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?:--\s*(.*?))?\s*$/;

function parseDirectives(text: string): Map<number, Directive> {
  const out = new Map<number, Directive>();
  let offset = 0;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const idx = line.indexOf('tpc-disable-next-line');
    if (idx >= 0) {
      const mm = DIRECTIVE.exec(line);
      if (mm) {
        const d: Directive = { line: i + 1, rules: mm[1]!.split(',').map((s) => s.trim()), used: new Set(), range: { start: offset + line.indexOf('#'), end: offset + line.length } };
        const reason = mm[2]?.trim();
        if (reason) d.reason = reason;
        // The directive applies to the next non-comment line.
        let target = i + 2;
        while (target - 1 < lines.length && /^\s*#/.test(lines[target - 1]!)) target++;
        out.set(target, d);
      }
    }
    offset += line.length + 1;
  }
  return out;
}

/**
 * Lints files together (cross-file rules see all of them). Never throws for bad input:
 * unreadable files, syntax errors and hostile content all become diagnostics.
 */
export async function lint(inputs: readonly (string | LintInput)[], options: LintOptions = {}): Promise<LintResult> {
  const registry = options.registry ?? (await import('./index.js')).RULES;
  let current = inputs.map((i) => (typeof i === 'string' ? { path: i } : i));
  const fixed = new Map<string, string>();
  for (let pass = 0; ; pass++) {
    const result = await lintOnce(current, registry, options);
    if (!options.fix || pass >= 10) return { ...result, fixed };
    let changed = false;
    current = current.map((input) => {
      const text = result.sources.get(input.path);
      if (text === undefined) return input;
      const edits = result.diagnostics.filter((d) => d.file === input.path && d.fix && !d.suppressed).flatMap((d) => [d.fix!]);
      if (edits.length === 0) return input;
      const next = applyFixes(text, edits.map((f) => f.edits));
      if (next === text) return input;
      changed = true;
      fixed.set(input.path, next);
      return { ...input, text: next, bytes: undefined } as LintInput;
    });
    if (!changed) return { ...result, fixed };
  }
}

/** Applies groups of edits (each group is one fix, all-or-nothing), skipping groups that overlap earlier ones. */
export function applyFixes(text: string, fixes: readonly (readonly { start: number; end: number; text: string }[])[]): string {
  const taken: { start: number; end: number }[] = [];
  const accepted: { start: number; end: number; text: string }[] = [];
  for (const group of fixes) {
    const overlaps = group.some((e) => taken.some((t) => e.start < t.end && t.start < e.end));
    if (overlaps) continue;
    for (const e of group) {
      taken.push(e);
      accepted.push(e);
    }
  }
  accepted.sort((a, b) => b.start - a.start);
  let out = text;
  for (const e of accepted) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

async function lintOnce(inputs: LintInput[], registry: readonly LintRule[], options: LintOptions): Promise<Omit<LintResult, 'fixed'>> {
  const loaded = await Promise.all(inputs.map(loadInput));
  const sources = new Map<string, string>();
  const diagnostics: Diagnostic[] = [];
  const documents: SourceDocument[] = [];
  for (const l of loaded) {
    if (l.text !== undefined) sources.set(l.path, l.text);
    diagnostics.push(...l.diagnostics);
    documents.push(...l.documents);
  }
  const settings = options.rules ?? {};
  const active = registry.flatMap((rule) => {
    const setting = settings[rule.id];
    const severity = setting ? normalizeSetting(setting) : rule.meta.severity;
    return severity === 'off' ? [] : [{ rule, setting, severity }];
  });
  // Compiled output of a `.tpc` file linted in the same run is a copy of that file's artifacts:
  // it is linted as a workspace of its own (as `tpc lint out/` alone would), not beside them,
  // where every internal URL would be served twice.
  const tpcNames = new Set(inputs.filter((i) => /\.tpc$/i.test(i.path)).map((i) => baseName(i.path)));
  const isCopy = (d: SourceDocument): boolean => {
    const from = compiledFrom(d);
    return from !== undefined && tpcNames.has(baseName(from));
  };
  const copies = tpcNames.size === 0 ? [] : documents.filter(isCopy);
  const rest = copies.length === 0 ? documents : documents.filter((d) => !isCopy(d));
  const first = documents[0]?.file ?? inputs[0]?.path ?? '<input>';
  const policyFiles = await readPolicyFiles(rest, documents, sources, diagnostics, options.cwd);
  await runRules(rest, active, options, diagnostics, first, policyFiles);
  if (copies.length > 0) await runRules(copies, active, options, diagnostics, first);
  applySuppressions(diagnostics, sources, registry);
  if (options.baseline) applyBaseline(diagnostics, options.baseline, sources);
  diagnostics.sort(compareDiagnostics);
  return { diagnostics: dedupe(diagnostics), sources };
}

const GENERATED_HEADER = /^# Generated by tpc from (.+?); do not edit/m;

/**
 * The `.tpc` source (as `tpc compile` named it) of a file `tpc compile` wrote: its YAML header
 * comment says so (agent configs, policy YAML), or its `metadata` does (cloud endpoint bodies).
 * Undefined for anything else, including the in-memory artifacts of a linted `.tpc` file. (Not
 * `readManagedMetadata` of ngrok/endpoint-spec: that module loads node:crypto, which `tpc lint`
 * keeps off its start-up path.)
 */
function compiledFrom(doc: SourceDocument): string | undefined {
  if (doc.site !== undefined || /\.tpc$/i.test(doc.file)) return undefined;
  if (doc.format === 'yaml') {
    if (!doc.text.startsWith('#')) return undefined;
    return GENERATED_HEADER.exec(doc.text.slice(0, 2000))?.[1];
  }
  const v = doc.value;
  if (doc.kind !== 'cloud-endpoint' || v === null || typeof v !== 'object') return undefined;
  const meta = (v as Record<string, unknown>)['metadata'];
  if (typeof meta !== 'string' || !meta.includes('"managed-by":"tpc"')) return undefined;
  try {
    const m = JSON.parse(meta) as Record<string, unknown>;
    return typeof m['source'] === 'string' ? m['source'] : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The Traffic Policy files agent configs name in `traffic_policy_file`, so that rules judge each
 * endpoint with the policy it runs. ngrok's docs do not say what a relative path is relative to;
 * tpc looks next to the ngrok.yml (where a fleet's files live). A file among the inputs is used as
 * loaded; another one is read and linted too (added to `documents`, so it is checked once). A
 * file that cannot be read there is left alone: the endpoint's policy is then unknown, as before.
 */
async function readPolicyFiles(documents: SourceDocument[], all: SourceDocument[], sources: Map<string, string>, diagnostics: Diagnostic[], cwd: string | undefined): Promise<PolicyFileResolver | undefined> {
  if (!documents.some((d) => policyFileRefs(d).length > 0)) return undefined;
  const read: SourceDocument[] = [];
  for (const path of policyFilesToRead(documents, all)) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(resolve(cwd ?? process.cwd(), path));
    } catch {
      continue;
    }
    const dec = decodeBytes(path, bytes);
    if (dec.text === undefined) {
      diagnostics.push(...dec.diagnostics);
      continue;
    }
    const loaded = loadText(path, dec.text, { kind: 'traffic-policy' });
    sources.set(path, dec.text);
    diagnostics.push(...loaded.diagnostics);
    const doc = loaded.documents[0];
    if (!doc) continue;
    documents.push(doc);
    read.push(doc);
  }
  return policyFileResolver([...all, ...read]);
}

/** An active rule with its configured severity. */
interface ActiveRule {
  rule: LintRule;
  setting: RuleSetting | undefined;
  severity: Severity;
}

/** Builds one workspace of `documents` and runs the rules over it, adding their findings to `diagnostics`. */
async function runRules(documents: SourceDocument[], active: ActiveRule[], options: LintOptions, diagnostics: Diagnostic[], file: string, policyFiles?: PolicyFileResolver): Promise<void> {
  const built = buildWorkspace(documents, options.siteOf, policyFiles);
  diagnostics.push(...built.diagnostics);
  const crashed = (rule: LintRule, e: unknown) => {
    const msg = e instanceof Error ? e.message : String(e);
    diagnostics.push(createDiagnostic({ code: EngineMessages.ruleCrashed.code, severity: 'error', message: formatMessage(EngineMessages.ruleCrashed.template, [rule.id, msg]), file }));
  };
  // Rules load what their checks need (the CEL analyzer, only for expressions) before any runs.
  // (Without any `prepare` there is nothing to wait for: the self-check of a large compile runs the engine hundreds of times.)
  const prepared = active.some(({ rule }) => rule.prepare) ? await Promise.allSettled(active.map(({ rule }) => rule.prepare?.(built.workspace))) : undefined;
  active.forEach(({ rule, setting, severity }, i) => {
    const ready = prepared?.[i];
    if (ready?.status === 'rejected') {
      crashed(rule, ready.reason);
      return;
    }
    const report = (r: RuleReport) => {
      const template = (rule.meta.messages as Record<string, string>)[r.messageId] ?? r.messageId;
      const lazy = typeof r.fix === 'function' ? r.fix : undefined;
      const d = createDiagnostic({
        code: rule.id,
        severity: setting ? severity : (r.severity ?? severity),
        message: fillTemplate(template, r.data),
        file: r.doc.file,
        range: r.range ?? r.doc.locate(r.path, r.part),
        ...(r.fix && r.doc.editable ? { fix: lazy ? PENDING_FIX : (r.fix as Fix) } : {}),
        ...(r.hint ? { hint: r.hint } : {}),
        ...(r.related ? { related: r.related } : {}),
      });
      if (lazy && d.fix) deferFix(d, lazy);
      diagnostics.push(d);
      options.observe?.(r.doc);
    };
    try {
      rule.check({ workspace: built.workspace, options: options.ruleOptions?.[rule.id] ?? {}, report });
    } catch (e) {
      crashed(rule, e);
    }
  });
}

function dedupe(diags: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diags.filter((d) => {
    const k = `${d.file}\0${d.range.start.offset}\0${d.range.end.offset}\0${d.code}\0${d.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Whether a text holds a suppression comment, remembered for the last text asked about: the
 * self-check of `tpc compile` lints the same `.tpc` source once per few sites.
 */
function mayHoldDirectives(text: string): boolean {
  if (text !== lastDirectiveText) {
    lastDirectiveText = text;
    lastHoldsDirective = text.includes('tpc-disable-next-line');
  }
  return lastHoldsDirective;
}
let lastDirectiveText: string | undefined;
let lastHoldsDirective = false;

function applySuppressions(diagnostics: Diagnostic[], sources: Map<string, string>, registry: readonly LintRule[]): void {
  const known = new Set(registry.map((r) => r.id));
  const byFile = new Map<string, Map<number, Directive>>();
  for (const [file, text] of sources) {
    if (mayHoldDirectives(text)) byFile.set(file, parseDirectives(text));
  }
  if (byFile.size === 0) return;
  for (const d of diagnostics) {
    const dirs = byFile.get(d.file);
    const dir = dirs?.get(d.line);
    if (!dir || !dir.rules.includes(d.code)) continue;
    if (!dir.reason) continue;
    d.suppressed = { kind: 'inline', reason: dir.reason };
    dir.used.add(d.code);
  }
  for (const [file, dirs] of byFile) {
    const text = sources.get(file)!;
    const lineStart = (line: number) => {
      let off = 0;
      for (let l = 1; l < line; l++) off = text.indexOf('\n', off) + 1;
      return off;
    };
    for (const dir of dirs.values()) {
      const at = lineStart(dir.line);
      const range = { start: { line: dir.line, column: 1 + (dir.range.start - at), offset: dir.range.start }, end: { line: dir.line, column: 1 + (dir.range.end - at), offset: dir.range.end } };
      for (const rule of dir.rules) {
        if (!known.has(rule)) {
          diagnostics.push(createDiagnostic({ code: EngineMessages.unknownRuleInSuppression.code, severity: 'warning', message: formatMessage(EngineMessages.unknownRuleInSuppression.template, [rule]), file, range }));
        } else if (!dir.reason) {
          diagnostics.push(createDiagnostic({ code: EngineMessages.suppressionWithoutReason.code, severity: 'error', message: formatMessage(EngineMessages.suppressionWithoutReason.template, [rule]), file, range }));
        } else if (!dir.used.has(rule)) {
          diagnostics.push(createDiagnostic({ code: EngineMessages.unusedSuppression.code, severity: 'warning', message: formatMessage(EngineMessages.unusedSuppression.template, [rule]), file, range }));
        }
      }
    }
  }
}
