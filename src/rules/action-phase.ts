/**
 * `action-phase`: an action used in a phase that does not run it (ngrok: ERR_NGROK_2202), such
 * as `jwt-validation` in `on_tcp_connect`. Placements on which ngrok's own documentation
 * disagrees draw a warning; unknown action types are left to `schema`.
 */

import { ACTION_PHASES, DISPUTED_PHASES, modernPhases, quoteList } from './lib/policy-facts.js';
import { defineRule } from './rule.js';
import { eachAction, type ActionSite } from './workspace.js';

export type MessageId = 'wrongPhase' | 'disputedPhase' | 'unverifiedPhase';

type Verdict = { messageId: MessageId; site: ActionSite; type: string; allowed: readonly string[] };

const KNOWN_PHASES = new Set(['on_tcp_connect', 'on_http_request', 'on_http_response', 'on_event_stream_message', 'inbound', 'outbound']);

function check(site: ActionSite): Verdict | undefined {
  const type = site.type;
  if (!type || !KNOWN_PHASES.has(site.phase)) return undefined;
  const allowed = ACTION_PHASES[type];
  if (!allowed) return undefined;
  const phases = modernPhases(site.phase);
  if (phases.some((p) => allowed.includes(p))) return undefined;
  if (phases.some((p) => DISPUTED_PHASES[type]?.includes(p))) return { messageId: 'disputedPhase', site, type, allowed };
  // Which actions run in on_event_stream_message beyond sse-find-replace is undocumented.
  if (site.phase === 'on_event_stream_message') return { messageId: 'unverifiedPhase', site, type, allowed };
  return { messageId: 'wrongPhase', site, type, allowed };
}

export default defineRule<MessageId>({
  id: 'action-phase',
  meta: {
    description: 'An action is used in a phase that does not support it.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    messages: {
      wrongPhase: "Action '{{type}}' does not run in '{{phase}}'; it is supported in {{allowed}}.",
      disputedPhase: "ngrok's documentation disagrees on whether '{{type}}' runs in '{{phase}}'; it is documented for {{allowed}}.",
      unverifiedPhase: "Action '{{type}}' is not documented for '{{phase}}', where only 'sse-find-replace' is known to run; it is supported in {{allowed}}.",
    },
  },
  check(ctx) {
    for (const policy of ctx.workspace.policies) {
      for (const site of eachAction(policy)) {
        const v = check(site);
        if (!v) continue;
        ctx.report({
          messageId: v.messageId,
          data: { type: v.type, phase: site.phase, allowed: quoteList(v.allowed) },
          doc: policy.doc,
          path: [...site.actionPath, 'type'],
          ...(v.messageId === 'wrongPhase' ? {} : { severity: 'warning' as const }),
        });
      }
    }
  },
});
