/**
 * SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers).
 *
 * One run; `tool.driver.rules` lists every registered rule (and the catalogue codes that
 * occur), with `helpUri` pointing at `docs/rules/<id>.md`. Every finding is a result, with a
 * 1-based region; suppressed findings carry `suppressions` with the reason as `justification`
 * (`inSource` for an inline comment, `external` for the baseline), so viewers show them as
 * suppressed rather than dropping them. File URIs are relative to `%SRCROOT%` (the working
 * directory) when the file is inside it.
 */

import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic, Severity } from '../../src/diagnostics/diagnostic.js';
import { fingerprint } from '../../src/rules/baseline.js';
import { STDIN_PATH, type FormatContext, type RuleInfo } from './types.js';

type Level = 'error' | 'warning' | 'note';

function level(s: Severity): Level {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** A relative URI reference for a path under the working directory, else an absolute file URI. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  if (file === STDIN_PATH) return { uri: encodeURIComponent(file) };
  const abs = isAbsolute(file) ? file : resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (rel && !rel.startsWith('..') && !isAbsolute(rel)) {
    return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
  }
  return { uri: pathToFileURL(abs).href };
}

function descriptor(info: RuleInfo): Record<string, unknown> {
  const d: Record<string, unknown> = {
    id: info.id,
    shortDescription: { text: info.description },
  };
  if (info.helpUri) d['helpUri'] = info.helpUri;
  d['defaultConfiguration'] = { level: level(info.severity) };
  const tags: string[] = [];
  if (info.category) tags.push(info.category);
  if (info.requiresReason) tags.push('security');
  if (tags.length > 0 || info.fixable) d['properties'] = { ...(tags.length > 0 ? { tags } : {}), ...(info.fixable ? { fixable: true } : {}) };
  return d;
}

/** The SARIF log as an object (what {@link sarif} serialises). */
export function sarifLog(diagnostics: readonly Diagnostic[], ctx: FormatContext): Record<string, unknown> {
  const rules: Record<string, unknown>[] = [];
  const index = new Map<string, number>();
  const addRule = (info: RuleInfo) => {
    if (index.has(info.id)) return;
    index.set(info.id, rules.length);
    rules.push(descriptor(info));
  };
  // Registered rules first (in registry order), then catalogue codes as they occur.
  for (const info of ctx.rules.values()) if (!/^TPC\d{4}$/.test(info.id)) addRule(info);
  for (const d of diagnostics) addRule(ctx.rules.get(d.code) ?? { id: d.code, description: `tpc diagnostic ${d.code}.`, severity: d.severity });

  const results = diagnostics.map((d) => {
    const location = artifactLocation(d.file, ctx.cwd);
    const r: Record<string, unknown> = {
      ruleId: d.code,
      ruleIndex: index.get(d.code)!,
      level: level(d.severity),
      message: { text: d.message + (d.hint ? ` ${d.hint}` : '') },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location,
            region: { startLine: d.line, startColumn: d.column, endLine: d.range.end.line, endColumn: d.range.end.column, charOffset: d.range.start.offset, charLength: d.range.end.offset - d.range.start.offset },
          },
        },
      ],
      partialFingerprints: { 'tpc/v1': fingerprint(d, ctx.sources.get(d.file)) },
    };
    if (d.related?.length) {
      r['relatedLocations'] = d.related.map((rel, i) => ({
        id: i,
        message: { text: rel.message },
        physicalLocation: { artifactLocation: artifactLocation(rel.file, ctx.cwd), region: { startLine: rel.range.start.line, startColumn: rel.range.start.column, endLine: rel.range.end.line, endColumn: rel.range.end.column } },
      }));
    }
    if (d.fix && d.fix.edits.length > 0) {
      r['fixes'] = [
        {
          description: { text: d.fix.description },
          artifactChanges: [
            {
              artifactLocation: location,
              replacements: d.fix.edits.map((e) => ({ deletedRegion: { charOffset: e.start, charLength: e.end - e.start }, insertedContent: { text: e.text } })),
            },
          ],
        },
      ];
    }
    if (d.suppressed) {
      r['suppressions'] = [{ kind: d.suppressed.kind === 'inline' ? 'inSource' : 'external', status: 'accepted', justification: d.suppressed.reason }];
    }
    return r;
  });

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'tpc', fullName: 'tpc (traffic-policy-compiler)', version: ctx.version, semanticVersion: ctx.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(ctx.cwd.endsWith(sep) ? ctx.cwd : ctx.cwd + sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

/** Prints the SARIF log (indented, as SARIF viewers and diff reviews prefer). */
export function sarif(diagnostics: readonly Diagnostic[], ctx: FormatContext): string {
  return JSON.stringify(sarifLog(diagnostics, ctx), null, 2) + '\n';
}
