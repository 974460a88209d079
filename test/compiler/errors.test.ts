/**
 * Semantic errors (TPC2xxx): one case per mistake, each asserting the code, the message, the
 * line and the column, and that no output is produced.
 */
import { describe, expect, it } from 'vitest';
import { compileFiles, TEST_CA } from './helpers.js';

const HEAD = `group office = ip 203.0.113.0/24
group blocked = ip 192.0.2.0/24
identity staff = jwt issuer "https://auth.example" audience "api" jwks "https://auth.example/jwks.json"
`;

/** A site `hq` with a service `api` (http) and `db` (tcp), and `body` inside it. */
const site = (body: string, head = HEAD) => `${head}site hq {
  service api http://10.0.0.1:8080
  service db tcp://10.0.0.2:5432
${body}
}
`;

interface Case {
  name: string;
  files: Record<string, string>;
  /** Expected diagnostic (the first error). */
  code: string;
  message: string;
  file?: string;
  line: number;
  column: number;
  hint?: string;
  related?: { line: number; column: number };
  options?: { site?: string };
}

const CASES: Case[] = [
  {
    name: 'unknown group in allow, with a suggestion',
    files: { 'main.tpc': site('  expose api at https://api.example.com { allow ofice }') },
    code: 'TPC2011',
    message: "Unknown group or identity 'ofice'.",
    line: 7,
    column: 49,
    hint: "Did you mean 'office'?",
  },
  {
    name: 'a group defined twice',
    files: { 'main.tpc': site('  expose api at https://api.example.com { allow office }', `${HEAD}group office = ip 10.0.0.0/8\n`) },
    code: 'TPC2010',
    message: "'office' is already defined as a group.",
    line: 4,
    column: 7,
    related: { line: 1, column: 7 },
  },
  {
    name: 'a group named like an identity (one namespace)',
    files: { 'main.tpc': site('  expose api at https://api.example.com { allow office }', `${HEAD}group staff = ip 10.0.0.0/8\n`) },
    code: 'TPC2010',
    message: "'staff' is already defined as an identity.",
    line: 4,
    column: 7,
    related: { line: 3, column: 10 },
  },
  {
    name: 'deny names an identity',
    files: { 'main.tpc': site('  expose api at https://api.example.com { allow office\n deny staff }') },
    code: 'TPC2012',
    message: "'staff' is an identity; 'deny' takes IP groups (to keep people out, narrow the identity with allow-domain or allow-email).",
    line: 8,
    column: 7,
  },
  {
    name: 'groups that include each other',
    files: { 'main.tpc': site('  expose api at https://api.example.com { allow a }', `${HEAD}group a = ip 10.0.0.0/8, b\ngroup b = a\n`) },
    code: 'TPC2013',
    message: "The group 'a' includes itself through 'a' → 'b' → 'a'.",
    line: 5,
    column: 11,
  },
  {
    name: 'a group member that is an identity',
    files: { 'main.tpc': site('  expose api at https://api.example.com { allow a }', `${HEAD}group a = ip 10.0.0.0/8, staff\n`) },
    code: 'TPC2012',
    message: "'staff' is an identity; a group takes IP addresses and groups.",
    line: 4,
    column: 26,
  },
  {
    name: 'exposing an undefined service',
    files: { 'main.tpc': site('  expose apii at https://api.example.com { allow office }') },
    code: 'TPC2011',
    message: "Unknown service 'apii'.",
    line: 7,
    column: 10,
    hint: "Did you mean 'api'?",
  },
  {
    name: 'a service defined twice in a site',
    files: { 'main.tpc': site('  service api http://10.0.0.9:80') },
    code: 'TPC2010',
    message: "'api' is already defined as a service of site 'hq'.",
    line: 7,
    column: 11,
    related: { line: 5, column: 11 },
  },
  {
    name: 'two sites with one name',
    files: { 'main.tpc': `${site('')}site hq {\n  service x http://10.0.0.1:80\n}\n` },
    code: 'TPC2010',
    message: "'hq' is already defined as a site.",
    line: 9,
    column: 6,
    related: { line: 4, column: 6 },
  },
  {
    name: 'a site name that cannot be a hostname label',
    files: { 'main.tpc': 'site Clinic_1 {\n  service x http://10.0.0.1:80\n}\n' },
    code: 'TPC2014',
    message: "The site name 'Clinic_1' cannot be part of an internal hostname; use lower-case letters, digits and '-' (at most 63, not starting or ending with '-').",
    line: 1,
    column: 6,
  },
  {
    name: 'a template body uses an undeclared parameter',
    files: { 'main.tpc': `${HEAD}template t(id) {\n  service api http://10.0.0.1:80\n  expose api at https://\${idd}.example.com { allow office }\n  agent bind "*.\${id}.internal"\n}\nsite a = t(id: "a")\n` },
    code: 'TPC2020',
    message: "'${idd}' is not a parameter of template 't'.",
    line: 6,
    column: 25,
    hint: "Did you mean 'id'?",
  },
  {
    name: 'a parameter used outside any template',
    files: { 'main.tpc': site('  expose api at https://${id}.example.com { allow office }') },
    code: 'TPC2021',
    message: "'${id}' is used outside a template; only a template's body (and the body of a site that instantiates it) has parameters.",
    line: 7,
    column: 25,
  },
  {
    name: 'a site leaves a parameter out',
    files: { 'main.tpc': `${HEAD}template t(id, addr) {\n  service db tcp://10.0.0.1:5432\n  expose db at \${addr} { allow office }\n  agent bind "*.\${id}.internal"\n}\nsite a = t(id: "a")\n` },
    code: 'TPC2022',
    message: "Site 'a' gives no value for 'addr' of template 't'.",
    line: 9,
    column: 10,
  },
  {
    name: 'a site passes an argument the template does not have',
    files: { 'main.tpc': `${HEAD}template t(id) {\n  service api http://10.0.0.1:80\n  agent bind "*.\${id}.internal"\n}\nsite a = t(id: "a", idd: "b")\n` },
    code: 'TPC2023',
    message: "Template 't' has no parameter 'idd'.",
    line: 8,
    column: 21,
    hint: "Did you mean 'id'?",
  },
  {
    name: 'a site instantiates an undefined template',
    files: { 'main.tpc': `${HEAD}template clinic(id) {\n  service api http://10.0.0.1:80\n  agent bind "*.\${id}.internal"\n}\nsite a = clnic(id: "a")\n` },
    code: 'TPC2011',
    message: "Unknown template 'clnic'.",
    line: 8,
    column: 10,
    hint: "Did you mean 'clinic'?",
  },
  {
    name: 'importing a file that does not exist',
    files: { 'main.tpc': `import "common.tpc"\n${site('')}` },
    code: 'TPC2001',
    message: "Cannot read the imported file 'common.tpc': no such file.",
    line: 1,
    column: 8,
  },
  {
    name: 'an import cycle',
    files: { 'main.tpc': `import "lib/a.tpc"\n${site('')}`, 'lib/a.tpc': 'import "b.tpc"\n', 'lib/b.tpc': 'import "a.tpc"\n' },
    code: 'TPC2002',
    message: "Importing 'a.tpc' makes a cycle: lib/a.tpc → lib/b.tpc → lib/a.tpc.",
    file: 'lib/b.tpc',
    line: 1,
    column: 8,
  },
  {
    name: 'a sites file that does not exist',
    files: { 'main.tpc': `${HEAD}template t(id) {\n  service api http://10.0.0.1:80\n  agent bind "*.\${id}.internal"\n}\nsites from "sites.csv" using t\n` },
    code: 'TPC2030',
    message: "Cannot read the sites file 'sites.csv': no such file.",
    line: 8,
    column: 12,
  },
  {
    name: 'a sites file of an unknown format',
    files: { 'main.tpc': `${HEAD}template t(id) {\n  service api http://10.0.0.1:80\n  agent bind "*.\${id}.internal"\n}\nsites from "sites.txt" using t\n`, 'sites.txt': 'id\na\n' },
    code: 'TPC2031',
    message: "The sites file 'sites.txt' must end in .csv, .yaml, .yml or .json.",
    line: 8,
    column: 12,
  },
  {
    name: 'a CSV without a column for a parameter',
    files: { 'main.tpc': `${HEAD}template t(id, addr) {\n  service db tcp://10.0.0.1:5432\n  expose db at \${addr} { allow office }\n  agent bind "*.\${id}.internal"\n}\nsites from "sites.csv" using t\n`, 'sites.csv': 'id\na\n' },
    code: 'TPC2033',
    message: "The sites file 'sites.csv' has no column 'addr' for the parameter of template 't'.",
    line: 9,
    column: 12,
  },
  {
    name: 'a CSV column that is not a parameter',
    files: { 'main.tpc': `${HEAD}template t(id) {\n  service api http://10.0.0.1:80\n  agent bind "*.\${id}.internal"\n}\nsites from "sites.csv" using t\n`, 'sites.csv': 'id,ide\na,b\n' },
    code: 'TPC2034',
    message: "The column 'ide' of 'sites.csv' is not a parameter of template 't' (nor 'site').",
    file: 'sites.csv',
    line: 1,
    column: 4,
    hint: "Did you mean 'id'?",
  },
  {
    name: 'a CSV row without a value',
    files: { 'main.tpc': `${HEAD}template t(id, addr) {\n  service db tcp://10.0.0.1:5432\n  expose db at \${addr} { allow office }\n  agent bind "*.\${id}.internal"\n}\nsites from "sites.csv" using t\n`, 'sites.csv': 'id,addr\na,tcp://1.tcp.ngrok.io:1\nb,\n' },
    code: 'TPC2035',
    message: "Row 2 of 'sites.csv' has no value for 'addr'.",
    file: 'sites.csv',
    line: 3,
    column: 3,
  },
  {
    name: 'a YAML sites file that is neither a list nor a map',
    files: { 'main.tpc': `${HEAD}template t(id) {\n  service api http://10.0.0.1:80\n  agent bind "*.\${id}.internal"\n}\nsites from "sites.yaml" using t\n`, 'sites.yaml': 'clinic1, clinic2\n' },
    code: 'TPC2032',
    message: "The sites file 'sites.yaml' is not valid: expected a list of sites (one map per site), or a map from site name to its parameters.",
    file: 'sites.yaml',
    line: 1,
    column: 1,
  },
  {
    name: 'a YAML sites map whose site is not a map of parameters',
    files: { 'main.tpc': `${HEAD}template t(id) {\n  service api http://10.0.0.1:80\n  agent bind "*.\${id}.internal"\n}\nsites from "sites.yaml" using t\n`, 'sites.yaml': 'a: {}\nb: [1, 2]\n' },
    code: 'TPC2032',
    message: "The sites file 'sites.yaml' is not valid: the parameters of site 'b' are not a map.",
    file: 'sites.yaml',
    line: 2,
    column: 4,
  },
  {
    name: 'a plain http:// exposure',
    files: { 'main.tpc': site('  expose api at http://api.example.com { allow office }') },
    code: 'TPC2041',
    message: "'http://api.example.com' is plain http://, which would carry credentials and patient data unencrypted; expose at https:// instead.",
    line: 7,
    column: 17,
  },
  {
    name: 'a path written into the URL',
    files: { 'main.tpc': site('  expose api at "https://api.example.com/v1" { allow office }') },
    code: 'TPC2042',
    message: "The exposure URL 'https://api.example.com/v1' has a path; write the URL without it and add 'path /v1'.",
    line: 7,
    column: 17,
  },
  {
    name: 'a tcp:// URL without a port',
    files: { 'main.tpc': site('  expose db at tcp://1.tcp.ngrok.io { allow office }') },
    code: 'TPC2040',
    message: "'tcp://1.tcp.ngrok.io' is not a valid public URL: a tcp:// URL is a reserved TCP address and needs its port (tcp://1.tcp.ngrok.io:12345).",
    line: 7,
    column: 16,
  },
  {
    name: 'a path with a quote',
    files: { 'main.tpc': site(`  expose api at https://api.example.com path "/a'b" { allow office }`) },
    code: 'TPC2043',
    message: "'/a'b' is not a usable path prefix: start with '/' and use URL path characters only (no quotes, '?' or '#').",
    line: 7,
    column: 46,
  },
  {
    name: 'the same URL and path exposed twice',
    files: { 'main.tpc': site('  expose api at https://api.example.com { allow office }\n  expose api at https://api.example.com { allow staff }') },
    code: 'TPC2044',
    message: "'https://api.example.com' is already exposed in site 'hq'.",
    line: 8,
    column: 3,
    related: { line: 7, column: 3 },
  },
  {
    name: 'one public URL in two sites',
    files: { 'main.tpc': `${site('  expose api at https://api.example.com { allow office }')}site b {\n  service api http://10.0.0.1:80\n  expose api at https://api.example.com { allow office }\n}\n` },
    code: 'TPC2045',
    message: "The public URL 'https://api.example.com' is already used by site 'hq'; a public URL can belong to one site only.",
    line: 11,
    column: 17,
    related: { line: 7, column: 17 },
  },
  {
    name: 'exposures sharing a hostname with different tls min',
    files: { 'main.tpc': site('  expose api at https://x.example.com path /a { allow office\n tls min 1.3 }\n  expose api at https://x.example.com path /b { allow office }') },
    code: 'TPC2046',
    message: "Exposures sharing 'https://x.example.com' must agree on 'tls min': TLS is negotiated once per connection, before the request path is known.",
    line: 9,
    column: 3,
    related: { line: 8, column: 2 },
  },
  {
    name: 'an HTTPS exposure of a TCP service',
    files: { 'main.tpc': site('  expose db at https://db.example.com { allow office }') },
    code: 'TPC2047',
    message: "Service 'db' speaks TCP (tcp://10.0.0.2:5432), so it cannot be exposed at the HTTPS URL 'https://db.example.com'.",
    line: 7,
    column: 16,
    related: { line: 6, column: 11 },
  },
  {
    name: 'one service exposed as TCP and as TLS',
    files: { 'main.tpc': site('  expose db at tcp://1.tcp.ngrok.io:1000 { allow office }\n  expose db at tls://db.example.com { allow office }') },
    code: 'TPC2048',
    message: "Service 'db' is exposed as TLS here and as TCP elsewhere; its internal endpoint speaks one protocol, so declare a second service for the other one.",
    line: 8,
    column: 16,
    related: { line: 7, column: 16 },
  },
  {
    name: 'a TCP upstream without a port',
    files: { 'main.tpc': site('  service cache tcp://10.0.0.3') },
    code: 'TPC2049',
    message: "The tcp upstream 'tcp://10.0.0.3' needs a port.",
    line: 7,
    column: 17,
  },
  {
    name: 'a JWT identity on a TCP exposure',
    files: { 'main.tpc': site('  expose db at tcp://1.tcp.ngrok.io:1000 { allow staff }') },
    code: 'TPC2050',
    message: "The JWT identity 'staff' cannot guard 'tcp://1.tcp.ngrok.io:1000': jwt-validation checks HTTP requests, and a TCP endpoint carries raw connections with no HTTP layer. Allow IP groups only, or expose the service at an https:// URL.",
    line: 7,
    column: 50,
  },
  {
    name: 'tls min on a tcp:// exposure',
    files: { 'main.tpc': site('  expose db at tcp://1.tcp.ngrok.io:1000 {\n    allow office\n    tls min 1.3\n  }') },
    code: 'TPC2051',
    message: "'tls min 1.3' cannot apply to 'tcp://1.tcp.ngrok.io:1000': a tcp:// endpoint carries no TLS for ngrok to terminate. Expose the service at a tls:// URL to require TLS.",
    line: 9,
    column: 5,
  },
  {
    name: 'mtls inherited by a tcp:// exposure',
    files: { 'main.tpc': site('  expose db at tcp://1.tcp.ngrok.io:1000 { allow office }', `${HEAD}defaults {\n  mtls ca file("certs/ca.pem")\n}\n`), 'certs/ca.pem': TEST_CA },
    code: 'TPC2051',
    message: "'mtls' cannot apply to 'tcp://1.tcp.ngrok.io:1000': a tcp:// endpoint carries no TLS for ngrok to terminate. Expose the service at a tls:// URL to require TLS.",
    line: 5,
    column: 3,
    related: { line: 10, column: 3 },
  },
  {
    name: 'a JWT identity and an OAuth identity on one exposure',
    files: { 'main.tpc': site('  expose api at https://api.example.com { allow staff, g }', `${HEAD}identity g = oauth google allow-domain "example.com"\n`) },
    code: 'TPC2052',
    message: "'staff' (JWT) and 'g' (OAuth) cannot both be allowed on one exposure: ngrok authenticates a request with one action, and trying one then the other would reject every request the first one refuses.",
    line: 8,
    column: 56,
    related: { line: 8, column: 49 },
  },
  {
    name: 'two JWT identities of different issuers',
    files: { 'main.tpc': site('  expose api at https://api.example.com { allow staff, partner }', `${HEAD}identity partner = jwt issuer "https://idp.partner.example" audience "api" jwks "https://idp.partner.example/jwks"\n`) },
    code: 'TPC2053',
    message:
      "The JWT identities 'staff' and 'partner' cannot be combined faithfully: they trust different issuers ('https://auth.example' and 'https://idp.partner.example'), and one jwt-validation action checks issuer, audience and keys independently, so it would also accept a token of one issuer carrying the other's audience.",
    line: 8,
    column: 56,
  },
  {
    name: 'a client secret written as text',
    files: { 'main.tpc': site('', `${HEAD}identity g = oauth google client-id "id" client-secret "hunter2"\n`) },
    code: 'TPC2070',
    message: "'client-secret' is a secret and must not be written into the policy; write secret(\"vault\", \"name\") so ngrok reads it from a vault.",
    line: 4,
    column: 56,
  },
  {
    name: 'env() in a policy field',
    files: { 'main.tpc': site('', `${HEAD}identity g = oauth google client-id "id" client-secret env("G_SECRET")\n`) },
    code: 'TPC2071',
    message: "env(\"G_SECRET\") cannot be used for 'client-secret': the value would be copied into the policy in clear text. Use secret(\"vault\", \"name\"), which ngrok resolves at request time.",
    line: 4,
    column: 56,
  },
  {
    name: 'a provider without a managed app',
    files: { 'main.tpc': site('', `${HEAD}identity a = oauth amazon allow-email "a@example.com"\n`) },
    code: 'TPC2072',
    message: "ngrok has no managed OAuth app for 'amazon'; identity 'a' needs client-id and client-secret.",
    line: 4,
    column: 20,
  },
  {
    name: 'a client id without its secret',
    files: { 'main.tpc': site('', `${HEAD}identity g = oauth google client-id "abc" allow-domain "example.com"\n`) },
    code: 'TPC2073',
    message: "Identity 'g' gives 'client-id' without 'client-secret'; give both or neither.",
    line: 4,
    column: 10,
  },
  {
    name: "scopes with ngrok's managed app",
    files: { 'main.tpc': site('', `${HEAD}identity g = oauth google scopes "openid" allow-domain "example.com"\n`) },
    code: 'TPC2074',
    message: "Identity 'g' sets scopes but uses ngrok's managed google app, which does not accept extra scopes; give client-id and client-secret of your own app.",
    line: 4,
    column: 34,
  },
  {
    name: 'a CA file that does not exist',
    files: { 'main.tpc': site('', `${HEAD}ca root = file("certs/none.pem")\n`) },
    code: 'TPC2075',
    message: "Cannot read the CA file 'certs/none.pem': no such file.",
    line: 4,
    column: 16,
  },
  {
    name: 'a CA file that is not PEM',
    files: { 'main.tpc': site('', `${HEAD}ca root = file("certs/bad.pem")\n`), 'certs/bad.pem': 'hello\n' },
    code: 'TPC2076',
    message: "'certs/bad.pem' is not a PEM certificate (no '-----BEGIN CERTIFICATE-----') nor an uploaded CA id (ca_…).",
    line: 4,
    column: 16,
  },
  {
    name: 'an allowed domain that is not a domain',
    files: { 'main.tpc': site('', `${HEAD}identity g = oauth google allow-domain "example com"\n`) },
    code: 'TPC2077',
    message: "'example com' is not a usable email domain: write a domain such as \"clinicnet.example\".",
    line: 4,
    column: 40,
  },
  {
    name: 'an HTTP-only action on a TCP exposure',
    files: { 'main.tpc': site('  expose db at tcp://1.tcp.ngrok.io:1000 {\n    allow office\n    action before-forward { type: "rate-limit", config: { name: "x", algorithm: "sliding_window", capacity: 5, rate: "60s", bucket_key: ["conn.client_ip"] } }\n  }') },
    code: 'TPC2080',
    message: "The action 'rate-limit' cannot run in 'on_tcp_connect', where the 'before-forward' point of a TCP exposure puts it.",
    line: 9,
    column: 5,
  },
  {
    name: 'a response action on a TLS exposure',
    files: { 'main.tpc': site('  expose db at tls://db.example.com {\n    allow office\n    action response { type: "add-headers", config: { headers: { a: "b" } } }\n  }') },
    code: 'TPC2081',
    message: "A TLS exposure has no HTTP responses, so 'action response' cannot apply to 'tls://db.example.com'.",
    line: 9,
    column: 5,
  },
  {
    name: 'a terminating action before the access rules',
    files: { 'main.tpc': site('  expose api at https://api.example.com {\n    allow office\n    action first { type: "custom-response", config: { status_code: 200 } }\n  }') },
    code: 'TPC2082',
    message: "A 'custom-response' action at 'first' ends every request before the access rules run, so 'allow' and 'deny' would never apply; put it at 'response', or drop it.",
    line: 9,
    column: 5,
  },
  {
    name: 'an action object without a type',
    files: { 'main.tpc': site('  expose api at https://api.example.com {\n    allow office\n    action first { config: { headers: { a: "b" } } }\n  }') },
    code: 'TPC2083',
    message: "The action object needs a string 'type' and may have only 'type' and 'config'.",
    line: 9,
    column: 5,
  },
  {
    name: 'an action whose config the schema rejects',
    files: { 'main.tpc': site('  expose api at https://api.example.com {\n    allow office\n    action before-forward { type: "rate-limit", config: { name: "x", algorithm: "sliding_window", rate: "60s", bucket_key: ["conn.client_ip"] } }\n  }') },
    code: 'TPC2084',
    message: "This action is not valid: `config`: missing required key 'capacity'.",
    line: 9,
    column: 57,
  },
  {
    name: 'url-rewrite before the access rules of a path',
    files: { 'main.tpc': site('  expose api at https://api.example.com path /v1 {\n    allow office\n    action first { type: "url-rewrite", config: { from: "^/v1/(.*)$", to: "/$1" } }\n  }') },
    code: 'TPC2085',
    message: "A 'url-rewrite' at 'first' would change the path that the access rules of 'path /v1' are keyed on, so a request could escape them; put it at 'before-forward'.",
    line: 9,
    column: 5,
  },
  {
    name: "a 'when' condition at before-forward",
    files: { 'main.tpc': site('  expose api at https://api.example.com {\n    allow office\n    action before-forward when "req.method == \'POST\'" { type: "add-headers", config: { headers: { a: "b" } } }\n  }') },
    code: 'TPC2086',
    message: "'action before-forward' cannot have a 'when' condition: the security actions and the forward share one rule, so a condition cannot be attached to one action between them.",
    line: 9,
    column: 32,
    hint: "Use 'action first when …' to act before the access checks, or drop 'when' to run the action for every request that passes them.",
  },
  {
    name: "a forward-internal at 'first when' (it would reach the service before the access rules)",
    files: { 'main.tpc': site('  expose api at https://api.example.com {\n    allow office\n    action first when "req.method == \'GET\'" { type: "forward-internal", config: { url: "https://api.hq.internal" } }\n  }') },
    code: 'TPC2082',
    message: "A 'forward-internal' action at 'first' ends every request before the access rules run, so 'allow' and 'deny' would never apply; put it at 'response', or drop it.",
    line: 9,
    column: 5,
  },
  {
    name: "a conditional response action on a TCP exposure",
    files: { 'main.tpc': site('  expose db at tcp://1.tcp.ngrok.io:1000 {\n    allow office\n    action response when "true" { type: "log" }\n  }') },
    code: 'TPC2081',
    message: "A TCP exposure has no HTTP responses, so 'action response' cannot apply to 'tcp://1.tcp.ngrok.io:1000'.",
    line: 9,
    column: 5,
  },
  {
    name: "bind patterns that miss the site's internal URLs",
    files: { 'main.tpc': site('  agent bind "*.other.internal"') },
    code: 'TPC2090',
    message: "The 'agent bind' patterns of site 'hq' do not cover 'api.hq.internal' and 'db.hq.internal', so its agent could not serve them.",
    line: 7,
    column: 14,
  },
  {
    name: "a bind pattern covering another site's URLs",
    files: { 'main.tpc': `${site('  agent bind "*.internal"')}site hq2 {\n  service api http://10.0.0.1:80\n}\n` },
    code: 'TPC2091',
    message: "The bind pattern '*.internal' of site 'hq' also covers 'api.hq2.internal' of site 'hq2': a leaked token of one clinic could serve another's endpoint.",
    line: 7,
    column: 14,
  },
  {
    name: 'a bind pattern that is not a hostname',
    files: { 'main.tpc': site('  agent bind "api .internal"') },
    code: 'TPC2093',
    message: "'api .internal' is not a bind pattern; write a hostname or '*.' followed by a domain.",
    line: 7,
    column: 14,
  },
  {
    name: 'two different connect URLs',
    files: { 'main.tpc': site('  agent connect-url "a.example.com:443"\n  agent connect-url "b.example.com:443"') },
    code: 'TPC2059',
    message: "Site 'hq' sets 'agent connect-url' twice with different values.",
    line: 8,
    column: 21,
    related: { line: 7, column: 21 },
  },
  {
    name: 'a connect URL without a port',
    files: { 'main.tpc': site('  agent connect-url "a.example.com"') },
    code: 'TPC2060',
    message: "'a.example.com' is not a connect URL; write host:port (e.g. \"connect.example.com:443\").",
    line: 7,
    column: 21,
  },
  {
    name: '--site names no site',
    files: { 'main.tpc': site('') },
    options: { site: 'hg' },
    code: 'TPC2004',
    message: "There is no site named 'hg'.",
    line: 1,
    column: 1,
    hint: "Did you mean 'hq'?",
  },
];

describe('semantic errors', () => {
  it('cover at least 30 distinct mistakes with distinct names', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  for (const c of CASES) {
    it(c.name, () => {
      const r = compileFiles(c.files, 'main.tpc', c.options ?? {});
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      const d = errors.find((x) => x.code === c.code);
      expect(d, JSON.stringify(r.diagnostics.map((x) => `${x.code} ${x.file}:${x.line}:${x.column} ${x.message}`), null, 1)).toBeDefined();
      expect(d!.message).toBe(c.message);
      expect(d!.file).toBe(c.file ?? 'main.tpc');
      expect([d!.line, d!.column]).toEqual([c.line, c.column]);
      if (c.hint !== undefined) expect(d!.hint).toBe(c.hint);
      if (c.related) expect(d!.related?.map((x) => [x.range.start.line, x.range.start.column])).toEqual([[c.related.line, c.related.column]]);
      // No chevrotain internals, no output.
      expect(d!.message).not.toMatch(/-->|<--|NoViableAlt|MismatchedToken/);
      expect(r.emitSkipped).toBe(true);
      expect(r.files.size).toBe(0);
    });
  }
});

describe('bind pattern warnings', () => {
  it('a bind pattern covering every internal URL is a warning (TPC2092) at the pattern; the output is still written', () => {
    const r = compileFiles({ 'main.tpc': site('  agent bind "*.internal"') }, 'main.tpc', {});
    expect(r.diagnostics.map((d) => `${d.code} ${d.severity} ${d.line}:${d.column} ${d.message}`)).toEqual([
      "TPC2092 warning 7:14 The bind pattern '*.internal' lets the token of site 'hq' serve any internal URL, including those of sites added later.",
    ]);
    expect(r.emitSkipped).toBe(false);
  });
});
