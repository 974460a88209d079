/**
 * The one diagnostic shape shared by every part of tpc: the YAML/JSON loader, schema
 * validation, lint rules, the DSL parser and compiler, and the printers.
 *
 * Lines and columns are 1-based (as editors show them); offsets are 0-based UTF-16 indexes
 * into the file text. Convert to 0-based only at a SARIF/LSP boundary.
 */

/** How serious a finding is. `off` exists only in configuration, never on a diagnostic. */
export type Severity = 'error' | 'warning' | 'info';

/** A point in a file. */
export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column (UTF-16 code units). */
  column: number;
  /** 0-based offset into the file text. */
  offset: number;
}

/** A half-open span `[start, end)` in a file. */
export interface Range {
  start: Position;
  end: Position;
}

/** One text replacement, by offsets into the file text the diagnostic points at. */
export interface TextEdit {
  /** 0-based start offset (inclusive). */
  start: number;
  /** 0-based end offset (exclusive). */
  end: number;
  /** Replacement text. */
  text: string;
}

/** An automatic fix: a set of non-overlapping edits applied together. */
export interface Fix {
  /** What the fix does, in one sentence. */
  description: string;
  edits: TextEdit[];
}

/** A secondary location that explains a finding ("first defined here"). */
export interface RelatedInformation {
  message: string;
  file: string;
  range: Range;
}

/** Why a finding was suppressed. Suppressed findings are kept, so reasons can be printed. */
export interface Suppression {
  kind: 'inline' | 'baseline';
  reason: string;
}

/** A finding about user input. */
export interface Diagnostic {
  /** A lint rule id (`action-after-terminal`) or a catalogue code (`TPC1001`). */
  code: string;
  severity: Severity;
  /** One sentence saying what is wrong, with user names in single quotes. */
  message: string;
  /** Path of the file as given by the user (or `<stdin>`). */
  file: string;
  /** 1-based line of `range.start`. */
  line: number;
  /** 1-based column of `range.start`. */
  column: number;
  range: Range;
  /** A certain fix, applied by `--fix`. */
  fix?: Fix;
  /** A hint saying how to repair it when there is no automatic fix. */
  hint?: string;
  related?: RelatedInformation[];
  /** Present when an inline comment or the baseline suppressed the finding. */
  suppressed?: Suppression;
}

/** A range covering nothing at the start of a file. */
export const START_OF_FILE: Range = Object.freeze({
  start: Object.freeze({ line: 1, column: 1, offset: 0 }),
  end: Object.freeze({ line: 1, column: 1, offset: 0 }),
}) as Range;

/** Arguments of {@link createDiagnostic}. */
export interface DiagnosticInit {
  code: string;
  severity: Severity;
  message: string;
  file: string;
  range?: Range;
  fix?: Fix;
  hint?: string;
  related?: RelatedInformation[];
}

/** Builds a diagnostic, filling `line`/`column` from the range. */
export function createDiagnostic(init: DiagnosticInit): Diagnostic {
  const range = init.range ?? START_OF_FILE;
  const d: Diagnostic = {
    code: init.code,
    severity: init.severity,
    message: init.message,
    file: init.file,
    line: range.start.line,
    column: range.start.column,
    range,
  };
  if (init.fix) d.fix = init.fix;
  if (init.hint) d.hint = init.hint;
  if (init.related && init.related.length > 0) d.related = init.related;
  return d;
}

/** Orders diagnostics by file, then position, then code: the order every printer uses. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.range.start.offset !== b.range.start.offset) return a.range.start.offset - b.range.start.offset;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.code !== b.code) return a.code < b.code ? -1 : 1;
  return a.message < b.message ? -1 : a.message > b.message ? 1 : 0;
}

/** True when any unsuppressed diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error' && !d.suppressed);
}
