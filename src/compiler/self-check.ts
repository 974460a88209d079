/**
 * The self-check "every artifact passes `tpc lint` with zero errors". The lint engine lives in
 * `src/rules`, which imports the compiler; so the compiler reaches it only through a dynamic
 * `import()` here, and only callers that want the check (the CLI, tests) load it.
 *
 * Lint errors on generated output are compiler bugs (TPC3002), except those located in a
 * user-written `action` (the escape hatch), which are the user's (TPC2084), or in the condition
 * of an `action … when "…"` (TPC2087). Warnings and infos
 * are passed through unchanged: they are advice about the source.
 *
 * Speed (a fleet of 1,000 sites has ~5,000 artifacts):
 * - the documents are the compiled values themselves, never re-serialised or re-parsed;
 * - sites are linted in chunks of {@link CHUNK_SITES}: no artifact of one site refers to
 *   another site (internal URLs are `<service>.<site>.internal`, forwards stay in their site,
 *   and the compiler itself rejects public URLs or bind patterns shared between sites), so
 *   cross-file rules lose nothing, while rules that compare every endpoint with every other
 *   stay linear in the fleet;
 * - the `schema` rule is skipped: `compile()` already validated every artifact with the same
 *   validators;
 * - rules marked `documentLocal` (src/rules/rule.ts) judge an artifact by its shape
 *   (src/compiler/artifact-shape.ts), which the sites of a template share: they run once per
 *   shape, on the first artifacts of that shape, and again on later ones only while some artifact
 *   of the shape had a finding from them. Every other rule sees every artifact.
 */

import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage } from '../diagnostics/messages.js';
import type { SourceDocument } from '../ngrok/load.js';
import { ArtifactShapes } from './artifact-shape.js';
import { primeLintBridge } from './lint-bridge.js';
import { CompilerMessages as M } from './messages.js';
import type { AgentConfig } from '../ngrok/types.js';
import type { CloudEndpointArtifact, CompileResult } from './types.js';

/** Sites linted together in one engine run. */
export const CHUNK_SITES = 25;

/** Engine code of an inline suppression that matched nothing (per run, so judged over all chunks). */
const UNUSED_SUPPRESSION = 'TPC4004';

/**
 * Lints the artifacts of a successful compilation. Returns the findings, with error-level ones
 * turned into TPC3002/TPC2084. Never throws: a failure of the linter itself becomes TPC3003.
 *
 * @param file - the main `.tpc` path given to `compile()`.
 * @param text - its source text (inline `# tpc-disable-next-line` comments in it apply).
 */
export async function lintCompiled(result: CompileResult, file: string, text: string): Promise<Diagnostic[]> {
  if (result.emitSkipped) return [];
  const check = new SelfCheck(file, text);
  await check.add(result);
  return check.finish();
}

interface Linter {
  engine: typeof import('../rules/engine.js');
  /** Every rule but `schema` (compile() already validated every artifact with the same validators). */
  registry: import('../rules/rule.js').LintRule[];
  /** Ids of the posture rules (see {@link classify}). */
  posture: ReadonlySet<string>;
  /** Rule settings that turn the `documentLocal` rules off, and that turn every other rule off. */
  offLocal: Record<string, 'off'>;
  offOthers: Record<string, 'off'>;
}

async function loadLinter(): Promise<Linter> {
  const engine = (await import('../rules/engine.js')) as typeof import('../rules/engine.js');
  const { RULES } = (await import('../rules/index.js')) as typeof import('../rules/index.js');
  const registry = RULES.filter((r) => r.id !== 'schema');
  const offLocal: Record<string, 'off'> = {};
  const offOthers: Record<string, 'off'> = {};
  for (const r of registry) (r.meta.documentLocal ? offLocal : offOthers)[r.id] = 'off';
  return { engine, registry, posture: new Set(RULES.filter((r) => r.meta.category === 'posture').map((r) => r.id)), offLocal, offOthers };
}

/** Options of a {@link SelfCheck}. @internal */
export interface SelfCheckOptions {
  /** Run `documentLocal` rules once per artifact shape (default true; false runs every rule on every artifact, for tests). */
  shareShapes?: boolean;
}

/**
 * The self-check of a compilation whose artifacts arrive in parts (`compileInChunks`): each
 * part is linted when it arrives, and {@link SelfCheck.finish} gives the findings of all of them,
 * as {@link lintCompiled} would for the whole result.
 * @internal
 */
export class SelfCheck {
  private readonly found: Diagnostic[] = [];
  private readonly unused = new Map<string, { d: Diagnostic; n: number }>();
  private readonly seen = new Set<string>();
  private runs = 0;
  private failure: Diagnostic | undefined;
  /** The lint engine and rules, loaded on the first part (a part arrives every few sites). */
  private linter: Linter | undefined;

  /** Artifact shapes, and those on which the `documentLocal` rules found nothing. */
  private readonly shapes = new ArtifactShapes();
  private readonly cleanShapes = new Set<number>();
  private readonly shareShapes: boolean;

  constructor(
    private readonly file: string,
    private readonly text: string,
    options: SelfCheckOptions = {},
  ) {
    this.shareShapes = options.shareShapes ?? true;
  }

  /** Lints the sites of `result` (in runs of {@link CHUNK_SITES}). Never throws. */
  async add(result: CompileResult): Promise<void> {
    if (this.failure || result.emitSkipped) return;
    try {
      const linter = (this.linter ??= await loadLinter());
      const chunks: CompileResult['sites'][] = [];
      for (let i = 0; i < result.sites.length; i += CHUNK_SITES) chunks.push(result.sites.slice(i, i + CHUNK_SITES));
      if (chunks.length === 0 && this.runs === 0) chunks.push([]);
      for (const sites of chunks) {
        if (!this.shareShapes) {
          await this.run(linter, result, sites, {});
          continue;
        }
        await this.run(linter, result, sites, linter.offLocal);
        // The document-local rules, over the artifacts of shapes not yet seen clean. A finding is
        // known by its document: an agent config's value is the config, a cloud endpoint's holds
        // its policy (should two artifacts share one such object, a finding dirties both shapes).
        const novel = new Map<object, number[]>();
        const note = (by: object, shape: number): boolean => {
          if (this.cleanShapes.has(shape)) return false;
          const list = novel.get(by);
          if (list) list.push(shape);
          else novel.set(by, [shape]);
          return true;
        };
        const kept = new Set<object>();
        for (const site of sites) {
          for (const config of [site.agentConfig, site.failoverConfig, site.onDemandConfig]) {
            if (config && note(config, this.shapes.agentConfig(config, site.origin.file))) kept.add(config);
          }
          for (const ep of site.endpoints) if (note(ep.policy, this.shapes.endpoint(ep, ep.origin.file))) kept.add(ep);
        }
        if (kept.size === 0) continue;
        const dirty = new Set<number>();
        await this.run(
          linter,
          result,
          sites,
          linter.offOthers,
          (doc) => {
            const v = doc.value as { traffic_policy?: unknown } | null;
            for (const by of [v, v?.traffic_policy]) {
              if (by !== null && typeof by === 'object') for (const shape of novel.get(by) ?? []) dirty.add(shape);
            }
          },
          (artifact) => kept.has(artifact),
        );
        for (const shapes of novel.values()) for (const shape of shapes) if (!dirty.has(shape)) this.cleanShapes.add(shape);
      }
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      this.failure = createDiagnostic({ code: M.internalError.code, severity: 'error', message: formatMessage(M.internalError.template, [`the lint self-check failed: ${msg}`]), file: this.file });
    }
  }

  /** One engine run over `sites` with the given rules turned off; its findings are kept. */
  private async run(
    linter: Linter,
    result: CompileResult,
    sites: CompileResult['sites'],
    off: Record<string, 'off'>,
    observe?: (doc: SourceDocument) => void,
    keep?: (artifact: AgentConfig | CloudEndpointArtifact) => boolean,
  ): Promise<void> {
    primeLintBridge(this.file, this.text, { ...result, sites }, keep);
    const r = await linter.engine.lint([{ path: this.file, text: this.text }], { registry: linter.registry, rules: off, ...(observe ? { observe } : {}) });
    this.runs++;
    const fresh: Diagnostic[] = [];
    for (const d of r.diagnostics) {
      const key = `${d.file}\0${d.range.start.offset}\0${d.range.end.offset}\0${d.code}\0${d.message}`;
      if (d.code === UNUSED_SUPPRESSION) {
        const u = this.unused.get(key);
        if (u) u.n++;
        else this.unused.set(key, { d, n: 1 });
        continue;
      }
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      fresh.push(d);
    }
    // Errors are classified against this part's source maps (their findings are located there).
    for (const d of classify(fresh, result, linter.posture)) this.found.push(d);
  }

  /** True once an error-level finding (or a failure of the check) is known. */
  get failed(): boolean {
    return this.failure !== undefined || this.found.some((d) => d.severity === 'error' && !d.suppressed);
  }

  /** Every finding so far; a suppression counts as unused only when no part used it. */
  finish(): Diagnostic[] {
    if (this.failure) return [this.failure];
    const out = [...this.found];
    for (const { d, n } of this.unused.values()) if (n === this.runs) out.push(d);
    return out;
  }
}

/**
 * Error-level lint findings on generated output become TPC3002 (a compiler bug), TPC2084 (inside an
 * `action` the user wrote) or TPC2087 (inside the condition of an `action … when "…"`). Findings
 * of the posture rules (`unprotected-tcp`, …) judge what the source asks for (`allow anyone` on a
 * TCP exposure), not how it was compiled: they stay as they are, as `tpc lint` reports them on the
 * source, and a `# tpc-disable-next-line <rule> -- <reason>` there suppresses them.
 */
function classify(found: Diagnostic[], result: CompileResult, posture: ReadonlySet<string>): Diagnostic[] {
  // Ranges of user-written actions and conditions, collected only when some error needs
  // classifying (the usual clean run walks no source map).
  let userRanges: Map<string, 'action' | 'condition'> | undefined;
  const userRangesOf = (): Map<string, 'action' | 'condition'> => {
    if (userRanges) return userRanges;
    userRanges = new Map();
    for (const map of result.sourceMap.values()) {
      for (const loc of map.values()) {
        if (!loc.user) continue;
        const key = `${loc.file}\0${loc.range.start.offset}\0${loc.range.end.offset}`;
        if (loc.condition) userRanges.set(key, 'condition');
        else if (!userRanges.has(key)) userRanges.set(key, 'action');
      }
    }
    return userRanges;
  };
  return found.map((d) => {
    if (d.suppressed || d.severity !== 'error' || d.code.startsWith('TPC') || posture.has(d.code)) return d;
    const user = userRangesOf().get(`${d.file}\0${d.range.start.offset}\0${d.range.end.offset}`);
    const msg = user === 'condition' ? M.conditionInvalid : user === 'action' ? M.actionInvalid : M.lintBug;
    const args = user ? [`${d.message} (${d.code})`] : [d.code, d.message.replace(/\.?$/, '.')];
    return createDiagnostic({ code: msg.code, severity: 'error', message: formatMessage(msg.template, args), file: d.file, range: d.range, ...(d.related ? { related: d.related } : {}) });
  });
}
