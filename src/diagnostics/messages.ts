/**
 * The catalogue of diagnostic codes that are not lint rules. Codes are stable and never reused.
 *
 * Bands:
 * - TPC0xxx: loading files (YAML/JSON syntax, encoding, size limits)
 * - TPC1xxx: lexing and parsing the `.tpc` language
 * - TPC2xxx: semantic checks and compilation of `.tpc` programs
 * - TPC3xxx: validation of compiled output (a failure there is a compiler bug)
 * - TPC4xxx: configuration and command line
 * - TPC5xxx: simulation and `tpc test`
 * - TPC6xxx: ngrok API, plan and apply
 * - TPC7xxx: `tpc import` (what a draft cannot express)
 *
 * Templates use `{0}`, `{1}` placeholders. `docs/diagnostics.md` is generated from this table.
 * This file holds TPC0xxx; each module keeps its own band in `src/<module>/messages.ts`, built
 * with {@link m}. A test gathers every band and checks that codes are unique.
 */

import type { Severity } from './diagnostic.js';

/** One catalogue entry. */
export interface MessageTemplate {
  code: string;
  severity: Severity;
  template: string;
}

/** Builds one catalogue entry. Each band file (`src/<module>/messages.ts`) uses this. */
export function m(code: string, severity: Severity, template: string): MessageTemplate {
  return { code, severity, template };
}

/** Every catalogued message, keyed by a stable camelCase id. */
export const Messages = {
  // TPC0xxx: loading
  yamlSyntax: m('TPC0001', 'error', 'YAML syntax error: {0}'),
  jsonSyntax: m('TPC0002', 'error', 'JSON syntax error: {0}'),
  yamlWarning: m('TPC0003', 'warning', 'YAML warning: {0}'),
  invalidUtf8: m('TPC0004', 'error', 'The file is not valid UTF-8 text (first bad byte at offset {0}).'),
  binaryFile: m('TPC0005', 'error', 'The file looks binary (a NUL byte at offset {0}); tpc reads only text (YAML, JSON, .tpc).'),
  fileTooLarge: m('TPC0006', 'error', 'The file is {0} bytes, over the {1}-byte limit; it was not parsed.'),
  aliasLimit: m('TPC0007', 'error', 'The YAML aliases expand to too many nodes (alias bomb); the document was not read.'),
  tooDeep: m('TPC0008', 'error', 'The document nests deeper than {0} levels; it was not read.'),
  unknownKind: m('TPC0009', 'warning', 'Could not tell what this document is (not a Traffic Policy, ngrok.yml or cloud endpoint body); it was not linted.'),
  yamlTag: m('TPC0010', 'error', "The value starts with '!' and YAML read it as the tag '{0}', which silently changes the text; quote the whole value."),
  emptyDocument: m('TPC0011', 'warning', 'The document is empty.'),
  embeddedPolicySyntax: m('TPC0012', 'error', 'The embedded traffic_policy string does not parse: {0}'),
  fileReadError: m('TPC0013', 'error', 'Cannot read the file: {0}'),
} as const satisfies Record<string, MessageTemplate>;

/** Identifier of a catalogued message. */
export type MessageId = keyof typeof Messages;

/** Fills a template's `{n}` placeholders. */
export function formatMessage(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, i: string) => {
    const v = args[Number(i)];
    return v === undefined ? whole : String(v);
  });
}
