/**
 * `shared-internal-url`: one internal URL served by several endpoints (reference §5.5). Served
 * by agents of different sites, the endpoints form one pool once pooling is on, and traffic
 * meant for one site (one clinic) reaches another; with pooling off, ngrok refuses the second
 * endpoint. Served twice within one site, every endpoint needs `pooling_enabled: true`
 * (ERR_NGROK_334 for agents, ERR_NGROK_18016/18017 for cloud endpoints). A site is the folder
 * of the agent config (or the site a `.tpc` file names); two agents in one folder, both pooling,
 * are a failover pair and are fine. Cloud endpoints belong to no site.
 */

import type { Path, SourceDocument } from '../ngrok/load.js';
import type { RelatedInformation } from '../diagnostics/diagnostic.js';
import { defineRule } from './rule.js';
import { internalEndpoints, type EndpointRef, type Workspace } from './workspace.js';

export type MessageId = 'crossSite' | 'notPooled';

interface Finding {
  messageId: MessageId;
  doc: SourceDocument;
  path: Path;
  data: Record<string, string | number>;
  others: EndpointRef[];
}

function siteOf(ep: EndpointRef): string | undefined {
  return ep.kind === 'agent' ? ep.agent?.site : undefined;
}

function check(ws: Workspace): Finding[] {
  const out: Finding[] = [];
  for (const [url, group] of internalEndpoints(ws)) {
    if (group.length < 2) continue;
    const allPooled = group.every((e) => e.poolingEnabled);
    for (const ep of group) {
      const others = group.filter((o) => o !== ep);
      const at = { doc: ep.doc, path: [...ep.path, 'url'] as Path, others };
      const site = siteOf(ep);
      const otherSites = [...new Set(others.map(siteOf).filter((s): s is string => s !== undefined && s !== site))];
      if (site !== undefined && otherSites.length > 0) {
        out.push({ messageId: 'crossSite', ...at, data: { url, site, others: otherSites.map((s) => `'${s}'`).join(', ') } });
      } else if (!allPooled) {
        out.push({ messageId: 'notPooled', ...at, data: { url, count: group.length } });
      }
    }
  }
  return out;
}

function relatedMessage(ep: EndpointRef): string {
  const site = siteOf(ep);
  return site !== undefined ? `Also served here (site '${site}'${ep.poolingEnabled ? ', pooling enabled' : ''}).` : `Also served here (cloud endpoint${ep.poolingEnabled ? ', pooling enabled' : ''}).`;
}

export default defineRule<MessageId>({
  id: 'shared-internal-url',
  meta: {
    description: 'An internal URL must not be served by several sites, nor twice without pooling.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    requiresReason: true,
    messages: {
      crossSite: "'{{url}}' of site '{{site}}' is also served by site {{others}}: with pooling the sites share one pool and traffic for one reaches the other; without it ngrok refuses the second endpoint.",
      notPooled: "'{{url}}' is served by {{count}} endpoints without pooling_enabled on all of them; ngrok refuses the second one.",
    },
  },
  check(ctx) {
    for (const f of check(ctx.workspace)) {
      const related: RelatedInformation[] = f.others.map((o) => ({ message: relatedMessage(o), file: o.doc.file, range: o.doc.locate([...o.path, 'url']) }));
      ctx.report({
        messageId: f.messageId,
        data: f.data,
        doc: f.doc,
        path: f.path,
        related,
        hint:
          f.messageId === 'crossSite'
            ? "Give each site its own internal host (for example 'https://api.clinic-a.internal'), and forward to it from that site's public endpoint."
            : "Set 'pooling_enabled: true' on every endpoint that serves this URL if they are meant to share traffic, or give them different URLs.",
      });
    }
  },
});
