/**
 * The catalog of everything an ngrok CEL expression may name: variables (with their CEL
 * types and the phases where they exist) and functions/macros (with signatures and phases).
 *
 * It is plain data so documentation can be generated from it; `analyze.ts` checks
 * expressions against it and `env.ts` derives the cel-js type declarations from it.
 *
 * Source: ../shared/reference/ngrok-traffic-policy.md §3.2 (variables) and §3.3 (functions).
 * Phase availability is *inferred* there (T = on_tcp_connect, Q = on_http_request,
 * S = on_http_response). `on_event_stream_message` (E) is **unverified** for everything, so
 * the analyzer never reports a phase problem in E (see `phaseLetter`).
 */

/** A Traffic Policy phase as written in a policy document (including the legacy names). */
export type PhaseName =
  | 'on_tcp_connect'
  | 'on_http_request'
  | 'on_http_response'
  | 'on_event_stream_message'
  | 'inbound'
  | 'outbound';

/** Short phase letters used by the reference: T Q S E. */
export type PhaseLetter = 'T' | 'Q' | 'S' | 'E';

/** The phase a policy key stands for; legacy `inbound`/`outbound` are the HTTP request/response phases. */
export function phaseLetter(phase: PhaseName): PhaseLetter {
  switch (phase) {
    case 'on_tcp_connect':
      return 'T';
    case 'on_http_request':
    case 'inbound':
      return 'Q';
    case 'on_http_response':
    case 'outbound':
      return 'S';
    case 'on_event_stream_message':
      return 'E';
  }
}

/** Phase names for messages ("exist in on_http_request and on_http_response"). */
export const PHASE_NAMES: Readonly<Record<PhaseLetter, string>> = Object.freeze({
  T: 'on_tcp_connect',
  Q: 'on_http_request',
  S: 'on_http_response',
  E: 'on_event_stream_message',
});

const TQS: readonly PhaseLetter[] = Object.freeze(['T', 'Q', 'S']);
const QS: readonly PhaseLetter[] = Object.freeze(['Q', 'S']);
const S_ONLY: readonly PhaseLetter[] = Object.freeze(['S']);

// ---------------------------------------------------------------------------------------------
// Variables
// ---------------------------------------------------------------------------------------------

/**
 * One node of the variable tree.
 *
 * - `type` is a cel-js type: `string`, `int`, `bool`, `double`, `bytes`, `dyn`,
 *   `list<string>`, `map<string, list<string>>`, `google.protobuf.Timestamp`, … or `object`
 *   for a node that only groups `fields`.
 * - A node with `type: 'string'` *and* `fields` is one of ngrok's string-like values with
 *   attached sub-fields (`req.url` is a string, `req.url.path` a field of it).
 * - `open` nodes (maps, dyn) accept any deeper field name: CEL allows `m.key` on maps.
 */
export interface VariableNode {
  readonly type: string;
  readonly description: string;
  readonly fields?: Readonly<Record<string, VariableNode>>;
  /** Phases where it exists; inherited from the parent when absent. */
  readonly phases?: readonly PhaseLetter[];
  /** Any deeper path is accepted (maps, dynamic values). */
  readonly open?: boolean;
  /** Seen in ngrok material but not confirmed by its variable tables: never an error. */
  readonly unverified?: boolean;
}

function leaf(type: string, description: string, extra?: Partial<VariableNode>): VariableNode {
  return { type, description, ...extra };
}
function str(description: string, extra?: Partial<VariableNode>): VariableNode {
  return leaf('string', description, extra);
}
function bool(description: string): VariableNode {
  return leaf('bool', description);
}
function int(description: string, extra?: Partial<VariableNode>): VariableNode {
  return leaf('int', description, extra);
}
function ts(description: string, extra?: Partial<VariableNode>): VariableNode {
  return leaf('google.protobuf.Timestamp', description, extra);
}
function strList(description: string): VariableNode {
  return leaf('list<string>', description);
}
function map(type: string, description: string, extra?: Partial<VariableNode>): VariableNode {
  return { type, description, open: true, ...extra };
}
function obj(description: string, fields: Record<string, VariableNode>, extra?: Partial<VariableNode>): VariableNode {
  return { type: 'object', description, fields, ...extra };
}
/** A string value with attached sub-fields (`conn.client_ip`, `req.url`, …). */
function strWithFields(description: string, fields: Record<string, VariableNode>, extra?: Partial<VariableNode>): VariableNode {
  return { type: 'string', description, fields, ...extra };
}

function errorFields(what: string): VariableNode {
  return obj(`Error of the last ${what} action, when it failed.`, {
    code: str('Error code (ERR_NGROK_…).'),
    message: str('Error message.'),
  });
}

function ipIntel(which: string): VariableNode {
  const geoLocation = (what: string, withCoords: boolean): VariableNode => {
    const f: Record<string, VariableNode> = {
      city: str(`City ${what}.`),
      continent: str(`Continent ${what}.`),
      country: str(`Country name ${what}.`),
      country_code: str(`ISO 3166 alpha-2 country code ${what}.`),
      is_eu: bool(`True when the country ${what} is in the European Union.`),
      metro_code: str(`Metro code ${what}.`),
      subdivision: str(`Subdivision (state, province) ${what}.`),
      timezone: str(`Time zone ${what}.`),
    };
    if (withCoords) {
      f['latitude'] = str(`Latitude ${what}.`);
      f['longitude'] = str(`Longitude ${what}.`);
      f['postal_code'] = str(`Postal code ${what}.`);
      f['radius'] = str(`Accuracy radius in km ${what}.`);
    }
    return obj(`Geolocation ${what}.`, f);
  };
  return strWithFields(`The ${which} IP address; also carries IP-intelligence fields.`, {
    categories: strList('IP-intelligence categories the address belongs to (e.g. `proxy.anonymous.tor`).'),
    is_on_blocklist: bool('True when the address is on a blocklist ngrok tracks.'),
    is_tor_node: bool('True when the address is a Tor node.'),
    as: obj('Autonomous system of the address.', {
      number: int('AS number.'),
      organization: str('AS organization name.'),
    }),
    geo: obj('Geolocation of the address.', {
      location: geoLocation('where the address is used', true),
      registered_location: geoLocation('where the address is registered', false),
    }),
  });
}

function distinguishedName(what: string): VariableNode {
  return strWithFields(`${what} distinguished name (RFC 2253 form).`, {
    common_name: str('Common name (CN).'),
    country: strList('Countries (C).'),
    locality: strList('Localities (L).'),
    organization: strList('Organizations (O).'),
    organizational_unit: strList('Organizational units (OU).'),
    postal_code: strList('Postal codes.'),
    province: strList('Provinces (ST).'),
    street_address: strList('Street addresses.'),
  });
}

function certificate(which: 'client' | 'server'): VariableNode {
  const f: Record<string, VariableNode> = {
    extensions: leaf('list<dyn>', 'Certificate extensions (each with `id`, `critical`, `value`).'),
    issuer: distinguishedName('Issuer'),
    subject: distinguishedName('Subject'),
    san: strWithFields('Subject alternative names.', {
      dns_names: strList('DNS names.'),
      email_addresses: strList('Email addresses.'),
      ip_addresses: strList('IP addresses.'),
      uris: strList('URIs.'),
    }),
    serial_number: str('Serial number.'),
    signature_algorithm: str('Signature algorithm.'),
    validity: obj('Validity period.', {
      not_before: ts('Start of validity.'),
      not_after: ts('End of validity.'),
    }),
  };
  if (which === 'client') f['pem'] = str('The client certificate in PEM form.');
  return obj(`The ${which} certificate (needs TLS termination${which === 'client' ? ' and a client certificate' : ''}).`, f);
}

function identity(sessionField: string): VariableNode {
  return obj('Identity of the signed-in user.', {
    id: str('ngrok identity id.'),
    email: str('Email address of the user.'),
    name: str('Display name of the user.'),
    provider_user_id: str('User id at the identity provider.'),
    [sessionField]: str('Current session id.'),
  });
}

function replacements(what: string): VariableNode {
  return obj(`Results of the last ${what} action.`, {
    replacements: leaf('list<dyn>', 'Replacements made (`replacement_index`, `matched_content`).'),
  });
}

function owasp(what: string): VariableNode {
  return obj(`Results of the last ${what} action.`, {
    decision: str('Decision taken.'),
    anomaly_score: int('Anomaly score.'),
    anomaly_score_threshold: int('Threshold the score was compared with.'),
    matched_rules: leaf('list<dyn>', 'Matched CRS rules (`id`, `message`, `severity`, `data`).'),
    error: errorFields(what),
  });
}

const headerMap = 'map<string, list<string>>';

/** The root variables and everything below them (reference §3.2). */
export const VARIABLE_TREE: Readonly<Record<string, VariableNode>> = Object.freeze({
  conn: obj(
    'The client connection.',
    {
      client_ip: ipIntel('client (layer 4 source)'),
      client_port: int('Client source port.'),
      server_ip: ipIntel('ngrok-side'),
      server_port: int('ngrok-side port.'),
      server_region: str('ngrok point of presence (`us`, `eu`, `ap`, …).'),
      bytes_in: int('Bytes received from the client so far.', { phases: QS }),
      bytes_out: int('Bytes sent to the client so far.', { phases: QS }),
      ts: obj('Connection timestamps.', {
        start: ts('When the connection started.'),
        end: ts('When the connection ended (appears in a single doc example only).', { unverified: true }),
      }),
      geo: obj('Simple geolocation of the client IP (older than IP intelligence, still documented).', {
        city: str('City.'),
        country: str('Country name.'),
        country_code: str('ISO 3166 alpha-2 country code.'),
        latitude: str('Latitude.'),
        longitude: str('Longitude.'),
        radius: str('Accuracy radius in km.'),
        subdivision: str('Subdivision (state, province).'),
      }),
      k8s: obj('Kubernetes pod identity (endpoints with the kubernetes binding only).', {
        pod: obj('The calling pod.', {
          id: str('Pod UID.'),
          metadata: obj('Pod metadata.', {
            name: str('Pod name.'),
            namespace: str('Pod namespace.'),
            annotations: map('map<string, string>', 'Pod annotations with the `k8s.ngrok.com/` prefix.'),
            error_code: str('Set when the identity could not be resolved (ERR_NGROK_28000/28001).'),
            error_message: str('Explanation of `error_code`.'),
          }),
        }),
      }),
      tls: obj('TLS details of the connection (HTTPS and TLS endpoints).', {
        cipher_suite: str('Negotiated cipher suite.'),
        ja4_fingerprint: str('JA4 fingerprint of the client hello.'),
        negotiated_alpn: str('Negotiated ALPN protocol.'),
        session_resumed: bool('True when the session was resumed (currently always false).'),
        sni: str('Server name the client asked for.'),
        version: str('TLS version (`1.2`, `1.3`, …).'),
        client: certificate('client'),
        server: certificate('server'),
      }),
    },
    { phases: TQS },
  ),
  endpoint: obj(
    'The endpoint handling the traffic.',
    {
      id: str('Endpoint id (`ep_…`).'),
      url: str('Endpoint URL.'),
      addr: str('Host and port.'),
      host: str('Host name.'),
      port: int('Port.'),
      protocol: str('`http`, `https`, `tcp` or `tls`.'),
    },
    { phases: TQS },
  ),
  req: obj(
    'The HTTP request.',
    {
      method: str('Request method.'),
      version: str('HTTP version.'),
      host: str('Host header value.'),
      headers: map(headerMap, 'Request headers; keys are lower-case.'),
      trailers: map(headerMap, 'Request trailers; keys are lower-case.'),
      cookies: map('map<string, list<dyn>>', 'Request cookies by name; each a list of `{name, value}`.'),
      content_encoding: strList('Content encodings.'),
      content_length: int('Body length (may be absent).'),
      content_type: strWithFields('Media type of the body.', {
        parameters: map('map<string, string>', 'Media type parameters.'),
        raw: str('Raw Content-Type header.'),
      }),
      location: str('Location header.'),
      ts: obj('Request timestamps.', {
        header_received: ts('When the headers were received.'),
        body_received: ts('When the body was received (may be absent).'),
      }),
      url: strWithFields('The normalised full request URL.', {
        scheme: str('URL scheme.'),
        authority: str('Authority (host and port).'),
        host: str('Host.'),
        port: int('Port (absent unless explicit).'),
        path: str('Path, with the leading `/`.'),
        raw_path: str('Raw (escaped) path.'),
        query: str('Query string, without `?`.'),
        query_params: map(headerMap, 'Query parameters by name.'),
        raw: str('Raw URL.'),
        uri: str('Path and query.'),
        user_password: str('User info part.'),
      }),
      user_agent: strWithFields('User-Agent header value.', {
        name: str('Browser or client name.'),
        version: str('Client version.'),
        os: str('Operating system.'),
        os_version: str('Operating system version.'),
        device: str('Device.'),
        url: str('Client URL.'),
        is_mobile: bool('Mobile device.'),
        is_tablet: bool('Tablet.'),
        is_desktop: bool('Desktop.'),
        is_bot: bool('Known bot.'),
      }),
    },
    { phases: QS },
  ),
  res: obj(
    'The HTTP response.',
    {
      status_code: int('Response status code.'),
      headers: map(headerMap, 'Response headers; keys are lower-case.'),
      trailers: map(headerMap, 'Response trailers; keys are lower-case.'),
      location: str('Location header.'),
      content_encoding: strList('Content encodings.'),
      content_length: int('Body length.'),
      content_type: strWithFields('Media type of the body.', {
        parameters: map('map<string, string>', 'Media type parameters.'),
        raw: str('Raw Content-Type header.'),
      }),
      cookies: map('map<string, list<dyn>>', 'Set-Cookie cookies by name.'),
    },
    { phases: S_ONLY },
  ),
  time: obj('Clock.', { now: str('Current time, RFC 3339 in UTC; wrap in `timestamp()` to compare.') }, { phases: TQS }),
  vars: map('map<string, dyn>', 'Variables written by `set-vars` earlier in the same phase.', { phases: TQS }),
  actions: obj(
    'Results of actions that already ran.',
    {
      ngrok: obj('Results of ngrok actions (most recent run of each).', {
        add_headers: obj('Results of add-headers.', { headers_added: map('map<string, dyn>', 'Headers added.') }),
        basic_auth: obj('Results of basic-auth.', {
          credentials: obj('Presented credentials.', {
            presented: bool('True when credentials were presented.'),
            username: str('Presented user name.'),
            authorized: bool('True when the credentials matched.'),
          }),
        }),
        compress: obj('Results of compress-response.', {
          already_compressed: bool('True when the response was already compressed.'),
          negotiated_algorithm: str('Compression algorithm used.'),
        }),
        forward_internal: obj('Results of forward-internal (after a failure with on_error: continue).', {
          url: str('Target URL.'),
          error: errorFields('forward-internal'),
        }),
        http_request: obj('Results of http-request.', {
          attempts: leaf('list<dyn>', 'Attempts made.'),
          req: obj('The request sent.', {
            method: str('Method.'),
            header: map('map<string, dyn>', 'Headers.'),
            url: str('URL.'),
            body: str('Body.'),
          }),
          res: obj('The response received.', {
            resolved_ip: str('Resolved IP.'),
            header: map('map<string, dyn>', 'Headers.'),
            status_code: int('Status code.'),
            time_ms: leaf('dyn', 'Response time in ms.'),
            body: str('Body.'),
          }),
          error: errorFields('http-request'),
        }),
        jwt_validation: obj('Results of jwt-validation.', {
          tokens: leaf('list<dyn>', 'Validated tokens (`header`, `payload`, `signature`, `verified`, …).'),
          error: errorFields('jwt-validation'),
        }),
        log: obj('Results of log.', { metadata: map('map<string, dyn>', 'Logged metadata.') }),
        oauth: obj('Results of oauth.', {
          identity: identity('current_provider_session_id'),
          access_token: str('Access token.'),
          refresh_token: str('Refresh token.'),
          expires_at: str('Expiry of the access token.'),
          session_timed_out: bool('True when the session timed out.'),
          session_max_duration_reached: bool('True when the session reached its maximum duration.'),
          userinfo_refreshed: bool('True when user info was refreshed.'),
          error: errorFields('oauth'),
        }),
        oidc: obj('Results of openid-connect.', {
          identity: identity('current_session_id'),
          identity_token: str('ID token.'),
          access_token: str('Access token.'),
          refresh_token: str('Refresh token.'),
          expires_at: str('Expiry of the tokens.'),
          session_timed_out: bool('True when the session timed out.'),
          session_max_duration_reached: bool('True when the session reached its maximum duration.'),
          userinfo_refreshed: bool('True when user info was refreshed.'),
          user_info_refreshed: leaf('bool', 'Alternative spelling found in one ngrok page (CONFLICT in the reference).', {
            unverified: true,
          }),
          error: errorFields('openid-connect'),
        }),
        owasp_crs_request: owasp('owasp-crs-request'),
        owasp_crs_response: owasp('owasp-crs-response'),
        rate_limit: obj('Results of rate-limit.', {
          bucket_key: str('Bucket key used.'),
          limited: bool('True when the request was rate limited.'),
          error: errorFields('rate-limit'),
        }),
        redirect: obj('Results of redirect.', {
          matches: strList('Regex matches.'),
          url: str('Redirect target.'),
          error: errorFields('redirect'),
        }),
        remove_headers: obj('Results of remove-headers.', { headers_removed: strList('Headers removed.') }),
        request_body_find_replace: replacements('request-body-find-replace'),
        response_body_find_replace: replacements('response-body-find-replace'),
        sse_find_replace: replacements('sse-find-replace'),
        restrict_ips: obj('Results of restrict-ips.', {
          action: str('`allow` or `deny`.'),
          matched_cidr: str('CIDR that matched.'),
          error: errorFields('restrict-ips'),
        }),
        terminate_tls: obj('Results of terminate-tls.', {
          cipher_suite: str('Cipher suite.'),
          sni: str('SNI.'),
          version: str('TLS version.'),
          warnings: leaf('list<dyn>', 'Warnings.'),
          client: certificate('client'),
          server: certificate('server'),
          error: errorFields('terminate-tls'),
        }),
        url_rewrite: obj('Results of url-rewrite.', {
          matches: strList('Regex matches.'),
          url: str('Rewritten URL.'),
          error: errorFields('url-rewrite'),
        }),
        verify_webhook: obj('Results of verify-webhook.', {
          verified: bool('True when the webhook signature verified.'),
          error: errorFields('verify-webhook'),
        }),
        ai_gateway: map('dyn', 'Results of the legacy ai-gateway action (fields not modelled).'),
      }),
    },
    { phases: TQS },
  ),
});

/**
 * Action type → the name of its result namespace under `actions.ngrok.` (reference §3.2.11).
 * Actions without result variables are absent.
 */
export const ACTION_RESULT_NAMESPACE: Readonly<Record<string, string>> = Object.freeze({
  'add-headers': 'add_headers',
  'basic-auth': 'basic_auth',
  'compress-response': 'compress',
  'forward-internal': 'forward_internal',
  'http-request': 'http_request',
  'jwt-validation': 'jwt_validation',
  log: 'log',
  oauth: 'oauth',
  'openid-connect': 'oidc',
  oidc: 'oidc',
  'owasp-crs-request': 'owasp_crs_request',
  'owasp-crs-response': 'owasp_crs_response',
  'rate-limit': 'rate_limit',
  redirect: 'redirect',
  'remove-headers': 'remove_headers',
  'request-body-find-replace': 'request_body_find_replace',
  'response-body-find-replace': 'response_body_find_replace',
  'sse-find-replace': 'sse_find_replace',
  'restrict-ips': 'restrict_ips',
  'terminate-tls': 'terminate_tls',
  'url-rewrite': 'url_rewrite',
  'verify-webhook': 'verify_webhook',
  'ai-gateway': 'ai_gateway',
});

/** One variable of the catalog, flattened (for docs and lookups). */
export interface VariableInfo {
  /** Dotted path (`req.url.path`); `open` says whether deeper paths are accepted. */
  readonly path: string;
  readonly type: string;
  readonly phases: readonly PhaseLetter[];
  readonly description: string;
  /** A string value that also has sub-fields. */
  readonly hasFields: boolean;
  /** Any deeper path is accepted. */
  readonly open: boolean;
  readonly unverified: boolean;
}

function flatten(): VariableInfo[] {
  const out: VariableInfo[] = [];
  const visit = (path: string, node: VariableNode, inherited: readonly PhaseLetter[]): void => {
    const phases = node.phases ?? inherited;
    out.push({
      path,
      type: node.type,
      phases,
      description: node.description,
      hasFields: node.type !== 'object' && node.fields !== undefined,
      open: node.open === true,
      unverified: node.unverified === true,
    });
    if (node.fields) for (const [k, child] of Object.entries(node.fields)) visit(`${path}.${k}`, child, phases);
  };
  for (const [k, node] of Object.entries(VARIABLE_TREE)) visit(k, node, node.phases ?? TQS);
  return out;
}

let flatCache: readonly VariableInfo[] | undefined;
/** Every variable path of the catalog (inner nodes included), in tree order. */
export function listVariables(): readonly VariableInfo[] {
  return (flatCache ??= Object.freeze(flatten()));
}

/** Result of resolving a dotted path against the catalog. */
export type VariableLookup =
  /** The full path names a catalog node (or lies under an open one). */
  | { kind: 'known'; node: VariableNode; phases: readonly PhaseLetter[]; path: readonly string[]; unverified: boolean; openTail: boolean }
  /** `path[index]` is not a field of the node before it. */
  | { kind: 'unknown'; index: number; node: VariableNode | undefined; phases: readonly PhaseLetter[] };

/** Resolves `['req','url','path']`; an unknown root gives `{kind:'unknown', index:0}`. */
export function lookupVariable(path: readonly string[]): VariableLookup {
  const root = path[0] === undefined ? undefined : own(VARIABLE_TREE, path[0]);
  if (!root) return { kind: 'unknown', index: 0, node: undefined, phases: TQS };
  let node = root;
  let phases = root.phases ?? TQS;
  let unverified = root.unverified === true;
  for (let i = 1; i < path.length; i++) {
    if (node.open) return { kind: 'known', node, phases, path, unverified, openTail: true };
    const child = node.fields ? own(node.fields, path[i]!) : undefined;
    if (!child) return { kind: 'unknown', index: i, node, phases };
    node = child;
    phases = child.phases ?? phases;
    unverified ||= child.unverified === true;
  }
  return { kind: 'known', node, phases, path, unverified, openTail: false };
}

function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Functions and macros
// ---------------------------------------------------------------------------------------------

/** How a function is called. */
export type FunctionKind =
  /** `name(args)` */
  | 'function'
  /** `receiver.name(args)` on a value */
  | 'method'
  /** `namespace.name(args)` (`secrets.get`, `base64.decode`) */
  | 'namespace'
  /** a macro: arguments are expressions, the first usually an iteration variable */
  | 'macro';

/** One ngrok or standard CEL function/macro. */
export interface FunctionInfo {
  /** As written: `inCidrRange`, `startsWith` (method), `secrets.get` (namespaced). */
  readonly name: string;
  readonly kind: FunctionKind;
  /**
   * Signatures in cel-js syntax (`string.lower(): string`, `inCidrRange(string, string): bool`).
   * Macro signatures are for documentation only (`list.all(var, predicate): bool`).
   */
  readonly overloads: readonly string[];
  readonly phases: readonly PhaseLetter[];
  readonly description: string;
  /** Part of standard CEL (as opposed to an ngrok extension). */
  readonly standard: boolean;
  /** Only in one ngrok example or otherwise unconfirmed: accepted, never an error. */
  readonly unverified: boolean;
  /** Macro only: the leading arguments that are iteration variable names. */
  readonly bindsVariables?: number;
}

interface FnInit {
  kind?: FunctionKind;
  phases?: readonly PhaseLetter[];
  standard?: boolean;
  unverified?: boolean;
  bindsVariables?: number;
}

function fn(name: string, overloads: string[], description: string, init: FnInit = {}): FunctionInfo {
  const info: FunctionInfo = {
    name,
    kind: init.kind ?? (name.includes('.') ? 'namespace' : 'function'),
    overloads: Object.freeze(overloads),
    phases: init.phases ?? TQS,
    description,
    standard: init.standard ?? false,
    unverified: init.unverified ?? false,
  };
  return init.bindsVariables === undefined ? info : { ...info, bindsVariables: init.bindsVariables };
}
function method(name: string, overloads: string[], description: string, init: FnInit = {}): FunctionInfo {
  return fn(name, overloads, description, { ...init, kind: 'method' });
}
function macro(name: string, overloads: string[], description: string, init: FnInit = {}): FunctionInfo {
  return fn(name, overloads, description, { ...init, kind: 'macro' });
}

const TS_TYPE = 'google.protobuf.Timestamp';
const DUR_TYPE = 'google.protobuf.Duration';

function hashOverloads(recv: string | undefined, alg: string): string[] {
  return recv
    ? [`${recv}.${alg}(): string`, `${recv}.${alg}(string): string`]
    : [`NgrokHash.${alg}(string): string`, `NgrokHash.${alg}(string, string): string`];
}

function timestampGetter(name: string, description: string, durationToo: boolean): FunctionInfo {
  const o = [`${TS_TYPE}.${name}(): int`, `${TS_TYPE}.${name}(string): int`];
  if (durationToo) o.push(`${DUR_TYPE}.${name}(): int`);
  return method(name, o, description, { standard: true });
}

const HASHES = ['md5', 'sha1', 'sha256', 'sha512', 'crc32', 'crc64', 'xxhash64'] as const;

/**
 * Every function and macro an ngrok expression may call (reference §3.3 plus the standard CEL
 * functions ngrok's docs use). Namespace receivers are registered in cel-js as constants of the
 * `Ngrok<Namespace>` types named in the overloads.
 */
export const FUNCTIONS: readonly FunctionInfo[] = Object.freeze([
  // --- standard CEL -----------------------------------------------------------------------
  macro('has', ['has(field): bool'], 'True when the field (or map key) is present.', { standard: true }),
  macro('all', ['list.all(var, predicate): bool', 'map.all(key, predicate): bool'], 'True when the predicate holds for every element (map: key).', { standard: true, bindsVariables: 1 }),
  macro('exists', ['list.exists(var, predicate): bool', 'map.exists(key, predicate): bool'], 'True when the predicate holds for some element.', { standard: true, bindsVariables: 1 }),
  macro('exists_one', ['list.exists_one(var, predicate): bool', 'map.exists_one(key, predicate): bool'], 'True when the predicate holds for exactly one element.', { standard: true, bindsVariables: 1 }),
  macro('map', ['list.map(var, transform): list', 'list.map(var, filter, transform): list'], 'Transforms each element (maps iterate keys).', { standard: true, bindsVariables: 1 }),
  macro('filter', ['list.filter(var, predicate): list'], 'Elements (maps: keys) for which the predicate holds.', { standard: true, bindsVariables: 1 }),
  fn('size', ['size(string): int', 'size(bytes): int', 'size(list): int', 'size(map): int'], 'Length (strings: code points).', { standard: true }),
  method('size', ['string.size(): int', 'bytes.size(): int', 'list.size(): int', 'map.size(): int'], 'Length (strings: code points).', { standard: true }),
  fn('int', ['int(int): int', 'int(double): int', 'int(string): int', 'int(uint): int', `int(${TS_TYPE}): int`], 'Converts to int.', { standard: true }),
  fn('uint', ['uint(uint): uint', 'uint(int): uint', 'uint(double): uint', 'uint(string): uint'], 'Converts to uint.', { standard: true }),
  fn('double', ['double(double): double', 'double(int): double', 'double(uint): double', 'double(string): double'], 'Converts to double.', { standard: true }),
  fn('string', ['string(string): string', 'string(int): string', 'string(uint): string', 'string(double): string', 'string(bool): string', 'string(bytes): string'], 'Converts to string.', { standard: true }),
  fn('bytes', ['bytes(string): bytes', 'bytes(bytes): bytes'], 'Converts to bytes.', { standard: true }),
  fn('bool', ['bool(bool): bool', 'bool(string): bool'], 'Converts to bool.', { standard: true }),
  fn('timestamp', [`timestamp(string): ${TS_TYPE}`, `timestamp(int): ${TS_TYPE}`], 'Parses an RFC 3339 timestamp (e.g. `timestamp(time.now)`).', { standard: true }),
  fn('duration', [`duration(string): ${DUR_TYPE}`], 'Parses a duration such as `90m`.', { standard: true }),
  fn('dyn', ['dyn(dyn): dyn'], 'Marks a value as dynamically typed.', { standard: true }),
  fn('type', ['type(dyn): type'], 'Type of a value.', { standard: true }),
  fn('matches', ['matches(string, string): bool'], 'True when the string contains a match of the RE2 pattern.', { standard: true }),
  method('matches', ['string.matches(string): bool'], 'True when the string contains a match of the RE2 pattern.', { standard: true }),
  method('startsWith', ['string.startsWith(string): bool'], 'Prefix test.', { standard: true }),
  method('endsWith', ['string.endsWith(string): bool'], 'Suffix test.', { standard: true }),
  method('contains', ['string.contains(string): bool'], 'Substring test.', { standard: true }),
  timestampGetter('getDate', 'Day of month, 1-based.', false),
  timestampGetter('getDayOfMonth', 'Day of month, 0-based.', false),
  timestampGetter('getDayOfWeek', 'Day of week, 0 = Sunday.', false),
  timestampGetter('getDayOfYear', 'Day of year, 0-based.', false),
  timestampGetter('getMonth', 'Month, 0 = January.', false),
  timestampGetter('getFullYear', 'Year.', false),
  timestampGetter('getHours', 'Hours (durations: whole duration in hours).', true),
  timestampGetter('getMinutes', 'Minutes (durations: whole duration in minutes).', true),
  timestampGetter('getSeconds', 'Seconds (durations: whole duration in seconds).', true),
  timestampGetter('getMilliseconds', 'Milliseconds part.', true),

  // --- ngrok: HTTP helpers ----------------------------------------------------------------
  fn('getReqHeader', ['getReqHeader(string): list<string>'], 'Values of a request header; empty list when absent.', { phases: QS }),
  fn('hasReqHeader', ['hasReqHeader(string): bool'], 'True when the request has the header.', { phases: QS }),
  fn('getReqCookie', ['getReqCookie(string): dyn'], 'First request cookie with that name.', { phases: QS }),
  fn('hasReqCookie', ['hasReqCookie(string): bool'], 'True when the request has the cookie.', { phases: QS }),
  fn('getQueryParam', ['getQueryParam(string): list<string>'], 'Values of a query parameter; empty list when absent.', { phases: QS }),
  fn('hasQueryParam', ['hasQueryParam(string): bool'], 'True when the query parameter is present.', { phases: QS }),
  fn('getResHeader', ['getResHeader(string): list<string>'], 'Values of a response header; empty list when absent.', { phases: S_ONLY }),
  fn('hasResHeader', ['hasResHeader(string): bool'], 'True when the response has the header.', { phases: S_ONLY }),
  fn('getResCookie', ['getResCookie(string): dyn'], 'First response cookie with that name.', { phases: S_ONLY }),
  fn('hasResCookie', ['hasResCookie(string): bool'], 'True when the response sets the cookie.', { phases: S_ONLY }),

  // --- ngrok: utility ---------------------------------------------------------------------
  fn('inCidrRange', ['inCidrRange(string, string): bool'], 'True when the IP is in the CIDR range; false for an invalid range.'),
  fn('inCidrRanges', ['inCidrRanges(string, list<string>): bool'], 'True when the IP is in any of the ranges; invalid ranges are ignored.'),
  fn('secrets.get', ['NgrokSecrets.get(string, string): string'], 'Reads a secret from an ngrok vault: `secrets.get(vault, name)`.'),

  // --- ngrok: namespaces ------------------------------------------------------------------
  fn('base64.decode', ['NgrokBase64.decode(string): bytes'], 'Decodes base64.'),
  fn('base64.encode', ['NgrokBase64.encode(bytes): string', 'NgrokBase64.encode(string): string'], 'Encodes base64.'),
  fn('basic_auth.encode', ['NgrokBasicAuth.encode(string, string): string'], 'Builds a `Basic …` Authorization header value.'),
  fn('bytes.size', ['type.size(bytes): int'], 'Length of bytes.'),
  ...HASHES.map((h) => fn(`hash.${h}`, hashOverloads(undefined, h), `${h} digest (format \`hex\` or \`base64\`).`)),
  fn('json.decode', ['NgrokJson.decode(string): dyn'], 'Parses JSON.'),
  fn('json.encode', ['NgrokJson.encode(dyn): string'], 'Serialises to JSON.'),
  fn('lists.range', ['NgrokLists.range(int): list<int>'], 'The list 0 … n-1.'),
  fn('queryString.decode', ['NgrokQueryString.decode(string): map<string, list<string>>'], 'Parses a query string.'),
  fn('queryString.encode', ['NgrokQueryString.encode(map): string'], 'Builds a query string.'),
  fn('rand.double', ['NgrokRand.double(): double'], 'Random double between 0 and 1.'),
  fn('rand.int', ['NgrokRand.int(): int', 'NgrokRand.int(int, int): int'], 'Random int (default 0 or 1).'),
  fn('strings.quote', ['NgrokStrings.quote(string): string'], 'Double-quoted, escaped string.'),
  fn('url.escape', ['NgrokUrl.escape(string): string'], 'Percent-encodes.'),
  fn('url.unescape', ['NgrokUrl.unescape(string): string'], 'Percent-decodes.'),
  fn('url.parse', ['NgrokUrl.parse(string): map<string, dyn>'], 'Parses a URL (`scheme`, `host`, `path`, …).'),

  // --- ngrok: list and map methods --------------------------------------------------------
  method('encodeJson', ['list.encodeJson(): string', 'map.encodeJson(): string'], 'Serialises to JSON.'),
  method('encodeQueryString', ['map.encodeQueryString(): string'], 'Builds a query string from a map.'),
  method('join', ['list<string>.join(): string', 'list<string>.join(string): string'], 'Joins strings.'),
  method('slice', ['list.slice(int, int): list'], 'Sub-list [start, end).'),
  method('flatten', ['list.flatten(): list', 'list.flatten(int): list'], 'Flattens nested lists.'),
  method('sort', ['list.sort(): list'], 'Sorts comparable elements.'),
  macro('sort', ['list.sort(a, b, lessExpr): list'], 'Comparator form seen in one ngrok example (unverified).', { unverified: true, bindsVariables: 2 }),
  macro('sortBy', ['list.sortBy(var, keyExpr): list'], 'Sorts by a key expression.', { bindsVariables: 1 }),
  method('distinct', ['list.distinct(): list'], 'Removes duplicates.'),

  // --- ngrok: string methods --------------------------------------------------------------
  method('charAt', ['string.charAt(int): string'], 'Character at an index.'),
  method('indexOf', ['string.indexOf(string): int', 'string.indexOf(string, int): int'], 'Index of a substring, -1 when absent.'),
  method('lastIndexOf', ['string.lastIndexOf(string): int', 'string.lastIndexOf(string, int): int'], 'Last index of a substring.'),
  method('format', ['string.format(list): string'], 'printf-style formatting (%s %d %f %e %b %x %X %o).'),
  method('split', ['string.split(): list<string>', 'string.split(string): list<string>', 'string.split(string, int): list<string>'], 'Splits a string.'),
  method('replace', ['string.replace(string, string): string', 'string.replace(string, string, int): string'], 'Replaces occurrences (optionally the first n).'),
  method('substring', ['string.substring(int): string', 'string.substring(int, int): string'], 'Sub-string.'),
  method('trim', ['string.trim(): string'], 'Removes surrounding white space.'),
  method('reverse', ['string.reverse(): string'], 'Reverses a string.'),
  method('lower', ['string.lower(): string'], 'Lower case.'),
  method('upper', ['string.upper(): string'], 'Upper case.'),
  method('lowerAscii', ['string.lowerAscii(): string'], 'ASCII lower case.'),
  method('upperAscii', ['string.upperAscii(): string'], 'ASCII upper case.'),
  method('decodeBase64', ['string.decodeBase64(): string'], 'Decodes base64.'),
  method('encodeBase64', ['string.encodeBase64(): string'], 'Encodes base64.'),
  method('decodeJson', ['string.decodeJson(): dyn'], 'Parses JSON.'),
  method('decodeQueryString', ['string.decodeQueryString(): map<string, list<string>>'], 'Parses a query string.'),
  method('escapeUrl', ['string.escapeUrl(): string'], 'Percent-encodes.'),
  method('unescapeUrl', ['string.unescapeUrl(): string'], 'Percent-decodes.'),
  method('parseUrl', ['string.parseUrl(): map<string, dyn>'], 'Parses a URL.'),
  method('isJson', ['string.isJson(): bool'], 'True for valid JSON.'),
  method('isQueryString', ['string.isQueryString(): bool'], 'True for a valid query string.'),
  method('isURL', ['string.isURL(): bool'], 'True for a valid URL.'),
  method('isPrivateIp', ['string.isPrivateIp(): bool'], 'True for an RFC 1918 IPv4 address.'),
  ...HASHES.map((h) => method(h, hashOverloads('string', h), `${h} digest of the string (format \`hex\` or \`base64\`).`)),
]);

/** Namespaces usable as call receivers (`secrets.get`, `base64.decode`), with their cel-js type names. */
export const NAMESPACES: Readonly<Record<string, string>> = Object.freeze({
  secrets: 'NgrokSecrets',
  base64: 'NgrokBase64',
  basic_auth: 'NgrokBasicAuth',
  hash: 'NgrokHash',
  json: 'NgrokJson',
  lists: 'NgrokLists',
  queryString: 'NgrokQueryString',
  rand: 'NgrokRand',
  strings: 'NgrokStrings',
  url: 'NgrokUrl',
  bytes: 'type',
});

interface FunctionIndex {
  global: Map<string, FunctionInfo[]>;
  method: Map<string, FunctionInfo[]>;
  namespaced: Map<string, FunctionInfo[]>;
}

let indexCache: FunctionIndex | undefined;
function functionIndex(): FunctionIndex {
  if (indexCache) return indexCache;
  const idx: FunctionIndex = { global: new Map(), method: new Map(), namespaced: new Map() };
  const add = (m: Map<string, FunctionInfo[]>, k: string, f: FunctionInfo): void => {
    const list = m.get(k);
    if (list) list.push(f);
    else m.set(k, [f]);
  };
  for (const f of FUNCTIONS) {
    if (f.kind === 'namespace') add(idx.namespaced, f.name, f);
    else if (f.kind === 'method') add(idx.method, f.name, f);
    else if (f.kind === 'function') add(idx.global, f.name, f);
    else if (f.name === 'has') add(idx.global, f.name, f);
    else add(idx.method, f.name, f);
  }
  return (indexCache = idx);
}

/** Catalog entries for `name(…)`. */
export function lookupGlobalFunction(name: string): readonly FunctionInfo[] {
  return functionIndex().global.get(name) ?? [];
}
/** Catalog entries for `x.name(…)` where `x` is a value. */
export function lookupMethod(name: string): readonly FunctionInfo[] {
  return functionIndex().method.get(name) ?? [];
}
/** Catalog entries for `ns.name(…)` where `ns` is a namespace such as `secrets`. */
export function lookupNamespaced(qualifiedName: string): readonly FunctionInfo[] {
  return functionIndex().namespaced.get(qualifiedName) ?? [];
}

/** Every callable name, for suggestions: globals, `.methods`, `ns.fn`. */
export function allFunctionNames(): { global: string[]; method: string[]; namespaced: string[] } {
  const i = functionIndex();
  return { global: [...i.global.keys()], method: [...i.method.keys()], namespaced: [...i.namespaced.keys()] };
}

const arityCache = new WeakMap<FunctionInfo, number[]>();

/** Number of arguments (excluding the receiver) each overload or macro form takes. */
export function arities(f: FunctionInfo): number[] {
  let a = arityCache.get(f);
  if (!a) {
    a = f.overloads.map((sig) => {
      const open = sig.indexOf('(');
      const close = sig.indexOf(')', open);
      const inner = sig.slice(open + 1, close).trim();
      return inner === '' ? 0 : inner.split(',').length;
    });
    arityCache.set(f, a);
  }
  return [...a];
}
