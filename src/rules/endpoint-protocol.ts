/**
 * `endpoint-protocol`: an agent endpoint's settings must fit its protocol (reference §4.4–4.5).
 * `agent_tls_termination` exists only for `tls://` endpoints; a TCP or TLS upstream needs a
 * TCP or TLS endpoint (an endpoint without `url` is HTTPS, and the agent then rejects a
 * `tcp://` upstream as an unsupported scheme); file upstreams and `upstream.protocol` exist only
 * for HTTP(S) endpoints.
 */

import type { Severity } from '../diagnostics/diagnostic.js';
import type { LocatePart, Path, SourceDocument } from '../ngrok/load.js';
import { endpointLabel, endpointObject, endpointScheme, isTunnel, literalScheme, upstreamPath } from './lib/endpoint-facts.js';
import { defineRule } from './rule.js';
import { isObject, type Workspace } from './workspace.js';

export type MessageId = 'tlsTerminationNotTls' | 'noUrlStreamUpstream' | 'httpEndpointStreamUpstream' | 'httpOnlyUpstream';

interface Finding {
  messageId: MessageId;
  doc: SourceDocument;
  path: Path;
  part?: LocatePart;
  data: Record<string, string>;
  severity?: Severity;
}

function check(ws: Workspace): Finding[] {
  const out: Finding[] = [];
  for (const ep of ws.endpoints) {
    if (ep.kind !== 'agent' || isTunnel(ep)) continue;
    const obj = endpointObject(ep);
    const scheme = endpointScheme(ep);
    if (!scheme) continue;
    const label = endpointLabel(ep);
    const hasUrl = typeof obj['url'] === 'string' && obj['url'].trim() !== '';
    if (obj['agent_tls_termination'] !== undefined && scheme !== 'tls') {
      out.push({ messageId: 'tlsTerminationNotTls', doc: ep.doc, path: [...ep.path, 'agent_tls_termination'], part: 'key', data: { url: label, scheme } });
    }
    const up = ep.upstream;
    const upAt = { doc: ep.doc, path: upstreamPath(ep) };
    const upScheme = up !== undefined ? literalScheme(up) : undefined;
    if (scheme === 'http' || scheme === 'https') {
      if (upScheme === 'tcp' || upScheme === 'tls') {
        // A tls:// upstream behind an HTTPS endpoint is undocumented rather than refused: a warning.
        const severity: Severity | undefined = upScheme === 'tls' ? 'warning' : undefined;
        if (!hasUrl) out.push({ messageId: 'noUrlStreamUpstream', ...upAt, data: { name: ep.name ?? 'endpoint', upstream: up!, scheme: upScheme }, ...(severity ? { severity } : {}) });
        else out.push({ messageId: 'httpEndpointStreamUpstream', ...upAt, data: { url: label, upstream: up!, scheme: upScheme }, ...(severity ? { severity } : {}) });
      }
    } else {
      if (upScheme === 'file') out.push({ messageId: 'httpOnlyUpstream', ...upAt, data: { what: 'A file:// upstream', url: label, scheme } });
      const upstream = obj['upstream'];
      if (isObject(upstream) && upstream['protocol'] !== undefined) {
        out.push({ messageId: 'httpOnlyUpstream', doc: ep.doc, path: [...ep.path, 'upstream', 'protocol'], part: 'key', data: { what: "The upstream 'protocol' setting", url: label, scheme } });
      }
    }
  }
  return out;
}

export default defineRule<MessageId>({
  id: 'endpoint-protocol',
  meta: {
    description: "An agent endpoint's settings must fit its protocol.",
    severity: 'error',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    messages: {
      tlsTerminationNotTls: "'agent_tls_termination' applies only to tls:// endpoints, and '{{url}}' is {{scheme}}.",
      noUrlStreamUpstream: "Endpoint '{{name}}' has no url, so it is an HTTPS endpoint, but its upstream '{{upstream}}' is {{scheme}}; set url to a {{scheme}}:// URL.",
      httpEndpointStreamUpstream: "HTTP(S) endpoint '{{url}}' cannot send traffic to the {{scheme}} upstream '{{upstream}}'.",
      httpOnlyUpstream: "{{what}} works only for HTTP(S) endpoints, and '{{url}}' is {{scheme}}.",
    },
  },
  check(ctx) {
    for (const f of check(ctx.workspace)) {
      ctx.report({ messageId: f.messageId, data: f.data, doc: f.doc, path: f.path, ...(f.part ? { part: f.part } : {}), ...(f.severity ? { severity: f.severity } : {}) });
    }
  },
});
