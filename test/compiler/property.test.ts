/**
 * Property tests of the compiler (fast-check):
 * - random valid programs (the DSL's generator, adapted to what compiles) always compile, the
 *   output always passes the schemas (checked inside compile) and `tpc lint` with zero errors
 *   and no posture warnings (unauthenticated-http, unprotected-tcp), is deterministic, and keeps
 *   the structural promises (security before forward, forward last, cloud policies that always
 *   terminate);
 * - programs whose exposures allow every address never draw a compiler-bug finding (TPC3xxx):
 *   the posture rules' findings on them are reported as those rules (the source asks for it);
 * - the compiler never throws (nor reports an internal error) on random or mutated text;
 * - the YAML writer round-trips any JSON value;
 * - sharing an exposure's resolved access between the sites of a template never changes what
 *   compile() returns (files and diagnostics), for valid programs and programs with errors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { compile } from '../../src/compiler/index.js';
import type { CompileResult } from '../../src/compiler/index.js';
import { compileInChunks } from '../../src/compiler/compile.js';
import { shareExposureAccess } from '../../src/compiler/resolve.js';
import { lintCompiled, SelfCheck } from '../../src/compiler/self-check.js';
import { compareDiagnostics } from '../../src/diagnostics/diagnostic.js';
import { toYaml } from '../../src/compiler/yaml.js';
import { arbProgramSpec, renderProgram, type ExposeSpec, type IdentitySpec, type ProgramSpec, type SecretSpec } from '../dsl/arbitraries.js';
import { TEST_CA } from './helpers.js';

const FILES: Record<string, string> = { 'certs/clinic-ca.pem': TEST_CA };

function run(text: string): CompileResult {
  return compile(text, { file: 'fleet.tpc', readFile: (p) => FILES[p.replace(/\\/g, '/')] ?? (p === 'fleet.tpc' ? text : undefined) });
}

const vault = (s: SecretSpec | undefined, name: string): SecretSpec => (s && 'vault' in s ? s : { vault: 'fleet', name });

/**
 * The DSL generator makes syntactically and referentially valid programs; some of them are
 * (rightly) compile errors. This turns them into programs that must compile:
 * `env()` → `secret()` (env() in a policy field is TPC2071), client id and secret paired (or
 * given for providers without a managed app; no scopes with managed apps), at most one identity
 * per exposure (two identities cannot be merged in general, TPC2052/2053), and every template
 * binds `*.${id}.internal` (so `id` is always used, TPC2024).
 */
function compilable(spec: ProgramSpec): ProgramSpec {
  const identities: IdentitySpec[] = spec.identities.map((i) => {
    if (i.kind === 'jwt') return i;
    if (i.kind === 'oidc') return { ...i, clientId: vault(i.clientId, `${i.name}-id`), clientSecret: vault(i.clientSecret, `${i.name}-secret`) };
    const managed = !i.clientId && !i.clientSecret && i.provider !== 'amazon' && i.provider !== 'facebook';
    if (managed) return { ...i, scopes: [] };
    return { ...i, clientId: vault(i.clientId, `${i.name}-id`), clientSecret: vault(i.clientSecret, `${i.name}-secret`) };
  });
  const ids = new Set(identities.map((i) => i.name));
  const oneIdentity = (e: ExposeSpec): ExposeSpec => {
    let seen = false;
    return {
      ...e,
      allow: e.allow.filter((n) => {
        if (!ids.has(n)) return true;
        if (seen) return false;
        seen = true;
        return true;
      }),
    };
  };
  return {
    ...spec,
    identities,
    templates: spec.templates.map((t) => ({
      ...t,
      body: { ...t.body, exposures: t.body.exposures.map(oneIdentity), agent: { failover: false, ...t.body.agent, bind: ['*.${id}.internal'] } },
    })),
    sites: spec.sites.map((s) => ({ ...s, body: { ...s.body, exposures: s.body.exposures.map(oneIdentity) } })),
  };
}

type Rule = { name?: unknown; expressions?: string[]; actions: { type: string; config?: Record<string, unknown> }[] };
const SECURITY = new Set(['restrict-ips', 'terminate-tls', 'jwt-validation', 'oauth', 'openid-connect', 'deny']);

/** The structural promises every compiled policy keeps. */
function checkPolicy(policy: Record<string, unknown>, url: string): void {
  for (const [phase, list] of Object.entries(policy)) {
    for (const rule of list as Rule[]) {
      expect(typeof rule.name === 'string' && /^fleet\.tpc:\d+ /.test(rule.name), `${url} ${phase}: rule name carries provenance`).toBe(true);
      const types = rule.actions.map((a) => a.type);
      const fwd = types.indexOf('forward-internal');
      if (fwd >= 0) {
        expect(fwd, `${url}: forward-internal is the last action of its rule`).toBe(types.length - 1);
        expect(types.slice(fwd + 1).some((t) => SECURITY.has(t)), `${url}: no security action after the forward`).toBe(false);
      }
    }
  }
  const entry = url.startsWith('https://') ? 'on_http_request' : 'on_tcp_connect';
  const last = (policy[entry] as Rule[]).at(-1)!;
  expect(last.expressions ?? [], `${url}: the last rule of ${entry} has no expressions`).toEqual([]);
  expect(['forward-internal', 'deny', 'custom-response'], `${url}: and ends in a terminating action`).toContain(last.actions.at(-1)!.type);
}

/** Rules about unprotected forwards. */
const POSTURE = new Set(['unauthenticated-http', 'unprotected-tcp']);

/** A login in a rule with expressions followed by an account check (a path-keyed exposure allowing a login identity with allowed domains or emails). */
function pathKeyedLoginCheck(policy: Record<string, unknown>): boolean {
  const rules = (policy['on_http_request'] ?? []) as Rule[];
  return rules.some((r, i) => (r.expressions ?? []).length > 0 && ['oauth', 'openid-connect'].includes(r.actions[0]!.type) && rules[i + 1]?.expressions?.some((x) => x.includes('actions.ngrok.')) === true);
}

describe('compiling random valid programs', () => {
  it('always succeeds, validates, lints without errors or posture warnings, is deterministic and keeps the structural promises', async () => {
    let gates = 0;
    let conditional = 0;
    await fc.assert(
      fc.asyncProperty(arbProgramSpec({ maxSites: 3 }), fc.option(fc.nat(), { nil: undefined }), async (raw, layout) => {
        const text = renderProgram(compilable(raw), layout);
        if (/\baction\s+(?:first|response)\s+when\b/.test(text)) conditional++;
        const r = run(text);
        const errors = r.diagnostics.filter((d) => d.severity === 'error');
        expect(errors.map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`), text).toEqual([]);
        expect(r.emitSkipped).toBe(false);
        // Deterministic: a second compilation gives the same bytes.
        expect([...run(text).files]).toEqual([...r.files]);
        // Lints clean (errors; warnings are advice), and every forward is seen as protected: the
        // posture rules never warn on compiled output.
        const found = await lintCompiled(r, 'fleet.tpc', text);
        expect(found.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`), text).toEqual([]);
        expect(found.filter((d) => POSTURE.has(d.code)).map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`), text).toEqual([]);
        for (const site of r.sites) for (const ep of site.endpoints) if (pathKeyedLoginCheck(ep.policy as Record<string, unknown>)) gates++;
        // Files parse back to the artifacts; JSON and YAML carry the same policy.
        for (const site of r.sites) {
          expect(parseYaml(r.files.get(`${site.name}/ngrok.yml`)!)).toEqual(site.agentConfig);
          for (const ep of site.endpoints) {
            const body = JSON.parse(r.files.get(`${site.name}/endpoints/${ep.name}.json`)!);
            expect(JSON.parse(body.traffic_policy)).toEqual(ep.policy);
            expect(parseYaml(r.files.get(`${site.name}/endpoints/${ep.name}.policy.yaml`)!)).toEqual(ep.policy);
            checkPolicy(ep.policy as Record<string, unknown>, ep.url);
          }
        }
      }),
      { numRuns: 250 },
    );
    // The generator covers path-keyed exposures with a login and allowed domains or emails.
    expect(gates).toBeGreaterThan(5);
    // … and conditional escape-hatch actions (`action first when "…"`, some of them answering the request).
    expect(conditional).toBeGreaterThan(20);
  }, 120_000);
});

describe('compiling valid programs that open exposures to everyone', () => {
  it('never reports a compiler bug: what the posture rules find is reported as the rule itself', async () => {
    let opened = 0;
    let posture = 0;
    await fc.assert(
      fc.asyncProperty(arbProgramSpec({ maxSites: 2 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }), async (raw, pick) => {
        // Some exposures allow a group of every address instead of what they allowed.
        let i = 0;
        const body = renderProgram(compilable(raw)).replace(/^(\s*)allow [^\n]+$/gm, (line, indent: string) => (pick[i++ % pick.length] ? `${indent}allow every-client` : line));
        if (!body.includes('allow every-client')) return;
        opened++;
        const text = `group every-client = ip 0.0.0.0/0, ::/0\n${body}`;
        const r = run(text);
        expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`), text).toEqual([]);
        const found = await lintCompiled(r, 'fleet.tpc', text);
        expect(found.filter((d) => d.code.startsWith('TPC3')).map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`), text).toEqual([]);
        // An error can only be a posture rule's (an open TCP or TLS exposure).
        expect(found.filter((d) => d.severity === 'error' && !POSTURE.has(d.code)).map((d) => d.code), text).toEqual([]);
        if (found.some((d) => POSTURE.has(d.code))) posture++;
      }),
      { numRuns: 120 },
    );
    expect(opened).toBeGreaterThan(60);
    expect(posture).toBeGreaterThan(20);
  }, 120_000);
});

describe('robustness', () => {
  it('never throws and never reports an internal error on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const r = run(text);
        expect(r.diagnostics.some((d) => d.code === 'TPC3003')).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws and never reports an internal error on mutated valid programs', () => {
    const mutation = fc.record({ at: fc.nat(), cut: fc.nat(20), insert: fc.constantFrom('', '}', '{', '"', '${id}', 'allow ', 'expose x at ', 'deny office', ':443', '/', '\n', 'tcp://', '*.') });
    fc.assert(
      fc.property(arbProgramSpec({ maxSites: 2 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), (spec, muts) => {
        let text = renderProgram(compilable(spec));
        for (const m of muts) {
          const i = m.at % (text.length + 1);
          text = text.slice(0, i) + m.insert + text.slice(i + m.cut);
        }
        const r = run(text);
        expect(r.diagnostics.some((d) => d.code === 'TPC3003' || d.code === 'TPC3001')).toBe(false);
        if (r.emitSkipped) expect(r.files.size).toBe(0);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('compiling in chunks (tpc compile into a fresh folder)', () => {
  const options = (text: string) => ({ file: 'fleet.tpc', readFile: (p: string) => FILES[p.replace(/\\/g, '/')] ?? (p === 'fleet.tpc' ? text : undefined) });

  /** compileInChunks with the self-check of each chunk, collected. */
  async function chunked(text: string, size: number) {
    const files = new Map<string, string>();
    const check = new SelfCheck('fleet.tpc', text);
    let chunks = 0;
    const summary = await compileInChunks(text, options(text), size, async (c) => {
      chunks++;
      expect(c.sites.length).toBeLessThanOrEqual(size);
      for (const [p, content] of c.files) files.set(p, content);
      await check.add(c);
    });
    if (summary.manifestFile) files.set(summary.manifestFile.path, summary.manifestFile.content);
    return { summary, files, findings: summary.emitSkipped ? [] : check.finish(), chunks };
  }

  const key = (d: { code: string; file: string; line: number; column: number; message: string }) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`;

  it('gives the files, manifest, diagnostics and self-check findings of compile() (random valid programs)', async () => {
    await fc.assert(
      fc.asyncProperty(arbProgramSpec({ maxSites: 4 }), fc.integer({ min: 1, max: 3 }), async (spec, size) => {
        const text = renderProgram(compilable(spec));
        const whole = run(text);
        const c = await chunked(text, size);
        expect(c.summary.emitSkipped).toBe(whole.emitSkipped);
        expect(c.summary.diagnostics).toEqual(whole.diagnostics);
        if (whole.emitSkipped) return;
        expect([...c.files].sort()).toEqual([...whole.files].sort());
        expect(c.summary.files).toBe(whole.files.size);
        expect(c.summary.sites).toBe(whole.sites.length);
        expect(c.summary.manifest.endpoints).toEqual(whole.manifest.endpoints);
        expect(c.chunks).toBe(Math.ceil(whole.sites.length / size));
        const expected = (await lintCompiled(whole, 'fleet.tpc', text)).map(key).sort();
        expect(c.findings.map(key).sort()).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('reports what compile() reports for mutated programs, and says so when it skipped the output', async () => {
    const mutation = fc.record({ at: fc.nat(), cut: fc.nat(20), insert: fc.constantFrom('', '}', '"', '${id}', 'allow ', 'deny office', ':443', '/', 'tcp://', '*.', 'action before-forward { type: "rate-limit", config: { bogus: 1 } }\n') });
    await fc.assert(
      fc.asyncProperty(arbProgramSpec({ maxSites: 4 }), fc.array(mutation, { minLength: 1, maxLength: 2 }), fc.integer({ min: 1, max: 2 }), async (spec, muts, size) => {
        let text = renderProgram(compilable(spec));
        for (const m of muts) {
          const i = m.at % (text.length + 1);
          text = text.slice(0, i) + m.insert + text.slice(i + m.cut);
        }
        const whole = run(text);
        const c = await chunked(text, size);
        expect([...c.summary.diagnostics].sort(compareDiagnostics)).toEqual(whole.diagnostics);
        expect(c.summary.emitSkipped).toBe(whole.emitSkipped);
        if (!whole.emitSkipped) expect([...c.files].sort()).toEqual([...whole.files].sort());
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

describe('the YAML writer', () => {
  it('round-trips any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const back = parseYaml(toYaml(v)) as unknown;
        expect(JSON.stringify(back)).toBe(JSON.stringify(v));
      }),
      { numRuns: 1000 },
    );
  });

  it('round-trips objects of tricky strings', () => {
    const tricky = fc.oneof(fc.string(), fc.constantFrom('true', 'no', 'null', '~', '1.3', '0x10', '-a', ': x', 'a: b', '#c', '"q"', "'", '*.x', '&a', '!tag', '%', '@', '`', '|', '>', ' lead', 'trail ', '', '\n', '\u2028', '\u0085', '\ufeff', 'on', 'Y'));
    fc.assert(
      fc.property(fc.dictionary(tricky, fc.oneof(tricky, fc.array(tricky))), (v) => {
        expect(JSON.stringify(parseYaml(toYaml(v)))).toBe(JSON.stringify(v));
      }),
      { numRuns: 1000 },
    );
  });
});

/**
 * A template whose exposures mix statements that may be shared between its sites (allow, deny,
 * tls min, a CA by name) with ones that read the site's parameters (an action with `${id}`, a CA
 * file named after the site) and ones that are errors (an undefined name, an identity denied), and
 * sites with and without defaults of their own.
 */
const SHARING_POOL = {
  https: [
    'allow office',
    'allow vpn',
    'allow staff',
    'allow office, staff',
    'allow google',
    'deny blocked',
    'tls min 1.3',
    'tls min 1.2',
    'mtls ca clinic-ca',
    'mtls ca file("certs/${id}.pem")',
    'action before-forward { type: "add-headers", config: { headers: { "x-site": "${id}" } } }',
    'action before-forward { type: "add-headers", config: { headers: { "x-fleet": "one" } } }',
  ],
  tls: ['allow office', 'allow vpn', 'deny blocked', 'deny blocked2', 'tls min 1.3', 'tls min 1.2', 'mtls ca clinic-ca', 'mtls ca file("certs/${id}.pem")'],
  tcp: ['allow office', 'allow vpn', 'deny blocked', 'deny blocked2'],
} as const;
const SHARING_ERRORS = ['deny staff', 'allow nobody-here', 'allow staff'] as const;

const arbSharingBody = fc.constantFrom('https', 'https', 'tls', 'tcp').chain((scheme) =>
  fc.record({
    scheme: fc.constant(scheme),
    body: fc.subarray([...SHARING_POOL[scheme]], { maxLength: Math.min(4, SHARING_POOL[scheme].length) }),
    error: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom(...SHARING_ERRORS) }),
  }),
);

const arbSharingProgram = fc
  .record({
    exposures: fc.array(arbSharingBody, { minLength: 1, maxLength: 3 }),
    templateDefaults: fc.subarray(['allow office', 'deny blocked', 'tls min 1.2'], { maxLength: 2 }),
    sites: fc.array(fc.option(fc.subarray(['allow office', 'deny blocked', 'tls min 1.3'], { minLength: 1, maxLength: 2 }), { nil: undefined }), { minLength: 2, maxLength: 4 }),
  })
  .map(({ exposures, templateDefaults, sites }) => {
    const lines = [
      'group office = ip 203.0.113.0/24',
      'group blocked = ip 192.0.2.0/24',
      'group vpn = ip 198.51.100.0/25',
      'group blocked2 = ip 198.51.100.64/26',
      'identity staff = jwt issuer "https://auth.example" audience "api" jwks "https://auth.example/jwks.json"',
      'identity google = oauth google allow-domain "example.com"',
      'ca clinic-ca = file("certs/clinic-ca.pem")',
      'template clinic(id, port) {',
      '  agent bind "*.${id}.internal"',
      ...(templateDefaults.length > 0 ? ['  defaults {', ...templateDefaults.map((x) => `    ${x}`), '  }'] : []),
      ...exposures.map((x, i) => (x.scheme === 'https' ? `  service s${i} http://10.0.0.${i + 1}:8080` : `  service s${i} tcp://10.0.0.${i + 1}:5432`)),
      ...exposures.flatMap((x, i) => {
        const url = x.scheme === 'https' ? `https://s${i}.\${id}.example` : x.scheme === 'tls' ? `tls://s${i}.\${id}.example` : `tcp://${i + 1}.tcp.ngrok.io:\${port}`;
        return [`  expose s${i} at ${url} {`, ...x.body.map((b) => `    ${b}`), ...(x.error ? [`    ${x.error}`] : []), '  }'];
      }),
      '}',
      ...sites.map((own, i) => `site c${i} = clinic(id: "c${i}", port: "${20001 + i}")${own ? ` { defaults { ${own.join('; ')} } }` : ''}`),
    ];
    return lines.join('\n') + '\n';
  });

describe('sharing exposure access between sites', () => {
  const snapshot = (r: CompileResult) => ({
    files: [...r.files],
    diagnostics: r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`),
  });
  /** Compiles with sharing on, then off, and requires the same files and diagnostics. */
  const sameWithoutSharing = (compileIt: () => CompileResult) => {
    const shared = snapshot(compileIt());
    shareExposureAccess(false);
    try {
      expect(snapshot(compileIt())).toEqual(shared);
    } finally {
      shareExposureAccess(true);
    }
  };

  it('never changes what compile() returns on templates built to tempt it (property)', () => {
    const files: Record<string, string> = { 'certs/clinic-ca.pem': TEST_CA, 'certs/c0.pem': TEST_CA, 'certs/c1.pem': TEST_CA.replace('MII', 'MIJ'), 'certs/c2.pem': TEST_CA, 'certs/c3.pem': TEST_CA };
    const runWith = (text: string) => compile(text, { file: 'fleet.tpc', readFile: (p) => files[p.replace(/\\/g, '/')] });
    fc.assert(
      fc.property(arbSharingProgram, (text) => sameWithoutSharing(() => runWith(text))),
      { numRuns: 300 },
    );
  });

  it('never changes what compile() returns (property)', () => {
    fc.assert(
      fc.property(arbProgramSpec({ maxSites: 5 }), fc.boolean(), (spec, valid) => {
        const text = renderProgram(valid ? compilable(spec) : spec);
        sameWithoutSharing(() => run(text));
      }),
      { numRuns: 150 },
    );
  });
});
