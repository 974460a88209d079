import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintCompiled } from '../../src/compiler/self-check.js';
import { lint } from '../../src/rules/engine.js';
import rule from '../../src/rules/phase-protocol.js';
import { compileFiles } from '../compiler/helpers.js';
import { ruleTester } from '../helpers/rule-tester.js';

const agent = (url: string, policy: string) =>
  `version: 3\nendpoints:\n  - name: e\n    url: ${url}\n    upstream: { url: 8080 }\n    traffic_policy:\n${policy}`;

const tlsPolicy = `      on_tcp_connect:\n        - actions:\n            - type: terminate-tls\n              config:\n                min_version: "1.3"\n`;

ruleTester(rule, {
  valid: [
    { name: 'a lone policy file has no endpoint', code: `on_tcp_connect:\n  - actions: [{ type: deny }]\non_http_request:\n  - actions: [{ type: deny }]\n` },
    { name: 'tcp endpoint with on_tcp_connect', filename: 'ngrok.yml', code: agent('tcp://1.tcp.ngrok.io:12345', `      on_tcp_connect:\n        - actions: [{ type: restrict-ips, config: { allow: [10.0.0.0/8] } }]\n`) },
    { name: 'public https endpoint with every phase', filename: 'ngrok.yml', code: agent('https://app.example.com', `      on_tcp_connect:\n        - actions: [{ type: log }]\n      on_http_request:\n        - actions: [{ type: log }]\n`) },
    { name: 'internal https endpoint with HTTP phases', filename: 'ngrok.yml', code: agent('https://api.internal', `      on_http_request:\n        - actions: [{ type: log }]\n`) },
    { name: 'internal tcp endpoint with on_tcp_connect', filename: 'ngrok.yml', code: agent('tcp://db.internal:5432', `      on_tcp_connect:\n        - actions: [{ type: log }]\n`) },
    { name: 'an empty HTTP phase on a tcp endpoint is harmless', filename: 'ngrok.yml', code: agent('tcp://1.tcp.ngrok.io:12345', `      on_http_request: []\n`) },
    { name: 'no url: the agent makes an https endpoint', filename: 'ngrok.yml', code: `version: 3\nendpoints:\n  - name: e\n    upstream: { url: 8080 }\n    traffic_policy:\n      on_http_request:\n        - actions: [{ type: log }]\n` },
    { name: 'terminate-tls on a tls endpoint', filename: 'ngrok.yml', code: agent('tls://db.example.com', tlsPolicy) },
    { name: 'terminate-tls on an https endpoint', filename: 'ngrok.yml', code: agent('https://app.example.com', tlsPolicy) },
    { name: 'terminate-tls on a tls cloud endpoint', filename: 'endpoint.yaml', code: `type: cloud\nurl: tls://db.example.com\ntraffic_policy: |\n  on_tcp_connect:\n    - actions:\n        - type: terminate-tls\n` },
    { name: 'terminate-tls in a lone policy file: the scheme is unknown', code: `on_tcp_connect:\n  - actions:\n      - type: terminate-tls\n` },
    { name: 'terminate-tls with no url: the agent makes an https endpoint', filename: 'ngrok.yml', code: `version: 3\nendpoints:\n  - name: e\n    upstream: { url: 8080 }\n    traffic_policy:\n${tlsPolicy}` },
  ],
  invalid: [
    {
      name: 'terminate-tls on a tcp agent endpoint',
      filename: 'ngrok.yml',
      code: agent('tcp://1.tcp.ngrok.io:12345', tlsPolicy),
      errors: [{ messageId: 'terminateTlsOnTcp', data: { url: 'tcp://1.tcp.ngrok.io:12345' }, line: 9, column: 21, severity: 'warning' }],
    },
    {
      name: 'terminate-tls on a tcp cloud endpoint (embedded policy string)',
      filename: 'endpoint.yaml',
      code: `type: cloud\nurl: tcp://5.tcp.ngrok.io:21000\ntraffic_policy: |\n  on_tcp_connect:\n    - actions:\n        - type: restrict-ips\n          config: { allow: [203.0.113.0/24] }\n        - type: terminate-tls\n`,
      errors: [{ messageId: 'terminateTlsOnTcp', data: { url: 'tcp://5.tcp.ngrok.io:21000' }, line: 8, column: 17, severity: 'warning' }],
    },
    {
      name: 'terminate-tls in legacy inbound on a tcp tunnel',
      filename: 'ngrok.yml',
      code: `version: 3\ntunnels:\n  ssh:\n    proto: tcp\n    addr: 22\n    remote_addr: 1.tcp.ngrok.io:12345\n    traffic_policy:\n      inbound:\n        - actions: [{ type: terminate-tls }]\n`,
      errors: [{ messageId: 'terminateTlsOnTcp', data: { url: 'tcp://1.tcp.ngrok.io:12345' }, line: 9, column: 29, severity: 'warning' }],
    },
    {
      name: 'HTTP phases on a tcp agent endpoint (the k8s endpoint-types pattern)',
      filename: 'ngrok.yml',
      code: agent('tcp://example-tcp-domain.ngrok.app:20001', `      on_http_request:\n        - actions: [{ type: add-headers, config: { headers: { a: b } } }]\n      on_http_response:\n        - actions: [{ type: log }]\n`),
      errors: [
        { messageId: 'httpPhaseOnTcp', data: { phase: 'on_http_request', scheme: 'tcp', url: 'tcp://example-tcp-domain.ngrok.app:20001' }, line: 7, column: 7 },
        { messageId: 'httpPhaseOnTcp', data: { phase: 'on_http_response', scheme: 'tcp', url: 'tcp://example-tcp-domain.ngrok.app:20001' }, line: 9, column: 7 },
      ],
    },
    {
      name: 'HTTP phase on a tls cloud endpoint (embedded policy string)',
      filename: 'endpoint.yaml',
      code: `type: cloud\nurl: tls://example-hostname.ngrok.io:8443\ntraffic_policy: |\n  on_http_request:\n    - actions:\n        - type: deny\n`,
      errors: [{ messageId: 'httpPhaseOnTcp', data: { phase: 'on_http_request', scheme: 'tls', url: 'tls://example-hostname.ngrok.io:8443' }, line: 4, column: 3 }],
    },
    {
      name: 'on_tcp_connect on an internal https endpoint',
      filename: 'ngrok.yml',
      code: agent('https://api.internal', `      on_tcp_connect:\n        - actions: [{ type: restrict-ips, config: { allow: [10.0.0.0/8] } }]\n`),
      errors: [{ messageId: 'tcpPhaseOnInternalHttp', data: { url: 'https://api.internal' }, line: 7, column: 7 }],
    },
    {
      name: 'legacy outbound on a tls endpoint (v2 tunnel)',
      filename: 'ngrok.yml',
      code: `version: 3\ntunnels:\n  db:\n    proto: tls\n    addr: 443\n    domain: db.example.com\n    traffic_policy:\n      outbound:\n        - actions: [{ type: log }]\n`,
      errors: [{ messageId: 'httpPhaseOnTcp', data: { phase: 'outbound', scheme: 'tls', url: 'tls://db.example.com' }, line: 8, column: 7 }],
    },
  ],
});

describe('phase-protocol: terminate-tls on tcp', () => {
  it('reports the full message, a warning, at the action type', async () => {
    const r = await lint([{ path: 'ngrok.yml', text: agent('tcp://1.tcp.ngrok.io:12345', tlsPolicy) }], { registry: [rule] });
    expect(r.diagnostics.map((d) => [d.code, d.severity, d.line, d.column, d.message])).toEqual([
      [
        'phase-protocol',
        'warning',
        9,
        21,
        "Action 'terminate-tls' is documented only for https and tls endpoints, and 'tcp://1.tcp.ngrok.io:12345' is tcp: a tcp:// endpoint forwards whatever protocol its clients speak, so a TLS handshake there fails for every client that does not start with TLS.",
      ],
    ]);
  });

  it('leaves terminate-tls in an HTTP phase of a tcp endpoint to the phase finding', async () => {
    const code = agent('tcp://1.tcp.ngrok.io:12345', `      on_http_request:\n        - actions: [{ type: terminate-tls }]\n`);
    const r = await lint([{ path: 'ngrok.yml', text: code }], { registry: [rule] });
    expect(r.diagnostics.map((d) => [d.severity, d.line, d.column])).toEqual([['error', 7, 7]]);
  });
});

describe('phase-protocol: terminate-tls on tcp (property)', () => {
  it('warns exactly when the endpoint is known to be tcp://, once per terminate-tls in on_tcp_connect', async () => {
    const scheme = fc.constantFrom('tcp', 'tls', 'https', 'http', 'none', 'standalone', 'cloud-tcp', 'cloud-tls');
    const action = fc.constantFrom('terminate-tls', 'log', 'restrict-ips', 'deny');
    await fc.assert(
      fc.asyncProperty(scheme, fc.array(action, { minLength: 1, maxLength: 5 }), async (where, types) => {
        const list = (indent: string) => types.map((t) => `${indent}- type: ${t}\n`).join('');
        let path = 'ngrok.yml';
        let text: string;
        if (where === 'standalone') {
          path = 'policy.yaml';
          text = `on_tcp_connect:\n  - actions:\n${list('      ')}`;
        } else if (where.startsWith('cloud-')) {
          path = 'endpoint.yaml';
          text = `type: cloud\nurl: ${where.slice(6)}://x.example.com:4000\ntraffic_policy: |\n  on_tcp_connect:\n    - actions:\n${list('        ')}`;
        } else {
          const url = where === 'none' ? '' : `    url: ${where}://x.example.com:4000\n`;
          text = `version: 3\nendpoints:\n  - name: e\n${url}    upstream: { url: 8080 }\n    traffic_policy:\n      on_tcp_connect:\n        - actions:\n${list('            ')}`;
        }
        const r = await lint([{ path, text }], { registry: [rule] });
        const warnings = r.diagnostics.filter((d) => d.message.startsWith("Action 'terminate-tls'"));
        const tcp = where === 'tcp' || where === 'cloud-tcp';
        expect(warnings.length).toBe(tcp ? types.filter((t) => t === 'terminate-tls').length : 0);
        for (const w of warnings) expect(w.severity).toBe('warning');
      }),
      { numRuns: 80 },
    );
  });
});

describe('phase-protocol: terminate-tls on tcp in compiled output', () => {
  // The compiler writes terminate-tls only for https and tls exposures; 'tls min' / 'mtls' on a
  // tcp:// exposure are compile errors (test/compiler/errors.test.ts). So its own output never
  // draws the warning, whatever mix of exposures a site has.
  it('compiler-generated policies never draw it', async () => {
    const exposure = fc.constantFrom(
      (i: number) => `  service t${i} tcp://10.0.0.${i}:5432\n  expose t${i} at tcp://1.tcp.ngrok.io:${20000 + i} { allow o }\n`,
      (i: number) => `  service t${i} tcp://10.0.0.${i}:5432\n  expose t${i} at tcp://1.tcp.ngrok.io:${20000 + i} {\n    allow o\n    deny b\n  }\n`,
      (i: number) => `  service s${i} tls://10.0.0.${i}:5432\n  expose s${i} at tls://s${i}.example.com {\n    allow o\n    tls min 1.3\n  }\n`,
      (i: number) => `  service h${i} http://10.0.0.${i}:80\n  expose h${i} at https://h${i}.example.com {\n    allow o\n    tls min 1.3\n  }\n`,
    );
    await fc.assert(
      fc.asyncProperty(fc.array(exposure, { minLength: 1, maxLength: 4 }), async (parts) => {
        const text = `group o = ip 10.0.0.0/8\ngroup b = ip 10.9.0.0/16\nsite s {\n${parts.map((f, i) => f(i + 1)).join('')}}\n`;
        const r = compileFiles({ 'main.tpc': text });
        expect(r.emitSkipped).toBe(false);
        const found = await lintCompiled(r, 'main.tpc', text);
        expect(found.filter((d) => d.code === 'phase-protocol')).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it('a user-written terminate-tls on a tcp:// exposure is reported at its DSL line', async () => {
    const text = `group o = ip 10.0.0.0/8\nsite s {\n  service db tcp://10.0.0.1:5432\n  expose db at tcp://1.tcp.ngrok.io:12345 {\n    allow o\n    action first { type: "terminate-tls" }\n  }\n}\n`;
    const r = compileFiles({ 'main.tpc': text });
    expect(r.diagnostics).toEqual([]);
    const found = await lintCompiled(r, 'main.tpc', text);
    expect(found.map((d) => [d.code, d.severity, d.file, d.line, d.column])).toEqual([['phase-protocol', 'warning', 'main.tpc', 6, 26]]);
  });
});
