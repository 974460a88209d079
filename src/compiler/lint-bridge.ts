/**
 * Bridge from the lint engine to the `.tpc` compiler: compiles a source and returns its
 * artifacts as documents whose positions map back to the DSL, so `tpc lint clinics.tpc` reports
 * findings on generated ngrok.yml files and cloud endpoints at the line that produced them.
 *
 * Each artifact becomes one {@link SourceDocument}: agent configs (`agent-config`) and cloud
 * endpoint bodies (`cloud-endpoint`). A cloud endpoint's `traffic_policy` is given as the policy
 * object itself (the schema accepts both forms; the emitted JSON carries the same policy as
 * canonical JSON text), so the linter needs no re-parsing and every rule and action has its own
 * source position. Documents are not editable (`editable: false`): fixes apply to the DSL, not
 * to generated files. `file` is the `.tpc` file holding the statement that produced the artifact
 * (the `expose` of a cloud endpoint, the `site` of an agent config); `locate(path)` returns the
 * range recorded for the nearest ancestor of `path` in that file.
 */

import type { Diagnostic, Range } from '../diagnostics/diagnostic.js';
import { LineMap } from '../diagnostics/text.js';
import type { DocumentKind, LocatePart, Path, SourceDocument } from '../ngrok/load.js';
import { compile } from './compile.js';
import { locateInMap } from './source-map.js';
import type { AgentConfig } from '../ngrok/types.js';
import type { CloudEndpointArtifact, CompileResult, SourceLocation } from './types.js';

class ArtifactDocument implements SourceDocument {
  readonly editable = false;
  readonly lineMap: LineMap;
  constructor(
    readonly file: string,
    readonly text: string,
    lineMap: LineMap,
    public kind: DocumentKind,
    readonly format: 'yaml' | 'json',
    readonly index: number,
    readonly value: unknown,
    private readonly map: ReadonlyMap<string, SourceLocation>,
    private readonly root: SourceLocation,
    readonly site: string,
  ) {
    this.lineMap = lineMap;
  }

  locate(path: Path, _part?: LocatePart): Range {
    return (locateInMap(this.map, path, this.file) ?? this.root).range;
  }

  span(): undefined {
    return undefined;
  }
}

/**
 * The artifacts of a compilation as lint documents (none when the output was skipped).
 * @param result - what `compile()` returned.
 */
export function artifactDocuments(result: CompileResult, keep?: (artifact: AgentConfig | CloudEndpointArtifact) => boolean): SourceDocument[] {
  const docs: SourceDocument[] = [];
  const lineMaps = new Map<string, LineMap>();
  const indexes = new Map<string, number>();
  const make = (kind: DocumentKind, format: 'yaml' | 'json', value: unknown, mapPath: string, root: SourceLocation, site: string) => {
    const map = result.sourceMap.get(mapPath) ?? new Map<string, SourceLocation>();
    const text = result.sources.get(root.file) ?? '';
    let lm = lineMaps.get(root.file);
    if (!lm) {
      lm = new LineMap(text);
      lineMaps.set(root.file, lm);
    }
    const index = indexes.get(root.file) ?? 0;
    indexes.set(root.file, index + 1);
    const doc = new ArtifactDocument(root.file, text, lm, kind, format, index, value, map, root, site);
    docs.push(doc);
  };
  for (const site of result.sites) {
    if (!keep || keep(site.agentConfig)) make('agent-config', 'yaml', site.agentConfig, `${site.name}/ngrok.yml`, site.origin, site.name);
    if (site.failoverConfig && (!keep || keep(site.failoverConfig))) make('agent-config', 'yaml', site.failoverConfig, `${site.name}/ngrok-failover.yml`, site.origin, site.name);
    if (site.onDemandConfig && (!keep || keep(site.onDemandConfig))) make('agent-config', 'yaml', site.onDemandConfig, `${site.name}/ngrok-on-demand.yml`, site.origin, site.name);
    for (const ep of site.endpoints) {
      if (keep && !keep(ep)) continue;
      const value = { ...ep.desired.body, traffic_policy: ep.policy };
      make('cloud-endpoint', 'json', value, `${site.name}/endpoints/${ep.name}.json`, ep.origin, site.name);
    }
  }
  return docs;
}

let primed: { path: string; text: string; result: CompileResult; keep: ((artifact: AgentConfig | CloudEndpointArtifact) => boolean) | undefined } | undefined;

/**
 * Hands an already compiled result to the next {@link loadTpcForLint} call for the same path
 * and text, so `tpc compile` can lint its own output without compiling twice; with `keep`, only
 * the artifacts it keeps. The primed result's diagnostics are not repeated by the bridge.
 * @internal
 */
export function primeLintBridge(path: string, text: string, result: CompileResult, keep?: (artifact: AgentConfig | CloudEndpointArtifact) => boolean): void {
  primed = { path, text, result, keep };
}

/**
 * Loads a `.tpc` file for linting: the parse and compile diagnostics, plus the artifacts as
 * documents mapped into the DSL. Never throws for bad input.
 */
export async function loadTpcForLint(path: string, text: string): Promise<{ documents: SourceDocument[]; diagnostics: Diagnostic[] }> {
  if (primed && primed.path === path && primed.text === text) {
    const { result, keep } = primed;
    primed = undefined;
    return { documents: artifactDocuments(result, keep), diagnostics: [] };
  }
  const result = compile(text, { file: path });
  return { documents: artifactDocuments(result), diagnostics: result.diagnostics };
}
