/**
 * `forward-internal-target`: a `forward-internal` URL must name an internal endpoint. Its host
 * must end in `.internal` (always checked). When the linted files define internal endpoints
 * (ngrok.yml endpoints, internal cloud endpoints), the target must be one of them; a policy
 * linted alone is not blamed for targets defined elsewhere. Interpolated URLs (`${…}`) and
 * placeholders are skipped. A target whose host is served with another scheme or port is left
 * to `forward-internal-scheme`.
 */

import type { Path, SourceDocument } from '../ngrok/load.js';
import { internalUrls, isInterpolated, nearest, sameHostEndpoints, servingEndpoints, urlPath } from './lib/endpoint-facts.js';
import { findPlaceholder } from './lib/placeholders.js';
import { defineRule } from './rule.js';
import { canonicalUrl, eachAction, isInternalHost, parseEndpointUrl, type EndpointRef, type Workspace } from './workspace.js';

export type MessageId = 'notInternal' | 'undefinedTarget' | 'undefinedTargetSuggest';

interface Finding {
  messageId: MessageId;
  doc: SourceDocument;
  path: Path;
  url: string;
  suggestion?: string;
  suggested?: EndpointRef;
}

function check(ws: Workspace): Finding[] {
  const out: Finding[] = [];
  const defined = internalUrls(ws);
  for (const policy of ws.policies) {
    for (const a of eachAction(policy)) {
      if (a.type !== 'forward-internal') continue;
      const raw = a.config?.['url'];
      if (typeof raw !== 'string' || isInterpolated(raw) || findPlaceholder(raw)) continue;
      const url = parseEndpointUrl(raw);
      if (!url?.scheme) continue;
      const at = { doc: policy.doc, path: [...a.actionPath, 'config', 'url'], url: raw };
      if (!isInternalHost(url.host)) {
        out.push({ messageId: 'notInternal', ...at });
        continue;
      }
      if (defined.length === 0) continue;
      if (servingEndpoints(ws, url).length > 0 || sameHostEndpoints(ws, url).length > 0) continue;
      const suggestion = nearest(canonicalUrl(url) ?? raw, defined, (url.host ?? '').replace(/\.internal$/, ''));
      if (suggestion === undefined) {
        out.push({ messageId: 'undefinedTarget', ...at });
      } else {
        const f: Finding = { messageId: 'undefinedTargetSuggest', ...at, suggestion };
        const suggested = ws.endpoints.find((ep) => ep.binding === 'internal' && canonicalUrl(ep.url) === suggestion);
        if (suggested) f.suggested = suggested;
        out.push(f);
      }
    }
  }
  return out;
}

export default defineRule<MessageId>({
  id: 'forward-internal-target',
  meta: {
    description: 'A forward-internal URL must name an internal endpoint defined in the linted files.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    messages: {
      notInternal: "forward-internal target '{{url}}' is not an internal endpoint: its host must end in '.internal'.",
      undefinedTarget: "No endpoint in the linted files serves '{{url}}'.",
      undefinedTargetSuggest: "No endpoint in the linted files serves '{{url}}'; did you mean '{{suggestion}}'?",
    },
  },
  check(ctx) {
    for (const f of check(ctx.workspace)) {
      if (f.messageId === 'notInternal') {
        ctx.report({
          messageId: f.messageId,
          data: { url: f.url },
          doc: f.doc,
          path: f.path,
          hint: 'forward-internal only reaches internal endpoints of the same account (https://name.internal, tcp://name.internal:port).',
        });
        continue;
      }
      const hint = 'Define the endpoint (an ngrok.yml endpoint or an internal cloud endpoint), or lint the files that define it together with this one.';
      const s = f.suggested;
      ctx.report({
        messageId: f.messageId,
        data: f.suggestion ? { url: f.url, suggestion: f.suggestion } : { url: f.url },
        doc: f.doc,
        path: f.path,
        hint,
        ...(s ? { related: [{ message: `'${f.suggestion}' is defined here.`, file: s.doc.file, range: s.doc.locate(urlPath(s)) }] } : {}),
      });
    }
  },
});
