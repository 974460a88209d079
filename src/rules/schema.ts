/**
 * `schema`: structural validation of every document against tpc's JSON Schemas (Traffic
 * Policy, ngrok.yml, cloud endpoint body), including policies embedded as strings in cloud
 * endpoint bodies. The messages come from `validateSchema`, which words ajv's errors for people.
 */

import type { SourceDocument } from '../ngrok/load.js';
import { validateSchema, type SchemaKind } from '../ngrok/schema.js';
import { defineRule } from './rule.js';

export type MessageId = 'invalid';

const KINDS: ReadonlySet<string> = new Set<SchemaKind>(['traffic-policy', 'agent-config', 'cloud-endpoint']);

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
  check(ctx) {
    const run = (doc: SourceDocument, kind: SchemaKind) => {
      for (const issue of validateSchema(kind, doc.value)) {
        const message = /[.?!]$/.test(issue.message) ? issue.message : `${issue.message}.`;
        ctx.report({ messageId: 'invalid', data: { message }, doc, path: issue.path, part: issue.part });
      }
    };
    for (const doc of ctx.workspace.documents) if (KINDS.has(doc.kind)) run(doc, doc.kind as SchemaKind);
    for (const doc of ctx.workspace.embedded) run(doc, 'traffic-policy');
  },
});
