/**
 * `internal-url`: internal endpoints are addressed by a host ending in `.internal` and use the
 * internal binding (reference §5.2–5.3). Checks every ngrok.yml endpoint and cloud endpoint:
 * the internal binding with another host (ERR_NGROK_9029) or without a host (ERR_NGROK_9028),
 * a `.internal` host with another binding, more than five host labels (ERR_NGROK_9031), and an
 * internal `tcp://` URL without a port. Paths and trailing slashes are `endpoint-url`'s.
 */

import type { Path, SourceDocument } from '../ngrok/load.js';
import type { Severity } from '../diagnostics/diagnostic.js';
import { endpointObject, explicitBinding, isTunnel, labelCount } from './lib/endpoint-facts.js';
import { defineRule } from './rule.js';
import { isInternalHost, type Workspace } from './workspace.js';

export type MessageId = 'notInternalHost' | 'internalNeedsHost' | 'internalHostOtherBinding' | 'tooManyLabels' | 'sixLabels' | 'tcpNoPort';

interface Finding {
  messageId: MessageId;
  doc: SourceDocument;
  path: Path;
  data: Record<string, string | number>;
  severity?: Severity;
}

function check(ws: Workspace): Finding[] {
  const out: Finding[] = [];
  for (const ep of ws.endpoints) {
    const obj = endpointObject(ep);
    if (isTunnel(ep) && typeof obj['url'] !== 'string') continue;
    const binding = explicitBinding(ep);
    const url = ep.url;
    const host = url?.host;
    const urlAt = { doc: ep.doc, path: [...ep.path, 'url'] as Path };
    if (binding === 'internal') {
      if (!host) {
        out.push({ messageId: 'internalNeedsHost', doc: ep.doc, path: url ? urlAt.path : [...ep.path, 'bindings', 0], data: { name: ep.name ?? 'endpoint' } });
        continue;
      }
      if (!isInternalHost(host)) {
        out.push({ messageId: 'notInternalHost', ...urlAt, data: { url: url.raw, host } });
        continue;
      }
    } else if (binding !== undefined && isInternalHost(host)) {
      out.push({ messageId: 'internalHostOtherBinding', doc: ep.doc, path: [...ep.path, 'bindings', 0], data: { url: url!.raw, binding } });
      continue;
    }
    if (ep.binding !== 'internal' || !host || !isInternalHost(host)) continue;
    const labels = labelCount(host);
    if (labels > 6) out.push({ messageId: 'tooManyLabels', ...urlAt, data: { host, count: labels } });
    else if (labels === 6) out.push({ messageId: 'sixLabels', ...urlAt, data: { host }, severity: 'warning' });
    // The reference says internal TCP URLs need a port, but ngrok's own published agent configs
    // omit it; a warning until verified.
    if (url.scheme === 'tcp' && url.port === undefined) out.push({ messageId: 'tcpNoPort', ...urlAt, data: { url: url.raw }, severity: 'warning' });
  }
  return out;
}

export default defineRule<MessageId>({
  id: 'internal-url',
  meta: {
    description: 'Internal endpoints must use a host ending in .internal and the internal binding.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    messages: {
      notInternalHost: "Endpoint '{{url}}' has the internal binding, but its host '{{host}}' does not end in '.internal'.",
      internalNeedsHost: "Endpoint '{{name}}' has the internal binding but no host; internal endpoints need a URL such as 'https://name.internal'.",
      internalHostOtherBinding: "Endpoint '{{url}}' has a '.internal' host but the '{{binding}}' binding; '.internal' hosts are internal endpoints.",
      tooManyLabels: "Internal host '{{host}}' has {{count}} labels; ngrok allows at most 5.",
      sixLabels: "Internal host '{{host}}' has 6 labels; ngrok allows 5 labels (or 5 subdomains, the docs disagree), so it may be refused.",
      tcpNoPort: "Internal TCP endpoint '{{url}}' has no port; write it as tcp://host:port.",
    },
  },
  check(ctx) {
    for (const f of check(ctx.workspace)) {
      ctx.report({ messageId: f.messageId, data: f.data, doc: f.doc, path: f.path, ...(f.severity ? { severity: f.severity } : {}) });
    }
  },
});
