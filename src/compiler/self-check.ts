/**
 * The self-check "every artifact passes `tpc lint` with zero errors". The lint engine lives in
 * `src/rules`, which imports the compiler; so the compiler reaches it only through a dynamic
 * `import()` here, and only callers that want the check (the CLI, tests) load it.
 *
 * Lint errors on generated output are compiler bugs (TPC3002), except those located in a
 * user-written `action` (the escape hatch), which are the user's (TPC2084). Warnings and infos
 * are passed through unchanged: they are advice about the source.
 */

import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatMessage } from '../diagnostics/messages.js';
import { primeLintBridge, siteOfDocument } from './lint-bridge.js';
import { CompilerMessages as M } from './messages.js';
import type { CompileResult } from './types.js';

/**
 * Lints the artifacts of a successful compilation (the documents are shared, nothing is
 * re-parsed). Returns the findings, with error-level ones turned into TPC3002/TPC2084.
 * Never throws: a failure of the linter itself becomes TPC3003.
 *
 * @param file - the main `.tpc` path given to `compile()`.
 * @param text - its source text.
 */
export async function lintCompiled(result: CompileResult, file: string, text: string): Promise<Diagnostic[]> {
  if (result.emitSkipped) return [];
  try {
    const engine = (await import('../rules/engine.js')) as typeof import('../rules/engine.js');
    primeLintBridge(file, text, result);
    const r = await engine.lint([{ path: file, text }], { siteOf: siteOfDocument });
    const userRanges = new Set<string>();
    for (const map of result.sourceMap.values()) {
      for (const loc of map.values()) if (loc.user) userRanges.add(`${loc.file}\0${loc.range.start.offset}\0${loc.range.end.offset}`);
    }
    const out: Diagnostic[] = [];
    for (const d of r.diagnostics) {
      if (d.suppressed || d.severity !== 'error') {
        out.push(d);
        continue;
      }
      const user = userRanges.has(`${d.file}\0${d.range.start.offset}\0${d.range.end.offset}`);
      const msg = user ? M.actionInvalid : M.lintBug;
      const args = user ? [`${d.message} (${d.code})`] : [d.code, d.message.replace(/\.?$/, '.')];
      out.push(createDiagnostic({ code: msg.code, severity: 'error', message: formatMessage(msg.template, args), file: d.file, range: d.range, ...(d.related ? { related: d.related } : {}) }));
    }
    return out;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return [createDiagnostic({ code: M.internalError.code, severity: 'error', message: formatMessage(M.internalError.template, [`the lint self-check failed: ${msg}`]), file })];
  }
}
