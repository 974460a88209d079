/**
 * Types of the ngrok artifacts tpc reads and writes: Traffic Policy documents, ngrok.yml
 * (version 3) agent configs, and the cloud endpoint create body of the ngrok API.
 *
 * These describe *valid* documents. Linted input is `unknown` until the schema says otherwise,
 * so rules must still guard their reads.
 */

/** The modern phase names, in lifecycle order. */
export const PHASES = ['on_tcp_connect', 'on_http_request', 'on_http_response', 'on_event_stream_message'] as const;
/** A modern phase name. */
export type Phase = (typeof PHASES)[number];
/** Legacy phase names (before October 2024). */
export const LEGACY_PHASES = ['inbound', 'outbound'] as const;
/** A legacy phase name: `inbound` (now `on_http_request` / `on_tcp_connect`) or `outbound` (now `on_http_response`). */
export type LegacyPhase = (typeof LEGACY_PHASES)[number];

/** One action of a rule. */
export interface Action {
  type: string;
  config?: Record<string, unknown>;
}

/** One rule of a phase. */
export interface Rule {
  name?: string;
  expressions?: string[];
  actions: Action[];
}

/** A Traffic Policy document. */
export type TrafficPolicy = Partial<Record<Phase | LegacyPhase, Rule[]>>;

/** `upstream` of an ngrok.yml v3 endpoint. */
export interface AgentUpstream {
  url: string | number;
  protocol?: 'http1' | 'http2';
  proxy_protocol?: 1 | 2 | '1' | '2';
}

/** One `endpoints[]` item of ngrok.yml v3. */
export interface AgentEndpoint {
  name: string;
  url?: string;
  description?: string;
  metadata?: string;
  bindings?: string[];
  pooling_enabled?: boolean;
  traffic_policy?: TrafficPolicy;
  traffic_policy_file?: string;
  upstream: AgentUpstream;
  agent_tls_termination?: {
    server_certificate?: string;
    server_private_key?: string;
    mutual_tls_certificate_authorities?: string[];
  };
}

/** ngrok.yml version 3. */
export interface AgentConfig {
  version: 3 | '3';
  agent?: Record<string, unknown> & { authtoken?: string; connect_url?: string };
  endpoints?: AgentEndpoint[];
  tunnels?: Record<string, Record<string, unknown>>;
}

/** Body of `POST /endpoints` (create a cloud endpoint). `traffic_policy` is JSON or YAML text. */
export interface CloudEndpointCreate {
  type: 'cloud';
  url: string;
  traffic_policy: string;
  description?: string;
  metadata?: string;
  bindings?: string[];
  pooling_enabled?: boolean;
}

/** Actions that always end processing of their phase (ngrok docs, "terminating actions"). */
export const TERMINAL_ACTIONS: ReadonlySet<string> = new Set([
  'close-connection',
  'custom-response',
  'deny',
  'forward-internal',
]);

/**
 * True when this action unconditionally ends its phase. `forward-internal` with
 * `on_error: continue` lets later actions run when the forward fails, so it is not terminal.
 */
export function isTerminalAction(action: unknown): boolean {
  if (!action || typeof action !== 'object') return false;
  const a = action as { type?: unknown; config?: unknown };
  if (typeof a.type !== 'string' || !TERMINAL_ACTIONS.has(a.type)) return false;
  if (a.type === 'forward-internal') {
    const cfg = a.config as { on_error?: unknown } | undefined;
    return !(cfg && typeof cfg === 'object' && cfg.on_error === 'continue');
  }
  return true;
}

/** The endpoint protocol families, from the URL scheme. */
export type Scheme = 'http' | 'https' | 'tcp' | 'tls';
