/**
 * `schema`: structural validation of every document against tpc's JSON Schemas (Traffic
 * Policy, ngrok.yml, cloud endpoint body), including policies embedded as strings in cloud
 * endpoint bodies. The messages come from `checkSchema`, which words ajv's errors for people.
 * The agent-config and cloud-endpoint validators load only when such a document is linted.
 */

import { apiEndpointObjects, type Path, type SourceDocument } from '../ngrok/load.js';
import { checkSchema, type SchemaKind } from '../ngrok/schema-issues.js';
import { loadedValidator, loadValidator } from '../ngrok/validators.js';
import { defineRule } from './rule.js';
import type { Workspace } from './workspace.js';

export type MessageId = 'invalid';

const KINDS: ReadonlySet<string> = new Set<SchemaKind>(['traffic-policy', 'agent-config', 'cloud-endpoint']);

/** The fields of a cloud endpoint the API accepts on create; an API response adds read-only ones (id, uri, created_at, …). */
const CREATE_FIELDS = ['type', 'url', 'traffic_policy', 'description', 'metadata', 'bindings', 'pooling_enabled'];

/** What to validate: a value, where it sits in its document, and its schema. */
interface Target {
  doc: SourceDocument;
  kind: SchemaKind;
  value: unknown;
  at: Path;
}

/**
 * The documents to validate, with their schema. Cloud endpoints the ngrok API returned are
 * validated on their create fields (the response's own fields are not configuration); the API's
 * agent endpoints have only their policy checked (it is in `embedded`).
 */
function targets(ws: Workspace): Target[] {
  const out: Target[] = [];
  for (const doc of ws.documents) {
    if (KINDS.has(doc.kind)) out.push({ doc, kind: doc.kind as SchemaKind, value: doc.value, at: [] });
    else if (doc.kind === 'api-endpoints') {
      for (const { item, path } of apiEndpointObjects(doc.value)) {
        if (item['type'] !== 'cloud') continue;
        const body = Object.fromEntries(CREATE_FIELDS.filter((k) => k in item).map((k) => [k, item[k]]));
        out.push({ doc, kind: 'cloud-endpoint', value: body, at: path });
      }
    }
  }
  for (const doc of ws.embedded) out.push({ doc, kind: 'traffic-policy', value: doc.value, at: [] });
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
    await Promise.all([...new Set(targets(ws).map((t) => t.kind))].map(loadValidator));
  },
  check(ctx) {
    for (const { doc, kind, value, at } of targets(ctx.workspace)) {
      const validate = loadedValidator(kind);
      if (!validate) throw new Error(`the ${kind} validator is not loaded`);
      for (const issue of checkSchema(kind, validate, value)) {
        const message = /[.?!]$/.test(issue.message) ? issue.message : `${issue.message}.`;
        ctx.report({ messageId: 'invalid', data: { message }, doc, path: [...at, ...issue.path], part: issue.part });
      }
    }
  },
});
