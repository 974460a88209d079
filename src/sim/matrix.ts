/**
 * The access matrix of a compiled program: per site, which groups and identities reach which
 * service, derived by simulating one request per (subject, service) against the compiled
 * artifacts.
 *
 * Rows: every group (a request from an address inside it, no credentials), every identity (a
 * valid credential of it, from an address in no group), and `anyone` (no credentials, from an
 * address in no group). Columns: the site's exposed services, each at its first exposure and
 * path prefix, over TLS 1.3. A service requiring mutual TLS is tried with a valid client
 * certificate of its first CA (the cell says `+cert`): the matrix answers who may pass, not
 * whether they hold a certificate.
 */

import type { IdentityDecl } from '../dsl/ast.js';
import { outcomeClass } from './outcome.js';
import { prepareEndpoint } from './prepare.js';
import { indexWorld, simulatePrepared } from './simulate.js';
import { addressIn, addressOutside, credentialFor, type TpcTestSuite } from './tpc-tests.js';
import type { Outcome, SimRequest } from './types.js';

/** One cell: what the subject gets at the service. */
export interface MatrixCell {
  /** `token`: refused with 401 (needs a valid token); `login`: sent to log in. */
  access: 'allow' | 'deny' | 'token' | 'login' | 'unknown';
  /** Tried with a valid client certificate (the service requires mutual TLS). */
  cert: boolean;
  outcome: Outcome;
}

/** One row: a group, an identity, or anyone. */
export interface MatrixRow {
  subject: string;
  kind: 'group' | 'jwt' | 'oauth' | 'oidc' | 'anyone';
  /** Service name → cell. */
  cells: Record<string, MatrixCell>;
}

/** One site's table. */
export interface SiteMatrix {
  site: string;
  services: string[];
  rows: MatrixRow[];
}

function access(o: Outcome): MatrixCell['access'] {
  const c = outcomeClass(o);
  if (c === 'allow' || c === 'login' || c === 'unknown') return c;
  if (c === 'deny') return (o.result === 'rejected' || o.result === 'responded') && o.status === 401 ? 'token' : 'deny';
  return 'unknown';
}

/** Builds the matrix for every site (or one). Never throws. */
export function accessMatrix(suite: TpcTestSuite, options: { site?: string } = {}): SiteMatrix[] {
  const index = indexWorld(suite.world);
  const { names } = suite;
  const outside = addressOutside(names.allCidrs);
  const subjects: { subject: string; kind: MatrixRow['kind']; request: SimRequest }[] = [];
  for (const [g, cidrs] of names.groups) {
    const a = cidrs.map(addressIn).find((x) => x !== undefined);
    if (a !== undefined) subjects.push({ subject: g, kind: 'group', request: { clientIp: a } });
  }
  for (const [n, decl] of names.identities) {
    const kind = (decl as IdentityDecl).method.kind === 'Jwt' ? 'jwt' : decl.method.kind === 'OAuth' ? 'oauth' : 'oidc';
    subjects.push({ subject: n, kind, request: { ...(outside !== undefined ? { clientIp: outside } : {}), ...credentialFor(decl) } });
  }
  subjects.push({ subject: 'anyone', kind: 'anyone', request: outside !== undefined ? { clientIp: outside } : {} });
  const out: SiteMatrix[] = [];
  for (const site of suite.sites) {
    if (options.site !== undefined && site.name !== options.site) continue;
    const services: string[] = [];
    const targets = new Map<string, { endpoint: string; path?: string; cert?: string }>();
    for (const svc of site.services) {
      const e = site.exposures.find((x) => x.service === svc);
      if (!e) continue;
      services.push(svc.name);
      const t: { endpoint: string; path?: string; cert?: string } = { endpoint: e.url.normalized };
      if (e.url.scheme === 'https') t.path = e.path?.value ?? '/';
      if (e.mtls && e.mtls.cas[0]) t.cert = e.mtls.cas[0].value;
      targets.set(svc.name, t);
    }
    const rows: MatrixRow[] = subjects.map((s) => {
      const cells: Record<string, MatrixCell> = {};
      for (const name of services) {
        const t = targets.get(name)!;
        const ep = index.byUrl.get(prepareEndpoint({ url: t.endpoint, kind: 'cloud' }).key ?? '')?.[0];
        const req: SimRequest = { ...s.request, tls: '1.3', ...(t.path !== undefined ? { path: t.path } : {}), ...(t.cert !== undefined ? { cert: { ca: t.cert } } : {}) };
        const outcome: Outcome = ep ? simulatePrepared(index, ep, req, { trace: false }).outcome : { result: 'unknown', reason: `no endpoint at ${t.endpoint}` };
        cells[name] = { access: access(outcome), cert: t.cert !== undefined, outcome };
      }
      return { subject: s.subject, kind: s.kind, cells };
    });
    out.push({ site: site.name, services, rows });
  }
  return out;
}

function cellText(c: MatrixCell): string {
  const base = c.access === 'unknown' ? '?' : c.access;
  return c.cert && c.access === 'allow' ? `${base}+cert` : base;
}

/** The matrix as aligned text tables, one per site, with a legend. */
export function formatMatrix(matrix: readonly SiteMatrix[]): string {
  const lines: string[] = [];
  for (const m of matrix) {
    const head = [m.site, ...m.services];
    const body = m.rows.map((r) => [`  ${r.subject}${r.kind !== 'group' && r.kind !== 'anyone' ? ` (${r.kind})` : ''}`, ...m.services.map((s) => cellText(r.cells[s]!))]);
    const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
    const fmt = (row: string[]) => row.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
    lines.push(fmt(head));
    for (const row of body) lines.push(fmt(row));
    lines.push('');
  }
  lines.push('allow: reaches the service · token: refused with 401 until a valid token is presented · login: sent to log in · deny: refused · ?: the simulator cannot tell');
  lines.push("Groups send from an address inside them; identities and 'anyone' from an address in no group. +cert: tried with a valid client certificate (the service requires mutual TLS).");
  return lines.join('\n') + '\n';
}
