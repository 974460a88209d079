/**
 * Grammar tests: every construct of the `.tpc` language parses to the documented AST shape, with
 * positions spot-checked.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/dsl/index.js';
import type {
  ActionStatement,
  ExposeDecl,
  GroupDecl,
  IdentityDecl,
  SiteDecl,
  StringLiteral,
  TemplateDecl,
  TestBlock,
} from '../../src/dsl/ast.js';
import { parseOk, stmts, strip } from './helpers.js';

const text = (value: string) => ({ kind: 'Text', value });
const str = (value: string) => ({ kind: 'String', parts: value === '' ? [] : [text(value)], value });
const id = (name: string) => ({ kind: 'Ident', name });

describe('top-level statements', () => {
  it('import', () => {
    expect(stmts('import "shared/groups.tpc"')).toEqual([{ kind: 'Import', path: str('shared/groups.tpc') }]);
  });

  it('group with v4 and v6 CIDRs, an address, and other groups', () => {
    expect(stmts('group office = ip 203.0.113.0/24, 2001:db8::/48, 198.51.100.7\ngroup all = office, vpn')).toEqual([
      {
        kind: 'Group',
        name: id('office'),
        members: [
          { kind: 'Ip', text: '203.0.113.0/24', version: 4, prefix: 24 },
          { kind: 'Ip', text: '2001:db8::/48', version: 6, prefix: 48 },
          { kind: 'Ip', text: '198.51.100.7', version: 4 },
        ],
      },
      { kind: 'Group', name: id('all'), members: [id('office'), id('vpn')] },
    ]);
  });

  it('group without the ip keyword and with a mixed list', () => {
    const [g] = stmts('group g = 10.0.0.0/8, office, ::1') as GroupDecl[];
    expect(g!.members.map((m) => m.kind)).toEqual(['Ip', 'Ident', 'Ip']);
  });

  it('jwt identity with every option, over several lines', () => {
    const src = `identity staff = jwt issuer "https://auth.example" audience "a", "b"
      jwks https://auth.example/jwks.json header "X-Token" prefix "Bearer " audience "c"
      algorithms RS256, ES256`;
    expect(stmts(src)).toEqual([
      {
        kind: 'Identity',
        name: id('staff'),
        method: {
          kind: 'Jwt',
          issuer: str('https://auth.example'),
          audiences: [str('a'), str('b'), str('c')],
          jwks: str('https://auth.example/jwks.json'),
          header: str('X-Token'),
          prefix: str('Bearer '),
          algorithms: [id('RS256'), id('ES256')],
        },
      },
    ]);
  });

  it('oauth identity with provider, allowed domains/emails and client credentials by reference', () => {
    const src = `identity g = oauth google allow-domain "clinicnet.example", "partner.example"
      allow-email "a@b.example" client-id env("GOOGLE_ID") client-secret secret("vault", "google") scopes "email"`;
    expect(stmts(src)).toEqual([
      {
        kind: 'Identity',
        name: id('g'),
        method: {
          kind: 'OAuth',
          provider: id('google'),
          allowDomains: [str('clinicnet.example'), str('partner.example')],
          allowEmails: [str('a@b.example')],
          clientId: { kind: 'Env', name: str('GOOGLE_ID') },
          clientSecret: { kind: 'Secret', vault: str('vault'), name: str('google') },
          scopes: [str('email')],
        },
      },
    ]);
  });

  it('oauth identity with only a provider', () => {
    const [i] = stmts('identity gh = oauth github') as IdentityDecl[];
    expect(i!.method).toEqual({ kind: 'OAuth', provider: id('github'), allowDomains: [], allowEmails: [], scopes: [] });
  });

  it('oidc identity', () => {
    const src = `identity corp = oidc issuer "https://login.example" client-id env("ID")
      client-secret secret("v", "s") scopes "openid", "email" allow-domain "example.com" allow-email "x@y.example"`;
    expect(stmts(src)).toEqual([
      {
        kind: 'Identity',
        name: id('corp'),
        method: {
          kind: 'Oidc',
          issuer: str('https://login.example'),
          clientId: { kind: 'Env', name: str('ID') },
          clientSecret: { kind: 'Secret', vault: str('v'), name: str('s') },
          scopes: [str('openid'), str('email')],
          allowDomains: [str('example.com')],
          allowEmails: [str('x@y.example')],
        },
      },
    ]);
  });

  it('a secret written as a literal is kept as a string (the compiler rejects it)', () => {
    const [i] = stmts('identity g = oauth google client-secret "hunter2"') as IdentityDecl[];
    expect((i!.method as { clientSecret: unknown }).clientSecret).toEqual(str('hunter2'));
  });

  it('ca declarations from a file, a secret and inline PEM', () => {
    expect(stmts('ca a = file("certs/a.pem")\nca b = secret("v", "ca")\nca c = "-----BEGIN CERTIFICATE-----\\n..."')).toEqual([
      { kind: 'Ca', name: id('a'), source: { kind: 'File', path: str('certs/a.pem') } },
      { kind: 'Ca', name: id('b'), source: { kind: 'Secret', vault: str('v'), name: str('ca') } },
      { kind: 'Ca', name: id('c'), source: str('-----BEGIN CERTIFICATE-----\n...') },
    ]);
  });

  it('defaults block with exposure statements', () => {
    expect(stmts('defaults {\n  tls min 1.3\n  allow office\n  deny blocked\n}')).toEqual([
      {
        kind: 'Defaults',
        body: [
          { kind: 'TlsMin', version: { kind: 'TlsVersion', version: '1.3' } },
          { kind: 'Allow', names: [id('office')] },
          { kind: 'Deny', names: [id('blocked')] },
        ],
      },
    ]);
  });

  it('template with parameters and a body', () => {
    const [t] = stmts('template clinic(id, db_addr) {\n  service api http://10.0.0.1:80\n}') as TemplateDecl[];
    expect(t!.name).toEqual(id('clinic'));
    expect(t!.params).toEqual([id('id'), id('db_addr')]);
    expect(t!.body).toHaveLength(1);
  });

  it('template without parameters', () => {
    const [t] = stmts('template bare() {}') as TemplateDecl[];
    expect(t).toEqual({ kind: 'Template', name: id('bare'), params: [], body: [] });
  });

  it('site from a template, with named string and URL arguments', () => {
    expect(stmts('site clinic1 = clinic(id: "clinic1", db_addr: tcp://1.tcp.ngrok.io:12345)')).toEqual([
      {
        kind: 'Site',
        name: id('clinic1'),
        instance: {
          kind: 'TemplateCall',
          template: id('clinic'),
          args: [
            { kind: 'Arg', name: id('id'), value: str('clinic1') },
            { kind: 'Arg', name: id('db_addr'), value: str('tcp://1.tcp.ngrok.io:12345') },
          ],
        },
        body: [],
      },
    ]);
  });

  it('site from a template with extra statements', () => {
    const [s] = stmts('site c3 = clinic(id: "c3") { agent failover }') as SiteDecl[];
    expect(s!.instance?.template).toEqual(id('clinic'));
    expect(s!.body).toEqual([{ kind: 'Agent', bind: [], failover: true }]);
  });

  it('site without a template', () => {
    const [s] = stmts('site hq {\n  service api http://10.0.0.1:8080\n}') as SiteDecl[];
    expect(s!.instance).toBeUndefined();
    expect(s!.body).toHaveLength(1);
  });

  it('sites from a file using a template', () => {
    expect(stmts('sites from "sites.csv" using clinic')).toEqual([
      { kind: 'SitesFrom', path: str('sites.csv'), template: id('clinic') },
    ]);
  });

  it('comments are kept in order, without the # and trailing spaces', () => {
    const p = parseOk('# one  \ngroup g = ip 10.0.0.0/8 # two\n#three');
    expect(strip(p.comments)).toEqual([
      { kind: 'Comment', text: ' one' },
      { kind: 'Comment', text: ' two' },
      { kind: 'Comment', text: 'three' },
    ]);
  });

  it('statements may be separated by semicolons on one line', () => {
    expect(stmts('group a = ip 10.0.0.0/8; group b = a;').map((s) => (s as GroupDecl).name.name)).toEqual(['a', 'b']);
  });

  it('an empty file and a comment-only file give an empty program', () => {
    expect(parseOk('').statements).toEqual([]);
    expect(parseOk('# nothing\n\n').statements).toEqual([]);
  });
});

describe('site and template bodies', () => {
  it('agent settings in any order, merged into one statement', () => {
    expect(stmts('site s { agent bind "*.s.internal", "x.internal" connect-url "connect.example.com:443" region eu failover }')).toEqual([
      {
        kind: 'Site',
        name: id('s'),
        body: [
          {
            kind: 'Agent',
            bind: [str('*.s.internal'), str('x.internal')],
            connectUrl: str('connect.example.com:443'),
            region: id('eu'),
            failover: true,
          },
        ],
      },
    ]);
  });

  it('services with each scheme and the on-demand flag', () => {
    const [s] = stmts(`site s {
      service a http://192.168.1.100:8080
      service b https://10.0.0.2
      service c tcp://192.168.1.101:5432
      service d tls://10.0.0.4:443 on-demand
    }`) as SiteDecl[];
    expect(s!.body).toEqual([
      { kind: 'Service', name: id('a'), upstream: { kind: 'Url', parts: [text('http://192.168.1.100:8080')], value: 'http://192.168.1.100:8080' }, onDemand: false },
      { kind: 'Service', name: id('b'), upstream: { kind: 'Url', parts: [text('https://10.0.0.2')], value: 'https://10.0.0.2' }, onDemand: false },
      { kind: 'Service', name: id('c'), upstream: { kind: 'Url', parts: [text('tcp://192.168.1.101:5432')], value: 'tcp://192.168.1.101:5432' }, onDemand: false },
      { kind: 'Service', name: id('d'), upstream: { kind: 'Url', parts: [text('tls://10.0.0.4:443')], value: 'tls://10.0.0.4:443' }, onDemand: true },
    ]);
  });

  it('expose with interpolated URL, path and body', () => {
    const [t] = stmts('template t(id) {\n  expose api at https://${id}.api.example path /api/${id} { allow office }\n}') as TemplateDecl[];
    expect(t!.body[0]).toEqual({
      kind: 'Expose',
      service: id('api'),
      url: {
        kind: 'Url',
        parts: [text('https://'), { kind: 'Interpolation', name: 'id' }, text('.api.example')],
      },
      path: { kind: 'Path', parts: [text('/api/'), { kind: 'Interpolation', name: 'id' }] },
      body: [{ kind: 'Allow', names: [id('office')] }],
    });
  });

  it('expose at a bare parameter (reserved TCP address), without a body', () => {
    const [t] = stmts('template t(db_addr) { expose db at ${db_addr} }') as TemplateDecl[];
    expect(t!.body[0]).toEqual({
      kind: 'Expose',
      service: id('db'),
      url: { kind: 'Url', parts: [{ kind: 'Interpolation', name: 'db_addr' }] },
      body: [],
    });
  });

  it('expose at a quoted URL', () => {
    const [s] = stmts('site s { expose api at "https://a.example" }') as SiteDecl[];
    expect((s!.body[0] as ExposeDecl).url).toEqual({ kind: 'Url', parts: [text('https://a.example')], value: 'https://a.example' });
  });

  it('defaults and tests inside a site', () => {
    const [s] = stmts('site s {\n  defaults { tls min 1.2 }\n  test { to api expect allow }\n}') as SiteDecl[];
    expect(s!.body.map((b) => b.kind)).toEqual(['Defaults', 'Test']);
  });
});

describe('exposure bodies', () => {
  const body = (inner: string) => (stmts(`site s { expose x at https://x.example { ${inner} } }`)[0] as SiteDecl).body[0] as ExposeDecl;

  it('allow and deny lists', () => {
    expect(body('allow staff, office\ndeny blocked, bad').body).toEqual([
      { kind: 'Allow', names: [id('staff'), id('office')] },
      { kind: 'Deny', names: [id('blocked'), id('bad')] },
    ]);
  });

  it('tls min 1.2 and "1.3"', () => {
    expect(body('tls min 1.2').body).toEqual([{ kind: 'TlsMin', version: { kind: 'TlsVersion', version: '1.2' } }]);
    expect(body('tls min "1.3"').body).toEqual([{ kind: 'TlsMin', version: { kind: 'TlsVersion', version: '1.3' } }]);
  });

  it('mtls with a named CA, a file, a secret and inline PEM', () => {
    expect(body('mtls ca clinic-ca, file("certs/ca.pem"), secret("v", "ca"), "PEM"').body).toEqual([
      {
        kind: 'Mtls',
        cas: [
          id('clinic-ca'),
          { kind: 'File', path: str('certs/ca.pem') },
          { kind: 'Secret', vault: str('v'), name: str('ca') },
          str('PEM'),
        ],
      },
    ]);
  });

  it('action at each point with a JSON-like object', () => {
    const e = body(`action first { type: "deny", config: { status_code: 403 } }
      action before-forward { type: "rate-limit", config: { name: "per-ip", algorithm: "sliding_window", capacity: 100, rate: "60s", bucket_key: ["conn.client_ip"] } }
      action response { "type": "add-headers", config: { headers: { "x-clinic": "yes", n: -1.5e2, ok: true, none: null }, }, }`);
    const actions = e.body as ActionStatement[];
    expect(actions.map((a) => a.point)).toEqual(['first', 'before-forward', 'response']);
    expect(strip(actions[1]!.action)).toEqual({
      kind: 'Object',
      entries: [
        { kind: 'Entry', key: 'type', value: str('rate-limit') },
        {
          kind: 'Entry',
          key: 'config',
          value: {
            kind: 'Object',
            entries: [
              { kind: 'Entry', key: 'name', value: str('per-ip') },
              { kind: 'Entry', key: 'algorithm', value: str('sliding_window') },
              { kind: 'Entry', key: 'capacity', value: { kind: 'Number', value: 100, raw: '100' } },
              { kind: 'Entry', key: 'rate', value: str('60s') },
              { kind: 'Entry', key: 'bucket_key', value: { kind: 'Array', items: [str('conn.client_ip')] } },
            ],
          },
        },
      ],
    });
    const headers = strip(actions[2]!.action.entries[1]!.value) as { entries: { value: { entries: unknown[] } }[] };
    expect(headers.entries[0]!.value.entries).toEqual([
      { kind: 'Entry', key: 'x-clinic', value: str('yes') },
      { kind: 'Entry', key: 'n', value: { kind: 'Number', value: -150, raw: '-1.5e2' } },
      { kind: 'Entry', key: 'ok', value: { kind: 'Boolean', value: true } },
      { kind: 'Entry', key: 'none', value: { kind: 'Null' } },
    ]);
  });

  it('action with a when condition (first, response), a string with its escapes decoded', () => {
    const e = body(`action first when "req.method == 'DELETE'" { type: "deny", config: { status_code: 405 } }
      action response when "req.url.path.startsWith('/\\\${id}/')" { type: "add-headers", config: { headers: { a: "b" } } }
      action before-forward { type: "log" }`);
    const actions = e.body as ActionStatement[];
    expect(actions.map((a) => a.point)).toEqual(['first', 'response', 'before-forward']);
    expect(strip(actions[0]!.when)).toEqual(str("req.method == 'DELETE'"));
    expect(strip(actions[1]!.when)).toEqual(str("req.url.path.startsWith('/${id}/')"));
    expect('when' in actions[2]!).toBe(false);
    expect(strip(actions[0]!.action)).toEqual({
      kind: 'Object',
      entries: [
        { kind: 'Entry', key: 'type', value: str('deny') },
        { kind: 'Entry', key: 'config', value: { kind: 'Object', entries: [{ kind: 'Entry', key: 'status_code', value: { kind: 'Number', value: 405, raw: '405' } }] } },
      ],
    });
  });

  it('a template parameter in a when condition is an interpolation', () => {
    const a = body('action first when "req.host == \'${id}.example\'" { type: "deny" }').body[0] as ActionStatement;
    expect(strip(a.when)).toEqual({ kind: 'String', parts: [{ kind: 'Text', value: "req.host == '" }, { kind: 'Interpolation', name: 'id' }, { kind: 'Text', value: ".example'" }] });
  });

  it('object keys may be keywords, and commas between entries are optional', () => {
    const a = body('action first { type: "x"\n path: "/p"\n from: "a" }').body[0] as ActionStatement;
    expect(a.action.entries.map((e) => e.key)).toEqual(['type', 'path', 'from']);
  });

  it("ngrok's own ${…} interpolations stay verbatim in strings", () => {
    const a = body('action first { v: "${conn.client_ip} ${secrets.get(\'v\',\'n\')}" }').body[0] as ActionStatement;
    expect(strip(a.action.entries[0]!.value)).toEqual(str("${conn.client_ip} ${secrets.get('v','n')}"));
  });
});

describe('test blocks', () => {
  const cases = (src: string) => (stmts(`test {\n${src}\n}`)[0] as TestBlock).cases;

  it('the issue-4 expectations, one per line', () => {
    const cs = cases(`from ip 203.0.113.9 to clinic1.ops-db expect allow
      from anonymous to clinic1.rest-api expect deny 401
      from jwt staff to clinic1.rest-api path /api/patients expect allow
      tls 1.2 to clinic1.patient-db expect deny
      from ip 203.0.113.9 cert clinic-ca tls 1.3 to clinic1.patient-db expect allow
      from oauth google-staff email "a@clinicnet.example" to clinic1.dashboard expect login`);
    expect(cs).toEqual([
      {
        kind: 'Expectation',
        from: [{ kind: 'FromIp', address: { kind: 'Ip', text: '203.0.113.9', version: 4 } }],
        target: { kind: 'ServiceTarget', site: id('clinic1'), service: id('ops-db') },
        headers: [],
        query: [],
        expect: { kind: 'Outcome', result: 'allow' },
      },
      {
        kind: 'Expectation',
        from: [{ kind: 'Anonymous' }],
        target: { kind: 'ServiceTarget', site: id('clinic1'), service: id('rest-api') },
        headers: [],
        query: [],
        expect: { kind: 'Outcome', result: 'deny', status: { kind: 'Number', value: 401, raw: '401' } },
      },
      {
        kind: 'Expectation',
        from: [{ kind: 'FromIdentity', method: 'jwt', identity: id('staff'), status: 'valid' }],
        target: { kind: 'ServiceTarget', site: id('clinic1'), service: id('rest-api') },
        path: { kind: 'Path', parts: [text('/api/patients')], value: '/api/patients' },
        headers: [],
        query: [],
        expect: { kind: 'Outcome', result: 'allow' },
      },
      {
        kind: 'Expectation',
        from: [],
        tls: { kind: 'TlsVersion', version: '1.2' },
        target: { kind: 'ServiceTarget', site: id('clinic1'), service: id('patient-db') },
        headers: [],
        query: [],
        expect: { kind: 'Outcome', result: 'deny' },
      },
      {
        kind: 'Expectation',
        from: [{ kind: 'FromIp', address: { kind: 'Ip', text: '203.0.113.9', version: 4 } }],
        cert: { kind: 'Cert', ca: id('clinic-ca'), status: 'valid' },
        tls: { kind: 'TlsVersion', version: '1.3' },
        target: { kind: 'ServiceTarget', site: id('clinic1'), service: id('patient-db') },
        headers: [],
        query: [],
        expect: { kind: 'Outcome', result: 'allow' },
      },
      {
        kind: 'Expectation',
        from: [{ kind: 'FromIdentity', method: 'oauth', identity: id('google-staff'), email: str('a@clinicnet.example'), status: 'valid' }],
        target: { kind: 'ServiceTarget', site: id('clinic1'), service: id('dashboard') },
        headers: [],
        query: [],
        expect: { kind: 'Outcome', result: 'login' },
      },
    ]);
  });

  it('request details: method, headers, query, several subjects, jwt claims and status, cert file', () => {
    const [c] = cases(
      'from ip 2001:db8::1 jwt staff claims { sub: "n1", roles: ["nurse"] } expired office oidc corp ' +
        'cert file("certs/other.pem") invalid to https://a.example/x method POST header "x-a" "1" query "q" "2" header "x-b" "3" expect deny 403',
    );
    expect(c!.from.map((s) => s.kind)).toEqual(['FromIp', 'FromIdentity', 'FromName', 'FromIdentity']);
    expect(c!.from[1]).toMatchObject({ method: 'jwt', status: 'expired', claims: { kind: 'Object' } });
    expect(c!.from[3]).toMatchObject({ method: 'oidc', identity: id('corp') });
    expect(c!.cert).toEqual({ kind: 'Cert', ca: { kind: 'File', path: str('certs/other.pem') }, status: 'invalid' });
    expect(c!.target).toEqual({ kind: 'UrlTarget', url: { kind: 'Url', parts: [text('https://a.example/x')], value: 'https://a.example/x' } });
    expect(c!.method).toEqual(id('POST'));
    expect(c!.headers).toEqual([
      { kind: 'Pair', name: str('x-a'), value: str('1') },
      { kind: 'Pair', name: str('x-b'), value: str('3') },
    ]);
    expect(c!.query).toEqual([{ kind: 'Pair', name: str('q'), value: str('2') }]);
  });

  it('expectations separated by semicolons; clauses before or after "to"', () => {
    const cs = cases('to api path /p expect allow; path /p to api expect allow');
    expect(strip(cs[0])).toEqual(strip(cs[1]));
  });

  it('a target without a site names the enclosing site (inside templates)', () => {
    const [t] = stmts('template t() { test { from office to ops-db expect allow } }') as TemplateDecl[];
    expect(((t!.body[0] as TestBlock).cases[0]!.target)).toEqual({ kind: 'ServiceTarget', service: id('ops-db') });
  });
});

describe('literals', () => {
  const firstString = (lit: string): StringLiteral => {
    const [s] = stmts(`import ${lit}`) as { path: StringLiteral }[];
    return s!.path;
  };

  it('string escapes', () => {
    expect(firstString('"a\\"b\\\\c\\n\\t\\u00e9\\/"').value).toBe('a"b\\c\n\té/');
  });

  it('${name} is an interpolation; \\${name} is text', () => {
    expect(firstString('"x${id}y"').parts).toEqual([text('x'), { kind: 'Interpolation', name: 'id' }, text('y')]);
    expect(firstString('"x\\${id}y"')).toEqual(str('x${id}y'));
  });

  it('IPv6 forms', () => {
    for (const ip of ['::', '::1', 'fe80::1/64', '2001:db8:0:0:0:0:0:1', '::ffff:192.0.2.1', '2001:db8::/32']) {
      const [g] = stmts(`group g = ip ${ip}`) as GroupDecl[];
      expect(g!.members[0]).toMatchObject({ kind: 'Ip', text: ip, version: 6 });
    }
  });
});

describe('positions', () => {
  it('every node carries the file name and 1-based ranges', () => {
    const r = parse('group office = ip 203.0.113.0/24\n\nsite s {\n  expose api at https://a.example {\n    allow office\n  }\n}\n', {
      file: 'fleet.tpc',
    });
    expect(r.diagnostics).toEqual([]);
    const [g, s] = r.ast.statements as [GroupDecl, SiteDecl];
    expect(g.file).toBe('fleet.tpc');
    expect(g.range.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(g.range.end).toEqual({ line: 1, column: 33, offset: 32 });
    expect(g.name.range.start).toEqual({ line: 1, column: 7, offset: 6 });
    expect(g.members[0]!.range.start).toMatchObject({ line: 1, column: 19 });
    expect(s.range.start).toMatchObject({ line: 3, column: 1 });
    expect(s.range.end).toMatchObject({ line: 7, column: 2 });
    const e = s.body[0] as ExposeDecl;
    expect(e.range.start).toMatchObject({ line: 4, column: 3 });
    expect(e.url.range.start).toMatchObject({ line: 4, column: 17 });
    expect(e.body[0]!.range.start).toMatchObject({ line: 5, column: 5 });
    expect(e.body[0]!.range.end).toMatchObject({ line: 5, column: 17 });
  });

  it('interpolation parts point into the source', () => {
    const r = parse('template t(id) { service a http://${id}.x }');
    const svc = (r.ast.statements[0] as TemplateDecl).body[0] as { upstream: { parts: { range: { start: { column: number } } }[] } };
    expect(svc.upstream.parts[1]!.range.start.column).toBe(35);
  });

  it('CRLF line endings and a byte-order mark are read like LF', () => {
    const r = parse('\ufeffgroup a = ip 10.0.0.0/8\r\n\r\nsite s {\r\n  service x http://a:1\r\n}\r\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.ast.statements[1]!.range.start).toMatchObject({ line: 3, column: 1 });
    expect((r.ast.statements[1] as SiteDecl).body[0]!.range.start).toMatchObject({ line: 4, column: 3 });
    const bad = parse('group a = ip 10.0.0.0/8\r\n  }\r\n');
    expect(bad.diagnostics.map((d) => [d.line, d.column])).toEqual([[2, 3]]);
  });

  it('the default file name is <input>', () => {
    expect(parse('group g = a').ast.statements[0]!.file).toBe('<input>');
  });
});
