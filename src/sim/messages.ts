/**
 * TPC5xxx: simulation and `tpc test` — problems in `test` blocks of `.tpc` files and in
 * expectations files. A broken expectation is reported as a failed test carrying one of
 * these diagnostics. Templates use `{0}`, `{1}` placeholders.
 */

import { m, type MessageTemplate } from '../diagnostics/messages.js';

/** Catalogue band TPC5xxx. */
export const SimMessages = {
  // Test blocks in .tpc files
  unknownSite: m('TPC5001', 'error', "The test names the site '{0}', which the program does not define."),
  unknownService: m('TPC5002', 'error', "Site '{0}' has no service '{1}'."),
  targetNeedsSite: m('TPC5003', 'error', "'to {0}' needs a site here (write 'to SITE.{0}'): only tests inside a site or template have an enclosing site."),
  unknownSubject: m('TPC5004', 'error', "'{0}' is neither a group nor an identity of the program."),
  wrongIdentityKind: m('TPC5005', 'error', "'{0}' is {1} identity, not {2} one."),
  unknownCa: m('TPC5006', 'error', "The test's certificate names '{0}', which is neither a 'ca' declaration nor the file stem of a CA file used by 'mtls'."),
  caUnreadable: m('TPC5007', 'error', "Cannot read the CA file '{0}' for the test's certificate: {1}."),
  urlNotExposed: m('TPC5008', 'error', "No site exposes '{0}'."),
  emptyGroup: m('TPC5009', 'error', "The group '{0}' has no address to send the request from."),
  templateUnused: m('TPC5010', 'warning', "No site is made from the template '{0}', so its tests do not run."),
  noTests: m('TPC5011', 'warning', 'The program has no test blocks; nothing was run.'),

  // Expectations files (YAML/JSON)
  expectationsInvalid: m('TPC5020', 'error', 'The expectations file is not valid: {0}'),
  expectationsField: m('TPC5021', 'error', "'{0}' {1}."),
  expectationsUnknownKey: m('TPC5022', 'error', "Unknown key '{0}'{1}"),
  expectationsNoEndpoint: m('TPC5023', 'error', "No endpoint at '{0}' in the loaded files."),
  expectationsNoFiles: m('TPC5024', 'error', 'The expectations file names no ngrok files to test (list them under files:, or pass them after it).'),
  expectationsFileUnreadable: m('TPC5025', 'error', "Cannot read '{0}' named in files: {1}."),
  caFileUnreadable: m('TPC5026', 'error', "Cannot read the CA file '{0}' named in cas: {1}."),
  policyFileUnreadable: m('TPC5027', 'error', "Cannot read the traffic_policy_file '{0}' (looked for at '{1}', next to this ngrok.yml): the endpoint's policy is unknown, so it is simulated without one (every request goes to its upstream)."),

  // Command line of tpc test / explain / matrix (printed as `tpc: …`, exit code 2)
  inputUnreadable: m('TPC5040', 'error', "cannot read '{0}': {1}"),
  badFlag: m('TPC5041', 'error', '{0} expects {1}, got {2}'),
  notTestable: m('TPC5042', 'error', "'{0}' is neither a .tpc file nor an expectations file (YAML/JSON with tests:); to test ngrok files, list them in an expectations file or pass them after it"),
  targetMissing: m('TPC5043', 'error', '{0}'),
  tpcOnly: m('TPC5044', 'error', '{0} needs a .tpc file, got {1}'),
} as const satisfies Record<string, MessageTemplate>;

export type SimMessageId = keyof typeof SimMessages;
