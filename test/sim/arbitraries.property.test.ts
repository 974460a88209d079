/**
 * The `/testing` arbitraries: their claims are "always" claims, so they are properties.
 * Inside/outside are checked with the CEL layer's inCidrRanges (a separate implementation).
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inCidrRanges, parseIp } from '../../src/ngrok/cel/index.js';
import { clientCertificate, inRanges, ipAddress, ipInside, ipOutside, jwtDescription, loginSession, requests, tlsVersion } from '../../src/testing/arbitraries.js';

const CIDR_POOL = ['10.0.0.0/8', '10.1.2.0/24', '192.0.2.0/24', '203.0.113.7/32', '198.51.100.128/25', '0.0.0.0/1', '2001:db8::/32', '2001:db8:1:2::/64', '::1/128', 'fe80::/10', '255.255.255.255/32', '0.0.0.0/32'];
const cidrSets = fc.uniqueArray(fc.constantFrom(...CIDR_POOL), { minLength: 1, maxLength: 4 });

describe('address arbitraries', () => {
  it('ipInside: every address is inside one of the ranges', () => {
    fc.assert(fc.property(cidrSets.chain((cidrs) => fc.tuple(fc.constant(cidrs), ipInside(cidrs))), ([cidrs, ip]) => {
      expect(parseIp(ip)).toBeDefined();
      expect(inCidrRanges(ip, cidrs)).toBe(true);
    }), { numRuns: 500 });
  });

  it('ipOutside: every address is outside all the ranges, of both versions', () => {
    const seen = new Set<number>();
    fc.assert(fc.property(cidrSets.chain((cidrs) => fc.tuple(fc.constant(cidrs), ipOutside(cidrs))), ([cidrs, ip]) => {
      expect(parseIp(ip)).toBeDefined();
      expect(inCidrRanges(ip, cidrs)).toBe(false);
      seen.add(ip.includes(':') ? 6 : 4);
    }), { numRuns: 500 });
    expect([...seen].sort()).toEqual([4, 6]);
  });

  it('ipOutside favours the neighbours of a range (off-by-one territory)', () => {
    const samples = fc.sample(ipOutside(['10.0.0.0/24'], { version: 4 }), 400);
    expect(samples).toContain('9.255.255.255');
    expect(samples).toContain('10.0.1.0');
    const inside = fc.sample(ipInside(['10.0.0.0/24']), 200);
    expect(inside).toContain('10.0.0.0');
    expect(inside).toContain('10.0.0.255');
  });

  it('restricts versions and refuses impossible requests', () => {
    expect(fc.sample(ipAddress({ version: 6 }), 50).every((a) => a.includes(':'))).toBe(true);
    expect(fc.sample(ipOutside(['2001:db8::/32'], { version: 4 }), 50).every((a) => !a.includes(':'))).toBe(true);
    expect(() => ipOutside(['0.0.0.0/0'], { version: 4 })).toThrow(TypeError);
    expect(() => ipOutside(['0.0.0.0/0', '::/0'])).toThrow('every address is inside 0.0.0.0/0, ::/0');
    expect(() => ipInside([])).toThrow(TypeError);
    expect(() => ipInside(['10.0.0.0/33'])).toThrow("'10.0.0.0/33' is not an IP address or CIDR range");
  });

  it('inRanges agrees with inCidrRanges', () => {
    fc.assert(fc.property(cidrSets, ipAddress(), (cidrs, ip) => {
      expect(inRanges(ip, cidrs)).toBe(inCidrRanges(ip, cidrs));
    }), { numRuns: 500 });
  });

  it('bare addresses count as single-address ranges', () => {
    expect(fc.sample(ipInside(['203.0.113.9']), 20).every((a) => a === '203.0.113.9')).toBe(true);
  });
});

describe('request arbitraries', () => {
  it('tlsVersion respects min and max', () => {
    expect(new Set(fc.sample(tlsVersion({ min: '1.2' }), 100))).toEqual(new Set(['1.2', '1.3']));
    expect(() => tlsVersion({ min: '1.3', max: '1.2' })).toThrow(TypeError);
  });

  it('jwtDescription draws issuers and audiences from the lists (plus strangers unless strict)', () => {
    fc.assert(fc.property(jwtDescription({ issuers: ['https://a'], audiences: ['x'], strict: true }), (j) => {
      expect(j.claims).toMatchObject({ iss: 'https://a', aud: 'x' });
    }));
    const loose = fc.sample(jwtDescription({ issuers: ['https://a'], audiences: ['x'] }), 300);
    expect(loose.some((j) => j.claims!['iss'] === 'https://issuer.invalid')).toBe(true);
    expect(new Set(loose.map((j) => j.status ?? 'valid'))).toEqual(new Set(['valid', 'expired', 'invalid']));
  });

  it('loginSession and clientCertificate', () => {
    const s = fc.sample(loginSession({ providers: ['google'], domains: ['clinic.example'] }), 200);
    expect(s.every((x) => x.kind === 'oauth' && x.provider === 'google' && /@(clinic|stranger)\.example$/.test(x.email!))).toBe(true);
    expect(fc.sample(clientCertificate(['ca-a']), 50).every((c) => c.ca === 'ca-a')).toBe(true);
  });

  it('requests: fixed fields stay fixed, drawn fields vary', () => {
    fc.assert(fc.property(requests({ clientIp: '10.0.0.1', tls: ipInside(['10.0.0.0/8']).map(() => '1.3' as const) }), (r) => {
      expect(r.clientIp).toBe('10.0.0.1');
      expect(r.tls).toBe('1.3');
      expect(r.jwt).toBeUndefined();
    }));
    expect(new Set(fc.sample(requests(), 200).map((r) => r.method)).size).toBeGreaterThan(1);
  });
});
