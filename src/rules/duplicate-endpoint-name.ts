/**
 * `duplicate-endpoint-name`: endpoint names are unique within an agent config (reference §4.4):
 * `ngrok start <name>` and the agent API address endpoints by name. Names of `endpoints[]`
 * items and of deprecated `tunnels:` entries share one namespace.
 */

import type { Path, SourceDocument } from '../ngrok/load.js';
import { defineRule } from './rule.js';
import { isObject, type Workspace } from './workspace.js';

export type MessageId = 'duplicateName';

interface Finding {
  doc: SourceDocument;
  path: Path;
  name: string;
  first: Path;
}

function check(ws: Workspace): Finding[] {
  const out: Finding[] = [];
  for (const agent of ws.agents) {
    const doc = agent.doc;
    const seen = new Map<string, Path>();
    const v = doc.value;
    if (!isObject(v)) continue;
    const tunnels = v['tunnels'];
    if (isObject(tunnels)) for (const name of Object.keys(tunnels)) seen.set(name, ['tunnels', name]);
    const eps = v['endpoints'];
    if (!Array.isArray(eps)) continue;
    eps.forEach((ep, i) => {
      const name = isObject(ep) ? ep['name'] : undefined;
      if (typeof name !== 'string') return;
      const first = seen.get(name);
      if (first) out.push({ doc, path: ['endpoints', i, 'name'], name, first });
      else seen.set(name, ['endpoints', i, 'name']);
    });
  }
  return out;
}

export default defineRule<MessageId>({
  id: 'duplicate-endpoint-name',
  meta: {
    description: 'Endpoint names must be unique within an agent config.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    messages: {
      duplicateName: "Endpoint name '{{name}}' is already used in this file; 'ngrok start' and the agent API address endpoints by name.",
    },
  },
  check(ctx) {
    for (const f of check(ctx.workspace)) {
      ctx.report({
        messageId: 'duplicateName',
        data: { name: f.name },
        doc: f.doc,
        path: f.path,
        related: [{ message: `'${f.name}' is first used here.`, file: f.doc.file, range: f.doc.locate(f.first, f.first[0] === 'tunnels' ? 'key' : 'value') }],
      });
    }
  },
});
