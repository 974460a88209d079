/**
 * Outcomes in words, and the coarse classes tests and the access matrix talk about.
 */

import type { Outcome } from './types.js';

/**
 * The class of an outcome as `expect` clauses name it:
 * - `allow`: forwarded to an upstream;
 * - `deny`: rejected (any status, failed TLS handshake, closed connection), or answered by the
 *   policy with a 4xx/5xx status;
 * - `login`: redirected to an OAuth/OIDC login;
 * - `redirect`: redirected elsewhere; `respond`: answered by the policy with a 1xx–3xx status;
 * - `unknown`.
 */
export type OutcomeClass = 'allow' | 'deny' | 'login' | 'redirect' | 'respond' | 'unknown';

/** The class of an outcome. */
export function outcomeClass(o: Outcome): OutcomeClass {
  switch (o.result) {
    case 'forwarded':
      return 'allow';
    case 'rejected':
      return 'deny';
    case 'redirected':
      return o.login ? 'login' : 'redirect';
    case 'responded':
      return o.status >= 400 ? 'deny' : 'respond';
    case 'unknown':
      return 'unknown';
  }
}

/** The HTTP status of an outcome, when it has one. */
export function outcomeStatus(o: Outcome): number | undefined {
  if (o.result === 'rejected' || o.result === 'responded' || o.result === 'redirected') return o.status;
  return undefined;
}

/** One line saying what happened. */
export function describeOutcome(o: Outcome): string {
  switch (o.result) {
    case 'forwarded':
      return `forwarded to ${o.target}${o.upstream !== undefined ? ` (upstream ${o.upstream})` : ''}`;
    case 'rejected': {
      const how = o.tls ? 'TLS handshake failure' : o.tcp ? 'connection closed' : o.status !== undefined ? `HTTP ${o.status}` : 'refused';
      return `rejected by ${o.by}: ${how}`;
    }
    case 'redirected':
      return o.login ? `redirected to log in (${o.location})` : `redirected${o.status !== undefined ? ` (${o.status})` : ''} to ${o.location}`;
    case 'responded':
      return `answered by ${o.by} with HTTP ${o.status}`;
    case 'unknown':
      return `unknown: ${o.reason}`;
  }
}

/** Deep equality of two outcomes. */
export function sameOutcome(a: Outcome, b: Outcome): boolean {
  const ka = Object.keys(a).sort();
  const kb = Object.keys(b).sort();
  if (ka.join() !== kb.join()) return false;
  return ka.every((k) => (a as unknown as Record<string, unknown>)[k] === (b as unknown as Record<string, unknown>)[k]);
}
