/**
 * The access-terms diff of a plan: who gains or loses reach through one cloud endpoint.
 *
 * The subjects are those of the access matrix: every group (a request from an address inside
 * it, no credentials), every identity (a valid credential of it, from an address in no group)
 * and `anonymous` (no credentials, from an address in no group). Each subject's request is
 * simulated against the endpoint's policy before and after the change, once per probe: the
 * path prefix of every exposure at that URL (HTTPS), with a valid client certificate when the
 * exposure requires mutual TLS, over TLS 1.3. A forward into a service's internal endpoint is
 * "reach <site>/<service>".
 *
 * Lines (one per subject and probe that changed; nothing when nothing did):
 * - `+ office can now reach clinic3/patient-db`
 * - `- staff can no longer reach clinic1/rest-api /api` (the path is shown when it is not `/`)
 * - `~ anonymous: deny 401 → login` (still no reach, but refused differently)
 * - `? corp: cannot tell (<reason>)` when either side is `unknown` to the simulator; never a guess.
 * A created endpoint lists who can reach it; a deleted one, who loses reach.
 */

import type { CompileOptions } from '../compiler/types.js';
import { canonicalJson, normalizeEndpointUrl, parsePolicyText } from '../ngrok/endpoint-spec.js';
import type { CloudEndpointCreate } from '../ngrok/types.js';
import { urlKey } from './prepare.js';
import { prepare } from './simulate.js';
import { addressIn, addressOutside, credentialFor, tpcTests, type TpcTestSuite } from './tpc-tests.js';
import type { Outcome, SimRequest, World } from './types.js';

/** One subject whose reach is compared. */
export interface AccessSubject {
  /** The program's name for it (`office`, `staff`) or `anonymous`. */
  name: string;
  kind: 'group' | 'jwt' | 'oauth' | 'oidc' | 'anonymous';
  /** The representative request fields (client address, credential). */
  request: SimRequest;
}

/** One request shape sent to an endpoint (besides the subject's fields). */
export interface AccessProbe {
  /** HTTP path (HTTPS endpoints only). */
  path?: string;
  /** A valid client certificate of this CA is presented (PEM text, CA id or CA name). */
  cert?: string;
}

/** Everything {@link accessDiff} needs to know about the program. */
export interface AccessModel {
  subjects: AccessSubject[];
  /** The internal endpoints a `forward-internal` can reach (open: a URL it lacks is `unknown`). */
  world: World;
  /** Canonical internal-endpoint URL key → `site/service`. */
  services: Map<string, string>;
  /** Canonical cloud-endpoint URL key → the probes of its exposures. */
  probes: Map<string, AccessProbe[]>;
}

/** The hook `plan({ accessDiff })` takes. */
export type AccessDiffHook = (before: CloudEndpointCreate | undefined, after: CloudEndpointCreate | undefined) => string[];

/** The access model of a compiled program (its `tpcTests` suite, as `tpc matrix` uses). */
export function accessModel(suite: Pick<TpcTestSuite, 'names' | 'sites' | 'world'>): AccessModel {
  const { names } = suite;
  const outside = addressOutside(names.allCidrs);
  const from: SimRequest = outside !== undefined ? { clientIp: outside } : {};
  const subjects: AccessSubject[] = [];
  for (const [g, cidrs] of names.groups) {
    const a = cidrs.map(addressIn).find((x) => x !== undefined);
    if (a !== undefined) subjects.push({ name: g, kind: 'group', request: { clientIp: a } });
  }
  for (const [n, decl] of names.identities) {
    const kind = decl.method.kind === 'Jwt' ? 'jwt' : decl.method.kind === 'OAuth' ? 'oauth' : 'oidc';
    subjects.push({ name: n, kind, request: { ...from, ...credentialFor(decl) } });
  }
  subjects.push({ name: 'anonymous', kind: 'anonymous', request: { ...from } });
  const services = new Map<string, string>();
  const probes = new Map<string, AccessProbe[]>();
  for (const site of suite.sites) {
    for (const svc of site.services) {
      const k = urlKey(svc.internalUrl);
      if (k !== undefined) services.set(k, `${site.name}/${svc.name}`);
    }
    for (const e of site.exposures) {
      const k = urlKey(e.url.normalized);
      if (k === undefined) continue;
      const p: AccessProbe = {};
      if (e.url.scheme === 'https') p.path = e.path?.value ?? '/';
      if (e.mtls?.cas[0]) p.cert = e.mtls.cas[0].value;
      const list = probes.get(k) ?? [];
      if (!list.some((x) => x.path === p.path && x.cert === p.cert)) list.push(p);
      probes.set(k, list);
    }
  }
  const world: World = { ...suite.world, closed: false };
  return { subjects, world, services, probes };
}

/**
 * The access model of a `.tpc` source, or undefined when it does not compile. Never throws
 * for bad input.
 */
export function accessModelFromSource(source: string, options: Pick<CompileOptions, 'file' | 'readFile'> = {}): AccessModel | undefined {
  const suite = tpcTests(source, options);
  return suite.compiled ? accessModel(suite) : undefined;
}

/** The `plan({ accessDiff })` hook of a `.tpc` source, or undefined when it does not compile. */
export function accessDiffFromSource(source: string, options: Pick<CompileOptions, 'file' | 'readFile'> = {}): AccessDiffHook | undefined {
  const model = accessModelFromSource(source, options);
  return model ? (before, after) => accessDiff(model, before, after) : undefined;
}

type Parsed = { url: string; policy?: Record<string, unknown>; error?: string };

function parseBody(b: CloudEndpointCreate): Parsed {
  const p = typeof b.traffic_policy === 'string' && b.traffic_policy !== '' ? parsePolicyText(b.traffic_policy) : { value: {} };
  if (p.error !== undefined) return { url: b.url, error: `the traffic policy does not parse: ${p.error}` };
  if (!p.value || typeof p.value !== 'object' || Array.isArray(p.value)) return { url: b.url, error: 'the traffic policy is not an object' };
  return { url: b.url, policy: p.value as Record<string, unknown> };
}

/** Probes for a URL the program does not expose: paths named by the policy's expressions, and its first mutual-TLS CA. */
function derivedProbes(url: string, policies: (Record<string, unknown> | undefined)[]): AccessProbe[] {
  const https = /^https?:\/\//i.test(url);
  let cert: string | undefined;
  const paths = new Set<string>(['/']);
  for (const pol of policies) {
    if (!pol) continue;
    const text = JSON.stringify(pol);
    for (const m of text.matchAll(/req\.url\.path\s*==\s*'([^'\\]*)'/g)) paths.add(m[1]!);
    for (const m of text.matchAll(/req\.url\.path\.startsWith\('([^'\\]*)'\)/g)) paths.add(m[1]!);
    for (const rule of (pol['on_tcp_connect'] as { actions?: { type?: string; config?: Record<string, unknown> }[] }[] | undefined) ?? []) {
      for (const a of rule?.actions ?? []) {
        const cas = a?.type === 'terminate-tls' ? a.config?.['mutual_tls_certificate_authorities'] : undefined;
        if (cert === undefined && Array.isArray(cas) && typeof cas[0] === 'string') cert = cas[0];
      }
    }
  }
  const base: AccessProbe = cert !== undefined ? { cert } : {};
  if (!https) return [base];
  return [...paths].filter((p) => p.startsWith('/')).slice(0, 8).map((path) => ({ ...base, path }));
}

/** A short name for an outcome that reaches nothing. */
function refusal(o: Outcome): string {
  switch (o.result) {
    case 'rejected':
      return o.tls ? 'TLS refused' : o.tcp ? 'connection closed' : o.status !== undefined ? `deny ${o.status}` : 'deny';
    case 'responded':
      return `${o.status >= 400 ? 'deny' : 'answer'} ${o.status}`;
    case 'redirected':
      return o.login ? 'login' : `redirect${o.status !== undefined ? ` ${o.status}` : ''}`;
    case 'forwarded':
      return `reach ${o.target}`;
    case 'unknown':
      return 'unknown';
  }
}

/**
 * The change in access terms between two bodies of one cloud endpoint (`before` undefined: a
 * create; `after` undefined: a delete). Empty when neither the URL nor the policy changed, or
 * when no subject's outcome did. Never throws for bad policies (they are `? … cannot tell`).
 */
export function accessDiff(model: AccessModel, before: CloudEndpointCreate | undefined, after: CloudEndpointCreate | undefined): string[] {
  const a = before ? parseBody(before) : undefined;
  const b = after ? parseBody(after) : undefined;
  if (a && b && !a.error && !b.error && normalizeEndpointUrl(a.url) === normalizeEndpointUrl(b.url) && canonicalJson(a.policy) === canonicalJson(b.policy)) return [];
  const probes: AccessProbe[] = [];
  for (const side of [b, a]) {
    if (!side) continue;
    const known = model.probes.get(urlKey(side.url) ?? '') ?? derivedProbes(side.url, [b?.policy, a?.policy]);
    for (const p of known) if (!probes.some((x) => x.path === p.path && x.cert === p.cert)) probes.push(p);
  }
  const runner = (side: Parsed | undefined) => {
    if (!side) return undefined;
    if (side.error !== undefined) {
      const reason = side.error;
      return (): Outcome => ({ result: 'unknown', reason });
    }
    const sim = prepare({ url: side.url, kind: 'cloud', policy: side.policy! }, model.world);
    const https = /^https?:\/\//i.test(side.url);
    return (s: AccessSubject, p: AccessProbe): Outcome => {
      const req: SimRequest = { ...s.request, tls: '1.3' };
      if (https && p.path !== undefined) req.path = p.path;
      if (p.cert !== undefined) req.cert = { ca: p.cert };
      return sim.simulate(req, { trace: false }).outcome;
    };
  };
  const runA = runner(a);
  const runB = runner(b);
  const label = (target: string) => model.services.get(urlKey(target) ?? '') ?? target;
  const lines: string[] = [];
  const push = (l: string) => {
    if (!lines.includes(l)) lines.push(l);
  };
  for (const p of probes) {
    const where = p.path !== undefined && p.path !== '/' ? ` ${p.path}` : '';
    for (const s of model.subjects) {
      const oa = runA?.(s, p);
      const ob = runB?.(s, p);
      const unknown = ob?.result === 'unknown' ? ob : oa?.result === 'unknown' ? oa : undefined;
      if (unknown) {
        push(`? ${s.name}${where ? ` at${where}` : ''}: cannot tell (${unknown.reason})`);
        continue;
      }
      const ra = oa?.result === 'forwarded' ? label(oa.target) : undefined;
      const rb = ob?.result === 'forwarded' ? label(ob.target) : undefined;
      if (ra !== undefined && ra === rb) continue;
      if (ra !== undefined) push(`- ${s.name} can no longer reach ${ra}${where}`);
      if (rb !== undefined) push(`+ ${s.name} can now reach ${rb}${where}`);
      if (ra === undefined && rb === undefined && oa && ob) {
        const la = refusal(oa);
        const lb = refusal(ob);
        if (la !== lb) push(`~ ${s.name}${where ? ` at${where}` : ''}: ${la} → ${lb}`);
      }
    }
  }
  return lines;
}
