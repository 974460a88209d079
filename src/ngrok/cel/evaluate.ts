/**
 * Evaluation of ngrok CEL expressions and `${…}` templates, for the simulator.
 *
 * Expressions are parsed and type-annotated once ({@link compileExpression}, cached by text);
 * evaluating a compiled expression allocates no environment. Evaluation never throws: errors
 * (a missing variable in this phase, a failed conversion, a random function) come back as
 * `{ ok: false, error }` so the simulator can report "unknown" instead of guessing.
 */

import { parseErrorIssue, type ExprIssue } from './analyze.js';
import { applyInsertions, scanAst } from './ast.js';
import { isPrepared, prepareActivation, type Activation, type PreparedActivation } from './activation.js';
import { evalEnvironment } from './env.js';
import { enterActivation, leaveActivation, stringifyValue } from './functions.js';
import { parseTemplate } from './interpolation.js';

/** Outcome of an evaluation; never thrown. */
export type EvalResult = { ok: true; value: unknown } | { ok: false; error: string };

/** A parsed expression ready to evaluate many times. */
export interface CompiledExpression {
  /** Evaluates against an activation (plain, or prepared with `prepareActivation` for speed). */
  evaluate(activation: Activation): EvalResult;
  /** The expression text as given. */
  readonly text: string;
}

type Evaluable = ((ctx: unknown) => unknown) & { check(): unknown };

/** Turns internal names in cel-js messages back into what the user wrote. */
function cleanMessage(e: unknown): string {
  const raw = e instanceof Error ? e.message : String(e);
  const first = raw.split('\n')[0] ?? raw;
  return first
    .replace(/__tpc_matches/g, 'matches')
    .replace(/\b([A-Za-z_][A-Za-z0-9_]*)__fields\b/g, "$1 (its sub-fields were not provided)")
    .replace(/^Unknown variable: (\w+)$/, "'$1' is not available here (no value was provided for it)");
}

class Compiled implements CompiledExpression {
  constructor(
    readonly text: string,
    private readonly fn: Evaluable,
  ) {}

  evaluate(activation: Activation): EvalResult {
    let a: PreparedActivation;
    try {
      a = isPrepared(activation) ? activation : prepareActivation(activation);
    } catch (e) {
      return { ok: false, error: `invalid activation: ${cleanMessage(e)}` };
    }
    const prev = enterActivation(a);
    try {
      const value = this.fn(a);
      if (value === undefined) return { ok: false, error: 'the expression produced no value' };
      return { ok: true, value };
    } catch (e) {
      return { ok: false, error: cleanMessage(e) };
    } finally {
      leaveActivation(prev);
    }
  }
}

const cache = new Map<string, CompiledExpression | { error: ExprIssue }>();
const MAX_CACHE = 10_000;

/**
 * Parses an expression for evaluation (cached by text). A syntax error comes back as
 * `{ error }` with an `expression-syntax` issue; never throws.
 */
export function compileExpression(text: string): CompiledExpression | { error: ExprIssue } {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = compileUncached(text);
  if (cache.size >= MAX_CACHE) cache.clear();
  cache.set(text, result);
  return result;
}

function compileUncached(text: string): CompiledExpression | { error: ExprIssue } {
  if (typeof text !== 'string') {
    return { error: { code: 'expression-syntax', severity: 'error', message: 'The expression is not a string.', start: 0, end: 0 } };
  }
  try {
    const env = evalEnvironment();
    let parsed: Evaluable;
    try {
      parsed = env.parse(text) as unknown as Evaluable;
    } catch (e) {
      if (e instanceof RangeError) throw e;
      return { error: parseErrorIssue(text, e) };
    }
    const { insertions } = scanAst((parsed as unknown as { ast: Parameters<typeof scanAst>[0] }).ast, text);
    if (insertions.length > 0) parsed = env.parse(applyInsertions(text, insertions)) as unknown as Evaluable;
    try {
      parsed.check(); // annotates the AST once so evaluations skip type checking
    } catch {
      // a type error shows up again (as an evaluation error) when evaluated
    }
    return new Compiled(text, parsed);
  } catch (e) {
    const why = e instanceof RangeError ? 'it is nested too deeply' : cleanMessage(e);
    return { error: { code: 'expression-syntax', severity: 'error', message: `The expression could not be compiled: ${why}.`, start: 0, end: text.length } };
  }
}

/** Compiles (cached) and evaluates in one step. Never throws. */
export function evaluateExpression(text: string, activation: Activation): EvalResult {
  const c = compileExpression(text);
  if ('error' in c) return { ok: false, error: c.error.message };
  return c.evaluate(activation);
}

function evalSegments(s: string, activation: Activation, native: boolean): EvalResult {
  const parsed = parseTemplate(s);
  const bad = parsed.issues.find((i) => i.severity === 'error');
  if (bad) return { ok: false, error: bad.message };
  let a: PreparedActivation;
  try {
    a = prepareActivation(activation);
  } catch (e) {
    return { ok: false, error: `invalid activation: ${cleanMessage(e)}` };
  }
  const segs = parsed.segments;
  if (native && segs.length === 1 && segs[0]!.kind === 'expr') return evaluateExpression(segs[0]!.expr, a);
  let out = '';
  for (const seg of segs) {
    if (seg.kind === 'text') {
      out += seg.text;
      continue;
    }
    const r = evaluateExpression(seg.expr, a);
    if (!r.ok) return { ok: false, error: `in '\${${seg.expr}}': ${r.error}` };
    out += stringifyValue(r.value);
  }
  return { ok: true, value: out };
}

/**
 * Renders a config string: every `${…}` is evaluated and stringified (strings as-is, numbers
 * in decimal, timestamps in RFC 3339, lists/maps as JSON). Never throws.
 */
export function renderTemplate(s: string, activation: Activation): EvalResult {
  return evalSegments(s, activation, false);
}

/**
 * Like {@link renderTemplate}, but a string that is exactly one placeholder keeps the
 * expression's own type (how `set-vars` stores values). Never throws.
 */
export function evaluateTemplateValue(s: string, activation: Activation): EvalResult {
  return evalSegments(s, activation, true);
}
