/**
 * Facts about Traffic Policy structure that several rules share: which actions run in which
 * phase (reference §2.0), which phase a protocol enters through (§1.2), and what makes a rule
 * unconditional or terminating (§1.5–1.6).
 *
 * @internal
 */

import { isTerminalAction } from '../../ngrok/types.js';
import type { Scheme } from '../../ngrok/types.js';
import { isObject } from '../workspace.js';

/** Short phase labels used in messages. */
export const HTTP_PHASES: ReadonlySet<string> = new Set(['on_http_request', 'on_http_response', 'on_event_stream_message']);

/**
 * Phases in which each documented action type runs (reference §2.0, "Phase → allowed action
 * types"). Bracketed/disputed entries are in {@link DISPUTED_PHASES} instead.
 */
export const ACTION_PHASES: Readonly<Record<string, readonly string[]>> = {
  'add-headers': ['on_http_request', 'on_http_response'],
  'basic-auth': ['on_http_request'],
  'circuit-breaker': ['on_http_request'],
  'close-connection': ['on_tcp_connect', 'on_http_request'],
  'compress-response': ['on_http_response'],
  'custom-response': ['on_http_request', 'on_http_response'],
  deny: ['on_tcp_connect', 'on_http_request'],
  'forward-internal': ['on_tcp_connect', 'on_http_request'],
  'http-request': ['on_http_request', 'on_http_response'],
  'jwt-validation': ['on_http_request'],
  log: ['on_tcp_connect', 'on_http_request', 'on_http_response'],
  oauth: ['on_http_request'],
  'openid-connect': ['on_http_request'],
  'owasp-crs-request': ['on_http_request'],
  'owasp-crs-response': ['on_http_response'],
  'rate-limit': ['on_http_request'],
  redirect: ['on_http_request'],
  'remove-headers': ['on_http_request', 'on_http_response'],
  'request-body-find-replace': ['on_http_request'],
  'response-body-find-replace': ['on_http_response'],
  'restrict-ips': ['on_tcp_connect', 'on_http_request'],
  'set-vars': ['on_tcp_connect', 'on_http_request', 'on_http_response'],
  'sse-find-replace': ['on_event_stream_message'],
  'terminate-tls': ['on_tcp_connect'],
  'url-rewrite': ['on_http_request'],
  'verify-webhook': ['on_http_request'],
  // Preview and legacy actions, request phase only (reference §2.0 rows 27–28).
  saml: ['on_http_request'],
  'ai-gateway': ['on_http_request'],
  // Deprecated spelling of openid-connect (reference §1.9); `deprecated-format` reports the name.
  oidc: ['on_http_request'],
};

/**
 * Phase placements on which ngrok's own sources disagree (reference §2.0 CONFLICT rows, §2.5,
 * §2.21): worth a warning, never an error.
 */
export const DISPUTED_PHASES: Readonly<Record<string, readonly string[]>> = {
  'compress-response': ['on_http_request'],
  'restrict-ips': ['on_http_response'],
};

/** The modern phase a legacy phase key stands for (`inbound` depends on the protocol). */
export function modernPhases(phase: string): readonly string[] {
  if (phase === 'inbound') return ['on_tcp_connect', 'on_http_request'];
  if (phase === 'outbound') return ['on_http_response'];
  return [phase];
}

/** The phase where traffic of a protocol enters a policy (reference §1.2, §1.7). */
export function entryPhase(scheme: Scheme | undefined): 'on_tcp_connect' | 'on_http_request' {
  return scheme === 'tcp' || scheme === 'tls' ? 'on_tcp_connect' : 'on_http_request';
}

/** True when a rule matches all traffic: no `expressions`, or an empty list. */
export function isUnconditional(rule: Record<string, unknown>): boolean {
  const e = rule['expressions'];
  return e === undefined || e === null || (Array.isArray(e) && e.length === 0);
}

/** The actions of a rule that are objects (empty when `actions` is missing or malformed). */
export function actionsOf(rule: Record<string, unknown>): Record<string, unknown>[] {
  const a = rule['actions'];
  return Array.isArray(a) ? a.filter(isObject) : [];
}

/** Index (in `rule.actions`) of the first unconditionally terminating action, or -1. */
export function firstTerminal(rule: Record<string, unknown>): number {
  const a = rule['actions'];
  if (!Array.isArray(a)) return -1;
  return a.findIndex((x) => isTerminalAction(x));
}

/** The `type` of an action when it is a string. */
export function typeOf(action: unknown): string | undefined {
  return isObject(action) && typeof action['type'] === 'string' ? action['type'] : undefined;
}

/** Quotes a list of names for a message: `'a', 'b' and 'c'`. */
export function quoteList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}
