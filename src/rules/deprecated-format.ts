/**
 * `deprecated-format`: forms ngrok still reads but has replaced — the v2 `tunnels` section and
 * `version: 2`, v2 agent keys (`server_addr`, `root_cas`), legacy `inbound`/`outbound` policy
 * phases (an error when mixed with the modern phase names), the `policy` key (now
 * `traffic_policy`), `custom-response.content` (now `body`), action type `oidc` (now
 * `openid-connect`), `forward-internal.binding`, and the legacy module keys of tunnels.
 * Renames are fixed automatically where the new name is not already taken.
 */

import type { Fix } from '../diagnostics/diagnostic.js';
import type { Path, SourceDocument } from '../ngrok/load.js';
import { PHASES } from '../ngrok/types.js';
import { renameKeyFix, replaceStringFix } from './lib/edits.js';
import { defineRule, type RuleContext } from './rule.js';
import { eachAction, isObject } from './workspace.js';

export type MessageId =
  | 'tunnels'
  | 'versionTwo'
  | 'v2AgentKey'
  | 'legacyPhase'
  | 'mixedPhases'
  | 'policyKey'
  | 'policyAndTrafficPolicy'
  | 'customResponseContent'
  | 'oidcType'
  | 'forwardInternalBinding'
  | 'tunnelModule';

const V2_AGENT_KEYS: Readonly<Record<string, string>> = { server_addr: 'connect_url', root_cas: 'connect_cas' };

/** Tunnel keys of the Edge-module era, replaced by Traffic Policy actions (reference §4.6). */
const TUNNEL_MODULES: Readonly<Record<string, string>> = {
  basic_auth: 'basic-auth',
  circuit_breaker: 'circuit-breaker',
  compression: 'compress-response',
  host_header: 'add-headers',
  ip_restriction: 'restrict-ips',
  oauth: 'oauth',
  oidc: 'openid-connect',
  request_header: 'add-headers / remove-headers',
  response_header: 'add-headers / remove-headers',
  user_agent_filter: 'deny with an expression on the user agent',
  verify_webhook: 'verify-webhook',
  websocket_tcp_converter: 'no Traffic Policy equivalent',
};

interface Finding {
  messageId: MessageId;
  doc: SourceDocument;
  path: Path;
  part?: 'key';
  data?: Record<string, string>;
  error?: boolean;
  /** Built only when read (see RuleReport.fix). */
  fix?: (() => Fix | undefined) | undefined;
}

function checkAgentConfig(doc: SourceDocument): Finding[] {
  const out: Finding[] = [];
  const v = doc.value;
  if (!isObject(v)) return out;
  if (v['version'] === 2 || v['version'] === '2') out.push({ messageId: 'versionTwo', doc, path: ['version'] });
  if ('tunnels' in v) out.push({ messageId: 'tunnels', doc, path: ['tunnels'], part: 'key' });
  for (const [key, replacement] of Object.entries(V2_AGENT_KEYS)) {
    if (key in v) out.push({ messageId: 'v2AgentKey', doc, path: [key], part: 'key', data: { key, replacement: `agent.${replacement}` } });
    const agent = v['agent'];
    if (isObject(agent) && key in agent) {
      const fix = () => renameKeyFix(doc, ['agent', key], replacement, `Rename '${key}' to '${replacement}'.`);
      out.push({ messageId: 'v2AgentKey', doc, path: ['agent', key], part: 'key', data: { key, replacement }, fix });
    }
  }
  const items: { item: Record<string, unknown>; path: Path; tunnel: boolean }[] = [];
  if (Array.isArray(v['endpoints'])) v['endpoints'].forEach((item, i) => isObject(item) && items.push({ item, path: ['endpoints', i], tunnel: false }));
  if (isObject(v['tunnels'])) for (const [name, item] of Object.entries(v['tunnels'])) if (isObject(item)) items.push({ item, path: ['tunnels', name], tunnel: true });
  for (const { item, path, tunnel } of items) {
    if ('policy' in item) {
      if ('traffic_policy' in item) {
        out.push({ messageId: 'policyAndTrafficPolicy', doc, path: [...path, 'policy'], part: 'key', error: true });
      } else {
        const fix = () => renameKeyFix(doc, [...path, 'policy'], 'traffic_policy', "Rename 'policy' to 'traffic_policy'.");
        out.push({ messageId: 'policyKey', doc, path: [...path, 'policy'], part: 'key', fix });
      }
    }
    if (tunnel) {
      for (const [key, action] of Object.entries(TUNNEL_MODULES)) {
        if (key in item) out.push({ messageId: 'tunnelModule', doc, path: [...path, key], part: 'key', data: { key, action } });
      }
    }
  }
  return out;
}

export default defineRule<MessageId>({
  id: 'deprecated-format',
  meta: {
    description: 'A configuration form that ngrok has deprecated or renamed is used.',
    severity: 'warning',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    fixable: true,
    messages: {
      tunnels: "The 'tunnels' section is the deprecated version-2 form; define 'endpoints' instead.",
      versionTwo: "Agent config version 2 is deprecated; use 'version: 3' with 'agent' and 'endpoints'.",
      v2AgentKey: "'{{key}}' is the version-2 name; in version 3 it is '{{replacement}}'.",
      legacyPhase: "Phase '{{phase}}' is the legacy name; use {{replacement}}.",
      mixedPhases: "Legacy phase '{{phase}}' is mixed with modern phase names in one policy; use only the modern names.",
      policyKey: "'policy' is the old name of 'traffic_policy' (renamed in agent 3.14).",
      policyAndTrafficPolicy: "Both 'policy' and 'traffic_policy' are set; ngrok rejects this (ERR_NGROK_9025). Keep only 'traffic_policy'.",
      customResponseContent: "custom-response 'content' is deprecated; use 'body'.",
      oidcType: "Action type 'oidc' is not the documented name; use 'openid-connect'.",
      forwardInternalBinding: "forward-internal 'binding' is no longer needed (removed from the documentation); drop it.",
      tunnelModule: "Tunnel key '{{key}}' is a legacy module; use the Traffic Policy action '{{action}}' instead.",
    },
  },
  check(ctx: RuleContext<MessageId>) {
    const findings: Finding[] = [];
    for (const doc of ctx.workspace.documents) if (doc.kind === 'agent-config') findings.push(...checkAgentConfig(doc));
    for (const policy of ctx.workspace.policies) {
      const doc = policy.doc;
      const keys = Object.keys(policy.policy);
      const modern = keys.some((k) => (PHASES as readonly string[]).includes(k));
      for (const phase of ['inbound', 'outbound']) {
        if (!keys.includes(phase)) continue;
        const replacement = phase === 'inbound' ? "'on_http_request' (or 'on_tcp_connect' for TCP/TLS endpoints)" : "'on_http_response'";
        findings.push(
          modern
            ? { messageId: 'mixedPhases', doc, path: [...policy.path, phase], part: 'key', data: { phase }, error: true }
            : { messageId: 'legacyPhase', doc, path: [...policy.path, phase], part: 'key', data: { phase, replacement } },
        );
      }
      for (const site of eachAction(policy)) {
        if (site.type === 'oidc') {
          const typePath = [...site.actionPath, 'type'];
          const fix = () => replaceStringFix(doc, typePath, 'openid-connect', "Write 'openid-connect'.");
          findings.push({ messageId: 'oidcType', doc, path: [...site.actionPath, 'type'], fix });
        }
        if (site.type === 'custom-response' && site.config && 'content' in site.config) {
          const path = [...site.actionPath, 'config', 'content'];
          const fix = 'body' in site.config ? undefined : () => renameKeyFix(doc, path, 'body', "Rename 'content' to 'body'.");
          findings.push({ messageId: 'customResponseContent', doc, path, part: 'key', fix });
        }
        if (site.type === 'forward-internal' && site.config && 'binding' in site.config) {
          findings.push({ messageId: 'forwardInternalBinding', doc, path: [...site.actionPath, 'config', 'binding'], part: 'key' });
        }
      }
    }
    for (const f of findings) {
      ctx.report({
        messageId: f.messageId,
        doc: f.doc,
        path: f.path,
        ...(f.part ? { part: f.part } : {}),
        ...(f.data ? { data: f.data } : {}),
        ...(f.error ? { severity: 'error' as const } : {}),
        ...(f.fix ? { fix: f.fix } : {}),
      });
    }
  },
});
