/**
 * CST → AST. A chevrotain visitor (checked with `validateVisitor()`) that builds the typed AST of
 * `ast.ts`, decodes literals, and reports the checks that need only one statement (TPC1xxx). It works
 * on partial trees from error recovery: a missing piece becomes an empty node marked `recovered`.
 */

import type { CstNode, IToken } from 'chevrotain';
import { createDiagnostic, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import { formatMessage, type MessageTemplate } from '../diagnostics/messages.js';
import type { LineMap } from '../diagnostics/text.js';
import {
  ACTION_POINTS,
  OAUTH_PROVIDERS,
  REGIONS,
  type ActionPoint,
  type ActionStatement,
  type AgentStatement,
  type AllowStatement,
  type ArrayLiteral,
  type CaDecl,
  type CaSource,
  type CertSpec,
  type Comment,
  type CredentialStatus,
  type DefaultsBlock,
  type DenyStatement,
  type EnvRef,
  type Expectation,
  type ExposeDecl,
  type ExposureStatement,
  type FileRef,
  type GroupDecl,
  type HeaderPair,
  type IdentityDecl,
  type Ident,
  type ImportStatement,
  type IpLiteral,
  type JsonValue,
  type JwtMethod,
  type MtlsStatement,
  type NodeBase,
  type NumberLiteral,
  type OAuthMethod,
  type ObjectEntry,
  type ObjectLiteral,
  type OidcMethod,
  type Outcome,
  type PathLiteral,
  type Program,
  type SecretRef,
  type SecretValue,
  type ServiceDecl,
  type SiteDecl,
  type SiteStatement,
  type SitesFrom,
  type StringLiteral,
  type Subject,
  type Target,
  type TemplateArg,
  type TemplateCall,
  type TemplateDecl,
  type TemplatePart,
  type TestBlock,
  type TlsMinStatement,
  type TlsVersion,
  type TopLevelStatement,
  type UrlLiteral,
} from './ast.js';
import type * as C from './cst.generated.js';
import { suggest, describeActual, describePrevious } from './errors.js';
import { DslMessages } from './messages.js';
import { tpcParser } from './parser.js';
import * as T from './tokens.js';

const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*$/;
const ALL_KEYWORDS = [...T.keywordTokens.keys()];

const BaseVisitor = tpcParser.getBaseCstVisitorConstructor();

type Ctx = 'top' | 'site' | 'exposure' | 'test';

const CONTEXT_TEXT: Record<Ctx, { where: string; expected: string; starters: string[] }> = {
  top: {
    where: 'at the top level',
    expected: 'import, group, identity, ca, defaults, template, site, sites or test',
    starters: ['import', 'group', 'identity', 'ca', 'defaults', 'template', 'site', 'sites', 'test'],
  },
  site: {
    where: 'in a site or template',
    expected: 'agent, service, expose, defaults or test',
    starters: ['agent', 'service', 'expose', 'defaults', 'test'],
  },
  exposure: {
    where: 'in an exposure or defaults block',
    expected: 'allow, deny, tls min, mtls ca or action',
    starters: ['allow', 'deny', 'tls', 'mtls', 'action'],
  },
  test: {
    where: 'in a test block',
    expected: "an expectation such as 'from ip 203.0.113.9 to clinic1.rest-api expect allow'",
    starters: ['from', 'cert', 'tls', 'method', 'path', 'header', 'query', 'to'],
  },
};

const MISPLACED_HINT: Record<string, string> = {};
for (const k of ['allow', 'deny', 'mtls', 'action']) {
  MISPLACED_HINT[k] = `'${k}' goes inside an 'expose … { }' or 'defaults { }' block.`;
}
for (const k of ['agent', 'service', 'expose']) {
  MISPLACED_HINT[k] = `'${k}' goes inside a 'site' or 'template' block.`;
}
for (const k of ['import', 'group', 'identity', 'ca', 'template', 'site', 'sites']) {
  MISPLACED_HINT[k] = `'${k}' is only allowed at the top level.`;
}
for (const k of ['from', 'to', 'cert', 'expect', 'method', 'query']) {
  MISPLACED_HINT[k] = `Expectations go inside a 'test { }' block.`;
}

const IDENTITY_OPTIONS: Record<'jwt' | 'oauth' | 'oidc', string[]> = {
  jwt: ['issuer', 'audience', 'jwks', 'header', 'prefix', 'algorithms'],
  oauth: ['allow-domain', 'allow-email', 'client-id', 'client-secret', 'scopes'],
  oidc: ['issuer', 'client-id', 'client-secret', 'scopes', 'allow-domain', 'allow-email'],
};
const AGENT_SETTINGS = ['bind', 'connect-url', 'region', 'failover'];

const SERVICE_SCHEMES = ['http', 'https', 'tcp', 'tls'];
const EXPOSE_SCHEMES = ['https', 'http', 'tcp', 'tls'];

function joinOr(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function isReal(tok: IToken | undefined): tok is IToken {
  return !!tok && !tok.isInsertedInRecovery && !Number.isNaN(tok.startOffset);
}

/** Builds the AST for one parse. */
export class AstBuilder extends BaseVisitor {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly file: string,
    private readonly lines: LineMap,
    private readonly tokens: readonly IToken[],
  ) {
    super();
    this.validateVisitor();
  }

  // -------------------------------------------------------------------------------------------
  // Helpers
  // -------------------------------------------------------------------------------------------

  private report(msg: MessageTemplate, range: Range, args: (string | number)[], hint?: string): void {
    this.diagnostics.push(
      createDiagnostic({
        code: msg.code,
        severity: msg.severity,
        message: formatMessage(msg.template, args),
        file: this.file,
        range,
        ...(hint ? { hint } : {}),
      }),
    );
  }

  private tokRange(tok: IToken | undefined, fallback: Range): Range {
    if (!isReal(tok)) return { start: fallback.start, end: fallback.start };
    return this.lines.range(tok.startOffset, (tok.endOffset ?? tok.startOffset) + 1);
  }

  private nodeRange(node: CstNode | undefined, fallback?: Range): Range {
    const loc = node?.location;
    if (loc && Number.isFinite(loc.startOffset) && Number.isFinite(loc.endOffset ?? NaN)) {
      return this.lines.range(loc.startOffset, loc.endOffset! + 1);
    }
    if (loc && Number.isFinite(loc.startOffset)) return this.lines.range(loc.startOffset, loc.startOffset);
    const f = fallback ?? this.lines.range(0, 0);
    return { start: f.start, end: f.start };
  }

  private base(range: Range, recovered = false): NodeBase {
    const b: NodeBase = { range, file: this.file };
    if (recovered) b.recovered = true;
    return b;
  }

  private ident(tok: IToken | undefined, fallback: Range): Ident {
    const real = isReal(tok);
    return { kind: 'Ident', name: real ? tok.image : '', ...this.base(this.tokRange(tok, fallback), !real) };
  }

  /** The real token just before `offset`, if any. */
  private tokenBefore(offset: number): IToken | undefined {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.startOffset < offset) lo = mid + 1;
      else hi = mid - 1;
    }
    return this.tokens[lo - 1];
  }

  /** Children of `ctx` (CST nodes and tokens) in source order. */
  private ordered(ctx: Record<string, (CstNode | IToken)[] | undefined>): { key: string; item: CstNode | IToken }[] {
    const out: { key: string; item: CstNode | IToken; at: number }[] = [];
    for (const key of Object.keys(ctx)) {
      for (const item of ctx[key] ?? []) {
        const at = 'name' in item && 'children' in item ? (item.location?.startOffset ?? NaN) : item.startOffset;
        if (Number.isFinite(at)) out.push({ key, item, at });
      }
    }
    out.sort((a, b) => a.at - b.at);
    return out;
  }

  // -------------------------------------------------------------------------------------------
  // Literals
  // -------------------------------------------------------------------------------------------

  /** Splits `${name}` interpolations out of already-decoded characters with their source offsets. */
  private partsOf(chars: { c: string; at: number; end: number }[], allowInterp: boolean): TemplatePart[] {
    const parts: TemplatePart[] = [];
    let text = '';
    let textStart = -1;
    let textEnd = -1;
    const flush = (): void => {
      if (text !== '') parts.push({ kind: 'Text', value: text, ...this.base(this.lines.range(textStart, textEnd)) });
      text = '';
      textStart = -1;
    };
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      if (allowInterp && ch.c === '$' && ch.end - ch.at === 1 && chars[i + 1]?.c === '{') {
        let j = i + 2;
        let name = '';
        while (j < chars.length && chars[j]!.c !== '}' && chars[j]!.end - chars[j]!.at === 1) name += chars[j++]!.c;
        if (j < chars.length && chars[j]!.c === '}' && NAME_RE.test(name)) {
          flush();
          parts.push({ kind: 'Interpolation', name, ...this.base(this.lines.range(ch.at, chars[j]!.end)) });
          i = j;
          continue;
        }
      }
      if (textStart < 0) textStart = ch.at;
      text += ch.c;
      textEnd = ch.end;
    }
    flush();
    return parts;
  }

  private static joinText(parts: TemplatePart[]): string | undefined {
    let s = '';
    for (const p of parts) {
      if (p.kind !== 'Text') return undefined;
      s += p.value;
    }
    return s;
  }

  /** Decodes a quoted string token (double, unterminated or single-quoted). */
  string(tok: IToken | undefined, fallback: Range): StringLiteral {
    if (!isReal(tok)) {
      return { kind: 'String', parts: [], value: '', ...this.base(this.tokRange(tok, fallback), true) };
    }
    const img = tok.image;
    const quote = img[0] === "'" ? "'" : '"';
    const closed = isClosed(img, quote);
    const body = closed ? img.slice(1, -1) : img.slice(1);
    const base = tok.startOffset + 1;
    // Most strings have neither escapes nor interpolations: one Text part (what partsOf gives).
    if (body.indexOf('\\') < 0 && body.indexOf('$') < 0) {
      const parts = this.plainParts(body, base);
      return { kind: 'String', parts, value: body, ...this.base(this.tokRange(tok, fallback)) };
    }
    const chars: { c: string; at: number; end: number }[] = [];
    for (let i = 0; i < body.length; i++) {
      const c = body[i]!;
      if (c !== '\\') {
        chars.push({ c, at: base + i, end: base + i + 1 });
        continue;
      }
      const n = body[i + 1];
      if (n === undefined) break;
      const simple: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', $: '$' };
      if (n in simple) {
        chars.push({ c: simple[n]!, at: base + i, end: base + i + 2 });
        i++;
        continue;
      }
      if (n === 'u' && /^[0-9A-Fa-f]{4}$/.test(body.slice(i + 2, i + 6))) {
        chars.push({ c: String.fromCharCode(parseInt(body.slice(i + 2, i + 6), 16)), at: base + i, end: base + i + 6 });
        i += 5;
        continue;
      }
      this.report(DslMessages.invalidEscape, this.lines.range(base + i, base + i + 2), [n]);
      chars.push({ c: n, at: base + i, end: base + i + 2 });
      i++;
    }
    const parts = this.partsOf(chars, true);
    return { kind: 'String', parts, value: AstBuilder.joinText(parts), ...this.base(this.tokRange(tok, fallback)) };
  }

  /** The parts of text without escapes or `$`, starting at `at`: one Text part, none when empty. */
  private plainParts(text: string, at: number): TemplatePart[] {
    return text === '' ? [] : [{ kind: 'Text', value: text, ...this.base(this.lines.range(at, at + text.length)) }];
  }

  /**
   * Raw (unescaped) text of a URL or path token. A parameter reference missing a brace (`${id` or
   * `$id}`, which the lexer keeps inside the token) is reported once and read as `${id}`.
   */
  private rawParts(tok: IToken): TemplatePart[] {
    const img = tok.image;
    if (img.indexOf('$') < 0) return this.plainParts(img, tok.startOffset);
    const chars: { c: string; at: number; end: number }[] = [];
    for (let i = 0; i < img.length; i++) {
      const at = tok.startOffset + i;
      if (img[i] === '$' && img[i + 1] !== undefined) {
        const rest = img.slice(i);
        const open = /^\$\{([A-Za-z_][A-Za-z0-9_-]*)(?![}A-Za-z0-9_-])/.exec(rest);
        const close = open ? null : /^\$([A-Za-z_][A-Za-z0-9_-]*)\}/.exec(rest);
        const m = open ?? close;
        if (m) {
          const name = m[1]!;
          this.report(DslMessages.brokenReference, this.lines.range(at, at + m[0].length), [m[0], `\${${name}}`]);
          // The missing brace is added with no width, so the reference keeps its real offsets.
          const nameAt = at + (open ? 2 : 1);
          chars.push({ c: '$', at, end: at + 1 }, { c: '{', at: open ? at + 1 : nameAt, end: open ? at + 2 : nameAt });
          for (let k = 0; k < name.length; k++) chars.push({ c: name[k]!, at: nameAt + k, end: nameAt + k + 1 });
          const after = nameAt + name.length;
          chars.push({ c: '}', at: after, end: open ? after : after + 1 });
          i += m[0].length - 1;
          continue;
        }
      }
      chars.push({ c: img[i]!, at, end: at + 1 });
    }
    return this.partsOf(chars, true);
  }

  private url(tok: IToken | undefined, isString: boolean, fallback: Range): UrlLiteral {
    if (isString) {
      const s = this.string(tok, fallback);
      return { kind: 'Url', parts: s.parts, value: s.value, ...this.base(s.range, !!s.recovered) };
    }
    if (!isReal(tok)) return { kind: 'Url', parts: [], value: '', ...this.base(this.tokRange(tok, fallback), true) };
    const parts = this.rawParts(tok);
    return { kind: 'Url', parts, value: AstBuilder.joinText(parts), ...this.base(this.tokRange(tok, fallback)) };
  }

  private path(tok: IToken | undefined, isString: boolean, fallback: Range): PathLiteral {
    const u = this.url(tok, isString, fallback);
    return { ...u, kind: 'Path' };
  }

  private stringishNode(node: C.StringishCstNode | undefined, fallback: Range): StringLiteral {
    const ch = node?.children;
    if (ch?.UrlLit?.[0]) {
      const u = this.url(ch.UrlLit[0], false, fallback);
      return { kind: 'String', parts: u.parts, value: u.value, ...this.base(u.range, !!u.recovered) };
    }
    return this.string(ch?.StringLit?.[0], this.nodeRange(node, fallback));
  }

  private stringListNode(node: C.StringListCstNode | undefined, fallback: Range): StringLiteral[] {
    return (node?.children.stringish ?? []).map((s) => this.stringishNode(s, this.nodeRange(s, fallback)));
  }

  private urlishNode(node: C.UrlishCstNode | undefined, fallback: Range): UrlLiteral {
    const ch = node?.children;
    if (ch?.StringLit?.[0]) return this.url(ch.StringLit[0], true, fallback);
    return this.url(ch?.UrlLit?.[0], false, this.nodeRange(node, fallback));
  }

  private pathishNode(node: C.PathishCstNode | undefined, fallback: Range): PathLiteral {
    const ch = node?.children;
    if (ch?.StringLit?.[0]) return this.path(ch.StringLit[0], true, fallback);
    return this.path(ch?.PathLit?.[0], false, this.nodeRange(node, fallback));
  }

  private ip(tok: IToken | undefined, fallback: Range): IpLiteral {
    const range = this.tokRange(tok, fallback);
    if (!isReal(tok)) return { kind: 'Ip', text: '', version: 4, prefix: undefined, ...this.base(range, true) };
    const text = tok.image;
    const slash = text.indexOf('/');
    const addr = slash >= 0 ? text.slice(0, slash) : text;
    const prefixText = slash >= 0 ? text.slice(slash + 1) : undefined;
    const version: 4 | 6 = addr.includes(':') ? 6 : 4;
    const prefix = prefixText !== undefined && /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : undefined;
    const ok = version === 4 ? isIpv4(addr) : isIpv6(addr);
    if (!ok || (prefixText !== undefined && prefix === undefined)) {
      this.report(version === 4 ? DslMessages.invalidIpv4 : DslMessages.invalidIpv6, range, [text]);
    } else if (prefix !== undefined && prefix > (version === 4 ? 32 : 128)) {
      this.report(DslMessages.prefixTooLong, range, [prefix, version === 4 ? 32 : 128, version]);
    }
    return { kind: 'Ip', text, version, prefix, ...this.base(range) };
  }

  private number(tok: IToken | undefined, fallback: Range): NumberLiteral {
    if (!isReal(tok)) return { kind: 'Number', value: 0, raw: '', ...this.base(this.tokRange(tok, fallback), true) };
    return { kind: 'Number', value: Number(tok.image), raw: tok.image, ...this.base(this.tokRange(tok, fallback)) };
  }

  private version(node: C.VersionValueCstNode | undefined, fallback: Range, min: boolean): TlsVersion {
    const ch = node?.children;
    const range = this.nodeRange(node, fallback);
    let text: string | undefined;
    let real = true;
    if (ch?.StringLit?.[0]) text = this.string(ch.StringLit[0], range).value;
    else if (isReal(ch?.NumberLit?.[0])) text = ch!.NumberLit![0]!.image;
    else real = false;
    const allowed = min ? ['1.2', '1.3'] : ['1.0', '1.1', '1.2', '1.3'];
    if (real && (text === undefined || !allowed.includes(text))) {
      this.report(min ? DslMessages.tlsMinVersion : DslMessages.tlsVersion, range, [text ?? '']);
    }
    const version = (text && ['1.0', '1.1', '1.2', '1.3'].includes(text) ? text : min ? '1.2' : '1.2') as TlsVersion['version'];
    return { kind: 'TlsVersion', version, ...this.base(range, !real || !allowed.includes(text ?? '')) };
  }

  private envRefNode(node: C.EnvRefCstNode | undefined, fallback: Range): EnvRef {
    const range = this.nodeRange(node, fallback);
    return { kind: 'Env', name: this.string(node?.children.StringLit?.[0], range), ...this.base(range, !!node?.recoveredNode) };
  }

  private secretRefNode(node: C.SecretRefCstNode | undefined, fallback: Range): SecretRef {
    const range = this.nodeRange(node, fallback);
    return {
      kind: 'Secret',
      vault: this.string(node?.children.vault?.[0], range),
      name: this.string(node?.children.name?.[0], range),
      ...this.base(range, !!node?.recoveredNode),
    };
  }

  private fileRefNode(node: C.FileRefCstNode | undefined, fallback: Range): FileRef {
    const range = this.nodeRange(node, fallback);
    return { kind: 'File', path: this.string(node?.children.StringLit?.[0], range), ...this.base(range, !!node?.recoveredNode) };
  }

  private secretValueNode(node: C.SecretValueCstNode | undefined, fallback: Range): SecretValue {
    const ch = node?.children;
    const range = this.nodeRange(node, fallback);
    if (ch?.envRef?.[0]) return this.envRefNode(ch.envRef[0], range);
    if (ch?.secretRef?.[0]) return this.secretRefNode(ch.secretRef[0], range);
    return this.stringishNode(ch?.stringish?.[0], range);
  }

  private schemeCheck(url: UrlLiteral, allowed: string[], what: string): void {
    const first = url.parts[0];
    if (!first || first.kind !== 'Text') return;
    const m = /^([A-Za-z][A-Za-z0-9+.\-]*):\/\//.exec(first.value);
    if (!m) return;
    const scheme = m[1]!.toLowerCase();
    if (!allowed.includes(scheme)) {
      this.report(DslMessages.unsupportedScheme, url.range, [m[1]!, what, joinOr(allowed)]);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Object literals
  // -------------------------------------------------------------------------------------------

  private objectNode(node: C.ObjectLiteralCstNode | undefined, fallback: Range): ObjectLiteral {
    const range = this.nodeRange(node, fallback);
    const entries: ObjectEntry[] = [];
    const seen = new Set<string>();
    for (const e of node?.children.objectEntry ?? []) {
      const er = this.nodeRange(e, range);
      const keyTok = e.children.Word?.[0] ?? e.children.StringLit?.[0];
      let key = '';
      let keyRange = er;
      if (isReal(keyTok)) {
        keyRange = this.tokRange(keyTok, er);
        if (keyTok.tokenType === T.StringLit || keyTok.image.startsWith('"') || keyTok.image.startsWith("'")) {
          const s = this.string(keyTok, er);
          key = s.parts.map((p) => (p.kind === 'Text' ? p.value : '${' + p.name + '}')).join('');
        } else key = keyTok.image;
        if (seen.has(key)) this.report(DslMessages.duplicateKey, keyRange, [key]);
        seen.add(key);
      }
      const value = this.jsonValueNode(e.children.jsonValue?.[0], er);
      entries.push({ kind: 'Entry', key, keyRange, value, ...this.base(er, !!e.recoveredNode || !isReal(keyTok)) });
    }
    return { kind: 'Object', entries, ...this.base(range, !!node?.recoveredNode) };
  }

  private arrayNode(node: C.ArrayLiteralCstNode | undefined, fallback: Range): ArrayLiteral {
    const range = this.nodeRange(node, fallback);
    const items = (node?.children.jsonValue ?? []).map((v) => this.jsonValueNode(v, range));
    return { kind: 'Array', items, ...this.base(range, !!node?.recoveredNode) };
  }

  private jsonValueNode(node: C.JsonValueCstNode | undefined, fallback: Range): JsonValue {
    const ch = node?.children;
    const range = this.nodeRange(node, fallback);
    if (!ch) return { kind: 'Null', ...this.base(range, true) };
    if (ch.StringLit?.[0]) return this.string(ch.StringLit[0], range);
    if (ch.NumberLit?.[0]) return this.number(ch.NumberLit[0], range);
    if (ch.objectLiteral?.[0]) return this.objectNode(ch.objectLiteral[0], range);
    if (ch.arrayLiteral?.[0]) return this.arrayNode(ch.arrayLiteral[0], range);
    const w = ch.Word?.[0];
    if (isReal(w)) {
      if (w.image === 'true' || w.image === 'false') return { kind: 'Boolean', value: w.image === 'true', ...this.base(range) };
      if (w.image === 'null') return { kind: 'Null', ...this.base(range) };
    }
    const bad = ch.Word?.[0] ?? ch.UrlLit?.[0] ?? ch.PathLit?.[0] ?? ch.IpLit?.[0];
    if (isReal(bad)) {
      this.report(DslMessages.notAValue, range, [bad.image]);
      return { kind: 'String', parts: [], value: bad.image, ...this.base(range, true) };
    }
    return { kind: 'Null', ...this.base(range, true) };
  }

  // -------------------------------------------------------------------------------------------
  // Unknown statements and options
  // -------------------------------------------------------------------------------------------

  private firstToken(node: CstNode): IToken | undefined {
    let best: IToken | undefined;
    const walk = (n: CstNode): void => {
      for (const list of Object.values(n.children)) {
        for (const c of list ?? []) {
          if ('children' in c) walk(c);
          else if (isReal(c) && (!best || c.startOffset < best.startOffset)) best = c;
        }
      }
    };
    walk(node);
    return best;
  }

  private unknownStatement(node: CstNode, ctx: Ctx): void {
    const tok = this.firstToken(node);
    if (!tok) return;
    const range = this.tokRange(tok, this.lines.range(0, 0));
    const prev = this.tokenBefore(tok.startOffset);
    const info = CONTEXT_TEXT[ctx];
    const isWord = /^[A-Za-z_]/.test(tok.image) && (tok.tokenType === T.Identifier || T.keywordOf(tok.tokenType) !== undefined);
    const sameLine =
      prev && prev.endLine === tok.startLine && prev.tokenType !== T.LCurly && prev.tokenType !== T.Semicolon;
    const suggestion = isWord ? (suggest(tok.image, info.starters) ?? suggest(tok.image, ALL_KEYWORDS)) : undefined;
    const didYouMean = suggestion ? `Did you mean '${suggestion}'?` : undefined;
    if (sameLine) {
      // (An unclosed string is a stray quote more often than a list item.)
      const listy = (t: IToken): boolean => t.tokenType === T.Identifier || t.tokenType === T.IpLit || (t.tokenType === T.StringLit && isClosed(t.image, '"'));
      const hint = didYouMean ?? (listy(prev) && listy(tok) ? "Separate list items with ','." : undefined);
      this.report(DslMessages.unexpectedAfter, range, [describeActual(tok), describePrevious(prev)], hint);
      return;
    }
    if (isWord) {
      const hint = T.keywordOf(tok.tokenType) ? MISPLACED_HINT[tok.image] : didYouMean;
      this.report(DslMessages.unknownStatement, range, [tok.image, info.where, info.expected], hint ?? didYouMean);
      return;
    }
    this.report(DslMessages.unexpectedToken, range, [describeActual(tok), info.where, info.expected]);
  }

  private unknownOption(tok: IToken | undefined, what: string, options: string[]): void {
    if (!isReal(tok)) return;
    const s = suggest(tok.image, options) ?? suggest(tok.image, ALL_KEYWORDS);
    this.report(
      DslMessages.unknownOption,
      this.tokRange(tok, this.lines.range(0, 0)),
      [what, tok.image, joinOr(options)],
      s ? `Did you mean '${s}'?` : undefined,
    );
  }

  // -------------------------------------------------------------------------------------------
  // Program
  // -------------------------------------------------------------------------------------------

  buildProgram(cst: C.ProgramCstNode, comments: readonly IToken[], textLength: number): Program {
    const statements: TopLevelStatement[] = [];
    for (const { key, item } of this.ordered(cst.children as never)) {
      const n = item as CstNode;
      switch (key) {
        case 'importStatement':
          statements.push(this.importStatement((n as C.ImportStatementCstNode).children, n));
          break;
        case 'groupDecl':
          statements.push(this.groupDecl((n as C.GroupDeclCstNode).children, n));
          break;
        case 'identityDecl':
          statements.push(this.identityDecl((n as C.IdentityDeclCstNode).children, n));
          break;
        case 'caDecl':
          statements.push(this.caDecl((n as C.CaDeclCstNode).children, n));
          break;
        case 'defaultsBlock':
          statements.push(this.defaultsBlock((n as C.DefaultsBlockCstNode).children, n));
          break;
        case 'templateDecl':
          statements.push(this.templateDecl((n as C.TemplateDeclCstNode).children, n));
          break;
        case 'siteDecl':
          statements.push(this.siteDecl((n as C.SiteDeclCstNode).children, n));
          break;
        case 'sitesFrom':
          statements.push(this.sitesFrom((n as C.SitesFromCstNode).children, n));
          break;
        case 'testBlock':
          statements.push(this.testBlock((n as C.TestBlockCstNode).children, n));
          break;
        case 'unknownTopStatement':
          this.unknownStatement(n, 'top');
          break;
        default:
          break;
      }
    }
    const commentNodes: Comment[] = comments.map((c) => ({
      kind: 'Comment',
      text: c.image.slice(1).trimEnd(),
      ...this.base(this.lines.range(c.startOffset, c.startOffset + c.image.length)),
    }));
    return {
      kind: 'Program',
      statements,
      comments: commentNodes,
      ...this.base(this.lines.range(0, textLength)),
    };
  }

  // The chevrotain visitor entry points (one per rule; validateVisitor checks they all exist). The
  // builder calls them directly with (children, node) so results stay typed.

  program(): void {
    /* built by buildProgram */
  }

  importStatement(ctx: C.ImportStatementCstChildren, node: CstNode): ImportStatement {
    const range = this.nodeRange(node);
    return { kind: 'Import', path: this.string(ctx.StringLit?.[0], range), ...this.base(range, !!node.recoveredNode) };
  }

  groupDecl(ctx: C.GroupDeclCstChildren, node: CstNode): GroupDecl {
    const range = this.nodeRange(node);
    const members = (ctx.groupMember ?? []).map((m) => this.groupMember(m.children, m));
    return {
      kind: 'Group',
      name: this.ident(ctx.Identifier?.[0], range),
      members,
      ...this.base(range, !!node.recoveredNode),
    };
  }

  groupMember(ctx: C.GroupMemberCstChildren, node: CstNode): IpLiteral | Ident {
    const range = this.nodeRange(node);
    if (ctx.IpLit?.[0]) return this.ip(ctx.IpLit[0], range);
    return this.ident(ctx.Identifier?.[0], range);
  }

  identityDecl(ctx: C.IdentityDeclCstChildren, node: CstNode): IdentityDecl {
    const range = this.nodeRange(node);
    const name = this.ident(ctx.name?.[0], range);
    const kindTok = ctx.KwJwt?.[0] ?? ctx.KwOauth?.[0] ?? ctx.KwOidc?.[0];
    const method: 'jwt' | 'oauth' | 'oidc' = ctx.KwOauth ? 'oauth' : ctx.KwOidc ? 'oidc' : 'jwt';
    const methodStart = isReal(kindTok) ? kindTok.startOffset : range.end.offset;
    const methodRange = this.lines.range(methodStart, range.end.offset);
    const allowed = IDENTITY_OPTIONS[method];

    let issuer: StringLiteral | undefined;
    let jwks: StringLiteral | undefined;
    let header: StringLiteral | undefined;
    let prefix: StringLiteral | undefined;
    let clientId: SecretValue | undefined;
    let clientSecret: SecretValue | undefined;
    const audiences: StringLiteral[] = [];
    const algorithms: Ident[] = [];
    const allowDomains: StringLiteral[] = [];
    const allowEmails: StringLiteral[] = [];
    const scopes: StringLiteral[] = [];
    let incomplete = !!node.recoveredNode || !isReal(kindTok) || !!name.recovered;

    const single = <V>(kw: IToken, current: V | undefined, value: V): V => {
      if (current !== undefined) this.report(DslMessages.duplicateOption, this.tokRange(kw, range), [kw.image, 'identity']);
      return value;
    };

    for (const opt of ctx.identityOption ?? []) {
      const o = opt.children;
      const or = this.nodeRange(opt, range);
      if (opt.recoveredNode) incomplete = true;
      if (o.unknownIdentityOption?.[0]) {
        incomplete = true;
        this.unknownOption(o.unknownIdentityOption[0].children.Identifier?.[0], `${method} identity`, allowed);
        continue;
      }
      const kw =
        o.KwIssuer?.[0] ??
        o.KwAudience?.[0] ??
        o.KwJwks?.[0] ??
        o.KwHeader?.[0] ??
        o.KwPrefix?.[0] ??
        o.KwAlgorithms?.[0] ??
        o.KwAllowDomain?.[0] ??
        o.KwAllowEmail?.[0] ??
        o.KwClientId?.[0] ??
        o.KwClientSecret?.[0] ??
        o.KwScopes?.[0];
      if (!kw) continue;
      if (!allowed.includes(kw.image)) {
        this.report(DslMessages.optionNotForMethod, this.tokRange(kw, or), [kw.image, method]);
        continue;
      }
      const value = (): StringLiteral => this.stringishNode(o.values?.[0], or);
      const list = (): StringLiteral[] => this.stringListNode(o.list?.[0], or);
      switch (kw.image) {
        case 'issuer':
          issuer = single(kw, issuer, value());
          break;
        case 'jwks':
          jwks = single(kw, jwks, value());
          break;
        case 'header':
          header = single(kw, header, value());
          break;
        case 'prefix':
          prefix = single(kw, prefix, value());
          if (!header) this.report(DslMessages.prefixWithoutHeader, this.tokRange(kw, or), []);
          break;
        case 'audience':
          audiences.push(...list());
          break;
        case 'allow-domain':
          allowDomains.push(...list());
          break;
        case 'allow-email':
          allowEmails.push(...list());
          break;
        case 'scopes':
          scopes.push(...list());
          break;
        case 'algorithms':
          for (const t of o.names ?? []) algorithms.push(this.ident(t, or));
          break;
        case 'client-id':
          clientId = single(kw, clientId, this.secretValueNode(o.secret?.[0], or));
          break;
        case 'client-secret':
          clientSecret = single(kw, clientSecret, this.secretValueNode(o.secret?.[0], or));
          break;
        default:
          break;
      }
    }

    const requireOpt = (present: boolean, opt: string): void => {
      if (!present && !incomplete) this.report(DslMessages.missingOption, name.range, [method, name.name, opt]);
    };

    let m: JwtMethod | OAuthMethod | OidcMethod;
    const mb = this.base(methodRange, incomplete);
    if (method === 'jwt') {
      requireOpt(issuer !== undefined, 'issuer');
      requireOpt(audiences.length > 0, 'audience');
      requireOpt(jwks !== undefined, 'jwks');
      m = { kind: 'Jwt', issuer, audiences, jwks, header, prefix, algorithms, ...mb };
    } else if (method === 'oauth') {
      const provider = this.ident(ctx.provider?.[0], methodRange);
      if (isReal(ctx.provider?.[0]) && !(OAUTH_PROVIDERS as readonly string[]).includes(provider.name)) {
        const s = suggest(provider.name, OAUTH_PROVIDERS);
        this.report(
          DslMessages.unknownProvider,
          provider.range,
          [provider.name, joinOr(OAUTH_PROVIDERS)],
          s ? `Did you mean '${s}'?` : undefined,
        );
      }
      m = { kind: 'OAuth', provider, allowDomains, allowEmails, clientId, clientSecret, scopes, ...mb };
    } else {
      requireOpt(issuer !== undefined, 'issuer');
      requireOpt(clientId !== undefined, 'client-id');
      requireOpt(clientSecret !== undefined, 'client-secret');
      m = { kind: 'Oidc', issuer, clientId, clientSecret, scopes, allowDomains, allowEmails, ...mb };
    }
    return { kind: 'Identity', name, method: m, ...this.base(range, incomplete) };
  }

  identityOption(): void {
    /* handled in identityDecl */
  }
  unknownIdentityOption(): void {
    /* handled in identityDecl */
  }

  caDecl(ctx: C.CaDeclCstChildren, node: CstNode): CaDecl {
    const range = this.nodeRange(node);
    let source: CaDecl['source'];
    if (ctx.fileRef?.[0]) source = this.fileRefNode(ctx.fileRef[0], range);
    else if (ctx.secretRef?.[0]) source = this.secretRefNode(ctx.secretRef[0], range);
    else source = this.string(ctx.StringLit?.[0], range);
    return { kind: 'Ca', name: this.ident(ctx.Identifier?.[0], range), source, ...this.base(range, !!node.recoveredNode) };
  }

  defaultsBlock(ctx: C.DefaultsBlockCstChildren, node: CstNode): DefaultsBlock {
    const range = this.nodeRange(node);
    const body = this.exposureBody(ctx.exposureBody?.[0]?.children ?? {}, ctx.exposureBody?.[0]);
    return { kind: 'Defaults', body, ...this.base(range, !!node.recoveredNode) };
  }

  templateDecl(ctx: C.TemplateDeclCstChildren, node: CstNode): TemplateDecl {
    const range = this.nodeRange(node);
    const params: Ident[] = [];
    const seen = new Set<string>();
    for (const p of ctx.params ?? []) {
      const id = this.ident(p, range);
      if (isReal(p) && seen.has(id.name)) this.report(DslMessages.duplicateParameter, id.range, [id.name]);
      seen.add(id.name);
      params.push(id);
    }
    const block = ctx.siteBlock?.[0];
    return {
      kind: 'Template',
      name: this.ident(ctx.name?.[0], range),
      params,
      body: block ? this.siteBlock(block.children, block) : [],
      ...this.base(range, !!node.recoveredNode || !block),
    };
  }

  siteDecl(ctx: C.SiteDeclCstChildren, node: CstNode): SiteDecl {
    const range = this.nodeRange(node);
    const call = ctx.templateCall?.[0];
    const block = ctx.siteBlock?.[0];
    return {
      kind: 'Site',
      name: this.ident(ctx.Identifier?.[0], range),
      instance: call ? this.templateCall(call.children, call) : undefined,
      body: block ? this.siteBlock(block.children, block) : [],
      ...this.base(range, !!node.recoveredNode || (!call && !block)),
    };
  }

  siteBlock(ctx: C.SiteBlockCstChildren, _node: CstNode): SiteStatement[] {
    const body = ctx.siteBody?.[0];
    return body ? this.siteBody(body.children, body) : [];
  }

  templateCall(ctx: C.TemplateCallCstChildren, node: CstNode): TemplateCall {
    const range = this.nodeRange(node);
    const args: TemplateArg[] = [];
    const seen = new Set<string>();
    for (const a of ctx.templateArg ?? []) {
      const arg = this.templateArg(a.children, a);
      if (!arg.name.recovered && seen.has(arg.name.name)) this.report(DslMessages.duplicateArgument, arg.name.range, [arg.name.name]);
      seen.add(arg.name.name);
      args.push(arg);
    }
    return { kind: 'TemplateCall', template: this.ident(ctx.Identifier?.[0], range), args, ...this.base(range, !!node.recoveredNode) };
  }

  templateArg(ctx: C.TemplateArgCstChildren, node: CstNode): TemplateArg {
    const range = this.nodeRange(node);
    return {
      kind: 'Arg',
      name: this.ident(ctx.Identifier?.[0], range),
      value: this.stringishNode(ctx.stringish?.[0], range),
      ...this.base(range, !!node.recoveredNode),
    };
  }

  sitesFrom(ctx: C.SitesFromCstChildren, node: CstNode): SitesFrom {
    const range = this.nodeRange(node);
    return {
      kind: 'SitesFrom',
      path: this.string(ctx.StringLit?.[0], range),
      template: this.ident(ctx.Identifier?.[0], range),
      ...this.base(range, !!node.recoveredNode),
    };
  }

  unknownTopStatement(): void {
    /* handled by the enclosing list */
  }

  // -------------------------------------------------------------------------------------------
  // Site bodies
  // -------------------------------------------------------------------------------------------

  siteBody(ctx: C.SiteBodyCstChildren, _node: CstNode): SiteStatement[] {
    const out: SiteStatement[] = [];
    for (const { key, item } of this.ordered(ctx as never)) {
      const n = item as CstNode;
      switch (key) {
        case 'agentStatement':
          out.push(this.agentStatement((n as C.AgentStatementCstNode).children, n));
          break;
        case 'serviceDecl':
          out.push(this.serviceDecl((n as C.ServiceDeclCstNode).children, n));
          break;
        case 'exposeDecl':
          out.push(this.exposeDecl((n as C.ExposeDeclCstNode).children, n));
          break;
        case 'defaultsBlock':
          out.push(this.defaultsBlock((n as C.DefaultsBlockCstNode).children, n));
          break;
        case 'testBlock':
          out.push(this.testBlock((n as C.TestBlockCstNode).children, n));
          break;
        case 'unknownSiteStatement':
          this.unknownStatement(n, 'site');
          break;
        default:
          break;
      }
    }
    return out;
  }

  unknownSiteStatement(): void {
    /* handled by the enclosing list */
  }

  agentStatement(ctx: C.AgentStatementCstChildren, node: CstNode): AgentStatement {
    const range = this.nodeRange(node);
    const bind: StringLiteral[] = [];
    let connectUrl: StringLiteral | undefined;
    let region: Ident | undefined;
    let failover = false;
    let recovered = !!node.recoveredNode;
    const dup = (kw: IToken): void =>
      this.report(DslMessages.duplicateOption, this.tokRange(kw, range), [kw.image, 'agent statement']);
    for (const s of ctx.agentSetting ?? []) {
      const c = s.children;
      const sr = this.nodeRange(s, range);
      if (s.recoveredNode) recovered = true;
      if (c.unknownAgentSetting?.[0]) {
        recovered = true;
        this.unknownOption(c.unknownAgentSetting[0].children.Identifier?.[0], 'agent', AGENT_SETTINGS);
      } else if (c.KwBind?.[0]) {
        bind.push(...this.stringListNode(c.stringList?.[0], sr));
      } else if (c.KwConnectUrl?.[0]) {
        if (connectUrl) dup(c.KwConnectUrl[0]);
        connectUrl = this.stringishNode(c.stringish?.[0], sr);
      } else if (c.KwRegion?.[0]) {
        if (region) dup(c.KwRegion[0]);
        region = this.ident(c.Identifier?.[0], sr);
        if (!region.recovered && !(REGIONS as readonly string[]).includes(region.name)) {
          const sug = suggest(region.name, REGIONS);
          this.report(DslMessages.unknownRegion, region.range, [region.name, joinOr(REGIONS)], sug ? `Did you mean '${sug}'?` : undefined);
        }
      } else if (c.KwFailover?.[0]) {
        if (failover) dup(c.KwFailover[0]);
        failover = true;
      }
    }
    return { kind: 'Agent', bind, connectUrl, region, failover, ...this.base(range, recovered) };
  }

  agentSetting(): void {
    /* handled in agentStatement */
  }
  unknownAgentSetting(): void {
    /* handled in agentStatement */
  }

  serviceDecl(ctx: C.ServiceDeclCstChildren, node: CstNode): ServiceDecl {
    const range = this.nodeRange(node);
    const upstream = this.urlishNode(ctx.urlish?.[0], range);
    if (!upstream.recovered) this.schemeCheck(upstream, SERVICE_SCHEMES, 'a service');
    return {
      kind: 'Service',
      name: this.ident(ctx.Identifier?.[0], range),
      upstream,
      onDemand: !!ctx.KwOnDemand?.length,
      ...this.base(range, !!node.recoveredNode),
    };
  }

  exposeDecl(ctx: C.ExposeDeclCstChildren, node: CstNode): ExposeDecl {
    const range = this.nodeRange(node);
    const url = this.urlishNode(ctx.urlish?.[0], range);
    if (!url.recovered) this.schemeCheck(url, EXPOSE_SCHEMES, 'an exposure');
    const bodyNode = ctx.exposureBody?.[0];
    let body = bodyNode ? this.exposureBody(bodyNode.children, bodyNode) : [];
    const unopened = ctx.unopenedBody?.[0];
    if (unopened && !bodyNode) {
      // The body without its `{` (see the grammar): one diagnostic at its first statement.
      const at = unopened.location?.startOffset;
      const first = at === undefined ? undefined : this.tokens.find((t) => t.startOffset === at);
      if (first) {
        this.report(DslMessages.expected, this.tokRange(first, range), ["'{'", describePrevious(this.tokenBefore(at!)), describeActual(first)], "An exposure's statements go inside '{ … }' after its URL.");
      }
      const rest = unopened.children.exposureBody?.[0];
      // Its first statement has the same labels as a body's statements.
      body = [...this.exposureBody(unopened.children as unknown as C.ExposureBodyCstChildren, unopened), ...(rest ? this.exposureBody(rest.children, rest) : [])];
    }
    return {
      kind: 'Expose',
      service: this.ident(ctx.Identifier?.[0], range),
      url,
      path: ctx.KwPath ? this.pathishNode(ctx.pathish?.[0], range) : undefined,
      body,
      ...this.base(range, !!node.recoveredNode),
    };
  }

  // -------------------------------------------------------------------------------------------
  // Exposure bodies
  // -------------------------------------------------------------------------------------------

  exposureBody(ctx: C.ExposureBodyCstChildren, _node: CstNode | undefined): ExposureStatement[] {
    const out: ExposureStatement[] = [];
    for (const { key, item } of this.ordered(ctx as never)) {
      const n = item as CstNode;
      switch (key) {
        case 'allowStatement':
          out.push(this.allowStatement((n as C.AllowStatementCstNode).children, n));
          break;
        case 'denyStatement':
          out.push(this.denyStatement((n as C.DenyStatementCstNode).children, n));
          break;
        case 'tlsMinStatement':
          out.push(this.tlsMinStatement((n as C.TlsMinStatementCstNode).children, n));
          break;
        case 'mtlsStatement':
          out.push(this.mtlsStatement((n as C.MtlsStatementCstNode).children, n));
          break;
        case 'actionStatement':
          out.push(this.actionStatement((n as C.ActionStatementCstNode).children, n));
          break;
        case 'unknownExposureStatement':
          this.unknownStatement(n, 'exposure');
          break;
        default:
          break;
      }
    }
    return out;
  }

  unknownExposureStatement(): void {
    /* handled by the enclosing list */
  }

  unopenedBody(): void {
    /* handled by exposeDecl */
  }

  allowStatement(ctx: C.AllowStatementCstChildren, node: CstNode): AllowStatement {
    const range = this.nodeRange(node);
    const names = (ctx.Identifier ?? []).map((t) => this.ident(t, range));
    return { kind: 'Allow', names, ...this.base(range, !!node.recoveredNode || names.length === 0) };
  }

  denyStatement(ctx: C.DenyStatementCstChildren, node: CstNode): DenyStatement {
    const range = this.nodeRange(node);
    const names = (ctx.Identifier ?? []).map((t) => this.ident(t, range));
    return { kind: 'Deny', names, ...this.base(range, !!node.recoveredNode || names.length === 0) };
  }

  tlsMinStatement(ctx: C.TlsMinStatementCstChildren, node: CstNode): TlsMinStatement {
    const range = this.nodeRange(node);
    const version = this.version(ctx.versionValue?.[0], range, true);
    return { kind: 'TlsMin', version, ...this.base(range, !!node.recoveredNode || !!version.recovered) };
  }

  mtlsStatement(ctx: C.MtlsStatementCstChildren, node: CstNode): MtlsStatement {
    const range = this.nodeRange(node);
    const cas = (ctx.caSource ?? []).map((c) => this.caSource(c.children, c));
    return { kind: 'Mtls', cas, ...this.base(range, !!node.recoveredNode) };
  }

  caSource(ctx: C.CaSourceCstChildren, node: CstNode): CaSource {
    const range = this.nodeRange(node);
    if (ctx.fileRef?.[0]) return this.fileRefNode(ctx.fileRef[0], range);
    if (ctx.secretRef?.[0]) return this.secretRefNode(ctx.secretRef[0], range);
    if (ctx.StringLit?.[0]) return this.string(ctx.StringLit[0], range);
    return this.ident(ctx.Identifier?.[0], range);
  }

  actionStatement(ctx: C.ActionStatementCstChildren, node: CstNode): ActionStatement {
    const range = this.nodeRange(node);
    const pointName = this.ident(ctx.Identifier?.[0], range);
    let point: ActionPoint = 'before-forward';
    let bad = pointName.recovered === true;
    if (!pointName.recovered) {
      if ((ACTION_POINTS as readonly string[]).includes(pointName.name)) point = pointName.name as ActionPoint;
      else {
        bad = true;
        const s = suggest(pointName.name, ACTION_POINTS);
        this.report(DslMessages.unknownActionPoint, pointName.range, [pointName.name], s ? `Did you mean '${s}'?` : undefined);
      }
    }
    const when = ctx.KwWhen?.[0] ? this.string(ctx.StringLit?.[0], this.tokRange(ctx.KwWhen[0], range)) : undefined;
    if (when?.recovered) bad = true;
    const action = this.objectNode(ctx.objectLiteral?.[0], range);
    return { kind: 'Action', point, pointName, ...(when ? { when } : {}), action, ...this.base(range, !!node.recoveredNode || bad) };
  }

  // -------------------------------------------------------------------------------------------
  // Tests
  // -------------------------------------------------------------------------------------------

  testBlock(ctx: C.TestBlockCstChildren, node: CstNode): TestBlock {
    const range = this.nodeRange(node);
    const cases: Expectation[] = [];
    const body = ctx.testBody?.[0];
    if (body) {
      for (const { key, item } of this.ordered(body.children as never)) {
        const n = item as CstNode;
        if (key === 'expectation') cases.push(this.expectation((n as C.ExpectationCstNode).children, n));
        else if (key === 'unknownTestStatement') this.unknownStatement(n, 'test');
      }
    }
    return { kind: 'Test', cases, ...this.base(range, !!node.recoveredNode) };
  }

  testBody(): void {
    /* handled in testBlock */
  }
  unknownTestStatement(): void {
    /* handled in testBlock */
  }

  expectation(ctx: C.ExpectationCstChildren, node: CstNode): Expectation {
    const range = this.nodeRange(node);
    const from: Subject[] = [];
    let cert: CertSpec | undefined;
    let tls: TlsVersion | undefined;
    let method: Ident | undefined;
    let path: PathLiteral | undefined;
    const headers: HeaderPair[] = [];
    const query: HeaderPair[] = [];
    const dup = (kw: IToken | undefined, fallback: Range): void => {
      if (isReal(kw)) this.report(DslMessages.duplicateClause, this.tokRange(kw, fallback), [kw.image]);
    };
    for (const rc of ctx.requestClause ?? []) {
      const c = rc.children;
      const cr = this.nodeRange(rc, range);
      if (c.fromClause?.[0]) {
        for (const s of c.fromClause[0].children.subject ?? []) from.push(this.subject(s.children, s));
      } else if (c.certClause?.[0]) {
        if (cert) dup(c.certClause[0].children.KwCert?.[0], cr);
        cert = this.certClause(c.certClause[0].children, c.certClause[0]);
      } else if (c.KwTls?.[0]) {
        if (tls) dup(c.KwTls[0], cr);
        tls = this.version(c.versionValue?.[0], cr, false);
      } else if (c.KwMethod?.[0]) {
        if (method) dup(c.KwMethod[0], cr);
        method = this.ident(c.Identifier?.[0], cr);
      } else if (c.KwPath?.[0]) {
        if (path) dup(c.KwPath[0], cr);
        path = this.pathishNode(c.pathish?.[0], cr);
      } else if (c.KwHeader?.[0] || c.KwQuery?.[0]) {
        const pair: HeaderPair = {
          kind: 'Pair',
          name: this.stringishNode(c.pair?.[0], cr),
          value: this.stringishNode(c.pair?.[1], cr),
          ...this.base(cr, !!rc.recoveredNode),
        };
        (c.KwHeader ? headers : query).push(pair);
      }
    }
    const tnode = ctx.target?.[0];
    const onode = ctx.outcome?.[0];
    return {
      kind: 'Expectation',
      from,
      cert,
      tls,
      target: this.target(tnode?.children ?? {}, tnode, range),
      method,
      path,
      headers,
      query,
      expect: this.outcome(onode?.children ?? {}, onode, range),
      ...this.base(range, !!node.recoveredNode),
    };
  }

  requestClause(): void {
    /* handled in expectation */
  }
  fromClause(): void {
    /* handled in expectation */
  }

  subject(ctx: C.SubjectCstChildren, node: CstNode): Subject {
    const range = this.nodeRange(node);
    const rec = !!node.recoveredNode;
    if (ctx.KwIp?.[0]) return { kind: 'FromIp', address: this.ip(ctx.IpLit?.[0], range), ...this.base(range, rec) };
    if (ctx.KwAnonymous?.[0]) return { kind: 'Anonymous', ...this.base(range) };
    const j = ctx.jwtSubject?.[0];
    if (j) {
      const c = j.children;
      const jr = this.nodeRange(j, range);
      let claims: ObjectLiteral | undefined;
      let status: CredentialStatus = 'valid';
      let statusTok: IToken | undefined;
      const mods = this.ordered({ KwClaims: c.KwClaims, KwExpired: c.KwExpired, KwInvalid: c.KwInvalid } as never);
      let ci = 0;
      for (const { key, item } of mods) {
        const tok = item as IToken;
        if (key === 'KwClaims') {
          if (claims) this.report(DslMessages.duplicateClause, this.tokRange(tok, jr), ['claims']);
          claims = this.objectNode(c.objectLiteral?.[ci++], jr);
        } else {
          const s: CredentialStatus = key === 'KwExpired' ? 'expired' : 'invalid';
          if (statusTok) this.report(DslMessages.conflictingStatus, this.tokRange(tok, jr), [tok.image, statusTok.image]);
          else {
            status = s;
            statusTok = tok;
          }
        }
      }
      return {
        kind: 'FromIdentity',
        method: 'jwt',
        identity: this.ident(c.Identifier?.[0], jr),
        email: undefined,
        claims,
        status,
        ...this.base(jr, !!j.recoveredNode),
      };
    }
    const l = ctx.loginSubject?.[0];
    if (l) {
      const c = l.children;
      const lr = this.nodeRange(l, range);
      return {
        kind: 'FromIdentity',
        method: c.KwOidc ? 'oidc' : 'oauth',
        identity: this.ident(c.Identifier?.[0], lr),
        email: c.KwEmail ? this.stringishNode(c.stringish?.[0], lr) : undefined,
        claims: undefined,
        status: 'valid',
        ...this.base(lr, !!l.recoveredNode),
      };
    }
    return { kind: 'FromName', name: this.ident(ctx.Identifier?.[0], range), ...this.base(range, rec || !ctx.Identifier) };
  }

  jwtSubject(): void {
    /* handled in subject */
  }
  loginSubject(): void {
    /* handled in subject */
  }

  certClause(ctx: C.CertClauseCstChildren, node: CstNode): CertSpec {
    const range = this.nodeRange(node);
    const ca = ctx.fileRef?.[0] ? this.fileRefNode(ctx.fileRef[0], range) : this.ident(ctx.Identifier?.[0], range);
    const status: CredentialStatus = ctx.KwExpired ? 'expired' : ctx.KwInvalid ? 'invalid' : 'valid';
    return { kind: 'Cert', ca, status, ...this.base(range, !!node.recoveredNode) };
  }

  target(ctx: C.TargetCstChildren, node: CstNode | undefined, fallback?: Range): Target {
    const range = this.nodeRange(node, fallback);
    if (ctx.UrlLit?.[0]) {
      return { kind: 'UrlTarget', url: this.url(ctx.UrlLit[0], false, range), ...this.base(range) };
    }
    const ids = ctx.Identifier ?? [];
    const rec = !node || !!node.recoveredNode || ids.length === 0;
    if (ctx.Dot?.length) {
      return {
        kind: 'ServiceTarget',
        site: this.ident(ids[0], range),
        service: this.ident(ids[1], range),
        ...this.base(range, rec || ids.length < 2),
      };
    }
    return { kind: 'ServiceTarget', site: undefined, service: this.ident(ids[0], range), ...this.base(range, rec) };
  }

  outcome(ctx: C.OutcomeCstChildren, node: CstNode | undefined, fallback?: Range): Outcome {
    const range = this.nodeRange(node, fallback);
    const word = ctx.KwAllow?.[0] ?? ctx.KwDeny?.[0] ?? ctx.KwLogin?.[0];
    const result: Outcome['result'] = ctx.KwDeny ? 'deny' : ctx.KwLogin ? 'login' : 'allow';
    let status: NumberLiteral | undefined;
    const st = ctx.NumberLit?.[0];
    if (isReal(st)) {
      status = this.number(st, range);
      if (result !== 'deny') {
        this.report(DslMessages.statusOnlyAfterDeny, status.range, [result]);
      } else if (!/^\d+$/.test(st.image)) {
        this.report(DslMessages.statusNotInteger, status.range, [st.image]);
      } else if (status.value < 100 || status.value > 599) {
        this.report(DslMessages.statusOutOfRange, status.range, [st.image]);
      }
    }
    return { kind: 'Outcome', result, status, ...this.base(range, !node || !!node.recoveredNode || !isReal(word)) };
  }

  // Value rules (called through the typed helpers above).
  stringish(): void {}
  stringList(): void {}
  urlish(): void {}
  pathish(): void {}
  versionValue(): void {}
  secretValue(): void {}
  envRef(): void {}
  secretRef(): void {}
  fileRef(): void {}
  objectLiteral(): void {}
  objectEntry(): void {}
  arrayLiteral(): void {}
  jsonValue(): void {}
  skipItem(): void {}
  skipBraces(): void {}
}

/** True when a quoted token ends with an unescaped closing quote. */
function isClosed(img: string, quote: string): boolean {
  if (img.length < 2 || !img.endsWith(quote)) return false;
  let backslashes = 0;
  for (let i = img.length - 2; i >= 1 && img[i] === '\\'; i--) backslashes++;
  return backslashes % 2 === 0;
}

// ---------------------------------------------------------------------------------------------
// IP syntax
// ---------------------------------------------------------------------------------------------

/** Dotted-quad IPv4, each part 0–255 without leading zeros. */
export function isIpv4(s: string): boolean {
  const parts = s.split('.');
  if (parts.length !== 4) return false;
  return parts.every((p) => /^(0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

/** IPv6 text form (RFC 4291 §2.2), including `::` and an embedded IPv4 tail. */
export function isIpv6(s: string): boolean {
  if (s.length === 0) return false;
  const dbl = s.split('::');
  if (dbl.length > 2) return false;
  const groups = (part: string): string[] | undefined => (part === '' ? [] : part.split(':'));
  const head = groups(dbl[0]!);
  const tail = dbl.length === 2 ? groups(dbl[1]!) : [];
  if (!head || !tail) return false;
  const all = [...head, ...tail];
  let count = 0;
  for (let i = 0; i < all.length; i++) {
    const g = all[i]!;
    if (i === all.length - 1 && g.includes('.')) {
      if (!isIpv4(g)) return false;
      count += 2;
    } else if (/^[0-9A-Fa-f]{1,4}$/.test(g)) count += 1;
    else return false;
  }
  return dbl.length === 2 ? count < 8 : count === 8;
}
