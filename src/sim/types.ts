/**
 * Public types of the simulator: the request a user describes, the world of endpoints a
 * request can be forwarded into, the outcome, and the trace.
 */

import type { Activation } from '../ngrok/cel/index.js';
import type { Phase } from '../ngrok/types.js';

/** A TLS protocol version as ngrok names it. */
export type TlsVersionName = '1.0' | '1.1' | '1.2' | '1.3';

/** Whether a credential (JWT, client certificate) checks out. */
export type CredentialState = 'valid' | 'expired' | 'invalid';

/** The client certificate presented during the TLS handshake. */
export interface ClientCertificate {
  /**
   * The certificate authority that issued it, as one of: a name that `World.certificateAuthorities`
   * maps to PEM text or a CA id; a CA id (`ca_…`); the CA's PEM text; or the CA certificate's
   * fingerprint `sha256:<hex>` (of the DER bytes).
   */
  ca: string;
  /** `expired` and `invalid` (bad signature, wrong usage) never verify. Default `valid`. */
  status?: CredentialState;
  /** `conn.tls.client.subject` sub-fields (e.g. `{ common_name: 'nurse-7' }`), when expressions read them. */
  subject?: Record<string, unknown>;
}

/** A JWT described by its claims and by which checks it passes; no real token is needed. */
export interface JwtDescription {
  /** The payload: `iss`, `aud` (string or list), `sub`, `email`, custom claims… */
  claims?: Record<string, unknown>;
  /** `invalid`: the signature does not verify; `expired`: `exp` is in the past. Default `valid`. */
  status?: CredentialState;
  /** The JWKS URL holding the signing key; when given, the signature verifies only where that JWKS is configured. */
  jwks?: string;
  /** The signing algorithm (`RS256`…); when given, it must be allowed by the action. */
  alg?: string;
  /** The header carrying the token. Default `Authorization`. */
  header?: string;
  /** Text before the token in that header. Default `Bearer `. */
  prefix?: string;
}

/** A login session of ngrok's `oauth` or `openid-connect` action (a session cookie the client already holds). */
export interface LoginSession {
  kind: 'oauth' | 'oidc';
  /** OAuth provider (`google`, `github`…); for `oauth` sessions. */
  provider?: string;
  /** OpenID Connect issuer URL; for `oidc` sessions. */
  issuer?: string;
  email?: string;
  name?: string;
  /** The `auth_id` the session was created under, when the policy scopes sessions with one. */
  authId?: string;
}

/** HTTP basic-auth credentials sent in the `Authorization` header. */
export interface BasicCredentials {
  username: string;
  password: string;
}

/**
 * One request (or, for TCP/TLS endpoints, one connection) described by what matters to a
 * Traffic Policy. Everything is optional; what is not given is not known, and a decision
 * that depends on it comes out `unknown`.
 */
export interface SimRequest {
  /** Full URL (`https://host/path?query`); default the endpoint's URL. */
  url?: string;
  /** Replaces the URL's path. */
  path?: string;
  /** Query parameters added to the URL. */
  query?: Readonly<Record<string, string | readonly string[]>>;
  /** Default `GET`. */
  method?: string;
  /** Request headers (any case; values or lists of values). */
  headers?: Readonly<Record<string, string | readonly string[]>>;
  /** The client's L4 source address (what `restrict-ips` and `conn.client_ip` see). */
  clientIp?: string;
  /** The one TLS version the client speaks. Default `1.3`. */
  tls?: TlsVersionName;
  /** The client certificate, if one is presented. */
  cert?: ClientCertificate;
  /** A JWT presented in a header. */
  jwt?: JwtDescription;
  /** An OAuth/OIDC login session. */
  session?: LoginSession;
  /** Basic-auth credentials. */
  basicAuth?: BasicCredentials;
  /** A webhook signature: whether it verifies (for `verify-webhook`). Absent = unsigned request. */
  webhook?: { verified: boolean };
  /** `time.now` (RFC 3339). */
  time?: string;
  /**
   * Extra variables merged into every evaluation (e.g. `{ conn: { geo: { country_code: 'DE' } } }`).
   * They never replace what the simulator derives from the fields above.
   */
  extra?: Activation;
}

/** An endpoint the simulator can run: its URL, its policy and (agent endpoints) its upstream. */
export interface SimEndpoint {
  /** The endpoint URL (`https://api.example.com`, `tcp://1.tcp.ngrok.io:12345`, `https://api.site1.internal`). */
  url: string;
  /** The Traffic Policy (parsed object). Absent: no policy. */
  policy?: Readonly<Record<string, unknown>>;
  /** `agent` endpoints send traffic that no action handled to `upstream`; `cloud` endpoints must handle it. */
  kind: 'cloud' | 'agent';
  /** The agent endpoint's upstream URL. */
  upstream?: string;
  /** A label for traces (file, site, endpoint name). */
  label?: string;
}

/** Everything a request can be forwarded into. */
export interface World {
  /** Endpoints by URL; several at one URL form a pool. */
  endpoints?: readonly SimEndpoint[];
  /** CA name → PEM text or CA id, to resolve `ClientCertificate.ca` names. */
  certificateAuthorities?: Readonly<Record<string, string>>;
  /** ngrok IP policy id → its rules, for `restrict-ips` `ip_policies`. */
  ipPolicies?: Readonly<Record<string, { allow?: readonly string[]; deny?: readonly string[] }>>;
  /**
   * The world lists every endpoint of the account: a `forward-internal` to a URL it lacks fails
   * (ngrok's `on_error` applies). Otherwise such a forward is `unknown`.
   */
  closed?: boolean;
}

/** Where the request ended up. */
export type Outcome =
  /** Handed to an upstream service: `target` is the URL of the endpoint that sent it there. */
  | { result: 'forwarded'; target: string; upstream?: string }
  /** Refused: by which action, with an HTTP status, a failed TLS handshake, or a closed TCP connection. */
  | { result: 'rejected'; by: string; status?: number; tls?: 'handshake-failure'; tcp?: 'closed' }
  /** Redirected: `login` when it is an OAuth/OIDC login (then `location` names the provider or issuer). */
  | { result: 'redirected'; by: string; location: string; status?: number; login?: true }
  /** Answered by the policy itself (`custom-response`). */
  | { result: 'responded'; by: string; status: number }
  /** The simulator cannot tell faithfully; `reason` says why. Never a guess. */
  | { result: 'unknown'; reason: string };

/** The value of one rule expression in a trace. */
export interface ExpressionValue {
  text: string;
  /** The value, when it evaluated. */
  value?: unknown;
  /** Why it did not evaluate. */
  error?: string;
}

/** One step of a simulation, in order. */
export interface TraceStep {
  kind: 'endpoint' | 'phase' | 'rule' | 'action' | 'tls' | 'note' | 'result';
  /** The endpoint URL this step belongs to. */
  endpoint: string;
  /** 0 for the endpoint the request arrived at, +1 per `forward-internal`. */
  depth: number;
  phase?: Phase;
  /** Index of the rule in its phase. */
  rule?: number;
  ruleName?: string;
  /** Index of the action in its rule. */
  action?: number;
  /** Action type. */
  type?: string;
  /** For rules: whether it matched (`unknown` when an expression did not evaluate). */
  matched?: boolean | 'unknown';
  /** For rules: each expression and its value. */
  expressions?: ExpressionValue[];
  /** What happened and why, for people. */
  message: string;
}

/** What {@link simulate} returns. */
export interface SimResult {
  outcome: Outcome;
  trace: TraceStep[];
}
