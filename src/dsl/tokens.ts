/**
 * Tokens of the `.tpc` language.
 *
 * Newlines are whitespace: every statement starts with a keyword, so statements end where the next one
 * begins (`;` may separate statements on one line). Keywords are reserved; each sets `longer_alt` to
 * the identifier so `allow-list` or `sites` lex whole. Keywords are listed longest first so
 * `allow-domain` is tried before `allow`.
 *
 * Two abstract categories help the parser: `Word` (an identifier or any keyword; used for object keys)
 * and `AnyToken` (every real token; used to skip an unknown statement during error recovery).
 */

import { createToken, Lexer, type TokenType } from 'chevrotain';

/** Every real token (not whitespace or comments). */
export const AnyToken = createToken({ name: 'AnyToken', pattern: Lexer.NA });
/** An identifier or a keyword. */
export const Word = createToken({ name: 'Word', pattern: Lexer.NA });

export const WhiteSpace = createToken({
  name: 'WhiteSpace',
  pattern: /[ \t\r\n\f\v\u00a0\ufeff\u2028\u2029]+/,
  group: Lexer.SKIPPED,
  line_breaks: true,
});

export const Comment = createToken({ name: 'Comment', pattern: /#[^\r\n\u2028\u2029]*/, group: 'comments' });

/** `"…"` on one line, with `\` escapes and `${name}` interpolation (decoded in cst-to-ast). */
export const StringLit = createToken({
  name: 'StringLit',
  pattern: /"(?:[^"\\\r\n\u2028\u2029]|\\[^\r\n\u2028\u2029])*"/,
  categories: [AnyToken],
});

/** A string without its closing quote; reported, then treated as a string. */
export const UnterminatedString = createToken({
  name: 'UnterminatedString',
  pattern: /"(?:[^"\\\r\n\u2028\u2029]|\\[^\r\n\u2028\u2029])*\\?/,
  categories: [AnyToken],
});

/** `'…'`: reported ("use double quotes"), then treated as a string. */
export const SingleQuoted = createToken({
  name: 'SingleQuoted',
  pattern: /'(?:[^'\\\r\n\u2028\u2029]|\\[^\r\n\u2028\u2029])*'?/,
  categories: [AnyToken],
});

const INTERP = String.raw`\$\{[^}\s]*\}`;
/** A parameter reference missing a brace (`${id` or `$id}`): kept in its URL or path, reported by cst-to-ast. */
const BROKEN_INTERP = String.raw`\$\{[A-Za-z_][A-Za-z0-9_-]*(?![}A-Za-z0-9_-])|\$[A-Za-z_][A-Za-z0-9_-]*\}`;
const URL_CHAR = String.raw`[^\s{}()"'#,;$]`;

/** `scheme://…` or a URL starting with `${param}`; may contain `${…}`. Ends at space , ; # { } ( ) quotes. */
export const UrlLit = createToken({
  name: 'UrlLit',
  pattern: new RegExp(String.raw`(?:[A-Za-z][A-Za-z0-9+.\-]*:\/\/|${INTERP}|${BROKEN_INTERP})(?:${INTERP}|${BROKEN_INTERP}|${URL_CHAR}|\$(?!\{))*`),
  start_chars_hint: [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$'],
  categories: [AnyToken],
  line_breaks: false,
});

/**
 * An IPv6 address/CIDR (needs two colons) or something shaped like an IPv4 address/CIDR (three or more
 * dot-separated numbers). Exact validity is checked in cst-to-ast so the message can say what is wrong.
 */
export const IpLit = createToken({
  name: 'IpLit',
  pattern: /[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]*(?:\/\d+)?|\d+(?:\.\d+){2,}(?:\/\d+)?/,
  start_chars_hint: [...'0123456789abcdefABCDEF:'],
  categories: [AnyToken],
  line_breaks: false,
});

export const NumberLit = createToken({
  name: 'NumberLit',
  pattern: /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/,
  categories: [AnyToken],
});

/** `/api/x`, `/clinics/${id}`. */
export const PathLit = createToken({
  name: 'PathLit',
  pattern: new RegExp(String.raw`\/(?:${INTERP}|${BROKEN_INTERP}|${URL_CHAR}|\$(?!\{))*`),
  start_chars_hint: ['/'],
  categories: [AnyToken],
  line_breaks: false,
});

/** Names allow inner dashes: `rest-api`, `google-staff`, `us-cal-1`. */
export const Identifier = createToken({
  name: 'Identifier',
  pattern: /[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*/,
  categories: [Word, AnyToken],
});

/** All keywords in source spelling → token type. */
export const keywordTokens = new Map<string, TokenType>();

function kw(word: string): TokenType {
  const name =
    'Kw' +
    word
      .split('-')
      .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
      .join('');
  const t = createToken({
    name,
    pattern: new RegExp(word.replace(/-/g, '\\-')),
    longer_alt: Identifier,
    categories: [Word, AnyToken],
  });
  keywordTokens.set(word, t);
  return t;
}

// Top level
export const KwImport = kw('import');
export const KwGroup = kw('group');
export const KwIdentity = kw('identity');
export const KwCa = kw('ca');
export const KwDefaults = kw('defaults');
export const KwTemplate = kw('template');
export const KwSite = kw('site');
export const KwSites = kw('sites');
export const KwFrom = kw('from');
export const KwUsing = kw('using');
export const KwTest = kw('test');
// Identities
export const KwIp = kw('ip');
export const KwJwt = kw('jwt');
export const KwOauth = kw('oauth');
export const KwOidc = kw('oidc');
export const KwIssuer = kw('issuer');
export const KwAudience = kw('audience');
export const KwJwks = kw('jwks');
export const KwHeader = kw('header');
export const KwPrefix = kw('prefix');
export const KwAlgorithms = kw('algorithms');
export const KwAllowDomain = kw('allow-domain');
export const KwAllowEmail = kw('allow-email');
export const KwClientId = kw('client-id');
export const KwClientSecret = kw('client-secret');
export const KwScopes = kw('scopes');
// Value references
export const KwEnv = kw('env');
export const KwSecret = kw('secret');
export const KwFile = kw('file');
// Sites
export const KwAgent = kw('agent');
export const KwBind = kw('bind');
export const KwConnectUrl = kw('connect-url');
export const KwRegion = kw('region');
export const KwFailover = kw('failover');
export const KwService = kw('service');
export const KwOnDemand = kw('on-demand');
export const KwExpose = kw('expose');
export const KwAt = kw('at');
export const KwPath = kw('path');
// Exposures
export const KwAllow = kw('allow');
export const KwDeny = kw('deny');
export const KwTls = kw('tls');
export const KwMin = kw('min');
export const KwMtls = kw('mtls');
export const KwAction = kw('action');
export const KwWhen = kw('when');
// Tests
export const KwTo = kw('to');
export const KwExpect = kw('expect');
export const KwLogin = kw('login');
export const KwAnonymous = kw('anonymous');
export const KwCert = kw('cert');
export const KwMethod = kw('method');
export const KwQuery = kw('query');
export const KwEmail = kw('email');
export const KwClaims = kw('claims');
export const KwExpired = kw('expired');
export const KwInvalid = kw('invalid');

export const Equals = createToken({ name: 'Equals', pattern: /=/, categories: [AnyToken] });
export const Comma = createToken({ name: 'Comma', pattern: /,/, categories: [AnyToken] });
export const Colon = createToken({ name: 'Colon', pattern: /:/, categories: [AnyToken] });
export const Semicolon = createToken({ name: 'Semicolon', pattern: /;/, categories: [AnyToken] });
export const Dot = createToken({ name: 'Dot', pattern: /\./, categories: [AnyToken] });
export const LParen = createToken({ name: 'LParen', pattern: /\(/, categories: [AnyToken] });
export const RParen = createToken({ name: 'RParen', pattern: /\)/, categories: [AnyToken] });
export const LCurly = createToken({ name: 'LCurly', pattern: /\{/, categories: [AnyToken] });
export const RCurly = createToken({ name: 'RCurly', pattern: /\}/, categories: [AnyToken] });
export const LBracket = createToken({ name: 'LBracket', pattern: /\[/, categories: [AnyToken] });
export const RBracket = createToken({ name: 'RBracket', pattern: /\]/, categories: [AnyToken] });

/** Keywords, longest first (so a keyword that is a prefix of another never wins). */
const keywordsLongestFirst = [...keywordTokens.entries()]
  .sort((a, b) => b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))
  .map(([, t]) => t);

/** Token types in match order (the lexer takes the first pattern that matches). */
export const allTokens: TokenType[] = [
  WhiteSpace,
  Comment,
  StringLit,
  UnterminatedString,
  SingleQuoted,
  UrlLit,
  IpLit,
  NumberLit,
  PathLit,
  ...keywordsLongestFirst,
  Identifier,
  Equals,
  Comma,
  Colon,
  Semicolon,
  Dot,
  LParen,
  RParen,
  LCurly,
  RCurly,
  LBracket,
  RBracket,
  AnyToken,
  Word,
];

/** Options of {@link tpcLexer}, without the definition checks (checked by the tests). */
export const LEXER_OPTIONS = {
  positionTracking: 'full',
  ensureOptimizations: false,
  // The token definition checks cost milliseconds at every start-up; test/dsl/lexer-definition.test.ts
  // builds the lexer with them on, so a broken token set cannot go unnoticed.
  skipValidations: true,
} as const;

/** The one lexer instance (built at module load). */
export const tpcLexer = new Lexer(allTokens, LEXER_OPTIONS);

/** Keyword spelling of a keyword token type, or undefined. */
export function keywordOf(t: TokenType): string | undefined {
  for (const [w, tt] of keywordTokens) if (tt === t) return w;
  return undefined;
}
