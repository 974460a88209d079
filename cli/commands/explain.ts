/**
 * `tpc explain <input…> [request flags]`: simulates one request and prints the trace — every
 * rule and action considered, each expression's value, and where the request ends up.
 *
 * `<input>` is a `.tpc` program (compiled; the target is `--site`/`--service` or `--url`) or
 * ngrok files: a Traffic Policy (with `--url`, and `--upstream` for an agent endpoint), ngrok.yml
 * agent configs and cloud endpoint bodies (the endpoint at `--url`; `forward-internal` is
 * followed into the other files' endpoints).
 *
 * Exit codes: 0 a trace was printed; 1 the program does not compile; 2 a usage or I/O problem.
 */

import { isAbsolute, join, normalize } from 'node:path';
import { Option, type Command } from 'commander';
import { readFromDisk } from '../../src/compiler/context.js';
import { loadText, type SourceDocument } from '../../src/ngrok/load.js';
import { buildWorkspace, policyFilePath, policyFileRefs } from '../../src/rules/workspace.js';
import { loadPolicyFiles } from '../../src/sim/policy-files.js';
import { SimMessages } from '../../src/sim/messages.js';
import { describeOutcome } from '../../src/sim/outcome.js';
import { urlKey } from '../../src/sim/prepare.js';
import { formatTrace } from '../../src/sim/report.js';
import { simulate } from '../../src/sim/simulate.js';
import { addressIn, addressOutside, credentialFor } from '../../src/sim/tpc-tests.js';
import type { SimEndpoint, SimRequest, TlsVersionName, World } from '../../src/sim/types.js';
import { worldFromWorkspace } from '../../src/sim/world.js';
import { ExitCode, type CliIO } from '../io.js';
import { loadTpcSuite, printDiagnostics, readInput, usage } from './test.js';

interface ExplainFlags {
  site?: string;
  service?: string;
  url?: string;
  upstream?: string;
  fromIp?: string;
  path?: string;
  method?: string;
  header: string[];
  query: string[];
  tls?: string;
  cert?: string;
  certStatus?: string;
  jwtClaims?: string;
  jwtStatus?: string;
  jwtHeader?: string;
  jwtPrefix?: string;
  oauth?: string;
  oidc?: string;
  email?: string;
  basic?: string;
  as?: string;
  format: 'text' | 'json';
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** Registers `explain` on its commander command. */
export function register(cmd: Command, io: CliIO, setExit: (code: number) => void): void {
  cmd
    .argument('<inputs...>', 'a .tpc program, or ngrok files (a Traffic Policy, ngrok.yml, cloud endpoint bodies)')
    .option('--site <name>', 'the site of the target service (.tpc)')
    .option('--service <name>', 'the target service (.tpc; with --site)')
    .option('--url <url>', 'the URL the request goes to (its endpoint is the entry point)')
    .option('--upstream <url>', 'a standalone policy belongs to an agent endpoint with this upstream (default: a cloud endpoint)')
    .option('--from-ip <ip>', "the client's address")
    .option('--path <path>', 'the request path')
    .option('--method <method>', 'the HTTP method (default GET)')
    .option('--header <name=value>', 'a request header (repeatable)', collect, [])
    .option('--query <name=value>', 'a query parameter (repeatable)', collect, [])
    .addOption(new Option('--tls <version>', 'the only TLS version the client speaks (default 1.3)').choices(['1.0', '1.1', '1.2', '1.3']))
    .option('--cert <ca>', "present a client certificate issued by this CA (a .tpc 'ca' name or CA file stem, a CA id, or a PEM file's fingerprint sha256:…)")
    .addOption(new Option('--cert-status <status>', 'the certificate is').choices(['valid', 'expired', 'invalid']))
    .option('--jwt-claims <json>', 'present a JWT with these claims (a JSON object)')
    .addOption(new Option('--jwt-status <status>', 'the JWT is').choices(['valid', 'expired', 'invalid']))
    .option('--jwt-header <name>', 'the header carrying the JWT (default Authorization)')
    .option('--jwt-prefix <text>', "text before the token (default 'Bearer ')")
    .option('--oauth <provider>', 'hold an OAuth login session at this provider (with --email)')
    .option('--oidc <issuer>', 'hold an OpenID Connect login session at this issuer (with --email)')
    .option('--email <address>', 'the email of the login session')
    .option('--basic <user:password>', 'send basic-auth credentials')
    .option('--as <name>', '(.tpc) send as this group (from an address in it) or identity (with a valid credential)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addHelpText('after', '\nExit codes: 0 a trace was printed, 1 the program does not compile, 2 usage or I/O error.')
    .action(async (inputs: string[], flags: ExplainFlags) => {
      setExit(await runExplain(io, inputs, flags));
    });
}

function pairs(flag: string, list: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of list) {
    const i = p.indexOf('=');
    if (i <= 0) usage(SimMessages.badFlag, flag, 'name=value', `'${p}'`);
    (out[p.slice(0, i)] ??= []).push(p.slice(i + 1));
  }
  return out;
}

/** The request described by the flags (without `--as`). */
function requestFrom(flags: ExplainFlags): SimRequest {
  const req: SimRequest = {};
  if (flags.fromIp !== undefined) req.clientIp = flags.fromIp;
  if (flags.path !== undefined) req.path = flags.path;
  if (flags.method !== undefined) req.method = flags.method.toUpperCase();
  if (flags.header.length > 0) req.headers = pairs('--header', flags.header);
  if (flags.query.length > 0) req.query = pairs('--query', flags.query);
  if (flags.tls !== undefined) req.tls = flags.tls as TlsVersionName;
  if (flags.cert !== undefined) req.cert = { ca: flags.cert, ...(flags.certStatus ? { status: flags.certStatus as 'valid' } : {}) };
  if (flags.jwtClaims !== undefined || flags.jwtStatus !== undefined) {
    let claims: unknown = {};
    if (flags.jwtClaims !== undefined) {
      try {
        claims = JSON.parse(flags.jwtClaims);
      } catch {
        usage(SimMessages.badFlag, '--jwt-claims', 'a JSON object', `'${flags.jwtClaims}'`);
      }
      if (!claims || typeof claims !== 'object' || Array.isArray(claims)) usage(SimMessages.badFlag, '--jwt-claims', 'a JSON object', `'${flags.jwtClaims}'`);
    }
    req.jwt = { claims: claims as Record<string, unknown> };
    if (flags.jwtStatus) req.jwt.status = flags.jwtStatus as 'valid';
    if (flags.jwtHeader !== undefined) req.jwt.header = flags.jwtHeader;
    if (flags.jwtPrefix !== undefined) req.jwt.prefix = flags.jwtPrefix;
  }
  if (flags.oauth !== undefined) req.session = { kind: 'oauth', provider: flags.oauth, ...(flags.email ? { email: flags.email } : {}) };
  if (flags.oidc !== undefined) req.session = { kind: 'oidc', issuer: flags.oidc, ...(flags.email ? { email: flags.email } : {}) };
  if (flags.basic !== undefined) {
    const i = flags.basic.indexOf(':');
    if (i < 0) usage(SimMessages.badFlag, '--basic', 'user:password', "a value without ':'");
    req.basicAuth = { username: flags.basic.slice(0, i), password: flags.basic.slice(i + 1) };
  }
  return req;
}

/** The endpoint part of a URL (`scheme://host[:port]`); tcp/tls URLs as given. */
function originOf(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    usage(SimMessages.badFlag, '--url', 'a URL', `'${url}'`);
  }
  return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.protocol}//${u.host}` : url;
}

/** The request's URL as the simulator sees it: `--path` replaces the path of the URL. */
function shownUrl(url: string, req: SimRequest): string {
  if (req.path === undefined) return url;
  const path = req.path.startsWith('/') ? req.path : `/${req.path}`;
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)[^?#]*(.*)$/i.exec(url);
  return m ? `${m[1]}${path}${m[2]}` : `${url}${path}`;
}

function summary(url: string, req: SimRequest): string {
  const parts = [`${req.method ?? 'GET'} ${shownUrl(url, req)}`];
  parts.push(req.clientIp ? `from ${req.clientIp}` : 'from an unspecified address');
  parts.push(`TLS ${req.tls ?? '1.3'}`);
  if (req.cert) parts.push(`client certificate (${req.cert.status ?? 'valid'})`);
  if (req.jwt) parts.push(`JWT${req.jwt.status && req.jwt.status !== 'valid' ? ` (${req.jwt.status})` : ''}`);
  if (req.session) parts.push(`${req.session.kind} session${req.session.email ? ` of ${req.session.email}` : ''}`);
  if (req.basicAuth) parts.push(`basic auth as ${req.basicAuth.username}`);
  return parts.join(', ');
}

async function runExplain(io: CliIO, inputs: string[], flags: ExplainFlags): Promise<number> {
  const req = requestFrom(flags);
  let entry: SimEndpoint | string;
  let world: World;
  let shown: string;
  let outsideNote = '';
  if (inputs.length === 1 && /\.tpc$/i.test(inputs[0]!)) {
    const suite = await loadTpcSuite(io, inputs[0]!);
    if (!suite.compiled) {
      printDiagnostics(io, suite.diagnostics, suite.compileResult.sources);
      return ExitCode.Findings;
    }
    world = suite.world;
    if (flags.as !== undefined) {
      const g = suite.names.groups.get(flags.as);
      const id = suite.names.identities.get(flags.as);
      if (g) {
        const a = g.map(addressIn).find((x) => x !== undefined);
        if (a !== undefined) req.clientIp ??= a;
      } else if (id) Object.assign(req, credentialFor(id, flags.email));
      else usage(SimMessages.badFlag, '--as', 'a group or identity of the program', `'${flags.as}'`);
    }
    // As in test blocks: without an address, one in no group of the program.
    if (req.clientIp === undefined) {
      const a = addressOutside(suite.names.allCidrs);
      if (a !== undefined) {
        req.clientIp = a;
        outsideNote = ` (no --from-ip: ${a}, an address in no group)`;
      }
    }
    if (flags.url !== undefined) {
      entry = originOf(flags.url);
      if (/^https?:/i.test(flags.url)) req.url = flags.url;
      shown = flags.url;
    } else {
      if (flags.site === undefined || flags.service === undefined) usage(SimMessages.targetMissing, 'name the target with --site and --service, or with --url');
      const site = suite.sites.find((s) => s.name === flags.site);
      if (!site) usage(SimMessages.badFlag, '--site', 'a site of the program', `'${flags.site}'`);
      const svc = site.services.find((s) => s.name === flags.service);
      if (!svc) usage(SimMessages.badFlag, '--service', `a service of site '${flags.site}'`, `'${flags.service}'`);
      const exp = site.exposures.find((e) => e.service === svc);
      if (!exp) usage(SimMessages.targetMissing, `'${flags.site}.${flags.service}' has no public exposure, so no request from outside reaches it`);
      entry = exp.url.normalized;
      if (exp.url.scheme === 'https') req.path ??= exp.path?.value ?? '/';
      shown = entry;
    }
  } else {
    if (flags.as !== undefined || flags.site !== undefined || flags.service !== undefined) usage(SimMessages.tpcOnly, flags.as !== undefined ? '--as' : '--site/--service', inputs.join(' '));
    if (flags.url === undefined) usage(SimMessages.targetMissing, 'name the endpoint the request arrives at with --url');
    const loaded: SourceDocument[] = [];
    for (const path of inputs) {
      const r = loadText(path, await readInput(io, path));
      printDiagnostics(io, r.diagnostics.filter((d) => d.severity === 'error'), new Map());
      loaded.push(...r.documents);
    }
    // An agent endpoint's traffic_policy_file is that endpoint's policy (given on the command line or
    // read from next to its ngrok.yml, as `tpc lint` reads it); any other policy file is the
    // endpoint at --url.
    const named = new Set(loaded.flatMap((d) => policyFileRefs(d).map((ref) => policyFilePath(d.file, ref))));
    const documents: SourceDocument[] = [];
    const standalone: SimEndpoint[] = [];
    for (const d of loaded) {
      if (d.kind === 'traffic-policy' && d.value && typeof d.value === 'object' && !named.has(normalize(d.file))) {
        standalone.push({ url: flags.url, kind: flags.upstream ? 'agent' : 'cloud', policy: d.value as Record<string, unknown>, ...(flags.upstream ? { upstream: flags.upstream } : {}), label: d.file });
      } else documents.push(d);
    }
    const policyFiles = loadPolicyFiles(documents, (path) => readFromDisk(isAbsolute(path) ? path : join(io.cwd, path)));
    printDiagnostics(io, policyFiles.diagnostics, new Map());
    const ws = buildWorkspace(documents, undefined, policyFiles.resolver).workspace;
    world = worldFromWorkspace(ws);
    const origin = originOf(flags.url);
    const key = urlKey(origin);
    const inWorld = (world.endpoints ?? []).find((e) => urlKey(e.url) === key);
    if (standalone.length > 1) usage(SimMessages.targetMissing, 'give one Traffic Policy file at a time (it is the endpoint at --url)');
    entry = standalone[0] ?? inWorld ?? origin;
    if (standalone[0]) world = { ...world, endpoints: [standalone[0], ...(world.endpoints ?? []).filter((e) => urlKey(e.url) !== key)] };
    if (/^https?:/i.test(flags.url)) req.url = flags.url;
    shown = flags.url;
  }
  const result = simulate(entry, req, world);
  if (flags.format === 'json') {
    // The password given with --basic is not echoed.
    const shownReq = req.basicAuth ? { ...req, basicAuth: { username: req.basicAuth.username, password: '<redacted>' } } : req;
    io.stdout(JSON.stringify({ request: shownReq, outcome: result.outcome, trace: result.trace }, (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v), 2) + '\n');
  } else {
    io.stdout(`request: ${summary(shown, req)}${outsideNote}\n`);
    io.stdout(formatTrace(result.trace));
    if (result.trace.length === 0) io.stdout(`=> ${describeOutcome(result.outcome)}\n`);
  }
  return ExitCode.Ok;
}
