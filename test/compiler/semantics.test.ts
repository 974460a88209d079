/**
 * What the compiler emits for each construct: policy structure, ngrok.yml, ACL, README,
 * manifest, source map; defaults inheritance, templates, sites files, imports, identities.
 */
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadManifest } from '../../src/apply/desired.js';
import { locateInMap } from '../../src/compiler/index.js';
import { lint } from '../../src/rules/engine.js';
import { lintCompiled } from '../../src/compiler/self-check.js';
import { simulate } from '../../src/sim/simulate.js';
import type { SimRequest } from '../../src/sim/types.js';
import { worldFromCompile } from '../../src/sim/world.js';
import { compileFiles, compileText, policyOf, summary, TEST_CA, yamlOf } from './helpers.js';

const HEAD = `group office = ip 203.0.113.0/24, 2001:db8::/48
group blocked = ip 192.0.2.0/24
identity staff = jwt issuer "https://auth.example" audience "api" jwks "https://auth.example/jwks.json"
identity g = oauth google allow-domain "Example.com" allow-email "ana@other.example"
`;

/** Compiles `HEAD` + a site `hq` with the services below and `body`; asserts no errors. */
function hq(body: string, extraHead = '', extra: Record<string, string> = {}) {
  const r = compileText(`${HEAD}${extraHead}site hq {
  service api http://10.0.0.1:8080
  service db tcp://10.0.0.2:5432
  service web https://10.0.0.3:8443
${body}
}
`, extra);
  expect(summary(r).filter((s) => / TPC[0-9]+ /.test(s) || true).filter((s) => r.diagnostics.find((d) => d.severity === 'error' && s.startsWith(d.code)))).toEqual([]);
  return r;
}

type Rule = { name: string; expressions?: string[]; actions: { type: string; config?: Record<string, unknown> }[] };
const rules = (p: Record<string, unknown>, phase = 'on_http_request') => (p[phase] ?? []) as Rule[];
const shape = (p: Record<string, unknown>, phase = 'on_http_request') => rules(p, phase).map((r) => [r.expressions ?? [], r.actions.map((a) => a.type)]);

const API_PATH = "req.url.path == '/api' || req.url.path.startsWith('/api/')";

describe('HTTPS exposures', () => {
  it('IP groups only: deny rule first, then restrict-ips and forward in one unconditional rule', () => {
    const p = policyOf(hq('  expose api at https://api.example.com { allow office\n deny blocked }'), 'hq', 'api');
    expect(p['on_tcp_connect']).toBeUndefined();
    expect(rules(p)).toEqual([
      { name: 'main.tpc:10 deny blocked', expressions: ["inCidrRanges(conn.client_ip, ['192.0.2.0/24'])"], actions: [{ type: 'deny', config: { status_code: 403 } }] },
      {
        name: 'main.tpc:9 allow office',
        actions: [
          { type: 'restrict-ips', config: { enforce: true, allow: ['203.0.113.0/24', '2001:db8::/48'] } },
          { type: 'forward-internal', config: { url: 'https://api.hq.internal' } },
        ],
      },
    ]);
  });

  it('a JWT identity: jwt-validation then forward in one rule, with the default token location and algorithm', () => {
    const p = policyOf(hq('  expose api at https://api.example.com { allow staff }'), 'hq', 'api');
    expect(rules(p)).toEqual([
      {
        name: 'main.tpc:9 allow staff (jwt-validation)',
        actions: [
          {
            type: 'jwt-validation',
            config: {
              issuer: { allow_list: [{ value: 'https://auth.example' }] },
              audience: { allow_list: [{ value: 'api' }] },
              http: { tokens: [{ type: 'jwt', method: 'header', name: 'Authorization', prefix: 'Bearer ' }] },
              jws: { allowed_algorithms: ['RS256'], keys: { sources: { additional_jkus: ['https://auth.example/jwks.json'] } } },
            },
          },
          { type: 'forward-internal', config: { url: 'https://api.hq.internal' } },
        ],
      },
    ]);
  });

  it('IP OR identity: the office skips the login (with restrict-ips repeating the check), everyone else must present a JWT', () => {
    const p = policyOf(hq('  expose api at https://api.example.com { allow office, staff }'), 'hq', 'api');
    expect(shape(p)).toEqual([
      [["inCidrRanges(conn.client_ip, ['203.0.113.0/24', '2001:db8::/48'])"], ['restrict-ips', 'forward-internal']],
      [[], ['jwt-validation', 'forward-internal']],
    ]);
  });

  it('an OAuth identity: login, then deny accounts outside the allowed domain (with the @) and emails, then forward', () => {
    const r = hq('  expose api at https://api.example.com { allow g }');
    const p = policyOf(r, 'hq', 'api');
    const email = 'actions.ngrok.oauth.identity.email';
    expect(rules(p).map((x) => [x.name, x.expressions ?? [], x.actions])).toEqual([
      ['main.tpc:9 allow g (oauth login)', [], [{ type: 'oauth', config: { provider: 'google' } }]],
      ['main.tpc:9 allow g: deny other accounts', [`!(${email}.lowerAscii().endsWith('@example.com') || ${email}.lowerAscii() == 'ana@other.example')`], [{ type: 'deny', config: { status_code: 403 } }]],
      ['main.tpc:9 forward to api', [], [{ type: 'forward-internal', config: { url: 'https://api.hq.internal' } }]],
    ]);
  });

  it('an OIDC identity with a client secret from a vault', () => {
    const extraHead = 'identity corp = oidc issuer "https://login.example" client-id "portal" client-secret secret("corp", "oidc") allow-domain "example.com"\n';
    const p = policyOf(hq('  expose api at https://api.example.com { allow corp }', extraHead), 'hq', 'api');
    expect(rules(p)[0]!.actions[0]).toEqual({
      type: 'openid-connect',
      config: { issuer_url: 'https://login.example', client_id: 'portal', client_secret: "${secrets.get('corp', 'oidc')}", scopes: ['openid', 'profile', 'email'] },
    });
    expect(rules(p)[1]!.expressions).toEqual(["!(actions.ngrok.oidc.identity.email.lowerAscii().endsWith('@example.com'))"]);
  });

  it('tls min and mtls become terminate-tls in on_tcp_connect', () => {
    const p = policyOf(hq('  expose api at https://api.example.com {\n    allow office\n    tls min 1.3\n    mtls ca file("certs/ca.pem"), secret("pki", "clinic-ca")\n  }'), 'hq', 'api');
    const cfg = rules(p, 'on_tcp_connect')[0]!.actions[0]!.config!;
    expect(rules(p, 'on_tcp_connect')[0]!.name).toBe('main.tpc:12 tls min 1.3 + mtls');
    expect(cfg['min_version']).toBe('1.3');
    expect(cfg['mutual_tls_verification_strategy']).toBe('require-and-verify');
    const cas = cfg['mutual_tls_certificate_authorities'] as string[];
    expect(cas[0]).toMatch(/^-----BEGIN CERTIFICATE-----\n[\s\S]+\n-----END CERTIFICATE-----\n$/);
    expect(cas[1]).toBe("${secrets.get('pki', 'clinic-ca')}");
  });

  it('paths on one hostname: one endpoint, most specific path first, keyed rules, the exposure without a path last', () => {
    const r = hq(`  expose api at https://x.example.com path /api { allow office }
  expose web at https://x.example.com path /api/v2/ { allow staff }
  expose api at https://x.example.com { allow office }`);
    expect([...r.files.keys()].filter((f) => f.includes('/endpoints/'))).toEqual(['hq/endpoints/api.json', 'hq/endpoints/api.policy.yaml']);
    const p = policyOf(r, 'hq', 'api');
    expect(shape(p)).toEqual([
      [["req.url.path == '/api/v2' || req.url.path.startsWith('/api/v2/')"], ['jwt-validation', 'forward-internal']],
      [[API_PATH], ['restrict-ips', 'forward-internal']],
      [[], ['restrict-ips', 'forward-internal']],
    ]);
    expect((rules(p)[0]!.actions[1]!.config as { url: string }).url).toBe('https://web.hq.internal');
  });

  it('paths only: a final unconditional 404 so the cloud endpoint always ends the request', () => {
    const p = policyOf(hq('  expose api at https://x.example.com path /api { allow office\n deny blocked }'), 'hq', 'api');
    expect(shape(p)).toEqual([
      [[API_PATH, "inCidrRanges(conn.client_ip, ['192.0.2.0/24'])"], ['deny']],
      [[API_PATH], ['restrict-ips', 'forward-internal']],
      [[], ['custom-response']],
    ]);
    expect(rules(p)[2]).toEqual({ name: 'main.tpc:9 no exposure matches the path (404)', actions: [{ type: 'custom-response', config: { status_code: 404 } }] });
  });

  it('the escape hatch: first, before-forward and response points', () => {
    const p = policyOf(
      hq(`  expose api at https://api.example.com {
    allow staff
    action first { type: "add-headers", config: { headers: { "x-edge": "tpc" } } }
    action before-forward { type: "remove-headers", config: { headers: ["x-debug"] } }
    action response { type: "add-headers", config: { headers: { "x-frame-options": "DENY" } } }
  }`),
      'hq',
      'api',
    );
    expect(shape(p)).toEqual([
      [[], ['add-headers']],
      [[], ['jwt-validation', 'remove-headers', 'forward-internal']],
    ]);
    expect(shape(p, 'on_http_response')).toEqual([[[], ['add-headers']]]);
    expect(rules(p)[0]!.name).toBe('main.tpc:11 action first add-headers');
  });

  it('an exposure that allows nobody denies everything (with a warning)', () => {
    const r = hq('  expose api at https://api.example.com');
    expect(summary(r)).toEqual(["TPC2054 main.tpc:9:3 The exposure of 'api' at 'https://api.example.com' allows nobody (no 'allow' here or in its defaults), so every request is denied."]);
    expect(shape(policyOf(r, 'hq', 'api'))).toEqual([[[], ['deny']]]);
  });
});

describe('a group of every address (what tpc import writes for an open endpoint)', () => {
  const ANYONE = 'group anyone = ip 0.0.0.0/0, ::/0\n';

  it('compiles to no restrict-ips at all (it would check nothing), so no cidr warning', () => {
    const r = hq('  expose api at https://api.example.com { allow anyone }', ANYONE);
    expect(summary(r)).toEqual([]);
    expect(shape(policyOf(r, 'hq', 'api'))).toEqual([[[], ['forward-internal']]]);
    const tcp = hq('  expose db at tcp://1.tcp.ngrok.io:20001 { allow anyone }', ANYONE);
    expect(shape(policyOf(tcp, 'hq', 'db'), 'on_tcp_connect')).toEqual([[[], ['forward-internal']]]);
  });

  it('keeps restrict-ips when something is denied (the deny list does the work)', () => {
    const r = hq('  expose db at tcp://1.tcp.ngrok.io:20001 { allow anyone\n deny blocked }', ANYONE);
    const [rule] = rules(policyOf(r, 'hq', 'db'), 'on_tcp_connect');
    expect(rule!.actions.map((a) => a.type)).toEqual(['restrict-ips', 'forward-internal']);
    expect(rule!.actions[0]!.config).toEqual({ enforce: true, allow: ['0.0.0.0/0', '::/0'], deny: ['192.0.2.0/24'] });
  });

  it('one family alone is still restricted (the other family is refused)', () => {
    const r = hq('  expose api at https://api.example.com { allow v4 }', 'group v4 = ip 0.0.0.0/0\n');
    expect(shape(policyOf(r, 'hq', 'api'))).toEqual([[[], ['restrict-ips', 'forward-internal']]]);
  });
});

describe('TCP and TLS exposures', () => {
  it('tcp://: restrict-ips with allow and deny lists, then forward to a tcp:// internal endpoint', () => {
    const r = hq('  expose db at tcp://1.tcp.ngrok.io:20001 { allow office\n deny blocked }');
    const p = policyOf(r, 'hq', 'db');
    expect(Object.keys(p)).toEqual(['on_tcp_connect']);
    expect(rules(p, 'on_tcp_connect')).toEqual([
      {
        name: 'main.tpc:9 allow office, deny blocked',
        actions: [
          { type: 'restrict-ips', config: { enforce: true, allow: ['203.0.113.0/24', '2001:db8::/48'], deny: ['192.0.2.0/24'] } },
          { type: 'forward-internal', config: { url: 'tcp://db.hq.internal:5432' } },
        ],
      },
    ]);
    const ep = (yamlOf(r, 'hq/ngrok.yml')['endpoints'] as Record<string, unknown>[]).find((e) => e['name'] === 'db');
    expect(ep).toEqual({ name: 'db', url: 'tcp://db.hq.internal:5432', description: 'tpc: site hq, service db (main.tpc:7)', bindings: ['internal'], upstream: { url: '10.0.0.2:5432' } });
  });

  it('tls://: terminate-tls, then restrict-ips and forward to a tls:// internal endpoint (protocol families match)', () => {
    const r = hq('  expose db at tls://db.example.com { allow office\n tls min 1.3 }');
    const p = policyOf(r, 'hq', 'db');
    expect(shape(p, 'on_tcp_connect')).toEqual([
      [[], ['terminate-tls']],
      [[], ['restrict-ips', 'forward-internal']],
    ]);
    expect(rules(p, 'on_tcp_connect')[1]!.actions[1]!.config).toEqual({ url: 'tls://db.hq.internal:5432' });
    const ep = (yamlOf(r, 'hq/ngrok.yml')['endpoints'] as Record<string, unknown>[]).find((e) => e['name'] === 'db');
    expect(ep?.['url']).toBe('tls://db.hq.internal:5432');
  });

  it('a tls:// upstream is re-encrypted (tls://host:port), other TCP-family upstreams are host:port', () => {
    const r = compileText('group o = ip 10.0.0.0/8\nsite s {\n  service a tls://10.0.0.1:9443\n  service b http://10.0.0.2\n  expose a at tls://a.example.com { allow o }\n  expose b at tcp://1.tcp.ngrok.io:1 { allow o }\n}\n');
    expect((yamlOf(r, 's/ngrok.yml')['endpoints'] as { upstream: { url: string } }[]).map((e) => e.upstream.url)).toEqual(['tls://10.0.0.1:9443', '10.0.0.2:80']);
  });

  it('an inherited tls min does not apply to tcp:// exposures (they have no TLS)', () => {
    const r = hq('  expose db at tcp://1.tcp.ngrok.io:20001 { allow office }', 'defaults {\n  tls min 1.3\n}\n');
    expect(r.diagnostics).toEqual([]);
    expect(shape(policyOf(r, 'hq', 'db'), 'on_tcp_connect')).toEqual([[[], ['restrict-ips', 'forward-internal']]]);
  });
});

describe('defaults', () => {
  const tpl = `defaults {
  deny blocked
  allow office
  tls min 1.2
}
template t(id) {
  defaults { allow staff }
  service api http://10.0.0.1:80
  service db tcp://10.0.0.2:5432
  expose api at https://\${id}.example.com
  expose api at https://\${id}.example.com path /ops { allow office }
  expose db at tls://db.\${id}.example.com { allow office
 tls min 1.3 }
  agent bind "*.\${id}.internal"
}
site a = t(id: "a")
`;

  it('deny adds up over levels, allow comes from the most specific level that has one, tls min takes the strictest', () => {
    const r = compileText(HEAD + tpl);
    expect(summary(r)).toEqual([]);
    const api = policyOf(r, 'a', 'api');
    expect(shape(api)).toEqual([
      [["req.url.path == '/ops' || req.url.path.startsWith('/ops/')", "inCidrRanges(conn.client_ip, ['192.0.2.0/24'])"], ['deny']],
      [["req.url.path == '/ops' || req.url.path.startsWith('/ops/')"], ['restrict-ips', 'forward-internal']],
      [["inCidrRanges(conn.client_ip, ['192.0.2.0/24'])"], ['deny']],
      [[], ['jwt-validation', 'forward-internal']],
    ]);
    expect(rules(api, 'on_tcp_connect')[0]!.actions[0]!.config).toEqual({ min_version: '1.2' });
    const db = policyOf(r, 'a', 'db');
    expect(rules(db, 'on_tcp_connect')[0]!.actions[0]!.config).toEqual({ min_version: '1.3' });
    expect(shape(db, 'on_tcp_connect')[1]).toEqual([[], ['restrict-ips', 'forward-internal']]);
  });

  it('a weaker tls min than an inherited one warns and the stricter applies', () => {
    const r = compileText(`${HEAD}defaults { tls min 1.3 }\nsite s {\n  service api http://10.0.0.1:80\n  expose api at https://s.example.com { allow office\n tls min 1.2 }\n}\n`);
    expect(summary(r)).toEqual(["TPC2056 main.tpc:9:2 'tls min 1.2' is below the inherited 'tls min 1.3'; requirements add up, so 1.3 applies."]);
    expect(rules(policyOf(r, 's', 'api'), 'on_tcp_connect')[0]!.actions[0]!.config).toEqual({ min_version: '1.3' });
  });
});

describe('identities together', () => {
  it('JWT identities with the same issuer and keys merge their audiences', () => {
    const r = hq('  expose api at https://api.example.com { allow staff, admins }', 'identity admins = jwt issuer "https://auth.example" audience "admin" jwks "https://auth.example/jwks.json"\n');
    const cfg = rules(policyOf(r, 'hq', 'api'))[0]!.actions[0]!.config as { audience: unknown };
    expect(cfg.audience).toEqual({ allow_list: [{ value: 'api' }, { value: 'admin' }] });
  });

  it('OAuth identities of one provider merge their allowed accounts; an unrestricted one lifts the email check', () => {
    const two = hq('  expose api at https://api.example.com { allow g, g2 }', 'identity g2 = oauth google allow-domain "partner.example"\n');
    expect(rules(policyOf(two, 'hq', 'api'))[1]!.expressions![0]).toContain("endsWith('@partner.example')");
    const any = hq('  expose api at https://api.example.com { allow g, g3 }', 'identity g3 = oauth google\n');
    expect(shape(policyOf(any, 'hq', 'api'))).toEqual([[[], ['oauth', 'forward-internal']]]);
    expect(summary(any)).toEqual(["TPC2055 main.tpc:5:10 Identity 'g3' lets in any google account; add allow-domain or allow-email."]);
  });
});

describe('sites, templates, files', () => {
  const template = `${HEAD}template clinic(id, db) {
  service api http://10.0.0.1:80
  service pg tcp://10.0.0.2:5432
  expose api at https://\${id}.example.com { allow staff }
  expose pg at \${db} { allow office }
  agent bind "*.\${id}.internal"
}
`;

  it('sites from a CSV file: a site column names the site; quoted fields; rows sorted by site name in the output', () => {
    const r = compileText(`${template}sites from "fleet/sites.csv" using clinic\n`, {
      'fleet/sites.csv': 'site,id,db\r\nz9,"z9",tcp://1.tcp.ngrok.io:1\r\n\r\n a1 , a1 ,"tcp://2.tcp.ngrok.io:2"\r\n',
    });
    expect(summary(r)).toEqual([]);
    expect(r.sites.map((s) => s.name)).toEqual(['a1', 'z9']);
    expect(r.manifest.endpoints.map((e) => [e.key, e.url])).toEqual([
      ['a1/api', 'https://a1.example.com'],
      ['a1/pg', 'tcp://2.tcp.ngrok.io:2'],
      ['z9/api', 'https://z9.example.com'],
      ['z9/pg', 'tcp://1.tcp.ngrok.io:1'],
    ]);
    expect(r.sites[0]!.origin).toEqual({ file: 'fleet/sites.csv', range: expect.objectContaining({ start: expect.objectContaining({ line: 4 }) }) });
  });

  it('sites from YAML and JSON: without a site key the first parameter names the site', () => {
    const y = compileText(`${template}sites from "s.yaml" using clinic\n`, { 's.yaml': '- id: c1\n  db: tcp://1.tcp.ngrok.io:1\n- { id: c2, db: "tcp://2.tcp.ngrok.io:2" }\n' });
    expect(y.sites.map((s) => s.name)).toEqual(['c1', 'c2']);
    const j = compileText(`${template}sites from "s.json" using clinic\n`, { 's.json': '[{"id": "c3", "db": "tcp://3.tcp.ngrok.io:3"}]' });
    expect(j.sites.map((s) => s.name)).toEqual(['c3']);
  });

  it('sites from a YAML map keyed by site name: the key names the site and fills the first parameter when it is not given', () => {
    const y = compileText(`${template}sites from "s.yaml" using clinic\n`, { 's.yaml': 'c1:\n  db: tcp://1.tcp.ngrok.io:1\nc2: { id: c2, db: "tcp://2.tcp.ngrok.io:2" }\n' });
    expect(summary(y)).toEqual([]);
    expect(y.sites.map((s) => s.name)).toEqual(['c1', 'c2']);
    expect(y.manifest.endpoints.map((e) => e.url)).toEqual(['https://c1.example.com', 'tcp://1.tcp.ngrok.io:1', 'https://c2.example.com', 'tcp://2.tcp.ngrok.io:2']);
    const j = compileText(`${template}sites from "s.json" using clinic\n`, { 's.json': '{"c3": {"db": "tcp://3.tcp.ngrok.io:3"}}' });
    expect(j.sites.map((s) => s.name)).toEqual(['c3']);
  });

  it('a site adds statements to its template; parameters are in scope in its braces', () => {
    const r = compileText(`${template}site c1 = clinic(id: "c1", db: "tcp://1.tcp.ngrok.io:1") {\n  service extra http://10.0.0.9:80 on-demand\n  expose extra at https://extra.\${id}.example.com { allow office }\n}\n`);
    expect(summary(r)).toEqual([]);
    expect(r.manifest.endpoints.map((e) => e.url)).toContain('https://extra.c1.example.com');
    expect((yamlOf(r, 'c1/ngrok-on-demand.yml')['endpoints'] as { name: string }[]).map((e) => e.name)).toEqual(['extra']);
  });

  it('imports are relative to the importing file; a file imported twice is loaded once', () => {
    const r = compileFiles({
      'main.tpc': 'import "lib/groups.tpc"\nimport "lib/ids.tpc"\nsite s {\n  service api http://10.0.0.1:80\n  expose api at https://s.example.com { allow office, staff }\n}\n',
      'lib/groups.tpc': 'group office = ip 203.0.113.0/24\n',
      'lib/ids.tpc': 'import "groups.tpc"\nidentity staff = jwt issuer "https://a.example" audience "x" jwks "https://a.example/k"\n',
    });
    expect(summary(r)).toEqual([]);
    expect([...r.sources.keys()].sort()).toEqual(['lib/groups.tpc', 'lib/ids.tpc', 'main.tpc']);
  });
});

describe('agents, ACL, README', () => {
  it('agent failover: pooling on every endpoint and a second config; connect URL; region in comments and README', () => {
    const r = hq('  agent failover connect-url "connect.example.com:443" region eu\n  expose api at https://api.example.com { allow office }');
    const primary = yamlOf(r, 'hq/ngrok.yml');
    const failover = yamlOf(r, 'hq/ngrok-failover.yml');
    expect(primary['agent']).toEqual({ connect_url: 'connect.example.com:443', metadata: '{"managed-by":"tpc","site":"hq","role":"primary"}' });
    expect((failover['agent'] as Record<string, unknown>)['metadata']).toBe('{"managed-by":"tpc","site":"hq","role":"failover"}');
    expect(primary['endpoints']).toEqual(failover['endpoints']);
    expect((primary['endpoints'] as { pooling_enabled?: boolean }[]).every((e) => e.pooling_enabled === true)).toBe(true);
    expect(r.files.get('hq/ngrok.yml')).toMatch(/^# .*\n(# .*\n)*version: 3\n/);
    expect(r.files.get('hq/ngrok.yml')).toContain('NGROK_AUTHTOKEN');
    expect(r.files.get('hq/ngrok.yml')).not.toMatch(/authtoken:/);
    expect(r.files.get('hq/README.md')).toContain('Region: `eu`');
  });

  it('on-demand services are left out of ngrok.yml and started with the command the README gives', () => {
    const r = hq('  service dash http://10.0.0.4:3000 on-demand\n  expose dash at https://dash.example.com { allow g }');
    expect((yamlOf(r, 'hq/ngrok.yml')['endpoints'] as { name: string }[]).map((e) => e.name)).toEqual(['api', 'db', 'web']);
    expect((yamlOf(r, 'hq/ngrok-on-demand.yml')['endpoints'] as { name: string }[]).map((e) => e.name)).toEqual(['dash']);
    expect(r.files.get('hq/README.md')).toContain('ngrok start --config ngrok-on-demand.yml dash');
  });

  it('the ACL: derived *.<site>.internal, or the agent bind patterns', () => {
    expect(JSON.parse(hq('').files.get('hq/acl.json')!)).toEqual({ description: 'tpc: agent authtoken of site hq', metadata: '{"managed-by":"tpc","site":"hq"}', acl: ['bind:*.hq.internal'] });
    const r = hq('  agent bind "api.hq.internal", "db.hq.internal", "web.hq.internal"');
    expect(JSON.parse(r.files.get('hq/acl.json')!).acl).toEqual(['bind:api.hq.internal', 'bind:db.hq.internal', 'bind:web.hq.internal']);
  });
});

describe('values', () => {
  it('bare addresses become /32 and /128; host bits are cleared with a warning', () => {
    const r = compileText('group g = ip 10.1.2.3, 2001:DB8::1, 10.1.2.3/8, 2001:db8::1/32\nsite s {\n  service a http://10.0.0.1:80\n  expose a at https://s.example.com { allow g }\n}\n');
    expect(summary(r)).toEqual([
      "TPC2058 main.tpc:1:37 '10.1.2.3/8' has host bits set; the network '10.0.0.0/8' is used.",
      "TPC2058 main.tpc:1:49 '2001:db8::1/32' has host bits set; the network '2001:db8::/32' is used.",
    ]);
    expect(rules(policyOf(r, 's', 'a'))[0]!.actions[0]!.config).toEqual({ enforce: true, allow: ['10.1.2.3/32', '2001:db8::1/128', '10.0.0.0/8', '2001:db8::/32'] });
  });
});

describe('output', () => {
  const src = `${HEAD}site b {\n  service api http://10.0.0.1:80\n  expose api at https://b.example.com { allow office }\n}\nsite a {\n  service api http://10.0.0.1:80\n  expose api at https://a.example.com { allow staff }\n}\n`;

  it('is deterministic and sorted', () => {
    const a = compileText(src);
    const b = compileText(src);
    expect([...a.files]).toEqual([...b.files]);
    expect([...a.files.keys()]).toEqual([...a.files.keys()].sort());
    expect(a.sites.map((s) => s.name)).toEqual(['a', 'b']);
  });

  it('the cloud endpoint body: create fields, managed metadata with the hash, the policy as canonical JSON equal to the YAML', () => {
    const r = compileText(src);
    const body = JSON.parse(r.files.get('a/endpoints/api.json')!);
    expect(Object.keys(body)).toEqual(['type', 'url', 'description', 'bindings', 'pooling_enabled', 'metadata', 'traffic_policy']);
    expect(body).toMatchObject({ type: 'cloud', url: 'https://a.example.com', bindings: ['public'], pooling_enabled: false });
    expect(JSON.parse(body.metadata)).toEqual({ 'managed-by': 'tpc', key: 'a/api', hash: r.manifest.endpoints[0]!.hash, source: 'main.tpc' });
    expect(JSON.parse(body.traffic_policy)).toEqual(policyOf(r, 'a', 'api'));
    expect(r.manifest.desired[0]!.body.traffic_policy).toBe(body.traffic_policy);
  });

  it('the manifest is read back by the applier (same hashes)', async () => {
    const r = compileText(src);
    const dir = mkdtempSync(join(tmpdir(), 'tpc-compile-'));
    try {
      for (const [p, text] of r.files) {
        mkdirSync(dirname(join(dir, p)), { recursive: true });
        writeFileSync(join(dir, p), text);
      }
      const loaded = await loadManifest(dir);
      expect(loaded.diagnostics).toEqual([]);
      expect(loaded.endpoints.map((e) => [e.key, e.site, e.hash])).toEqual(r.manifest.desired.map((e) => [e.key, e.site, e.hash]));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('endpoint names: the service of the first exposure at the URL, numbered when a service has several URLs', () => {
    const r = compileText(`${HEAD}site s {\n  service api http://10.0.0.1:80\n  service web http://10.0.0.2:80\n  expose api at https://a.example.com { allow office }\n  expose api at https://b.example.com { allow office }\n  expose web at https://b.example.com path /w { allow office }\n}\n`);
    expect(r.manifest.endpoints.map((e) => [e.key, e.url])).toEqual([
      ['s/api', 'https://a.example.com'],
      ['s/api-2', 'https://b.example.com'],
    ]);
  });

  it('--site emits one site only (the whole fleet is still checked)', () => {
    const r = compileText(src, {}, { site: 'b' });
    expect([...r.files.keys()].every((f) => f.startsWith('b/') || f === 'manifest.json')).toBe(true);
    expect(r.manifest.endpoints.map((e) => e.key)).toEqual(['b/api']);
  });

  it('the source map points from JSON Pointers into the DSL, nearest ancestor first', () => {
    const r = compileText(src);
    const map = r.sourceMap.get('a/endpoints/api.policy.yaml')!;
    const at = (path: (string | number)[]) => {
      const l = locateInMap(map, path)!;
      return `${l.file}:${l.range.start.line}:${l.range.start.column}`;
    };
    expect(at(['on_http_request', 0])).toBe('main.tpc:11:47');
    expect(at(['on_http_request', 0, 'actions', 0, 'config', 'issuer', 'allow_list', 0, 'value'])).toBe('main.tpc:3:29');
    expect(at(['on_http_request', 0, 'actions', 1, 'config', 'url'])).toBe('main.tpc:10:11');
    expect(at(['on_http_request', 0, 'actions', 0, 'config', 'http'])).toBe('main.tpc:3:10');
    const json = r.sourceMap.get('b/endpoints/api.json')!;
    expect(locateInMap(json, ['traffic_policy', 'on_http_request', 0, 'actions', 0, 'config', 'allow', 1])!.range.start).toMatchObject({ line: 1, column: 35 });
    const yml = r.sourceMap.get('a/ngrok.yml')!;
    expect(locateInMap(yml, ['endpoints', 0, 'upstream', 'url'])!.range.start).toMatchObject({ line: 10, column: 15 });
  });

  it('YAML output parses back to the artifacts', () => {
    const r = compileText(src);
    expect(parseYaml(r.files.get('a/ngrok.yml')!)).toEqual(r.sites[0]!.agentConfig);
    expect(parseYaml(r.files.get('a/endpoints/api.policy.yaml')!)).toEqual(r.sites[0]!.endpoints[0]!.policy);
  });
});

describe('lint on .tpc files', () => {
  it('findings on generated artifacts point at the DSL line that produced them', async () => {
    const text = `group o = ip 10.0.0.0/8\nsite s {\n  service a http://10.0.0.1:80\n  expose a at https://s.example.com {\n    allow o\n    action first { type: "restrict-ips", config: { allow: ["10.9.9.9"] } }\n  }\n}\n`;
    const r = await lint([{ path: 'fleet.tpc', text }]);
    const d = r.diagnostics.find((x) => x.code === 'cidr');
    expect(d).toMatchObject({ file: 'fleet.tpc', line: 6, column: 60, severity: 'warning' });
  });

  it('compile errors come back as diagnostics of the .tpc file', async () => {
    const r = await lint([{ path: 'fleet.tpc', text: 'site s {\n  expose a at https://s.example.com\n}\n' }]);
    expect(r.diagnostics.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['TPC2011 2:10']);
  });

  it('the self-check: a lint error inside a user-written action is the user\u2019s (TPC2084), found at the action', async () => {
    const text = `group o = ip 10.0.0.0/8\nsite s {\n  service a http://10.0.0.1:80\n  expose a at https://s.example.com {\n    allow o\n    action before-forward { type: "forward-internal", config: { url: "https://nothing.s.internal", on_error: "continue" } }\n  }\n}\n`;
    const r = compileFiles({ 'main.tpc': text });
    expect(r.emitSkipped).toBe(false);
    const found = await lintCompiled(r, 'main.tpc', text);
    const errors = found.filter((d) => d.severity === 'error');
    expect(errors.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['TPC2084 6:70']);
    expect(errors[0]!.message).toMatch(/^This action is not valid: .*nothing\.s\.internal.*\(forward-internal-target\)$/);
  });

  it('the self-check: a posture finding on what the source asks for is reported as itself, and a reasoned suppression in the source applies', async () => {
    const open = (comment: string) => `group anyone = ip 0.0.0.0/0, ::/0\nsite s {\n  service db tcp://10.0.0.1:5432\n${comment}  expose db at tcp://1.tcp.ngrok.io:12345 { allow anyone }\n}\n`;
    const text = open('');
    const r = compileFiles({ 'main.tpc': text });
    expect(r.emitSkipped).toBe(false);
    const errors = (await lintCompiled(r, 'main.tpc', text)).filter((d) => d.severity === 'error');
    // Not TPC3002 ("compiler bug"): the exposure lets the whole internet connect because it says so.
    expect(errors.map((d) => `${d.code} ${d.line}:${d.column}`)).toEqual(['unprotected-tcp 4:3']);
    const quiet = open('  # tpc-disable-next-line unprotected-tcp -- demo database with synthetic data\n');
    const found = await lintCompiled(compileFiles({ 'main.tpc': quiet }), 'main.tpc', quiet);
    expect(found.filter((d) => d.severity === 'error').map((d) => [d.code, d.suppressed?.reason])).toEqual([['unprotected-tcp', 'demo database with synthetic data']]);
  });
});

describe('shared actions across a fleet (src/ngrok/immutable.ts)', () => {
  const text = `group o = ip 10.0.0.0/8
template t(id) {
  service a http://10.0.0.1:80
  expose a at https://\${id}.example.com {
    allow o
    action before-forward { type: "restrict-ips", config: { enforce: true, allow: ["10.1.2.3/8"] } }
    action before-forward { type: "add-headers", config: { headers: { "x-key": "<YOUR_API_KEY>" } } }
  }
}
site s1 = t(id: "one")
site s2 = t(id: "two")
site s3 = t(id: "three")
`;

  it('identical actions of different sites are one frozen object', () => {
    const r = compileFiles({ 'main.tpc': text });
    expect(r.emitSkipped).toBe(false);
    const actionsOf = (i: number) => (r.sites[i]!.endpoints[0]!.policy.on_http_request ?? []).flatMap((rule) => rule.actions);
    const a0 = actionsOf(0);
    const a1 = actionsOf(1);
    expect(a0.map((a) => a.type)).toEqual(a1.map((a) => a.type));
    const restrict0 = a0.filter((a) => a.type === 'restrict-ips');
    const restrict1 = a1.filter((a) => a.type === 'restrict-ips');
    expect(restrict0.length).toBe(2);
    expect(restrict1[1]).toBe(restrict0[1]);
    expect(Object.isFrozen(restrict0[1]!.config)).toBe(true);
    // The forwards differ per site, so they are not shared.
    expect(a1.find((a) => a.type === 'forward-internal')).not.toBe(a0.find((a) => a.type === 'forward-internal'));
  });

  it('a finding in a shared action is reported in every policy that has it, at that policy\'s source line', async () => {
    // The same action (one frozen object after interning) at different lines and at different
    // places of the two policies: the remembered findings must be placed per policy.
    const two = `group o = ip 10.0.0.0/8
group b = ip 192.0.2.0/24
site s1 {
  service a http://10.0.0.1:80
  expose a at https://one.example.com {
    allow o
    action before-forward { type: "restrict-ips", config: { enforce: true, allow: ["10.1.2.3/8"] } }
  }
}
site s2 {
  service a http://10.0.0.1:80
  expose a at https://two.example.com path /x {
    deny b
    allow o
    action first { type: "add-headers", config: { headers: { "x-a": "1" } } }
    action before-forward { type: "restrict-ips", config: { enforce: true, allow: ["10.1.2.3/8"] } }
  }
}
`;
    const r = compileFiles({ 'main.tpc': two });
    expect(r.emitSkipped).toBe(false);
    const restrict = (i: number) => (r.sites[i]!.endpoints[0]!.policy.on_http_request ?? []).flatMap((rule) => rule.actions).filter((a) => a.type === 'restrict-ips')[1];
    expect(restrict(1)).toBe(restrict(0));
    expect(list(await lintCompiled(r, 'main.tpc', two), 'cidr')).toEqual(['7:84', '16:84']);
  });
});

function list(found: readonly { code: string; line: number; column: number }[], id: string): string[] {
  return found.filter((d) => d.code === id).map((d) => `${d.line}:${d.column}`);
}

void TEST_CA;

describe("conditional escape-hatch actions (action first/response when \"…\")", () => {
  const DELETE = "req.method == 'DELETE'";
  const ADD_EDGE = { type: 'add-headers', config: { headers: { 'x-edge': 'tpc' } } };
  const INCIDENT = { type: 'add-headers', config: { headers: { 'x-incident': 'open' } } };
  const OFFICE = { type: 'restrict-ips', config: { enforce: true, allow: ['203.0.113.0/24', '2001:db8::/48'] } };
  const FORWARD = { type: 'forward-internal', config: { url: 'https://api.hq.internal' } };
  const body = (path: string) => `  expose api at https://api.example.com${path} {
    allow office
    action first when "${DELETE}" { type: "deny", config: { status_code: 405 } }
    action first { type: "add-headers", config: { headers: { "x-edge": "tpc" } } }
    action response when "res.status_code >= 500" { type: "add-headers", config: { headers: { "x-incident": "open" } } }
  }`;

  it('without a path: a rule of its own whose only expression is the condition, in source order among the first actions', () => {
    const p = policyOf(hq(body('')), 'hq', 'api');
    expect(rules(p)).toEqual([
      { name: 'main.tpc:11 action first when deny', expressions: [DELETE], actions: [{ type: 'deny', config: { status_code: 405 } }] },
      { name: 'main.tpc:12 action first add-headers', actions: [ADD_EDGE] },
      { name: 'main.tpc:10 allow office', actions: [OFFICE, FORWARD] },
    ]);
    expect(rules(p, 'on_http_response')).toEqual([{ name: 'main.tpc:13 action response when add-headers', expressions: ['res.status_code >= 500'], actions: [INCIDENT] }]);
  });

  it('with a path: the path condition first, then the condition', () => {
    const p = policyOf(hq(body(' path /api')), 'hq', 'api');
    expect(rules(p)).toEqual([
      { name: 'main.tpc:11 action first when deny', expressions: [API_PATH, DELETE], actions: [{ type: 'deny', config: { status_code: 405 } }] },
      { name: 'main.tpc:12 action first add-headers', expressions: [API_PATH], actions: [ADD_EDGE] },
      { name: 'main.tpc:10 allow office', expressions: [API_PATH], actions: [OFFICE, FORWARD] },
      { name: 'main.tpc:9 no exposure matches the path (404)', actions: [{ type: 'custom-response', config: { status_code: 404 } }] },
    ]);
    expect(rules(p, 'on_http_response')).toEqual([{ name: 'main.tpc:13 action response when add-headers', expressions: [API_PATH, 'res.status_code >= 500'], actions: [INCIDENT] }]);
  });

  it('answering actions (deny, custom-response, redirect, close-connection) are allowed at first with when, and from defaults too', () => {
    const r = hq(`  defaults { action first when "req.url.path.startsWith('/old/')" { type: "redirect", config: { to: "https://new.example.com/" } } }
  expose api at https://api.example.com {
    allow staff
    action first when "req.url.path.startsWith('/admin')" { type: "custom-response", config: { status_code: 503, body: "Down for maintenance" } }
    action first when "req.headers['user-agent'].exists(v, v.contains('BadBot'))" { type: "close-connection" }
  }`);
    expect(r.diagnostics).toEqual([]);
    expect(shape(policyOf(r, 'hq', 'api'))).toEqual([
      [["req.url.path.startsWith('/old/')"], ['redirect']],
      [["req.url.path.startsWith('/admin')"], ['custom-response']],
      [["req.headers['user-agent'].exists(v, v.contains('BadBot'))"], ['close-connection']],
      [[], ['jwt-validation', 'forward-internal']],
    ]);
  });

  it('a forward-internal with on_error: continue is allowed at first when, as without when', () => {
    const r = hq(`  expose api at https://api.example.com {
    allow office
    action first when "req.method == 'OPTIONS'" { type: "forward-internal", config: { url: "https://web.hq.internal", on_error: "continue" } }
  }
  expose web at https://web.example.com { allow office }`);
    expect(shape(policyOf(r, 'hq', 'api'))[0]).toEqual([["req.method == 'OPTIONS'"], ['forward-internal']]);
  });

  it('tcp:// and tls://: first when is a rule of on_tcp_connect keyed by the condition alone', () => {
    const r = hq(`  expose db at tcp://1.tcp.ngrok.io:20001 {
    allow office
    action first when "conn.client_ip == '192.0.2.66'" { type: "deny" }
  }`);
    expect(rules(policyOf(r, 'hq', 'db'), 'on_tcp_connect')).toEqual([
      { name: 'main.tpc:11 action first when deny', expressions: ["conn.client_ip == '192.0.2.66'"], actions: [{ type: 'deny' }] },
      { name: 'main.tpc:10 allow office', actions: [{ type: 'restrict-ips', config: { enforce: true, allow: ['203.0.113.0/24', '2001:db8::/48'] } }, { type: 'forward-internal', config: { url: 'tcp://db.hq.internal:5432' } }] },
    ]);
  });

  it('${param} in the condition is interpolated per site; a parameter used only there counts as used; an unknown one is an error', () => {
    const tpl = (when: string) => `group office = ip 203.0.113.0/24
template clinic(id) {
  service api http://10.0.0.1:80
  expose api at https://api.example.com { allow office
    action first when "${when}" { type: "deny" } }
}
site c1 = clinic(id: "c1")
`;
    const r = compileText(tpl("req.headers['x-clinic'][0] != '\${id}'"));
    expect(summary(r)).toEqual([]);
    expect(rules(policyOf(r, 'c1', 'api'))[0]!.expressions).toEqual(["req.headers['x-clinic'][0] != 'c1'"]);
    // An escaped \${…} and ngrok's own ${…} stay verbatim.
    const verbatim = compileText(tpl("req.url.query == '\\${id}' && req.host == '\${id}' && '\${conn.client_ip}' != ''"));
    expect(summary(verbatim)).toEqual([]);
    expect(rules(policyOf(verbatim, 'c1', 'api'))[0]!.expressions).toEqual(["req.url.query == '${id}' && req.host == 'c1' && '${conn.client_ip}' != ''"]);
    expect(summary(compileText(tpl("req.host == '\${nope}'")))).toEqual([
      "TPC2024 main.tpc:2:17 The parameter 'id' of template 'clinic' is never used, in its body or in the braces of a site made from it.",
      "TPC2020 main.tpc:5:37 '${nope}' is not a parameter of template 'clinic'.",
    ]);
  });

  it('the source map locates the condition at its string, as written by the user', () => {
    const r = hq(body(' path /api'));
    const map = r.sourceMap.get('hq/endpoints/api.policy.yaml')!;
    const cond = map.get('/on_http_request/0/expressions/1')!;
    expect(cond).toMatchObject({ file: 'main.tpc', user: true, range: { start: { line: 11, column: 23 } } });
    // The generated path condition and the rule are not the user's.
    expect(map.get('/on_http_request/0/expressions/0')!.user).toBeUndefined();
    expect(map.get('/on_http_request/0')!.user).toBeUndefined();
  });

  it('the self-check reports a bad condition as the user\u2019s (TPC2087) at the when string, not as a compiler bug', async () => {
    const text = `group o = ip 10.0.0.0/8
site s {
  service a http://10.0.0.1:80
  expose a at https://s.example.com path /api {
    allow o
    action first when "req.method ==" { type: "deny" }
    action first when "res.status_code == 500" { type: "deny" }
    action response when "req.nosuch == 1" { type: "add-headers", config: { headers: { a: "b" } } }
  }
}
`;
    const r = compileFiles({ 'main.tpc': text });
    expect(r.emitSkipped).toBe(false);
    const found = await lintCompiled(r, 'main.tpc', text);
    expect(found.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.line}:${d.column} ${d.message}`)).toEqual([
      'TPC2087 6:23 This condition is not valid: Invalid CEL: Unexpected token: EOF. (expression-syntax)',
      "TPC2087 7:23 This condition is not valid: 'res.status_code' does not exist in on_http_request; response variables exist only in on_http_response. (variable-phase)",
      "TPC2087 8:26 This condition is not valid: 'req.nosuch' is not an ngrok variable. (unknown-variable)",
    ]);
  });

  it('simulated: a request matching the condition gets the answer; one that does not goes through the access checks', () => {
    const r = hq(`  expose api at https://api.example.com path /api {
    allow office
    action first when "req.method == 'DELETE'" { type: "deny", config: { status_code: 405 } }
    action first when "req.url.path.startsWith('/api/reports')" { type: "custom-response", config: { status_code: 503, body: "Down for maintenance" } }
  }`);
    const { world } = worldFromCompile(r);
    const at = (req: SimRequest) => simulate('https://api.example.com', { path: '/api/x', ...req }, world, { trace: false }).outcome;
    const office = '203.0.113.9';
    const outside = '198.51.100.7';
    // Matching: answered before the access checks, from anywhere.
    expect(at({ clientIp: outside, method: 'DELETE' })).toMatchObject({ result: 'rejected', by: 'deny', status: 405 });
    expect(at({ clientIp: office, method: 'DELETE' })).toMatchObject({ result: 'rejected', by: 'deny', status: 405 });
    expect(at({ clientIp: outside, path: '/api/reports/7' })).toMatchObject({ result: 'responded', by: 'custom-response', status: 503 });
    // Not matching: the access rule decides.
    expect(at({ clientIp: office })).toMatchObject({ result: 'forwarded', target: 'https://api.hq.internal' });
    expect(at({ clientIp: outside })).toMatchObject({ result: 'rejected', status: 403 });
    // Another path is not this exposure's: its conditions do not apply.
    expect(at({ clientIp: outside, method: 'DELETE', path: '/other' })).toMatchObject({ result: 'responded', status: 404 });
  });
});
