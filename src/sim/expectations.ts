/**
 * Expectations files: tests for hand-written ngrok files (YAML or JSON), run by `tpc test`.
 * The format is documented in docs/simulation.md:
 *
 * ```yaml
 * files: [ngrok.yml, { file: policy.yml, url: https://api.example.com }]   # what to test
 * cas: { clinic-ca: certs/clinic-ca.pem }                                  # CA names for cert.ca
 * tests:
 *   - name: the office reaches the API
 *     endpoint: https://api.example.com
 *     request: { ip: 203.0.113.9, path: /api/patients }
 *     expect: allow
 *     target: https://api.internal     # optional: the internal endpoint reached
 *   - endpoint: https://api.example.com
 *     request: { ip: 198.51.100.1 }
 *     expect: deny
 *     status: 401
 * ```
 *
 * A file that is only a list is the `tests` list.
 */

import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage, type MessageTemplate } from '../diagnostics/messages.js';
import { loadText, type Path, type SourceDocument } from '../ngrok/load.js';
import { buildWorkspace } from '../rules/workspace.js';
import { caIdentity } from './certs.js';
import { SimMessages as M } from './messages.js';
import type { Expected, TestCase } from './runner.js';
import type { SimEndpoint, SimRequest, TlsVersionName, World } from './types.js';
import { loadPolicyFiles } from './policy-files.js';
import { worldFromWorkspace } from './world.js';

/** One entry of `files:`. */
export interface ExpectationsFileRef {
  file: string;
  /** For a standalone policy: the URL of the endpoint it belongs to. */
  url?: string;
  /** For a standalone policy on an agent endpoint: its upstream. */
  upstream?: string;
  path: Path;
}

/** An expectations file, parsed. */
export interface ParsedExpectations {
  files: ExpectationsFileRef[];
  /** CA name → PEM file path (relative to the expectations file) or CA id. */
  cas: { name: string; value: string; path: Path }[];
  cases: TestCase[];
  diagnostics: Diagnostic[];
  doc: SourceDocument | undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const TEST_KEYS = ['name', 'endpoint', 'request', 'expect', 'status', 'target'];
const REQUEST_KEYS = ['ip', 'url', 'path', 'method', 'query', 'headers', 'tls', 'cert', 'jwt', 'session', 'basic_auth', 'webhook', 'time', 'vars'];
const TOP_KEYS = ['files', 'cas', 'tests'];

/** True when a parsed YAML/JSON value looks like an expectations file. */
export function isExpectationsValue(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0 && v.every((x) => isObject(x) && 'expect' in x);
  return isObject(v) && Array.isArray(v['tests']);
}

/** Parses an expectations file. Never throws; problems are diagnostics (a bad test fails with its own). */
export function parseExpectations(file: string, text: string): ParsedExpectations {
  const out: ParsedExpectations = { files: [], cas: [], cases: [], diagnostics: [], doc: undefined };
  const loaded = loadText(file, text);
  out.diagnostics.push(...loaded.diagnostics);
  const doc = loaded.documents[0];
  if (!doc) return out;
  out.doc = doc;
  const d = (msg: MessageTemplate, path: Path, ...args: (string | number)[]): Diagnostic =>
    createDiagnostic({ code: msg.code, severity: msg.severity, message: formatMessage(msg.template, args), file, range: doc.locate(path) });
  const v = doc.value;
  let tests: unknown;
  let testsPath: Path = [];
  if (Array.isArray(v)) tests = v;
  else if (isObject(v)) {
    for (const k of Object.keys(v)) if (!TOP_KEYS.includes(k)) out.diagnostics.push(createDiagnostic({ code: M.expectationsUnknownKey.code, severity: 'error', message: formatMessage(M.expectationsUnknownKey.template, [k, ` (the top level has ${TOP_KEYS.join(', ')})`]), file, range: doc.locate([k], 'key') }));
    tests = v['tests'];
    testsPath = ['tests'];
    const files = v['files'];
    if (files !== undefined) {
      if (!Array.isArray(files)) out.diagnostics.push(d(M.expectationsField, ['files'], 'files', 'must be a list of file names or { file, url, upstream } entries'));
      else
        files.forEach((f, i) => {
          if (typeof f === 'string') out.files.push({ file: f, path: ['files', i] });
          else if (isObject(f) && typeof f['file'] === 'string') {
            const ref: ExpectationsFileRef = { file: f['file'], path: ['files', i] };
            if (typeof f['url'] === 'string') ref.url = f['url'];
            if (typeof f['upstream'] === 'string') ref.upstream = f['upstream'];
            out.files.push(ref);
          } else out.diagnostics.push(d(M.expectationsField, ['files', i], `files[${i}]`, 'must be a file name or { file, url, upstream }'));
        });
    }
    const cas = v['cas'];
    if (cas !== undefined) {
      if (!isObject(cas)) out.diagnostics.push(d(M.expectationsField, ['cas'], 'cas', 'must map CA names to PEM files or CA ids'));
      else for (const [name, val] of Object.entries(cas)) {
        if (typeof val === 'string') out.cas.push({ name, value: val, path: ['cas', name] });
        else out.diagnostics.push(d(M.expectationsField, ['cas', name], `cas.${name}`, 'must be a PEM file name or a CA id'));
      }
    }
  } else {
    out.diagnostics.push(d(M.expectationsInvalid, [], 'write a mapping with tests: (and files:), or a list of tests'));
    return out;
  }
  if (!Array.isArray(tests)) {
    out.diagnostics.push(d(M.expectationsField, testsPath, 'tests', 'must be a list'));
    return out;
  }
  tests.forEach((t, i) => out.cases.push(parseCase(doc, file, t, [...testsPath, i], d)));
  return out;
}

type Diag = (msg: MessageTemplate, path: Path, ...args: (string | number)[]) => Diagnostic;

function parseCase(doc: SourceDocument, file: string, t: unknown, path: Path, d: Diag): TestCase {
  const range = doc.locate(path);
  const base: TestCase = { name: `test ${Number(path[path.length - 1]) + 1}`, file, range, endpoint: undefined, request: {}, expect: { result: 'deny' } };
  const fail = (msg: MessageTemplate, p: Path, ...args: (string | number)[]): TestCase => ({ ...base, problem: d(msg, p, ...args) });
  if (!isObject(t)) return fail(M.expectationsField, path, `tests[${path[path.length - 1]}]`, 'must be a mapping with endpoint, request and expect');
  if (typeof t['name'] === 'string') base.name = t['name'];
  for (const k of Object.keys(t)) if (!TEST_KEYS.includes(k)) return { ...base, problem: createDiagnostic({ code: M.expectationsUnknownKey.code, severity: 'error', message: formatMessage(M.expectationsUnknownKey.template, [k, ` (a test has ${TEST_KEYS.join(', ')})`]), file, range: doc.locate([...path, k], 'key') }) };
  if (typeof t['endpoint'] !== 'string') return fail(M.expectationsField, [...path, 'endpoint'], 'endpoint', 'is required: the URL of the endpoint the request arrives at');
  base.endpoint = t['endpoint'];
  const ex = t['expect'];
  if (ex !== 'allow' && ex !== 'deny' && ex !== 'login') return fail(M.expectationsField, [...path, 'expect'], 'expect', 'must be allow, deny or login');
  const expect: Expected = { result: ex };
  if (t['status'] !== undefined) {
    const s = t['status'];
    if (ex !== 'deny' || typeof s !== 'number' || !Number.isInteger(s) || s < 100 || s > 599) return fail(M.expectationsField, [...path, 'status'], 'status', 'goes with expect: deny and must be an HTTP status (100–599)');
    expect.status = s;
  }
  base.expect = expect;
  if (t['target'] !== undefined) {
    if (typeof t['target'] !== 'string' || ex !== 'allow') return fail(M.expectationsField, [...path, 'target'], 'target', 'goes with expect: allow and must be an endpoint URL');
    base.target = t['target'];
  }
  const r = t['request'] ?? {};
  if (!isObject(r)) return fail(M.expectationsField, [...path, 'request'], 'request', 'must be a mapping');
  const req: SimRequest = {};
  const rp = [...path, 'request'];
  for (const k of Object.keys(r)) if (!REQUEST_KEYS.includes(k)) return { ...base, problem: createDiagnostic({ code: M.expectationsUnknownKey.code, severity: 'error', message: formatMessage(M.expectationsUnknownKey.template, [k, ` (a request has ${REQUEST_KEYS.join(', ')})`]), file, range: doc.locate([...rp, k], 'key') }) };
  const strField = (k: string): string | undefined | null => {
    const v = r[k];
    if (v === undefined) return undefined;
    return typeof v === 'string' ? v : null;
  };
  for (const [k, set] of [
    ['ip', (v: string) => (req.clientIp = v)],
    ['url', (v: string) => (req.url = v)],
    ['path', (v: string) => (req.path = v)],
    ['method', (v: string) => (req.method = v)],
    ['time', (v: string) => (req.time = v)],
  ] as const) {
    const v = strField(k);
    if (v === null) return fail(M.expectationsField, [...rp, k], `request.${k}`, 'must be a string');
    if (v !== undefined) set(v);
  }
  if (r['tls'] !== undefined) {
    const v = typeof r['tls'] === 'number' ? r['tls'].toFixed(1) : r['tls'];
    if (v !== '1.0' && v !== '1.1' && v !== '1.2' && v !== '1.3') return fail(M.expectationsField, [...rp, 'tls'], 'request.tls', 'must be "1.0", "1.1", "1.2" or "1.3"');
    req.tls = v as TlsVersionName;
  }
  for (const k of ['query', 'headers'] as const) {
    const v = r[k];
    if (v === undefined) continue;
    if (!isObject(v) || !Object.values(v).every((x) => typeof x === 'string' || (Array.isArray(x) && x.every((y) => typeof y === 'string')))) return fail(M.expectationsField, [...rp, k], `request.${k}`, 'must map names to strings or lists of strings');
    req[k] = v as Record<string, string | string[]>;
  }
  if (r['cert'] !== undefined) {
    const c = r['cert'];
    if (!isObject(c) || typeof c['ca'] !== 'string' || (c['status'] !== undefined && !['valid', 'expired', 'invalid'].includes(String(c['status'])))) return fail(M.expectationsField, [...rp, 'cert'], 'request.cert', 'must be { ca: NAME, status: valid|expired|invalid }');
    req.cert = { ca: c['ca'], ...(c['status'] !== undefined ? { status: c['status'] as 'valid' } : {}) };
  }
  if (r['jwt'] !== undefined) {
    const j = r['jwt'];
    if (!isObject(j) || (j['claims'] !== undefined && !isObject(j['claims'])) || (j['status'] !== undefined && !['valid', 'expired', 'invalid'].includes(String(j['status'])))) return fail(M.expectationsField, [...rp, 'jwt'], 'request.jwt', 'must be { claims: {…}, status: valid|expired|invalid, jwks, alg, header, prefix }');
    const jwt: NonNullable<SimRequest['jwt']> = {};
    if (j['claims'] !== undefined) jwt.claims = j['claims'] as Record<string, unknown>;
    if (j['status'] !== undefined) jwt.status = j['status'] as 'valid';
    for (const k of ['jwks', 'alg', 'header', 'prefix'] as const) if (typeof j[k] === 'string') jwt[k] = j[k] as string;
    req.jwt = jwt;
  }
  if (r['session'] !== undefined) {
    const s = r['session'];
    if (!isObject(s) || (s['kind'] !== 'oauth' && s['kind'] !== 'oidc')) return fail(M.expectationsField, [...rp, 'session'], 'request.session', 'must be { kind: oauth|oidc, provider or issuer, email }');
    const session: NonNullable<SimRequest['session']> = { kind: s['kind'] };
    for (const k of ['provider', 'issuer', 'email', 'name'] as const) if (typeof s[k] === 'string') session[k] = s[k] as string;
    if (typeof s['auth_id'] === 'string') session.authId = s['auth_id'];
    req.session = session;
  }
  if (r['basic_auth'] !== undefined) {
    const b = r['basic_auth'];
    if (!isObject(b) || typeof b['username'] !== 'string' || typeof b['password'] !== 'string') return fail(M.expectationsField, [...rp, 'basic_auth'], 'request.basic_auth', 'must be { username, password }');
    req.basicAuth = { username: b['username'], password: b['password'] };
  }
  if (r['webhook'] !== undefined) {
    const w = r['webhook'];
    if (!isObject(w) || typeof w['verified'] !== 'boolean') return fail(M.expectationsField, [...rp, 'webhook'], 'request.webhook', 'must be { verified: true|false }');
    req.webhook = { verified: w['verified'] };
  }
  if (r['vars'] !== undefined) {
    if (!isObject(r['vars'])) return fail(M.expectationsField, [...rp, 'vars'], 'request.vars', 'must be a mapping of extra variables (e.g. { conn: { geo: { country_code: DE } } })');
    req.extra = r['vars'] as SimRequest['extra'] & object;
  }
  base.request = req;
  return base;
}

/** An expectations file with the world it runs in. */
export interface ExpectationsSuite {
  cases: TestCase[];
  world: World;
  diagnostics: Diagnostic[];
}

/**
 * Builds the suite: the file's tests, run against the ngrok files it lists (`files:`, relative
 * to it) plus `extraFiles`. `readFile` returns undefined for an unreadable file. Never throws.
 */
export function expectationsSuite(
  file: string,
  text: string,
  options: { readFile: (path: string) => string | undefined; resolve: (from: string, path: string) => string; extraFiles?: { path: string; text: string }[] },
): ExpectationsSuite {
  const parsed = parseExpectations(file, text);
  const diagnostics = [...parsed.diagnostics];
  const doc = parsed.doc;
  const at = (msg: MessageTemplate, path: Path, ...args: (string | number)[]): Diagnostic =>
    createDiagnostic({ code: msg.code, severity: msg.severity, message: formatMessage(msg.template, args), file, ...(doc ? { range: doc.locate(path) } : {}) });
  const documents: SourceDocument[] = [];
  const standalone: SimEndpoint[] = [];
  const load = (path: string, content: string, ref?: ExpectationsFileRef) => {
    const r = loadText(path, content);
    diagnostics.push(...r.diagnostics);
    for (const dd of r.documents) {
      if (dd.kind === 'traffic-policy' && ref?.url && dd.value && typeof dd.value === 'object') {
        standalone.push({ url: ref.url, kind: ref.upstream ? 'agent' : 'cloud', policy: dd.value as Record<string, unknown>, ...(ref.upstream ? { upstream: ref.upstream } : {}), label: path });
      } else documents.push(dd);
    }
  };
  for (const ref of parsed.files) {
    const path = options.resolve(file, ref.file);
    const content = options.readFile(path);
    if (content === undefined) diagnostics.push(at(M.expectationsFileUnreadable, ref.path, ref.file, 'no such file'));
    else load(path, content, ref);
  }
  for (const f of options.extraFiles ?? []) load(f.path, f.text);
  if (parsed.files.length === 0 && (options.extraFiles ?? []).length === 0 && parsed.cases.length > 0) diagnostics.push(at(M.expectationsNoFiles, []));
  // An agent endpoint's traffic_policy_file is its policy, read from next to its ngrok.yml as
  // `tpc lint` reads it (unless the file is listed too).
  const policyFiles = loadPolicyFiles(documents, options.readFile);
  diagnostics.push(...policyFiles.diagnostics);
  const { workspace, diagnostics: wd } = buildWorkspace(documents, undefined, policyFiles.resolver);
  diagnostics.push(...wd);
  const world = worldFromWorkspace(workspace);
  world.endpoints = [...standalone, ...(world.endpoints ?? [])];
  const cas: Record<string, string> = {};
  for (const c of parsed.cas) {
    const id = caIdentity(c.value);
    if (id.id !== undefined || id.fingerprints.length > 0) {
      cas[c.name] = c.value;
      continue;
    }
    const content = options.readFile(options.resolve(file, c.value));
    if (content === undefined) diagnostics.push(at(M.caFileUnreadable, c.path, c.value, 'no such file'));
    else cas[c.name] = content;
  }
  if (Object.keys(cas).length > 0) world.certificateAuthorities = cas;
  const known = new Set((world.endpoints ?? []).map((e) => e.url.toLowerCase()));
  const cases = parsed.cases.map((c) => {
    if (c.problem || c.endpoint === undefined) return c;
    if (!known.has(c.endpoint.toLowerCase()) && !(world.endpoints ?? []).some((e) => sameEndpoint(e.url, c.endpoint!))) {
      return { ...c, problem: createDiagnostic({ code: M.expectationsNoEndpoint.code, severity: 'error', message: formatMessage(M.expectationsNoEndpoint.template, [c.endpoint]), file, ...(c.range ? { range: c.range } : {}) }) };
    }
    return c;
  });
  return { cases, world, diagnostics };
}

function sameEndpoint(a: string, b: string): boolean {
  const norm = (u: string) => u.toLowerCase().replace(/\/$/, '').replace(/^(https:\/\/[^/]+):443$/, '$1').replace(/^(http:\/\/[^/]+):80$/, '$1');
  return norm(a) === norm(b);
}
