/**
 * One pass over a cel-js AST that collects what the analyzer and the evaluator need:
 * - variable references rebuilt into dotted paths (`req.url.path`) with source ranges;
 * - calls (global, method, namespaced) with their name ranges and arguments;
 * - text insertions that adapt the expression to how tpc represents values: ngrok's
 *   string-like variables with sub-fields (`req.url` and `req.url.path`) read the fields from a
 *   hidden `url__fields` sibling, and `.matches()` is routed to an RE2 implementation
 *   (cel-js' built-in uses JavaScript RegExp and cannot be replaced).
 *
 * Iteration variables of macros (`l.exists(x, …)`) are tracked so they are not taken for
 * ngrok variables.
 */

import type { ASTNode } from '@marcbachmann/cel-js';
import { FIELDS_SUFFIX } from './activation.js';
import { lookupMethod, NAMESPACES, VARIABLE_TREE, type VariableNode } from './catalog.js';

/** A reference to a (would-be) ngrok variable. */
export interface VariableRef {
  /** Segments: `['req', 'url', 'path']`. String-literal indexes extend the path (`vars['x']`). */
  readonly path: readonly string[];
  /** For each segment, whether it was written with `[...]` rather than `.`. */
  readonly indexed: readonly boolean[];
  /** Start offset of the root identifier. */
  readonly start: number;
  /** `ends[i]` = end offset of the text naming `path[0..i]`. */
  readonly ends: readonly number[];
}

/** A function or method call. */
export interface CallRef {
  readonly kind: 'global' | 'method' | 'namespace';
  /** `inCidrRange`, `startsWith`, or `secrets.get` for namespaced calls. */
  readonly name: string;
  /** The bare function name (`get` for `secrets.get`). */
  readonly shortName: string;
  readonly args: readonly ASTNode[];
  readonly receiver: ASTNode | undefined;
  readonly start: number;
  readonly end: number;
  /** Offsets of the function name itself. */
  readonly nameStart: number;
  readonly nameEnd: number;
}

/** Text inserted at an offset of the original expression. */
export interface Insertion {
  readonly at: number;
  readonly text: string;
}

/** What {@link scanAst} found. */
export interface AstScan {
  readonly variables: VariableRef[];
  readonly calls: CallRef[];
  /** Sorted by offset. */
  readonly insertions: Insertion[];
}

/** Names that are CEL type identifiers, not variables. */
const TYPE_NAMES = new Set(['int', 'uint', 'double', 'bool', 'string', 'bytes', 'list', 'map', 'null_type', 'type', 'dyn', 'google']);

/** Method names that bind iteration variables, with how many. */
const BINDERS: Readonly<Record<string, number>> = { all: 1, exists: 1, exists_one: 1, map: 1, filter: 1, sortBy: 1 };

/** The direct sub-expressions of a node. */
export function childrenOf(node: ASTNode): ASTNode[] {
  switch (node.op) {
    case 'value':
    case 'id':
      return [];
    case '.':
    case '.?':
      return [node.args[0]];
    case 'call':
      return node.args[1];
    case 'rcall':
      return [node.args[1], ...node.args[2]];
    case 'list':
      return node.args;
    case 'map':
      return node.args.flat();
    case '!_':
    case '-_':
      return [node.args];
    default:
      return node.args as ASTNode[];
  }
}

/** Every identifier in an AST (variables, iteration variables and namespaces alike). */
export function identifiersOf(ast: ASTNode): Set<string> {
  const out = new Set<string>();
  const stack: ASTNode[] = [ast];
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.op === 'id') out.add(n.args);
    else for (const c of childrenOf(n)) if (c) stack.push(c);
  }
  return out;
}

/** Skips white space, `)` and `//` comments from `i`. */
function skipFiller(text: string, i: number): number {
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === ')' || c === '\f' || c === '\v') i++;
    else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else return i;
  }
}

/** Offsets of the method name in `receiver . name (`, found after the receiver's end. */
function methodNameRange(text: string, receiver: ASTNode, name: string, fallbackEnd: number): [number, number] {
  let i = skipFiller(text, receiver.end);
  if (text[i] === '.') i = skipFiller(text, i + 1);
  if (text.startsWith(name, i)) return [i, i + name.length];
  const j = text.indexOf(name, receiver.end);
  return j >= 0 && j < fallbackEnd ? [j, j + name.length] : [receiver.end, receiver.end];
}

interface Chain {
  root: Extract<ASTNode, { op: 'id' }>;
  path: string[];
  indexed: boolean[];
  ends: number[];
}

/** Rebuilds `a.b['c'].d` rooted at an identifier; undefined for other shapes. */
function chainOf(node: ASTNode): Chain | undefined {
  const names: string[] = [];
  const indexed: boolean[] = [];
  const ends: number[] = [];
  let n: ASTNode = node;
  for (;;) {
    if (n.op === '.' || n.op === '.?') {
      names.push(n.args[1]);
      indexed.push(false);
      ends.push(n.end);
      n = n.args[0];
    } else if ((n.op === '[]' || n.op === '[?]') && n.args[1].op === 'value' && typeof n.args[1].args === 'string') {
      names.push(n.args[1].args);
      indexed.push(true);
      ends.push(n.end);
      n = n.args[0];
    } else break;
  }
  if (n.op !== 'id') return undefined;
  names.push(n.args);
  indexed.push(false);
  ends.push(n.end);
  return { root: n, path: names.reverse(), indexed: indexed.reverse(), ends: ends.reverse() };
}

/**
 * Walks an AST. `text` is the source it was parsed from (for method-name offsets).
 * Never throws for any AST cel-js produces; recursion depth is bounded by cel-js' maxDepth.
 */
export function scanAst(ast: ASTNode, text: string): AstScan {
  const variables: VariableRef[] = [];
  const calls: CallRef[] = [];
  const insertions: Insertion[] = [];

  const visit = (node: ASTNode, scope: ReadonlySet<string>): void => {
    switch (node.op) {
      case 'value':
        return;
      case 'id': {
        if (!scope.has(node.args) && !TYPE_NAMES.has(node.args)) {
          variables.push({ path: [node.args], indexed: [false], start: node.start, ends: [node.end] });
        }
        return;
      }
      case '.':
      case '.?':
      case '[]':
      case '[?]': {
        const chain = chainOf(node);
        if (chain && !scope.has(chain.root.args) && !TYPE_NAMES.has(chain.root.args)) {
          recordChain(chain);
          return;
        }
        for (const c of childrenOf(node)) visit(c, scope);
        return;
      }
      case 'call': {
        const [name, args] = node.args;
        calls.push({ kind: 'global', name, shortName: name, args, receiver: undefined, start: node.start, end: node.end, nameStart: node.start, nameEnd: node.start + name.length });
        for (const a of args) visit(a, scope);
        return;
      }
      case 'rcall': {
        const [name, receiver, args] = node.args;
        const [nameStart, nameEnd] = methodNameRange(text, receiver, name, node.end);
        const recvId = receiver.op === 'id' && !scope.has(receiver.args) ? receiver.args : undefined;
        // `secrets.get(…)`: a namespace call. An unknown identifier is read as a namespace
        // unless the name is a known method (then `foo.size()` is an unknown variable `foo`).
        const isNamespace =
          recvId !== undefined &&
          (Object.prototype.hasOwnProperty.call(NAMESPACES, recvId) ||
            (!Object.prototype.hasOwnProperty.call(VARIABLE_TREE, recvId) && !TYPE_NAMES.has(recvId) && lookupMethod(name).length === 0));
        if (isNamespace) {
          calls.push({ kind: 'namespace', name: `${recvId}.${name}`, shortName: name, args, receiver, start: node.start, end: node.end, nameStart: receiver.start, nameEnd });
        } else {
          calls.push({ kind: 'method', name, shortName: name, args, receiver, start: node.start, end: node.end, nameStart, nameEnd });
          visit(receiver, scope);
          if (name === 'matches') insertions.push({ at: nameStart, text: '__tpc_' });
        }
        const first0 = args[0];
        if (isNamespace && recvId === 'cel' && name === 'bind' && args.length === 3 && first0?.op === 'id') {
          // cel.bind(x, value, expr): x is bound in expr only (the call itself is reported unknown).
          visit(args[1]!, scope);
          visit(args[2]!, new Set([...scope, first0.args]));
          return;
        }
        const binds = isNamespace ? 0 : name === 'sort' && args.length === 3 ? 2 : (BINDERS[name] ?? 0);
        let inner = scope;
        let first = 0;
        if (binds > 0 && args.length > binds && args.slice(0, binds).every((a) => a.op === 'id')) {
          const s = new Set(scope);
          for (const a of args.slice(0, binds)) s.add((a as Extract<ASTNode, { op: 'id' }>).args);
          inner = s;
          first = binds;
        }
        for (let i = first; i < args.length; i++) visit(args[i]!, inner);
        return;
      }
      default:
        for (const c of childrenOf(node)) visit(c, scope);
    }
  };

  const recordChain = (chain: Chain): void => {
    variables.push({ path: chain.path, indexed: chain.indexed, start: chain.root.start, ends: chain.ends });
    // sub-field insertions: a string-like variable followed by one of its fields
    let node: VariableNode | undefined = own(VARIABLE_TREE, chain.path[0]!);
    for (let i = 0; node && i + 1 < chain.path.length; i++) {
      if (chain.indexed[i + 1] || node.open) break;
      const next: VariableNode | undefined = node.fields ? own(node.fields, chain.path[i + 1]!) : undefined;
      if (next && node.type !== 'object') insertions.push({ at: chain.ends[i]!, text: FIELDS_SUFFIX });
      node = next;
    }
  };

  visit(ast, new Set());
  insertions.sort((a, b) => a.at - b.at);
  return { variables, calls, insertions };
}

/** Applies insertions to `text`. */
export function applyInsertions(text: string, insertions: readonly Insertion[]): string {
  if (insertions.length === 0) return text;
  let out = '';
  let last = 0;
  for (const ins of insertions) {
    out += text.slice(last, ins.at) + ins.text;
    last = ins.at;
  }
  return out + text.slice(last);
}

/** Maps an offset in the rewritten text back to the original text. */
export function mapOffsetBack(offset: number, insertions: readonly Insertion[]): number {
  let shift = 0;
  for (const ins of insertions) {
    const pos = ins.at + shift;
    if (offset < pos) break;
    if (offset < pos + ins.text.length) return ins.at;
    shift += ins.text.length;
  }
  return offset - shift;
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** True when `name` is a namespace receiver such as `secrets`. */
export function isNamespace(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(NAMESPACES, name);
}
