/** The example clinic fleet parses cleanly, is in canonical form, and covers the scenario. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ExposeDecl, SiteDecl, TemplateDecl, TestBlock } from '../../src/dsl/ast.js';
import { format, parse } from '../../src/dsl/index.js';

const path = new URL('../../examples/clinic-fleet/clinics.tpc', import.meta.url);
const text = readFileSync(path, 'utf8');

describe('examples/clinic-fleet/clinics.tpc', () => {
  const { ast, diagnostics } = parse(text, { file: 'examples/clinic-fleet/clinics.tpc' });

  it('parses without diagnostics', () => {
    expect(diagnostics).toEqual([]);
  });

  it('is formatted canonically', () => {
    expect(format(text).text).toBe(text);
  });

  it('has the clinic scenario: four services, at least three clinics, failover, tls min, mtls, tests', () => {
    const t = ast.statements.find((s): s is TemplateDecl => s.kind === 'Template')!;
    expect(t.body.filter((s) => s.kind === 'Service').map((s) => (s as { name: { name: string } }).name.name)).toEqual([
      'rest-api',
      'patient-db',
      'ops-db',
      'dashboard',
    ]);
    const sites = ast.statements.filter((s): s is SiteDecl => s.kind === 'Site');
    expect(sites.length).toBeGreaterThanOrEqual(3);
    expect(sites.some((s) => s.body.some((b) => b.kind === 'Agent' && b.failover))).toBe(true);
    const exposures = t.body.filter((s): s is ExposeDecl => s.kind === 'Expose');
    const kinds = exposures.flatMap((e) => e.body.map((b) => b.kind));
    expect(kinds).toEqual(expect.arrayContaining(['TlsMin', 'Mtls', 'Allow', 'Action']));
    const tests = ast.statements.find((s): s is TestBlock => s.kind === 'Test')!;
    expect(tests.cases.length).toBeGreaterThanOrEqual(6);
  });

  it('the placeholder CA file exists and says it is a placeholder', () => {
    const pem = readFileSync(new URL('../../examples/clinic-fleet/certs/clinic-ca.pem', import.meta.url), 'utf8');
    expect(pem).toContain('PLACEHOLDER');
    expect(pem).toContain('-----BEGIN CERTIFICATE-----');
  });
});
