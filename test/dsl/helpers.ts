import { parse } from '../../src/dsl/index.js';
import type { Program } from '../../src/dsl/ast.js';

/** Removes positions (`range`, `keyRange`, `file`) so trees written by hand or re-parsed compare equal. */
export function strip<T>(node: T): T {
  return JSON.parse(
    JSON.stringify(node, (k, v) => (k === 'range' || k === 'keyRange' || k === 'file' ? undefined : v)),
  ) as T;
}

/** Parses and fails the test with the diagnostics when there are any. */
export function parseOk(text: string): Program {
  const r = parse(text, { file: 'test.tpc' });
  if (r.diagnostics.length > 0) {
    throw new Error('unexpected diagnostics:\n' + r.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'));
  }
  return r.ast;
}

/** The statements of a parsed program without positions. */
export function stmts(text: string): unknown[] {
  return strip(parseOk(text).statements);
}

/** Chevrotain's own wording and the grammar's internal names (token types, rule names). */
export const INTERNALS =
  /-->|<--|Expecting|but found|Redundant input|NoViableAlt|Mismatched|EarlyExit|\bEOF\b|\bKw[A-Z]|\b(?:Identifier|StringLit|UrlLit|IpLit|NumberLit|PathLit|AnyToken|Word|LCurly|RCurly|LParen|RParen|Semicolon)\b|\b[a-z]+(?:Decl|Statement|Clause|Body|Literal|Value|Option|Setting|Subject|Ref|Item|Braces)\b/;
