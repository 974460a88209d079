/**
 * `agent-api-exposed`: an endpoint whose upstream is the agent's own inspection interface and
 * local API (`agent.web_addr`, default `127.0.0.1:4040`; reference §4.3). Whoever reaches the
 * endpoint can read the requests the agent captured (headers, bodies, tokens) and drive the
 * agent API. Public endpoints draw an error; internal and Kubernetes-bound ones a warning
 * (reachable only from the account's own endpoints or clusters, but still the agent's controls).
 */

import type { Severity } from '../diagnostics/diagnostic.js';
import type { Path, SourceDocument } from '../ngrok/load.js';
import { hostPortOf, isLoopbackHost, parseUpstream, upstreamPath } from './lib/endpoint-facts.js';
import { defineRule } from './rule.js';
import { isObject, type Workspace } from './workspace.js';

export type MessageId = 'agentApiUpstream';

interface Finding {
  doc: SourceDocument;
  path: Path;
  data: Record<string, string>;
  severity: Severity;
}

/** The agent's web address from its config: `agent.web_addr` (v3) or top-level `web_addr` (v2). */
function webAddr(doc: SourceDocument): { host: string; port: number; raw: string } | undefined {
  const v = doc.value;
  if (!isObject(v)) return undefined;
  const agent = v['agent'];
  const w = isObject(agent) && 'web_addr' in agent ? agent['web_addr'] : v['web_addr'];
  if (w === false || w === 'false') return undefined;
  if (typeof w === 'string') {
    const hp = hostPortOf(w);
    if (hp.port !== undefined) return { host: hp.host || 'localhost', port: hp.port, raw: w };
  }
  return { host: '127.0.0.1', port: 4040, raw: '127.0.0.1:4040' };
}

function check(ws: Workspace): Finding[] {
  const out: Finding[] = [];
  for (const ep of ws.endpoints) {
    if (ep.kind !== 'agent' || ep.upstream === undefined || !ep.agent) continue;
    const web = webAddr(ep.agent.doc);
    const up = parseUpstream(ep.upstream);
    if (!web || !up || up.port !== web.port) continue;
    if (!isLoopbackHost(up.host) && up.host !== web.host) continue;
    out.push({
      doc: ep.doc,
      path: upstreamPath(ep),
      data: { name: ep.name ?? ep.url?.raw ?? 'endpoint', upstream: ep.upstream, web: web.raw },
      severity: ep.binding === 'public' ? 'error' : 'warning',
    });
  }
  return out;
}

export default defineRule<MessageId>({
  id: 'agent-api-exposed',
  meta: {
    description: "An endpoint must not expose the agent's own inspection interface and API.",
    severity: 'error',
    category: 'posture',
    recommended: true,
    documentLocal: true,
    messages: {
      agentApiUpstream: "Endpoint '{{name}}' sends traffic to '{{upstream}}', the agent's own inspection interface and API ({{web}}): whoever reaches the endpoint can read captured requests and use the agent API.",
    },
  },
  check(ctx) {
    for (const f of check(ctx.workspace)) {
      ctx.report({
        messageId: 'agentApiUpstream',
        data: f.data,
        doc: f.doc,
        path: f.path,
        severity: f.severity,
        hint: "Point the upstream at your service. To inspect traffic remotely, use ngrok's dashboard (Traffic Inspector) instead of publishing the agent's web interface.",
      });
    }
  },
});
