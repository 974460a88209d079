/**
 * `unprotected-tcp`: a public TCP or TLS endpoint that lets connections inward — a
 * `forward-internal`, or an agent endpoint's upstream — with neither `restrict-ips` nor mutual
 * TLS in front. A raw database or SSH port is then open to the whole internet.
 *
 * "In front" means certainly running first for every connection that reaches the forward (see
 * `lib/protection.ts`): in a rule without expressions before it, or earlier in the forward's own
 * rule. A protection in a rule with expressions covers only part of the traffic and does not
 * count, even with the same expressions as the forward. Mutual TLS counts through
 * `terminate-tls` with `mutual_tls_certificate_authorities` on TLS endpoints (verification
 * strategy `require-and-verify`, the default), and for the upstream through
 * `agent_tls_termination.mutual_tls_certificate_authorities`.
 */

import type { RelatedInformation } from '../diagnostics/diagnostic.js';
import { endpointLabel, endpointObject, endpointScheme, isTunnel, upstreamPath } from './lib/endpoint-facts.js';
import { analyzeForwards, placeOf, protectionHint, type ForwardFinding, type ProtectionKind } from './lib/protection.js';
import { defineRule } from './rule.js';
import { isObject, type EndpointRef, type Workspace } from './workspace.js';

export type MessageId = 'forwardUnprotected' | 'upstreamUnprotected';

const ACCEPT: ReadonlySet<ProtectionKind> = new Set<ProtectionKind>(['restrict-ips', 'mutual-tls']);

function nonEmpty(v: unknown): boolean {
  return (typeof v === 'string' && v.trim() !== '') || (Array.isArray(v) && v.some((x) => typeof x === 'string' && x.trim() !== ''));
}

/** The endpoint itself checks clients before its upstream: agent-side mutual TLS, or legacy tunnel options. */
function upstreamProtected(ep: EndpointRef, scheme: string): boolean {
  const obj = endpointObject(ep);
  const t = obj['agent_tls_termination'];
  if (scheme === 'tls' && isObject(t) && nonEmpty(t['mutual_tls_certificate_authorities'])) return true;
  if (isTunnel(ep)) {
    if (nonEmpty(obj['mutual_tls_cas'])) return true;
    const ipr = obj['ip_restriction'];
    if (isObject(ipr) && nonEmpty(ipr['allow_cidrs'])) return true;
    if (nonEmpty(obj['cidr_allow'])) return true;
  }
  return false;
}

function check(ws: Workspace): ForwardFinding<MessageId>[] {
  const out: ForwardFinding<MessageId>[] = [];
  for (const ep of ws.endpoints) {
    if (ep.binding !== 'public') continue;
    const scheme = endpointScheme(ep);
    if (scheme !== 'tcp' && scheme !== 'tls') continue;
    const external = !ep.policy && typeof endpointObject(ep)['traffic_policy_file'] === 'string';
    for (const f of analyzeForwards(ep, scheme, ACCEPT, upstreamProtected(ep, scheme), ep.upstream)) {
      if (f.coveredBy.length > 0) continue;
      const data = { scheme: scheme.toUpperCase(), endpoint: endpointLabel(ep), target: f.target };
      if (f.kind === 'forward-internal' && f.site) {
        out.push({ messageId: 'forwardUnprotected', doc: f.site.policy.doc, path: f.site.actionPath, data, forward: f, external });
      } else {
        out.push({ messageId: 'upstreamUnprotected', doc: ep.doc, path: upstreamPath(ep), data, forward: f, external });
      }
    }
  }
  return out;
}

export default defineRule<MessageId>({
  id: 'unprotected-tcp',
  meta: {
    description: 'A public TCP or TLS endpoint must restrict client IPs or require mutual TLS before forwarding inward.',
    severity: 'error',
    category: 'posture',
    recommended: true,
    documentLocal: true,
    requiresReason: true,
    messages: {
      forwardUnprotected: "Public {{scheme}} endpoint '{{endpoint}}' forwards to '{{target}}' with neither 'restrict-ips' nor mutual TLS in front: anyone on the internet can connect.",
      upstreamUnprotected: "Public {{scheme}} endpoint '{{endpoint}}' passes connections to its upstream '{{target}}' with neither 'restrict-ips' nor mutual TLS in front: anyone on the internet can connect.",
    },
  },
  check(ctx) {
    for (const f of check(ctx.workspace)) {
      let fallback =
        "Add a 'restrict-ips' action with an allow list to a rule without expressions in 'on_tcp_connect', before the forward" +
        (f.data['scheme'] === 'TLS' ? ", or require client certificates (terminate-tls with 'mutual_tls_certificate_authorities')." : '.');
      if (f.external) fallback += " The endpoint's 'traffic_policy_file' could not be read next to this file, so its protections were not seen; put the policy file there, or the policy inline.";
      const related: RelatedInformation[] = [...f.forward.partial, ...f.forward.weak].map((p) => ({
        message: `This '${p.site.type}' (${placeOf(p.site)}) does not protect all of this traffic.`,
        file: p.site.policy.doc.file,
        range: p.site.policy.doc.locate(p.site.actionPath),
      }));
      ctx.report({ messageId: f.messageId, data: f.data, doc: f.doc, path: f.path, hint: protectionHint(f.forward, fallback), ...(related.length > 0 ? { related } : {}) });
    }
  },
});
