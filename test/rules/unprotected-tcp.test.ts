import { describe, expect, it } from 'vitest';
import { lint } from '../../src/rules/engine.js';
import rule from '../../src/rules/unprotected-tcp.js';
import { ruleTester } from '../helpers/rule-tester.js';

/** A public cloud endpoint whose policy is `rules` (YAML lines of on_tcp_connect, indented 4). */
const cloud = (url: string, rules: string) => `url: ${url}\ntype: cloud\ntraffic_policy:\n  on_tcp_connect:\n${rules}`;
const fwd = '        - type: forward-internal\n          config: { url: "tcp://patient-db.internal:5432" }\n';
const allow = '        - type: restrict-ips\n          config: { allow: [203.0.113.0/24] }\n';
const TCP = 'tcp://1.tcp.ngrok.io:20001';

const agent = (url: string, extra = '', upstream = '5432') => `version: 3\nendpoints:\n  - name: db\n    url: ${url}\n    upstream:\n      url: ${upstream}\n${extra}`;

ruleTester(rule, {
  valid: [
    { name: 'restrict-ips in an earlier unconditional rule', filename: 'c.yaml', code: cloud(TCP, `    - actions:\n${allow}    - actions:\n${fwd}`) },
    { name: 'restrict-ips before the forward in the same rule', filename: 'c.yaml', code: cloud(TCP, `    - actions:\n${allow}${fwd}`) },
    { name: 'restrict-ips before the forward in the same guarded rule', filename: 'c.yaml', code: cloud(TCP, `    - expressions: ["conn.server_port == 20001"]\n      actions:\n${allow}${fwd}`) },
    { name: 'ip_policies', filename: 'c.yaml', code: cloud(TCP, `    - actions:\n        - type: restrict-ips\n          config: { ip_policies: [ipp_2cFkXnPlE8p6bYj3jyvsJrY0e0J] }\n${fwd}`) },
    {
      name: 'mutual TLS on a TLS endpoint',
      filename: 'c.yaml',
      code: cloud('tls://db.clinic.example.com', `    - actions:\n        - type: terminate-tls\n          config:\n            mutual_tls_certificate_authorities: [cas_2cFkYzaEXAMPLE]\n        - type: forward-internal\n          config: { url: "tls://patient-db.internal" }\n`),
    },
    { name: 'agent tcp endpoint restricted by its policy', filename: 'ngrok.yml', code: agent(TCP, `    traffic_policy:\n      on_tcp_connect:\n        - actions:\n            - type: restrict-ips\n              config: { allow: [10.0.0.0/8] }\n`) },
    { name: 'agent TLS endpoint with agent-side mutual TLS', filename: 'ngrok.yml', code: agent('tls://db.clinic.example.com', '    agent_tls_termination:\n      server_certificate: /etc/db.crt\n      server_private_key: /etc/db.key\n      mutual_tls_certificate_authorities: [/etc/clinic-ca.pem]\n') },
    { name: 'internal TCP endpoint', filename: 'ngrok.yml', code: agent('tcp://patient-db.internal:5432') },
    { name: 'kubernetes-bound TCP endpoint', filename: 'ngrok.yml', code: agent('tcp://db.clinic:5432', '    bindings: [kubernetes]\n') },
    { name: 'HTTPS endpoints are unauthenticated-http’s', filename: 'ngrok.yml', code: agent('https://portal.clinic.example.com') },
    { name: 'a lone policy: the endpoint is unknown', filename: 'p.yaml', code: `on_tcp_connect:\n  - actions:\n${fwd.replace(/^ {4}/gm, '')}` },
    { name: 'a denying policy never forwards', filename: 'c.yaml', code: cloud(TCP, '    - actions: [{ type: deny }]\n') },
    {
      name: 'an unconditional forward hides the upstream; the forward is covered',
      filename: 'ngrok.yml',
      code: agent(TCP, `    traffic_policy:\n      on_tcp_connect:\n        - actions:\n            - type: restrict-ips\n              config: { allow: [10.0.0.0/8] }\n            - type: forward-internal\n              config: { url: "tcp://patient-db.internal:5432" }\n`),
    },
    { name: 'legacy tunnel with an IP allow list', filename: 'ngrok.yml', code: `version: 2\ntunnels:\n  db:\n    proto: tcp\n    addr: 5432\n    ip_restriction:\n      allow_cidrs: [10.0.0.0/8]\n` },
  ],
  invalid: [
    {
      name: 'a forward with nothing in front',
      filename: 'c.yaml',
      code: cloud(TCP, `    - actions:\n${fwd}`),
      errors: [{ messageId: 'forwardUnprotected', data: { scheme: 'TCP', endpoint: TCP, target: 'tcp://patient-db.internal:5432' }, line: 6, column: 11, severity: 'error' }],
    },
    {
      name: 'restrict-ips guarded by an expression covers only part',
      filename: 'c.yaml',
      code: cloud(TCP, `    - expressions: ["conn.geo.country_code != 'US'"]\n      actions:\n${allow}    - actions:\n${fwd}`),
      errors: [{ messageId: 'forwardUnprotected', line: 10, column: 11 }],
    },
    {
      name: 'the same expressions in two rules do not count',
      filename: 'c.yaml',
      code: cloud(TCP, `    - expressions: ["conn.server_port == 20001"]\n      actions:\n${allow}    - expressions: ["conn.server_port == 20001"]\n      actions:\n${fwd}`),
      errors: [{ messageId: 'forwardUnprotected', line: 11, column: 11 }],
    },
    {
      name: 'restrict-ips after the forward never runs',
      filename: 'c.yaml',
      code: cloud(TCP, `    - actions:\n${fwd}${allow}`),
      errors: [{ messageId: 'forwardUnprotected', line: 6, column: 11 }],
    },
    {
      name: 'enforce: false',
      filename: 'c.yaml',
      code: cloud(TCP, `    - actions:\n        - type: restrict-ips\n          config: { enforce: false, allow: [10.0.0.0/8] }\n${fwd}`),
      errors: [{ messageId: 'forwardUnprotected', line: 8, column: 11 }],
    },
    {
      name: 'an allow list of every address',
      filename: 'c.yaml',
      code: cloud(TCP, `    - actions:\n        - type: restrict-ips\n          config: { allow: ["0.0.0.0/0", "::/0"] }\n${fwd}`),
      errors: [{ messageId: 'forwardUnprotected', line: 8, column: 11 }],
    },
    {
      name: 'a deny list alone',
      filename: 'c.yaml',
      code: cloud(TCP, `    - actions:\n        - type: restrict-ips\n          config: { deny: [198.51.100.0/24] }\n${fwd}`),
      errors: [{ messageId: 'forwardUnprotected', line: 8, column: 11 }],
    },
    {
      name: 'an allow list computed at runtime',
      filename: 'c.yaml',
      code: cloud(TCP, `    - actions:\n        - type: restrict-ips\n          config: { allow: ["\${vars.office}"] }\n${fwd}`),
      errors: [{ messageId: 'forwardUnprotected', line: 8, column: 11 }],
    },
    {
      name: 'mutual TLS that does not verify',
      filename: 'c.yaml',
      code: cloud('tls://db.clinic.example.com', `    - actions:\n        - type: terminate-tls\n          config:\n            mutual_tls_certificate_authorities: [cas_2cFkYzaEXAMPLE]\n            mutual_tls_verification_strategy: request\n        - type: forward-internal\n          config: { url: "tls://patient-db.internal" }\n`),
      errors: [{ messageId: 'forwardUnprotected', data: { scheme: 'TLS', endpoint: 'tls://db.clinic.example.com', target: 'tls://patient-db.internal' }, line: 10, column: 11 }],
    },
    {
      name: 'mutual TLS on a TCP endpoint is not documented and does not count',
      filename: 'c.yaml',
      code: cloud(TCP, `    - actions:\n        - type: terminate-tls\n          config:\n            mutual_tls_certificate_authorities: [cas_2cFkYzaEXAMPLE]\n${fwd}`),
      errors: [{ messageId: 'forwardUnprotected', line: 9, column: 11 }],
    },
    {
      name: 'agent TCP endpoint without a policy',
      filename: 'ngrok.yml',
      code: agent(TCP),
      errors: [{ messageId: 'upstreamUnprotected', data: { scheme: 'TCP', endpoint: TCP, target: '5432' }, line: 6, column: 12 }],
    },
    {
      name: 'agent TLS endpoint terminating TLS without client certificates',
      filename: 'ngrok.yml',
      code: agent('tls://db.clinic.example.com', '    agent_tls_termination:\n      server_certificate: /etc/db.crt\n      server_private_key: /etc/db.key\n'),
      errors: [{ messageId: 'upstreamUnprotected', line: 6, column: 12 }],
    },
    {
      name: 'a guarded protected forward leaves the upstream path open',
      filename: 'ngrok.yml',
      code: agent(TCP, `    traffic_policy:\n      on_tcp_connect:\n        - expressions: ["conn.server_port == 20001"]\n          actions:\n            - type: restrict-ips\n              config: { allow: [10.0.0.0/8] }\n            - type: forward-internal\n              config: { url: "tcp://patient-db.internal:5432" }\n`),
      errors: [{ messageId: 'upstreamUnprotected', line: 6, column: 12 }],
    },
    {
      name: 'a protection after a failing-over forward does not count for later rules',
      filename: 'c.yaml',
      code: cloud(TCP, `    - actions:\n        - type: forward-internal\n          config: { url: "tcp://primary-db.internal:5432", on_error: continue }\n${allow}    - actions:\n${fwd}`),
      errors: [
        { messageId: 'forwardUnprotected', data: { scheme: 'TCP', endpoint: TCP, target: 'tcp://primary-db.internal:5432' }, line: 6, column: 11 },
        { messageId: 'forwardUnprotected', data: { scheme: 'TCP', endpoint: TCP, target: 'tcp://patient-db.internal:5432' }, line: 11, column: 11 },
      ],
    },
    {
      name: 'legacy TCP tunnel',
      filename: 'ngrok.yml',
      code: `version: 2\ntunnels:\n  db:\n    proto: tcp\n    addr: 5432\n`,
      errors: [{ messageId: 'upstreamUnprotected', data: { scheme: 'TCP', endpoint: 'db', target: '5432' }, line: 5, column: 11 }],
    },
    {
      name: 'cloud endpoint policy given as a string',
      filename: 'c.yaml',
      code: `url: ${TCP}\ntype: cloud\ntraffic_policy: |\n  on_tcp_connect:\n    - actions:\n        - type: forward-internal\n          config: { url: "tcp://patient-db.internal:5432" }\n`,
      errors: [{ messageId: 'forwardUnprotected', line: 6, column: 11 }],
    },
  ],
});

describe('unprotected-tcp details', () => {
  it('explains a guarded protection in the hint and relates it', async () => {
    const r = await lint([{ path: 'c.yaml', text: cloud(TCP, `    - name: office\n      expressions: ["conn.geo.country_code != 'US'"]\n      actions:\n${allow}    - actions:\n${fwd}`) }], { registry: [rule] });
    const d = r.diagnostics[0]!;
    expect(d.hint).toBe(
      "The 'restrict-ips' in 'on_tcp_connect' rule 1 ('office') does not cover all of this traffic (its rule has expressions, or it runs after the forward). Add a 'restrict-ips' action with an allow list to a rule without expressions in 'on_tcp_connect', before the forward.",
    );
    expect(d.related).toEqual([{ message: "This 'restrict-ips' ('on_tcp_connect' rule 1 ('office')) does not protect all of this traffic.", file: 'c.yaml', range: expect.objectContaining({ start: expect.objectContaining({ line: 8 }) }) }]);
  });

  it('requires a reason to suppress', async () => {
    const text = `version: 3\nendpoints:\n  - name: db\n    url: ${TCP}\n    upstream:\n      # tpc-disable-next-line unprotected-tcp\n      url: 5432\n`;
    const r = await lint([{ path: 'ngrok.yml', text }], { registry: [rule] });
    expect(r.diagnostics.map((d) => [d.code, d.suppressed])).toEqual([
      ['TPC4002', undefined],
      ['unprotected-tcp', undefined],
    ]);
  });
});
