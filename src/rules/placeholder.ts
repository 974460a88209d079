/**
 * `placeholder`: a value copied from documentation that still holds a placeholder —
 * `<YOUR_AUTHTOKEN>`, `{your webhook secret}`, `YOUR_IP`, `$NGROK_DOMAIN`, `... certificate ...`.
 * ngrok takes such values literally: the agent fails to authenticate, an IP allow list matches
 * nothing, a webhook is never verified. Only clear placeholders count (see
 * `lib/placeholders.ts`); `example.com` hosts and HTML in response bodies are not reported.
 * In secret fields the value is not repeated in the message.
 */

import type { Range } from '../diagnostics/diagnostic.js';
import type { Path, SourceDocument } from '../ngrok/load.js';
import { isImmutable, memoisedStringSearch } from '../ngrok/immutable.js';
import { findPlaceholder, findSecretPlaceholder, type PlaceholderMatch } from './lib/placeholders.js';
import { fieldKey, secretFields, type SecretField } from './lib/secret-fields.js';
import { defineRule } from './rule.js';
import { isObject, type Workspace } from './workspace.js';

export type MessageId = 'placeholder' | 'secretPlaceholder';

interface Finding {
  doc: SourceDocument;
  path: Path;
  match: PlaceholderMatch;
  secret?: SecretField;
}

/**
 * Calls `visit` for every string in `value`, depth first in document order. `path` is one array
 * reused for the whole walk (push/pop): copy it to keep it.
 */
function eachString(value: unknown, path: (string | number)[], visit: (s: string, path: (string | number)[]) => void): void {
  if (typeof value === 'string') visit(value, path);
  else if (isImmutable(value) && !holdsPlaceholder(value)) return;
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      eachString(value[i], path, visit);
      path.pop();
    }
  } else if (isObject(value)) {
    for (const k of Object.keys(value)) {
      path.push(k);
      eachString(value[k], path, visit);
      path.pop();
    }
  }
}

/**
 * True when some string inside a value looks like a placeholder, secret or not. For an immutable
 * value (a compiled fleet shares one frozen action between its sites, src/ngrok/immutable.ts) the
 * answer is remembered, and a value without one is skipped wherever it sits.
 */
const holdsPlaceholder = memoisedStringSearch((s) => findPlaceholder(s) !== undefined || findSecretPlaceholder(s) !== undefined);

function check(ws: Workspace): Finding[] {
  // Secret fields by document (file and index, as fieldKey has it), then by path.
  const secrets = new Map<string, Map<string, SecretField>>();
  for (const f of secretFields(ws)) {
    const key = fieldKey(f.doc, f.path);
    const docKey = docKeyOf(f.doc);
    let byPath = secrets.get(docKey);
    if (!byPath) secrets.set(docKey, (byPath = new Map()));
    byPath.set(key, f);
  }
  // Cloud endpoint policy strings parsed into their own documents are scanned there.
  const embeddedIn = new Set(ws.policies.filter((p) => p.origin === 'cloud-endpoint' && p.endpoint && p.doc !== p.endpoint.doc).map((p) => p.endpoint!.doc));
  const out: Finding[] = [];
  for (const doc of [...ws.documents, ...ws.embedded]) {
    const docSecrets = secrets.get(docKeyOf(doc));
    const skipPolicyString = embeddedIn.has(doc);
    eachString(doc.value, [], (value, path) => {
      if (skipPolicyString && path.length === 1 && path[0] === 'traffic_policy') return;
      const secret = docSecrets?.get(fieldKey(doc, path));
      const match = secret ? findSecretPlaceholder(value) : findPlaceholder(value);
      if (match) out.push({ doc, path: [...path], match, ...(secret ? { secret } : {}) });
    });
  }
  return out;
}

/** The document part of {@link fieldKey}. */
function docKeyOf(doc: SourceDocument): string {
  return `${doc.file}\0${doc.index}`;
}

/** The range of the placeholder inside the scalar, when its text can be found there. */
function matchRange(f: Finding): Range | undefined {
  const span = f.doc.span(f.path);
  if (!span) return undefined;
  const i = f.doc.text.slice(span.start, span.end).indexOf(f.match.text);
  if (i < 0) return undefined;
  return f.doc.lineMap.range(span.start + i, span.start + i + f.match.text.length);
}

export default defineRule<MessageId>({
  id: 'placeholder',
  meta: {
    description: 'A value still holds a documentation placeholder.',
    severity: 'warning',
    category: 'posture',
    recommended: true,
    messages: {
      placeholder: "'{{text}}' looks like a placeholder that was never filled in; ngrok would use it literally.",
      secretPlaceholder: 'The {{what}} still holds a placeholder; ngrok would use it literally.',
    },
  },
  check(ctx) {
    for (const f of check(ctx.workspace)) {
      const range = matchRange(f);
      const at = { doc: f.doc, path: f.path, ...(range ? { range } : {}) };
      if (f.secret) {
        const hint =
          f.secret.kind === 'authtoken'
            ? 'Remove the line and set the NGROK_AUTHTOKEN environment variable for the agent.'
            : f.secret.kind === 'api-key'
              ? 'Remove the line and set the NGROK_API_KEY environment variable.'
              : "Store the real value in an ngrok vault and write ${secrets.get('<vault>', '<name>')}.";
        ctx.report({ messageId: 'secretPlaceholder', data: { what: f.secret.what }, ...at, hint });
      } else {
        const text = f.match.text.length > 60 ? `${f.match.text.slice(0, 57)}...` : f.match.text;
        ctx.report({ messageId: 'placeholder', data: { text }, ...at });
      }
    }
  },
});
