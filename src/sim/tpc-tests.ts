/**
 * The `test` blocks of a `.tpc` program as runnable cases against its compiled artifacts.
 *
 * A test block at top level runs once; inside a template it runs for every site made from the
 * template (`site x = t(…)` and `sites from "…" using t`); inside a site's own braces, for that
 * site. Each expectation becomes one request:
 * - `from ip A` sends from A; `from GROUP` from an address inside the group (its first range);
 *   without any address, from an address in no group of the program (tpc shows which);
 * - `from jwt ID` presents a JWT valid for the identity (its issuer and first audience, from its
 *   header with its prefix), `claims {…}` adding or replacing claims, `expired`/`invalid` spoiling
 *   it; `from oauth ID` / `from oidc ID` holds a login session at the identity's provider/issuer
 *   for `email`, or else for an address the identity allows; `from ID` is the valid credential;
 * - `cert CA` presents a valid certificate issued by the CA (a `ca` declaration, a CA file, or
 *   the file stem of a CA file used by `mtls`); `tls V` speaks only TLS V (default 1.3);
 * - `to SITE.SERVICE` goes to the service's first public exposure (at its path prefix unless
 *   `path` is given) and `expect allow` means reaching that service's internal endpoint;
 *   `to URL` goes to that URL.
 */

import { basename, extname } from 'node:path';
import * as ipaddrNamespace from 'ipaddr.js';
import { createDiagnostic, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import { formatMessage, type MessageTemplate } from '../diagnostics/messages.js';
import { compile } from '../compiler/compile.js';
import { Context } from '../compiler/context.js';
import type { SiteIR } from '../compiler/ir.js';
import { loadProgram, type LoadedStatement } from '../compiler/load.js';
import { pemCertificates, resolveProgram } from '../compiler/resolve.js';
import { readSitesFile, sitesFormat } from '../compiler/sites-file.js';
import type { CompileOptions, CompileResult } from '../compiler/types.js';
import type { CaDecl, Expectation, FileRef, GroupDecl, IdentityDecl, JsonValue, MtlsStatement, ObjectLiteral, StringLiteral, TestBlock } from '../dsl/ast.js';
import { inCidrRange, parseCidr } from '../ngrok/cel/index.js';
import { SimMessages as M } from './messages.js';
import type { TestCase } from './runner.js';
import type { SimRequest, World } from './types.js';
import { worldFromCompile } from './world.js';

const ipaddr = (ipaddrNamespace as unknown as { default?: typeof ipaddrNamespace }).default ?? ipaddrNamespace;

/** The tests of a program, ready to run. */
export interface TpcTestSuite {
  /** Compile diagnostics, then problems of the tests that are not tied to one case. */
  diagnostics: Diagnostic[];
  /** False when the program does not compile (no cases then). */
  compiled: boolean;
  cases: TestCase[];
  /** The compiled fleet as a simulation world. */
  world: World;
  compileResult: CompileResult;
  /** The resolved sites (for the access matrix). */
  sites: SiteIR[];
  /** Everything about the program's names the tests and the matrix use. */
  names: ProgramNames;
}

/** Names of the program, for building requests. */
export interface ProgramNames {
  /** Group name → flattened CIDRs. */
  groups: Map<string, string[]>;
  identities: Map<string, IdentityDecl>;
  /** CA name (declaration or CA file stem) → PEM text / CA id / secret reference. */
  cas: Map<string, string>;
  /** Every CIDR of every group. */
  allCidrs: string[];
}

function isStmt<K extends string>(s: { kind: string }, kind: K): boolean {
  return s.kind === kind;
}

function str(s: StringLiteral | undefined): string | undefined {
  if (!s) return undefined;
  return s.value ?? s.parts.map((p) => (p.kind === 'Text' ? p.value : `\${${p.name}}`)).join('');
}

function jsonOf(v: JsonValue): unknown {
  switch (v.kind) {
    case 'Object':
      return Object.fromEntries(v.entries.map((e) => [e.key, jsonOf(e.value)]));
    case 'Array':
      return v.items.map(jsonOf);
    case 'String':
      return str(v);
    case 'Number':
      return v.value;
    case 'Boolean':
      return v.value;
    case 'Null':
      return null;
  }
}

/** Walks every node of a tree (objects with `kind`). */
function* nodes(x: unknown): Generator<{ kind: string } & Record<string, unknown>> {
  if (Array.isArray(x)) {
    for (const i of x) yield* nodes(i);
    return;
  }
  if (x === null || typeof x !== 'object') return;
  const o = x as Record<string, unknown>;
  if (typeof o['kind'] === 'string') yield o as { kind: string } & Record<string, unknown>;
  for (const [k, v] of Object.entries(o)) if (k !== 'range' && k !== 'keyRange' && v && typeof v === 'object') yield* nodes(v);
}

/** A representative address inside a CIDR: the network address + 1 (or the address itself). */
export function addressIn(cidr: string): string | undefined {
  const p = parseCidr(cidr);
  if (!p) return undefined;
  const [addr, bits] = p;
  const bytes = addr.toByteArray();
  const total = bytes.length * 8;
  for (let i = 0; i < bytes.length; i++) {
    const keep = Math.max(0, Math.min(8, bits - i * 8));
    bytes[i] = keep === 0 ? 0 : bytes[i]! & ((0xff << (8 - keep)) & 0xff);
  }
  if (bits < total) bytes[bytes.length - 1] = bytes[bytes.length - 1]! | 1;
  return ipaddr.fromByteArray(bytes).toString();
}

const OUTSIDE_CANDIDATES = ['198.18.0.1', '100.64.0.1', '192.0.0.1', '198.19.255.254', '240.0.0.1', '172.31.255.254', '2001:db8:ffff:ffff::1', '100::1'];

/** An address in none of the CIDRs (undefined if every candidate is taken). */
export function addressOutside(cidrs: readonly string[]): string | undefined {
  return OUTSIDE_CANDIDATES.find((a) => !cidrs.some((c) => inCidrRange(a, c)));
}

/** Collects groups, identities and CAs of the loaded program. */
function collectNames(ctx: Context, statements: readonly LoadedStatement[]): ProgramNames {
  const groupDecls = new Map<string, GroupDecl>();
  const identities = new Map<string, IdentityDecl>();
  const cas = new Map<string, string>();
  const readCa = (file: string, ref: FileRef): string | undefined => {
    const p = str(ref.path);
    if (p === undefined) return undefined;
    const text = ctx.readFile(ctx.resolvePath(file, p));
    return text === undefined ? undefined : (pemCertificates(text) ?? text);
  };
  for (const { stmt } of statements) {
    if (stmt.kind === 'Group') groupDecls.set(stmt.name.name, stmt);
    else if (stmt.kind === 'Identity') identities.set(stmt.name.name, stmt);
  }
  // CA files used by mtls, by stem; then declarations (which win).
  for (const { stmt, file } of statements) {
    for (const n of nodes(stmt)) {
      if (n.kind !== 'Mtls') continue;
      for (const c of (n as unknown as MtlsStatement).cas) {
        if (c.kind !== 'File') continue;
        const p = str(c.path);
        if (p === undefined || p.includes('${')) continue;
        const pem = readCa(file, c);
        if (pem !== undefined) cas.set(basename(p, extname(p)), pem);
      }
    }
  }
  for (const { stmt, file } of statements) {
    if (!isStmt(stmt, 'Ca')) continue;
    const d = stmt as CaDecl;
    const src = d.source;
    let v: string | undefined;
    if (src.kind === 'File') v = readCa(file, src);
    else if (src.kind === 'Secret') v = `\${secrets.get('${str(src.vault)}', '${str(src.name)}')}`;
    else v = str(src);
    if (v !== undefined) cas.set(d.name.name, pemCertificates(v) ?? v);
  }
  const groups = new Map<string, string[]>();
  const flatten = (name: string, stack: string[]): string[] => {
    const hit = groups.get(name);
    if (hit) return hit;
    const d = groupDecls.get(name);
    if (!d || stack.includes(name)) return [];
    const out: string[] = [];
    for (const m of d.members) {
      if (m.kind === 'Ip') out.push(m.prefix === undefined ? `${m.text}/${m.version === 4 ? 32 : 128}` : m.text);
      else out.push(...flatten(m.name, [...stack, name]));
    }
    groups.set(name, out);
    return out;
  };
  for (const name of groupDecls.keys()) flatten(name, []);
  const allCidrs = [...new Set([...groups.values()].flat())];
  return { groups, identities, cas, allCidrs };
}

/** A valid credential of an identity, as request fields. */
export function credentialFor(decl: IdentityDecl, email?: string): Partial<SimRequest> {
  const m = decl.method;
  if (m.kind === 'Jwt') {
    const claims: Record<string, unknown> = { sub: 'tpc-test-user' };
    const iss = str(m.issuer);
    if (iss !== undefined) claims['iss'] = iss;
    const aud = str(m.audiences[0]);
    if (aud !== undefined) claims['aud'] = aud;
    const header = str(m.header);
    const prefix = str(m.prefix);
    const jwt: NonNullable<SimRequest['jwt']> = { claims };
    if (header !== undefined) jwt.header = header;
    jwt.prefix = prefix ?? (header !== undefined ? '' : 'Bearer ');
    return { jwt };
  }
  const allowedEmail = str(m.allowEmails[0]) ?? (m.allowDomains[0] ? `tpc-test-user@${str(m.allowDomains[0])!.replace(/^@/, '')}` : 'tpc-test-user@example.com');
  const who = email ?? allowedEmail;
  if (m.kind === 'OAuth') return { session: { kind: 'oauth', provider: m.provider.name, email: who } };
  const issuer = str(m.issuer);
  return { session: { kind: 'oidc', ...(issuer !== undefined ? { issuer } : {}), email: who } };
}

function diag(msg: MessageTemplate, file: string, range: Range | undefined, ...args: (string | number)[]): Diagnostic {
  return createDiagnostic({ code: msg.code, severity: msg.severity, message: formatMessage(msg.template, args), file, ...(range ? { range } : {}) });
}

/** Where test blocks apply: a site, or every site of a template. */
interface Placed {
  block: TestBlock;
  file: string;
  sites: (string | undefined)[];
}

/** Finds every test block and the sites it runs for. */
function placeBlocks(ctx: Context, statements: readonly LoadedStatement[], diagnostics: Diagnostic[]): Placed[] {
  const byTemplate = new Map<string, string[]>();
  const add = (t: string, s: string) => byTemplate.set(t, [...(byTemplate.get(t) ?? []), s]);
  for (const { stmt, file } of statements) {
    if (stmt.kind === 'Site' && stmt.instance) add(stmt.instance.template.name, stmt.name.name);
    if (stmt.kind === 'SitesFrom' && stmt.path.value !== undefined) {
      const format = sitesFormat(stmt.path.value);
      const text = format ? ctx.readFile(ctx.resolvePath(file, stmt.path.value)) : undefined;
      if (format && text !== undefined) {
        const sf = readSitesFile(text, format);
        const first = sf.columns.some((c) => c.name === 'site') ? 'site' : undefined;
        for (const row of sf.rows) {
          const name = row.values.get(first ?? '')?.value ?? row.values.get(sf.columns[0]?.name ?? '')?.value;
          if (first === undefined) {
            // The site is named by the template's first parameter (as the compiler does).
            const t = statements.find((x) => x.stmt.kind === 'Template' && x.stmt.name.name === stmt.template.name);
            const p = t && t.stmt.kind === 'Template' ? t.stmt.params[0]?.name : undefined;
            const v = p !== undefined ? row.values.get(p)?.value : undefined;
            if (v) add(stmt.template.name, v);
          } else if (name) add(stmt.template.name, name);
        }
      }
    }
  }
  const out: Placed[] = [];
  for (const { stmt, file } of statements) {
    if (stmt.kind === 'Test') out.push({ block: stmt, file, sites: [undefined] });
    else if (stmt.kind === 'Site') {
      for (const b of stmt.body) if (b.kind === 'Test') out.push({ block: b, file, sites: [stmt.name.name] });
    } else if (stmt.kind === 'Template') {
      const sites = byTemplate.get(stmt.name.name) ?? [];
      const blocks = stmt.body.filter((b): b is TestBlock => b.kind === 'Test');
      if (blocks.length > 0 && sites.length === 0) diagnostics.push(diag(M.templateUnused, file, stmt.name.range, stmt.name.name));
      for (const b of blocks) out.push({ block: b, file, sites });
    }
  }
  return out;
}

/** Builds the runnable cases of a program's test blocks (compiling it first). Never throws. */
export function tpcTests(source: string, options: Pick<CompileOptions, 'file' | 'readFile'> = {}): TpcTestSuite {
  const compileResult = compile(source, options);
  const ctx = new Context(options);
  const loaded = loadProgram(ctx, source);
  const names = collectNames(ctx, loaded.statements);
  const sites = loaded.parseErrors ? [] : resolveProgram(ctx, loaded).sites;
  const cas = Object.fromEntries(names.cas);
  const { world } = worldFromCompile(compileResult, cas);
  const diagnostics = [...compileResult.diagnostics];
  const suite: TpcTestSuite = { diagnostics, compiled: !compileResult.emitSkipped, cases: [], world, compileResult, sites, names };
  if (compileResult.emitSkipped) return suite;
  const placed = placeBlocks(ctx, loaded.statements, diagnostics);
  if (placed.length === 0) diagnostics.push(diag(M.noTests, ctx.mainFile, undefined));
  const bySite = new Map(sites.map((s) => [s.name, s]));
  for (const p of placed) {
    const text = ctx.sources.get(p.file) ?? '';
    for (const site of p.sites) for (const e of p.block.cases) suite.cases.push(buildCase(e, p.file, text, site, bySite, names));
  }
  return suite;
}

/** One expectation → one case. */
function buildCase(e: Expectation, file: string, text: string, enclosing: string | undefined, bySite: Map<string, SiteIR>, names: ProgramNames): TestCase {
  const name = text.slice(e.range.start.offset, e.range.end.offset).replace(/\s+/g, ' ').trim();
  const test: TestCase = { name, file, range: e.range, endpoint: undefined, request: {}, expect: { result: e.expect.result, ...(e.expect.status ? { status: e.expect.status.value } : {}) } };
  if (enclosing !== undefined) test.site = enclosing;
  const fail = (d: Diagnostic): TestCase => ({ ...test, problem: d });
  const req: SimRequest = {};
  const notes: string[] = [];
  let hasIp = false;
  for (const s of e.from) {
    if (s.kind === 'FromIp') {
      req.clientIp = s.address.text;
      hasIp = true;
    } else if (s.kind === 'FromIdentity') {
      const decl = names.identities.get(s.identity.name);
      if (!decl) return fail(diag(M.unknownSubject, file, s.identity.range, s.identity.name));
      const kind = decl.method.kind === 'Jwt' ? 'jwt' : decl.method.kind === 'OAuth' ? 'oauth' : 'oidc';
      if (kind !== s.method) return fail(diag(M.wrongIdentityKind, file, s.identity.range, s.identity.name, kind === 'jwt' ? 'a JWT' : kind === 'oauth' ? 'an OAuth' : 'an OIDC', s.method === 'jwt' ? 'a JWT' : s.method === 'oauth' ? 'an OAuth' : 'an OIDC'));
      const cred = credentialFor(decl, str(s.email));
      if (cred.jwt) {
        const claims = s.claims ? (jsonOf(s.claims as ObjectLiteral) as Record<string, unknown>) : {};
        req.jwt = { ...cred.jwt, claims: { ...cred.jwt.claims, ...claims }, ...(s.status !== 'valid' ? { status: s.status } : {}) };
      } else if (cred.session) req.session = cred.session;
    } else if (s.kind === 'FromName') {
      const n = s.name.name;
      const g = names.groups.get(n);
      if (g) {
        const a = g.map(addressIn).find((x) => x !== undefined);
        if (!a) return fail(diag(M.emptyGroup, file, s.name.range, n));
        req.clientIp = a;
        hasIp = true;
        notes.push(`from ${a} (an address in the group '${n}')`);
        continue;
      }
      const decl = names.identities.get(n);
      if (!decl) return fail(diag(M.unknownSubject, file, s.name.range, n));
      Object.assign(req, credentialFor(decl));
    }
  }
  if (!hasIp) {
    const a = addressOutside(names.allCidrs);
    if (a !== undefined) {
      req.clientIp = a;
      notes.push(`from ${a} (no address given: one in no group of the program)`);
    }
  }
  if (e.cert) {
    let ca: string | undefined;
    if (e.cert.ca.kind === 'Ident') {
      ca = names.cas.get(e.cert.ca.name);
      if (ca === undefined) return fail(diag(M.unknownCa, file, e.cert.ca.range, e.cert.ca.name));
    } else {
      const p = str(e.cert.ca.path) ?? '';
      ca = [...names.cas.entries()].find(([k]) => k === basename(p, extname(p)))?.[1];
      if (ca === undefined) return fail(diag(M.caUnreadable, file, e.cert.ca.range, p, 'no such CA file among the program’s CAs'));
    }
    req.cert = { ca, ...(e.cert.status !== 'valid' ? { status: e.cert.status } : {}) };
  }
  if (e.tls) req.tls = e.tls.version;
  if (e.method) req.method = e.method.name.toUpperCase();
  if (e.headers.length > 0) req.headers = Object.fromEntries(e.headers.map((h) => [str(h.name) ?? '', str(h.value) ?? '']));
  if (e.query.length > 0) {
    const q: Record<string, string[]> = {};
    for (const h of e.query) (q[str(h.name) ?? ''] ??= []).push(str(h.value) ?? '');
    req.query = q;
  }
  const path = e.path ? (e.path.value ?? e.path.parts.map((x) => (x.kind === 'Text' ? x.value : '')).join('')) : undefined;
  // The target.
  const t = e.target;
  if (t.kind === 'ServiceTarget') {
    const siteName = t.site?.name ?? enclosing;
    if (siteName === undefined) return fail(diag(M.targetNeedsSite, file, t.range, t.service.name));
    const site = bySite.get(siteName);
    if (!site) return fail(diag(M.unknownSite, file, t.site?.range ?? t.range, siteName));
    test.site = siteName;
    const svc = site.services.find((s) => s.name === t.service.name);
    if (!svc) return fail(diag(M.unknownService, file, t.service.range, siteName, t.service.name));
    test.target = svc.internalUrl;
    const exp = site.exposures.find((x) => x.service === svc);
    if (exp) {
      test.endpoint = exp.url.normalized;
      if (exp.url.scheme === 'https') req.path = path ?? exp.path?.value ?? '/';
    }
  } else {
    const url = t.url.value ?? t.url.parts.map((x) => (x.kind === 'Text' ? x.value : '')).join('');
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return fail(diag(M.urlNotExposed, file, t.range, url));
    }
    const origin = `${u.protocol}//${u.host}`.toLowerCase();
    let found: SiteIR | undefined;
    for (const s of bySite.values()) if (s.exposures.some((x) => x.url.normalized.toLowerCase() === origin)) found = s;
    if (!found) return fail(diag(M.urlNotExposed, file, t.range, url));
    test.site ??= found.name;
    test.endpoint = found.exposures.find((x) => x.url.normalized.toLowerCase() === origin)!.url.normalized;
    if (u.protocol === 'https:') {
      req.url = u.href;
      if (path !== undefined) req.path = path;
    }
  }
  test.request = req;
  if (notes.length > 0) test.notes = notes;
  return test;
}


