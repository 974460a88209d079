/**
 * `variable-phase`: a variable or function is used only in phases where it exists — `req.*`
 * and `getReqHeader()` do not exist in `on_tcp_connect`, `res.*` only in `on_http_response`.
 */

import { prepareExpressions, reportExpressionIssues } from './lib/expressions.js';
import { defineRule } from './rule.js';

export type MessageId = 'wrongPhase';

export default defineRule<MessageId>({
  id: 'variable-phase',
  meta: {
    description: 'A variable or function is used in a phase where it does not exist.',
    severity: 'error',
    category: 'correctness',
    recommended: true,
    documentLocal: true,
    messages: { wrongPhase: '{{message}}' },
  },
  prepare: prepareExpressions,
  check(ctx) {
    reportExpressionIssues(ctx, { 'variable-phase': 'wrongPhase' });
  },
});
