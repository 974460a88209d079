/**
 * The canonical `.tpc` formatter: AST → text. Pure; needs no source text because comments and
 * positions are in the AST.
 *
 * Layout: two-space indents; one statement or expectation per line; blocks always open on their
 * statement's line and close on their own line; options and clauses in a fixed order; at most one
 * blank line kept where the source had one or more; an identity or action too long for 100 columns
 * is broken over several lines. Comments stay where they were: own-line comments before the next
 * statement, end-of-line comments at the end of the line; a comment inside a statement that is printed
 * on one line moves just above it. `print(parse(print(x))) === print(x)`.
 */

import type {
  ActionStatement,
  AgentStatement,
  CaSource,
  Comment,
  Expectation,
  ExposureStatement,
  IdentityDecl,
  JsonValue,
  NodeBase,
  ObjectLiteral,
  PathLiteral,
  Program,
  SecretValue,
  SiteStatement,
  StringLiteral,
  Subject,
  Target,
  TemplatePart,
  TopLevelStatement,
  UrlLiteral,
  FileRef,
  SecretRef,
  EnvRef,
  Ident,
} from './ast.js';
import * as T from './tokens.js';

const WIDTH = 100;
const INDENT = '  ';
const NAME_RE = /^[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*$/;
const INTERP_IN_TEXT = /\$\{[A-Za-z_][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)*\}/;

// ---------------------------------------------------------------------------------------------
// Values
// ---------------------------------------------------------------------------------------------

function escapeText(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = c.charCodeAt(0);
    if (c === '\\') out += '\\\\';
    else if (c === '"') out += '\\"';
    else if (c === '\n') out += '\\n';
    else if (c === '\r') out += '\\r';
    else if (c === '\t') out += '\\t';
    else if (c === '$' && s[i + 1] === '{') out += '\\$';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029 || code === 0x85) {
      out += '\\u' + code.toString(16).padStart(4, '0');
    } else out += c;
  }
  return out;
}

function quoteParts(parts: readonly TemplatePart[]): string {
  return '"' + parts.map((p) => (p.kind === 'Text' ? escapeText(p.value) : '${' + p.name + '}')).join('') + '"';
}

/** A string literal, quoted. */
export function printString(s: StringLiteral): string {
  return quoteParts(s.parts);
}

/** True when `text` lexes as exactly one token of `type`. */
function lexesAs(text: string, type: typeof T.UrlLit): boolean {
  if (text === '') return false;
  const r = T.tpcLexer.tokenize(text);
  return r.errors.length === 0 && r.tokens.length === 1 && r.tokens[0]!.tokenType === type && r.tokens[0]!.image === text;
}

function bareOrQuoted(parts: readonly TemplatePart[], type: typeof T.UrlLit): string {
  if (parts.every((p) => p.kind === 'Interpolation' || !INTERP_IN_TEXT.test(p.value))) {
    const raw = parts.map((p) => (p.kind === 'Text' ? p.value : '${' + p.name + '}')).join('');
    if (lexesAs(raw, type)) return raw;
  }
  return quoteParts(parts);
}

/** A URL: bare when it reads back as the same URL, quoted otherwise. */
export function printUrl(u: UrlLiteral): string {
  return bareOrQuoted(u.parts, T.UrlLit);
}

export function printPath(p: PathLiteral): string {
  return bareOrQuoted(p.parts, T.PathLit);
}

/** A string that may be written as a bare URL (issuer, jwks, bind …): always quoted, canonically. */
const str = printString;

function printFile(f: FileRef): string {
  return `file(${str(f.path)})`;
}
function printSecret(s: SecretRef): string {
  return `secret(${str(s.vault)}, ${str(s.name)})`;
}
function printEnv(e: EnvRef): string {
  return `env(${str(e.name)})`;
}

function printSecretValue(v: SecretValue): string {
  switch (v.kind) {
    case 'Env':
      return printEnv(v);
    case 'Secret':
      return printSecret(v);
    default:
      return str(v);
  }
}

function printCaSource(c: CaSource): string {
  switch (c.kind) {
    case 'Ident':
      return c.name;
    case 'File':
      return printFile(c);
    case 'Secret':
      return printSecret(c);
    default:
      return str(c);
  }
}

function printKey(k: string): string {
  return NAME_RE.test(k) ? k : quoteParts([{ kind: 'Text', value: k } as TemplatePart]);
}

/** A JSON-like value on one line. */
export function printValueInline(v: JsonValue): string {
  switch (v.kind) {
    case 'String':
      return str(v);
    case 'Number':
      return v.raw;
    case 'Boolean':
      return v.value ? 'true' : 'false';
    case 'Null':
      return 'null';
    case 'Array':
      return '[' + v.items.map(printValueInline).join(', ') + ']';
    case 'Object':
      return v.entries.length === 0
        ? '{}'
        : '{ ' + v.entries.map((e) => `${printKey(e.key)}: ${printValueInline(e.value)}`).join(', ') + ' }';
  }
}

/** A value starting at column `col` (0-based) with the given indent; lines after the first are indented. */
function printValue(v: JsonValue, indent: string, col: number): string[] {
  const inline = printValueInline(v);
  if (col + inline.length <= WIDTH || (v.kind !== 'Object' && v.kind !== 'Array')) return [inline];
  if (v.kind === 'Object' && v.entries.length === 0) return ['{}'];
  if (v.kind === 'Array' && v.items.length === 0) return ['[]'];
  const inner = indent + INDENT;
  const lines: string[] = [v.kind === 'Object' ? '{' : '['];
  const items: { head: string; value: JsonValue }[] =
    v.kind === 'Object'
      ? v.entries.map((e) => ({ head: `${printKey(e.key)}: `, value: e.value }))
      : v.items.map((value) => ({ head: '', value }));
  items.forEach((it, i) => {
    const sub = printValue(it.value, inner, inner.length + it.head.length);
    const comma = i < items.length - 1 ? ',' : '';
    sub[0] = inner + it.head + sub[0];
    sub[sub.length - 1] += comma;
    lines.push(...sub);
  });
  lines.push(indent + (v.kind === 'Object' ? '}' : ']'));
  return lines;
}

// ---------------------------------------------------------------------------------------------
// Statements
// ---------------------------------------------------------------------------------------------

function names(ids: readonly Ident[]): string {
  return ids.map((i) => i.name).join(', ');
}
function strs(ss: readonly StringLiteral[]): string {
  return ss.map(str).join(', ');
}

function identityParts(d: IdentityDecl): { head: string; options: string[] } {
  const m = d.method;
  const o: string[] = [];
  const head = `identity ${d.name.name} = `;
  if (m.kind === 'Jwt') {
    if (m.issuer) o.push(`issuer ${str(m.issuer)}`);
    if (m.audiences.length) o.push(`audience ${strs(m.audiences)}`);
    if (m.jwks) o.push(`jwks ${str(m.jwks)}`);
    if (m.header) o.push(`header ${str(m.header)}`);
    if (m.prefix) o.push(`prefix ${str(m.prefix)}`);
    if (m.algorithms.length) o.push(`algorithms ${names(m.algorithms)}`);
    return { head: head + 'jwt', options: o };
  }
  if (m.kind === 'OAuth') {
    if (m.allowDomains.length) o.push(`allow-domain ${strs(m.allowDomains)}`);
    if (m.allowEmails.length) o.push(`allow-email ${strs(m.allowEmails)}`);
    if (m.clientId) o.push(`client-id ${printSecretValue(m.clientId)}`);
    if (m.clientSecret) o.push(`client-secret ${printSecretValue(m.clientSecret)}`);
    if (m.scopes.length) o.push(`scopes ${strs(m.scopes)}`);
    return { head: `${head}oauth ${m.provider.name}`, options: o };
  }
  if (m.issuer) o.push(`issuer ${str(m.issuer)}`);
  if (m.clientId) o.push(`client-id ${printSecretValue(m.clientId)}`);
  if (m.clientSecret) o.push(`client-secret ${printSecretValue(m.clientSecret)}`);
  if (m.scopes.length) o.push(`scopes ${strs(m.scopes)}`);
  if (m.allowDomains.length) o.push(`allow-domain ${strs(m.allowDomains)}`);
  if (m.allowEmails.length) o.push(`allow-email ${strs(m.allowEmails)}`);
  return { head: head + 'oidc', options: o };
}

function printAgent(a: AgentStatement): string {
  const parts = ['agent'];
  if (a.bind.length) parts.push(`bind ${strs(a.bind)}`);
  if (a.connectUrl) parts.push(`connect-url ${str(a.connectUrl)}`);
  if (a.region) parts.push(`region ${a.region.name}`);
  if (a.failover) parts.push('failover');
  return parts.join(' ');
}

function printSubject(s: Subject): string {
  switch (s.kind) {
    case 'FromIp':
      return `ip ${s.address.text}`;
    case 'Anonymous':
      return 'anonymous';
    case 'FromName':
      return s.name.name;
    case 'FromIdentity': {
      let t = `${s.method} ${s.identity.name}`;
      if (s.email) t += ` email ${str(s.email)}`;
      if (s.claims) t += ` claims ${printValueInline(s.claims)}`;
      if (s.status !== 'valid') t += ` ${s.status}`;
      return t;
    }
  }
}

function printTarget(t: Target): string {
  if (t.kind === 'UrlTarget') return printUrl(t.url);
  return t.site ? `${t.site.name}.${t.service.name}` : t.service.name;
}

/** One expectation on one line, clauses in canonical order. */
export function printExpectation(e: Expectation): string {
  const p: string[] = [];
  if (e.from.length) p.push('from ' + e.from.map(printSubject).join(' '));
  if (e.cert) {
    p.push(`cert ${e.cert.ca.kind === 'File' ? printFile(e.cert.ca) : e.cert.ca.name}${e.cert.status !== 'valid' ? ' ' + e.cert.status : ''}`);
  }
  if (e.tls) p.push(`tls ${e.tls.version}`);
  p.push(`to ${printTarget(e.target)}`);
  if (e.method) p.push(`method ${e.method.name}`);
  if (e.path) p.push(`path ${printPath(e.path)}`);
  for (const h of e.headers) p.push(`header ${str(h.name)} ${str(h.value)}`);
  for (const q of e.query) p.push(`query ${str(q.name)} ${str(q.value)}`);
  p.push(`expect ${e.expect.result}${e.expect.status ? ' ' + e.expect.status.raw : ''}`);
  return p.join(' ');
}

// ---------------------------------------------------------------------------------------------
// The printer (comments and blank lines)
// ---------------------------------------------------------------------------------------------

type Item = TopLevelStatement | SiteStatement | ExposureStatement | Expectation;

class Printer {
  private readonly out: string[] = [];
  /** For lines ending in a comment: the length of the code before it (for alignment). */
  private readonly codeLen = new Map<number, number>();
  private ci = 0;
  /** Source line of the last thing printed (0 before anything). */
  private lastLine = 0;
  /** True right after a block opened: no blank line goes there. */
  private atBlockStart = true;

  constructor(private readonly comments: readonly Comment[]) {}

  private nextComment(): Comment | undefined {
    return this.comments[this.ci];
  }

  private emit(line: string, srcLine: number, blankAllowed: boolean): void {
    if (blankAllowed && !this.atBlockStart && this.lastLine > 0 && srcLine > this.lastLine + 1) this.out.push('');
    this.out.push(line);
    this.atBlockStart = false;
  }

  private emitComment(c: Comment, indent: string, blankAllowed = true): void {
    this.emit(`${indent}#${c.text}`, c.range.start.line, blankAllowed);
    this.lastLine = Math.max(this.lastLine, c.range.start.line);
  }

  /** Emits own-line comments that start before `offset`. */
  private leading(offset: number, indent: string, blankAllowed = true): void {
    for (let c = this.nextComment(); c && c.range.start.offset < offset; c = this.nextComment()) {
      this.ci++;
      this.emitComment(c, indent, blankAllowed);
    }
  }

  /** The end-of-line comment after `node` on its last line, if one is there (and before `limit`). */
  private trailing(endOffset: number, endLine: number, limit: number): string {
    const c = this.nextComment();
    if (c && c.range.start.line === endLine && c.range.start.offset >= endOffset && c.range.start.offset < limit) {
      this.ci++;
      return `  #${c.text}`;
    }
    return '';
  }

  /** Prints a list of statements at `indent`, up to `limit` (the offset of the enclosing `}`). */
  list(items: readonly Item[], indent: string, limit: number): void {
    items.forEach((item, i) => {
      const next = items[i + 1];
      const stop = next ? Math.min(next.range.start.offset, limit) : limit;
      this.item(item, indent, stop);
    });
  }

  private leaf(node: NodeBase, lines: string[], indent: string, limit: number): void {
    this.leading(node.range.start.offset, indent);
    // Comments inside a statement printed as one piece move above it.
    const firstLine = node.range.start.line;
    let blankDone = false;
    for (let c = this.nextComment(); c && c.range.start.offset < node.range.end.offset; c = this.nextComment()) {
      this.ci++;
      this.emit(`${indent}#${c.text}`, firstLine, !blankDone);
      blankDone = true;
    }
    const tail = this.trailing(node.range.end.offset, node.range.end.line, limit);
    lines.forEach((l, i) => {
      const code = (i === 0 ? indent : '') + l;
      const last = i === lines.length - 1;
      if (i === 0) this.emit(code, firstLine, !blankDone);
      else this.out.push(code);
      if (last && tail) this.addTail(tail);
    });
    this.lastLine = node.range.end.line;
  }

  private block(
    node: NodeBase,
    header: string,
    children: readonly Item[],
    indent: string,
    limit: number,
  ): void {
    this.leading(node.range.start.offset, indent);
    const closeOffset = node.range.end.offset - 1;
    const firstChild = children[0];
    const headerLimit = firstChild ? firstChild.range.start.offset : closeOffset;
    const tail = this.trailing(node.range.start.offset, node.range.start.line, headerLimit);
    const hasInnerComment = (): boolean => {
      const c = this.nextComment();
      return !!c && c.range.start.offset < closeOffset;
    };
    if (children.length === 0 && !hasInnerComment()) {
      this.emit(`${indent}${header} {}`, node.range.start.line, true);
      const t2 = tail || this.trailing(node.range.end.offset, node.range.end.line, limit);
      if (t2) this.addTail(t2);
      this.lastLine = node.range.end.line;
      return;
    }
    this.emit(`${indent}${header} {`, node.range.start.line, true);
    if (tail) this.addTail(tail);
    this.lastLine = node.range.start.line;
    this.atBlockStart = true;
    const inner = indent + INDENT;
    this.list(children, inner, closeOffset);
    this.leading(closeOffset, inner);
    this.atBlockStart = false;
    const t = this.trailing(node.range.end.offset, node.range.end.line, limit);
    this.out.push(`${indent}}`);
    if (t) this.addTail(t);
    this.lastLine = node.range.end.line;
  }

  item(s: Item, indent: string, limit: number): void {
    switch (s.kind) {
      case 'Import':
        return this.leaf(s, [`import ${str(s.path)}`], indent, limit);
      case 'Group': {
        const first = s.members[0];
        const lead = first && first.kind === 'Ip' ? 'ip ' : '';
        const members = s.members.map((m) => (m.kind === 'Ip' ? m.text : m.name)).join(', ');
        return this.leaf(s, [`group ${s.name.name} = ${lead}${members}`], indent, limit);
      }
      case 'Identity': {
        const { head, options } = identityParts(s);
        const one = [head, ...options].join(' ');
        if (indent.length + one.length <= WIDTH || options.length === 0) return this.leaf(s, [one], indent, limit);
        const cont = indent + '    ';
        return this.leaf(s, [head, ...options.map((o) => cont + o)], indent, limit);
      }
      case 'Ca': {
        const src = s.source.kind === 'File' ? printFile(s.source) : s.source.kind === 'Secret' ? printSecret(s.source) : str(s.source);
        return this.leaf(s, [`ca ${s.name.name} = ${src}`], indent, limit);
      }
      case 'Defaults':
        return this.block(s, 'defaults', s.body, indent, limit);
      case 'Template':
        return this.block(s, `template ${s.name.name}(${names(s.params)})`, s.body, indent, limit);
      case 'Site': {
        let header = `site ${s.name.name}`;
        if (s.instance) {
          const args = s.instance.args.map((a) => `${a.name.name}: ${str(a.value)}`).join(', ');
          header += ` = ${s.instance.template.name}(${args})`;
          if (s.body.length === 0) return this.leaf(s, [header], indent, limit);
        }
        return this.block(s, header, s.body, indent, limit);
      }
      case 'SitesFrom':
        return this.leaf(s, [`sites from ${str(s.path)} using ${s.template.name}`], indent, limit);
      case 'Test':
        return this.block(s, 'test', s.cases, indent, limit);
      case 'Agent':
        return this.leaf(s, [printAgent(s)], indent, limit);
      case 'Service':
        return this.leaf(s, [`service ${s.name.name} ${printUrl(s.upstream)}${s.onDemand ? ' on-demand' : ''}`], indent, limit);
      case 'Expose': {
        const header = `expose ${s.service.name} at ${printUrl(s.url)}${s.path ? ' path ' + printPath(s.path) : ''}`;
        if (s.body.length === 0) return this.leaf(s, [header], indent, limit);
        return this.block(s, header, s.body, indent, limit);
      }
      case 'Allow':
        return this.leaf(s, [`allow ${names(s.names)}`], indent, limit);
      case 'Deny':
        return this.leaf(s, [`deny ${names(s.names)}`], indent, limit);
      case 'TlsMin':
        return this.leaf(s, [`tls min ${s.version.version}`], indent, limit);
      case 'Mtls':
        return this.leaf(s, [`mtls ca ${s.cas.map(printCaSource).join(', ')}`], indent, limit);
      case 'Action':
        return this.leaf(s, printAction(s, indent), indent, limit);
      case 'Expectation':
        return this.leaf(s, [printExpectation(s)], indent, limit);
    }
  }

  /** Appends an end-of-line comment to the last line printed. */
  private addTail(tail: string): void {
    const i = this.out.length - 1;
    this.codeLen.set(i, this.out[i]!.length);
    this.out[i] += tail;
  }

  /** Aligns end-of-line comments of consecutive lines with the same indentation. */
  private align(): void {
    const indentOf = (l: string): number => l.length - l.trimStart().length;
    let i = 0;
    while (i < this.out.length) {
      if (!this.codeLen.has(i)) {
        i++;
        continue;
      }
      let j = i;
      while (this.codeLen.has(j + 1) && indentOf(this.out[j + 1]!) === indentOf(this.out[i]!)) j++;
      if (j > i) {
        let col = 0;
        for (let k = i; k <= j; k++) col = Math.max(col, this.codeLen.get(k)!);
        for (let k = i; k <= j; k++) {
          const n = this.codeLen.get(k)!;
          const line = this.out[k]!;
          this.out[k] = line.slice(0, n) + ' '.repeat(col - n) + line.slice(n);
        }
      }
      i = j + 1;
    }
  }

  finish(endOffset: number): string {
    this.leading(endOffset + 1, '');
    this.align();
    while (this.out.length > 0 && this.out[this.out.length - 1] === '') this.out.pop();
    return this.out.length === 0 ? '' : this.out.join('\n') + '\n';
  }
}

function printAction(a: ActionStatement, indent: string): string[] {
  const head = `action ${a.pointName.name || a.point} ${a.when ? `when ${str(a.when)} ` : ''}`;
  return printValue(a.action as ObjectLiteral, indent, indent.length + head.length).map((l, i) => (i === 0 ? head + l : l));
}

/** Prints a program canonically (see the module comment). */
export function printProgram(p: Program): string {
  const comments = [...p.comments].sort((a, b) => a.range.start.offset - b.range.start.offset);
  const printer = new Printer(comments);
  printer.list(p.statements, '', Number.MAX_SAFE_INTEGER);
  return printer.finish(p.range.end.offset);
}
