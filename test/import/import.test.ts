/**
 * `importNgrok()` on small hand-written setups (./cases.ts), one translation or report each:
 * the exact draft (after its three header lines), and every finding as
 * `file:line:column severity code`. Every draft must compile without errors, and no secret of
 * the inputs may appear in the draft or in any message.
 */
import { describe, expect, it } from 'vitest';
import { compile } from '../../src/compiler/index.js';
import { format } from '../../src/dsl/index.js';
import { importNgrok } from '../../src/import/index.js';
import { CASES } from './cases.js';
import { compareImport } from './equivalence.js';

/** [case name, findings, draft without its header]. */
const EXPECTED: [string, string[], string][] = [
  [
    "services from internal endpoints; the site from their common suffix; agent settings",
    ["clinic1/ngrok.yml:3:3 info TPC7012","clinic1/ngrok.yml:15:10 info TPC7018"],
    `# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443
}`,
  ],
  [
    "restrict-ips in front of a forward: allow and deny groups",
    ["clinic1/ngrok.yml:3:3 info TPC7012","clinic1/ngrok.yml:15:10 info TPC7018"],
    `group ips-203-0-113-128-25 = ip 203.0.113.128/25
group ips-203-0-113-0-24 = ip 203.0.113.0/24

# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/api.json
  expose api at https://api.example.com {
    deny ips-203-0-113-128-25
    allow ips-203-0-113-0-24
  }
}`,
  ],
  [
    "jwt-validation on a path, client-IP deny rule, the 404 rule",
    ["clinic1/ngrok.yml:3:3 info TPC7012","clinic1/ngrok.yml:15:10 info TPC7018"],
    `group ips-192-0-2-0-24 = ip 192.0.2.0/24
identity jwt-auth-example = jwt
    issuer "https://auth.example.com"
    audience "clinic-api"
    jwks "https://auth.example.com/.well-known/jwks.json"
    header "Authorization"
    prefix "Bearer "
    algorithms RS256

# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/api.json
  expose api at https://api.example.com path /api {
    deny ips-192-0-2-0-24
    allow jwt-auth-example
    action before-forward { type: "add-headers", config: { headers: { x-clinic: "clinic1" } } }
  }
}`,
  ],
  [
    "oauth with an e-mail check: an identity with allow-domain",
    ["clinic1/ngrok.yml:3:3 info TPC7012","clinic1/ngrok.yml:15:10 info TPC7018"],
    `identity google-login = oauth google allow-domain "clinicnet.example"

# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/api.json
  expose api at https://dash.example.com {
    allow google-login
  }
}`,
  ],
  [
    "TCP: client-IP deny rules and restrict-ips become groups",
    ["clinic1/ngrok.yml:3:3 info TPC7012","clinic1/ngrok.yml:15:10 info TPC7018"],
    `group ips-192-0-2-0-24 = ip 192.0.2.0/24
group ips-203-0-113-0-24-plus-1 = ip 203.0.113.0/24, 2001:db8::/32

# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/db.json
  expose db at tcp://1.tcp.ngrok.io:12345 {
    deny ips-192-0-2-0-24
    allow ips-203-0-113-0-24-plus-1
  }
}`,
  ],
  [
    "TLS: terminate-tls with a minimum version and mutual TLS",
    ["clinic1/ngrok.yml:3:3 info TPC7012"],
    `group ips-203-0-113-0-24 = ip 203.0.113.0/24

# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/pacs.json
  expose pacs at tls://pacs.example.com {
    tls min 1.3
    mtls ca "-----BEGIN CERTIFICATE-----\\nQ0E=\\n-----END CERTIFICATE-----\\n"
    allow ips-203-0-113-0-24
  }
}`,
  ],
  [
    "a condition .tpc cannot state: reported, and the exposure fails closed",
    ["clinic1/api.json:4:44 warning TPC7030","clinic1/ngrok.yml:3:3 info TPC7012","clinic1/ngrok.yml:15:10 info TPC7018"],
    `# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/api.json
  # tpc import: the original rules here could not be expressed (see the import report); this exposure denies every request until you fix it.
  expose api at https://api.example.com
}`,
  ],
  [
    "conditions on rules before the access rules become action first when; on response rules, action response when",
    ["clinic1/ngrok.yml:3:3 info TPC7012","clinic1/ngrok.yml:15:10 info TPC7018"],
    `group ips-203-0-113-0-24 = ip 203.0.113.0/24

# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/api.json
  expose api at https://api.example.com path /api {
    allow ips-203-0-113-0-24
    action first when "req.url.path.startsWith('/api/reports')" {
      type: "custom-response",
      config: { status_code: 503, body: "Down for maintenance" }
    }
    action response when "res.status_code >= 500" {
      type: "add-headers",
      config: { headers: { x-incident: "open" } }
    }
  }

  # from clinic1/api.json
  expose api at https://api.example.com {
    allow ips-203-0-113-0-24
    action first when "req.method == 'DELETE'" { type: "deny", config: { status_code: 405 } }
    action first { type: "add-headers", config: { headers: { x-edge: "1" } } }
    action first when "req.headers['user-agent'].exists(v, v.contains('\\\${bot}'))" {
      type: "close-connection"
    }
  }
}`,
  ],
  [
    "a condition after the access rules cannot keep its place: reported, and the exposure fails closed",
    ["clinic1/api.json:4:182 warning TPC7030","clinic1/api.json:4:445 warning TPC7038","clinic1/ngrok.yml:3:3 info TPC7012","clinic1/ngrok.yml:15:10 info TPC7018"],
    `# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/api.json
  # tpc import: the original rules here could not be expressed (see the import report); this exposure denies every request until you fix it.
  expose api at https://api.example.com
}`,
  ],
  [
    "conditions on connection rules before the access rules become action first when (TCP and TLS)",
    ["clinic1/ngrok.yml:3:3 info TPC7012"],
    `group ips-203-0-113-0-24 = ip 203.0.113.0/24

# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/db.json
  expose db at tcp://1.tcp.ngrok.io:12345 {
    allow ips-203-0-113-0-24
    action first when "conn.geo.country_code != 'US'" { type: "deny" }
  }

  # from clinic1/pacs.json
  expose pacs at tls://pacs.example.com {
    tls min 1.3
    allow ips-203-0-113-0-24
    action first { type: "log", config: { metadata: { edge: "pacs" } } }
    action first when "conn.server_port != 443" { type: "close-connection" }
  }
}`,
  ],
  [
    "a connection condition after a TLS termination or a client-IP rule, or not valid there, is reported, and the exposure fails closed",
    ["clinic1/db.json:4:148 warning TPC7030","clinic1/db2.json:4:43 warning TPC7030","clinic1/ngrok.yml:3:3 info TPC7012","clinic1/pacs.json:4:125 warning TPC7030"],
    `# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/db.json
  # tpc import: the original rules here could not be expressed (see the import report); this exposure denies every request until you fix it.
  expose db at tcp://1.tcp.ngrok.io:12345

  # from clinic1/pacs.json
  # tpc import: the original rules here could not be expressed (see the import report); this exposure denies every request until you fix it.
  expose pacs at tls://pacs.example.com

  # from clinic1/db2.json
  # tpc import: the original rules here could not be expressed (see the import report); this exposure denies every request until you fix it.
  expose db at tcp://2.tcp.ngrok.io:23456
}`,
  ],
  [
    "a literal OAuth client secret is never copied",
    ["clinic1/api.json:4:44 warning TPC7037","clinic1/api.json:4:44 warning TPC7037","clinic1/ngrok.yml:3:3 info TPC7012","clinic1/ngrok.yml:15:10 info TPC7018"],
    `identity google-login = oauth google
    client-id secret("ngrok", "google-login-client-id")
    client-secret secret("ngrok", "google-login-client-secret")

# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/api.json
  expose api at https://dash.example.com {
    allow google-login
  }
}`,
  ],
  [
    "actions kept verbatim at the point that keeps their order",
    ["clinic1/ngrok.yml:3:3 info TPC7012","clinic1/ngrok.yml:15:10 info TPC7018"],
    `group ips-203-0-113-0-24 = ip 203.0.113.0/24

# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/api.json
  expose api at https://api.example.com {
    allow ips-203-0-113-0-24
    action first {
      type: "rate-limit",
      config: {
        name: "ip",
        algorithm: "sliding_window",
        capacity: 10,
        rate: "60s",
        bucket_key: ["conn.client_ip"]
      }
    }
    action before-forward {
      type: "add-headers",
      config: { headers: { x-ip: "\\\${conn.client_ip}" } }
    }
    action response { type: "remove-headers", config: { headers: ["server"] } }
  }
}`,
  ],
  [
    "a public agent endpoint becomes a service and an exposure; legacy inbound",
    ["kiosk.yml:4:10 info TPC7019","kiosk.yml:8:7 info TPC7040"],
    `group ips-198-51-100-0-24 = ip 198.51.100.0/24

# from kiosk.yml
site kiosk {
  service kiosk http://localhost:3000

  expose kiosk at https://kiosk.example.com {
    allow ips-198-51-100-0-24
  }
}`,
  ],
  [
    "internal URLs tpc renames; a forward to an endpoint no file serves",
    ["edge/api.json:3:10 info TPC7044","edge/api.json:4:44 warning TPC7034","edge/ngrok.yml:4:10 info TPC7018"],
    `group anyone = ip 0.0.0.0/0, ::/0  # every client

# from edge/ngrok.yml
site edge {
  service api http://localhost:8080

  # from edge/api.json
  # tpc import: the original rules here could not be expressed (see the import report); this exposure denies every request until you fix it.
  expose api at https://api.example.com path /v2

  # from edge/api.json
  expose api at https://api.example.com {
    allow anyone
  }
}`,
  ],
  [
    "a failover pair: the same internal URLs, pooled, in one folder",
    [],
    `# from north/ngrok.yml, north/ngrok-failover.yml
site north {
  agent failover
  service api http://localhost:8080
}`,
  ],
  [
    "files that are not imported: a bare policy, another YAML file, broken YAML, plain http, v2 tunnels",
    ["broken.yml:1:1 warning TPC7003","broken.yml:2:1 error TPC0001","compose.yml:1:1 warning TPC7001","old.yml:3:3 warning TPC7010","policy.yml:1:1 warning TPC7002","web.yml:4:10 warning TPC7015"],
    ``,
  ],
  [
    "a Traffic Policy file given with the URL of its cloud endpoint",
    ["clinic1/ngrok.yml:3:3 info TPC7012","clinic1/ngrok.yml:15:10 info TPC7018"],
    `group ips-203-0-113-0-24 = ip 203.0.113.0/24

# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/db.policy.yml
  expose db at tcp://1.tcp.ngrok.io:12345 {
    allow ips-203-0-113-0-24
  }
}`,
  ],
  [
    "a path rule after a shorter path that catches its requests never ran",
    ["clinic1/api.json:3:10 info TPC7044","clinic1/api.json:4:227 info TPC7036","clinic1/ngrok.yml:3:3 info TPC7012","clinic1/ngrok.yml:15:10 info TPC7018"],
    `group anyone = ip 0.0.0.0/0, ::/0  # every client

# from clinic1/ngrok.yml
site clinic1 {
  agent connect-url "connect.example.com:443"
  service api http://192.168.1.100:8080
  service db tcp://192.168.1.101:5432
  service pacs tcp://192.168.1.105:443

  # from clinic1/api.json
  expose api at https://api.example.com path /api {
    allow anyone
  }
}`,
  ],
];

const SECRETS = ['2abcDEFsecretTOKEN_1234567890', 'hunter2-CLIENT-SECRET', 'app-id-123'];

describe('importNgrok', () => {
  it('has an expectation for every case', () => {
    expect(EXPECTED.map((e) => e[0])).toEqual(CASES.map((c) => c.name));
  });

  for (const [name, findings, draft] of EXPECTED) {
    const c = CASES.find((x) => x.name === name)!;
    it(name, () => {
      const r = importNgrok(c.files, { draftName: 'draft.tpc' });
      expect(r.source.split('\n').slice(0, 3).join('\n')).toMatch(/^# Draft written by tpc import from .+\.\n# Review it, then compile: tpc compile draft\.tpc -o out\/\n# Comments starting with "tpc import:"/);
      expect(r.source.split('\n').slice(4).join('\n').trimEnd()).toBe(draft);
      expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`)).toEqual(findings);
      // The unsupported list is exactly the findings above info level.
      expect(r.unsupported.map((u) => `${u.file}:${u.line}:${u.column} ${u.code}`)).toEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.file}:${d.line}:${d.column} ${d.code}`));
      // The draft is canonical and compiles.
      expect(format(r.source).text).toBe(r.source);
      const compiled = compile(r.source, { file: 'draft.tpc', readFile: () => undefined });
      expect(compiled.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([]);
      for (const s of SECRETS) {
        expect(r.source).not.toContain(s);
        for (const d of r.diagnostics) expect(d.message).not.toContain(s);
      }
    });
  }

  it('a condition that is not valid CEL is reported, not imported as action first|response when', async () => {
    const agent = { path: 'site/ngrok.yml', text: 'version: 3\nendpoints:\n  - name: api\n    url: https://api.site.internal\n    upstream:\n      url: http://10.0.0.1:8080\n' };
    const policy = {
      on_http_request: [
        { expressions: ['req.nonsense == 1'], actions: [{ type: 'deny', config: { status_code: 405 } }] },
        { actions: [{ type: 'forward-internal', config: { url: 'https://api.site.internal' } }] },
      ],
      on_http_response: [{ expressions: ['res.status_code >'], actions: [{ type: 'add-headers', config: { headers: { x: '1' } } }] }],
    };
    const cloud = { path: 'site/api.json', text: JSON.stringify({ type: 'cloud', url: 'https://api.example.com', traffic_policy: JSON.stringify(policy) }) };
    const r = importNgrok([agent, cloud], { draftName: 'draft.tpc' });
    const reported = r.diagnostics.filter((d) => d.severity !== 'info');
    expect(reported.map((d) => d.code)).toEqual(['TPC7030', 'TPC7038']);
    expect(reported[0]!.message).toMatch(/^The rule '.*' has a condition \.tpc cannot state \(req\.nonsense == 1, which is not valid here: .*nonsense.*\); /);
    expect(reported[1]!.message).toContain('its condition is not valid here');
    expect(r.source).not.toContain(' when ');
    // The draft still compiles, and its exposure denies everything (fail closed).
    const compiled = compile(r.source, { file: 'draft.tpc', readFile: () => undefined });
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const { lintCompiled } = await import('../../src/compiler/self-check.js');
    expect((await lintCompiled(compiled, 'draft.tpc', r.source)).filter((d) => d.severity === 'error')).toEqual([]);
  });

  it("an open TCP endpoint imports as 'allow anyone', and the report says tpc compile will flag it (unprotected-tcp)", () => {
    const agent = { path: 'ngrok.yml', text: 'version: 3\nendpoints:\n  - name: db\n    url: tcp://1.tcp.ngrok.io:12345\n    upstream:\n      url: 5432\n' };
    const r = importNgrok([agent], { draftName: 'draft.tpc' });
    const open = r.diagnostics.find((d) => d.code === 'TPC7044')!;
    expect(open.message).toBe(
      "The 'tcp://1.tcp.ngrok.io:12345' endpoint lets every client through; the draft says so with 'allow anyone' (0.0.0.0/0 and ::/0). tpc compile reports that as an error on a TCP or TLS endpoint (unprotected-tcp) until you allow a group or require client certificates, or suppress it with '# tpc-disable-next-line unprotected-tcp -- <why>'.",
    );
    expect(r.source).toContain('expose db at tcp://1.tcp.ngrok.io:12345 {\n    allow anyone\n  }');
  });

  it('an action after the forward in the same rule is named as the action that never runs (TPC7048), not as the rule', () => {
    const agent = { path: 'ngrok.yml', text: 'version: 3\nendpoints:\n  - name: api\n    url: https://api.internal\n    upstream:\n      url: 8080\n' };
    const body = { path: 'api.yaml', text: 'url: https://api.example.com\ntype: cloud\ntraffic_policy:\n  on_http_request:\n    - actions:\n        - type: forward-internal\n          config: { url: "https://api.internal" }\n        - type: restrict-ips\n          config: { allow: [203.0.113.0/24] }\n' };
    const r = importNgrok([agent, body], { draftName: 'draft.tpc' });
    const d = r.diagnostics.find((x) => x.file === 'api.yaml' && x.code === 'TPC7048')!;
    expect(d.message).toBe("The 'restrict-ips' action of the rule 'on_http_request[0]' never runs (it follows 'forward-internal', which ends the phase), so it was not imported.");
    expect(r.diagnostics.some((x) => x.code === 'TPC7033')).toBe(false);
    // What ngrok does is what the draft says: everyone reaches the API.
    expect(r.source).toContain('expose api at https://api.example.com {\n    allow anyone\n  }');
  });

  describe("a cloud endpoint routing with req.url.path.startsWith('/p') (TPC7049)", () => {
    const agent = { path: 'svc/ngrok.yml', text: 'version: 3\nendpoints:\n  - name: foo\n    url: http://foo.internal:80\n    upstream:\n      url: 8080\n  - name: bar\n    url: http://bar.internal:80\n    upstream:\n      url: 8081\n' };
    const body = (rules: string) => ({ path: 'front.yaml', text: `url: https://front.example.com\ntype: cloud\ntraffic_policy:\n  on_http_request:\n${rules}` });
    const route = (prefix: string, target: string) => `    - expressions: ["req.url.path.startsWith('${prefix}')"]\n      actions:\n        - type: forward-internal\n          config: { url: "http://${target}.internal:80" }\n`;
    const paths = ['/foo', '/foo/', '/foo/a', '/foox', '/foo-old/a', '/bar', '/bar/b', '/barn', '/', '/other'];
    const requests = (url: string) => paths.map((path) => ({ url: url + path, clientIp: '203.0.113.9', method: 'GET' }));

    it('becomes a path exposure, reported as narrower; what it leaves out is denied, never sent elsewhere', () => {
      const files = [agent, body(route('/foo', 'foo') + route('/bar', 'bar') + '    - actions:\n        - type: custom-response\n          config: { status_code: 404 }\n')];
      const r = importNgrok(files, { draftName: 'draft.tpc' });
      expect(r.source).toContain('expose foo at https://front.example.com path /foo {');
      expect(r.source).toContain('expose bar at https://front.example.com path /bar {');
      expect(r.unsupported.map((u) => `${u.code} ${u.line}`)).toEqual(['TPC7049 5', 'TPC7049 9']);
      const cmp = compareImport(files, requests);
      expect(cmp.widenings).toEqual([]);
      // Only the paths the prefix caught beyond '/foo' and '/foo/…' change: forwarded before, denied now.
      expect(cmp.mismatches.map((m) => [m.request.url, m.original, m.imported])).toEqual([
        ['https://front.example.com/foox', 'forwarded localhost:8080', 'responded 404'],
        ['https://front.example.com/foo-old/a', 'forwarded localhost:8080', 'responded 404'],
        ['https://front.example.com/barn', 'forwarded localhost:8081', 'responded 404'],
      ]);
    });

    it('stays a condition .tpc cannot state when another exposure would take what the path leaves out', () => {
      // A last rule that forwards everything else: '/foox' would reach it instead of foo.
      const files = [agent, body(route('/foo', 'foo') + '    - actions:\n        - type: forward-internal\n          config: { url: "http://bar.internal:80" }\n')];
      const r = importNgrok(files, { draftName: 'draft.tpc' });
      expect(r.unsupported.map((u) => u.code)).toContain('TPC7030');
      expect(r.unsupported.map((u) => u.code)).not.toContain('TPC7049');
      expect(compareImport(files, requests).widenings).toEqual([]);
    });
  });

  it("an agent endpoint's traffic_policy_file, given beside its ngrok.yml, is imported as its policy", () => {
    const agent = { path: 'clinic1/ngrok.yml', text: 'version: 3\nendpoints:\n  - name: api\n    url: https://api.clinic1.example.com\n    upstream:\n      url: 8080\n    traffic_policy_file: policy.yml\n' };
    const policy = { path: 'clinic1/policy.yml', text: 'on_http_request:\n  - actions:\n      - type: restrict-ips\n        config:\n          allow: [203.0.113.0/24]\n' };
    const r = importNgrok([agent, policy], { draftName: 'draft.tpc' });
    expect(r.unsupported).toEqual([]);
    expect(r.source).toContain('group ips-203-0-113-0-24 = ip 203.0.113.0/24');
    expect(r.source).toContain('expose api at https://api.clinic1.example.com {\n    allow ips-203-0-113-0-24\n  }');
    // Without the file, the endpoint is reported and left out (never opened to everyone).
    const alone = importNgrok([agent], { draftName: 'draft.tpc' });
    expect(alone.unsupported.map((u) => `${u.code} ${u.line}`)).toEqual(['TPC7013 7']);
    expect(alone.source).not.toContain('expose');
  });

  it('names the inputs in the header, and at most five of them', () => {
    const files = Array.from({ length: 8 }, (_, i) => ({ path: `f${i}.yml`, text: 'version: 3\nendpoints: []\n' }));
    expect(importNgrok(files).source.split('\n')[0]).toBe('# Draft written by tpc import from f0.yml, f1.yml, f2.yml, f3.yml, f4.yml and 3 more files.');
    expect(importNgrok([]).source.split('\n')[0]).toBe('# Draft written by tpc import from no files.');
  });

  it('is deterministic', () => {
    for (const c of CASES) expect(importNgrok(c.files)).toEqual(importNgrok(c.files));
  });

  it('never throws on hostile input', () => {
    const hostile = ['\u0000\u0001', 'version: 3\nendpoints: 7\n', 'version: 3\nendpoints: [1, null, {url: 5}]\n', '{"type":"cloud","url":"https://x.example","traffic_policy":"{"}', '{"type":"cloud","url":"https://x.example","traffic_policy":{"on_http_request":"no"}}'];
    for (const text of hostile) expect(() => importNgrok([{ path: 'x.json', text }])).not.toThrow();
  });
});
