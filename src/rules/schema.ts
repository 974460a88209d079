/**
 * `schema`: structural validation of every document against tpc's JSON Schemas (Traffic
 * Policy, ngrok.yml, cloud endpoint body), including policies embedded as strings in cloud
 * endpoint bodies. The messages come from `checkSchema`, which words ajv's errors for people.
 * The agent-config and cloud-endpoint validators load only when such a document is linted.
 */

import type { SourceDocument } from '../ngrok/load.js';
import { checkSchema, type SchemaKind } from '../ngrok/schema-issues.js';
import { loadedValidator, loadValidator } from '../ngrok/validators.js';
import { defineRule } from './rule.js';
import type { Workspace } from './workspace.js';

export type MessageId = 'invalid';

const KINDS: ReadonlySet<string> = new Set<SchemaKind>(['traffic-policy', 'agent-config', 'cloud-endpoint']);

/** The documents to validate, with their schema. */
function targets(ws: Workspace): [SourceDocument, SchemaKind][] {
  const out: [SourceDocument, SchemaKind][] = [];
  for (const doc of ws.documents) if (KINDS.has(doc.kind)) out.push([doc, doc.kind as SchemaKind]);
  for (const doc of ws.embedded) out.push([doc, 'traffic-policy']);
  return out;
}

export default defineRule<MessageId>({
  id: 'schema',
  meta: {
    description: 'Every document must match the structure ngrok accepts.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    messages: {
      invalid: '{{message}}',
    },
  },
  async prepare(ws) {
    await Promise.all([...new Set(targets(ws).map(([, kind]) => kind))].map(loadValidator));
  },
  check(ctx) {
    for (const [doc, kind] of targets(ctx.workspace)) {
      const validate = loadedValidator(kind);
      if (!validate) throw new Error(`the ${kind} validator is not loaded`);
      for (const issue of checkSchema(kind, validate, doc.value)) {
        const message = /[.?!]$/.test(issue.message) ? issue.message : `${issue.message}.`;
        ctx.report({ messageId: 'invalid', data: { message }, doc, path: issue.path, part: issue.part });
      }
    }
  },
});
