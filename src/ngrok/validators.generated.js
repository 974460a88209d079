// GENERATED FILE - DO NOT EDIT. Regenerate with `node scripts/build-validators.mjs`
// from schemas/*.schema.json (ajv standalone, draft 2020-12). test/schema checks it is current.
/* eslint-disable */
import ipaddr from 'ipaddr.js';
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

export const validateTrafficPolicy = validate20;
const schema31 = JSON.parse("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"https://traffic-policy-compiler.dev/schemas/traffic-policy.schema.json\",\"title\":\"ngrok Traffic Policy\",\"description\":\"An ngrok Traffic Policy document: phase names mapped to ordered lists of rules. Written by tpc (traffic-policy-compiler) from ngrok's public documentation; action configs follow the documented fields. Phase legality of actions and CEL syntax are checked by `tpc lint`, not by this schema.\",\"type\":\"object\",\"properties\":{\"on_tcp_connect\":{\"$ref\":\"#/$defs/phase\",\"description\":\"Rules run once per new TCP connection, before any HTTP processing. Exists on http, https, tcp and tls endpoints (not on internal http(s) endpoints).\"},\"on_http_request\":{\"$ref\":\"#/$defs/phase\",\"description\":\"Rules run for every HTTP request before the upstream is contacted (http and https endpoints only).\"},\"on_http_response\":{\"$ref\":\"#/$defs/phase\",\"description\":\"Rules run for every HTTP response from the upstream, or after a custom-response in the request phase (http and https endpoints only).\"},\"on_event_stream_message\":{\"$ref\":\"#/$defs/phase\",\"description\":\"Rules run for every Server-Sent-Events message of a streaming response. The documented action for this phase is sse-find-replace.\"},\"inbound\":{\"$ref\":\"#/$defs/phase\",\"description\":\"Deprecated (before October 2024): use on_http_request for HTTP endpoints or on_tcp_connect for TCP/TLS endpoints.\"},\"outbound\":{\"$ref\":\"#/$defs/phase\",\"description\":\"Deprecated (before October 2024): use on_http_response.\"}},\"additionalProperties\":false,\"$defs\":{\"phase\":{\"type\":\"array\",\"description\":\"An ordered list of rules, evaluated top to bottom.\",\"items\":{\"$ref\":\"#/$defs/rule\"}},\"rule\":{\"type\":\"object\",\"description\":\"A rule: when every expression is true (or there are none), its actions run in order.\",\"properties\":{\"name\":{\"type\":[\"string\",\"number\",\"boolean\",\"null\"],\"description\":\"Free-text label of the rule, shown in logs and the dashboard.\"},\"expressions\":{\"type\":[\"array\",\"null\"],\"description\":\"CEL expressions that must all be true for the actions to run (they are ANDed). Each item is a string; quote items that start with '!' or contain ': '. Omit for a rule that always matches.\",\"items\":{\"type\":\"string\",\"description\":\"One CEL expression that yields a bool, e.g. \\\"req.url.path.startsWith('/admin')\\\".\"}},\"actions\":{\"type\":\"array\",\"description\":\"The actions to run, in order. At least one.\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/action\"}}},\"required\":[\"actions\"],\"additionalProperties\":false},\"action\":{\"type\":\"object\",\"description\":\"One action: a `type` and, for most types, a `config` mapping.\",\"properties\":{\"type\":{\"description\":\"The action type.\",\"enum\":[\"add-headers\",\"basic-auth\",\"circuit-breaker\",\"close-connection\",\"compress-response\",\"custom-response\",\"deny\",\"forward-internal\",\"http-request\",\"jwt-validation\",\"log\",\"oauth\",\"openid-connect\",\"oidc\",\"owasp-crs-request\",\"owasp-crs-response\",\"rate-limit\",\"redirect\",\"remove-headers\",\"request-body-find-replace\",\"response-body-find-replace\",\"restrict-ips\",\"set-vars\",\"sse-find-replace\",\"terminate-tls\",\"url-rewrite\",\"verify-webhook\",\"saml\",\"ai-gateway\"]},\"config\":{\"description\":\"Settings of the action; the fields depend on `type`.\"}},\"required\":[\"type\"],\"additionalProperties\":false,\"allOf\":[{\"if\":{\"properties\":{\"type\":{\"const\":\"add-headers\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/addHeadersConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"basic-auth\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/basicAuthConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"circuit-breaker\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/circuitBreakerConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"close-connection\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/closeConnectionConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"compress-response\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/compressResponseConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"custom-response\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/customResponseConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"deny\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/denyConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"forward-internal\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/forwardInternalConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"http-request\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/httpRequestConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"jwt-validation\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/jwtValidationConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"log\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/logConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"oauth\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/oauthConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"openid-connect\",\"oidc\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/openidConnectConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"owasp-crs-request\",\"owasp-crs-response\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/owaspCrsConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"rate-limit\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/rateLimitConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"redirect\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/redirectConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"remove-headers\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/removeHeadersConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"request-body-find-replace\",\"response-body-find-replace\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/bodyFindReplaceConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"restrict-ips\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/restrictIpsConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"set-vars\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/setVarsConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"sse-find-replace\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/sseFindReplaceConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"terminate-tls\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/terminateTlsConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"url-rewrite\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/urlRewriteConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"verify-webhook\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/verifyWebhookConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"saml\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/samlConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"ai-gateway\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/aiGatewayConfig\"}}}}]},\"duration\":{\"type\":\"string\",\"description\":\"A Go duration string: a number and a unit (ns, us, ms, s, m, h), e.g. \\\"30s\\\", \\\"5m\\\", \\\"1h30m\\\".\",\"pattern\":\"^(0|([0-9]+(\\\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$\"},\"headerName\":{\"type\":\"string\",\"description\":\"An HTTP header name (letters, digits and !#$%&'*+-.^_`|~).\",\"pattern\":\"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$\"},\"headerMap\":{\"type\":\"object\",\"description\":\"Header names mapped to values (at most 10). Values support ${...} CEL interpolation.\",\"maxProperties\":10,\"propertyNames\":{\"$ref\":\"#/$defs/headerName\"},\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"],\"description\":\"Header value; ${...} CEL interpolation is supported. Quote numbers so they stay strings.\"}},\"onError\":{\"type\":\"string\",\"description\":\"What happens when the action fails: `halt` stops processing and returns an error, `continue` runs the next action.\",\"enum\":[\"halt\",\"continue\"]},\"cidrOrIp\":{\"type\":\"string\",\"description\":\"An IPv4 or IPv6 CIDR range such as 203.0.113.0/24 or 2001:db8::/32 (or a single address). ${...} CEL interpolation is supported.\",\"format\":\"cidr-or-ip\"},\"findReplaceItem\":{\"type\":\"object\",\"description\":\"One replacement: every match of the RE2 regex `from` is replaced by `to`.\",\"properties\":{\"from\":{\"type\":\"string\",\"description\":\"RE2 regular expression to find; ${...} CEL interpolation is supported (the result must still be a valid regex).\",\"minLength\":1},\"to\":{\"type\":\"string\",\"description\":\"Replacement text; $1, $2… refer to capture groups; empty or absent deletes the match. ${...} CEL interpolation is supported.\"}},\"required\":[\"from\"],\"additionalProperties\":false},\"addHeadersConfig\":{\"type\":\"object\",\"description\":\"add-headers: add headers to the request (on_http_request) or response (on_http_response).\",\"properties\":{\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"type\":\"object\",\"description\":\"Headers to add (1–10). An existing header of the same name gets an extra value, except `host`, which is replaced. `user-agent` cannot be added.\",\"minProperties\":1}},\"required\":[\"headers\"],\"additionalProperties\":false},\"basicAuthConfig\":{\"type\":\"object\",\"description\":\"basic-auth: require HTTP Basic credentials; failing requests get 401.\",\"properties\":{\"credentials\":{\"type\":\"array\",\"description\":\"Allowed `username:password` pairs (at most 10; password 8–128 characters). Use ${secrets.get('vault', 'name')} instead of literal passwords.\",\"minItems\":1,\"maxItems\":10,\"items\":{\"type\":\"string\",\"description\":\"`username:password`; the first ':' separates the two. ${...} CEL interpolation is supported.\",\"if\":{\"not\":{\"pattern\":\"\\\\$\\\\{\"}},\"then\":{\"pattern\":\"^[^:]+:.{8,128}$\"}}},\"realm\":{\"type\":\"string\",\"description\":\"Realm sent in the 401 challenge (ASCII, at most 128 characters).\",\"default\":\"ngrok\",\"maxLength\":128,\"pattern\":\"^[\\\\x20-\\\\x7e]*$\"},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, failed authentication is recorded in actions.ngrok.basic_auth but the request continues.\",\"default\":true}},\"required\":[\"credentials\"],\"additionalProperties\":false},\"circuitBreakerConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"circuit-breaker: reject requests while the upstream's error rate is too high.\",\"properties\":{\"error_threshold\":{\"type\":\"number\",\"description\":\"Fraction of 5xx responses (0.0–1.0) that trips the breaker. The docs both require it and give a default; tpc treats it as optional.\",\"default\":0.5,\"minimum\":0,\"maximum\":1},\"volume_threshold\":{\"type\":\"integer\",\"description\":\"Minimum number of requests in the window before the breaker can trip.\",\"default\":10,\"minimum\":1,\"maximum\":2000000000},\"window_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Length of the statistics window (1s–2m).\",\"default\":\"10s\",\"type\":\"string\",\"format\":\"duration-1s-2m\"},\"tripped_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How long the breaker stays open once tripped (1s–2m).\",\"default\":\"10s\",\"type\":\"string\",\"format\":\"duration-1s-2m\"},\"num_buckets\":{\"type\":\"integer\",\"description\":\"Number of buckets in the window; fixed at 10 by ngrok (leave it out).\",\"default\":10,\"minimum\":1},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, the breaker never rejects requests.\",\"default\":true}},\"additionalProperties\":false},\"closeConnectionConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"close-connection: drop the client connection. Has no config fields.\",\"properties\":{},\"additionalProperties\":false},\"compressResponseConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"compress-response: compress the response body with an algorithm the client accepts.\",\"properties\":{\"algorithms\":{\"type\":\"array\",\"description\":\"Algorithms to offer, in order of preference.\",\"default\":[\"gzip\",\"deflate\",\"br\",\"compress\"],\"uniqueItems\":true,\"items\":{\"enum\":[\"gzip\",\"deflate\",\"br\",\"compress\"]}}},\"additionalProperties\":false},\"customResponseConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"custom-response: answer with a fixed response; terminating.\",\"properties\":{\"status_code\":{\"type\":\"integer\",\"description\":\"HTTP status code of the response.\",\"default\":200,\"minimum\":100,\"maximum\":599},\"body\":{\"type\":\"string\",\"description\":\"Response body; ${...} CEL interpolation is supported.\"},\"content\":{\"type\":\"string\",\"description\":\"Deprecated alias of `body` (May 2025); use `body`.\"},\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"description\":\"Response headers (at most 10). Without content-type, ngrok guesses one from the body.\"}},\"additionalProperties\":false},\"denyConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"deny: reject the request (HTTP) or close the connection (TCP); terminating. Never sends a body (use custom-response for that).\",\"properties\":{\"status_code\":{\"type\":\"integer\",\"description\":\"HTTP status code (request phase only).\",\"default\":403,\"minimum\":100,\"maximum\":599}},\"additionalProperties\":false},\"forwardInternalConfig\":{\"type\":\"object\",\"description\":\"forward-internal: hand the traffic to an internal endpoint (a *.internal URL in the same account); terminating.\",\"properties\":{\"url\":{\"type\":\"string\",\"description\":\"URL of the internal endpoint, e.g. https://api.internal or tcp://db.internal:5432. ${...} CEL interpolation is supported.\",\"minLength\":1},\"on_error\":{\"$ref\":\"#/$defs/onError\",\"description\":\"`halt` (default): a failed forward returns an error. `continue`: later actions run when the forward fails.\",\"default\":\"halt\"},\"binding\":{\"const\":\"internal\",\"description\":\"Legacy field (removed from the docs in January 2025); leave it out.\"},\"endpoint_selectors\":{\"description\":\"Announced by ngrok for custom pool load balancing; shape not documented yet.\"},\"endpoint_weights\":{\"description\":\"Announced by ngrok for custom pool load balancing; shape not documented yet.\"}},\"required\":[\"url\"],\"additionalProperties\":false},\"httpRequestConfig\":{\"type\":\"object\",\"description\":\"http-request: call another HTTP service (by default only *.internal endpoints) and expose the result in actions.ngrok.http_request.\",\"properties\":{\"url\":{\"type\":\"string\",\"description\":\"URL to call. External URLs work only after ngrok support enables them. ${...} CEL interpolation is supported.\",\"minLength\":1},\"method\":{\"type\":\"string\",\"description\":\"HTTP method.\",\"default\":\"GET\",\"enum\":[\"GET\",\"PUT\",\"POST\",\"PATCH\",\"DELETE\",\"OPTIONS\"]},\"query_params\":{\"type\":\"array\",\"description\":\"Query parameters to send (at most 32).\",\"maxItems\":32,\"items\":{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\",\"description\":\"Parameter name (at most 128 characters).\",\"minLength\":1,\"maxLength\":128},\"value\":{\"type\":\"string\",\"description\":\"Parameter value (at most 8192 characters); ${...} CEL interpolation is supported.\",\"maxLength\":8192}},\"required\":[\"key\"],\"additionalProperties\":false}},\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"description\":\"Request headers (at most 10).\"},\"body\":{\"type\":\"string\",\"description\":\"Request body (for POST, PUT, PATCH); ${...} CEL interpolation is supported.\"},\"max_redirects\":{\"type\":\"integer\",\"description\":\"Redirects to follow. ngrok's docs disagree on the default (10 or 0) and the limit (100 or 5).\",\"minimum\":0,\"maximum\":100},\"timeout\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Total time for all attempts and redirects (1s–30s).\",\"default\":\"3s\",\"type\":\"string\",\"format\":\"duration-1s-30s\"},\"retry_condition\":{\"type\":\"string\",\"description\":\"CEL expression (without ${}) evaluated after a failed attempt; true retries (at most 3 retries). Sees `attempts` and `last_attempt`.\",\"default\":\"false\"},\"on_error\":{\"$ref\":\"#/$defs/onError\",\"description\":\"`continue` (default): a failed call lets processing continue. `halt`: return an error.\",\"default\":\"continue\"}},\"required\":[\"url\"],\"additionalProperties\":false},\"jwtAllowList\":{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"string\",\"description\":\"Allowed value (exact match).\",\"minLength\":1}},\"required\":[\"value\"],\"additionalProperties\":false}},\"jwtKeys\":{\"type\":\"object\",\"description\":\"Where the signing keys come from.\",\"properties\":{\"sources\":{\"type\":[\"object\",\"array\"],\"description\":\"Key sources. Written as a mapping in every example (the reference table says list; a one-item list is accepted).\",\"properties\":{\"additional_jkus\":{\"type\":\"array\",\"description\":\"JWKS URLs to fetch keys from (refreshed about every 15 minutes).\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1}}},\"required\":[\"additional_jkus\"],\"additionalProperties\":false,\"maxItems\":1,\"items\":{\"$ref\":\"#/$defs/jwtKeySources\"}},\"identification\":{\"type\":\"array\",\"description\":\"How a token names its key.\",\"items\":{\"type\":\"object\",\"properties\":{\"token_claims\":{\"type\":\"array\",\"description\":\"Header claims that identify the key (supported: kid).\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false}}},\"required\":[\"sources\"],\"additionalProperties\":false},\"jwtKeySources\":{\"type\":\"object\",\"properties\":{\"additional_jkus\":{\"type\":\"array\",\"description\":\"JWKS URLs to fetch keys from.\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1}}},\"required\":[\"additional_jkus\"],\"additionalProperties\":false},\"jwtValidationConfig\":{\"type\":\"object\",\"description\":\"jwt-validation: require valid JWTs; failing requests get 401.\",\"properties\":{\"issuer\":{\"type\":\"object\",\"description\":\"Accepted token issuers.\",\"properties\":{\"allow_list\":{\"$ref\":\"#/$defs/jwtAllowList\",\"description\":\"Issuer values; each must equal the token's `iss` exactly (a trailing slash matters).\"}},\"required\":[\"allow_list\"],\"additionalProperties\":false},\"audience\":{\"type\":\"object\",\"description\":\"Accepted audiences.\",\"properties\":{\"allow_list\":{\"$ref\":\"#/$defs/jwtAllowList\",\"description\":\"The token's `aud` must contain one of these values.\"}},\"additionalProperties\":false},\"http\":{\"type\":\"object\",\"description\":\"Where to find the tokens in the request.\",\"properties\":{\"tokens\":{\"type\":\"array\",\"description\":\"Tokens to validate; every listed token must be present.\",\"minItems\":1,\"items\":{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\",\"description\":\"Token type.\",\"enum\":[\"jwt\",\"access_token\",\"id_token\",\"at+jwt\",\"it+jwt\",\"plain\"]},\"method\":{\"type\":\"string\",\"description\":\"Where the token is: a header, or a body field (POST/PUT/PATCH only).\",\"enum\":[\"header\",\"body\"]},\"name\":{\"type\":\"string\",\"description\":\"Header or body field name, e.g. Authorization.\",\"minLength\":1},\"prefix\":{\"type\":\"string\",\"description\":\"Prefix stripped before parsing, e.g. \\\"Bearer \\\".\"}},\"required\":[\"type\",\"method\",\"name\"],\"additionalProperties\":false}}},\"required\":[\"tokens\"],\"additionalProperties\":false},\"jws\":{\"type\":\"object\",\"description\":\"Signature checks.\",\"properties\":{\"allowed_algorithms\":{\"type\":\"array\",\"description\":\"Accepted signing algorithms, e.g. RS256, ES256. `none` is not allowed.\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1,\"not\":{\"const\":\"none\"}}},\"keys\":{\"type\":[\"object\",\"array\"],\"description\":\"Signing keys. Written as a mapping in every example (the reference table says list; a one-item list is accepted).\",\"$ref\":\"#/$defs/jwtKeysShape\"}},\"required\":[\"allowed_algorithms\",\"keys\"],\"additionalProperties\":false}},\"required\":[\"issuer\",\"http\",\"jws\"],\"additionalProperties\":false},\"jwtKeysShape\":{\"if\":{\"type\":\"object\"},\"then\":{\"$ref\":\"#/$defs/jwtKeys\"},\"else\":{\"type\":\"array\",\"maxItems\":1,\"items\":{\"$ref\":\"#/$defs/jwtKeys\"}}},\"logConfig\":{\"type\":\"object\",\"description\":\"log: attach metadata to the traffic event sent to your event destinations.\",\"properties\":{\"metadata\":{\"type\":\"object\",\"description\":\"Arbitrary keys and values; string values support ${...} CEL interpolation.\"}},\"required\":[\"metadata\"],\"additionalProperties\":false},\"oauthConfig\":{\"type\":\"object\",\"description\":\"oauth: require login with an OAuth provider.\",\"properties\":{\"provider\":{\"type\":\"string\",\"description\":\"Identity provider. ngrok-managed apps exist for all but amazon and facebook.\",\"enum\":[\"amazon\",\"facebook\",\"github\",\"gitlab\",\"google\",\"linkedin\",\"microsoft\",\"twitch\"]},\"auth_id\":{\"type\":\"string\",\"description\":\"Scopes the session cookie; used as ?auth_id= on /ngrok/login and /ngrok/logout.\"},\"client_id\":{\"type\":\"string\",\"description\":\"Your OAuth app's client ID. Leave out together with client_secret to use ngrok's managed app. ${...} CEL interpolation is supported.\"},\"client_secret\":{\"type\":\"string\",\"description\":\"Your OAuth app's client secret; use ${secrets.get('vault', 'name')} instead of a literal.\"},\"scopes\":{\"type\":\"array\",\"description\":\"Extra scopes to request (not allowed with ngrok's managed apps).\",\"items\":{\"type\":\"string\"}},\"authz_url_params\":{\"type\":\"object\",\"description\":\"Extra query parameters for the provider's authorization URL.\",\"additionalProperties\":{\"type\":\"string\"}},\"max_session_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Longest a session may last before the user logs in again.\"},\"idle_session_timeout\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Idle time after which a session ends (openid-connect spells it idle_session_duration).\"},\"userinfo_refresh_interval\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How often the user's identity is refreshed from the provider.\"},\"allow_cors_preflight\":{\"type\":\"boolean\",\"description\":\"Let CORS preflight (OPTIONS) requests through without authentication.\",\"default\":false},\"auth_cookie_domain\":{\"type\":\"string\",\"description\":\"Domain for the session cookie; must belong to the endpoint's domain.\"}},\"required\":[\"provider\"],\"additionalProperties\":false},\"openidConnectConfig\":{\"type\":\"object\",\"description\":\"openid-connect: require login with an OpenID Connect identity provider.\",\"properties\":{\"issuer_url\":{\"type\":\"string\",\"description\":\"Issuer URL of the provider; it must serve /.well-known/openid-configuration.\",\"minLength\":1},\"auth_id\":{\"type\":\"string\",\"description\":\"Scopes the session cookie; used as ?auth_id= on /ngrok/login and /ngrok/logout.\"},\"client_id\":{\"type\":\"string\",\"description\":\"Client ID of your app at the provider; ${...} CEL interpolation is supported.\"},\"client_secret\":{\"type\":\"string\",\"description\":\"Client secret; use ${secrets.get('vault', 'name')} instead of a literal.\"},\"scopes\":{\"type\":\"array\",\"description\":\"Scopes to request, e.g. openid, profile, email.\",\"items\":{\"type\":\"string\"}},\"authz_url_params\":{\"type\":\"object\",\"description\":\"Extra query parameters for the provider's authorization URL.\",\"additionalProperties\":{\"type\":\"string\"}},\"max_session_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Longest a session may last before the user logs in again.\"},\"idle_session_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Idle time after which a session ends (oauth spells it idle_session_timeout).\"},\"userinfo_refresh_interval\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How often the user's identity is refreshed from the provider.\"},\"allow_cors_preflight\":{\"type\":\"boolean\",\"description\":\"Let CORS preflight (OPTIONS) requests through without authentication.\",\"default\":false},\"auth_cookie_domain\":{\"type\":\"string\",\"description\":\"Domain for the session cookie; must belong to the endpoint's domain.\"}},\"required\":[\"issuer_url\"],\"additionalProperties\":false},\"owaspCrsConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"owasp-crs-request / owasp-crs-response: the OWASP Core Rule Set web application firewall; blocks with 403 over the anomaly threshold.\",\"properties\":{\"on_error\":{\"$ref\":\"#/$defs/onError\",\"description\":\"`halt` (default) blocks over the threshold; `continue` only records the decision (test mode).\",\"default\":\"halt\"},\"process_body\":{\"type\":\"boolean\",\"description\":\"Also inspect the first 4 KB of the body (buffers it).\",\"default\":false},\"exclude_rule_ids\":{\"type\":\"array\",\"description\":\"CRS rule IDs to skip (900000–999999).\",\"items\":{\"type\":\"integer\",\"minimum\":900000,\"maximum\":999999}}},\"additionalProperties\":false},\"rateLimitConfig\":{\"type\":\"object\",\"description\":\"rate-limit: limit requests per bucket; requests over capacity get 429.\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Name of the limiter (shorter than 1024 characters).\",\"minLength\":1,\"maxLength\":1023},\"algorithm\":{\"type\":\"string\",\"description\":\"Rate-limiting algorithm; only sliding_window exists.\",\"enum\":[\"sliding_window\"]},\"capacity\":{\"type\":\"integer\",\"description\":\"Requests allowed per `rate` window (1–2,000,000,000), counted per ngrok ingress server.\",\"minimum\":1,\"maximum\":2000000000},\"rate\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Window length: a multiple of 10s between 60s and 24h, e.g. \\\"60s\\\", \\\"10m\\\".\",\"type\":\"string\",\"format\":\"rate-limit-window\"},\"bucket_key\":{\"type\":\"array\",\"description\":\"CEL expressions (without ${}) whose values pick the bucket, e.g. conn.client_ip (1–10 items).\",\"minItems\":1,\"maxItems\":10,\"items\":{\"type\":\"string\",\"minLength\":1}},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, limits are computed but requests are not rejected.\",\"default\":true}},\"required\":[\"name\",\"algorithm\",\"capacity\",\"rate\",\"bucket_key\"],\"additionalProperties\":false},\"redirectConfig\":{\"type\":\"object\",\"description\":\"redirect: send the client a 3xx redirect; emitting a redirect ends the phase.\",\"properties\":{\"from\":{\"type\":\"string\",\"description\":\"RE2 regex matched against the whole URL (scheme, host, port, path, query), unanchored. Without it, `to` replaces the whole URL. ${...} CEL interpolation is supported.\"},\"to\":{\"type\":\"string\",\"description\":\"Replacement; $1, $2… refer to capture groups. ${...} CEL interpolation is supported.\",\"minLength\":1},\"status_code\":{\"type\":\"integer\",\"description\":\"Redirect status code.\",\"default\":302,\"enum\":[301,302,303,307,308]},\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"description\":\"Extra response headers (at most 10).\"}},\"required\":[\"to\"],\"additionalProperties\":false},\"removeHeadersConfig\":{\"type\":\"object\",\"description\":\"remove-headers: remove headers from the request or response.\",\"properties\":{\"headers\":{\"type\":\"array\",\"description\":\"Header names to remove (1–10). `user-agent` cannot be removed.\",\"minItems\":1,\"maxItems\":10,\"items\":{\"$ref\":\"#/$defs/headerName\"}}},\"required\":[\"headers\"],\"additionalProperties\":false},\"bodyFindReplaceConfig\":{\"type\":\"object\",\"description\":\"request-body-find-replace / response-body-find-replace: regex replacements on the buffered body.\",\"properties\":{\"replacements\":{\"type\":\"array\",\"description\":\"Replacements, applied in order, each to the output of the previous one.\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/findReplaceItem\"}}},\"required\":[\"replacements\"],\"additionalProperties\":false},\"restrictIpsConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"restrict-ips: allow or deny clients by source IP (the L4 address, never X-Forwarded-For). Denied clients get a closed connection (TCP) or 403 (HTTP).\",\"properties\":{\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, the decision is recorded in actions.ngrok.restrict_ips but nobody is blocked.\",\"default\":true},\"allow\":{\"type\":\"array\",\"description\":\"CIDR ranges that may connect; with an allow list, every other address is denied.\",\"items\":{\"$ref\":\"#/$defs/cidrOrIp\"}},\"deny\":{\"type\":\"array\",\"description\":\"CIDR ranges that are always denied.\",\"items\":{\"$ref\":\"#/$defs/cidrOrIp\"}},\"ip_policies\":{\"type\":\"array\",\"description\":\"IDs of IP Policies (ipp_…) managed in the ngrok dashboard or API.\",\"items\":{\"type\":\"string\",\"description\":\"An IP Policy ID, e.g. ipp_1yjqdrIBwgciY2I9zH2EelgBbJF.\",\"pattern\":\"^ipp_[A-Za-z0-9]+$\"}}},\"additionalProperties\":false},\"setVarsConfig\":{\"type\":\"object\",\"description\":\"set-vars: define variables readable as vars.<name> later in the same phase.\",\"properties\":{\"vars\":{\"type\":\"array\",\"description\":\"A list of one-key mappings (`- name: value`), evaluated in order. Values may be any YAML value; a string that is exactly one ${...} keeps the expression's type.\",\"minItems\":1,\"items\":{\"type\":\"object\",\"description\":\"Exactly one key: the variable name.\",\"minProperties\":1,\"maxProperties\":1}}},\"required\":[\"vars\"],\"additionalProperties\":false},\"sseFindReplaceConfig\":{\"type\":\"object\",\"description\":\"sse-find-replace: regex replacements in each Server-Sent-Events message (on_event_stream_message).\",\"properties\":{\"replacements\":{\"type\":\"array\",\"description\":\"Replacements, applied in order.\",\"minItems\":1,\"items\":{\"type\":\"object\",\"properties\":{\"field\":{\"type\":\"string\",\"description\":\"SSE field to edit: data or retry. ${...} CEL interpolation is supported.\",\"default\":\"data\",\"if\":{\"not\":{\"pattern\":\"\\\\$\\\\{\"}},\"then\":{\"enum\":[\"data\",\"retry\"]}},\"from\":{\"type\":\"string\",\"description\":\"RE2 regular expression to find; ${...} CEL interpolation is supported.\",\"minLength\":1},\"to\":{\"type\":\"string\",\"description\":\"Replacement text; empty or absent deletes the match.\"}},\"required\":[\"from\"],\"additionalProperties\":false}}},\"required\":[\"replacements\"],\"additionalProperties\":false},\"tlsVersion\":{\"type\":\"string\",\"description\":\"TLS version as a quoted string: \\\"1.2\\\" or \\\"1.3\\\" (\\\"1.0\\\"/\\\"1.1\\\" are legacy and should not be used).\",\"enum\":[\"1.2\",\"1.3\",\"1.0\",\"1.1\"]},\"terminateTlsConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"terminate-tls: terminate TLS at ngrok's edge (on_tcp_connect; https and tls endpoints), optionally with your certificate and mutual TLS.\",\"properties\":{\"min_version\":{\"$ref\":\"#/$defs/tlsVersion\",\"description\":\"Lowest TLS version accepted. Quote it (\\\"1.3\\\"), or YAML reads a number.\",\"default\":\"1.2\"},\"max_version\":{\"$ref\":\"#/$defs/tlsVersion\",\"description\":\"Highest TLS version accepted. Quote it (\\\"1.3\\\"), or YAML reads a number.\",\"default\":\"1.3\"},\"server_private_key\":{\"type\":\"string\",\"description\":\"PEM private key for server_certificate; use ${secrets.get('vault', 'name')} instead of a literal key.\"},\"server_certificate\":{\"type\":\"string\",\"description\":\"PEM certificate (chain) to present; needs server_private_key.\"},\"mutual_tls_certificate_authorities\":{\"type\":[\"array\",\"string\"],\"description\":\"CA certificates (PEM) or uploaded CA IDs that client certificates must chain to; enables mutual TLS.\",\"items\":{\"type\":\"string\",\"minLength\":1}},\"mutual_tls_verification_strategy\":{\"type\":\"string\",\"description\":\"How client certificates are checked.\",\"default\":\"require-and-verify\",\"enum\":[\"require-and-verify\",\"require-any\",\"request\"]}},\"dependentRequired\":{\"server_private_key\":[\"server_certificate\"],\"server_certificate\":[\"server_private_key\"]},\"additionalProperties\":false},\"urlRewriteConfig\":{\"type\":\"object\",\"description\":\"url-rewrite: change the URL sent upstream (the client's URL is unchanged).\",\"properties\":{\"from\":{\"type\":\"string\",\"description\":\"RE2 regex matched against the whole URL (scheme, host, port, path, query); all matches are replaced. ${...} CEL interpolation is supported.\"},\"to\":{\"type\":\"string\",\"description\":\"Replacement; $1, $2… refer to capture groups. ${...} CEL interpolation is supported.\"}},\"required\":[\"to\"],\"additionalProperties\":false},\"verifyWebhookConfig\":{\"type\":\"object\",\"description\":\"verify-webhook: check a webhook provider's signature; failing requests get 403.\",\"properties\":{\"provider\":{\"type\":\"string\",\"description\":\"Webhook provider, as listed on the verify-webhook action page. ngrok's integration guides spell three of them differently (signalsciences, sonatype_nexus, vmware_workspace); those spellings are accepted too.\",\"enum\":[\"aftership\",\"airship\",\"alchemy\",\"sns\",\"autodesk\",\"bitbucket\",\"bolt\",\"box\",\"brex\",\"buildkite\",\"calendly\",\"castle\",\"chargify\",\"circleci\",\"clearbit\",\"clerk\",\"coinbase\",\"contentful\",\"docusign\",\"dropbox\",\"facebook_graph_api\",\"facebook_messenger\",\"frameio\",\"github\",\"gitlab\",\"go1\",\"heroku\",\"hostedhooks\",\"hubspot\",\"graphcms\",\"instagram\",\"intercom\",\"jira\",\"launch_darkly\",\"linear\",\"mailchimp\",\"mailgun\",\"microsoft_teams\",\"modern_treasury\",\"mongodb\",\"mux\",\"orb\",\"orbit\",\"pagerduty\",\"pinwheel\",\"plivo\",\"pusher\",\"sendgrid\",\"sentry\",\"shopify\",\"signal_sciences\",\"slack\",\"sonatype\",\"square\",\"stripe\",\"svix\",\"terraform\",\"tiktok\",\"trendmicro_conformity\",\"twilio\",\"twitter\",\"typeform\",\"vmware\",\"webex\",\"whatsapp\",\"worldline\",\"xero\",\"zendesk\",\"zoom\",\"signalsciences\",\"sonatype_nexus\",\"vmware_workspace\"]},\"secret\":{\"type\":\"string\",\"description\":\"Signing secret from the provider; use ${secrets.get('vault', 'name')} instead of a literal.\"},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, invalid signatures are recorded but not rejected.\",\"default\":true}},\"required\":[\"provider\"],\"if\":{\"properties\":{\"provider\":{\"not\":{\"const\":\"sns\"}}}},\"then\":{\"properties\":{\"secret\":true},\"required\":[\"secret\"]},\"additionalProperties\":false},\"samlConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"saml (preview): SAML single sign-on. Only idp_metadata is documented; other keys are accepted because the action is not generally available.\",\"properties\":{\"idp_metadata\":{\"type\":\"string\",\"description\":\"The identity provider's SAML metadata XML.\"},\"idp_metadata_url\":{\"type\":\"string\",\"description\":\"URL of the identity provider's SAML metadata (instead of idp_metadata).\"},\"force_authn\":{\"type\":\"boolean\",\"description\":\"Ask the identity provider to re-authenticate the user.\",\"default\":false},\"allow_idp_initiated\":{\"type\":\"boolean\",\"description\":\"Accept logins started at the identity provider.\",\"default\":false},\"authorized_groups\":{\"type\":\"array\",\"description\":\"Groups allowed in.\",\"items\":{\"type\":\"string\"}},\"entity_id\":{\"type\":\"string\",\"description\":\"Service provider entity ID.\"},\"assertion_consumer_service_url\":{\"type\":\"string\",\"description\":\"Assertion consumer service URL.\"}}},\"aiGatewayConfig\":{\"type\":[\"object\",\"null\"],\"description\":\"ai-gateway (legacy): the former in-policy AI gateway, replaced by ngrok's hosted AI Gateway in 2026. Accepted leniently so old policies still validate.\",\"properties\":{\"max_input_tokens\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":500000,\"description\":\"Largest request, in tokens.\"},\"max_output_tokens\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":500000,\"description\":\"Largest response, in tokens.\"},\"headers\":{\"type\":\"object\",\"description\":\"Headers to send to providers; CEL interpolation supported.\"},\"query_params\":{\"type\":\"object\",\"description\":\"Query parameters to send to providers.\"},\"body\":{\"type\":\"object\",\"description\":\"Body fields to send to providers.\"},\"on_error\":{\"$ref\":\"#/$defs/onError\",\"default\":\"halt\"},\"total_timeout\":{\"$ref\":\"#/$defs/duration\",\"default\":\"5m\",\"description\":\"Time limit across all attempts.\"},\"per_request_timeout\":{\"$ref\":\"#/$defs/duration\",\"default\":\"30s\",\"description\":\"Time limit per provider attempt.\"},\"providers\":{\"type\":\"array\",\"description\":\"Configured AI providers.\",\"items\":{\"type\":\"object\"}},\"only_allow_configured_providers\":{\"type\":\"boolean\",\"default\":false,\"description\":\"Reject providers not listed.\"},\"only_allow_configured_models\":{\"type\":\"boolean\",\"default\":false,\"description\":\"Reject models not listed.\"},\"model_selection\":{\"type\":\"object\",\"description\":\"Model selection strategy (CEL over ai.models).\"},\"api_key_selection\":{\"type\":\"object\",\"description\":\"API key selection strategy (CEL over ai.keys).\"}}}}}");
const schema32 = JSON.parse("{\"type\":\"array\",\"description\":\"An ordered list of rules, evaluated top to bottom.\",\"items\":{\"$ref\":\"#/$defs/rule\"}}");
const schema33 = JSON.parse("{\"type\":\"object\",\"description\":\"A rule: when every expression is true (or there are none), its actions run in order.\",\"properties\":{\"name\":{\"type\":[\"string\",\"number\",\"boolean\",\"null\"],\"description\":\"Free-text label of the rule, shown in logs and the dashboard.\"},\"expressions\":{\"type\":[\"array\",\"null\"],\"description\":\"CEL expressions that must all be true for the actions to run (they are ANDed). Each item is a string; quote items that start with '!' or contain ': '. Omit for a rule that always matches.\",\"items\":{\"type\":\"string\",\"description\":\"One CEL expression that yields a bool, e.g. \\\"req.url.path.startsWith('/admin')\\\".\"}},\"actions\":{\"type\":\"array\",\"description\":\"The actions to run, in order. At least one.\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/action\"}}},\"required\":[\"actions\"],\"additionalProperties\":false}");
const schema34 = JSON.parse("{\"type\":\"object\",\"description\":\"One action: a `type` and, for most types, a `config` mapping.\",\"properties\":{\"type\":{\"description\":\"The action type.\",\"enum\":[\"add-headers\",\"basic-auth\",\"circuit-breaker\",\"close-connection\",\"compress-response\",\"custom-response\",\"deny\",\"forward-internal\",\"http-request\",\"jwt-validation\",\"log\",\"oauth\",\"openid-connect\",\"oidc\",\"owasp-crs-request\",\"owasp-crs-response\",\"rate-limit\",\"redirect\",\"remove-headers\",\"request-body-find-replace\",\"response-body-find-replace\",\"restrict-ips\",\"set-vars\",\"sse-find-replace\",\"terminate-tls\",\"url-rewrite\",\"verify-webhook\",\"saml\",\"ai-gateway\"]},\"config\":{\"description\":\"Settings of the action; the fields depend on `type`.\"}},\"required\":[\"type\"],\"additionalProperties\":false,\"allOf\":[{\"if\":{\"properties\":{\"type\":{\"const\":\"add-headers\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/addHeadersConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"basic-auth\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/basicAuthConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"circuit-breaker\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/circuitBreakerConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"close-connection\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/closeConnectionConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"compress-response\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/compressResponseConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"custom-response\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/customResponseConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"deny\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/denyConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"forward-internal\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/forwardInternalConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"http-request\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/httpRequestConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"jwt-validation\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/jwtValidationConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"log\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/logConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"oauth\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/oauthConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"openid-connect\",\"oidc\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/openidConnectConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"owasp-crs-request\",\"owasp-crs-response\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/owaspCrsConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"rate-limit\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/rateLimitConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"redirect\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/redirectConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"remove-headers\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/removeHeadersConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"enum\":[\"request-body-find-replace\",\"response-body-find-replace\"]}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/bodyFindReplaceConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"restrict-ips\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/restrictIpsConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"set-vars\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/setVarsConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"sse-find-replace\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/sseFindReplaceConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"terminate-tls\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/terminateTlsConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"url-rewrite\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/urlRewriteConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"verify-webhook\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/verifyWebhookConfig\"}},\"required\":[\"config\"]}},{\"if\":{\"properties\":{\"type\":{\"const\":\"saml\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/samlConfig\"}}}},{\"if\":{\"properties\":{\"type\":{\"const\":\"ai-gateway\"}},\"required\":[\"type\"]},\"then\":{\"properties\":{\"config\":{\"$ref\":\"#/$defs/aiGatewayConfig\"}}}}]}");
const schema38 = JSON.parse("{\"type\":\"object\",\"description\":\"basic-auth: require HTTP Basic credentials; failing requests get 401.\",\"properties\":{\"credentials\":{\"type\":\"array\",\"description\":\"Allowed `username:password` pairs (at most 10; password 8–128 characters). Use ${secrets.get('vault', 'name')} instead of literal passwords.\",\"minItems\":1,\"maxItems\":10,\"items\":{\"type\":\"string\",\"description\":\"`username:password`; the first ':' separates the two. ${...} CEL interpolation is supported.\",\"if\":{\"not\":{\"pattern\":\"\\\\$\\\\{\"}},\"then\":{\"pattern\":\"^[^:]+:.{8,128}$\"}}},\"realm\":{\"type\":\"string\",\"description\":\"Realm sent in the 401 challenge (ASCII, at most 128 characters).\",\"default\":\"ngrok\",\"maxLength\":128,\"pattern\":\"^[\\\\x20-\\\\x7e]*$\"},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, failed authentication is recorded in actions.ngrok.basic_auth but the request continues.\",\"default\":true}},\"required\":[\"credentials\"],\"additionalProperties\":false}");
const schema42 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"close-connection: drop the client connection. Has no config fields.\",\"properties\":{},\"additionalProperties\":false}");
const schema43 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"compress-response: compress the response body with an algorithm the client accepts.\",\"properties\":{\"algorithms\":{\"type\":\"array\",\"description\":\"Algorithms to offer, in order of preference.\",\"default\":[\"gzip\",\"deflate\",\"br\",\"compress\"],\"uniqueItems\":true,\"items\":{\"enum\":[\"gzip\",\"deflate\",\"br\",\"compress\"]}}},\"additionalProperties\":false}");
const schema45 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"deny: reject the request (HTTP) or close the connection (TCP); terminating. Never sends a body (use custom-response for that).\",\"properties\":{\"status_code\":{\"type\":\"integer\",\"description\":\"HTTP status code (request phase only).\",\"default\":403,\"minimum\":100,\"maximum\":599}},\"additionalProperties\":false}");
const schema57 = JSON.parse("{\"type\":\"object\",\"description\":\"log: attach metadata to the traffic event sent to your event destinations.\",\"properties\":{\"metadata\":{\"type\":\"object\",\"description\":\"Arbitrary keys and values; string values support ${...} CEL interpolation.\"}},\"required\":[\"metadata\"],\"additionalProperties\":false}");
const schema78 = JSON.parse("{\"type\":\"object\",\"description\":\"set-vars: define variables readable as vars.<name> later in the same phase.\",\"properties\":{\"vars\":{\"type\":\"array\",\"description\":\"A list of one-key mappings (`- name: value`), evaluated in order. Values may be any YAML value; a string that is exactly one ${...} keeps the expression's type.\",\"minItems\":1,\"items\":{\"type\":\"object\",\"description\":\"Exactly one key: the variable name.\",\"minProperties\":1,\"maxProperties\":1}}},\"required\":[\"vars\"],\"additionalProperties\":false}");
const schema79 = JSON.parse("{\"type\":\"object\",\"description\":\"sse-find-replace: regex replacements in each Server-Sent-Events message (on_event_stream_message).\",\"properties\":{\"replacements\":{\"type\":\"array\",\"description\":\"Replacements, applied in order.\",\"minItems\":1,\"items\":{\"type\":\"object\",\"properties\":{\"field\":{\"type\":\"string\",\"description\":\"SSE field to edit: data or retry. ${...} CEL interpolation is supported.\",\"default\":\"data\",\"if\":{\"not\":{\"pattern\":\"\\\\$\\\\{\"}},\"then\":{\"enum\":[\"data\",\"retry\"]}},\"from\":{\"type\":\"string\",\"description\":\"RE2 regular expression to find; ${...} CEL interpolation is supported.\",\"minLength\":1},\"to\":{\"type\":\"string\",\"description\":\"Replacement text; empty or absent deletes the match.\"}},\"required\":[\"from\"],\"additionalProperties\":false}}},\"required\":[\"replacements\"],\"additionalProperties\":false}");
const schema83 = JSON.parse("{\"type\":\"object\",\"description\":\"url-rewrite: change the URL sent upstream (the client's URL is unchanged).\",\"properties\":{\"from\":{\"type\":\"string\",\"description\":\"RE2 regex matched against the whole URL (scheme, host, port, path, query); all matches are replaced. ${...} CEL interpolation is supported.\"},\"to\":{\"type\":\"string\",\"description\":\"Replacement; $1, $2… refer to capture groups. ${...} CEL interpolation is supported.\"}},\"required\":[\"to\"],\"additionalProperties\":false}");
const schema84 = JSON.parse("{\"type\":\"object\",\"description\":\"verify-webhook: check a webhook provider's signature; failing requests get 403.\",\"properties\":{\"provider\":{\"type\":\"string\",\"description\":\"Webhook provider, as listed on the verify-webhook action page. ngrok's integration guides spell three of them differently (signalsciences, sonatype_nexus, vmware_workspace); those spellings are accepted too.\",\"enum\":[\"aftership\",\"airship\",\"alchemy\",\"sns\",\"autodesk\",\"bitbucket\",\"bolt\",\"box\",\"brex\",\"buildkite\",\"calendly\",\"castle\",\"chargify\",\"circleci\",\"clearbit\",\"clerk\",\"coinbase\",\"contentful\",\"docusign\",\"dropbox\",\"facebook_graph_api\",\"facebook_messenger\",\"frameio\",\"github\",\"gitlab\",\"go1\",\"heroku\",\"hostedhooks\",\"hubspot\",\"graphcms\",\"instagram\",\"intercom\",\"jira\",\"launch_darkly\",\"linear\",\"mailchimp\",\"mailgun\",\"microsoft_teams\",\"modern_treasury\",\"mongodb\",\"mux\",\"orb\",\"orbit\",\"pagerduty\",\"pinwheel\",\"plivo\",\"pusher\",\"sendgrid\",\"sentry\",\"shopify\",\"signal_sciences\",\"slack\",\"sonatype\",\"square\",\"stripe\",\"svix\",\"terraform\",\"tiktok\",\"trendmicro_conformity\",\"twilio\",\"twitter\",\"typeform\",\"vmware\",\"webex\",\"whatsapp\",\"worldline\",\"xero\",\"zendesk\",\"zoom\",\"signalsciences\",\"sonatype_nexus\",\"vmware_workspace\"]},\"secret\":{\"type\":\"string\",\"description\":\"Signing secret from the provider; use ${secrets.get('vault', 'name')} instead of a literal.\"},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, invalid signatures are recorded but not rejected.\",\"default\":true}},\"required\":[\"provider\"],\"if\":{\"properties\":{\"provider\":{\"not\":{\"const\":\"sns\"}}}},\"then\":{\"properties\":{\"secret\":true},\"required\":[\"secret\"]},\"additionalProperties\":false}");
const schema85 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"saml (preview): SAML single sign-on. Only idp_metadata is documented; other keys are accepted because the action is not generally available.\",\"properties\":{\"idp_metadata\":{\"type\":\"string\",\"description\":\"The identity provider's SAML metadata XML.\"},\"idp_metadata_url\":{\"type\":\"string\",\"description\":\"URL of the identity provider's SAML metadata (instead of idp_metadata).\"},\"force_authn\":{\"type\":\"boolean\",\"description\":\"Ask the identity provider to re-authenticate the user.\",\"default\":false},\"allow_idp_initiated\":{\"type\":\"boolean\",\"description\":\"Accept logins started at the identity provider.\",\"default\":false},\"authorized_groups\":{\"type\":\"array\",\"description\":\"Groups allowed in.\",\"items\":{\"type\":\"string\"}},\"entity_id\":{\"type\":\"string\",\"description\":\"Service provider entity ID.\"},\"assertion_consumer_service_url\":{\"type\":\"string\",\"description\":\"Assertion consumer service URL.\"}}}");
const schema35 = JSON.parse("{\"type\":\"object\",\"description\":\"add-headers: add headers to the request (on_http_request) or response (on_http_response).\",\"properties\":{\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"type\":\"object\",\"description\":\"Headers to add (1–10). An existing header of the same name gets an extra value, except `host`, which is replaced. `user-agent` cannot be added.\",\"minProperties\":1}},\"required\":[\"headers\"],\"additionalProperties\":false}");
const schema36 = JSON.parse("{\"type\":\"object\",\"description\":\"Header names mapped to values (at most 10). Values support ${...} CEL interpolation.\",\"maxProperties\":10,\"propertyNames\":{\"$ref\":\"#/$defs/headerName\"},\"additionalProperties\":{\"type\":[\"string\",\"number\",\"boolean\"],\"description\":\"Header value; ${...} CEL interpolation is supported. Quote numbers so they stay strings.\"}}");
const schema37 = JSON.parse("{\"type\":\"string\",\"description\":\"An HTTP header name (letters, digits and !#$%&'*+-.^_`|~).\",\"pattern\":\"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$\"}");
const pattern4 = new RegExp("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "u");

function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(Object.keys(data).length > 10){
const err0 = {instancePath,schemaPath:"#/maxProperties",keyword:"maxProperties",params:{limit: 10},message:"must NOT have more than 10 properties",schema:10,parentSchema:schema36,data};
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
if(typeof key0 === "string"){
if(!pattern4.test(key0)){
const err1 = {instancePath,schemaPath:"#/$defs/headerName/pattern",keyword:"pattern",params:{pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},message:"must match pattern \""+"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"+"\"",schema:"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$",parentSchema:schema37,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
else {
const err2 = {instancePath,schemaPath:"#/$defs/headerName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:key0,propertyName:key0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var valid0 = _errs1 === errors;
if(!valid0){
const err3 = {instancePath,schemaPath:"#/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid",schema:schema36.propertyNames,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
for(const key1 in data){
let data0 = data[key1];
if(((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")){
const err4 = {instancePath:instancePath+"/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/additionalProperties/type",keyword:"type",params:{type: schema36.additionalProperties.type},message:"must be string,number,boolean",schema:schema36.additionalProperties.type,parentSchema:schema36.additionalProperties,data:data0};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema36.type,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}
validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.headers === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headers"},message:"must have required property '"+"headers"+"'",schema:schema35.required,parentSchema:schema35,data};
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
if(data.headers !== undefined){
let data0 = data.headers;
if(!(validate25(data0, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(Object.keys(data0).length < 1){
const err2 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema35.properties.headers,data:data0};
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
const err3 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.headers.type,parentSchema:schema35.properties.headers,data:data0};
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
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema39 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"circuit-breaker: reject requests while the upstream's error rate is too high.\",\"properties\":{\"error_threshold\":{\"type\":\"number\",\"description\":\"Fraction of 5xx responses (0.0–1.0) that trips the breaker. The docs both require it and give a default; tpc treats it as optional.\",\"default\":0.5,\"minimum\":0,\"maximum\":1},\"volume_threshold\":{\"type\":\"integer\",\"description\":\"Minimum number of requests in the window before the breaker can trip.\",\"default\":10,\"minimum\":1,\"maximum\":2000000000},\"window_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Length of the statistics window (1s–2m).\",\"default\":\"10s\",\"type\":\"string\",\"format\":\"duration-1s-2m\"},\"tripped_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How long the breaker stays open once tripped (1s–2m).\",\"default\":\"10s\",\"type\":\"string\",\"format\":\"duration-1s-2m\"},\"num_buckets\":{\"type\":\"integer\",\"description\":\"Number of buckets in the window; fixed at 10 by ngrok (leave it out).\",\"default\":10,\"minimum\":1},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, the breaker never rejects requests.\",\"default\":true}},\"additionalProperties\":false}");
const schema40 = JSON.parse("{\"type\":\"string\",\"description\":\"A Go duration string: a number and a unit (ns, us, ms, s, m, h), e.g. \\\"30s\\\", \\\"5m\\\", \\\"1h30m\\\".\",\"pattern\":\"^(0|([0-9]+(\\\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$\"}");
const pattern8 = new RegExp("^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$", "u");
const formats0 = tpcFormats["duration-1s-2m"];

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate28.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema39.type},message:"must be object,null",schema:schema39.type,parentSchema:schema39,data};
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
if(data.error_threshold !== undefined){
let data0 = data.error_threshold;
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 1 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/error_threshold",schemaPath:"#/properties/error_threshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema39.properties.error_threshold,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/error_threshold",schemaPath:"#/properties/error_threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema39.properties.error_threshold,data:data0};
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
const err4 = {instancePath:instancePath+"/error_threshold",schemaPath:"#/properties/error_threshold/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema39.properties.error_threshold.type,parentSchema:schema39.properties.error_threshold,data:data0};
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
const err5 = {instancePath:instancePath+"/volume_threshold",schemaPath:"#/properties/volume_threshold/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.volume_threshold.type,parentSchema:schema39.properties.volume_threshold,data:data1};
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
const err6 = {instancePath:instancePath+"/volume_threshold",schemaPath:"#/properties/volume_threshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2000000000},message:"must be <= 2000000000",schema:2000000000,parentSchema:schema39.properties.volume_threshold,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/volume_threshold",schemaPath:"#/properties/volume_threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.volume_threshold,data:data1};
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
if(typeof data2 === "string"){
if(!pattern8.test(data2)){
const err8 = {instancePath:instancePath+"/window_duration",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema40,data:data2};
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
const err9 = {instancePath:instancePath+"/window_duration",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(typeof data2 === "string"){
if(!(formats0(data2))){
const err10 = {instancePath:instancePath+"/window_duration",schemaPath:"#/properties/window_duration/format",keyword:"format",params:{format: "duration-1s-2m"},message:"must match format \""+"duration-1s-2m"+"\"",schema:"duration-1s-2m",parentSchema:schema39.properties.window_duration,data:data2};
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
const err11 = {instancePath:instancePath+"/window_duration",schemaPath:"#/properties/window_duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.window_duration.type,parentSchema:schema39.properties.window_duration,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.tripped_duration !== undefined){
let data3 = data.tripped_duration;
if(typeof data3 === "string"){
if(!pattern8.test(data3)){
const err12 = {instancePath:instancePath+"/tripped_duration",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema40,data:data3};
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
const err13 = {instancePath:instancePath+"/tripped_duration",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(typeof data3 === "string"){
if(!(formats0(data3))){
const err14 = {instancePath:instancePath+"/tripped_duration",schemaPath:"#/properties/tripped_duration/format",keyword:"format",params:{format: "duration-1s-2m"},message:"must match format \""+"duration-1s-2m"+"\"",schema:"duration-1s-2m",parentSchema:schema39.properties.tripped_duration,data:data3};
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
const err15 = {instancePath:instancePath+"/tripped_duration",schemaPath:"#/properties/tripped_duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema39.properties.tripped_duration.type,parentSchema:schema39.properties.tripped_duration,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.num_buckets !== undefined){
let data4 = data.num_buckets;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err16 = {instancePath:instancePath+"/num_buckets",schemaPath:"#/properties/num_buckets/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema39.properties.num_buckets.type,parentSchema:schema39.properties.num_buckets,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 < 1 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/num_buckets",schemaPath:"#/properties/num_buckets/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema39.properties.num_buckets,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data.enforce !== undefined){
let data5 = data.enforce;
if(typeof data5 !== "boolean"){
const err18 = {instancePath:instancePath+"/enforce",schemaPath:"#/properties/enforce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema39.properties.enforce.type,parentSchema:schema39.properties.enforce,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
validate28.errors = vErrors;
return errors === 0;
}
validate28.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema44 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"custom-response: answer with a fixed response; terminating.\",\"properties\":{\"status_code\":{\"type\":\"integer\",\"description\":\"HTTP status code of the response.\",\"default\":200,\"minimum\":100,\"maximum\":599},\"body\":{\"type\":\"string\",\"description\":\"Response body; ${...} CEL interpolation is supported.\"},\"content\":{\"type\":\"string\",\"description\":\"Deprecated alias of `body` (May 2025); use `body`.\"},\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"description\":\"Response headers (at most 10). Without content-type, ngrok guesses one from the body.\"}},\"additionalProperties\":false}");

function validate30(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate30.evaluated;
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
if(!((((key0 === "status_code") || (key0 === "body")) || (key0 === "content")) || (key0 === "headers"))){
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
if(data.status_code !== undefined){
let data0 = data.status_code;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err2 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema44.properties.status_code.type,parentSchema:schema44.properties.status_code,data:data0};
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
const err3 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema44.properties.status_code,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 100 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema44.properties.status_code,data:data0};
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
const err5 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.body.type,parentSchema:schema44.properties.body,data:data1};
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
const err6 = {instancePath:instancePath+"/content",schemaPath:"#/properties/content/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema44.properties.content.type,parentSchema:schema44.properties.content,data:data2};
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
if(!(validate25(data.headers, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
validate30.errors = vErrors;
return errors === 0;
}
validate30.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema46 = JSON.parse("{\"type\":\"object\",\"description\":\"forward-internal: hand the traffic to an internal endpoint (a *.internal URL in the same account); terminating.\",\"properties\":{\"url\":{\"type\":\"string\",\"description\":\"URL of the internal endpoint, e.g. https://api.internal or tcp://db.internal:5432. ${...} CEL interpolation is supported.\",\"minLength\":1},\"on_error\":{\"$ref\":\"#/$defs/onError\",\"description\":\"`halt` (default): a failed forward returns an error. `continue`: later actions run when the forward fails.\",\"default\":\"halt\"},\"binding\":{\"const\":\"internal\",\"description\":\"Legacy field (removed from the docs in January 2025); leave it out.\"},\"endpoint_selectors\":{\"description\":\"Announced by ngrok for custom pool load balancing; shape not documented yet.\"},\"endpoint_weights\":{\"description\":\"Announced by ngrok for custom pool load balancing; shape not documented yet.\"}},\"required\":[\"url\"],\"additionalProperties\":false}");
const schema47 = JSON.parse("{\"type\":\"string\",\"description\":\"What happens when the action fails: `halt` stops processing and returns an error, `continue` runs the next action.\",\"enum\":[\"halt\",\"continue\"]}");
const func1 = func1Module.default ?? func1Module;

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate33.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema46.required,parentSchema:schema46,data};
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
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema46.properties.url,data:data0};
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
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.properties.url.type,parentSchema:schema46.properties.url,data:data0};
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
let data1 = data.on_error;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/on_error",schemaPath:"#/$defs/onError/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((data1 === "halt") || (data1 === "continue"))){
const err5 = {instancePath:instancePath+"/on_error",schemaPath:"#/$defs/onError/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.binding !== undefined){
let data2 = data.binding;
if("internal" !== data2){
const err6 = {instancePath:instancePath+"/binding",schemaPath:"#/properties/binding/const",keyword:"const",params:{allowedValue: "internal"},message:"must be equal to constant",schema:"internal",parentSchema:schema46.properties.binding,data:data2};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}
validate33.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema48 = JSON.parse("{\"type\":\"object\",\"description\":\"http-request: call another HTTP service (by default only *.internal endpoints) and expose the result in actions.ngrok.http_request.\",\"properties\":{\"url\":{\"type\":\"string\",\"description\":\"URL to call. External URLs work only after ngrok support enables them. ${...} CEL interpolation is supported.\",\"minLength\":1},\"method\":{\"type\":\"string\",\"description\":\"HTTP method.\",\"default\":\"GET\",\"enum\":[\"GET\",\"PUT\",\"POST\",\"PATCH\",\"DELETE\",\"OPTIONS\"]},\"query_params\":{\"type\":\"array\",\"description\":\"Query parameters to send (at most 32).\",\"maxItems\":32,\"items\":{\"type\":\"object\",\"properties\":{\"key\":{\"type\":\"string\",\"description\":\"Parameter name (at most 128 characters).\",\"minLength\":1,\"maxLength\":128},\"value\":{\"type\":\"string\",\"description\":\"Parameter value (at most 8192 characters); ${...} CEL interpolation is supported.\",\"maxLength\":8192}},\"required\":[\"key\"],\"additionalProperties\":false}},\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"description\":\"Request headers (at most 10).\"},\"body\":{\"type\":\"string\",\"description\":\"Request body (for POST, PUT, PATCH); ${...} CEL interpolation is supported.\"},\"max_redirects\":{\"type\":\"integer\",\"description\":\"Redirects to follow. ngrok's docs disagree on the default (10 or 0) and the limit (100 or 5).\",\"minimum\":0,\"maximum\":100},\"timeout\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Total time for all attempts and redirects (1s–30s).\",\"default\":\"3s\",\"type\":\"string\",\"format\":\"duration-1s-30s\"},\"retry_condition\":{\"type\":\"string\",\"description\":\"CEL expression (without ${}) evaluated after a failed attempt; true retries (at most 3 retries). Sees `attempts` and `last_attempt`.\",\"default\":\"false\"},\"on_error\":{\"$ref\":\"#/$defs/onError\",\"description\":\"`continue` (default): a failed call lets processing continue. `halt`: return an error.\",\"default\":\"continue\"}},\"required\":[\"url\"],\"additionalProperties\":false}");
const func4 = Object.prototype.hasOwnProperty;
const formats4 = tpcFormats["duration-1s-30s"];

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema48.required,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func4.call(schema48.properties, key0))){
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
if(data.url !== undefined){
let data0 = data.url;
if(typeof data0 === "string"){
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.url,data:data0};
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
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.url.type,parentSchema:schema48.properties.url,data:data0};
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
const err4 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.method.type,parentSchema:schema48.properties.method,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((((data1 === "GET") || (data1 === "PUT")) || (data1 === "POST")) || (data1 === "PATCH")) || (data1 === "DELETE")) || (data1 === "OPTIONS"))){
const err5 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/enum",keyword:"enum",params:{allowedValues: schema48.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema48.properties.method.enum,parentSchema:schema48.properties.method,data:data1};
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
const err6 = {instancePath:instancePath+"/query_params",schemaPath:"#/properties/query_params/maxItems",keyword:"maxItems",params:{limit: 32},message:"must NOT have more than 32 items",schema:32,parentSchema:schema48.properties.query_params,data:data2};
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
const err7 = {instancePath:instancePath+"/query_params/" + i0,schemaPath:"#/properties/query_params/items/required",keyword:"required",params:{missingProperty: "key"},message:"must have required property '"+"key"+"'",schema:schema48.properties.query_params.items.required,parentSchema:schema48.properties.query_params.items,data:data3};
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
const err8 = {instancePath:instancePath+"/query_params/" + i0,schemaPath:"#/properties/query_params/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema48.properties.query_params.items,data:data3};
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
if(func1(data4) > 128){
const err9 = {instancePath:instancePath+"/query_params/" + i0+"/key",schemaPath:"#/properties/query_params/items/properties/key/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema48.properties.query_params.items.properties.key,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(func1(data4) < 1){
const err10 = {instancePath:instancePath+"/query_params/" + i0+"/key",schemaPath:"#/properties/query_params/items/properties/key/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48.properties.query_params.items.properties.key,data:data4};
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
const err11 = {instancePath:instancePath+"/query_params/" + i0+"/key",schemaPath:"#/properties/query_params/items/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.query_params.items.properties.key.type,parentSchema:schema48.properties.query_params.items.properties.key,data:data4};
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
if(func1(data5) > 8192){
const err12 = {instancePath:instancePath+"/query_params/" + i0+"/value",schemaPath:"#/properties/query_params/items/properties/value/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters",schema:8192,parentSchema:schema48.properties.query_params.items.properties.value,data:data5};
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
const err13 = {instancePath:instancePath+"/query_params/" + i0+"/value",schemaPath:"#/properties/query_params/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.query_params.items.properties.value.type,parentSchema:schema48.properties.query_params.items.properties.value,data:data5};
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
const err14 = {instancePath:instancePath+"/query_params/" + i0,schemaPath:"#/properties/query_params/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.properties.query_params.items.type,parentSchema:schema48.properties.query_params.items,data:data3};
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
const err15 = {instancePath:instancePath+"/query_params",schemaPath:"#/properties/query_params/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema48.properties.query_params.type,parentSchema:schema48.properties.query_params,data:data2};
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
if(!(validate25(data.headers, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.body !== undefined){
let data7 = data.body;
if(typeof data7 !== "string"){
const err16 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.body.type,parentSchema:schema48.properties.body,data:data7};
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
const err17 = {instancePath:instancePath+"/max_redirects",schemaPath:"#/properties/max_redirects/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema48.properties.max_redirects.type,parentSchema:schema48.properties.max_redirects,data:data8};
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
const err18 = {instancePath:instancePath+"/max_redirects",schemaPath:"#/properties/max_redirects/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema48.properties.max_redirects,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data8 < 0 || isNaN(data8)){
const err19 = {instancePath:instancePath+"/max_redirects",schemaPath:"#/properties/max_redirects/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema48.properties.max_redirects,data:data8};
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
if(typeof data9 === "string"){
if(!pattern8.test(data9)){
const err20 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema40,data:data9};
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
const err21 = {instancePath:instancePath+"/timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(typeof data9 === "string"){
if(!(formats4(data9))){
const err22 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/format",keyword:"format",params:{format: "duration-1s-30s"},message:"must match format \""+"duration-1s-30s"+"\"",schema:"duration-1s-30s",parentSchema:schema48.properties.timeout,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/timeout",schemaPath:"#/properties/timeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.timeout.type,parentSchema:schema48.properties.timeout,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.retry_condition !== undefined){
let data10 = data.retry_condition;
if(typeof data10 !== "string"){
const err24 = {instancePath:instancePath+"/retry_condition",schemaPath:"#/properties/retry_condition/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.properties.retry_condition.type,parentSchema:schema48.properties.retry_condition,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.on_error !== undefined){
let data11 = data.on_error;
if(typeof data11 !== "string"){
const err25 = {instancePath:instancePath+"/on_error",schemaPath:"#/$defs/onError/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!((data11 === "halt") || (data11 === "continue"))){
const err26 = {instancePath:instancePath+"/on_error",schemaPath:"#/$defs/onError/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
}
else {
const err27 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema48.type,parentSchema:schema48,data};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema51 = JSON.parse("{\"type\":\"object\",\"description\":\"jwt-validation: require valid JWTs; failing requests get 401.\",\"properties\":{\"issuer\":{\"type\":\"object\",\"description\":\"Accepted token issuers.\",\"properties\":{\"allow_list\":{\"$ref\":\"#/$defs/jwtAllowList\",\"description\":\"Issuer values; each must equal the token's `iss` exactly (a trailing slash matters).\"}},\"required\":[\"allow_list\"],\"additionalProperties\":false},\"audience\":{\"type\":\"object\",\"description\":\"Accepted audiences.\",\"properties\":{\"allow_list\":{\"$ref\":\"#/$defs/jwtAllowList\",\"description\":\"The token's `aud` must contain one of these values.\"}},\"additionalProperties\":false},\"http\":{\"type\":\"object\",\"description\":\"Where to find the tokens in the request.\",\"properties\":{\"tokens\":{\"type\":\"array\",\"description\":\"Tokens to validate; every listed token must be present.\",\"minItems\":1,\"items\":{\"type\":\"object\",\"properties\":{\"type\":{\"type\":\"string\",\"description\":\"Token type.\",\"enum\":[\"jwt\",\"access_token\",\"id_token\",\"at+jwt\",\"it+jwt\",\"plain\"]},\"method\":{\"type\":\"string\",\"description\":\"Where the token is: a header, or a body field (POST/PUT/PATCH only).\",\"enum\":[\"header\",\"body\"]},\"name\":{\"type\":\"string\",\"description\":\"Header or body field name, e.g. Authorization.\",\"minLength\":1},\"prefix\":{\"type\":\"string\",\"description\":\"Prefix stripped before parsing, e.g. \\\"Bearer \\\".\"}},\"required\":[\"type\",\"method\",\"name\"],\"additionalProperties\":false}}},\"required\":[\"tokens\"],\"additionalProperties\":false},\"jws\":{\"type\":\"object\",\"description\":\"Signature checks.\",\"properties\":{\"allowed_algorithms\":{\"type\":\"array\",\"description\":\"Accepted signing algorithms, e.g. RS256, ES256. `none` is not allowed.\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1,\"not\":{\"const\":\"none\"}}},\"keys\":{\"type\":[\"object\",\"array\"],\"description\":\"Signing keys. Written as a mapping in every example (the reference table says list; a one-item list is accepted).\",\"$ref\":\"#/$defs/jwtKeysShape\"}},\"required\":[\"allowed_algorithms\",\"keys\"],\"additionalProperties\":false}},\"required\":[\"issuer\",\"http\",\"jws\"],\"additionalProperties\":false}");
const schema52 = JSON.parse("{\"type\":\"array\",\"minItems\":1,\"items\":{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"string\",\"description\":\"Allowed value (exact match).\",\"minLength\":1}},\"required\":[\"value\"],\"additionalProperties\":false}}");
const schema54 = JSON.parse("{\"if\":{\"type\":\"object\"},\"then\":{\"$ref\":\"#/$defs/jwtKeys\"},\"else\":{\"type\":\"array\",\"maxItems\":1,\"items\":{\"$ref\":\"#/$defs/jwtKeys\"}}}");
const schema55 = JSON.parse("{\"type\":\"object\",\"description\":\"Where the signing keys come from.\",\"properties\":{\"sources\":{\"type\":[\"object\",\"array\"],\"description\":\"Key sources. Written as a mapping in every example (the reference table says list; a one-item list is accepted).\",\"properties\":{\"additional_jkus\":{\"type\":\"array\",\"description\":\"JWKS URLs to fetch keys from (refreshed about every 15 minutes).\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1}}},\"required\":[\"additional_jkus\"],\"additionalProperties\":false,\"maxItems\":1,\"items\":{\"$ref\":\"#/$defs/jwtKeySources\"}},\"identification\":{\"type\":\"array\",\"description\":\"How a token names its key.\",\"items\":{\"type\":\"object\",\"properties\":{\"token_claims\":{\"type\":\"array\",\"description\":\"Header claims that identify the key (supported: kid).\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false}}},\"required\":[\"sources\"],\"additionalProperties\":false}");
const schema56 = JSON.parse("{\"type\":\"object\",\"properties\":{\"additional_jkus\":{\"type\":\"array\",\"description\":\"JWKS URLs to fetch keys from.\",\"minItems\":1,\"items\":{\"type\":\"string\",\"minLength\":1}}},\"required\":[\"additional_jkus\"],\"additionalProperties\":false}");

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sources === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'",schema:schema55.required,parentSchema:schema55,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
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
const err2 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: schema55.properties.sources.type},message:"must be object,array",schema:schema55.properties.sources.type,parentSchema:schema55.properties.sources,data:data0};
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
const err3 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:1,parentSchema:schema55.properties.sources,data:data0};
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
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.additional_jkus === undefined){
const err4 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/$defs/jwtKeySources/required",keyword:"required",params:{missingProperty: "additional_jkus"},message:"must have required property '"+"additional_jkus"+"'",schema:schema56.required,parentSchema:schema56,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!(key1 === "additional_jkus")){
const err5 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/$defs/jwtKeySources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema56,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.additional_jkus !== undefined){
let data2 = data1.additional_jkus;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/sources/" + i0+"/additional_jkus",schemaPath:"#/$defs/jwtKeySources/properties/additional_jkus/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema56.properties.additional_jkus,data:data2};
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
if(func1(data3) < 1){
const err7 = {instancePath:instancePath+"/sources/" + i0+"/additional_jkus/" + i1,schemaPath:"#/$defs/jwtKeySources/properties/additional_jkus/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema56.properties.additional_jkus.items,data:data3};
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
const err8 = {instancePath:instancePath+"/sources/" + i0+"/additional_jkus/" + i1,schemaPath:"#/$defs/jwtKeySources/properties/additional_jkus/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema56.properties.additional_jkus.items.type,parentSchema:schema56.properties.additional_jkus.items,data:data3};
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
const err9 = {instancePath:instancePath+"/sources/" + i0+"/additional_jkus",schemaPath:"#/$defs/jwtKeySources/properties/additional_jkus/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema56.properties.additional_jkus.type,parentSchema:schema56.properties.additional_jkus,data:data2};
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
const err10 = {instancePath:instancePath+"/sources/" + i0,schemaPath:"#/$defs/jwtKeySources/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema56.type,parentSchema:schema56,data:data1};
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
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.additional_jkus === undefined){
const err11 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/required",keyword:"required",params:{missingProperty: "additional_jkus"},message:"must have required property '"+"additional_jkus"+"'",schema:schema55.properties.sources.required,parentSchema:schema55.properties.sources,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key2 in data0){
if(!(key2 === "additional_jkus")){
const err12 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.sources,data:data0};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data0.additional_jkus !== undefined){
let data4 = data0.additional_jkus;
if(Array.isArray(data4)){
if(data4.length < 1){
const err13 = {instancePath:instancePath+"/sources/additional_jkus",schemaPath:"#/properties/sources/properties/additional_jkus/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema55.properties.sources.properties.additional_jkus,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const len2 = data4.length;
for(let i2=0; i2<len2; i2++){
let data5 = data4[i2];
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err14 = {instancePath:instancePath+"/sources/additional_jkus/" + i2,schemaPath:"#/properties/sources/properties/additional_jkus/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.sources.properties.additional_jkus.items,data:data5};
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
const err15 = {instancePath:instancePath+"/sources/additional_jkus/" + i2,schemaPath:"#/properties/sources/properties/additional_jkus/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.sources.properties.additional_jkus.items.type,parentSchema:schema55.properties.sources.properties.additional_jkus.items,data:data5};
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
else {
const err16 = {instancePath:instancePath+"/sources/additional_jkus",schemaPath:"#/properties/sources/properties/additional_jkus/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.sources.properties.additional_jkus.type,parentSchema:schema55.properties.sources.properties.additional_jkus,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
}
if(data.identification !== undefined){
let data6 = data.identification;
if(Array.isArray(data6)){
const len3 = data6.length;
for(let i3=0; i3<len3; i3++){
let data7 = data6[i3];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
for(const key3 in data7){
if(!(key3 === "token_claims")){
const err17 = {instancePath:instancePath+"/identification/" + i3,schemaPath:"#/properties/identification/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.identification.items,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data7.token_claims !== undefined){
let data8 = data7.token_claims;
if(Array.isArray(data8)){
const len4 = data8.length;
for(let i4=0; i4<len4; i4++){
let data9 = data8[i4];
if(typeof data9 !== "string"){
const err18 = {instancePath:instancePath+"/identification/" + i3+"/token_claims/" + i4,schemaPath:"#/properties/identification/items/properties/token_claims/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.identification.items.properties.token_claims.items.type,parentSchema:schema55.properties.identification.items.properties.token_claims.items,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/identification/" + i3+"/token_claims",schemaPath:"#/properties/identification/items/properties/token_claims/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.identification.items.properties.token_claims.type,parentSchema:schema55.properties.identification.items.properties.token_claims,data:data8};
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
const err20 = {instancePath:instancePath+"/identification/" + i3,schemaPath:"#/properties/identification/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.identification.items.type,parentSchema:schema55.properties.identification.items,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/identification",schemaPath:"#/properties/identification/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.identification.type,parentSchema:schema55.properties.identification,data:data6};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate40.errors = vErrors;
return errors === 0;
}
validate40.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate39.evaluated;
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
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
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
if(!(validate40(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
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
const err1 = {instancePath,schemaPath:"#/else/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:1,parentSchema:schema54.else,data};
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
if(!(validate40(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/else/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema54.else.type,parentSchema:schema54.else,data};
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
const err3 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema54.if,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
validate39.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate39.evaluated = {"dynamicProps":true,"dynamicItems":true};


function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate38.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issuer === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.http === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "http"},message:"must have required property '"+"http"+"'",schema:schema51.required,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.jws === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "jws"},message:"must have required property '"+"jws"+"'",schema:schema51.required,parentSchema:schema51,data};
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
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema51,data};
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
const err4 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/required",keyword:"required",params:{missingProperty: "allow_list"},message:"must have required property '"+"allow_list"+"'",schema:schema51.properties.issuer.required,parentSchema:schema51.properties.issuer,data:data0};
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
const err5 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema51.properties.issuer,data:data0};
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
let data1 = data0.allow_list;
if(Array.isArray(data1)){
if(data1.length < 1){
const err6 = {instancePath:instancePath+"/issuer/allow_list",schemaPath:"#/$defs/jwtAllowList/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema52,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
let data2 = data1[i0];
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.value === undefined){
const err7 = {instancePath:instancePath+"/issuer/allow_list/" + i0,schemaPath:"#/$defs/jwtAllowList/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema52.items.required,parentSchema:schema52.items,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key2 in data2){
if(!(key2 === "value")){
const err8 = {instancePath:instancePath+"/issuer/allow_list/" + i0,schemaPath:"#/$defs/jwtAllowList/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema52.items,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data2.value !== undefined){
let data3 = data2.value;
if(typeof data3 === "string"){
if(func1(data3) < 1){
const err9 = {instancePath:instancePath+"/issuer/allow_list/" + i0+"/value",schemaPath:"#/$defs/jwtAllowList/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.items.properties.value,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/issuer/allow_list/" + i0+"/value",schemaPath:"#/$defs/jwtAllowList/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.items.properties.value.type,parentSchema:schema52.items.properties.value,data:data3};
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
const err11 = {instancePath:instancePath+"/issuer/allow_list/" + i0,schemaPath:"#/$defs/jwtAllowList/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.items.type,parentSchema:schema52.items,data:data2};
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
const err12 = {instancePath:instancePath+"/issuer/allow_list",schemaPath:"#/$defs/jwtAllowList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.type,parentSchema:schema52,data:data1};
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
const err13 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.issuer.type,parentSchema:schema51.properties.issuer,data:data0};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.audience !== undefined){
let data4 = data.audience;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key3 in data4){
if(!(key3 === "allow_list")){
const err14 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema51.properties.audience,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.allow_list !== undefined){
let data5 = data4.allow_list;
if(Array.isArray(data5)){
if(data5.length < 1){
const err15 = {instancePath:instancePath+"/audience/allow_list",schemaPath:"#/$defs/jwtAllowList/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema52,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
let data6 = data5[i1];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
if(data6.value === undefined){
const err16 = {instancePath:instancePath+"/audience/allow_list/" + i1,schemaPath:"#/$defs/jwtAllowList/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema52.items.required,parentSchema:schema52.items,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
for(const key4 in data6){
if(!(key4 === "value")){
const err17 = {instancePath:instancePath+"/audience/allow_list/" + i1,schemaPath:"#/$defs/jwtAllowList/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema52.items,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.value !== undefined){
let data7 = data6.value;
if(typeof data7 === "string"){
if(func1(data7) < 1){
const err18 = {instancePath:instancePath+"/audience/allow_list/" + i1+"/value",schemaPath:"#/$defs/jwtAllowList/items/properties/value/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.items.properties.value,data:data7};
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
const err19 = {instancePath:instancePath+"/audience/allow_list/" + i1+"/value",schemaPath:"#/$defs/jwtAllowList/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.items.properties.value.type,parentSchema:schema52.items.properties.value,data:data7};
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
const err20 = {instancePath:instancePath+"/audience/allow_list/" + i1,schemaPath:"#/$defs/jwtAllowList/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.items.type,parentSchema:schema52.items,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/audience/allow_list",schemaPath:"#/$defs/jwtAllowList/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.type,parentSchema:schema52,data:data5};
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
const err22 = {instancePath:instancePath+"/audience",schemaPath:"#/properties/audience/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.audience.type,parentSchema:schema51.properties.audience,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.http !== undefined){
let data8 = data.http;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.tokens === undefined){
const err23 = {instancePath:instancePath+"/http",schemaPath:"#/properties/http/required",keyword:"required",params:{missingProperty: "tokens"},message:"must have required property '"+"tokens"+"'",schema:schema51.properties.http.required,parentSchema:schema51.properties.http,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key5 in data8){
if(!(key5 === "tokens")){
const err24 = {instancePath:instancePath+"/http",schemaPath:"#/properties/http/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema51.properties.http,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data8.tokens !== undefined){
let data9 = data8.tokens;
if(Array.isArray(data9)){
if(data9.length < 1){
const err25 = {instancePath:instancePath+"/http/tokens",schemaPath:"#/properties/http/properties/tokens/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema51.properties.http.properties.tokens,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
let data10 = data9[i2];
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.type === undefined){
const err26 = {instancePath:instancePath+"/http/tokens/" + i2,schemaPath:"#/properties/http/properties/tokens/items/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema51.properties.http.properties.tokens.items.required,parentSchema:schema51.properties.http.properties.tokens.items,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data10.method === undefined){
const err27 = {instancePath:instancePath+"/http/tokens/" + i2,schemaPath:"#/properties/http/properties/tokens/items/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'",schema:schema51.properties.http.properties.tokens.items.required,parentSchema:schema51.properties.http.properties.tokens.items,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10.name === undefined){
const err28 = {instancePath:instancePath+"/http/tokens/" + i2,schemaPath:"#/properties/http/properties/tokens/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema51.properties.http.properties.tokens.items.required,parentSchema:schema51.properties.http.properties.tokens.items,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key6 in data10){
if(!((((key6 === "type") || (key6 === "method")) || (key6 === "name")) || (key6 === "prefix"))){
const err29 = {instancePath:instancePath+"/http/tokens/" + i2,schemaPath:"#/properties/http/properties/tokens/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema51.properties.http.properties.tokens.items,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data10.type !== undefined){
let data11 = data10.type;
if(typeof data11 !== "string"){
const err30 = {instancePath:instancePath+"/http/tokens/" + i2+"/type",schemaPath:"#/properties/http/properties/tokens/items/properties/type/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.http.properties.tokens.items.properties.type.type,parentSchema:schema51.properties.http.properties.tokens.items.properties.type,data:data11};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!((((((data11 === "jwt") || (data11 === "access_token")) || (data11 === "id_token")) || (data11 === "at+jwt")) || (data11 === "it+jwt")) || (data11 === "plain"))){
const err31 = {instancePath:instancePath+"/http/tokens/" + i2+"/type",schemaPath:"#/properties/http/properties/tokens/items/properties/type/enum",keyword:"enum",params:{allowedValues: schema51.properties.http.properties.tokens.items.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema51.properties.http.properties.tokens.items.properties.type.enum,parentSchema:schema51.properties.http.properties.tokens.items.properties.type,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data10.method !== undefined){
let data12 = data10.method;
if(typeof data12 !== "string"){
const err32 = {instancePath:instancePath+"/http/tokens/" + i2+"/method",schemaPath:"#/properties/http/properties/tokens/items/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.http.properties.tokens.items.properties.method.type,parentSchema:schema51.properties.http.properties.tokens.items.properties.method,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!((data12 === "header") || (data12 === "body"))){
const err33 = {instancePath:instancePath+"/http/tokens/" + i2+"/method",schemaPath:"#/properties/http/properties/tokens/items/properties/method/enum",keyword:"enum",params:{allowedValues: schema51.properties.http.properties.tokens.items.properties.method.enum},message:"must be equal to one of the allowed values",schema:schema51.properties.http.properties.tokens.items.properties.method.enum,parentSchema:schema51.properties.http.properties.tokens.items.properties.method,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data10.name !== undefined){
let data13 = data10.name;
if(typeof data13 === "string"){
if(func1(data13) < 1){
const err34 = {instancePath:instancePath+"/http/tokens/" + i2+"/name",schemaPath:"#/properties/http/properties/tokens/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.http.properties.tokens.items.properties.name,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/http/tokens/" + i2+"/name",schemaPath:"#/properties/http/properties/tokens/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.http.properties.tokens.items.properties.name.type,parentSchema:schema51.properties.http.properties.tokens.items.properties.name,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
if(data10.prefix !== undefined){
let data14 = data10.prefix;
if(typeof data14 !== "string"){
const err36 = {instancePath:instancePath+"/http/tokens/" + i2+"/prefix",schemaPath:"#/properties/http/properties/tokens/items/properties/prefix/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.http.properties.tokens.items.properties.prefix.type,parentSchema:schema51.properties.http.properties.tokens.items.properties.prefix,data:data14};
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
const err37 = {instancePath:instancePath+"/http/tokens/" + i2,schemaPath:"#/properties/http/properties/tokens/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.http.properties.tokens.items.type,parentSchema:schema51.properties.http.properties.tokens.items,data:data10};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
else {
const err38 = {instancePath:instancePath+"/http/tokens",schemaPath:"#/properties/http/properties/tokens/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.http.properties.tokens.type,parentSchema:schema51.properties.http.properties.tokens,data:data9};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
else {
const err39 = {instancePath:instancePath+"/http",schemaPath:"#/properties/http/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.http.type,parentSchema:schema51.properties.http,data:data8};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.jws !== undefined){
let data15 = data.jws;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.allowed_algorithms === undefined){
const err40 = {instancePath:instancePath+"/jws",schemaPath:"#/properties/jws/required",keyword:"required",params:{missingProperty: "allowed_algorithms"},message:"must have required property '"+"allowed_algorithms"+"'",schema:schema51.properties.jws.required,parentSchema:schema51.properties.jws,data:data15};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data15.keys === undefined){
const err41 = {instancePath:instancePath+"/jws",schemaPath:"#/properties/jws/required",keyword:"required",params:{missingProperty: "keys"},message:"must have required property '"+"keys"+"'",schema:schema51.properties.jws.required,parentSchema:schema51.properties.jws,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key7 in data15){
if(!((key7 === "allowed_algorithms") || (key7 === "keys"))){
const err42 = {instancePath:instancePath+"/jws",schemaPath:"#/properties/jws/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema51.properties.jws,data:data15};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data15.allowed_algorithms !== undefined){
let data16 = data15.allowed_algorithms;
if(Array.isArray(data16)){
if(data16.length < 1){
const err43 = {instancePath:instancePath+"/jws/allowed_algorithms",schemaPath:"#/properties/jws/properties/allowed_algorithms/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema51.properties.jws.properties.allowed_algorithms,data:data16};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
const len3 = data16.length;
for(let i3=0; i3<len3; i3++){
let data17 = data16[i3];
const _errs47 = errors;
const _errs48 = errors;
if("none" !== data17){
const err44 = {};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
var valid18 = _errs48 === errors;
if(valid18){
const err45 = {instancePath:instancePath+"/jws/allowed_algorithms/" + i3,schemaPath:"#/properties/jws/properties/allowed_algorithms/items/not",keyword:"not",params:{},message:"must NOT be valid",schema:schema51.properties.jws.properties.allowed_algorithms.items.not,parentSchema:schema51.properties.jws.properties.allowed_algorithms.items,data:data17};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
else {
errors = _errs47;
if(vErrors !== null){
if(_errs47){
vErrors.length = _errs47;
}
else {
vErrors = null;
}
}
}
if(typeof data17 === "string"){
if(func1(data17) < 1){
const err46 = {instancePath:instancePath+"/jws/allowed_algorithms/" + i3,schemaPath:"#/properties/jws/properties/allowed_algorithms/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema51.properties.jws.properties.allowed_algorithms.items,data:data17};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
else {
const err47 = {instancePath:instancePath+"/jws/allowed_algorithms/" + i3,schemaPath:"#/properties/jws/properties/allowed_algorithms/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema51.properties.jws.properties.allowed_algorithms.items.type,parentSchema:schema51.properties.jws.properties.allowed_algorithms.items,data:data17};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/jws/allowed_algorithms",schemaPath:"#/properties/jws/properties/allowed_algorithms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema51.properties.jws.properties.allowed_algorithms.type,parentSchema:schema51.properties.jws.properties.allowed_algorithms,data:data16};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data15.keys !== undefined){
let data18 = data15.keys;
if(!data18 || typeof data18 != "object"){
const err49 = {instancePath:instancePath+"/jws/keys",schemaPath:"#/properties/jws/properties/keys/type",keyword:"type",params:{type: schema51.properties.jws.properties.keys.type},message:"must be object,array",schema:schema51.properties.jws.properties.keys.type,parentSchema:schema51.properties.jws.properties.keys,data:data18};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(!(validate39(data18, {instancePath:instancePath+"/jws/keys",parentData:data15,parentDataProperty:"keys",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
}
}
else {
const err50 = {instancePath:instancePath+"/jws",schemaPath:"#/properties/jws/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.properties.jws.type,parentSchema:schema51.properties.jws,data:data15};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema51.type,parentSchema:schema51,data};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
validate38.errors = vErrors;
return errors === 0;
}
validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema58 = JSON.parse("{\"type\":\"object\",\"description\":\"oauth: require login with an OAuth provider.\",\"properties\":{\"provider\":{\"type\":\"string\",\"description\":\"Identity provider. ngrok-managed apps exist for all but amazon and facebook.\",\"enum\":[\"amazon\",\"facebook\",\"github\",\"gitlab\",\"google\",\"linkedin\",\"microsoft\",\"twitch\"]},\"auth_id\":{\"type\":\"string\",\"description\":\"Scopes the session cookie; used as ?auth_id= on /ngrok/login and /ngrok/logout.\"},\"client_id\":{\"type\":\"string\",\"description\":\"Your OAuth app's client ID. Leave out together with client_secret to use ngrok's managed app. ${...} CEL interpolation is supported.\"},\"client_secret\":{\"type\":\"string\",\"description\":\"Your OAuth app's client secret; use ${secrets.get('vault', 'name')} instead of a literal.\"},\"scopes\":{\"type\":\"array\",\"description\":\"Extra scopes to request (not allowed with ngrok's managed apps).\",\"items\":{\"type\":\"string\"}},\"authz_url_params\":{\"type\":\"object\",\"description\":\"Extra query parameters for the provider's authorization URL.\",\"additionalProperties\":{\"type\":\"string\"}},\"max_session_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Longest a session may last before the user logs in again.\"},\"idle_session_timeout\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Idle time after which a session ends (openid-connect spells it idle_session_duration).\"},\"userinfo_refresh_interval\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How often the user's identity is refreshed from the provider.\"},\"allow_cors_preflight\":{\"type\":\"boolean\",\"description\":\"Let CORS preflight (OPTIONS) requests through without authentication.\",\"default\":false},\"auth_cookie_domain\":{\"type\":\"string\",\"description\":\"Domain for the session cookie; must belong to the endpoint's domain.\"}},\"required\":[\"provider\"],\"additionalProperties\":false}");

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate45.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.provider === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func4.call(schema58.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
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
const err2 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.provider.type,parentSchema:schema58.properties.provider,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((((((data0 === "amazon") || (data0 === "facebook")) || (data0 === "github")) || (data0 === "gitlab")) || (data0 === "google")) || (data0 === "linkedin")) || (data0 === "microsoft")) || (data0 === "twitch"))){
const err3 = {instancePath:instancePath+"/provider",schemaPath:"#/properties/provider/enum",keyword:"enum",params:{allowedValues: schema58.properties.provider.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.provider.enum,parentSchema:schema58.properties.provider,data:data0};
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
const err4 = {instancePath:instancePath+"/auth_id",schemaPath:"#/properties/auth_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.auth_id.type,parentSchema:schema58.properties.auth_id,data:data1};
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
const err5 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.client_id.type,parentSchema:schema58.properties.client_id,data:data2};
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
const err6 = {instancePath:instancePath+"/client_secret",schemaPath:"#/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.client_secret.type,parentSchema:schema58.properties.client_secret,data:data3};
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
const err7 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.scopes.items.type,parentSchema:schema58.properties.scopes.items,data:data5};
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
const err8 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema58.properties.scopes.type,parentSchema:schema58.properties.scopes,data:data4};
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
const err9 = {instancePath:instancePath+"/authz_url_params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/authz_url_params/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.authz_url_params.additionalProperties.type,parentSchema:schema58.properties.authz_url_params.additionalProperties,data:data7};
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
const err10 = {instancePath:instancePath+"/authz_url_params",schemaPath:"#/properties/authz_url_params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.properties.authz_url_params.type,parentSchema:schema58.properties.authz_url_params,data:data6};
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
let data8 = data.max_session_duration;
if(typeof data8 === "string"){
if(!pattern8.test(data8)){
const err11 = {instancePath:instancePath+"/max_session_duration",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema40,data:data8};
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
const err12 = {instancePath:instancePath+"/max_session_duration",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.idle_session_timeout !== undefined){
let data9 = data.idle_session_timeout;
if(typeof data9 === "string"){
if(!pattern8.test(data9)){
const err13 = {instancePath:instancePath+"/idle_session_timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema40,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/idle_session_timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.userinfo_refresh_interval !== undefined){
let data10 = data.userinfo_refresh_interval;
if(typeof data10 === "string"){
if(!pattern8.test(data10)){
const err15 = {instancePath:instancePath+"/userinfo_refresh_interval",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema40,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/userinfo_refresh_interval",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.allow_cors_preflight !== undefined){
let data11 = data.allow_cors_preflight;
if(typeof data11 !== "boolean"){
const err17 = {instancePath:instancePath+"/allow_cors_preflight",schemaPath:"#/properties/allow_cors_preflight/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema58.properties.allow_cors_preflight.type,parentSchema:schema58.properties.allow_cors_preflight,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.auth_cookie_domain !== undefined){
let data12 = data.auth_cookie_domain;
if(typeof data12 !== "string"){
const err18 = {instancePath:instancePath+"/auth_cookie_domain",schemaPath:"#/properties/auth_cookie_domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.auth_cookie_domain.type,parentSchema:schema58.properties.auth_cookie_domain,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate45.errors = vErrors;
return errors === 0;
}
validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema62 = JSON.parse("{\"type\":\"object\",\"description\":\"openid-connect: require login with an OpenID Connect identity provider.\",\"properties\":{\"issuer_url\":{\"type\":\"string\",\"description\":\"Issuer URL of the provider; it must serve /.well-known/openid-configuration.\",\"minLength\":1},\"auth_id\":{\"type\":\"string\",\"description\":\"Scopes the session cookie; used as ?auth_id= on /ngrok/login and /ngrok/logout.\"},\"client_id\":{\"type\":\"string\",\"description\":\"Client ID of your app at the provider; ${...} CEL interpolation is supported.\"},\"client_secret\":{\"type\":\"string\",\"description\":\"Client secret; use ${secrets.get('vault', 'name')} instead of a literal.\"},\"scopes\":{\"type\":\"array\",\"description\":\"Scopes to request, e.g. openid, profile, email.\",\"items\":{\"type\":\"string\"}},\"authz_url_params\":{\"type\":\"object\",\"description\":\"Extra query parameters for the provider's authorization URL.\",\"additionalProperties\":{\"type\":\"string\"}},\"max_session_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Longest a session may last before the user logs in again.\"},\"idle_session_duration\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Idle time after which a session ends (oauth spells it idle_session_timeout).\"},\"userinfo_refresh_interval\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How often the user's identity is refreshed from the provider.\"},\"allow_cors_preflight\":{\"type\":\"boolean\",\"description\":\"Let CORS preflight (OPTIONS) requests through without authentication.\",\"default\":false},\"auth_cookie_domain\":{\"type\":\"string\",\"description\":\"Domain for the session cookie; must belong to the endpoint's domain.\"}},\"required\":[\"issuer_url\"],\"additionalProperties\":false}");

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issuer_url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issuer_url"},message:"must have required property '"+"issuer_url"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(func4.call(schema62.properties, key0))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
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
if(func1(data0) < 1){
const err2 = {instancePath:instancePath+"/issuer_url",schemaPath:"#/properties/issuer_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema62.properties.issuer_url,data:data0};
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
const err3 = {instancePath:instancePath+"/issuer_url",schemaPath:"#/properties/issuer_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.issuer_url.type,parentSchema:schema62.properties.issuer_url,data:data0};
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
const err4 = {instancePath:instancePath+"/auth_id",schemaPath:"#/properties/auth_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.auth_id.type,parentSchema:schema62.properties.auth_id,data:data1};
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
const err5 = {instancePath:instancePath+"/client_id",schemaPath:"#/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.client_id.type,parentSchema:schema62.properties.client_id,data:data2};
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
const err6 = {instancePath:instancePath+"/client_secret",schemaPath:"#/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.client_secret.type,parentSchema:schema62.properties.client_secret,data:data3};
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
const err7 = {instancePath:instancePath+"/scopes/" + i0,schemaPath:"#/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.scopes.items.type,parentSchema:schema62.properties.scopes.items,data:data5};
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
const err8 = {instancePath:instancePath+"/scopes",schemaPath:"#/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema62.properties.scopes.type,parentSchema:schema62.properties.scopes,data:data4};
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
const err9 = {instancePath:instancePath+"/authz_url_params/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/authz_url_params/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.authz_url_params.additionalProperties.type,parentSchema:schema62.properties.authz_url_params.additionalProperties,data:data7};
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
const err10 = {instancePath:instancePath+"/authz_url_params",schemaPath:"#/properties/authz_url_params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.properties.authz_url_params.type,parentSchema:schema62.properties.authz_url_params,data:data6};
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
let data8 = data.max_session_duration;
if(typeof data8 === "string"){
if(!pattern8.test(data8)){
const err11 = {instancePath:instancePath+"/max_session_duration",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema40,data:data8};
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
const err12 = {instancePath:instancePath+"/max_session_duration",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.idle_session_duration !== undefined){
let data9 = data.idle_session_duration;
if(typeof data9 === "string"){
if(!pattern8.test(data9)){
const err13 = {instancePath:instancePath+"/idle_session_duration",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema40,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/idle_session_duration",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.userinfo_refresh_interval !== undefined){
let data10 = data.userinfo_refresh_interval;
if(typeof data10 === "string"){
if(!pattern8.test(data10)){
const err15 = {instancePath:instancePath+"/userinfo_refresh_interval",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema40,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/userinfo_refresh_interval",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.allow_cors_preflight !== undefined){
let data11 = data.allow_cors_preflight;
if(typeof data11 !== "boolean"){
const err17 = {instancePath:instancePath+"/allow_cors_preflight",schemaPath:"#/properties/allow_cors_preflight/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema62.properties.allow_cors_preflight.type,parentSchema:schema62.properties.allow_cors_preflight,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.auth_cookie_domain !== undefined){
let data12 = data.auth_cookie_domain;
if(typeof data12 !== "string"){
const err18 = {instancePath:instancePath+"/auth_cookie_domain",schemaPath:"#/properties/auth_cookie_domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.auth_cookie_domain.type,parentSchema:schema62.properties.auth_cookie_domain,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
validate47.errors = vErrors;
return errors === 0;
}
validate47.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema66 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"owasp-crs-request / owasp-crs-response: the OWASP Core Rule Set web application firewall; blocks with 403 over the anomaly threshold.\",\"properties\":{\"on_error\":{\"$ref\":\"#/$defs/onError\",\"description\":\"`halt` (default) blocks over the threshold; `continue` only records the decision (test mode).\",\"default\":\"halt\"},\"process_body\":{\"type\":\"boolean\",\"description\":\"Also inspect the first 4 KB of the body (buffers it).\",\"default\":false},\"exclude_rule_ids\":{\"type\":\"array\",\"description\":\"CRS rule IDs to skip (900000–999999).\",\"items\":{\"type\":\"integer\",\"minimum\":900000,\"maximum\":999999}}},\"additionalProperties\":false}");

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema66.type},message:"must be object,null",schema:schema66.type,parentSchema:schema66,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
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
let data0 = data.on_error;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/on_error",schemaPath:"#/$defs/onError/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((data0 === "halt") || (data0 === "continue"))){
const err3 = {instancePath:instancePath+"/on_error",schemaPath:"#/$defs/onError/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.process_body !== undefined){
let data1 = data.process_body;
if(typeof data1 !== "boolean"){
const err4 = {instancePath:instancePath+"/process_body",schemaPath:"#/properties/process_body/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema66.properties.process_body.type,parentSchema:schema66.properties.process_body,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
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
const err5 = {instancePath:instancePath+"/exclude_rule_ids/" + i0,schemaPath:"#/properties/exclude_rule_ids/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema66.properties.exclude_rule_ids.items.type,parentSchema:schema66.properties.exclude_rule_ids.items,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 999999 || isNaN(data3)){
const err6 = {instancePath:instancePath+"/exclude_rule_ids/" + i0,schemaPath:"#/properties/exclude_rule_ids/items/maximum",keyword:"maximum",params:{comparison: "<=", limit: 999999},message:"must be <= 999999",schema:999999,parentSchema:schema66.properties.exclude_rule_ids.items,data:data3};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data3 < 900000 || isNaN(data3)){
const err7 = {instancePath:instancePath+"/exclude_rule_ids/" + i0,schemaPath:"#/properties/exclude_rule_ids/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 900000},message:"must be >= 900000",schema:900000,parentSchema:schema66.properties.exclude_rule_ids.items,data:data3};
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
}
else {
const err8 = {instancePath:instancePath+"/exclude_rule_ids",schemaPath:"#/properties/exclude_rule_ids/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.exclude_rule_ids.type,parentSchema:schema66.properties.exclude_rule_ids,data:data2};
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
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = JSON.parse("{\"type\":\"object\",\"description\":\"rate-limit: limit requests per bucket; requests over capacity get 429.\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Name of the limiter (shorter than 1024 characters).\",\"minLength\":1,\"maxLength\":1023},\"algorithm\":{\"type\":\"string\",\"description\":\"Rate-limiting algorithm; only sliding_window exists.\",\"enum\":[\"sliding_window\"]},\"capacity\":{\"type\":\"integer\",\"description\":\"Requests allowed per `rate` window (1–2,000,000,000), counted per ngrok ingress server.\",\"minimum\":1,\"maximum\":2000000000},\"rate\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Window length: a multiple of 10s between 60s and 24h, e.g. \\\"60s\\\", \\\"10m\\\".\",\"type\":\"string\",\"format\":\"rate-limit-window\"},\"bucket_key\":{\"type\":\"array\",\"description\":\"CEL expressions (without ${}) whose values pick the bucket, e.g. conn.client_ip (1–10 items).\",\"minItems\":1,\"maxItems\":10,\"items\":{\"type\":\"string\",\"minLength\":1}},\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, limits are computed but requests are not rejected.\",\"default\":true}},\"required\":[\"name\",\"algorithm\",\"capacity\",\"rate\",\"bucket_key\"],\"additionalProperties\":false}");
const formats6 = tpcFormats["rate-limit-window"];

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.algorithm === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "algorithm"},message:"must have required property '"+"algorithm"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.capacity === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "capacity"},message:"must have required property '"+"capacity"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.rate === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rate"},message:"must have required property '"+"rate"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.bucket_key === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bucket_key"},message:"must have required property '"+"bucket_key"+"'",schema:schema68.required,parentSchema:schema68,data};
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
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
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
if(func1(data0) > 1023){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/maxLength",keyword:"maxLength",params:{limit: 1023},message:"must NOT have more than 1023 characters",schema:1023,parentSchema:schema68.properties.name,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func1(data0) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68.properties.name,data:data0};
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
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.name.type,parentSchema:schema68.properties.name,data:data0};
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
const err9 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.algorithm.type,parentSchema:schema68.properties.algorithm,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(data1 === "sliding_window")){
const err10 = {instancePath:instancePath+"/algorithm",schemaPath:"#/properties/algorithm/enum",keyword:"enum",params:{allowedValues: schema68.properties.algorithm.enum},message:"must be equal to one of the allowed values",schema:schema68.properties.algorithm.enum,parentSchema:schema68.properties.algorithm,data:data1};
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
const err11 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.capacity.type,parentSchema:schema68.properties.capacity,data:data2};
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
const err12 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2000000000},message:"must be <= 2000000000",schema:2000000000,parentSchema:schema68.properties.capacity,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/capacity",schemaPath:"#/properties/capacity/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema68.properties.capacity,data:data2};
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
if(typeof data3 === "string"){
if(!pattern8.test(data3)){
const err14 = {instancePath:instancePath+"/rate",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema40,data:data3};
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
const err15 = {instancePath:instancePath+"/rate",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(typeof data3 === "string"){
if(!(formats6(data3))){
const err16 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/format",keyword:"format",params:{format: "rate-limit-window"},message:"must match format \""+"rate-limit-window"+"\"",schema:"rate-limit-window",parentSchema:schema68.properties.rate,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/rate",schemaPath:"#/properties/rate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.rate.type,parentSchema:schema68.properties.rate,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.bucket_key !== undefined){
let data4 = data.bucket_key;
if(Array.isArray(data4)){
if(data4.length > 10){
const err18 = {instancePath:instancePath+"/bucket_key",schemaPath:"#/properties/bucket_key/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema68.properties.bucket_key,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(data4.length < 1){
const err19 = {instancePath:instancePath+"/bucket_key",schemaPath:"#/properties/bucket_key/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema68.properties.bucket_key,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err20 = {instancePath:instancePath+"/bucket_key/" + i0,schemaPath:"#/properties/bucket_key/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68.properties.bucket_key.items,data:data5};
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
const err21 = {instancePath:instancePath+"/bucket_key/" + i0,schemaPath:"#/properties/bucket_key/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.bucket_key.items.type,parentSchema:schema68.properties.bucket_key.items,data:data5};
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
const err22 = {instancePath:instancePath+"/bucket_key",schemaPath:"#/properties/bucket_key/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.bucket_key.type,parentSchema:schema68.properties.bucket_key,data:data4};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.enforce !== undefined){
let data6 = data.enforce;
if(typeof data6 !== "boolean"){
const err23 = {instancePath:instancePath+"/enforce",schemaPath:"#/properties/enforce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema68.properties.enforce.type,parentSchema:schema68.properties.enforce,data:data6};
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
const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema70 = JSON.parse("{\"type\":\"object\",\"description\":\"redirect: send the client a 3xx redirect; emitting a redirect ends the phase.\",\"properties\":{\"from\":{\"type\":\"string\",\"description\":\"RE2 regex matched against the whole URL (scheme, host, port, path, query), unanchored. Without it, `to` replaces the whole URL. ${...} CEL interpolation is supported.\"},\"to\":{\"type\":\"string\",\"description\":\"Replacement; $1, $2… refer to capture groups. ${...} CEL interpolation is supported.\",\"minLength\":1},\"status_code\":{\"type\":\"integer\",\"description\":\"Redirect status code.\",\"default\":302,\"enum\":[301,302,303,307,308]},\"headers\":{\"$ref\":\"#/$defs/headerMap\",\"description\":\"Extra response headers (at most 10).\"}},\"required\":[\"to\"],\"additionalProperties\":false}");

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.to === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema70.required,parentSchema:schema70,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema70,data};
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
const err2 = {instancePath:instancePath+"/from",schemaPath:"#/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.from.type,parentSchema:schema70.properties.from,data:data0};
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
if(func1(data1) < 1){
const err3 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema70.properties.to,data:data1};
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
const err4 = {instancePath:instancePath+"/to",schemaPath:"#/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema70.properties.to.type,parentSchema:schema70.properties.to,data:data1};
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
const err5 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema70.properties.status_code.type,parentSchema:schema70.properties.status_code,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(!(((((data2 === 301) || (data2 === 302)) || (data2 === 303)) || (data2 === 307)) || (data2 === 308))){
const err6 = {instancePath:instancePath+"/status_code",schemaPath:"#/properties/status_code/enum",keyword:"enum",params:{allowedValues: schema70.properties.status_code.enum},message:"must be equal to one of the allowed values",schema:schema70.properties.status_code.enum,parentSchema:schema70.properties.status_code,data:data2};
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
if(!(validate25(data.headers, {instancePath:instancePath+"/headers",parentData:data,parentDataProperty:"headers",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema70.type,parentSchema:schema70,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate53.errors = vErrors;
return errors === 0;
}
validate53.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema71 = JSON.parse("{\"type\":\"object\",\"description\":\"remove-headers: remove headers from the request or response.\",\"properties\":{\"headers\":{\"type\":\"array\",\"description\":\"Header names to remove (1–10). `user-agent` cannot be removed.\",\"minItems\":1,\"maxItems\":10,\"items\":{\"$ref\":\"#/$defs/headerName\"}}},\"required\":[\"headers\"],\"additionalProperties\":false}");

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
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "headers"},message:"must have required property '"+"headers"+"'",schema:schema71.required,parentSchema:schema71,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema71,data};
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
const err2 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema71.properties.headers,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema71.properties.headers,data:data0};
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
if(typeof data1 === "string"){
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/headers/" + i0,schemaPath:"#/$defs/headerName/pattern",keyword:"pattern",params:{pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"},message:"must match pattern \""+"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"+"\"",schema:"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$",parentSchema:schema37,data:data1};
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
const err5 = {instancePath:instancePath+"/headers/" + i0,schemaPath:"#/$defs/headerName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema37.type,parentSchema:schema37,data:data1};
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
const err6 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema71.properties.headers.type,parentSchema:schema71.properties.headers,data:data0};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema71.type,parentSchema:schema71,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate56.errors = vErrors;
return errors === 0;
}
validate56.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema73 = JSON.parse("{\"type\":\"object\",\"description\":\"request-body-find-replace / response-body-find-replace: regex replacements on the buffered body.\",\"properties\":{\"replacements\":{\"type\":\"array\",\"description\":\"Replacements, applied in order, each to the output of the previous one.\",\"minItems\":1,\"items\":{\"$ref\":\"#/$defs/findReplaceItem\"}}},\"required\":[\"replacements\"],\"additionalProperties\":false}");
const schema74 = JSON.parse("{\"type\":\"object\",\"description\":\"One replacement: every match of the RE2 regex `from` is replaced by `to`.\",\"properties\":{\"from\":{\"type\":\"string\",\"description\":\"RE2 regular expression to find; ${...} CEL interpolation is supported (the result must still be a valid regex).\",\"minLength\":1},\"to\":{\"type\":\"string\",\"description\":\"Replacement text; $1, $2… refer to capture groups; empty or absent deletes the match. ${...} CEL interpolation is supported.\"}},\"required\":[\"from\"],\"additionalProperties\":false}");

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
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.replacements === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "replacements"},message:"must have required property '"+"replacements"+"'",schema:schema73.required,parentSchema:schema73,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};
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
const err2 = {instancePath:instancePath+"/replacements",schemaPath:"#/properties/replacements/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema73.properties.replacements,data:data0};
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
const err3 = {instancePath:instancePath+"/replacements/" + i0,schemaPath:"#/$defs/findReplaceItem/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema74.required,parentSchema:schema74,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "from") || (key1 === "to"))){
const err4 = {instancePath:instancePath+"/replacements/" + i0,schemaPath:"#/$defs/findReplaceItem/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema74,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data1.from !== undefined){
let data2 = data1.from;
if(typeof data2 === "string"){
if(func1(data2) < 1){
const err5 = {instancePath:instancePath+"/replacements/" + i0+"/from",schemaPath:"#/$defs/findReplaceItem/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema74.properties.from,data:data2};
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
const err6 = {instancePath:instancePath+"/replacements/" + i0+"/from",schemaPath:"#/$defs/findReplaceItem/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.from.type,parentSchema:schema74.properties.from,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data1.to !== undefined){
let data3 = data1.to;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/replacements/" + i0+"/to",schemaPath:"#/$defs/findReplaceItem/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema74.properties.to.type,parentSchema:schema74.properties.to,data:data3};
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
const err8 = {instancePath:instancePath+"/replacements/" + i0,schemaPath:"#/$defs/findReplaceItem/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema74.type,parentSchema:schema74,data:data1};
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
const err9 = {instancePath:instancePath+"/replacements",schemaPath:"#/properties/replacements/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema73.properties.replacements.type,parentSchema:schema73.properties.replacements,data:data0};
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
const err10 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
validate58.errors = vErrors;
return errors === 0;
}
validate58.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema75 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"restrict-ips: allow or deny clients by source IP (the L4 address, never X-Forwarded-For). Denied clients get a closed connection (TCP) or 403 (HTTP).\",\"properties\":{\"enforce\":{\"type\":\"boolean\",\"description\":\"When false, the decision is recorded in actions.ngrok.restrict_ips but nobody is blocked.\",\"default\":true},\"allow\":{\"type\":\"array\",\"description\":\"CIDR ranges that may connect; with an allow list, every other address is denied.\",\"items\":{\"$ref\":\"#/$defs/cidrOrIp\"}},\"deny\":{\"type\":\"array\",\"description\":\"CIDR ranges that are always denied.\",\"items\":{\"$ref\":\"#/$defs/cidrOrIp\"}},\"ip_policies\":{\"type\":\"array\",\"description\":\"IDs of IP Policies (ipp_…) managed in the ngrok dashboard or API.\",\"items\":{\"type\":\"string\",\"description\":\"An IP Policy ID, e.g. ipp_1yjqdrIBwgciY2I9zH2EelgBbJF.\",\"pattern\":\"^ipp_[A-Za-z0-9]+$\"}}},\"additionalProperties\":false}");
const schema76 = JSON.parse("{\"type\":\"string\",\"description\":\"An IPv4 or IPv6 CIDR range such as 203.0.113.0/24 or 2001:db8::/32 (or a single address). ${...} CEL interpolation is supported.\",\"format\":\"cidr-or-ip\"}");
const formats8 = tpcFormats["cidr-or-ip"];
const pattern19 = new RegExp("^ipp_[A-Za-z0-9]+$", "u");

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate60.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema75.type},message:"must be object,null",schema:schema75.type,parentSchema:schema75,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema75,data};
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
const err2 = {instancePath:instancePath+"/enforce",schemaPath:"#/properties/enforce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema75.properties.enforce.type,parentSchema:schema75.properties.enforce,data:data0};
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
let data2 = data1[i0];
if(typeof data2 === "string"){
if(!(formats8(data2))){
const err3 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/$defs/cidrOrIp/format",keyword:"format",params:{format: "cidr-or-ip"},message:"must match format \""+"cidr-or-ip"+"\"",schema:"cidr-or-ip",parentSchema:schema76,data:data2};
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
const err4 = {instancePath:instancePath+"/allow/" + i0,schemaPath:"#/$defs/cidrOrIp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data2};
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
const err5 = {instancePath:instancePath+"/allow",schemaPath:"#/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema75.properties.allow.type,parentSchema:schema75.properties.allow,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.deny !== undefined){
let data3 = data.deny;
if(Array.isArray(data3)){
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
let data4 = data3[i1];
if(typeof data4 === "string"){
if(!(formats8(data4))){
const err6 = {instancePath:instancePath+"/deny/" + i1,schemaPath:"#/$defs/cidrOrIp/format",keyword:"format",params:{format: "cidr-or-ip"},message:"must match format \""+"cidr-or-ip"+"\"",schema:"cidr-or-ip",parentSchema:schema76,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/deny/" + i1,schemaPath:"#/$defs/cidrOrIp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema76.type,parentSchema:schema76,data:data4};
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
const err8 = {instancePath:instancePath+"/deny",schemaPath:"#/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema75.properties.deny.type,parentSchema:schema75.properties.deny,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
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
if(!pattern19.test(data6)){
const err9 = {instancePath:instancePath+"/ip_policies/" + i2,schemaPath:"#/properties/ip_policies/items/pattern",keyword:"pattern",params:{pattern: "^ipp_[A-Za-z0-9]+$"},message:"must match pattern \""+"^ipp_[A-Za-z0-9]+$"+"\"",schema:"^ipp_[A-Za-z0-9]+$",parentSchema:schema75.properties.ip_policies.items,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/ip_policies/" + i2,schemaPath:"#/properties/ip_policies/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.properties.ip_policies.items.type,parentSchema:schema75.properties.ip_policies.items,data:data6};
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
const err11 = {instancePath:instancePath+"/ip_policies",schemaPath:"#/properties/ip_policies/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema75.properties.ip_policies.type,parentSchema:schema75.properties.ip_policies,data:data5};
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
validate60.errors = vErrors;
return errors === 0;
}
validate60.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema80 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"terminate-tls: terminate TLS at ngrok's edge (on_tcp_connect; https and tls endpoints), optionally with your certificate and mutual TLS.\",\"properties\":{\"min_version\":{\"$ref\":\"#/$defs/tlsVersion\",\"description\":\"Lowest TLS version accepted. Quote it (\\\"1.3\\\"), or YAML reads a number.\",\"default\":\"1.2\"},\"max_version\":{\"$ref\":\"#/$defs/tlsVersion\",\"description\":\"Highest TLS version accepted. Quote it (\\\"1.3\\\"), or YAML reads a number.\",\"default\":\"1.3\"},\"server_private_key\":{\"type\":\"string\",\"description\":\"PEM private key for server_certificate; use ${secrets.get('vault', 'name')} instead of a literal key.\"},\"server_certificate\":{\"type\":\"string\",\"description\":\"PEM certificate (chain) to present; needs server_private_key.\"},\"mutual_tls_certificate_authorities\":{\"type\":[\"array\",\"string\"],\"description\":\"CA certificates (PEM) or uploaded CA IDs that client certificates must chain to; enables mutual TLS.\",\"items\":{\"type\":\"string\",\"minLength\":1}},\"mutual_tls_verification_strategy\":{\"type\":\"string\",\"description\":\"How client certificates are checked.\",\"default\":\"require-and-verify\",\"enum\":[\"require-and-verify\",\"require-any\",\"request\"]}},\"dependentRequired\":{\"server_private_key\":[\"server_certificate\"],\"server_certificate\":[\"server_private_key\"]},\"additionalProperties\":false}");
const schema81 = JSON.parse("{\"type\":\"string\",\"description\":\"TLS version as a quoted string: \\\"1.2\\\" or \\\"1.3\\\" (\\\"1.0\\\"/\\\"1.1\\\" are legacy and should not be used).\",\"enum\":[\"1.2\",\"1.3\",\"1.0\",\"1.1\"]}");

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
if((!(data && typeof data == "object" && !Array.isArray(data))) && (data !== null)){
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema80.type},message:"must be object,null",schema:schema80.type,parentSchema:schema80,data};
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
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema80,data};
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
let data0 = data.min_version;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/min_version",schemaPath:"#/$defs/tlsVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.type,parentSchema:schema81,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(!((((data0 === "1.2") || (data0 === "1.3")) || (data0 === "1.0")) || (data0 === "1.1"))){
const err3 = {instancePath:instancePath+"/min_version",schemaPath:"#/$defs/tlsVersion/enum",keyword:"enum",params:{allowedValues: schema81.enum},message:"must be equal to one of the allowed values",schema:schema81.enum,parentSchema:schema81,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.max_version !== undefined){
let data1 = data.max_version;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/max_version",schemaPath:"#/$defs/tlsVersion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema81.type,parentSchema:schema81,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((data1 === "1.2") || (data1 === "1.3")) || (data1 === "1.0")) || (data1 === "1.1"))){
const err5 = {instancePath:instancePath+"/max_version",schemaPath:"#/$defs/tlsVersion/enum",keyword:"enum",params:{allowedValues: schema81.enum},message:"must be equal to one of the allowed values",schema:schema81.enum,parentSchema:schema81,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.server_private_key !== undefined){
let data2 = data.server_private_key;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/server_private_key",schemaPath:"#/properties/server_private_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.server_private_key.type,parentSchema:schema80.properties.server_private_key,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.server_certificate !== undefined){
let data3 = data.server_certificate;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/server_certificate",schemaPath:"#/properties/server_certificate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.server_certificate.type,parentSchema:schema80.properties.server_certificate,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.mutual_tls_certificate_authorities !== undefined){
let data4 = data.mutual_tls_certificate_authorities;
if((!(Array.isArray(data4))) && (typeof data4 !== "string")){
const err8 = {instancePath:instancePath+"/mutual_tls_certificate_authorities",schemaPath:"#/properties/mutual_tls_certificate_authorities/type",keyword:"type",params:{type: schema80.properties.mutual_tls_certificate_authorities.type},message:"must be array,string",schema:schema80.properties.mutual_tls_certificate_authorities.type,parentSchema:schema80.properties.mutual_tls_certificate_authorities,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(func1(data5) < 1){
const err9 = {instancePath:instancePath+"/mutual_tls_certificate_authorities/" + i0,schemaPath:"#/properties/mutual_tls_certificate_authorities/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema80.properties.mutual_tls_certificate_authorities.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/mutual_tls_certificate_authorities/" + i0,schemaPath:"#/properties/mutual_tls_certificate_authorities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.mutual_tls_certificate_authorities.items.type,parentSchema:schema80.properties.mutual_tls_certificate_authorities.items,data:data5};
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
}
if(data.mutual_tls_verification_strategy !== undefined){
let data6 = data.mutual_tls_verification_strategy;
if(typeof data6 !== "string"){
const err11 = {instancePath:instancePath+"/mutual_tls_verification_strategy",schemaPath:"#/properties/mutual_tls_verification_strategy/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema80.properties.mutual_tls_verification_strategy.type,parentSchema:schema80.properties.mutual_tls_verification_strategy,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(((data6 === "require-and-verify") || (data6 === "require-any")) || (data6 === "request"))){
const err12 = {instancePath:instancePath+"/mutual_tls_verification_strategy",schemaPath:"#/properties/mutual_tls_verification_strategy/enum",keyword:"enum",params:{allowedValues: schema80.properties.mutual_tls_verification_strategy.enum},message:"must be equal to one of the allowed values",schema:schema80.properties.mutual_tls_verification_strategy.enum,parentSchema:schema80.properties.mutual_tls_verification_strategy,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.server_private_key !== undefined){
if(data.server_certificate === undefined){
const err13 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "server_private_key",
    missingProperty: "server_certificate",
    depsCount: 1,
    deps: "server_certificate"},message:"must have property server_certificate when property server_private_key is present",schema:schema80.dependentRequired,parentSchema:schema80,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.server_certificate !== undefined){
if(data.server_private_key === undefined){
const err14 = {instancePath,schemaPath:"#/dependentRequired",keyword:"dependentRequired",params:{property: "server_certificate",
    missingProperty: "server_private_key",
    depsCount: 1,
    deps: "server_private_key"},message:"must have property server_private_key when property server_certificate is present",schema:schema80.dependentRequired,parentSchema:schema80,data};
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
validate62.errors = vErrors;
return errors === 0;
}
validate62.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema86 = JSON.parse("{\"type\":[\"object\",\"null\"],\"description\":\"ai-gateway (legacy): the former in-policy AI gateway, replaced by ngrok's hosted AI Gateway in 2026. Accepted leniently so old policies still validate.\",\"properties\":{\"max_input_tokens\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":500000,\"description\":\"Largest request, in tokens.\"},\"max_output_tokens\":{\"type\":\"integer\",\"minimum\":0,\"maximum\":500000,\"description\":\"Largest response, in tokens.\"},\"headers\":{\"type\":\"object\",\"description\":\"Headers to send to providers; CEL interpolation supported.\"},\"query_params\":{\"type\":\"object\",\"description\":\"Query parameters to send to providers.\"},\"body\":{\"type\":\"object\",\"description\":\"Body fields to send to providers.\"},\"on_error\":{\"$ref\":\"#/$defs/onError\",\"default\":\"halt\"},\"total_timeout\":{\"$ref\":\"#/$defs/duration\",\"default\":\"5m\",\"description\":\"Time limit across all attempts.\"},\"per_request_timeout\":{\"$ref\":\"#/$defs/duration\",\"default\":\"30s\",\"description\":\"Time limit per provider attempt.\"},\"providers\":{\"type\":\"array\",\"description\":\"Configured AI providers.\",\"items\":{\"type\":\"object\"}},\"only_allow_configured_providers\":{\"type\":\"boolean\",\"default\":false,\"description\":\"Reject providers not listed.\"},\"only_allow_configured_models\":{\"type\":\"boolean\",\"default\":false,\"description\":\"Reject models not listed.\"},\"model_selection\":{\"type\":\"object\",\"description\":\"Model selection strategy (CEL over ai.models).\"},\"api_key_selection\":{\"type\":\"object\",\"description\":\"API key selection strategy (CEL over ai.keys).\"}}}");

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
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: schema86.type},message:"must be object,null",schema:schema86.type,parentSchema:schema86,data};
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
const err1 = {instancePath:instancePath+"/max_input_tokens",schemaPath:"#/properties/max_input_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema86.properties.max_input_tokens.type,parentSchema:schema86.properties.max_input_tokens,data:data0};
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
const err2 = {instancePath:instancePath+"/max_input_tokens",schemaPath:"#/properties/max_input_tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500000},message:"must be <= 500000",schema:500000,parentSchema:schema86.properties.max_input_tokens,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data0 < 0 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/max_input_tokens",schemaPath:"#/properties/max_input_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema86.properties.max_input_tokens,data:data0};
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
const err4 = {instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema86.properties.max_output_tokens.type,parentSchema:schema86.properties.max_output_tokens,data:data1};
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
const err5 = {instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/maximum",keyword:"maximum",params:{comparison: "<=", limit: 500000},message:"must be <= 500000",schema:500000,parentSchema:schema86.properties.max_output_tokens,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1 < 0 || isNaN(data1)){
const err6 = {instancePath:instancePath+"/max_output_tokens",schemaPath:"#/properties/max_output_tokens/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema86.properties.max_output_tokens,data:data1};
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
const err7 = {instancePath:instancePath+"/headers",schemaPath:"#/properties/headers/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.headers.type,parentSchema:schema86.properties.headers,data:data2};
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
const err8 = {instancePath:instancePath+"/query_params",schemaPath:"#/properties/query_params/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.query_params.type,parentSchema:schema86.properties.query_params,data:data3};
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
const err9 = {instancePath:instancePath+"/body",schemaPath:"#/properties/body/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.body.type,parentSchema:schema86.properties.body,data:data4};
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
let data5 = data.on_error;
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/on_error",schemaPath:"#/$defs/onError/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.type,parentSchema:schema47,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data5 === "halt") || (data5 === "continue"))){
const err11 = {instancePath:instancePath+"/on_error",schemaPath:"#/$defs/onError/enum",keyword:"enum",params:{allowedValues: schema47.enum},message:"must be equal to one of the allowed values",schema:schema47.enum,parentSchema:schema47,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.total_timeout !== undefined){
let data6 = data.total_timeout;
if(typeof data6 === "string"){
if(!pattern8.test(data6)){
const err12 = {instancePath:instancePath+"/total_timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema40,data:data6};
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
const err13 = {instancePath:instancePath+"/total_timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.per_request_timeout !== undefined){
let data7 = data.per_request_timeout;
if(typeof data7 === "string"){
if(!pattern8.test(data7)){
const err14 = {instancePath:instancePath+"/per_request_timeout",schemaPath:"#/$defs/duration/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema40,data:data7};
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
const err15 = {instancePath:instancePath+"/per_request_timeout",schemaPath:"#/$defs/duration/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema40.type,parentSchema:schema40,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.providers !== undefined){
let data8 = data.providers;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(!(data9 && typeof data9 == "object" && !Array.isArray(data9))){
const err16 = {instancePath:instancePath+"/providers/" + i0,schemaPath:"#/properties/providers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.providers.items.type,parentSchema:schema86.properties.providers.items,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/providers",schemaPath:"#/properties/providers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema86.properties.providers.type,parentSchema:schema86.properties.providers,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.only_allow_configured_providers !== undefined){
let data10 = data.only_allow_configured_providers;
if(typeof data10 !== "boolean"){
const err18 = {instancePath:instancePath+"/only_allow_configured_providers",schemaPath:"#/properties/only_allow_configured_providers/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema86.properties.only_allow_configured_providers.type,parentSchema:schema86.properties.only_allow_configured_providers,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.only_allow_configured_models !== undefined){
let data11 = data.only_allow_configured_models;
if(typeof data11 !== "boolean"){
const err19 = {instancePath:instancePath+"/only_allow_configured_models",schemaPath:"#/properties/only_allow_configured_models/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema86.properties.only_allow_configured_models.type,parentSchema:schema86.properties.only_allow_configured_models,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.model_selection !== undefined){
let data12 = data.model_selection;
if(!(data12 && typeof data12 == "object" && !Array.isArray(data12))){
const err20 = {instancePath:instancePath+"/model_selection",schemaPath:"#/properties/model_selection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.model_selection.type,parentSchema:schema86.properties.model_selection,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.api_key_selection !== undefined){
let data13 = data.api_key_selection;
if(!(data13 && typeof data13 == "object" && !Array.isArray(data13))){
const err21 = {instancePath:instancePath+"/api_key_selection",schemaPath:"#/properties/api_key_selection/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema86.properties.api_key_selection.type,parentSchema:schema86.properties.api_key_selection,data:data13};
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
validate64.errors = vErrors;
return errors === 0;
}
validate64.evaluated = {"props":{"max_input_tokens":true,"max_output_tokens":true,"headers":true,"query_params":true,"body":true,"on_error":true,"total_timeout":true,"per_request_timeout":true,"providers":true,"only_allow_configured_providers":true,"only_allow_configured_models":true,"model_selection":true,"api_key_selection":true},"dynamicProps":false,"dynamicItems":false};

const pattern5 = new RegExp("\\$\\{", "u");
const pattern6 = new RegExp("^[^:]+:.{8,128}$", "u");
const pattern7 = new RegExp("^[\\x20-\\x7e]*$", "u");
const func0 = func0Module.default ?? func0Module;

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
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
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.type !== undefined){
if("add-headers" !== data.type){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
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
const err2 = {instancePath,schemaPath:"#/allOf/0/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[0].then.required,parentSchema:schema34.allOf[0].then,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.config !== undefined){
if(!(validate24(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
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
const err3 = {instancePath,schemaPath:"#/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[0].if,parentSchema:schema34.allOf[0],data};
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
const err4 = {};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
else {
if(data.type !== undefined){
if("basic-auth" !== data.type){
const err5 = {};
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
const err6 = {instancePath,schemaPath:"#/allOf/1/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[1].then.required,parentSchema:schema34.allOf[1].then,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.config !== undefined){
let data3 = data.config;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.credentials === undefined){
const err7 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/basicAuthConfig/required",keyword:"required",params:{missingProperty: "credentials"},message:"must have required property '"+"credentials"+"'",schema:schema38.required,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data3){
if(!(((key0 === "credentials") || (key0 === "realm")) || (key0 === "enforce"))){
const err8 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/basicAuthConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data3.credentials !== undefined){
let data4 = data3.credentials;
if(Array.isArray(data4)){
if(data4.length > 10){
const err9 = {instancePath:instancePath+"/config/credentials",schemaPath:"#/$defs/basicAuthConfig/properties/credentials/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items",schema:10,parentSchema:schema38.properties.credentials,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data4.length < 1){
const err10 = {instancePath:instancePath+"/config/credentials",schemaPath:"#/$defs/basicAuthConfig/properties/credentials/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema38.properties.credentials,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err11 = {instancePath:instancePath+"/config/credentials/" + i0,schemaPath:"#/$defs/basicAuthConfig/properties/credentials/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.credentials.items.type,parentSchema:schema38.properties.credentials.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
const _errs20 = errors;
let valid11 = true;
const _errs21 = errors;
const _errs22 = errors;
const _errs23 = errors;
if(typeof data5 === "string"){
if(!pattern5.test(data5)){
const err12 = {};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
var valid12 = _errs23 === errors;
if(valid12){
const err13 = {};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
else {
errors = _errs22;
if(vErrors !== null){
if(_errs22){
vErrors.length = _errs22;
}
else {
vErrors = null;
}
}
}
var _valid2 = _errs21 === errors;
errors = _errs20;
if(vErrors !== null){
if(_errs20){
vErrors.length = _errs20;
}
else {
vErrors = null;
}
}
if(_valid2){
const _errs24 = errors;
if(typeof data5 === "string"){
if(!pattern6.test(data5)){
const err14 = {instancePath:instancePath+"/config/credentials/" + i0,schemaPath:"#/$defs/basicAuthConfig/properties/credentials/items/then/pattern",keyword:"pattern",params:{pattern: "^[^:]+:.{8,128}$"},message:"must match pattern \""+"^[^:]+:.{8,128}$"+"\"",schema:"^[^:]+:.{8,128}$",parentSchema:schema38.properties.credentials.items.then,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var _valid2 = _errs24 === errors;
valid11 = _valid2;
}
if(!valid11){
const err15 = {instancePath:instancePath+"/config/credentials/" + i0,schemaPath:"#/$defs/basicAuthConfig/properties/credentials/items/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema38.properties.credentials.items.if,parentSchema:schema38.properties.credentials.items,data:data5};
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
else {
const err16 = {instancePath:instancePath+"/config/credentials",schemaPath:"#/$defs/basicAuthConfig/properties/credentials/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema38.properties.credentials.type,parentSchema:schema38.properties.credentials,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.realm !== undefined){
let data6 = data3.realm;
if(typeof data6 === "string"){
if(func1(data6) > 128){
const err17 = {instancePath:instancePath+"/config/realm",schemaPath:"#/$defs/basicAuthConfig/properties/realm/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema38.properties.realm,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!pattern7.test(data6)){
const err18 = {instancePath:instancePath+"/config/realm",schemaPath:"#/$defs/basicAuthConfig/properties/realm/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7e]*$"},message:"must match pattern \""+"^[\\x20-\\x7e]*$"+"\"",schema:"^[\\x20-\\x7e]*$",parentSchema:schema38.properties.realm,data:data6};
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
const err19 = {instancePath:instancePath+"/config/realm",schemaPath:"#/$defs/basicAuthConfig/properties/realm/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema38.properties.realm.type,parentSchema:schema38.properties.realm,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data3.enforce !== undefined){
let data7 = data3.enforce;
if(typeof data7 !== "boolean"){
const err20 = {instancePath:instancePath+"/config/enforce",schemaPath:"#/$defs/basicAuthConfig/properties/enforce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema38.properties.enforce.type,parentSchema:schema38.properties.enforce,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/basicAuthConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data:data3};
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
var _valid1 = _errs11 === errors;
valid4 = _valid1;
if(valid4){
var props1 = {};
props1.config = true;
props1.type = true;
}
}
if(!valid4){
const err22 = {instancePath,schemaPath:"#/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[1].if,parentSchema:schema34.allOf[1],data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
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
const _errs30 = errors;
let valid13 = true;
const _errs31 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing2;
if((data.type === undefined) && (missing2 = "type")){
const err23 = {};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
else {
if(data.type !== undefined){
if("circuit-breaker" !== data.type){
const err24 = {};
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
}
var _valid3 = _errs31 === errors;
errors = _errs30;
if(vErrors !== null){
if(_errs30){
vErrors.length = _errs30;
}
else {
vErrors = null;
}
}
if(_valid3){
const _errs33 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate28(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
}
}
var _valid3 = _errs33 === errors;
valid13 = _valid3;
if(valid13){
var props2 = {};
props2.config = true;
props2.type = true;
}
}
if(!valid13){
const err25 = {instancePath,schemaPath:"#/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[2].if,parentSchema:schema34.allOf[2],data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
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
const _errs36 = errors;
let valid16 = true;
const _errs37 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if((data.type === undefined) && (missing3 = "type")){
const err26 = {};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
else {
if(data.type !== undefined){
if("close-connection" !== data.type){
const err27 = {};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
}
var _valid4 = _errs37 === errors;
errors = _errs36;
if(vErrors !== null){
if(_errs36){
vErrors.length = _errs36;
}
else {
vErrors = null;
}
}
if(_valid4){
const _errs39 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
let data11 = data.config;
if((!(data11 && typeof data11 == "object" && !Array.isArray(data11))) && (data11 !== null)){
const err28 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/closeConnectionConfig/type",keyword:"type",params:{type: schema42.type},message:"must be object,null",schema:schema42.type,parentSchema:schema42,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
for(const key1 in data11){
const err29 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/closeConnectionConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data:data11};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
}
var _valid4 = _errs39 === errors;
valid16 = _valid4;
if(valid16){
var props3 = {};
props3.config = true;
props3.type = true;
}
}
if(!valid16){
const err30 = {instancePath,schemaPath:"#/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[3].if,parentSchema:schema34.allOf[3],data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
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
const _errs45 = errors;
let valid20 = true;
const _errs46 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((data.type === undefined) && (missing4 = "type")){
const err31 = {};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
else {
if(data.type !== undefined){
if("compress-response" !== data.type){
const err32 = {};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
}
var _valid5 = _errs46 === errors;
errors = _errs45;
if(vErrors !== null){
if(_errs45){
vErrors.length = _errs45;
}
else {
vErrors = null;
}
}
if(_valid5){
const _errs48 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
let data13 = data.config;
if((!(data13 && typeof data13 == "object" && !Array.isArray(data13))) && (data13 !== null)){
const err33 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/compressResponseConfig/type",keyword:"type",params:{type: schema43.type},message:"must be object,null",schema:schema43.type,parentSchema:schema43,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
if(!(key2 === "algorithms")){
const err34 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/compressResponseConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema43,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data13.algorithms !== undefined){
let data14 = data13.algorithms;
if(Array.isArray(data14)){
const len1 = data14.length;
for(let i1=0; i1<len1; i1++){
let data15 = data14[i1];
if(!((((data15 === "gzip") || (data15 === "deflate")) || (data15 === "br")) || (data15 === "compress"))){
const err35 = {instancePath:instancePath+"/config/algorithms/" + i1,schemaPath:"#/$defs/compressResponseConfig/properties/algorithms/items/enum",keyword:"enum",params:{allowedValues: schema43.properties.algorithms.items.enum},message:"must be equal to one of the allowed values",schema:schema43.properties.algorithms.items.enum,parentSchema:schema43.properties.algorithms.items,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
let i2 = data14.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data14[i2], data14[j0])){
const err36 = {instancePath:instancePath+"/config/algorithms",schemaPath:"#/$defs/compressResponseConfig/properties/algorithms/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema43.properties.algorithms,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err37 = {instancePath:instancePath+"/config/algorithms",schemaPath:"#/$defs/compressResponseConfig/properties/algorithms/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.properties.algorithms.type,parentSchema:schema43.properties.algorithms,data:data14};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
}
}
}
var _valid5 = _errs48 === errors;
valid20 = _valid5;
if(valid20){
var props4 = {};
props4.config = true;
props4.type = true;
}
}
if(!valid20){
const err38 = {instancePath,schemaPath:"#/allOf/4/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[4].if,parentSchema:schema34.allOf[4],data};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
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
const _errs57 = errors;
let valid28 = true;
const _errs58 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if((data.type === undefined) && (missing5 = "type")){
const err39 = {};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
else {
if(data.type !== undefined){
if("custom-response" !== data.type){
const err40 = {};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
}
var _valid6 = _errs58 === errors;
errors = _errs57;
if(vErrors !== null){
if(_errs57){
vErrors.length = _errs57;
}
else {
vErrors = null;
}
}
if(_valid6){
const _errs60 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate30(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
errors = vErrors.length;
}
}
}
var _valid6 = _errs60 === errors;
valid28 = _valid6;
if(valid28){
var props5 = {};
props5.config = true;
props5.type = true;
}
}
if(!valid28){
const err41 = {instancePath,schemaPath:"#/allOf/5/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[5].if,parentSchema:schema34.allOf[5],data};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
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
const _errs63 = errors;
let valid31 = true;
const _errs64 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((data.type === undefined) && (missing6 = "type")){
const err42 = {};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
else {
if(data.type !== undefined){
if("deny" !== data.type){
const err43 = {};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
}
var _valid7 = _errs64 === errors;
errors = _errs63;
if(vErrors !== null){
if(_errs63){
vErrors.length = _errs63;
}
else {
vErrors = null;
}
}
if(_valid7){
const _errs66 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
let data19 = data.config;
if((!(data19 && typeof data19 == "object" && !Array.isArray(data19))) && (data19 !== null)){
const err44 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/denyConfig/type",keyword:"type",params:{type: schema45.type},message:"must be object,null",schema:schema45.type,parentSchema:schema45,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
for(const key3 in data19){
if(!(key3 === "status_code")){
const err45 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/denyConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data19.status_code !== undefined){
let data20 = data19.status_code;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err46 = {instancePath:instancePath+"/config/status_code",schemaPath:"#/$defs/denyConfig/properties/status_code/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema45.properties.status_code.type,parentSchema:schema45.properties.status_code,data:data20};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 599 || isNaN(data20)){
const err47 = {instancePath:instancePath+"/config/status_code",schemaPath:"#/$defs/denyConfig/properties/status_code/maximum",keyword:"maximum",params:{comparison: "<=", limit: 599},message:"must be <= 599",schema:599,parentSchema:schema45.properties.status_code,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(data20 < 100 || isNaN(data20)){
const err48 = {instancePath:instancePath+"/config/status_code",schemaPath:"#/$defs/denyConfig/properties/status_code/minimum",keyword:"minimum",params:{comparison: ">=", limit: 100},message:"must be >= 100",schema:100,parentSchema:schema45.properties.status_code,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
}
}
}
}
var _valid7 = _errs66 === errors;
valid31 = _valid7;
if(valid31){
var props6 = {};
props6.config = true;
props6.type = true;
}
}
if(!valid31){
const err49 = {instancePath,schemaPath:"#/allOf/6/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[6].if,parentSchema:schema34.allOf[6],data};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
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
const _errs74 = errors;
let valid36 = true;
const _errs75 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((data.type === undefined) && (missing7 = "type")){
const err50 = {};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
else {
if(data.type !== undefined){
if("forward-internal" !== data.type){
const err51 = {};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
}
var _valid8 = _errs75 === errors;
errors = _errs74;
if(vErrors !== null){
if(_errs74){
vErrors.length = _errs74;
}
else {
vErrors = null;
}
}
if(_valid8){
const _errs77 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err52 = {instancePath,schemaPath:"#/allOf/7/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[7].then.required,parentSchema:schema34.allOf[7].then,data};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data.config !== undefined){
if(!(validate33(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
var _valid8 = _errs77 === errors;
valid36 = _valid8;
if(valid36){
var props7 = {};
props7.config = true;
props7.type = true;
}
}
if(!valid36){
const err53 = {instancePath,schemaPath:"#/allOf/7/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[7].if,parentSchema:schema34.allOf[7],data};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
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
const _errs80 = errors;
let valid39 = true;
const _errs81 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if((data.type === undefined) && (missing8 = "type")){
const err54 = {};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
else {
if(data.type !== undefined){
if("http-request" !== data.type){
const err55 = {};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
}
var _valid9 = _errs81 === errors;
errors = _errs80;
if(vErrors !== null){
if(_errs80){
vErrors.length = _errs80;
}
else {
vErrors = null;
}
}
if(_valid9){
const _errs83 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err56 = {instancePath,schemaPath:"#/allOf/8/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[8].then.required,parentSchema:schema34.allOf[8].then,data};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data.config !== undefined){
if(!(validate35(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
}
var _valid9 = _errs83 === errors;
valid39 = _valid9;
if(valid39){
var props8 = {};
props8.config = true;
props8.type = true;
}
}
if(!valid39){
const err57 = {instancePath,schemaPath:"#/allOf/8/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[8].if,parentSchema:schema34.allOf[8],data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
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
const _errs86 = errors;
let valid42 = true;
const _errs87 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((data.type === undefined) && (missing9 = "type")){
const err58 = {};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
else {
if(data.type !== undefined){
if("jwt-validation" !== data.type){
const err59 = {};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
}
var _valid10 = _errs87 === errors;
errors = _errs86;
if(vErrors !== null){
if(_errs86){
vErrors.length = _errs86;
}
else {
vErrors = null;
}
}
if(_valid10){
const _errs89 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err60 = {instancePath,schemaPath:"#/allOf/9/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[9].then.required,parentSchema:schema34.allOf[9].then,data};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data.config !== undefined){
if(!(validate38(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
errors = vErrors.length;
}
}
}
var _valid10 = _errs89 === errors;
valid42 = _valid10;
if(valid42){
var props9 = {};
props9.config = true;
props9.type = true;
}
}
if(!valid42){
const err61 = {instancePath,schemaPath:"#/allOf/9/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[9].if,parentSchema:schema34.allOf[9],data};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
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
const _errs92 = errors;
let valid45 = true;
const _errs93 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if((data.type === undefined) && (missing10 = "type")){
const err62 = {};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
else {
if(data.type !== undefined){
if("log" !== data.type){
const err63 = {};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
}
var _valid11 = _errs93 === errors;
errors = _errs92;
if(vErrors !== null){
if(_errs92){
vErrors.length = _errs92;
}
else {
vErrors = null;
}
}
if(_valid11){
const _errs95 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err64 = {instancePath,schemaPath:"#/allOf/10/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[10].then.required,parentSchema:schema34.allOf[10].then,data};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data.config !== undefined){
let data28 = data.config;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(data28.metadata === undefined){
const err65 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/logConfig/required",keyword:"required",params:{missingProperty: "metadata"},message:"must have required property '"+"metadata"+"'",schema:schema57.required,parentSchema:schema57,data:data28};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key4 in data28){
if(!(key4 === "metadata")){
const err66 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/logConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema57,data:data28};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data28.metadata !== undefined){
let data29 = data28.metadata;
if(!(data29 && typeof data29 == "object" && !Array.isArray(data29))){
const err67 = {instancePath:instancePath+"/config/metadata",schemaPath:"#/$defs/logConfig/properties/metadata/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.properties.metadata.type,parentSchema:schema57.properties.metadata,data:data29};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
}
else {
const err68 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/logConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.type,parentSchema:schema57,data:data28};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
}
var _valid11 = _errs95 === errors;
valid45 = _valid11;
if(valid45){
var props10 = {};
props10.config = true;
props10.type = true;
}
}
if(!valid45){
const err69 = {instancePath,schemaPath:"#/allOf/10/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[10].if,parentSchema:schema34.allOf[10],data};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
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
const _errs103 = errors;
let valid50 = true;
const _errs104 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if((data.type === undefined) && (missing11 = "type")){
const err70 = {};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
else {
if(data.type !== undefined){
if("oauth" !== data.type){
const err71 = {};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
}
}
var _valid12 = _errs104 === errors;
errors = _errs103;
if(vErrors !== null){
if(_errs103){
vErrors.length = _errs103;
}
else {
vErrors = null;
}
}
if(_valid12){
const _errs106 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err72 = {instancePath,schemaPath:"#/allOf/11/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[11].then.required,parentSchema:schema34.allOf[11].then,data};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
if(data.config !== undefined){
if(!(validate45(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
}
}
var _valid12 = _errs106 === errors;
valid50 = _valid12;
if(valid50){
var props11 = {};
props11.config = true;
props11.type = true;
}
}
if(!valid50){
const err73 = {instancePath,schemaPath:"#/allOf/11/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[11].if,parentSchema:schema34.allOf[11],data};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
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
const _errs109 = errors;
let valid53 = true;
const _errs110 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing12;
if((data.type === undefined) && (missing12 = "type")){
const err74 = {};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
else {
if(data.type !== undefined){
let data32 = data.type;
if(!((data32 === "openid-connect") || (data32 === "oidc"))){
const err75 = {};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
}
var _valid13 = _errs110 === errors;
errors = _errs109;
if(vErrors !== null){
if(_errs109){
vErrors.length = _errs109;
}
else {
vErrors = null;
}
}
if(_valid13){
const _errs112 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err76 = {instancePath,schemaPath:"#/allOf/12/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[12].then.required,parentSchema:schema34.allOf[12].then,data};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
if(data.config !== undefined){
if(!(validate47(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
}
var _valid13 = _errs112 === errors;
valid53 = _valid13;
if(valid53){
var props12 = {};
props12.config = true;
props12.type = true;
}
}
if(!valid53){
const err77 = {instancePath,schemaPath:"#/allOf/12/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[12].if,parentSchema:schema34.allOf[12],data};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
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
const _errs115 = errors;
let valid56 = true;
const _errs116 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing13;
if((data.type === undefined) && (missing13 = "type")){
const err78 = {};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
else {
if(data.type !== undefined){
let data34 = data.type;
if(!((data34 === "owasp-crs-request") || (data34 === "owasp-crs-response"))){
const err79 = {};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
}
var _valid14 = _errs116 === errors;
errors = _errs115;
if(vErrors !== null){
if(_errs115){
vErrors.length = _errs115;
}
else {
vErrors = null;
}
}
if(_valid14){
const _errs118 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate49(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
}
var _valid14 = _errs118 === errors;
valid56 = _valid14;
if(valid56){
var props13 = {};
props13.config = true;
props13.type = true;
}
}
if(!valid56){
const err80 = {instancePath,schemaPath:"#/allOf/13/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[13].if,parentSchema:schema34.allOf[13],data};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
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
const _errs121 = errors;
let valid59 = true;
const _errs122 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing14;
if((data.type === undefined) && (missing14 = "type")){
const err81 = {};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
else {
if(data.type !== undefined){
if("rate-limit" !== data.type){
const err82 = {};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
}
}
var _valid15 = _errs122 === errors;
errors = _errs121;
if(vErrors !== null){
if(_errs121){
vErrors.length = _errs121;
}
else {
vErrors = null;
}
}
if(_valid15){
const _errs124 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err83 = {instancePath,schemaPath:"#/allOf/14/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[14].then.required,parentSchema:schema34.allOf[14].then,data};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
if(data.config !== undefined){
if(!(validate51(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
}
var _valid15 = _errs124 === errors;
valid59 = _valid15;
if(valid59){
var props14 = {};
props14.config = true;
props14.type = true;
}
}
if(!valid59){
const err84 = {instancePath,schemaPath:"#/allOf/14/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[14].if,parentSchema:schema34.allOf[14],data};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
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
const _errs127 = errors;
let valid62 = true;
const _errs128 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing15;
if((data.type === undefined) && (missing15 = "type")){
const err85 = {};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
else {
if(data.type !== undefined){
if("redirect" !== data.type){
const err86 = {};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
}
}
var _valid16 = _errs128 === errors;
errors = _errs127;
if(vErrors !== null){
if(_errs127){
vErrors.length = _errs127;
}
else {
vErrors = null;
}
}
if(_valid16){
const _errs130 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err87 = {instancePath,schemaPath:"#/allOf/15/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[15].then.required,parentSchema:schema34.allOf[15].then,data};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
if(data.config !== undefined){
if(!(validate53(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
}
}
var _valid16 = _errs130 === errors;
valid62 = _valid16;
if(valid62){
var props15 = {};
props15.config = true;
props15.type = true;
}
}
if(!valid62){
const err88 = {instancePath,schemaPath:"#/allOf/15/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[15].if,parentSchema:schema34.allOf[15],data};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
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
const _errs133 = errors;
let valid65 = true;
const _errs134 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing16;
if((data.type === undefined) && (missing16 = "type")){
const err89 = {};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
else {
if(data.type !== undefined){
if("remove-headers" !== data.type){
const err90 = {};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
}
var _valid17 = _errs134 === errors;
errors = _errs133;
if(vErrors !== null){
if(_errs133){
vErrors.length = _errs133;
}
else {
vErrors = null;
}
}
if(_valid17){
const _errs136 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err91 = {instancePath,schemaPath:"#/allOf/16/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[16].then.required,parentSchema:schema34.allOf[16].then,data};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
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
var _valid17 = _errs136 === errors;
valid65 = _valid17;
if(valid65){
var props16 = {};
props16.config = true;
props16.type = true;
}
}
if(!valid65){
const err92 = {instancePath,schemaPath:"#/allOf/16/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[16].if,parentSchema:schema34.allOf[16],data};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
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
const _errs139 = errors;
let valid68 = true;
const _errs140 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing17;
if((data.type === undefined) && (missing17 = "type")){
const err93 = {};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
else {
if(data.type !== undefined){
let data42 = data.type;
if(!((data42 === "request-body-find-replace") || (data42 === "response-body-find-replace"))){
const err94 = {};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
}
}
}
var _valid18 = _errs140 === errors;
errors = _errs139;
if(vErrors !== null){
if(_errs139){
vErrors.length = _errs139;
}
else {
vErrors = null;
}
}
if(_valid18){
const _errs142 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err95 = {instancePath,schemaPath:"#/allOf/17/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[17].then.required,parentSchema:schema34.allOf[17].then,data};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data.config !== undefined){
if(!(validate58(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
}
}
var _valid18 = _errs142 === errors;
valid68 = _valid18;
if(valid68){
var props17 = {};
props17.config = true;
props17.type = true;
}
}
if(!valid68){
const err96 = {instancePath,schemaPath:"#/allOf/17/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[17].if,parentSchema:schema34.allOf[17],data};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
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
const _errs145 = errors;
let valid71 = true;
const _errs146 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing18;
if((data.type === undefined) && (missing18 = "type")){
const err97 = {};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
else {
if(data.type !== undefined){
if("restrict-ips" !== data.type){
const err98 = {};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
}
}
}
var _valid19 = _errs146 === errors;
errors = _errs145;
if(vErrors !== null){
if(_errs145){
vErrors.length = _errs145;
}
else {
vErrors = null;
}
}
if(_valid19){
const _errs148 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate60(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
}
}
var _valid19 = _errs148 === errors;
valid71 = _valid19;
if(valid71){
var props18 = {};
props18.config = true;
props18.type = true;
}
}
if(!valid71){
const err99 = {instancePath,schemaPath:"#/allOf/18/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[18].if,parentSchema:schema34.allOf[18],data};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
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
const _errs151 = errors;
let valid74 = true;
const _errs152 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing19;
if((data.type === undefined) && (missing19 = "type")){
const err100 = {};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
else {
if(data.type !== undefined){
if("set-vars" !== data.type){
const err101 = {};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
}
}
var _valid20 = _errs152 === errors;
errors = _errs151;
if(vErrors !== null){
if(_errs151){
vErrors.length = _errs151;
}
else {
vErrors = null;
}
}
if(_valid20){
const _errs154 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err102 = {instancePath,schemaPath:"#/allOf/19/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[19].then.required,parentSchema:schema34.allOf[19].then,data};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(data.config !== undefined){
let data47 = data.config;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
if(data47.vars === undefined){
const err103 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/setVarsConfig/required",keyword:"required",params:{missingProperty: "vars"},message:"must have required property '"+"vars"+"'",schema:schema78.required,parentSchema:schema78,data:data47};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
for(const key5 in data47){
if(!(key5 === "vars")){
const err104 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/setVarsConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data:data47};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data47.vars !== undefined){
let data48 = data47.vars;
if(Array.isArray(data48)){
if(data48.length < 1){
const err105 = {instancePath:instancePath+"/config/vars",schemaPath:"#/$defs/setVarsConfig/properties/vars/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema78.properties.vars,data:data48};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
const len2 = data48.length;
for(let i3=0; i3<len2; i3++){
let data49 = data48[i3];
if(data49 && typeof data49 == "object" && !Array.isArray(data49)){
if(Object.keys(data49).length > 1){
const err106 = {instancePath:instancePath+"/config/vars/" + i3,schemaPath:"#/$defs/setVarsConfig/properties/vars/items/maxProperties",keyword:"maxProperties",params:{limit: 1},message:"must NOT have more than 1 properties",schema:1,parentSchema:schema78.properties.vars.items,data:data49};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
if(Object.keys(data49).length < 1){
const err107 = {instancePath:instancePath+"/config/vars/" + i3,schemaPath:"#/$defs/setVarsConfig/properties/vars/items/minProperties",keyword:"minProperties",params:{limit: 1},message:"must NOT have fewer than 1 properties",schema:1,parentSchema:schema78.properties.vars.items,data:data49};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
else {
const err108 = {instancePath:instancePath+"/config/vars/" + i3,schemaPath:"#/$defs/setVarsConfig/properties/vars/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.properties.vars.items.type,parentSchema:schema78.properties.vars.items,data:data49};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
}
else {
const err109 = {instancePath:instancePath+"/config/vars",schemaPath:"#/$defs/setVarsConfig/properties/vars/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema78.properties.vars.type,parentSchema:schema78.properties.vars,data:data48};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
}
else {
const err110 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/setVarsConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data:data47};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
var _valid20 = _errs154 === errors;
valid74 = _valid20;
if(valid74){
var props19 = {};
props19.config = true;
props19.type = true;
}
}
if(!valid74){
const err111 = {instancePath,schemaPath:"#/allOf/19/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[19].if,parentSchema:schema34.allOf[19],data};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
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
const _errs164 = errors;
let valid81 = true;
const _errs165 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing20;
if((data.type === undefined) && (missing20 = "type")){
const err112 = {};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
else {
if(data.type !== undefined){
if("sse-find-replace" !== data.type){
const err113 = {};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
}
}
}
var _valid21 = _errs165 === errors;
errors = _errs164;
if(vErrors !== null){
if(_errs164){
vErrors.length = _errs164;
}
else {
vErrors = null;
}
}
if(_valid21){
const _errs167 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err114 = {instancePath,schemaPath:"#/allOf/20/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[20].then.required,parentSchema:schema34.allOf[20].then,data};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
if(data.config !== undefined){
let data51 = data.config;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
if(data51.replacements === undefined){
const err115 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/sseFindReplaceConfig/required",keyword:"required",params:{missingProperty: "replacements"},message:"must have required property '"+"replacements"+"'",schema:schema79.required,parentSchema:schema79,data:data51};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
for(const key6 in data51){
if(!(key6 === "replacements")){
const err116 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/sseFindReplaceConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema79,data:data51};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data51.replacements !== undefined){
let data52 = data51.replacements;
if(Array.isArray(data52)){
if(data52.length < 1){
const err117 = {instancePath:instancePath+"/config/replacements",schemaPath:"#/$defs/sseFindReplaceConfig/properties/replacements/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema79.properties.replacements,data:data52};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
const len3 = data52.length;
for(let i4=0; i4<len3; i4++){
let data53 = data52[i4];
if(data53 && typeof data53 == "object" && !Array.isArray(data53)){
if(data53.from === undefined){
const err118 = {instancePath:instancePath+"/config/replacements/" + i4,schemaPath:"#/$defs/sseFindReplaceConfig/properties/replacements/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema79.properties.replacements.items.required,parentSchema:schema79.properties.replacements.items,data:data53};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
for(const key7 in data53){
if(!(((key7 === "field") || (key7 === "from")) || (key7 === "to"))){
const err119 = {instancePath:instancePath+"/config/replacements/" + i4,schemaPath:"#/$defs/sseFindReplaceConfig/properties/replacements/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema79.properties.replacements.items,data:data53};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data53.field !== undefined){
let data54 = data53.field;
if(typeof data54 !== "string"){
const err120 = {instancePath:instancePath+"/config/replacements/" + i4+"/field",schemaPath:"#/$defs/sseFindReplaceConfig/properties/replacements/items/properties/field/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.replacements.items.properties.field.type,parentSchema:schema79.properties.replacements.items.properties.field,data:data54};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
const _errs179 = errors;
let valid89 = true;
const _errs180 = errors;
const _errs181 = errors;
const _errs182 = errors;
if(typeof data54 === "string"){
if(!pattern5.test(data54)){
const err121 = {};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
var valid90 = _errs182 === errors;
if(valid90){
const err122 = {};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
else {
errors = _errs181;
if(vErrors !== null){
if(_errs181){
vErrors.length = _errs181;
}
else {
vErrors = null;
}
}
}
var _valid22 = _errs180 === errors;
errors = _errs179;
if(vErrors !== null){
if(_errs179){
vErrors.length = _errs179;
}
else {
vErrors = null;
}
}
if(_valid22){
const _errs183 = errors;
if(!((data54 === "data") || (data54 === "retry"))){
const err123 = {instancePath:instancePath+"/config/replacements/" + i4+"/field",schemaPath:"#/$defs/sseFindReplaceConfig/properties/replacements/items/properties/field/then/enum",keyword:"enum",params:{allowedValues: schema79.properties.replacements.items.properties.field.then.enum},message:"must be equal to one of the allowed values",schema:schema79.properties.replacements.items.properties.field.then.enum,parentSchema:schema79.properties.replacements.items.properties.field.then,data:data54};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
var _valid22 = _errs183 === errors;
valid89 = _valid22;
}
if(!valid89){
const err124 = {instancePath:instancePath+"/config/replacements/" + i4+"/field",schemaPath:"#/$defs/sseFindReplaceConfig/properties/replacements/items/properties/field/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema79.properties.replacements.items.properties.field.if,parentSchema:schema79.properties.replacements.items.properties.field,data:data54};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data53.from !== undefined){
let data55 = data53.from;
if(typeof data55 === "string"){
if(func1(data55) < 1){
const err125 = {instancePath:instancePath+"/config/replacements/" + i4+"/from",schemaPath:"#/$defs/sseFindReplaceConfig/properties/replacements/items/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema79.properties.replacements.items.properties.from,data:data55};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
else {
const err126 = {instancePath:instancePath+"/config/replacements/" + i4+"/from",schemaPath:"#/$defs/sseFindReplaceConfig/properties/replacements/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.replacements.items.properties.from.type,parentSchema:schema79.properties.replacements.items.properties.from,data:data55};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
if(data53.to !== undefined){
let data56 = data53.to;
if(typeof data56 !== "string"){
const err127 = {instancePath:instancePath+"/config/replacements/" + i4+"/to",schemaPath:"#/$defs/sseFindReplaceConfig/properties/replacements/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema79.properties.replacements.items.properties.to.type,parentSchema:schema79.properties.replacements.items.properties.to,data:data56};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/config/replacements/" + i4,schemaPath:"#/$defs/sseFindReplaceConfig/properties/replacements/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.properties.replacements.items.type,parentSchema:schema79.properties.replacements.items,data:data53};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/config/replacements",schemaPath:"#/$defs/sseFindReplaceConfig/properties/replacements/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema79.properties.replacements.type,parentSchema:schema79.properties.replacements,data:data52};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
}
else {
const err130 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/sseFindReplaceConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema79.type,parentSchema:schema79,data:data51};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
}
var _valid21 = _errs167 === errors;
valid81 = _valid21;
if(valid81){
var props20 = {};
props20.config = true;
props20.type = true;
}
}
if(!valid81){
const err131 = {instancePath,schemaPath:"#/allOf/20/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[20].if,parentSchema:schema34.allOf[20],data};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
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
const _errs189 = errors;
let valid91 = true;
const _errs190 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing21;
if((data.type === undefined) && (missing21 = "type")){
const err132 = {};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
else {
if(data.type !== undefined){
if("terminate-tls" !== data.type){
const err133 = {};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
}
var _valid23 = _errs190 === errors;
errors = _errs189;
if(vErrors !== null){
if(_errs189){
vErrors.length = _errs189;
}
else {
vErrors = null;
}
}
if(_valid23){
const _errs192 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate62(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate62.errors : vErrors.concat(validate62.errors);
errors = vErrors.length;
}
}
}
var _valid23 = _errs192 === errors;
valid91 = _valid23;
if(valid91){
var props21 = {};
props21.config = true;
props21.type = true;
}
}
if(!valid91){
const err134 = {instancePath,schemaPath:"#/allOf/21/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[21].if,parentSchema:schema34.allOf[21],data};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
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
const _errs195 = errors;
let valid94 = true;
const _errs196 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing22;
if((data.type === undefined) && (missing22 = "type")){
const err135 = {};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
else {
if(data.type !== undefined){
if("url-rewrite" !== data.type){
const err136 = {};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
}
var _valid24 = _errs196 === errors;
errors = _errs195;
if(vErrors !== null){
if(_errs195){
vErrors.length = _errs195;
}
else {
vErrors = null;
}
}
if(_valid24){
const _errs198 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err137 = {instancePath,schemaPath:"#/allOf/22/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[22].then.required,parentSchema:schema34.allOf[22].then,data};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
if(data.config !== undefined){
let data60 = data.config;
if(data60 && typeof data60 == "object" && !Array.isArray(data60)){
if(data60.to === undefined){
const err138 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/urlRewriteConfig/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema83.required,parentSchema:schema83,data:data60};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
for(const key8 in data60){
if(!((key8 === "from") || (key8 === "to"))){
const err139 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/urlRewriteConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema83,data:data60};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
if(data60.from !== undefined){
let data61 = data60.from;
if(typeof data61 !== "string"){
const err140 = {instancePath:instancePath+"/config/from",schemaPath:"#/$defs/urlRewriteConfig/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.from.type,parentSchema:schema83.properties.from,data:data61};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
if(data60.to !== undefined){
let data62 = data60.to;
if(typeof data62 !== "string"){
const err141 = {instancePath:instancePath+"/config/to",schemaPath:"#/$defs/urlRewriteConfig/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema83.properties.to.type,parentSchema:schema83.properties.to,data:data62};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
}
else {
const err142 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/urlRewriteConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema83.type,parentSchema:schema83,data:data60};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
}
var _valid24 = _errs198 === errors;
valid94 = _valid24;
if(valid94){
var props22 = {};
props22.config = true;
props22.type = true;
}
}
if(!valid94){
const err143 = {instancePath,schemaPath:"#/allOf/22/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[22].if,parentSchema:schema34.allOf[22],data};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
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
const _errs208 = errors;
let valid99 = true;
const _errs209 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing23;
if((data.type === undefined) && (missing23 = "type")){
const err144 = {};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
else {
if(data.type !== undefined){
if("verify-webhook" !== data.type){
const err145 = {};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
}
}
}
var _valid25 = _errs209 === errors;
errors = _errs208;
if(vErrors !== null){
if(_errs208){
vErrors.length = _errs208;
}
else {
vErrors = null;
}
}
if(_valid25){
const _errs211 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config === undefined){
const err146 = {instancePath,schemaPath:"#/allOf/23/then/required",keyword:"required",params:{missingProperty: "config"},message:"must have required property '"+"config"+"'",schema:schema34.allOf[23].then.required,parentSchema:schema34.allOf[23].then,data};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
if(data.config !== undefined){
let data64 = data.config;
const _errs215 = errors;
let valid103 = true;
const _errs216 = errors;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.provider !== undefined){
const _errs218 = errors;
const _errs219 = errors;
if("sns" !== data64.provider){
const err147 = {};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
var valid105 = _errs219 === errors;
if(valid105){
const err148 = {};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
else {
errors = _errs218;
if(vErrors !== null){
if(_errs218){
vErrors.length = _errs218;
}
else {
vErrors = null;
}
}
}
}
}
var _valid26 = _errs216 === errors;
errors = _errs215;
if(vErrors !== null){
if(_errs215){
vErrors.length = _errs215;
}
else {
vErrors = null;
}
}
if(_valid26){
const _errs220 = errors;
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.secret === undefined){
const err149 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/verifyWebhookConfig/then/required",keyword:"required",params:{missingProperty: "secret"},message:"must have required property '"+"secret"+"'",schema:schema84.then.required,parentSchema:schema84.then,data:data64};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
var _valid26 = _errs220 === errors;
valid103 = _valid26;
if(valid103){
var props23 = {};
props23.secret = true;
props23.provider = true;
}
}
if(!valid103){
const err150 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/verifyWebhookConfig/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema84.if,parentSchema:schema84,data:data64};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
if(data64 && typeof data64 == "object" && !Array.isArray(data64)){
if(data64.provider === undefined){
const err151 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/verifyWebhookConfig/required",keyword:"required",params:{missingProperty: "provider"},message:"must have required property '"+"provider"+"'",schema:schema84.required,parentSchema:schema84,data:data64};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
for(const key9 in data64){
if(!(((key9 === "provider") || (key9 === "secret")) || (key9 === "enforce"))){
const err152 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/verifyWebhookConfig/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema84,data:data64};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
if(data64.provider !== undefined){
let data66 = data64.provider;
if(typeof data66 !== "string"){
const err153 = {instancePath:instancePath+"/config/provider",schemaPath:"#/$defs/verifyWebhookConfig/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.provider.type,parentSchema:schema84.properties.provider,data:data66};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
if(!((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((((data66 === "aftership") || (data66 === "airship")) || (data66 === "alchemy")) || (data66 === "sns")) || (data66 === "autodesk")) || (data66 === "bitbucket")) || (data66 === "bolt")) || (data66 === "box")) || (data66 === "brex")) || (data66 === "buildkite")) || (data66 === "calendly")) || (data66 === "castle")) || (data66 === "chargify")) || (data66 === "circleci")) || (data66 === "clearbit")) || (data66 === "clerk")) || (data66 === "coinbase")) || (data66 === "contentful")) || (data66 === "docusign")) || (data66 === "dropbox")) || (data66 === "facebook_graph_api")) || (data66 === "facebook_messenger")) || (data66 === "frameio")) || (data66 === "github")) || (data66 === "gitlab")) || (data66 === "go1")) || (data66 === "heroku")) || (data66 === "hostedhooks")) || (data66 === "hubspot")) || (data66 === "graphcms")) || (data66 === "instagram")) || (data66 === "intercom")) || (data66 === "jira")) || (data66 === "launch_darkly")) || (data66 === "linear")) || (data66 === "mailchimp")) || (data66 === "mailgun")) || (data66 === "microsoft_teams")) || (data66 === "modern_treasury")) || (data66 === "mongodb")) || (data66 === "mux")) || (data66 === "orb")) || (data66 === "orbit")) || (data66 === "pagerduty")) || (data66 === "pinwheel")) || (data66 === "plivo")) || (data66 === "pusher")) || (data66 === "sendgrid")) || (data66 === "sentry")) || (data66 === "shopify")) || (data66 === "signal_sciences")) || (data66 === "slack")) || (data66 === "sonatype")) || (data66 === "square")) || (data66 === "stripe")) || (data66 === "svix")) || (data66 === "terraform")) || (data66 === "tiktok")) || (data66 === "trendmicro_conformity")) || (data66 === "twilio")) || (data66 === "twitter")) || (data66 === "typeform")) || (data66 === "vmware")) || (data66 === "webex")) || (data66 === "whatsapp")) || (data66 === "worldline")) || (data66 === "xero")) || (data66 === "zendesk")) || (data66 === "zoom")) || (data66 === "signalsciences")) || (data66 === "sonatype_nexus")) || (data66 === "vmware_workspace"))){
const err154 = {instancePath:instancePath+"/config/provider",schemaPath:"#/$defs/verifyWebhookConfig/properties/provider/enum",keyword:"enum",params:{allowedValues: schema84.properties.provider.enum},message:"must be equal to one of the allowed values",schema:schema84.properties.provider.enum,parentSchema:schema84.properties.provider,data:data66};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data64.secret !== undefined){
let data67 = data64.secret;
if(typeof data67 !== "string"){
const err155 = {instancePath:instancePath+"/config/secret",schemaPath:"#/$defs/verifyWebhookConfig/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.secret.type,parentSchema:schema84.properties.secret,data:data67};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
if(data64.enforce !== undefined){
let data68 = data64.enforce;
if(typeof data68 !== "boolean"){
const err156 = {instancePath:instancePath+"/config/enforce",schemaPath:"#/$defs/verifyWebhookConfig/properties/enforce/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema84.properties.enforce.type,parentSchema:schema84.properties.enforce,data:data68};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/verifyWebhookConfig/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.type,parentSchema:schema84,data:data64};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
var _valid25 = _errs211 === errors;
valid99 = _valid25;
if(valid99){
var props24 = {};
props24.config = true;
props24.type = true;
}
}
if(!valid99){
const err158 = {instancePath,schemaPath:"#/allOf/23/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[23].if,parentSchema:schema34.allOf[23],data};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
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
const _errs229 = errors;
let valid107 = true;
const _errs230 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing24;
if((data.type === undefined) && (missing24 = "type")){
const err159 = {};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
else {
if(data.type !== undefined){
if("saml" !== data.type){
const err160 = {};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
}
}
var _valid27 = _errs230 === errors;
errors = _errs229;
if(vErrors !== null){
if(_errs229){
vErrors.length = _errs229;
}
else {
vErrors = null;
}
}
if(_valid27){
const _errs232 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
let data70 = data.config;
if((!(data70 && typeof data70 == "object" && !Array.isArray(data70))) && (data70 !== null)){
const err161 = {instancePath:instancePath+"/config",schemaPath:"#/$defs/samlConfig/type",keyword:"type",params:{type: schema85.type},message:"must be object,null",schema:schema85.type,parentSchema:schema85,data:data70};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
if(data70.idp_metadata !== undefined){
let data71 = data70.idp_metadata;
if(typeof data71 !== "string"){
const err162 = {instancePath:instancePath+"/config/idp_metadata",schemaPath:"#/$defs/samlConfig/properties/idp_metadata/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.idp_metadata.type,parentSchema:schema85.properties.idp_metadata,data:data71};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data70.idp_metadata_url !== undefined){
let data72 = data70.idp_metadata_url;
if(typeof data72 !== "string"){
const err163 = {instancePath:instancePath+"/config/idp_metadata_url",schemaPath:"#/$defs/samlConfig/properties/idp_metadata_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.idp_metadata_url.type,parentSchema:schema85.properties.idp_metadata_url,data:data72};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data70.force_authn !== undefined){
let data73 = data70.force_authn;
if(typeof data73 !== "boolean"){
const err164 = {instancePath:instancePath+"/config/force_authn",schemaPath:"#/$defs/samlConfig/properties/force_authn/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema85.properties.force_authn.type,parentSchema:schema85.properties.force_authn,data:data73};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data70.allow_idp_initiated !== undefined){
let data74 = data70.allow_idp_initiated;
if(typeof data74 !== "boolean"){
const err165 = {instancePath:instancePath+"/config/allow_idp_initiated",schemaPath:"#/$defs/samlConfig/properties/allow_idp_initiated/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema85.properties.allow_idp_initiated.type,parentSchema:schema85.properties.allow_idp_initiated,data:data74};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
}
if(data70.authorized_groups !== undefined){
let data75 = data70.authorized_groups;
if(Array.isArray(data75)){
const len4 = data75.length;
for(let i5=0; i5<len4; i5++){
let data76 = data75[i5];
if(typeof data76 !== "string"){
const err166 = {instancePath:instancePath+"/config/authorized_groups/" + i5,schemaPath:"#/$defs/samlConfig/properties/authorized_groups/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.authorized_groups.items.type,parentSchema:schema85.properties.authorized_groups.items,data:data76};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
}
else {
const err167 = {instancePath:instancePath+"/config/authorized_groups",schemaPath:"#/$defs/samlConfig/properties/authorized_groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema85.properties.authorized_groups.type,parentSchema:schema85.properties.authorized_groups,data:data75};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data70.entity_id !== undefined){
let data77 = data70.entity_id;
if(typeof data77 !== "string"){
const err168 = {instancePath:instancePath+"/config/entity_id",schemaPath:"#/$defs/samlConfig/properties/entity_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.entity_id.type,parentSchema:schema85.properties.entity_id,data:data77};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
}
if(data70.assertion_consumer_service_url !== undefined){
let data78 = data70.assertion_consumer_service_url;
if(typeof data78 !== "string"){
const err169 = {instancePath:instancePath+"/config/assertion_consumer_service_url",schemaPath:"#/$defs/samlConfig/properties/assertion_consumer_service_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema85.properties.assertion_consumer_service_url.type,parentSchema:schema85.properties.assertion_consumer_service_url,data:data78};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
}
}
}
var _valid27 = _errs232 === errors;
valid107 = _valid27;
if(valid107){
var props25 = {};
props25.config = true;
props25.type = true;
}
}
if(!valid107){
const err170 = {instancePath,schemaPath:"#/allOf/24/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[24].if,parentSchema:schema34.allOf[24],data};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
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
const _errs253 = errors;
let valid114 = true;
const _errs254 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing25;
if((data.type === undefined) && (missing25 = "type")){
const err171 = {};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
else {
if(data.type !== undefined){
if("ai-gateway" !== data.type){
const err172 = {};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
}
}
var _valid28 = _errs254 === errors;
errors = _errs253;
if(vErrors !== null){
if(_errs253){
vErrors.length = _errs253;
}
else {
vErrors = null;
}
}
if(_valid28){
const _errs256 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.config !== undefined){
if(!(validate64(data.config, {instancePath:instancePath+"/config",parentData:data,parentDataProperty:"config",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
errors = vErrors.length;
}
}
}
var _valid28 = _errs256 === errors;
valid114 = _valid28;
if(valid114){
var props26 = {};
props26.config = true;
props26.type = true;
}
}
if(!valid114){
const err173 = {instancePath,schemaPath:"#/allOf/25/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema34.allOf[25].if,parentSchema:schema34.allOf[25],data};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
if(props0 !== true && props26 !== undefined){
if(props26 === true){
props0 = true;
}
else {
props0 = props0 || {};
Object.assign(props0, props26);
}
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.type === undefined){
const err174 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
for(const key10 in data){
if(!((key10 === "type") || (key10 === "config"))){
const err175 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
if(data.type !== undefined){
let data81 = data.type;
if(!(((((((((((((((((((((((((((((data81 === "add-headers") || (data81 === "basic-auth")) || (data81 === "circuit-breaker")) || (data81 === "close-connection")) || (data81 === "compress-response")) || (data81 === "custom-response")) || (data81 === "deny")) || (data81 === "forward-internal")) || (data81 === "http-request")) || (data81 === "jwt-validation")) || (data81 === "log")) || (data81 === "oauth")) || (data81 === "openid-connect")) || (data81 === "oidc")) || (data81 === "owasp-crs-request")) || (data81 === "owasp-crs-response")) || (data81 === "rate-limit")) || (data81 === "redirect")) || (data81 === "remove-headers")) || (data81 === "request-body-find-replace")) || (data81 === "response-body-find-replace")) || (data81 === "restrict-ips")) || (data81 === "set-vars")) || (data81 === "sse-find-replace")) || (data81 === "terminate-tls")) || (data81 === "url-rewrite")) || (data81 === "verify-webhook")) || (data81 === "saml")) || (data81 === "ai-gateway"))){
const err176 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema34.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema34.properties.type.enum,parentSchema:schema34.properties.type,data:data81};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
}
else {
const err177 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate22.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.actions === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actions"},message:"must have required property '"+"actions"+"'",schema:schema33.required,parentSchema:schema33,data};
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
if(data.name !== undefined){
let data0 = data.name;
if((((typeof data0 !== "string") && (!((typeof data0 == "number") && (isFinite(data0))))) && (typeof data0 !== "boolean")) && (data0 !== null)){
const err2 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: schema33.properties.name.type},message:"must be string,number,boolean,null",schema:schema33.properties.name.type,parentSchema:schema33.properties.name,data:data0};
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
const err3 = {instancePath:instancePath+"/expressions",schemaPath:"#/properties/expressions/type",keyword:"type",params:{type: schema33.properties.expressions.type},message:"must be array,null",schema:schema33.properties.expressions.type,parentSchema:schema33.properties.expressions,data:data1};
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
const err4 = {instancePath:instancePath+"/expressions/" + i0,schemaPath:"#/properties/expressions/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.properties.expressions.items.type,parentSchema:schema33.properties.expressions.items,data:data2};
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
const err5 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema33.properties.actions,data:data3};
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
if(!(validate23(data3[i1], {instancePath:instancePath+"/actions/" + i1,parentData:data3,parentDataProperty:i1,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
}
}
else {
const err6 = {instancePath:instancePath+"/actions",schemaPath:"#/properties/actions/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema33.properties.actions.type,parentSchema:schema33.properties.actions,data:data3};
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
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}
validate22.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate22(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema32.type,parentSchema:schema32,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://traffic-policy-compiler.dev/schemas/traffic-policy.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((((key0 === "on_tcp_connect") || (key0 === "on_http_request")) || (key0 === "on_http_response")) || (key0 === "on_event_stream_message")) || (key0 === "inbound")) || (key0 === "outbound"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
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
if(!(validate21(data.on_tcp_connect, {instancePath:instancePath+"/on_tcp_connect",parentData:data,parentDataProperty:"on_tcp_connect",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.on_http_request !== undefined){
if(!(validate21(data.on_http_request, {instancePath:instancePath+"/on_http_request",parentData:data,parentDataProperty:"on_http_request",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.on_http_response !== undefined){
if(!(validate21(data.on_http_response, {instancePath:instancePath+"/on_http_response",parentData:data,parentDataProperty:"on_http_response",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.on_event_stream_message !== undefined){
if(!(validate21(data.on_event_stream_message, {instancePath:instancePath+"/on_event_stream_message",parentData:data,parentDataProperty:"on_event_stream_message",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.inbound !== undefined){
if(!(validate21(data.inbound, {instancePath:instancePath+"/inbound",parentData:data,parentDataProperty:"inbound",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.outbound !== undefined){
if(!(validate21(data.outbound, {instancePath:instancePath+"/outbound",parentData:data,parentDataProperty:"outbound",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// Shared by the agent-config and cloud-endpoint validators.
const pattern29 = new RegExp("^[^\\s\"'`]*$", "u");

// Used by the other validator modules.
export { func1, func4, pattern29, pattern8, validate20 };
