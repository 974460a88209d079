/**
 * `expression-syntax`: every CEL expression must parse, call only functions ngrok provides
 * with the right number of arguments, have a sensible type (rule expressions are bools), and
 * use valid RE2 patterns in `matches()`. Covers rule expressions, raw-CEL config fields and
 * every `${…}` interpolation in action configs.
 */

import { prepareExpressions, reportExpressionIssues } from './lib/expressions.js';
import { defineRule } from './rule.js';

export type MessageId = 'syntax' | 'unknownFunction' | 'type' | 'regex';

export default defineRule<MessageId>({
  id: 'expression-syntax',
  meta: {
    description: 'Every CEL expression must parse, call known functions and have the right type.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    messages: {
      syntax: '{{message}}',
      unknownFunction: '{{message}}',
      type: '{{message}}',
      regex: '{{message}}',
    },
  },
  prepare: prepareExpressions,
  check(ctx) {
    reportExpressionIssues(ctx, { 'expression-syntax': 'syntax', 'unknown-function': 'unknownFunction', 'expression-type': 'type', 'regex-syntax': 'regex' });
  },
});
