/**
 * The structure and expression rules never crash (a crash becomes TPC4001) and always report
 * positions inside the file, whatever shape the policy has: random values at every level of a
 * policy, inside a standalone file, an ngrok.yml endpoint and a cloud endpoint policy string.
 */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import actionAfterTerminal from '../../src/rules/action-after-terminal.js';
import actionPhase from '../../src/rules/action-phase.js';
import cidr from '../../src/rules/cidr.js';
import cloudEndpointTerminal from '../../src/rules/cloud-endpoint-terminal.js';
import deprecatedFormat from '../../src/rules/deprecated-format.js';
import emailSuffix from '../../src/rules/email-suffix.js';
import { lint } from '../../src/rules/engine.js';
import expressionSyntax from '../../src/rules/expression-syntax.js';
import phaseProtocol from '../../src/rules/phase-protocol.js';
import schema from '../../src/rules/schema.js';
import tlsMinVersion from '../../src/rules/tls-min-version.js';
import unknownVariable from '../../src/rules/unknown-variable.js';
import unreachableRule from '../../src/rules/unreachable-rule.js';
import variablePhase from '../../src/rules/variable-phase.js';

const registry = [actionAfterTerminal, actionPhase, cidr, cloudEndpointTerminal, deprecatedFormat, emailSuffix, expressionSyntax, phaseProtocol, schema, tlsMinVersion, unknownVariable, unreachableRule, variablePhase];

const junk = fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.string({ maxLength: 8 }), fc.constant([]), fc.constant({}));
const expr = fc.oneof(
  fc.constantFrom("req.url.path == '/x'", "inCidrRange(conn.client_ip, '10.0.0.0/33')", "vars.email.endsWith('a.example')", '${x}', 'req.', "res.status_code > '1'", ''),
  fc.string({ maxLength: 20 }),
);
const template = fc.oneof(fc.constantFrom('${conn.client_ip}', '${', 'a ${req.url.path} b', "${inCidrRange(conn.client_ip, '1.2.3.4')}"), fc.string({ maxLength: 12 }));
const type = fc.constantFrom('deny', 'log', 'forward-internal', 'custom-response', 'restrict-ips', 'terminate-tls', 'set-vars', 'oidc', 'rate-limit', 'http-request', 'redirect', 'nope');
const config = fc.oneof(
  junk,
  fc.record(
    {
      url: template,
      on_error: fc.constantFrom('continue', 'halt', 1),
      allow: fc.oneof(junk, fc.array(fc.oneof(fc.constantFrom('10.0.0.0/8', '10.0.0.1/8', '1.2.3.4', '0.0.0.0/0', '::/0', 'x', '${a}'), junk), { maxLength: 4 })),
      deny: fc.oneof(junk, fc.array(fc.constantFrom('10.0.0.0/8', '10.1.0.0/16', 'bad'), { maxLength: 3 })),
      min_version: fc.constantFrom('1.0', '1.2', 1.1, 'x'),
      max_version: fc.constantFrom('1.1', '1.3', 2),
      content: template,
      body: template,
      vars: fc.oneof(junk, fc.array(fc.dictionary(fc.constantFrom('a', 'b'), template, { maxKeys: 2 }), { maxLength: 3 })),
      bucket_key: fc.oneof(junk, fc.array(expr, { maxLength: 2 })),
      retry_condition: expr,
      binding: junk,
    },
    { requiredKeys: [] },
  ),
);
const action = fc.oneof(junk, fc.record({ type: fc.oneof(type, junk), config }, { requiredKeys: [] }));
const rule = fc.oneof(junk, fc.record({ name: fc.oneof(fc.string({ maxLength: 5 }), junk), expressions: fc.oneof(junk, fc.array(fc.oneof(expr, junk), { maxLength: 3 })), actions: fc.oneof(junk, fc.array(action, { maxLength: 4 })) }, { requiredKeys: [] }));
const phaseName = fc.constantFrom('on_tcp_connect', 'on_http_request', 'on_http_response', 'on_event_stream_message', 'inbound', 'outbound', 'on_tls_request');
const policy = fc.dictionary(phaseName, fc.oneof(junk, fc.array(rule, { maxLength: 4 })), { minKeys: 1, maxKeys: 3 });
const url = fc.constantFrom('https://a.example.com', 'tcp://1.tcp.ngrok.io:20000', 'tls://t.example.com', 'https://api.internal', 'http://x.internal:8080', 'weird', '');

describe('structure and expression rules (property)', () => {
  it('never crash and report positions inside the file', async () => {
    await fc.assert(
      fc.asyncProperty(policy, url, fc.constantFrom('policy', 'agent', 'cloud', 'json'), async (p, u, container) => {
        let text: string;
        let path = 'p.yaml';
        if (container === 'policy') text = stringify(p);
        else if (container === 'json') {
          text = JSON.stringify(p, null, 2);
          path = 'p.json';
        } else if (container === 'agent') text = stringify({ version: 3, endpoints: [{ name: 'e', url: u, upstream: { url: 80 }, traffic_policy: p }] });
        else text = stringify({ type: 'cloud', url: u, traffic_policy: stringify(p) });
        const r = await lint([{ path, text }], { registry, fix: true });
        expect(r.diagnostics.filter((d) => d.code === 'TPC4001')).toEqual([]);
        // With --fix the diagnostics describe the fixed text.
        const final = r.fixed.get(path) ?? text;
        for (const d of r.diagnostics) {
          expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
          expect(d.range.end.offset).toBeLessThanOrEqual(final.length);
          expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
          expect(d.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
