/**
 * `unreachable-rule`: a rule placed after an unconditional rule (no expressions) that always
 * ends in a terminating action never runs; everything after the terminator in that phase is dead.
 */

import { isTerminalAction } from '../ngrok/types.js';
import { isUnconditional, typeOf } from './lib/policy-facts.js';
import { defineRule } from './rule.js';
import { eachRule, type PolicyRef, type RuleSite } from './workspace.js';

export type MessageId = 'unreachable';

interface Finding {
  site: RuleSite;
  blocker: RuleSite;
  terminal: string;
}

function label(site: RuleSite): string {
  const name = site.rule['name'];
  return typeof name === 'string' && name.trim() !== '' ? `'${name}'` : `#${site.ruleIndex + 1}`;
}

function check(policy: PolicyRef): Finding[] {
  const out: Finding[] = [];
  const blockers = new Map<string, { site: RuleSite; terminal: string }>();
  for (const site of eachRule(policy)) {
    const blocker = blockers.get(site.phase);
    if (blocker) {
      out.push({ site, blocker: blocker.site, terminal: blocker.terminal });
      continue;
    }
    if (!isUnconditional(site.rule)) continue;
    const actions = site.rule['actions'];
    if (!Array.isArray(actions)) continue;
    const t = actions.find((a) => isTerminalAction(a));
    if (t !== undefined) blockers.set(site.phase, { site, terminal: typeOf(t) ?? '?' });
  }
  return out;
}

export default defineRule<MessageId>({
  id: 'unreachable-rule',
  meta: {
    description: 'A rule placed after an unconditional rule that always ends in a terminating action never runs.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    messages: {
      unreachable: "Rule {{rule}} in '{{phase}}' never runs: rule {{blocker}} before it matches all traffic and ends in '{{terminal}}'.",
    },
  },
  check(ctx) {
    for (const policy of ctx.workspace.policies) {
      for (const f of check(policy)) {
        const doc = policy.doc;
        ctx.report({
          messageId: 'unreachable',
          data: { rule: label(f.site), phase: f.site.phase, blocker: label(f.blocker), terminal: f.terminal },
          doc,
          path: f.site.path,
          related: [{ message: `Rule ${label(f.blocker)} has no expressions and always ends in '${f.terminal}'.`, file: doc.file, range: doc.locate(f.blocker.path) }],
          hint: `Move rule ${label(f.site)} above rule ${label(f.blocker)}, or give rule ${label(f.blocker)} expressions.`,
        });
      }
    }
  },
});
