/**
 * The `/testing` helpers `fleet` and `ngrokFiles`.
 */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fleet, ngrokFiles } from '../../src/testing/index.js';

const SOURCE = `
group office = 203.0.113.0/24
identity staff = jwt issuer "https://auth.example" audience "api" jwks "https://auth.example/jwks.json"
site a {
  agent bind "*.a.internal"
  service api http://10.0.0.1:8080
  service db tcp://10.0.0.2:5432
  expose api at https://a.example path /api { allow office, staff }
  expose db at tcp://1.tcp.ngrok.io:20001 { allow office }
}
`;

describe('fleet', () => {
  const f = fleet(SOURCE, { file: 'a.tpc', readFile: () => undefined });

  it('answers reaches/outcome/access for a service, at its path prefix by default', () => {
    expect(f.reaches('a', 'api', { clientIp: '203.0.113.1' })).toBe(true);
    expect(f.reaches('a', 'api', { clientIp: '198.51.100.1' })).toBe(false);
    expect(f.access('a', 'api', { clientIp: '198.51.100.1', ...f.credential('staff') })).toBe('allow');
    expect(f.outcome('a', 'api', { clientIp: '198.51.100.1' })).toEqual({ result: 'rejected', by: 'jwt-validation', status: 401 });
    expect(f.simulate('a', 'db', { clientIp: '203.0.113.1' }).trace.length).toBeGreaterThan(0);
    expect(f.group('office')).toEqual(['203.0.113.0/24']);
  });

  it('refuses to answer reaches() when the simulator cannot tell', () => {
    expect(() => f.reaches('a', 'db', {})).toThrow(/cannot tell whether a\.db is reached: .*client IP/);
  });

  it('throws for unknown names and for programs that do not compile', () => {
    expect(() => f.reaches('b', 'api', {})).toThrow("no site 'b'");
    expect(() => f.reaches('a', 'nope', {})).toThrow("site 'a' has no service 'nope'");
    expect(() => f.group('nope')).toThrow("no group 'nope'");
    expect(() => f.credential('nope')).toThrow("no identity 'nope'");
    expect(() => fleet('site a { expose x at https://a.example }', { file: 'bad.tpc', readFile: () => undefined })).toThrow(/the program does not compile:\nbad\.tpc:1:\d+ TPC2011/);
  });
});

describe('ngrokFiles', () => {
  const dir = join(import.meta.dirname, 'fixtures/handwritten');
  const files = ngrokFiles(['ngrok.yml', 'api.json'].map((f) => ({ path: f, text: readFileSync(join(dir, f), 'utf8') })));

  it('simulates hand-written endpoints by URL', () => {
    expect(files.reaches('https://api.clinic.example', { clientIp: '203.0.113.4' }, 'https://api.clinic.internal')).toBe(true);
    expect(files.reaches('https://api.clinic.example', { clientIp: '192.0.2.4' })).toBe(false);
    expect(files.outcome('https://api.clinic.example', { clientIp: '198.51.100.4' })).toEqual({ result: 'rejected', by: 'jwt-validation', status: 401 });
    expect(() => files.reaches('https://api.clinic.example', {})).toThrow(/cannot tell/);
    expect(() => files.outcome('https://nowhere.example', {})).toThrow('no endpoint at https://nowhere.example');
  });

  it('throws for files that do not parse', () => {
    expect(() => ngrokFiles([{ path: 'x.yml', text: 'a: [' }])).toThrow(/^x\.yml:/);
  });
});
