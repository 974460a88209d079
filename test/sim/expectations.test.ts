/**
 * Expectations files for hand-written ngrok files (format in docs/simulation.md).
 */

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFromDisk } from '../../src/compiler/context.js';
import { expectationsSuite, isExpectationsValue, parseExpectations } from '../../src/sim/expectations.js';
import { runTests } from '../../src/sim/runner.js';

const dir = join(import.meta.dirname, 'fixtures/handwritten');
const file = join(dir, 'expectations.yml');
const options = { readFile: readFromDisk, resolve: (from: string, p: string) => join(dirname(from), p) };

describe('expectations files', () => {
  it('run against the files they list (agent config, cloud endpoint body, standalone policy with its URL)', () => {
    const suite = expectationsSuite(file, readFileSync(file, 'utf8'), options);
    expect(suite.diagnostics).toEqual([]);
    const run = runTests(suite.cases, suite.world);
    expect(run.results.map((r) => [r.test.name, r.passed, r.message ?? ''])).toEqual([
      ['the office reaches the API without a token', true, ''],
      ['staff elsewhere need a token', true, ''],
      ['staff with a token get in', true, ''],
      ['blocked addresses are refused even with a token', true, ''],
      ['the database only from the office', true, ''],
      ['the database from the office', true, ''],
    ]);
  });

  it('take extra files after the expectations file', () => {
    const text = 'tests:\n  - endpoint: https://api.clinic.example\n    request: { ip: 203.0.113.1 }\n    expect: allow\n';
    const extra = ['ngrok.yml', 'api.json'].map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
    const suite = expectationsSuite('inline.yml', text, { ...options, extraFiles: extra });
    expect(runTests(suite.cases, suite.world).passed).toBe(1);
  });

  it('accept a bare list of tests', () => {
    const p = parseExpectations('l.json', JSON.stringify([{ endpoint: 'https://a.example', request: { ip: '10.0.0.1', tls: 1.2, cert: { ca: 'x' } }, expect: 'deny', status: 403 }]));
    expect(p.diagnostics).toEqual([]);
    expect(p.cases[0]).toMatchObject({ endpoint: 'https://a.example', request: { clientIp: '10.0.0.1', tls: '1.2', cert: { ca: 'x' } }, expect: { result: 'deny', status: 403 } });
  });

  it.each([
    ['tests:\n  - endpoint: https://a.example\n    expect: maybe\n', 'TPC5021', "'expect' must be allow, deny or login.", 3],
    ['tests:\n  - request: {}\n    expect: allow\n', 'TPC5021', "'endpoint' is required: the URL of the endpoint the request arrives at.", 2],
    ['tests:\n  - endpoint: https://a.example\n    expect: allow\n    status: 403\n', 'TPC5021', "'status' goes with expect: deny and must be an HTTP status (100–599).", 4],
    ['tests:\n  - endpoint: https://a.example\n    expect: deny\n    request: { ipp: 1.2.3.4 }\n', 'TPC5022', 'Unknown key \'ipp\' (a request has ip, url, path, method, query, headers, tls, cert, jwt, session, basic_auth, webhook, time, vars)', 4],
    ['tests:\n  - endpoint: https://a.example\n    expect: deny\n    request: { tls: "1.4" }\n', 'TPC5021', '\'request.tls\' must be "1.0", "1.1", "1.2" or "1.3".', 4],
    ['tests:\n  - endpoint: https://a.example\n    expect: deny\n    request: { jwt: { claims: 3 } }\n', 'TPC5021', "'request.jwt' must be { claims: {…}, status: valid|expired|invalid, jwks, alg, header, prefix }.", 4],
  ])('report a broken test at its place: %j', (text, code, message, line) => {
    const p = parseExpectations('e.yml', text);
    expect(p.cases[0]!.problem).toMatchObject({ code, message, line });
  });

  it('report problems of the file itself', () => {
    expect(parseExpectations('e.yml', 'tests: 3\n').diagnostics[0]).toMatchObject({ code: 'TPC5021', message: "'tests' must be a list." });
    expect(parseExpectations('e.yml', 'tests: []\nextra: 1\n').diagnostics[0]).toMatchObject({ code: 'TPC5022', line: 2 });
    const s = expectationsSuite('e.yml', 'files: [missing.yml]\ntests:\n  - endpoint: https://nowhere.example\n    expect: deny\n', { readFile: () => undefined, resolve: (_f, p) => p });
    expect(s.diagnostics.map((d) => d.code)).toEqual(['TPC5025']);
    expect(s.cases[0]!.problem).toMatchObject({ code: 'TPC5023', message: "No endpoint at 'https://nowhere.example' in the loaded files." });
  });

  it('are told apart from ngrok files', () => {
    expect(isExpectationsValue({ tests: [] })).toBe(true);
    expect(isExpectationsValue([{ endpoint: 'x', expect: 'allow' }])).toBe(true);
    expect(isExpectationsValue({ on_http_request: [] })).toBe(false);
    expect(isExpectationsValue({ version: 3, endpoints: [] })).toBe(false);
  });
});
