/**
 * `unknown-variable`: every variable an expression reads must be one ngrok defines
 * (`req.url.path`, `conn.client_ip`, …), including old CamelCase spellings (`req.Method`). It
 * warns when `vars.x` is read before any `set-vars` sets it, or an action result
 * (`actions.ngrok.oauth.…`) before that action ran in the phase.
 */

import { prepareExpressions, reportExpressionIssues } from './lib/expressions.js';
import { defineRule } from './rule.js';

export type MessageId = 'unknownVariable';

export default defineRule<MessageId>({
  id: 'unknown-variable',
  meta: {
    description: 'Every variable an expression reads must be one ngrok defines.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    messages: { unknownVariable: '{{message}}' },
  },
  prepare: prepareExpressions,
  check(ctx) {
    reportExpressionIssues(ctx, { 'unknown-variable': 'unknownVariable' });
  },
});
