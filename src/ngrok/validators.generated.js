// GENERATED FILE - DO NOT EDIT. Regenerate with `node scripts/build-validators.mjs`
// from schemas/*.schema.json (ajv standalone, draft 2020-12). test/schema checks it is current.
/* eslint-disable */
import ipaddr from 'ipaddr.js';
import { isImmutable } from './immutable.js';
import func1Module from 'ajv/dist/runtime/ucs2length.js';
import func0Module from 'ajv/dist/runtime/equal.js';

export const tpcFormats = ((ipaddr) => {
  const INTERPOLATED = /\$\{/;
  // What an attempted IP/CIDR literal looks like. Anything else (YOUR_IP, <your ips>, $TRUSTED_IP/32)
  // is a placeholder: it is left to the placeholder and cidr lint rules, not reported here.
  const IP_LIKE = /^[0-9A-Fa-f:.]+(\/[0-9]*)?$/;
  const isIp = (s) => ipaddr.IPv4.isValidFourPartDecimal(s) || (s.includes(':') && ipaddr.IPv6.isValid(s));
  // Memoised: a fleet's policies repeat the same ranges thousands of times.
  const cidrSeen = new Map();
  const cidrOrIp = (s) => {
    let v = cidrSeen.get(s);
    if (v === undefined) {
      v = cidrOrIpOf(s);
      if (cidrSeen.size > 10000) cidrSeen.clear();
      cidrSeen.set(s, v);
    }
    return v;
  };
  const cidrOrIpOf = (s) => {
    if (INTERPOLATED.test(s) || !IP_LIKE.test(s)) return true;
    const slash = s.indexOf('/');
    if (slash < 0) return isIp(s);
    const addr = s.slice(0, slash);
    const bits = s.slice(slash + 1);
    if (!/^[0-9]{1,3}$/.test(bits) || !isIp(addr)) return false;
    return Number(bits) <= (addr.includes(':') ? 128 : 32);
  };
  const UNIT_NS = { ns: 1, us: 1e3, 'µs': 1e3, 'μs': 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
  // Go duration -> nanoseconds, or undefined when it is not one (the schema's pattern reports that).
  const durationNs = (s) => {
    if (s === '0') return 0;
    const re = /([0-9]+(?:\.[0-9]+)?)(ns|us|µs|μs|ms|s|m|h)/gy;
    let total = 0;
    let end = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      total += Number(m[1]) * UNIT_NS[m[2]];
      end = re.lastIndex;
    }
    return end === s.length && end > 0 ? Math.round(total) : undefined;
  };
  const durationRange = (minNs, maxNs, stepNs) => (s) => {
    if (INTERPOLATED.test(s)) return true;
    const ns = durationNs(s);
    if (ns === undefined) return true;
    return ns >= minNs && ns <= maxNs && (!stepNs || ns % stepNs === 0);
  };
  return {
    'cidr-or-ip': cidrOrIp,
    'duration-1s-2m': durationRange(1e9, 120e9),
    'duration-1s-30s': durationRange(1e9, 30e9),
    'rate-limit-window': durationRange(60e9, 86400e9, 10e9),
  };
})(ipaddr);

export const schemaHints = {
  "phases": [
    "on_tcp_connect",
    "on_http_request",
    "on_http_response",
    "on_event_stream_message",
    "inbound",
    "outbound"
  ],
  "actionTypes": [
    "add-headers",
    "basic-auth",
    "circuit-breaker",
    "close-connection",
    "compress-response",
    "custom-response",
    "deny",
    "forward-internal",
    "http-request",
    "jwt-validation",
    "log",
    "oauth",
    "openid-connect",
    "oidc",
    "owasp-crs-request",
    "owasp-crs-response",
    "rate-limit",
    "redirect",
    "remove-headers",
    "request-body-find-replace",
    "response-body-find-replace",
    "restrict-ips",
    "set-vars",
    "sse-find-replace",
    "terminate-tls",
    "url-rewrite",
    "verify-webhook",
    "saml",
    "ai-gateway"
  ],
  "actionConfigKeys": {
    "add-headers": [
      "headers"
    ],
    "basic-auth": [
      "credentials",
      "realm",
      "enforce"
    ],
    "circuit-breaker": [
      "error_threshold",
      "volume_threshold",
      "window_duration",
      "tripped_duration",
      "num_buckets",
      "enforce"
    ],
    "close-connection": [],
    "compress-response": [
      "algorithms"
    ],
    "custom-response": [
      "status_code",
      "body",
      "content",
      "headers"
    ],
    "deny": [
      "status_code"
    ],
    "forward-internal": [
      "url",
      "on_error",
      "binding",
      "endpoint_selectors",
      "endpoint_weights"
    ],
    "http-request": [
      "url",
      "method",
      "query_params",
      "headers",
      "body",
      "max_redirects",
      "timeout",
      "retry_condition",
      "on_error"
    ],
    "jwt-validation": [
      "issuer",
      "audience",
      "http",
      "jws"
    ],
    "log": [
      "metadata"
    ],
    "oauth": [
      "provider",
      "auth_id",
      "client_id",
      "client_secret",
      "scopes",
      "authz_url_params",
      "max_session_duration",
      "idle_session_timeout",
      "userinfo_refresh_interval",
      "allow_cors_preflight",
      "auth_cookie_domain"
    ],
    "openid-connect": [
      "issuer_url",
      "auth_id",
      "client_id",
      "client_secret",
      "scopes",
      "authz_url_params",
      "max_session_duration",
      "idle_session_duration",
      "userinfo_refresh_interval",
      "allow_cors_preflight",
      "auth_cookie_domain"
    ],
    "oidc": [
      "issuer_url",
      "auth_id",
      "client_id",
      "client_secret",
      "scopes",
      "authz_url_params",
      "max_session_duration",
      "idle_session_duration",
      "userinfo_refresh_interval",
      "allow_cors_preflight",
      "auth_cookie_domain"
    ],
    "owasp-crs-request": [
      "on_error",
      "process_body",
      "exclude_rule_ids"
    ],
    "owasp-crs-response": [
      "on_error",
      "process_body",
      "exclude_rule_ids"
    ],
    "rate-limit": [
      "name",
      "algorithm",
      "capacity",
      "rate",
      "bucket_key",
      "enforce"
    ],
    "redirect": [
      "from",
      "to",
      "status_code",
      "headers"
    ],
    "remove-headers": [
      "headers"
    ],
    "request-body-find-replace": [
      "replacements"
    ],
    "response-body-find-replace": [
      "replacements"
    ],
    "restrict-ips": [
      "enforce",
      "allow",
      "deny",
      "ip_policies"
    ],
    "set-vars": [
      "vars"
    ],
    "sse-find-replace": [
      "replacements"
    ],
    "terminate-tls": [
      "min_version",
      "max_version",
      "server_private_key",
      "server_certificate",
      "mutual_tls_certificate_authorities",
      "mutual_tls_verification_strategy"
    ],
    "url-rewrite": [
      "from",
      "to"
    ],
    "verify-webhook": [
      "provider",
      "secret",
      "enforce"
    ],
    "saml": [
      "idp_metadata",
      "idp_metadata_url",
      "force_authn",
      "allow_idp_initiated",
      "authorized_groups",
      "entity_id",
      "assertion_consumer_service_url"
    ],
    "ai-gateway": [
      "max_input_tokens",
      "max_output_tokens",
      "headers",
      "query_params",
      "body",
      "on_error",
      "total_timeout",
      "per_request_timeout",
      "providers",
      "only_allow_configured_providers",
      "only_allow_configured_models",
      "model_selection",
      "api_key_selection"
    ]
  },
  "agentKeys": [
    "api_key",
    "authtoken",
    "connect_cas",
    "connect_interface",
    "connect_timeout",
    "connect_url",
    "console_ui",
    "console_ui_color",
    "crl_noverify",
    "crl_url",
    "dns_resolver_ips",
    "heartbeat_interval",
    "heartbeat_tolerance",
    "inspect_db_size",
    "local_storage",
    "log",
    "log_format",
    "log_level",
    "metadata",
    "proxy_url",
    "remote_management",
    "update_channel",
    "update_check",
    "web_addr",
    "web_allow_hosts"
  ],
  "endpointKeys": [
    "name",
    "url",
    "description",
    "metadata",
    "bindings",
    "traffic_policy",
    "traffic_policy_file",
    "pooling_enabled",
    "upstream",
    "agent_tls_termination",
    "inspect"
  ],
  "v2TopLevelKeys": [
    "version",
    "api_key",
    "authtoken",
    "connect_interface",
    "connect_timeout",
    "console_ui",
    "console_ui_color",
    "crl_noverify",
    "dns_resolver_ips",
    "heartbeat_interval",
    "heartbeat_tolerance",
    "inspect_db_size",
    "log",
    "log_format",
    "log_level",
    "metadata",
    "proxy_url",
    "region",
    "remote_management",
    "root_cas",
    "server_addr",
    "update_channel",
    "update_check",
    "web_addr",
    "web_allow_hosts",
    "tunnels"
  ]
};

export const validateTrafficPolicy = validate52;
const schema19 = JSON.parse("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"https://traffic-policy-compiler.dev/schemas/traffic-policy.schema.json\",\"title\":\"ngrok Traffic Policy\",\"description\":\"An ngrok Traffic Policy document: phase names mapped to ordered lists of rules. Written by tpc (traffic-policy-compiler) from ngrok's public documentation; action configs follow the documented fields. Phase legality of actions and CEL syntax are checked by `tpc lint`, not by this schema.\",\"type\":\"object\",\"properties\":{\"on_tcp_connect\":{\"$ref\":\"#/$defs/phase\",\"description\":\"Rules run once per new TCP connection, before any HTTP processing. Exists on http, https, tcp and tls endpoints (not on internal http(s) endpoints).\"},\"on_http_request\":{\"$ref\":\"#/$defs/phase\",\"description\":\"Rules run for every HTTP request before the upstream is contacted (http and https endpoints only).\"},\"on_http_response\":{\"$ref\":\"#/$defs/phase\",\"description\":\"Rules run for every HTTP response from the upstream, or after a custom-response in the request phase (http and https endpoints only).\"},\"on_event_stream_message\":{\"$ref\":\"#/$defs/phase\",\"description\":\"Rules run for every Server-Sent-Events message of a streaming response. The documented action for this phase is sse-find-replace.\"},\"inbound\":{\"$ref\":\"#/$defs/phase\",\"description\":\"Deprecated (before October 2024): use on_http_request for HTTP endpoints or on_tcp_connect for TCP/TLS endpoints.\"},\"outbound\":{\"$ref\":\"#/$defs/phase\",\"description\":\"Deprecated (before October 2024): use on_http_response.\"}},\"additionalProperties\":false,\"$defs\":{\"phase\":{\"type\":\"array\",\"description\":\"An ordered list of rules, evaluated top to bottom.\",\"items\":{\"$ref\":\"#/$defs/rule\"}},\"rule\":{\"type\":\"object\",\"description\":\"A rule: when every expression is true (or there are none), its actions run in order.\",\"properties\":{\"name\":{\"type\":[\"string\",\"number\",\"boolean\",\"null\"],\"description\":\"Free-text label of the rule, shown in logs and the dashboard.\"},\"expressions\":{\"type\":[\"array\",\"null\"],\"description\":\"CEL expressions that must all be true for the actions to run (they are ANDed). Each item is a string; quote items that start with '!' or contain ': '. Omit for a rule that always matches.\",\"items\":{\"type\":\"string\",\"description\":\"One CEL expression that yields a bool, e.g. \\\"req.url.path.startsWith('/admin')\\\".\"}},\"actions\":{\"type\":\"array\",\"description\":\"The actions to run, in order. At least one.\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/action\"}}},\"required\":[\"actions\"],\"additionalProperties\":false},\"action\":{\"type\":\"object\",\"description\":\"One action: a `type` and, for most types, a `config` mapping.\",\"properties\":{\"type\":{\"description\":\"The action type.\",\"enum\":[\"add-headers\",\"basic-auth\",\"circuit-breaker\",\"close-connection\",\"compress-response\",\"custom-response\",\"deny\",\"forward-internal\",\"http-request\",\"jwt-validation\",\"log\",\"oauth\",\"openid-connect\",\"oidc\",\"owasp-crs-request\",\"owasp-crs-response\",\"rate-limit\",\"redirect\",\"remove-headers\",\"request-body-find-replace\",\"response-body-find-replace\",\"restrict-ips\",\"set-vars\",\"sse-find-replace\",\"terminate-tls\",\"url-rewrite\",\"verify-webhook\",\"saml\",\"ai-gateway\"]},\"config\":{\"description\":\"Settings of the action; the fields depend on `type`.\"}},\"required\":[\"type\"],\"additionalProperties\":false,\"allOf\":[{\"if\":{\"properties\":{\"type\":{\"const\":\"add-headers\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/addHeadersConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"basic-auth\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/basicAuthConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"circuit-breaker\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/circuitBreakerConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"close-connection\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/closeConnectionConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"compress-response\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/compressResponseConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"custom-response\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/customResponseConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"deny\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/denyConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"forward-internal\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/forwardInternalConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"http-request\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/httpRequestConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"jwt-validation\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/jwtValidationConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"log\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/logConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"oauth\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/oauthConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"openid-connect\",\"oidc\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/openidConnectConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"owasp-crs-request\",\"owasp-crs-response\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/owaspCrsConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"rate-limit\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/rateLimitConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"redirect\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/redirectConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"remove-headers\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/removeHeadersConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"request-body-find-replace\",\"response-body-find-replace\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/bodyFindReplaceConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"restrict-ips\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/restrictIpsConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"set-vars\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/setVarsConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"sse-find-replace\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/sseFindReplaceConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"terminate-tls\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/terminateTlsConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"url-rewrite\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/urlRewriteConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"verify-webhook\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/verifyWebhookConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"saml\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/samlConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"ai-gateway\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/aiGatewayConfig\"}}}}]},\"duration\":{\"type\":\"string\",\"description\":\"A Go duration string: a number and a unit (ns, us, ms, s, m, h), e.g. \\\"30s\\\", \\\"5m\\\", \\\"1h30m\\\".\",\"pattern\":\"^(0|([0-9]+(\\\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$\"},\"headerName\":{\"type\":\"string\",\"description\":\"An HTTP header name (letters, digits and !#$%&'*+-.^_`|~).\",\"pattern\":\"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$\"},\"headerMap\":{\"type\":\"object\",\"description\":\"Header names mapped to values (at most 10). Values support ${...} CEL interpolation.\",\"maxProperties\":10,\"propertyNames\":{\"$ref\":\"#/$defs/headerName\"},\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"],\"description\":\"Header value; ${...} CEL interpolation is supported. Quote numbers so they stay strings.\"}},\"onError\":{\"type\":\"string\",\"description\":\"What happens when the action fails: `halt` stops processing and returns an error, `continue` runs the next action.\",\"enum\":[\"halt\",\"continue\"]},\"cidrOrIp\":{\"type\":\"string\",\"description\":\"An IPv4 or IPv6 CIDR range such as 203.0.113.0/24 or 2001:db8::/32 (or a single address). ${...} CEL interpolation is supported.\",\"format\":\"cidr-or-ip\"},\"findReplaceItem\":{\"type\":\"object\",\"description\":\"One replacement: every match of the RE2 regex `from` is replaced by `to`.\",\"properties\":{\"from\":{\"type\":\"string\",\"description\":\"RE2 regular expression to find; ${...} CEL interpolation is supported (the result must still be a valid regex).\",\"minLength\":1},\"to\":{\"type\":\"string\",\"description\":\"Replacement text; $1, $2… refer to capture groups; empty or absent deletes the match. ${...} CEL interpolation is supported.\"}},\"required\":[\"from\"],\"additionalProperties\":false},\"addHeadersConfig\":{\"type\":\"object\",\"description\":\"add-headers: add headers to the request (on_http_request) or response (on_http_response).\",\"properties\":{\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"type\":\"object\",\"description\":\"Headers to add (1–10). An existing header of the same name gets an extra value, except `host`, which is replaced. `user-agent` cannot be added.\",\"minProperties\":1}},\"required\":[\"headers\"],\"additionalProperties\":false},\"basicAuthConfig\":{\"type\":\"object\",\"description\":\"basic-auth: require HTTP Basic credentials; failing requests get 401.\",\"properties\":{\"credentials\":{\"type\":\"array\",\"description\":\"Allowed `username:password` pairs (at most 10; password 8–128 characters). Use ${secrets.get('vault', 'name')} instead of literal passwords.\",\"minItems\":1,\"maxItems\":10,\"items\":{\"type\":\"string\",\"description\":\"`username:password`; the first ':' separates the two. ${...} CEL interpolation is supported.\",\"if\":{\"not\":{\"pattern\":\"\\\\$\\\\{\"}},\"then\":{\"pattern\":\"^[^:]+:.{8,128}$\"}}},\"realm\":{\"type\":\"string\",\"description\":\"Realm sent in the 401 challenge (ASCII, at most 128 characters).\",\"default\":\"ngrok\",\"maxLength\":128,\"pattern\":\"^[\\\\x20-\\\\x7e]*$\"},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, failed authentication is recorded in actions.ngrok.basic_auth but the request continues.\",\"default\":true}},\"required\":[\"credentials\"],\"additionalProperties\":false},\"circuitBreakerConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"circuit-breaker: reject requests while the upstream's error rate is too high.\",\"properties\":{\"error_threshold\":{\"type\":\"number\",\"description\":\"Fraction of 5xx responses (0.0–1.0) that trips the breaker. The docs both require it and give a default; tpc treats it as optional.\",\"default\":0.5,\"minimum\":0,\"maximum\":1},\"volume_threshold\":{\"type\":\"integer\",\"description\":\"Minimum number of requests in the window before the breaker can trip.\",\"default\":10,\"minimum\":1,\"maximum\":2000000000},\"window_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Length of the statistics window (1s–2m).\",\"default\":\"10s\",\"type\":\"string\",\"format\":\"duration-1s-2m\"},\"tripped_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How long the breaker stays open once tripped (1s–2m).\",\"default\":\"10s\",\"type\":\"string\",\"format\":\"duration-1s-2m\"},\"num_buckets\":{\"type\":\"integer\",\"description\":\"Number of buckets in the window; fixed at 10 by ngrok (leave it out).\",\"default\":10,\"minimum\":1},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, the breaker never rejects requests.\",\"default\":true}},\"additionalProperties\":false},\"closeConnectionConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"close-connection: drop the client connection. Has no config fields.\",\"properties\":{},\"additionalProperties\":false},\"compressResponseConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"compress-response: compress the response body with an algorithm the client accepts.\",\"properties\":{\"algorithms\":{\"type\":\"array\",\"description\":\"Algorithms to offer, in order of preference.\",\"default\":[\"gzip\",\"deflate\",\"br\",\"compress\"],\"uniqueItems\":true,\"items\":{\"enum\":[\"gzip\",\"deflate\",\"br\",\"compress\"]}}},\"additionalProperties\":false},\"customResponseConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"custom-response: answer with a fixed response; terminating.\",\"properties\":{\"status_code\":{\"type\":\"integer\",\"description\":\"HTTP status code of the response.\",\"default\":200,\"minimum\":100,\"maximum\":599},\"body\":{\"type\":\"string\",\"description\":\"Response body; ${...} CEL interpolation is supported.\"},\"content\":{\"type\":\"string\",\"description\":\"Deprecated alias of `body` (May 2025); use `body`.\"},\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"description\":\"Response headers (at most 10). Without content-type, ngrok guesses one from the body.\"}},\"additionalProperties\":false},\"denyConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"deny: reject the request (HTTP) or close the connection (TCP); terminating. Never sends a body (use custom-response for that).\",\"properties\":{\"status_code\":{\"type\":\"integer\",\"description\":\"HTTP status code (request phase only).\",\"default\":403,\"minimum\":100,\"maximum\":599}},\"additionalProperties\":false},\"forwardInternalConfig\":{\"type\":\"object\",\"description\":\"forward-internal: hand the traffic to an internal endpoint (a *.internal URL in the same account); terminating.\",\"properties\":{\"url\":{\"type\":\"string\",\"description\":\"URL of the internal endpoint, e.g. https://api.internal or tcp://db.internal:5432. ${...} CEL interpolation is supported.\",\"minLength\":1},\"on_error\":{\"$ref\":\"#/$defs/onError\",\"description\":\"`halt` (default): a failed forward returns an error. `continue`: later actions run when the forward fails.\",\"default\":\"halt\"},\"binding\":{\"const\":\"internal\",\"description\":\"Legacy field (removed from the docs in January 2025); leave it out.\"},\"endpoint_selectors\":{\"description\":\"Announced by ngrok for custom pool load balancing; shape not documented yet.\"},\"endpoint_weights\":{\"description\":\"Announced by ngrok for custom pool load balancing; shape not documented yet.\"}},\"required\":[\"url\"],\"additionalProperties\":false},\"httpRequestConfig\":{\"type\":\"object\",\"description\":\"http-request: call another HTTP service (by default only *.internal endpoints) and expose the result in actions.ngrok.http_request.\",\"properties\":{\"url\":{\"type\":\"string\",\"description\":\"URL to call. External URLs work only after ngrok support enables them. ${...} CEL interpolation is supported.\",\"minLength\":1},\"method\":{\"type\":\"string\",\"description\":\"HTTP method.\",\"default\":\"GET\",\"enum\":[\"GET\",\"PUT\",\"POST\",\"PATCH\",\"DELETE\",\"OPTIONS\"]},\"query_params\":{\"type\":\"array\",\"description\":\"Query parameters to send (at most 32).\",\"maxItems\":32,\"items\":{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\",\"description\":\"Parameter name (at most 128 characters).\",\"minLength\":1,\"maxLength\":128},\"value\":{\"type\":\"string\",\"description\":\"Parameter value (at most 8192 characters); ${...} CEL interpolation is supported.\",\"maxLength\":8192}},\"required\":[\"key\"],\"additionalProperties\":false}},\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"description\":\"Request headers (at most 10).\"},\"body\":{\"type\":\"string\",\"description\":\"Request body (for POST, PUT, PATCH); ${...} CEL interpolation is supported.\"},\"max_redirects\":{\"type\":\"integer\",\"description\":\"Redirects to follow. ngrok's docs disagree on the default (10 or 0) and the limit (100 or 5).\",\"minimum\":0,\"maximum\":100},\"timeout\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Total time for all attempts and redirects (1s–30s).\",\"default\":\"3s\",\"type\":\"string\",\"format\":\"duration-1s-30s\"},\"retry_condition\":{\"type\":\"string\",\"description\":\"CEL expression (without ${}) evaluated after a failed attempt; true retries (at most 3 retries). Sees `attempts` and `last_attempt`.\",\"default\":\"false\"},\"on_error\":{\"$ref\":\"#/$defs/onError\",\"description\":\"`continue` (default): a failed call lets processing continue. `halt`: return an error.\",\"default\":\"continue\"}},\"required\":[\"url\"],\"additionalProperties\":false},\"jwtAllowList\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"string\",\"description\":\"Allowed value (exact match).\",\"minLength\":1}},\"required\":[\"value\"],\"additionalProperties\":false}},\"jwtKeys\":{\"type\":\"object\",\"description\":\"Where the signing keys come from.\",\"properties\":{\"sources\":{\"type\":[\"object\",\"array\"],\"description\":\"Key sources. Written as a mapping in every example (the reference table says list; a one-item list is accepted).\",\"properties\":{\"additional_jkus\":{\"type\":\"array\",\"description\":\"JWKS URLs to fetch keys from (refreshed about every 15 minutes).\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1}}},\"required\":[\"additional_jkus\"],\"additionalProperties\":false,\"maxItems\":1,\"items\":{\"$ref\":\"#/$defs/jwtKeySources\"}},\"identification\":{\"type\":\"array\",\"description\":\"How a token names its key.\",\"items\":{\"type\":\"object\",\"properties\":{\"token_claims\":{\"type\":\"array\",\"description\":\"Header claims that identify the key (supported: kid).\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false}}},\"required\":[\"sources\"],\"additionalProperties\":false},\"jwtKeySources\":{\"type\":\"object\",\"properties\":{\"additional_jkus\":{\"type\":\"array\",\"description\":\"JWKS URLs to fetch keys from.\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1}}},\"required\":[\"additional_jkus\"],\"additionalProperties\":false},\"jwtValidationConfig\":{\"type\":\"object\",\"description\":\"jwt-validation: require valid JWTs; failing requests get 401.\",\"properties\":{\"issuer\":{\"type\":\"object\",\"description\":\"Accepted token issuers.\",\"properties\":{\"allow_list\":{\"$ref\":\"#/$defs/jwtAllowList\",\"description\":\"Issuer values; each must equal the token's `iss` exactly (a trailing slash matters).\"}},\"required\":[\"allow_list\"],\"additionalProperties\":false},\"audience\":{\"type\":\"object\",\"description\":\"Accepted audiences.\",\"properties\":{\"allow_list\":{\"$ref\":\"#/$defs/jwtAllowList\",\"description\":\"The token's `aud` must contain one of these values.\"}},\"additionalProperties\":false},\"http\":{\"type\":\"object\",\"description\":\"Where to find the tokens in the request.\",\"properties\":{\"tokens\":{\"type\":\"array\",\"description\":\"Tokens to validate; every listed token must be present.\",\"minItems\":1,\"items\":{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\",\"description\":\"Token type.\",\"enum\":[\"jwt\",\"access_token\",\"id_token\",\"at+jwt\",\"it+jwt\",\"plain\"]},\"method\":{\"type\":\"string\",\"description\":\"Where the token is: a header, or a body field (POST/PUT/PATCH only).\",\"enum\":[\"header\",\"body\"]},\"name\":{\"type\":\"string\",\"description\":\"Header or body field name, e.g. Authorization.\",\"minLength\":1},\"prefix\":{\"type\":\"string\",\"description\":\"Prefix stripped before parsing, e.g. \\\"Bearer \\\".\"}},\"required\":[\"type\",\"method\",\"name\"],\"additionalProperties\":false}}},\"required\":[\"tokens\"],\"additionalProperties\":false},\"jws\":{\"type\":\"object\",\"description\":\"Signature checks.\",\"properties\":{\"allowed_algorithms\":{\"type\":\"array\",\"description\":\"Accepted signing algorithms, e.g. RS256, ES256. `none` is not allowed.\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1,\"not\":{\"const\":\"none\"}}},\"keys\":{\"type\":[\"object\",\"array\"],\"description\":\"Signing keys. Written as a mapping in every example (the reference table says list; a one-item list is accepted).\",\"$ref\":\"#/$defs/jwtKeysShape\"}},\"required\":[\"allowed_algorithms\",\"keys\"],\"additionalProperties\":false}},\"required\":[\"issuer\",\"http\",\"jws\"],\"additionalProperties\":false},\"jwtKeysShape\":{\"if\":{\"type\":\"object\"},\"then\":{\"$ref\":\"#/$defs/jwtKeys\"},\"else\":{\"type\":\"array\",\"maxItems\":1,\"items\":{\"$ref\":\"#/$defs/jwtKeys\"}}},\"logConfig\":{\"type\":\"object\",\"description\":\"log: attach metadata to the traffic event sent to your event destinations.\",\"properties\":{\"metadata\":{\"type\":\"object\",\"description\":\"Arbitrary keys and values; string values support ${...} CEL interpolation.\"}},\"required\":[\"metadata\"],\"additionalProperties\":false},\"oauthConfig\":{\"type\":\"object\",\"description\":\"oauth: require login with an OAuth provider.\",\"properties\":{\"provider\":{\"type\":\"string\",\"description\":\"Identity provider. ngrok-managed apps exist for all but amazon and facebook.\",\"enum\":[\"amazon\",\"facebook\",\"github\",\"gitlab\",\"google\",\"linkedin\",\"microsoft\",\"twitch\"]},\"auth_id\":{\"type\":\"string\",\"description\":\"Scopes the session cookie; used as ?auth_id= on /ngrok/login and /ngrok/logout.\"},\"client_id\":{\"type\":\"string\",\"description\":\"Your OAuth app's client ID. Leave out together with client_secret to use ngrok's managed app. ${...} CEL interpolation is supported.\"},\"client_secret\":{\"type\":\"string\",\"description\":\"Your OAuth app's client secret; use ${secrets.get('vault', 'name')} instead of a literal.\"},\"scopes\":{\"type\":\"array\",\"description\":\"Extra scopes to request (not allowed with ngrok's managed apps).\",\"items\":{\"type\":\"string\"}},\"authz_url_params\":{\"type\":\"object\",\"description\":\"Extra query parameters for the provider's authorization URL.\",\"additionalProperties\":{\"type\":\"string\"}},\"max_session_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Longest a session may last before the user logs in again.\"},\"idle_session_timeout\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Idle time after which a session ends (openid-connect spells it idle_session_duration).\"},\"userinfo_refresh_interval\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How often the user's identity is refreshed from the provider.\"},\"allow_cors_preflight\":{\"type\":\"boolean\",\"description\":\"Let CORS preflight (OPTIONS) requests through without authentication.\",\"default\":false},\"auth_cookie_domain\":{\"type\":\"string\",\"description\":\"Domain for the session cookie; must belong to the endpoint's domain.\"}},\"required\":[\"provider\"],\"additionalProperties\":false},\"openidConnectConfig\":{\"type\":\"object\",\"description\":\"openid-connect: require login with an OpenID Connect identity provider.\",\"properties\":{\"issuer_url\":{\"type\":\"string\",\"description\":\"Issuer URL of the provider; it must serve /.well-known/openid-configuration.\",\"minLength\":1},\"auth_id\":{\"type\":\"string\",\"description\":\"Scopes the session cookie; used as ?auth_id= on /ngrok/login and /ngrok/logout.\"},\"client_id\":{\"type\":\"string\",\"description\":\"Client ID of your app at the provider; ${...} CEL interpolation is supported.\"},\"client_secret\":{\"type\":\"string\",\"description\":\"Client secret; use ${secrets.get('vault', 'name')} instead of a literal.\"},\"scopes\":{\"type\":\"array\",\"description\":\"Scopes to request, e.g. openid, profile, email.\",\"items\":{\"type\":\"string\"}},\"authz_url_params\":{\"type\":\"object\",\"description\":\"Extra query parameters for the provider's authorization URL.\",\"additionalProperties\":{\"type\":\"string\"}},\"max_session_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Longest a session may last before the user logs in again.\"},\"idle_session_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Idle time after which a session ends (oauth spells it idle_session_timeout).\"},\"userinfo_refresh_interval\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How often the user's identity is refreshed from the provider.\"},\"allow_cors_preflight\":{\"type\":\"boolean\",\"description\":\"Let CORS preflight (OPTIONS) requests through without authentication.\",\"default\":false},\"auth_cookie_domain\":{\"type\":\"string\",\"description\":\"Domain for the session cookie; must belong to the endpoint's domain.\"}},\"required\":[\"issuer_url\"],\"additionalProperties\":false},\"owaspCrsConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"owasp-crs-request / owasp-crs-response: the OWASP Core Rule Set web application firewall; blocks with 403 over the anomaly threshold.\",\"properties\":{\"on_error\":{\"$ref\":\"#/$defs/onError\",\"description\":\"`halt` (default) blocks over the threshold; `continue` only records the decision (test mode).\",\"default\":\"halt\"},\"process_body\":{\"type\":\"boolean\",\"description\":\"Also inspect the first 4 KB of the body (buffers it).\",\"default\":false},\"exclude_rule_ids\":{\"type\":\"array\",\"description\":\"CRS rule IDs to skip (900000–999999).\",\"items\":{\"type\":\"integer\",\"minimum\":900000,\"maximum\":999999}}},\"additionalProperties\":false},\"rateLimitConfig\":{\"type\":\"object\",\"description\":\"rate-limit: limit requests per bucket; requests over capacity get 429.\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Name of the limiter (shorter than 1024 characters).\",\"minLength\":1,\"maxLength\":1023},\"algorithm\":{\"type\":\"string\",\"description\":\"Rate-limiting algorithm; only sliding_window exists.\",\"enum\":[\"sliding_window\"]},\"capacity\":{\"type\":\"integer\",\"description\":\"Requests allowed per `rate` window (1–2,000,000,000), counted per ngrok ingress server.\",\"minimum\":1,\"maximum\":2000000000},\"rate\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Window length: a multiple of 10s between 60s and 24h, e.g. \\\"60s\\\", \\\"10m\\\".\",\"type\":\"string\",\"format\":\"rate-limit-window\"},\"bucket_key\":{\"type\":\"array\",\"description\":\"CEL expressions (without ${}) whose values pick the bucket, e.g. conn.client_ip (1–10 items).\",\"minItems\":1,\"maxItems\":10,\"items\":{\"type\":\"string\",\"minLength\":1}},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, limits are computed but requests are not rejected.\",\"default\":true}},\"required\":[\"name\",\"algorithm\",\"capacity\",\"rate\",\"bucket_key\"],\"additionalProperties\":false},\"redirectConfig\":{\"type\":\"object\",\"description\":\"redirect: send the client a 3xx redirect; emitting a redirect ends the phase.\",\"properties\":{\"from\":{\"type\":\"string\",\"description\":\"RE2 regex matched against the whole URL (scheme, host, port, path, query), unanchored. Without it, `to` replaces the whole URL. ${...} CEL interpolation is supported.\"},\"to\":{\"type\":\"string\",\"description\":\"Replacement; $1, $2… refer to capture groups. ${...} CEL interpolation is supported.\",\"minLength\":1},\"status_code\":{\"type\":\"integer\",\"description\":\"Redirect status code.\",\"default\":302,\"enum\":[301,302,303,307,308]},\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"description\":\"Extra response headers (at most 10).\"}},\"required\":[\"to\"],\"additionalProperties\":false},\"removeHeadersConfig\":{\"type\":\"object\",\"description\":\"remove-headers: remove headers from the request or response.\",\"properties\":{\"headers\":{\"type\":\"array\",\"description\":\"Header names to remove (1–10). `user-agent` cannot be removed.\",\"minItems\":1,\"maxItems\":10,\"items\":{\"$ref\":\"#/$defs/headerName\"}}},\"required\":[\"headers\"],\"additionalProperties\":false},\"bodyFindReplaceConfig\":{\"type\":\"object\",\"description\":\"request-body-find-replace / response-body-find-replace: regex replacements on the buffered body.\",\"properties\":{\"replacements\":{\"type\":\"array\",\"description\":\"Replacements, applied in order, each to the output of the previous one.\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/findReplaceItem\"}}},\"required\":[\"replacements\"],\"additionalProperties\":false},\"restrictIpsConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"restrict-ips: allow or deny clients by source IP (the L4 address, never X-Forwarded-For). Denied clients get a closed connection (TCP) or 403 (HTTP).\",\"properties\":{\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, the decision is recorded in actions.ngrok.restrict_ips but nobody is blocked.\",\"default\":true},\"allow\":{\"type\":\"array\",\"description\":\"CIDR ranges that may connect; with an allow list, every other address is denied.\",\"items\":{\"$ref\":\"#/$defs/cidrOrIp\"}},\"deny\":{\"type\":\"array\",\"description\":\"CIDR ranges that are always denied.\",\"items\":{\"$ref\":\"#/$defs/cidrOrIp\"}},\"ip_policies\":{\"type\":\"array\",\"description\":\"IDs of IP Policies (ipp_…) managed in the ngrok dashboard or API.\",\"items\":{\"type\":\"string\",\"description\":\"An IP Policy ID, e.g. ipp_1yjqdrIBwgciY2I9zH2EelgBbJF.\",\"pattern\":\"^ipp_[A-Za-z0-9]+$\"}}},\"additionalProperties\":false},\"setVarsConfig\":{\"type\":\"object\",\"description\":\"set-vars: define variables readable as vars.<name> later in the same phase.\",\"properties\":{\"vars\":{\"type\":\"array\",\"description\":\"A list of one-key mappings (`- name: value`), evaluated in order. Values may be any YAML value; a string that is exactly one ${...} keeps the expression's type.\",\"minItems\":1,\"items\":{\"type\":\"object\",\"description\":\"Exactly one key: the variable name.\",\"minProperties\":1,\"maxProperties\":1}}},\"required\":[\"vars\"],\"additionalProperties\":false},\"sseFindReplaceConfig\":{\"type\":\"object\",\"description\":\"sse-find-replace: regex replacements in each Server-Sent-Events message (on_event_stream_message).\",\"properties\":{\"replacements\":{\"type\":\"array\",\"description\":\"Replacements, applied in order.\",\"minItems\":1,\"items\":{\"type\":\"object\",\"properties\":{\"field\":{\"type\":\"string\",\"description\":\"SSE field to edit: data or retry. ${...} CEL interpolation is supported.\",\"default\":\"data\",\"if\":{\"not\":{\"pattern\":\"\\\\$\\\\{\"}},\"then\":{\"enum\":[\"data\",\"retry\"]}},\"from\":{\"type\":\"string\",\"description\":\"RE2 regular expression to find; ${...} CEL interpolation is supported.\",\"minLength\":1},\"to\":{\"type\":\"string\",\"description\":\"Replacement text; empty or absent deletes the match.\"}},\"required\":[\"from\"],\"additionalProperties\":false}}},\"required\":[\"replacements\"],\"additionalProperties\":false},\"tlsVersion\":{\"type\":\"string\",\"description\":\"TLS version as a quoted string: \\\"1.2\\\" or \\\"1.3\\\" (\\\"1.0\\\"/\\\"1.1\\\" are legacy and should not be used).\",\"enum\":[\"1.2\",\"1.3\",\"1.0\",\"1.1\"]},\"terminateTlsConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"terminate-tls: terminate TLS at ngrok's edge (on_tcp_connect; https and tls endpoints), optionally with your certificate and mutual TLS.\",\"properties\":{\"min_version\":{\"$ref\":\"#/$defs/tlsVersion\",\"description\":\"Lowest TLS version accepted. Quote it (\\\"1.3\\\"), or YAML reads a number.\",\"default\":\"1.2\"},\"max_version\":{\"$ref\":\"#/$defs/tlsVersion\",\"description\":\"Highest TLS version accepted. Quote it (\\\"1.3\\\"), or YAML reads a number.\",\"default\":\"1.3\"},\"server_private_key\":{\"type\":\"string\",\"description\":\"PEM private key for server_certificate; use ${secrets.get('vault', 'name')} instead of a literal key.\"},\"server_certificate\":{\"type\":\"string\",\"description\":\"PEM certificate (chain) to present; needs server_private_key.\"},\"mutual_tls_certificate_authorities\":{\"type\":[\"array\",\"string\"],\"description\":\"CA certificates (PEM) or uploaded CA IDs that client certificates must chain to; enables mutual TLS.\",\"items\":{\"type\":\"string\",\"minLength\":1}},\"mutual_tls_verification_strategy\":{\"type\":\"string\",\"description\":\"How client certificates are checked.\",\"default\":\"require-and-verify\",\"enum\":[\"require-and-verify\",\"require-any\",\"request\"]}},\"dependentRequired\":{\"server_private_key\":[\"server_certificate\"],\"server_certificate\":[\"server_private_key\"]},\"additionalProperties\":false},\"urlRewriteConfig\":{\"type\":\"object\",\"description\":\"url-rewrite: change the URL sent upstream (the client's URL is unchanged).\",\"properties\":{\"from\":{\"type\":\"string\",\"description\":\"RE2 regex matched against the whole URL (scheme, host, port, path, query); all matches are replaced. ${...} CEL interpolation is supported.\"},\"to\":{\"type\":\"string\",\"description\":\"Replacement; $1, $2… refer to capture groups. ${...} CEL interpolation is supported.\"}},\"required\":[\"to\"],\"additionalProperties\":false},\"verifyWebhookConfig\":{\"type\":\"object\",\"description\":\"verify-webhook: check a webhook provider's signature; failing requests get 403.\",\"properties\":{\"provider\":{\"type\":\"string\",\"description\":\"Webhook provider, as listed on the verify-webhook action page. ngrok's integration guides spell three of them differently (signalsciences, sonatype_nexus, vmware_workspace); those spellings are accepted too.\",\"enum\":[\"aftership\",\"airship\",\"alchemy\",\"sns\",\"autodesk\",\"bitbucket\",\"bolt\",\"box\",\"brex\",\"buildkite\",\"calendly\",\"castle\",\"chargify\",\"circleci\",\"clearbit\",\"clerk\",\"coinbase\",\"contentful\",\"docusign\",\"dropbox\",\"facebook_graph_api\",\"facebook_messenger\",\"frameio\",\"github\",\"gitlab\",\"go1\",\"heroku\",\"hostedhooks\",\"hubspot\",\"graphcms\",\"instagram\",\"intercom\",\"jira\",\"launch_darkly\",\"linear\",\"mailchimp\",\"mailgun\",\"microsoft_teams\",\"modern_treasury\",\"mongodb\",\"mux\",\"orb\",\"orbit\",\"pagerduty\",\"pinwheel\",\"plivo\",\"pusher\",\"sendgrid\",\"sentry\",\"shopify\",\"signal_sciences\",\"slack\",\"sonatype\",\"square\",\"stripe\",\"svix\",\"terraform\",\"tiktok\",\"trendmicro_conformity\",\"twilio\",\"twitter\",\"typeform\",\"vmware\",\"webex\",\"whatsapp\",\"worldline\",\"xero\",\"zendesk\",\"zoom\",\"signalsciences\",\"sonatype_nexus\",\"vmware_workspace\"]},\"secret\":{\"type\":\"string\",\"description\":\"Signing secret from the provider; use ${secrets.get('vault', 'name')} instead of a literal.\"},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, invalid signatures are recorded but not rejected.\",\"default\":true}},\"required\":[\"provider\"],\"if\":{\"properties\":{\"provider\":{\"not\":{\"const\":\"sns\"}}}},\"then\":{\"properties\":{\"secret\":true},\"required\":[\"secret\"]},\"additionalProperties\":false},\"samlConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"saml (preview): SAML single sign-on. Only idp_metadata is documented; other keys are accepted because the action is not generally available.\",\"properties\":{\"idp_metadata\":{\"type\":\"string\",\"description\":\"The identity provider's SAML metadata XML.\"},\"idp_metadata_url\":{\"type\":\"string\",\"description\":\"URL of the identity provider's SAML metadata (instead of idp_metadata).\"},\"force_authn\":{\"type\":\"boolean\",\"description\":\"Ask the identity provider to re-authenticate the user.\",\"default\":false},\"allow_idp_initiated\":{\"type\":\"boolean\",\"description\":\"Accept logins started at the identity provider.\",\"default\":false},\"authorized_groups\":{\"type\":\"array\",\"description\":\"Groups allowed in.\",\"items\":{\"type\":\"string\"}},\"entity_id\":{\"type\":\"string\",\"description\":\"Service provider entity ID.\"},\"assertion_consumer_service_url\":{\"type\":\"string\",\"description\":\"Assertion consumer service URL.\"}}},\"aiGatewayConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"ai-gateway (legacy): the former in-policy AI gateway, replaced by ngrok's hosted AI Gateway in 2026. Accepted leniently so old policies still validate.\",\"properties\":{\"max_input_tokens\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":500000,\"description\":\"Largest request, in tokens.\"},\"max_output_tokens\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":500000,\"description\":\"Largest response, in tokens.\"},\"headers\":{\"type\":\"object\",\"description\":\"Headers to send to providers; CEL interpolation supported.\"},\"query_params\":{\"type\":\"object\",\"description\":\"Query parameters to send to providers.\"},\"body\":{\"type\":\"object\",\"description\":\"Body fields to send to providers.\"},\"on_error\":{\"$ref\":\"#/$defs/onError\",\"default\":\"halt\"},\"total_timeout\":{\"$ref\":\"#/$defs/duration\",\"default\":\"5m\",\"description\":\"Time limit across all attempts.\"},\"per_request_timeout\":{\"$ref\":\"#/$defs/duration\",\"default\":\"30s\",\"description\":\"Time limit per provider attempt.\"},\"providers\":{\"type\":\"array\",\"description\":\"Configured AI providers.\",\"items\":{\"type\":\"object\"}},\"only_allow_configured_providers\":{\"type\":\"boolean\",\"default\":false,\"description\":\"Reject providers not listed.\"},\"only_allow_configured_models\":{\"type\":\"boolean\",\"default\":false,\"description\":\"Reject models not listed.\"},\"model_selection\":{\"type\":\"object\",\"description\":\"Model selection strategy (CEL over ai.models).\"},\"api_key_selection\":{\"type\":\"object\",\"description\":\"API key selection strategy (CEL over ai.keys).\"}}}}}");
const schema20 = JSON.parse("{\"type\":\"array\",\"description\":\"An ordered list of rules, evaluated top to bottom.\",\"items\":{\"$ref\":\"#/$defs/rule\"}}");
const schema21 = JSON.parse("{\"type\":\"object\",\"description\":\"A rule: when every expression is true (or there are none), its actions run in order.\",\"properties\":{\"name\":{\"type\":[\"string\",\"number\",\"boolean\",\"null\"],\"description\":\"Free-text label of the rule, shown in logs and the dashboard.\"},\"expressions\":{\"type\":[\"array\",\"null\"],\"description\":\"CEL expressions that must all be true for the actions to run (they are ANDed). Each item is a string; quote items that start with '!' or contain ': '. Omit for a rule that always matches.\",\"items\":{\"type\":\"string\",\"description\":\"One CEL expression that yields a bool, e.g. \\\"req.url.path.startsWith('/admin')\\\".\"}},\"actions\":{\"type\":\"array\",\"description\":\"The actions to run, in order. At least one.\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/action\"}}},\"required\":[\"actions\"],\"additionalProperties\":false}");
const schema22 = JSON.parse("{\"type\":\"object\",\"description\":\"One action: a `type` and, for most types, a `config` mapping.\",\"properties\":{\"type\":{\"description\":\"The action type.\",\"enum\":[\"add-headers\",\"basic-auth\",\"circuit-breaker\",\"close-connection\",\"compress-response\",\"custom-response\",\"deny\",\"forward-internal\",\"http-request\",\"jwt-validation\",\"log\",\"oauth\",\"openid-connect\",\"oidc\",\"owasp-crs-request\",\"owasp-crs-response\",\"rate-limit\",\"redirect\",\"remove-headers\",\"request-body-find-replace\",\"response-body-find-replace\",\"restrict-ips\",\"set-vars\",\"sse-find-replace\",\"terminate-tls\",\"url-rewrite\",\"verify-webhook\",\"saml\",\"ai-gateway\"]},\"config\":{\"description\":\"Settings of the action; the fields depend on `type`.\"}},\"required\":[\"type\"],\"additionalProperties\":false,\"allOf\":[{\"if\":{\"properties\":{\"type\":{\"const\":\"add-headers\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/addHeadersConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"basic-auth\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/basicAuthConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"circuit-breaker\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/circuitBreakerConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"close-connection\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/closeConnectionConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"compress-response\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/compressResponseConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"custom-response\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/customResponseConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"deny\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/denyConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"forward-internal\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/forwardInternalConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"http-request\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/httpRequestConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"jwt-validation\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/jwtValidationConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"log\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/logConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"oauth\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/oauthConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"openid-connect\",\"oidc\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/openidConnectConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"owasp-crs-request\",\"owasp-crs-response\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/owaspCrsConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"rate-limit\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/rateLimitConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"redirect\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/redirectConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"remove-headers\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/removeHeadersConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"request-body-find-replace\",\"response-body-find-replace\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/bodyFindReplaceConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"restrict-ips\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/restrictIpsConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"set-vars\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/setVarsConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"sse-find-replace\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/sseFindReplaceConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"terminate-tls\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/terminateTlsConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"url-rewrite\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/urlRewriteConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"verify-webhook\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/verifyWebhookConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"saml\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/samlConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"ai-gateway\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/aiGatewayConfig\"}}}}]}");
const schema23 = JSON.parse("{\"type\":\"object\",\"description\":\"add-headers: add headers to the request (on_http_request) or response (on_http_response).\",\"properties\":{\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"type\":\"object\",\"description\":\"Headers to add (1–10). An existing header of the same name gets an extra value, except `host`, which is replaced. `user-agent` cannot be added.\",\"minProperties\":1}},\"required\":[\"headers\"],\"additionalProperties\":false}");
const schema24 = JSON.parse("{\"type\":\"object\",\"description\":\"Header names mapped to values (at most 10). Values support ${...} CEL interpolation.\",\"maxProperties\":10,\"propertyNames\":{\"$ref\":\"#/$defs/headerName\"},\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"],\"description\":\"Header value; ${...} CEL interpolation is supported. Quote numbers so they stay strings.\"}}");
const schema25 = JSON.parse("{\"type\":\"string\",\"description\":\"An HTTP header name (letters, digits and !#$%&'*+-.^_`|~).\",\"pattern\":\"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$\"}");
const pattern3 = new RegExp("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "u");

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate58.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern3.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},message:"must match pattern \""+"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"+"\"",schema:"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$",parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate57.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 10){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 10},message:"must NOT have more than 10 properties",schema:10,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
const _errs1 = errors;
if(!(validate58(key0, {instancePath,parentData:data,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err1 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema24.propertyNames,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if(((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")){
const err2 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: schema24.additionalProperties.type},message:"must be string,number,boolean",schema:schema24.additionalProperties.type,parentSchema:schema24.additionalProperties,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema24.type,parentSchema:schema24,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate57.errors = vErrors;
return errors === 0;
}
validate57.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate56.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.headers === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headers"},message:"must have required property '"+"headers"+"'",schema:schema23.required,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "headers")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.headers !== undefined){
let data0 = data.headers;
if(!(validate57(data0, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length < 1){
const err2 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema23.properties.headers,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.properties.headers.type,parentSchema:schema23.properties.headers,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema23.type,parentSchema:schema23,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema26 = JSON.parse("{\"type\":\"object\",\"description\":\"basic-auth: require HTTP Basic credentials; failing requests get 401.\",\"properties\":{\"credentials\":{\"type\":\"array\",\"description\":\"Allowed `username:password` pairs (at most 10; password 8–128 characters). Use ${secrets.get('vault', 'name')} instead of literal passwords.\",\"minItems\":1,\"maxItems\":10,\"items\":{\"type\":\"string\",\"description\":\"`username:password`; the first ':' separates the two. ${...} CEL interpolation is supported.\",\"if\":{\"not\":{\"pattern\":\"\\\\$\\\\{\"}},\"then\":{\"pattern\":\"^[^:]+:.{8,128}$\"}}},\"realm\":{\"type\":\"string\",\"description\":\"Realm sent in the 401 challenge (ASCII, at most 128 characters).\",\"default\":\"ngrok\",\"maxLength\":128,\"pattern\":\"^[\\\\x20-\\\\x7e]*$\"},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, failed authentication is recorded in actions.ngrok.basic_auth but the request continues.\",\"default\":true}},\"required\":[\"credentials\"],\"additionalProperties\":false}");
const pattern4 = new RegExp("\\$\\{", "u");
const pattern5 = new RegExp("^[^:]+:.{8,128}$", "u");
const pattern6 = new RegExp("^[\\x20-\\x7e]*$", "u");
const func1 = func1Module.default ?? func1Module;

function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate62.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.credentials === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "credentials"},message:"must have required property '"+"credentials"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "credentials") || (key0 === "realm")) || (key0 === "enforce"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.credentials !== undefined){
let data0 = data.credentials;
if(Array.isArray(data0)){
if(data0.length > 10){
const err2 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema26.properties.credentials,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema26.properties.credentials,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/credentials/" + i0,schemaPath:"#/properties/credentials/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.credentials.items.type,parentSchema:schema26.properties.credentials.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
const _errs6 = errors;
let valid3 = true;
const _errs7 = errors;
const _errs8 = errors;
const _errs9 = errors;
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
errors++;
}
}
var valid4 = _errs9 === errors;
if(valid4){
errors++;
}
else {
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs7 === errors;
errors = _errs6;
if(vErrors !== null){
if(_errs6){
vErrors.length = _errs6;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs10 = errors;
if(typeof data1 === "string"){
if(!pattern5.test(data1)){
const err7 = {instancePath:instancePath+"/credentials/" + i0,schemaPath:"#/properties/credentials/items/then/pattern",keyword:"pattern",params:{pattern: "^[^:]+:.{8,128}$"},message:"must match pattern \""+"^[^:]+:.{8,128}$"+"\"",schema:"^[^:]+:.{8,128}$",parentSchema:schema26.properties.credentials.items.then,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
var _valid0 = _errs10 === errors;
valid3 = _valid0;
}
if(!valid3){
const err8 = {instancePath:instancePath+"/credentials/" + i0,schemaPath:"#/properties/credentials/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema26.properties.credentials.items.if,parentSchema:schema26.properties.credentials.items,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/credentials",schemaPath:"#/properties/credentials/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.credentials.type,parentSchema:schema26.properties.credentials,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.realm !== undefined){
let data2 = data.realm;
if(typeof data2 === "string"){
if((data2.length > 128 && func1(data2) > 128)){
const err10 = {instancePath:instancePath+"/realm",schemaPath:"#/properties/realm/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema26.properties.realm,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!pattern6.test(data2)){
const err11 = {instancePath:instancePath+"/realm",schemaPath:"#/properties/realm/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7e]*$"},message:"must match pattern \""+"^[\\x20-\\x7e]*$"+"\"",schema:"^[\\x20-\\x7e]*$",parentSchema:schema26.properties.realm,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/realm",schemaPath:"#/properties/realm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema26.properties.realm.type,parentSchema:schema26.properties.realm,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.enforce !== undefined){
let data3 = data.enforce;
if(typeof data3 !== "boolean"){
const err13 = {instancePath:instancePath+"/enforce",schemaPath:"#/properties/enforce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema26.properties.enforce.type,parentSchema:schema26.properties.enforce,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema27 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"circuit-breaker: reject requests while the upstream's error rate is too high.\",\"properties\":{\"error_threshold\":{\"type\":\"number\",\"description\":\"Fraction of 5xx responses (0.0–1.0) that trips the breaker. The docs both require it and give a default; tpc treats it as optional.\",\"default\":0.5,\"minimum\":0,\"maximum\":1},\"volume_threshold\":{\"type\":\"integer\",\"description\":\"Minimum number of requests in the window before the breaker can trip.\",\"default\":10,\"minimum\":1,\"maximum\":2000000000},\"window_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Length of the statistics window (1s–2m).\",\"default\":\"10s\",\"type\":\"string\",\"format\":\"duration-1s-2m\"},\"tripped_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How long the breaker stays open once tripped (1s–2m).\",\"default\":\"10s\",\"type\":\"string\",\"format\":\"duration-1s-2m\"},\"num_buckets\":{\"type\":\"integer\",\"description\":\"Number of buckets in the window; fixed at 10 by ngrok (leave it out).\",\"default\":10,\"minimum\":1},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, the breaker never rejects requests.\",\"default\":true}},\"additionalProperties\":false}");
const schema28 = JSON.parse("{\"type\":\"string\",\"description\":\"A Go duration string: a number and a unit (ns, us, ms, s, m, h), e.g. \\\"30s\\\", \\\"5m\\\", \\\"1h30m\\\".\",\"pattern\":\"^(0|([0-9]+(\\\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$\"}");
const pattern7 = new RegExp("^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$", "u");

function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate65.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern7.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema28.type,parentSchema:schema28,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate65.errors = vErrors;
return errors === 0;
}
validate65.evaluated = {"dynamicProps":false,"dynamicItems":false};

const formats0 = tpcFormats["duration-1s-2m"];

function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate64.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema27.type},message:"must be object,null",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "error_threshold") || (key0 === "volume_threshold")) || (key0 === "window_duration")) || (key0 === "tripped_duration")) || (key0 === "num_buckets")) || (key0 === "enforce"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.error_threshold !== undefined){
let data0 = data.error_threshold;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/error_threshold",schemaPath:"#/properties/error_threshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema27.properties.error_threshold,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/error_threshold",schemaPath:"#/properties/error_threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema27.properties.error_threshold,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/error_threshold",schemaPath:"#/properties/error_threshold/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema27.properties.error_threshold.type,parentSchema:schema27.properties.error_threshold,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.volume_threshold !== undefined){
let data1 = data.volume_threshold;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err5 = {instancePath:instancePath+"/volume_threshold",schemaPath:"#/properties/volume_threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.properties.volume_threshold.type,parentSchema:schema27.properties.volume_threshold,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 2000000000 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/volume_threshold",schemaPath:"#/properties/volume_threshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2000000000},message:"must be <= 2000000000",schema:2000000000,parentSchema:schema27.properties.volume_threshold,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/volume_threshold",schemaPath:"#/properties/volume_threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema27.properties.volume_threshold,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
if(data.window_duration !== undefined){
let data2 = data.window_duration;
if(!(validate65(data2, {instancePath:instancePath+"/window_duration",parentData:data,parentDataProperty:"window_duration",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
if(typeof data2 === "string"){
if(!(formats0(data2))){
const err8 = {instancePath:instancePath+"/window_duration",schemaPath:"#/properties/window_duration/format",keyword:"format",params:{format: "duration-1s-2m"},message:"must match format \""+"duration-1s-2m"+"\"",schema:"duration-1s-2m",parentSchema:schema27.properties.window_duration,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/window_duration",schemaPath:"#/properties/window_duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.window_duration.type,parentSchema:schema27.properties.window_duration,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tripped_duration !== undefined){
let data3 = data.tripped_duration;
if(!(validate65(data3, {instancePath:instancePath+"/tripped_duration",parentData:data,parentDataProperty:"tripped_duration",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
if(typeof data3 === "string"){
if(!(formats0(data3))){
const err10 = {instancePath:instancePath+"/tripped_duration",schemaPath:"#/properties/tripped_duration/format",keyword:"format",params:{format: "duration-1s-2m"},message:"must match format \""+"duration-1s-2m"+"\"",schema:"duration-1s-2m",parentSchema:schema27.properties.tripped_duration,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/tripped_duration",schemaPath:"#/properties/tripped_duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.tripped_duration.type,parentSchema:schema27.properties.tripped_duration,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.num_buckets !== undefined){
let data4 = data.num_buckets;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/num_buckets",schemaPath:"#/properties/num_buckets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema27.properties.num_buckets.type,parentSchema:schema27.properties.num_buckets,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/num_buckets",schemaPath:"#/properties/num_buckets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema27.properties.num_buckets,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.enforce !== undefined){
let data5 = data.enforce;
if(typeof data5 !== "boolean"){
const err14 = {instancePath:instancePath+"/enforce",schemaPath:"#/properties/enforce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema27.properties.enforce.type,parentSchema:schema27.properties.enforce,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema29 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"close-connection: drop the client connection. Has no config fields.\",\"properties\":{},\"additionalProperties\":false}");

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate69.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema29.type},message:"must be object,null",schema:schema29.type,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema29,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
validate69.errors = vErrors;
return errors === 0;
}
validate69.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema30 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"compress-response: compress the response body with an algorithm the client accepts.\",\"properties\":{\"algorithms\":{\"type\":\"array\",\"description\":\"Algorithms to offer, in order of preference.\",\"default\":[\"gzip\",\"deflate\",\"br\",\"compress\"],\"uniqueItems\":true,\"items\":{\"enum\":[\"gzip\",\"deflate\",\"br\",\"compress\"]}}},\"additionalProperties\":false}");
const func0 = func0Module.default ?? func0Module;

function validate71(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate71.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema30.type},message:"must be object,null",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "algorithms")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.algorithms !== undefined){
let data0 = data.algorithms;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(!((((data1 === "gzip") || (data1 === "deflate")) || (data1 === "br")) || (data1 === "compress"))){
const err2 = {instancePath:instancePath+"/algorithms/" + i0,schemaPath:"#/properties/algorithms/items/enum",keyword:"enum",params:{allowedValues: schema30.properties.algorithms.items.enum},message:"must be equal to one of the allowed values",schema:schema30.properties.algorithms.items.enum,parentSchema:schema30.properties.algorithms.items,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
let i1 = data0.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data0[i1], data0[j0])){
const err3 = {instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema30.properties.algorithms,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err4 = {instancePath:instancePath+"/algorithms",schemaPath:"#/properties/algorithms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema30.properties.algorithms.type,parentSchema:schema30.properties.algorithms,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
validate71.errors = vErrors;
return errors === 0;
}
validate71.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema31 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"custom-response: answer with a fixed response; terminating.\",\"properties\":{\"status_code\":{\"type\":\"integer\",\"description\":\"HTTP status code of the response.\",\"default\":200,\"minimum\":100,\"maximum\":599},\"body\":{\"type\":\"string\",\"description\":\"Response body; ${...} CEL interpolation is supported.\"},\"content\":{\"type\":\"string\",\"description\":\"Deprecated alias of `body` (May 2025); use `body`.\"},\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"description\":\"Response headers (at most 10). Without content-type, ngrok guesses one from the body.\"}},\"additionalProperties\":false}");

function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate73.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema31.type},message:"must be object,null",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "status_code") || (key0 === "body")) || (key0 === "content")) || (key0 === "headers"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.status_code !== undefined){
let data0 = data.status_code;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.status_code.type,parentSchema:schema31.properties.status_code,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema31.properties.status_code,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 100 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema31.properties.status_code,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
if(data.body !== undefined){
let data1 = data.body;
if(typeof data1 !== "string"){
const err5 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.body.type,parentSchema:schema31.properties.body,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.content !== undefined){
let data2 = data.content;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.content.type,parentSchema:schema31.properties.content,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.headers !== undefined){
if(!(validate57(data.headers, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
validate73.errors = vErrors;
return errors === 0;
}
validate73.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema32 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"deny: reject the request (HTTP) or close the connection (TCP); terminating. Never sends a body (use custom-response for that).\",\"properties\":{\"status_code\":{\"type\":\"integer\",\"description\":\"HTTP status code (request phase only).\",\"default\":403,\"minimum\":100,\"maximum\":599}},\"additionalProperties\":false}");

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate76.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema32.type},message:"must be object,null",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(key0 === "status_code")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.status_code !== undefined){
let data0 = data.status_code;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema32.properties.status_code.type,parentSchema:schema32.properties.status_code,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 599 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema32.properties.status_code,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 100 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema32.properties.status_code,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
validate76.errors = vErrors;
return errors === 0;
}
validate76.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema33 = JSON.parse("{\"type\":\"object\",\"description\":\"forward-internal: hand the traffic to an internal endpoint (a *.internal URL in the same account); terminating.\",\"properties\":{\"url\":{\"type\":\"string\",\"description\":\"URL of the internal endpoint, e.g. https://api.internal or tcp://db.internal:5432. ${...} CEL interpolation is supported.\",\"minLength\":1},\"on_error\":{\"$ref\":\"#/$defs/onError\",\"description\":\"`halt` (default): a failed forward returns an error. `continue`: later actions run when the forward fails.\",\"default\":\"halt\"},\"binding\":{\"const\":\"internal\",\"description\":\"Legacy field (removed from the docs in January 2025); leave it out.\"},\"endpoint_selectors\":{\"description\":\"Announced by ngrok for custom pool load balancing; shape not documented yet.\"},\"endpoint_weights\":{\"description\":\"Announced by ngrok for custom pool load balancing; shape not documented yet.\"}},\"required\":[\"url\"],\"additionalProperties\":false}");
const schema34 = JSON.parse("{\"type\":\"string\",\"description\":\"What happens when the action fails: `halt` stops processing and returns an error, `continue` runs the next action.\",\"enum\":[\"halt\",\"continue\"]}");

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate79.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((data === "halt") || (data === "continue"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema34.enum},message:"must be equal to one of the allowed values",schema:schema34.enum,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate79.errors = vErrors;
return errors === 0;
}
validate79.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate78.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "url") || (key0 === "on_error")) || (key0 === "binding")) || (key0 === "endpoint_selectors")) || (key0 === "endpoint_weights"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33.properties.url,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.url.type,parentSchema:schema33.properties.url,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.on_error !== undefined){
if(!(validate79(data.on_error, {instancePath:instancePath+"/on_error",parentData:data,parentDataProperty:"on_error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
if(data.binding !== undefined){
let data2 = data.binding;
if("internal" !== data2){
const err4 = {instancePath:instancePath+"/binding",schemaPath:"#/properties/binding/const",keyword:"const",params:{allowedValue: "internal"},message:"must be equal to constant",schema:"internal",parentSchema:schema33.properties.binding,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate78.errors = vErrors;
return errors === 0;
}
validate78.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema35 = JSON.parse("{\"type\":\"object\",\"description\":\"http-request: call another HTTP service (by default only *.internal endpoints) and expose the result in actions.ngrok.http_request.\",\"properties\":{\"url\":{\"type\":\"string\",\"description\":\"URL to call. External URLs work only after ngrok support enables them. ${...} CEL interpolation is supported.\",\"minLength\":1},\"method\":{\"type\":\"string\",\"description\":\"HTTP method.\",\"default\":\"GET\",\"enum\":[\"GET\",\"PUT\",\"POST\",\"PATCH\",\"DELETE\",\"OPTIONS\"]},\"query_params\":{\"type\":\"array\",\"description\":\"Query parameters to send (at most 32).\",\"maxItems\":32,\"items\":{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\",\"description\":\"Parameter name (at most 128 characters).\",\"minLength\":1,\"maxLength\":128},\"value\":{\"type\":\"string\",\"description\":\"Parameter value (at most 8192 characters); ${...} CEL interpolation is supported.\",\"maxLength\":8192}},\"required\":[\"key\"],\"additionalProperties\":false}},\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"description\":\"Request headers (at most 10).\"},\"body\":{\"type\":\"string\",\"description\":\"Request body (for POST, PUT, PATCH); ${...} CEL interpolation is supported.\"},\"max_redirects\":{\"type\":\"integer\",\"description\":\"Redirects to follow. ngrok's docs disagree on the default (10 or 0) and the limit (100 or 5).\",\"minimum\":0,\"maximum\":100},\"timeout\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Total time for all attempts and redirects (1s–30s).\",\"default\":\"3s\",\"type\":\"string\",\"format\":\"duration-1s-30s\"},\"retry_condition\":{\"type\":\"string\",\"description\":\"CEL expression (without ${}) evaluated after a failed attempt; true retries (at most 3 retries). Sees `attempts` and `last_attempt`.\",\"default\":\"false\"},\"on_error\":{\"$ref\":\"#/$defs/onError\",\"description\":\"`continue` (default): a failed call lets processing continue. `halt`: return an error.\",\"default\":\"continue\"}},\"required\":[\"url\"],\"additionalProperties\":false}");
const func4 = Object.prototype.hasOwnProperty;
const formats4 = tpcFormats["duration-1s-30s"];

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate82.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func4.call(schema35.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.url,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.url.type,parentSchema:schema35.properties.url,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.method !== undefined){
let data1 = data.method;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.method.type,parentSchema:schema35.properties.method,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((data1 === "GET") || (data1 === "PUT")) || (data1 === "POST")) || (data1 === "PATCH")) || (data1 === "DELETE")) || (data1 === "OPTIONS"))){
const err5 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema35.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.method.enum,parentSchema:schema35.properties.method,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.query_params !== undefined){
let data2 = data.query_params;
if(Array.isArray(data2)){
if(data2.length > 32){
const err6 = {instancePath:instancePath+"/query_params",schemaPath:"#/properties/query_params/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema35.properties.query_params,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.key === undefined){
const err7 = {instancePath:instancePath+"/query_params/" + i0,schemaPath:"#/properties/query_params/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema35.properties.query_params.items.required,parentSchema:schema35.properties.query_params.items,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "key") || (key1 === "value"))){
const err8 = {instancePath:instancePath+"/query_params/" + i0,schemaPath:"#/properties/query_params/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.query_params.items,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.key !== undefined){
let data4 = data3.key;
if(typeof data4 === "string"){
if((data4.length > 128 && func1(data4) > 128)){
const err9 = {instancePath:instancePath+"/query_params/" + i0+"/key",schemaPath:"#/properties/query_params/items/properties/key/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema35.properties.query_params.items.properties.key,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.length < 1){
const err10 = {instancePath:instancePath+"/query_params/" + i0+"/key",schemaPath:"#/properties/query_params/items/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.query_params.items.properties.key,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/query_params/" + i0+"/key",schemaPath:"#/properties/query_params/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.query_params.items.properties.key.type,parentSchema:schema35.properties.query_params.items.properties.key,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data3.value !== undefined){
let data5 = data3.value;
if(typeof data5 === "string"){
if((data5.length > 8192 && func1(data5) > 8192)){
const err12 = {instancePath:instancePath+"/query_params/" + i0+"/value",schemaPath:"#/properties/query_params/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters",schema:8192,parentSchema:schema35.properties.query_params.items.properties.value,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/query_params/" + i0+"/value",schemaPath:"#/properties/query_params/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.query_params.items.properties.value.type,parentSchema:schema35.properties.query_params.items.properties.value,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/query_params/" + i0,schemaPath:"#/properties/query_params/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.query_params.items.type,parentSchema:schema35.properties.query_params.items,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/query_params",schemaPath:"#/properties/query_params/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.query_params.type,parentSchema:schema35.properties.query_params,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.headers !== undefined){
if(!(validate57(data.headers, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
if(data.body !== undefined){
let data7 = data.body;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.body.type,parentSchema:schema35.properties.body,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.max_redirects !== undefined){
let data8 = data.max_redirects;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err17 = {instancePath:instancePath+"/max_redirects",schemaPath:"#/properties/max_redirects/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema35.properties.max_redirects.type,parentSchema:schema35.properties.max_redirects,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 100 || isNaN(data8)){
const err18 = {instancePath:instancePath+"/max_redirects",schemaPath:"#/properties/max_redirects/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema35.properties.max_redirects,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/max_redirects",schemaPath:"#/properties/max_redirects/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema35.properties.max_redirects,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data.timeout !== undefined){
let data9 = data.timeout;
if(!(validate65(data9, {instancePath:instancePath+"/timeout",parentData:data,parentDataProperty:"timeout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
if(typeof data9 === "string"){
if(!(formats4(data9))){
const err20 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/format",keyword:"format",params:{format: "duration-1s-30s"},message:"must match format \""+"duration-1s-30s"+"\"",schema:"duration-1s-30s",parentSchema:schema35.properties.timeout,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.timeout.type,parentSchema:schema35.properties.timeout,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.retry_condition !== undefined){
let data10 = data.retry_condition;
if(typeof data10 !== "string"){
const err22 = {instancePath:instancePath+"/retry_condition",schemaPath:"#/properties/retry_condition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.retry_condition.type,parentSchema:schema35.properties.retry_condition,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.on_error !== undefined){
if(!(validate79(data.on_error, {instancePath:instancePath+"/on_error",parentData:data,parentDataProperty:"on_error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate82.errors = vErrors;
return errors === 0;
}
validate82.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema36 = JSON.parse("{\"type\":\"object\",\"description\":\"jwt-validation: require valid JWTs; failing requests get 401.\",\"properties\":{\"issuer\":{\"type\":\"object\",\"description\":\"Accepted token issuers.\",\"properties\":{\"allow_list\":{\"$ref\":\"#/$defs/jwtAllowList\",\"description\":\"Issuer values; each must equal the token's `iss` exactly (a trailing slash matters).\"}},\"required\":[\"allow_list\"],\"additionalProperties\":false},\"audience\":{\"type\":\"object\",\"description\":\"Accepted audiences.\",\"properties\":{\"allow_list\":{\"$ref\":\"#/$defs/jwtAllowList\",\"description\":\"The token's `aud` must contain one of these values.\"}},\"additionalProperties\":false},\"http\":{\"type\":\"object\",\"description\":\"Where to find the tokens in the request.\",\"properties\":{\"tokens\":{\"type\":\"array\",\"description\":\"Tokens to validate; every listed token must be present.\",\"minItems\":1,\"items\":{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\",\"description\":\"Token type.\",\"enum\":[\"jwt\",\"access_token\",\"id_token\",\"at+jwt\",\"it+jwt\",\"plain\"]},\"method\":{\"type\":\"string\",\"description\":\"Where the token is: a header, or a body field (POST/PUT/PATCH only).\",\"enum\":[\"header\",\"body\"]},\"name\":{\"type\":\"string\",\"description\":\"Header or body field name, e.g. Authorization.\",\"minLength\":1},\"prefix\":{\"type\":\"string\",\"description\":\"Prefix stripped before parsing, e.g. \\\"Bearer \\\".\"}},\"required\":[\"type\",\"method\",\"name\"],\"additionalProperties\":false}}},\"required\":[\"tokens\"],\"additionalProperties\":false},\"jws\":{\"type\":\"object\",\"description\":\"Signature checks.\",\"properties\":{\"allowed_algorithms\":{\"type\":\"array\",\"description\":\"Accepted signing algorithms, e.g. RS256, ES256. `none` is not allowed.\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1,\"not\":{\"const\":\"none\"}}},\"keys\":{\"type\":[\"object\",\"array\"],\"description\":\"Signing keys. Written as a mapping in every example (the reference table says list; a one-item list is accepted).\",\"$ref\":\"#/$defs/jwtKeysShape\"}},\"required\":[\"allowed_algorithms\",\"keys\"],\"additionalProperties\":false}},\"required\":[\"issuer\",\"http\",\"jws\"],\"additionalProperties\":false}");
const schema37 = JSON.parse("{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"string\",\"description\":\"Allowed value (exact match).\",\"minLength\":1}},\"required\":[\"value\"],\"additionalProperties\":false}}");

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate88.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length < 1){
const err0 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.value === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema37.items.required,parentSchema:schema37.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data0){
if(!(key0 === "value")){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema37.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.value !== undefined){
let data1 = data0.value;
if(typeof data1 === "string"){
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/" + i0+"/value",schemaPath:"#/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema37.items.properties.value,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/" + i0+"/value",schemaPath:"#/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.items.properties.value.type,parentSchema:schema37.items.properties.value,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema37.items.type,parentSchema:schema37.items,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate88.errors = vErrors;
return errors === 0;
}
validate88.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema38 = JSON.parse("{\"if\":{\"type\":\"object\"},\"then\":{\"$ref\":\"#/$defs/jwtKeys\"},\"else\":{\"type\":\"array\",\"maxItems\":1,\"items\":{\"$ref\":\"#/$defs/jwtKeys\"}}}");
const schema39 = JSON.parse("{\"type\":\"object\",\"description\":\"Where the signing keys come from.\",\"properties\":{\"sources\":{\"type\":[\"object\",\"array\"],\"description\":\"Key sources. Written as a mapping in every example (the reference table says list; a one-item list is accepted).\",\"properties\":{\"additional_jkus\":{\"type\":\"array\",\"description\":\"JWKS URLs to fetch keys from (refreshed about every 15 minutes).\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1}}},\"required\":[\"additional_jkus\"],\"additionalProperties\":false,\"maxItems\":1,\"items\":{\"$ref\":\"#/$defs/jwtKeySources\"}},\"identification\":{\"type\":\"array\",\"description\":\"How a token names its key.\",\"items\":{\"type\":\"object\",\"properties\":{\"token_claims\":{\"type\":\"array\",\"description\":\"Header claims that identify the key (supported: kid).\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false}}},\"required\":[\"sources\"],\"additionalProperties\":false}");
const schema40 = JSON.parse("{\"type\":\"object\",\"properties\":{\"additional_jkus\":{\"type\":\"array\",\"description\":\"JWKS URLs to fetch keys from.\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1}}},\"required\":[\"additional_jkus\"],\"additionalProperties\":false}");

function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate93.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.additional_jkus === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "additional_jkus"},message:"must have required property '"+"additional_jkus"+"'",schema:schema40.required,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "additional_jkus")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.additional_jkus !== undefined){
let data0 = data.additional_jkus;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/additional_jkus",schemaPath:"#/properties/additional_jkus/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema40.properties.additional_jkus,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/additional_jkus/" + i0,schemaPath:"#/properties/additional_jkus/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema40.properties.additional_jkus.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/additional_jkus/" + i0,schemaPath:"#/properties/additional_jkus/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.properties.additional_jkus.items.type,parentSchema:schema40.properties.additional_jkus.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/additional_jkus",schemaPath:"#/properties/additional_jkus/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.properties.additional_jkus.type,parentSchema:schema40.properties.additional_jkus,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
validate93.errors = vErrors;
return errors === 0;
}
validate93.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate92.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sources === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'",schema:schema39.required,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "sources") || (key0 === "identification"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.sources !== undefined){
let data0 = data.sources;
if(!data0 || typeof data0 != "object"){
const err2 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: schema39.properties.sources.type},message:"must be object,array",schema:schema39.properties.sources.type,parentSchema:schema39.properties.sources,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(Array.isArray(data0)){
if(data0.length > 1){
const err3 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:1,parentSchema:schema39.properties.sources,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate93(data0[i0], {instancePath:instancePath+"/sources/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
}
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.additional_jkus === undefined){
const err4 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/required",keyword:"required",params:{missingProperty: "additional_jkus"},message:"must have required property '"+"additional_jkus"+"'",schema:schema39.properties.sources.required,parentSchema:schema39.properties.sources,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "additional_jkus")){
const err5 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.sources,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.additional_jkus !== undefined){
let data2 = data0.additional_jkus;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/sources/additional_jkus",schemaPath:"#/properties/sources/properties/additional_jkus/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema39.properties.sources.properties.additional_jkus,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 === "string"){
if(data3.length < 1){
const err7 = {instancePath:instancePath+"/sources/additional_jkus/" + i1,schemaPath:"#/properties/sources/properties/additional_jkus/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema39.properties.sources.properties.additional_jkus.items,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/sources/additional_jkus/" + i1,schemaPath:"#/properties/sources/properties/additional_jkus/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.sources.properties.additional_jkus.items.type,parentSchema:schema39.properties.sources.properties.additional_jkus.items,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath:instancePath+"/sources/additional_jkus",schemaPath:"#/properties/sources/properties/additional_jkus/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.sources.properties.additional_jkus.type,parentSchema:schema39.properties.sources.properties.additional_jkus,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
}
if(data.identification !== undefined){
let data4 = data.identification;
if(Array.isArray(data4)){
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
if(!(key2 === "token_claims")){
const err10 = {instancePath:instancePath+"/identification/" + i2,schemaPath:"#/properties/identification/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema39.properties.identification.items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data5.token_claims !== undefined){
let data6 = data5.token_claims;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
let data7 = data6[i3];
if(typeof data7 !== "string"){
const err11 = {instancePath:instancePath+"/identification/" + i2+"/token_claims/" + i3,schemaPath:"#/properties/identification/items/properties/token_claims/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.identification.items.properties.token_claims.items.type,parentSchema:schema39.properties.identification.items.properties.token_claims.items,data:data7};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/identification/" + i2+"/token_claims",schemaPath:"#/properties/identification/items/properties/token_claims/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.identification.items.properties.token_claims.type,parentSchema:schema39.properties.identification.items.properties.token_claims,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/identification/" + i2,schemaPath:"#/properties/identification/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.properties.identification.items.type,parentSchema:schema39.properties.identification.items,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/identification",schemaPath:"#/properties/identification/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema39.properties.identification.type,parentSchema:schema39.properties.identification,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema39.type,parentSchema:schema39,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate92.errors = vErrors;
return errors === 0;
}
validate92.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate91.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(!(data && typeof data == "object" && !Array.isArray(data))){
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(validate92(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
ifClause0 = "then";
}
else {
const _errs4 = errors;
if(Array.isArray(data)){
if(data.length > 1){
const err1 = {instancePath,schemaPath:"#/else/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:1,parentSchema:schema38.else,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate92(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.else.type,parentSchema:schema38.else,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var items0 = true;
}
ifClause0 = "else";
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema38.if,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate91.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate91.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate87.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issuer === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.http === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "http"},message:"must have required property '"+"http"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.jws === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "jws"},message:"must have required property '"+"jws"+"'",schema:schema36.required,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "issuer") || (key0 === "audience")) || (key0 === "http")) || (key0 === "jws"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.issuer !== undefined){
let data0 = data.issuer;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.allow_list === undefined){
const err4 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/required",keyword:"required",params:{missingProperty: "allow_list"},message:"must have required property '"+"allow_list"+"'",schema:schema36.properties.issuer.required,parentSchema:schema36.properties.issuer,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data0){
if(!(key1 === "allow_list")){
const err5 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.issuer,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.allow_list !== undefined){
if(!(validate88(data0.allow_list, {instancePath:instancePath+"/issuer/allow_list",parentData:data0,parentDataProperty:"allow_list",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.issuer.type,parentSchema:schema36.properties.issuer,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.audience !== undefined){
let data2 = data.audience;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key2 in data2){
if(!(key2 === "allow_list")){
const err7 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.audience,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data2.allow_list !== undefined){
if(!(validate88(data2.allow_list, {instancePath:instancePath+"/audience/allow_list",parentData:data2,parentDataProperty:"allow_list",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
}
}
else {
const err8 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.audience.type,parentSchema:schema36.properties.audience,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.http !== undefined){
let data4 = data.http;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.tokens === undefined){
const err9 = {instancePath:instancePath+"/http",schemaPath:"#/properties/http/required",keyword:"required",params:{missingProperty: "tokens"},message:"must have required property '"+"tokens"+"'",schema:schema36.properties.http.required,parentSchema:schema36.properties.http,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key3 in data4){
if(!(key3 === "tokens")){
const err10 = {instancePath:instancePath+"/http",schemaPath:"#/properties/http/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.http,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.tokens !== undefined){
let data5 = data4.tokens;
if(Array.isArray(data5)){
if(data5.length < 1){
const err11 = {instancePath:instancePath+"/http/tokens",schemaPath:"#/properties/http/properties/tokens/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema36.properties.http.properties.tokens,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
let data6 = data5[i0];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.type === undefined){
const err12 = {instancePath:instancePath+"/http/tokens/" + i0,schemaPath:"#/properties/http/properties/tokens/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema36.properties.http.properties.tokens.items.required,parentSchema:schema36.properties.http.properties.tokens.items,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data6.method === undefined){
const err13 = {instancePath:instancePath+"/http/tokens/" + i0,schemaPath:"#/properties/http/properties/tokens/items/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'",schema:schema36.properties.http.properties.tokens.items.required,parentSchema:schema36.properties.http.properties.tokens.items,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data6.name === undefined){
const err14 = {instancePath:instancePath+"/http/tokens/" + i0,schemaPath:"#/properties/http/properties/tokens/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema36.properties.http.properties.tokens.items.required,parentSchema:schema36.properties.http.properties.tokens.items,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key4 in data6){
if(!((((key4 === "type") || (key4 === "method")) || (key4 === "name")) || (key4 === "prefix"))){
const err15 = {instancePath:instancePath+"/http/tokens/" + i0,schemaPath:"#/properties/http/properties/tokens/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.http.properties.tokens.items,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.type !== undefined){
let data7 = data6.type;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/http/tokens/" + i0+"/type",schemaPath:"#/properties/http/properties/tokens/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.http.properties.tokens.items.properties.type.type,parentSchema:schema36.properties.http.properties.tokens.items.properties.type,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!((((((data7 === "jwt") || (data7 === "access_token")) || (data7 === "id_token")) || (data7 === "at+jwt")) || (data7 === "it+jwt")) || (data7 === "plain"))){
const err17 = {instancePath:instancePath+"/http/tokens/" + i0+"/type",schemaPath:"#/properties/http/properties/tokens/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema36.properties.http.properties.tokens.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.http.properties.tokens.items.properties.type.enum,parentSchema:schema36.properties.http.properties.tokens.items.properties.type,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.method !== undefined){
let data8 = data6.method;
if(typeof data8 !== "string"){
const err18 = {instancePath:instancePath+"/http/tokens/" + i0+"/method",schemaPath:"#/properties/http/properties/tokens/items/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.http.properties.tokens.items.properties.method.type,parentSchema:schema36.properties.http.properties.tokens.items.properties.method,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(!((data8 === "header") || (data8 === "body"))){
const err19 = {instancePath:instancePath+"/http/tokens/" + i0+"/method",schemaPath:"#/properties/http/properties/tokens/items/properties/method/enum",keyword:"enum",params:{allowedValues: schema36.properties.http.properties.tokens.items.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema36.properties.http.properties.tokens.items.properties.method.enum,parentSchema:schema36.properties.http.properties.tokens.items.properties.method,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.name !== undefined){
let data9 = data6.name;
if(typeof data9 === "string"){
if(data9.length < 1){
const err20 = {instancePath:instancePath+"/http/tokens/" + i0+"/name",schemaPath:"#/properties/http/properties/tokens/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.http.properties.tokens.items.properties.name,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/http/tokens/" + i0+"/name",schemaPath:"#/properties/http/properties/tokens/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.http.properties.tokens.items.properties.name.type,parentSchema:schema36.properties.http.properties.tokens.items.properties.name,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.prefix !== undefined){
let data10 = data6.prefix;
if(typeof data10 !== "string"){
const err22 = {instancePath:instancePath+"/http/tokens/" + i0+"/prefix",schemaPath:"#/properties/http/properties/tokens/items/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.http.properties.tokens.items.properties.prefix.type,parentSchema:schema36.properties.http.properties.tokens.items.properties.prefix,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/http/tokens/" + i0,schemaPath:"#/properties/http/properties/tokens/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.http.properties.tokens.items.type,parentSchema:schema36.properties.http.properties.tokens.items,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/http/tokens",schemaPath:"#/properties/http/properties/tokens/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.http.properties.tokens.type,parentSchema:schema36.properties.http.properties.tokens,data:data5};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/http",schemaPath:"#/properties/http/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.http.type,parentSchema:schema36.properties.http,data:data4};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.jws !== undefined){
let data11 = data.jws;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(data11.allowed_algorithms === undefined){
const err26 = {instancePath:instancePath+"/jws",schemaPath:"#/properties/jws/required",keyword:"required",params:{missingProperty: "allowed_algorithms"},message:"must have required property '"+"allowed_algorithms"+"'",schema:schema36.properties.jws.required,parentSchema:schema36.properties.jws,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data11.keys === undefined){
const err27 = {instancePath:instancePath+"/jws",schemaPath:"#/properties/jws/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'",schema:schema36.properties.jws.required,parentSchema:schema36.properties.jws,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key5 in data11){
if(!((key5 === "allowed_algorithms") || (key5 === "keys"))){
const err28 = {instancePath:instancePath+"/jws",schemaPath:"#/properties/jws/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema36.properties.jws,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data11.allowed_algorithms !== undefined){
let data12 = data11.allowed_algorithms;
if(Array.isArray(data12)){
if(data12.length < 1){
const err29 = {instancePath:instancePath+"/jws/allowed_algorithms",schemaPath:"#/properties/jws/properties/allowed_algorithms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema36.properties.jws.properties.allowed_algorithms,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
const _errs33 = errors;
const _errs34 = errors;
if("none" !== data13){
errors++;
}
var valid10 = _errs34 === errors;
if(valid10){
const err31 = {instancePath:instancePath+"/jws/allowed_algorithms/" + i1,schemaPath:"#/properties/jws/properties/allowed_algorithms/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema36.properties.jws.properties.allowed_algorithms.items.not,parentSchema:schema36.properties.jws.properties.allowed_algorithms.items,data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
errors = _errs33;
if(vErrors !== null){
if(_errs33){
vErrors.length = _errs33;
}
else {
vErrors = null;
}
}
}
if(typeof data13 === "string"){
if(data13.length < 1){
const err32 = {instancePath:instancePath+"/jws/allowed_algorithms/" + i1,schemaPath:"#/properties/jws/properties/allowed_algorithms/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema36.properties.jws.properties.allowed_algorithms.items,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/jws/allowed_algorithms/" + i1,schemaPath:"#/properties/jws/properties/allowed_algorithms/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema36.properties.jws.properties.allowed_algorithms.items.type,parentSchema:schema36.properties.jws.properties.allowed_algorithms.items,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/jws/allowed_algorithms",schemaPath:"#/properties/jws/properties/allowed_algorithms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema36.properties.jws.properties.allowed_algorithms.type,parentSchema:schema36.properties.jws.properties.allowed_algorithms,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data11.keys !== undefined){
let data14 = data11.keys;
if(!data14 || typeof data14 != "object"){
const err35 = {instancePath:instancePath+"/jws/keys",schemaPath:"#/properties/jws/properties/keys/type",keyword:"type",params:{type: schema36.properties.jws.properties.keys.type},message:"must be object,array",schema:schema36.properties.jws.properties.keys.type,parentSchema:schema36.properties.jws.properties.keys,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!(validate91(data14, {instancePath:instancePath+"/jws/keys",parentData:data11,parentDataProperty:"keys",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate91.errors : vErrors.concat(validate91.errors);
errors = vErrors.length;
}
}
}
else {
const err36 = {instancePath:instancePath+"/jws",schemaPath:"#/properties/jws/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.properties.jws.type,parentSchema:schema36.properties.jws,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate87.errors = vErrors;
return errors === 0;
}
validate87.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema41 = JSON.parse("{\"type\":\"object\",\"description\":\"log: attach metadata to the traffic event sent to your event destinations.\",\"properties\":{\"metadata\":{\"type\":\"object\",\"description\":\"Arbitrary keys and values; string values support ${...} CEL interpolation.\"}},\"required\":[\"metadata\"],\"additionalProperties\":false}");

function validate99(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate99.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.metadata === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema41.required,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "metadata")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.metadata !== undefined){
let data0 = data.metadata;
if(!(data0 && typeof data0 == "object" && !Array.isArray(data0))){
const err2 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.properties.metadata.type,parentSchema:schema41.properties.metadata,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
}
else {
const err3 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema41.type,parentSchema:schema41,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate99.errors = vErrors;
return errors === 0;
}
validate99.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema42 = JSON.parse("{\"type\":\"object\",\"description\":\"oauth: require login with an OAuth provider.\",\"properties\":{\"provider\":{\"type\":\"string\",\"description\":\"Identity provider. ngrok-managed apps exist for all but amazon and facebook.\",\"enum\":[\"amazon\",\"facebook\",\"github\",\"gitlab\",\"google\",\"linkedin\",\"microsoft\",\"twitch\"]},\"auth_id\":{\"type\":\"string\",\"description\":\"Scopes the session cookie; used as ?auth_id= on /ngrok/login and /ngrok/logout.\"},\"client_id\":{\"type\":\"string\",\"description\":\"Your OAuth app's client ID. Leave out together with client_secret to use ngrok's managed app. ${...} CEL interpolation is supported.\"},\"client_secret\":{\"type\":\"string\",\"description\":\"Your OAuth app's client secret; use ${secrets.get('vault', 'name')} instead of a literal.\"},\"scopes\":{\"type\":\"array\",\"description\":\"Extra scopes to request (not allowed with ngrok's managed apps).\",\"items\":{\"type\":\"string\"}},\"authz_url_params\":{\"type\":\"object\",\"description\":\"Extra query parameters for the provider's authorization URL.\",\"additionalProperties\":{\"type\":\"string\"}},\"max_session_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Longest a session may last before the user logs in again.\"},\"idle_session_timeout\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Idle time after which a session ends (openid-connect spells it idle_session_duration).\"},\"userinfo_refresh_interval\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How often the user's identity is refreshed from the provider.\"},\"allow_cors_preflight\":{\"type\":\"boolean\",\"description\":\"Let CORS preflight (OPTIONS) requests through without authentication.\",\"default\":false},\"auth_cookie_domain\":{\"type\":\"string\",\"description\":\"Domain for the session cookie; must belong to the endpoint's domain.\"}},\"required\":[\"provider\"],\"additionalProperties\":false}");

function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate101.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.provider === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func4.call(schema42.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.provider !== undefined){
let data0 = data.provider;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.provider.type,parentSchema:schema42.properties.provider,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((((((data0 === "amazon") || (data0 === "facebook")) || (data0 === "github")) || (data0 === "gitlab")) || (data0 === "google")) || (data0 === "linkedin")) || (data0 === "microsoft")) || (data0 === "twitch"))){
const err3 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/enum",keyword:"enum",params:{allowedValues: schema42.properties.provider.enum},message:"must be equal to one of the allowed values",schema:schema42.properties.provider.enum,parentSchema:schema42.properties.provider,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.auth_id !== undefined){
let data1 = data.auth_id;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/auth_id",schemaPath:"#/properties/auth_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.auth_id.type,parentSchema:schema42.properties.auth_id,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.client_id !== undefined){
let data2 = data.client_id;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.client_id.type,parentSchema:schema42.properties.client_id,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.client_secret !== undefined){
let data3 = data.client_secret;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/client_secret",schemaPath:"#/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.client_secret.type,parentSchema:schema42.properties.client_secret,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.scopes !== undefined){
let data4 = data.scopes;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.scopes.items.type,parentSchema:schema42.properties.scopes.items,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.properties.scopes.type,parentSchema:schema42.properties.scopes,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.authz_url_params !== undefined){
let data6 = data.authz_url_params;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
let data7 = data6[key1];
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/authz_url_params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/authz_url_params/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.authz_url_params.additionalProperties.type,parentSchema:schema42.properties.authz_url_params.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/authz_url_params",schemaPath:"#/properties/authz_url_params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.properties.authz_url_params.type,parentSchema:schema42.properties.authz_url_params,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.max_session_duration !== undefined){
if(!(validate65(data.max_session_duration, {instancePath:instancePath+"/max_session_duration",parentData:data,parentDataProperty:"max_session_duration",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.idle_session_timeout !== undefined){
if(!(validate65(data.idle_session_timeout, {instancePath:instancePath+"/idle_session_timeout",parentData:data,parentDataProperty:"idle_session_timeout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.userinfo_refresh_interval !== undefined){
if(!(validate65(data.userinfo_refresh_interval, {instancePath:instancePath+"/userinfo_refresh_interval",parentData:data,parentDataProperty:"userinfo_refresh_interval",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.allow_cors_preflight !== undefined){
let data11 = data.allow_cors_preflight;
if(typeof data11 !== "boolean"){
const err11 = {instancePath:instancePath+"/allow_cors_preflight",schemaPath:"#/properties/allow_cors_preflight/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema42.properties.allow_cors_preflight.type,parentSchema:schema42.properties.allow_cors_preflight,data:data11};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.auth_cookie_domain !== undefined){
let data12 = data.auth_cookie_domain;
if(typeof data12 !== "string"){
const err12 = {instancePath:instancePath+"/auth_cookie_domain",schemaPath:"#/properties/auth_cookie_domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema42.properties.auth_cookie_domain.type,parentSchema:schema42.properties.auth_cookie_domain,data:data12};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate101.errors = vErrors;
return errors === 0;
}
validate101.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = JSON.parse("{\"type\":\"object\",\"description\":\"openid-connect: require login with an OpenID Connect identity provider.\",\"properties\":{\"issuer_url\":{\"type\":\"string\",\"description\":\"Issuer URL of the provider; it must serve /.well-known/openid-configuration.\",\"minLength\":1},\"auth_id\":{\"type\":\"string\",\"description\":\"Scopes the session cookie; used as ?auth_id= on /ngrok/login and /ngrok/logout.\"},\"client_id\":{\"type\":\"string\",\"description\":\"Client ID of your app at the provider; ${...} CEL interpolation is supported.\"},\"client_secret\":{\"type\":\"string\",\"description\":\"Client secret; use ${secrets.get('vault', 'name')} instead of a literal.\"},\"scopes\":{\"type\":\"array\",\"description\":\"Scopes to request, e.g. openid, profile, email.\",\"items\":{\"type\":\"string\"}},\"authz_url_params\":{\"type\":\"object\",\"description\":\"Extra query parameters for the provider's authorization URL.\",\"additionalProperties\":{\"type\":\"string\"}},\"max_session_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Longest a session may last before the user logs in again.\"},\"idle_session_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Idle time after which a session ends (oauth spells it idle_session_timeout).\"},\"userinfo_refresh_interval\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How often the user's identity is refreshed from the provider.\"},\"allow_cors_preflight\":{\"type\":\"boolean\",\"description\":\"Let CORS preflight (OPTIONS) requests through without authentication.\",\"default\":false},\"auth_cookie_domain\":{\"type\":\"string\",\"description\":\"Domain for the session cookie; must belong to the endpoint's domain.\"}},\"required\":[\"issuer_url\"],\"additionalProperties\":false}");

function validate106(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate106.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issuer_url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issuer_url"},message:"must have required property '"+"issuer_url"+"'",schema:schema43.required,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func4.call(schema43.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.issuer_url !== undefined){
let data0 = data.issuer_url;
if(typeof data0 === "string"){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/issuer_url",schemaPath:"#/properties/issuer_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema43.properties.issuer_url,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/issuer_url",schemaPath:"#/properties/issuer_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.issuer_url.type,parentSchema:schema43.properties.issuer_url,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.auth_id !== undefined){
let data1 = data.auth_id;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/auth_id",schemaPath:"#/properties/auth_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.auth_id.type,parentSchema:schema43.properties.auth_id,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.client_id !== undefined){
let data2 = data.client_id;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.client_id.type,parentSchema:schema43.properties.client_id,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.client_secret !== undefined){
let data3 = data.client_secret;
if(typeof data3 !== "string"){
const err6 = {instancePath:instancePath+"/client_secret",schemaPath:"#/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.client_secret.type,parentSchema:schema43.properties.client_secret,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.scopes !== undefined){
let data4 = data.scopes;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.scopes.items.type,parentSchema:schema43.properties.scopes.items,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.scopes.type,parentSchema:schema43.properties.scopes,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.authz_url_params !== undefined){
let data6 = data.authz_url_params;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
let data7 = data6[key1];
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/authz_url_params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/authz_url_params/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.authz_url_params.additionalProperties.type,parentSchema:schema43.properties.authz_url_params.additionalProperties,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/authz_url_params",schemaPath:"#/properties/authz_url_params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.properties.authz_url_params.type,parentSchema:schema43.properties.authz_url_params,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.max_session_duration !== undefined){
if(!(validate65(data.max_session_duration, {instancePath:instancePath+"/max_session_duration",parentData:data,parentDataProperty:"max_session_duration",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.idle_session_duration !== undefined){
if(!(validate65(data.idle_session_duration, {instancePath:instancePath+"/idle_session_duration",parentData:data,parentDataProperty:"idle_session_duration",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.userinfo_refresh_interval !== undefined){
if(!(validate65(data.userinfo_refresh_interval, {instancePath:instancePath+"/userinfo_refresh_interval",parentData:data,parentDataProperty:"userinfo_refresh_interval",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.allow_cors_preflight !== undefined){
let data11 = data.allow_cors_preflight;
if(typeof data11 !== "boolean"){
const err11 = {instancePath:instancePath+"/allow_cors_preflight",schemaPath:"#/properties/allow_cors_preflight/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema43.properties.allow_cors_preflight.type,parentSchema:schema43.properties.allow_cors_preflight,data:data11};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.auth_cookie_domain !== undefined){
let data12 = data.auth_cookie_domain;
if(typeof data12 !== "string"){
const err12 = {instancePath:instancePath+"/auth_cookie_domain",schemaPath:"#/properties/auth_cookie_domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema43.properties.auth_cookie_domain.type,parentSchema:schema43.properties.auth_cookie_domain,data:data12};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate106.errors = vErrors;
return errors === 0;
}
validate106.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema44 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"owasp-crs-request / owasp-crs-response: the OWASP Core Rule Set web application firewall; blocks with 403 over the anomaly threshold.\",\"properties\":{\"on_error\":{\"$ref\":\"#/$defs/onError\",\"description\":\"`halt` (default) blocks over the threshold; `continue` only records the decision (test mode).\",\"default\":\"halt\"},\"process_body\":{\"type\":\"boolean\",\"description\":\"Also inspect the first 4 KB of the body (buffers it).\",\"default\":false},\"exclude_rule_ids\":{\"type\":\"array\",\"description\":\"CRS rule IDs to skip (900000–999999).\",\"items\":{\"type\":\"integer\",\"minimum\":900000,\"maximum\":999999}}},\"additionalProperties\":false}");

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate111.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema44.type},message:"must be object,null",schema:schema44.type,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((key0 === "on_error") || (key0 === "process_body")) || (key0 === "exclude_rule_ids"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema44,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.on_error !== undefined){
if(!(validate79(data.on_error, {instancePath:instancePath+"/on_error",parentData:data,parentDataProperty:"on_error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
if(data.process_body !== undefined){
let data1 = data.process_body;
if(typeof data1 !== "boolean"){
const err2 = {instancePath:instancePath+"/process_body",schemaPath:"#/properties/process_body/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema44.properties.process_body.type,parentSchema:schema44.properties.process_body,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.exclude_rule_ids !== undefined){
let data2 = data.exclude_rule_ids;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err3 = {instancePath:instancePath+"/exclude_rule_ids/" + i0,schemaPath:"#/properties/exclude_rule_ids/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.properties.exclude_rule_ids.items.type,parentSchema:schema44.properties.exclude_rule_ids.items,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 999999 || isNaN(data3)){
const err4 = {instancePath:instancePath+"/exclude_rule_ids/" + i0,schemaPath:"#/properties/exclude_rule_ids/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999},message:"must be <= 999999",schema:999999,parentSchema:schema44.properties.exclude_rule_ids.items,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3 < 900000 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/exclude_rule_ids/" + i0,schemaPath:"#/properties/exclude_rule_ids/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 900000},message:"must be >= 900000",schema:900000,parentSchema:schema44.properties.exclude_rule_ids.items,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
}
else {
const err6 = {instancePath:instancePath+"/exclude_rule_ids",schemaPath:"#/properties/exclude_rule_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema44.properties.exclude_rule_ids.type,parentSchema:schema44.properties.exclude_rule_ids,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
validate111.errors = vErrors;
return errors === 0;
}
validate111.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema45 = JSON.parse("{\"type\":\"object\",\"description\":\"rate-limit: limit requests per bucket; requests over capacity get 429.\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Name of the limiter (shorter than 1024 characters).\",\"minLength\":1,\"maxLength\":1023},\"algorithm\":{\"type\":\"string\",\"description\":\"Rate-limiting algorithm; only sliding_window exists.\",\"enum\":[\"sliding_window\"]},\"capacity\":{\"type\":\"integer\",\"description\":\"Requests allowed per `rate` window (1–2,000,000,000), counted per ngrok ingress server.\",\"minimum\":1,\"maximum\":2000000000},\"rate\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Window length: a multiple of 10s between 60s and 24h, e.g. \\\"60s\\\", \\\"10m\\\".\",\"type\":\"string\",\"format\":\"rate-limit-window\"},\"bucket_key\":{\"type\":\"array\",\"description\":\"CEL expressions (without ${}) whose values pick the bucket, e.g. conn.client_ip (1–10 items).\",\"minItems\":1,\"maxItems\":10,\"items\":{\"type\":\"string\",\"minLength\":1}},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, limits are computed but requests are not rejected.\",\"default\":true}},\"required\":[\"name\",\"algorithm\",\"capacity\",\"rate\",\"bucket_key\"],\"additionalProperties\":false}");
const formats6 = tpcFormats["rate-limit-window"];

function validate114(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate114.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.algorithm === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "algorithm"},message:"must have required property '"+"algorithm"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.capacity === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capacity"},message:"must have required property '"+"capacity"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.rate === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rate"},message:"must have required property '"+"rate"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.bucket_key === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bucket_key"},message:"must have required property '"+"bucket_key"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "name") || (key0 === "algorithm")) || (key0 === "capacity")) || (key0 === "rate")) || (key0 === "bucket_key")) || (key0 === "enforce"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if((data0.length > 1023 && func1(data0) > 1023)){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 1023},message:"must NOT have more than 1023 characters",schema:1023,parentSchema:schema45.properties.name,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data0.length < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.name,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.name.type,parentSchema:schema45.properties.name,data:data0};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.algorithm !== undefined){
let data1 = data.algorithm;
if(typeof data1 !== "string"){
const err9 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.algorithm.type,parentSchema:schema45.properties.algorithm,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(data1 === "sliding_window")){
const err10 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema45.properties.algorithm.enum},message:"must be equal to one of the allowed values",schema:schema45.properties.algorithm.enum,parentSchema:schema45.properties.algorithm,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.capacity !== undefined){
let data2 = data.capacity;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.capacity.type,parentSchema:schema45.properties.capacity,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2000000000 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2000000000},message:"must be <= 2000000000",schema:2000000000,parentSchema:schema45.properties.capacity,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema45.properties.capacity,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data.rate !== undefined){
let data3 = data.rate;
if(!(validate65(data3, {instancePath:instancePath+"/rate",parentData:data,parentDataProperty:"rate",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
if(typeof data3 === "string"){
if(!(formats6(data3))){
const err14 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/format",keyword:"format",params:{format: "rate-limit-window"},message:"must match format \""+"rate-limit-window"+"\"",schema:"rate-limit-window",parentSchema:schema45.properties.rate,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.rate.type,parentSchema:schema45.properties.rate,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.bucket_key !== undefined){
let data4 = data.bucket_key;
if(Array.isArray(data4)){
if(data4.length > 10){
const err16 = {instancePath:instancePath+"/bucket_key",schemaPath:"#/properties/bucket_key/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema45.properties.bucket_key,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4.length < 1){
const err17 = {instancePath:instancePath+"/bucket_key",schemaPath:"#/properties/bucket_key/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema45.properties.bucket_key,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(data5.length < 1){
const err18 = {instancePath:instancePath+"/bucket_key/" + i0,schemaPath:"#/properties/bucket_key/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.bucket_key.items,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/bucket_key/" + i0,schemaPath:"#/properties/bucket_key/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.bucket_key.items.type,parentSchema:schema45.properties.bucket_key.items,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/bucket_key",schemaPath:"#/properties/bucket_key/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.bucket_key.type,parentSchema:schema45.properties.bucket_key,data:data4};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.enforce !== undefined){
let data6 = data.enforce;
if(typeof data6 !== "boolean"){
const err21 = {instancePath:instancePath+"/enforce",schemaPath:"#/properties/enforce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema45.properties.enforce.type,parentSchema:schema45.properties.enforce,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate114.errors = vErrors;
return errors === 0;
}
validate114.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = JSON.parse("{\"type\":\"object\",\"description\":\"redirect: send the client a 3xx redirect; emitting a redirect ends the phase.\",\"properties\":{\"from\":{\"type\":\"string\",\"description\":\"RE2 regex matched against the whole URL (scheme, host, port, path, query), unanchored. Without it, `to` replaces the whole URL. ${...} CEL interpolation is supported.\"},\"to\":{\"type\":\"string\",\"description\":\"Replacement; $1, $2… refer to capture groups. ${...} CEL interpolation is supported.\",\"minLength\":1},\"status_code\":{\"type\":\"integer\",\"description\":\"Redirect status code.\",\"default\":302,\"enum\":[301,302,303,307,308]},\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"description\":\"Extra response headers (at most 10).\"}},\"required\":[\"to\"],\"additionalProperties\":false}");

function validate117(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate117.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.to === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "from") || (key0 === "to")) || (key0 === "status_code")) || (key0 === "headers"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.from !== undefined){
let data0 = data.from;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.from.type,parentSchema:schema46.properties.from,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.to !== undefined){
let data1 = data.to;
if(typeof data1 === "string"){
if(data1.length < 1){
const err3 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.to,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.to.type,parentSchema:schema46.properties.to,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.status_code !== undefined){
let data2 = data.status_code;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err5 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema46.properties.status_code.type,parentSchema:schema46.properties.status_code,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((data2 === 301) || (data2 === 302)) || (data2 === 303)) || (data2 === 307)) || (data2 === 308))){
const err6 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/enum",keyword:"enum",params:{allowedValues: schema46.properties.status_code.enum},message:"must be equal to one of the allowed values",schema:schema46.properties.status_code.enum,parentSchema:schema46.properties.status_code,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.headers !== undefined){
if(!(validate57(data.headers, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate117.errors = vErrors;
return errors === 0;
}
validate117.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = JSON.parse("{\"type\":\"object\",\"description\":\"remove-headers: remove headers from the request or response.\",\"properties\":{\"headers\":{\"type\":\"array\",\"description\":\"Header names to remove (1–10). `user-agent` cannot be removed.\",\"minItems\":1,\"maxItems\":10,\"items\":{\"$ref\":\"#/$defs/headerName\"}}},\"required\":[\"headers\"],\"additionalProperties\":false}");

function validate120(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate120.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.headers === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headers"},message:"must have required property '"+"headers"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "headers")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.headers !== undefined){
let data0 = data.headers;
if(Array.isArray(data0)){
if(data0.length > 10){
const err2 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema47.properties.headers,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema47.properties.headers,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate58(data0[i0], {instancePath:instancePath+"/headers/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.headers.type,parentSchema:schema47.properties.headers,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate120.errors = vErrors;
return errors === 0;
}
validate120.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = JSON.parse("{\"type\":\"object\",\"description\":\"request-body-find-replace / response-body-find-replace: regex replacements on the buffered body.\",\"properties\":{\"replacements\":{\"type\":\"array\",\"description\":\"Replacements, applied in order, each to the output of the previous one.\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/findReplaceItem\"}}},\"required\":[\"replacements\"],\"additionalProperties\":false}");
const schema49 = JSON.parse("{\"type\":\"object\",\"description\":\"One replacement: every match of the RE2 regex `from` is replaced by `to`.\",\"properties\":{\"from\":{\"type\":\"string\",\"description\":\"RE2 regular expression to find; ${...} CEL interpolation is supported (the result must still be a valid regex).\",\"minLength\":1},\"to\":{\"type\":\"string\",\"description\":\"Replacement text; $1, $2… refer to capture groups; empty or absent deletes the match. ${...} CEL interpolation is supported.\"}},\"required\":[\"from\"],\"additionalProperties\":false}");

function validate124(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate124.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.from === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema49.required,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "from") || (key0 === "to"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.from !== undefined){
let data0 = data.from;
if(typeof data0 === "string"){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.properties.from,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.from.type,parentSchema:schema49.properties.from,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.to !== undefined){
let data1 = data.to;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.properties.to.type,parentSchema:schema49.properties.to,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.type,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate124.errors = vErrors;
return errors === 0;
}
validate124.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate123.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.replacements === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replacements"},message:"must have required property '"+"replacements"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "replacements")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.replacements !== undefined){
let data0 = data.replacements;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/replacements",schemaPath:"#/properties/replacements/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema48.properties.replacements,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate124(data0[i0], {instancePath:instancePath+"/replacements/" + i0,parentData:data0,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/replacements",schemaPath:"#/properties/replacements/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.replacements.type,parentSchema:schema48.properties.replacements,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate123.errors = vErrors;
return errors === 0;
}
validate123.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"restrict-ips: allow or deny clients by source IP (the L4 address, never X-Forwarded-For). Denied clients get a closed connection (TCP) or 403 (HTTP).\",\"properties\":{\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, the decision is recorded in actions.ngrok.restrict_ips but nobody is blocked.\",\"default\":true},\"allow\":{\"type\":\"array\",\"description\":\"CIDR ranges that may connect; with an allow list, every other address is denied.\",\"items\":{\"$ref\":\"#/$defs/cidrOrIp\"}},\"deny\":{\"type\":\"array\",\"description\":\"CIDR ranges that are always denied.\",\"items\":{\"$ref\":\"#/$defs/cidrOrIp\"}},\"ip_policies\":{\"type\":\"array\",\"description\":\"IDs of IP Policies (ipp_…) managed in the ngrok dashboard or API.\",\"items\":{\"type\":\"string\",\"description\":\"An IP Policy ID, e.g. ipp_1yjqdrIBwgciY2I9zH2EelgBbJF.\",\"pattern\":\"^ipp_[A-Za-z0-9]+$\"}}},\"additionalProperties\":false}");
const schema51 = JSON.parse("{\"type\":\"string\",\"description\":\"An IPv4 or IPv6 CIDR range such as 203.0.113.0/24 or 2001:db8::/32 (or a single address). ${...} CEL interpolation is supported.\",\"format\":\"cidr-or-ip\"}");
const formats8 = tpcFormats["cidr-or-ip"];

function validate128(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate128.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!(formats8(data))){
const err0 = {instancePath,schemaPath:"#/format",keyword:"format",params:{format: "cidr-or-ip"},message:"must match format \""+"cidr-or-ip"+"\"",schema:"cidr-or-ip",parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate128.errors = vErrors;
return errors === 0;
}
validate128.evaluated = {"dynamicProps":false,"dynamicItems":false};

const pattern8 = new RegExp("^ipp_[A-Za-z0-9]+$", "u");

function validate127(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate127.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema50.type},message:"must be object,null",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "enforce") || (key0 === "allow")) || (key0 === "deny")) || (key0 === "ip_policies"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.enforce !== undefined){
let data0 = data.enforce;
if(typeof data0 !== "boolean"){
const err2 = {instancePath:instancePath+"/enforce",schemaPath:"#/properties/enforce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema50.properties.enforce.type,parentSchema:schema50.properties.enforce,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.allow !== undefined){
let data1 = data.allow;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate128(data1[i0], {instancePath:instancePath+"/allow/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.allow.type,parentSchema:schema50.properties.allow,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.deny !== undefined){
let data3 = data.deny;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate128(data3[i1], {instancePath:instancePath+"/deny/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate128.errors : vErrors.concat(validate128.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/deny",schemaPath:"#/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.deny.type,parentSchema:schema50.properties.deny,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.ip_policies !== undefined){
let data5 = data.ip_policies;
if(Array.isArray(data5)){
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
if(typeof data6 === "string"){
if(!pattern8.test(data6)){
const err5 = {instancePath:instancePath+"/ip_policies/" + i2,schemaPath:"#/properties/ip_policies/items/pattern",keyword:"pattern",params:{pattern: "^ipp_[A-Za-z0-9]+$"},message:"must match pattern \""+"^ipp_[A-Za-z0-9]+$"+"\"",schema:"^ipp_[A-Za-z0-9]+$",parentSchema:schema50.properties.ip_policies.items,data:data6};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/ip_policies/" + i2,schemaPath:"#/properties/ip_policies/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema50.properties.ip_policies.items.type,parentSchema:schema50.properties.ip_policies.items,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath:instancePath+"/ip_policies",schemaPath:"#/properties/ip_policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema50.properties.ip_policies.type,parentSchema:schema50.properties.ip_policies,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
validate127.errors = vErrors;
return errors === 0;
}
validate127.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = JSON.parse("{\"type\":\"object\",\"description\":\"set-vars: define variables readable as vars.<name> later in the same phase.\",\"properties\":{\"vars\":{\"type\":\"array\",\"description\":\"A list of one-key mappings (`- name: value`), evaluated in order. Values may be any YAML value; a string that is exactly one ${...} keeps the expression's type.\",\"minItems\":1,\"items\":{\"type\":\"object\",\"description\":\"Exactly one key: the variable name.\",\"minProperties\":1,\"maxProperties\":1}}},\"required\":[\"vars\"],\"additionalProperties\":false}");

function validate132(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate132.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.vars === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vars"},message:"must have required property '"+"vars"+"'",schema:schema52.required,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "vars")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.vars !== undefined){
let data0 = data.vars;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema52.properties.vars,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(Object.keys(data1).length > 1){
const err3 = {instancePath:instancePath+"/vars/" + i0,schemaPath:"#/properties/vars/items/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema52.properties.vars.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(Object.keys(data1).length < 1){
const err4 = {instancePath:instancePath+"/vars/" + i0,schemaPath:"#/properties/vars/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema52.properties.vars.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/vars/" + i0,schemaPath:"#/properties/vars/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.properties.vars.items.type,parentSchema:schema52.properties.vars.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/vars",schemaPath:"#/properties/vars/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.properties.vars.type,parentSchema:schema52.properties.vars,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate132.errors = vErrors;
return errors === 0;
}
validate132.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema53 = JSON.parse("{\"type\":\"object\",\"description\":\"sse-find-replace: regex replacements in each Server-Sent-Events message (on_event_stream_message).\",\"properties\":{\"replacements\":{\"type\":\"array\",\"description\":\"Replacements, applied in order.\",\"minItems\":1,\"items\":{\"type\":\"object\",\"properties\":{\"field\":{\"type\":\"string\",\"description\":\"SSE field to edit: data or retry. ${...} CEL interpolation is supported.\",\"default\":\"data\",\"if\":{\"not\":{\"pattern\":\"\\\\$\\\\{\"}},\"then\":{\"enum\":[\"data\",\"retry\"]}},\"from\":{\"type\":\"string\",\"description\":\"RE2 regular expression to find; ${...} CEL interpolation is supported.\",\"minLength\":1},\"to\":{\"type\":\"string\",\"description\":\"Replacement text; empty or absent deletes the match.\"}},\"required\":[\"from\"],\"additionalProperties\":false}}},\"required\":[\"replacements\"],\"additionalProperties\":false}");

function validate134(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate134.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.replacements === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replacements"},message:"must have required property '"+"replacements"+"'",schema:schema53.required,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "replacements")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.replacements !== undefined){
let data0 = data.replacements;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/replacements",schemaPath:"#/properties/replacements/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema53.properties.replacements,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.from === undefined){
const err3 = {instancePath:instancePath+"/replacements/" + i0,schemaPath:"#/properties/replacements/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema53.properties.replacements.items.required,parentSchema:schema53.properties.replacements.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data1){
if(!(((key1 === "field") || (key1 === "from")) || (key1 === "to"))){
const err4 = {instancePath:instancePath+"/replacements/" + i0,schemaPath:"#/properties/replacements/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema53.properties.replacements.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.field !== undefined){
let data2 = data1.field;
if(typeof data2 !== "string"){
const err5 = {instancePath:instancePath+"/replacements/" + i0+"/field",schemaPath:"#/properties/replacements/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.replacements.items.properties.field.type,parentSchema:schema53.properties.replacements.items.properties.field,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const _errs9 = errors;
let valid4 = true;
const _errs10 = errors;
const _errs11 = errors;
const _errs12 = errors;
if(typeof data2 === "string"){
if(!pattern4.test(data2)){
errors++;
}
}
var valid5 = _errs12 === errors;
if(valid5){
errors++;
}
else {
errors = _errs11;
if(vErrors !== null){
if(_errs11){
vErrors.length = _errs11;
}
else {
vErrors = null;
}
}
}
var _valid0 = _errs10 === errors;
errors = _errs9;
if(vErrors !== null){
if(_errs9){
vErrors.length = _errs9;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs13 = errors;
if(!((data2 === "data") || (data2 === "retry"))){
const err8 = {instancePath:instancePath+"/replacements/" + i0+"/field",schemaPath:"#/properties/replacements/items/properties/field/then/enum",keyword:"enum",params:{allowedValues: schema53.properties.replacements.items.properties.field.then.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.replacements.items.properties.field.then.enum,parentSchema:schema53.properties.replacements.items.properties.field.then,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs13 === errors;
valid4 = _valid0;
}
if(!valid4){
const err9 = {instancePath:instancePath+"/replacements/" + i0+"/field",schemaPath:"#/properties/replacements/items/properties/field/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema53.properties.replacements.items.properties.field.if,parentSchema:schema53.properties.replacements.items.properties.field,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.from !== undefined){
let data3 = data1.from;
if(typeof data3 === "string"){
if(data3.length < 1){
const err10 = {instancePath:instancePath+"/replacements/" + i0+"/from",schemaPath:"#/properties/replacements/items/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema53.properties.replacements.items.properties.from,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/replacements/" + i0+"/from",schemaPath:"#/properties/replacements/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.replacements.items.properties.from.type,parentSchema:schema53.properties.replacements.items.properties.from,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.to !== undefined){
let data4 = data1.to;
if(typeof data4 !== "string"){
const err12 = {instancePath:instancePath+"/replacements/" + i0+"/to",schemaPath:"#/properties/replacements/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema53.properties.replacements.items.properties.to.type,parentSchema:schema53.properties.replacements.items.properties.to,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/replacements/" + i0,schemaPath:"#/properties/replacements/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.replacements.items.type,parentSchema:schema53.properties.replacements.items,data:data1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath:instancePath+"/replacements",schemaPath:"#/properties/replacements/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema53.properties.replacements.type,parentSchema:schema53.properties.replacements,data:data0};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate134.errors = vErrors;
return errors === 0;
}
validate134.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema54 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"terminate-tls: terminate TLS at ngrok's edge (on_tcp_connect; https and tls endpoints), optionally with your certificate and mutual TLS.\",\"properties\":{\"min_version\":{\"$ref\":\"#/$defs/tlsVersion\",\"description\":\"Lowest TLS version accepted. Quote it (\\\"1.3\\\"), or YAML reads a number.\",\"default\":\"1.2\"},\"max_version\":{\"$ref\":\"#/$defs/tlsVersion\",\"description\":\"Highest TLS version accepted. Quote it (\\\"1.3\\\"), or YAML reads a number.\",\"default\":\"1.3\"},\"server_private_key\":{\"type\":\"string\",\"description\":\"PEM private key for server_certificate; use ${secrets.get('vault', 'name')} instead of a literal key.\"},\"server_certificate\":{\"type\":\"string\",\"description\":\"PEM certificate (chain) to present; needs server_private_key.\"},\"mutual_tls_certificate_authorities\":{\"type\":[\"array\",\"string\"],\"description\":\"CA certificates (PEM) or uploaded CA IDs that client certificates must chain to; enables mutual TLS.\",\"items\":{\"type\":\"string\",\"minLength\":1}},\"mutual_tls_verification_strategy\":{\"type\":\"string\",\"description\":\"How client certificates are checked.\",\"default\":\"require-and-verify\",\"enum\":[\"require-and-verify\",\"require-any\",\"request\"]}},\"dependentRequired\":{\"server_private_key\":[\"server_certificate\"],\"server_certificate\":[\"server_private_key\"]},\"additionalProperties\":false}");
const schema55 = JSON.parse("{\"type\":\"string\",\"description\":\"TLS version as a quoted string: \\\"1.2\\\" or \\\"1.3\\\" (\\\"1.0\\\"/\\\"1.1\\\" are legacy and should not be used).\",\"enum\":[\"1.2\",\"1.3\",\"1.0\",\"1.1\"]}");

function validate137(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate137.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data !== "string"){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(!((((data === "1.2") || (data === "1.3")) || (data === "1.0")) || (data === "1.1"))){
const err1 = {instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema55.enum},message:"must be equal to one of the allowed values",schema:schema55.enum,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate137.errors = vErrors;
return errors === 0;
}
validate137.evaluated = {"dynamicProps":false,"dynamicItems":false};


function validate136(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate136.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema54.type},message:"must be object,null",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "min_version") || (key0 === "max_version")) || (key0 === "server_private_key")) || (key0 === "server_certificate")) || (key0 === "mutual_tls_certificate_authorities")) || (key0 === "mutual_tls_verification_strategy"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.min_version !== undefined){
if(!(validate137(data.min_version, {instancePath:instancePath+"/min_version",parentData:data,parentDataProperty:"min_version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
errors = vErrors.length;
}
}
if(data.max_version !== undefined){
if(!(validate137(data.max_version, {instancePath:instancePath+"/max_version",parentData:data,parentDataProperty:"max_version",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate137.errors : vErrors.concat(validate137.errors);
errors = vErrors.length;
}
}
if(data.server_private_key !== undefined){
let data2 = data.server_private_key;
if(typeof data2 !== "string"){
const err2 = {instancePath:instancePath+"/server_private_key",schemaPath:"#/properties/server_private_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.server_private_key.type,parentSchema:schema54.properties.server_private_key,data:data2};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.server_certificate !== undefined){
let data3 = data.server_certificate;
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/server_certificate",schemaPath:"#/properties/server_certificate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.server_certificate.type,parentSchema:schema54.properties.server_certificate,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.mutual_tls_certificate_authorities !== undefined){
let data4 = data.mutual_tls_certificate_authorities;
if((!(Array.isArray(data4))) && (typeof data4 !== "string")){
const err4 = {instancePath:instancePath+"/mutual_tls_certificate_authorities",schemaPath:"#/properties/mutual_tls_certificate_authorities/type",keyword:"type",params:{type: schema54.properties.mutual_tls_certificate_authorities.type},message:"must be array,string",schema:schema54.properties.mutual_tls_certificate_authorities.type,parentSchema:schema54.properties.mutual_tls_certificate_authorities,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(data5.length < 1){
const err5 = {instancePath:instancePath+"/mutual_tls_certificate_authorities/" + i0,schemaPath:"#/properties/mutual_tls_certificate_authorities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema54.properties.mutual_tls_certificate_authorities.items,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/mutual_tls_certificate_authorities/" + i0,schemaPath:"#/properties/mutual_tls_certificate_authorities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.mutual_tls_certificate_authorities.items.type,parentSchema:schema54.properties.mutual_tls_certificate_authorities.items,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
}
if(data.mutual_tls_verification_strategy !== undefined){
let data6 = data.mutual_tls_verification_strategy;
if(typeof data6 !== "string"){
const err7 = {instancePath:instancePath+"/mutual_tls_verification_strategy",schemaPath:"#/properties/mutual_tls_verification_strategy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema54.properties.mutual_tls_verification_strategy.type,parentSchema:schema54.properties.mutual_tls_verification_strategy,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!(((data6 === "require-and-verify") || (data6 === "require-any")) || (data6 === "request"))){
const err8 = {instancePath:instancePath+"/mutual_tls_verification_strategy",schemaPath:"#/properties/mutual_tls_verification_strategy/enum",keyword:"enum",params:{allowedValues: schema54.properties.mutual_tls_verification_strategy.enum},message:"must be equal to one of the allowed values",schema:schema54.properties.mutual_tls_verification_strategy.enum,parentSchema:schema54.properties.mutual_tls_verification_strategy,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.server_private_key !== undefined){
if(data.server_certificate === undefined){
const err9 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "server_private_key",
    missingProperty: "server_certificate",
    depsCount: 1,
    deps: "server_certificate"},message:"must have property server_certificate when property server_private_key is present",schema:schema54.dependentRequired,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.server_certificate !== undefined){
if(data.server_private_key === undefined){
const err10 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "server_certificate",
    missingProperty: "server_private_key",
    depsCount: 1,
    deps: "server_private_key"},message:"must have property server_private_key when property server_certificate is present",schema:schema54.dependentRequired,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
validate136.errors = vErrors;
return errors === 0;
}
validate136.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema56 = JSON.parse("{\"type\":\"object\",\"description\":\"url-rewrite: change the URL sent upstream (the client's URL is unchanged).\",\"properties\":{\"from\":{\"type\":\"string\",\"description\":\"RE2 regex matched against the whole URL (scheme, host, port, path, query); all matches are replaced. ${...} CEL interpolation is supported.\"},\"to\":{\"type\":\"string\",\"description\":\"Replacement; $1, $2… refer to capture groups. ${...} CEL interpolation is supported.\"}},\"required\":[\"to\"],\"additionalProperties\":false}");

function validate141(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate141.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.to === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema56.required,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "from") || (key0 === "to"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.from !== undefined){
let data0 = data.from;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.from.type,parentSchema:schema56.properties.from,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.to !== undefined){
let data1 = data.to;
if(typeof data1 !== "string"){
const err3 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.to.type,parentSchema:schema56.properties.to,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate141.errors = vErrors;
return errors === 0;
}
validate141.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema57 = JSON.parse("{\"type\":\"object\",\"description\":\"verify-webhook: check a webhook provider's signature; failing requests get 403.\",\"properties\":{\"provider\":{\"type\":\"string\",\"description\":\"Webhook provider, as listed on the verify-webhook action page. ngrok's integration guides spell three of them differently (signalsciences, sonatype_nexus, vmware_workspace); those spellings are accepted too.\",\"enum\":[\"aftership\",\"airship\",\"alchemy\",\"sns\",\"autodesk\",\"bitbucket\",\"bolt\",\"box\",\"brex\",\"buildkite\",\"calendly\",\"castle\",\"chargify\",\"circleci\",\"clearbit\",\"clerk\",\"coinbase\",\"contentful\",\"docusign\",\"dropbox\",\"facebook_graph_api\",\"facebook_messenger\",\"frameio\",\"github\",\"gitlab\",\"go1\",\"heroku\",\"hostedhooks\",\"hubspot\",\"graphcms\",\"instagram\",\"intercom\",\"jira\",\"launch_darkly\",\"linear\",\"mailchimp\",\"mailgun\",\"microsoft_teams\",\"modern_treasury\",\"mongodb\",\"mux\",\"orb\",\"orbit\",\"pagerduty\",\"pinwheel\",\"plivo\",\"pusher\",\"sendgrid\",\"sentry\",\"shopify\",\"signal_sciences\",\"slack\",\"sonatype\",\"square\",\"stripe\",\"svix\",\"terraform\",\"tiktok\",\"trendmicro_conformity\",\"twilio\",\"twitter\",\"typeform\",\"vmware\",\"webex\",\"whatsapp\",\"worldline\",\"xero\",\"zendesk\",\"zoom\",\"signalsciences\",\"sonatype_nexus\",\"vmware_workspace\"]},\"secret\":{\"type\":\"string\",\"description\":\"Signing secret from the provider; use ${secrets.get('vault', 'name')} instead of a literal.\"},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, invalid signatures are recorded but not rejected.\",\"default\":true}},\"required\":[\"provider\"],\"if\":{\"properties\":{\"provider\":{\"not\":{\"const\":\"sns\"}}}},\"then\":{\"properties\":{\"secret\":true},\"required\":[\"secret\"]},\"additionalProperties\":false}");

function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate143.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs1 = errors;
let valid0 = true;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.provider !== undefined){
const _errs4 = errors;
const _errs5 = errors;
if("sns" !== data.provider){
errors++;
}
var valid2 = _errs5 === errors;
if(valid2){
errors++;
}
else {
errors = _errs4;
if(vErrors !== null){
if(_errs4){
vErrors.length = _errs4;
}
else {
vErrors = null;
}
}
}
}
}
var _valid0 = _errs2 === errors;
errors = _errs1;
if(vErrors !== null){
if(_errs1){
vErrors.length = _errs1;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs6 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.secret === undefined){
const err2 = {instancePath,schemaPath:"#/then/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'",schema:schema57.then.required,parentSchema:schema57.then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
if(valid0){
var props0 = {};
props0.secret = true;
props0.provider = true;
}
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema57.if,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.provider === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema57.required,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "provider") || (key0 === "secret")) || (key0 === "enforce"))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.provider !== undefined){
let data1 = data.provider;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.provider.type,parentSchema:schema57.properties.provider,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data1 === "aftership") || (data1 === "airship")) || (data1 === "alchemy")) || (data1 === "sns")) || (data1 === "autodesk")) || (data1 === "bitbucket")) || (data1 === "bolt")) || (data1 === "box")) || (data1 === "brex")) || (data1 === "buildkite")) || (data1 === "calendly")) || (data1 === "castle")) || (data1 === "chargify")) || (data1 === "circleci")) || (data1 === "clearbit")) || (data1 === "clerk")) || (data1 === "coinbase")) || (data1 === "contentful")) || (data1 === "docusign")) || (data1 === "dropbox")) || (data1 === "facebook_graph_api")) || (data1 === "facebook_messenger")) || (data1 === "frameio")) || (data1 === "github")) || (data1 === "gitlab")) || (data1 === "go1")) || (data1 === "heroku")) || (data1 === "hostedhooks")) || (data1 === "hubspot")) || (data1 === "graphcms")) || (data1 === "instagram")) || (data1 === "intercom")) || (data1 === "jira")) || (data1 === "launch_darkly")) || (data1 === "linear")) || (data1 === "mailchimp")) || (data1 === "mailgun")) || (data1 === "microsoft_teams")) || (data1 === "modern_treasury")) || (data1 === "mongodb")) || (data1 === "mux")) || (data1 === "orb")) || (data1 === "orbit")) || (data1 === "pagerduty")) || (data1 === "pinwheel")) || (data1 === "plivo")) || (data1 === "pusher")) || (data1 === "sendgrid")) || (data1 === "sentry")) || (data1 === "shopify")) || (data1 === "signal_sciences")) || (data1 === "slack")) || (data1 === "sonatype")) || (data1 === "square")) || (data1 === "stripe")) || (data1 === "svix")) || (data1 === "terraform")) || (data1 === "tiktok")) || (data1 === "trendmicro_conformity")) || (data1 === "twilio")) || (data1 === "twitter")) || (data1 === "typeform")) || (data1 === "vmware")) || (data1 === "webex")) || (data1 === "whatsapp")) || (data1 === "worldline")) || (data1 === "xero")) || (data1 === "zendesk")) || (data1 === "zoom")) || (data1 === "signalsciences")) || (data1 === "sonatype_nexus")) || (data1 === "vmware_workspace"))){
const err7 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/enum",keyword:"enum",params:{allowedValues: schema57.properties.provider.enum},message:"must be equal to one of the allowed values",schema:schema57.properties.provider.enum,parentSchema:schema57.properties.provider,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.secret !== undefined){
let data2 = data.secret;
if(typeof data2 !== "string"){
const err8 = {instancePath:instancePath+"/secret",schemaPath:"#/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema57.properties.secret.type,parentSchema:schema57.properties.secret,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.enforce !== undefined){
let data3 = data.enforce;
if(typeof data3 !== "boolean"){
const err9 = {instancePath:instancePath+"/enforce",schemaPath:"#/properties/enforce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.properties.enforce.type,parentSchema:schema57.properties.enforce,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate143.errors = vErrors;
return errors === 0;
}
validate143.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema58 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"saml (preview): SAML single sign-on. Only idp_metadata is documented; other keys are accepted because the action is not generally available.\",\"properties\":{\"idp_metadata\":{\"type\":\"string\",\"description\":\"The identity provider's SAML metadata XML.\"},\"idp_metadata_url\":{\"type\":\"string\",\"description\":\"URL of the identity provider's SAML metadata (instead of idp_metadata).\"},\"force_authn\":{\"type\":\"boolean\",\"description\":\"Ask the identity provider to re-authenticate the user.\",\"default\":false},\"allow_idp_initiated\":{\"type\":\"boolean\",\"description\":\"Accept logins started at the identity provider.\",\"default\":false},\"authorized_groups\":{\"type\":\"array\",\"description\":\"Groups allowed in.\",\"items\":{\"type\":\"string\"}},\"entity_id\":{\"type\":\"string\",\"description\":\"Service provider entity ID.\"},\"assertion_consumer_service_url\":{\"type\":\"string\",\"description\":\"Assertion consumer service URL.\"}}}");

function validate145(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate145.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema58.type},message:"must be object,null",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.idp_metadata !== undefined){
let data0 = data.idp_metadata;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/idp_metadata",schemaPath:"#/properties/idp_metadata/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.idp_metadata.type,parentSchema:schema58.properties.idp_metadata,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.idp_metadata_url !== undefined){
let data1 = data.idp_metadata_url;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/idp_metadata_url",schemaPath:"#/properties/idp_metadata_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.idp_metadata_url.type,parentSchema:schema58.properties.idp_metadata_url,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.force_authn !== undefined){
let data2 = data.force_authn;
if(typeof data2 !== "boolean"){
const err3 = {instancePath:instancePath+"/force_authn",schemaPath:"#/properties/force_authn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.properties.force_authn.type,parentSchema:schema58.properties.force_authn,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.allow_idp_initiated !== undefined){
let data3 = data.allow_idp_initiated;
if(typeof data3 !== "boolean"){
const err4 = {instancePath:instancePath+"/allow_idp_initiated",schemaPath:"#/properties/allow_idp_initiated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.properties.allow_idp_initiated.type,parentSchema:schema58.properties.allow_idp_initiated,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.authorized_groups !== undefined){
let data4 = data.authorized_groups;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err5 = {instancePath:instancePath+"/authorized_groups/" + i0,schemaPath:"#/properties/authorized_groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.authorized_groups.items.type,parentSchema:schema58.properties.authorized_groups.items,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/authorized_groups",schemaPath:"#/properties/authorized_groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.authorized_groups.type,parentSchema:schema58.properties.authorized_groups,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.entity_id !== undefined){
let data6 = data.entity_id;
if(typeof data6 !== "string"){
const err7 = {instancePath:instancePath+"/entity_id",schemaPath:"#/properties/entity_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.entity_id.type,parentSchema:schema58.properties.entity_id,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.assertion_consumer_service_url !== undefined){
let data7 = data.assertion_consumer_service_url;
if(typeof data7 !== "string"){
const err8 = {instancePath:instancePath+"/assertion_consumer_service_url",schemaPath:"#/properties/assertion_consumer_service_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.assertion_consumer_service_url.type,parentSchema:schema58.properties.assertion_consumer_service_url,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
validate145.errors = vErrors;
return errors === 0;
}
validate145.evaluated = {"props":{"idp_metadata":true,"idp_metadata_url":true,"force_authn":true,"allow_idp_initiated":true,"authorized_groups":true,"entity_id":true,"assertion_consumer_service_url":true},"dynamicProps":false,"dynamicItems":false};

const schema59 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"ai-gateway (legacy): the former in-policy AI gateway, replaced by ngrok's hosted AI Gateway in 2026. Accepted leniently so old policies still validate.\",\"properties\":{\"max_input_tokens\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":500000,\"description\":\"Largest request, in tokens.\"},\"max_output_tokens\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":500000,\"description\":\"Largest response, in tokens.\"},\"headers\":{\"type\":\"object\",\"description\":\"Headers to send to providers; CEL interpolation supported.\"},\"query_params\":{\"type\":\"object\",\"description\":\"Query parameters to send to providers.\"},\"body\":{\"type\":\"object\",\"description\":\"Body fields to send to providers.\"},\"on_error\":{\"$ref\":\"#/$defs/onError\",\"default\":\"halt\"},\"total_timeout\":{\"$ref\":\"#/$defs/duration\",\"default\":\"5m\",\"description\":\"Time limit across all attempts.\"},\"per_request_timeout\":{\"$ref\":\"#/$defs/duration\",\"default\":\"30s\",\"description\":\"Time limit per provider attempt.\"},\"providers\":{\"type\":\"array\",\"description\":\"Configured AI providers.\",\"items\":{\"type\":\"object\"}},\"only_allow_configured_providers\":{\"type\":\"boolean\",\"default\":false,\"description\":\"Reject providers not listed.\"},\"only_allow_configured_models\":{\"type\":\"boolean\",\"default\":false,\"description\":\"Reject models not listed.\"},\"model_selection\":{\"type\":\"object\",\"description\":\"Model selection strategy (CEL over ai.models).\"},\"api_key_selection\":{\"type\":\"object\",\"description\":\"API key selection strategy (CEL over ai.keys).\"}}}");

function validate147(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate147.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema59.type},message:"must be object,null",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.max_input_tokens !== undefined){
let data0 = data.max_input_tokens;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/max_input_tokens",schemaPath:"#/properties/max_input_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.max_input_tokens.type,parentSchema:schema59.properties.max_input_tokens,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 500000 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/max_input_tokens",schemaPath:"#/properties/max_input_tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500000},message:"must be <= 500000",schema:500000,parentSchema:schema59.properties.max_input_tokens,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/max_input_tokens",schemaPath:"#/properties/max_input_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.max_input_tokens,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
if(data.max_output_tokens !== undefined){
let data1 = data.max_output_tokens;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err4 = {instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.max_output_tokens.type,parentSchema:schema59.properties.max_output_tokens,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 500000 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500000},message:"must be <= 500000",schema:500000,parentSchema:schema59.properties.max_output_tokens,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema59.properties.max_output_tokens,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
if(data.headers !== undefined){
let data2 = data.headers;
if(!(data2 && typeof data2 == "object" && !Array.isArray(data2))){
const err7 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.headers.type,parentSchema:schema59.properties.headers,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.query_params !== undefined){
let data3 = data.query_params;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err8 = {instancePath:instancePath+"/query_params",schemaPath:"#/properties/query_params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.query_params.type,parentSchema:schema59.properties.query_params,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.body !== undefined){
let data4 = data.body;
if(!(data4 && typeof data4 == "object" && !Array.isArray(data4))){
const err9 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.body.type,parentSchema:schema59.properties.body,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.on_error !== undefined){
if(!(validate79(data.on_error, {instancePath:instancePath+"/on_error",parentData:data,parentDataProperty:"on_error",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
errors = vErrors.length;
}
}
if(data.total_timeout !== undefined){
if(!(validate65(data.total_timeout, {instancePath:instancePath+"/total_timeout",parentData:data,parentDataProperty:"total_timeout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.per_request_timeout !== undefined){
if(!(validate65(data.per_request_timeout, {instancePath:instancePath+"/per_request_timeout",parentData:data,parentDataProperty:"per_request_timeout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
}
if(data.providers !== undefined){
let data8 = data.providers;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err10 = {instancePath:instancePath+"/providers/" + i0,schemaPath:"#/properties/providers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.providers.items.type,parentSchema:schema59.properties.providers.items,data:data9};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.providers.type,parentSchema:schema59.properties.providers,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.only_allow_configured_providers !== undefined){
let data10 = data.only_allow_configured_providers;
if(typeof data10 !== "boolean"){
const err12 = {instancePath:instancePath+"/only_allow_configured_providers",schemaPath:"#/properties/only_allow_configured_providers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.only_allow_configured_providers.type,parentSchema:schema59.properties.only_allow_configured_providers,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.only_allow_configured_models !== undefined){
let data11 = data.only_allow_configured_models;
if(typeof data11 !== "boolean"){
const err13 = {instancePath:instancePath+"/only_allow_configured_models",schemaPath:"#/properties/only_allow_configured_models/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema59.properties.only_allow_configured_models.type,parentSchema:schema59.properties.only_allow_configured_models,data:data11};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.model_selection !== undefined){
let data12 = data.model_selection;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
const err14 = {instancePath:instancePath+"/model_selection",schemaPath:"#/properties/model_selection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.model_selection.type,parentSchema:schema59.properties.model_selection,data:data12};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.api_key_selection !== undefined){
let data13 = data.api_key_selection;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err15 = {instancePath:instancePath+"/api_key_selection",schemaPath:"#/properties/api_key_selection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.api_key_selection.type,parentSchema:schema59.properties.api_key_selection,data:data13};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
validate147.errors = vErrors;
return errors === 0;
}
validate147.evaluated = {"props":{"max_input_tokens":true,"max_output_tokens":true,"headers":true,"query_params":true,"body":true,"on_error":true,"total_timeout":true,"per_request_timeout":true,"providers":true,"only_allow_configured_providers":true,"only_allow_configured_models":true,"model_selection":true,"api_key_selection":true},"dynamicProps":false,"dynamicItems":false};


const validate55$valid = new WeakSet();
function validate55(data, options){
if(validate55$valid.has(data)){
validate55.errors = null;
return true;
}
const valid = validate55$checked(data, options);
if(valid && isImmutable(data)){
validate55$valid.add(data);
}
return valid;
}
function validate55$checked(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate55.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs2 = errors;
let valid1 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("add-headers" !== data.type){
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[0].then.required,parentSchema:schema22.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.config !== undefined){
if(!(validate56(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate56.errors : vErrors.concat(validate56.errors);
errors = vErrors.length;
}
}
}
var _valid0 = _errs5 === errors;
valid1 = _valid0;
if(valid1){
var props0 = {};
props0.config = true;
props0.type = true;
}
}
if(!valid1){
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[0].if,parentSchema:schema22.allOf[0],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
const _errs8 = errors;
let valid4 = true;
const _errs9 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((data.type === undefined) && (missing1 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("basic-auth" !== data.type){
errors++;
}
}
}
}
var _valid1 = _errs9 === errors;
errors = _errs8;
if(vErrors !== null){
if(_errs8){
vErrors.length = _errs8;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs11 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err6 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[1].then.required,parentSchema:schema22.allOf[1].then,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.config !== undefined){
if(!(validate62(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
var _valid1 = _errs11 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.config = true;
props1.type = true;
}
}
if(!valid4){
const err7 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[1].if,parentSchema:schema22.allOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(props0 !== true && props1 !== undefined){
if(props1 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props1);
}
}
const _errs14 = errors;
let valid7 = true;
const _errs15 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("circuit-breaker" !== data.type){
errors++;
}
}
}
}
var _valid2 = _errs15 === errors;
errors = _errs14;
if(vErrors !== null){
if(_errs14){
vErrors.length = _errs14;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs17 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate64(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
var _valid2 = _errs17 === errors;
valid7 = _valid2;
if(valid7){
var props2 = {};
props2.config = true;
props2.type = true;
}
}
if(!valid7){
const err10 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[2].if,parentSchema:schema22.allOf[2],data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(props0 !== true && props2 !== undefined){
if(props2 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props2);
}
}
const _errs20 = errors;
let valid10 = true;
const _errs21 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("close-connection" !== data.type){
errors++;
}
}
}
}
var _valid3 = _errs21 === errors;
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs23 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate69(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
}
}
var _valid3 = _errs23 === errors;
valid10 = _valid3;
if(valid10){
var props3 = {};
props3.config = true;
props3.type = true;
}
}
if(!valid10){
const err13 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[3].if,parentSchema:schema22.allOf[3],data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(props0 !== true && props3 !== undefined){
if(props3 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props3);
}
}
const _errs26 = errors;
let valid13 = true;
const _errs27 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("compress-response" !== data.type){
errors++;
}
}
}
}
var _valid4 = _errs27 === errors;
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs29 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate71(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
errors = vErrors.length;
}
}
}
var _valid4 = _errs29 === errors;
valid13 = _valid4;
if(valid13){
var props4 = {};
props4.config = true;
props4.type = true;
}
}
if(!valid13){
const err16 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[4].if,parentSchema:schema22.allOf[4],data};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(props0 !== true && props4 !== undefined){
if(props4 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props4);
}
}
const _errs32 = errors;
let valid16 = true;
const _errs33 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("custom-response" !== data.type){
errors++;
}
}
}
}
var _valid5 = _errs33 === errors;
errors = _errs32;
if(vErrors !== null){
if(_errs32){
vErrors.length = _errs32;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs35 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate73(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
}
}
var _valid5 = _errs35 === errors;
valid16 = _valid5;
if(valid16){
var props5 = {};
props5.config = true;
props5.type = true;
}
}
if(!valid16){
const err19 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[5].if,parentSchema:schema22.allOf[5],data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(props0 !== true && props5 !== undefined){
if(props5 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props5);
}
}
const _errs38 = errors;
let valid19 = true;
const _errs39 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("deny" !== data.type){
errors++;
}
}
}
}
var _valid6 = _errs39 === errors;
errors = _errs38;
if(vErrors !== null){
if(_errs38){
vErrors.length = _errs38;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs41 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate76(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
}
}
var _valid6 = _errs41 === errors;
valid19 = _valid6;
if(valid19){
var props6 = {};
props6.config = true;
props6.type = true;
}
}
if(!valid19){
const err22 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[6].if,parentSchema:schema22.allOf[6],data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(props0 !== true && props6 !== undefined){
if(props6 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props6);
}
}
const _errs44 = errors;
let valid22 = true;
const _errs45 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.type === undefined) && (missing7 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("forward-internal" !== data.type){
errors++;
}
}
}
}
var _valid7 = _errs45 === errors;
errors = _errs44;
if(vErrors !== null){
if(_errs44){
vErrors.length = _errs44;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs47 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err25 = {instancePath,schemaPath:"#/allOf/7/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[7].then.required,parentSchema:schema22.allOf[7].then,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data.config !== undefined){
if(!(validate78(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
}
}
var _valid7 = _errs47 === errors;
valid22 = _valid7;
if(valid22){
var props7 = {};
props7.config = true;
props7.type = true;
}
}
if(!valid22){
const err26 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[7].if,parentSchema:schema22.allOf[7],data};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(props0 !== true && props7 !== undefined){
if(props7 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props7);
}
}
const _errs50 = errors;
let valid25 = true;
const _errs51 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.type === undefined) && (missing8 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("http-request" !== data.type){
errors++;
}
}
}
}
var _valid8 = _errs51 === errors;
errors = _errs50;
if(vErrors !== null){
if(_errs50){
vErrors.length = _errs50;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs53 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err29 = {instancePath,schemaPath:"#/allOf/8/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[8].then.required,parentSchema:schema22.allOf[8].then,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data.config !== undefined){
if(!(validate82(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
errors = vErrors.length;
}
}
}
var _valid8 = _errs53 === errors;
valid25 = _valid8;
if(valid25){
var props8 = {};
props8.config = true;
props8.type = true;
}
}
if(!valid25){
const err30 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[8].if,parentSchema:schema22.allOf[8],data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(props0 !== true && props8 !== undefined){
if(props8 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props8);
}
}
const _errs56 = errors;
let valid28 = true;
const _errs57 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.type === undefined) && (missing9 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("jwt-validation" !== data.type){
errors++;
}
}
}
}
var _valid9 = _errs57 === errors;
errors = _errs56;
if(vErrors !== null){
if(_errs56){
vErrors.length = _errs56;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs59 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err33 = {instancePath,schemaPath:"#/allOf/9/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[9].then.required,parentSchema:schema22.allOf[9].then,data};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data.config !== undefined){
if(!(validate87(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
errors = vErrors.length;
}
}
}
var _valid9 = _errs59 === errors;
valid28 = _valid9;
if(valid28){
var props9 = {};
props9.config = true;
props9.type = true;
}
}
if(!valid28){
const err34 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[9].if,parentSchema:schema22.allOf[9],data};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(props0 !== true && props9 !== undefined){
if(props9 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props9);
}
}
const _errs62 = errors;
let valid31 = true;
const _errs63 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.type === undefined) && (missing10 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("log" !== data.type){
errors++;
}
}
}
}
var _valid10 = _errs63 === errors;
errors = _errs62;
if(vErrors !== null){
if(_errs62){
vErrors.length = _errs62;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs65 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err37 = {instancePath,schemaPath:"#/allOf/10/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[10].then.required,parentSchema:schema22.allOf[10].then,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data.config !== undefined){
if(!(validate99(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate99.errors : vErrors.concat(validate99.errors);
errors = vErrors.length;
}
}
}
var _valid10 = _errs65 === errors;
valid31 = _valid10;
if(valid31){
var props10 = {};
props10.config = true;
props10.type = true;
}
}
if(!valid31){
const err38 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[10].if,parentSchema:schema22.allOf[10],data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(props0 !== true && props10 !== undefined){
if(props10 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props10);
}
}
const _errs68 = errors;
let valid34 = true;
const _errs69 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.type === undefined) && (missing11 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("oauth" !== data.type){
errors++;
}
}
}
}
var _valid11 = _errs69 === errors;
errors = _errs68;
if(vErrors !== null){
if(_errs68){
vErrors.length = _errs68;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs71 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err41 = {instancePath,schemaPath:"#/allOf/11/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[11].then.required,parentSchema:schema22.allOf[11].then,data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(data.config !== undefined){
if(!(validate101(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
}
}
var _valid11 = _errs71 === errors;
valid34 = _valid11;
if(valid34){
var props11 = {};
props11.config = true;
props11.type = true;
}
}
if(!valid34){
const err42 = {instancePath,schemaPath:"#/allOf/11/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[11].if,parentSchema:schema22.allOf[11],data};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
if(props0 !== true && props11 !== undefined){
if(props11 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props11);
}
}
const _errs74 = errors;
let valid37 = true;
const _errs75 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.type === undefined) && (missing12 = "type")){
errors++;
}
else {
if(data.type !== undefined){
let data24 = data.type;
if(!((data24 === "openid-connect") || (data24 === "oidc"))){
errors++;
}
}
}
}
var _valid12 = _errs75 === errors;
errors = _errs74;
if(vErrors !== null){
if(_errs74){
vErrors.length = _errs74;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs77 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err45 = {instancePath,schemaPath:"#/allOf/12/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[12].then.required,parentSchema:schema22.allOf[12].then,data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data.config !== undefined){
if(!(validate106(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate106.errors : vErrors.concat(validate106.errors);
errors = vErrors.length;
}
}
}
var _valid12 = _errs77 === errors;
valid37 = _valid12;
if(valid37){
var props12 = {};
props12.config = true;
props12.type = true;
}
}
if(!valid37){
const err46 = {instancePath,schemaPath:"#/allOf/12/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[12].if,parentSchema:schema22.allOf[12],data};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(props0 !== true && props12 !== undefined){
if(props12 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props12);
}
}
const _errs80 = errors;
let valid40 = true;
const _errs81 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((data.type === undefined) && (missing13 = "type")){
errors++;
}
else {
if(data.type !== undefined){
let data26 = data.type;
if(!((data26 === "owasp-crs-request") || (data26 === "owasp-crs-response"))){
errors++;
}
}
}
}
var _valid13 = _errs81 === errors;
errors = _errs80;
if(vErrors !== null){
if(_errs80){
vErrors.length = _errs80;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs83 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate111(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
}
}
var _valid13 = _errs83 === errors;
valid40 = _valid13;
if(valid40){
var props13 = {};
props13.config = true;
props13.type = true;
}
}
if(!valid40){
const err49 = {instancePath,schemaPath:"#/allOf/13/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[13].if,parentSchema:schema22.allOf[13],data};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(props0 !== true && props13 !== undefined){
if(props13 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props13);
}
}
const _errs86 = errors;
let valid43 = true;
const _errs87 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing14;
if((data.type === undefined) && (missing14 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("rate-limit" !== data.type){
errors++;
}
}
}
}
var _valid14 = _errs87 === errors;
errors = _errs86;
if(vErrors !== null){
if(_errs86){
vErrors.length = _errs86;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs89 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err52 = {instancePath,schemaPath:"#/allOf/14/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[14].then.required,parentSchema:schema22.allOf[14].then,data};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data.config !== undefined){
if(!(validate114(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate114.errors : vErrors.concat(validate114.errors);
errors = vErrors.length;
}
}
}
var _valid14 = _errs89 === errors;
valid43 = _valid14;
if(valid43){
var props14 = {};
props14.config = true;
props14.type = true;
}
}
if(!valid43){
const err53 = {instancePath,schemaPath:"#/allOf/14/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[14].if,parentSchema:schema22.allOf[14],data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(props0 !== true && props14 !== undefined){
if(props14 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props14);
}
}
const _errs92 = errors;
let valid46 = true;
const _errs93 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing15;
if((data.type === undefined) && (missing15 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("redirect" !== data.type){
errors++;
}
}
}
}
var _valid15 = _errs93 === errors;
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
if(_valid15){
const _errs95 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err56 = {instancePath,schemaPath:"#/allOf/15/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[15].then.required,parentSchema:schema22.allOf[15].then,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data.config !== undefined){
if(!(validate117(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate117.errors : vErrors.concat(validate117.errors);
errors = vErrors.length;
}
}
}
var _valid15 = _errs95 === errors;
valid46 = _valid15;
if(valid46){
var props15 = {};
props15.config = true;
props15.type = true;
}
}
if(!valid46){
const err57 = {instancePath,schemaPath:"#/allOf/15/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[15].if,parentSchema:schema22.allOf[15],data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(props0 !== true && props15 !== undefined){
if(props15 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props15);
}
}
const _errs98 = errors;
let valid49 = true;
const _errs99 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing16;
if((data.type === undefined) && (missing16 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("remove-headers" !== data.type){
errors++;
}
}
}
}
var _valid16 = _errs99 === errors;
errors = _errs98;
if(vErrors !== null){
if(_errs98){
vErrors.length = _errs98;
}
else {
vErrors = null;
}
}
if(_valid16){
const _errs101 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err60 = {instancePath,schemaPath:"#/allOf/16/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[16].then.required,parentSchema:schema22.allOf[16].then,data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data.config !== undefined){
if(!(validate120(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate120.errors : vErrors.concat(validate120.errors);
errors = vErrors.length;
}
}
}
var _valid16 = _errs101 === errors;
valid49 = _valid16;
if(valid49){
var props16 = {};
props16.config = true;
props16.type = true;
}
}
if(!valid49){
const err61 = {instancePath,schemaPath:"#/allOf/16/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[16].if,parentSchema:schema22.allOf[16],data};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(props0 !== true && props16 !== undefined){
if(props16 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props16);
}
}
const _errs104 = errors;
let valid52 = true;
const _errs105 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing17;
if((data.type === undefined) && (missing17 = "type")){
errors++;
}
else {
if(data.type !== undefined){
let data34 = data.type;
if(!((data34 === "request-body-find-replace") || (data34 === "response-body-find-replace"))){
errors++;
}
}
}
}
var _valid17 = _errs105 === errors;
errors = _errs104;
if(vErrors !== null){
if(_errs104){
vErrors.length = _errs104;
}
else {
vErrors = null;
}
}
if(_valid17){
const _errs107 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err64 = {instancePath,schemaPath:"#/allOf/17/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[17].then.required,parentSchema:schema22.allOf[17].then,data};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data.config !== undefined){
if(!(validate123(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
errors = vErrors.length;
}
}
}
var _valid17 = _errs107 === errors;
valid52 = _valid17;
if(valid52){
var props17 = {};
props17.config = true;
props17.type = true;
}
}
if(!valid52){
const err65 = {instancePath,schemaPath:"#/allOf/17/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[17].if,parentSchema:schema22.allOf[17],data};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
if(props0 !== true && props17 !== undefined){
if(props17 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props17);
}
}
const _errs110 = errors;
let valid55 = true;
const _errs111 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing18;
if((data.type === undefined) && (missing18 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("restrict-ips" !== data.type){
errors++;
}
}
}
}
var _valid18 = _errs111 === errors;
errors = _errs110;
if(vErrors !== null){
if(_errs110){
vErrors.length = _errs110;
}
else {
vErrors = null;
}
}
if(_valid18){
const _errs113 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate127(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate127.errors : vErrors.concat(validate127.errors);
errors = vErrors.length;
}
}
}
var _valid18 = _errs113 === errors;
valid55 = _valid18;
if(valid55){
var props18 = {};
props18.config = true;
props18.type = true;
}
}
if(!valid55){
const err68 = {instancePath,schemaPath:"#/allOf/18/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[18].if,parentSchema:schema22.allOf[18],data};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(props0 !== true && props18 !== undefined){
if(props18 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props18);
}
}
const _errs116 = errors;
let valid58 = true;
const _errs117 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing19;
if((data.type === undefined) && (missing19 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("set-vars" !== data.type){
errors++;
}
}
}
}
var _valid19 = _errs117 === errors;
errors = _errs116;
if(vErrors !== null){
if(_errs116){
vErrors.length = _errs116;
}
else {
vErrors = null;
}
}
if(_valid19){
const _errs119 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err71 = {instancePath,schemaPath:"#/allOf/19/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[19].then.required,parentSchema:schema22.allOf[19].then,data};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(data.config !== undefined){
if(!(validate132(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate132.errors : vErrors.concat(validate132.errors);
errors = vErrors.length;
}
}
}
var _valid19 = _errs119 === errors;
valid58 = _valid19;
if(valid58){
var props19 = {};
props19.config = true;
props19.type = true;
}
}
if(!valid58){
const err72 = {instancePath,schemaPath:"#/allOf/19/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[19].if,parentSchema:schema22.allOf[19],data};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(props0 !== true && props19 !== undefined){
if(props19 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props19);
}
}
const _errs122 = errors;
let valid61 = true;
const _errs123 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing20;
if((data.type === undefined) && (missing20 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("sse-find-replace" !== data.type){
errors++;
}
}
}
}
var _valid20 = _errs123 === errors;
errors = _errs122;
if(vErrors !== null){
if(_errs122){
vErrors.length = _errs122;
}
else {
vErrors = null;
}
}
if(_valid20){
const _errs125 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err75 = {instancePath,schemaPath:"#/allOf/20/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[20].then.required,parentSchema:schema22.allOf[20].then,data};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
if(data.config !== undefined){
if(!(validate134(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate134.errors : vErrors.concat(validate134.errors);
errors = vErrors.length;
}
}
}
var _valid20 = _errs125 === errors;
valid61 = _valid20;
if(valid61){
var props20 = {};
props20.config = true;
props20.type = true;
}
}
if(!valid61){
const err76 = {instancePath,schemaPath:"#/allOf/20/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[20].if,parentSchema:schema22.allOf[20],data};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(props0 !== true && props20 !== undefined){
if(props20 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props20);
}
}
const _errs128 = errors;
let valid64 = true;
const _errs129 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing21;
if((data.type === undefined) && (missing21 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("terminate-tls" !== data.type){
errors++;
}
}
}
}
var _valid21 = _errs129 === errors;
errors = _errs128;
if(vErrors !== null){
if(_errs128){
vErrors.length = _errs128;
}
else {
vErrors = null;
}
}
if(_valid21){
const _errs131 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate136(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate136.errors : vErrors.concat(validate136.errors);
errors = vErrors.length;
}
}
}
var _valid21 = _errs131 === errors;
valid64 = _valid21;
if(valid64){
var props21 = {};
props21.config = true;
props21.type = true;
}
}
if(!valid64){
const err79 = {instancePath,schemaPath:"#/allOf/21/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[21].if,parentSchema:schema22.allOf[21],data};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(props0 !== true && props21 !== undefined){
if(props21 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props21);
}
}
const _errs134 = errors;
let valid67 = true;
const _errs135 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing22;
if((data.type === undefined) && (missing22 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("url-rewrite" !== data.type){
errors++;
}
}
}
}
var _valid22 = _errs135 === errors;
errors = _errs134;
if(vErrors !== null){
if(_errs134){
vErrors.length = _errs134;
}
else {
vErrors = null;
}
}
if(_valid22){
const _errs137 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err82 = {instancePath,schemaPath:"#/allOf/22/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[22].then.required,parentSchema:schema22.allOf[22].then,data};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
if(data.config !== undefined){
if(!(validate141(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate141.errors : vErrors.concat(validate141.errors);
errors = vErrors.length;
}
}
}
var _valid22 = _errs137 === errors;
valid67 = _valid22;
if(valid67){
var props22 = {};
props22.config = true;
props22.type = true;
}
}
if(!valid67){
const err83 = {instancePath,schemaPath:"#/allOf/22/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[22].if,parentSchema:schema22.allOf[22],data};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(props0 !== true && props22 !== undefined){
if(props22 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props22);
}
}
const _errs140 = errors;
let valid70 = true;
const _errs141 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing23;
if((data.type === undefined) && (missing23 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("verify-webhook" !== data.type){
errors++;
}
}
}
}
var _valid23 = _errs141 === errors;
errors = _errs140;
if(vErrors !== null){
if(_errs140){
vErrors.length = _errs140;
}
else {
vErrors = null;
}
}
if(_valid23){
const _errs143 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err86 = {instancePath,schemaPath:"#/allOf/23/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema22.allOf[23].then.required,parentSchema:schema22.allOf[23].then,data};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
if(data.config !== undefined){
if(!(validate143(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate143.errors : vErrors.concat(validate143.errors);
errors = vErrors.length;
}
}
}
var _valid23 = _errs143 === errors;
valid70 = _valid23;
if(valid70){
var props23 = {};
props23.config = true;
props23.type = true;
}
}
if(!valid70){
const err87 = {instancePath,schemaPath:"#/allOf/23/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[23].if,parentSchema:schema22.allOf[23],data};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(props0 !== true && props23 !== undefined){
if(props23 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props23);
}
}
const _errs146 = errors;
let valid73 = true;
const _errs147 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing24;
if((data.type === undefined) && (missing24 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("saml" !== data.type){
errors++;
}
}
}
}
var _valid24 = _errs147 === errors;
errors = _errs146;
if(vErrors !== null){
if(_errs146){
vErrors.length = _errs146;
}
else {
vErrors = null;
}
}
if(_valid24){
const _errs149 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate145(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate145.errors : vErrors.concat(validate145.errors);
errors = vErrors.length;
}
}
}
var _valid24 = _errs149 === errors;
valid73 = _valid24;
if(valid73){
var props24 = {};
props24.config = true;
props24.type = true;
}
}
if(!valid73){
const err90 = {instancePath,schemaPath:"#/allOf/24/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[24].if,parentSchema:schema22.allOf[24],data};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
if(props0 !== true && props24 !== undefined){
if(props24 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props24);
}
}
const _errs152 = errors;
let valid76 = true;
const _errs153 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing25;
if((data.type === undefined) && (missing25 = "type")){
errors++;
}
else {
if(data.type !== undefined){
if("ai-gateway" !== data.type){
errors++;
}
}
}
}
var _valid25 = _errs153 === errors;
errors = _errs152;
if(vErrors !== null){
if(_errs152){
vErrors.length = _errs152;
}
else {
vErrors = null;
}
}
if(_valid25){
const _errs155 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate147(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate147.errors : vErrors.concat(validate147.errors);
errors = vErrors.length;
}
}
}
var _valid25 = _errs155 === errors;
valid76 = _valid25;
if(valid76){
var props25 = {};
props25.config = true;
props25.type = true;
}
}
if(!valid76){
const err93 = {instancePath,schemaPath:"#/allOf/25/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema22.allOf[25].if,parentSchema:schema22.allOf[25],data};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(props0 !== true && props25 !== undefined){
if(props25 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props25);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err94 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema22.required,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "type") || (key0 === "config"))){
const err95 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
if(data.type !== undefined){
let data52 = data.type;
if(!(((((((((((((((((((((((((((((data52 === "add-headers") || (data52 === "basic-auth")) || (data52 === "circuit-breaker")) || (data52 === "close-connection")) || (data52 === "compress-response")) || (data52 === "custom-response")) || (data52 === "deny")) || (data52 === "forward-internal")) || (data52 === "http-request")) || (data52 === "jwt-validation")) || (data52 === "log")) || (data52 === "oauth")) || (data52 === "openid-connect")) || (data52 === "oidc")) || (data52 === "owasp-crs-request")) || (data52 === "owasp-crs-response")) || (data52 === "rate-limit")) || (data52 === "redirect")) || (data52 === "remove-headers")) || (data52 === "request-body-find-replace")) || (data52 === "response-body-find-replace")) || (data52 === "restrict-ips")) || (data52 === "set-vars")) || (data52 === "sse-find-replace")) || (data52 === "terminate-tls")) || (data52 === "url-rewrite")) || (data52 === "verify-webhook")) || (data52 === "saml")) || (data52 === "ai-gateway"))){
const err96 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema22.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema22.properties.type.enum,parentSchema:schema22.properties.type,data:data52};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
}
}
else {
const err97 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema22.type,parentSchema:schema22,data};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
validate55.errors = vErrors;
return errors === 0;
}
validate55.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


const validate54$valid = new WeakSet();
function validate54(data, options){
if(validate54$valid.has(data)){
validate54.errors = null;
return true;
}
const valid = validate54$checked(data, options);
if(valid && isImmutable(data)){
validate54$valid.add(data);
}
return valid;
}
function validate54$checked(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate54.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.actions === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actions"},message:"must have required property '"+"actions"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "name") || (key0 === "expressions")) || (key0 === "actions"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if((((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")) && (data0 !== null)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema21.properties.name.type},message:"must be string,number,boolean,null",schema:schema21.properties.name.type,parentSchema:schema21.properties.name,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.expressions !== undefined){
let data1 = data.expressions;
if((!(Array.isArray(data1))) && (data1 !== null)){
const err3 = {instancePath:instancePath+"/expressions",schemaPath:"#/properties/expressions/type",keyword:"type",params:{type: schema21.properties.expressions.type},message:"must be array,null",schema:schema21.properties.expressions.type,parentSchema:schema21.properties.expressions,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/expressions/" + i0,schemaPath:"#/properties/expressions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.expressions.items.type,parentSchema:schema21.properties.expressions.items,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
}
if(data.actions !== undefined){
let data3 = data.actions;
if(Array.isArray(data3)){
if(data3.length < 1){
const err5 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema21.properties.actions,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
if(!(validate55(data3[i1], {instancePath:instancePath+"/actions/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema21.properties.actions.type,parentSchema:schema21.properties.actions,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate54.errors = vErrors;
return errors === 0;
}
validate54.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate53.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate54(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate52(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://traffic-policy-compiler.dev/schemas/traffic-policy.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate52.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "on_tcp_connect") || (key0 === "on_http_request")) || (key0 === "on_http_response")) || (key0 === "on_event_stream_message")) || (key0 === "inbound")) || (key0 === "outbound"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.on_tcp_connect !== undefined){
if(!(validate53(data.on_tcp_connect, {instancePath:instancePath+"/on_tcp_connect",parentData:data,parentDataProperty:"on_tcp_connect",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.on_http_request !== undefined){
if(!(validate53(data.on_http_request, {instancePath:instancePath+"/on_http_request",parentData:data,parentDataProperty:"on_http_request",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.on_http_response !== undefined){
if(!(validate53(data.on_http_response, {instancePath:instancePath+"/on_http_response",parentData:data,parentDataProperty:"on_http_response",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.on_event_stream_message !== undefined){
if(!(validate53(data.on_event_stream_message, {instancePath:instancePath+"/on_event_stream_message",parentData:data,parentDataProperty:"on_event_stream_message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.inbound !== undefined){
if(!(validate53(data.inbound, {instancePath:instancePath+"/inbound",parentData:data,parentDataProperty:"inbound",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
if(data.outbound !== undefined){
if(!(validate53(data.outbound, {instancePath:instancePath+"/outbound",parentData:data,parentDataProperty:"outbound",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate52.errors = vErrors;
return errors === 0;
}
validate52.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// Shared by the agent-config and cloud-endpoint validators.
const pattern11 = new RegExp("^[^\\s\"'`]*$", "u");

// Used by the other validator modules.
export { func1, func4, pattern11, pattern7, validate52 };
