/**
 * The `.tpc` language front end: `parse()` and `format()`.
 *
 * Importing this module builds the chevrotain lexer and parser once (tens of milliseconds), so only
 * code paths that read `.tpc` files should import it (the CLI loads it lazily).
 */

import type { IToken } from 'chevrotain';
import { compareDiagnostics, createDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage } from '../diagnostics/messages.js';
import { LineMap } from '../diagnostics/text.js';
import type { Program } from './ast.js';
import { AstBuilder } from './cst-to-ast.js';
import { recognitionToDiagnostic, setCurrentTokens } from './errors.js';
import { DslMessages } from './messages.js';
import { tpcParser } from './parser.js';
import { printProgram } from './print.js';
import * as T from './tokens.js';

export type * from './ast.js';
export { ACTION_POINTS, OAUTH_PROVIDERS, REGIONS } from './ast.js';
export { DslMessages } from './messages.js';
export { printProgram } from './print.js';

/** Options of {@link parse} and {@link format}. */
export interface ParseOptions {
  /** File name put on every node and diagnostic (default `<input>`). */
  file?: string;
}

/** Result of {@link parse}. */
export interface ParseResult {
  /** Always present; partial (nodes marked `recovered`) when `diagnostics` has errors. */
  ast: Program;
  /** TPC1xxx diagnostics, sorted by position. */
  diagnostics: Diagnostic[];
}

/** Deepest bracket nesting parsed (deeper input is refused before it can exhaust the stack). */
export const MAX_NESTING = 64;

/** Syntax codes that may be echoes of an earlier error at the same place. */
const ECHO_CODES = new Set(['TPC1010', 'TPC1011', 'TPC1012', 'TPC1013', 'TPC1014', 'TPC1015']);

/**
 * Parses `.tpc` source text. Never throws: lexing and parsing problems are returned as TPC1xxx
 * diagnostics with exact positions, and parsing recovers so later statements still get an AST.
 */
export function parse(text: string, options: ParseOptions = {}): ParseResult {
  const file = options.file ?? '<input>';
  const lines = new LineMap(text);
  try {
    return parseUnsafe(text, file, lines);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return {
      ast: { kind: 'Program', statements: [], comments: [], range: lines.range(0, text.length), file, recovered: true },
      diagnostics: [
        createDiagnostic({
          code: DslMessages.internalError.code,
          severity: 'error',
          message: formatMessage(DslMessages.internalError.template, [msg]),
          file,
        }),
      ],
    };
  }
}

function parseUnsafe(text: string, file: string, lines: LineMap): ParseResult {
  const lexed = T.tpcLexer.tokenize(text);
  const lexDiags: Diagnostic[] = [];
  const lexErrorEnds: number[] = [];
  for (const e of lexed.errors) {
    const ch = text.slice(e.offset, e.offset + e.length);
    const shown = [...ch].slice(0, 20).join('');
    lexDiags.push(
      createDiagnostic({
        code: DslMessages.unexpectedCharacter.code,
        severity: 'error',
        message: formatMessage(DslMessages.unexpectedCharacter.template, [printable(shown)]),
        file,
        range: lines.range(e.offset, e.offset + e.length),
      }),
    );
    lexErrorEnds.push(e.offset + e.length);
  }
  const tokens: IToken[] = lexed.tokens;
  for (const tok of tokens) {
    if (tok.tokenType === T.UnterminatedString) {
      lexDiags.push(
        createDiagnostic({
          code: DslMessages.unterminatedString.code,
          severity: 'error',
          message: DslMessages.unterminatedString.template,
          file,
          range: lines.range(tok.startOffset, tok.startOffset + tok.image.length),
          hint: 'Close the string on the same line; write \\n for a line break inside it.',
        }),
      );
      asString(tok);
    } else if (tok.tokenType === T.SingleQuoted) {
      const inner = tok.image.length >= 2 && tok.image.endsWith("'") ? tok.image.slice(1, -1) : tok.image.slice(1);
      lexDiags.push(
        createDiagnostic({
          code: DslMessages.singleQuotedString.code,
          severity: 'error',
          message: formatMessage(DslMessages.singleQuotedString.template, [inner.replace(/"/g, '\\"')]),
          file,
          range: lines.range(tok.startOffset, tok.startOffset + tok.image.length),
        }),
      );
      asString(tok);
    }
  }

  const tooDeep = firstTooDeep(tokens);
  if (tooDeep) {
    const d = createDiagnostic({
      code: DslMessages.tooDeep.code,
      severity: 'error',
      message: formatMessage(DslMessages.tooDeep.template, [MAX_NESTING]),
      file,
      range: lines.range(tooDeep.startOffset, tooDeep.startOffset + tooDeep.image.length),
    });
    return {
      ast: { kind: 'Program', statements: [], comments: [], range: lines.range(0, text.length), file, recovered: true },
      diagnostics: [...lexDiags, d].sort(compareDiagnostics),
    };
  }

  setCurrentTokens(tokens);
  tpcParser.input = tokens;
  const cst = tpcParser.program();
  const parseErrors = tpcParser.errors;
  setCurrentTokens([]);

  const parseDiags = parseErrors.map((e) => recognitionToDiagnostic(e, file, lines, text.length));
  const builder = new AstBuilder(file, lines, tokens);
  const ast = builder.buildProgram(cst as never, lexed.groups.comments ?? [], text.length);

  // One mistake, one diagnostic: drop syntax echoes at a place already reported, and the token that
  // directly follows a character the lexer skipped.
  const taken = new Set<number>();
  const echoAfterLexError = (offset: number): boolean =>
    lexErrorEnds.some((end) => {
      if (end > offset) return false;
      const between = tokens.some((t) => t.startOffset >= end && t.startOffset < offset);
      return !between;
    });
  const out: Diagnostic[] = [];
  for (const d of [...lexDiags, ...parseDiags, ...builder.diagnostics]) {
    const at = d.range.start.offset;
    if (ECHO_CODES.has(d.code) && (taken.has(at) || echoAfterLexError(at))) continue;
    if (ECHO_CODES.has(d.code)) taken.add(at);
    out.push(d);
  }
  out.sort(compareDiagnostics);
  return { ast, diagnostics: dropFollowOnEchoes(out, tokens) };
}

/**
 * Drops a syntax echo at the token right after the token of an earlier syntax error on the same
 * line: recovery that skipped or assumed the wrong token goes on to stumble on its neighbour
 * (`sites from "f.csv" as t`: 'as' is reported, then 't'), which is the same mistake. A second
 * mistake further on is still reported.
 */
function dropFollowOnEchoes(diags: Diagnostic[], tokens: readonly IToken[]): Diagnostic[] {
  if (diags.length < 2) return diags;
  const indexAt = new Map<number, number>();
  tokens.forEach((t, i) => indexAt.set(t.startOffset, i));
  let last: { index: number; line: number } | undefined;
  return diags.filter((d) => {
    if (!d.code.startsWith('TPC1')) return true;
    const index = indexAt.get(d.range.start.offset);
    const echo = ECHO_CODES.has(d.code) && index !== undefined && last !== undefined && index === last.index + 1 && d.range.start.line === last.line;
    if (index !== undefined) last = { index, line: d.range.start.line };
    return !echo;
  });
}

/** The first opening bracket nested deeper than {@link MAX_NESTING}, if any. */
function firstTooDeep(tokens: readonly IToken[]): IToken | undefined {
  let depth = 0;
  for (const t of tokens) {
    const tt = t.tokenType;
    if (tt === T.LCurly || tt === T.LBracket || tt === T.LParen) {
      if (++depth > MAX_NESTING) return t;
    } else if ((tt === T.RCurly || tt === T.RBracket || tt === T.RParen) && depth > 0) depth--;
  }
  return undefined;
}

function asString(tok: IToken): void {
  tok.tokenType = T.StringLit;
  tok.tokenTypeIdx = T.StringLit.tokenTypeIdx!;
}

function printable(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Result of {@link format}. */
export interface FormatResult {
  /** The canonical text; absent when the input has errors (nothing is reformatted then). */
  text?: string;
  diagnostics: Diagnostic[];
}

/**
 * Formats `.tpc` source (or an already parsed program) canonically: two-space indents, one statement
 * per line, comments kept, at most one blank line between statements. Idempotent. Never throws;
 * returns no text when the source has errors.
 */
export function format(input: string | Program, options: ParseOptions = {}): FormatResult {
  if (typeof input !== 'string') return { text: printProgram(input), diagnostics: [] };
  const { ast, diagnostics } = parse(input, options);
  if (hasErrors(diagnostics)) return { diagnostics };
  return { text: printProgram(ast), diagnostics };
}
