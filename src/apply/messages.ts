/**
 * TPC6xxx: the ngrok API, plan and apply. Templates use `{0}`, `{1}` placeholders.
 */

import { m, type MessageTemplate } from '../diagnostics/messages.js';

/** Catalogue band TPC6xxx. Codes are stable and never reused. */
export const ApplyMessages = {
  manifestUnreadable: m('TPC6001', 'error', 'Cannot read the file: {0}.'),
  manifestInvalid: m('TPC6002', 'error', 'The manifest is not valid: {0}.'),
  manifestVersion: m('TPC6003', 'error', "The manifest has version '{0}'; this tpc reads version 1. Recompile with this tpc."),
  duplicateKey: m('TPC6004', 'error', "The endpoint key '{0}' appears more than once."),
  pathEscapes: m('TPC6005', 'error', "The body file '{1}' of endpoint '{0}' is outside the manifest's folder."),
  bodyInvalidJson: m('TPC6006', 'error', "The body of endpoint '{0}' is not valid JSON: {1}."),
  bodyNotObject: m('TPC6007', 'error', "The body of endpoint '{0}' is not a JSON object."),
  bodyField: m('TPC6008', 'error', "The field '{1}' of endpoint '{0}' {2}."),
  policyUnparsable: m('TPC6009', 'error', "The traffic_policy of endpoint '{0}' is neither JSON nor YAML: {1}."),
  metadataMarker: m('TPC6010', 'error', "The metadata of endpoint '{0}' lacks the '\"managed-by\":\"tpc\"' marker, so tpc could never find the endpoint again; recompile it."),
  metadataKey: m('TPC6011', 'error', "The metadata of endpoint '{0}' names the key '{1}'."),
  hashMismatch: m('TPC6012', 'error', "The body of endpoint '{0}' was changed after compiling (hash '{1}', content hashes to '{2}'); recompile instead of editing output."),
  manifestUrl: m('TPC6013', 'error', "The manifest lists endpoint '{0}' at '{1}' but its body says '{2}'."),
  duplicateUrl: m('TPC6014', 'error', "The endpoints '{0}' and '{1}' both want the URL '{2}'."),
  urlTakenUnmanaged: m('TPC6015', 'error', "The URL '{1}' of endpoint '{0}' is already used by the endpoint '{2}', which tpc does not manage; tpc will not touch it. Delete it or pick another URL."),
  urlTakenOrphan: m('TPC6016', 'error', "The URL '{1}' of endpoint '{0}' is held by '{2}' (key '{3}'), a tpc endpoint no longer in the source; run with --prune to delete it first."),
  drift: m('TPC6017', 'warning', "The endpoint '{0}' ('{1}') was changed outside tpc (its content no longer matches the hash in its metadata); the plan puts it back."),
  lintRefused: m('TPC6018', 'error', 'Refusing to apply: the artifacts have {0} error(s).'),
  planRefused: m('TPC6019', 'error', 'Refusing to apply: the plan has {0} error(s).'),
  // Command line of `tpc plan` / `tpc apply` (printed as `tpc: …`).
  apiKeyMissing: m('TPC6050', 'error', 'the environment variable {0} is not set; put an ngrok API key in it (tpc takes the key only from the environment, never as a flag, so it stays out of shell history and process lists)'),
  badFlag: m('TPC6051', 'error', '{0} expects {1}, got \'{2}\''),
  compilerUnavailable: m('TPC6052', 'error', "cannot plan from the .tpc source '{0}': the compiler is not available in this build ({1}); compile it first (tpc compile) and pass the output folder or its manifest.json"),
  inputUnreadable: m('TPC6053', 'error', "cannot read '{0}': {1}"),
  inputErrors: m('TPC6054', 'error', "'{0}' has {1} error(s); nothing was sent to the ngrok API"),
  apiFailed: m('TPC6055', 'error', '{0}'),
  needsConfirmation: m('TPC6056', 'error', 'refusing to apply without confirmation: pass --yes (there is no terminal to ask on)'),
} as const satisfies Record<string, MessageTemplate>;

/** Identifier of a TPC6xxx message. */
export type ApplyMessageId = keyof typeof ApplyMessages;
