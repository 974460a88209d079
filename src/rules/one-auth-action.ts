/**
 * `one-auth-action`: ngrok accepts one identity-provider login action per endpoint
 * (ERR_NGROK_2239, "more than one auth action"). Which actions count is undocumented; `oauth`,
 * `openid-connect` (and its old spelling `oidc`) and `saml` certainly do, so two of those in one
 * policy draw a warning, on every one after the first.
 */

import type { Path, SourceDocument } from '../ngrok/load.js';
import { defineRule } from './rule.js';
import { eachAction, type ActionSite, type Workspace } from './workspace.js';

export type MessageId = 'secondAuthAction';

const LOGIN_ACTIONS = new Set(['oauth', 'openid-connect', 'oidc', 'saml']);

interface Finding {
  doc: SourceDocument;
  path: Path;
  type: string;
  first: ActionSite;
}

function check(ws: Workspace): Finding[] {
  const out: Finding[] = [];
  for (const policy of ws.policies) {
    let first: ActionSite | undefined;
    for (const a of eachAction(policy)) {
      if (!a.type || !LOGIN_ACTIONS.has(a.type)) continue;
      if (!first) first = a;
      else out.push({ doc: policy.doc, path: [...a.actionPath, 'type'], type: a.type, first });
    }
  }
  return out;
}

export default defineRule<MessageId>({
  id: 'one-auth-action',
  meta: {
    description: 'A policy should use at most one login action (oauth, openid-connect or saml).',
    severity: 'warning',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    messages: {
      secondAuthAction: "'{{type}}' is a second login action in this policy (after '{{first}}'); ngrok accepts one auth action per endpoint.",
    },
  },
  check(ctx) {
    for (const f of check(ctx.workspace)) {
      const firstType = f.first.type ?? '?';
      ctx.report({
        messageId: 'secondAuthAction',
        data: { type: f.type, first: firstType },
        doc: f.doc,
        path: f.path,
        related: [{ message: `The first login action, '${firstType}'.`, file: f.first.policy.doc.file, range: f.first.policy.doc.locate([...f.first.actionPath, 'type']) }],
        hint: 'Offer several identity providers through one openid-connect provider (a broker), or split them across endpoints.',
      });
    }
  },
});
