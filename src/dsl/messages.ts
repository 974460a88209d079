/**
 * TPC1xxx: lexing and parsing the `.tpc` language (including checks that need only one statement).
 * Codes are stable and never reused. Templates use `{0}`, `{1}` placeholders.
 */

import { m, type MessageTemplate } from '../diagnostics/messages.js';

export const DslMessages = {
  // Lexing
  unexpectedCharacter: m('TPC1001', 'error', "Unexpected character '{0}'."),
  unterminatedString: m('TPC1002', 'error', 'This string has no closing \'"\' on its line.'),
  singleQuotedString: m('TPC1003', 'error', 'Strings use double quotes: write "{0}".'),
  invalidEscape: m('TPC1004', 'error', "Unknown escape '\\{0}' in a string; use \\\\, \\\", \\n, \\t, \\$ or \\uXXXX."),
  missingOpeningQuote: m('TPC1005', 'error', 'This string has no opening \'"\': write "{0}".'),
  brokenReference: m('TPC1006', 'error', "The parameter reference '{0}' is missing a brace: write '{1}'."),

  // Parsing
  expected: m('TPC1010', 'error', 'Expected {0} after {1}, found {2}.'),
  unclosedBlock: m('TPC1011', 'error', "Expected '}' to close the block opened on line {0}, found {1}."),
  unknownStatement: m('TPC1012', 'error', "Unknown statement '{0}' {1}; expected {2}."),
  unexpectedToken: m('TPC1013', 'error', 'Unexpected {0} {1}; expected {2}.'),
  unexpectedAfter: m('TPC1014', 'error', 'Unexpected {0} after {1}.'),
  unknownOption: m('TPC1015', 'error', "Unknown {0} option '{1}'; expected {2}."),

  // Literals
  invalidIpv4: m('TPC1020', 'error', "'{0}' is not a valid IPv4 address or CIDR."),
  invalidIpv6: m('TPC1021', 'error', "'{0}' is not a valid IPv6 address or CIDR."),
  prefixTooLong: m('TPC1022', 'error', "The prefix '/{0}' is longer than the {1} bits of an IPv{2} address."),
  tlsMinVersion: m('TPC1023', 'error', "'tls min' accepts 1.2 or 1.3, not '{0}'."),
  tlsVersion: m('TPC1024', 'error', "'{0}' is not a TLS version; use 1.0, 1.1, 1.2 or 1.3."),
  unknownProvider: m('TPC1025', 'error', "Unknown OAuth provider '{0}'; ngrok offers {1}."),
  unknownRegion: m('TPC1026', 'error', "Unknown region '{0}'; use one of {1}."),
  unknownActionPoint: m('TPC1027', 'error', "Unknown action point '{0}'; use first, before-forward or response."),
  statusOutOfRange: m('TPC1028', 'error', 'HTTP status {0} is outside 100–599.'),
  statusOnlyAfterDeny: m('TPC1029', 'error', "A status code can only follow 'deny', not '{0}'."),
  notAValue: m('TPC1030', 'error', "'{0}' is not a value; quote text as a string, or use true, false or null."),
  duplicateKey: m('TPC1031', 'error', "The key '{0}' appears twice in this object."),
  unsupportedScheme: m('TPC1032', 'error', "Unsupported scheme '{0}' for {1}; use {2}."),
  statusNotInteger: m('TPC1033', 'error', "HTTP status '{0}' must be a whole number."),

  // One statement
  duplicateOption: m('TPC1040', 'error', "'{0}' is given twice in this {1}."),
  missingOption: m('TPC1041', 'error', "The {0} identity '{1}' needs '{2}'."),
  optionNotForMethod: m('TPC1042', 'error', "'{0}' does not apply to a {1} identity."),
  duplicateParameter: m('TPC1043', 'error', "The parameter '{0}' is declared twice."),
  duplicateArgument: m('TPC1044', 'error', "The argument '{0}' is given twice."),
  duplicateClause: m('TPC1045', 'error', "'{0}' is given twice in this expectation."),
  prefixWithoutHeader: m('TPC1046', 'error', "'prefix' needs a 'header' before it."),
  conflictingStatus: m('TPC1047', 'error', "'{0}' conflicts with '{1}' given before."),

  tooDeep: m('TPC1048', 'error', 'Brackets nest deeper than {0} levels here; the file was not parsed.'),

  // Internal
  internalError: m('TPC1099', 'error', 'Internal parser error (a bug in tpc): {0}'),
} as const satisfies Record<string, MessageTemplate>;

export type DslMessageId = keyof typeof DslMessages;
