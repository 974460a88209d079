/**
 * Static analysis of one ngrok CEL expression: syntax, variables and functions against the
 * catalog, phase availability, bool-ness, RE2 patterns and email-suffix checks.
 *
 * `analyzeExpression` never throws: every problem, including input that defeats the parser
 * (deep nesting, huge expressions), comes back as an {@link ExprIssue}.
 */

import type { ASTNode } from '@marcbachmann/cel-js';
import { applyInsertions, identifiersOf, mapOffsetBack, scanAst, type AstScan, type CallRef, type VariableRef } from './ast.js';
import {
  ACTION_RESULT_NAMESPACE,
  arities,
  lookupGlobalFunction,
  lookupMethod,
  lookupNamespaced,
  lookupVariable,
  NAMESPACES,
  PHASE_NAMES,
  phaseLetter,
  type FunctionInfo,
  type PhaseLetter,
  type PhaseName,
} from './catalog.js';
import { checkEnvironmentFor, parseEnvironment } from './env.js';
import { compileRe2 } from './functions.js';
import { suggestFunction, suggestVariable } from './suggest.js';

/** What an issue is about; also the lint rule id that reports it. */
export type ExprIssueCode =
  | 'expression-syntax'
  | 'unknown-variable'
  | 'variable-phase'
  | 'unknown-function'
  | 'expression-type'
  | 'regex-syntax'
  | 'email-suffix';

/** A problem in an expression; offsets are 0-based into the expression text, `end` exclusive. */
export interface ExprIssue {
  code: ExprIssueCode;
  severity: 'error' | 'warning';
  message: string;
  start: number;
  end: number;
}

/** Context for {@link analyzeExpression}. */
export interface AnalyzeOptions {
  /** Phase the expression runs in; without it no phase checks are made. */
  phase?: PhaseName;
  /** The expression must be a bool (rule `expressions[]`). Default true. */
  mustBeBool?: boolean;
  /** Names set by `set-vars` earlier in this phase; `vars.x` for other names is a warning. */
  setVars?: ReadonlySet<string>;
  /** Action types (`oauth`, `openid-connect`) or result names (`oidc`) that ran earlier. */
  priorActions?: ReadonlySet<string>;
  /**
   * Extra root identifiers that are variables in this context and are not checked further,
   * e.g. `attempts` and `last_attempt` in `http-request.retry_condition` (reference §2.9).
   */
  extraRoots?: ReadonlySet<string>;
}

/** Names of the phase-letter groups in messages. */
const GROUP_NAMES: Readonly<Record<string, string>> = { req: 'request variables', res: 'response variables' };

function phaseList(phases: readonly PhaseLetter[]): string {
  const names = phases.map((p) => PHASE_NAMES[p]);
  if (names.length === 1) return `only in ${names[0]}`;
  return `in ${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function issue(code: ExprIssueCode, severity: 'error' | 'warning', message: string, start: number, end: number): ExprIssue {
  return { code, severity, message, start, end: Math.max(start, end) };
}

/** Analyses a raw CEL expression (a rule expression, a `bucket_key`, or the inside of `${…}`). */
export function analyzeExpression(text: string, options: AnalyzeOptions = {}): ExprIssue[] {
  if (typeof text !== 'string') return [issue('expression-syntax', 'error', 'The expression is not a string.', 0, 0)];
  try {
    return analyze(text, options);
  } catch (e) {
    const tooDeep = e instanceof RangeError;
    const why = tooDeep ? 'it is nested too deeply' : `internal error: ${e instanceof Error ? e.message : String(e)}`;
    return [issue('expression-syntax', 'error', `The expression could not be analysed: ${why}.`, 0, text.length)];
  }
}

interface ParseFailure {
  message: string;
  start: number;
  end: number;
}

function parseFailure(e: unknown, text: string): ParseFailure {
  const err = e as { summary?: unknown; range?: { start?: unknown; end?: unknown }; message?: unknown };
  const summary = typeof err.summary === 'string' ? err.summary : typeof err.message === 'string' ? err.message.split('\n')[0]! : String(e);
  const start = typeof err.range?.start === 'number' ? Math.min(Math.max(0, err.range.start), text.length) : 0;
  const end = typeof err.range?.end === 'number' ? Math.min(Math.max(start, err.range.end), text.length) : text.length;
  return { message: summary, start, end };
}

/** The `expression-syntax` issue for an error thrown by the cel-js parser. @internal */
export function parseErrorIssue(text: string, e: unknown): ExprIssue {
  return syntaxIssue(text, parseFailure(e, text));
}

function syntaxIssue(text: string, f: ParseFailure): ExprIssue {
  let message = `Invalid CEL: ${f.message.replace(/\.$/, '')}.`;
  if (text.includes('${')) message += ' Rule expressions are raw CEL; write them without ${…}.';
  else if (/\bfor\b[^]*\bin\b/.test(text) && text.includes('[')) message += ' CEL has no list comprehensions; use map() or filter().';
  return issue('expression-syntax', 'error', message, f.start, f.end);
}

type Parsed = ReturnType<ReturnType<typeof parseEnvironment>['parse']>;

/** The option-independent part of an analysis, cached by expression text. */
interface Core {
  syntax?: ExprIssue;
  parsed?: Parsed;
  scan?: AstScan;
  /** Type issue when a bool is required / when it is not (undefined until computed; null = none). */
  typeBool?: ExprIssue | null;
  typeAny?: ExprIssue | null;
  /** Issues by {@link optionsKey}: fleets repeat their expressions in the same contexts. */
  results?: Map<string, readonly ExprIssue[]>;
}

const cores = new Map<string, Core>();

function core(text: string): Core {
  let c = cores.get(text);
  if (c) return c;
  try {
    const parsed = parseEnvironment().parse(text);
    c = { parsed, scan: scanAst(parsed.ast, text) };
  } catch (e) {
    if (e instanceof RangeError) throw e;
    c = { syntax: syntaxIssue(text, parseFailure(e, text)) };
  }
  if (cores.size >= 2_000) cores.clear();
  cores.set(text, c);
  return c;
}

/**
 * Results by options object, then expression text, for frozen options objects (which cannot change
 * between calls): callers that share them between sites in the same context (the lint's expression
 * sites do) find a result without building its options key.
 */
let byOptions = new WeakMap<AnalyzeOptions, Map<string, readonly ExprIssue[]>>();
/** Results remembered in {@link byOptions}; past 50,000 it starts afresh (a long-running linter stays bounded). */
let remembered = 0;

function analyze(text: string, options: AnalyzeOptions): ExprIssue[] {
  const frozen = Object.isFrozen(options);
  let mine = frozen ? byOptions.get(options) : undefined;
  let found = mine?.get(text);
  if (!found) {
    const c = core(text);
    if (c.syntax || !c.parsed || !c.scan) return [{ ...c.syntax! }];
    const key = optionsKey(c.scan, options);
    found = c.results?.get(key);
    if (!found) {
      found = analyzeParsed(text, c, options);
      (c.results ??= new Map()).set(key, found);
    }
    if (frozen) {
      if (++remembered > 50_000) {
        byOptions = new WeakMap();
        remembered = 1;
        mine = undefined;
      }
      if (!mine) byOptions.set(options, (mine = new Map()));
      mine.set(text, found);
    }
  }
  return found.length === 0 ? [] : found.map((i) => ({ ...i }));
}

/**
 * Everything about `options` that the analysis of this expression reads: the phase, whether a
 * bool is required, and for each variable reference whether its root is an extra root, whether
 * a `vars.x` name was set before, whether an `actions.ngrok.x` action ran before.
 */
function optionsKey(scan: AstScan, options: AnalyzeOptions): string {
  let key = `${options.phase ?? ''}|${options.mustBeBool ?? true}|`;
  for (const v of scan.variables) {
    const root = v.path[0]!;
    key += options.extraRoots?.has(root) ? 'x' : '-';
    if (root === 'vars' && v.path.length > 1) key += options.setVars ? (options.setVars.has(v.path[1]!) ? 's' : 'n') : 'u';
    if (root === 'actions' && v.path[1] === 'ngrok' && v.path.length > 2) key += options.priorActions ? (ranBefore(v.path[2]!, options.priorActions) ? 'r' : 'n') : 'u';
  }
  return key;
}

/** Whether the action behind result namespace `ns` (`oauth`, `oidc`, …) is among `priorActions`. */
function ranBefore(ns: string, priorActions: ReadonlySet<string>): boolean {
  return priorActions.has(ns) || [...priorActions].some((t) => ACTION_RESULT_NAMESPACE[t] === ns);
}

function analyzeParsed(text: string, c: Core, options: AnalyzeOptions): ExprIssue[] {
  if (!c.parsed || !c.scan) return [];
  const letter = options.phase === undefined ? undefined : phaseLetter(options.phase);
  const issues: ExprIssue[] = [];
  for (const v of c.scan.variables) checkVariable(v, letter, options, issues);
  for (const call of c.scan.calls) checkCall(call, text, letter, issues);

  if (!issues.some((i) => i.severity === 'error')) {
    const mustBeBool = options.mustBeBool ?? true;
    let typeIssue = mustBeBool ? c.typeBool : c.typeAny;
    if (typeIssue === undefined) {
      typeIssue = checkType(text, c.parsed, c.scan.insertions, mustBeBool) ?? null;
      if (mustBeBool) c.typeBool = typeIssue;
      else c.typeAny = typeIssue;
    }
    if (typeIssue) issues.push({ ...typeIssue });
  }
  issues.sort((a, b) => a.start - b.start || a.end - b.end);
  return issues;
}

/** `a.b['c']` display of the first `upto + 1` segments. */
function display(v: VariableRef, upto: number): string {
  let s = v.path[0]!;
  for (let i = 1; i <= upto && i < v.path.length; i++) s += v.indexed[i] ? `['${v.path[i]}']` : `.${v.path[i]}`;
  return s;
}

function checkVariable(v: VariableRef, letter: PhaseLetter | undefined, options: AnalyzeOptions, out: ExprIssue[]): void {
  if (options.extraRoots?.has(v.path[0]!)) return;
  const look = lookupVariable(v.path);
  const firstIndexed = v.indexed.indexOf(true);
  const plainLength = firstIndexed < 0 ? v.path.length : firstIndexed;
  if (look.kind === 'unknown') {
    const root = v.path[0]!;
    if (look.index === 0 && Object.prototype.hasOwnProperty.call(NAMESPACES, root)) {
      const hint = root === 'secrets' ? "read secrets with secrets.get('vault', 'name')" : `call one of its functions, e.g. ${root}.…()`;
      out.push(issue('unknown-variable', 'error', `'${root}' is not a variable; ${hint}.`, v.start, v.ends[0]!));
      return;
    }
    const plain = v.path.slice(0, Math.max(plainLength, look.index + 1));
    const suggestion = suggestVariable(plain, look.index);
    const squash = (s: string): string => s.toLowerCase().replace(/_/g, '');
    const legacy = /[A-Z]/.test(plain.join('.')) && suggestion !== undefined && squash(suggestion) === squash(plain.join('.'));
    // Show the part that is wrong; a legacy CamelCase path or an unknown root is shown whole.
    const upto = legacy || look.index === 0 ? Math.max(plainLength - 1, look.index) : look.index;
    let message = `'${display(v, upto)}' is not an ngrok variable`;
    if (legacy) message += ' (CamelCase names are from an old format)';
    message += suggestion ? `; did you mean '${suggestion}'?` : '.';
    out.push(issue('unknown-variable', 'error', message, v.start, v.ends[upto]!));
    return;
  }
  const end = v.ends[v.ends.length - 1]!;
  const shown = display(v, v.path.length - 1);
  if (look.unverified) {
    out.push(issue('unknown-variable', 'warning', `'${shown}' is not in ngrok's variable reference (it appears in a single example); it may not exist.`, v.start, end));
  }
  if (letter !== undefined && letter !== 'E' && !look.phases.includes(letter)) {
    const root = v.path[0]!;
    const what = v.path.length > 1 && GROUP_NAMES[root] && look.phases === lookupVariable([root]).phases ? `${GROUP_NAMES[root]} exist` : `it exists`;
    out.push(issue('variable-phase', 'error', `'${shown}' does not exist in ${PHASE_NAMES[letter]}; ${what} ${phaseList(look.phases)}.`, v.start, end));
    return;
  }
  if (v.path[0] === 'vars' && v.path.length > 1 && options.setVars && !options.setVars.has(v.path[1]!)) {
    out.push(issue('unknown-variable', 'warning', `'${display(v, 1)}' is not set by any set-vars action that runs before this point.`, v.start, v.ends[1]!));
  }
  if (v.path[0] === 'actions' && v.path[1] === 'ngrok' && v.path.length > 2 && options.priorActions) {
    const ns = v.path[2]!;
    if (!ranBefore(ns, options.priorActions)) {
      const type = Object.keys(ACTION_RESULT_NAMESPACE).find((t) => ACTION_RESULT_NAMESPACE[t] === ns && t !== 'oidc') ?? ns;
      out.push(issue('unknown-variable', 'warning', `'${shown}' is read before any ${type} action has run in this phase, so it is empty.`, v.start, end));
    }
  }
}

function arityText(counts: readonly number[]): string {
  const uniq = [...new Set(counts)].sort((a, b) => a - b);
  const words = uniq.map(String);
  const list = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
  return `${list} argument${uniq.length === 1 && uniq[0] === 1 ? '' : 's'}`;
}

function checkCall(c: CallRef, text: string, letter: PhaseLetter | undefined, out: ExprIssue[]): void {
  const entries: readonly FunctionInfo[] =
    c.kind === 'global' ? lookupGlobalFunction(c.name) : c.kind === 'method' ? lookupMethod(c.name) : lookupNamespaced(c.name);
  const shownName = c.kind === 'method' ? `.${c.name}()` : `${c.name}()`;
  if (entries.length === 0) {
    let message = `'${shownName}' is not an ngrok CEL function`;
    if (c.kind === 'method' && c.name === 'get') message += `; index the map instead, e.g. m['key'] (or use getReqHeader())`;
    else {
      const s = suggestFunction(c.kind, c.name);
      message += s ? `; did you mean '${c.kind === 'method' ? `.${s}()` : `${s}()`}'?` : '.';
    }
    if (!message.endsWith('.') && !message.endsWith('?')) message += '.';
    out.push(issue('unknown-function', 'error', message, c.nameStart, c.nameEnd));
    return;
  }
  if (!entries.some((e) => e.unverified)) {
    const counts = entries.flatMap(arities);
    if (!counts.includes(c.args.length)) {
      out.push(issue('expression-type', 'error', `'${shownName}' takes ${arityText(counts)}, not ${c.args.length}.`, c.nameStart, c.end));
      return;
    }
  }
  if (letter !== undefined && letter !== 'E') {
    const phases = entries[0]!.phases;
    if (!phases.includes(letter)) {
      out.push(issue('variable-phase', 'error', `'${shownName}' does not exist in ${PHASE_NAMES[letter]}; it exists ${phaseList(phases)}.`, c.nameStart, c.end));
    }
  }
  if (c.shortName === 'matches') checkRegex(c, out);
  if (c.kind === 'method' && c.name === 'endsWith') checkEmailSuffix(c, text, out);
}

function stringLiteral(node: ASTNode | undefined): string | undefined {
  return node && node.op === 'value' && typeof node.args === 'string' ? node.args : undefined;
}

function checkRegex(c: CallRef, out: ExprIssue[]): void {
  const patternNode = c.kind === 'method' ? c.args[0] : c.args[1];
  const pattern = stringLiteral(patternNode);
  if (pattern === undefined || !patternNode) return;
  const r = compileRe2(pattern);
  if (r instanceof Error) {
    const why = r.message.replace(/^error parsing regexp: /, '');
    out.push(issue('regex-syntax', 'error', `'${pattern}' is not a valid RE2 pattern (ngrok uses RE2): ${why}.`, patternNode.start, patternNode.end));
  }
}

function checkEmailSuffix(c: CallRef, text: string, out: ExprIssue[]): void {
  const lit = c.args[0];
  const suffix = stringLiteral(lit);
  if (suffix === undefined || !lit || !c.receiver || suffix === '') return;
  const receiverText = text.slice(c.receiver.start, c.receiver.end);
  if (!/email/i.test(receiverText)) return;
  if (suffix.startsWith('@') || suffix.startsWith('.')) return;
  const at = suffix.indexOf('@');
  const message =
    at > 0
      ? `endsWith('${suffix}') also accepts longer addresses such as 'x${suffix}'; compare the whole address with ==.`
      : `endsWith('${suffix}') also accepts addresses at other domains such as 'evil-${suffix}'; check the suffix with a leading '@' ('@${suffix}').`;
  out.push(issue('email-suffix', 'warning', message, lit.start, lit.end));
}

function typeName(t: string): string {
  if (t === 'google.protobuf.Timestamp') return 'a timestamp';
  if (t === 'google.protobuf.Duration') return 'a duration';
  if (t.startsWith('$') || /^Ngrok/.test(t)) return 'an object';
  if (t.startsWith('list')) return `a ${t}`;
  if (t.startsWith('map')) return `a ${t}`;
  if (t === 'null') return 'null';
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}

/** A type cel-js reports that is fully known (no dyn, no object types). */
function concrete(t: string): boolean {
  return !/dyn|\$|Ngrok|null|\bT\b|<>/.test(t) && /^[A-Za-z.<>, ]+$/.test(t);
}
const NUMERIC = /^(int|uint|double)$/;
const COMPARISON = new Set(['==', '!=', '<', '<=', '>', '>=', 'in']);

/**
 * Interprets a cel-js type error. Only errors that hold whatever ngrok's exact declarations
 * are become issues: operators and functions applied to fully known, incompatible types
 * (warnings: ngrok rejects the expression or it never matches) and `has()` misuse (error).
 * Mixed numeric comparisons (`1 == 1.0`) are valid in current CEL and are not reported.
 */
function typeErrorIssue(err: { code?: unknown; summary?: unknown; range?: { start: number; end: number } }, start: number, end: number): ExprIssue | undefined {
  if (typeof err.summary !== 'string') return undefined;
  const summary = err.summary;
  const warn = (what: string): ExprIssue => issue('expression-type', 'warning', `Type mismatch: ${what}; ngrok rejects this or it never matches.`, start, end);
  switch (err.code) {
    case 'invalid_macro_argument':
      return issue('expression-type', 'error', 'has() takes a field selection such as has(req.url.query_params.debug) or has(vars.x).', start, end);
    case 'no_such_overload': {
      const bin = /^no such overload: (\S+(?:<[^>]*>)?) (\S+) (\S+(?:<[^>]*>)?)$/.exec(summary);
      if (bin) {
        const [, a, op, b] = bin as unknown as [string, string, string, string];
        if (!concrete(a) || !concrete(b)) return undefined;
        if (COMPARISON.has(op) && NUMERIC.test(a) && (NUMERIC.test(b) || /^list<(int|uint|double)>$/.test(b))) return undefined;
        return warn(`'${op}' cannot be applied to ${typeName(a)} and ${typeName(b)}`);
      }
      const un = /^no such overload: ([!-])(\S+)$/.exec(summary);
      if (un && concrete(un[2]!)) return warn(`'${un[1]}' cannot be applied to ${typeName(un[2]!)}`);
      return undefined;
    }
    case 'no_matching_overload': {
      const m = /^found no matching overload for '(?:([^.(']+)\.)?([^(']+)\(([^)]*)\)'$/.exec(summary);
      if (!m) return undefined;
      const types = [m[1], ...(m[3] ? m[3].split(/,\s*/) : [])].filter((t): t is string => t !== undefined);
      if (!types.every(concrete)) return undefined;
      return warn(`no version of '${m[2]}' takes (${m[3] ?? ''})${m[1] ? ` on ${typeName(m[1])}` : ''}`);
    }
    case 'invalid_condition_type': {
      const m = /got '([^']+)'/.exec(summary);
      if (!m || !concrete(m[1]!)) return undefined;
      const what = summary.replace(/, got '[^']+'$/, '');
      return warn(`${what.charAt(0).toLowerCase()}${what.slice(1)}, but it is ${typeName(m[1]!)}`);
    }
    default:
      return undefined;
  }
}

function checkType(text: string, parsed: Parsed, insertions: readonly { at: number; text: string }[], mustBeBool: boolean): ExprIssue | undefined {
  // Type-check in an environment that declares just the roots the expression mentions.
  let result: ReturnType<Parsed['check']>;
  if (insertions.length > 0) {
    try {
      const source = applyInsertions(text, insertions);
      result = checkEnvironmentFor(identifiersOf(parseEnvironment().parse(source).ast)).parse(source).check();
    } catch {
      return undefined;
    }
  } else {
    result = checkEnvironmentFor(identifiersOf(parsed.ast)).parse(text).check();
  }
  const ast = parsed.ast;
  if (result.valid) {
    const t = result.type ?? 'dyn';
    if (mustBeBool && t !== 'bool' && t !== 'dyn') {
      return issue('expression-type', 'error', `The expression must evaluate to a bool, but it is ${typeName(t)}.`, ast.start, ast.end);
    }
    return undefined;
  }
  const err = result.error as { code?: unknown; summary?: unknown; range?: { start: number; end: number } } | undefined;
  if (!err) return undefined;
  const start = err.range ? mapOffsetBack(err.range.start, insertions) : ast.start;
  const end = err.range ? mapOffsetBack(err.range.end, insertions) : ast.end;
  return typeErrorIssue(err, start, end);
}
