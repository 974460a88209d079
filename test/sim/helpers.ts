/**
 * Helpers for simulator tests: a cloud endpoint in front of one internal agent endpoint.
 */

import { simulate } from '../../src/sim/simulate.js';
import type { Outcome, SimEndpoint, SimRequest, SimResult, World } from '../../src/sim/types.js';

/** The internal endpoint policies forward to. */
export const APP: SimEndpoint = { url: 'https://app.internal', kind: 'agent', upstream: 'http://127.0.0.1:8080', label: 'app' };
export const DB: SimEndpoint = { url: 'tcp://db.internal:5432', kind: 'agent', upstream: '127.0.0.1:5432', label: 'db' };
export const SECURE_DB: SimEndpoint = { url: 'tls://db.internal:5432', kind: 'agent', upstream: '127.0.0.1:5432', label: 'secure db' };

export const FORWARD = { type: 'forward-internal', config: { url: 'https://app.internal' } };
export const FORWARDED: Outcome = { result: 'forwarded', target: 'https://app.internal', upstream: 'http://127.0.0.1:8080' };

/** The world with the internal endpoints (and any extra). */
export function world(...extra: SimEndpoint[]): World {
  return { endpoints: [APP, DB, SECURE_DB, ...extra] };
}

/** Simulates a request at a cloud endpoint with `policy` (default URL https://api.example.com). */
export function sim(policy: Record<string, unknown>, request: SimRequest, options: { url?: string; world?: World; kind?: 'cloud' | 'agent'; upstream?: string } = {}): SimResult {
  const ep: SimEndpoint = { url: options.url ?? 'https://api.example.com', kind: options.kind ?? 'cloud', policy };
  if (options.upstream) ep.upstream = options.upstream;
  return simulate(ep, request, options.world ?? world());
}

/** The outcome only. */
export function outcome(policy: Record<string, unknown>, request: SimRequest, options: Parameters<typeof sim>[2] = {}): Outcome {
  return sim(policy, request, options).outcome;
}

/** An `on_http_request` policy: the given actions, then forward to app.internal. */
export function req(...actions: Record<string, unknown>[]): Record<string, unknown> {
  return { on_http_request: [{ actions: [...actions, FORWARD] }] };
}
