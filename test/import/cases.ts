/**
 * Inputs of the `tpc import` table tests (test/import/import.test.ts): small hand-written
 * setups, each exercising one translation or one report.
 */
import type { ImportFile } from '../../src/import/index.js';

export interface Case {
  name: string;
  files: ImportFile[];
}

const agent = (path: string, body: string): ImportFile => ({ path, text: `version: 3\n${body}` });
const cloud = (path: string, url: string, policy: unknown): ImportFile => ({ path, text: JSON.stringify({ type: 'cloud', url, traffic_policy: JSON.stringify(policy) }, null, 2) + '\n' });

const CLINIC = agent(
  'clinic1/ngrok.yml',
  `agent:
  authtoken: 2abcDEFsecretTOKEN_1234567890
  connect_url: connect.example.com:443
endpoints:
  - name: api
    url: https://api.clinic1.internal
    upstream:
      url: http://192.168.1.100:8080
  - name: db
    url: tcp://db.clinic1.internal:5432
    upstream:
      url: 192.168.1.101:5432
  - name: pacs
    url: tls://pacs.clinic1.internal:443
    upstream:
      url: 192.168.1.105:443
`,
);

const fwd = (url: string) => ({ type: 'forward-internal', config: { url } });
const jwtAction = {
  type: 'jwt-validation',
  config: {
    issuer: { allow_list: [{ value: 'https://auth.example.com' }] },
    audience: { allow_list: [{ value: 'clinic-api' }] },
    http: { tokens: [{ type: 'jwt', method: 'header', name: 'Authorization', prefix: 'Bearer ' }] },
    jws: { allowed_algorithms: ['RS256'], keys: { sources: { additional_jkus: ['https://auth.example.com/.well-known/jwks.json'] } } },
  },
};

export const CASES: Case[] = [
  {
    name: 'services from internal endpoints; the site from their common suffix; agent settings',
    files: [CLINIC],
  },
  {
    name: 'restrict-ips in front of a forward: allow and deny groups',
    files: [CLINIC, cloud('clinic1/api.json', 'https://api.example.com', { on_http_request: [{ actions: [{ type: 'restrict-ips', config: { enforce: true, allow: ['203.0.113.0/24'], deny: ['203.0.113.128/25'] } }, fwd('https://api.clinic1.internal')] }] })],
  },
  {
    name: 'jwt-validation on a path, client-IP deny rule, the 404 rule',
    files: [
      CLINIC,
      cloud('clinic1/api.json', 'https://api.example.com', {
        on_http_request: [
          { expressions: ["req.url.path == '/api' || req.url.path.startsWith('/api/')", "inCidrRanges(conn.client_ip, ['192.0.2.0/24'])"], actions: [{ type: 'deny', config: { status_code: 403 } }] },
          { expressions: ["req.url.path == '/api' || req.url.path.startsWith('/api/')"], actions: [jwtAction, { type: 'add-headers', config: { headers: { 'x-clinic': 'clinic1' } } }, fwd('https://api.clinic1.internal')] },
          { actions: [{ type: 'custom-response', config: { status_code: 404 } }] },
        ],
      }),
    ],
  },
  {
    name: 'oauth with an e-mail check: an identity with allow-domain',
    files: [
      CLINIC,
      cloud('clinic1/api.json', 'https://dash.example.com', {
        on_http_request: [
          { actions: [{ type: 'oauth', config: { provider: 'google' } }] },
          { expressions: ["!(actions.ngrok.oauth.identity.email.lowerAscii().endsWith('@clinicnet.example'))"], actions: [{ type: 'deny', config: { status_code: 403 } }] },
          { actions: [fwd('https://api.clinic1.internal')] },
        ],
      }),
    ],
  },
  {
    name: 'TCP: client-IP deny rules and restrict-ips become groups',
    files: [
      CLINIC,
      cloud('clinic1/db.json', 'tcp://1.tcp.ngrok.io:12345', {
        on_tcp_connect: [{ expressions: ["inCidrRanges(conn.client_ip, ['192.0.2.0/24'])"], actions: [{ type: 'deny' }] }, { actions: [{ type: 'restrict-ips', config: { allow: ['203.0.113.0/24', '2001:db8::/32'] } }, fwd('tcp://db.clinic1.internal:5432')] }],
      }),
    ],
  },
  {
    name: 'TLS: terminate-tls with a minimum version and mutual TLS',
    files: [
      CLINIC,
      cloud('clinic1/pacs.json', 'tls://pacs.example.com', {
        on_tcp_connect: [
          { actions: [{ type: 'terminate-tls', config: { min_version: '1.3', mutual_tls_certificate_authorities: ['-----BEGIN CERTIFICATE-----\nQ0E=\n-----END CERTIFICATE-----\n'] } }] },
          { actions: [{ type: 'restrict-ips', config: { allow: ['203.0.113.0/24'] } }, fwd('tls://pacs.clinic1.internal:443')] },
        ],
      }),
    ],
  },
  {
    name: 'a condition .tpc cannot state: reported, and the exposure fails closed',
    files: [
      CLINIC,
      cloud('clinic1/api.json', 'https://api.example.com', {
        on_http_request: [
          { name: 'reads skip the checks', expressions: ["req.method == 'GET'"], actions: [fwd('https://api.clinic1.internal')] },
          { actions: [{ type: 'restrict-ips', config: { allow: ['203.0.113.0/24'] } }, fwd('https://api.clinic1.internal')] },
        ],
      }),
    ],
  },
  {
    name: 'conditions on rules before the access rules become action first when; on response rules, action response when',
    files: [
      CLINIC,
      cloud('clinic1/api.json', 'https://api.example.com', {
        on_http_request: [
          { expressions: ["req.url.path == '/api' || req.url.path.startsWith('/api/')", "req.url.path.startsWith('/api/reports')"], actions: [{ type: 'custom-response', config: { status_code: 503, body: 'Down for maintenance' } }] },
          { expressions: ["req.url.path == '/api' || req.url.path.startsWith('/api/')"], actions: [{ type: 'restrict-ips', config: { allow: ['203.0.113.0/24'] } }, fwd('https://api.clinic1.internal')] },
          { name: 'no deletes', expressions: ["req.method == 'DELETE'"], actions: [{ type: 'deny', config: { status_code: 405 } }] },
          { actions: [{ type: 'add-headers', config: { headers: { 'x-edge': '1' } } }] },
          { name: 'bots', expressions: ["req.headers['user-agent'].exists(v, v.contains('${bot}'))"], actions: [{ type: 'close-connection' }] },
          { actions: [{ type: 'restrict-ips', config: { allow: ['203.0.113.0/24'] } }, fwd('https://api.clinic1.internal')] },
        ],
        on_http_response: [{ expressions: ["req.url.path == '/api' || req.url.path.startsWith('/api/')", 'res.status_code >= 500'], actions: [{ type: 'add-headers', config: { headers: { 'x-incident': 'open' } } }] }],
      }),
    ],
  },
  {
    name: 'a condition after the access rules cannot keep its place: reported, and the exposure fails closed',
    files: [
      CLINIC,
      cloud('clinic1/api.json', 'https://api.example.com', {
        on_http_request: [
          { expressions: ["inCidrRanges(conn.client_ip, ['192.0.2.0/24'])"], actions: [{ type: 'deny', config: { status_code: 403 } }] },
          { name: 'no deletes', expressions: ["req.method == 'DELETE'"], actions: [{ type: 'deny', config: { status_code: 405 } }] },
          { actions: [fwd('https://api.clinic1.internal')] },
        ],
        on_http_response: [{ expressions: ['res.status_code >= 500'], actions: [{ type: 'add-headers', config: { headers: { a: '1' } } }, { type: 'remove-headers', config: { headers: ['server'] } }] }],
      }),
    ],
  },
  {
    name: 'conditions on connection rules before the access rules become action first when (TCP and TLS)',
    files: [
      CLINIC,
      cloud('clinic1/db.json', 'tcp://1.tcp.ngrok.io:12345', {
        on_tcp_connect: [
          { name: 'outside the country', expressions: ["conn.geo.country_code != 'US'"], actions: [{ type: 'deny' }] },
          { actions: [{ type: 'restrict-ips', config: { enforce: true, allow: ['203.0.113.0/24'] } }, fwd('tcp://db.clinic1.internal:5432')] },
        ],
      }),
      cloud('clinic1/pacs.json', 'tls://pacs.example.com', {
        on_tcp_connect: [
          { actions: [{ type: 'log', config: { metadata: { edge: 'pacs' } } }] },
          { expressions: ["conn.server_port != 443"], actions: [{ type: 'close-connection' }] },
          { actions: [{ type: 'terminate-tls', config: { min_version: '1.3' } }] },
          { actions: [{ type: 'restrict-ips', config: { allow: ['203.0.113.0/24'] } }, fwd('tls://pacs.clinic1.internal:443')] },
        ],
      }),
    ],
  },
  {
    name: 'a connection condition after a TLS termination or a client-IP rule, or not valid there, is reported, and the exposure fails closed',
    files: [
      CLINIC,
      cloud('clinic1/db.json', 'tcp://1.tcp.ngrok.io:12345', {
        on_tcp_connect: [
          { expressions: ["inCidrRanges(conn.client_ip, ['192.0.2.0/24'])"], actions: [{ type: 'deny' }] },
          { expressions: ["conn.geo.country_code != 'US'"], actions: [{ type: 'deny' }] },
          { actions: [{ type: 'restrict-ips', config: { allow: ['203.0.113.0/24'] } }, fwd('tcp://db.clinic1.internal:5432')] },
        ],
      }),
      cloud('clinic1/pacs.json', 'tls://pacs.example.com', {
        on_tcp_connect: [
          { actions: [{ type: 'terminate-tls', config: { min_version: '1.3' } }] },
          { expressions: ["conn.geo.country_code != 'US'"], actions: [{ type: 'deny' }] },
          { actions: [{ type: 'restrict-ips', config: { allow: ['203.0.113.0/24'] } }, fwd('tls://pacs.clinic1.internal:443')] },
        ],
      }),
      cloud('clinic1/db2.json', 'tcp://2.tcp.ngrok.io:23456', {
        on_tcp_connect: [
          { expressions: ["req.method == 'GET'"], actions: [{ type: 'deny' }] },
          { actions: [{ type: 'restrict-ips', config: { allow: ['203.0.113.0/24'] } }, fwd('tcp://db.clinic1.internal:5432')] },
        ],
      }),
    ],
  },
  {
    name: 'a literal OAuth client secret is never copied',
    files: [
      CLINIC,
      cloud('clinic1/api.json', 'https://dash.example.com', {
        on_http_request: [{ actions: [{ type: 'oauth', config: { provider: 'google', client_id: 'app-id-123', client_secret: 'hunter2-CLIENT-SECRET' } }, fwd('https://api.clinic1.internal')] }],
      }),
    ],
  },
  {
    name: 'actions kept verbatim at the point that keeps their order',
    files: [
      CLINIC,
      cloud('clinic1/api.json', 'https://api.example.com', {
        on_http_request: [
          { actions: [{ type: 'rate-limit', config: { name: 'ip', algorithm: 'sliding_window', capacity: 10, rate: '60s', bucket_key: ['conn.client_ip'] } }, { type: 'restrict-ips', config: { allow: ['203.0.113.0/24'] } }, { type: 'add-headers', config: { headers: { 'x-ip': '${conn.client_ip}' } } }, fwd('https://api.clinic1.internal')] },
        ],
        on_http_response: [{ actions: [{ type: 'remove-headers', config: { headers: ['server'] } }] }],
      }),
    ],
  },
  {
    name: 'a public agent endpoint becomes a service and an exposure; legacy inbound',
    files: [
      agent(
        'kiosk.yml',
        `endpoints:
  - name: kiosk
    url: kiosk.example.com
    upstream:
      url: 3000
    traffic_policy:
      inbound:
        - actions:
            - type: restrict-ips
              config:
                allow: [198.51.100.0/24]
`,
      ),
    ],
  },
  {
    name: 'internal URLs tpc renames; a forward to an endpoint no file serves',
    files: [
      agent(
        'edge/ngrok.yml',
        `endpoints:
  - name: api
    url: https://api.internal
    upstream:
      url: 8080
`,
      ),
      cloud('edge/api.json', 'https://api.example.com', { on_http_request: [{ expressions: ["req.url.path == '/v2' || req.url.path.startsWith('/v2/')"], actions: [fwd('https://v2.internal')] }, { actions: [fwd('https://api.internal')] }] }),
    ],
  },
  {
    name: 'a failover pair: the same internal URLs, pooled, in one folder',
    files: [
      agent('north/ngrok.yml', 'endpoints:\n  - name: api\n    url: https://api.north.internal\n    pooling_enabled: true\n    upstream:\n      url: 8080\n'),
      agent('north/ngrok-failover.yml', 'endpoints:\n  - name: api\n    url: https://api.north.internal\n    pooling_enabled: true\n    upstream:\n      url: 8080\n'),
    ],
  },
  {
    name: 'files that are not imported: a bare policy, another YAML file, broken YAML, plain http, v2 tunnels',
    files: [
      { path: 'policy.yml', text: 'on_http_request:\n  - actions:\n      - type: deny\n' },
      { path: 'compose.yml', text: 'services:\n  web:\n    image: nginx\n' },
      { path: 'broken.yml', text: 'endpoints: [\n' },
      agent('old.yml', 'tunnels:\n  web:\n    proto: http\n    addr: 80\n'),
      agent('web.yml', 'endpoints:\n  - name: web\n    url: http://web.example.com\n    upstream:\n      url: 80\n'),
    ],
  },
  {
    name: 'a Traffic Policy file given with the URL of its cloud endpoint',
    files: [
      CLINIC,
      {
        path: 'clinic1/db.policy.yml',
        url: 'tcp://1.tcp.ngrok.io:12345',
        text: 'on_tcp_connect:\n  - actions:\n      - type: restrict-ips\n        config:\n          allow: [203.0.113.0/24]\n      - type: forward-internal\n        config:\n          url: tcp://db.clinic1.internal:5432\n',
      },
    ],
  },
  {
    name: 'a path rule after a shorter path that catches its requests never ran',
    files: [
      CLINIC,
      cloud('clinic1/api.json', 'https://api.example.com', {
        on_http_request: [
          { expressions: ["req.url.path == '/api' || req.url.path.startsWith('/api/')"], actions: [fwd('https://api.clinic1.internal')] },
          { expressions: ["req.url.path == '/api/admin' || req.url.path.startsWith('/api/admin/')"], actions: [{ type: 'deny', config: { status_code: 403 } }] },
          { actions: [{ type: 'custom-response', config: { status_code: 404 } }] },
        ],
      }),
    ],
  },
];
