/**
 * Document structure (policy phases and rules, ngrok.yml v3/v2, cloud endpoint bodies) and the
 * message helpers of src/ngrok/schema.ts.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { editDistance, SCHEMA_FILES, suggest, validateSchema, type SchemaIssue, type SchemaKind } from '../../src/ngrok/schema.js';

interface Row {
  name: string;
  kind: SchemaKind;
  yaml: string;
  issues: Partial<SchemaIssue>[];
}

const y = (s: string): unknown => parse(s);

const POLICY_ROWS: Row[] = [
  {
    name: 'phase written as a mapping',
    kind: 'traffic-policy',
    yaml: `
on_http_request:
  actions:
    - type: deny
`,
    issues: [
      { path: ['on_http_request'], part: 'value', keyword: 'type', message: "phase 'on_http_request' must be a list of rules; did you forget '-'?" },
    ],
  },
  {
    name: 'action written directly as a rule',
    kind: 'traffic-policy',
    yaml: `
on_http_request:
  - type: custom-response
    config:
      status_code: 503
`,
    issues: [
      {
        path: ['on_http_request', 0],
        part: 'value',
        keyword: 'required',
        message: "on_http_request[0] is an action, not a rule: put it in a rule's 'actions' list (- actions: [{ type: custom-response, config: … }])",
      },
    ],
  },
  {
    name: 'expression written as a boolean and as an object',
    kind: 'traffic-policy',
    yaml: `
on_http_request:
  - expressions:
      - true
      - type: deny
    actions:
      - type: deny
`,
    issues: [
      {
        path: ['on_http_request', 0, 'expressions', 0],
        keyword: 'type',
        message: 'on_http_request[0].expressions[0]: each expression must be a string holding a CEL expression, got a boolean — quote it so YAML keeps it a string',
      },
      {
        path: ['on_http_request', 0, 'expressions', 1],
        keyword: 'type',
        message:
          "on_http_request[0].expressions[1]: each expression must be a string holding a CEL expression, got a mapping; this looks like an action — move it under the rule's 'actions:'",
      },
    ],
  },
  {
    name: 'expressions as one string instead of a list',
    kind: 'traffic-policy',
    yaml: `
on_http_request:
  - expressions: "req.method == 'POST'"
    actions: [{ type: deny }]
`,
    issues: [
      {
        path: ['on_http_request', 0, 'expressions'],
        keyword: 'type',
        message: `on_http_request[0].expressions: 'expressions' must be a list of strings — write it as a list item: - "req.method == 'POST'"`,
      },
    ],
  },
  {
    name: 'rule without actions and with an empty actions list',
    kind: 'traffic-policy',
    yaml: `
on_tcp_connect:
  - name: nothing
  - actions: []
`,
    issues: [
      { path: ['on_tcp_connect', 0], keyword: 'required', message: "on_tcp_connect[0]: rule has no 'actions'; every rule needs at least one action" },
      { path: ['on_tcp_connect', 1, 'actions'], keyword: 'minItems', message: "on_tcp_connect[1].actions: 'actions' is empty; a rule needs at least one action" },
    ],
  },
  {
    name: 'actions as a mapping',
    kind: 'traffic-policy',
    yaml: `
on_http_request:
  - actions:
      type: deny
`,
    issues: [
      { path: ['on_http_request', 0, 'actions'], keyword: 'type', message: "on_http_request[0].actions: 'actions' must be a list of actions; did you forget '-'?" },
    ],
  },
  {
    name: 'invented rule key if',
    kind: 'traffic-policy',
    yaml: `
on_http_request:
  - if: req.url.path.startsWith('/admin')
    actions: [{ type: deny }]
`,
    issues: [
      {
        path: ['on_http_request', 0, 'if'],
        part: 'key',
        keyword: 'additionalProperties',
        message: "on_http_request[0]: rules have no 'if' key; write conditions under 'expressions:' (a list of CEL strings)",
      },
    ],
  },
  {
    name: 'misspelled rule key',
    kind: 'traffic-policy',
    yaml: `
on_http_request:
  - expresions: ["true"]
    actions: [{ type: deny }]
`,
    issues: [
      {
        path: ['on_http_request', 0, 'expresions'],
        part: 'key',
        keyword: 'additionalProperties',
        message: "on_http_request[0]: unknown rule key 'expresions'; did you mean 'expressions'?",
      },
    ],
  },
  {
    name: 'misspelled and invented phases',
    kind: 'traffic-policy',
    yaml: `
on_http_respons: []
on_tls_request: []
rules: []
`,
    issues: [
      { path: ['on_http_respons'], part: 'key', keyword: 'additionalProperties', message: "unknown phase 'on_http_respons'; did you mean 'on_http_response'?" },
      { path: ['on_tls_request'], part: 'key', keyword: 'additionalProperties', message: "unknown phase 'on_tls_request'; TLS and TCP endpoints use 'on_tcp_connect'" },
      {
        path: ['rules'],
        part: 'key',
        keyword: 'additionalProperties',
        message:
          "unknown top-level key 'rules'; a Traffic Policy has only the phases 'on_tcp_connect', 'on_http_request', 'on_http_response', 'on_event_stream_message'",
      },
    ],
  },
  {
    name: 'legacy inbound/outbound validate (the deprecated-format rule warns)',
    kind: 'traffic-policy',
    yaml: `
inbound:
  - actions: [{ type: deny }]
outbound:
  - actions: [{ type: add-headers, config: { headers: { x-a: b } } }]
`,
    issues: [],
  },
  {
    name: 'rule name may be any scalar',
    kind: 'traffic-policy',
    yaml: `
on_http_request:
  - name: 404
    expressions:
    actions: [{ type: deny }]
`,
    issues: [],
  },
  {
    name: 'a policy that is not a mapping',
    kind: 'traffic-policy',
    yaml: `- on_http_request: []`,
    issues: [{ path: [], keyword: 'type', message: 'a Traffic Policy must be a mapping of phases, got a list' }],
  },
  {
    name: 'empty policy is structurally valid',
    kind: 'traffic-policy',
    yaml: `{}`,
    issues: [],
  },
];

const AGENT_ROWS: Row[] = [
  {
    name: 'complete v3 file',
    kind: 'agent-config',
    yaml: `
version: "3"
agent:
  authtoken: x
  connect_url: connect.example.com:443
  connect_cas: host
  log: stdout
  log_format: json
  log_level: info
  console_ui: iftty
  web_addr: false
  inspect_db_size: -1
  heartbeat_interval: 10s
  dns_resolver_ips: [1.1.1.1]
  update_channel: beta
endpoints:
  - name: api
    url: https://api.internal
    description: clinic api
    metadata: '{"site":"north"}'
    bindings: [internal]
    pooling_enabled: true
    upstream:
      url: 8080
      protocol: http2
      proxy_protocol: 2
    traffic_policy:
      on_http_request:
        - actions: [{ type: add-headers, config: { headers: { x-site: north } } }]
  - name: db
    url: tls://db.internal:5432
    traffic_policy_file: /etc/ngrok/db.yml
    upstream: { url: "localhost:5432" }
    agent_tls_termination:
      server_certificate: /etc/cert.pem
      server_private_key: /etc/key.pem
      mutual_tls_certificate_authorities: [/etc/ca.pem]
tunnels:
  legacy:
    proto: http
    addr: 80
    traffic_policy: { inbound: [{ actions: [{ type: deny }] }] }
`,
    issues: [],
  },
  {
    name: 'v2 file is recognised (deprecated-format warns)',
    kind: 'agent-config',
    yaml: `
version: 2
authtoken: x
region: eu
server_addr: tunnel.example.com:443
root_cas: trusted
tunnels:
  web:
    proto: http
    addr: 8080
    domain: app.example.com
    basic_auth: ["a:password1"]
    ip_restriction: { allow_cidrs: [203.0.113.0/24] }
    policy: { inbound: [{ actions: [{ type: deny }] }] }
`,
    issues: [],
  },
  {
    name: 'v2 agent keys at the top of a v3 file',
    kind: 'agent-config',
    yaml: `
version: 3
authtoken: x
endpoints: []
`,
    issues: [
      {
        path: ['authtoken'],
        part: 'key',
        keyword: 'additionalProperties',
        message: "unknown top-level key 'authtoken'; in a version 3 file agent settings go under 'agent:' (agent.authtoken)",
      },
    ],
  },
  {
    name: 'endpoints nested under agent',
    kind: 'agent-config',
    yaml: `
version: 3
agent:
  authtoken: x
  endpoints: []
`,
    issues: [
      { path: ['agent', 'endpoints'], part: 'key', keyword: 'additionalProperties', message: "agent: 'endpoints' belongs at the top level of the file, not under 'agent:'" },
    ],
  },
  {
    name: 'renamed v2 agent key under agent',
    kind: 'agent-config',
    yaml: `
version: 3
agent: { server_addr: x:443 }
`,
    issues: [{ path: ['agent', 'server_addr'], part: 'key', keyword: 'additionalProperties', message: "agent: unknown key 'server_addr'; did you mean 'connect_url'?" }],
  },
  {
    name: "the ngrok 2 agent's region under agent: in a version 3 file",
    kind: 'agent-config',
    yaml: `
version: 3
agent:
  region: eu
`,
    issues: [
      {
        path: ['agent', 'region'],
        part: 'key',
        keyword: 'additionalProperties',
        message: "agent: 'region' is an ngrok agent 2 setting, which version 3 does not have; remove it (the agent connects to the nearest point of presence)",
      },
    ],
  },
  {
    name: 'tunnel keys of the ngrok 2 agent that agent 3 renamed (not misspellings of oauth)',
    kind: 'agent-config',
    yaml: `
version: "2"
tunnels:
  website: { proto: http, addr: 8888, auth: "bob:pw", bind_tls: true }
`,
    issues: [
      {
        path: ['tunnels', 'website', 'auth'],
        part: 'key',
        keyword: 'additionalProperties',
        message: "tunnels.website: 'auth' is an ngrok agent 2 key, which today's agent rejects; write it as 'basic_auth', a list of 'user:password' strings (`ngrok config upgrade` renames it)",
      },
      {
        path: ['tunnels', 'website', 'bind_tls'],
        part: 'key',
        keyword: 'additionalProperties',
        message: "tunnels.website: 'bind_tls' is an ngrok agent 2 key, which today's agent rejects; write it as 'schemes' ([https] for true, [http] for false, [http, https] for both) (`ngrok config upgrade` renames it)",
      },
    ],
  },
  {
    name: 'endpoint problems',
    kind: 'agent-config',
    yaml: `
version: 3
endpoints:
  - name: web
    url: tls://app.example.com"
    bindings: [public, internal]
    upstream: { url: 80, protocol: http3 }
  - url: https://x.example.com
`,
    issues: [
      {
        path: ['endpoints', 0, 'url'],
        keyword: 'pattern',
        message: '`endpoints[0].url`: `tls://app.example.com"` contains whitespace or a quote character (a stray quote?)',
      },
      { path: ['endpoints', 0, 'bindings'], keyword: 'maxItems', message: '`endpoints[0].bindings`: has 2 items; at most 1 allowed' },
      { path: ['endpoints', 0, 'upstream', 'protocol'], keyword: 'enum', message: "`endpoints[0].upstream.protocol`: `http3` is not one of 'http1', 'http2'" },
      { path: ['endpoints', 1], keyword: 'required', message: "`endpoints[1]`: missing required key 'name'" },
      { path: ['endpoints', 1], keyword: 'required', message: "`endpoints[1]`: missing required key 'upstream'" },
    ],
  },
  {
    name: 'unquoted {placeholder} as upstream url',
    kind: 'agent-config',
    yaml: `
version: 3
endpoints:
  - name: a
    upstream: { url: {port of your app} }
`,
    issues: [
      {
        path: ['endpoints', 0, 'upstream', 'url'],
        keyword: 'type',
        message: '`endpoints[0].upstream.url`: must be a string or an integer, got a mapping; an unquoted {placeholder} is a YAML mapping — replace it or quote it',
      },
    ],
  },
  {
    name: 'policy errors inside an endpoint are located in the endpoint',
    kind: 'agent-config',
    yaml: `
version: 3
endpoints:
  - name: a
    upstream: { url: 80 }
    traffic_policy:
      on_tcp_connect:
        - actions:
            - type: restrict-ips
              config: { allow: [10.0.0.0/40] }
`,
    issues: [
      {
        path: ['endpoints', 0, 'traffic_policy', 'on_tcp_connect', 0, 'actions', 0, 'config', 'allow', 0],
        keyword: 'format',
        message:
          'endpoints[0].traffic_policy.on_tcp_connect[0].actions[0] (restrict-ips): `config.allow[0]`: `10.0.0.0/40` is not a CIDR range (the prefix length is at most 32)',
      },
    ],
  },
  {
    name: 'endpoint policy given as text',
    kind: 'agent-config',
    yaml: `
version: 3
endpoints:
  - name: a
    upstream: { url: 80 }
    traffic_policy: "on_http_request: []"
`,
    issues: [
      {
        path: ['endpoints', 0, 'traffic_policy'],
        keyword: 'type',
        message: '`endpoints[0].traffic_policy`: the Traffic Policy must be a mapping of phases, got a string',
      },
    ],
  },
  {
    name: 'policy phases at the root of ngrok.yml',
    kind: 'agent-config',
    yaml: `
version: 3
on_http_request: []
`,
    issues: [
      {
        path: ['on_http_request'],
        part: 'key',
        keyword: 'additionalProperties',
        message: "unknown top-level key 'on_http_request'; Traffic Policy phases go under an endpoint's 'traffic_policy:'",
      },
    ],
  },
  {
    name: 'missing and unknown version',
    kind: 'agent-config',
    yaml: `
agent: { authtoken: x }
`,
    issues: [{ path: [], keyword: 'required', message: "missing required top-level key 'version'" }],
  },
  {
    name: 'unsupported version',
    kind: 'agent-config',
    yaml: `version: 1`,
    issues: [{ path: ['version'], keyword: 'enum', message: "`version`: `1` is not one of 3, '3', 2, '2'" }],
  },
  {
    name: 'version 3 keys in a version 2 file',
    kind: 'agent-config',
    yaml: `
version: 2
agent: { authtoken: x }
`,
    issues: [
      {
        path: ['agent'],
        part: 'key',
        keyword: 'additionalProperties',
        message: "unknown top-level key 'agent' in a version 2 file; 'agent' is a version 3 key (set version: 3)",
      },
    ],
  },
  {
    name: 'log: true is rejected, log: false accepted',
    kind: 'agent-config',
    yaml: `
version: 3
agent: { log: true, web_addr: false }
`,
    issues: [{ path: ['agent', 'log'], keyword: 'const', message: '`agent.log`: `true` is not accepted; give a value, or `false` to turn it off' }],
  },
  {
    name: 'secrets are never echoed',
    kind: 'agent-config',
    yaml: `
version: 3
agent: { authtoken: 12345 }
`,
    issues: [{ path: ['agent', 'authtoken'], keyword: 'type', message: '`agent.authtoken`: must be a string, got an integer (value hidden); quote it' }],
  },
];

const CLOUD_ROWS: Row[] = [
  {
    name: 'policy as a string',
    kind: 'cloud-endpoint',
    yaml: `
type: cloud
url: https://api.clinic.example
traffic_policy: '{"on_http_request":[{"actions":[{"type":"forward-internal","config":{"url":"https://api.internal"}}]}]}'
description: managed by tpc
metadata: '{"site":"north"}'
bindings: [public]
pooling_enabled: false
`,
    issues: [],
  },
  {
    name: 'policy as an inline object is validated',
    kind: 'cloud-endpoint',
    yaml: `
type: cloud
url: https://api.clinic.example
traffic_policy:
  on_http_request:
    - actions:
        - type: forward-internal
          config: { url: https://api.internal, on_eror: continue }
`,
    issues: [
      {
        path: ['traffic_policy', 'on_http_request', 0, 'actions', 0, 'config', 'on_eror'],
        part: 'key',
        keyword: 'additionalProperties',
        message: "traffic_policy.on_http_request[0].actions[0] (forward-internal): unknown config key 'on_eror'; did you mean 'on_error'?",
      },
    ],
  },
  {
    name: 'required fields and limits',
    kind: 'cloud-endpoint',
    yaml: `
type: agent
traffic_policy: ""
bindings: [private]
`,
    issues: [
      { path: [], keyword: 'required', message: "missing required top-level key 'url'" },
      { path: ['type'], keyword: 'const', message: '`type`: must be `cloud`, not `agent`' },
      { path: ['traffic_policy'], keyword: 'minLength', message: '`traffic_policy`: must not be empty' },
      { path: ['bindings', 0], keyword: 'enum', message: "`bindings[0]`: `private` is not one of 'public', 'internal', 'kubernetes'" },
    ],
  },
  {
    name: 'description and metadata length',
    kind: 'cloud-endpoint',
    yaml: `
type: cloud
url: https://x.example.com
traffic_policy: {on_http_request: [{actions: [{type: deny}]}]}
description: ${'d'.repeat(256)}
metadata: ${'m'.repeat(4097)}
`,
    issues: [
      { path: ['description'], keyword: 'maxLength', message: '`description`: is too long (256 characters); at most 255 allowed' },
      { path: ['metadata'], keyword: 'maxLength', message: '`metadata`: is too long (4097 characters); at most 4096 allowed' },
    ],
  },
  {
    name: 'policy of the wrong type',
    kind: 'cloud-endpoint',
    yaml: `
type: cloud
url: https://x.example.com
traffic_policy: 5
`,
    issues: [
      {
        path: ['traffic_policy'],
        keyword: 'type',
        message: '`traffic_policy`: the Traffic Policy must be YAML or JSON text, or a mapping of phases, got an integer',
      },
    ],
  },
  {
    name: 'unknown body field',
    kind: 'cloud-endpoint',
    yaml: `
type: cloud
url: https://x.example.com
traffic_policy: x
name: web
`,
    issues: [
      {
        path: ['name'],
        part: 'key',
        keyword: 'additionalProperties',
        message: "unknown top-level key 'name'; allowed keys: 'type', 'url', 'traffic_policy', 'description', 'metadata', 'bindings', 'pooling_enabled'",
      },
    ],
  },
];

describe.each([
  ['traffic policy', POLICY_ROWS],
  ['agent config', AGENT_ROWS],
  ['cloud endpoint', CLOUD_ROWS],
])('%s', (_label, rows) => {
  it.each(rows)('$name', ({ kind, yaml, issues }) => {
    const got = validateSchema(kind, y(yaml));
    expect(got).toHaveLength(issues.length);
    issues.forEach((want, i) => expect(got[i]).toEqual({ part: 'value', ...want }));
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['expresions', 'expressions', 1],
    ['acitons', 'actions', 1],
    ['on_http_respons', 'on_http_response', 1],
  ])('%s -> %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('suggest', () => {
  it.each([
    ['expresions', ['name', 'expressions', 'actions'], 'expressions'],
    ['allow_cidrs', ['enforce', 'allow', 'deny', 'ip_policies'], 'allow'],
    ['header', ['headers'], 'headers'],
    ['ADD_HEADERS', ['add-headers', 'deny'], 'add-headers'],
    ['zzz', ['add-headers', 'deny'], undefined],
    ['scope', ['scopes'], 'scopes'],
    ['scope', [], undefined],
  ])('%s in %j -> %s', (word, candidates, want) => {
    expect(suggest(word, candidates)).toBe(want);
  });
});

describe('SCHEMA_FILES', () => {
  it('names the three schema files', () => {
    expect(SCHEMA_FILES).toEqual({
      'traffic-policy': 'schemas/traffic-policy.schema.json',
      'agent-config': 'schemas/agent-config.schema.json',
      'cloud-endpoint': 'schemas/cloud-endpoint.schema.json',
    });
  });
});

describe('very broken documents', () => {
  it('stop after 200 issues with a note', () => {
    const policy = { on_http_request: Array.from({ length: 300 }, () => ({ actions: [{ type: 'deny', config: { bogus: 1 } }] })) };
    const issues = validateSchema('traffic-policy', policy);
    expect(issues).toHaveLength(201);
    expect(issues[200]).toEqual({
      path: [],
      part: 'value',
      keyword: 'truncated',
      message: 'more than 200 schema problems; fix these first to see the rest',
    });
  });
});
