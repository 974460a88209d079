import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clientCertificate, fleet, ipInside, ipOutside, jwtDescription, requests, tlsVersion } from '../../src/testing/index.js';

// The fleet under review, compiled once (a program with errors throws here).
const file = 'examples/clinic-fleet/clinics.tpc';
const clinics = fleet(readFileSync(file, 'utf8'), { file });

const office = clinics.group('office');
const blocked = clinics.group('blocked');
const sites = ['clinic1', 'clinic2', 'clinic3'];
const services = ['rest-api', 'patient-db', 'ops-db', 'dashboard'];

// Anything a client might present: a client certificate (even a valid one of the clinics' CA),
// a token of the right issuer, or none; any TLS version.
const anyCredentials = {
  cert: fc.option(clientCertificate(['clinic-ca']), { nil: undefined }),
  jwt: fc.option(jwtDescription({ issuers: ['https://auth.clinicnet.example'], audiences: ['clinic-api'] }), { nil: undefined }),
};

describe('clinic access properties', () => {
  it("for all requests from outside the office ranges, clinic1's patient-db is never reached", () => {
    fc.assert(
      fc.property(requests({ clientIp: ipOutside(office), ...anyCredentials }), (req) => {
        expect(clinics.reaches('clinic1', 'patient-db', req)).toBe(false);
      }),
    );
  });

  it('patient databases need TLS 1.3 and a clinic certificate, even from the office', () => {
    fc.assert(
      fc.property(requests({ clientIp: ipInside(office), tls: tlsVersion({ max: '1.2' }), ...anyCredentials }), fc.constantFrom(...sites), (req, site) => {
        expect(clinics.reaches(site, 'patient-db', req)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(requests({ clientIp: ipInside(office), tls: '1.3' }), fc.constantFrom(...sites), (req, site) => {
        expect(clinics.reaches(site, 'patient-db', req)).toBe(false); // no certificate
        expect(clinics.reaches(site, 'patient-db', { ...req, cert: { ca: 'clinic-ca' } })).toBe(true);
      }),
    );
  });

  it('nothing of any clinic is reached from a blocked address, whatever it presents', () => {
    fc.assert(
      fc.property(requests({ clientIp: ipInside(blocked), ...anyCredentials }), fc.constantFrom(...sites), fc.constantFrom(...services), (req, site, service) => {
        expect(clinics.reaches(site, service, req)).toBe(false);
      }),
    );
  });

  it('staff with a valid token reach every REST API from anywhere not blocked', () => {
    const staff = clinics.credential('staff');
    fc.assert(
      fc.property(requests({ clientIp: ipOutside(blocked), tls: tlsVersion({ min: '1.2' }), path: '/api/patients' }), fc.constantFrom(...sites), (req, site) => {
        expect(clinics.reaches(site, 'rest-api', { ...req, ...staff })).toBe(true);
      }),
    );
  });
});
