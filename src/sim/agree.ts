/**
 * Whether a simulated outcome is what the language means ({@link Decision}): the compiler's
 * correctness property compares the two on every request.
 */

import type { Decision } from './decide.js';
import { describeOutcome } from './outcome.js';
import type { Outcome } from './types.js';

/**
 * Undefined when `outcome` agrees with `decision`, else why not. An `unknown` decision agrees
 * with anything (the language does not say); an `unknown` outcome agrees with nothing else.
 * Compared: the class (allow/deny/login), the internal endpoint reached, the HTTP status of a
 * refusal, and a failed TLS handshake versus a closed connection.
 */
export function disagreement(decision: Decision, outcome: Outcome): string | undefined {
  if (decision.result === 'unknown') return undefined;
  const got = describeOutcome(outcome);
  switch (decision.result) {
    case 'allow':
      if (outcome.result !== 'forwarded') return `the language allows it (${decision.reason}), the policy gives: ${got}`;
      if (outcome.target !== decision.target) return `the language sends it to ${decision.target}, the policy to ${outcome.target}`;
      return undefined;
    case 'login':
      if (outcome.result !== 'redirected' || !outcome.login) return `the language sends it to log in (${decision.reason}), the policy gives: ${got}`;
      return undefined;
    case 'deny': {
      const refused = outcome.result === 'rejected' || (outcome.result === 'responded' && outcome.status >= 400);
      if (!refused) return `the language refuses it (${decision.reason}), the policy gives: ${got}`;
      if (decision.tls || decision.tcp) {
        const tlsOk = decision.tls !== undefined && outcome.result === 'rejected' && outcome.tls === decision.tls;
        const tcpOk = decision.tcp !== undefined && outcome.result === 'rejected' && outcome.tcp === decision.tcp;
        if (!tlsOk && !tcpOk) return `the language refuses it with ${[decision.tls ? 'a TLS handshake failure' : '', decision.tcp ? 'a closed connection' : ''].filter(Boolean).join(' or ')} (${decision.reason}), the policy gives: ${got}`;
        return undefined;
      }
      if (decision.status !== undefined) {
        const status = outcome.status;
        if (status !== decision.status) return `the language refuses it with HTTP ${decision.status} (${decision.reason}), the policy gives: ${got}`;
      }
      return undefined;
    }
  }
}
