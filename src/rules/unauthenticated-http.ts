/**
 * `unauthenticated-http`: a public HTTP(S) endpoint that lets requests inward — a
 * `forward-internal`, or an agent endpoint's upstream — with no authentication (`basic-auth`,
 * `jwt-validation`, `oauth`, `openid-connect`, `saml`, `verify-webhook`, client certificates) and
 * no `restrict-ips` in front. "In front" is judged as in `unprotected-tcp` (see
 * `lib/protection.ts`): only controls that certainly run first for every request count. One
 * more shape counts here: a login (`oauth`, `openid-connect`) in an earlier rule with the same
 * (or weaker) expressions as the forward's rule, followed by a deny rule that checks the login's
 * result — what tpc emits for a path-keyed exposure allowing accounts of some domains.
 */

import type { RelatedInformation } from '../diagnostics/diagnostic.js';
import { endpointLabel, endpointObject, endpointScheme, isTunnel, upstreamPath } from './lib/endpoint-facts.js';
import { analyzeForwards, placeOf, protectionHint, type ForwardFinding, type ProtectionKind } from './lib/protection.js';
import { defineRule } from './rule.js';
import { isObject, type EndpointRef, type Workspace } from './workspace.js';

export type MessageId = 'forwardUnauthenticated' | 'upstreamUnauthenticated' | 'forwardAnyAccount' | 'upstreamAnyAccount';

const ACCEPT: ReadonlySet<ProtectionKind> = new Set<ProtectionKind>(['restrict-ips', 'authentication', 'mutual-tls']);

function present(v: unknown): boolean {
  if (typeof v === 'string') return v.trim() !== '';
  if (Array.isArray(v)) return v.length > 0;
  return isObject(v) && Object.keys(v).length > 0;
}

/** Legacy tunnel modules that authenticate or restrict before the upstream. */
function upstreamProtected(ep: EndpointRef): boolean {
  if (!isTunnel(ep)) return false;
  const obj = endpointObject(ep);
  const ipr = obj['ip_restriction'];
  return ['basic_auth', 'oauth', 'oidc', 'verify_webhook', 'mutual_tls_cas', 'cidr_allow'].some((k) => present(obj[k])) || (isObject(ipr) && present(ipr['allow_cidrs']));
}

function check(ws: Workspace): ForwardFinding<MessageId>[] {
  const out: ForwardFinding<MessageId>[] = [];
  for (const ep of ws.endpoints) {
    if (ep.binding !== 'public') continue;
    const scheme = endpointScheme(ep);
    if (scheme !== 'http' && scheme !== 'https') continue;
    const external = !ep.policy && typeof endpointObject(ep)['traffic_policy_file'] === 'string';
    for (const f of analyzeForwards(ep, scheme, ACCEPT, upstreamProtected(ep), ep.upstream)) {
      if (f.coveredBy.length > 0) continue;
      const data: Record<string, string> = { scheme: scheme.toUpperCase(), endpoint: endpointLabel(ep), target: f.target };
      const open = f.weak.find((p) => p.openTo !== undefined);
      // A policy compiled from a `.tpc` file: the compiler reports this at the identity itself
      // (TPC2055, "lets in any google account; add allow-domain or allow-email").
      if (open && /\.tpc$/i.test(ep.doc.file)) continue;
      if (open) data['provider'] = open.openTo!;
      if (f.kind === 'forward-internal' && f.site) {
        out.push({ messageId: open ? 'forwardAnyAccount' : 'forwardUnauthenticated', doc: f.site.policy.doc, path: f.site.actionPath, data, forward: f, external });
      } else out.push({ messageId: open ? 'upstreamAnyAccount' : 'upstreamUnauthenticated', doc: ep.doc, path: upstreamPath(ep), data, forward: f, external });
    }
  }
  return out;
}

export default defineRule<MessageId>({
  id: 'unauthenticated-http',
  meta: {
    description: 'A public HTTP endpoint should authenticate or restrict clients before forwarding inward.',
    severity: 'warning',
    category: 'posture',
    recommended: true,
    documentLocal: true,
    messages: {
      forwardUnauthenticated: "Public {{scheme}} endpoint '{{endpoint}}' forwards to '{{target}}' with no authentication or IP restriction in front.",
      upstreamUnauthenticated: "Public {{scheme}} endpoint '{{endpoint}}' sends requests to its upstream '{{target}}' with no authentication or IP restriction in front.",
      forwardAnyAccount: "Public {{scheme}} endpoint '{{endpoint}}' forwards to '{{target}}' after an 'oauth' login that lets in anyone with a {{provider}} account.",
      upstreamAnyAccount: "Public {{scheme}} endpoint '{{endpoint}}' sends requests to its upstream '{{target}}' after an 'oauth' login that lets in anyone with a {{provider}} account.",
    },
  },
  check(ctx) {
    for (const f of check(ctx.workspace)) {
      if (f.messageId === 'forwardAnyAccount' || f.messageId === 'upstreamAnyAccount') {
        ctx.report({
          messageId: f.messageId,
          data: f.data,
          doc: f.doc,
          path: f.path,
          hint: "Between the login and the forward, add a rule that denies other accounts, e.g. expressions: [\"!actions.ngrok.oauth.identity.email.endsWith('@example.com')\"] with a 'deny' action; or use your own OAuth app (client_id, client_secret) limited to your organisation.",
        });
        continue;
      }
      let fallback =
        "Put an authentication action (oauth, openid-connect, jwt-validation, basic-auth, verify-webhook) or 'restrict-ips' in a rule without expressions before the forward, " +
        "or log in (oauth, openid-connect) in an earlier rule with the forward's expressions and deny the accounts its result rejects in a rule between them.";
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
