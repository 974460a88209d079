/**
 * Every action type's config against the traffic-policy schema: at least one valid and one
 * invalid config per type, asserting path, part, keyword and (for a sample) the exact message.
 */
import { describe, expect, it } from 'vitest';
import { validateSchema, type SchemaIssue } from '../../src/ngrok/schema.js';
import { schemaHints } from '../../src/ngrok/validators.generated.js';

/** A policy with one action at on_http_request[0].actions[0]. Phase legality is not the schema's job. */
function policyWith(action: unknown): unknown {
  return { on_http_request: [{ actions: [action] }] };
}

const A = ['on_http_request', 0, 'actions', 0] as const;

interface Expected {
  /** Path relative to the action. */
  path: (string | number)[];
  part?: 'value' | 'key';
  keyword: string;
  /** Exact message, when given. */
  message?: string;
}

interface Case {
  type: string;
  valid: unknown[];
  invalid: { config?: unknown; action?: unknown; issues: Expected[] }[];
}

const jwtConfig = {
  issuer: { allow_list: [{ value: 'https://issuer.example.com/' }] },
  audience: { allow_list: [{ value: 'api://clinic' }] },
  http: { tokens: [{ type: 'jwt', method: 'header', name: 'Authorization', prefix: 'Bearer ' }] },
  jws: {
    allowed_algorithms: ['RS256', 'ES256'],
    keys: { sources: { additional_jkus: ['https://issuer.example.com/.well-known/jwks.json'] } },
  },
};

const CASES: Case[] = [
  {
    type: 'add-headers',
    valid: [{ headers: { 'x-clinic': 'north', 'x-count': 1, 'x-ip': '${conn.client_ip}' } }],
    invalid: [
      {
        config: { headers: {} },
        issues: [
          {
            path: ['config', 'headers'],
            keyword: 'minProperties',
            message: 'on_http_request[0].actions[0] (add-headers): `config.headers`: must not be empty',
          },
        ],
      },
      {
        config: { headers: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`x-h${i}`, 'v'])) },
        issues: [
          {
            path: ['config', 'headers'],
            keyword: 'maxProperties',
            message: 'on_http_request[0].actions[0] (add-headers): `config.headers`: has 11 entries; at most 10 allowed',
          },
        ],
      },
      {
        action: { type: 'add-headers' },
        issues: [{ path: [], keyword: 'required', message: "on_http_request[0].actions[0] (add-headers): 'config' is required" }],
      },
    ],
  },
  {
    type: 'basic-auth',
    valid: [
      { credentials: ['nurse:correct-horse-battery'], realm: 'Clinic', enforce: false },
      { credentials: ["admin:${secrets.get('clinic', 'admin')}", "${secrets.get('clinic', 'pair')}"] },
    ],
    invalid: [
      {
        config: { credentials: ['nurse:short'] },
        issues: [
          {
            path: ['config', 'credentials', 0],
            keyword: 'pattern',
            // the password is never echoed
            message:
              "on_http_request[0].actions[0] (basic-auth): `config.credentials[0]`: (value hidden) must be 'username:password' with a password of 8 to 128 characters",
          },
        ],
      },
      {
        config: { credentials: Array.from({ length: 11 }, (_, i) => `user${i}:password-${i}`) },
        issues: [{ path: ['config', 'credentials'], keyword: 'maxItems' }],
      },
      {
        config: { credentials: [{ username: 'u', password: 'password123' }] },
        issues: [{ path: ['config', 'credentials', 0], keyword: 'type' }],
      },
    ],
  },
  {
    type: 'circuit-breaker',
    valid: [{ error_threshold: 0.5, volume_threshold: 20, window_duration: '30s', tripped_duration: '2m', enforce: true }, null, undefined],
    invalid: [
      {
        config: { error_threshold: 1.5 },
        issues: [
          {
            path: ['config', 'error_threshold'],
            keyword: 'maximum',
            message: 'on_http_request[0].actions[0] (circuit-breaker): `config.error_threshold`: `1.5` is too large; the maximum is 1',
          },
        ],
      },
      {
        config: { window_duration: '5m' },
        issues: [
          {
            path: ['config', 'window_duration'],
            keyword: 'format',
            message: 'on_http_request[0].actions[0] (circuit-breaker): `config.window_duration`: `5m` must be between 1s and 2m',
          },
        ],
      },
      {
        config: { tripped_duration: 120000000000 },
        issues: [
          {
            path: ['config', 'tripped_duration'],
            keyword: 'type',
            message:
              'on_http_request[0].actions[0] (circuit-breaker): `config.tripped_duration`: must be a duration string with a unit, such as "2m", got the number 120000000000',
          },
        ],
      },
      {
        config: { rolling_window: '10s' },
        issues: [
          {
            path: ['config', 'rolling_window'],
            part: 'key',
            keyword: 'additionalProperties',
            message: "on_http_request[0].actions[0] (circuit-breaker): unknown config key 'rolling_window'; did you mean 'window_duration'?",
          },
        ],
      },
    ],
  },
  {
    type: 'close-connection',
    valid: [undefined, null, {}],
    invalid: [
      {
        config: { status_code: 400 },
        issues: [
          {
            path: ['config', 'status_code'],
            part: 'key',
            keyword: 'additionalProperties',
            message: "on_http_request[0].actions[0] (close-connection): unknown config key 'status_code'; close-connection takes no config",
          },
        ],
      },
    ],
  },
  {
    type: 'compress-response',
    valid: [{ algorithms: ['gzip', 'br'] }, undefined],
    invalid: [
      {
        config: { algorithms: ['gzip', 'gzip'] },
        issues: [
          {
            path: ['config', 'algorithms'],
            keyword: 'uniqueItems',
            message: 'on_http_request[0].actions[0] (compress-response): `config.algorithms`: items [0] and [1] are the same; list each value once',
          },
        ],
      },
      {
        config: { algorithms: ['zstd'] },
        issues: [
          {
            path: ['config', 'algorithms', 0],
            keyword: 'enum',
            message: "on_http_request[0].actions[0] (compress-response): `config.algorithms[0]`: `zstd` is not one of 'gzip', 'deflate', 'br', 'compress'",
          },
        ],
      },
    ],
  },
  {
    type: 'custom-response',
    valid: [{ status_code: 503, body: 'Clinic closed', headers: { 'content-type': 'text/plain' } }, { content: 'legacy' }, undefined],
    invalid: [
      {
        config: { status_code: '200' },
        issues: [
          {
            path: ['config', 'status_code'],
            keyword: 'type',
            message: 'on_http_request[0].actions[0] (custom-response): `config.status_code`: must be an integer, got a string `200`',
          },
        ],
      },
      {
        config: { status_code: 99 },
        issues: [{ path: ['config', 'status_code'], keyword: 'minimum' }],
      },
    ],
  },
  {
    type: 'deny',
    valid: [undefined, null, { status_code: 404 }],
    invalid: [
      {
        config: { status_code: 403, body: 'no' },
        issues: [
          {
            path: ['config', 'body'],
            part: 'key',
            keyword: 'additionalProperties',
            message: 'on_http_request[0].actions[0] (deny): deny never sends a body; use custom-response to answer with one',
          },
        ],
      },
      { config: { status_code: 700 }, issues: [{ path: ['config', 'status_code'], keyword: 'maximum' }] },
    ],
  },
  {
    type: 'forward-internal',
    valid: [
      { url: 'https://api.internal' },
      { url: 'https://${req.host.split(".")[0]}.internal', on_error: 'continue' },
      { url: 'https://api.internal', binding: 'internal' },
    ],
    invalid: [
      {
        config: {},
        issues: [
          {
            path: ['config'],
            keyword: 'required',
            message: "on_http_request[0].actions[0] (forward-internal): `config`: missing required key 'url'",
          },
        ],
      },
      {
        config: { url: 'https://api.internal', binding: 'public' },
        issues: [
          {
            path: ['config', 'binding'],
            keyword: 'const',
            message: "on_http_request[0].actions[0] (forward-internal): `config.binding`: must be `internal`, not `public`",
          },
        ],
      },
      {
        config: { url: 'https://api.internal', on_error: 'ignore' },
        issues: [
          {
            path: ['config', 'on_error'],
            keyword: 'enum',
            message: "on_http_request[0].actions[0] (forward-internal): `config.on_error`: `ignore` is not one of 'halt', 'continue'",
          },
        ],
      },
      {
        action: { type: 'forward-internal', url: 'https://api.internal', config: null },
        issues: [
          {
            path: ['url'],
            part: 'key',
            keyword: 'additionalProperties',
            message: "on_http_request[0].actions[0] (forward-internal): 'url' belongs under 'config:' (check its indentation)",
          },
        ],
      },
    ],
  },
  {
    type: 'http-request',
    valid: [
      {
        url: 'https://audit.internal/log',
        method: 'POST',
        query_params: [{ key: 'site', value: '${endpoint.url}' }],
        headers: { 'content-type': 'application/json' },
        body: '{"path": "${req.url.path}"}',
        max_redirects: 3,
        timeout: '5s',
        retry_condition: 'last_attempt.res.status_code >= 500',
        on_error: 'halt',
      },
    ],
    invalid: [
      {
        config: { url: 'https://a.internal', method: 'HEAD' },
        issues: [
          {
            path: ['config', 'method'],
            keyword: 'enum',
            message:
              "on_http_request[0].actions[0] (http-request): `config.method`: `HEAD` is not one of 'GET', 'PUT', 'POST', 'PATCH', 'DELETE', 'OPTIONS'",
          },
        ],
      },
      {
        config: { url: 'https://a.internal', timeout: '31s' },
        issues: [
          {
            path: ['config', 'timeout'],
            keyword: 'format',
            message: 'on_http_request[0].actions[0] (http-request): `config.timeout`: `31s` must be between 1s and 30s',
          },
        ],
      },
      {
        config: { url: 'https://a.internal', query_params: [{ value: 'x' }] },
        issues: [
          {
            path: ['config', 'query_params', 0],
            keyword: 'required',
            message: "on_http_request[0].actions[0] (http-request): `config.query_params[0]`: missing required key 'key'",
          },
        ],
      },
      { config: { url: 'https://a.internal', timeout: '3 seconds' }, issues: [{ path: ['config', 'timeout'], keyword: 'pattern' }] },
    ],
  },
  {
    type: 'jwt-validation',
    valid: [
      jwtConfig,
      {
        ...jwtConfig,
        jws: { allowed_algorithms: ['RS256'], keys: [{ sources: [{ additional_jkus: ['https://i.example.com/jwks'] }] }] },
      },
    ],
    invalid: [
      {
        config: { ...jwtConfig, jws: { ...jwtConfig.jws, allowed_algorithms: ['none'] } },
        issues: [
          {
            path: ['config', 'jws', 'allowed_algorithms', 0],
            keyword: 'not',
            message: 'on_http_request[0].actions[0] (jwt-validation): `config.jws.allowed_algorithms[0]`: `none` is not allowed here',
          },
        ],
      },
      {
        config: { ...jwtConfig, http: { tokens: [{ type: 'bearer', method: 'header', name: 'Authorization' }] } },
        issues: [{ path: ['config', 'http', 'tokens', 0, 'type'], keyword: 'enum' }],
      },
      {
        config: { issuer: jwtConfig.issuer, http: jwtConfig.http },
        issues: [{ path: ['config'], keyword: 'required' }],
      },
      {
        config: { ...jwtConfig, jws: { ...jwtConfig.jws, keys: 'https://i.example.com/jwks' } },
        issues: [{ path: ['config', 'jws', 'keys'], keyword: 'type' }],
      },
    ],
  },
  {
    type: 'log',
    valid: [{ metadata: { site: 'north', blocked: true, ip: '${conn.client_ip}' } }],
    invalid: [
      {
        config: { metadata: 'blocked' },
        issues: [
          {
            path: ['config', 'metadata'],
            keyword: 'type',
            message: 'on_http_request[0].actions[0] (log): `config.metadata`: must be a mapping, got a string `blocked`',
          },
        ],
      },
    ],
  },
  {
    type: 'oauth',
    valid: [
      { provider: 'google' },
      {
        provider: 'github',
        client_id: 'abc',
        client_secret: "${secrets.get('oauth', 'github')}",
        scopes: ['read:user'],
        auth_id: 'staff',
        authz_url_params: { prompt: 'consent' },
        max_session_duration: '24h',
        idle_session_timeout: '1h',
        userinfo_refresh_interval: '10m',
        allow_cors_preflight: true,
        auth_cookie_domain: 'clinic.example',
      },
    ],
    invalid: [
      {
        config: { provider: 'okta' },
        issues: [
          {
            path: ['config', 'provider'],
            keyword: 'enum',
            message:
              "on_http_request[0].actions[0] (oauth): `config.provider`: `okta` is not one of 'amazon', 'facebook', 'github', 'gitlab', 'google', 'linkedin', 'microsoft', 'twitch'",
          },
        ],
      },
      {
        config: { provider: 'google', idle_session_duration: '1h' },
        issues: [
          {
            path: ['config', 'idle_session_duration'],
            part: 'key',
            keyword: 'additionalProperties',
            message: "on_http_request[0].actions[0] (oauth): unknown config key 'idle_session_duration'; did you mean 'idle_session_timeout'?",
          },
        ],
      },
    ],
  },
  {
    type: 'openid-connect',
    valid: [{ issuer_url: 'https://login.clinic.example', client_id: 'a', client_secret: 'b', scopes: ['openid', 'email'], idle_session_duration: '30m' }],
    invalid: [
      {
        config: { client_id: 'a', client_secret: 'b' },
        issues: [
          {
            path: ['config'],
            keyword: 'required',
            message: "on_http_request[0].actions[0] (openid-connect): `config`: missing required key 'issuer_url'",
          },
        ],
      },
    ],
  },
  {
    type: 'oidc',
    valid: [{ issuer_url: 'https://login.clinic.example', client_id: 'a', client_secret: 'b' }],
    invalid: [
      {
        config: { issuer_url: 'https://login.clinic.example', scope: ['openid'] },
        issues: [
          {
            path: ['config', 'scope'],
            part: 'key',
            keyword: 'additionalProperties',
            message: "on_http_request[0].actions[0] (oidc): unknown config key 'scope'; did you mean 'scopes'?",
          },
        ],
      },
    ],
  },
  {
    type: 'owasp-crs-request',
    valid: [{ on_error: 'continue', process_body: true, exclude_rule_ids: [920350] }, undefined],
    invalid: [
      {
        config: { exclude_rule_ids: [1234] },
        issues: [
          {
            path: ['config', 'exclude_rule_ids', 0],
            keyword: 'minimum',
            message: 'on_http_request[0].actions[0] (owasp-crs-request): `config.exclude_rule_ids[0]`: `1234` is too small; the minimum is 900000',
          },
        ],
      },
    ],
  },
  {
    type: 'owasp-crs-response',
    valid: [undefined, { on_error: 'halt' }],
    invalid: [{ config: { on_error: 'stop' }, issues: [{ path: ['config', 'on_error'], keyword: 'enum' }] }],
  },
  {
    type: 'rate-limit',
    valid: [
      { name: 'per-ip', algorithm: 'sliding_window', capacity: 100, rate: '60s', bucket_key: ['conn.client_ip'] },
      { name: 'per-key', algorithm: 'sliding_window', capacity: 5, rate: '1h30m', bucket_key: ["getReqHeader('x-api-key')"], enforce: false },
    ],
    invalid: [
      {
        config: { name: 'x', algorithm: 'sliding_window', capacity: 1, rate: '65s', bucket_key: ['conn.client_ip'] },
        issues: [
          {
            path: ['config', 'rate'],
            keyword: 'format',
            message: 'on_http_request[0].actions[0] (rate-limit): `config.rate`: `65s` must be a multiple of 10s between 60s and 24h',
          },
        ],
      },
      {
        config: { name: 'x', algorithm: 'fixed_window', capacity: 0, rate: '60s', bucket_key: [] },
        issues: [
          {
            path: ['config', 'algorithm'],
            keyword: 'enum',
            message: "on_http_request[0].actions[0] (rate-limit): `config.algorithm`: must be 'sliding_window', not `fixed_window`",
          },
          { path: ['config', 'capacity'], keyword: 'minimum' },
          { path: ['config', 'bucket_key'], keyword: 'minItems' },
        ],
      },
      {
        config: { name: 'x', algorithm: 'sliding_window', capacity: 1, rate: '60s' },
        issues: [{ path: ['config'], keyword: 'required' }],
      },
    ],
  },
  {
    type: 'redirect',
    valid: [{ to: 'https://clinic.example${req.url.path}', status_code: 301 }, { from: '^https?://[^/]+/old(.*)', to: '/new$1', headers: { 'x-moved': '1' } }],
    invalid: [
      {
        config: { location: 'https://clinic.example' },
        // the unknown key explains the missing `to`: one issue, not two
        issues: [
          {
            path: ['config', 'location'],
            part: 'key',
            keyword: 'additionalProperties',
            message: "on_http_request[0].actions[0] (redirect): unknown config key 'location'; did you mean 'to'?",
          },
        ],
      },
      { config: { to: '/x', status_code: 200 }, issues: [{ path: ['config', 'status_code'], keyword: 'enum' }] },
    ],
  },
  {
    type: 'remove-headers',
    valid: [{ headers: ['x-powered-by', 'server'] }],
    invalid: [
      {
        config: { headers: [] },
        issues: [
          {
            path: ['config', 'headers'],
            keyword: 'minItems',
            message: 'on_http_request[0].actions[0] (remove-headers): `config.headers`: must have at least 1 item',
          },
        ],
      },
      {
        config: { headers: ['x powered by'] },
        issues: [
          {
            path: ['config', 'headers', 0],
            keyword: 'pattern',
            message: 'on_http_request[0].actions[0] (remove-headers): `config.headers[0]`: `x powered by` is not a valid HTTP header name',
          },
        ],
      },
    ],
  },
  {
    type: 'request-body-find-replace',
    valid: [{ replacements: [{ from: '"ssn":\\s*"[^"]*"', to: '"ssn": "[REDACTED]"' }, { from: '<!--.*?-->' }] }],
    invalid: [
      {
        config: { replacements: [{ to: 'x' }] },
        issues: [
          {
            path: ['config', 'replacements', 0],
            keyword: 'required',
            message: "on_http_request[0].actions[0] (request-body-find-replace): `config.replacements[0]`: missing required key 'from'",
          },
        ],
      },
    ],
  },
  {
    type: 'response-body-find-replace',
    valid: [{ replacements: [{ from: '\\b\\d{3}-\\d{2}-\\d{4}\\b', to: '[SSN]' }] }],
    invalid: [{ config: { replacements: [] }, issues: [{ path: ['config', 'replacements'], keyword: 'minItems' }] }],
  },
  {
    type: 'restrict-ips',
    valid: [
      { allow: ['203.0.113.0/24', '2001:db8::/32', '198.51.100.7'], deny: ['203.0.113.9/32'], enforce: true },
      { ip_policies: ['ipp_1yjqdrIBwgciY2I9zH2EelgBbJF'] },
      // interpolation and placeholders are left to the cidr/placeholder lint rules
      { allow: ['${vars.office_cidr}', 'YOUR_IP/32', '<office range>'] },
      undefined,
    ],
    invalid: [
      {
        config: { allow: ['203.0.113.0/24', '203.0.113.0/33'] },
        issues: [
          {
            path: ['config', 'allow', 1],
            keyword: 'format',
            message:
              'on_http_request[0].actions[0] (restrict-ips): `config.allow[1]`: `203.0.113.0/33` is not a CIDR range (the prefix length is at most 32)',
          },
        ],
      },
      {
        config: { allow_cidrs: ['203.0.113.0/24'] },
        issues: [
          {
            path: ['config', 'allow_cidrs'],
            part: 'key',
            keyword: 'additionalProperties',
            message: "on_http_request[0].actions[0] (restrict-ips): unknown config key 'allow_cidrs'; did you mean 'allow'?",
          },
        ],
      },
      {
        config: { deny: ['10.0.0.256'], ip_policies: ['pol_123'] },
        issues: [
          {
            path: ['config', 'deny', 0],
            keyword: 'format',
            message: 'on_http_request[0].actions[0] (restrict-ips): `config.deny[0]`: `10.0.0.256` is not an IP address or CIDR range',
          },
          {
            path: ['config', 'ip_policies', 0],
            keyword: 'pattern',
            message: 'on_http_request[0].actions[0] (restrict-ips): `config.ip_policies[0]`: `pol_123` is not an IP Policy ID (ipp_…)',
          },
        ],
      },
    ],
  },
  {
    type: 'set-vars',
    valid: [{ vars: [{ tier: 'gold' }, { limits: { rpm: 60 } }, { caller: '${conn.client_ip}' }, { flag: null }] }],
    invalid: [
      {
        config: { vars: { tier: 'gold' } },
        issues: [
          {
            path: ['config', 'vars'],
            keyword: 'type',
            message: 'on_http_request[0].actions[0] (set-vars): `config.vars`: must be a list of one-key mappings (- name: value), got a mapping',
          },
        ],
      },
      {
        config: { vars: [{ a: 1, b: 2 }] },
        issues: [
          {
            path: ['config', 'vars', 0],
            keyword: 'maxProperties',
            message:
              'on_http_request[0].actions[0] (set-vars): `config.vars[0]`: each \'vars\' item must set exactly one variable; write one list item per variable (- a: 1, - b: 2)',
          },
        ],
      },
    ],
  },
  {
    type: 'sse-find-replace',
    valid: [{ replacements: [{ field: 'data', from: '\\d{3}-\\d{2}-\\d{4}', to: '[SSN]' }, { field: '${vars.field}', from: 'x' }, { from: 'y' }] }],
    invalid: [
      {
        config: { replacements: [{ field: 'event', from: 'x' }] },
        issues: [
          {
            path: ['config', 'replacements', 0, 'field'],
            keyword: 'enum',
            message: "on_http_request[0].actions[0] (sse-find-replace): `config.replacements[0].field`: `event` is not one of 'data', 'retry'",
          },
        ],
      },
    ],
  },
  {
    type: 'terminate-tls',
    valid: [
      { min_version: '1.3', max_version: '1.3' },
      // legacy versions validate; the tls-min-version rule warns
      { min_version: '1.1' },
      {
        server_certificate: '-----BEGIN CERTIFICATE-----',
        server_private_key: "${secrets.get('tls', 'key')}",
        mutual_tls_certificate_authorities: ['ca_123'],
        mutual_tls_verification_strategy: 'require-and-verify',
      },
      undefined,
    ],
    invalid: [
      {
        config: { min_version: 1.3 },
        issues: [
          {
            path: ['config', 'min_version'],
            keyword: 'type',
            message: 'on_http_request[0].actions[0] (terminate-tls): `config.min_version`: must be a string, got a number `1.3`; quote it: "1.3"',
          },
        ],
      },
      {
        config: { min_version: 1.0 },
        issues: [
          {
            path: ['config', 'min_version'],
            keyword: 'type',
            message: 'on_http_request[0].actions[0] (terminate-tls): `config.min_version`: must be a string, got an integer `1`; quote it: "1.0"',
          },
        ],
      },
      {
        config: { server_certificate: '-----BEGIN CERTIFICATE-----' },
        issues: [
          {
            path: ['config'],
            keyword: 'dependentRequired',
            message: "on_http_request[0].actions[0] (terminate-tls): `config`: 'server_certificate' needs 'server_private_key' too",
          },
        ],
      },
      {
        config: '-----BEGIN CERTIFICATE-----',
        issues: [
          {
            path: ['config'],
            keyword: 'type',
            message: "on_http_request[0].actions[0] (terminate-tls): 'config' must be a mapping of fields (key: value), got a string",
          },
        ],
      },
      { config: { mutual_tls: { ca: 'x' } }, issues: [{ path: ['config', 'mutual_tls'], part: 'key', keyword: 'additionalProperties' }] },
    ],
  },
  {
    type: 'url-rewrite',
    valid: [{ from: '/api/v1/(.*)', to: '/v1/$1' }, { to: '${req.url.path}' }],
    invalid: [
      {
        config: { from: '/old' },
        issues: [
          {
            path: ['config'],
            keyword: 'required',
            message: "on_http_request[0].actions[0] (url-rewrite): `config`: missing required key 'to'",
          },
        ],
      },
    ],
  },
  {
    type: 'verify-webhook',
    valid: [{ provider: 'github', secret: "${secrets.get('hooks', 'github')}", enforce: false }, { provider: 'sns' }, { provider: 'signalsciences', secret: 's' }],
    invalid: [
      {
        config: { provider: 'githb', secret: 's' },
        issues: [
          {
            path: ['config', 'provider'],
            keyword: 'enum',
            message: "on_http_request[0].actions[0] (verify-webhook): `config.provider`: `githb` is not one of the 72 supported values; did you mean 'github'?",
          },
        ],
      },
      {
        config: { provider: 'stripe' },
        issues: [
          {
            path: ['config'],
            keyword: 'required',
            message: "on_http_request[0].actions[0] (verify-webhook): `config`: missing required key 'secret'",
          },
        ],
      },
    ],
  },
  {
    type: 'saml',
    // preview action: unknown keys are accepted
    valid: [{ idp_metadata: '<EntityDescriptor/>', force_authn: true, some_future_key: 1 }, undefined],
    invalid: [{ config: { force_authn: 'yes' }, issues: [{ path: ['config', 'force_authn'], keyword: 'type' }] }],
  },
  {
    type: 'ai-gateway',
    // legacy action: accepted leniently
    valid: [{ providers: [{ id: 'openai', api_keys: [{ value: 'k' }] }], max_input_tokens: 1000, total_timeout: '2m', other: true }],
    invalid: [{ config: { max_input_tokens: 600000 }, issues: [{ path: ['config', 'max_input_tokens'], keyword: 'maximum' }] }],
  },
];

function check(issues: SchemaIssue[], expected: Expected[]): void {
  expect(issues.map((i) => ({ path: i.path, part: i.part, keyword: i.keyword }))).toEqual(
    expected.map((e) => ({ path: [...A, ...e.path], part: e.part ?? 'value', keyword: e.keyword })),
  );
  expected.forEach((e, i) => {
    if (e.message !== undefined) expect(issues[i]!.message).toBe(e.message);
  });
}

describe('every action type has a case', () => {
  it('covers all types the schema accepts', () => {
    expect(CASES.map((c) => c.type).sort()).toEqual([...schemaHints.actionTypes].sort());
  });
});

describe.each(CASES)('$type', ({ type, valid, invalid }) => {
  it.each(valid.map((config, i) => ({ i, config })))('valid config #$i', ({ config }) => {
    const action = config === undefined ? { type } : { type, config };
    expect(validateSchema('traffic-policy', policyWith(action))).toEqual([]);
  });

  it.each(invalid.map((c, i) => ({ i, ...c })))('invalid config #$i', ({ config, action, issues }) => {
    check(validateSchema('traffic-policy', policyWith(action ?? { type, config })), issues);
  });
});

describe('action type dispatch', () => {
  it.each([
    ['webhook-validation', 'verify-webhook'],
    ['add-header', 'add-headers'],
    ['restrict_ips', 'restrict-ips'],
    ['Deny', 'deny'],
    ['ip-restriction', 'restrict-ips'],
  ])('unknown type %s suggests %s, and only that is reported', (bad, good) => {
    const issues = validateSchema('traffic-policy', policyWith({ type: bad, config: { anything: 1 } }));
    expect(issues).toEqual([
      {
        path: [...A, 'type'],
        part: 'value',
        keyword: 'enum',
        message: `on_http_request[0].actions[0]: unknown action type \`${bad}\`; did you mean '${good}'?`,
      },
    ]);
  });

  it('an unknown type with nothing close says so', () => {
    const [issue] = validateSchema('traffic-policy', policyWith({ type: 'teleport' }));
    expect(issue!.message).toBe("on_http_request[0].actions[0]: unknown action type `teleport`; it is not one of ngrok's documented action types");
  });

  it('a misspelled `Type` key gives one issue at the key', () => {
    expect(validateSchema('traffic-policy', policyWith({ Type: 'deny' }))).toEqual([
      {
        path: [...A, 'Type'],
        part: 'key',
        keyword: 'additionalProperties',
        message: "on_http_request[0].actions[0]: unknown action key 'Type'; did you mean 'type'?",
      },
    ]);
  });

  it('an action without a type', () => {
    expect(validateSchema('traffic-policy', policyWith({ config: {} }))).toEqual([
      { path: [...A], part: 'value', keyword: 'required', message: "on_http_request[0].actions[0]: action has no 'type'" },
    ]);
  });

  it('name on an action', () => {
    expect(validateSchema('traffic-policy', policyWith({ type: 'deny', name: 'block' }))).toEqual([
      {
        path: [...A, 'name'],
        part: 'key',
        keyword: 'additionalProperties',
        message: "on_http_request[0].actions[0] (deny): actions have no 'name' (only 'type' and 'config'); name the rule instead",
      },
    ]);
  });

  it('any known type is accepted in any phase (phase legality is the action-phase rule)', () => {
    const policy = { on_tcp_connect: [{ actions: [{ type: 'jwt-validation', config: jwtConfig }] }] };
    expect(validateSchema('traffic-policy', policy)).toEqual([]);
  });
});
