/**
 * Catalogue of the command line's usage and I/O errors (band TPC41xx–TPC43xx). They are not
 * findings: each is raised as a `CliError` with its code and printed as `tpc: <message>` with
 * exit code 2 (except `tooManyWarnings`, printed after the report with exit code 1).
 * Templates use `{0}`, `{1}` placeholders.
 */

import { m, type MessageTemplate } from '../src/diagnostics/messages.js';

/** Usage and I/O errors of path expansion (band TPC41xx, exit code 2). */
export const FileMessages = {
  noSuchPath: m('TPC4101', 'error', "cannot read '{0}': no such file or folder"),
  noMatch: m('TPC4102', 'error', "no files match the pattern '{0}'"),
  unreadable: m('TPC4103', 'error', "cannot read '{0}': {1}"),
  emptyFolder: m('TPC4104', 'error', "the folder '{0}' holds no files to lint (*.yml, *.yaml, *.json, *.tpc)"),
} as const satisfies Record<string, MessageTemplate>;

/** Configuration errors (band TPC42xx, exit code 2). */
export const ConfigMessages = {
  unreadable: m('TPC4201', 'error', "cannot read the config file '{0}': {1}"),
  notJson: m('TPC4202', 'error', "the config file '{0}' is not valid JSON: {1}"),
  invalid: m('TPC4203', 'error', "the config file '{0}' is not valid: {1}"),
  unknownRule: m('TPC4204', 'error', "{0}: unknown rule '{1}'{2}"),
} as const satisfies Record<string, MessageTemplate>;

/** Command-line errors of `tpc lint` (band TPC43xx, exit code 2). */
export const LintCliMessages = {
  unknownRule: m('TPC4301', 'error', "unknown rule '{0}' in --rule{1}"),
  badRuleFlag: m('TPC4302', 'error', "--rule expects 'id=off|info|warn|error', got '{0}'"),
  badMaxWarnings: m('TPC4303', 'error', "--max-warnings expects a whole number of 0 or more, got '{0}'"),
  reasonRequired: m('TPC4304', 'error', '--write-baseline needs --reason "<why these findings are accepted>"'),
  baselineUnreadable: m('TPC4305', 'error', "cannot read the baseline '{0}': {1}"),
  baselineInvalid: m('TPC4306', 'error', "the baseline '{0}' is not valid: {1}"),
  fixStdin: m('TPC4307', 'error', '--fix cannot write to standard input; save the text to a file and lint that'),
  stdinFilename: m('TPC4308', 'error', "--stdin-filename applies only when '-' (standard input) is among the paths"),
  writeFailed: m('TPC4309', 'error', "cannot write '{0}': {1}"),
  stdinTwice: m('TPC4310', 'error', "'-' (standard input) can be given only once"),
  tooManyWarnings: m('TPC4311', 'error', 'too many warnings ({0}); the maximum is {1}.'),
} as const satisfies Record<string, MessageTemplate>;
