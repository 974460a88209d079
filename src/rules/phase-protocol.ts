/**
 * `phase-protocol`: a phase the endpoint's protocol never runs. TCP and TLS endpoints have no
 * HTTP phases (ERR_NGROK_2230); internal HTTP(S) endpoints never see `on_tcp_connect`
 * (ERR_NGROK_2262). Judged only when the policy's endpoint is known (an ngrok.yml endpoint or a
 * cloud endpoint body).
 */

import { HTTP_PHASES } from './lib/policy-facts.js';
import { defineRule } from './rule.js';
import { canonicalUrl, type PolicyRef } from './workspace.js';

export type MessageId = 'httpPhaseOnTcp' | 'tcpPhaseOnInternalHttp';

interface Finding {
  messageId: MessageId;
  policy: PolicyRef;
  phase: string;
  url: string;
  scheme: string;
}

function nonEmptyList(v: unknown): boolean {
  return Array.isArray(v) && v.length > 0;
}

function check(policy: PolicyRef): Finding[] {
  const ep = policy.endpoint;
  const scheme = ep?.url?.scheme;
  if (!ep || !scheme) return [];
  const url = canonicalUrl(ep.url) ?? ep.url?.raw ?? '';
  const out: Finding[] = [];
  for (const [phase, rules] of Object.entries(policy.policy)) {
    if (!nonEmptyList(rules)) continue;
    if ((scheme === 'tcp' || scheme === 'tls') && (HTTP_PHASES.has(phase) || phase === 'outbound')) {
      out.push({ messageId: 'httpPhaseOnTcp', policy, phase, url, scheme });
    } else if ((scheme === 'http' || scheme === 'https') && ep.binding === 'internal' && phase === 'on_tcp_connect') {
      out.push({ messageId: 'tcpPhaseOnInternalHttp', policy, phase, url, scheme });
    }
  }
  return out;
}

export default defineRule<MessageId>({
  id: 'phase-protocol',
  meta: {
    description: "A policy uses a phase that its endpoint's protocol never runs.",
    severity: 'error',
    category: 'correctness',
    recommended: true,
    messages: {
      httpPhaseOnTcp: "Phase '{{phase}}' never runs on the {{scheme}} endpoint '{{url}}': {{scheme}} endpoints only run 'on_tcp_connect'.",
      tcpPhaseOnInternalHttp: "Phase 'on_tcp_connect' never runs on the internal endpoint '{{url}}': traffic reaches it through forward-internal, without a connection of its own.",
    },
  },
  check(ctx) {
    for (const policy of ctx.workspace.policies) {
      for (const f of check(policy)) {
        ctx.report({
          messageId: f.messageId,
          data: { phase: f.phase, url: f.url, scheme: f.scheme },
          doc: policy.doc,
          path: [...policy.path, f.phase],
          part: 'key',
          hint:
            f.messageId === 'httpPhaseOnTcp'
              ? 'Use an https:// endpoint for HTTP rules, or move connection-level rules to on_tcp_connect.'
              : 'Put connection-level rules (restrict-ips, terminate-tls) on the public endpoint that forwards here.',
        });
      }
    }
  },
});
