/**
 * `compile()`: `.tpc` source → validated ngrok artifacts for a whole fleet.
 *
 * Pipeline: load (parse the main file and its imports) → resolve (names, templates, sites,
 * defaults) → compile policies per public URL → emit artifacts and files → validate every
 * artifact against the JSON Schemas. Output is skipped when any error-level diagnostic exists.
 * @internal
 */

import { compareDiagnostics, createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage } from '../diagnostics/messages.js';
import type { DesiredEndpoint } from '../ngrok/endpoint-spec.js';
import { validateSchema, type SchemaIssue, type SchemaKind } from '../ngrok/schema.js';
import { Context, didYouMean } from './context.js';
import { emitSite, type EmittedSite, type OutFile } from './emit.js';
import { loadProgram } from './load.js';
import { CompilerMessages as M } from './messages.js';
import { compileSitePolicies } from './policy.js';
import { resolveProgram } from './resolve.js';
import { locateInMap } from './source-map.js';
import type { SiteIR } from './ir.js';
import type { CompileOptions, CompileResult, Manifest, ManifestEntry, SiteArtifacts, SourceLocation } from './types.js';

function emptyResult(ctx: Context, source: string): CompileResult {
  return {
    sites: [],
    manifest: { ...manifestOf(source, []), desired: [] },
    files: new Map(),
    sourceMap: new Map(),
    diagnostics: finish(ctx.diagnostics),
    emitSkipped: true,
    sources: ctx.sources,
  };
}

/** Sorts and removes exact duplicates (a template problem is found once per instantiating site). */
function finish(diags: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const d of [...diags].sort(compareDiagnostics)) {
    const k = `${d.file}\0${d.range.start.offset}\0${d.range.end.offset}\0${d.code}\0${d.message}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(d);
  }
  return out;
}

/**
 * Compiles a `.tpc` program (and the files it imports, its CA files and sites files) into ngrok
 * artifacts for every site: agent configs (ngrok.yml v3), cloud endpoint create bodies with
 * their Traffic Policy (also as YAML), authtoken ACLs, READMEs and the manifest the applier
 * reads. Every artifact is validated with the JSON Schemas.
 *
 * @param source - the text of the main `.tpc` file.
 * @param options - `file` (its path; imports resolve relative to it), `readFile` (default: the
 * local file system), `site` (emit only that site), `env` (reserved).
 * @returns The artifacts in memory (`sites`, `files` by relative path, `manifest`,
 * `sourceMap` from JSON Pointers to DSL ranges) and every diagnostic: TPC1xxx (syntax),
 * TPC2xxx (semantics), TPC3xxx (output validation; a compiler bug). When any diagnostic is an
 * error, `emitSkipped` is true and no artifact is returned.
 * @throws Never for user input; an unexpected failure inside the compiler becomes TPC3003.
 * The lint self-check is separate: `lintCompiled()` (src/compiler/self-check.ts).
 *
 * @example
 * ```ts
 * const r = compile(text, { file: 'clinics.tpc' });
 * if (!r.emitSkipped) for (const [path, content] of r.files) write(path, content);
 * ```
 */
export function compile(source: string, options: CompileOptions = {}): CompileResult {
  const ctx = new Context(options);
  const sourceName = ctx.display(ctx.mainFile);
  try {
    return compileIn(ctx, source, options, sourceName);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    ctx.diagnostics.push(createDiagnostic({ code: M.internalError.code, severity: 'error', message: formatMessage(M.internalError.template, [msg]), file: ctx.mainFile }));
    return emptyResult(ctx, sourceName);
  }
}

/** Parses, resolves and sorts the sites; undefined (with diagnostics) when nothing can be emitted. */
function prepare(ctx: Context, text: string, options: CompileOptions): SiteIR[] | undefined {
  const program = loadProgram(ctx, text);
  if (program.parseErrors || ctx.hasErrors()) return undefined;
  const { sites } = resolveProgram(ctx, program);
  sites.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (sites.length === 0 && !ctx.hasErrors()) ctx.report(M.noSites, { file: ctx.mainFile }, []);
  if (options.site !== undefined && !sites.some((s) => s.name === options.site)) {
    const near = didYouMean(options.site, sites.map((s) => s.name));
    ctx.report(M.unknownSite, { file: ctx.mainFile }, [options.site], near ? { hint: near } : {});
  }
  return sites;
}

function compileIn(ctx: Context, text: string, options: CompileOptions, sourceName: string): CompileResult {
  const sites = prepare(ctx, text, options);
  if (!sites) return emptyResult(ctx, sourceName);
  const emitted: EmittedSite[] = [];
  for (const site of sites) {
    const policies = compileSitePolicies(ctx, site);
    if (ctx.hasErrors()) continue;
    if (options.site !== undefined && site.name !== options.site) continue;
    emitted.push(emitSite(ctx, site, policies, sourceName));
  }
  if (ctx.hasErrors()) return emptyResult(ctx, sourceName);
  validateEmitted(ctx, emitted);
  if (ctx.hasErrors()) return emptyResult(ctx, sourceName);
  const chunk = assemble(emitted);
  const manifest = manifestOf(sourceName, chunk.entries);
  const files = new Map<string, string>();
  let manifestAdded = false;
  for (const [path, content] of chunk.files) {
    // manifest.json sorts between the site folders (by path).
    if (!manifestAdded && 'manifest.json' < path) {
      files.set('manifest.json', manifestText(manifest));
      manifestAdded = true;
    }
    files.set(path, content);
  }
  if (!manifestAdded) files.set('manifest.json', manifestText(manifest));
  return {
    sites: chunk.sites,
    manifest: { ...manifest, desired: chunk.desired },
    files,
    sourceMap: chunk.sourceMap,
    diagnostics: finish(ctx.diagnostics),
    emitSkipped: false,
    sources: ctx.sources,
  };
}

function manifestOf(source: string, endpoints: ManifestEntry[]): Manifest {
  return { version: 1, generator: 'tpc', source, endpoints };
}

/** Orders manifest entries and desired endpoints by key (code-unit order, as every output list). */
function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function manifestText(manifest: Manifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}

/** Artifacts of some emitted sites, as files (sorted by path), source maps and manifest entries. */
interface Assembled {
  sites: SiteArtifacts[];
  files: Map<string, string>;
  sourceMap: Map<string, ReadonlyMap<string, SourceLocation>>;
  entries: ManifestEntry[];
  desired: DesiredEndpoint[];
}

function assemble(emitted: EmittedSite[]): Assembled {
  const entries: ManifestEntry[] = [];
  const desired: DesiredEndpoint[] = [];
  const all: OutFile[] = [];
  for (const e of emitted) {
    for (const f of e.files) all.push(f);
    for (const en of e.entries) entries.push(en);
    for (const ep of e.artifacts.endpoints) desired.push(ep.desired);
  }
  entries.sort(byKey);
  desired.sort(byKey);
  all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const files = new Map<string, string>();
  const sourceMap = new Map<string, ReadonlyMap<string, SourceLocation>>();
  for (const f of all) {
    files.set(f.path, f.content);
    if (f.map) sourceMap.set(f.path, f.map);
  }
  return { sites: emitted.map((e) => e.artifacts), files, sourceMap, entries, desired };
}

/** What {@link compileInChunks} returns once every chunk was handed over. */
export interface ChunkedCompileSummary {
  /** Every diagnostic of the compilation (as `compile()` reports them), sorted. */
  diagnostics: Diagnostic[];
  /** True when an error stopped the output (chunks already handed over must be discarded). */
  emitSkipped: boolean;
  /** `manifest.json` (the last file to write), when not skipped. */
  manifestFile?: { path: 'manifest.json'; content: string };
  manifest: Manifest;
  sites: number;
  files: number;
  sources: Map<string, string>;
}

/**
 * `compile()` for a caller that writes the output as it goes (`tpc compile`): the artifacts are
 * handed to `onChunk` a few sites at a time, as a `CompileResult` holding just those sites, and
 * are not kept, so memory holds a few sites rather than the fleet (1,000 clinics: peak RSS
 * ~130 MB instead of ~280 MB for `tpc compile`).
 *
 * Diagnostics are the same as `compile()`'s. An error can appear after some chunks were handed
 * over (a later site fails to compile or validate); the summary then says `emitSkipped`, and
 * the caller discards what it received. Chunks stop once any error is known.
 * @internal
 */
export async function compileInChunks(source: string, options: CompileOptions, chunkSites: number, onChunk: (chunk: CompileResult) => void | Promise<void>): Promise<ChunkedCompileSummary> {
  const ctx = new Context(options);
  const sourceName = ctx.display(ctx.mainFile);
  const skipped = (): ChunkedCompileSummary => ({ diagnostics: finish(ctx.diagnostics), emitSkipped: true, manifest: manifestOf(sourceName, []), sites: 0, files: 0, sources: ctx.sources });
  try {
    const sites = prepare(ctx, source, options);
    if (!sites) return skipped();
    const entries: ManifestEntry[] = [];
    let pending: EmittedSite[] = [];
    let siteCount = 0;
    let fileCount = 0;
    // As in compile(): output validation problems are reported only when the sources compiled
    // without errors, and do not stop later sites from being emitted and validated.
    const validation: Diagnostic[] = [];
    let invalid = false;
    const flush = async () => {
      if (pending.length === 0) return;
      const before = ctx.diagnostics.length;
      validateEmitted(ctx, pending);
      const added = ctx.diagnostics.splice(before);
      for (const d of added) validation.push(d);
      if (added.some((d) => d.severity === 'error')) invalid = true;
      const chunk = assemble(pending);
      pending = [];
      if (invalid || ctx.hasErrors()) return;
      for (const e of chunk.entries) entries.push(e);
      siteCount += chunk.sites.length;
      fileCount += chunk.files.size;
      const handed: CompileResult = {
        sites: chunk.sites,
        manifest: { ...manifestOf(sourceName, chunk.entries), desired: chunk.desired },
        files: chunk.files,
        sourceMap: chunk.sourceMap,
        diagnostics: [],
        emitSkipped: false,
        sources: ctx.sources,
      };
      try {
        await onChunk(handed);
      } catch (e) {
        throw new ConsumerFailure(e);
      }
    };
    for (const site of sites) {
      const policies = compileSitePolicies(ctx, site);
      if (ctx.hasErrors()) continue;
      if (options.site !== undefined && site.name !== options.site) continue;
      pending.push(emitSite(ctx, site, policies, sourceName));
      if (pending.length >= chunkSites) await flush();
    }
    if (!ctx.hasErrors()) await flush();
    if (ctx.hasErrors()) return skipped();
    for (const d of validation) ctx.diagnostics.push(d);
    if (invalid) return skipped();
    entries.sort(byKey);
    const manifest = manifestOf(sourceName, entries);
    return {
      diagnostics: finish(ctx.diagnostics),
      emitSkipped: false,
      manifestFile: { path: 'manifest.json', content: manifestText(manifest) },
      manifest,
      sites: siteCount,
      files: fileCount + 1,
      sources: ctx.sources,
    };
  } catch (e) {
    if (e instanceof ConsumerFailure) throw e.reason; // the caller's own failure (a write error) is the caller's to report
    const msg = e instanceof Error ? e.message : String(e);
    ctx.diagnostics.push(createDiagnostic({ code: M.internalError.code, severity: 'error', message: formatMessage(M.internalError.template, [msg]), file: ctx.mainFile }));
    return skipped();
  }
}

/** Wraps what `onChunk` threw, so it is not mistaken for a compiler failure. */
class ConsumerFailure {
  constructor(readonly reason: unknown) {}
}

/**
 * Validates every artifact with the JSON Schemas. A problem inside a user-written `action`
 * is the user's (TPC2084, at the action); anything else is a compiler bug (TPC3001).
 */
function validateEmitted(ctx: Context, emitted: EmittedSite[]): void {
  for (const e of emitted) {
    const maps = new Map(e.files.map((f) => [f.path, f.map]));
    const site = e.artifacts.name;
    const check = (kind: SchemaKind, value: unknown, file: string, label: string, prefix: (string | number)[] = []) => {
      const issues = validateSchema(kind, value);
      if (issues.length === 0) return;
      const map = maps.get(file);
      for (const issue of dedupeIssues(issues)) report(ctx, issue, map ? locateInMap(map, [...prefix, ...issue.path]) : undefined, kind, label);
    };
    check('agent-config', e.artifacts.agentConfig, `${site}/ngrok.yml`, `${site}/ngrok.yml`);
    if (e.artifacts.failoverConfig) check('agent-config', e.artifacts.failoverConfig, `${site}/ngrok-failover.yml`, `${site}/ngrok-failover.yml`);
    if (e.artifacts.onDemandConfig) check('agent-config', e.artifacts.onDemandConfig, `${site}/ngrok-on-demand.yml`, `${site}/ngrok-on-demand.yml`);
    for (const ep of e.artifacts.endpoints) {
      const file = `${site}/endpoints/${ep.name}.json`;
      check('traffic-policy', ep.policy, file, `${site}/endpoints/${ep.name}.policy.yaml`, ['traffic_policy']);
      check('cloud-endpoint', ep.desired.body, file, file);
    }
  }
}

function dedupeIssues(issues: SchemaIssue[]): SchemaIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const k = `${i.path.join('/')}\0${i.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function report(ctx: Context, issue: SchemaIssue, at: SourceLocation | undefined, kind: SchemaKind, label: string): void {
  const where = at ?? { file: ctx.mainFile };
  if (at?.user) {
    // The schema's message starts with the policy path ("on_http_request[0].actions[1] (rate-limit): ");
    // the diagnostic points at the action in the source, so that prefix only confuses.
    ctx.report(M.actionInvalid, at, [issue.message.replace(/^\S+ \([^)]*\): /, '').replace(/\.?$/, '.')]);
    return;
  }
  ctx.report(M.schemaBug, where, [kind, label, '/' + issue.path.join('/'), issue.message.replace(/\.?$/, '.')]);
}
