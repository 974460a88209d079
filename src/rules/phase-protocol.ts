/**
 * `phase-protocol`: a phase (or a connection-level action) the endpoint's protocol never runs.
 * TCP and TLS endpoints have no HTTP phases (ERR_NGROK_2230); internal HTTP(S) endpoints never
 * see `on_tcp_connect` (ERR_NGROK_2262); `terminate-tls` on a `tcp://` endpoint draws a warning.
 * Judged only when the policy's endpoint is known (an ngrok.yml endpoint or a cloud endpoint
 * body); a standalone policy file has no scheme to judge against.
 *
 * `terminate-tls` on `tcp://` (reference §2.24 and "unverified" item 9), checked against
 * ngrok/ngrok-docs: the action's own reference page (traffic-policy/actions/terminate-tls)
 * names https and tls as its only schemes, while the TLS-termination overview
 * (universal-gateway/tls-termination.mdx) puts TCP next to TLS in its table as "no termination
 * by default, configurable with terminate-tls" and says the action terminates TLS for TCP and
 * TLS endpoints. The two pages disagree, so this is a warning, not an error. The reasoning
 * behind warning at all: a tcp:// endpoint is a bare port that forwards whatever bytes its
 * clients send (SSH, Postgres, RDP, ...), and it has no SNI routing of its own; a TLS handshake
 * on it fails for every client that does not open with TLS. Traffic that really is TLS belongs
 * on a tls:// endpoint, where the action is documented. The simulator treats the same case as
 * undocumented (src/sim/actions.ts).
 */

import type { Path } from '../ngrok/load.js';
import { HTTP_PHASES, modernPhases } from './lib/policy-facts.js';
import { defineRule } from './rule.js';
import { canonicalUrl, eachAction, type PolicyRef } from './workspace.js';

export type MessageId = 'httpPhaseOnTcp' | 'tcpPhaseOnInternalHttp' | 'terminateTlsOnTcp';

interface Finding {
  messageId: MessageId;
  policy: PolicyRef;
  phase: string;
  url: string;
  scheme: string;
  /** Where to report; the phase key unless set. */
  at?: Path;
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
  if (scheme === 'tcp') {
    // Only where the action can run at all (on_tcp_connect, or legacy inbound); elsewhere the
    // phase itself is already reported (here and by action-phase).
    for (const site of eachAction(policy)) {
      if (site.type !== 'terminate-tls' || !modernPhases(site.phase).includes('on_tcp_connect')) continue;
      out.push({ messageId: 'terminateTlsOnTcp', policy, phase: site.phase, url, scheme, at: [...site.actionPath, 'type'] });
    }
  }
  return out;
}

const HINTS: Record<MessageId, string> = {
  httpPhaseOnTcp: 'Use an https:// endpoint for HTTP rules, or move connection-level rules to on_tcp_connect.',
  tcpPhaseOnInternalHttp: 'Put connection-level rules (restrict-ips, terminate-tls) on the public endpoint that forwards here.',
  terminateTlsOnTcp: 'If clients connect with TLS, use a tls:// endpoint; otherwise remove terminate-tls and let the TCP stream pass through.',
};

export default defineRule<MessageId>({
  id: 'phase-protocol',
  meta: {
    description: "A policy uses a phase or action that its endpoint's protocol does not run.",
    severity: 'error',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    messages: {
      httpPhaseOnTcp: "Phase '{{phase}}' never runs on the {{scheme}} endpoint '{{url}}': {{scheme}} endpoints only run 'on_tcp_connect'.",
      tcpPhaseOnInternalHttp: "Phase 'on_tcp_connect' never runs on the internal endpoint '{{url}}': traffic reaches it through forward-internal, without a connection of its own.",
      terminateTlsOnTcp:
        "Action 'terminate-tls' is documented only for https and tls endpoints, and '{{url}}' is tcp: a tcp:// endpoint forwards whatever protocol its clients speak, so a TLS handshake there fails for every client that does not start with TLS.",
    },
  },
  check(ctx) {
    for (const policy of ctx.workspace.policies) {
      for (const f of check(policy)) {
        ctx.report({
          messageId: f.messageId,
          data: { phase: f.phase, url: f.url, scheme: f.scheme },
          doc: policy.doc,
          ...(f.at ? { path: f.at } : { path: [...policy.path, f.phase], part: 'key' as const }),
          hint: HINTS[f.messageId],
          ...(f.messageId === 'terminateTlsOnTcp' ? { severity: 'warning' as const } : {}),
        });
      }
    }
  },
});
