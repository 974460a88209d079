/**
 * `forward-internal-scheme`: `forward-internal` stays within one protocol family (reference
 * §2.8): an HTTP(S) endpoint forwards to `http://` or `https://`, a TCP endpoint to `tcp://`, a
 * TLS endpoint to `tls://`. The forwarding endpoint's protocol comes from its URL when the
 * policy sits in an ngrok.yml endpoint or a cloud endpoint body; for a policy file alone, only
 * the HTTP phases tell (they run on HTTP(S) endpoints). A `tcp://` target needs a port. When
 * the target's host is served in the linted files but with another scheme or port, the scheme
 * and port must match one of them.
 */

import type { Path, SourceDocument } from '../ngrok/load.js';
import type { Scheme } from '../ngrok/types.js';
import { endpointLabel, endpointScheme, familyOf, isInterpolated, literalScheme, sameHostEndpoints, servingEndpoints, type Family } from './lib/endpoint-facts.js';
import { findPlaceholder } from './lib/placeholders.js';
import { defineRule } from './rule.js';
import { canonicalUrl, eachAction, isInternalHost, parseEndpointUrl, type EndpointRef, type Workspace } from './workspace.js';

export type MessageId = 'familyMismatch' | 'phaseFamilyMismatch' | 'unsupportedScheme' | 'tcpTargetNoPort' | 'servedDifferently';

const SCHEMES: readonly string[] = ['http', 'https', 'tcp', 'tls'];
const FAMILY_NAME: Record<Family, string> = { http: 'HTTP(S)', tcp: 'TCP', tls: 'TLS' };

interface Finding {
  messageId: MessageId;
  doc: SourceDocument;
  path: Path;
  data: Record<string, string>;
  others?: EndpointRef[];
}

/** The family the forwarding side speaks: from its endpoint, else from an HTTP phase. */
function forwardingFamily(ep: EndpointRef | undefined, phase: string): { family: Family; from?: string } | undefined {
  if (ep) {
    const s = endpointScheme(ep);
    return s ? { family: familyOf(s), from: endpointLabel(ep) } : undefined;
  }
  return phase === 'on_http_request' ? { family: 'http' } : undefined;
}

function check(ws: Workspace): Finding[] {
  const out: Finding[] = [];
  for (const policy of ws.policies) {
    for (const a of eachAction(policy)) {
      if (a.type !== 'forward-internal') continue;
      const raw = a.config?.['url'];
      if (typeof raw !== 'string' || findPlaceholder(raw)) continue;
      const at = { doc: policy.doc, path: [...a.actionPath, 'config', 'url'] };
      const scheme = literalScheme(raw);
      if (scheme === undefined) continue;
      if (!SCHEMES.includes(scheme)) {
        out.push({ messageId: 'unsupportedScheme', ...at, data: { url: raw, scheme } });
        continue;
      }
      const toFamily = familyOf(scheme as Scheme);
      const from = forwardingFamily(policy.endpoint, a.phase);
      if (from && from.family !== toFamily) {
        const data = { url: raw, toFamily: FAMILY_NAME[toFamily], fromFamily: FAMILY_NAME[from.family], phase: a.phase };
        out.push(from.from !== undefined ? { messageId: 'familyMismatch', ...at, data: { ...data, from: from.from } } : { messageId: 'phaseFamilyMismatch', ...at, data });
        continue;
      }
      if (isInterpolated(raw)) continue;
      const url = parseEndpointUrl(raw);
      if (!url?.host) continue;
      if (scheme === 'tcp' && url.port === undefined) {
        out.push({ messageId: 'tcpTargetNoPort', ...at, data: { url: raw } });
        continue;
      }
      if (!isInternalHost(url.host) || servingEndpoints(ws, url).length > 0) continue;
      const others = sameHostEndpoints(ws, url);
      if (others.length === 0) continue;
      const served = [...new Set(others.map((o) => canonicalUrl(o.url)!))].map((u) => `'${u}'`).join(', ');
      out.push({ messageId: 'servedDifferently', ...at, data: { url: raw, host: url.host, served }, others });
    }
  }
  return out;
}

export default defineRule<MessageId>({
  id: 'forward-internal-scheme',
  meta: {
    description: 'A forward-internal target must use the protocol and port of the endpoints involved.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    messages: {
      familyMismatch: "The {{fromFamily}} endpoint '{{from}}' cannot forward to the {{toFamily}} URL '{{url}}': forward-internal stays within one protocol.",
      phaseFamilyMismatch: "'{{phase}}' runs on HTTP(S) endpoints, which cannot forward to the {{toFamily}} URL '{{url}}': forward-internal stays within one protocol.",
      unsupportedScheme: "forward-internal target '{{url}}' uses the scheme '{{scheme}}'; internal endpoints are http, https, tcp or tls.",
      tcpTargetNoPort: "TCP target '{{url}}' has no port; TCP endpoints are always addressed as tcp://host:port.",
      servedDifferently: "No endpoint serves '{{url}}', but '{{host}}' is served as {{served}}: the scheme and port must match.",
    },
  },
  check(ctx) {
    for (const f of check(ctx.workspace)) {
      const related = (f.others ?? []).map((o) => ({ message: `'${canonicalUrl(o.url)}' is defined here.`, file: o.doc.file, range: o.doc.locate([...o.path, 'url']) }));
      ctx.report({
        messageId: f.messageId,
        data: f.data,
        doc: f.doc,
        path: f.path,
        ...(related.length > 0 ? { related } : {}),
      });
    }
  },
});
