/**
 * `tls-min-version`: `terminate-tls` allowing TLS 1.0 or 1.1 (deprecated protocol versions), and
 * a `max_version` below `min_version` (no version left to negotiate). An absent `min_version`
 * defaults to 1.2 (reference §2.24) and is fine.
 */

import { defineRule } from './rule.js';
import { eachAction } from './workspace.js';

export type MessageId = 'belowMinimum' | 'maxBelowMin';

/** Reads a version written as a string (`"1.2"`) or, carelessly, a YAML number (`1.2`, `1.0` → 1). */
function versionOf(v: unknown): { text: string; value: number } | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return { text: Number.isInteger(v) ? v.toFixed(1) : String(v), value: v };
  if (typeof v === 'string' && /^\s*1\.[0-3]\s*$/.test(v)) return { text: v.trim(), value: Number(v) };
  return undefined;
}

export default defineRule<MessageId>({
  id: 'tls-min-version',
  meta: {
    description: 'TLS termination must not allow protocol versions below 1.2.',
    severity: 'warning',
    category: 'posture',
    recommended: true,
    documentLocal: true,
    messages: {
      belowMinimum: "'min_version' {{version}} lets clients use TLS {{version}}, which is deprecated and weak; use '1.2' or '1.3'.",
      maxBelowMin: "'max_version' {{max}} is below 'min_version' {{min}}, so no TLS version can be negotiated.",
    },
  },
  check(ctx) {
    for (const policy of ctx.workspace.policies) {
      for (const site of eachAction(policy)) {
        if (site.type !== 'terminate-tls' || !site.config) continue;
        const min = versionOf(site.config['min_version']);
        const max = versionOf(site.config['max_version']);
        const base = [...site.actionPath, 'config'];
        if (min && min.value < 1.2) {
          ctx.report({ messageId: 'belowMinimum', data: { version: min.text }, doc: policy.doc, path: [...base, 'min_version'] });
        }
        if (max && max.value < (min?.value ?? 1.2)) {
          ctx.report({ messageId: 'maxBelowMin', data: { max: max.text, min: min?.text ?? '1.2 (the default)' }, doc: policy.doc, path: [...base, 'max_version'], severity: 'error' });
        }
      }
    }
  },
});
