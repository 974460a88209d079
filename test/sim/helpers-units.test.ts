/**
 * Small pieces of the simulator: RE2 patterns with Go replacement templates (redirect,
 * url-rewrite), CA identities, outcome classes.
 */

import { describe, expect, it } from 'vitest';
import { caIdentity, pemFingerprints, sameCa } from '../../src/sim/certs.js';
import { describeOutcome, outcomeClass } from '../../src/sim/outcome.js';
import { compilePattern, replaceAll } from '../../src/sim/regex.js';
import type { Outcome } from '../../src/sim/types.js';

describe('patterns and Go replacement templates', () => {
  it.each([
    ['/old/(.*)', '/new/$1', 'https://a.example/old/x/y', 'https://a.example/new/x/y'],
    ['/v(\\d+)/', '/version-${1}/', 'https://a.example/v2/x', 'https://a.example/version-2/x'],
    ['(?P<seg>[a-z]+)$', '[$seg]', 'https://a.example/abc', 'https://a.example/[abc]'],
    ['a', '$$', 'xaxa', 'x$x$'],
    ['/v(\\d)', '/$1x', 'https://a.example/v2', 'https://a.example/'],
  ])('%s → %s', (from, to, url, want) => {
    const p = compilePattern(from);
    expect(p.ok).toBe(true);
    if (p.ok) expect(replaceAll(p.re, url, to)).toBe(want);
  });

  it.each([['(?i)abc'], ['a\\z'], ['\\Qa.b\\E'], ['[[:alpha:]]'], ['\\pL']])('refuses %s (RE2 and JavaScript differ)', (src) => {
    expect(compilePattern(src)).toMatchObject({ ok: false });
  });

  it('reports invalid RE2', () => {
    expect(compilePattern('(a')).toMatchObject({ ok: false, error: expect.stringMatching(/not a valid RE2 pattern/) });
    expect(compilePattern('(?=a)')).toMatchObject({ ok: false });
  });
});

describe('CA identities', () => {
  const pem = '-----BEGIN CERTIFICATE-----\nQ0EgQQ==\n-----END CERTIFICATE-----\n';
  const bundle = pem + '-----BEGIN CERTIFICATE-----\nQ0EgQg==\n-----END CERTIFICATE-----\n';
  it('fingerprints every certificate of a PEM bundle', () => {
    expect(pemFingerprints(bundle)).toHaveLength(2);
    expect(pemFingerprints(bundle)[0]).toBe(pemFingerprints(pem)[0]);
  });
  it('compares by fingerprint, id or name, and cannot relate a PEM to an id', () => {
    expect(sameCa(caIdentity(pem), caIdentity(bundle))).toBe(true);
    expect(sameCa(caIdentity('ca_1'), caIdentity('ca_1'))).toBe(true);
    expect(sameCa(caIdentity('ca_1'), caIdentity('ca_2'))).toBe(false);
    expect(sameCa(caIdentity('clinic'), caIdentity('clinic'))).toBe(true);
    expect(sameCa(caIdentity(pem), caIdentity('ca_1'))).toBeUndefined();
    expect(sameCa(caIdentity('clinic', { clinic: pem }), caIdentity(pem))).toBe(true);
    expect(sameCa(caIdentity(pemFingerprints(pem)[0]!.toUpperCase().replace('SHA256', 'sha256')), caIdentity(pem))).toBe(true);
  });
});

describe('outcome classes', () => {
  it.each<[Outcome, string, string]>([
    [{ result: 'forwarded', target: 'https://a.internal' }, 'allow', 'forwarded to https://a.internal'],
    [{ result: 'rejected', by: 'deny', status: 403 }, 'deny', 'rejected by deny: HTTP 403'],
    [{ result: 'rejected', by: 'terminate-tls', tls: 'handshake-failure' }, 'deny', 'rejected by terminate-tls: TLS handshake failure'],
    [{ result: 'redirected', by: 'oauth', location: 'oauth:google', login: true }, 'login', 'redirected to log in (oauth:google)'],
    [{ result: 'redirected', by: 'redirect', location: 'https://b', status: 301 }, 'redirect', 'redirected (301) to https://b'],
    [{ result: 'responded', by: 'custom-response', status: 404 }, 'deny', 'answered by custom-response with HTTP 404'],
    [{ result: 'responded', by: 'custom-response', status: 200 }, 'respond', 'answered by custom-response with HTTP 200'],
    [{ result: 'unknown', reason: 'x' }, 'unknown', 'unknown: x'],
  ])('%j', (o, cls, text) => {
    expect(outcomeClass(o)).toBe(cls);
    expect(describeOutcome(o)).toBe(text);
  });
});
