/**
 * `cloud-endpoint-terminal`: a cloud endpoint has no upstream, so its policy must end every
 * request (or connection) with a terminating action; ngrok refuses a policy that can fall
 * through (ERR_NGROK_2235). The safe reading: some rule of the entry phase has no expressions
 * and ends in a terminating action (`redirect` counts for cloud endpoints, reference §1.7).
 * Agent endpoint policies are never blamed: their traffic falls through to the upstream.
 */

import { isTerminalAction } from '../ngrok/types.js';
import { entryPhase, isUnconditional, typeOf } from './lib/policy-facts.js';
import { defineRule } from './rule.js';
import { canonicalUrl, isObject, type PolicyRef } from './workspace.js';

export type MessageId = 'noTerminal' | 'mayFallThrough';

function terminates(rule: unknown): boolean {
  if (!isObject(rule) || !Array.isArray(rule['actions'])) return false;
  return rule['actions'].some((a) => isTerminalAction(a) || typeOf(a) === 'redirect');
}

function rulesOf(policy: PolicyRef, phase: string): unknown[] {
  const v = policy.policy[phase];
  return Array.isArray(v) ? v : [];
}

interface Finding {
  messageId: MessageId;
  phase: string;
  /** Phase key present (report there), else the policy itself. */
  at: 'phase' | 'lastRule' | 'policy';
  lastIndex: number;
}

function check(policy: PolicyRef): Finding | undefined {
  const entry = entryPhase(policy.endpoint?.url?.scheme);
  // A terminator in on_tcp_connect also ends HTTP traffic; legacy `inbound` is the entry phase.
  const phases = entry === 'on_http_request' ? ['on_tcp_connect', entry, 'inbound'] : [entry, 'inbound'];
  for (const p of phases) {
    if (rulesOf(policy, p).some((r) => isObject(r) && isUnconditional(r) && terminates(r))) return undefined;
  }
  const phase = Array.isArray(policy.policy[entry]) ? entry : Array.isArray(policy.policy['inbound']) ? 'inbound' : entry;
  const rules = rulesOf(policy, phase);
  const someTerminate = rules.some(terminates);
  if (someTerminate) return { messageId: 'mayFallThrough', phase, at: 'lastRule', lastIndex: rules.length - 1 };
  return { messageId: 'noTerminal', phase, at: phase in policy.policy ? 'phase' : 'policy', lastIndex: rules.length - 1 };
}

export default defineRule<MessageId>({
  id: 'cloud-endpoint-terminal',
  meta: {
    description: "A cloud endpoint's policy must end all traffic in a terminating action.",
    severity: 'error',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    messages: {
      noTerminal: "The policy of cloud endpoint '{{url}}' never ends traffic in '{{phase}}': no rule there forwards, responds, redirects or denies, and ngrok rejects such a policy.",
      mayFallThrough: "Traffic of cloud endpoint '{{url}}' that no rule of '{{phase}}' catches falls off the end of the policy; ngrok requires a final rule without expressions that ends in a terminating action.",
    },
  },
  check(ctx) {
    for (const policy of ctx.workspace.policies) {
      if (policy.origin !== 'cloud-endpoint') continue;
      const f = check(policy);
      if (!f) continue;
      const url = canonicalUrl(policy.endpoint?.url) ?? policy.endpoint?.url?.raw ?? '?';
      const path = f.at === 'lastRule' ? [...policy.path, f.phase, f.lastIndex] : f.at === 'phase' ? [...policy.path, f.phase] : policy.path;
      ctx.report({
        messageId: f.messageId,
        data: { url, phase: f.phase },
        doc: policy.doc,
        path,
        ...(f.at === 'lastRule' ? {} : { part: 'key' as const }),
        ...(f.messageId === 'mayFallThrough' ? { severity: 'warning' as const } : {}),
        hint: `End '${f.phase}' with a rule without expressions whose last action is forward-internal, custom-response, redirect or deny.`,
      });
    }
  },
});
