/**
 * Resolution: from the parsed files to {@link SiteIR}s. Looks names up (groups and identities
 * share one namespace; CAs, templates, sites and each site's services have their own),
 * instantiates templates per site with `${param}` interpolation, reads `sites from` files, and
 * applies defaults (top level → template → site → exposure; see docs/dsl.md "Semantics").
 * Every problem becomes a diagnostic; resolution goes on so one run reports as much as it can.
 * @internal
 */

import type {
  ActionStatement,
  AgentStatement,
  CaDecl,
  CaSource,
  DefaultsBlock,
  ExposeDecl,
  ExposureStatement,
  GroupDecl,
  Ident,
  IdentityDecl,
  Interpolation,
  IpLiteral,
  JsonValue,
  PathLiteral,
  SecretValue,
  ServiceDecl,
  SiteDecl,
  SiteStatement,
  SitesFrom,
  StringLiteral,
  TemplateDecl,
  UrlLiteral,
} from '../dsl/ast.js';
import { parseCidr } from '../ngrok/cel/ip.js';
import { normalizeEndpointUrl } from '../ngrok/endpoint-spec.js';
import { didYouMean, relatedAt, type Context } from './context.js';
import type { ActionIR, CaIR, ExposureIR, GroupIR, IdentityIR, Loc, Located, LoginIR, ServiceIR, SiteIR } from './ir.js';
import type { LoadedProgram } from './load.js';
import { CompilerMessages as M } from './messages.js';
import { readSitesFile, sitesFormat } from './sites-file.js';

/** Template parameters in scope: name → value. */
type Scope = ReadonlyMap<string, string>;
const NO_SCOPE: Scope = new Map();

/** A DNS label usable in `<service>.<site>.internal`. */
export const LABEL_RE = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

const MANAGED_OAUTH_APPS: ReadonlySet<string> = new Set(['github', 'gitlab', 'google', 'linkedin', 'microsoft', 'twitch']);
const SECRET_INTERPOLATION_RE = /^\$\{secrets\.get\('[^'\\]*', *'[^'\\]*'\)\}$/;

function loc(file: string, node: { range: Loc['range'] }): Loc {
  return { file, range: node.range };
}

/** Every `${param}` inside a node (deep). */
function interpolations(node: unknown, out: Interpolation[] = []): Interpolation[] {
  if (Array.isArray(node)) {
    for (const n of node) interpolations(n, out);
  } else if (node !== null && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o['kind'] === 'Interpolation') {
      out.push(o as unknown as Interpolation);
      return out;
    }
    for (const k in o) {
      if (k === 'range' || k === 'keyRange' || k === 'file') continue;
      const v = o[k];
      if (v !== null && typeof v === 'object') interpolations(v, out);
    }
  }
  return out;
}

/** Text of a string/URL/path with parameters substituted (unknown ones are reported elsewhere and become ''). */
function text(node: StringLiteral | UrlLiteral | PathLiteral, scope: Scope): string {
  if (node.value !== undefined) return node.value;
  let s = '';
  for (const p of node.parts) s += p.kind === 'Text' ? p.value : (scope.get(p.name) ?? '');
  return s;
}

/** Quotes a value for a CEL single-quoted string; undefined when it holds a quote or backslash. */
function celSafe(v: string): boolean {
  return !/['\\\n\r]/.test(v);
}

interface AccessName {
  kind: 'group' | 'identity';
  decl: GroupDecl | IdentityDecl;
  file: string;
}

interface TemplateInfo {
  decl: TemplateDecl;
  file: string;
}

interface Level {
  stmts: ExposureStatement[];
  scope: Scope;
  file: string;
}

/** What an exposure allows and requires (see `Resolver.exposureAccess`); `ok` is false after an error. */
type Access = Pick<ExposureIR, 'allowGroups' | 'allowIdentities' | 'denies' | 'tlsMin' | 'mtls' | 'actions'> & { ok: boolean };

let sharing = true;

/**
 * Turns the sharing of exposure access between sites ({@link Resolver.exposureAccess}), and of
 * what policy.ts builds from it, off or on: for the property test that sharing never changes what
 * `compile()` returns.
 * @internal
 */
export function shareExposureAccess(on: boolean): void {
  sharing = on;
}

/** Whether what is built from a shared access may be shared too (policy.ts; see {@link shareExposureAccess}). @internal */
export function accessSharing(): boolean {
  return sharing;
}

/** True when two tier lists hold the same statement lists (by identity) in the same shape. */
function sameTiers(a: readonly (readonly ExposureStatement[])[][], b: readonly Level[][]): boolean {
  return a.length === b.length && a.every((t, i) => t.length === b[i]!.length && t.every((stmts, j) => stmts === b[i]![j]!.stmts));
}

/** Body statements of a site with the scope and file they come from. */
interface BodyItem {
  stmt: SiteStatement;
  scope: Scope;
  file: string;
  /** 0 = from the template, 1 = the site's own braces. */
  layer: 0 | 1;
}

/** The result of resolution. */
export interface Resolved {
  sites: SiteIR[];
}

/** Resolves a loaded program. Never throws for bad input. */
export function resolveProgram(ctx: Context, program: LoadedProgram): Resolved {
  const r = new Resolver(ctx);
  return r.run(program);
}

class Resolver {
  private readonly access = new Map<string, AccessName>();
  private readonly cas = new Map<string, { decl: CaDecl; file: string }>();
  private readonly templates = new Map<string, TemplateInfo>();
  private readonly groups = new Map<string, GroupIR | null>();
  private readonly identities = new Map<string, IdentityIR | null>();
  private readonly caValues = new Map<string, CaIR[] | null>();
  private readonly fileCache = new Map<string, string | null>();
  private readonly topDefaults: Level[] = [];
  private readonly siteNames = new Map<string, Loc>();
  /** Which body layer (0 template, 1 site) set an agent setting, by `site\0setting`. */
  private readonly agentLayer = new Map<string, number>();
  private readonly insideCache = new Map<string, boolean>();
  /** Parameters each template's body or its sites' own braces use. */
  private readonly paramsUsed = new Map<TemplateDecl, Set<string>>();
  /** Exposure access shared by the sites of a template (see {@link exposureAccess}), by the exposure's own statements. */
  private readonly accessMemo = new Map<readonly ExposureStatement[], { tiers: (readonly ExposureStatement[])[][]; access: Access }[]>();
  private readonly parameterReaders = new WeakMap<ExposureStatement, boolean>();

  constructor(private readonly ctx: Context) {}

  run(program: LoadedProgram): Resolved {
    const sites: SiteIR[] = [];
    const siteDecls: { decl: SiteDecl; file: string }[] = [];
    const sitesFrom: { decl: SitesFrom; file: string }[] = [];

    // 1. Declarations.
    for (const { stmt, file } of program.statements) {
      switch (stmt.kind) {
        case 'Group':
        case 'Identity': {
          const kind = stmt.kind === 'Group' ? 'group' : 'identity';
          const prev = this.access.get(stmt.name.name);
          if (prev) this.duplicate(stmt.name, file, prev.decl.name, prev.file, prev.kind === 'group' ? 'a group' : 'an identity');
          else this.access.set(stmt.name.name, { kind, decl: stmt, file });
          this.noParams(stmt, file);
          break;
        }
        case 'Ca': {
          const prev = this.cas.get(stmt.name.name);
          if (prev) this.duplicate(stmt.name, file, prev.decl.name, prev.file, 'a CA');
          else this.cas.set(stmt.name.name, { decl: stmt, file });
          this.noParams(stmt, file);
          break;
        }
        case 'Template': {
          const prev = this.templates.get(stmt.name.name);
          if (prev) this.duplicate(stmt.name, file, prev.decl.name, prev.file, 'a template');
          else this.templates.set(stmt.name.name, { decl: stmt, file });
          this.checkTemplateParams(stmt, file);
          break;
        }
        case 'Defaults':
          this.noParams(stmt, file);
          this.topDefaults.push({ stmts: stmt.body, scope: NO_SCOPE, file });
          break;
        case 'Site':
          siteDecls.push({ decl: stmt, file });
          break;
        case 'SitesFrom':
          sitesFrom.push({ decl: stmt, file });
          this.noParams(stmt, file);
          break;
        default:
          break;
      }
    }

    // 2. Shared declarations, resolved once (errors reported at the declaration even when unused).
    for (const name of this.access.keys()) {
      const a = this.access.get(name)!;
      if (a.kind === 'group') this.group(name, []);
      else this.identity(name);
    }
    for (const name of this.cas.keys()) this.namedCa(name);

    // 3. Sites, in source order.
    for (const item of program.statements) {
      if (item.stmt.kind === 'Site') {
        const s = this.siteFromDecl(item.stmt, item.file);
        if (s) sites.push(s);
      } else if (item.stmt.kind === 'SitesFrom') {
        sites.push(...this.sitesFromFile(item.stmt, item.file));
      }
    }

    this.reportUnusedParams();
    this.crossSiteChecks(sites);
    return { sites };
  }

  // -------------------------------------------------------------------------------------------
  // Helpers

  private duplicate(name: Ident, file: string, first: Ident, firstFile: string, what: string): void {
    this.ctx.report(M.duplicateName, loc(file, name), [name.name, what], { related: [relatedAt(loc(firstFile, first), `'${first.name}' is first defined here.`)] });
  }

  /** Reports every `${…}` in a node where no parameters exist. */
  private noParams(node: unknown, file: string): void {
    for (const i of interpolations(node)) this.ctx.report(M.parameterOutsideTemplate, loc(file, i), [i.name]);
  }

  private checkTemplateParams(t: TemplateDecl, file: string): void {
    const params = new Set(t.params.map((p) => p.name));
    const used = new Set<string>();
    for (const i of interpolations(t.body)) {
      if (params.has(i.name)) used.add(i.name);
      else this.ctx.report(M.unknownParameter, loc(file, i), [i.name, t.name.name], { ...hint(didYouMean(i.name, params)) });
    }
    this.paramsUsed.set(t, used);
  }

  /**
   * A parameter neither the template's body nor the braces of a site made from it use (a warning:
   * usually a `${…}` forgotten in a URL, sometimes a column the sites file carries for people).
   */
  private reportUnusedParams(): void {
    for (const { decl, file } of this.templates.values()) {
      const used = this.paramsUsed.get(decl);
      if (!used) continue;
      for (const p of decl.params) if (!used.has(p.name)) this.ctx.report(M.unusedParameter, loc(file, p), [p.name, decl.name.name]);
    }
  }

  private readRelative(fromFile: string, path: string): { path: string; text?: string } {
    const full = this.ctx.resolvePath(fromFile, path);
    let cached = this.fileCache.get(full);
    if (cached === undefined) {
      cached = this.ctx.readFile(full) ?? null;
      this.fileCache.set(full, cached);
    }
    return cached === null ? { path: full } : { path: full, text: cached };
  }

  // -------------------------------------------------------------------------------------------
  // Groups

  /** A group, flattened; null when it cannot be resolved. `chain` detects cycles. */
  private group(name: string, chain: string[]): GroupIR | null {
    const done = this.groups.get(name);
    if (done !== undefined) return done;
    const a = this.access.get(name);
    if (!a || a.kind !== 'group') return null;
    const decl = a.decl as GroupDecl;
    const cidrs: Located<string>[] = [];
    const seen = new Set<string>();
    const add = (c: Located<string>) => {
      if (seen.has(c.value)) return;
      seen.add(c.value);
      cidrs.push(c);
    };
    this.groups.set(name, null); // in progress
    for (const member of decl.members) {
      if (member.kind === 'Ip') {
        const c = this.cidr(member, a.file);
        if (c) add(c);
        continue;
      }
      const ref = this.access.get(member.name);
      if (!ref) {
        this.undefinedName(member, a.file, 'group', [...this.access.entries()].filter(([, v]) => v.kind === 'group').map(([k]) => k));
        continue;
      }
      if (ref.kind !== 'group') {
        this.ctx.report(M.wrongKind, loc(a.file, member), [member.name, 'an identity', 'a group', 'IP addresses and groups']);
        continue;
      }
      if (member.name === name || chain.includes(member.name)) {
        const path = [...chain, name, member.name].slice(chain.indexOf(member.name) >= 0 ? chain.indexOf(member.name) : 0);
        this.ctx.report(M.groupCycle, loc(a.file, member), [member.name, path.map((p) => `'${p}'`).join(' → ')]);
        continue;
      }
      const inner = this.groups.has(member.name) && this.groups.get(member.name) === null ? null : this.group(member.name, [...chain, name]);
      if (inner) for (const c of inner.cidrs) add(c);
    }
    const g: GroupIR = { name, loc: loc(a.file, decl.name), cidrs };
    this.groups.set(name, g);
    return g;
  }

  /** Normalises an IP/CIDR: bare addresses get /32 or /128; host bits are cleared (with a warning). */
  private cidr(ip: IpLiteral, file: string): Located<string> | null {
    const l = loc(file, ip);
    const textLower = ip.text.toLowerCase();
    if (ip.prefix === undefined) return { value: `${textLower}/${ip.version === 4 ? 32 : 128}`, loc: l };
    const parsed = parseCidr(textLower);
    if (!parsed) {
      this.ctx.report(M.invalidValue, l, [ip.text, 'CIDR range', 'it does not parse']);
      return null;
    }
    const [addr, bits] = parsed;
    const bytes = addr.toByteArray();
    const masked = bytes.map((b, i) => {
      const keep = Math.max(0, Math.min(8, bits - i * 8));
      return keep === 0 ? 0 : b & ((0xff << (8 - keep)) & 0xff);
    });
    if (masked.every((b, i) => b === bytes[i])) return { value: textLower, loc: l };
    const network = ip.version === 4 ? masked.join('.') : v6String(masked);
    const value = `${network}/${bits}`;
    this.ctx.report(M.hostBits, l, [ip.text, value]);
    return { value, loc: l };
  }

  private undefinedName(id: Ident, file: string, what: string, candidates: Iterable<string>): void {
    this.ctx.report(M.undefinedName, loc(file, id), [what, id.name], hint(didYouMean(id.name, candidates)));
  }

  // -------------------------------------------------------------------------------------------
  // Identities

  private identity(name: string): IdentityIR | null {
    const done = this.identities.get(name);
    if (done !== undefined) return done;
    const a = this.access.get(name);
    if (!a || a.kind !== 'identity') return null;
    const decl = a.decl as IdentityDecl;
    const file = a.file;
    const m = decl.method;
    let out: IdentityIR | null = null;
    const str = (s: StringLiteral): Located<string> => ({ value: text(s, NO_SCOPE), loc: loc(file, s) });
    if (m.kind === 'Jwt') {
      if (m.issuer && m.jwks && m.audiences.length > 0) {
        const issuer = str(m.issuer);
        const jwks = str(m.jwks);
        let ok = this.checkUrl(issuer, 'issuer URL') && this.checkUrl(jwks, 'JWKS URL');
        const audiences = m.audiences.map(str);
        for (const au of audiences) if (au.value === '') ok = this.bad(au, 'audience', 'it is empty') && ok;
        const header = m.header ? text(m.header, NO_SCOPE) : 'Authorization';
        const prefix = m.prefix ? text(m.prefix, NO_SCOPE) : m.header ? undefined : 'Bearer ';
        if (ok) {
          out = {
            kind: 'jwt',
            name,
            loc: loc(file, decl.name),
            issuer,
            audiences,
            jwks,
            header,
            prefix,
            algorithms: m.algorithms.length > 0 ? [...new Set(m.algorithms.map((x) => x.name))] : ['RS256'],
          };
        }
      }
    } else {
      const login: LoginIR = { kind: m.kind === 'OAuth' ? 'oauth' : 'oidc', name, loc: loc(file, decl.name), scopes: m.scopes.map((s) => text(s, NO_SCOPE)), domains: [], emails: [] };
      let ok = true;
      for (const d of m.allowDomains) {
        const v = str(d);
        const domain = v.value.toLowerCase().replace(/^@/, '');
        if (!/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/.test(domain)) ok = this.bad(v, 'email domain', 'write a domain such as "clinicnet.example"') && ok;
        else login.domains.push({ value: domain, loc: v.loc });
      }
      for (const e of m.allowEmails) {
        const v = str(e);
        const email = v.value.toLowerCase();
        if (!/^[^@\s'"\\]+@[a-z0-9.-]+\.[a-z0-9-]+$/.test(email)) ok = this.bad(v, 'email address', 'write one address such as "ana@clinicnet.example"') && ok;
        else login.emails.push({ value: email, loc: v.loc });
      }
      const clientId = m.clientId ? this.secret(m.clientId, file, 'client-id', false) : undefined;
      const clientSecret = m.clientSecret ? this.secret(m.clientSecret, file, 'client-secret', true) : undefined;
      if (clientId === null || clientSecret === null) ok = false;
      if (clientId) login.clientId = clientId;
      if (clientSecret) login.clientSecret = clientSecret;
      if (m.kind === 'OAuth') {
        login.provider = m.provider.name;
        const managed = !m.clientId && !m.clientSecret;
        if (!!m.clientId !== !!m.clientSecret) {
          const [given, missing] = m.clientId ? ['client-id', 'client-secret'] : ['client-secret', 'client-id'];
          this.ctx.report(M.clientPair, loc(file, decl.name), [name, given, missing]);
          ok = false;
        } else if (managed && !MANAGED_OAUTH_APPS.has(m.provider.name)) {
          this.ctx.report(M.managedAppUnavailable, loc(file, m.provider), [m.provider.name, name]);
          ok = false;
        } else if (managed && m.scopes.length > 0) {
          this.ctx.report(M.scopesWithManagedApp, loc(file, m.scopes[0]!), [name, m.provider.name]);
          ok = false;
        }
        if (ok && login.domains.length === 0 && login.emails.length === 0) this.ctx.report(M.anyAccount, loc(file, decl.name), [name, m.provider.name]);
      } else {
        if (m.issuer) {
          login.issuer = str(m.issuer);
          ok = this.checkUrl(login.issuer, 'issuer URL') && ok;
        } else ok = false;
        if (!m.clientId || !m.clientSecret) ok = false;
        if (login.scopes.length === 0) login.scopes = ['openid', 'profile', 'email'];
        if (ok && login.domains.length === 0 && login.emails.length === 0) this.ctx.report(M.anyAccount, loc(file, decl.name), [name, `'${login.issuer?.value}'`]);
      }
      if (ok) out = login;
    }
    this.identities.set(name, out);
    return out;
  }

  private bad(v: Located<string>, what: string, why: string): false {
    this.ctx.report(M.invalidValue, v.loc, [v.value, what, why]);
    return false;
  }

  private checkUrl(v: Located<string>, what: string): boolean {
    if (v.value.includes('${')) return true; // a CEL interpolation, resolved by ngrok
    let u: URL;
    try {
      u = new URL(v.value);
    } catch {
      return this.bad(v, what, 'it is not an absolute URL');
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return this.bad(v, what, 'use an https:// URL');
    return true;
  }

  /**
   * A value that goes into a policy field supporting CEL interpolation. `secret()` becomes
   * `${secrets.get(…)}`; `env()` is an error (it would inline the value); a plain string is an
   * error when the field is a secret (unless it is already a `${secrets.get(…)}` reference).
   * Returns null after reporting an error.
   */
  private secret(v: SecretValue, file: string, field: string, isSecret: boolean): Located<string> | null {
    if (v.kind === 'Env') {
      this.ctx.report(M.envInPolicy, loc(file, v), [text(v.name, NO_SCOPE), field]);
      return null;
    }
    if (v.kind === 'Secret') {
      const vault = text(v.vault, NO_SCOPE);
      const name = text(v.name, NO_SCOPE);
      for (const [part, node] of [
        [vault, v.vault],
        [name, v.name],
      ] as const) {
        if (part === '' || !celSafe(part)) {
          this.ctx.report(M.invalidValue, loc(file, node), [part, 'vault or secret name', 'it must be non-empty and hold no quote or backslash']);
          return null;
        }
      }
      return { value: `\${secrets.get('${vault}', '${name}')}`, loc: loc(file, v) };
    }
    const value = text(v, NO_SCOPE);
    if (isSecret && !SECRET_INTERPOLATION_RE.test(value)) {
      this.ctx.report(M.secretLiteral, loc(file, v), [field]);
      return null;
    }
    return { value, loc: loc(file, v) };
  }

  // -------------------------------------------------------------------------------------------
  // Certificate authorities

  private namedCa(name: string): CaIR[] | null {
    const done = this.caValues.get(name);
    if (done !== undefined) return done;
    const c = this.cas.get(name);
    if (!c) return null;
    const v = this.caSource(c.decl.source, c.file, NO_SCOPE);
    this.caValues.set(name, v);
    return v;
  }

  /** The CA text(s) of one `mtls ca` item; null after an error. */
  private caSource(src: CaSource, file: string, scope: Scope): CaIR[] | null {
    const l = loc(file, src);
    switch (src.kind) {
      case 'Ident': {
        const v = this.namedCa(src.name);
        if (v === null && !this.cas.has(src.name)) this.undefinedName(src, file, 'CA', this.cas.keys());
        return v === null ? null : v.map((x) => ({ value: x.value, loc: l }));
      }
      case 'File': {
        const p = text(src.path, scope);
        const read = this.readRelative(file, p);
        if (read.text === undefined) {
          this.ctx.report(M.caUnreadable, loc(file, src.path), [p, this.ctx.reason(read.path)]);
          return null;
        }
        const pem = pemCertificates(read.text);
        if (pem === undefined) {
          this.ctx.report(M.caNotPem, loc(file, src.path), [p]);
          return null;
        }
        return [{ value: pem, loc: l }];
      }
      case 'Secret': {
        const s = this.secret(src, file, 'mtls ca', true);
        return s ? [s] : null;
      }
      case 'String': {
        const v = text(src, scope);
        const pem = pemCertificates(v);
        if (pem !== undefined) return [{ value: pem, loc: l }];
        if (/^ca_[A-Za-z0-9]+$/.test(v) || SECRET_INTERPOLATION_RE.test(v)) return [{ value: v, loc: l }];
        this.ctx.report(M.caNotPem, l, [v.length > 40 ? v.slice(0, 40) + '…' : v]);
        return null;
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Sites

  private claimSiteName(name: string, l: Loc, nameLoc: Loc): boolean {
    const prev = this.siteNames.get(name);
    if (prev) {
      this.ctx.report(M.duplicateName, nameLoc, [name, 'a site'], { related: [relatedAt(prev, `'${name}' is first defined here.`)] });
      return false;
    }
    this.siteNames.set(name, l);
    if (!LABEL_RE.test(name)) {
      this.ctx.report(M.invalidName, nameLoc, ['site', name]);
      return false;
    }
    return true;
  }

  private siteFromDecl(decl: SiteDecl, file: string): SiteIR | null {
    const nameLoc = loc(file, decl.name);
    const ok = this.claimSiteName(decl.name.name, nameLoc, nameLoc);
    const body: BodyItem[] = [];
    let scope: Scope = NO_SCOPE;
    if (decl.instance) {
      const call = decl.instance;
      const t = this.templates.get(call.template.name);
      for (const arg of call.args) this.noParams(arg.value, file);
      if (!t) {
        this.undefinedName(call.template, file, 'template', this.templates.keys());
      } else {
        const params = t.decl.params.map((p) => p.name);
        const values = new Map<string, string>();
        for (const arg of call.args) {
          if (!params.includes(arg.name.name)) {
            this.ctx.report(M.extraArgument, loc(file, arg.name), [t.decl.name.name, arg.name.name], hint(didYouMean(arg.name.name, params)));
            continue;
          }
          values.set(arg.name.name, text(arg.value, NO_SCOPE));
        }
        const missing = params.filter((p) => !values.has(p));
        scope = values;
        if (missing.length > 0) {
          // Instantiating with holes would only repeat this error as bad URLs and names.
          this.ctx.report(M.missingArgument, loc(file, call), [decl.name.name, listNames(missing), t.decl.name.name]);
          return null;
        }
        for (const stmt of t.decl.body) body.push({ stmt, scope, file: t.file, layer: 0 });
      }
    }
    // The site's own braces: parameters of its template are in scope.
    const allowed = scope;
    const template = decl.instance ? this.templates.get(decl.instance.template.name) : undefined;
    const usedHere = template ? this.paramsUsed.get(template.decl) : undefined;
    for (const i of interpolations(decl.body)) {
      if (allowed.has(i.name)) usedHere?.add(i.name);
      else {
        if (decl.instance) this.ctx.report(M.unknownParameter, loc(file, i), [i.name, decl.instance.template.name], hint(didYouMean(i.name, allowed.keys())));
        else this.ctx.report(M.parameterOutsideTemplate, loc(file, i), [i.name]);
      }
    }
    for (const stmt of decl.body) body.push({ stmt, scope, file, layer: 1 });
    if (!ok) return null;
    return this.instantiate(decl.name.name, loc(file, decl), body);
  }

  private sitesFromFile(decl: SitesFrom, file: string): SiteIR[] {
    const out: SiteIR[] = [];
    const stmtLoc = loc(file, decl);
    const t = this.templates.get(decl.template.name);
    if (!t) this.undefinedName(decl.template, file, 'template', this.templates.keys());
    if (decl.path.value === undefined) return out;
    const rel = decl.path.value;
    const format = sitesFormat(rel);
    if (!format) {
      this.ctx.report(M.sitesFileFormat, loc(file, decl.path), [rel]);
      return out;
    }
    const read = this.readRelative(file, rel);
    if (read.text === undefined) {
      this.ctx.report(M.sitesFileUnreadable, loc(file, decl.path), [rel, this.ctx.reason(read.path)]);
      return out;
    }
    const sf = readSitesFile(read.text, format);
    const csvFile = read.path;
    if (sf.error) {
      this.ctx.report(M.sitesFileInvalid, sf.error.range ? { file: csvFile, range: sf.error.range } : loc(file, decl.path), [rel, sf.error.message]);
      return out;
    }
    if (!t) return out;
    if (sf.rows.length === 0) {
      this.ctx.report(M.sitesFileEmpty, loc(file, decl.path), [rel]);
      return out;
    }
    const params = t.decl.params.map((p) => p.name);
    const columns = new Set(sf.columns.map((c) => c.name));
    // A map keyed by site name: the key is also the first parameter of a site that gives it no
    // value (as the first parameter names the site of a list without a `site` column).
    const first = params[0];
    if (sf.keyed && first !== undefined) {
      for (const row of sf.rows) if (!row.values.has(first)) row.values.set(first, row.values.get('site')!);
      columns.add(first);
    }
    let bad = false;
    for (const p of params) {
      if (!columns.has(p)) {
        this.ctx.report(M.sitesFileMissingColumn, loc(file, decl.path), [rel, p, t.decl.name.name]);
        bad = true;
      }
    }
    for (const c of sf.columns) {
      if (c.name !== 'site' && !params.includes(c.name)) {
        this.ctx.report(M.sitesFileExtraColumn, { file: csvFile, range: c.range }, [c.name, rel, t.decl.name.name], hint(didYouMean(c.name, params)));
        bad = true;
      }
    }
    if (bad) return out;
    const nameColumn = columns.has('site') ? 'site' : params[0];
    for (const row of sf.rows) {
      const rowLoc: Loc = { file: csvFile, range: row.range };
      const extra = row.values.get('\0extra');
      if (extra) {
        this.ctx.report(M.sitesFileInvalid, { file: csvFile, range: extra.range }, [rel, `row ${row.row} has ${extra.value} fields but the header has ${sf.columns.length}`]);
        continue;
      }
      const values = new Map<string, string>();
      let rowOk = true;
      for (const p of [...params, ...(columns.has('site') ? ['site'] : [])]) {
        const v = row.values.get(p);
        if (!v || v.value === '') {
          this.ctx.report(M.sitesFileEmptyValue, v ? { file: csvFile, range: v.range } : rowLoc, [row.row, rel, p]);
          rowOk = false;
        } else if (p !== 'site') values.set(p, v.value);
      }
      if (!rowOk || nameColumn === undefined) continue;
      const nameCell = row.values.get(nameColumn)!;
      const siteName = nameCell.value;
      if (!this.claimSiteName(siteName, rowLoc, { file: csvFile, range: nameCell.range })) continue;
      const body: BodyItem[] = t.decl.body.map((stmt) => ({ stmt, scope: values, file: t.file, layer: 0 as const }));
      const s = this.instantiate(siteName, rowLoc, body);
      if (s) out.push(s);
    }
    void stmtLoc;
    return out;
  }

  /** Builds a site from its body statements. */
  private instantiate(name: string, siteLoc: Loc, body: BodyItem[]): SiteIR | null {
    const site: SiteIR = { name, loc: siteLoc, binds: [], connectUrl: undefined, region: undefined, failover: undefined, services: [], exposures: [] };
    const services = new Map<string, ServiceIR>();
    const exposes: BodyItem[] = [];
    const defaults: Level[][] = [[], []];
    for (const item of body) {
      const s = item.stmt;
      if (s.kind === 'Agent') this.agent(site, s, item);
      else if (s.kind === 'Service') {
        const svc = this.service(s, item);
        if (!svc) continue;
        const prev = services.get(svc.name);
        if (prev) {
          this.ctx.report(M.duplicateName, loc(item.file, s.name), [svc.name, `a service of site '${name}'`], { related: [relatedAt(prev.loc, `'${svc.name}' is first defined here.`)] });
          continue;
        }
        services.set(svc.name, svc);
        site.services.push(svc);
      } else if (s.kind === 'Expose') exposes.push(item);
      else if (s.kind === 'Defaults') defaults[item.layer]!.push({ stmts: (s as DefaultsBlock).body, scope: item.scope, file: item.file });
    }
    const seen = new Map<string, Loc>();
    for (const item of exposes) {
      const e = this.exposure(site, item.stmt as ExposeDecl, item, services, [this.topDefaults, defaults[0]!, defaults[1]!]);
      if (!e) continue;
      const key = e.url.normalized + (e.path ? e.path.value : '');
      const prev = seen.get(key);
      if (prev) {
        this.ctx.report(M.duplicateExposure, e.loc, [e.url.normalized + (e.path?.value ?? ''), name], { related: [relatedAt(prev, 'It is first exposed here.')] });
        continue;
      }
      seen.set(key, e.loc);
      site.exposures.push(e);
    }
    // Families and internal URLs.
    for (const e of site.exposures) {
      const fam = e.url.scheme === 'https' ? 'http' : e.url.scheme;
      const svc = e.service;
      if (svc.familyLoc) {
        if (svc.family !== fam) this.ctx.report(M.serviceTwoFamilies, e.url.loc, [svc.name, familyName(fam), familyName(svc.family)], { related: [relatedAt(svc.familyLoc, `It is exposed as ${familyName(svc.family)} here.`)] });
      } else {
        svc.family = fam;
        svc.familyLoc = e.url.loc;
      }
    }
    for (const svc of site.services) svc.internalUrl = internalUrl(svc, name);
    if (site.binds.length === 0) site.binds.push({ value: `*.${name}.internal`, loc: siteLoc });
    return site;
  }

  private agent(site: SiteIR, s: AgentStatement, item: BodyItem): void {
    for (const b of s.bind) site.binds.push({ value: text(b, item.scope).replace(/^bind:/, ''), loc: loc(item.file, b) });
    // A site's own braces override its template's settings; within one of them a setting is given once.
    const setOnce = (key: 'connectUrl' | 'region', v: Located<string>, label: string) => {
      const prev = site[key];
      const prevLayer = this.agentLayer.get(`${site.name}\0${key}`);
      if (prev && prevLayer === item.layer && prev.value !== v.value) this.ctx.report(M.conflictingAgentSetting, v.loc, [site.name, label], { related: [relatedAt(prev.loc, `It is set to '${prev.value}' here.`)] });
      else if (!prev || (prevLayer !== undefined && prevLayer < item.layer)) {
        site[key] = v;
        this.agentLayer.set(`${site.name}\0${key}`, item.layer);
      }
    };
    if (s.connectUrl) {
      const v = { value: text(s.connectUrl, item.scope), loc: loc(item.file, s.connectUrl) };
      if (!/^[A-Za-z0-9.-]+:\d{1,5}$/.test(v.value) || Number(v.value.split(':')[1]) > 65535 || Number(v.value.split(':')[1]) === 0) this.ctx.report(M.invalidConnectUrl, v.loc, [v.value]);
      else setOnce('connectUrl', v, 'connect-url');
    }
    if (s.region) setOnce('region', { value: s.region.name, loc: loc(item.file, s.region) }, 'region');
    if (s.failover && !site.failover) site.failover = loc(item.file, s);
  }

  private service(s: ServiceDecl, item: BodyItem): ServiceIR | null {
    const l = loc(item.file, s.name);
    if (!LABEL_RE.test(s.name.name)) {
      this.ctx.report(M.invalidName, l, ['service', s.name.name]);
      return null;
    }
    const raw = text(s.upstream, item.scope);
    const ul = loc(item.file, s.upstream);
    const m = /^(https?|tcp|tls):\/\/(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._-]+)(?::(\d+))?(\/.*)?$/.exec(raw);
    if (!m) {
      this.ctx.report(M.invalidUrl, ul, [raw, 'upstream URL', 'write scheme://host:port with http, https, tcp or tls']);
      return null;
    }
    const scheme = m[1]!.toLowerCase() as ServiceIR['upstream']['scheme'];
    const port = m[3] !== undefined ? Number(m[3]) : undefined;
    if (port !== undefined && (port < 1 || port > 65535)) {
      this.ctx.report(M.invalidUrl, ul, [raw, 'upstream URL', 'the port must be 1–65535']);
      return null;
    }
    if (m[4] !== undefined && m[4] !== '/') {
      this.ctx.report(M.invalidUrl, ul, [raw, 'upstream URL', 'an upstream URL has no path']);
      return null;
    }
    if ((scheme === 'tcp' || scheme === 'tls') && port === undefined) {
      this.ctx.report(M.upstreamPort, ul, [scheme, raw]);
      return null;
    }
    const family = scheme === 'http' || scheme === 'https' ? 'http' : scheme;
    return { name: s.name.name, loc: l, upstream: { raw, scheme, host: m[2]!, port, loc: ul }, onDemand: s.onDemand, family, internalUrl: '' };
  }

  private exposure(site: SiteIR, s: ExposeDecl, item: BodyItem, services: Map<string, ServiceIR>, outer: Level[][]): ExposureIR | null {
    const file = item.file;
    const svc = services.get(s.service.name);
    if (!svc) {
      this.undefinedName(s.service, file, 'service', services.keys());
      return null;
    }
    const url = this.publicUrl(s.url, item);
    if (!url) return null;
    let ok = true;
    if (url.scheme === 'https' && svc.upstream.scheme !== 'http' && svc.upstream.scheme !== 'https') {
      this.ctx.report(M.serviceProtocol, url.loc, [svc.name, svc.upstream.scheme.toUpperCase(), svc.upstream.raw, 'HTTPS', url.raw], { related: [relatedAt(svc.loc, `'${svc.name}' is declared here.`)] });
      ok = false;
    }
    let path: Located<string> | undefined;
    if (s.path) {
      const p = text(s.path, item.scope);
      const pl = loc(file, s.path);
      if (url.scheme !== 'https') {
        this.ctx.report(M.invalidPath, pl, [p, `paths apply to https:// exposures; a ${url.scheme}:// endpoint has no HTTP requests`]);
        ok = false;
      } else if (!/^\/[A-Za-z0-9._~!$&()*+,;=:@%/-]*$/.test(p) || p.includes('//')) {
        this.ctx.report(M.invalidPath, pl, [p, "start with '/' and use URL path characters only (no quotes, '?' or '#')"]);
        ok = false;
      } else {
        const norm = p.replace(/\/+$/, '');
        if (norm !== '') path = { value: norm, loc: pl };
      }
    }
    // Group the levels: top, template, site, exposure (allow/mtls: most specific level wins).
    const tiers: Level[][] = [...outer, [{ stmts: s.body, scope: item.scope, file }]];
    const acc = this.exposureAccess(tiers);
    if (!acc.ok) ok = false;
    const e: ExposureIR = {
      service: svc,
      loc: loc(file, s),
      url,
      path,
      allowGroups: acc.allowGroups,
      allowIdentities: acc.allowIdentities,
      denies: acc.denies,
      tlsMin: acc.tlsMin,
      mtls: acc.mtls,
      actions: acc.actions,
    };
    // Protocol restrictions.
    if (url.scheme !== 'https') {
      for (const { identity, loc: il } of e.allowIdentities) {
        const action = identity.kind === 'jwt' ? 'jwt-validation' : identity.kind === 'oauth' ? 'oauth' : 'openid-connect';
        this.ctx.report(M.identityOnTcp, il, [identity.kind === 'jwt' ? 'JWT' : identity.kind === 'oauth' ? 'OAuth' : 'OIDC', identity.name, url.raw, action, url.scheme.toUpperCase()]);
        ok = false;
      }
      for (const a of e.actions) {
        if (a.point === 'response') {
          this.ctx.report(M.responseOnTcp, a.loc, [url.scheme.toUpperCase(), url.raw]);
          ok = false;
        }
      }
    }
    if (url.scheme === 'tcp') {
      // A tcp:// exposure has no TLS: its own 'tls min' is an error, an inherited one does not
      // apply (it constrains the TLS of exposures that have it). 'mtls' demands a credential raw
      // TCP cannot carry, so inherited or not it is an error (dropping it would weaken access).
      const own = s.body.find((x) => x.kind === 'TlsMin');
      if (own) {
        this.ctx.report(M.tlsOnTcp, loc(file, own), [`tls min ${own.kind === 'TlsMin' ? own.version.version : ''}`, url.raw]);
        ok = false;
      }
      e.tlsMin = undefined;
      if (e.mtls) {
        this.ctx.report(M.tlsOnTcp, e.mtls.loc, ['mtls', url.raw], e.mtls.loc.file !== file || !s.body.some((x) => x.kind === 'Mtls') ? { related: [relatedAt(e.loc, 'The tcp:// exposure inheriting it is here.')] } : {});
        ok = false;
      }
    }
    return ok ? e : null;
  }

  /**
   * What an exposure allows and requires (allow, deny, tls min, mtls, actions), from its tiers of
   * levels (top-level defaults, template defaults, site defaults, its own body). Every site of a
   * template has the same tiers (the same statement lists), so the answer is shared between them,
   * except when a statement that reads template parameters (an action or an mtls CA path with
   * `${…}`) is involved, or when resolving it reported something (it is then resolved again for
   * every site, so each site's findings are its own). Shared answers are never changed later.
   */
  private exposureAccess(tiers: Level[][]): Access {
    const memoable = sharing && !tiers.some((t) => t.some((lv) => lv.stmts.some((x) => (x.kind === 'Action' || x.kind === 'Mtls') && this.readsParameters(x))));
    const own = tiers[tiers.length - 1]![0]!.stmts;
    if (memoable) {
      const hit = this.accessMemo.get(own)?.find((m) => sameTiers(m.tiers, tiers));
      if (hit) return hit.access;
    }
    const reported = this.ctx.diagnostics.length;
    const access = this.resolveAccess(tiers);
    if (memoable && this.ctx.diagnostics.length === reported) {
      let list = this.accessMemo.get(own);
      if (!list) this.accessMemo.set(own, (list = []));
      list.push({ tiers: tiers.map((t) => t.map((lv) => lv.stmts)), access });
    }
    return access;
  }

  /** True when a statement holds a `${param}` (remembered per statement). */
  private readsParameters(x: ExposureStatement): boolean {
    let v = this.parameterReaders.get(x);
    if (v === undefined) this.parameterReaders.set(x, (v = interpolations(x).length > 0));
    return v;
  }

  private resolveAccess(tiers: Level[][]): Access {
    const levels = tiers.flat();
    const e: Access = { allowGroups: [], allowIdentities: [], denies: [], tlsMin: undefined, mtls: undefined, actions: [], ok: true };
    let ok = true;
    // allow: the most specific tier that has any allow.
    for (let t = tiers.length - 1; t >= 0; t--) {
      const allows = tiers[t]!.flatMap((lv) => lv.stmts.filter((x) => x.kind === 'Allow').map((x) => ({ x, lv })));
      if (allows.length === 0) continue;
      for (const { x, lv } of allows) {
        if (x.kind !== 'Allow') continue;
        for (const n of x.names) {
          const a = this.access.get(n.name);
          const nl = loc(lv.file, n);
          if (!a) {
            this.undefinedName(n, lv.file, 'group or identity', this.access.keys());
            ok = false;
            continue;
          }
          if (a.kind === 'group') {
            const g = this.group(n.name, []);
            if (g && !e.allowGroups.some((y) => y.group === g)) e.allowGroups.push({ group: g, loc: nl });
            if (!g) ok = false;
          } else {
            const id = this.identity(n.name);
            if (id && !e.allowIdentities.some((y) => y.identity === id)) e.allowIdentities.push({ identity: id, loc: nl });
            if (!id) ok = false;
          }
        }
      }
      break;
    }
    // deny, tls min, actions: every level, outermost first.
    let tlsMax: Located<'1.2' | '1.3'> | undefined;
    for (const lv of levels) {
      for (const x of lv.stmts) {
        if (x.kind === 'Deny') {
          for (const n of x.names) {
            const a = this.access.get(n.name);
            if (!a) {
              this.undefinedName(n, lv.file, 'group', [...this.access.entries()].filter(([, v]) => v.kind === 'group').map(([k]) => k));
              ok = false;
            } else if (a.kind !== 'group') {
              this.ctx.report(M.wrongKind, loc(lv.file, n), [n.name, 'an identity', "'deny'", 'IP groups (to keep people out, narrow the identity with allow-domain or allow-email)']);
              ok = false;
            } else {
              const g = this.group(n.name, []);
              if (g && !e.denies.some((y) => y.group === g)) e.denies.push({ group: g, loc: loc(lv.file, n) });
            }
          }
        } else if (x.kind === 'TlsMin') {
          const v = x.version.version;
          if (v !== '1.2' && v !== '1.3') continue; // the parser reported it
          const here = { value: v, loc: loc(lv.file, x) } as Located<'1.2' | '1.3'>;
          if (tlsMax && v < tlsMax.value) this.ctx.report(M.tlsMinLowered, here.loc, [v, tlsMax.value], { related: [relatedAt(tlsMax.loc, `'tls min ${tlsMax.value}' is set here.`)] });
          if (!tlsMax || v >= tlsMax.value) tlsMax = here;
        } else if (x.kind === 'Action') {
          const a = this.action(x, lv);
          if (a) e.actions.push(a);
          else ok = false;
        }
      }
    }
    e.tlsMin = tlsMax;
    this.dropDenied(e);
    // mtls: the most specific tier that has any.
    for (let t = tiers.length - 1; t >= 0; t--) {
      const stmts = tiers[t]!.flatMap((lv) => lv.stmts.filter((x) => x.kind === 'Mtls').map((x) => ({ x, lv })));
      if (stmts.length === 0) continue;
      const cas: CaIR[] = [];
      for (const { x, lv } of stmts) {
        if (x.kind !== 'Mtls') continue;
        for (const c of x.cas) {
          const v = this.caSource(c, lv.file, lv.scope);
          if (v === null) ok = false;
          else for (const y of v) if (!cas.some((z) => z.value === y.value)) cas.push(y);
        }
      }
      const first = stmts[0]!;
      e.mtls = { cas, loc: loc(first.lv.file, first.x) };
      break;
    }
    e.ok = ok;
    return e;
  }

  /**
   * Deny wins: an allowed range that lies inside a denied one can never let anyone in, so it is
   * left out of the exposure's allow lists (with a warning) instead of contradicting the deny.
   */
  private dropDenied(e: Pick<ExposureIR, 'denies' | 'allowGroups'>): void {
    if (e.denies.length === 0 || e.allowGroups.length === 0) return;
    const denied = e.denies.flatMap((d) => d.group.cidrs.map((c) => ({ c, group: d.group.name })));
    e.allowGroups = e.allowGroups.map((a) => {
      const keep = a.group.cidrs.filter((c) => {
        const hit = denied.find((d) => this.inside(c.value, d.c.value));
        if (!hit) return true;
        this.ctx.report(M.allowDenied, c.loc, [c.value, a.group.name, hit.c.value, hit.group], { related: [relatedAt(hit.c.loc, `'${hit.c.value}' is denied here.`)] });
        return false;
      });
      return keep.length === a.group.cidrs.length ? a : { group: { ...a.group, cidrs: keep }, loc: a.loc };
    });
  }

  /** True when CIDR `a` lies inside CIDR `b` (memoised: the same groups recur in every site). */
  private inside(a: string, b: string): boolean {
    const key = `${a} ${b}`;
    let v = this.insideCache.get(key);
    if (v === undefined) {
      const p = parseCidr(a);
      const q = parseCidr(b);
      v = !!p && !!q && p[0].kind() === q[0].kind() && q[1] <= p[1] && (p[0] as { match(r: unknown, bits: number): boolean }).match(q[0], q[1]);
      this.insideCache.set(key, v);
    }
    return v;
  }

  /** Parses and checks an exposure URL. */
  private publicUrl(u: UrlLiteral, item: BodyItem): ExposureIR['url'] | null {
    const raw = text(u, item.scope);
    const l = loc(item.file, u);
    const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/([^/:?#\s]*)(?::(\d*))?([/?#].*)?$/.exec(raw);
    if (!m) {
      this.ctx.report(M.invalidUrl, l, [raw, 'public URL', 'write https://host, tls://host or tcp://host:port']);
      return null;
    }
    const scheme = m[1]!.toLowerCase();
    const host = m[2]!.toLowerCase();
    const port = m[3] !== undefined && m[3] !== '' ? Number(m[3]) : undefined;
    if (scheme === 'http') {
      this.ctx.report(M.plainHttpExposure, l, [raw]);
      return null;
    }
    if (scheme !== 'https' && scheme !== 'tls' && scheme !== 'tcp') {
      this.ctx.report(M.invalidUrl, l, [raw, 'public URL', 'use https://, tls:// or tcp://']);
      return null;
    }
    if (m[4] !== undefined && m[4] !== '/') {
      if (scheme === 'https' && /^\/[^?#]*$/.test(m[4])) this.ctx.report(M.urlWithPath, l, [raw, m[4]]);
      else this.ctx.report(M.invalidUrl, l, [raw, 'public URL', 'an endpoint URL has no path, query or fragment']);
      return null;
    }
    if (!/^(?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/.test(host)) {
      this.ctx.report(M.invalidUrl, l, [raw, 'public URL', 'the host is not a domain name']);
      return null;
    }
    if (/\.internal$/.test(host)) {
      this.ctx.report(M.invalidUrl, l, [raw, 'public URL', 'internal URLs are generated from the services; an exposure needs a public domain']);
      return null;
    }
    if (m[3] !== undefined && (port === undefined || port < 1 || port > 65535)) {
      this.ctx.report(M.invalidUrl, l, [raw, 'public URL', 'the port must be 1–65535']);
      return null;
    }
    if (scheme === 'tcp' && port === undefined) {
      this.ctx.report(M.invalidUrl, l, [raw, 'public URL', 'a tcp:// URL is a reserved TCP address and needs its port (tcp://1.tcp.ngrok.io:12345)']);
      return null;
    }
    if ((scheme === 'https' || scheme === 'tls') && port !== undefined && port !== 443) {
      this.ctx.report(M.invalidUrl, l, [raw, 'public URL', `public ${scheme}:// endpoints listen on port 443`]);
      return null;
    }
    const normalized = normalizeEndpointUrl(`${scheme}://${host}${port !== undefined ? ':' + port : ''}`);
    return { raw, normalized, scheme, host, port: scheme === 'tcp' ? port : undefined, loc: l };
  }

  /** Converts an `action` statement's object literal to JSON with a source map. */
  private action(x: ActionStatement, lv: Level): ActionIR | null {
    const map: [string, Loc][] = [];
    const l: Loc = { file: lv.file, range: x.range, user: true };
    const convert = (v: JsonValue, ptr: string): unknown => {
      map.push([ptr, { file: lv.file, range: v.range, user: true }]);
      switch (v.kind) {
        case 'String':
          return text(v, lv.scope);
        case 'Number':
          return v.value;
        case 'Boolean':
          return v.value;
        case 'Null':
          return null;
        case 'Array':
          return v.items.map((it, i) => convert(it, `${ptr}/${i}`));
        case 'Object': {
          const o: Record<string, unknown> = {};
          for (const en of v.entries) o[en.key] = convert(en.value, `${ptr}/${escapePointer(en.key)}`);
          return o;
        }
      }
    };
    const value = convert(x.action, '') as Record<string, unknown>;
    map[0] = ['', l];
    const type = typeof value['type'] === 'string' ? (value['type'] as string) : undefined;
    if (type === undefined || Object.keys(value).some((k) => k !== 'type' && k !== 'config')) {
      this.ctx.report(M.actionShape, l, []);
      return null;
    }
    const a: ActionIR = { point: x.point, loc: l, value, map, type };
    if (x.when) a.when = { value: text(x.when, lv.scope), loc: { ...loc(lv.file, x.when), user: true, condition: true } };
    return a;
  }

  // -------------------------------------------------------------------------------------------
  // Fleet-wide checks

  private crossSiteChecks(sites: SiteIR[]): void {
    // Public URLs belong to one site.
    const owner = new Map<string, { site: string; loc: Loc }>();
    for (const s of sites) {
      const mine = new Set<string>();
      for (const e of s.exposures) {
        const prev = owner.get(e.url.normalized);
        if (prev && prev.site !== s.name) {
          if (!mine.has(e.url.normalized)) this.ctx.report(M.duplicatePublicUrl, e.url.loc, [e.url.normalized, prev.site], { related: [relatedAt(prev.loc, `Site '${prev.site}' exposes it here.`)] });
          mine.add(e.url.normalized);
          continue;
        }
        if (!prev) owner.set(e.url.normalized, { site: s.name, loc: e.url.loc });
      }
      // Exposures sharing a hostname agree on TLS settings.
      const firstAt = new Map<string, ExposureIR>();
      for (const e of s.exposures) {
        const f = firstAt.get(e.url.normalized);
        if (!f) {
          firstAt.set(e.url.normalized, e);
          continue;
        }
        if ((f.tlsMin?.value ?? '') !== (e.tlsMin?.value ?? '')) {
          this.ctx.report(M.sharedHostTls, e.tlsMin?.loc ?? e.loc, [e.url.normalized, 'tls min'], { related: [relatedAt(f.tlsMin?.loc ?? f.loc, f.tlsMin ? `The first exposure sets 'tls min ${f.tlsMin.value}' here.` : 'The first exposure, without tls min, is here.')] });
        }
        const ca = (x: ExposureIR) => (x.mtls ? x.mtls.cas.map((c) => c.value).join('\0') : '');
        if (ca(f) !== ca(e)) {
          this.ctx.report(M.sharedHostTls, e.mtls?.loc ?? e.loc, [e.url.normalized, 'mtls'], { related: [relatedAt(f.mtls?.loc ?? f.loc, f.mtls ? 'The first exposure sets mtls here.' : 'The first exposure, without mtls, is here.')] });
        }
      }
    }
    this.bindChecks(sites);
  }

  /** Authtoken ACL: each site's bind patterns cover its internal hosts and no other site's. */
  private bindChecks(sites: SiteIR[]): void {
    const hostsOf = (s: SiteIR) => s.services.map((svc) => internalHost(svc.internalUrl));
    // Index every internal host and every suffix of it.
    const exact = new Map<string, string[]>();
    const bySuffix = new Map<string, string[]>();
    for (const s of sites) {
      for (const h of hostsOf(s)) {
        push(exact, h, `${s.name}\0${h}`);
        const labels = h.split('.');
        for (let i = 1; i < labels.length; i++) push(bySuffix, labels.slice(i).join('.'), `${s.name}\0${h}`);
      }
    }
    for (const s of sites) {
      const patterns: Located<string>[] = [];
      for (const b of s.binds) {
        const p = b.value.toLowerCase();
        if (p !== '*' && !/^(?:\*\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*$/.test(p)) {
          this.ctx.report(M.invalidBind, b.loc, [b.value]);
          continue;
        }
        patterns.push({ value: p, loc: b.loc });
        if (p === '*' || p === '*.internal') this.ctx.report(M.bindTooBroad, b.loc, [b.value, s.name]);
        const matches = p === '*' ? [...exact.values()].flat() : p.startsWith('*.') ? [...(exact.get(p.slice(2)) ?? []), ...(bySuffix.get(p.slice(2)) ?? [])] : (exact.get(p) ?? []);
        const reported = new Set<string>();
        for (const m of matches) {
          const [other, host] = m.split('\0') as [string, string];
          if (other === s.name || reported.has(other)) continue;
          reported.add(other);
          this.ctx.report(M.bindCoversOther, b.loc, [b.value, s.name, host, other]);
        }
      }
      const uncovered = hostsOf(s).filter((h) => !patterns.some((p) => bindMatches(p.value, h)));
      if (uncovered.length > 0 && patterns.length === s.binds.length) {
        this.ctx.report(M.bindNotCovering, s.binds[0]!.loc, [s.name, listNames(uncovered), uncovered.length === 1 ? 'it' : 'them']);
      }
    }
  }
}

/** The certificate blocks of a PEM text (other text dropped), LF line ends; undefined when there are none. */
export function pemCertificates(text: string): string | undefined {
  const blocks = text.replace(/\r\n?/g, '\n').match(/-----BEGIN CERTIFICATE-----\n[\s\S]*?\n-----END CERTIFICATE-----/g);
  if (!blocks) return undefined;
  return blocks.map((b) => b.split('\n').map((x) => x.trim()).join('\n')).join('\n') + '\n';
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v);
  else m.set(k, [v]);
}

/** True when an ACL bind pattern covers a host (`*.x` covers `x` and every name below it). */
export function bindMatches(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) {
    const base = pattern.slice(2);
    return host === base || host.endsWith('.' + base);
  }
  return pattern === host;
}

function internalHost(url: string): string {
  return url.replace(/^[a-z]+:\/\//, '').replace(/:\d+$/, '');
}

function familyName(f: 'http' | 'tcp' | 'tls'): string {
  return f === 'http' ? 'HTTPS' : f.toUpperCase();
}

/** The internal URL of a service: `https://svc.site.internal`, `tcp://svc.site.internal:port`, `tls://…:port`. */
function internalUrl(svc: ServiceIR, site: string): string {
  const host = `${svc.name}.${site}.internal`;
  if (svc.family === 'http') return `https://${host}`;
  const port = svc.upstream.port ?? (svc.upstream.scheme === 'http' ? 80 : 443);
  return `${svc.family}://${host}:${port}`;
}

/** `'a'`, `'a' and 'b'`, `'a', 'b' and 'c'`. */
export function listNames(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

function hint(h: string | undefined): { hint?: string } {
  return h ? { hint: h } : {};
}

/** RFC 6901 escaping of one pointer segment. */
export function escapePointer(seg: string): string {
  return seg.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Compact IPv6 text of 16 bytes (RFC 5952: longest zero run compressed, lower case). */
function v6String(bytes: number[]): string {
  const words: number[] = [];
  for (let i = 0; i < 16; i += 2) words.push((bytes[i]! << 8) | bytes[i + 1]!);
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLen && j - i >= 2) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(':');
  return `${hex.slice(0, bestStart).join(':')}::${hex.slice(bestStart + bestLen).join(':')}`;
}
