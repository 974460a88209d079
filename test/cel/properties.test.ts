/**
 * fast-check properties for the "never" and "always" claims of the CEL layer.
 */

import fc from 'fast-check';
import ipaddrNamespace from 'ipaddr.js';
import { describe, expect, it } from 'vitest';
import type { Activation } from '../../src/ngrok/cel/activation.js';
import { analyzeExpression } from '../../src/ngrok/cel/analyze.js';
import { identifiersOf } from '../../src/ngrok/cel/ast.js';
import { checkEnvironment, checkEnvironmentFor, parseEnvironment } from '../../src/ngrok/cel/env.js';
import { compileExpression, renderTemplate } from '../../src/ngrok/cel/evaluate.js';
import { analyzeTemplate, parseTemplate } from '../../src/ngrok/cel/interpolation.js';
import { inCidrRange, inCidrRanges } from '../../src/ngrok/cel/ip.js';

const ipaddr = (ipaddrNamespace as unknown as { default?: typeof ipaddrNamespace }).default ?? ipaddrNamespace;

/** Fragments of real expressions, so generated strings reach deep into parser and analyzer. */
const TOKENS = [
  'req', 'res', 'conn', 'vars', 'actions', 'endpoint', 'time', 'secrets', '.', 'url', 'path', 'headers', 'method', 'client_ip',
  'geo', 'status_code', 'ngrok', 'oauth', 'identity', 'email', '(', ')', '[', ']', '{', '}', ',', ':', "'x'", '"/api"', "'10.0.0.0/8'",
  '1', '0u', '2.5', "b'x'", 'true', 'null', '==', '!=', '<', '>=', '&&', '||', '!', '-', '+', '*', '/', '%', '?', ' in ', ' ',
  'has(', 'inCidrRange(', 'inCidrRanges(', 'getReqHeader(', 'getResHeader(', 'startsWith(', 'endsWith(', 'matches(', "'(?=a)'",
  'exists(', 'all(', 'map(', 'filter(', 'sortBy(', 'size(', 'timestamp(', 'int(', 'x', 'y', '${', '\\"', "r'", "'''", '//c\n',
];

const exprArb = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(fc.constantFrom(...TOKENS), { maxLength: 30 }).map((t) => t.join('')),
);

const phaseArb = fc.option(
  fc.constantFrom('on_tcp_connect', 'on_http_request', 'on_http_response', 'on_event_stream_message', 'inbound', 'outbound') as fc.Arbitrary<
    'on_tcp_connect' | 'on_http_request' | 'on_http_response' | 'on_event_stream_message' | 'inbound' | 'outbound'
  >,
  { nil: undefined },
);

/** Arbitrary JSON-ish values, including the shapes tpc gives special meaning to. */
const valueArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.bigInt(),
    fc.date({ noInvalidDate: false }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('path', 'headers', 'x', '$value', 'url', 'client_ip', '__proto__', 'constructor', 'a'), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const activationArb: fc.Arbitrary<Activation> = fc.record(
  {
    conn: fc.dictionary(fc.constantFrom('client_ip', 'server_port', 'tls', 'geo'), valueArb, { maxKeys: 3 }),
    req: fc.dictionary(fc.constantFrom('method', 'url', 'headers', 'cookies', 'host'), valueArb, { maxKeys: 4 }),
    res: fc.dictionary(fc.constantFrom('status_code', 'headers', 'cookies'), valueArb, { maxKeys: 3 }),
    vars: fc.dictionary(fc.string({ maxLength: 4 }), valueArb, { maxKeys: 3 }),
    time: fc.record({ now: fc.oneof(fc.string(), fc.constant('2026-11-25T10:20:30Z')) }),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Activation>;

function validIssue(text: string) {
  return (i: { start: number; end: number; code: string; severity: string; message: string }): boolean =>
    i.start >= 0 && i.end >= i.start && i.end <= text.length && typeof i.message === 'string' && i.message.length > 0;
}

describe('never throws', () => {
  it('analyzeExpression never throws and returns issues inside the text', () => {
    fc.assert(
      fc.property(exprArb, phaseArb, fc.boolean(), (text, phase, mustBeBool) => {
        const issues = analyzeExpression(text, { phase, mustBeBool, setVars: new Set(['x']), priorActions: new Set() });
        expect(issues.every(validIssue(text))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('parseTemplate and analyzeTemplate never throw; segments tile the string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.array(fc.constantFrom(...TOKENS, 'abc', '$'), { maxLength: 20 }).map((t) => t.join(''))), (s) => {
        const t = parseTemplate(s);
        let pos = 0;
        for (const seg of t.segments) {
          expect(seg.start).toBe(pos);
          pos = seg.end;
        }
        if (t.issues.length === 0) expect(pos).toBe(s.length);
        expect(analyzeTemplate(s).every(validIssue(s))).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });

  it('compileExpression(...).evaluate never throws on arbitrary strings and activations', () => {
    fc.assert(
      fc.property(exprArb, activationArb, (text, activation) => {
        const c = compileExpression(text);
        if ('error' in c) {
          expect(c.error.code).toBe('expression-syntax');
          return;
        }
        const r = c.evaluate(activation);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(typeof r.error).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('compiled real expressions evaluate on arbitrary activations without throwing', () => {
    const exprs = [
      "req.url.path.startsWith('/api') && req.method in ['GET', 'HEAD']",
      "inCidrRanges(conn.client_ip, ['10.0.0.0/8']) || 'x' in conn.client_ip.categories",
      "getReqHeader('authorization').exists(h, h.startsWith('Bearer '))",
      "hasQueryParam('a') && getReqCookie('s').value == 'v'",
      'res.status_code >= 500 || getResHeader("x").size() > 0',
      'timestamp(time.now).getHours() > 8',
      'vars.x.y.z == 1',
    ];
    fc.assert(
      fc.property(fc.constantFrom(...exprs), activationArb, (text, activation) => {
        const c = compileExpression(text);
        if ('error' in c) throw new Error(c.error.message);
        expect(typeof c.evaluate(activation).ok).toBe('boolean');
        expect(typeof renderTemplate('a ${' + text + '} b', activation).ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('inCidrRange never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(typeof inCidrRange(a, b)).toBe('boolean');
        expect(typeof inCidrRanges(a, [b, 1, null])).toBe('boolean');
      }),
    );
  });
});

/** Independent containment check: compare the first `bits` bits of the byte arrays. */
function independentContains(ip: string, net: string, bits: number): boolean {
  const a = ipaddr.parse(ip).toByteArray();
  const n = ipaddr.parse(net).toByteArray();
  if (a.length !== n.length) return false;
  let rest = bits;
  for (let i = 0; i < a.length && rest > 0; i++) {
    const take = Math.min(8, rest);
    const mask = (0xff << (8 - take)) & 0xff;
    if ((a[i]! & mask) !== (n[i]! & mask)) return false;
    rest -= take;
  }
  return true;
}

const v4 = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join('.'));
const v6 = fc.array(fc.nat(0xffff), { minLength: 8, maxLength: 8 }).map((p) => p.map((x) => x.toString(16)).join(':'));

describe('analysis does not depend on what was analysed before', () => {
  // Each expression is analysed in several contexts, in one order; then, with a leading space (a
  // new text, so nothing cached is reused), in the reverse order. Same issues, offsets shifted.
  const EXPRS = [
    "vars.tier == 'gold'",
    "vars['tier'] == 'gold' && vars.other == 'x'",
    "actions.ngrok.oauth.identity.email.endsWith('@clinicnet.example')",
    "actions.ngrok.oidc.identity.email == 'a@b.example' || vars.tier == 'x'",
    "req.url.path.startsWith('/api')",
    'conn.client_ip',
    'attempts > 2 && last_attempt.res.status_code >= 500',
    "res.status_code == 200 && req.method == 'GET'",
  ];
  const optionsArb = fc.record(
    {
      phase: phaseArb,
      mustBeBool: fc.boolean(),
      setVars: fc.option(fc.subarray(['tier', 'other']).map((a) => new Set(a)), { nil: undefined }),
      priorActions: fc.option(fc.subarray(['oauth', 'openid-connect', 'oidc', 'deny']).map((a) => new Set(a)), { nil: undefined }),
      extraRoots: fc.option(fc.subarray(['attempts', 'last_attempt']).map((a) => new Set(a)), { nil: undefined }),
    },
    { requiredKeys: [] },
  );
  it('gives the same issues for a frozen options object (remembered per object) as for a fresh copy, call after call', () => {
    fc.assert(
      fc.property(fc.array(optionsArb, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(fc.constantFrom(...EXPRS), fc.nat()), { minLength: 1, maxLength: 16 }), (pool, calls) => {
        // A few frozen options objects, each met with many expressions (as the lint shares them).
        const frozen = pool.map((o) => Object.freeze({ ...o }));
        for (let round = 0; round < 2; round++) {
          for (const [e, i] of calls) {
            const o = frozen[i % frozen.length]!;
            expect(analyzeExpression(e, o)).toEqual(analyzeExpression(e, { ...o }));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  let pad = 0;
  it('gives the same issues in any order of calls', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...EXPRS), optionsArb), { minLength: 1, maxLength: 12 }), (calls) => {
        const first = calls.map(([e, o]) => analyzeExpression(e, o));
        const spaces = ' '.repeat(++pad);
        const again = [...calls].reverse().map(([e, o]) => analyzeExpression(spaces + e, o)).reverse();
        const shift = (issues: ReturnType<typeof analyzeExpression>) => issues.map((i) => ({ ...i, start: i.start - spaces.length, end: i.end - spaces.length }));
        expect(again.map(shift)).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});

describe('type checks declare only the roots an expression mentions', () => {
  const summary = (r: { valid: boolean; type?: string; error?: unknown }) => {
    const e = r.error as { code?: unknown; summary?: unknown; range?: unknown } | undefined;
    return r.valid ? { valid: true, type: r.type } : { valid: false, code: e?.code, summary: e?.summary ?? String(e), range: e?.range };
  };
  const realExpr = fc.constantFrom(
    "req.url.path.startsWith('/api') && conn.geo.country_code == 'US'",
    "actions.ngrok.oauth.identity.email.endsWith('@clinicnet.example')",
    "inCidrRanges(conn.client_ip, ['10.0.0.0/8']) || req.headers['x-a'][0] == 'b'",
    "res.status_code >= 500 && endpoint.url != ''",
    'time.now > timestamp("2024-01-01T00:00:00Z")',
    "vars.tier == 'gold' && size(req.headers) > 1",
    "req.headers.exists(req, req == 'x')",
    'conn.client_ip + 1',
    "has(req.url.query_params.debug) ? 1 : 'x'",
  );
  it('gives the same result as the environment that declares every root', () => {
    fc.assert(
      fc.property(fc.oneof(exprArb, realExpr), (text) => {
        let ast;
        try {
          ast = parseEnvironment().parse(text).ast;
        } catch {
          return; // not an expression
        }
        const minimal = checkEnvironmentFor(identifiersOf(ast)).parse(text).check();
        expect(summary(minimal)).toEqual(summary(checkEnvironment().parse(text).check()));
      }),
      { numRuns: 1500 },
    );
  });
});

describe('inCidrRange agrees with an independent ipaddr.js computation', () => {
  it('IPv4', () => {
    fc.assert(
      fc.property(v4, v4, fc.integer({ min: 0, max: 32 }), (ip, net, bits) => {
        expect(inCidrRange(ip, `${net}/${bits}`)).toBe(independentContains(ip, net, bits));
      }),
      { numRuns: 3000 },
    );
  });

  it('IPv4 near the network (shared prefix)', () => {
    fc.assert(
      fc.property(v4, fc.integer({ min: 0, max: 32 }), fc.nat(255), (net, bits, last) => {
        const ip = net.split('.').slice(0, 3).concat(String(last)).join('.');
        expect(inCidrRange(ip, `${net}/${bits}`)).toBe(independentContains(ip, net, bits));
      }),
      { numRuns: 2000 },
    );
  });

  it('IPv6', () => {
    fc.assert(
      fc.property(v6, v6, fc.integer({ min: 0, max: 128 }), (ip, net, bits) => {
        // the 32 low bits of ::ffff:0:0/96 are IPv4-mapped addresses, matched as IPv4 (documented choice)
        fc.pre(!ipaddr.IPv6.parse(ip).isIPv4MappedAddress());
        expect(inCidrRange(ip, `${net}/${bits}`)).toBe(independentContains(ip, net, bits));
      }),
      { numRuns: 3000 },
    );
  });

  it('IPv6 sharing a prefix with the network', () => {
    fc.assert(
      fc.property(v6, fc.integer({ min: 0, max: 128 }), fc.nat(0xffff), (net, bits, tail) => {
        const ip = net.split(':').slice(0, 7).concat(tail.toString(16)).join(':');
        fc.pre(!ipaddr.IPv6.parse(ip).isIPv4MappedAddress());
        expect(inCidrRange(ip, `${net}/${bits}`)).toBe(independentContains(ip, net, bits));
      }),
      { numRuns: 2000 },
    );
  });

  it('never matches across families; inCidrRanges is "any of"', () => {
    fc.assert(
      fc.property(v4, v6, fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 128 }), (a4, a6, b4, b6) => {
        expect(inCidrRange(a4, `${a6}/${b6}`)).toBe(false);
        fc.pre(!ipaddr.IPv6.parse(a6).isIPv4MappedAddress());
        expect(inCidrRange(a6, `${a4}/${b4}`)).toBe(false);
        const list = [`${a4}/${b4}`, `${a6}/${b6}`, 'junk'];
        expect(inCidrRanges(a4, list)).toBe(list.some((c) => inCidrRange(a4, c)));
        expect(inCidrRanges(a6, list)).toBe(list.some((c) => inCidrRange(a6, c)));
      }),
      { numRuns: 1000 },
    );
  });
});
