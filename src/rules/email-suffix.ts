/**
 * `email-suffix`: an identity check such as `email.endsWith('clinicnet.example')` without the
 * leading `@` also accepts `mallory@evil-clinicnet.example`. The autofix adds the `@` when the
 * suffix is a bare domain; a suffix that is a whole address (`endsWith('bob@x.example')`) needs
 * `==` instead and is only reported.
 */

import { insertInStringFix } from './lib/edits.js';
import { expressionRange, expressionSites, prepareExpressions } from './lib/expressions.js';
import { defineRule } from './rule.js';

export type MessageId = 'looseSuffix';

export default defineRule<MessageId>({
  id: 'email-suffix',
  meta: {
    description: "An email suffix check without the '@' also accepts look-alike domains.",
    severity: 'warning',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    fixable: true,
    messages: { looseSuffix: '{{message}}' },
  },
  prepare: prepareExpressions,
  check(ctx) {
    for (const site of expressionSites(ctx.workspace)) {
      for (const issue of site.issues) {
        if (issue.code !== 'email-suffix') continue;
        // The issue covers the string literal, quotes included.
        const q = site.text[issue.start];
        const quoted = (q === "'" || q === '"') && site.text[issue.end - 1] === q && issue.end - issue.start >= 2;
        const suffix = site.text.slice(issue.start + 1, issue.end - 1);
        const fix = !quoted || suffix.includes('@') || suffix.includes('\\') ? undefined : () => insertInStringFix(site.doc, site.path, issue.start + 1, '@', `Check for '@${suffix}'.`);
        ctx.report({
          messageId: 'looseSuffix',
          data: { message: issue.message },
          doc: site.doc,
          path: site.path,
          range: expressionRange(site.doc, site.path, site.text, issue.start, issue.end),
          severity: issue.severity,
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
});
