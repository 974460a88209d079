/**
 * `importNgrok()`: hand-written ngrok files (ngrok.yml agent configs, cloud endpoint bodies)
 * → a `.tpc` draft, plus a report of everything the draft could not express faithfully.
 *
 * How files become the language:
 * - each agent config is a site (several configs of one site: a failover pair, or the
 *   compiled `ngrok.yml` / `ngrok-failover.yml` / `ngrok-on-demand.yml` of one folder); its
 *   internal endpoints become services;
 * - a cloud endpoint becomes exposures of the services it forwards to (one per path rule);
 *   a public agent endpoint becomes a service plus an exposure (tpc puts a cloud endpoint in
 *   front of an internal one);
 * - `restrict-ips` → allow/deny groups, a client-IP `deny` rule → a deny group,
 *   `jwt-validation` / `oauth` / `openid-connect` → identities, `terminate-tls` → `tls min` /
 *   `mtls ca`, path rules → `path`, and every other action verbatim through the
 *   `action first | before-forward | response { … }` escape hatch at the point that keeps its order;
 *   a request rule with one condition that is not a path and one action that does not forward,
 *   placed before the access and forward rules of its path, → `action first when "…" { … }` (so
 *   too a leading connection rule of a TCP/TLS endpoint), and a response rule with one such
 *   condition and one action → `action response when "…" { … }`.
 *
 * What cannot be stated faithfully is reported with its position and never silently dropped. When
 * it concerns who gets in (a request or connection rule), the exposure is written so it denies
 * every request ("fails closed") until a person finishes the draft, so a draft is never more
 * permissive than the original.
 * @internal
 */

import { normalize } from 'node:path';
import { compareDiagnostics, createDiagnostic, type Diagnostic, type Range } from '../diagnostics/diagnostic.js';
import { formatMessage, type MessageTemplate } from '../diagnostics/messages.js';
import { format } from '../dsl/index.js';
import { getAt, loadText, type Path, type SourceDocument } from '../ngrok/load.js';
import { analyzeExpression } from '../ngrok/cel/analyze.js';
import type { PhaseName } from '../ngrok/cel/catalog.js';
import { validateSchema } from '../ngrok/schema.js';
import { baseName, buildWorkspace, canonicalUrl, isInternalHost, parseEndpointUrl, policyFilePath, type EndpointRef, type PolicyRef } from '../rules/workspace.js';
import { ImportMessages as M } from './messages.js';
import * as R from './recognize.js';
import { isPlainPath, literal, Namer, quote, sanitizeName, stableKey, urlText } from './text.js';

/** One input file: its path (as reported) and its text. */
export interface ImportFile {
  /** The path reported in findings and in the draft's comments. */
  path: string;
  /** The file's text (YAML or JSON). */
  text: string;
  /**
   * For a Traffic Policy file on its own: the URL of the cloud endpoint whose policy it is
   * (`https://…`, `tls://…`, `tcp://host:port`). Without it such a file names no endpoint and is
   * reported, not imported.
   */
  url?: string;
}

/** Something the draft could not express faithfully, with where it is. */
export interface UnsupportedItem {
  file: string;
  line: number;
  column: number;
  message: string;
  /** The TPC7xxx code (or the loader's TPC0xxx code). */
  code: string;
}

/** What {@link importNgrok} returns. */
export interface ImportResult {
  /** The `.tpc` draft, formatted canonically. */
  source: string;
  /** Every warning and error of `diagnostics`: what the draft does not reproduce. Empty when the draft is faithful. */
  unsupported: UnsupportedItem[];
  /** Everything found, sorted: the unsupported items plus notes (severity `info`) on faithful changes. */
  diagnostics: Diagnostic[];
}

/** Options of {@link importNgrok}. */
export interface ImportOptions {
  /** Name of the draft file, for its header comment. */
  draftName?: string;
}

type Obj = Record<string, unknown>;
type Family = 'http' | 'tcp' | 'tls';
type Role = 'primary' | 'failover' | 'on-demand';

interface Loc {
  file: string;
  range: Range;
}

interface SiteDraft {
  key: string;
  name: string;
  connectUrl?: string;
  failover: boolean;
  services: ServiceDraft[];
  exposures: ExposureDraft[];
  serviceNames: Namer;
  files: string[];
}

interface ServiceDraft {
  site: SiteDraft;
  name: string;
  upstream: string;
  onDemand: boolean;
  family: Family;
  /** Canonical URL of the internal endpoint it came from. */
  original?: string;
  pooled: boolean;
  /** Where its internal URL was written (for the rename note, made once exposures are known). */
  urlLoc?: Loc;
  /** Where `pooling_enabled: true` was written (reported unless the site turns out to be a failover pair). */
  poolLoc?: { loc: Loc; label: string };
  /** Why exposures of this service must fail CLOSED (its internal policy was not imported). */
  blocked?: string;
}

interface ExposureDraft {
  service: ServiceDraft;
  url: string;
  path?: string;
  tls?: R.TlsSettings;
  deny: string[];
  allow: string[];
  first: Obj[];
  before: Obj[];
  response: Obj[];
  notes: string[];
  from: string;
  failClosed: boolean;
}

interface RuleRef {
  phase: string;
  index: number;
  rule: Obj;
  path: Path;
  label: string;
  loc: Loc;
}

type Step =
  | { k: 'act'; a: Obj; rule: RuleRef }
  /** A rule with one condition other than a path and one action that does not forward. */
  | { k: 'cond'; a: Obj; when: string; rule: RuleRef }
  | { k: 'denyIp'; cidrs: string[]; rule: RuleRef }
  | { k: 'allowIp'; cidrs: string[]; tail: Obj[]; target: string; rule: RuleRef }
  | { k: 'email'; check: R.EmailCheck; rule: RuleRef };

/** One run of consecutive request rules keyed on the same path (or on none). */
interface Segment {
  path?: string;
  steps: Step[];
  first: RuleRef;
  terminal?: { a: Obj; rule: RuleRef };
  /** Why it cannot be imported faithfully (reported already). */
  broken: boolean;
  /** Keyed on a plain `startsWith('/p')` test, which also catches `/px` in the original. */
  loose?: boolean;
}

/** The exposure a segment becomes, before services are resolved. */
interface Shape {
  target: { kind: 'url'; url: string; rule: RuleRef } | { kind: 'self' } | { kind: 'nobody' };
  deny: string[][];
  allow: { cidrs?: string[]; identity?: string; anyone?: true }[];
  first: Obj[];
  before: Obj[];
}

const ANYONE = ['0.0.0.0/0', '::/0'];
/** How a report ends when the draft's exposure fails closed because of it. */
const CLOSED = 'the exposure denies every request until you fix it';
const TPC_FILE = /^ngrok([-._].*)?\.ya?ml$/i;

/**
 * Turns ngrok files into a `.tpc` draft. Pure: reads nothing from disk. Never throws for bad
 * input: unreadable documents and unsupported constructs come back as diagnostics.
 */
export function importNgrok(files: readonly ImportFile[], options: ImportOptions = {}): ImportResult {
  const imp = new Importer();
  try {
    imp.run(files);
  } catch (e) {
    imp.report(M.internalError, { file: files[0]?.path ?? '<input>', range: START }, [e instanceof Error ? e.message : String(e)]);
  }
  const raw = imp.emit(files.map((f) => f.path), options);
  let source = raw;
  const formatted = format(raw, { file: options.draftName ?? 'draft.tpc' });
  if (formatted.text !== undefined) source = formatted.text;
  else {
    const first = formatted.diagnostics[0];
    imp.report(M.internalError, { file: options.draftName ?? 'draft.tpc', range: START }, [`the draft does not parse (${first ? `${first.line}:${first.column} ${first.message}` : 'unknown error'})`]);
  }
  const diagnostics = [...imp.diagnostics].sort(compareDiagnostics);
  const unsupported = diagnostics
    .filter((d) => d.severity !== 'info')
    .map((d) => ({ file: d.file, line: d.line, column: d.column, message: d.message, code: d.code }));
  return { source, unsupported, diagnostics };
}

const START: Range = { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: 1, offset: 0 } };

function folderName(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  if (i < 0) return '';
  return baseName(file.slice(0, i));
}

function stem(file: string): string {
  return baseName(file).replace(/\.[^.]*$/, '');
}

function clip(s: string, n = 80): string {
  return s.length <= n ? s : s.slice(0, n - 1) + '…';
}

function familyOfScheme(scheme: string | undefined): Family | undefined {
  if (scheme === 'http' || scheme === 'https') return 'http';
  if (scheme === 'tcp' || scheme === 'tls') return scheme;
  return undefined;
}

class Importer {
  readonly diagnostics: Diagnostic[] = [];
  private readonly sites = new Map<string, SiteDraft>();
  private readonly siteNames = new Namer();
  private readonly globalNames = new Namer(['anyone']);
  private readonly groups = new Map<string, { name: string; cidrs: string[] }>();
  private readonly identities = new Map<string, { name: string; text: string }>();
  private readonly internal = new Map<string, ServiceDraft>();
  private readonly publicUrls = new Map<string, string>();
  /** The condition of each action imported as `action first|response when "…"`. */
  private readonly whens = new Map<Obj, string>();
  private anyoneUsed = false;

  report(msg: MessageTemplate, loc: Loc, args: (string | number)[]): void {
    this.diagnostics.push(createDiagnostic({ code: msg.code, severity: msg.severity, message: formatMessage(msg.template, args), file: loc.file, range: loc.range }));
  }

  private at(doc: SourceDocument, path: Path, part: 'value' | 'key' = 'value'): Loc {
    return { file: doc.file, range: doc.locate(path, part) };
  }

  // -------------------------------------------------------------------------------------------
  // Inputs
  // -------------------------------------------------------------------------------------------

  run(files: readonly ImportFile[]): void {
    const docs: SourceDocument[] = [];
    const bare: SourceDocument[] = [];
    const policyUrls = new Map<SourceDocument, string>();
    for (const f of files) {
      const loaded = loadText(f.path, f.text);
      for (const d of loaded.diagnostics) {
        this.diagnostics.push(d);
      }
      if (loaded.documents.length === 0) {
        const why = loaded.diagnostics.find((d) => d.severity === 'error')?.message ?? 'it is empty';
        this.report(M.notLoaded, { file: f.path, range: START }, [clip(why.replace(/\.$/, ''))]);
      }
      for (const doc of loaded.documents) {
        if (isTpcOutput(doc.value)) this.report(M.tpcAcl, this.at(doc, []), [baseName(doc.file)]);
        else if (doc.kind === 'unknown') this.report(M.notNgrok, this.at(doc, []), []);
        else if (doc.kind === 'traffic-policy' && f.url !== undefined) policyUrls.set(doc, f.url);
        else if (doc.kind === 'traffic-policy') bare.push(doc);
        else docs.push(doc);
      }
    }
    // A policy file an agent endpoint names in `traffic_policy_file` (next to its ngrok.yml) is
    // that endpoint's policy.
    const fileOf = (configFile: string, ref: string) => {
      const path = policyFilePath(configFile, ref);
      return bare.find((d) => normalize(d.file) === path);
    };
    const { workspace, diagnostics } = buildWorkspace(docs, undefined, fileOf);
    for (const d of diagnostics) this.diagnostics.push(d);
    const attached = new Set(workspace.policies.filter((p) => p.endpoint && p.doc !== p.endpoint.doc).map((p) => p.doc));
    // A policy file that repeats the policy of an imported endpoint (tpc writes both) adds nothing.
    const known = new Map<string, string>();
    for (const p of workspace.policies) if (p.endpoint) known.set(stableKey(p.policy), p.endpoint.doc.file);
    for (const doc of bare) {
      if (attached.has(doc)) continue;
      const same = known.get(stableKey(doc.value));
      if (same !== undefined) this.report(M.samePolicy, this.at(doc, []), [same]);
      else this.report(M.barePolicy, this.at(doc, []), []);
    }

    // Sites and services first (pass 1), then public agent endpoints, then cloud endpoints.
    const roles = new Map<SourceDocument, Role>();
    for (const agent of workspace.agents) {
      const { key, role } = this.siteKeyOf(agent.doc);
      roles.set(agent.doc, role);
      const site = this.site(key, agent.doc.file);
      this.agentSettings(agent.doc, site);
      const v = agent.doc.value as Obj;
      if (!Array.isArray(v['endpoints']) && !R.isObject(v['tunnels'])) this.report(M.noEndpoints, this.at(agent.doc, []), []);
    }
    for (const ep of workspace.endpoints) {
      if (ep.kind !== 'agent' || !ep.agent) continue;
      if (ep.path[0] === 'tunnels') {
        this.report(M.tunnel, this.at(ep.doc, ep.path, 'key'), [String(ep.path[1])]);
        continue;
      }
      if (ep.binding === 'internal' || isInternalHost(ep.url?.host)) this.internalEndpoint(ep, this.siteOf(ep.doc), roles.get(ep.doc) ?? 'primary');
    }
    for (const svc of this.internal.values()) {
      if (svc.poolLoc && !svc.site.failover) this.report(M.endpointField, svc.poolLoc.loc, ['pooling_enabled', svc.poolLoc.label]);
    }
    for (const ep of workspace.endpoints) {
      if (ep.kind !== 'agent' || !ep.agent || ep.path[0] === 'tunnels') continue;
      if (!(ep.binding === 'internal' || isInternalHost(ep.url?.host))) this.publicAgentEndpoint(ep, this.siteOf(ep.doc), roles.get(ep.doc) ?? 'primary');
    }
    for (const ep of workspace.endpoints) if (ep.kind === 'cloud') this.cloudEndpoint(ep);
    for (const [doc, url] of policyUrls) this.policyFile(doc, url);
    // The compiler names internal URLs after the service and site; say where that changes a URL.
    for (const svc of this.internal.values()) {
      const compiled = canonicalUrl(parseEndpointUrl(this.compiledInternal(svc)));
      if (svc.original && svc.urlLoc && compiled !== svc.original) this.report(M.renamed, svc.urlLoc, [svc.original, compiled ?? this.compiledInternal(svc)]);
    }
  }

  private siteByKey = new Map<SourceDocument, SiteDraft>();

  private siteOf(doc: SourceDocument): SiteDraft {
    return this.siteByKey.get(doc)!;
  }

  private site(key: string, file: string): SiteDraft {
    let s = this.sites.get(key);
    if (!s) {
      s = { key, name: this.siteNames.take(sanitizeName(key, 'site')), failover: false, services: [], exposures: [], serviceNames: new Namer(), files: [] };
      this.sites.set(key, s);
    }
    if (!s.files.includes(file)) s.files.push(file);
    return s;
  }

  /** The site a document belongs to: tpc's own metadata, a shared `<svc>.<site>.internal` suffix, the folder of an `ngrok*.yml`, or the file name. */
  private siteKeyOf(doc: SourceDocument): { key: string; role: Role } {
    const v = doc.value as Obj;
    const agent = R.isObject(v['agent']) ? v['agent'] : undefined;
    const base = baseName(doc.file);
    let role: Role = /failover/i.test(base) ? 'failover' : /on-demand/i.test(base) ? 'on-demand' : 'primary';
    let key: string | undefined;
    if (agent && typeof agent['metadata'] === 'string') {
      try {
        const meta = JSON.parse(agent['metadata']) as unknown;
        if (R.isObject(meta) && meta['managed-by'] === 'tpc' && typeof meta['site'] === 'string') {
          key = meta['site'];
          if (meta['role'] === 'failover' || meta['role'] === 'on-demand' || meta['role'] === 'primary') role = meta['role'];
        }
      } catch {
        // Not tpc's metadata.
      }
    }
    if (key === undefined) {
      const suffixes = new Set<string>();
      let all = true;
      const eps = Array.isArray(v['endpoints']) ? v['endpoints'] : [];
      for (const item of eps) {
        const u = R.isObject(item) ? parseEndpointUrl(item['url']) : undefined;
        if (!u || !isInternalHost(u.host)) continue;
        const m = /^[a-z0-9-]+\.([a-z0-9-]+)\.internal$/.exec(u.host!);
        if (m) suffixes.add(m[1]!);
        else all = false;
      }
      if (all && suffixes.size === 1) key = [...suffixes][0]!;
    }
    if (key === undefined) key = TPC_FILE.test(base) ? folderName(doc.file) || 'site' : stem(doc.file);
    const site = this.site(key, doc.file);
    this.siteByKey.set(doc, site);
    return { key, role };
  }

  private agentSettings(doc: SourceDocument, site: SiteDraft): void {
    const v = doc.value as Obj;
    for (const k of Object.keys(v)) {
      if (k === 'version' || k === 'agent' || k === 'endpoints' || k === 'tunnels') continue;
      if (k === 'authtoken' || k === 'api_key') this.report(M.agentSecret, this.at(doc, [k], 'key'), [k]);
      else this.report(M.agentSetting, this.at(doc, [k], 'key'), [k]);
    }
    const agent = v['agent'];
    if (!R.isObject(agent)) return;
    for (const [k, val] of Object.entries(agent)) {
      const loc = this.at(doc, ['agent', k], 'key');
      if (k === 'authtoken' || k === 'api_key') this.report(M.agentSecret, loc, [k]);
      else if (k === 'connect_url' && typeof val === 'string' && /^[^\s:/]+:\d+$/.test(val)) {
        if (site.connectUrl !== undefined && site.connectUrl !== val) this.report(M.agentSetting, loc, [k]);
        else site.connectUrl = val;
      } else if (k === 'metadata' && typeof val === 'string' && /"managed-by"\s*:\s*"tpc"/.test(val)) {
        // tpc's own marker: the compiler writes it again.
      } else if (k === 'metadata') this.report(M.dropped, loc, ['agent.metadata', baseName(doc.file)]);
      else this.report(M.agentSetting, loc, [k]);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Agent endpoints
  // -------------------------------------------------------------------------------------------

  private endpointItem(ep: EndpointRef): Obj | undefined {
    const item = getAt(ep.doc.value, ep.path);
    return R.isObject(item) ? item : undefined;
  }

  /** Reports fields that tpc does not generate. False when the endpoint cannot be imported at all. */
  private endpointFields(ep: EndpointRef, item: Obj, label: string): boolean {
    let ok = true;
    for (const [k, val] of Object.entries(item)) {
      const loc = this.at(ep.doc, [...ep.path, k], 'key');
      switch (k) {
        case 'name':
        case 'url':
        case 'upstream':
        case 'traffic_policy':
          break;
        case 'traffic_policy_file':
          // Read and imported as the endpoint's policy when it was given or found next to the config.
          if (ep.policy) break;
          this.report(M.endpointField, loc, [k, label]);
          ok = false;
          break;
        case 'pooling_enabled':
          break;
        case 'bindings':
          if (Array.isArray(val) && val.length > 0 && val[0] === 'kubernetes') {
            this.report(M.badBinding, loc, [label, 'kubernetes']);
            ok = false;
          }
          break;
        case 'description':
          if (!(typeof val === 'string' && val.startsWith('tpc: '))) this.report(M.dropped, loc, ['description', label]);
          break;
        case 'metadata':
          if (!(typeof val === 'string' && /"managed-by"\s*:\s*"tpc"/.test(val))) this.report(M.dropped, loc, ['metadata', label]);
          break;
        default:
          this.report(M.endpointField, loc, [k, label]);
          if (k === 'agent_tls_termination' || k === 'traffic_policy_file') ok = false;
      }
    }
    const up = item['upstream'];
    if (R.isObject(up)) {
      for (const [k, val] of Object.entries(up)) {
        if (k === 'url') continue;
        if (k === 'protocol' && val === 'http1') continue;
        this.report(M.endpointField, this.at(ep.doc, [...ep.path, 'upstream', k], 'key'), [`upstream.${k}`, label]);
      }
    }
    return ok;
  }

  /** The `.tpc` upstream URL of an agent endpoint, or undefined after reporting why not. */
  private upstreamOf(ep: EndpointRef, item: Obj, family: Family, label: string): string | undefined {
    const up = R.isObject(item['upstream']) ? item['upstream']['url'] : undefined;
    const loc = this.at(ep.doc, [...ep.path, 'upstream']);
    if (typeof up !== 'string' && typeof up !== 'number') {
      this.report(M.badUpstream, loc, [up === undefined ? '' : clip(JSON.stringify(up) ?? String(up), 60), label, up === undefined ? 'it has no upstream.url' : 'it is not a port, host:port or URL']);
      return undefined;
    }
    const s = String(up).trim();
    const bad = (why: string): undefined => {
      this.report(M.badUpstream, this.at(ep.doc, [...ep.path, 'upstream', 'url']), [s, label, why]);
      return undefined;
    };
    if (/^\d+$/.test(s)) {
      const port = Number(s);
      if (port < 1 || port > 65535) return bad('the port is out of range');
      if (family === 'http') return port === 443 ? 'https://localhost:443' : `http://localhost:${port}`;
      return `tcp://localhost:${port}`;
    }
    const m = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i.exec(s);
    if (m) {
      const scheme = m[1]!.toLowerCase();
      const rest = m[2]!;
      if (family === 'http') {
        if (scheme !== 'http' && scheme !== 'https') return bad(`a ${scheme}:// upstream is not an HTTP service`);
        if (rest === '') return `${scheme}://localhost:${scheme === 'https' ? 443 : 80}`;
        if (/[\s"'{}(),;#]/.test(rest)) return bad('it has characters a .tpc URL cannot hold');
        return `${scheme}://${rest}`;
      }
      if (scheme !== 'tcp' && !(scheme === 'tls' && family === 'tls')) return bad(`a ${scheme}:// upstream cannot serve a ${family} endpoint`);
      if (!/^[^\s/:]+:\d+$|^\[[0-9a-f:.]+\]:\d+$/i.test(rest)) return bad('a TCP upstream needs host:port');
      return `${scheme}://${rest}`;
    }
    if (/[\s"'{}(),;#/]/.test(s)) return bad('it is not a port, host:port or URL');
    if (family === 'http') return `http://${s}`;
    if (!/:\d+$/.test(s)) return bad('a TCP upstream needs host:port');
    return `tcp://${s}`;
  }

  /** The internal URL the compiler gives a service (its family comes from its exposures, else its upstream). */
  private compiledInternal(svc: ServiceDraft): string {
    const host = `${svc.name}.${svc.site.name}.internal`;
    const exposed = svc.site.exposures.some((x) => x.service === svc);
    const family = exposed ? svc.family : svc.upstream.startsWith('tls://') ? 'tls' : svc.upstream.startsWith('tcp://') ? 'tcp' : 'http';
    if (family === 'http') return `https://${host}`;
    if (family !== svc.family) return `${family}://${host}:${this.portOf(svc)}`;
    return `${svc.family}://${host}:${this.portOf(svc)}`;
  }

  private portOf(svc: ServiceDraft): string {
    const portMatch = /:(\d+)(?:\/.*)?$/.exec(svc.upstream.replace(/^[a-z]+:\/\//i, ''));
    return portMatch ? portMatch[1]! : svc.upstream.startsWith('https') ? '443' : '80';
  }

  private internalEndpoint(ep: EndpointRef, site: SiteDraft, role: Role): void {
    const item = this.endpointItem(ep);
    if (!item) return;
    const label = typeof item['name'] === 'string' ? item['name'] : String(item['url'] ?? '');
    if (!this.endpointFields(ep, item, label)) return;
    const canon = canonicalUrl(ep.url);
    const family = familyOfScheme(ep.url?.scheme);
    if (!canon || !family || !ep.url?.host) {
      this.report(M.badUrl, this.at(ep.doc, [...ep.path, 'url']), [String(item['url'] ?? ''), 'it has no scheme and host']);
      return;
    }
    const upstream = this.upstreamOf(ep, item, family, label);
    if (!upstream) return;
    const existing = this.internal.get(canon);
    if (existing) {
      if (existing.site === site && existing.pooled && ep.poolingEnabled && existing.upstream === upstream) {
        site.failover = true;
        return;
      }
      const where = existing.site === site ? 'another agent of this site without pooling on both or with another upstream' : `site '${existing.site.name}'`;
      this.report(M.sharedInternal, this.at(ep.doc, [...ep.path, 'url']), [canon, where]);
      return;
    }
    const host = ep.url.host;
    const first = host.split('.')[0]!;
    const svc: ServiceDraft = {
      site,
      name: site.serviceNames.take(sanitizeName(first === '*' ? label : first, 'svc')),
      upstream,
      onDemand: role === 'on-demand',
      family,
      original: canon,
      pooled: ep.poolingEnabled,
    };
    site.services.push(svc);
    this.internal.set(canon, svc);
    if (ep.poolingEnabled) svc.poolLoc = { loc: this.at(ep.doc, [...ep.path, 'pooling_enabled'], 'key'), label };
    svc.urlLoc = this.at(ep.doc, [...ep.path, 'url']);
    if (item['traffic_policy'] !== undefined) {
      this.report(M.internalPolicy, this.at(ep.doc, [...ep.path, 'traffic_policy'], 'key'), [canon]);
      svc.blocked = `the policy of its internal endpoint ${canon} was not imported`;
    }
  }

  private publicAgentEndpoint(ep: EndpointRef, site: SiteDraft, role: Role): void {
    const item = this.endpointItem(ep);
    if (!item) return;
    const label = typeof item['name'] === 'string' ? item['name'] : String(item['url'] ?? '');
    const urlLoc = this.at(ep.doc, [...ep.path, item['url'] === undefined ? 'name' : 'url']);
    if (typeof item['url'] !== 'string' || !ep.url?.host || !ep.url.scheme || item['url'].trim().endsWith('://')) {
      if (item['url'] === undefined || (typeof item['url'] === 'string' && /^[a-z]+:\/\/$/i.test(item['url'].trim()))) this.report(M.noFixedUrl, urlLoc, [label]);
      else this.report(M.badUrl, urlLoc, [String(item['url']), 'it has no scheme and host']);
      return;
    }
    const pub = this.publicUrl(item['url'], urlLoc);
    if (!pub) return;
    if (!this.endpointFields(ep, item, label)) return;
    if (ep.poolingEnabled) this.report(M.endpointField, this.at(ep.doc, [...ep.path, 'pooling_enabled'], 'key'), ['pooling_enabled', label]);
    const family = familyOfScheme(pub.scheme)!;
    const upstream = this.upstreamOf(ep, item, family, label);
    if (!upstream) return;
    if (this.publicUrls.has(pub.url)) {
      this.report(M.duplicateUrl, urlLoc, [pub.url, this.publicUrls.get(pub.url)!]);
      return;
    }
    const base = typeof item['name'] === 'string' && item['name'].trim() !== '' ? item['name'] : ep.url.host.split('.')[0]!;
    const svc: ServiceDraft = { site, name: site.serviceNames.take(sanitizeName(base, 'svc')), upstream, onDemand: role === 'on-demand', family, pooled: false };
    site.services.push(svc);
    this.report(M.agentToCloud, urlLoc, [pub.url, this.compiledInternal(svc)]);
    this.endpointPolicy({ url: pub.url, scheme: pub.scheme, self: svc, policy: ep.policy, label, from: ep.doc.file, urlLoc, policyValue: item['traffic_policy'], policyLoc: this.at(ep.doc, [...ep.path, 'traffic_policy']) });
  }

  /** A public URL `.tpc` can expose at, normalised; undefined after reporting why not. */
  private publicUrl(raw: string, loc: Loc): { url: string; scheme: 'https' | 'tcp' | 'tls' } | undefined {
    const u = parseEndpointUrl(raw);
    if (!u?.scheme || !u.host) {
      this.report(M.badUrl, loc, [raw, 'it has no scheme and host']);
      return undefined;
    }
    if (u.scheme === 'http') {
      this.report(M.plainHttp, loc, [raw]);
      return undefined;
    }
    const rest = raw.trim().replace(/^[a-z]+:\/\//i, '');
    if (/[/?#"'\s]/.test(rest.replace(/\/$/, ''))) {
      this.report(M.badUrl, loc, [raw, 'it has a path, a query or characters a URL host cannot have']);
      return undefined;
    }
    if (u.scheme === 'tcp' && u.port === undefined) {
      this.report(M.badUrl, loc, [raw, 'a tcp:// URL needs a port']);
      return undefined;
    }
    return { url: canonicalUrl(u)!, scheme: u.scheme };
  }

  // -------------------------------------------------------------------------------------------
  // Cloud endpoints
  // -------------------------------------------------------------------------------------------

  private cloudEndpoint(ep: EndpointRef): void {
    const v = (ep.path.length === 0 ? ep.doc.value : getAt(ep.doc.value, ep.path)) as Obj;
    const at = (path: Path, part?: 'key') => this.at(ep.doc, [...ep.path, ...path], part);
    // An endpoint object of the ngrok API carries read-only fields beside the create body.
    const fromApi = ep.doc.kind === 'api-endpoints';
    const urlLoc = at(['url']);
    const raw = v['url'];
    if (typeof raw !== 'string') {
      this.report(M.badUrl, urlLoc, [String(raw ?? ''), 'a cloud endpoint needs a url']);
      return;
    }
    const label = raw;
    if (ep.binding !== 'public') {
      this.report(M.badBinding, at(v['bindings'] !== undefined ? ['bindings'] : ['url']), [label, ep.binding]);
      return;
    }
    const pub = this.publicUrl(raw, urlLoc);
    if (!pub) return;
    for (const k of Object.keys(v)) {
      const loc = at([k], 'key');
      if (k === 'url' || k === 'type' || k === 'traffic_policy' || k === 'bindings') continue;
      if (fromApi && API_READ_ONLY.has(k)) continue;
      if (k === 'pooling_enabled') {
        if (v[k] === true) this.report(M.endpointField, loc, [k, label]);
      } else if (k === 'description') {
        if (!(typeof v[k] === 'string' && (v[k] as string).startsWith('tpc: '))) this.report(M.dropped, loc, [k, label]);
      } else if (k === 'metadata') {
        if (!(typeof v[k] === 'string' && /"managed-by"\s*:\s*"tpc"/.test(v[k] as string))) this.report(M.dropped, loc, [k, label]);
      } else this.report(M.endpointField, loc, [k, label]);
    }
    if (this.publicUrls.has(pub.url)) {
      this.report(M.duplicateUrl, urlLoc, [pub.url, this.publicUrls.get(pub.url)!]);
      return;
    }
    this.endpointPolicy({ url: pub.url, scheme: pub.scheme, policy: ep.policy, label, from: ep.doc.file, urlLoc, policyValue: v['traffic_policy'], policyLoc: at(['traffic_policy']) });
  }

  /** A Traffic Policy file given with the URL of its cloud endpoint. */
  private policyFile(doc: SourceDocument, url: string): void {
    const loc = this.at(doc, []);
    const pub = this.publicUrl(url, loc);
    if (!pub) return;
    if (this.publicUrls.has(pub.url)) {
      this.report(M.duplicateUrl, loc, [pub.url, this.publicUrls.get(pub.url)!]);
      return;
    }
    const policy: PolicyRef = { doc, path: [], policy: doc.value as Obj, origin: 'cloud-endpoint' };
    this.endpointPolicy({ url: pub.url, scheme: pub.scheme, policy, label: url, from: doc.file, urlLoc: loc, policyValue: doc.value, policyLoc: loc });
  }

  // -------------------------------------------------------------------------------------------
  // Policies
  // -------------------------------------------------------------------------------------------

  private endpointPolicy(e: {
    url: string;
    scheme: 'https' | 'tcp' | 'tls';
    self?: ServiceDraft;
    policy: PolicyRef | undefined;
    label: string;
    from: string;
    urlLoc: Loc;
    policyValue: unknown;
    policyLoc: Loc;
  }): void {
    const self = e.self;
    const policy = e.policy;
    let closedAll: string | undefined;
    if (!policy) {
      if (e.policyValue !== undefined && e.policyValue !== null) {
        closedAll = 'the exposure denies every request until you fix it';
        this.report(M.notPolicy, e.policyLoc, [typeof e.policyValue === 'string' ? 'the text does not parse as a policy' : `it is a ${Array.isArray(e.policyValue) ? 'list' : typeof e.policyValue}`, self ? closedAll : 'it was not imported']);
        if (!self) return;
      } else if (!self) {
        this.report(M.notPolicy, e.urlLoc, ['there is none', 'it was not imported']);
        return;
      }
    }
    const phases = this.phases(policy, e.scheme);
    const shapes: { shape: Shape | undefined; seg: Segment }[] = [];
    let tls: R.TlsSettings | undefined;
    let responseRules: RuleRef[] = [];
    if (phases.broken) closedAll = 'the exposure denies every request until you fix it';

    if (e.scheme === 'https') {
      const tcp = this.httpsTcpPhase(phases.tcp);
      if (tcp === null) closedAll = 'the exposure denies every request until you fix it';
      else tls = tcp;
      const segs = this.httpSegments(phases.req, !!self);
      for (const seg of segs) shapes.push({ seg, shape: seg.broken ? undefined : this.httpShape(seg) });
      responseRules = phases.res;
    } else {
      const seg = this.tcpSegment(phases.tcp, !!self);
      if (seg) {
        const m = seg.broken ? undefined : this.tcpShape(seg, e.scheme);
        if (m) {
          tls = m.tls;
          shapes.push({ seg, shape: m.shape });
        } else shapes.push({ seg, shape: undefined });
      }
    }
    if (shapes.length === 0) {
      // An agent endpoint with no entry-phase rules forwards everything to its upstream.
      if (self) shapes.push({ seg: { steps: [], first: undefined as unknown as RuleRef, broken: false }, shape: { target: { kind: 'self' }, deny: [], allow: [{ anyone: true }], first: [], before: [] } });
    }

    // Resolve the services the segments reach; the endpoint belongs to the first one's site.
    const resolved: { seg: Segment; shape: Shape | undefined; svc?: ServiceDraft }[] = [];
    const unknownTargets: { url: string; rule: RuleRef }[] = [];
    let primary: ServiceDraft | undefined = self;
    for (const { seg, shape } of shapes) {
      let svc: ServiceDraft | undefined;
      if (shape?.target.kind === 'self') svc = self;
      else if (shape?.target.kind === 'url') {
        const u = parseEndpointUrl(shape.target.url);
        const canon = canonicalUrl(u);
        svc = canon ? this.internal.get(canon) : undefined;
        if (!svc) {
          unknownTargets.push(shape.target);
          resolved.push({ seg, shape: undefined });
          continue;
        }
      } else if (!shape && seg.terminal) {
        const t = R.forwardTarget(seg.terminal.a);
        const canon = t ? canonicalUrl(parseEndpointUrl(t)) : undefined;
        svc = canon ? this.internal.get(canon) : undefined;
      }
      if (svc && !primary) primary = svc;
      resolved.push({ seg, shape, svc });
    }
    for (const t of unknownTargets) this.report(M.unknownTarget, t.rule.loc, [t.rule.label, t.url, primary ? 'That path of the exposure denies every request until you fix it' : 'It was not imported']);
    if (!primary) {
      if (resolved.length > 0) this.report(M.noService, e.urlLoc, [e.label]);
      return;
    }
    const site = primary.site;
    this.publicUrls.set(e.url, e.from);

    const exposures: ExposureDraft[] = [];
    for (const r of resolved) {
      let svc = r.svc ?? primary;
      let shape = r.shape;
      const notes: string[] = [];
      if (svc.site !== site) {
        const rule = r.seg.first;
        this.report(M.crossSite, rule ? rule.loc : e.urlLoc, [rule?.label ?? e.label, svc.name, svc.site.name, site.name, 'the exposure denies every request until you fix it']);
        notes.push(`tpc import: this path forwarded to ${svc.name} of site ${svc.site.name}; it denies every request until you fix it.`);
        svc = primary;
        shape = undefined;
      }
      const want: Family = e.scheme === 'https' ? 'http' : e.scheme;
      if (svc.family !== want) {
        this.report(M.notPolicy, r.seg.first?.loc ?? e.urlLoc, [`it forwards a ${e.scheme}:// endpoint to the ${svc.family} service '${svc.name}'`, 'the path was not imported']);
        continue;
      }
      if (shape && svc.blocked) {
        notes.push(`tpc import: ${svc.blocked}; this exposure denies every request until you fix it.`);
        shape = undefined;
      }
      if (closedAll) shape = undefined;
      const x: ExposureDraft = { service: svc, url: e.url, deny: [], allow: [], first: [], before: [], response: [], notes, from: e.from, failClosed: !shape };
      if (r.seg.path !== undefined) x.path = r.seg.path;
      if (tls && (tls.min !== undefined || tls.cas !== undefined)) x.tls = tls;
      if (shape) {
        x.deny = shape.deny.map((c) => this.group(c));
        for (const a of shape.allow) {
          if (a.anyone) x.allow.push(this.group(ANYONE));
          else if (a.identity) x.allow.push(a.identity);
          else if (a.cidrs) x.allow.push(this.group(a.cidrs));
        }
        x.first = shape.first;
        x.before = shape.before;
        if (x.allow.includes('anyone') && x.allow.length === 1 && x.deny.length === 0 && x.first.length + x.before.length === 0) {
          // tpc compile then reports unprotected-tcp (an error) on a TCP or TLS endpoint: say so now.
          const open = /^(?:tcp|tls):/i.test(e.url) ? " tpc compile reports that as an error on a TCP or TLS endpoint (unprotected-tcp) until you allow a group or require client certificates, or suppress it with '# tpc-disable-next-line unprotected-tcp -- <why>'." : '';
          this.report(M.allowAnyone, e.urlLoc, [e.url + (x.path ?? ''), open]);
        }
      } else if (notes.length === 0) {
        notes.push('tpc import: the original rules here could not be expressed (see the import report); this exposure denies every request until you fix it.');
      }
      exposures.push(x);
    }
    // Response rules go to the exposure whose path they are keyed on.
    this.responseRules(responseRules, exposures);
    site.exposures.push(...exposures);
  }

  /** Splits a policy into the phases an endpoint of `scheme` runs, mapping legacy names. */
  private phases(policy: PolicyRef | undefined, scheme: 'https' | 'tcp' | 'tls'): { tcp: RuleRef[]; req: RuleRef[]; res: RuleRef[]; broken: boolean } {
    const out = { tcp: [] as RuleRef[], req: [] as RuleRef[], res: [] as RuleRef[], broken: false };
    if (!policy) return out;
    const p = policy.policy;
    const entry = scheme === 'https' ? 'on_http_request' : 'on_tcp_connect';
    for (const [key, rules] of Object.entries(p)) {
      const keyLoc = this.at(policy.doc, [...policy.path, key], 'key');
      let phase = key;
      if (key === 'inbound' || key === 'outbound') {
        phase = key === 'inbound' ? entry : 'on_http_response';
        if (p[phase] !== undefined) {
          this.report(M.phase, keyLoc, [key, `the policy also has '${phase}'`]);
          out.broken = true;
          continue;
        }
        this.report(M.legacyPhase, keyLoc, [key, phase]);
      }
      const known = scheme === 'https' ? ['on_tcp_connect', 'on_http_request', 'on_http_response'] : ['on_tcp_connect'];
      if (!known.includes(phase)) {
        const why = phase === 'on_event_stream_message' ? '.tpc has no action point for server-sent event messages' : `a ${scheme}:// endpoint does not run it`;
        this.report(M.phase, keyLoc, [key, why]);
        if (phase !== 'on_event_stream_message' && phase !== 'on_http_response') out.broken = true;
        continue;
      }
      if (!Array.isArray(rules)) {
        this.report(M.phase, keyLoc, [key, 'its value is not a list of rules']);
        out.broken = true;
        continue;
      }
      const list = phase === 'on_tcp_connect' ? out.tcp : phase === 'on_http_request' ? out.req : out.res;
      rules.forEach((rule, i) => {
        const path = [...policy.path, key, i];
        const loc = this.at(policy.doc, path);
        if (!R.isObject(rule)) {
          this.report(M.condition, loc, [`${key}[${i}]`, 'it is not a rule object', 'the exposure denies every request until you fix it']);
          out.broken = true;
          return;
        }
        const label = typeof rule['name'] === 'string' && rule['name'].trim() !== '' ? clip(rule['name'], 60) : `${key}[${i}]`;
        list.push({ phase, index: i, rule, path, label, loc });
      });
    }
    return out;
  }

  private actionsOf(r: RuleRef): Obj[] | undefined {
    const acts = r.rule['actions'];
    if (!Array.isArray(acts) || acts.length === 0 || !acts.every((a) => R.isObject(a) && typeof a['type'] === 'string')) return undefined;
    return acts as Obj[];
  }

  private expressionsOf(r: RuleRef): string[] | undefined {
    const ex = r.rule['expressions'];
    if (ex === undefined || ex === null) return [];
    if (!Array.isArray(ex) || !ex.every((x) => typeof x === 'string')) return undefined;
    return ex as string[];
  }

  /** `on_tcp_connect` of an HTTPS endpoint: only a terminate-tls that `tls min` / `mtls` state. Null when not. */
  private httpsTcpPhase(rules: RuleRef[]): R.TlsSettings | undefined | null {
    let tls: R.TlsSettings | undefined;
    for (const r of rules) {
      const acts = this.actionsOf(r);
      const ex = this.expressionsOf(r);
      const settings = acts && acts.length === 1 ? R.tlsSettings(acts[0]!) : undefined;
      if (!acts || !ex || ex.length > 0 || !settings || tls) {
        this.report(M.tcpPhase, r.loc, [r.label, 'the exposure denies every request until you fix it']);
        return null;
      }
      tls = settings;
    }
    return tls;
  }

  /** Splits request rules into path segments (see {@link Segment}); reports what it cannot follow. */
  private httpSegments(rules: RuleRef[], agent: boolean): Segment[] {
    const segs: Segment[] = [];
    let cur: Segment | undefined;
    let ended = false;
    const closed = new Map<string, Segment>();
    const keyOf = (p: string | undefined) => (p === undefined ? '\0' : p);
    // A plain `startsWith('/p')` becomes `path /p` (narrower: not `/px`) only when what the draft
    // then leaves out is denied, not taken by another exposure: every rule is keyed on a path,
    // except perhaps a last rule that ends every other request without forwarding it; and the
    // endpoint is not an agent endpoint (its upstream takes what no rule ends).
    const keyed = (r: RuleRef) => (this.expressionsOf(r) ?? []).some((e) => R.pathCondition(e) !== undefined || R.prefixCondition(e) !== undefined);
    const closing = (r: RuleRef, i: number) => {
      const acts = this.actionsOf(r);
      return i === rules.length - 1 && this.expressionsOf(r)?.length === 0 && acts?.length === 1 && R.isTerminal(acts[0]!) && R.forwardTarget(acts[0]!) === undefined;
    };
    const looseOk = !agent && rules.every((r, i) => keyed(r) || closing(r, i));
    for (let i = 0; i < rules.length; i++) {
      const r = rules[i]!;
      if (ended) {
        this.report(M.unreachable, r.loc, [r.label]);
        continue;
      }
      const acts = this.actionsOf(r);
      const ex = this.expressionsOf(r);
      // The compiler's closing "no exposure matches the path" rule.
      if (i === rules.length - 1 && acts?.length === 1 && ex?.length === 0 && R.isNotFound404(acts[0]!) && segs.length > 0 && segs.every((s) => s.path !== undefined && s.terminal)) {
        break;
      }
      const exact = (ex ?? []).map(R.pathCondition);
      const paths = (ex ?? []).map((e, k) => exact[k] ?? (looseOk ? R.prefixCondition(e) : undefined));
      const loose = paths.some((p, k) => p !== undefined && exact[k] === undefined);
      const pathSet = new Set(paths.filter((p): p is string => p !== undefined));
      const path = pathSet.size === 1 ? [...pathSet][0] : undefined;
      const key = keyOf(path);
      if (!cur || keyOf(cur.path) !== key) {
        if (closed.has(key)) {
          const prev = closed.get(key)!;
          if (prev.terminal) this.report(M.unreachable, r.loc, [r.label]);
          else {
            this.report(M.fallsThrough, prev.first.loc, [prev.first.label, 'the exposure denies every request until you fix it']);
            prev.broken = true;
          }
          continue;
        }
        if (cur && !cur.terminal && !cur.broken) {
          this.report(M.fallsThrough, cur.first.loc, [cur.first.label, 'the exposure denies every request until you fix it']);
          cur.broken = true;
        }
        cur = { steps: [], first: r, broken: false };
        if (path !== undefined) cur.path = path;
        segs.push(cur);
        closed.set(key, cur);
      }
      const seg = cur;
      if (seg.terminal) {
        this.report(M.unreachable, r.loc, [r.label]);
        continue;
      }
      if (loose && path !== undefined && pathSet.size === 1 && isPlainPath(path)) {
        this.report(M.loosePrefix, r.loc, [r.label, path]);
        seg.loose = true;
      }
      if (!acts || !ex || pathSet.size > 1 || (path !== undefined && !isPlainPath(path))) {
        this.report(M.condition, r.loc, [r.label, !acts ? 'its actions are not a list of typed actions' : !ex ? 'its expressions are not a list of strings' : 'it tests more than one path', 'the exposure denies every request until you fix it']);
        seg.broken = true;
        continue;
      }
      const conds = ex.filter((_, k) => paths[k] === undefined);
      const step = this.httpStep(r, conds, acts);
      if (!step) {
        seg.broken = true;
        continue;
      }
      for (const s of step) {
        if (seg.terminal) {
          if (seg.terminal.rule === r && s.k === 'act') this.report(M.unreachableAction, r.loc, [String(s.a['type']), r.label, String(seg.terminal.a['type'])]);
          else this.report(M.unreachable, r.loc, [r.label]);
          break;
        }
        seg.steps.push(s);
        if (s.k === 'act' && R.isTerminal(s.a)) seg.terminal = { a: s.a, rule: r };
      }
      if (seg.terminal && seg.path === undefined) ended = true;
    }
    // Requests no rule ends fall off the end: an agent endpoint sends them to its upstream.
    const last = segs[segs.length - 1];
    if (last && !last.terminal && !last.broken && !agent) {
      this.report(M.fallsThrough, last.first.loc, [last.first.label, 'the exposure denies every request until you fix it']);
      last.broken = true;
    }
    if (agent && !ended) {
      if (!last || last.path !== undefined || last.terminal) {
        if (!segs.some((s) => s.path === undefined)) segs.push({ steps: [], first: last?.first ?? (undefined as unknown as RuleRef), broken: false });
      }
    }
    // A segment whose path is inside an earlier segment's path is shadowed: it never runs.
    const out: Segment[] = [];
    // A segment after one that could not be imported, and that also catches its requests, is left
    // to that one (which denies everything), since the original ran those rules first.
    for (const s of segs) {
      // An original `startsWith('/p')` also caught `/px…`: a later segment there never ran.
      const covers = (o: Segment) => o.path === undefined || (s.path !== undefined && (s.path === o.path || s.path.startsWith(o.path + '/') || (o.loose === true && s.path.startsWith(o.path))));
      const shadow = out.find((o) => covers(o) && (o.terminal || o.broken));
      if (shadow?.broken) {
        if (s.first) this.report(M.coveredByBroken, s.first.loc, [s.first.label, shadow.path ?? 'every path']);
        continue;
      }
      if (shadow && s.path !== undefined) {
        this.report(M.pathOrder, s.first.loc, [s.path, shadow.path ?? '/', 'this rule never ran and was not imported']);
        continue;
      }
      out.push(s);
    }
    return out;
  }

  /** One request rule as steps; undefined after reporting. */
  private httpStep(r: RuleRef, conds: string[], acts: Obj[]): Step[] | undefined {
    if (conds.length === 0) return acts.map((a) => ({ k: 'act', a, rule: r }));
    if (conds.length === 1) {
      const ip = R.clientIpCondition(conds[0]!);
      if (ip && acts.length === 1 && R.isDeny403(acts[0]!)) return [{ k: 'denyIp', cidrs: ip, rule: r }];
      if (ip && acts.length >= 1) {
        const target = R.forwardTarget(acts[acts.length - 1]!);
        const tail = acts.slice(0, -1);
        // The compiler repeats the address check as a restrict-ips action in the same rule.
        const repeat = tail[0] ? R.ipRestriction(tail[0]) : undefined;
        if (repeat && repeat.deny.length === 0 && stableKey([...new Set(repeat.allow)].sort()) === stableKey([...new Set(ip)].sort())) tail.shift();
        if (target && tail.every((a) => !R.isTerminal(a))) return [{ k: 'allowIp', cidrs: ip, tail, target, rule: r }];
      }
      const email = R.emailCondition(conds[0]!);
      if (email && acts.length === 1 && R.isDeny403(acts[0]!)) return [{ k: 'email', check: email, rule: r }];
      // Any other condition on one action that does not forward: `action first when`, if the
      // rule comes before the access and forward rules of its path (checked by httpShape).
      // The condition must be valid CEL there: the compiled draft is linted, and an invalid
      // expression would make it fail instead of reporting the problem here.
      if (acts.length === 1) {
        const step = this.whenStep(r, conds[0]!, acts[0]!, 'on_http_request');
        if (step === null) return undefined;
        if (step) return [step];
      }
    }
    this.report(M.condition, r.loc, [r.label, clip(conds.join(' && '), 100), CLOSED]);
    return undefined;
  }

  /**
   * A rule of one condition and one action as an `action first when` step (the condition is kept
   * for the draft). Null after reporting a condition that is not valid CEL in `phase` (the compiled
   * draft is linted, and an invalid expression would make it fail instead of being reported
   * here); undefined for a valid condition on a forward, which `when` cannot state.
   */
  private whenStep(r: RuleRef, cond: string, action: Obj, phase: PhaseName): Extract<Step, { k: 'cond' }> | null | undefined {
    const invalid = celError(cond, phase);
    if (invalid) {
      this.report(M.condition, r.loc, [r.label, `${clip(cond, 100)}, which is not valid here: ${invalid.replace(/\.$/, '')}`, CLOSED]);
      return null;
    }
    if (action['type'] === 'forward-internal') return undefined;
    this.whens.set(action, cond);
    return { k: 'cond', a: action, when: cond, rule: r };
  }

  /** The exposure a request segment states; undefined after reporting why it cannot. */
  private httpShape(seg: Segment): Shape | undefined {
    const at = seg.first;
    const fail = (msg: MessageTemplate, r: RuleRef | undefined, args: (string | number)[]): undefined => {
      this.report(msg, r?.loc ?? at.loc, args);
      return undefined;
    };
    const steps = seg.steps;
    // Conditional rules come first, with the actions before them (the compiler puts every
    // `action first`, conditional or not, before the access rules, in source order).
    let lead = 0;
    for (let j = 0; j < steps.length; j++) {
      const s = steps[j]!;
      if (s.k === 'cond') lead = j + 1;
      else if (s.k !== 'act' || R.isTerminal(s.a)) break;
    }
    const head = steps.slice(0, lead).map((s) => (s as { a: Obj }).a);
    const done = (shape: Shape): Shape | undefined => this.checkVerbatim({ ...shape, first: [...head, ...shape.first] }, seg);
    let i = lead;
    const pre: Obj[] = [];
    while (i < steps.length && steps[i]!.k === 'act' && !R.isTerminal((steps[i] as { a: Obj }).a)) pre.push((steps[i++] as { a: Obj }).a);
    const denies: string[][] = [];
    while (i < steps.length && steps[i]!.k === 'denyIp') denies.push((steps[i++] as { cidrs: string[] }).cidrs);
    let allowIp: Extract<Step, { k: 'allowIp' }> | undefined;
    if (i < steps.length && steps[i]!.k === 'allowIp') allowIp = steps[i++] as Extract<Step, { k: 'allowIp' }>;
    // Without client-IP rules in between, the leading actions are simply the start of the chain.
    const chain: Obj[] = denies.length === 0 && !allowIp ? pre.splice(0) : [];
    const emails = new Map<number, Extract<Step, { k: 'email' }>>();
    let terminal: Obj | undefined;
    for (; i < steps.length; i++) {
      const s = steps[i]!;
      if (s.k === 'act') {
        if (R.isTerminal(s.a)) {
          terminal = s.a;
          break;
        }
        chain.push(s.a);
      } else if (s.k === 'email') {
        const prev = chain[chain.length - 1];
        const prevLogin = prev ? R.loginIdentity(prev) : undefined;
        if (!prevLogin || prevLogin.kind !== s.check.login || emails.has(chain.length - 1)) return fail(M.condition, s.rule, [s.rule.label, 'an e-mail check that does not directly follow its login action', CLOSED]);
        emails.set(chain.length - 1, s);
      } else if (s.k === 'cond') {
        // After an access rule, a condition cannot keep its place (`action first` runs before them).
        return fail(M.condition, s.rule, [s.rule.label, clip(s.when, 100), CLOSED]);
      } else {
        return fail(M.condition, s.rule, [s.rule.label, s.k === 'denyIp' ? 'a client-IP deny after other actions' : 'a client-IP allow after other actions', CLOSED]);
      }
    }
    let target: Shape['target'];
    if (!terminal) target = { kind: 'self' };
    else {
      const t = R.forwardTarget(terminal);
      if (t) target = { kind: 'url', url: t, rule: seg.terminal!.rule };
      else if (R.isDeny403(terminal)) target = { kind: 'nobody' };
      else return fail(M.terminal, seg.terminal!.rule, [seg.terminal!.rule.label, String(terminal['type']), CLOSED]);
    }
    if (target.kind === 'nobody') {
      if (allowIp || emails.size > 0) return fail(M.condition, allowIp?.rule ?? seg.terminal!.rule, [(allowIp?.rule ?? seg.terminal!.rule).label, 'an allow rule before a deny-everyone rule', CLOSED]);
      if (chain.length > 0 && denies.length > 0) return fail(M.terminal, seg.terminal!.rule, [seg.terminal!.rule.label, 'deny', CLOSED]);
      return done({ target, deny: denies, allow: [], first: [...pre, ...chain], before: [] });
    }
    if (allowIp && target.kind === 'url' && allowIp.target !== target.url) return fail(M.condition, allowIp.rule, [allowIp.rule.label, 'a client-IP allow that forwards elsewhere than the login path', CLOSED]);

    const a = chain.findIndex((x) => R.jwtIdentity(x) !== undefined || R.loginIdentity(x) !== undefined);
    for (const k of emails.keys()) if (k !== a) return fail(M.condition, emails.get(k)!.rule, [emails.get(k)!.rule.label, 'an e-mail check after a login that is not imported as an identity', CLOSED]);
    if (a >= 0) {
      const mid = chain.slice(0, a);
      const after = chain.slice(a + 1);
      const authAction = chain[a]!;
      if (allowIp && (mid.length > 0 || stableKey(allowIp.tail) !== stableKey(after))) return fail(M.condition, allowIp.rule, [allowIp.rule.label, 'a client-IP allow whose actions differ from those after the login', CLOSED]);
      if (mid.length > 0 && (denies.length > 0 || allowIp)) {
        if (emails.size > 0) return fail(M.condition, emails.get(a)!.rule, [emails.get(a)!.rule.label, 'an e-mail check after actions that must keep their place', CLOSED]);
        return done({ target, deny: denies, allow: [{ anyone: true }], first: pre, before: chain });
      }
      const first = [...pre, ...mid];
      const deny = [...denies];
      const identity = this.identityFor(authAction, emails.get(a)?.check, seg);
      const allow: Shape['allow'] = [];
      if (allowIp) allow.push({ cidrs: allowIp.cidrs });
      allow.push({ identity });
      return done({ target, deny, allow, first, before: after });
    }
    if (allowIp) return fail(M.condition, allowIp.rule, [allowIp.rule.label, 'a client-IP allow without a login after it', CLOSED]);
    const r = chain.findIndex((x) => R.ipRestriction(x) !== undefined);
    if (r >= 0 && (denies.length === 0 || r === 0)) {
      const ipr = R.ipRestriction(chain[r]!)!;
      const deny = [...denies];
      if (ipr.deny.length > 0) deny.push(ipr.deny);
      const allow: Shape['allow'] = [{ cidrs: ipr.allow }];
      return done({ target, deny, allow, first: [...pre, ...chain.slice(0, r)], before: chain.slice(r + 1) });
    }
    return done({ target, deny: denies, allow: [{ anyone: true }], first: pre, before: chain });
  }

  /** Checks the actions kept verbatim: no literal secrets, JSON-only values, url-rewrite placement. */
  private checkVerbatim(shape: Shape, seg: Segment): Shape | undefined {
    const where = seg.first ?? seg.terminal?.rule;
    for (const a of [...shape.first, ...shape.before]) {
      const rule = this.ruleOfAction(seg, a) ?? where;
      const secrets = R.literalSecrets(a);
      if (secrets.length > 0) {
        this.report(M.literalSecretAction, rule.loc, [String(a['type']), secrets.join("', '"), CLOSED]);
        return undefined;
      }
      if (!Object.keys(a).every((k) => k === 'type' || k === 'config') || literal(a) === undefined) {
        this.report(M.terminal, rule.loc, [rule.label, String(a['type']), `its action has fields other than type and config; ${CLOSED}`]);
        return undefined;
      }
      if (a['type'] === 'forward-internal') {
        this.report(M.terminal, rule.loc, [rule.label, 'forward-internal with on_error: continue', CLOSED]);
        return undefined;
      }
      const invalid = actionIssue(a, rule.phase);
      if (invalid) {
        this.report(M.invalidAction, rule.loc, [String(a['type']), invalid, CLOSED]);
        return undefined;
      }
    }
    if (seg.path !== undefined && shape.first.some((a) => a['type'] === 'url-rewrite')) {
      const a = shape.first.find((x) => x['type'] === 'url-rewrite')!;
      const rule = this.ruleOfAction(seg, a) ?? where;
      this.report(M.terminal, rule.loc, [rule.label, 'url-rewrite before the access checks of a path', CLOSED]);
      return undefined;
    }
    return shape;
  }

  private ruleOfAction(seg: Segment, a: Obj): RuleRef | undefined {
    for (const s of seg.steps) if ((s.k === 'act' || s.k === 'cond') && s.a === a) return s.rule;
    return undefined;
  }

  /** Registers the identity a recognised auth action states; returns its name. */
  private identityFor(action: Obj, email: R.EmailCheck | undefined, seg: Segment): string {
    const jwt = R.jwtIdentity(action);
    if (jwt) {
      const parts = [`jwt issuer ${quote(jwt.issuer)}`, `audience ${jwt.audiences.map(quote).join(', ')}`, `jwks ${quote(jwt.jwks)}`, `header ${quote(jwt.header)}`];
      if (jwt.prefix !== undefined) parts.push(`prefix ${quote(jwt.prefix)}`);
      parts.push(`algorithms ${jwt.algorithms.join(', ')}`);
      return this.identity(parts.join(' '), `jwt-${hostLabel(jwt.issuer)}`);
    }
    const login = R.loginIdentity(action)!;
    const rule = this.ruleOfAction(seg, action) ?? seg.first;
    const parts: string[] = [login.kind === 'oauth' ? `oauth ${login.provider}` : `oidc issuer ${quote(login.issuer!)}`];
    const base = login.kind === 'oauth' ? `${login.provider}-login` : `oidc-${hostLabel(login.issuer!)}`;
    const client = (v: R.ClientValue | undefined, field: string): string | undefined => {
      if (!v) return undefined;
      if ('secret' in v) return `secret(${quote(v.secret[0])}, ${quote(v.secret[1])})`;
      const name = `${base}-${field.replace('_', '-')}`;
      this.report(M.secretLiteral, rule.loc, [`${String(action['type'])} ${field}`, 'ngrok', name]);
      return `secret("ngrok", ${quote(name)})`;
    };
    const id = client(login.clientId, 'client_id');
    const secret = client(login.clientSecret, 'client_secret');
    if (id) parts.push(`client-id ${id}`);
    if (secret) parts.push(`client-secret ${secret}`);
    if (login.scopes.length > 0) parts.push(`scopes ${login.scopes.map(quote).join(', ')}`);
    if (email?.domains.length) parts.push(`allow-domain ${email.domains.map(quote).join(', ')}`);
    if (email?.emails.length) parts.push(`allow-email ${email.emails.map(quote).join(', ')}`);
    return this.identity(parts.join(' '), base);
  }

  /** `on_tcp_connect` of a TCP/TLS endpoint as one segment. */
  private tcpSegment(rules: RuleRef[], agent: boolean): Segment | undefined {
    if (rules.length === 0) return undefined;
    const seg: Segment = { steps: [], first: rules[0]!, broken: false };
    for (const r of rules) {
      if (seg.terminal) {
        this.report(M.unreachable, r.loc, [r.label]);
        continue;
      }
      const acts = this.actionsOf(r);
      const ex = this.expressionsOf(r);
      if (!acts || !ex) {
        this.report(M.condition, r.loc, [r.label, !acts ? 'its actions are not a list of typed actions' : 'its expressions are not a list of strings', CLOSED]);
        seg.broken = true;
        continue;
      }
      if (ex.length > 0) {
        const ip = ex.length === 1 ? R.clientIpCondition(ex[0]!) : undefined;
        if (ip && acts.length === 1 && (R.isTcpDeny(acts[0]!) || R.isDeny403(acts[0]!))) {
          seg.steps.push({ k: 'denyIp', cidrs: ip, rule: r });
          continue;
        }
        // Any other condition on one action that does not forward: `action first when`, if the
        // rule leads the phase (checked by tcpShape); the condition must be valid CEL there.
        if (ex.length === 1 && acts.length === 1 && acts[0]!['type'] !== 'forward-internal') {
          const step = this.whenStep(r, ex[0]!, acts[0]!, 'on_tcp_connect');
          if (step) seg.steps.push(step);
          else seg.broken = true;
          continue;
        }
        this.report(M.condition, r.loc, [r.label, clip(ex.join(' && '), 100), CLOSED]);
        seg.broken = true;
        continue;
      }
      for (const a of acts) {
        if (seg.terminal) {
          if (seg.terminal.rule === r) this.report(M.unreachableAction, r.loc, [String(a['type']), r.label, String(seg.terminal.a['type'])]);
          else this.report(M.unreachable, r.loc, [r.label]);
          break;
        }
        seg.steps.push({ k: 'act', a, rule: r });
        if (R.isTerminal(a)) seg.terminal = { a, rule: r };
      }
    }
    if (!seg.terminal && !agent && !seg.broken) {
      this.report(M.fallsThrough, seg.first.loc, [seg.first.label, CLOSED]);
      seg.broken = true;
    }
    return seg;
  }

  /** The exposure a TCP/TLS segment states (and its TLS settings). */
  private tcpShape(seg: Segment, scheme: 'tcp' | 'tls'): { shape: Shape; tls?: R.TlsSettings } | undefined {
    // Conditional rules lead, with the actions before them: the compiler puts every `action
    // first`, conditional or not, at the start of on_tcp_connect in source order (before the
    // TLS termination of a tls:// exposure, so a termination among them cannot keep its place).
    let lead = 0;
    for (let j = 0; j < seg.steps.length; j++) {
      const s = seg.steps[j]!;
      if (s.k === 'cond') lead = j + 1;
      else if (s.k !== 'act' || R.isTerminal(s.a)) break;
    }
    const head = seg.steps.slice(0, lead).map((s) => (s as { a: Obj }).a);
    const tlsAt = scheme === 'tls' ? seg.steps.findIndex((s, j) => j < lead && s.k === 'act' && R.tlsSettings(s.a) !== undefined) : -1;
    const misplaced = seg.steps.find((s, j): s is Extract<Step, { k: 'cond' }> => s.k === 'cond' && (j >= lead || (tlsAt >= 0 && j > tlsAt)));
    if (misplaced) {
      const after = tlsAt >= 0 && seg.steps.indexOf(misplaced) < lead ? ', after the TLS termination' : '';
      this.report(M.condition, misplaced.rule.loc, [misplaced.rule.label, clip(misplaced.when, 100) + after, CLOSED]);
      return undefined;
    }
    const withHead = (shape: Shape): Shape => (head.length > 0 ? { ...shape, first: [...head, ...shape.first] } : shape);
    const before: Obj[] = [];
    const after: Obj[] = [];
    const denies: string[][] = [];
    let terminal: Obj | undefined;
    for (const s of seg.steps.slice(lead)) {
      if (s.k === 'denyIp') {
        if (after.length > 0) {
          this.report(M.condition, s.rule.loc, [s.rule.label, 'a client-IP deny after other actions', CLOSED]);
          return undefined;
        }
        denies.push(s.cidrs);
      } else if (s.k === 'act') {
        if (R.isTerminal(s.a)) {
          terminal = s.a;
          break;
        }
        (denies.length > 0 ? after : before).push(s.a);
      }
    }
    // With client-IP deny rules, what came before them stays first (in order); without, all is one chain.
    let first: Obj[] = [];
    let chain: Obj[];
    let tls: R.TlsSettings | undefined;
    const tIndex = (list: Obj[]) => (scheme === 'tls' ? list.findIndex((a) => R.tlsSettings(a) !== undefined) : -1);
    if (denies.length > 0) {
      const t = tIndex(before);
      if (t >= 0 && t === before.length - 1) {
        tls = R.tlsSettings(before[t]!);
        first = before.slice(0, t);
      } else first = before;
      chain = after;
    } else {
      const t = tIndex(before);
      if (t >= 0) {
        tls = R.tlsSettings(before[t]!);
        first = before.slice(0, t);
        chain = before.slice(t + 1);
      } else chain = before;
    }
    // A TLS endpoint that terminates with ngrok's defaults: `tls min 1.2` says the same (and keeps the termination).
    if (tls && tls.min === undefined && tls.cas === undefined) tls = { min: '1.2' };
    let target: Shape['target'];
    if (!terminal) target = { kind: 'self' };
    else {
      const t = R.forwardTarget(terminal);
      if (t) target = { kind: 'url', url: t, rule: seg.terminal!.rule };
      else if (R.isTcpDeny(terminal) || R.isDeny403(terminal)) target = { kind: 'nobody' };
      else {
        this.report(M.terminal, seg.terminal!.rule.loc, [seg.terminal!.rule.label, String(terminal['type']), CLOSED]);
        return undefined;
      }
    }
    if (target.kind === 'nobody') {
      // restrict-ips before a deny only closes connections the deny closes anyway.
      if (chain.some((a) => a['type'] !== 'restrict-ips')) {
        this.report(M.terminal, seg.terminal!.rule.loc, [seg.terminal!.rule.label, 'deny', CLOSED]);
        return undefined;
      }
      const shape = this.checkVerbatim(withHead({ target, deny: [], allow: [], first, before: [] }), seg);
      return shape ? { shape, ...(tls ? { tls } : {}) } : undefined;
    }
    let shape: Shape;
    const ipr = chain[0] ? R.ipRestriction(chain[0]) : undefined;
    if (ipr) {
      shape = { target, deny: [...denies, ...(ipr.deny.length > 0 ? [ipr.deny] : [])], allow: [{ cidrs: ipr.allow }], first, before: chain.slice(1) };
    } else {
      shape = { target, deny: denies, allow: [{ anyone: true }], first, before: chain };
    }
    const checked = this.checkVerbatim(withHead(shape), seg);
    return checked ? { shape: checked, ...(tls ? { tls } : {}) } : undefined;
  }

  /** Puts `on_http_response` rules on the exposures whose paths they are keyed on. */
  private responseRules(rules: RuleRef[], exposures: ExposureDraft[]): void {
    const live = exposures.filter((x) => !x.failClosed);
    // The compiler emits response rules exposure by exposure, longest path first.
    const order = [...exposures].sort(byPathSpecificity);
    let lastIndex = -1;
    for (const r of rules) {
      const acts = this.actionsOf(r);
      const ex = this.expressionsOf(r);
      const paths = (ex ?? []).map(R.pathCondition);
      const keyed = paths.filter((p): p is string => p !== undefined);
      const conds = (ex ?? []).filter((_, k) => paths[k] === undefined);
      // One condition other than the path, on one action: `action response when "…"`.
      if (!acts || !ex || keyed.length > 1 || conds.length > 1 || (conds.length === 1 && acts.length > 1)) {
        this.report(M.responseRule, r.loc, [r.label, conds.length === 1 && acts && acts.length > 1 ? 'it has a condition other than a path and more than one action' : 'it has a condition other than a path']);
        continue;
      }
      const invalid = conds.length === 1 ? celError(conds[0]!, 'on_http_response') : undefined;
      if (invalid) {
        this.report(M.responseRule, r.loc, [r.label, `its condition is not valid here: ${invalid.replace(/\.$/, '')}`]);
        continue;
      }
      const path = keyed[0];
      const target = path === undefined ? (exposures.length === 1 && exposures[0]!.path === undefined ? exposures[0] : undefined) : exposures.find((x) => x.path === path);
      if (!target) {
        this.report(M.responseRule, r.loc, [r.label, path === undefined ? 'it applies to several paths, and .tpc puts response actions on one exposure' : `no imported exposure has the path ${path}`]);
        continue;
      }
      const idx = order.indexOf(target);
      if (idx < lastIndex) {
        this.report(M.responseRule, r.loc, [r.label, 'tpc orders response rules by exposure, longest path first, and this one would move']);
        continue;
      }
      lastIndex = idx;
      const bad = acts.find((a) => R.literalSecrets(a).length > 0 || literal(a) === undefined || !Object.keys(a).every((k) => k === 'type' || k === 'config') || actionIssue(a, 'on_http_response'));
      if (bad) {
        const why = R.literalSecrets(bad).length > 0 ? `the '${String(bad['type'])}' action holds a literal secret` : actionIssue(bad, 'on_http_response') ? `the '${String(bad['type'])}' action is not valid (${actionIssue(bad, 'on_http_response')!})` : 'an action has fields other than type and config';
        this.report(M.responseRule, r.loc, [r.label, why]);
        continue;
      }
      if (conds.length === 1) this.whens.set(acts[0]!, conds[0]!);
      if (live.includes(target)) target.response.push(...acts);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Names
  // -------------------------------------------------------------------------------------------

  private group(cidrs: string[]): string {
    const norm = [...new Set(cidrs.map((c) => c.trim().toLowerCase()))].sort();
    if (stableKey(norm) === stableKey([...ANYONE].sort())) {
      this.anyoneUsed = true;
      return 'anyone';
    }
    const key = stableKey(norm);
    let g = this.groups.get(key);
    if (!g) {
      const list = [...new Set(cidrs.map((c) => c.trim()))];
      g = { name: this.globalNames.take(sanitizeName(groupHint(list), 'group')), cidrs: list };
      this.groups.set(key, g);
    }
    return g.name;
  }

  private identity(text: string, hint: string): string {
    let id = this.identities.get(text);
    if (!id) {
      id = { name: this.globalNames.take(sanitizeName(hint, 'identity')), text };
      this.identities.set(text, id);
    }
    return id.name;
  }

  // -------------------------------------------------------------------------------------------
  // Output
  // -------------------------------------------------------------------------------------------

  /** `when "…" ` for an action imported with its rule's condition, else nothing. */
  private whenText(a: Obj): string {
    const w = this.whens.get(a);
    return w === undefined ? '' : `when ${quote(w)} `;
  }

  emit(inputs: string[], options: ImportOptions): string {
    const L: string[] = [];
    const shown = [...new Set(inputs)];
    const list = shown.length > 6 ? `${shown.slice(0, 5).join(', ')} and ${shown.length - 5} more files` : shown.join(', ') || 'no files';
    L.push(`# Draft written by tpc import from ${list}.`);
    L.push(`# Review it, then compile: tpc compile ${options.draftName ?? '<this file>'} -o out/`);
    L.push('# Comments starting with "tpc import:" mark what could not be expressed; tpc import lists it all.');
    L.push('');
    if (this.anyoneUsed) L.push('group anyone = ip 0.0.0.0/0, ::/0  # every client');
    for (const g of this.groups.values()) L.push(`group ${g.name} = ip ${g.cidrs.join(', ')}`);
    for (const id of this.identities.values()) L.push(`identity ${id.name} = ${id.text}`);
    for (const site of this.sites.values()) {
      if (site.services.length === 0) continue;
      L.push('');
      L.push(`# from ${site.files.join(', ')}`);
      L.push(`site ${site.name} {`);
      const agent: string[] = [];
      if (site.connectUrl) agent.push(`connect-url ${quote(site.connectUrl)}`);
      if (site.failover) agent.push('failover');
      if (agent.length > 0) L.push(`  agent ${agent.join(' ')}`);
      for (const svc of site.services) L.push(`  service ${svc.name} ${urlText(svc.upstream)}${svc.onDemand ? ' on-demand' : ''}`);
      for (const x of site.exposures) {
        L.push('');
        if (site.files.length !== 1 || site.files[0] !== x.from) L.push(`  # from ${x.from}`);
        for (const n of x.notes) L.push(`  # ${n}`);
        const head = `  expose ${x.service.name} at ${urlText(x.url)}${x.path !== undefined ? ` path ${x.path}` : ''}`;
        const body: string[] = [];
        if (x.tls?.min) body.push(`tls min ${x.tls.min}`);
        if (x.tls?.cas) body.push(`mtls ca ${x.tls.cas.map(caText).join(', ')}`);
        if (!x.failClosed) {
          if (x.deny.length > 0) body.push(`deny ${[...new Set(x.deny)].join(', ')}`);
          if (x.allow.length > 0) body.push(`allow ${[...new Set(x.allow)].join(', ')}`);
          for (const a of x.first) body.push(`action first ${this.whenText(a)}${actionText(a)}`);
          for (const a of x.before) body.push(`action before-forward ${actionText(a)}`);
          for (const a of x.response) body.push(`action response ${this.whenText(a)}${actionText(a)}`);
        }
        if (body.length === 0) L.push(head);
        else {
          L.push(`${head} {`);
          for (const b of body) L.push(`    ${b}`);
          L.push('  }');
        }
      }
      L.push('}');
    }
    return L.join('\n') + '\n';
  }
}

/** Why an action kept verbatim would not pass the Traffic Policy schema in `phase` (the compiler checks it), else undefined. */
function actionIssue(a: Obj, phase: string): string | undefined {
  const issues = validateSchema('traffic-policy', { [phase]: [{ actions: [a] }] });
  if (issues.length === 0) return undefined;
  return clip(issues[0]!.message.replace(/^on_[a-z_]+\[0\]\.actions\[0\](?: \([a-z-]+\))?:? ?/, '').replace(/\.$/, ''), 100);
}

/** An action object as a literal, `type` first. */
function actionText(a: Obj): string {
  const ordered: Obj = { type: a['type'] };
  if (a['config'] !== undefined) ordered['config'] = a['config'];
  return literal(ordered)!;
}

/** tpc's own `<site>/acl.json` (the authtoken ACL) or `manifest.json`, which `tpc compile` writes again. */
/** Fields the ngrok API adds to an endpoint object (read-only: not configuration to carry over). */
const API_READ_ONLY: ReadonlySet<string> = new Set(['id', 'uri', 'created_at', 'updated_at', 'public_url', 'proto', 'hostport', 'host', 'port', 'domain', 'tcp_addr', 'principal', 'principal_id', 'region', 'upstream_url', 'upstream_protocol', 'tunnel', 'tunnel_session', 'edge', 'name']);

function isTpcOutput(v: unknown): boolean {
  if (!R.isObject(v)) return false;
  if (v['generator'] === 'tpc' && Array.isArray(v['endpoints'])) return true;
  return Array.isArray(v['acl']) && typeof v['metadata'] === 'string' && /"managed-by"\s*:\s*"tpc"/.test(v['metadata']);
}

/** A group name from its first range: `ips-203-0-113-0-24`, `ips-203-0-113-0-24-plus-2`. */
function groupHint(cidrs: readonly string[]): string {
  const first = cidrs[0]!.replace(/[^0-9a-f]+/gi, '-');
  return `ips-${first}${cidrs.length > 1 ? `-plus-${cidrs.length - 1}` : ''}`;
}

/** A CA for `mtls ca`: a vault reference, or the PEM text / CA id as a string. */
function caText(ca: string): string {
  const ref = R.secretReference(ca);
  return ref ? `secret(${quote(ref[0])}, ${quote(ref[1])})` : quote(ca);
}

function hostLabel(url: string): string {
  const host = parseEndpointUrl(url)?.host ?? url;
  return host.replace(/^www\./, '').split('.').slice(0, 2).join('-');
}

/** Longer paths first, the exposure without a path last (the compiler's order). */
function byPathSpecificity(a: ExposureDraft, b: ExposureDraft): number {
  if (a.path === undefined) return b.path === undefined ? 0 : 1;
  if (b.path === undefined) return -1;
  if (a.path.length !== b.path.length) return b.path.length - a.path.length;
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** The first error the linter would report for a rule expression in `phase` (syntax, unknown or out-of-phase variables), if any. */
function celError(expression: string, phase: PhaseName): string | undefined {
  return analyzeExpression(expression, { phase, mustBeBool: true }).find((i) => i.severity === 'error')?.message;
}
