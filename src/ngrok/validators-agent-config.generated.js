// GENERATED FILE - DO NOT EDIT. Regenerate with `node scripts/build-validators.mjs`
// from schemas/*.schema.json (ajv standalone, draft 2020-12). test/schema checks it is current.
/* eslint-disable */
import { func1, func4, pattern11, pattern7, validate52 } from './validators.generated.js';

export const validateAgentConfig = validate160;
const schema60 = JSON.parse("{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$id\":\"https://traffic-policy-compiler.dev/schemas/agent-config.schema.json\",\"title\":\"ngrok agent configuration (ngrok.yml)\",\"description\":\"The ngrok agent configuration file, version 3 (agent settings under `agent:`, endpoints under `endpoints:`). Version 2 files (agent settings at the top level, `tunnels:`) are recognised so tools can suggest a migration. Written by tpc (traffic-policy-compiler) from ngrok's public documentation. The agent refuses unknown keys, so this schema does too.\",\"type\":\"object\",\"properties\":{\"version\":{\"description\":\"Format version of this file: 3 (current). 2 is the deprecated format.\",\"enum\":[3,\"3\",2,\"2\"]}},\"required\":[\"version\"],\"if\":{\"properties\":{\"version\":{\"enum\":[2,\"2\"]}},\"required\":[\"version\"]},\"then\":{\"$ref\":\"#/$defs/v2\"},\"else\":{\"$ref\":\"#/$defs/v3\"},\"$defs\":{\"duration\":{\"type\":\"string\",\"description\":\"A Go duration string, e.g. \\\"10s\\\", \\\"1m\\\".\",\"pattern\":\"^(0|([0-9]+(\\\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$\"},\"v3\":{\"type\":\"object\",\"description\":\"ngrok.yml version 3.\",\"properties\":{\"version\":{\"description\":\"Format version of this file: 3.\"},\"agent\":{\"$ref\":\"#/$defs/agent\"},\"endpoints\":{\"type\":\"array\",\"description\":\"Endpoints this agent starts (`ngrok start --all` or `ngrok start <name>`).\",\"items\":{\"$ref\":\"#/$defs/endpoint\"}},\"tunnels\":{\"$ref\":\"#/$defs/tunnels\",\"description\":\"Deprecated: version 2 style tunnel definitions, still accepted in version 3 files. Use `endpoints` instead.\"}},\"additionalProperties\":false},\"agent\":{\"type\":\"object\",\"description\":\"Settings of the agent process (version 3).\",\"properties\":{\"api_key\":{\"type\":\"string\",\"description\":\"API key for `ngrok api` commands (env NGROK_API_KEY). Keep it out of shared files.\"},\"authtoken\":{\"type\":\"string\",\"description\":\"Authtoken the agent connects with. Prefer the NGROK_AUTHTOKEN environment variable over writing it here.\"},\"connect_cas\":{\"type\":\"string\",\"description\":\"Root CAs for the connection to ngrok: trusted, host, or a path to a PEM bundle. Version 2 called it root_cas.\",\"default\":\"trusted\"},\"connect_interface\":{\"type\":\"string\",\"description\":\"Network interface to connect through (Linux only).\"},\"connect_timeout\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How long to wait when connecting to ngrok.\",\"default\":\"10s\"},\"connect_url\":{\"type\":\"string\",\"description\":\"host:port of the ngrok ingress the agent connects to (custom agent ingress). Version 2 called it server_addr.\",\"default\":\"connect.ngrok-agent.com:443\"},\"console_ui\":{\"type\":[\"boolean\",\"string\"],\"description\":\"Show the terminal UI: true, false, or iftty (only when stdout is a terminal).\",\"default\":\"iftty\",\"enum\":[true,false,\"iftty\",\"true\",\"false\"]},\"console_ui_color\":{\"type\":\"string\",\"description\":\"Background of the terminal UI.\",\"default\":\"black\",\"enum\":[\"black\",\"transparent\"]},\"crl_noverify\":{\"type\":\"boolean\",\"description\":\"Skip certificate revocation list checks.\",\"default\":false},\"crl_url\":{\"type\":\"string\",\"description\":\"Custom certificate revocation list URL (agent 3.39.7+).\"},\"dns_resolver_ips\":{\"type\":\"array\",\"description\":\"DNS servers to use instead of the system resolvers.\",\"items\":{\"type\":\"string\"}},\"heartbeat_interval\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How often the agent sends heartbeats.\",\"default\":\"10s\"},\"heartbeat_tolerance\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Reconnect when a heartbeat is not answered within this time.\",\"default\":\"15s\"},\"inspect_db_size\":{\"type\":\"integer\",\"description\":\"Memory (bytes) for the request inspector; 0 means 50 MB, -1 disables inspection.\",\"default\":0,\"minimum\":-1},\"local_storage\":{\"description\":\"Local storage settings (agent 3.32.0+); shape not documented.\"},\"log\":{\"type\":[\"string\",\"boolean\"],\"description\":\"Where to write logs: stdout, stderr, a file path, or false.\",\"default\":false,\"if\":{\"type\":\"boolean\"},\"then\":{\"const\":false}},\"log_format\":{\"type\":\"string\",\"description\":\"Log record format.\",\"default\":\"term\",\"enum\":[\"term\",\"logfmt\",\"json\"]},\"log_level\":{\"type\":\"string\",\"description\":\"Log verbosity.\",\"enum\":[\"crit\",\"warn\",\"error\",\"info\",\"debug\"]},\"metadata\":{\"type\":\"string\",\"description\":\"Opaque string shown on this agent's sessions in the ngrok API (at most 4096 characters).\",\"maxLength\":4096},\"proxy_url\":{\"type\":\"string\",\"description\":\"http://, https:// or socks5:// proxy for the agent's own connection to ngrok.\"},\"remote_management\":{\"type\":\"boolean\",\"description\":\"Allow stopping, restarting and updating the agent from the API or dashboard.\",\"default\":true},\"update_channel\":{\"type\":\"string\",\"description\":\"Release channel for updates.\",\"default\":\"stable\",\"enum\":[\"stable\",\"beta\",\"unstable\"]},\"update_check\":{\"type\":\"boolean\",\"description\":\"Check for agent updates.\",\"default\":true},\"web_addr\":{\"type\":[\"string\",\"boolean\"],\"description\":\"host:port of the local inspector and agent API, or false to disable it.\",\"default\":\"127.0.0.1:4040\",\"if\":{\"type\":\"boolean\"},\"then\":{\"const\":false}},\"web_allow_hosts\":{\"type\":\"array\",\"description\":\"Host headers accepted by the local inspector/API: IPs, CIDRs, host names, or .suffix host names.\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false},\"endpoint\":{\"type\":\"object\",\"description\":\"One agent endpoint.\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Unique name, used by `ngrok start <name>` and the agent API.\",\"minLength\":1},\"url\":{\"type\":\"string\",\"description\":\"Endpoint URL, e.g. https://app.example.com, tcp://1.tcp.ngrok.io:12345, https://api.internal, or a scheme only (https://) for a random address. No path, query or trailing slash. Quote wildcard URLs.\",\"pattern\":\"^[^\\\\s\\\"'`]*$\"},\"description\":{\"type\":\"string\",\"description\":\"Human-readable description shown in the ngrok API.\"},\"metadata\":{\"type\":\"string\",\"description\":\"Opaque string shown in the ngrok API.\"},\"bindings\":{\"type\":\"array\",\"description\":\"Who can reach the endpoint (one binding). Defaults to internal for .internal hosts and public otherwise.\",\"maxItems\":1,\"items\":{\"type\":\"string\",\"enum\":[\"public\",\"internal\",\"kubernetes\"]}},\"traffic_policy\":{\"$ref\":\"traffic-policy.schema.json\",\"description\":\"Traffic Policy of this endpoint (phases such as on_http_request).\"},\"traffic_policy_file\":{\"type\":\"string\",\"description\":\"Path to a YAML or JSON Traffic Policy file (instead of traffic_policy).\"},\"pooling_enabled\":{\"type\":\"boolean\",\"description\":\"Let several endpoints with the same URL and binding share traffic as a pool. Every member must enable it.\",\"default\":false},\"upstream\":{\"$ref\":\"#/$defs/upstream\"},\"agent_tls_termination\":{\"type\":\"object\",\"description\":\"Terminate TLS in the agent (tls:// endpoints only; end-to-end encryption).\",\"properties\":{\"server_certificate\":{\"type\":\"string\",\"description\":\"Certificate file path or inline PEM.\"},\"server_private_key\":{\"type\":\"string\",\"description\":\"Private key file path or inline PEM.\"},\"mutual_tls_certificate_authorities\":{\"type\":[\"array\",\"string\"],\"description\":\"CA certificate paths or PEMs (a list, or one string); enables client-certificate checks in the agent.\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false},\"inspect\":{\"type\":\"boolean\",\"description\":\"Record traffic in the local inspector (seen in agent API payloads; not documented for ngrok.yml).\"}},\"required\":[\"name\",\"upstream\"],\"additionalProperties\":false},\"upstream\":{\"type\":\"object\",\"description\":\"Where the agent sends traffic.\",\"properties\":{\"url\":{\"type\":[\"string\",\"integer\"],\"description\":\"A port (8080), host:port, or URL (http://host:80, https://host, tcp://127.0.0.1:5432, tls://host:443, file:///path).\",\"minLength\":1,\"minimum\":1,\"maximum\":65535},\"protocol\":{\"type\":\"string\",\"description\":\"HTTP version to the upstream: http1, or http2 (cleartext prior knowledge).\",\"default\":\"http1\",\"enum\":[\"http1\",\"http2\"]},\"proxy_protocol\":{\"description\":\"Send a PROXY protocol header of this version to the upstream.\",\"enum\":[1,2,\"1\",\"2\"]}},\"required\":[\"url\"],\"additionalProperties\":false},\"tunnels\":{\"type\":\"object\",\"description\":\"Named tunnel definitions (deprecated; use endpoints).\",\"additionalProperties\":{\"$ref\":\"#/$defs/tunnel\"}},\"tunnel\":{\"type\":\"object\",\"description\":\"A tunnel definition (version 2 style, deprecated).\",\"properties\":{\"proto\":{\"type\":\"string\",\"description\":\"Tunnel protocol (omit for labeled tunnels).\",\"enum\":[\"http\",\"tcp\",\"tls\"]},\"addr\":{\"type\":[\"string\",\"integer\"],\"description\":\"Local port, host:port or URL to forward to.\"},\"metadata\":{\"type\":\"string\",\"description\":\"Opaque string shown in the ngrok API.\"},\"inspect\":{\"type\":\"boolean\",\"description\":\"Record traffic in the local inspector.\",\"default\":true},\"domain\":{\"type\":\"string\",\"description\":\"Domain to serve (http, tls).\"},\"hostname\":{\"type\":\"string\",\"description\":\"Older name for domain.\"},\"subdomain\":{\"type\":\"string\",\"description\":\"Subdomain of an ngrok domain.\"},\"url\":{\"type\":\"string\",\"description\":\"Endpoint URL (newer agents).\"},\"schemes\":{\"type\":\"array\",\"description\":\"http, https or both.\",\"items\":{\"type\":\"string\",\"enum\":[\"http\",\"https\"]}},\"remote_addr\":{\"type\":\"string\",\"description\":\"Reserved TCP address, e.g. 1.tcp.ngrok.io:12345.\"},\"crt\":{\"type\":\"string\",\"description\":\"TLS certificate path.\"},\"key\":{\"type\":\"string\",\"description\":\"TLS private key path.\"},\"terminate_at\":{\"type\":\"string\",\"description\":\"Where TLS is terminated.\",\"enum\":[\"edge\",\"agent\",\"upstream\"]},\"mutual_tls_cas\":{\"type\":\"string\",\"description\":\"CA certificate path for mutual TLS.\"},\"labels\":{\"type\":\"array\",\"description\":\"Labels for Edges (not supported in version 3).\",\"items\":{\"type\":\"string\"}},\"proxy_proto\":{\"description\":\"PROXY protocol version.\",\"enum\":[1,2,\"1\",\"2\",\"\"]},\"traffic_policy\":{\"$ref\":\"traffic-policy.schema.json\",\"description\":\"Traffic Policy of this tunnel.\"},\"policy\":{\"$ref\":\"traffic-policy.schema.json\",\"description\":\"Name of traffic_policy before agent 3.14.0 (deprecated).\"},\"basic_auth\":{\"type\":\"array\",\"description\":\"Legacy module: username:password pairs (use the basic-auth action).\",\"items\":{\"type\":\"string\"}},\"circuit_breaker\":{\"type\":\"number\",\"description\":\"Legacy module: 5xx ratio that trips the breaker (use the circuit-breaker action).\"},\"compression\":{\"type\":\"boolean\",\"description\":\"Legacy module: gzip responses (use the compress-response action).\"},\"host_header\":{\"type\":\"string\",\"description\":\"Legacy module: rewrite, preserve or a value for the Host header.\"},\"ip_restriction\":{\"type\":\"object\",\"description\":\"Legacy module: IP restrictions (use the restrict-ips action).\",\"properties\":{\"allow_cidrs\":{\"description\":\"CIDR ranges allowed to connect.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"deny_cidrs\":{\"description\":\"CIDR ranges denied.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false},\"oauth\":{\"type\":\"object\",\"description\":\"Legacy module: OAuth (use the oauth action).\",\"properties\":{\"provider\":{\"description\":\"OAuth provider, e.g. google.\",\"type\":\"string\"},\"scopes\":{\"description\":\"Extra OAuth scopes.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"allow_emails\":{\"description\":\"Email addresses allowed in.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"allow_domains\":{\"description\":\"Email domains allowed in.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"client_id\":{\"description\":\"Client ID of your own OAuth app.\",\"type\":\"string\"},\"client_secret\":{\"description\":\"Client secret of your own OAuth app.\",\"type\":\"string\"}},\"additionalProperties\":false},\"oidc\":{\"type\":\"object\",\"description\":\"Legacy module: OpenID Connect (use the openid-connect action).\",\"properties\":{\"issuer_url\":{\"description\":\"Issuer URL of the OpenID Connect provider.\",\"type\":\"string\"},\"client_id\":{\"description\":\"Client ID at the provider.\",\"type\":\"string\"},\"client_secret\":{\"description\":\"Client secret at the provider.\",\"type\":\"string\"},\"scopes\":{\"description\":\"Scopes to request.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"allow_emails\":{\"description\":\"Email addresses allowed in.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"allow_domains\":{\"description\":\"Email domains allowed in.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false},\"request_header\":{\"$ref\":\"#/$defs/legacyHeaderModule\",\"description\":\"Legacy module: request headers (use add-headers/remove-headers).\"},\"response_header\":{\"$ref\":\"#/$defs/legacyHeaderModule\",\"description\":\"Legacy module: response headers (use add-headers/remove-headers).\"},\"user_agent_filter\":{\"type\":\"object\",\"description\":\"Legacy module: user agent filter (use expressions on req.user_agent).\",\"properties\":{\"allow\":{\"description\":\"RE2 patterns of user agents to allow.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"deny\":{\"description\":\"RE2 patterns of user agents to deny.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false},\"verify_webhook\":{\"type\":\"object\",\"description\":\"Legacy module: webhook verification (use the verify-webhook action).\",\"properties\":{\"provider\":{\"description\":\"Webhook provider, e.g. slack.\",\"type\":\"string\"},\"secret\":{\"description\":\"Signing secret of the provider.\",\"type\":\"string\"}},\"additionalProperties\":false},\"websocket_tcp_converter\":{\"type\":\"boolean\",\"description\":\"Legacy module: convert websocket connections to TCP upstream.\"}},\"additionalProperties\":false},\"legacyHeaderModule\":{\"type\":\"object\",\"properties\":{\"add\":{\"type\":\"array\",\"description\":\"key:value headers to add.\",\"items\":{\"type\":\"string\"}},\"remove\":{\"type\":\"array\",\"description\":\"Header names to remove.\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false},\"v2\":{\"type\":\"object\",\"description\":\"ngrok.yml version 2 (deprecated): agent settings at the top level and `tunnels`. Run `ngrok config upgrade` to move to version 3.\",\"properties\":{\"version\":{\"description\":\"Format version of this file: 2 (deprecated).\"},\"api_key\":{\"type\":\"string\",\"description\":\"API key for `ngrok api` commands (env NGROK_API_KEY). Keep it out of shared files.\"},\"authtoken\":{\"type\":\"string\",\"description\":\"Authtoken the agent connects with. Prefer the NGROK_AUTHTOKEN environment variable over writing it here.\"},\"connect_interface\":{\"type\":\"string\",\"description\":\"Network interface to connect through (Linux only).\"},\"connect_timeout\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How long to wait when connecting to ngrok.\",\"default\":\"10s\"},\"console_ui\":{\"type\":[\"boolean\",\"string\"],\"description\":\"Show the terminal UI: true, false, or iftty (only when stdout is a terminal).\",\"default\":\"iftty\",\"enum\":[true,false,\"iftty\",\"true\",\"false\"]},\"console_ui_color\":{\"type\":\"string\",\"description\":\"Background of the terminal UI.\",\"default\":\"black\",\"enum\":[\"black\",\"transparent\"]},\"crl_noverify\":{\"type\":\"boolean\",\"description\":\"Skip certificate revocation list checks.\",\"default\":false},\"dns_resolver_ips\":{\"type\":\"array\",\"description\":\"DNS servers to use instead of the system resolvers.\",\"items\":{\"type\":\"string\"}},\"heartbeat_interval\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How often the agent sends heartbeats.\",\"default\":\"10s\"},\"heartbeat_tolerance\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Reconnect when a heartbeat is not answered within this time.\",\"default\":\"15s\"},\"inspect_db_size\":{\"type\":\"integer\",\"description\":\"Memory (bytes) for the request inspector; 0 means 50 MB, -1 disables inspection.\",\"default\":0,\"minimum\":-1},\"log\":{\"type\":[\"string\",\"boolean\"],\"description\":\"Where to write logs: stdout, stderr, a file path, or false.\",\"default\":false,\"if\":{\"type\":\"boolean\"},\"then\":{\"const\":false}},\"log_format\":{\"type\":\"string\",\"description\":\"Log record format.\",\"default\":\"term\",\"enum\":[\"term\",\"logfmt\",\"json\"]},\"log_level\":{\"type\":\"string\",\"description\":\"Log verbosity.\",\"enum\":[\"crit\",\"warn\",\"error\",\"info\",\"debug\"]},\"metadata\":{\"type\":\"string\",\"description\":\"Opaque string shown on this agent's sessions in the ngrok API (at most 4096 characters).\",\"maxLength\":4096},\"proxy_url\":{\"type\":\"string\",\"description\":\"http://, https:// or socks5:// proxy for the agent's own connection to ngrok.\"},\"region\":{\"type\":\"string\",\"description\":\"Deprecated region code (us, eu, ap, au, in, jp, sa, us-cal-1).\"},\"remote_management\":{\"type\":\"boolean\",\"description\":\"Allow stopping, restarting and updating the agent from the API or dashboard.\",\"default\":true},\"root_cas\":{\"type\":\"string\",\"description\":\"Root CAs for the connection to ngrok (version 3: agent.connect_cas).\"},\"server_addr\":{\"type\":\"string\",\"description\":\"host:port of a custom agent ingress (version 3: agent.connect_url).\"},\"update_channel\":{\"type\":\"string\",\"description\":\"Release channel for updates.\",\"default\":\"stable\",\"enum\":[\"stable\",\"beta\",\"unstable\"]},\"update_check\":{\"type\":\"boolean\",\"description\":\"Check for agent updates.\",\"default\":true},\"web_addr\":{\"type\":[\"string\",\"boolean\"],\"description\":\"host:port of the local inspector and agent API, or false to disable it.\",\"default\":\"127.0.0.1:4040\",\"if\":{\"type\":\"boolean\"},\"then\":{\"const\":false}},\"web_allow_hosts\":{\"type\":\"array\",\"description\":\"Host headers accepted by the local inspector/API: IPs, CIDRs, host names, or .suffix host names.\",\"items\":{\"type\":\"string\"}},\"tunnels\":{\"$ref\":\"#/$defs/tunnels\"}},\"additionalProperties\":false}}}");
const schema61 = JSON.parse("{\"type\":\"object\",\"description\":\"ngrok.yml version 2 (deprecated): agent settings at the top level and `tunnels`. Run `ngrok config upgrade` to move to version 3.\",\"properties\":{\"version\":{\"description\":\"Format version of this file: 2 (deprecated).\"},\"api_key\":{\"type\":\"string\",\"description\":\"API key for `ngrok api` commands (env NGROK_API_KEY). Keep it out of shared files.\"},\"authtoken\":{\"type\":\"string\",\"description\":\"Authtoken the agent connects with. Prefer the NGROK_AUTHTOKEN environment variable over writing it here.\"},\"connect_interface\":{\"type\":\"string\",\"description\":\"Network interface to connect through (Linux only).\"},\"connect_timeout\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How long to wait when connecting to ngrok.\",\"default\":\"10s\"},\"console_ui\":{\"type\":[\"boolean\",\"string\"],\"description\":\"Show the terminal UI: true, false, or iftty (only when stdout is a terminal).\",\"default\":\"iftty\",\"enum\":[true,false,\"iftty\",\"true\",\"false\"]},\"console_ui_color\":{\"type\":\"string\",\"description\":\"Background of the terminal UI.\",\"default\":\"black\",\"enum\":[\"black\",\"transparent\"]},\"crl_noverify\":{\"type\":\"boolean\",\"description\":\"Skip certificate revocation list checks.\",\"default\":false},\"dns_resolver_ips\":{\"type\":\"array\",\"description\":\"DNS servers to use instead of the system resolvers.\",\"items\":{\"type\":\"string\"}},\"heartbeat_interval\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How often the agent sends heartbeats.\",\"default\":\"10s\"},\"heartbeat_tolerance\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Reconnect when a heartbeat is not answered within this time.\",\"default\":\"15s\"},\"inspect_db_size\":{\"type\":\"integer\",\"description\":\"Memory (bytes) for the request inspector; 0 means 50 MB, -1 disables inspection.\",\"default\":0,\"minimum\":-1},\"log\":{\"type\":[\"string\",\"boolean\"],\"description\":\"Where to write logs: stdout, stderr, a file path, or false.\",\"default\":false,\"if\":{\"type\":\"boolean\"},\"then\":{\"const\":false}},\"log_format\":{\"type\":\"string\",\"description\":\"Log record format.\",\"default\":\"term\",\"enum\":[\"term\",\"logfmt\",\"json\"]},\"log_level\":{\"type\":\"string\",\"description\":\"Log verbosity.\",\"enum\":[\"crit\",\"warn\",\"error\",\"info\",\"debug\"]},\"metadata\":{\"type\":\"string\",\"description\":\"Opaque string shown on this agent's sessions in the ngrok API (at most 4096 characters).\",\"maxLength\":4096},\"proxy_url\":{\"type\":\"string\",\"description\":\"http://, https:// or socks5:// proxy for the agent's own connection to ngrok.\"},\"region\":{\"type\":\"string\",\"description\":\"Deprecated region code (us, eu, ap, au, in, jp, sa, us-cal-1).\"},\"remote_management\":{\"type\":\"boolean\",\"description\":\"Allow stopping, restarting and updating the agent from the API or dashboard.\",\"default\":true},\"root_cas\":{\"type\":\"string\",\"description\":\"Root CAs for the connection to ngrok (version 3: agent.connect_cas).\"},\"server_addr\":{\"type\":\"string\",\"description\":\"host:port of a custom agent ingress (version 3: agent.connect_url).\"},\"update_channel\":{\"type\":\"string\",\"description\":\"Release channel for updates.\",\"default\":\"stable\",\"enum\":[\"stable\",\"beta\",\"unstable\"]},\"update_check\":{\"type\":\"boolean\",\"description\":\"Check for agent updates.\",\"default\":true},\"web_addr\":{\"type\":[\"string\",\"boolean\"],\"description\":\"host:port of the local inspector and agent API, or false to disable it.\",\"default\":\"127.0.0.1:4040\",\"if\":{\"type\":\"boolean\"},\"then\":{\"const\":false}},\"web_allow_hosts\":{\"type\":\"array\",\"description\":\"Host headers accepted by the local inspector/API: IPs, CIDRs, host names, or .suffix host names.\",\"items\":{\"type\":\"string\"}},\"tunnels\":{\"$ref\":\"#/$defs/tunnels\"}},\"additionalProperties\":false}");
const schema62 = JSON.parse("{\"type\":\"string\",\"description\":\"A Go duration string, e.g. \\\"10s\\\", \\\"1m\\\".\",\"pattern\":\"^(0|([0-9]+(\\\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$\"}");

function validate162(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate162.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(typeof data === "string"){
if(!pattern7.test(data)){
const err0 = {instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"},message:"must match pattern \""+"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$"+"\"",schema:"^(0|([0-9]+(\\.[0-9]+)?(ns|us|µs|μs|ms|s|m|h))+)$",parentSchema:schema62,data};
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
const err1 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
validate162.errors = vErrors;
return errors === 0;
}
validate162.evaluated = {"dynamicProps":false,"dynamicItems":false};

const schema63 = JSON.parse("{\"type\":\"object\",\"description\":\"Named tunnel definitions (deprecated; use endpoints).\",\"additionalProperties\":{\"$ref\":\"#/$defs/tunnel\"}}");
const schema64 = JSON.parse("{\"type\":\"object\",\"description\":\"A tunnel definition (version 2 style, deprecated).\",\"properties\":{\"proto\":{\"type\":\"string\",\"description\":\"Tunnel protocol (omit for labeled tunnels).\",\"enum\":[\"http\",\"tcp\",\"tls\"]},\"addr\":{\"type\":[\"string\",\"integer\"],\"description\":\"Local port, host:port or URL to forward to.\"},\"metadata\":{\"type\":\"string\",\"description\":\"Opaque string shown in the ngrok API.\"},\"inspect\":{\"type\":\"boolean\",\"description\":\"Record traffic in the local inspector.\",\"default\":true},\"domain\":{\"type\":\"string\",\"description\":\"Domain to serve (http, tls).\"},\"hostname\":{\"type\":\"string\",\"description\":\"Older name for domain.\"},\"subdomain\":{\"type\":\"string\",\"description\":\"Subdomain of an ngrok domain.\"},\"url\":{\"type\":\"string\",\"description\":\"Endpoint URL (newer agents).\"},\"schemes\":{\"type\":\"array\",\"description\":\"http, https or both.\",\"items\":{\"type\":\"string\",\"enum\":[\"http\",\"https\"]}},\"remote_addr\":{\"type\":\"string\",\"description\":\"Reserved TCP address, e.g. 1.tcp.ngrok.io:12345.\"},\"crt\":{\"type\":\"string\",\"description\":\"TLS certificate path.\"},\"key\":{\"type\":\"string\",\"description\":\"TLS private key path.\"},\"terminate_at\":{\"type\":\"string\",\"description\":\"Where TLS is terminated.\",\"enum\":[\"edge\",\"agent\",\"upstream\"]},\"mutual_tls_cas\":{\"type\":\"string\",\"description\":\"CA certificate path for mutual TLS.\"},\"labels\":{\"type\":\"array\",\"description\":\"Labels for Edges (not supported in version 3).\",\"items\":{\"type\":\"string\"}},\"proxy_proto\":{\"description\":\"PROXY protocol version.\",\"enum\":[1,2,\"1\",\"2\",\"\"]},\"traffic_policy\":{\"$ref\":\"traffic-policy.schema.json\",\"description\":\"Traffic Policy of this tunnel.\"},\"policy\":{\"$ref\":\"traffic-policy.schema.json\",\"description\":\"Name of traffic_policy before agent 3.14.0 (deprecated).\"},\"basic_auth\":{\"type\":\"array\",\"description\":\"Legacy module: username:password pairs (use the basic-auth action).\",\"items\":{\"type\":\"string\"}},\"circuit_breaker\":{\"type\":\"number\",\"description\":\"Legacy module: 5xx ratio that trips the breaker (use the circuit-breaker action).\"},\"compression\":{\"type\":\"boolean\",\"description\":\"Legacy module: gzip responses (use the compress-response action).\"},\"host_header\":{\"type\":\"string\",\"description\":\"Legacy module: rewrite, preserve or a value for the Host header.\"},\"ip_restriction\":{\"type\":\"object\",\"description\":\"Legacy module: IP restrictions (use the restrict-ips action).\",\"properties\":{\"allow_cidrs\":{\"description\":\"CIDR ranges allowed to connect.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"deny_cidrs\":{\"description\":\"CIDR ranges denied.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false},\"oauth\":{\"type\":\"object\",\"description\":\"Legacy module: OAuth (use the oauth action).\",\"properties\":{\"provider\":{\"description\":\"OAuth provider, e.g. google.\",\"type\":\"string\"},\"scopes\":{\"description\":\"Extra OAuth scopes.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"allow_emails\":{\"description\":\"Email addresses allowed in.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"allow_domains\":{\"description\":\"Email domains allowed in.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"client_id\":{\"description\":\"Client ID of your own OAuth app.\",\"type\":\"string\"},\"client_secret\":{\"description\":\"Client secret of your own OAuth app.\",\"type\":\"string\"}},\"additionalProperties\":false},\"oidc\":{\"type\":\"object\",\"description\":\"Legacy module: OpenID Connect (use the openid-connect action).\",\"properties\":{\"issuer_url\":{\"description\":\"Issuer URL of the OpenID Connect provider.\",\"type\":\"string\"},\"client_id\":{\"description\":\"Client ID at the provider.\",\"type\":\"string\"},\"client_secret\":{\"description\":\"Client secret at the provider.\",\"type\":\"string\"},\"scopes\":{\"description\":\"Scopes to request.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"allow_emails\":{\"description\":\"Email addresses allowed in.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"allow_domains\":{\"description\":\"Email domains allowed in.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false},\"request_header\":{\"$ref\":\"#/$defs/legacyHeaderModule\",\"description\":\"Legacy module: request headers (use add-headers/remove-headers).\"},\"response_header\":{\"$ref\":\"#/$defs/legacyHeaderModule\",\"description\":\"Legacy module: response headers (use add-headers/remove-headers).\"},\"user_agent_filter\":{\"type\":\"object\",\"description\":\"Legacy module: user agent filter (use expressions on req.user_agent).\",\"properties\":{\"allow\":{\"description\":\"RE2 patterns of user agents to allow.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"deny\":{\"description\":\"RE2 patterns of user agents to deny.\",\"type\":\"array\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false},\"verify_webhook\":{\"type\":\"object\",\"description\":\"Legacy module: webhook verification (use the verify-webhook action).\",\"properties\":{\"provider\":{\"description\":\"Webhook provider, e.g. slack.\",\"type\":\"string\"},\"secret\":{\"description\":\"Signing secret of the provider.\",\"type\":\"string\"}},\"additionalProperties\":false},\"websocket_tcp_converter\":{\"type\":\"boolean\",\"description\":\"Legacy module: convert websocket connections to TCP upstream.\"}},\"additionalProperties\":false}");
const schema65 = JSON.parse("{\"type\":\"object\",\"properties\":{\"add\":{\"type\":\"array\",\"description\":\"key:value headers to add.\",\"items\":{\"type\":\"string\"}},\"remove\":{\"type\":\"array\",\"description\":\"Header names to remove.\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false}");

function validate170(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate170.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((key0 === "add") || (key0 === "remove"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.add !== undefined){
let data0 = data.add;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 !== "string"){
const err1 = {instancePath:instancePath+"/add/" + i0,schemaPath:"#/properties/add/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.add.items.type,parentSchema:schema65.properties.add.items,data:data1};
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
else {
const err2 = {instancePath:instancePath+"/add",schemaPath:"#/properties/add/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.add.type,parentSchema:schema65.properties.add,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.remove !== undefined){
let data2 = data.remove;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
let data3 = data2[i1];
if(typeof data3 !== "string"){
const err3 = {instancePath:instancePath+"/remove/" + i1,schemaPath:"#/properties/remove/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.remove.items.type,parentSchema:schema65.properties.remove.items,data:data3};
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
const err4 = {instancePath:instancePath+"/remove",schemaPath:"#/properties/remove/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.remove.type,parentSchema:schema65.properties.remove,data:data2};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate170.errors = vErrors;
return errors === 0;
}
validate170.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate167(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate167.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func4.call(schema64.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.proto !== undefined){
let data0 = data.proto;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/proto",schemaPath:"#/properties/proto/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.proto.type,parentSchema:schema64.properties.proto,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(!(((data0 === "http") || (data0 === "tcp")) || (data0 === "tls"))){
const err2 = {instancePath:instancePath+"/proto",schemaPath:"#/properties/proto/enum",keyword:"enum",params:{allowedValues: schema64.properties.proto.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.proto.enum,parentSchema:schema64.properties.proto,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.addr !== undefined){
let data1 = data.addr;
if((typeof data1 !== "string") && (!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1))))){
const err3 = {instancePath:instancePath+"/addr",schemaPath:"#/properties/addr/type",keyword:"type",params:{type: schema64.properties.addr.type},message:"must be string,integer",schema:schema64.properties.addr.type,parentSchema:schema64.properties.addr,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.metadata !== undefined){
let data2 = data.metadata;
if(typeof data2 !== "string"){
const err4 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.metadata.type,parentSchema:schema64.properties.metadata,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.inspect !== undefined){
let data3 = data.inspect;
if(typeof data3 !== "boolean"){
const err5 = {instancePath:instancePath+"/inspect",schemaPath:"#/properties/inspect/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.properties.inspect.type,parentSchema:schema64.properties.inspect,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.domain !== undefined){
let data4 = data.domain;
if(typeof data4 !== "string"){
const err6 = {instancePath:instancePath+"/domain",schemaPath:"#/properties/domain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.domain.type,parentSchema:schema64.properties.domain,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.hostname !== undefined){
let data5 = data.hostname;
if(typeof data5 !== "string"){
const err7 = {instancePath:instancePath+"/hostname",schemaPath:"#/properties/hostname/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.hostname.type,parentSchema:schema64.properties.hostname,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.subdomain !== undefined){
let data6 = data.subdomain;
if(typeof data6 !== "string"){
const err8 = {instancePath:instancePath+"/subdomain",schemaPath:"#/properties/subdomain/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.subdomain.type,parentSchema:schema64.properties.subdomain,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.url !== undefined){
let data7 = data.url;
if(typeof data7 !== "string"){
const err9 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.url.type,parentSchema:schema64.properties.url,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.schemes !== undefined){
let data8 = data.schemes;
if(Array.isArray(data8)){
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 !== "string"){
const err10 = {instancePath:instancePath+"/schemes/" + i0,schemaPath:"#/properties/schemes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.schemes.items.type,parentSchema:schema64.properties.schemes.items,data:data9};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!((data9 === "http") || (data9 === "https"))){
const err11 = {instancePath:instancePath+"/schemes/" + i0,schemaPath:"#/properties/schemes/items/enum",keyword:"enum",params:{allowedValues: schema64.properties.schemes.items.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.schemes.items.enum,parentSchema:schema64.properties.schemes.items,data:data9};
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
const err12 = {instancePath:instancePath+"/schemes",schemaPath:"#/properties/schemes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.schemes.type,parentSchema:schema64.properties.schemes,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.remote_addr !== undefined){
let data10 = data.remote_addr;
if(typeof data10 !== "string"){
const err13 = {instancePath:instancePath+"/remote_addr",schemaPath:"#/properties/remote_addr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.remote_addr.type,parentSchema:schema64.properties.remote_addr,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.crt !== undefined){
let data11 = data.crt;
if(typeof data11 !== "string"){
const err14 = {instancePath:instancePath+"/crt",schemaPath:"#/properties/crt/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.crt.type,parentSchema:schema64.properties.crt,data:data11};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.key !== undefined){
let data12 = data.key;
if(typeof data12 !== "string"){
const err15 = {instancePath:instancePath+"/key",schemaPath:"#/properties/key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.key.type,parentSchema:schema64.properties.key,data:data12};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.terminate_at !== undefined){
let data13 = data.terminate_at;
if(typeof data13 !== "string"){
const err16 = {instancePath:instancePath+"/terminate_at",schemaPath:"#/properties/terminate_at/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.terminate_at.type,parentSchema:schema64.properties.terminate_at,data:data13};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!(((data13 === "edge") || (data13 === "agent")) || (data13 === "upstream"))){
const err17 = {instancePath:instancePath+"/terminate_at",schemaPath:"#/properties/terminate_at/enum",keyword:"enum",params:{allowedValues: schema64.properties.terminate_at.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.terminate_at.enum,parentSchema:schema64.properties.terminate_at,data:data13};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.mutual_tls_cas !== undefined){
let data14 = data.mutual_tls_cas;
if(typeof data14 !== "string"){
const err18 = {instancePath:instancePath+"/mutual_tls_cas",schemaPath:"#/properties/mutual_tls_cas/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.mutual_tls_cas.type,parentSchema:schema64.properties.mutual_tls_cas,data:data14};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.labels !== undefined){
let data15 = data.labels;
if(Array.isArray(data15)){
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(typeof data16 !== "string"){
const err19 = {instancePath:instancePath+"/labels/" + i1,schemaPath:"#/properties/labels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.labels.items.type,parentSchema:schema64.properties.labels.items,data:data16};
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
const err20 = {instancePath:instancePath+"/labels",schemaPath:"#/properties/labels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.labels.type,parentSchema:schema64.properties.labels,data:data15};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.proxy_proto !== undefined){
let data17 = data.proxy_proto;
if(!(((((data17 === 1) || (data17 === 2)) || (data17 === "1")) || (data17 === "2")) || (data17 === ""))){
const err21 = {instancePath:instancePath+"/proxy_proto",schemaPath:"#/properties/proxy_proto/enum",keyword:"enum",params:{allowedValues: schema64.properties.proxy_proto.enum},message:"must be equal to one of the allowed values",schema:schema64.properties.proxy_proto.enum,parentSchema:schema64.properties.proxy_proto,data:data17};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.traffic_policy !== undefined){
if(!(validate52(data.traffic_policy, {instancePath:instancePath+"/traffic_policy",parentData:data,parentDataProperty:"traffic_policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
if(data.policy !== undefined){
if(!(validate52(data.policy, {instancePath:instancePath+"/policy",parentData:data,parentDataProperty:"policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
if(data.basic_auth !== undefined){
let data20 = data.basic_auth;
if(Array.isArray(data20)){
const len2 = data20.length;
for(let i2=0; i2<len2; i2++){
let data21 = data20[i2];
if(typeof data21 !== "string"){
const err22 = {instancePath:instancePath+"/basic_auth/" + i2,schemaPath:"#/properties/basic_auth/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.basic_auth.items.type,parentSchema:schema64.properties.basic_auth.items,data:data21};
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
const err23 = {instancePath:instancePath+"/basic_auth",schemaPath:"#/properties/basic_auth/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.basic_auth.type,parentSchema:schema64.properties.basic_auth,data:data20};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.circuit_breaker !== undefined){
let data22 = data.circuit_breaker;
if(!((typeof data22 == "number") && (isFinite(data22)))){
const err24 = {instancePath:instancePath+"/circuit_breaker",schemaPath:"#/properties/circuit_breaker/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema64.properties.circuit_breaker.type,parentSchema:schema64.properties.circuit_breaker,data:data22};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.compression !== undefined){
let data23 = data.compression;
if(typeof data23 !== "boolean"){
const err25 = {instancePath:instancePath+"/compression",schemaPath:"#/properties/compression/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.properties.compression.type,parentSchema:schema64.properties.compression,data:data23};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.host_header !== undefined){
let data24 = data.host_header;
if(typeof data24 !== "string"){
const err26 = {instancePath:instancePath+"/host_header",schemaPath:"#/properties/host_header/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.host_header.type,parentSchema:schema64.properties.host_header,data:data24};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.ip_restriction !== undefined){
let data25 = data.ip_restriction;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key1 in data25){
if(!((key1 === "allow_cidrs") || (key1 === "deny_cidrs"))){
const err27 = {instancePath:instancePath+"/ip_restriction",schemaPath:"#/properties/ip_restriction/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema64.properties.ip_restriction,data:data25};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data25.allow_cidrs !== undefined){
let data26 = data25.allow_cidrs;
if(Array.isArray(data26)){
const len3 = data26.length;
for(let i3=0; i3<len3; i3++){
let data27 = data26[i3];
if(typeof data27 !== "string"){
const err28 = {instancePath:instancePath+"/ip_restriction/allow_cidrs/" + i3,schemaPath:"#/properties/ip_restriction/properties/allow_cidrs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.ip_restriction.properties.allow_cidrs.items.type,parentSchema:schema64.properties.ip_restriction.properties.allow_cidrs.items,data:data27};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/ip_restriction/allow_cidrs",schemaPath:"#/properties/ip_restriction/properties/allow_cidrs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.ip_restriction.properties.allow_cidrs.type,parentSchema:schema64.properties.ip_restriction.properties.allow_cidrs,data:data26};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data25.deny_cidrs !== undefined){
let data28 = data25.deny_cidrs;
if(Array.isArray(data28)){
const len4 = data28.length;
for(let i4=0; i4<len4; i4++){
let data29 = data28[i4];
if(typeof data29 !== "string"){
const err30 = {instancePath:instancePath+"/ip_restriction/deny_cidrs/" + i4,schemaPath:"#/properties/ip_restriction/properties/deny_cidrs/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.ip_restriction.properties.deny_cidrs.items.type,parentSchema:schema64.properties.ip_restriction.properties.deny_cidrs.items,data:data29};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/ip_restriction/deny_cidrs",schemaPath:"#/properties/ip_restriction/properties/deny_cidrs/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.ip_restriction.properties.deny_cidrs.type,parentSchema:schema64.properties.ip_restriction.properties.deny_cidrs,data:data28};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
else {
const err32 = {instancePath:instancePath+"/ip_restriction",schemaPath:"#/properties/ip_restriction/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.properties.ip_restriction.type,parentSchema:schema64.properties.ip_restriction,data:data25};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.oauth !== undefined){
let data30 = data.oauth;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key2 in data30){
if(!((((((key2 === "provider") || (key2 === "scopes")) || (key2 === "allow_emails")) || (key2 === "allow_domains")) || (key2 === "client_id")) || (key2 === "client_secret"))){
const err33 = {instancePath:instancePath+"/oauth",schemaPath:"#/properties/oauth/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema64.properties.oauth,data:data30};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data30.provider !== undefined){
let data31 = data30.provider;
if(typeof data31 !== "string"){
const err34 = {instancePath:instancePath+"/oauth/provider",schemaPath:"#/properties/oauth/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.oauth.properties.provider.type,parentSchema:schema64.properties.oauth.properties.provider,data:data31};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data30.scopes !== undefined){
let data32 = data30.scopes;
if(Array.isArray(data32)){
const len5 = data32.length;
for(let i5=0; i5<len5; i5++){
let data33 = data32[i5];
if(typeof data33 !== "string"){
const err35 = {instancePath:instancePath+"/oauth/scopes/" + i5,schemaPath:"#/properties/oauth/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.oauth.properties.scopes.items.type,parentSchema:schema64.properties.oauth.properties.scopes.items,data:data33};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/oauth/scopes",schemaPath:"#/properties/oauth/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.oauth.properties.scopes.type,parentSchema:schema64.properties.oauth.properties.scopes,data:data32};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data30.allow_emails !== undefined){
let data34 = data30.allow_emails;
if(Array.isArray(data34)){
const len6 = data34.length;
for(let i6=0; i6<len6; i6++){
let data35 = data34[i6];
if(typeof data35 !== "string"){
const err37 = {instancePath:instancePath+"/oauth/allow_emails/" + i6,schemaPath:"#/properties/oauth/properties/allow_emails/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.oauth.properties.allow_emails.items.type,parentSchema:schema64.properties.oauth.properties.allow_emails.items,data:data35};
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
const err38 = {instancePath:instancePath+"/oauth/allow_emails",schemaPath:"#/properties/oauth/properties/allow_emails/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.oauth.properties.allow_emails.type,parentSchema:schema64.properties.oauth.properties.allow_emails,data:data34};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data30.allow_domains !== undefined){
let data36 = data30.allow_domains;
if(Array.isArray(data36)){
const len7 = data36.length;
for(let i7=0; i7<len7; i7++){
let data37 = data36[i7];
if(typeof data37 !== "string"){
const err39 = {instancePath:instancePath+"/oauth/allow_domains/" + i7,schemaPath:"#/properties/oauth/properties/allow_domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.oauth.properties.allow_domains.items.type,parentSchema:schema64.properties.oauth.properties.allow_domains.items,data:data37};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/oauth/allow_domains",schemaPath:"#/properties/oauth/properties/allow_domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.oauth.properties.allow_domains.type,parentSchema:schema64.properties.oauth.properties.allow_domains,data:data36};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data30.client_id !== undefined){
let data38 = data30.client_id;
if(typeof data38 !== "string"){
const err41 = {instancePath:instancePath+"/oauth/client_id",schemaPath:"#/properties/oauth/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.oauth.properties.client_id.type,parentSchema:schema64.properties.oauth.properties.client_id,data:data38};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data30.client_secret !== undefined){
let data39 = data30.client_secret;
if(typeof data39 !== "string"){
const err42 = {instancePath:instancePath+"/oauth/client_secret",schemaPath:"#/properties/oauth/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.oauth.properties.client_secret.type,parentSchema:schema64.properties.oauth.properties.client_secret,data:data39};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
else {
const err43 = {instancePath:instancePath+"/oauth",schemaPath:"#/properties/oauth/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.properties.oauth.type,parentSchema:schema64.properties.oauth,data:data30};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.oidc !== undefined){
let data40 = data.oidc;
if(data40 && typeof data40 == "object" && !Array.isArray(data40)){
for(const key3 in data40){
if(!((((((key3 === "issuer_url") || (key3 === "client_id")) || (key3 === "client_secret")) || (key3 === "scopes")) || (key3 === "allow_emails")) || (key3 === "allow_domains"))){
const err44 = {instancePath:instancePath+"/oidc",schemaPath:"#/properties/oidc/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema64.properties.oidc,data:data40};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data40.issuer_url !== undefined){
let data41 = data40.issuer_url;
if(typeof data41 !== "string"){
const err45 = {instancePath:instancePath+"/oidc/issuer_url",schemaPath:"#/properties/oidc/properties/issuer_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.oidc.properties.issuer_url.type,parentSchema:schema64.properties.oidc.properties.issuer_url,data:data41};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data40.client_id !== undefined){
let data42 = data40.client_id;
if(typeof data42 !== "string"){
const err46 = {instancePath:instancePath+"/oidc/client_id",schemaPath:"#/properties/oidc/properties/client_id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.oidc.properties.client_id.type,parentSchema:schema64.properties.oidc.properties.client_id,data:data42};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data40.client_secret !== undefined){
let data43 = data40.client_secret;
if(typeof data43 !== "string"){
const err47 = {instancePath:instancePath+"/oidc/client_secret",schemaPath:"#/properties/oidc/properties/client_secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.oidc.properties.client_secret.type,parentSchema:schema64.properties.oidc.properties.client_secret,data:data43};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data40.scopes !== undefined){
let data44 = data40.scopes;
if(Array.isArray(data44)){
const len8 = data44.length;
for(let i8=0; i8<len8; i8++){
let data45 = data44[i8];
if(typeof data45 !== "string"){
const err48 = {instancePath:instancePath+"/oidc/scopes/" + i8,schemaPath:"#/properties/oidc/properties/scopes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.oidc.properties.scopes.items.type,parentSchema:schema64.properties.oidc.properties.scopes.items,data:data45};
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
else {
const err49 = {instancePath:instancePath+"/oidc/scopes",schemaPath:"#/properties/oidc/properties/scopes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.oidc.properties.scopes.type,parentSchema:schema64.properties.oidc.properties.scopes,data:data44};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data40.allow_emails !== undefined){
let data46 = data40.allow_emails;
if(Array.isArray(data46)){
const len9 = data46.length;
for(let i9=0; i9<len9; i9++){
let data47 = data46[i9];
if(typeof data47 !== "string"){
const err50 = {instancePath:instancePath+"/oidc/allow_emails/" + i9,schemaPath:"#/properties/oidc/properties/allow_emails/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.oidc.properties.allow_emails.items.type,parentSchema:schema64.properties.oidc.properties.allow_emails.items,data:data47};
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
const err51 = {instancePath:instancePath+"/oidc/allow_emails",schemaPath:"#/properties/oidc/properties/allow_emails/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.oidc.properties.allow_emails.type,parentSchema:schema64.properties.oidc.properties.allow_emails,data:data46};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data40.allow_domains !== undefined){
let data48 = data40.allow_domains;
if(Array.isArray(data48)){
const len10 = data48.length;
for(let i10=0; i10<len10; i10++){
let data49 = data48[i10];
if(typeof data49 !== "string"){
const err52 = {instancePath:instancePath+"/oidc/allow_domains/" + i10,schemaPath:"#/properties/oidc/properties/allow_domains/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.oidc.properties.allow_domains.items.type,parentSchema:schema64.properties.oidc.properties.allow_domains.items,data:data49};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/oidc/allow_domains",schemaPath:"#/properties/oidc/properties/allow_domains/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.oidc.properties.allow_domains.type,parentSchema:schema64.properties.oidc.properties.allow_domains,data:data48};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/oidc",schemaPath:"#/properties/oidc/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.properties.oidc.type,parentSchema:schema64.properties.oidc,data:data40};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.request_header !== undefined){
if(!(validate170(data.request_header, {instancePath:instancePath+"/request_header",parentData:data,parentDataProperty:"request_header",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
errors = vErrors.length;
}
}
if(data.response_header !== undefined){
if(!(validate170(data.response_header, {instancePath:instancePath+"/response_header",parentData:data,parentDataProperty:"response_header",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate170.errors : vErrors.concat(validate170.errors);
errors = vErrors.length;
}
}
if(data.user_agent_filter !== undefined){
let data52 = data.user_agent_filter;
if(data52 && typeof data52 == "object" && !Array.isArray(data52)){
for(const key4 in data52){
if(!((key4 === "allow") || (key4 === "deny"))){
const err55 = {instancePath:instancePath+"/user_agent_filter",schemaPath:"#/properties/user_agent_filter/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema64.properties.user_agent_filter,data:data52};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data52.allow !== undefined){
let data53 = data52.allow;
if(Array.isArray(data53)){
const len11 = data53.length;
for(let i11=0; i11<len11; i11++){
let data54 = data53[i11];
if(typeof data54 !== "string"){
const err56 = {instancePath:instancePath+"/user_agent_filter/allow/" + i11,schemaPath:"#/properties/user_agent_filter/properties/allow/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.user_agent_filter.properties.allow.items.type,parentSchema:schema64.properties.user_agent_filter.properties.allow.items,data:data54};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/user_agent_filter/allow",schemaPath:"#/properties/user_agent_filter/properties/allow/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.user_agent_filter.properties.allow.type,parentSchema:schema64.properties.user_agent_filter.properties.allow,data:data53};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data52.deny !== undefined){
let data55 = data52.deny;
if(Array.isArray(data55)){
const len12 = data55.length;
for(let i12=0; i12<len12; i12++){
let data56 = data55[i12];
if(typeof data56 !== "string"){
const err58 = {instancePath:instancePath+"/user_agent_filter/deny/" + i12,schemaPath:"#/properties/user_agent_filter/properties/deny/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.user_agent_filter.properties.deny.items.type,parentSchema:schema64.properties.user_agent_filter.properties.deny.items,data:data56};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
else {
const err59 = {instancePath:instancePath+"/user_agent_filter/deny",schemaPath:"#/properties/user_agent_filter/properties/deny/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.properties.user_agent_filter.properties.deny.type,parentSchema:schema64.properties.user_agent_filter.properties.deny,data:data55};
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
else {
const err60 = {instancePath:instancePath+"/user_agent_filter",schemaPath:"#/properties/user_agent_filter/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.properties.user_agent_filter.type,parentSchema:schema64.properties.user_agent_filter,data:data52};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.verify_webhook !== undefined){
let data57 = data.verify_webhook;
if(data57 && typeof data57 == "object" && !Array.isArray(data57)){
for(const key5 in data57){
if(!((key5 === "provider") || (key5 === "secret"))){
const err61 = {instancePath:instancePath+"/verify_webhook",schemaPath:"#/properties/verify_webhook/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema64.properties.verify_webhook,data:data57};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data57.provider !== undefined){
let data58 = data57.provider;
if(typeof data58 !== "string"){
const err62 = {instancePath:instancePath+"/verify_webhook/provider",schemaPath:"#/properties/verify_webhook/properties/provider/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.verify_webhook.properties.provider.type,parentSchema:schema64.properties.verify_webhook.properties.provider,data:data58};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
if(data57.secret !== undefined){
let data59 = data57.secret;
if(typeof data59 !== "string"){
const err63 = {instancePath:instancePath+"/verify_webhook/secret",schemaPath:"#/properties/verify_webhook/properties/secret/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.properties.verify_webhook.properties.secret.type,parentSchema:schema64.properties.verify_webhook.properties.secret,data:data59};
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
else {
const err64 = {instancePath:instancePath+"/verify_webhook",schemaPath:"#/properties/verify_webhook/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.properties.verify_webhook.type,parentSchema:schema64.properties.verify_webhook,data:data57};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
if(data.websocket_tcp_converter !== undefined){
let data60 = data.websocket_tcp_converter;
if(typeof data60 !== "boolean"){
const err65 = {instancePath:instancePath+"/websocket_tcp_converter",schemaPath:"#/properties/websocket_tcp_converter/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.properties.websocket_tcp_converter.type,parentSchema:schema64.properties.websocket_tcp_converter,data:data60};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
validate167.errors = vErrors;
return errors === 0;
}
validate167.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate166(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate166.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(validate167(data[key0], {instancePath:instancePath+"/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data,parentDataProperty:key0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate167.errors : vErrors.concat(validate167.errors);
errors = vErrors.length;
}
}
}
else {
const err0 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
validate166.errors = vErrors;
return errors === 0;
}
validate166.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate161(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate161.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func4.call(schema61.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.api_key !== undefined){
let data0 = data.api_key;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/api_key",schemaPath:"#/properties/api_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.api_key.type,parentSchema:schema61.properties.api_key,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.authtoken !== undefined){
let data1 = data.authtoken;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/authtoken",schemaPath:"#/properties/authtoken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.authtoken.type,parentSchema:schema61.properties.authtoken,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.connect_interface !== undefined){
let data2 = data.connect_interface;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/connect_interface",schemaPath:"#/properties/connect_interface/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.connect_interface.type,parentSchema:schema61.properties.connect_interface,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.connect_timeout !== undefined){
if(!(validate162(data.connect_timeout, {instancePath:instancePath+"/connect_timeout",parentData:data,parentDataProperty:"connect_timeout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
errors = vErrors.length;
}
}
if(data.console_ui !== undefined){
let data4 = data.console_ui;
if((typeof data4 !== "boolean") && (typeof data4 !== "string")){
const err4 = {instancePath:instancePath+"/console_ui",schemaPath:"#/properties/console_ui/type",keyword:"type",params:{type: schema61.properties.console_ui.type},message:"must be boolean,string",schema:schema61.properties.console_ui.type,parentSchema:schema61.properties.console_ui,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!(((((data4 === true) || (data4 === false)) || (data4 === "iftty")) || (data4 === "true")) || (data4 === "false"))){
const err5 = {instancePath:instancePath+"/console_ui",schemaPath:"#/properties/console_ui/enum",keyword:"enum",params:{allowedValues: schema61.properties.console_ui.enum},message:"must be equal to one of the allowed values",schema:schema61.properties.console_ui.enum,parentSchema:schema61.properties.console_ui,data:data4};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.console_ui_color !== undefined){
let data5 = data.console_ui_color;
if(typeof data5 !== "string"){
const err6 = {instancePath:instancePath+"/console_ui_color",schemaPath:"#/properties/console_ui_color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.console_ui_color.type,parentSchema:schema61.properties.console_ui_color,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data5 === "black") || (data5 === "transparent"))){
const err7 = {instancePath:instancePath+"/console_ui_color",schemaPath:"#/properties/console_ui_color/enum",keyword:"enum",params:{allowedValues: schema61.properties.console_ui_color.enum},message:"must be equal to one of the allowed values",schema:schema61.properties.console_ui_color.enum,parentSchema:schema61.properties.console_ui_color,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.crl_noverify !== undefined){
let data6 = data.crl_noverify;
if(typeof data6 !== "boolean"){
const err8 = {instancePath:instancePath+"/crl_noverify",schemaPath:"#/properties/crl_noverify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema61.properties.crl_noverify.type,parentSchema:schema61.properties.crl_noverify,data:data6};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.dns_resolver_ips !== undefined){
let data7 = data.dns_resolver_ips;
if(Array.isArray(data7)){
const len0 = data7.length;
for(let i0=0; i0<len0; i0++){
let data8 = data7[i0];
if(typeof data8 !== "string"){
const err9 = {instancePath:instancePath+"/dns_resolver_ips/" + i0,schemaPath:"#/properties/dns_resolver_ips/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.dns_resolver_ips.items.type,parentSchema:schema61.properties.dns_resolver_ips.items,data:data8};
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
const err10 = {instancePath:instancePath+"/dns_resolver_ips",schemaPath:"#/properties/dns_resolver_ips/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.dns_resolver_ips.type,parentSchema:schema61.properties.dns_resolver_ips,data:data7};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.heartbeat_interval !== undefined){
if(!(validate162(data.heartbeat_interval, {instancePath:instancePath+"/heartbeat_interval",parentData:data,parentDataProperty:"heartbeat_interval",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
errors = vErrors.length;
}
}
if(data.heartbeat_tolerance !== undefined){
if(!(validate162(data.heartbeat_tolerance, {instancePath:instancePath+"/heartbeat_tolerance",parentData:data,parentDataProperty:"heartbeat_tolerance",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
errors = vErrors.length;
}
}
if(data.inspect_db_size !== undefined){
let data11 = data.inspect_db_size;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err11 = {instancePath:instancePath+"/inspect_db_size",schemaPath:"#/properties/inspect_db_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema61.properties.inspect_db_size.type,parentSchema:schema61.properties.inspect_db_size,data:data11};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < -1 || isNaN(data11)){
const err12 = {instancePath:instancePath+"/inspect_db_size",schemaPath:"#/properties/inspect_db_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema61.properties.inspect_db_size,data:data11};
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
if(data.log !== undefined){
let data12 = data.log;
if((typeof data12 !== "string") && (typeof data12 !== "boolean")){
const err13 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/type",keyword:"type",params:{type: schema61.properties.log.type},message:"must be string,boolean",schema:schema61.properties.log.type,parentSchema:schema61.properties.log,data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
const _errs25 = errors;
let valid3 = true;
const _errs26 = errors;
if(typeof data12 !== "boolean"){
errors++;
}
var _valid0 = _errs26 === errors;
errors = _errs25;
if(vErrors !== null){
if(_errs25){
vErrors.length = _errs25;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs28 = errors;
if(false !== data12){
const err15 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/then/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema61.properties.log.then,data:data12};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs28 === errors;
valid3 = _valid0;
}
if(!valid3){
const err16 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema61.properties.log.if,parentSchema:schema61.properties.log,data:data12};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.log_format !== undefined){
let data13 = data.log_format;
if(typeof data13 !== "string"){
const err17 = {instancePath:instancePath+"/log_format",schemaPath:"#/properties/log_format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.log_format.type,parentSchema:schema61.properties.log_format,data:data13};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(!(((data13 === "term") || (data13 === "logfmt")) || (data13 === "json"))){
const err18 = {instancePath:instancePath+"/log_format",schemaPath:"#/properties/log_format/enum",keyword:"enum",params:{allowedValues: schema61.properties.log_format.enum},message:"must be equal to one of the allowed values",schema:schema61.properties.log_format.enum,parentSchema:schema61.properties.log_format,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.log_level !== undefined){
let data14 = data.log_level;
if(typeof data14 !== "string"){
const err19 = {instancePath:instancePath+"/log_level",schemaPath:"#/properties/log_level/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.log_level.type,parentSchema:schema61.properties.log_level,data:data14};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!(((((data14 === "crit") || (data14 === "warn")) || (data14 === "error")) || (data14 === "info")) || (data14 === "debug"))){
const err20 = {instancePath:instancePath+"/log_level",schemaPath:"#/properties/log_level/enum",keyword:"enum",params:{allowedValues: schema61.properties.log_level.enum},message:"must be equal to one of the allowed values",schema:schema61.properties.log_level.enum,parentSchema:schema61.properties.log_level,data:data14};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.metadata !== undefined){
let data15 = data.metadata;
if(typeof data15 === "string"){
if((data15.length > 4096 && func1(data15) > 4096)){
const err21 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema61.properties.metadata,data:data15};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.metadata.type,parentSchema:schema61.properties.metadata,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.proxy_url !== undefined){
let data16 = data.proxy_url;
if(typeof data16 !== "string"){
const err23 = {instancePath:instancePath+"/proxy_url",schemaPath:"#/properties/proxy_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.proxy_url.type,parentSchema:schema61.properties.proxy_url,data:data16};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.region !== undefined){
let data17 = data.region;
if(typeof data17 !== "string"){
const err24 = {instancePath:instancePath+"/region",schemaPath:"#/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.region.type,parentSchema:schema61.properties.region,data:data17};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.remote_management !== undefined){
let data18 = data.remote_management;
if(typeof data18 !== "boolean"){
const err25 = {instancePath:instancePath+"/remote_management",schemaPath:"#/properties/remote_management/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema61.properties.remote_management.type,parentSchema:schema61.properties.remote_management,data:data18};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.root_cas !== undefined){
let data19 = data.root_cas;
if(typeof data19 !== "string"){
const err26 = {instancePath:instancePath+"/root_cas",schemaPath:"#/properties/root_cas/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.root_cas.type,parentSchema:schema61.properties.root_cas,data:data19};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.server_addr !== undefined){
let data20 = data.server_addr;
if(typeof data20 !== "string"){
const err27 = {instancePath:instancePath+"/server_addr",schemaPath:"#/properties/server_addr/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.server_addr.type,parentSchema:schema61.properties.server_addr,data:data20};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.update_channel !== undefined){
let data21 = data.update_channel;
if(typeof data21 !== "string"){
const err28 = {instancePath:instancePath+"/update_channel",schemaPath:"#/properties/update_channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.update_channel.type,parentSchema:schema61.properties.update_channel,data:data21};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data21 === "stable") || (data21 === "beta")) || (data21 === "unstable"))){
const err29 = {instancePath:instancePath+"/update_channel",schemaPath:"#/properties/update_channel/enum",keyword:"enum",params:{allowedValues: schema61.properties.update_channel.enum},message:"must be equal to one of the allowed values",schema:schema61.properties.update_channel.enum,parentSchema:schema61.properties.update_channel,data:data21};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.update_check !== undefined){
let data22 = data.update_check;
if(typeof data22 !== "boolean"){
const err30 = {instancePath:instancePath+"/update_check",schemaPath:"#/properties/update_check/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema61.properties.update_check.type,parentSchema:schema61.properties.update_check,data:data22};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.web_addr !== undefined){
let data23 = data.web_addr;
if((typeof data23 !== "string") && (typeof data23 !== "boolean")){
const err31 = {instancePath:instancePath+"/web_addr",schemaPath:"#/properties/web_addr/type",keyword:"type",params:{type: schema61.properties.web_addr.type},message:"must be string,boolean",schema:schema61.properties.web_addr.type,parentSchema:schema61.properties.web_addr,data:data23};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const _errs51 = errors;
let valid4 = true;
const _errs52 = errors;
if(typeof data23 !== "boolean"){
errors++;
}
var _valid1 = _errs52 === errors;
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs54 = errors;
if(false !== data23){
const err33 = {instancePath:instancePath+"/web_addr",schemaPath:"#/properties/web_addr/then/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema61.properties.web_addr.then,data:data23};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid1 = _errs54 === errors;
valid4 = _valid1;
}
if(!valid4){
const err34 = {instancePath:instancePath+"/web_addr",schemaPath:"#/properties/web_addr/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema61.properties.web_addr.if,parentSchema:schema61.properties.web_addr,data:data23};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.web_allow_hosts !== undefined){
let data24 = data.web_allow_hosts;
if(Array.isArray(data24)){
const len1 = data24.length;
for(let i1=0; i1<len1; i1++){
let data25 = data24[i1];
if(typeof data25 !== "string"){
const err35 = {instancePath:instancePath+"/web_allow_hosts/" + i1,schemaPath:"#/properties/web_allow_hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema61.properties.web_allow_hosts.items.type,parentSchema:schema61.properties.web_allow_hosts.items,data:data25};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/web_allow_hosts",schemaPath:"#/properties/web_allow_hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema61.properties.web_allow_hosts.type,parentSchema:schema61.properties.web_allow_hosts,data:data24};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.tunnels !== undefined){
if(!(validate166(data.tunnels, {instancePath:instancePath+"/tunnels",parentData:data,parentDataProperty:"tunnels",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
errors = vErrors.length;
}
}
}
else {
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema61.type,parentSchema:schema61,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate161.errors = vErrors;
return errors === 0;
}
validate161.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema66 = JSON.parse("{\"type\":\"object\",\"description\":\"ngrok.yml version 3.\",\"properties\":{\"version\":{\"description\":\"Format version of this file: 3.\"},\"agent\":{\"$ref\":\"#/$defs/agent\"},\"endpoints\":{\"type\":\"array\",\"description\":\"Endpoints this agent starts (`ngrok start --all` or `ngrok start <name>`).\",\"items\":{\"$ref\":\"#/$defs/endpoint\"}},\"tunnels\":{\"$ref\":\"#/$defs/tunnels\",\"description\":\"Deprecated: version 2 style tunnel definitions, still accepted in version 3 files. Use `endpoints` instead.\"}},\"additionalProperties\":false}");
const schema67 = JSON.parse("{\"type\":\"object\",\"description\":\"Settings of the agent process (version 3).\",\"properties\":{\"api_key\":{\"type\":\"string\",\"description\":\"API key for `ngrok api` commands (env NGROK_API_KEY). Keep it out of shared files.\"},\"authtoken\":{\"type\":\"string\",\"description\":\"Authtoken the agent connects with. Prefer the NGROK_AUTHTOKEN environment variable over writing it here.\"},\"connect_cas\":{\"type\":\"string\",\"description\":\"Root CAs for the connection to ngrok: trusted, host, or a path to a PEM bundle. Version 2 called it root_cas.\",\"default\":\"trusted\"},\"connect_interface\":{\"type\":\"string\",\"description\":\"Network interface to connect through (Linux only).\"},\"connect_timeout\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How long to wait when connecting to ngrok.\",\"default\":\"10s\"},\"connect_url\":{\"type\":\"string\",\"description\":\"host:port of the ngrok ingress the agent connects to (custom agent ingress). Version 2 called it server_addr.\",\"default\":\"connect.ngrok-agent.com:443\"},\"console_ui\":{\"type\":[\"boolean\",\"string\"],\"description\":\"Show the terminal UI: true, false, or iftty (only when stdout is a terminal).\",\"default\":\"iftty\",\"enum\":[true,false,\"iftty\",\"true\",\"false\"]},\"console_ui_color\":{\"type\":\"string\",\"description\":\"Background of the terminal UI.\",\"default\":\"black\",\"enum\":[\"black\",\"transparent\"]},\"crl_noverify\":{\"type\":\"boolean\",\"description\":\"Skip certificate revocation list checks.\",\"default\":false},\"crl_url\":{\"type\":\"string\",\"description\":\"Custom certificate revocation list URL (agent 3.39.7+).\"},\"dns_resolver_ips\":{\"type\":\"array\",\"description\":\"DNS servers to use instead of the system resolvers.\",\"items\":{\"type\":\"string\"}},\"heartbeat_interval\":{\"$ref\":\"#/$defs/duration\",\"description\":\"How often the agent sends heartbeats.\",\"default\":\"10s\"},\"heartbeat_tolerance\":{\"$ref\":\"#/$defs/duration\",\"description\":\"Reconnect when a heartbeat is not answered within this time.\",\"default\":\"15s\"},\"inspect_db_size\":{\"type\":\"integer\",\"description\":\"Memory (bytes) for the request inspector; 0 means 50 MB, -1 disables inspection.\",\"default\":0,\"minimum\":-1},\"local_storage\":{\"description\":\"Local storage settings (agent 3.32.0+); shape not documented.\"},\"log\":{\"type\":[\"string\",\"boolean\"],\"description\":\"Where to write logs: stdout, stderr, a file path, or false.\",\"default\":false,\"if\":{\"type\":\"boolean\"},\"then\":{\"const\":false}},\"log_format\":{\"type\":\"string\",\"description\":\"Log record format.\",\"default\":\"term\",\"enum\":[\"term\",\"logfmt\",\"json\"]},\"log_level\":{\"type\":\"string\",\"description\":\"Log verbosity.\",\"enum\":[\"crit\",\"warn\",\"error\",\"info\",\"debug\"]},\"metadata\":{\"type\":\"string\",\"description\":\"Opaque string shown on this agent's sessions in the ngrok API (at most 4096 characters).\",\"maxLength\":4096},\"proxy_url\":{\"type\":\"string\",\"description\":\"http://, https:// or socks5:// proxy for the agent's own connection to ngrok.\"},\"remote_management\":{\"type\":\"boolean\",\"description\":\"Allow stopping, restarting and updating the agent from the API or dashboard.\",\"default\":true},\"update_channel\":{\"type\":\"string\",\"description\":\"Release channel for updates.\",\"default\":\"stable\",\"enum\":[\"stable\",\"beta\",\"unstable\"]},\"update_check\":{\"type\":\"boolean\",\"description\":\"Check for agent updates.\",\"default\":true},\"web_addr\":{\"type\":[\"string\",\"boolean\"],\"description\":\"host:port of the local inspector and agent API, or false to disable it.\",\"default\":\"127.0.0.1:4040\",\"if\":{\"type\":\"boolean\"},\"then\":{\"const\":false}},\"web_allow_hosts\":{\"type\":\"array\",\"description\":\"Host headers accepted by the local inspector/API: IPs, CIDRs, host names, or .suffix host names.\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false}");

function validate177(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate177.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func4.call(schema67.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.api_key !== undefined){
let data0 = data.api_key;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/api_key",schemaPath:"#/properties/api_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.api_key.type,parentSchema:schema67.properties.api_key,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.authtoken !== undefined){
let data1 = data.authtoken;
if(typeof data1 !== "string"){
const err2 = {instancePath:instancePath+"/authtoken",schemaPath:"#/properties/authtoken/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.authtoken.type,parentSchema:schema67.properties.authtoken,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.connect_cas !== undefined){
let data2 = data.connect_cas;
if(typeof data2 !== "string"){
const err3 = {instancePath:instancePath+"/connect_cas",schemaPath:"#/properties/connect_cas/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.connect_cas.type,parentSchema:schema67.properties.connect_cas,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.connect_interface !== undefined){
let data3 = data.connect_interface;
if(typeof data3 !== "string"){
const err4 = {instancePath:instancePath+"/connect_interface",schemaPath:"#/properties/connect_interface/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.connect_interface.type,parentSchema:schema67.properties.connect_interface,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.connect_timeout !== undefined){
if(!(validate162(data.connect_timeout, {instancePath:instancePath+"/connect_timeout",parentData:data,parentDataProperty:"connect_timeout",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
errors = vErrors.length;
}
}
if(data.connect_url !== undefined){
let data5 = data.connect_url;
if(typeof data5 !== "string"){
const err5 = {instancePath:instancePath+"/connect_url",schemaPath:"#/properties/connect_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.connect_url.type,parentSchema:schema67.properties.connect_url,data:data5};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.console_ui !== undefined){
let data6 = data.console_ui;
if((typeof data6 !== "boolean") && (typeof data6 !== "string")){
const err6 = {instancePath:instancePath+"/console_ui",schemaPath:"#/properties/console_ui/type",keyword:"type",params:{type: schema67.properties.console_ui.type},message:"must be boolean,string",schema:schema67.properties.console_ui.type,parentSchema:schema67.properties.console_ui,data:data6};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(((((data6 === true) || (data6 === false)) || (data6 === "iftty")) || (data6 === "true")) || (data6 === "false"))){
const err7 = {instancePath:instancePath+"/console_ui",schemaPath:"#/properties/console_ui/enum",keyword:"enum",params:{allowedValues: schema67.properties.console_ui.enum},message:"must be equal to one of the allowed values",schema:schema67.properties.console_ui.enum,parentSchema:schema67.properties.console_ui,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.console_ui_color !== undefined){
let data7 = data.console_ui_color;
if(typeof data7 !== "string"){
const err8 = {instancePath:instancePath+"/console_ui_color",schemaPath:"#/properties/console_ui_color/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.console_ui_color.type,parentSchema:schema67.properties.console_ui_color,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(!((data7 === "black") || (data7 === "transparent"))){
const err9 = {instancePath:instancePath+"/console_ui_color",schemaPath:"#/properties/console_ui_color/enum",keyword:"enum",params:{allowedValues: schema67.properties.console_ui_color.enum},message:"must be equal to one of the allowed values",schema:schema67.properties.console_ui_color.enum,parentSchema:schema67.properties.console_ui_color,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.crl_noverify !== undefined){
let data8 = data.crl_noverify;
if(typeof data8 !== "boolean"){
const err10 = {instancePath:instancePath+"/crl_noverify",schemaPath:"#/properties/crl_noverify/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema67.properties.crl_noverify.type,parentSchema:schema67.properties.crl_noverify,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.crl_url !== undefined){
let data9 = data.crl_url;
if(typeof data9 !== "string"){
const err11 = {instancePath:instancePath+"/crl_url",schemaPath:"#/properties/crl_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.crl_url.type,parentSchema:schema67.properties.crl_url,data:data9};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.dns_resolver_ips !== undefined){
let data10 = data.dns_resolver_ips;
if(Array.isArray(data10)){
const len0 = data10.length;
for(let i0=0; i0<len0; i0++){
let data11 = data10[i0];
if(typeof data11 !== "string"){
const err12 = {instancePath:instancePath+"/dns_resolver_ips/" + i0,schemaPath:"#/properties/dns_resolver_ips/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.dns_resolver_ips.items.type,parentSchema:schema67.properties.dns_resolver_ips.items,data:data11};
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
const err13 = {instancePath:instancePath+"/dns_resolver_ips",schemaPath:"#/properties/dns_resolver_ips/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.properties.dns_resolver_ips.type,parentSchema:schema67.properties.dns_resolver_ips,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.heartbeat_interval !== undefined){
if(!(validate162(data.heartbeat_interval, {instancePath:instancePath+"/heartbeat_interval",parentData:data,parentDataProperty:"heartbeat_interval",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
errors = vErrors.length;
}
}
if(data.heartbeat_tolerance !== undefined){
if(!(validate162(data.heartbeat_tolerance, {instancePath:instancePath+"/heartbeat_tolerance",parentData:data,parentDataProperty:"heartbeat_tolerance",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate162.errors : vErrors.concat(validate162.errors);
errors = vErrors.length;
}
}
if(data.inspect_db_size !== undefined){
let data14 = data.inspect_db_size;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err14 = {instancePath:instancePath+"/inspect_db_size",schemaPath:"#/properties/inspect_db_size/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema67.properties.inspect_db_size.type,parentSchema:schema67.properties.inspect_db_size,data:data14};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < -1 || isNaN(data14)){
const err15 = {instancePath:instancePath+"/inspect_db_size",schemaPath:"#/properties/inspect_db_size/minimum",keyword:"minimum",params:{comparison: ">=", limit: -1},message:"must be >= -1",schema:-1,parentSchema:schema67.properties.inspect_db_size,data:data14};
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
if(data.log !== undefined){
let data15 = data.log;
if((typeof data15 !== "string") && (typeof data15 !== "boolean")){
const err16 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/type",keyword:"type",params:{type: schema67.properties.log.type},message:"must be string,boolean",schema:schema67.properties.log.type,parentSchema:schema67.properties.log,data:data15};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
const _errs31 = errors;
let valid3 = true;
const _errs32 = errors;
if(typeof data15 !== "boolean"){
errors++;
}
var _valid0 = _errs32 === errors;
errors = _errs31;
if(vErrors !== null){
if(_errs31){
vErrors.length = _errs31;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs34 = errors;
if(false !== data15){
const err18 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/then/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema67.properties.log.then,data:data15};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs34 === errors;
valid3 = _valid0;
}
if(!valid3){
const err19 = {instancePath:instancePath+"/log",schemaPath:"#/properties/log/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.properties.log.if,parentSchema:schema67.properties.log,data:data15};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.log_format !== undefined){
let data16 = data.log_format;
if(typeof data16 !== "string"){
const err20 = {instancePath:instancePath+"/log_format",schemaPath:"#/properties/log_format/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.log_format.type,parentSchema:schema67.properties.log_format,data:data16};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!(((data16 === "term") || (data16 === "logfmt")) || (data16 === "json"))){
const err21 = {instancePath:instancePath+"/log_format",schemaPath:"#/properties/log_format/enum",keyword:"enum",params:{allowedValues: schema67.properties.log_format.enum},message:"must be equal to one of the allowed values",schema:schema67.properties.log_format.enum,parentSchema:schema67.properties.log_format,data:data16};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.log_level !== undefined){
let data17 = data.log_level;
if(typeof data17 !== "string"){
const err22 = {instancePath:instancePath+"/log_level",schemaPath:"#/properties/log_level/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.log_level.type,parentSchema:schema67.properties.log_level,data:data17};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!(((((data17 === "crit") || (data17 === "warn")) || (data17 === "error")) || (data17 === "info")) || (data17 === "debug"))){
const err23 = {instancePath:instancePath+"/log_level",schemaPath:"#/properties/log_level/enum",keyword:"enum",params:{allowedValues: schema67.properties.log_level.enum},message:"must be equal to one of the allowed values",schema:schema67.properties.log_level.enum,parentSchema:schema67.properties.log_level,data:data17};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.metadata !== undefined){
let data18 = data.metadata;
if(typeof data18 === "string"){
if((data18.length > 4096 && func1(data18) > 4096)){
const err24 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters",schema:4096,parentSchema:schema67.properties.metadata,data:data18};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.metadata.type,parentSchema:schema67.properties.metadata,data:data18};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.proxy_url !== undefined){
let data19 = data.proxy_url;
if(typeof data19 !== "string"){
const err26 = {instancePath:instancePath+"/proxy_url",schemaPath:"#/properties/proxy_url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.proxy_url.type,parentSchema:schema67.properties.proxy_url,data:data19};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.remote_management !== undefined){
let data20 = data.remote_management;
if(typeof data20 !== "boolean"){
const err27 = {instancePath:instancePath+"/remote_management",schemaPath:"#/properties/remote_management/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema67.properties.remote_management.type,parentSchema:schema67.properties.remote_management,data:data20};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.update_channel !== undefined){
let data21 = data.update_channel;
if(typeof data21 !== "string"){
const err28 = {instancePath:instancePath+"/update_channel",schemaPath:"#/properties/update_channel/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.update_channel.type,parentSchema:schema67.properties.update_channel,data:data21};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(!(((data21 === "stable") || (data21 === "beta")) || (data21 === "unstable"))){
const err29 = {instancePath:instancePath+"/update_channel",schemaPath:"#/properties/update_channel/enum",keyword:"enum",params:{allowedValues: schema67.properties.update_channel.enum},message:"must be equal to one of the allowed values",schema:schema67.properties.update_channel.enum,parentSchema:schema67.properties.update_channel,data:data21};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.update_check !== undefined){
let data22 = data.update_check;
if(typeof data22 !== "boolean"){
const err30 = {instancePath:instancePath+"/update_check",schemaPath:"#/properties/update_check/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema67.properties.update_check.type,parentSchema:schema67.properties.update_check,data:data22};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data.web_addr !== undefined){
let data23 = data.web_addr;
if((typeof data23 !== "string") && (typeof data23 !== "boolean")){
const err31 = {instancePath:instancePath+"/web_addr",schemaPath:"#/properties/web_addr/type",keyword:"type",params:{type: schema67.properties.web_addr.type},message:"must be string,boolean",schema:schema67.properties.web_addr.type,parentSchema:schema67.properties.web_addr,data:data23};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
const _errs51 = errors;
let valid4 = true;
const _errs52 = errors;
if(typeof data23 !== "boolean"){
errors++;
}
var _valid1 = _errs52 === errors;
errors = _errs51;
if(vErrors !== null){
if(_errs51){
vErrors.length = _errs51;
}
else {
vErrors = null;
}
}
if(_valid1){
const _errs54 = errors;
if(false !== data23){
const err33 = {instancePath:instancePath+"/web_addr",schemaPath:"#/properties/web_addr/then/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema67.properties.web_addr.then,data:data23};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
var _valid1 = _errs54 === errors;
valid4 = _valid1;
}
if(!valid4){
const err34 = {instancePath:instancePath+"/web_addr",schemaPath:"#/properties/web_addr/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema67.properties.web_addr.if,parentSchema:schema67.properties.web_addr,data:data23};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data.web_allow_hosts !== undefined){
let data24 = data.web_allow_hosts;
if(Array.isArray(data24)){
const len1 = data24.length;
for(let i1=0; i1<len1; i1++){
let data25 = data24[i1];
if(typeof data25 !== "string"){
const err35 = {instancePath:instancePath+"/web_allow_hosts/" + i1,schemaPath:"#/properties/web_allow_hosts/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema67.properties.web_allow_hosts.items.type,parentSchema:schema67.properties.web_allow_hosts.items,data:data25};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/web_allow_hosts",schemaPath:"#/properties/web_allow_hosts/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema67.properties.web_allow_hosts.type,parentSchema:schema67.properties.web_allow_hosts,data:data24};
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
const err37 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema67.type,parentSchema:schema67,data};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
validate177.errors = vErrors;
return errors === 0;
}
validate177.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema68 = JSON.parse("{\"type\":\"object\",\"description\":\"One agent endpoint.\",\"properties\":{\"name\":{\"type\":\"string\",\"description\":\"Unique name, used by `ngrok start <name>` and the agent API.\",\"minLength\":1},\"url\":{\"type\":\"string\",\"description\":\"Endpoint URL, e.g. https://app.example.com, tcp://1.tcp.ngrok.io:12345, https://api.internal, or a scheme only (https://) for a random address. No path, query or trailing slash. Quote wildcard URLs.\",\"pattern\":\"^[^\\\\s\\\"'`]*$\"},\"description\":{\"type\":\"string\",\"description\":\"Human-readable description shown in the ngrok API.\"},\"metadata\":{\"type\":\"string\",\"description\":\"Opaque string shown in the ngrok API.\"},\"bindings\":{\"type\":\"array\",\"description\":\"Who can reach the endpoint (one binding). Defaults to internal for .internal hosts and public otherwise.\",\"maxItems\":1,\"items\":{\"type\":\"string\",\"enum\":[\"public\",\"internal\",\"kubernetes\"]}},\"traffic_policy\":{\"$ref\":\"traffic-policy.schema.json\",\"description\":\"Traffic Policy of this endpoint (phases such as on_http_request).\"},\"traffic_policy_file\":{\"type\":\"string\",\"description\":\"Path to a YAML or JSON Traffic Policy file (instead of traffic_policy).\"},\"pooling_enabled\":{\"type\":\"boolean\",\"description\":\"Let several endpoints with the same URL and binding share traffic as a pool. Every member must enable it.\",\"default\":false},\"upstream\":{\"$ref\":\"#/$defs/upstream\"},\"agent_tls_termination\":{\"type\":\"object\",\"description\":\"Terminate TLS in the agent (tls:// endpoints only; end-to-end encryption).\",\"properties\":{\"server_certificate\":{\"type\":\"string\",\"description\":\"Certificate file path or inline PEM.\"},\"server_private_key\":{\"type\":\"string\",\"description\":\"Private key file path or inline PEM.\"},\"mutual_tls_certificate_authorities\":{\"type\":[\"array\",\"string\"],\"description\":\"CA certificate paths or PEMs (a list, or one string); enables client-certificate checks in the agent.\",\"items\":{\"type\":\"string\"}}},\"additionalProperties\":false},\"inspect\":{\"type\":\"boolean\",\"description\":\"Record traffic in the local inspector (seen in agent API payloads; not documented for ngrok.yml).\"}},\"required\":[\"name\",\"upstream\"],\"additionalProperties\":false}");
const schema69 = JSON.parse("{\"type\":\"object\",\"description\":\"Where the agent sends traffic.\",\"properties\":{\"url\":{\"type\":[\"string\",\"integer\"],\"description\":\"A port (8080), host:port, or URL (http://host:80, https://host, tcp://127.0.0.1:5432, tls://host:443, file:///path).\",\"minLength\":1,\"minimum\":1,\"maximum\":65535},\"protocol\":{\"type\":\"string\",\"description\":\"HTTP version to the upstream: http1, or http2 (cleartext prior knowledge).\",\"default\":\"http1\",\"enum\":[\"http1\",\"http2\"]},\"proxy_protocol\":{\"description\":\"Send a PROXY protocol header of this version to the upstream.\",\"enum\":[1,2,\"1\",\"2\"]}},\"required\":[\"url\"],\"additionalProperties\":false}");

function validate184(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate184.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.url === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "url") || (key0 === "protocol")) || (key0 === "proxy_protocol"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema69,data};
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
if((typeof data0 !== "string") && (!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0))))){
const err2 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: schema69.properties.url.type},message:"must be string,integer",schema:schema69.properties.url.type,parentSchema:schema69.properties.url,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 65535 || isNaN(data0)){
const err3 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/maximum",keyword:"maximum",params:{comparison: "<=", limit: 65535},message:"must be <= 65535",schema:65535,parentSchema:schema69.properties.url,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema69.properties.url,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(typeof data0 === "string"){
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema69.properties.url,data:data0};
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
if(data.protocol !== undefined){
let data1 = data.protocol;
if(typeof data1 !== "string"){
const err6 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema69.properties.protocol.type,parentSchema:schema69.properties.protocol,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!((data1 === "http1") || (data1 === "http2"))){
const err7 = {instancePath:instancePath+"/protocol",schemaPath:"#/properties/protocol/enum",keyword:"enum",params:{allowedValues: schema69.properties.protocol.enum},message:"must be equal to one of the allowed values",schema:schema69.properties.protocol.enum,parentSchema:schema69.properties.protocol,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.proxy_protocol !== undefined){
let data2 = data.proxy_protocol;
if(!((((data2 === 1) || (data2 === 2)) || (data2 === "1")) || (data2 === "2"))){
const err8 = {instancePath:instancePath+"/proxy_protocol",schemaPath:"#/properties/proxy_protocol/enum",keyword:"enum",params:{allowedValues: schema69.properties.proxy_protocol.enum},message:"must be equal to one of the allowed values",schema:schema69.properties.proxy_protocol.enum,parentSchema:schema69.properties.proxy_protocol,data:data2};
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
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate184.errors = vErrors;
return errors === 0;
}
validate184.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate182(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate182.evaluated;
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
if(data.upstream === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "upstream"},message:"must have required property '"+"upstream"+"'",schema:schema68.required,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func4.call(schema68.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(data0.length < 1){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68.properties.name,data:data0};
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
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.name.type,parentSchema:schema68.properties.name,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.url !== undefined){
let data1 = data.url;
if(typeof data1 === "string"){
if(!pattern11.test(data1)){
const err5 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/pattern",keyword:"pattern",params:{pattern: "^[^\\s\"'`]*$"},message:"must match pattern \""+"^[^\\s\"'`]*$"+"\"",schema:"^[^\\s\"'`]*$",parentSchema:schema68.properties.url,data:data1};
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
const err6 = {instancePath:instancePath+"/url",schemaPath:"#/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.url.type,parentSchema:schema68.properties.url,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.description !== undefined){
let data2 = data.description;
if(typeof data2 !== "string"){
const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.description.type,parentSchema:schema68.properties.description,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.metadata !== undefined){
let data3 = data.metadata;
if(typeof data3 !== "string"){
const err8 = {instancePath:instancePath+"/metadata",schemaPath:"#/properties/metadata/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.metadata.type,parentSchema:schema68.properties.metadata,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.bindings !== undefined){
let data4 = data.bindings;
if(Array.isArray(data4)){
if(data4.length > 1){
const err9 = {instancePath:instancePath+"/bindings",schemaPath:"#/properties/bindings/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items",schema:1,parentSchema:schema68.properties.bindings,data:data4};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 !== "string"){
const err10 = {instancePath:instancePath+"/bindings/" + i0,schemaPath:"#/properties/bindings/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.bindings.items.type,parentSchema:schema68.properties.bindings.items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(((data5 === "public") || (data5 === "internal")) || (data5 === "kubernetes"))){
const err11 = {instancePath:instancePath+"/bindings/" + i0,schemaPath:"#/properties/bindings/items/enum",keyword:"enum",params:{allowedValues: schema68.properties.bindings.items.enum},message:"must be equal to one of the allowed values",schema:schema68.properties.bindings.items.enum,parentSchema:schema68.properties.bindings.items,data:data5};
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
const err12 = {instancePath:instancePath+"/bindings",schemaPath:"#/properties/bindings/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.bindings.type,parentSchema:schema68.properties.bindings,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.traffic_policy !== undefined){
if(!(validate52(data.traffic_policy, {instancePath:instancePath+"/traffic_policy",parentData:data,parentDataProperty:"traffic_policy",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate52.errors : vErrors.concat(validate52.errors);
errors = vErrors.length;
}
}
if(data.traffic_policy_file !== undefined){
let data7 = data.traffic_policy_file;
if(typeof data7 !== "string"){
const err13 = {instancePath:instancePath+"/traffic_policy_file",schemaPath:"#/properties/traffic_policy_file/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.traffic_policy_file.type,parentSchema:schema68.properties.traffic_policy_file,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.pooling_enabled !== undefined){
let data8 = data.pooling_enabled;
if(typeof data8 !== "boolean"){
const err14 = {instancePath:instancePath+"/pooling_enabled",schemaPath:"#/properties/pooling_enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema68.properties.pooling_enabled.type,parentSchema:schema68.properties.pooling_enabled,data:data8};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.upstream !== undefined){
if(!(validate184(data.upstream, {instancePath:instancePath+"/upstream",parentData:data,parentDataProperty:"upstream",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate184.errors : vErrors.concat(validate184.errors);
errors = vErrors.length;
}
}
if(data.agent_tls_termination !== undefined){
let data10 = data.agent_tls_termination;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
for(const key1 in data10){
if(!(((key1 === "server_certificate") || (key1 === "server_private_key")) || (key1 === "mutual_tls_certificate_authorities"))){
const err15 = {instancePath:instancePath+"/agent_tls_termination",schemaPath:"#/properties/agent_tls_termination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.agent_tls_termination,data:data10};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data10.server_certificate !== undefined){
let data11 = data10.server_certificate;
if(typeof data11 !== "string"){
const err16 = {instancePath:instancePath+"/agent_tls_termination/server_certificate",schemaPath:"#/properties/agent_tls_termination/properties/server_certificate/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.agent_tls_termination.properties.server_certificate.type,parentSchema:schema68.properties.agent_tls_termination.properties.server_certificate,data:data11};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data10.server_private_key !== undefined){
let data12 = data10.server_private_key;
if(typeof data12 !== "string"){
const err17 = {instancePath:instancePath+"/agent_tls_termination/server_private_key",schemaPath:"#/properties/agent_tls_termination/properties/server_private_key/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.agent_tls_termination.properties.server_private_key.type,parentSchema:schema68.properties.agent_tls_termination.properties.server_private_key,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data10.mutual_tls_certificate_authorities !== undefined){
let data13 = data10.mutual_tls_certificate_authorities;
if((!(Array.isArray(data13))) && (typeof data13 !== "string")){
const err18 = {instancePath:instancePath+"/agent_tls_termination/mutual_tls_certificate_authorities",schemaPath:"#/properties/agent_tls_termination/properties/mutual_tls_certificate_authorities/type",keyword:"type",params:{type: schema68.properties.agent_tls_termination.properties.mutual_tls_certificate_authorities.type},message:"must be array,string",schema:schema68.properties.agent_tls_termination.properties.mutual_tls_certificate_authorities.type,parentSchema:schema68.properties.agent_tls_termination.properties.mutual_tls_certificate_authorities,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(Array.isArray(data13)){
const len1 = data13.length;
for(let i1=0; i1<len1; i1++){
let data14 = data13[i1];
if(typeof data14 !== "string"){
const err19 = {instancePath:instancePath+"/agent_tls_termination/mutual_tls_certificate_authorities/" + i1,schemaPath:"#/properties/agent_tls_termination/properties/mutual_tls_certificate_authorities/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.agent_tls_termination.properties.mutual_tls_certificate_authorities.items.type,parentSchema:schema68.properties.agent_tls_termination.properties.mutual_tls_certificate_authorities.items,data:data14};
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
}
}
else {
const err20 = {instancePath:instancePath+"/agent_tls_termination",schemaPath:"#/properties/agent_tls_termination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.agent_tls_termination.type,parentSchema:schema68.properties.agent_tls_termination,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.inspect !== undefined){
let data15 = data.inspect;
if(typeof data15 !== "boolean"){
const err21 = {instancePath:instancePath+"/inspect",schemaPath:"#/properties/inspect/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema68.properties.inspect.type,parentSchema:schema68.properties.inspect,data:data15};
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
const err22 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
validate182.errors = vErrors;
return errors === 0;
}
validate182.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate176(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate176.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!((((key0 === "version") || (key0 === "agent")) || (key0 === "endpoints")) || (key0 === "tunnels"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.agent !== undefined){
if(!(validate177(data.agent, {instancePath:instancePath+"/agent",parentData:data,parentDataProperty:"agent",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate177.errors : vErrors.concat(validate177.errors);
errors = vErrors.length;
}
}
if(data.endpoints !== undefined){
let data1 = data.endpoints;
if(Array.isArray(data1)){
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
if(!(validate182(data1[i0], {instancePath:instancePath+"/endpoints/" + i0,parentData:data1,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate182.errors : vErrors.concat(validate182.errors);
errors = vErrors.length;
}
}
}
else {
const err1 = {instancePath:instancePath+"/endpoints",schemaPath:"#/properties/endpoints/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema66.properties.endpoints.type,parentSchema:schema66.properties.endpoints,data:data1};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.tunnels !== undefined){
if(!(validate166(data.tunnels, {instancePath:instancePath+"/tunnels",parentData:data,parentDataProperty:"tunnels",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate166.errors : vErrors.concat(validate166.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema66.type,parentSchema:schema66,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate176.errors = vErrors;
return errors === 0;
}
validate176.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate160(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://traffic-policy-compiler.dev/schemas/agent-config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate160.evaluated;
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
let missing0;
if((data.version === undefined) && (missing0 = "version")){
errors++;
}
else {
if(data.version !== undefined){
let data0 = data.version;
if(!((data0 === 2) || (data0 === "2"))){
errors++;
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
let ifClause0;
if(_valid0){
const _errs4 = errors;
if(!(validate161(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate161.errors : vErrors.concat(validate161.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
ifClause0 = "then";
}
else {
const _errs5 = errors;
if(!(validate176(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate176.errors : vErrors.concat(validate176.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
if(valid0){
if(props0 !== true){
props0 = true;
}
}
ifClause0 = "else";
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema60.if,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.version === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema60.required,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(props0 !== true){
props0 = props0 || {};
props0.version = true;
}
if(data.version !== undefined){
let data1 = data.version;
if(!((((data1 === 3) || (data1 === "3")) || (data1 === 2)) || (data1 === "2"))){
const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/enum",keyword:"enum",params:{allowedValues: schema60.properties.version.enum},message:"must be equal to one of the allowed values",schema:schema60.properties.version.enum,parentSchema:schema60.properties.version,data:data1};
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
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate160.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate160.evaluated = {"dynamicProps":true,"dynamicItems":false};
