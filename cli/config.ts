/**
 * `tpc lint` configuration: `tpc.config.json`, or the `tpc` key of `package.json`, searched
 * from the working directory upward (the first folder holding either wins), or a file named
 * with `--config`. The shape is `schemas/tpc-config.schema.json`; it is checked here by hand
 * (compiling the schema with ajv would cost start-up time) and a test keeps the two in step.
 * Any problem is a usage error (exit 2) naming the file and the key.
 */

import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { formatMessage } from '../src/diagnostics/messages.js';
import type { RuleSetting } from '../src/rules/engine.js';
import { displayPath, ioReason } from './files.js';
import { CliError } from './io.js';
import { ConfigMessages } from './messages.js';
import { levenshtein } from '../src/diagnostics/edit-distance.js';


/** Settings allowed for a rule. */
export const RULE_SETTINGS: readonly string[] = ['off', 'info', 'warn', 'warning', 'error'];

const KEYS = ['$schema', 'rules', 'ruleOptions', 'baseline', 'ignore'] as const;
const RULE_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The configuration after validation. Paths are absolute. */
export interface TpcConfig {
  /** The file it came from (undefined when none was found). */
  file?: string;
  /** Folder that `baseline` and `ignore` are relative to. */
  dir: string;
  rules: Record<string, RuleSetting>;
  ruleOptions: Record<string, Record<string, unknown>>;
  baseline?: string;
  ignore: string[];
}

/** The closest candidate by edit distance, when close enough to be a likely typo. */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(name, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

const editDistance: (a: string, b: string) => number = levenshtein;

/** ` (did you mean 'x'?)` or ''. */
export function didYouMean(name: string, candidates: Iterable<string>): string {
  const n = nearest(name, candidates);
  return n ? ` (did you mean '${n}'?)` : '';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Checks a parsed configuration value against the schema's rules (same verdicts as
 * `schemas/tpc-config.schema.json`). Returns problems as `key: what is wrong`, empty when valid.
 */
export function checkConfigShape(value: unknown): string[] {
  const problems: string[] = [];
  if (!isPlainObject(value)) return ['the configuration must be a JSON object'];
  for (const k of Object.keys(value)) {
    if (!(KEYS as readonly string[]).includes(k)) problems.push(`'${k}': unknown key${didYouMean(k, KEYS)}; allowed keys are ${KEYS.filter((x) => x !== '$schema').join(', ')}`);
  }
  if ('$schema' in value && typeof value['$schema'] !== 'string') problems.push("'$schema': must be a string");
  if ('rules' in value) {
    const rules = value['rules'];
    if (!isPlainObject(rules)) problems.push("'rules': must be an object of rule id to severity");
    else {
      for (const [id, s] of Object.entries(rules)) {
        if (!RULE_ID.test(id)) problems.push(`'rules.${id}': a rule id is kebab-case`);
        if (typeof s !== 'string' || !RULE_SETTINGS.includes(s)) problems.push(`'rules.${id}': must be one of ${RULE_SETTINGS.join(', ')} (got ${JSON.stringify(s)})`);
      }
    }
  }
  if ('ruleOptions' in value) {
    const opts = value['ruleOptions'];
    if (!isPlainObject(opts)) problems.push("'ruleOptions': must be an object of rule id to options object");
    else {
      for (const [id, o] of Object.entries(opts)) {
        if (!RULE_ID.test(id)) problems.push(`'ruleOptions.${id}': a rule id is kebab-case`);
        if (!isPlainObject(o)) problems.push(`'ruleOptions.${id}': must be an object`);
      }
    }
  }
  if ('baseline' in value && (typeof value['baseline'] !== 'string' || value['baseline'] === '')) problems.push("'baseline': must be a non-empty path");
  if ('ignore' in value) {
    const ig = value['ignore'];
    if (!Array.isArray(ig)) problems.push("'ignore': must be an array of glob patterns");
    else ig.forEach((p, i) => {
      if (typeof p !== 'string' || p === '') problems.push(`'ignore[${i}]': must be a non-empty glob pattern`);
    });
  }
  return problems;
}

function fail(msg: { code: string; template: string }, ...args: string[]): never {
  throw new CliError(formatMessage(msg.template, args), msg.code);
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

function parseJson(text: string, shown: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    fail(ConfigMessages.notJson, shown, (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' '));
  }
}

/** Validates a raw configuration value and resolves its paths; throws a usage error when invalid. */
export function toConfig(value: unknown, file: string, shown: string, knownRules: ReadonlySet<string>): TpcConfig {
  const problems = checkConfigShape(value);
  if (problems.length > 0) fail(ConfigMessages.invalid, shown, problems.join('; '));
  const v = value as { rules?: Record<string, RuleSetting>; ruleOptions?: Record<string, Record<string, unknown>>; baseline?: string; ignore?: string[] };
  for (const [key, map] of [['rules', v.rules], ['ruleOptions', v.ruleOptions]] as const) {
    for (const id of Object.keys(map ?? {})) {
      if (!knownRules.has(id)) fail(ConfigMessages.unknownRule, `${shown}: '${key}.${id}'`, id, didYouMean(id, knownRules));
    }
  }
  const dir = dirname(file);
  const config: TpcConfig = { file, dir, rules: { ...(v.rules ?? {}) }, ruleOptions: { ...(v.ruleOptions ?? {}) }, ignore: [...(v.ignore ?? [])] };
  if (v.baseline) config.baseline = resolve(dir, v.baseline);
  return config;
}

/**
 * Loads the configuration: the `explicit` file when given (it must exist), otherwise the first
 * `tpc.config.json` or `package.json` with a `tpc` key from `cwd` upward; an empty configuration
 * when there is none. Throws {@link CliError} (exit 2) for unreadable, malformed or invalid files.
 */
export async function loadConfig(cwd: string, knownRules: ReadonlySet<string>, explicit?: string): Promise<TpcConfig> {
  if (explicit !== undefined) {
    const file = resolve(cwd, explicit);
    let text: string | undefined;
    try {
      text = await readText(file);
    } catch (e) {
      fail(ConfigMessages.unreadable, explicit, ioReason(e));
    }
    if (text === undefined) fail(ConfigMessages.unreadable, explicit, 'no such file');
    const value = parseJson(text, explicit);
    const isPackage = /(^|[\\/])package\.json$/.test(file);
    if (isPackage && isPlainObject(value) && !('tpc' in value)) fail(ConfigMessages.invalid, explicit, "package.json has no 'tpc' key");
    return toConfig(isPackage ? (value as Record<string, unknown>)['tpc'] : value, file, explicit, knownRules);
  }
  let dir = resolve(cwd);
  for (;;) {
    for (const name of ['tpc.config.json', 'package.json']) {
      const file = join(dir, name);
      let text: string | undefined;
      try {
        text = await readText(file);
      } catch (e) {
        fail(ConfigMessages.unreadable, displayPath(file, cwd), ioReason(e));
      }
      if (text === undefined) continue;
      const shown = displayPath(file, cwd);
      if (name === 'package.json') {
        // A package.json only counts when it has a `tpc` key; a broken one without it is not ours to judge.
        if (!/"tpc"\s*:/.test(text)) continue;
        const value = parseJson(text, shown);
        if (!isPlainObject(value) || !('tpc' in value)) continue;
        return toConfig(value['tpc'], file, `${shown} ('tpc' key)`, knownRules);
      }
      return toConfig(parseJson(text, shown), file, shown, knownRules);
    }
    const parent = dirname(dir);
    if (parent === dir) return { dir: resolve(cwd), rules: {}, ruleOptions: {}, ignore: [] };
    dir = parent;
  }
}
