/**
 * The typed AST of the `.tpc` access language.
 *
 * Every node has a `kind` (the discriminant), a `range` (1-based line/column, 0-based offsets, half-open)
 * and the `file` it came from. `parse()` always returns a `Program`; when it also returns error
 * diagnostics the tree is partial: a node the parser had to invent during error recovery carries
 * `recovered: true` and may hold empty names or empty strings. The compiler should not compile a program
 * whose parse produced errors.
 *
 * Checks already done by the parser (TPC1xxx): token shapes, IP/CIDR syntax, TLS versions, OAuth
 * providers, regions, action points, HTTP status ranges, duplicate options inside one statement, and
 * required identity options. Everything that needs more than one statement (names defined, unique,
 * of the right sort; secrets given as literals; scheme/action combinations) is the compiler's job.
 *
 * Stability: this file is the contract with the compiler. Changes are additive only.
 */

import type { Range } from '../diagnostics/diagnostic.js';

/** Fields every node has. */
export interface NodeBase {
  range: Range;
  /** The file name given to `parse()` (`<input>` by default). */
  file: string;
  /** Set when error recovery invented or cut short this node; the program has error diagnostics. */
  recovered?: true;
}

// ---------------------------------------------------------------------------------------------
// Leaves
// ---------------------------------------------------------------------------------------------

/** A name: group, identity, CA, template, parameter, site, service, OAuth provider, region, method… */
export interface Ident extends NodeBase {
  kind: 'Ident';
  name: string;
}

/** Literal text inside a string, URL or path (escapes already decoded). */
export interface TextPart extends NodeBase {
  kind: 'Text';
  value: string;
}

/**
 * `${name}` inside a string, URL or path: a template parameter. Only `${` + a plain name + `}` is an
 * interpolation; any other `${…}` (e.g. ngrok's own `${conn.client_ip}` or `${secrets.get(…)}`) stays
 * verbatim inside a {@link TextPart} so it reaches the policy unchanged.
 */
export interface Interpolation extends NodeBase {
  kind: 'Interpolation';
  name: string;
}

export type TemplatePart = TextPart | Interpolation;

/**
 * A double-quoted string (`"…"`). Values written as bare URLs where a string is expected (e.g.
 * `issuer https://…`) are also represented as strings.
 */
export interface StringLiteral extends NodeBase {
  kind: 'String';
  /** Consecutive text is merged; an empty string has no parts. */
  parts: TemplatePart[];
  /** The decoded text when there is no interpolation; otherwise undefined. */
  value: string | undefined;
}

/** A URL: `https://${id}.api.example`, `tcp://1.tcp.ngrok.io:12345`, `${db_addr}`, or a quoted string in URL position. */
export interface UrlLiteral extends NodeBase {
  kind: 'Url';
  parts: TemplatePart[];
  /** The text when there is no interpolation; otherwise undefined. */
  value: string | undefined;
}

/** A URL path: `/api`, `/clinics/${id}`. */
export interface PathLiteral extends NodeBase {
  kind: 'Path';
  parts: TemplatePart[];
  value: string | undefined;
}

/** An IPv4/IPv6 address or CIDR, checked for syntax by the parser. */
export interface IpLiteral extends NodeBase {
  kind: 'Ip';
  /** As written, e.g. `203.0.113.0/24`, `2001:db8::/48`, `203.0.113.9`. */
  text: string;
  version: 4 | 6;
  /** The prefix length when written with `/n`. */
  prefix: number | undefined;
}

/** A number in an object literal or an HTTP status. */
export interface NumberLiteral extends NodeBase {
  kind: 'Number';
  value: number;
  /** As written (kept so the formatter prints it back unchanged). */
  raw: string;
}

/** A TLS version: `1.0`, `1.1`, `1.2` or `1.3` (`tls min` accepts only 1.2 and 1.3). */
export interface TlsVersion extends NodeBase {
  kind: 'TlsVersion';
  version: '1.0' | '1.1' | '1.2' | '1.3';
}

// ---------------------------------------------------------------------------------------------
// References to values that live elsewhere (secrets are references only)
// ---------------------------------------------------------------------------------------------

/** `env("NAME")`: read from the environment of the process running `tpc` (the CLI). */
export interface EnvRef extends NodeBase {
  kind: 'Env';
  name: StringLiteral;
}

/** `secret("vault", "name")`: ngrok's `secrets.get('vault', 'name')`, resolved by ngrok at request time. */
export interface SecretRef extends NodeBase {
  kind: 'Secret';
  vault: StringLiteral;
  name: StringLiteral;
}

/** `file("certs/ca.pem")`: a file relative to the `.tpc` file that mentions it. */
export interface FileRef extends NodeBase {
  kind: 'File';
  path: StringLiteral;
}

/**
 * Where a secret comes from. A plain {@link StringLiteral} here is an inlined secret: the parser keeps it
 * so the compiler can reject it with a precise message.
 */
export type SecretValue = EnvRef | SecretRef | StringLiteral;

/**
 * A certificate authority: a named `ca` declaration ({@link Ident}), a file, a secret, or inline PEM
 * text ({@link StringLiteral}).
 */
export type CaSource = Ident | FileRef | SecretRef | StringLiteral;

// ---------------------------------------------------------------------------------------------
// Object literals (the `action` escape hatch, JWT claims in tests)
// ---------------------------------------------------------------------------------------------

export type JsonValue = ObjectLiteral | ArrayLiteral | StringLiteral | NumberLiteral | BooleanLiteral | NullLiteral;

/** `{ key: value, "quoted-key": value }` – JSON with unquoted keys and optional trailing commas. */
export interface ObjectLiteral extends NodeBase {
  kind: 'Object';
  entries: ObjectEntry[];
}

export interface ObjectEntry extends NodeBase {
  kind: 'Entry';
  /** The key text (a bare word or a decoded quoted string; `${…}` is not interpreted in keys). */
  key: string;
  /** Range of the key alone. */
  keyRange: Range;
  value: JsonValue;
}

export interface ArrayLiteral extends NodeBase {
  kind: 'Array';
  items: JsonValue[];
}

export interface BooleanLiteral extends NodeBase {
  kind: 'Boolean';
  value: boolean;
}

export interface NullLiteral extends NodeBase {
  kind: 'Null';
}

// ---------------------------------------------------------------------------------------------
// Program and top-level statements
// ---------------------------------------------------------------------------------------------

/** A `#` comment (kept for the formatter). */
export interface Comment extends NodeBase {
  kind: 'Comment';
  /** The text after `#`, without the line break. */
  text: string;
}

export interface Program extends NodeBase {
  kind: 'Program';
  statements: TopLevelStatement[];
  /** Every comment of the file, in source order. */
  comments: Comment[];
}

export type TopLevelStatement =
  | ImportStatement
  | GroupDecl
  | IdentityDecl
  | CaDecl
  | DefaultsBlock
  | TemplateDecl
  | SiteDecl
  | SitesFrom
  | TestBlock;

/** `import "other.tpc"` (path relative to this file). */
export interface ImportStatement extends NodeBase {
  kind: 'Import';
  path: StringLiteral;
}

/** `group office = ip 203.0.113.0/24, 2001:db8::/48, other-group` (the leading `ip` is optional). */
export interface GroupDecl extends NodeBase {
  kind: 'Group';
  name: Ident;
  /** IPs/CIDRs, or names of other groups. */
  members: (IpLiteral | Ident)[];
}

/** `identity NAME = jwt … | oauth … | oidc …`. Groups and identities share one namespace. */
export interface IdentityDecl extends NodeBase {
  kind: 'Identity';
  name: Ident;
  method: JwtMethod | OAuthMethod | OidcMethod;
}

/**
 * `jwt issuer "…" audience "a", "b" jwks "…" [header "Authorization" [prefix "Bearer "]] [algorithms RS256, ES256]`.
 * Options may come in any order; `audience` may repeat. The parser reports a missing issuer, audience or jwks.
 */
export interface JwtMethod extends NodeBase {
  kind: 'Jwt';
  issuer: StringLiteral | undefined;
  audiences: StringLiteral[];
  jwks: StringLiteral | undefined;
  /** Where the token is read from (ngrok's default is the Authorization header). */
  header: StringLiteral | undefined;
  /** Prefix stripped from the header value (e.g. `"Bearer "`). */
  prefix: StringLiteral | undefined;
  algorithms: Ident[];
}

/** ngrok's managed OAuth providers. */
export const OAUTH_PROVIDERS = [
  'amazon',
  'facebook',
  'github',
  'gitlab',
  'google',
  'linkedin',
  'microsoft',
  'twitch',
] as const;
export type OAuthProvider = (typeof OAUTH_PROVIDERS)[number];

/** `oauth google [allow-domain "x", …] [allow-email "a@b", …] [client-id …] [client-secret …] [scopes "…", …]` */
export interface OAuthMethod extends NodeBase {
  kind: 'OAuth';
  /** Checked against {@link OAUTH_PROVIDERS} by the parser. */
  provider: Ident;
  allowDomains: StringLiteral[];
  allowEmails: StringLiteral[];
  clientId: SecretValue | undefined;
  clientSecret: SecretValue | undefined;
  scopes: StringLiteral[];
}

/** `oidc issuer "https://…" client-id … client-secret … [scopes …] [allow-domain …] [allow-email …]` */
export interface OidcMethod extends NodeBase {
  kind: 'Oidc';
  issuer: StringLiteral | undefined;
  clientId: SecretValue | undefined;
  clientSecret: SecretValue | undefined;
  scopes: StringLiteral[];
  allowDomains: StringLiteral[];
  allowEmails: StringLiteral[];
}

/** `ca clinic-ca = file("certs/clinic-ca.pem")` – a named certificate authority for `mtls ca` and test `cert`. */
export interface CaDecl extends NodeBase {
  kind: 'Ca';
  name: Ident;
  source: FileRef | SecretRef | StringLiteral;
}

/** `defaults { … }` – exposure statements every exposure in scope inherits (top level, or in a site/template). */
export interface DefaultsBlock extends NodeBase {
  kind: 'Defaults';
  body: ExposureStatement[];
}

/** `template clinic(id, db_addr) { … }` */
export interface TemplateDecl extends NodeBase {
  kind: 'Template';
  name: Ident;
  params: Ident[];
  body: SiteStatement[];
}

/**
 * `site clinic1 = clinic(id: "clinic1", db_addr: "…")` (optionally followed by `{ … }` adding statements to the
 * instantiated template), or `site hq { … }` without a template.
 */
export interface SiteDecl extends NodeBase {
  kind: 'Site';
  name: Ident;
  instance: TemplateCall | undefined;
  /** Statements written in the site's own braces (added to the template's when `instance` is set). */
  body: SiteStatement[];
}

/** `clinic(id: "clinic1", db_addr: "tcp://…")` – arguments by name only. */
export interface TemplateCall extends NodeBase {
  kind: 'TemplateCall';
  template: Ident;
  args: TemplateArg[];
}

export interface TemplateArg extends NodeBase {
  kind: 'Arg';
  name: Ident;
  /** A string (a bare URL written as an argument is represented as a string too). */
  value: StringLiteral;
}

/**
 * `sites from "sites.csv" using clinic` – one site per row (CSV with a header of parameter names, or a
 * YAML/JSON list of maps). The parser does not read the file. A `site` column/key, if present, names the
 * site; the compiler documents the rule.
 */
export interface SitesFrom extends NodeBase {
  kind: 'SitesFrom';
  path: StringLiteral;
  template: Ident;
}

// ---------------------------------------------------------------------------------------------
// Site / template bodies
// ---------------------------------------------------------------------------------------------

export type SiteStatement = AgentStatement | ServiceDecl | ExposeDecl | DefaultsBlock | TestBlock;

/** ngrok PoP regions (informational in agent v3 configs). */
export const REGIONS = ['us', 'us-cal-1', 'eu', 'ap', 'au', 'in', 'jp', 'sa'] as const;
export type Region = (typeof REGIONS)[number];

/**
 * `agent bind "*.${id}.internal" | connect-url "host:443" | region eu | failover` – one or more settings in
 * any order. Several `agent` statements in one site are merged by the compiler.
 */
export interface AgentStatement extends NodeBase {
  kind: 'Agent';
  /** Authtoken ACL `bind` patterns. */
  bind: StringLiteral[];
  /** White-label connect URL (`host:port`). */
  connectUrl: StringLiteral | undefined;
  /** Checked against {@link REGIONS} by the parser. */
  region: Ident | undefined;
  /** A second agent serving the same internal URLs, with pooling enabled on both. */
  failover: boolean;
}

/** `service rest-api http://192.168.1.100:8080 [on-demand]` (schemes http, https, tcp, tls). */
export interface ServiceDecl extends NodeBase {
  kind: 'Service';
  name: Ident;
  upstream: UrlLiteral;
  onDemand: boolean;
}

/** `expose rest-api at https://${id}.api.example [path /api] [{ … }]` */
export interface ExposeDecl extends NodeBase {
  kind: 'Expose';
  service: Ident;
  url: UrlLiteral;
  path: PathLiteral | undefined;
  /** Empty when written without braces (the exposure then has only the defaults). */
  body: ExposureStatement[];
}

// ---------------------------------------------------------------------------------------------
// Exposure bodies (also the body of `defaults`)
// ---------------------------------------------------------------------------------------------

export type ExposureStatement = AllowStatement | DenyStatement | TlsMinStatement | MtlsStatement | ActionStatement;

/** `allow office, staff` – groups and/or identities. */
export interface AllowStatement extends NodeBase {
  kind: 'Allow';
  names: Ident[];
}

/** `deny blocked` – groups. */
export interface DenyStatement extends NodeBase {
  kind: 'Deny';
  names: Ident[];
}

/** `tls min 1.3` (1.2 or 1.3). */
export interface TlsMinStatement extends NodeBase {
  kind: 'TlsMin';
  version: TlsVersion;
}

/** `mtls ca file("certs/clinic-ca.pem")[, clinic-ca, secret("v","n"), "-----BEGIN …"]` */
export interface MtlsStatement extends NodeBase {
  kind: 'Mtls';
  cas: CaSource[];
}

/**
 * Where an `action` goes in the exposure's policy:
 * - `first`: before every action the DSL generates (`on_http_request`; `on_tcp_connect` for tcp/tls URLs);
 * - `before-forward`: after the security actions, just before `forward-internal` (same phase as `first`);
 * - `response`: `on_http_response` (HTTP exposures only).
 */
export const ACTION_POINTS = ['first', 'before-forward', 'response'] as const;
export type ActionPoint = (typeof ACTION_POINTS)[number];

/**
 * `action before-forward { type: "rate-limit", config: { … } }` – any ngrok action at a stated point;
 * `action first when "req.method == 'DELETE'" { … }` – only for requests (connections) matching a CEL
 * expression.
 */
export interface ActionStatement extends NodeBase {
  kind: 'Action';
  /** The point; `pointName` keeps its position. The parser rejects other names. */
  point: ActionPoint;
  pointName: Ident;
  /**
   * The CEL expression after `when`, kept as written (`${param}` interpolates as in other strings).
   * Absent without `when`. The parser accepts it at every point; the compiler rejects it at
   * `before-forward`.
   */
  when?: StringLiteral;
  /** The action object as written (`type`, `config`, …). */
  action: ObjectLiteral;
}

// ---------------------------------------------------------------------------------------------
// Test blocks (issue 4)
// ---------------------------------------------------------------------------------------------

/** `test { … }` – at top level, or inside a site/template (then run for every instantiating site). */
export interface TestBlock extends NodeBase {
  kind: 'Test';
  cases: Expectation[];
}

/**
 * One expectation, e.g. `from ip 203.0.113.9 cert clinic-ca tls 1.3 to clinic1.patient-db expect allow`.
 * Request clauses (`from`, `cert`, `tls`, `method`, `path`, `header`, `query`) may come before or after
 * `to`; the formatter prints `from cert tls to method path header query expect`.
 */
export interface Expectation extends NodeBase {
  kind: 'Expectation';
  /** Who sends the request; several subjects combine (`from ip 198.51.100.1 jwt staff`). Empty = anonymous, unspecified IP. */
  from: Subject[];
  cert: CertSpec | undefined;
  /** TLS version the client offers. */
  tls: TlsVersion | undefined;
  target: Target;
  /** HTTP method (an identifier such as GET). */
  method: Ident | undefined;
  path: PathLiteral | undefined;
  headers: HeaderPair[];
  query: HeaderPair[];
  expect: Outcome;
}

export type Subject = FromIp | FromAnonymous | FromIdentity | FromName;

/** `ip 203.0.113.9` */
export interface FromIp extends NodeBase {
  kind: 'FromIp';
  address: IpLiteral;
}

/** `anonymous` – no credentials. */
export interface FromAnonymous extends NodeBase {
  kind: 'Anonymous';
}

/**
 * `jwt staff [claims { … }] [expired | invalid]`, `oauth google-staff [email "a@b"]`, `oidc corp [email "a@b"]`.
 * Without `email`, a login session whose email satisfies the identity's own allow rules.
 */
export interface FromIdentity extends NodeBase {
  kind: 'FromIdentity';
  method: 'jwt' | 'oauth' | 'oidc';
  identity: Ident;
  email: StringLiteral | undefined;
  /** Extra JWT claims (jwt only). */
  claims: ObjectLiteral | undefined;
  /** `valid` unless written `expired` or `invalid` (bad signature/issuer); jwt only. */
  status: CredentialStatus;
}

export type CredentialStatus = 'valid' | 'expired' | 'invalid';

/** A bare name: a group (an address inside it) or an identity (a valid credential for it). */
export interface FromName extends NodeBase {
  kind: 'FromName';
  name: Ident;
}

/**
 * `cert clinic-ca [expired | invalid]` or `cert file("certs/clinic-ca.pem")` – the client certificate presented.
 * A name refers to a `ca` declaration or to the file stem of a CA file used in `mtls ca file(…)`.
 */
export interface CertSpec extends NodeBase {
  kind: 'Cert';
  ca: Ident | FileRef;
  status: CredentialStatus;
}

/** `header "x-name" "value"`, `query "k" "v"` */
export interface HeaderPair extends NodeBase {
  kind: 'Pair';
  name: StringLiteral;
  value: StringLiteral;
}

/** `to clinic1.rest-api`, `to rest-api` (the enclosing site, inside a site/template), or `to https://host/path`. */
export type Target = ServiceTarget | UrlTarget;

export interface ServiceTarget extends NodeBase {
  kind: 'ServiceTarget';
  /** Undefined when written without a site: the enclosing (instantiating) site. */
  site: Ident | undefined;
  service: Ident;
}

export interface UrlTarget extends NodeBase {
  kind: 'UrlTarget';
  url: UrlLiteral;
}

/** `expect allow`, `expect deny [status]`, `expect login` (redirected to an OAuth/OIDC login). */
export interface Outcome extends NodeBase {
  kind: 'Outcome';
  result: 'allow' | 'deny' | 'login';
  /** HTTP status for `deny` (100–599). */
  status: NumberLiteral | undefined;
}

// ---------------------------------------------------------------------------------------------
// Unions
// ---------------------------------------------------------------------------------------------

/** Every node type. */
export type Node =
  | Program
  | Comment
  | TopLevelStatement
  | SiteStatement
  | ExposureStatement
  | JwtMethod
  | OAuthMethod
  | OidcMethod
  | TemplateCall
  | TemplateArg
  | Expectation
  | Subject
  | CertSpec
  | HeaderPair
  | Target
  | Outcome
  | Ident
  | TemplatePart
  | StringLiteral
  | UrlLiteral
  | PathLiteral
  | IpLiteral
  | NumberLiteral
  | TlsVersion
  | EnvRef
  | SecretRef
  | FileRef
  | JsonValue
  | ObjectEntry;

export type NodeKind = Node['kind'];
