/**
 * The simulator's engine: phase and rule order (ngrok.com/docs/traffic-policy/how-it-works,
 * reference §1.5–1.7), expression semantics, what happens off the end of a policy, traces,
 * and honesty (`unknown`, never a guess).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatTrace } from '../../src/sim/report.js';
import { prepare, simulate } from '../../src/sim/simulate.js';
import type { SimEndpoint } from '../../src/sim/types.js';
import { requests } from '../../src/testing/arbitraries.js';
import { APP, FORWARD, FORWARDED, outcome, sim, world } from './helpers.js';

describe('order of evaluation', () => {
  it('runs rules top to bottom; a matching rule runs its actions in order; the first terminating action ends the phase', () => {
    const p = {
      on_http_request: [
        { expressions: ["req.url.path == '/a'"], actions: [{ type: 'custom-response', config: { status_code: 201 } }] },
        { actions: [{ type: 'custom-response', config: { status_code: 202 } }, { type: 'custom-response', config: { status_code: 203 } }] },
        { actions: [{ type: 'custom-response', config: { status_code: 204 } }] },
      ],
    };
    expect(outcome(p, { path: '/a' })).toMatchObject({ status: 201 });
    expect(outcome(p, { path: '/b' })).toMatchObject({ status: 202 });
  });

  it('runs on_tcp_connect before on_http_request', () => {
    const p = { on_tcp_connect: [{ actions: [{ type: 'restrict-ips', config: { allow: ['10.0.0.0/8'] } }] }], on_http_request: [{ actions: [{ type: 'deny', config: { status_code: 404 } }] }] };
    expect(outcome(p, { clientIp: '192.0.2.1' })).toEqual({ result: 'rejected', by: 'restrict-ips', tcp: 'closed' });
    expect(outcome(p, { clientIp: '10.1.1.1' })).toEqual({ result: 'rejected', by: 'deny', status: 404 });
  });

  it('several expressions of a rule are ANDed', () => {
    const p = { on_http_request: [{ expressions: ["req.method == 'POST'", "req.url.path.startsWith('/api')"], actions: [{ type: 'deny' }] }, { actions: [FORWARD] }] };
    expect(outcome(p, { method: 'POST', path: '/api/x' })).toMatchObject({ result: 'rejected' });
    expect(outcome(p, { method: 'GET', path: '/api/x' })).toEqual(FORWARDED);
    expect(outcome(p, { method: 'POST', path: '/x' })).toEqual(FORWARDED);
  });

  it('false wins over an evaluation error (as CEL && does), so the rule is skipped', () => {
    const p = { on_http_request: [{ expressions: ["req.method == 'POST'", "req.headers['x-missing'][0] == 'a'"], actions: [{ type: 'deny' }] }, { actions: [FORWARD] }] };
    expect(outcome(p, { method: 'GET' })).toEqual(FORWARDED);
    expect(outcome(p, { method: 'POST' }).result).toBe('unknown');
  });

  it('maps the legacy inbound phase to on_http_request on HTTP endpoints and on_tcp_connect on TCP ones', () => {
    expect(outcome({ inbound: [{ actions: [{ type: 'deny', config: { status_code: 418 } }] }] }, {})).toEqual({ result: 'rejected', by: 'deny', status: 418 });
    expect(outcome({ inbound: [{ actions: [{ type: 'deny' }] }] }, {}, { url: 'tcp://1.tcp.ngrok.io:20000' })).toEqual({ result: 'rejected', by: 'deny', tcp: 'closed' });
    expect(outcome({ inbound: [], on_http_request: [] }, {}).result).toBe('unknown');
  });
});

describe('off the end of the policy (reference §1.5 item 7)', () => {
  it('an agent endpoint sends unhandled traffic to its upstream', () => {
    expect(outcome({ on_http_request: [{ expressions: ['false'], actions: [{ type: 'deny' }] }] }, {}, { kind: 'agent', upstream: 'http://localhost:3000' })).toEqual({ result: 'forwarded', target: 'https://api.example.com', upstream: 'http://localhost:3000' });
  });
  it('an agent endpoint without a policy goes straight to the upstream', () => {
    expect(simulate({ url: 'https://a.example.com', kind: 'agent', upstream: 'http://localhost:1' }, {}).outcome).toEqual({ result: 'forwarded', target: 'https://a.example.com', upstream: 'http://localhost:1' });
  });
  it('a cloud endpoint must terminate: falling through is unknown (ngrok refuses such a policy)', () => {
    const o = outcome({ on_http_request: [{ expressions: ["req.method == 'POST'"], actions: [FORWARD] }] }, {});
    expect(o).toMatchObject({ result: 'unknown' });
    expect(o.result === 'unknown' && o.reason).toMatch(/terminating action/);
  });
});

describe('honesty: unknown, never a guess', () => {
  it.each<[string, Record<string, unknown>]>([
    ['a random function', { on_http_request: [{ expressions: ['rand.double() < 0.5'], actions: [{ type: 'deny' }] }, { actions: [FORWARD] }] }],
    ['a variable the request does not describe', { on_http_request: [{ expressions: ["conn.geo.country_code == 'DE'"], actions: [{ type: 'deny' }] }, { actions: [FORWARD] }] }],
    ['an expression that is not a bool', { on_http_request: [{ expressions: ['1 + 1'], actions: [{ type: 'deny' }] }, { actions: [FORWARD] }] }],
    ['a syntax error', { on_http_request: [{ expressions: ['req.method =='], actions: [{ type: 'deny' }] }, { actions: [FORWARD] }] }],
    ['a rule without actions', { on_http_request: [{ actions: [] }, { actions: [FORWARD] }] }],
    ['a policy that is not a mapping', { on_http_request: 'nope' }],
  ])('%s', (_n, p) => {
    expect(outcome(p, { clientIp: '203.0.113.1' }).result).toBe('unknown');
  });

  it('variables given in extra are used', () => {
    const p = { on_http_request: [{ expressions: ["conn.geo.country_code == 'DE'"], actions: [{ type: 'deny', config: { status_code: 451 } }] }, { actions: [FORWARD] }] };
    expect(outcome(p, { extra: { conn: { geo: { country_code: 'DE' } } } })).toEqual({ result: 'rejected', by: 'deny', status: 451 });
    expect(outcome(p, { extra: { conn: { geo: { country_code: 'FR' } } } })).toEqual(FORWARDED);
  });

  it('a rule whose match is unknown but whose actions cannot change the outcome is skipped with a note', () => {
    const p = { on_http_request: [{ expressions: ["conn.geo.country_code == 'DE'"], actions: [{ type: 'log', config: { metadata: { a: 'b' } } }] }, { actions: [FORWARD] }] };
    const r = sim(p, {});
    expect(r.outcome).toEqual(FORWARDED);
    expect(r.trace.find((s) => s.kind === 'rule' && s.rule === 0)?.matched).toBe('unknown');
  });

  it('the response phase never changes whether the upstream was reached', () => {
    const p = { on_http_request: [{ actions: [FORWARD] }], on_http_response: [{ expressions: ['res.status_code >= 500'], actions: [{ type: 'custom-response', config: { status_code: 503 } }] }] };
    expect(outcome(p, {})).toEqual(FORWARDED);
  });

  it('never throws, whatever the policy and request (property)', () => {
    const junk = fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.array(fc.anything(), { maxLength: 3 }), fc.dictionary(fc.constantFrom('actions', 'expressions', 'type', 'config'), fc.anything(), { maxKeys: 3 }));
    const policy = fc.dictionary(fc.constantFrom('on_tcp_connect', 'on_http_request', 'on_http_response', 'inbound', 'x'), fc.oneof(junk, fc.array(fc.record({ expressions: fc.option(fc.array(fc.constantFrom('true', 'false', 'req.method', 'x ==', "inCidrRange(conn.client_ip, '10.0.0.0/8')")), { nil: undefined }), actions: fc.array(fc.record({ type: fc.constantFrom('deny', 'forward-internal', 'restrict-ips', 'jwt-validation', 'set-vars', 'redirect', 'bogus'), config: fc.oneof(fc.constant(undefined), fc.dictionary(fc.constantFrom('url', 'allow', 'deny', 'status_code', 'to', 'from', 'vars'), junk)) }), { maxLength: 3 }) }), { maxLength: 3 })));
    fc.assert(
      fc.property(policy, requests(), fc.constantFrom('https://a.example.com', 'tcp://1.tcp.ngrok.io:1', 'tls://t.example.com', 'http://p.example.com', 'not a url'), (p, r, url) => {
        const res = simulate({ url, kind: 'cloud', policy: p }, r, world());
        expect(['forwarded', 'rejected', 'redirected', 'responded', 'unknown']).toContain(res.outcome.result);
      }),
      { numRuns: 300 },
    );
  });
});

describe('traces', () => {
  it('record every endpoint, phase, rule (with expression values) and action, then the result', () => {
    const p = { on_http_request: [{ name: 'office only', expressions: ["inCidrRange(conn.client_ip, '203.0.113.0/24')"], actions: [FORWARD] }, { actions: [{ type: 'deny' }] }] };
    const r = sim(p, { clientIp: '203.0.113.7' });
    expect(r.trace.map((s) => [s.kind, s.depth])).toEqual([
      ['endpoint', 0],
      ['tls', 0],
      ['phase', 0],
      ['rule', 0],
      ['action', 0],
      ['endpoint', 1],
      ['note', 1],
      ['result', 0],
    ]);
    const rule = r.trace[3]!;
    expect(rule).toMatchObject({ matched: true, ruleName: 'office only', expressions: [{ text: "inCidrRange(conn.client_ip, '203.0.113.0/24')", value: true }] });
    expect(formatTrace(r.trace)).toBe(
      [
        'https://api.example.com (cloud endpoint)',
        '    TLS 1.3 terminated by ngrok (https default: 1.2–1.3)',
        '  on_http_request',
        "    rule 1 'office only' matches",
        "        inCidrRange(conn.client_ip, '203.0.113.0/24')  →  true",
        '      forward-internal: forwards to https://app.internal',
        '    https://app.internal (internal agent endpoint, app) via forward-internal',
        '        no action handled it: the agent sends it to the upstream http://127.0.0.1:8080',
        '=> forwarded to https://app.internal (upstream http://127.0.0.1:8080)',
        '',
      ].join('\n'),
    );
  });

  it('can be switched off (same outcome, no steps)', () => {
    const p = { on_http_request: [{ actions: [FORWARD] }] };
    const r = simulate({ url: 'https://api.example.com', kind: 'cloud', policy: p }, {}, world(), { trace: false });
    expect(r).toEqual({ outcome: FORWARDED, trace: [] });
  });
});

describe('prepare', () => {
  it('simulates many requests with one prepared endpoint, and finds endpoints by URL in the world', () => {
    const ep: SimEndpoint = { url: 'https://api.example.com', kind: 'cloud', policy: { on_http_request: [{ expressions: ["req.method == 'GET'"], actions: [FORWARD] }, { actions: [{ type: 'deny' }] }] } };
    const s = prepare('https://API.example.com:443', { endpoints: [ep, APP] });
    expect(s.endpoint).toBe(ep);
    expect(s.simulate({ method: 'GET' }).outcome).toEqual(FORWARDED);
    expect(s.simulate({ method: 'PUT' }).outcome).toEqual({ result: 'rejected', by: 'deny', status: 403 });
    expect(prepare('https://nowhere.example.com').simulate({}).outcome).toMatchObject({ result: 'unknown' });
  });
});
