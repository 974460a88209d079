/**
 * The `.tpc` language front end: `parse()` and `format()`.
 *
 * Importing this module builds the chevrotain lexer and parser once (tens of milliseconds), so only
 * code paths that read `.tpc` files should import it (the CLI loads it lazily).
 */

import type { IToken, TokenType } from 'chevrotain';
import { compareDiagnostics, createDiagnostic, hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage, type MessageTemplate } from '../diagnostics/messages.js';
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
  const plain = parseOnce(text, file, lines, false);
  if (!plain.repairable) return plain.result;
  // A stray quote that may be a closing quote without its opening one: the repaired reading is
  // taken when it explains the text with fewer diagnostics (an IP or URL followed by a stray
  // quote is better reported as it is than turned into a string where none belongs).
  const repaired = parseOnce(text, file, lines, true);
  return repaired.result.diagnostics.length < plain.result.diagnostics.length ? repaired.result : plain.result;
}

function parseOnce(text: string, file: string, lines: LineMap, repair: boolean): { result: ParseResult; repairable: boolean } {
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
  // Repaired quotes are reported only when the repaired reading is the one parsed.
  const repairReport = (msg: MessageTemplate, hint?: (value: string) => string) => (offset: number, end: number, value: string) => {
    if (!repair) return;
    const quoted = value.replace(/"/g, '\\"');
    lexDiags.push(createDiagnostic({ code: msg.code, severity: 'error', message: formatMessage(msg.template, [quoted]), file, range: lines.range(offset, end), ...(hint ? { hint: hint(quoted) } : {}) }));
  };
  const opened = repairMissingOpeningQuotes(lexed.tokens, text, repairReport(DslMessages.missingOpeningQuote));
  const candidate = repairMissingClosingQuotes(opened, repairReport(DslMessages.unterminatedString, (v) => `Close it after "${v}".`));
  const repairable = candidate !== lexed.tokens;
  const tokens = repair ? candidate : lexed.tokens;
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
      result: {
        ast: { kind: 'Program', statements: [], comments: [], range: lines.range(0, text.length), file, recovered: true },
        diagnostics: [...lexDiags, d].sort(compareDiagnostics),
      },
      repairable: false,
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
  // An unclosed string the parser did not expect there is reported by the parser, in context
  // (a stray quote after an IP address: "Unexpected \" after '1.2.3.4'"), not twice.
  const parsedAt = new Set([...parseDiags, ...builder.diagnostics].map((d) => d.range.start.offset));
  const out: Diagnostic[] = [];
  for (const d of [...lexDiags, ...parseDiags, ...builder.diagnostics]) {
    const at = d.range.start.offset;
    if (d.code === DslMessages.unterminatedString.code && parsedAt.has(at)) continue;
    if (ECHO_CODES.has(d.code) && (taken.has(at) || echoAfterLexError(at))) continue;
    if (ECHO_CODES.has(d.code)) taken.add(at);
    out.push(d);
  }
  out.sort(compareDiagnostics);
  return { result: { ast, diagnostics: dropUnmatchedCloses(dropFollowOnEchoes(out, tokens), parseDiags, tokens) }, repairable };
}

/**
 * A forgotten `{` (reported where it was expected; recovery reads the block as if it were there)
 * leaves its `}` over at the end of the enclosing block, where it is "unexpected": that echo is
 * dropped, one `}` for each `{` reported missing before it.
 */
function dropUnmatchedCloses(diags: Diagnostic[], parseDiags: readonly Diagnostic[], tokens: readonly IToken[]): Diagnostic[] {
  const opens = parseDiags.filter((d) => d.code === DslMessages.expected.code && d.message.startsWith("Expected '{' after")).map((d) => d.range.start.offset);
  if (opens.length === 0) return diags;
  opens.sort((a, b) => a - b);
  const closeAt = new Set(tokens.filter((t) => t.tokenType === T.RCurly).map((t) => t.startOffset));
  let used = 0;
  return diags.filter((d) => {
    const at = d.range.start.offset;
    if (d.code !== DslMessages.unexpectedToken.code || !closeAt.has(at) || used >= opens.length || opens[used]! >= at) return true;
    used++;
    return false;
  });
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

/** Tokens that end a run of words glued to a stray quote (`allow-domain clinicnet.example"`). */
const QUOTE_RUN_STOPS: ReadonlySet<TokenType> = new Set([T.Equals, T.Comma, T.Colon, T.Semicolon, T.LParen, T.RParen, T.LCurly, T.RCurly, T.LBracket, T.RBracket, T.StringLit, T.UnterminatedString, T.SingleQuoted]);

/**
 * A quote that ends a line right after a word (`audience clinic-api"`, `issuer https://a.example"`)
 * is a closing quote whose opening one is missing, not the start of a string: the words glued to
 * it (back to a space or a bracket, comma, `=` or `:`) become the string, reported once through
 * `report` (TPC1005), and parsing goes on as if it were quoted. Otherwise the stray quote would
 * open a string to the end of the line and the words before it would be errors of their own.
 */
function repairMissingOpeningQuotes(tokens: IToken[], text: string, report: (offset: number, end: number, value: string) => void): IToken[] {
  let out: IToken[] | undefined;
  for (let u = 0; u < tokens.length; u++) {
    const quote = tokens[u]!;
    if (quote.tokenType !== T.UnterminatedString || !/^"[\s)}\],;]*$/.test(quote.image)) continue;
    let first = u;
    while (first > 0) {
      const prev = tokens[first - 1]!;
      const next = tokens[first]!;
      if (QUOTE_RUN_STOPS.has(prev.tokenType) || prev.endOffset! + 1 !== next.startOffset || prev.startLine !== quote.startLine) break;
      first--;
    }
    if (first === u || tokens[first]!.startOffset < 1 || gluedQuoteBefore(tokens, u)) continue;
    const start = tokens[first]!.startOffset;
    const value = text.slice(start, quote.startOffset);
    report(start, quote.startOffset + 1, value);
    // The string token starts one character early, on a virtual opening quote, so that its
    // content keeps its real offsets.
    const str: IToken = {
      ...tokens[first]!,
      image: `"${value}"`,
      startOffset: start - 1,
      startColumn: tokens[first]!.startColumn! - 1,
      endOffset: quote.startOffset,
      endLine: quote.startLine!,
      endColumn: quote.startColumn!,
      tokenType: T.StringLit,
      tokenTypeIdx: T.StringLit.tokenTypeIdx!,
    };
    // What followed the quote on its line (closing brackets, commas) is lexed again.
    const rest = relexOnLine(quote.image.slice(1), quote.startOffset + 1, quote.startLine!, quote.startColumn! + 1);
    out ??= [...tokens];
    const at = out.length - (tokens.length - first);
    out.splice(at, u - first + 1, str, ...rest);
  }
  return out ?? tokens;
}

/** Lexes `text`, which stands at `offset` (line `line`, column `column`) of one line, into tokens placed there. */
function relexOnLine(text: string, offset: number, line: number, column: number): IToken[] {
  return T.tpcLexer.tokenize(text).tokens.map((t) => ({
    ...t,
    startOffset: t.startOffset + offset,
    endOffset: t.endOffset! + offset,
    startLine: line,
    endLine: line,
    startColumn: t.startColumn! + column - 1,
    endColumn: t.endColumn! + column - 1,
  }));
}

/**
 * A string without its closing quote that runs over the brackets and comment closing its line
 * (`file("certs/ca.pem)  # note`) is closed before them: the string ends at the last character
 * before a run of `)`, `]`, `}`, `,` and blanks, or blanks and a `#` comment, that reaches the end
 * of the line, and what follows is lexed again. Reported once through `report` (TPC1002), instead
 * of the string swallowing the `)` and the parser missing it on a later line.
 */
function repairMissingClosingQuotes(tokens: IToken[], report: (offset: number, end: number, value: string) => void): IToken[] {
  let out: IToken[] | undefined;
  for (let u = 0; u < tokens.length; u++) {
    const open = tokens[u]!;
    if (open.tokenType !== T.UnterminatedString) continue;
    const m = /^"(.*?)((?:[)\]},][\s)\]},]*)?(?:\s*#.*)?)$/.exec(open.image);
    if (!m || m[1] === '' || m[2] === '' || m[1]!.endsWith('\\')) continue;
    const body = m[1]!;
    report(open.startOffset, open.startOffset + 1 + body.length, body);
    // The string keeps its real offsets; its closing quote is virtual (on the next character).
    const str: IToken = { ...open, image: `"${body}"`, endOffset: open.startOffset + body.length + 1, endColumn: open.startColumn! + body.length + 1, tokenType: T.StringLit, tokenTypeIdx: T.StringLit.tokenTypeIdx! };
    const rest = relexOnLine(m[2]!, open.startOffset + 1 + body.length, open.startLine!, open.startColumn! + 1 + body.length);
    out ??= [...tokens];
    const at = out.length - (tokens.length - u);
    out.splice(at, 1, str, ...rest);
  }
  return out ?? tokens;
}

/**
 * True when a string earlier on the quote's line is glued to a word on either side
 * (`id: clinic1", …` or `"clinic1, db_addr: "tcp://…`): one of its quotes is the one that pairs
 * with the mistake, the quotes after it pair up wrongly, and which one is missing cannot be told,
 * so nothing is repaired.
 */
function gluedQuoteBefore(tokens: readonly IToken[], u: number): boolean {
  const line = tokens[u]!.startLine;
  const glued = (a: IToken, b: IToken, word: IToken): boolean => a.endOffset! + 1 === b.startOffset && word.startLine === line && !QUOTE_RUN_STOPS.has(word.tokenType);
  for (let i = u - 1; i >= 0 && tokens[i]!.startLine === line; i--) {
    const t = tokens[i]!;
    if (t.tokenType !== T.StringLit) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1]!;
    if ((prev && glued(prev, t, prev)) || (next !== tokens[u] && glued(t, next, next))) return true;
  }
  return false;
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
