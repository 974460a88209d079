/**
 * `inline-secret`: a credential written literally in a file — the agent authtoken or API key,
 * an OAuth/OIDC client secret, a basic-auth password, a webhook verification secret, an inline
 * TLS private key, a literal `Authorization` header. Files get committed, copied and printed.
 * The ways out: `${secrets.get('vault', 'name')}` in Traffic Policy, the `NGROK_AUTHTOKEN` /
 * `NGROK_API_KEY` environment variables for the agent (ngrok.yml has no variable
 * substitution), and file paths for private keys. Placeholders are the `placeholder` rule's.
 * The message never contains the secret.
 */

import type { Path, SourceDocument } from '../ngrok/load.js';
import { isInterpolated } from './lib/endpoint-facts.js';
import { findSecretPlaceholder, isEnvReference } from './lib/placeholders.js';
import { secretFields, secretPart, type SecretField, type SecretKind } from './lib/secret-fields.js';
import { defineRule } from './rule.js';
import type { Workspace } from './workspace.js';

export type MessageId = 'literalSecret';

interface Finding {
  doc: SourceDocument;
  path: Path;
  what: string;
  kind: SecretKind;
  legacy: boolean;
}

/** True when the field holds a real-looking credential written out in the file. */
function isLiteralSecret(field: SecretField): boolean {
  const part = secretPart(field);
  if (part.trim() === '' || isInterpolated(part) || isEnvReference(part)) return false;
  if (findSecretPlaceholder(field.value)) return false;
  if (field.kind === 'private-key' || field.kind === 'agent-private-key') return /PRIVATE KEY/.test(field.value);
  return true;
}

function check(ws: Workspace): Finding[] {
  const out: Finding[] = [];
  for (const f of secretFields(ws)) {
    if (!isLiteralSecret(f)) continue;
    out.push({ doc: f.doc, path: f.path, what: f.what, kind: f.kind, legacy: f.path[0] === 'tunnels' });
  }
  return out;
}

function hintFor(f: Finding): string {
  switch (f.kind) {
    case 'authtoken':
      return 'Remove it from the file and set the NGROK_AUTHTOKEN environment variable for the agent; ngrok.yml has no variable substitution. Rotate the token if the file was ever shared.';
    case 'api-key':
      return 'Remove it from the file and set the NGROK_API_KEY environment variable. Rotate the key if the file was ever shared.';
    case 'agent-private-key':
      return 'Give the path of a key file instead of the PEM text.';
    case 'private-key':
      return "Store the key in an ngrok vault and write ${secrets.get('<vault>', '<name>')}.";
    default:
      if (f.legacy) return "Move the endpoint to the 'endpoints' form with a Traffic Policy and read the secret with ${secrets.get('<vault>', '<name>')}.";
      if (f.what === 'basic-auth password') return "Keep the user name and ':' and write the password as ${secrets.get('<vault>', '<name>')}.";
      return "Store it in an ngrok vault and write ${secrets.get('<vault>', '<name>')}.";
  }
}

export default defineRule<MessageId>({
  id: 'inline-secret',
  meta: {
    description: 'Credentials must not be written literally in ngrok files.',
    severity: 'error',
    category: 'posture',
    recommended: true,
    requiresReason: true,
    messages: {
      literalSecret: 'The {{what}} is written literally in this file; anyone who can read the file can use it.',
    },
  },
  check(ctx) {
    for (const f of check(ctx.workspace)) {
      ctx.report({ messageId: 'literalSecret', data: { what: f.what }, doc: f.doc, path: f.path, hint: hintFor(f) });
    }
  },
});
