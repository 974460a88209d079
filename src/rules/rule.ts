/**
 * The shape of a lint rule. One rule per file under `src/rules/<id>.ts`, default-exported
 * through {@link defineRule}; `src/rules/index.ts` is the explicit registry.
 */

import type { Fix, RelatedInformation, Range, Severity } from '../diagnostics/diagnostic.js';
import type { LocatePart, Path, SourceDocument } from '../ngrok/load.js';
import type { Workspace } from './workspace.js';

/** Correctness rules must be silent on valid published examples; posture rules judge security choices. */
export type RuleCategory = 'correctness' | 'posture';

/** Static facts about a rule. */
export interface RuleMeta<M extends string = string> {
  /** One line, ending with a period; equals the `description` in `docs/rules/<id>.md`. */
  description: string;
  /** Default severity. */
  severity: Severity;
  category: RuleCategory;
  /** In the recommended preset (all rules are today; new ones may start outside it). */
  recommended: boolean;
  /** True when the rule offers an automatic fix where the fix is certain. */
  fixable?: boolean;
  /**
   * Security rules: a suppression must carry a reason, and suppressed findings are still
   * printed with that reason.
   */
  requiresReason?: boolean;
  /**
   * The rule judges each document on its own (never from another one) and reads of it only what
   * src/compiler/artifact-shape.ts keeps. Of a cloud endpoint: its policy, except the host of a
   * `forward-internal` target; of its URL the scheme and whether the host is `*.internal`; its
   * other fields but `description` and `metadata`. Of an agent config: all but `agent.metadata`,
   * the endpoints' `description` and `metadata`, and of each endpoint's URL all but the scheme and
   * whether the host is `*.internal`. Whether it reports on such an artifact then follows from the
   * artifact's shape, and `tpc compile`'s self-check runs it once per shape of a fleet instead of
   * once per site. A property test compares that with a run of every rule on every artifact
   * (test/compiler/self-check-shapes.test.ts).
   */
  documentLocal?: boolean;
  /** Message templates by id, with `{{name}}` placeholders. */
  messages: Record<M, string>;
}

/** What a rule reports. The engine turns it into a `Diagnostic`. */
export interface RuleReport<M extends string = string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** The document the path refers to. */
  doc: SourceDocument;
  /** JSON path of the offending value in `doc.value`. */
  path: Path;
  /** Point at the member's key instead of its value. */
  part?: LocatePart;
  /** Explicit range, overriding `path` (e.g. a sub-range of an expression string). */
  range?: Range;
  /**
   * The fix, or a function that builds it (returning undefined when no certain fix exists).
   * A function is called only when someone reads the diagnostic's `fix` (`--fix`, the json and
   * sarif printers), because building a fix re-parses the edited text to verify it.
   */
  fix?: Fix | (() => Fix | undefined);
  hint?: string;
  related?: RelatedInformation[];
  /** Override the rule's severity for this finding (e.g. a softer variant). */
  severity?: Severity;
}

/** What a rule sees while it runs. */
export interface RuleContext<M extends string = string> {
  readonly workspace: Workspace;
  /** Options from configuration (rules document their own). */
  readonly options: Readonly<Record<string, unknown>>;
  report(report: RuleReport<M>): void;
}

/** A lint rule. */
export interface LintRule<M extends string = string> {
  /** Kebab-case id; equals the file name. */
  readonly id: string;
  readonly meta: RuleMeta<M>;
  /**
   * Loads what `check` needs that is costly to load, only when the workspace needs it (the CEL
   * analyzer when there are expressions). The engine awaits every active rule's `prepare`
   * before the first `check`; rules themselves stay synchronous.
   */
  prepare?(workspace: Workspace): Promise<void>;
  /** Runs once over the whole workspace (every rule may be cross-file). */
  check(context: RuleContext<M>): void;
}

/** Declares a rule (identity function that fixes the message id type). */
export function defineRule<M extends string>(rule: LintRule<M>): LintRule<M> {
  return rule;
}

/** Fills `{{name}}` placeholders. */
export function fillTemplate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, k: string) => (k in data ? String(data[k]) : whole));
}
