/**
 * The cel-js environments, built lazily once per process and reused.
 *
 * - the *check* environment declares every catalog variable with its CEL type, so
 *   `check()` can tell that `req.url.path` is a string, not a bool;
 * - the *eval* environment declares the roots as `dyn`, so plain activation objects work.
 *
 * Both share one base with ngrok's functions, namespaces (`secrets`, `base64`, …) and macros.
 * This is the only module that imports cel-js (besides type-only imports).
 */

import { Environment, type ASTNode } from '@marcbachmann/cel-js';
import { FIELDS_SUFFIX } from './activation.js';
import { FUNCTIONS, NAMESPACES, VARIABLE_TREE, type VariableNode } from './catalog.js';
import { CelFunctionError, IMPLEMENTATIONS, registerNamespaces } from './functions.js';

/** Structural limits: generous for real policies, bounded for hostile input. */
const LIMITS = { maxAstNodes: 20_000, maxDepth: 120, maxListElements: 5_000, maxMapEntries: 5_000, maxCallArguments: 32 };

/** The roots an activation may provide. */
export const ROOTS = ['conn', 'req', 'res', 'endpoint', 'time', 'vars', 'actions'] as const;

let base: Environment | undefined;
let checkEnv: Environment | undefined;
let evalEnv: Environment | undefined;

// Minimal views of cel-js macro internals (documented only by example in cel-js' README).
interface TypeDecl {
  readonly valueType?: TypeDecl;
}
interface CheckCtx {
  forkWithVariable(name: string, type: TypeDecl): CheckCtx;
}
interface EvalCtx {
  reuse(parent: unknown): EvalCtx;
  setIterValue(v: unknown, ev: unknown): EvalCtx;
}
interface Checker {
  check(node: ASTNode, ctx: unknown): TypeDecl;
  getType(name: string): TypeDecl;
}
interface Evaluator {
  run(node: ASTNode, ctx: unknown): unknown;
}
interface MacroInput {
  args: ASTNode[];
  receiver: ASTNode;
}

function identifierOf(node: ASTNode | undefined, what: string): string {
  if (!node || node.op !== 'id') throw new Error(`${what}: the iteration variable must be an identifier`);
  return node.args;
}

function compareKeys(a: unknown, b: unknown): number {
  if (typeof a === 'bigint' && typeof b === 'bigint') return a < b ? -1 : a > b ? 1 : 0;
  if ((typeof a === 'number' || typeof a === 'bigint') && (typeof b === 'number' || typeof b === 'bigint')) {
    return Number(a) < Number(b) ? -1 : Number(a) > Number(b) ? 1 : 0;
  }
  if (typeof a === 'string' && typeof b === 'string') return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  throw new CelFunctionError('sortBy: keys are not comparable');
}

function asList(v: unknown, what: string): unknown[] {
  if (!Array.isArray(v)) throw new CelFunctionError(`${what}: receiver is not a list`);
  return v;
}

/** `list.sortBy(x, keyExpr)` */
function sortByMacro({ args, receiver }: MacroInput): object {
  const varName = identifierOf(args[0], 'sortBy');
  const key = args[1]!;
  let iterCtx: CheckCtx | undefined;
  return {
    typeCheck(checker: Checker, _m: unknown, ctx: CheckCtx) {
      const listType = checker.check(receiver, ctx);
      iterCtx = ctx.forkWithVariable(varName, checker.getType('dyn'));
      checker.check(key, iterCtx);
      return listType.valueType ? listType : checker.getType('list<dyn>');
    },
    evaluate(ev: Evaluator, _m: unknown, ctx: unknown) {
      const list = asList(ev.run(receiver, ctx), 'sortBy');
      const ic = iterCtx as unknown as EvalCtx;
      const keyed = list.map((v, i) => ({ v, i, k: ev.run(key, ic.reuse(ctx).setIterValue(v, ev)) }));
      keyed.sort((a, b) => compareKeys(a.k, b.k) || a.i - b.i);
      return keyed.map((x) => x.v);
    },
  };
}

/** `list.sort(a, b, a.x < b.x)` — comparator form seen in one ngrok example (unverified). */
function sortComparatorMacro({ args, receiver }: MacroInput): object {
  const a = identifierOf(args[0], 'sort');
  const b = identifierOf(args[1], 'sort');
  const less = args[2]!;
  let ctxA: CheckCtx | undefined;
  let ctxB: CheckCtx | undefined;
  return {
    typeCheck(checker: Checker, _m: unknown, ctx: CheckCtx) {
      const listType = checker.check(receiver, ctx);
      ctxA = ctx.forkWithVariable(a, checker.getType('dyn'));
      ctxB = ctxA.forkWithVariable(b, checker.getType('dyn'));
      checker.check(less, ctxB);
      return listType.valueType ? listType : checker.getType('list<dyn>');
    },
    evaluate(ev: Evaluator, _m: unknown, ctx: unknown) {
      const list = asList(ev.run(receiver, ctx), 'sort');
      const ca = ctxA as unknown as EvalCtx;
      const cb = ctxB as unknown as EvalCtx;
      const lt = (x: unknown, y: unknown): boolean => {
        const outer = ca.reuse(ctx).setIterValue(x, ev);
        return ev.run(less, cb.reuse(outer).setIterValue(y, ev)) === true;
      };
      return [...list].sort((x, y) => (lt(x, y) ? -1 : lt(y, x) ? 1 : 0));
    },
  };
}

function baseEnvironment(): Environment {
  if (base) return base;
  const env = new Environment({ limits: LIMITS, homogeneousAggregateLiterals: false });
  registerNamespaces(env, NAMESPACES);
  for (const [sig, impl] of Object.entries(IMPLEMENTATIONS)) env.registerFunction(sig, impl as (...args: unknown[]) => unknown);
  env.registerFunction('list.sortBy(ast, ast): list<dyn>', sortByMacro as never);
  env.registerFunction('list.sort(ast, ast, ast): list<dyn>', sortComparatorMacro as never);
  // Every non-macro catalog overload must be either a cel-js built-in or implemented above;
  // `missingImplementations()` (tested) lists any that is neither.
  return (base = env);
}

/** Catalog overloads that neither cel-js nor `functions.ts` provides (should be empty). */
export function missingImplementations(): string[] {
  const env = baseEnvironment();
  const known = new Set(env.getDefinitions().functions.map((f) => normaliseSignature(f.signature)));
  const missing: string[] = [];
  for (const f of FUNCTIONS) {
    if (f.kind === 'macro' || f.name === 'type') continue; // type(T) exists for every T
    for (const o of f.overloads) if (!known.has(normaliseSignature(o))) missing.push(o);
  }
  return missing;
}

function normaliseSignature(s: string): string {
  return s
    .replace(/\s+/g, '')
    .replace(/\blist(?!<)/g, 'list<dyn>')
    .replace(/\bmap(?!<)/g, 'map<dyn,dyn>');
}

function schemaOf(fields: Readonly<Record<string, VariableNode>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, node] of Object.entries(fields)) {
    if (node.type === 'object') {
      out[k] = node.fields ? schemaOf(node.fields) : 'dyn';
    } else if (node.fields) {
      out[k] = node.type;
      out[k + FIELDS_SUFFIX] = schemaOf(node.fields);
    } else {
      out[k] = node.type;
    }
  }
  return out;
}

/** The environment used for static checks: every catalog variable typed. */
export function checkEnvironment(): Environment {
  if (checkEnv) return checkEnv;
  const env = baseEnvironment().clone({ limits: LIMITS, homogeneousAggregateLiterals: false });
  declareRoots(env, Object.keys(VARIABLE_TREE));
  return (checkEnv = env);
}

function declareRoots(env: Environment, roots: readonly string[]): void {
  for (const root of roots) {
    const node = VARIABLE_TREE[root]!;
    if (node.type === 'object' && node.fields) env.registerVariable(root, { schema: schemaOf(node.fields) as never });
    else env.registerVariable(root, node.type);
  }
}

const checkEnvs = new Map<string, Environment>();

/**
 * A static-check environment with only the catalog variables among `names` typed. Checking an
 * expression needs only the roots it mentions, and typing a root costs start-up time (`actions`
 * alone declares some fifty object types), so analysis declares just those (cached per set).
 */
export function checkEnvironmentFor(names: Iterable<string>): Environment {
  const wanted = new Set(names);
  const roots = Object.keys(VARIABLE_TREE).filter((r) => wanted.has(r));
  const key = roots.join(',');
  let env = checkEnvs.get(key);
  if (env) return env;
  env = baseEnvironment().clone({ limits: LIMITS, homogeneousAggregateLiterals: false });
  declareRoots(env, roots);
  checkEnvs.set(key, env);
  return env;
}

/** The environment used only to parse: parsing does not depend on variables, only on macros. */
export function parseEnvironment(): Environment {
  return baseEnvironment();
}

/** The environment used for evaluation: roots are `dyn`, values come from the activation. */
export function evalEnvironment(): Environment {
  if (evalEnv) return evalEnv;
  const env = baseEnvironment().clone({ limits: LIMITS, homogeneousAggregateLiterals: false });
  for (const root of ROOTS) env.registerVariable(root, 'dyn');
  return (evalEnv = env);
}
