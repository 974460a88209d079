/**
 * Wording of syntax errors. Chevrotain's default messages (token arrows, rule and token type names)
 * never reach users: the custom {@link errorMessageProvider} builds every message from the DSL's
 * vocabulary ("expected a service name after 'expose'"), and {@link recognitionToDiagnostic} turns the
 * parser's exceptions into TPC1xxx diagnostics located at the offending token.
 */

import { EOF, type IParserErrorMessageProvider, type IRecognitionException, type IToken, type TokenType } from 'chevrotain';
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage, type MessageTemplate } from '../diagnostics/messages.js';
import type { LineMap } from '../diagnostics/text.js';
import { DslMessages } from './messages.js';
import * as T from './tokens.js';
import { osaDistance } from '../diagnostics/edit-distance.js';

// ---------------------------------------------------------------------------------------------
// Describing tokens
// ---------------------------------------------------------------------------------------------

const PUNCTUATION = new Map<TokenType, string>([
  [T.Equals, "'='"],
  [T.Comma, "','"],
  [T.Colon, "':'"],
  [T.Semicolon, "';'"],
  [T.Dot, "'.'"],
  [T.LParen, "'('"],
  [T.RParen, "')'"],
  [T.LCurly, "'{'"],
  [T.RCurly, "'}'"],
  [T.LBracket, "'['"],
  [T.RBracket, "']'"],
]);

function clip(s: string, n = 40): string {
  return s.length > n ? s.slice(0, n - 1) + '…' : s;
}

/** How a token the user wrote is named in a message: `'expose'`, `"a string"`, `the end of the file`. */
export function describeActual(tok: IToken | undefined): string {
  if (!tok || tok.tokenType === EOF) return 'the end of the file';
  const img = tok.image;
  if (tok.tokenType === T.StringLit || tok.tokenType === T.UnterminatedString || tok.tokenType === T.SingleQuoted) {
    return clip(img);
  }
  return `'${clip(img)}'`;
}

/** How the token before an error is named: `'expose'`, or `the start of the file`. */
export function describePrevious(tok: IToken | undefined): string {
  if (!tok || tok.tokenType === EOF || Number.isNaN(tok.startOffset) || tok.image === '') return 'the start of the file';
  return describeActual(tok);
}

/** Generic description of an expected token type. */
function describeTokenType(t: TokenType): string {
  const p = PUNCTUATION.get(t);
  if (p) return p;
  const kw = T.keywordOf(t);
  if (kw) return `'${kw}'`;
  switch (t) {
    case T.Identifier:
    case T.Word:
      return 'a name';
    case T.StringLit:
      return 'a string in double quotes';
    case T.UrlLit:
      return 'a URL';
    case T.IpLit:
      return 'an IP address or CIDR';
    case T.NumberLit:
      return 'a number';
    case T.PathLit:
      return 'a path such as /api';
    default:
      return 'more input';
  }
}

const prevImage = (prev: IToken | undefined): string => (prev && prev.tokenType !== EOF ? prev.image : '');

/** What an identifier stands for at a given place in the grammar. */
function describeName(rule: string, prev: IToken | undefined): string {
  const p = prevImage(prev);
  switch (rule) {
    case 'groupDecl':
    case 'groupMember':
      return p === 'group' ? 'a group name' : 'an IP address, CIDR or group name';
    case 'identityDecl':
      return p === 'oauth' ? "an OAuth provider such as 'google'" : 'an identity name';
    case 'caDecl':
      return 'a CA name';
    case 'templateDecl':
      return p === 'template' ? 'a template name' : 'a parameter name';
    case 'siteDecl':
      return 'a site name';
    case 'templateCall':
      return p === '=' ? 'a template name' : 'a parameter name';
    case 'templateArg':
      return 'a parameter name';
    case 'sitesFrom':
      return 'a template name';
    case 'serviceDecl':
    case 'exposeDecl':
      return 'a service name';
    case 'allowStatement':
      return 'a group or identity name';
    case 'denyStatement':
      return 'a group name';
    case 'actionStatement':
      return 'an action point (first, before-forward or response)';
    case 'agentSetting':
      return "a region such as 'eu'";
    case 'identityOption':
      return 'an algorithm such as RS256';
    case 'requestClause':
      return 'an HTTP method such as GET';
    case 'target':
      return p === '.' ? 'a service name' : 'a target such as clinic1.rest-api';
    case 'jwtSubject':
    case 'loginSubject':
      return 'an identity name';
    case 'caSource':
      return 'a CA name';
    case 'certClause':
      return 'a CA name or file("…")';
    default:
      return 'a name';
  }
}

function describeString(rule: string, prev: IToken | undefined): string {
  const p = prevImage(prev);
  switch (rule) {
    case 'importStatement':
    case 'sitesFrom':
      return 'a file name in double quotes';
    case 'envRef':
      return 'an environment variable name in double quotes';
    case 'secretRef':
      return p === ',' ? 'a secret name in double quotes' : 'a vault name in double quotes';
    case 'fileRef':
      return 'a file path in double quotes';
    case 'actionStatement':
      return p === 'when' ? 'a CEL expression in double quotes' : 'a string in double quotes';
    default:
      return 'a string in double quotes';
  }
}

/** The expected thing, for one token type at one place. */
export function describeExpected(rule: string, t: TokenType, prev: IToken | undefined): string {
  if (t === T.Identifier) return describeName(rule, prev);
  if (t === T.StringLit) return describeString(rule, prev);
  if (t === T.NumberLit && (rule === 'versionValue' || rule === 'tlsMinStatement')) return 'a TLS version such as 1.3';
  if (t === T.IpLit && rule === 'subject') return 'an IP address';
  return describeTokenType(t);
}

/** Descriptions of alternatives (`OR`s and mandatory repetitions) by rule. */
function describeAlternatives(rule: string, prev: IToken | undefined): string | undefined {
  const p = prevImage(prev);
  switch (rule) {
    case 'identityDecl':
      return "'jwt', 'oauth' or 'oidc'";
    case 'groupDecl':
    case 'groupMember':
      return 'an IP address, CIDR or group name';
    case 'stringish':
    case 'stringList':
      return p === 'issuer'
        ? 'the issuer URL in double quotes'
        : p === 'jwks'
          ? 'the JWKS URL in double quotes'
          : p === 'connect-url'
            ? 'a host:port in double quotes'
            : p === 'bind'
              ? 'a bind pattern in double quotes'
              : 'a string in double quotes';
    case 'urlish':
      return p === 'at'
        ? 'a public URL such as https://app.example.com'
        : 'an upstream URL such as http://192.168.1.10:8080';
    case 'pathish':
      return 'a path such as /api';
    case 'versionValue':
      return 'a TLS version such as 1.3';
    case 'secretValue':
      return 'env("NAME") or secret("vault", "name")';
    case 'caSource':
    case 'mtlsStatement':
      return 'a CA: a name, file("…"), secret("…", "…") or inline PEM text';
    case 'caDecl':
      return 'file("…"), secret("…", "…") or inline PEM text';
    case 'siteDecl':
      return "'=' and a template, or '{'";
    case 'agentStatement':
    case 'agentSetting':
      return 'an agent setting (bind, connect-url, region or failover)';
    case 'allowStatement':
      return 'a group or identity name';
    case 'denyStatement':
      return 'a group name';
    case 'fromClause':
    case 'subject':
      return 'who sends the request (ip …, anonymous, jwt NAME, oauth NAME, oidc NAME, or a group name)';
    case 'certClause':
      return 'a CA name or file("…")';
    case 'target':
      return 'a target such as clinic1.rest-api';
    case 'outcome':
      return "'allow', 'deny' or 'login'";
    case 'objectEntry':
      return 'a key';
    case 'jsonValue':
      return 'a value (a string, number, true, false, null, {…} or […])';
    case 'loginSubject':
      return "'oauth' or 'oidc'";
    case 'requestClause':
    case 'expectation':
      return "a request clause (from, cert, tls, method, path, header, query) or 'to'";
    case 'identityOption':
      return 'an identity option';
    default:
      return undefined;
  }
}

function joinOr(items: string[]): string {
  const u = [...new Set(items)];
  if (u.length <= 1) return u[0] ?? 'more input';
  return `${u.slice(0, -1).join(', ')} or ${u[u.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------
// Suggestions
// ---------------------------------------------------------------------------------------------

/** Edit distance with adjacent transpositions, capped: 99 when the lengths differ by more than 3. */
export function editDistance(a: string, b: string): number {
  return Math.abs(a.length - b.length) > 3 ? 99 : osaDistance(a, b);
}

/** The closest candidate within a small edit distance, if any. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const limit = word.length <= 3 ? 1 : 2;
  for (const c of candidates) {
    if (c === word) continue;
    const d = editDistance(word.toLowerCase(), c);
    if (d <= limit && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}

/** "Did you mean 'x'?" when the actual token is a word close to one of the expected keywords. */
function hintFor(actual: IToken | undefined, expectedTypes: TokenType[]): string {
  if (!actual || actual.tokenType === EOF) return '';
  if (!/^[A-Za-z_][\w-]*$/.test(actual.image)) return '';
  const words = expectedTypes.map((t) => T.keywordOf(t)).filter((w): w is string => !!w);
  const s = suggest(actual.image, words);
  return s ? `Did you mean '${s}'?` : '';
}

// ---------------------------------------------------------------------------------------------
// The provider
// ---------------------------------------------------------------------------------------------

/** Tokens of the parse in progress (set by `parse()` so the provider can find an opening brace). */
let currentTokens: readonly IToken[] = [];

/** @internal Called by `parse()` before running the parser. */
export function setCurrentTokens(tokens: readonly IToken[]): void {
  currentTokens = tokens;
}

const SEP = '\u0000';

function encode(msg: MessageTemplate, args: (string | number)[], hint = ''): string {
  return `${msg.code}${SEP}${formatMessage(msg.template, args)}${SEP}${hint}`;
}

/** Line of the `{` left open before `actual` (by brace counting), if any. */
function openBraceLine(actual: IToken): number | undefined {
  let idx = currentTokens.length - 1;
  if (actual.tokenType !== EOF) {
    // Binary search by offset.
    let lo = 0;
    let hi = currentTokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const o = currentTokens[mid]!.startOffset;
      if (o < actual.startOffset) lo = mid + 1;
      else hi = mid - 1;
    }
    idx = lo - 1;
  }
  let depth = 0;
  for (let i = idx; i >= 0; i--) {
    const t = currentTokens[i]!;
    if (t.tokenType === T.RCurly) depth++;
    else if (t.tokenType === T.LCurly) {
      if (depth === 0) return t.startLine;
      depth--;
    }
  }
  return undefined;
}

/** Flattens chevrotain's expected paths to the first token of each. */
function firstTokens(paths: TokenType[][]): TokenType[] {
  const out: TokenType[] = [];
  for (const p of paths) if (p[0] && !out.includes(p[0])) out.push(p[0]);
  return out;
}

function describeFirsts(rule: string, firsts: TokenType[], prev: IToken | undefined): string {
  const alt = describeAlternatives(rule, prev);
  if (alt) return alt;
  return joinOr(firsts.map((t) => describeExpected(rule, t, prev)));
}

/** Builds every parser error message in the DSL's own words. */
export const errorMessageProvider: IParserErrorMessageProvider = {
  buildMismatchTokenMessage({ expected, actual, previous, ruleName }) {
    if (expected === T.RCurly) {
      const line = openBraceLine(actual);
      if (line !== undefined) return encode(DslMessages.unclosedBlock, [line, describeActual(actual)]);
    }
    if (expected === T.RParen && (ruleName === 'templateDecl' || ruleName === 'templateCall')) {
      const what = prevImage(previous) === '(' ? "a parameter name or ')'" : "',' or ')'";
      return encode(DslMessages.expected, [what, describePrevious(previous), describeActual(actual)]);
    }
    return encode(
      DslMessages.expected,
      [describeExpected(ruleName, expected, previous), describePrevious(previous), describeActual(actual)],
      hintFor(actual, [expected]),
    );
  },
  buildNotAllInputParsedMessage({ firstRedundant }) {
    return encode(DslMessages.unexpectedToken, [describeActual(firstRedundant), 'here', 'the end of the file']);
  },
  buildNoViableAltMessage({ expectedPathsPerAlt, actual, previous, ruleName }) {
    const firsts = firstTokens(expectedPathsPerAlt.flat());
    return encode(
      DslMessages.expected,
      [describeFirsts(ruleName, firsts, previous), describePrevious(previous), describeActual(actual[0])],
      hintFor(actual[0], firsts),
    );
  },
  buildEarlyExitMessage({ expectedIterationPaths, actual, previous, ruleName }) {
    const firsts = firstTokens(expectedIterationPaths);
    return encode(
      DslMessages.expected,
      [describeFirsts(ruleName, firsts, previous), describePrevious(previous), describeActual(actual[0])],
      hintFor(actual[0], firsts),
    );
  },
};

// ---------------------------------------------------------------------------------------------
// Exceptions → diagnostics
// ---------------------------------------------------------------------------------------------

/** Turns one chevrotain recognition exception into a diagnostic at its token. */
export function recognitionToDiagnostic(
  e: IRecognitionException,
  file: string,
  lines: LineMap,
  textLength: number,
): Diagnostic {
  const [code, message, hint] = decode(e.message);
  const tok = e.token;
  let start: number;
  let end: number;
  if (!tok || tok.tokenType === EOF || Number.isNaN(tok.startOffset)) {
    // At the end of the file: point just after the last token read, else at the very end.
    const prev = (e as { previousToken?: IToken }).previousToken;
    const at =
      prev && prev.tokenType !== EOF && !Number.isNaN(prev.endOffset ?? NaN) ? prev.endOffset! + 1 : textLength;
    start = at;
    end = at;
  } else {
    start = tok.startOffset;
    end = (tok.endOffset ?? tok.startOffset) + 1;
  }
  return createDiagnostic({
    code,
    severity: 'error',
    message,
    file,
    range: lines.range(start, end),
    ...(hint ? { hint } : {}),
  });
}

function decode(s: string): [string, string, string] {
  const parts = s.split(SEP);
  if (parts.length >= 2) return [parts[0]!, parts[1]!, parts[2] ?? ''];
  // Never expected: every message comes from the provider. Keep internals out of the text anyway.
  return [DslMessages.expected.code, 'Syntax error.', ''];
}
