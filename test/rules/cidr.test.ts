import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inCidrRange } from '../../src/ngrok/cel/ip.js';
import { lint } from '../../src/rules/engine.js';
import rule from '../../src/rules/cidr.js';
import { ruleTester } from '../helpers/rule-tester.js';

const ips = (allow: string[], deny: string[] = [], extra = '') =>
  `on_tcp_connect:\n  - actions:\n      - type: restrict-ips\n        config:\n${extra}${allow.length ? `          allow:\n${allow.map((a) => `            - ${a}\n`).join('')}` : ''}${deny.length ? `          deny:\n${deny.map((a) => `            - ${a}\n`).join('')}` : ''}`;

ruleTester(rule, {
  valid: [
    { code: ips(['203.0.113.0/24', '1.1.1.1/32', 'e680:5791:be4c:5739:d959:7b94:6d54:d4b4/128'], ['192.0.2.0/24']) },
    { name: 'a denied range carved out of an allowed one', code: ips(['10.0.0.0/8'], ['10.1.0.0/16']) },
    { name: 'allow-all with a deny list is the deny-list idiom', code: ips(['0.0.0.0/0', '::/0'], ['192.0.2.0/24', '2001:db8::/32']) },
    { name: 'interpolation and placeholders are skipped', code: ips(['"${vars.office}"', '$YOUR_IP/32', 'ALLOWED_IP_ADDRESS_CIDR', '"<your source IPs>"', '"allowed ips here (IPv4 or IPv6)"']) },
    { name: 'ip_policies only', code: `on_tcp_connect:\n  - actions:\n      - type: restrict-ips\n        config:\n          ip_policies: [ipp_1yjqdrIBwgciY2I9zH2EelgBbJF]\n` },
    { name: 'valid literal ranges in expressions', code: `on_http_request:\n  - expressions:\n      - "inCidrRange(conn.client_ip, '203.0.113.0/24') || inCidrRanges(conn.client_ip, ['10.0.0.0/8', '2001:db8::/32'])"\n    actions: [{ type: deny }]\n` },
    { name: 'ranges from variables are not judged', code: `on_http_request:\n  - expressions: ["inCidrRanges(conn.client_ip, vars.office)"]\n    actions: [{ type: deny }]\n` },
    { name: 'other actions are not judged', code: `on_http_request:\n  - actions: [{ type: set-vars, config: { vars: [{ allow: "10.0.0.0/33" }] } }]\n` },
  ],
  invalid: [
    {
      name: 'values that are not addresses; IP-shaped malformed ones are left to schema',
      code: ips(['203.0.113.0/33', '10.0.0.256/24', '2001:db8::/129', 'example.com', '010.0.0.0/8', '10.0.0.0/8/8', 'fe80::1%eth0/64']),
      errors: [
        { messageId: 'invalid', data: { where: 'config.allow[3]', value: 'example.com' }, line: 9, column: 15, severity: 'error' },
        { messageId: 'invalid', data: { where: 'config.allow[5]', value: '10.0.0.0/8/8' }, line: 11, column: 15 },
        { messageId: 'invalid', data: { where: 'config.allow[6]', value: 'fe80::1%eth0/64' }, line: 12, column: 15 },
      ],
    },
    {
      name: 'host bits set: warning, fixed to the network address (quoting kept)',
      code: ips(['"203.0.113.7/24"', '2001:db8::1/32']),
      errors: [
        { messageId: 'hostBits', data: { where: 'config.allow[0]', value: '203.0.113.7/24', suggestion: '203.0.113.0/24' }, line: 6, column: 15, severity: 'warning' },
        { messageId: 'hostBits', data: { where: 'config.allow[1]', value: '2001:db8::1/32', suggestion: '2001:db8::/32' }, line: 7, column: 15, severity: 'warning' },
      ],
      output: ips(['"203.0.113.0/24"', '2001:db8::/32']),
    },
    {
      name: 'a bare address: warning, fixed with a host prefix',
      code: ips(['"198.51.100.42"', '2001:db8::5']),
      errors: [
        { messageId: 'bareAddress', data: { where: 'config.allow[0]', value: '198.51.100.42', suggestion: '198.51.100.42/32' }, line: 6, column: 15, severity: 'warning' },
        { messageId: 'bareAddress', data: { where: 'config.allow[1]', value: '2001:db8::5', suggestion: '2001:db8::5/128' }, line: 7, column: 15, severity: 'warning' },
      ],
      output: ips(['"198.51.100.42/32"', '2001:db8::5/128']),
    },
    {
      name: 'a range both allowed and denied (written differently)',
      code: ips(['10.0.0.0/8', '192.168.1.0/24'], ['10.0.0.0/8', '192.168.0.0/16']),
      errors: [
        { messageId: 'allowedAndDenied', data: { where: 'config.allow[0]', value: '10.0.0.0/8', deny: 'config.deny[0]' }, line: 6, column: 15, severity: 'error' },
        { messageId: 'allowInsideDeny', data: { where: 'config.allow[1]', value: '192.168.1.0/24', deny: '192.168.0.0/16' }, line: 7, column: 15, severity: 'warning' },
      ],
    },
    {
      name: 'allow lists that admit everyone',
      code: ips(['0.0.0.0/0', '::/0'], ['192.0.2.0/24']),
      errors: [{ messageId: 'allowsEveryone', data: { where: 'config.allow[1]', value: '::/0', family: 'IPv6' }, line: 7, column: 15, severity: 'warning' }],
    },
    {
      name: 'invalid literal ranges in expressions never match',
      code: `on_http_request:\n  - expressions:\n      - "!inCidrRange(conn.client_ip, '203.0.113.0/33')"\n      - "inCidrRanges(conn.client_ip, ['10.0.0.0/8', '192.168.1.1'])"\n    actions: [{ type: deny }]\n`,
      errors: [
        { messageId: 'invalidInExpression', data: { value: '203.0.113.0/33', fn: 'inCidrRange' }, line: 3, column: 39, endColumn: 55, severity: 'error' },
        { messageId: 'invalidInExpression', data: { value: '192.168.1.1', fn: 'inCidrRanges' }, line: 4, column: 54, endColumn: 67 },
      ],
    },
    {
      name: 'inside an interpolation',
      code: `on_http_request:\n  - actions:\n      - type: set-vars\n        config:\n          vars:\n            - office: "\${inCidrRange(conn.client_ip, '10.0.0/8')}"\n`,
      errors: [{ messageId: 'invalidInExpression', data: { value: '10.0.0/8', fn: 'inCidrRange' }, line: 6, column: 54, endColumn: 64 }],
    },
    {
      name: 'in a JSON cloud endpoint body with an inline policy object',
      filename: 'endpoint.json',
      code: `{"type": "cloud", "url": "https://a.example.com", "traffic_policy": {"on_http_request": [{"actions": [{"type": "restrict-ips", "config": {"allow": ["0.0.0.0/0"]}}]}]}}`,
      errors: [{ messageId: 'allowsEveryone', data: { where: 'config.allow[0]', value: '0.0.0.0/0', family: 'IPv4' }, line: 1, column: 149 }],
    },
  ],
});

describe('cidr host-bits fix (property)', () => {
  it('always yields a network range that still contains the written address and draws no finding', async () => {
    await fc.assert(
      fc.asyncProperty(fc.ipV4(), fc.integer({ min: 0, max: 32 }), async (ip, bits) => {
        const text = ips([`${ip}/${bits}`]);
        const r = await lint([{ path: 'p.yaml', text }], { registry: [rule], fix: true });
        const out = r.fixed.get('p.yaml') ?? text;
        const again = await lint([{ path: 'p.yaml', text: out }], { registry: [rule] });
        expect(again.diagnostics.filter((d) => d.code === 'cidr' && d.message.includes('host bits'))).toEqual([]);
        const written = /- (\S+)\n/.exec(out.split('allow:\n')[1]!)![1]!;
        expect(inCidrRange(ip, written)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});
