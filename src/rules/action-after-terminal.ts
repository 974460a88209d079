/**
 * `action-after-terminal`: an action placed after a terminating action in the same rule never
 * runs (ngrok rejects it too: ERR_NGROK_2207). The autofix moves the non-terminating actions
 * that follow ahead of the terminating one; a second terminating action is only reported.
 */

import { isTerminalAction } from '../ngrok/types.js';
import type { Path } from '../ngrok/load.js';
import { reorderFix } from './lib/edits.js';
import { typeOf } from './lib/policy-facts.js';
import { defineRule } from './rule.js';
import { eachRule, type PolicyRef } from './workspace.js';

export type MessageId = 'afterTerminal' | 'terminalAfterTerminal';

interface Finding {
  policy: PolicyRef;
  actionsPath: Path;
  /** Index of the first terminating action. */
  terminal: number;
  terminalType: string;
  /** Unreachable actions after it: index, type, whether it terminates too. */
  unreachable: { index: number; type: string; terminal: boolean }[];
  /** New order of the action list when the fix applies. */
  order: number[];
}

function check(policy: PolicyRef): Finding[] {
  const out: Finding[] = [];
  for (const site of eachRule(policy)) {
    const actions = site.rule['actions'];
    if (!Array.isArray(actions)) continue;
    const t = actions.findIndex((a) => isTerminalAction(a));
    if (t < 0 || t === actions.length - 1) continue;
    const unreachable = actions.slice(t + 1).map((a, k) => ({ index: t + 1 + k, type: typeOf(a) ?? '?', terminal: isTerminalAction(a) }));
    const movable = unreachable.filter((u) => !u.terminal).map((u) => u.index);
    const rest = unreachable.filter((u) => u.terminal).map((u) => u.index);
    const order = [...Array.from({ length: t }, (_, i) => i), ...movable, t, ...rest];
    out.push({ policy, actionsPath: [...site.path, 'actions'], terminal: t, terminalType: typeOf(actions[t]) ?? '?', unreachable, order });
  }
  return out;
}

export default defineRule<MessageId>({
  id: 'action-after-terminal',
  meta: {
    description: 'An action placed after a terminating action in the same rule never runs.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    fixable: true,
    requiresReason: true,
    messages: {
      afterTerminal: "Action '{{type}}' never runs: it follows '{{terminal}}', which ends the rule's phase.",
      terminalAfterTerminal: "Action '{{type}}' never runs: it follows '{{terminal}}', which already ends the rule's phase.",
    },
  },
  check(ctx) {
    for (const policy of ctx.workspace.policies) {
      for (const f of check(policy)) {
        const doc = f.policy.doc;
        const hasMovable = f.unreachable.some((u) => !u.terminal);
        const fix = hasMovable
          ? reorderFix(doc, f.actionsPath, f.order, `Move the actions after '${f.terminalType}' ahead of it.`)
          : undefined;
        let fixAttached = false;
        for (const u of f.unreachable) {
          const related = [{ message: `'${f.terminalType}' ends the phase here.`, file: doc.file, range: doc.locate([...f.actionsPath, f.terminal]) }];
          if (u.terminal) {
            ctx.report({
              messageId: 'terminalAfterTerminal',
              data: { type: u.type, terminal: f.terminalType },
              doc,
              path: [...f.actionsPath, u.index],
              related,
              hint: `Remove it, or give it its own rule with expressions that select the traffic it should handle.`,
            });
          } else {
            const attach = fix && !fixAttached;
            if (attach) fixAttached = true;
            ctx.report({
              messageId: 'afterTerminal',
              data: { type: u.type, terminal: f.terminalType },
              doc,
              path: [...f.actionsPath, u.index],
              related,
              ...(attach ? { fix } : { hint: `Move it ahead of '${f.terminalType}'.` }),
            });
          }
        }
      }
    }
  },
});
