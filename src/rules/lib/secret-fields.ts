/**
 * Where credentials live in ngrok files: the agent's authtoken and API key, OAuth/OIDC client
 * secrets, basic-auth credentials, webhook verification secrets, TLS private keys, and literal
 * `Authorization` header values. Shared by `inline-secret` (a real value written literally) and
 * `placeholder` (a value that was never filled in).
 *
 * @internal
 */

import type { Path, SourceDocument } from '../../ngrok/load.js';
import { eachAction, isObject, type Workspace } from '../workspace.js';
import { ownedMemo } from './owned-memo.js';

/** How the secret should be supplied instead (drives the hint). */
export type SecretKind = 'authtoken' | 'api-key' | 'policy-secret' | 'private-key' | 'agent-private-key' | 'credential';

/** One secret-valued field. */
export interface SecretField {
  doc: SourceDocument;
  path: Path;
  value: string;
  /** Human name of the field, for messages ("agent authtoken"). Never the value. */
  what: string;
  kind: SecretKind;
}

const AUTH_HEADERS = new Set(['authorization', 'proxy-authorization', 'x-api-key']);

function str(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

function* agentFields(doc: SourceDocument): Generator<SecretField> {
  const v = doc.value;
  if (!isObject(v)) return;
  const agent = v['agent'];
  if (isObject(agent)) {
    if (str(agent['authtoken'])) yield { doc, path: ['agent', 'authtoken'], value: agent['authtoken'], what: 'agent authtoken', kind: 'authtoken' };
    if (str(agent['api_key'])) yield { doc, path: ['agent', 'api_key'], value: agent['api_key'], what: 'ngrok API key', kind: 'api-key' };
  }
  // Version 2 (and misplaced version 3) agent keys at the top level.
  if (str(v['authtoken'])) yield { doc, path: ['authtoken'], value: v['authtoken'], what: 'agent authtoken', kind: 'authtoken' };
  if (str(v['api_key'])) yield { doc, path: ['api_key'], value: v['api_key'], what: 'ngrok API key', kind: 'api-key' };
  const eps = v['endpoints'];
  if (Array.isArray(eps)) {
    for (let i = 0; i < eps.length; i++) {
      const ep = eps[i];
      const t = isObject(ep) ? ep['agent_tls_termination'] : undefined;
      if (isObject(t) && str(t['server_private_key'])) {
        yield { doc, path: ['endpoints', i, 'agent_tls_termination', 'server_private_key'], value: t['server_private_key'], what: 'TLS private key', kind: 'agent-private-key' };
      }
    }
  }
  const tunnels = v['tunnels'];
  if (isObject(tunnels)) {
    for (const [name, t] of Object.entries(tunnels)) {
      if (!isObject(t)) continue;
      const ba = t['basic_auth'];
      if (Array.isArray(ba)) {
        for (let i = 0; i < ba.length; i++) {
          if (str(ba[i])) yield { doc, path: ['tunnels', name, 'basic_auth', i], value: ba[i], what: 'basic-auth password', kind: 'credential' };
        }
      }
      for (const mod of ['oauth', 'oidc']) {
        const m = t[mod];
        if (isObject(m) && str(m['client_secret'])) yield { doc, path: ['tunnels', name, mod, 'client_secret'], value: m['client_secret'], what: mod === 'oauth' ? 'OAuth client secret' : 'OpenID Connect client secret', kind: 'credential' };
      }
      const vw = t['verify_webhook'];
      if (isObject(vw) && str(vw['secret'])) yield { doc, path: ['tunnels', name, 'verify_webhook', 'secret'], value: vw['secret'], what: 'webhook verification secret', kind: 'credential' };
      if (str(t['key'])) yield { doc, path: ['tunnels', name, 'key'], value: t['key'], what: 'TLS private key', kind: 'agent-private-key' };
    }
  }
}

// Kept on the workspace (see owned-memo.ts for why not in a WeakMap).
const cache = ownedMemo<Workspace, readonly SecretField[]>('secret fields');

/** Every secret-valued string field of the workspace, in document order per document (shared list: do not mutate). */
export function secretFields(ws: Workspace): readonly SecretField[] {
  return cache(ws, () => [...collectSecretFields(ws)]);
}

function* collectSecretFields(ws: Workspace): Generator<SecretField> {
  for (const doc of ws.documents) {
    if (doc.kind === 'agent-config') yield* agentFields(doc);
  }
  for (const policy of ws.policies) {
    for (const a of eachAction(policy)) {
      const c = a.config;
      if (!c) continue;
      const doc = policy.doc;
      const at = (...p: (string | number)[]): Path => [...a.actionPath, 'config', ...p];
      switch (a.type) {
        case 'oauth':
        case 'openid-connect':
        case 'oidc':
          if (str(c['client_secret'])) yield { doc, path: at('client_secret'), value: c['client_secret'], what: a.type === 'oauth' ? 'OAuth client secret' : 'OpenID Connect client secret', kind: 'policy-secret' };
          break;
        case 'basic-auth': {
          const creds = c['credentials'];
          if (Array.isArray(creds)) {
            for (let i = 0; i < creds.length; i++) {
              if (str(creds[i])) yield { doc, path: at('credentials', i), value: creds[i], what: 'basic-auth password', kind: 'credential' };
            }
          }
          break;
        }
        case 'verify-webhook':
          if (str(c['secret'])) yield { doc, path: at('secret'), value: c['secret'], what: 'webhook verification secret', kind: 'policy-secret' };
          break;
        case 'terminate-tls':
          if (str(c['server_private_key'])) yield { doc, path: at('server_private_key'), value: c['server_private_key'], what: 'TLS private key', kind: 'private-key' };
          break;
        case 'http-request':
        case 'add-headers': {
          const h = c['headers'];
          if (isObject(h)) {
            for (const [name, value] of Object.entries(h)) {
              if (AUTH_HEADERS.has(name.toLowerCase()) && str(value)) yield { doc, path: at('headers', name), value, what: `'${name}' header value`, kind: 'policy-secret' };
            }
          }
          break;
        }
        case 'ai-gateway': {
          const providers = c['providers'];
          if (!Array.isArray(providers)) break;
          for (let p = 0; p < providers.length; p++) {
            const keys = isObject(providers[p]) ? (providers[p] as Record<string, unknown>)['api_keys'] : undefined;
            if (!Array.isArray(keys)) continue;
            for (let k = 0; k < keys.length; k++) {
              const v = isObject(keys[k]) ? (keys[k] as Record<string, unknown>)['value'] : undefined;
              if (str(v)) yield { doc, path: at('providers', p, 'api_keys', k, 'value'), value: v, what: 'AI provider API key', kind: 'policy-secret' };
            }
          }
          break;
        }
        default:
          break;
      }
    }
  }
}

/** The secret part of a field's value: the password of a `user:password` credential, else the value. */
export function secretPart(field: SecretField): string {
  if (field.kind === 'credential' && field.what === 'basic-auth password') {
    const i = field.value.indexOf(':');
    return i < 0 ? field.value : field.value.slice(i + 1);
  }
  return field.value;
}

/** Key for looking a field up by document and path. */
export function fieldKey(doc: SourceDocument, path: Path): string {
  return `${doc.file}\0${doc.index}\0${JSON.stringify(path)}`;
}
