/**
 * "Did you mean …?" suggestions for unknown variables and functions.
 */

import { allFunctionNames, listVariables, lookupVariable, VARIABLE_TREE } from './catalog.js';
import { levenshtein, osaDistance } from '../../diagnostics/edit-distance.js';

/** Edit distance with adjacent transpositions (`paht` is one edit from `path`), for short identifiers. */
export const editDistance: (a: string, b: string) => number = osaDistance;

function commonPrefix(a: readonly string[], b: readonly string[]): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** `CountryCode` → `country_code`. */
export function toSnakeCase(s: string): string {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();
}

const ROOT_ALIASES: Readonly<Record<string, string>> = {
  request: 'req',
  response: 'res',
  connection: 'conn',
  action: 'actions',
  var: 'vars',
  variables: 'vars',
};

function closeEnough(distance: number, word: string): boolean {
  return distance <= Math.max(1, Math.floor(word.length / 3));
}

/**
 * Suggests a catalog path for `path`, whose segment `badIndex` is unknown.
 * Tries, in order: snake_case (legacy `req.Method`), root aliases (`request.` → `req.`), then
 * the closest catalog path by last segment and structure.
 */
export function suggestVariable(path: readonly string[], badIndex: number): string | undefined {
  const attempted = path.slice(0, badIndex + 1);
  const snake = path.map(toSnakeCase);
  if (snake.some((s, i) => s !== path[i]) && lookupVariable(snake).kind === 'known') return snake.join('.');
  const alias = attempted[0] === undefined ? undefined : ROOT_ALIASES[attempted[0]];
  if (alias) {
    const fixed = [alias, ...path.slice(1)];
    if (lookupVariable(fixed).kind === 'known') return fixed.join('.');
    return suggestVariable(fixed, lookupFailIndex(fixed) ?? 0) ?? alias;
  }
  if (badIndex === 0) {
    const root = attempted[0] ?? '';
    let best: string | undefined;
    let bestD = Infinity;
    for (const r of Object.keys(VARIABLE_TREE)) {
      const d = editDistance(root, r);
      if (d < bestD && closeEnough(d, root)) {
        best = r;
        bestD = d;
      }
    }
    if (!best) return undefined;
    const fixed = [best, ...path.slice(1)];
    if (lookupVariable(fixed).kind === 'known') return fixed.join('.');
    const idx = lookupFailIndex(fixed);
    return idx === undefined ? fixed.join('.') : (suggestVariable(fixed, idx) ?? best);
  }
  const last = attempted[attempted.length - 1]!;
  const parent = attempted.slice(0, -1);
  let best: string | undefined;
  let bestScore = Infinity;
  let bestPrefix = -1;
  for (const v of listVariables()) {
    if (v.unverified) continue;
    const segs = v.path.split('.');
    if (segs[0] !== attempted[0]) continue;
    const d = editDistance(last, segs[segs.length - 1]!);
    if (!closeEnough(d, last)) continue;
    const sd = levenshtein(parent, segs.slice(0, -1));
    if (sd > 2) continue;
    const score = 2 * d + sd;
    const prefix = commonPrefix(attempted, segs);
    if (score < bestScore || (score === bestScore && prefix > bestPrefix)) {
      best = v.path;
      bestScore = score;
      bestPrefix = prefix;
    }
  }
  return best;
}

function lookupFailIndex(path: readonly string[]): number | undefined {
  const l = lookupVariable(path);
  return l.kind === 'unknown' ? l.index : undefined;
}

const FUNCTION_ALIASES: Readonly<Record<string, string>> = {
  includes: 'contains',
  has: 'contains',
  toLowerCase: 'lower',
  toUpperCase: 'upper',
  toLower: 'lower',
  toUpper: 'upper',
  length: 'size',
  len: 'size',
  substr: 'substring',
  find: 'indexOf',
  match: 'matches',
  regex: 'matches',
  test: 'matches',
  startswith: 'startsWith',
  endswith: 'endsWith',
  getHeader: 'getReqHeader',
  hasHeader: 'hasReqHeader',
  inCidr: 'inCidrRange',
  cidrMatch: 'inCidrRange',
};

/** Suggests a function name of the same kind for an unknown one. */
export function suggestFunction(kind: 'global' | 'method' | 'namespace', name: string): string | undefined {
  const names = allFunctionNames();
  const pool = kind === 'global' ? names.global : kind === 'method' ? names.method : names.namespaced;
  const short = kind === 'namespace' ? name.slice(name.indexOf('.') + 1) : name;
  const alias = FUNCTION_ALIASES[short];
  if (alias && kind !== 'namespace' && pool.includes(alias)) return alias;
  let best: string | undefined;
  let bestD = Infinity;
  for (const candidate of pool) {
    const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestD && closeEnough(d, name)) {
      best = candidate;
      bestD = d;
    }
  }
  return best;
}
