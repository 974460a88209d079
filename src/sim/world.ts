/**
 * Worlds to simulate in: the artifacts of a compilation, or hand-written ngrok files loaded
 * into a lint workspace.
 */

import type { CompileResult, SiteArtifacts } from '../compiler/types.js';
import { parsePolicyText } from '../ngrok/endpoint-spec.js';
import type { AgentConfig } from '../ngrok/types.js';
import type { Workspace } from '../rules/workspace.js';
import type { SimEndpoint, World } from './types.js';

/** A compiled fleet as a world, with each site's endpoints. */
export interface CompiledWorld {
  world: World;
  /** Site name → its endpoints (cloud endpoints first). */
  sites: Map<string, { cloud: SimEndpoint[]; agent: SimEndpoint[] }>;
}

function agentEndpoints(site: string, file: string, config: AgentConfig | undefined, note: string): SimEndpoint[] {
  const out: SimEndpoint[] = [];
  for (const e of config?.endpoints ?? []) {
    if (typeof e.url !== 'string') continue;
    const ep: SimEndpoint = { url: e.url, kind: 'agent', label: `${site}/${file} endpoint '${e.name}'${note}` };
    if (e.upstream?.url !== undefined) ep.upstream = String(e.upstream.url);
    if (e.traffic_policy) ep.policy = e.traffic_policy as Record<string, unknown>;
    out.push(ep);
  }
  return out;
}

/** The policy that is applied: parsed from the create body's `traffic_policy` text. */
function appliedPolicy(ep: SiteArtifacts['endpoints'][number]): Record<string, unknown> {
  const text = ep.desired?.body?.traffic_policy;
  if (typeof text === 'string') {
    const parsed = parsePolicyText(text);
    if (parsed.value && typeof parsed.value === 'object' && !Array.isArray(parsed.value)) return parsed.value as Record<string, unknown>;
  }
  return ep.policy as Record<string, unknown>;
}

/**
 * The world of a compilation: every site's cloud endpoints (with the policy text that would be
 * applied), its agent endpoints (primary, failover — pooled with the primary — and on-demand,
 * assumed started). The world is closed: a forward to a URL it lacks fails.
 */
export function worldFromCompile(result: Pick<CompileResult, 'sites'>, certificateAuthorities?: Record<string, string>): CompiledWorld {
  const endpoints: SimEndpoint[] = [];
  const sites = new Map<string, { cloud: SimEndpoint[]; agent: SimEndpoint[] }>();
  for (const s of result.sites) {
    const cloud: SimEndpoint[] = s.endpoints.map((e) => ({ url: e.url, kind: 'cloud', policy: appliedPolicy(e), label: `${s.name}/endpoints/${e.name}.json` }));
    const agent = [
      ...agentEndpoints(s.name, 'ngrok.yml', s.agentConfig, ''),
      ...agentEndpoints(s.name, 'ngrok-failover.yml', s.failoverConfig, ' (failover)'),
      ...agentEndpoints(s.name, 'ngrok-on-demand.yml', s.onDemandConfig, ' (on demand, assumed started)'),
    ];
    sites.set(s.name, { cloud, agent });
    endpoints.push(...cloud, ...agent);
  }
  const world: World = { endpoints, closed: true };
  if (certificateAuthorities) world.certificateAuthorities = certificateAuthorities;
  return { world, sites };
}

/**
 * The world of hand-written files: every endpoint with a URL (agent endpoints with their
 * upstream, cloud endpoints with their policy). Open: a forward to a URL it lacks is `unknown`,
 * since the account may hold endpoints these files do not show.
 */
export function worldFromWorkspace(ws: Workspace): World {
  const endpoints: SimEndpoint[] = [];
  for (const e of ws.endpoints) {
    const url = typeof e.url?.raw === 'string' ? e.url.raw : undefined;
    if (!url) continue;
    const label = `${e.doc.file}${e.name ? ` endpoint '${e.name}'` : ''}`;
    const ep: SimEndpoint = { url: /^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `${e.url?.scheme ?? 'https'}://${url}`, kind: e.kind, label };
    if (e.upstream !== undefined) ep.upstream = e.upstream;
    if (e.policy) ep.policy = e.policy.policy;
    endpoints.push(ep);
  }
  return { endpoints };
}
