/**
 * traffic-policy-compiler: the library behind the `tpc` command.
 *
 * Explicit named exports only (no `export *`), types with `export type`. Every function says
 * when it throws; none throws for bad user input, which always comes back as diagnostics.
 *
 * @packageDocumentation
 */

import { lint as engineLint, type LintInput, type LintOptions, type LintResult } from './rules/engine.js';
import { createBaseline as buildBaseline, validateBaseline as checkBaseline, type Baseline } from './rules/baseline.js';
import type { Diagnostic } from './diagnostics/diagnostic.js';

export type { Diagnostic, Fix, Position, Range, RelatedInformation, Severity, Suppression, TextEdit } from './diagnostics/diagnostic.js';
export type { LintInput, LintOptions, LintResult, RuleSetting } from './rules/engine.js';
export type { Baseline, BaselineEntry } from './rules/baseline.js';
export type { DocumentKind } from './ngrok/load.js';
export { compile } from './compiler/compile.js';
export { lintCompiled } from './compiler/self-check.js';
export type { AuthtokenAcl, CloudEndpointArtifact, CompileOptions, CompileResult, Manifest, ManifestEntry, SiteArtifacts, SourceLocation, SourceMap } from './compiler/types.js';
export { importNgrok } from './import/import.js';
export type { ImportFile, ImportOptions, ImportResult, UnsupportedItem } from './import/import.js';
export { simulate, prepare as prepareSimulator } from './sim/simulate.js';
export type { Simulator, SimulateOptions } from './sim/simulate.js';
export type { BasicCredentials, ClientCertificate, CredentialState, ExpressionValue, JwtDescription, LoginSession, Outcome, SimEndpoint, SimRequest, SimResult, TlsVersionName, TraceStep, World } from './sim/types.js';
export { decide, prepareDecider } from './sim/decide.js';
export type { DecideOptions, Decider, Decision } from './sim/decide.js';
export { worldFromCompile } from './sim/world.js';
export type { CompiledWorld } from './sim/world.js';
export type { OutcomeClass } from './sim/outcome.js';
export { LEGACY_PHASES, PHASES } from './ngrok/types.js';
export type { Action, AgentConfig, AgentEndpoint, AgentUpstream, CloudEndpointCreate, LegacyPhase, Phase, Rule, TrafficPolicy } from './ngrok/types.js';
export type { DesiredEndpoint } from './ngrok/endpoint-spec.js';
export type { Activation } from './ngrok/cel/activation.js';
export { plan } from './apply/plan.js';
export type { EndpointField, FieldChange, OrphanEndpoint, Plan, PlanAction, PlanItem, PlanOptions, PlanSummary, UnmanagedEndpoint } from './apply/plan.js';
export { apply } from './apply/apply.js';
export type { ApplyCounts, ApplyError, ApplyEvent, ApplyOptions, ApplyResult, ItemResult } from './apply/apply.js';
export { NgrokApiError, NgrokClient } from './apply/client.js';
export type { ClientStats, EndpointsApi, NgrokApiErrorKind, NgrokClientOptions, RequestEvent, RetryEvent } from './apply/client.js';
export type { Clock } from './apply/limiter.js';
export type { Endpoint, EndpointUpdate, Ref, ReservedAddr, ReservedDomain } from './apply/types.js';
export { loadManifest } from './apply/desired.js';
export type { LoadManifestResult } from './apply/desired.js';

/**
 * Lints ngrok configuration: Traffic Policy files, ngrok.yml agent configs, cloud endpoint
 * bodies and `.tpc` sources, all together (cross-file rules such as `forward-internal-target`
 * and `shared-internal-url` see every input).
 *
 * Each input is a path (read from disk) or `{ path, text }` / `{ path, bytes }` (nothing is
 * read; `path` is only the name reported). The document kind is detected from content unless
 * `kind` is given.
 *
 * @returns Every finding, sorted by file and position: rule findings (`code` is the rule id),
 * loader findings (`TPC0xxx`: syntax errors, invalid UTF-8, binary content, alias bombs, files
 * over 10 MiB, nesting too deep) and suppression problems (`TPC400x`). Findings suppressed by an
 * inline `# tpc-disable-next-line <rule> -- <reason>` comment or by `options.baseline` are kept,
 * marked with `suppressed: { kind, reason }`. `sources` holds each file's text (for code
 * frames); with `options.fix`, `fixed` holds the new text of every file a fix changed (nothing
 * is written to disk) and `diagnostics` are those of the fixed text.
 *
 * @throws Never for user input: unreadable or missing files, syntax errors and hostile content
 * all come back as diagnostics, and a crashing rule becomes a `TPC4001` diagnostic. The
 * promise rejects only on misuse of the API, such as a `baseline` that is not a
 * {@link Baseline} (check parsed files with {@link validateBaseline}).
 *
 * @example
 * ```ts
 * const { diagnostics } = await lint(['policy.yml', { path: 'ngrok.yml', text }]);
 * const failed = diagnostics.some((d) => d.severity === 'error' && !d.suppressed);
 * ```
 */
export function lint(inputs: readonly (string | LintInput)[], options: LintOptions = {}): Promise<LintResult> {
  return engineLint(inputs, options);
}

/**
 * Builds a baseline (the content of a `tpc-baseline.json`) from a lint run: one entry per
 * unsuppressed finding, each carrying `reason`. Pass it back as `options.baseline` to suppress
 * those findings in later runs; a finding is matched by file, code, message and the text of its
 * line, so edits elsewhere in the file do not break the match.
 *
 * @param sources - `LintResult.sources` of the same run (the line text is part of the match).
 * @param reason - Why the findings are accepted; required (it is printed with every suppressed
 * security finding).
 * @returns A baseline with `version: 1`.
 * @throws Never.
 */
export function createBaseline(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>, reason: string): Baseline {
  return buildBaseline(diagnostics, sources, reason);
}

/**
 * Checks that a parsed JSON value is a {@link Baseline}.
 *
 * @returns `undefined` when it is one, else a sentence saying what is wrong.
 * @throws Never.
 */
export function validateBaseline(value: unknown): string | undefined {
  return checkBaseline(value);
}
