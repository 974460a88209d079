/**
 * `no-unmatchable-url-pattern`: `redirect` and `url-rewrite` match their `from` pattern against the
 * whole request URL — scheme, host, port, path and query — not the path (reference §2.17, §2.25).
 * A pattern anchored at the start (`^`) by text no such URL starts with, a path (`^/v1/`) or a host
 * without the scheme (`^api.example.com`), can never match, so the action silently does nothing.
 * Only the literal text right after the `^` is judged (up to the first regex operator); a pattern
 * starting with a group, a class, an escape such as `\w`, or `${…}` interpolation is left alone.
 */

import { defineRule } from './rule.js';
import { eachAction } from './workspace.js';

export type MessageId = 'anchoredPattern';

/** Characters that end the literal run after `^`. */
const OPERATORS = new Set(['.', '[', ']', '(', ')', '{', '}', '*', '+', '?', '|', '^', '$']);

/**
 * The literal text a pattern starting with `^` requires at the start of the subject: `\/` counts
 * as `/`, an escaped letter or digit (`\d`, `\w`) ends it, and a character made optional by the
 * quantifier after it (`?`, `*`, `{0,…}`) is dropped.
 */
export function anchoredLiteral(pattern: string): string | undefined {
  if (!pattern.startsWith('^')) return undefined;
  let out = '';
  for (let i = 1; i < pattern.length; i++) {
    let c = pattern[i]!;
    let next = i + 1;
    if (c === '\\') {
      const e = pattern[i + 1];
      if (e === undefined || /[A-Za-z0-9]/.test(e)) break;
      c = e;
      next = i + 2;
    } else if (OPERATORS.has(c)) {
      break;
    }
    const after = pattern[next];
    if (after === '?' || after === '*' || after === '{') break;
    out += c;
    i = next - 1;
  }
  return out;
}

/** True when a URL of an HTTP request (`http://…` or `https://…`) can start with `literal`. */
function urlCanStartWith(literal: string): boolean {
  const l = literal.toLowerCase();
  return ['http://', 'https://'].some((scheme) => scheme.startsWith(l) || l.startsWith(scheme));
}

export default defineRule<MessageId>({
  id: 'no-unmatchable-url-pattern',
  meta: {
    description: "A redirect or url-rewrite 'from' pattern anchored at the path never matches: it is matched against the whole URL.",
    severity: 'error',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    messages: {
      anchoredPattern:
        "The {{type}} 'from' pattern starts with '^{{literal}}', but it is matched against the whole URL, which starts with the scheme (https://…): it never matches, so this {{type}} does nothing.",
    },
  },
  check(ctx) {
    for (const policy of ctx.workspace.policies) {
      for (const site of eachAction(policy)) {
        if ((site.type !== 'redirect' && site.type !== 'url-rewrite') || !site.config) continue;
        const from = site.config['from'];
        if (typeof from !== 'string') continue;
        const literal = anchoredLiteral(from);
        if (!literal || urlCanStartWith(literal)) continue;
        const path = literal.startsWith('/');
        ctx.report({
          messageId: 'anchoredPattern',
          data: { type: site.type, literal },
          doc: policy.doc,
          path: [...site.actionPath, 'config', 'from'],
          hint: path
            ? `Anchor at the path with '^https?://[^/]+${from.slice(1)}', drop the '^', or test the path in the rule's expressions (req.url.path.startsWith('${literal}')).`
            : "Anchor after the scheme ('^https?://…'), or drop the '^'.",
        });
      }
    }
  },
});
