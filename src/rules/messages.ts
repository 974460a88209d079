/**
 * TPC4xxx messages of the lint engine (suppressions, rule failures). Configuration and CLI
 * messages of band TPC4xxx live with the CLI.
 */
import { m, type MessageTemplate } from '../diagnostics/messages.js';

/** Engine and configuration messages (band TPC4xxx). */
export const EngineMessages = {
  ruleCrashed: m('TPC4001', 'error', "Rule '{0}' failed on this file: {1} (this is a bug in tpc)."),
  suppressionWithoutReason: m('TPC4002', 'error', "The suppression of '{0}' has no reason; write '# tpc-disable-next-line {0} -- <why>'."),
  unknownRuleInSuppression: m('TPC4003', 'warning', "The suppression names '{0}', which is not a tpc rule."),
  unusedSuppression: m('TPC4004', 'warning', "The suppression of '{0}' matches no finding on the next line; remove it."),
} as const satisfies Record<string, MessageTemplate>;
