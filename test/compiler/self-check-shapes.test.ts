/**
 * `tpc compile`'s self-check runs the rules marked `documentLocal` once per artifact shape
 * (src/compiler/artifact-shape.ts) instead of on every site's artifacts. These properties compare
 * it with a self-check that runs every rule on every artifact, on fleets built to tempt it: the
 * sites of one template pass values that some of those rules object to and others that they
 * accept, into `when` conditions, `restrict-ips` lists and interpolated action strings, with
 * suppression comments now and then, and the fleet arrives in parts of random size as it does
 * from the CLI.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileInChunks } from '../../src/compiler/compile.js';
import { ArtifactShapes, withoutHost } from '../../src/compiler/artifact-shape.js';
import { SelfCheck } from '../../src/compiler/self-check.js';
import { compareDiagnostics, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { RULES } from '../../src/rules/index.js';
import { compileText, TEST_CA } from './helpers.js';

/** Values the sites pass: fine ones, and ones `cidr`, `expression-syntax`, `unknown-variable` … report. */
const VALUES = [
  '10.0.0.0/8',
  '10.0.0.1/8',
  '10.0.0.1',
  '2001:db8::/32',
  "req.method == 'GET'",
  'req.nope == 1',
  '1 +',
  "inCidrRange(conn.client_ip, '10.0.0.1')",
  "inCidrRange(conn.client_ip, '10.0.0.0/8')",
  "conn.client_ip == '10.0.0.1'",
  '${req.nope}',
  '${conn.client_ip}',
  'plain',
] as const;

const HTTPS = [
  'allow office',
  'allow staff',
  'allow google',
  'deny blocked',
  'tls min 1.3',
  'mtls ca clinic-ca',
  'action first when "${v}" { type: "deny" }',
  'action first when "${w}" { type: "custom-response", config: { status_code: 418 } }',
  'action before-forward { type: "restrict-ips", config: { allow: ["${v}"] } }',
  'action before-forward { type: "add-headers", config: { headers: { "x-v": "${w}" } } }',
  'action response when "${v}" { type: "add-headers", config: { headers: { "x-r": "1" } } }',
  'action before-forward { type: "rate-limit", config: { name: "r", algorithm: "sliding_window", capacity: 5, rate: "60s", bucket_key: ["${w}"] } }',
];
const STREAM = ['allow office', 'allow everyone', 'deny blocked', 'action first when "${v}" { type: "deny" }', 'action before-forward { type: "restrict-ips", config: { allow: ["${w}"] } }'];

const arbExposure = fc.constantFrom('https', 'https', 'tls', 'tcp').chain((scheme) =>
  fc.record({
    scheme: fc.constant(scheme),
    body: fc.subarray(scheme === 'https' ? HTTPS : STREAM, { minLength: 1, maxLength: 4 }),
    suppress: fc.option(fc.constantFrom('cidr', 'unknown-variable', 'expression-syntax', 'unprotected-tcp', 'placeholder'), { nil: undefined }),
  }),
);

const arbFleet = fc
  .record({
    exposures: fc.array(arbExposure, { minLength: 1, maxLength: 3 }),
    sites: fc.array(
      fc.record({
        // Site ids become hosts, which shapes leave out: some look like placeholders.
        id: fc.constantFrom('c', 'your-clinic-', 'example-', 'xn--c'),
        v: fc.constantFrom(...VALUES),
        w: fc.constantFrom(...VALUES),
        own: fc.option(fc.constantFrom('allow everyone', 'deny blocked', 'tls min 1.3'), { nil: undefined }),
        // An on-demand service whose upstream the site chooses, and a failover agent now and then.
        u: fc.constantFrom('http://10.0.1.1:8080', 'https://10.0.1.1:8443', 'tcp://10.0.1.1:5432', 'tls://10.0.1.1:443'),
        failover: fc.boolean(),
      }),
      { minLength: 1, maxLength: 7 },
    ),
    chunk: fc.integer({ min: 1, max: 4 }),
  })
  .map(({ exposures, sites, chunk }) => {
    const lines = [
      'group office = ip 203.0.113.0/24',
      'group blocked = ip 192.0.2.0/24',
      'group everyone = ip 0.0.0.0/0, ::/0',
      'identity staff = jwt issuer "https://auth.example" audience "api" jwks "https://auth.example/jwks.json"',
      'identity google = oauth google allow-domain "example.com"',
      'ca clinic-ca = file("certs/clinic-ca.pem")',
      'template clinic(id, port, v, w, u) {',
      '  agent bind "*.${id}.internal"',
      '  service extra ${u} on-demand',
      ...exposures.map((x, i) => (x.scheme === 'https' ? `  service s${i} http://10.0.0.${i + 1}:8080` : `  service s${i} tcp://10.0.0.${i + 1}:5432`)),
      ...exposures.flatMap((x, i) => {
        const url = x.scheme === 'https' ? `https://s${i}.\${id}.example` : x.scheme === 'tls' ? `tls://s${i}.\${id}.example` : `tcp://${i + 1}.tcp.ngrok.io:\${port}`;
        const body = x.body.flatMap((b, j) => (x.suppress && j === 0 ? [`    # tpc-disable-next-line ${x.suppress} -- a test`, `    ${b}`] : [`    ${b}`]));
        return [`  expose s${i} at ${url} {`, ...body, '  }'];
      }),
      '}',
      ...sites.map((s, i) => {
        const body = [...(s.own ? [`defaults { ${s.own} }`] : []), ...(s.failover ? ['agent failover'] : [])];
        return `site ${s.id}${i} = clinic(id: "${s.id}${i}", port: "${20001 + i}", v: ${JSON.stringify(s.v)}, w: ${JSON.stringify(s.w)}, u: ${JSON.stringify(s.u)})${body.length > 0 ? ` { ${body.join('; ')} }` : ''}`;
      }),
    ];
    return { text: lines.join('\n') + '\n', chunk };
  });

const FILES: Record<string, string> = { 'certs/clinic-ca.pem': TEST_CA };
const show = (d: Diagnostic) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}${d.suppressed ? ' (suppressed)' : ''} ${d.message}`;

/** What the self-check reports, the fleet given to it `chunk` sites at a time. */
async function selfCheck(text: string, chunk: number, shareShapes: boolean): Promise<string[]> {
  const check = new SelfCheck('fleet.tpc', text, { shareShapes });
  const summary = await compileInChunks(text, { file: 'fleet.tpc', readFile: (p) => FILES[p.replace(/\\/g, '/')] }, chunk, (part) => check.add(part));
  return summary.emitSkipped ? [] : check.finish().sort(compareDiagnostics).map(show);
}

describe('the self-check, running document-local rules once per artifact shape', () => {
  it('reports exactly what running every rule on every artifact reports (property)', async () => {
    let withFindings = 0;
    await fc.assert(
      fc.asyncProperty(arbFleet, async ({ text, chunk }) => {
        const full = await selfCheck(text, chunk, false);
        if (full.some((l) => / (cidr|expression-syntax|unknown-variable|unprotected-tcp|TPC2084|TPC2087|TPC4004) /.test(l))) withFindings++;
        expect(await selfCheck(text, chunk, true)).toEqual(full);
      }),
      { numRuns: 200 },
    );
    // The generator must reach the rules that are shared, or the comparison shows nothing.
    expect(withFindings).toBeGreaterThan(40);
  });

  it('lints one site of a template with document-local rules, the next sites only with the others, when all are clean', async () => {
    const text = [
      'group office = ip 203.0.113.0/24',
      'template clinic(id) {',
      '  agent bind "*.${id}.internal"',
      '  service api http://10.0.0.1:8080',
      '  expose api at https://${id}.example { allow office }',
      '}',
      'site a = clinic(id: "a")',
      'site b = clinic(id: "b")',
      'site c = clinic(id: "c")',
    ].join('\n');
    const r = compileText(text);
    const numbering = new ArtifactShapes();
    const shapes = r.sites.map((s) => numbering.endpoint(s.endpoints[0]!, s.endpoints[0]!.origin.file));
    expect(new Set(shapes).size).toBe(1);
    expect(RULES.filter((x) => x.meta.documentLocal).length).toBeGreaterThan(10);
  });
});

describe('artifact shapes', () => {
  it('leave out a URL host only when it is a plain host name', () => {
    expect(withoutHost('https://rest-api.clinic1.internal')).toBe('https://*.internal');
    expect(withoutHost('tcp://ops-db.clinic1.internal:5432')).toBe('tcp://*.internal:5432');
    expect(withoutHost('https://clinic1.api.example/path?q')).toBe('https://*/path?q');
    expect(withoutHost('tls://db.example')).toBe('tls://*');
    expect(withoutHost('db.example:443')).toBe('*:443');
    expect(withoutHost('https://${vars.host}.internal')).toBe('https://${vars.host}.internal');
    expect(withoutHost('https://<your-host>.internal')).toBe('https://<your-host>.internal');
    expect(withoutHost('https://[2001:db8::1]:8443')).toBe('https://[2001:db8::1]:8443');
    expect(withoutHost('https://')).toBe('https://');
  });

  it('differ when anything but free text, URL hosts and forward-internal hosts differs (property)', () => {
    // Two sites of one template differ in their ids (hosts) and in a value that lands elsewhere.
    fc.assert(
      fc.property(fc.constantFrom(...VALUES), fc.constantFrom(...VALUES), (v1, v2) => {
        const text = [
          'template clinic(id, v) {',
          '  agent bind "*.${id}.internal"',
          '  service api http://10.0.0.1:8080',
          '  expose api at https://${id}.example {',
          '    action first when "${v}" { type: "deny" }',
          '  }',
          '}',
          `site a = clinic(id: "a", v: ${JSON.stringify(v1)})`,
          `site b = clinic(id: "b", v: ${JSON.stringify(v2)})`,
        ].join('\n');
        const r = compileText(text);
        if (r.emitSkipped) return;
        const numbering = new ArtifactShapes();
        const [a, b] = r.sites.map((s) => numbering.endpoint(s.endpoints[0]!, s.endpoints[0]!.origin.file));
        expect(a === b).toBe(v1 === v2);
      }),
      { numRuns: 100 },
    );
  });

  it('of agent configs differ when anything but free text and URL hosts differs (property)', () => {
    const UPSTREAMS = ['http://10.0.1.1:8080', 'http://10.0.1.2:8080', 'https://10.0.1.1:8080', 'tcp://10.0.1.1:5432'];
    fc.assert(
      fc.property(fc.constantFrom(...UPSTREAMS), fc.constantFrom(...UPSTREAMS), fc.boolean(), fc.boolean(), (u1, u2, on1, on2) => {
        const text = [
          'template clinic(id, u) {',
          '  agent bind "*.${id}.internal"',
          `  service api \${u}`,
          '}',
          `site a = clinic(id: "a", u: ${JSON.stringify(u1)})${on1 ? ' { agent failover }' : ''}`,
          `site b = clinic(id: "b", u: ${JSON.stringify(u2)})${on2 ? ' { agent failover }' : ''}`,
        ].join('\n');
        const r = compileText(text);
        expect(r.emitSkipped).toBe(false);
        const numbering = new ArtifactShapes();
        const [a, b] = r.sites.map((s) => numbering.agentConfig(s.agentConfig, s.origin.file));
        // A site with a failover agent enables pooling on its endpoints.
        expect(a === b).toBe(u1 === u2 && on1 === on2);
        // The failover agent's config differs from the primary's in its metadata only.
        for (const s of r.sites) if (s.failoverConfig) expect(numbering.agentConfig(s.failoverConfig, s.origin.file)).toBe(numbering.agentConfig(s.agentConfig, s.origin.file));
      }),
      { numRuns: 60 },
    );
  });
});
