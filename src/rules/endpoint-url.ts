/**
 * `endpoint-url`: the URL rules ngrok applies when an endpoint starts (reference §4.5.1, §5.3):
 * supported schemes only, no path/query/fragment/user info or trailing slash, valid ports,
 * public http on port 80 and https/tls on 443, public and Kubernetes TCP with a port, a
 * wildcard only as the first label, and the Kubernetes binding's `http|tcp://name.namespace`
 * form. Internal hosts and bindings are `internal-url`'s.
 */

import type { Severity } from '../diagnostics/diagnostic.js';
import type { Path, SourceDocument } from '../ngrok/load.js';
import { endpointObject, explicitBinding, isTunnel, labelCount } from './lib/endpoint-facts.js';
import { replaceStringFix } from './lib/edits.js';
import { findPlaceholder } from './lib/placeholders.js';
import { defineRule } from './rule.js';
import { defaultPort, isInternalHost, type EndpointRef, type Workspace } from './workspace.js';

export type MessageId =
  | 'unsupportedScheme'
  | 'trailingSlash'
  | 'urlPart'
  | 'badPort'
  | 'badHost'
  | 'publicPort'
  | 'publicTcpNoPort'
  | 'wildcardPosition'
  | 'kubernetesScheme'
  | 'kubernetesHost'
  | 'kubernetesTcpNoPort';

interface Finding {
  messageId: MessageId;
  doc: SourceDocument;
  path: Path;
  data: Record<string, string | number>;
  severity?: Severity;
  fixTo?: string;
}

/** Splits a URL as written into scheme, authority (`user@host:port`) and the rest. */
function split(raw: string): { scheme?: string; authority: string; rest: string } {
  const s = raw.trim();
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/(.*)$/.exec(s);
  const body = m ? m[2]! : s;
  const i = body.search(/[/?#]/);
  const out: { scheme?: string; authority: string; rest: string } = { authority: i < 0 ? body : body.slice(0, i), rest: i < 0 ? '' : body.slice(i) };
  if (m) out.scheme = m[1]!.toLowerCase();
  return out;
}

function portText(authority: string): string | undefined {
  if (authority.startsWith('[')) {
    const m = /^\[[^\]]*\](?::(.*))?$/.exec(authority);
    return m?.[1];
  }
  const i = authority.lastIndexOf(':');
  return i < 0 ? undefined : authority.slice(i + 1);
}

/** Host names (letters, digits, '-', '_', '.', and '*' for wildcards) and IP addresses. */
function validHost(host: string): boolean {
  if (host.includes(':')) return /^[0-9a-f:.]+$/i.test(host);
  return /^[a-z0-9*_]([a-z0-9*_-]*[a-z0-9*_])?(\.[a-z0-9_]([a-z0-9_-]*[a-z0-9_])?)*\.?$/i.test(host);
}

function checkEndpoint(ep: EndpointRef): Finding[] {
  const obj = endpointObject(ep);
  const raw = obj['url'];
  if (typeof raw !== 'string' || raw.trim() === '') return [];
  const at = { doc: ep.doc, path: [...ep.path, 'url'] as Path };
  const out: Finding[] = [];
  const { scheme, authority, rest } = split(raw);
  if (scheme !== undefined && !['http', 'https', 'tcp', 'tls'].includes(scheme)) {
    return [{ messageId: 'unsupportedScheme', ...at, data: { url: raw, scheme } }];
  }
  if (rest === '/') out.push({ messageId: 'trailingSlash', ...at, data: { url: raw }, fixTo: raw.trim().slice(0, -1) });
  else if (rest !== '') out.push({ messageId: 'urlPart', ...at, data: { url: raw, part: rest.startsWith('?') ? 'query' : rest.startsWith('#') ? 'fragment' : 'path' } });
  if (authority.includes('@')) out.push({ messageId: 'urlPart', ...at, data: { url: raw, part: 'user name' } });
  const pt = portText(authority.replace(/^.*@/, ''));
  if (pt !== undefined && (!/^\d+$/.test(pt) || Number(pt) < 1 || Number(pt) > 65535)) {
    out.push({ messageId: 'badPort', ...at, data: { url: raw, port: pt } });
    return out;
  }
  const url = ep.url;
  const host = url?.host;
  const sch = url?.scheme;
  if (!sch) return out;
  if (host && !findPlaceholder(raw) && !validHost(host.replace(/^.*@/, ''))) {
    out.push({ messageId: 'badHost', ...at, data: { url: raw, host } });
    return out;
  }
  if (host && /\*/.test(host) && !/^\*\.[^*]+$/.test(host)) out.push({ messageId: 'wildcardPosition', ...at, data: { url: raw } });
  const binding = explicitBinding(ep) ?? ep.binding;
  if (binding === 'public' && !isInternalHost(host) && host) {
    if (sch === 'tcp') {
      if (url.port === undefined) out.push({ messageId: 'publicTcpNoPort', ...at, data: { url: raw } });
    } else if (url.port !== undefined && url.port !== defaultPort(sch)) {
      out.push({ messageId: 'publicPort', ...at, data: { url: raw, scheme: sch, port: url.port, expected: defaultPort(sch)! } });
    }
  }
  if (binding === 'kubernetes') {
    if (sch === 'https') out.push({ messageId: 'kubernetesScheme', ...at, data: { url: raw, scheme: sch } });
    // ngrok's Kubernetes page says tls is not supported; its error texts list tls as supported.
    else if (sch === 'tls') out.push({ messageId: 'kubernetesScheme', ...at, data: { url: raw, scheme: sch }, severity: 'warning' });
    if (!host || host.includes('*') || labelCount(host) < 2) out.push({ messageId: 'kubernetesHost', ...at, data: { url: raw } });
    // The documented form is exactly two labels, but ngrok's own device-gateway guides use three.
    else if (labelCount(host) > 2) out.push({ messageId: 'kubernetesHost', ...at, data: { url: raw }, severity: 'warning' });
    if (sch === 'tcp' && host && url.port === undefined) out.push({ messageId: 'kubernetesTcpNoPort', ...at, data: { url: raw } });
  }
  return out;
}

function check(ws: Workspace): Finding[] {
  return ws.endpoints.filter((ep) => !isTunnel(ep) || typeof endpointObject(ep)['url'] === 'string').flatMap(checkEndpoint);
}

export default defineRule<MessageId>({
  id: 'endpoint-url',
  meta: {
    description: 'An endpoint URL must have a form ngrok accepts for its scheme and binding.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    fixable: true,
    messages: {
      unsupportedScheme: "Endpoint URL '{{url}}' uses the scheme '{{scheme}}'; endpoints are http, https, tcp or tls.",
      trailingSlash: "Endpoint URL '{{url}}' ends in '/'; endpoint URLs have no path.",
      urlPart: "Endpoint URL '{{url}}' has a {{part}}; endpoint URLs are only scheme://host[:port].",
      badPort: "Endpoint URL '{{url}}' has an invalid port '{{port}}'; ports are 1 to 65535.",
      badHost: "Endpoint URL '{{url}}' has an invalid host '{{host}}'.",
      publicPort: "Public {{scheme}} endpoint '{{url}}' uses port {{port}}; public {{scheme}} endpoints listen on port {{expected}} only.",
      publicTcpNoPort: "Public TCP endpoint '{{url}}' has no port; public TCP URLs are reserved TCP addresses such as tcp://1.tcp.ngrok.io:12345.",
      wildcardPosition: "Endpoint URL '{{url}}' has '*' outside the first label; a wildcard host starts with '*.' and has no other '*'.",
      kubernetesScheme: "Kubernetes-bound endpoint '{{url}}' uses {{scheme}}; Kubernetes endpoints are http or tcp.",
      kubernetesHost: "Kubernetes-bound endpoint '{{url}}' needs a host of exactly two labels, name.namespace, without wildcards.",
      kubernetesTcpNoPort: "Kubernetes-bound TCP endpoint '{{url}}' has no port; write it as tcp://name.namespace:port.",
    },
  },
  check(ctx) {
    for (const f of check(ctx.workspace)) {
      const fixTo = f.fixTo;
      const fix = fixTo === undefined ? undefined : () => replaceStringFix(f.doc, f.path, fixTo, 'Remove the trailing slash.');
      ctx.report({ messageId: f.messageId, data: f.data, doc: f.doc, path: f.path, ...(f.severity ? { severity: f.severity } : {}), ...(fix ? { fix } : {}) });
    }
  },
});
