/**
 * Bridge from the lint engine to the `.tpc` compiler: compiles a source and returns its
 * artifacts as documents whose positions map back to the DSL.
 *
 * Placeholder until the compiler lands: reports that `.tpc` linting is not available.
 */
import { createDiagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceDocument } from '../ngrok/load.js';

/** Loads a `.tpc` file for linting. */
export async function loadTpcForLint(path: string, _text: string): Promise<{ documents: SourceDocument[]; diagnostics: Diagnostic[] }> {
  return { documents: [], diagnostics: [createDiagnostic({ code: 'TPC2000', severity: 'error', message: 'Linting .tpc files needs the compiler, which is not built yet.', file: path })] };
}
